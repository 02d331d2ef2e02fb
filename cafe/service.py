"""The one mutation API: each user action is one function, one transaction.

Contract
--------
* Only the service writes. Callers pass and receive uuids and frozen
  snapshots (:mod:`cafe.storage.snapshots`), never ORM objects or sessions.
* Every mutation returns a :class:`Changes`: what it touched, and ``undo``, an
  :class:`Inverse` that :meth:`Service.apply` runs to take the action back.
  Applying an inverse returns a new ``Changes`` whose ``undo`` redoes it, so an
  undo stack only ever stores the latest inverse.
* Every edit names the version it was made against; a stale one raises
  :class:`StaleEdit` and changes nothing.
* After each commit, listeners registered with :meth:`Service.subscribe` are
  called with the ``Changes``, on the thread that ran the action.
* Thread: a Service may be used from any one thread at a time (the UI uses a
  single worker thread).

The actions live in mixins by capability (``cafe/<capability>/ops.py``); the machinery they share is
in :mod:`cafe.service_base`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from cafe.clock.ops import ClockOps
from cafe.notes.ops import NoteOps
from cafe.people.ops import PeopleOps
from cafe.people.rotation_ops import RotationOps
from cafe.plenary.ops import PlenaryOps
from cafe.service_base import Changes, Inverse, NotFound, ServiceBase, ServiceError, StaleEdit
from cafe.setup.ops import SetupOps
from cafe.storage import backups as backup_store
from cafe.storage import damage
from cafe.storage import models as m
from cafe.storage.backups import Backup, BackupError
from cafe.storage.db import upgrade
from cafe.storage.paths import data_dir
from cafe.storage.repair import Repair, repair
from cafe.storage.snapshot_reads import note_snaps
from cafe.sync.merge import MergeOps
from cafe.venue.ops import ContributionOps

__all__ = ["Changes", "Inverse", "NotFound", "Service", "ServiceError", "StaleEdit"]


class Service(SetupOps, PeopleOps, RotationOps, ClockOps, ContributionOps, NoteOps, MergeOps, PlenaryOps, ServiceBase):
    """Every action a user can take on a workshop; see the module docstring."""

    # -- backups of a workshop file (cafe.storage.backups) ---------------------------------------
    def backups(self) -> list[Backup]:
        """This workshop file's backups, newest first: (path, time in UTC, reason); empty for a server."""
        return backup_store.list_backups(self.db) if self.db.path is not None else []

    def make_backup(self, reason: str = "manual") -> Path:
        """A consistent copy of the workshop file now; raises ServiceError when it cannot be made."""
        try:
            return backup_store.make_backup(self.db, reason)
        except BackupError as exc:
            raise ServiceError(str(exc)) from None

    def restore_backup(self, path: str | Path, origin: Any = None) -> Path | None:
        """Put a backup back as the workshop, in one step; returns the backup made of the workshop
        as it was just before (restoring that one undoes this), None if there was no file.

        Not an operation of the undo stack or the journal: listeners get a Changes whose kinds
        are everything, and every view reloads.
        """
        with self._lock:
            try:
                before = backup_store.restore_backup(path, self.db)
            except BackupError as exc:
                raise ServiceError(str(exc)) from None
            upgrade(self.engine)  # a backup made by an earlier version of the app
            self._emit(Changes("restore_backup", frozenset({"*"}), frozenset(), None, before, origin))
            return before

    def repair_damaged_rows(self, origin: Any = None) -> Repair | None:
        """Move every damaged row aside (:mod:`cafe.storage.repair`), None when nothing was damaged.

        The backup made first and the recovery file keep everything; listeners get a
        Changes whose kinds are everything.
        """
        with self._lock:
            done = repair(self.db, fallback_dir=data_dir())
            self._emit(Changes("repair_damaged_rows", frozenset({"*"}), frozenset(), None, done, origin))
            return done

    # The room view's reads, around damaged rows (cafe.storage.damage) like ServiceBase's own reads.
    def room_notes(self, room_uuid: str, round_uuid: str | None = None) -> list:
        """The live notes of one room (and round, when given), as :meth:`notes` returns them."""
        return self.notes(room_uuid, round_uuid)

    def notes_named(self, uuids: Iterable[str]) -> list:
        """The notes with these uuids, deleted ones included (a view patches what another laptop
        changed, instead of reading its whole column again); damaged notes are left out."""
        wanted = [u for u in set(uuids) if isinstance(u, str)]
        if not wanted:
            return []
        note = m.table_of(m.Note)
        with self._session() as s:
            return note_snaps(s, [note.c.uuid.in_(wanted)], (note.c.id,))

    def note_category_counts(self) -> list[tuple[str, str | None, str, int]]:
        """(room uuid, theme uuid or None, category, number of live notes), counted by the database.

        For views that show counts only (the plenary's table): no note is read.
        Notes of a damaged room, or with an unknown category, are not counted.
        """
        note = m.table_of(m.Note)
        categories = {c.value for c in m.NoteCategory}
        with self._session() as s:
            conn = s.connection()
            got = damage.resolve(damage.read_tables(conn, ("room", "theme")))
            rooms = {r.id: r.uuid for r in got.rows["room"]}
            themes = {r.id: r.uuid for r in got.rows["theme"]}
            category = sa.type_coerce(note.c.category, sa.String)
            q = (sa.select(note.c.room_id, note.c.theme_id, category, sa.func.count())
                 .where(note.c.deleted_at.is_(None))
                 .group_by(note.c.room_id, note.c.theme_id, category))
            try:
                return [(rooms[room_id], themes.get(theme_id), cat, n)
                        for room_id, theme_id, cat, n in conn.execute(q) if room_id in rooms and cat in categories]
            except sa.exc.DBAPIError as exc:
                if not damage.is_value_failure(exc):
                    raise
        # a category that is not even text: count the notes that read
        counts = Counter((n.room_uuid, n.theme_uuid, n.category.value) for n in self.notes())
        return [(room, theme, cat, n) for (room, theme, cat), n in counts.items()]
