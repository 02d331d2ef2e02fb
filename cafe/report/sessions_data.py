"""The plenary sessions as the report tells them: title, when, speakers by role, the rapporteur's account.

Part of the report's content (:mod:`cafe.report.data`), kept plain (no
reportlab) so the PDF, Word and Markdown exports say the same thing.

Decisions:

* A session is an agenda item that is not a round or a break (opening,
  framing, wrap-up, presentation, panels, closing) and that has an account
  or at least one speaker; the others stay out of the report. Sessions come
  in the agenda's order.
* Speakers are grouped by role; the groups come in the order of each role's
  first speaker and the speakers in their own order, so moving a speaker up
  also moves their role up. A role with one speaker reads "Moderator", with
  several "Panellists".
* A speaker reads "**Ms. Sarah Lou Arriola**, Undersecretary for Migrant
  Workers' Affairs of the Philippines": the name in bold, then the title and
  the organisation (the organisation is left out when the title already
  names it). A speaker chosen from the participants with no name, title or
  organisation of their own takes the participant's; a speaker with no name
  at all is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from cafe.i18n import N_, _
from cafe.report.wording import time_range

#: Agenda kinds that are never plenary sessions of the report.
NOT_SESSIONS = frozenset({"round", "break"})

#: (one, several) per speaker role, in no particular order (groups follow the speakers' order).
#: English here; printed in the output language.
ROLE_LABELS: dict[str, tuple[str, str]] = {
    "moderator": (N_("Moderator"), N_("Moderators")),
    "keynote": (N_("Keynote speaker"), N_("Keynote speakers")),
    "panellist": (N_("Panellist"), N_("Panellists")),
    "host": (N_("Host"), N_("Hosts")),
    "speaker": (N_("Speaker"), N_("Speakers")),
    "rapporteur": (N_("Rapporteur"), N_("Rapporteurs")),
}

#: a title for each agenda kind, for an item that has none (English here; printed in the output language)
KIND_TITLES: dict[str, str] = {
    "plenary": N_("Plenary"),
    "framing": N_("Framing"),
    "round": N_("Round"),
    "break": N_("Break"),
    "wrap-up": N_("Wrap-up"),
    "presentation": N_("Presentation"),
}


@dataclass(frozen=True)
class Speaker:
    name: str  # "Ms. Sarah Lou Arriola": printed in bold
    description: str  # "Undersecretary for Migrant Workers' Affairs of the Philippines", or ""
    role: str


@dataclass(frozen=True)
class SpeakerGroup:
    role: str  # "panellist"
    label: str  # "Panellists"
    speakers: tuple[Speaker, ...]


@dataclass(frozen=True)
class SessionSection:
    uuid: str
    number: int  # 1, 2, … in the report's order
    title: str  # the agenda item's title ("Opening session")
    kind: str  # the agenda item's kind ("plenary", "framing", …)
    when: str  # "Day I, Thursday 21 March 2019, 10:00–10:45"
    speaker_groups: tuple[SpeakerGroup, ...]
    account: str  # the rapporteur's account (the Markdown subset of cafe.report.markup)

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return tuple(s for g in self.speaker_groups for s in g.speakers)


def kind_title(kind: str) -> str:
    """A title for an agenda item that has none: "Wrap-up", "Plenary" (in the language in effect)."""
    if kind in KIND_TITLES:
        return _(KIND_TITLES[kind])
    return kind.replace("-", " ").replace("_", " ").strip().capitalize()


def describe(title: str, organisation: str) -> str:
    """"Director, ILO"; just the title when it already names the organisation; either one alone."""
    title, organisation = " ".join(title.split()), " ".join(organisation.split())
    if not organisation or organisation.casefold() in title.casefold():
        return title
    if not title:
        return organisation
    return f"{title}, {organisation}"


def _value(v: Any) -> str:
    return str(getattr(v, "value", v) or "")


def speaker_groups(rows: Iterable[Any], people: dict[str, Any]) -> tuple[SpeakerGroup, ...]:
    """Speakers (snapshot rows of one session) grouped by role, in the order described in the module."""
    groups: dict[str, list[Speaker]] = {}
    for row in sorted(rows, key=lambda r: (r.position if r.position is not None else 0, r.uuid)):
        person = people.get(getattr(row, "participant_uuid", None) or "")
        name = " ".join((row.name or "").split())
        title, organisation = row.title or "", row.organisation or ""
        if person is not None:
            name = name or " ".join((person.name or "").split())
            if not title.strip() and not organisation.strip():
                organisation = person.organisation or ""
        if not name:
            continue
        role = _value(row.role) or "speaker"
        groups.setdefault(role, []).append(Speaker(name, describe(title, organisation), role))
    out = []
    for role, speakers in groups.items():
        if role in ROLE_LABELS:
            one, several = (_(label) for label in ROLE_LABELS[role])
        else:
            one, several = kind_title(role), kind_title(role) + "s"
        out.append(SpeakerGroup(role, one if len(speakers) == 1 else several, tuple(speakers)))
    return tuple(out)


def sessions(snapshot: Any, day_label: Callable[[Any], str]) -> tuple[SessionSection, ...]:
    """The report's plenary sessions from ``snapshot`` (its ``speakers`` and ``session_accounts``, when
    the snapshot has them); ``day_label(item)`` names the item's day ("Day I, Thursday 21 March 2019")."""
    by_item: dict[str, list[Any]] = {}
    for row in getattr(snapshot, "speakers", ()) or ():
        by_item.setdefault(row.agenda_item_uuid, []).append(row)
    accounts = {a.agenda_item_uuid: a.text or "" for a in getattr(snapshot, "session_accounts", ()) or ()}
    people = {p.uuid: p for p in snapshot.participants}
    out: list[SessionSection] = []
    for item in snapshot.agenda:
        kind = _value(item.kind)
        if kind in NOT_SESSIONS:
            continue
        account = accounts.get(item.uuid, "").strip()
        groups = speaker_groups(by_item.get(item.uuid, ()), people)
        if not account and not groups:
            continue
        day, times = day_label(item), time_range(item.start, item.end)
        when = _("{day}, {times}").format(day=day, times=times) if day and times else day or times
        out.append(SessionSection(item.uuid, len(out) + 1, " ".join((item.title or "").split()) or kind_title(kind),
                                  kind, when, groups, account))
    return tuple(out)
