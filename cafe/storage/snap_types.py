"""The frozen types a workshop snapshot is made of, without the storage stack.

One class per table (``NoteSnap``, ``RoomSnap``, …) with the table's columns
(the integer key dropped, each integer reference ``x_id`` read as ``x_uuid``),
the :class:`WorkshopSnapshot` that holds them, and the contributions', posting
links' and votes' own snapshots. Nothing here imports SQLAlchemy: a snapshot kept
on disk (:mod:`cafe.storage.snapshot_cache`) is read back and shown while the
storage stack still loads. :mod:`cafe.storage.snapshots` checks, when it is
imported, that :data:`FIELDS` are the tables' columns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: each table's snapshot fields, in the table's column order
FIELDS: dict[str, tuple[str, ...]] = {
    "workshop": ("uuid", "version", "title", "venue", "start_date", "end_date", "time_zone", "introduction",
                 "warning_minutes", "danger_minutes", "auto_start_next", "report_title", "report_sections",
                 "wrapup_lead_in", "statistics", "language", "report_paper"),
    "day": ("uuid", "version", "date", "title", "position"),
    "room": ("uuid", "version", "name", "capacity", "position"),
    "agenda_item": ("uuid", "version", "day_uuid", "kind", "start", "end", "room_uuid", "title", "notes",
                    "warning_minutes", "danger_minutes"),
    "theme": ("uuid", "version", "title", "short_name", "objective_ref", "guiding_questions", "room_uuid",
              "summary", "position"),
    "host": ("uuid", "version", "name", "organisation", "email", "role", "theme_uuid", "position"),
    "participant": ("uuid", "version", "name", "organisation", "country", "stakeholder_type", "delegation",
                    "email"),
    "group": ("uuid", "version", "name", "position"),
    "group_member": ("uuid", "group_uuid", "participant_uuid", "pinned"),
    "round": ("uuid", "version", "agenda_item_uuid", "number"),
    "room_round": ("uuid", "version", "round_uuid", "room_uuid", "state", "actual_start", "actual_end",
                   "deadline", "paused_remaining_s", "message"),
    "assignment": ("uuid", "round_uuid", "group_uuid", "room_uuid"),
    "note": ("uuid", "version", "room_uuid", "theme_uuid", "round_uuid", "category", "heading", "text",
             "attributions", "position", "created_at", "updated_at", "deleted_at", "key"),
    "round_summary": ("uuid", "version", "room_uuid", "round_uuid", "text", "draft", "updated_at"),
    "lesson": ("uuid", "version", "title", "text", "note_uuids", "position"),
    "seat": ("uuid", "round_uuid", "participant_uuid", "room_uuid"),
    "speaker": ("uuid", "version", "agenda_item_uuid", "name", "title", "organisation", "role",
                "participant_uuid", "position"),
    "session_account": ("uuid", "version", "agenda_item_uuid", "text", "updated_at"),
}

#: columns added after the first schema (the table's last ones), with the value a snapshot made
#: without them holds (a workshop file written before them)
ADDED: dict[str, dict[str, Any]] = {
    "workshop": {"report_title": "", "report_sections": (), "wrapup_lead_in": "", "statistics": "",
                 "language": "en", "report_paper": "a4"},
    "note": {"key": False},
}


def _snap_class(kind: str, names: tuple[str, ...]) -> type:
    added = ADDED.get(kind, {})
    spec: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for name in names:
        if name in added:
            spec.append((name, Any, field(default=added[name])))
        elif name == "uuid":
            spec.append((name, str))
        elif name.endswith("_uuid"):
            spec.append((name, str | None))
        else:
            spec.append((name, Any))
    cls_name = "".join(part.capitalize() for part in kind.split("_")) + "Snap"
    cls = dataclasses.make_dataclass(cls_name, spec, frozen=True)
    cls.__module__ = __name__
    return cls


#: kind -> its snapshot class (each also a name of this module, like a class written out here)
SNAPS: dict[str, type] = {kind: _snap_class(kind, names) for kind, names in FIELDS.items()}
globals().update({cls.__name__: cls for cls in SNAPS.values()})


@dataclass(frozen=True)
class WorkshopSnapshot:
    """Everything but the notes, as frozen rows, in display order."""

    workshop: Any | None
    days: tuple = ()
    rooms: tuple = ()
    agenda: tuple = ()
    themes: tuple = ()
    hosts: tuple = ()
    participants: tuple = ()
    groups: tuple = ()
    members: tuple = ()
    rounds: tuple = ()
    room_rounds: tuple = ()
    assignments: tuple = ()
    summaries: tuple = ()
    lessons: tuple = ()
    #: the plenary sessions' speakers (by session, then position) and the rapporteur's accounts
    speakers: tuple = ()
    session_accounts: tuple = ()
    #: contributions from phones waiting in the rooms' queues, oldest first
    #: (:class:`ContributionSnap`), and each room's posting link by room uuid
    #: (:class:`PostingState`; a room not named is open, at generation 0)
    contributions: tuple = ()
    posting: Mapping[str, Any] = field(default_factory=dict)
    #: the plenary's dot votes with their totals, oldest first (:class:`VoteSnap`)
    votes: tuple = ()
    #: (room_uuid, round_uuid or None) -> number of live notes
    note_counts: Mapping[tuple[str, str | None], int] = field(default_factory=dict)
    #: damaged rows left out of this snapshot, and references read as empty because of them
    #: (:class:`cafe.storage.damage.RowProblem`; ``str()`` is one line each); empty when all is sound
    skipped: tuple = ()

    def find(self, uuid: str):
        for name in ("rooms", "themes", "days", "agenda", "hosts", "groups", "rounds",
                     "participants", "members", "room_rounds", "assignments", "summaries", "lessons",
                     "speakers", "session_accounts"):
            for row in getattr(self, name):
                if row.uuid == uuid:
                    return row
        if self.workshop is not None and self.workshop.uuid == uuid:
            return self.workshop
        return None

    def day_of(self, item) -> Any | None:
        return next((d for d in self.days if d.uuid == item.day_uuid), None)

    def round_items(self) -> list[tuple[Any, Any]]:
        """(round, agenda item) pairs in round order."""
        items = {a.uuid: a for a in self.agenda}
        return [(r, items[r.agenda_item_uuid]) for r in sorted(self.rounds, key=lambda r: r.number)]

    def theme_in_room(self, room_uuid: str):
        return next((t for t in self.themes if t.room_uuid == room_uuid), None)

    def speakers_of(self, agenda_item_uuid: str) -> list[Any]:
        """The speakers of one plenary session, in their order."""
        return [s for s in self.speakers if s.agenda_item_uuid == agenda_item_uuid]

    def account_of(self, agenda_item_uuid: str) -> Any | None:
        """The rapporteur's account of one plenary session, or None when nothing is written yet."""
        return next((a for a in self.session_accounts if a.agenda_item_uuid == agenda_item_uuid), None)


def agenda_sort_key(day_dates: Mapping[str, dt.date]):
    def key(item):
        return (day_dates.get(item.day_uuid) or dt.date.min, item.start, item.end, item.uuid)
    return key


@dataclass(frozen=True)
class ContributionSnap:
    """A contribution waiting in a room's queue, as the window and the pages read it."""

    uuid: str
    version: int
    room_uuid: str
    round_uuid: str | None
    category: str
    text: str
    countries: tuple[str, ...]
    name: str
    posted_at: dt.datetime


@dataclass(frozen=True)
class PostingState:
    """A room's posting link: open or closed, and the generation of its token."""

    open: bool = True
    generation: int = 0


@dataclass(frozen=True)
class VoteSnap:
    """A vote and its totals, as the window, the slides, the report and the pages read them."""

    uuid: str
    version: int
    title: str
    subject: str
    #: ((option uuid, text), …) in the order they were offered
    options: tuple[tuple[str, str], ...]
    dots: int
    open: bool
    generation: int
    opened_at: dt.datetime
    #: option uuid -> dots given; and how many devices gave any
    totals: Mapping[str, int]
    voters: int

    def ranked(self) -> list[tuple[str, str, int]]:
        """(uuid, text, dots), most dots first (ties in the order offered)."""
        order = {uuid: i for i, (uuid, _text) in enumerate(self.options)}
        return sorted(((u, t, self.totals.get(u, 0)) for u, t in self.options), key=lambda r: (-r[2], order[r[0]]))
