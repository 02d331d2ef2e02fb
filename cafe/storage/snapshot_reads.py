"""Reads a snapshot is made of, shared by the full read and the partial one (:meth:`cafe.service.Service.refresh_snapshot`).

* :func:`note_counts`: the live notes per room and round, in one grouped count (from the index on
  room, round and deletion).
* :func:`note_snaps`: notes as snapshots, damaged ones left out (a room's column, or notes by uuid).
* :func:`refreshed_fields`: the snapshot's fields a change of some kinds touches, read again: a
  kind's own table and those it refers to (:data:`PARTIAL_TABLES`), and the note counts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cafe.storage import damage
from cafe.storage import models as m
from cafe.storage.snapshots import KINDS, to_snaps

#: the kinds a snapshot is brought up to date for by reading their own table again:
#: kind -> (the snapshot's field, its order)
PARTIAL_TABLES: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "round_summary": ("summaries", lambda r: r.uuid),
    "room_round": ("room_rounds", lambda r: r.uuid),
    "lesson": ("lessons", lambda r: (r.position, r.uuid)),
}


def note_counts(s: Session, room_uuid: Mapping[int, str], round_uuid: Mapping[int, str]
                 ) -> dict[tuple[str, str | None], int]:
    """(room uuid, round uuid or None) -> live notes, for the rooms in ``room_uuid`` (the notes of a
    damaged room are left out with it); one grouped count, from the index."""
    counts: dict[tuple[str, str | None], int] = {}
    q = (select(col(m.Note.room_id), col(m.Note.round_id), sa.func.count())
         .where(col(m.Note.deleted_at).is_(None)).group_by(col(m.Note.room_id), col(m.Note.round_id)))
    for room_id, round_id, n in s.exec(q):
        if room_id in room_uuid:
            key = (room_uuid[room_id], round_uuid.get(round_id) if round_id is not None else None)
            counts[key] = counts.get(key, 0) + n
    return counts


def note_snaps(s: Session, where: list[Any], order_by: Iterable[Any]) -> list:
    """The notes ``where`` selects, in ``order_by``'s order, as snapshots; damaged ones left out."""
    conn = s.connection()
    reads = damage.read_tables(conn, ("room", "theme", "round"))
    reads["note"] = damage.read_table(conn, KINDS["note"], where, order_by)
    got = damage.resolve(reads)
    return to_snaps(KINDS["note"], got.rows["note"], got.uuid_of(("note",)))


def refreshed_fields(s: Session, kinds: frozenset[str]) -> dict[str, Any] | None:
    """The fields of a snapshot that changes of ``kinds`` touch, read now in ``s``; None when a row
    read is damaged (the caller then reads everything)."""
    out: dict[str, Any] = {}
    tables = [k for k in PARTIAL_TABLES if k in kinds]
    conn = s.connection()
    if tables:
        got = damage.resolve(damage.read_tables(conn, damage.needed_kinds(tables)))
        if got.problems:
            return None
        uuid_of = got.uuid_of(tables)
        for kind in tables:
            name, key = PARTIAL_TABLES[kind]
            out[name] = tuple(sorted(to_snaps(KINDS[kind], got.rows[kind], uuid_of), key=key))
    if "note" in kinds:
        room, rnd = m.table_of(m.Room), m.table_of(m.Round)
        out["note_counts"] = note_counts(s, dict(conn.execute(sa.select(room.c.id, room.c.uuid)).all()),
                                         dict(conn.execute(sa.select(rnd.c.id, rnd.c.uuid)).all()))
    return out
