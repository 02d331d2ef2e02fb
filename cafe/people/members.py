"""Who is in which group, read from a workshop snapshot: the one rule the views, printouts and report share.

Also the rules for names on paper: the order lists are in (:func:`name_key`:
"Élodie" among the E's, "de la Cruz" beside "De La Cruz") and how people with the
same name are told apart (:func:`namesake_details`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

#: Latin letters that carry their mark inside (no decomposition) read as the plain letters for sorting,
#: as in the Unicode collation's root order: "Łukasz" among the L's, "Søren" among the S's.
_BASE_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t",
                               "ƒ": "f", "æ": "ae", "œ": "oe", "þ": "th"})


def _folded(text: str) -> str:
    """``text`` case-blind and without accents: "Élodie" → "elodie", "Straße" → "strasse", "Łódź" → "lodz"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_BASE_LETTERS)
    return unicodedata.normalize("NFC", plain)


def name_key(name: str) -> tuple[str, str, str]:
    """The sort key of a name, as a reader expects it in any Latin-script language.

    First letters without case or accents ("Eddie" < "Élodie" < "Emma" < "Zoe"),
    then with accents (the plain letter first: "Elodie" < "Élodie"), then with
    case, so equal-looking names still sort the same way every time. Names in
    other scripts sort after Latin ones, by code point within their script.
    """
    cased = unicodedata.normalize("NFC", name)
    return _folded(cased), unicodedata.normalize("NFC", cased.casefold()), cased


def by_name(people: Iterable[Any]) -> list[Any]:
    """Participants in the order every list shows them: by :func:`name_key`, then by uuid."""
    return sorted(people, key=lambda p: (name_key(p.name), p.uuid))


def participant_code(uuid: str, length: int = 6) -> str:
    """A short code for a participant, the same on every laptop: "3F2A9C" (the start of their uuid)."""
    return "".join(c for c in uuid if c.isalnum())[:length].upper()


def namesake_details(people: Iterable[Any]) -> dict[str, str]:
    """For every person whose name someone else also has: what tells them apart.

    "IOM · Senegal · code 3F2A9C" (organisation and country when known, then
    the participant code, lengthened until it differs from the namesakes'),
    keyed by uuid. Names count as the same when they read the same on paper
    (case and accents aside). People with a name of their own are not in the
    result.
    """
    by_key: dict[str, list[Any]] = {}
    for p in people:
        by_key.setdefault(_folded(" ".join(p.name.split())), []).append(p)
    out: dict[str, str] = {}
    for same in by_key.values():
        if len(same) < 2:
            continue
        length = 6
        while length < 32 and len({participant_code(p.uuid, length) for p in same}) < len(same):
            length += 2
        for p in same:
            parts = [p.organisation, p.country, f"code {participant_code(p.uuid, length)}"]
            out[p.uuid] = " · ".join(x for x in parts if x)
    return out


def members_by_group(snap: Any) -> dict[str | None, list[Any]]:
    """Each group's participants by name, in the snapshot's group order; ``None``: people in no group.

    Every group of ``snap.groups`` has a list (maybe empty); the ``None`` list
    is always there. A membership naming an unknown participant or group is
    ignored (its person counts as in no group).
    """
    people = {p.uuid: p for p in snap.participants}
    out: dict[str | None, list[Any]] = {g.uuid: [] for g in snap.groups}
    out[None] = []
    placed = set()
    for m in snap.members:
        if m.participant_uuid in people and m.group_uuid in out and m.participant_uuid not in placed:
            out[m.group_uuid].append(people[m.participant_uuid])
            placed.add(m.participant_uuid)
    out[None] = [p for p in snap.participants if p.uuid not in placed]
    return {group: by_name(people_in) for group, people_in in out.items()}
