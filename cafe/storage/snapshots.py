"""Frozen, uuid-addressed copies of rows, for the UI, worker threads and files.

ORM objects expire after a commit and must not cross threads; these do.
Each table gets one snapshot class with the table's columns, except that the
integer key is dropped and each integer reference ``x_id`` becomes
``x_uuid``. The same "row form" (``asdict`` of a snapshot) is what the
workshop file stores.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import SQLModel

from cafe.storage import models as m
from cafe.storage.snap_types import ADDED, FIELDS, SNAPS


@dataclass(frozen=True)
class Kind:
    """One kind of row: its table, its references and the fields users edit."""

    name: str
    #: the table model; typed loosely because the machinery reads its columns by name
    model: Any
    refs: Mapping[str, Any]  # "room_uuid" -> Room (column "room_id")
    editable: frozenset[str]
    #: columns added after the first schema, with the value a snapshot made without them holds
    #: (a note's ``key``); they are the model's last fields, so the snapshot can default them
    added: Mapping[str, Any] = field(default_factory=dict)
    snap: type = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = ["uuid"]
        for name in self.model.model_fields:
            if name not in ("id", "uuid"):
                names.append(name[:-3] + "_uuid" if name.endswith("_id") and name not in self.added else name)
        if list(self.added) != names[len(names) - len(self.added):]:
            raise TypeError(f"{self.name}: added columns must be the model's last fields")
        if tuple(names) != FIELDS.get(self.name):
            raise TypeError(f"{self.name}: cafe.storage.snap_types holds fields {FIELDS.get(self.name)}; "
                            f"the table has {tuple(names)}")
        object.__setattr__(self, "snap", SNAPS[self.name])

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self.snap))

    @property
    def versioned(self) -> bool:
        return "version" in self.model.model_fields


def _kind(name, model, refs=None, editable=()):
    return Kind(name, model, refs or {}, frozenset(editable), ADDED.get(name, {}))


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        _kind("workshop", m.Workshop, editable=(
            "title", "venue", "start_date", "end_date", "time_zone", "introduction",
            "warning_minutes", "danger_minutes", "auto_start_next",
            "report_title", "report_sections", "wrapup_lead_in", "statistics", "language", "report_paper")),
        _kind("day", m.Day, editable=("date", "title", "position")),
        _kind("room", m.Room, editable=("name", "capacity", "position")),
        _kind("agenda_item", m.AgendaItem, {"day_uuid": m.Day, "room_uuid": m.Room}, (
            "day_uuid", "kind", "start", "end", "room_uuid", "title", "notes",
            "warning_minutes", "danger_minutes")),
        _kind("theme", m.Theme, {"room_uuid": m.Room}, (
            "title", "short_name", "objective_ref", "guiding_questions", "room_uuid",
            "summary", "position")),
        _kind("host", m.Host, {"theme_uuid": m.Theme}, (
            "name", "organisation", "email", "role", "theme_uuid", "position")),
        _kind("participant", m.Participant, editable=(
            "name", "organisation", "country", "stakeholder_type", "delegation", "email")),
        _kind("group", m.Group, editable=("name", "position")),
        _kind("group_member", m.GroupMember, {"group_uuid": m.Group, "participant_uuid": m.Participant},
              ("group_uuid", "pinned")),
        _kind("round", m.Round, {"agenda_item_uuid": m.AgendaItem}),
        _kind("room_round", m.RoomRound, {"round_uuid": m.Round, "room_uuid": m.Room}, (
            "state", "actual_start", "actual_end", "deadline", "paused_remaining_s", "message")),
        _kind("assignment", m.Assignment, {"round_uuid": m.Round, "group_uuid": m.Group, "room_uuid": m.Room},
              ("group_uuid", "room_uuid")),
        _kind("note", m.Note, {"room_uuid": m.Room, "theme_uuid": m.Theme, "round_uuid": m.Round}, (
            "category", "heading", "text", "attributions", "position", "theme_uuid", "key")),
        _kind("round_summary", m.RoundSummary, {"room_uuid": m.Room, "round_uuid": m.Round},
              ("text", "draft")),
        _kind("lesson", m.Lesson, editable=("title", "text", "note_uuids", "position")),
        _kind("seat", m.Seat, {"round_uuid": m.Round, "participant_uuid": m.Participant, "room_uuid": m.Room},
              ("room_uuid",)),
        _kind("speaker", m.Speaker, {"agenda_item_uuid": m.AgendaItem, "participant_uuid": m.Participant},
              ("name", "title", "organisation", "role", "participant_uuid")),
        _kind("session_account", m.SessionAccount, {"agenda_item_uuid": m.AgendaItem}, ("text",)),
    )
}

KIND_OF_MODEL: dict[type[SQLModel], Kind] = {k.model: k for k in KINDS.values()}


def to_snap(kind: Kind, row: Any, uuid_of: Mapping[tuple[type, int], str]) -> Any:
    """A frozen copy of ``row``; ``uuid_of`` maps (model, id) to the referenced row's uuid."""
    values = {}
    for name in kind.columns:
        if name.endswith("_uuid") and name != "uuid":
            ref_id = getattr(row, name[:-5] + "_id")
            values[name] = None if ref_id is None else uuid_of[(kind.refs[name], ref_id)]
        else:
            value = getattr(row, name)
            if isinstance(value, list):
                value = tuple(value)
            values[name] = value
    return kind.snap(**values)


def to_snaps(kind: Kind, rows: Iterable[Any], uuid_of: Mapping[tuple[type, int], str]) -> list[Any]:
    """:func:`to_snap` of many plain rows of ``kind``'s table (tuples in the table's column order)."""
    convert = _row_converter(kind.name)
    return [convert(row, uuid_of) for row in rows]


@functools.cache
def _row_converter(kind_name: str) -> Callable[[Any, Mapping[tuple[type, int], str]], Any]:
    """One function making a snapshot from a plain row of ``kind_name``'s table, written out as one
    expression per column (a reference becomes its uuid, a list a tuple): one call per row, not a
    loop over the columns, so that reads of thousands of notes stay fast."""
    kind = KINDS[kind_name]
    keys = list(getattr(kind.model, "__table__").c.keys())
    cls = kind.snap
    namespace: dict[str, Any] = {"new": cls.__new__, "cls": cls, "names": kind.columns, "zip": zip,
                                 "list": list, "tuple": tuple, "type": type}
    terms = []
    for name in kind.columns:
        if name.endswith("_uuid") and name != "uuid":
            i = keys.index(name[:-5] + "_id")
            namespace[f"model_{i}"] = kind.refs[name]
            terms.append(f"None if r[{i}] is None else uuid_of[(model_{i}, r[{i}])]")
        else:
            i = keys.index(name)
            terms.append(f"tuple(r[{i}]) if type(r[{i}]) is list else r[{i}]")
    body = ", ".join(f"({t})" for t in terms)
    # a frozen dataclass's __init__ sets each field through object.__setattr__; filling the new
    # object's __dict__ at once gives the same object (every field is given) at a fraction of the cost
    code = f"def convert(r, uuid_of):\n    snap = new(cls)\n    snap.__dict__.update(zip(names, ({body})))\n" \
           "    return snap\n"
    exec(code, namespace)  # built from our own columns only
    return namespace["convert"]


def snap_to_row_form(snap) -> dict[str, Any]:
    """The row form of a snapshot: a plain dict, lists for sequences."""
    out = {}
    for f in dataclasses.fields(snap):
        v = getattr(snap, f.name)
        out[f.name] = list(v) if isinstance(v, tuple) else v
    return out


def ref_uuids(s: Any, kind: Kind, rows: Iterable[Any]) -> dict[tuple[type, int], str]:
    """(model, id) -> uuid of every row that ``rows`` of ``kind`` refer to, in one query per reference.

    ``s`` is a sqlmodel Session; the result is what :func:`to_snap` takes as ``uuid_of``.
    """
    from sqlmodel import col, select

    out: dict[tuple[type, int], str] = {}
    rows = list(rows)
    for ref_name, model in kind.refs.items():
        ids = {getattr(r, ref_name[:-5] + "_id") for r in rows} - {None}
        if ids:
            for rid, ruuid in s.exec(select(col(model.id), col(model.uuid)).where(col(model.id).in_(ids))):
                out[(model, rid)] = ruuid
    return out
