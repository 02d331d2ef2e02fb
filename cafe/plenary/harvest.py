"""What came up in several rooms: suggestions for the moderator's cross-cutting lessons.

:func:`cross_cutting` is pure. It looks at the live notes of all rooms and
returns :class:`Suggestion` s of three kinds, each found in at least two
rooms:

* ``heading``   — the same heading (case, spacing and a trailing colon ignored);
* ``wording``   — items worded alike: token-set Jaccard similarity of at least
  :data:`SIMILARITY` over their normalised words (accents, case and common
  words dropped), grouped transitively;
* ``actor``     — the same country or organisation in the attributions
  (countries matched exactly through :mod:`cafe.people.countries`, so "Türkiye" and
  "Turkey" are one).

Suggestions come strongest first: more rooms, then more items. The moderator
decides; nothing here writes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cafe.i18n import _, ngettext
from cafe.storage.workshop_index import value_of

if TYPE_CHECKING:  # the plenary view imports this module before the storage stack is loaded
    from cafe.storage.snap_types import WorkshopSnapshot

SIMILARITY = 0.5
MIN_ROOMS = 2
#: English words too common to tell two items apart.
STOP_WORDS = frozenset((
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is",
    "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "their", "there",
    "they", "them", "we", "our", "you", "your", "not", "no", "can", "could", "should", "would", "will",
    "may", "might", "must", "more", "most", "very", "also", "such", "than", "then", "into", "about",
    "across", "between", "within", "without", "over", "under", "all", "any", "each", "other", "some", "same"
))
#: A word carried by more than this share of the notes says nothing about similarity.
_COMMON_SHARE = 0.2


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "heading", "wording" or "actor"
    title: str
    note_uuids: tuple[str, ...]
    rooms: tuple[str, ...]  # room names, in the workshop's room order

    @property
    def label(self) -> str:
        what = {"heading": _("Heading"), "wording": _("Similar items"), "actor": _("Cited")}[self.kind]
        items = ngettext("{n} item", "{n} items", len(self.note_uuids)).format(n=len(self.note_uuids))
        rooms = ngettext("in {n} room", "in {n} rooms", len(self.rooms)).format(n=len(self.rooms))
        return _("{what}: {title} — {items} {rooms}").format(what=what, title=self.title, items=items, rooms=rooms)


def cross_cutting(notes: Iterable, snapshot: WorkshopSnapshot) -> list[Suggestion]:
    """Suggestions from ``notes`` (note snapshots; deleted ones are ignored), strongest first."""
    live = [n for n in notes if n.deleted_at is None]
    room_order = {r.uuid: i for i, r in enumerate(snapshot.rooms)}
    room_name = {r.uuid: r.name for r in snapshot.rooms}
    out = _by_heading(live) + _by_wording(live) + _by_actor(live)
    suggestions = []
    for kind, title, members in out:
        rooms = sorted({n.room_uuid for n in members}, key=lambda u: (room_order.get(u, 10**9), u))
        if len(rooms) < MIN_ROOMS:
            continue
        uuids = tuple(dict.fromkeys(n.uuid for n in members))
        suggestions.append(Suggestion(kind, title, uuids, tuple(room_name.get(u, "?") for u in rooms)))
    kind_rank = {"heading": 0, "wording": 1, "actor": 2}
    suggestions.sort(key=lambda s: (-len(s.rooms), -len(s.note_uuids), kind_rank[s.kind], s.title.casefold()))
    return suggestions


def _by_heading(notes: list) -> list[tuple[str, str, list]]:
    groups: dict[str, list] = {}
    shown: dict[str, str] = {}
    for n in notes:
        if not n.heading.strip():
            continue
        key = " ".join(n.heading.split()).rstrip(" :：").casefold()
        shown.setdefault(key, " ".join(n.heading.split()).rstrip(" :："))
        groups.setdefault(key, []).append(n)
    return [("heading", shown[k], [n for n in members if n.text.strip()] or members)
            for k, members in groups.items()]


_WORD = re.compile(r"\w+")


def words(text: str) -> frozenset[str]:
    """The normalised words of ``text``: no accents or case, no common words, at least 3 letters."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return frozenset(w for w in _WORD.findall(plain.casefold()) if len(w) >= 3 and w not in STOP_WORDS)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Token-set Jaccard similarity: shared words over all words."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _by_wording(notes: list) -> list[tuple[str, str, list]]:
    texts = [(n, words(n.text)) for n in notes if n.text.strip()]
    texts = [(n, w) for n, w in texts if len(w) >= 2]
    if not texts:
        return []
    # Candidates share a word that is not everywhere: an inverted index instead of every pair.
    index: dict[str, list[int]] = {}
    for i, (_n, ws) in enumerate(texts):
        for w in ws:
            index.setdefault(w, []).append(i)
    limit = max(10, int(len(texts) * _COMMON_SHARE))
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    seen: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) > limit:
            continue
        for x, i in enumerate(postings):
            for j in postings[x + 1:]:
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                if find(i) != find(j) and similarity(texts[i][1], texts[j][1]) >= SIMILARITY:
                    parent[find(i)] = find(j)
    clusters: dict[int, list[int]] = {}
    for i in range(len(texts)):
        clusters.setdefault(find(i), []).append(i)
    out = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        notes_in = [texts[i][0] for i in members]
        out.append(("wording", _short(notes_in[0].text), notes_in))
    return out


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@lru_cache(maxsize=4096)
def actor_key(name: str) -> tuple[str, str]:
    """(key, display name) of an attribution: countries by ISO code, anything else by its folded text."""
    from cafe.people.countries import match_country, normalise

    found = match_country(name, codes=False)
    if found is not None and found.exact:
        return "iso:" + found.alpha_3, found.name
    return "txt:" + normalise(name), " ".join(name.split())


def _by_actor(notes: list) -> list[tuple[str, str, list]]:
    groups: dict[str, list] = {}
    shown: dict[str, str] = {}
    for n in notes:
        for name in n.attributions:
            if not name.strip():
                continue
            key, display = actor_key(name)
            if key == "txt:":  # only punctuation
                continue
            shown.setdefault(key, display)
            groups.setdefault(key, []).append(n)
    return [("actor", shown[k], members) for k, members in groups.items()]


# --- what the plenary shows -----------------------------------------------------------

@dataclass(frozen=True)
class PlenaryData:
    """What the plenary shows beyond the snapshot, computed on the worker."""

    counts: Counter
    report: Any | None = None  # cafe.report.data.ReportData
    suggestions: tuple = ()
    notes: dict | None = None  # uuid -> (where, text)


def load_plenary(service: Any, theme_of_room: dict[str, str], full: bool) -> PlenaryData:
    """Counts always; with ``full``, the report's content, the suggestions and the notes' texts (worker)."""
    counts: Counter = Counter()
    if not full:  # the table's counts only: counted by the database, no note read
        for room_uuid, theme_uuid, category, n in service.note_category_counts():
            counts[(theme_uuid or theme_of_room.get(room_uuid), category)] += n
        return PlenaryData(counts)
    notes = service.notes()
    for note in notes:
        counts[(note.theme_uuid or theme_of_room.get(note.room_uuid), value_of(note.category))] += 1
    from cafe.report.data import report_data

    snapshot = service.snapshot()
    report = report_data(snapshot, notes)
    rooms = {r.uuid: r.name for r in snapshot.rooms}
    rounds = {r.uuid: r.number for r in snapshot.rounds}
    texts = {}
    for n in notes:
        where = rooms.get(n.room_uuid, "")
        if n.round_uuid in rounds:
            where += f", round {rounds[n.round_uuid]}"
        texts[n.uuid] = (where, n.text or n.heading)
    return PlenaryData(counts, report, tuple(cross_cutting(notes, snapshot)), texts)
