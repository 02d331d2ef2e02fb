"""Automatic backups of a workshop file: consistent copies, a bounded number kept, restored in one step.

* :func:`make_backup` copies the database with SQLite's ``VACUUM INTO``: a
  consistent snapshot of the last commit even while the app writes (never a
  file copy, which could catch a page half written). The copy is written
  under a temporary name and renamed when complete, so a backup in the list
  is always whole.
* Backups of ``/some/folder/GFMD.sqlite`` live in the data folder,
  ``backups/GFMD.sqlite-<digest of its full path>/<UTC time>-<reason>.sqlite``;
  :func:`list_backups` lists them newest first with their times and reasons.
* Per reason only the newest :data:`KEEP` are kept (periodic: 10, before a
  replacing load or import: 5, …).
* :func:`restore_backup` first backs up the database as it is now (reason
  ``before-restore``), then writes the backup into it with SQLite's backup
  API, in one step: the app, even if open, sees the restored workshop at its
  next read. Restoring that ``before-restore`` backup undoes the restore.
* :class:`PeriodicBackups` makes one after a commit when the newest backup is
  older than :data:`PERIOD_S`; the Service calls it after every commit. A
  failing backup is logged and never breaks a save.

Only SQLite files: a PostgreSQL server's workshop is backed up by the
server's own means (``pg_dump``, its backups).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from cafe.storage import paths
from cafe.storage.db import BUSY_TIMEOUT_MS, Database, DatabaseError, check_sqlite_file, sqlite_uri

log = logging.getLogger(__name__)

#: how many backups of each reason are kept (newest first); other reasons keep 5
KEEP = {"periodic": 10, "before-replace": 5, "before-restore": 5, "before-repair": 5, "manual": 10}
#: a periodic backup is made after a commit when the newest backup is older than this
PERIOD_S = 5 * 60
_NAME = re.compile(r"^(\d{8}T\d{6})(\d{3})Z-([a-z-]+)(?:-\d+)?\.sqlite$")


class BackupError(Exception):
    """A backup that could not be made or restored; ``str()`` is for the user."""


class Backup(NamedTuple):
    path: Path
    #: when it was made (aware, UTC)
    time: dt.datetime
    #: "periodic", "before-replace", "before-restore", "before-repair" or "manual"
    reason: str


def _database_path(db: Database | str | os.PathLike) -> Path:
    if isinstance(db, Database):
        if db.path is None:
            raise BackupError(f"{db.display_name}: only workshop files (SQLite) are backed up by the app; "
                              "a server's workshop is backed up by the server's own backups.")
        return db.path.resolve()
    return Path(db).expanduser().resolve()


def backup_dir(db: Database | str | os.PathLike) -> Path:
    """The folder holding the backups of one database file."""
    path = _database_path(db)
    digest = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return paths.data_dir() / "backups" / f"{path.name}-{digest}"


def make_backup(db: Database | str | os.PathLike, reason: str) -> Path:
    """A consistent copy of the database file now; returns its path. Raises :class:`BackupError`."""
    source = _database_path(db)
    folder = backup_dir(source)
    now = dt.datetime.now(dt.UTC)
    stamp = f"{now:%Y%m%dT%H%M%S}{now.microsecond // 1000:03d}Z"
    target = folder / f"{stamp}-{reason}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stamp}-{reason}-{n}.sqlite"
    part = folder / f".{target.name}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not source.is_file():
            raise BackupError(f"{source}: no such database file to back up.")
        con = sqlite3.connect(sqlite_uri(source), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            con.execute("VACUUM INTO ?", (str(part),))
        finally:
            con.close()
        with part.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(part, target)
    except (OSError, sqlite3.Error) as exc:
        _remove(part)
        raise BackupError(f"Cannot back up {source.name} into {folder}: {getattr(exc, 'strerror', None) or exc}.") \
            from None
    except BaseException:
        _remove(part)
        raise
    prune(source)
    return target


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def list_backups(db: Database | str | os.PathLike) -> list[Backup]:
    """The backups of a database file, newest first."""
    folder = backup_dir(db)
    out = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        when = dt.datetime.strptime(match[1], "%Y%m%dT%H%M%S").replace(
            microsecond=int(match[2]) * 1000, tzinfo=dt.UTC)
        out.append(Backup(path, when, match[3]))
    return sorted(out, key=lambda b: (b.time, b.path.name), reverse=True)


def prune(db: Database | str | os.PathLike) -> list[Path]:
    """Delete all but the newest :data:`KEEP` backups of each reason; returns what was deleted."""
    seen: dict[str, int] = {}
    removed = []
    for backup in list_backups(db):
        seen[backup.reason] = seen.get(backup.reason, 0) + 1
        if seen[backup.reason] > KEEP.get(backup.reason, 5):
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed


def restore_backup(backup: str | os.PathLike, db: Database | str | os.PathLike) -> Path | None:
    """Put ``backup`` back as the database, in one step; returns the backup made of it just before
    (None when the database file did not exist). Raises :class:`BackupError`; on any failure the
    database is left as it was.
    """
    source = Path(backup).expanduser().resolve()
    target = _database_path(db)
    if not source.is_file():
        raise BackupError(f"Not restored: {source} is not a backup file.")
    try:
        check_sqlite_file(source)
    except DatabaseError as exc:
        raise BackupError(f"Not restored: {exc}") from None
    before = make_backup(target, "before-restore") if target.exists() else None
    try:
        src = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(sqlite_uri(target), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                  isolation_level=None)
            try:
                dst.execute("BEGIN IMMEDIATE")  # fails now, with "locked", rather than waiting forever below
                dst.execute("ROLLBACK")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(f"Cannot restore {source.name} into {target.name}: {exc}; the database was not "
                          "changed.") from None
    return before


class PeriodicBackups:
    """One backup of a database file whenever a commit finds the newest backup older than ``period_s``."""

    def __init__(self, db: Database | str | os.PathLike, *, period_s: float = PERIOD_S,
                 clock: Callable[[], float] = time.time):
        self.path = _database_path(db)
        self.period_s = period_s
        self._clock = clock
        self._last: float | None = None
        #: why the last attempt failed, or None
        self.last_error: str | None = None

    def after_commit(self) -> Path | None:
        """Back up when due (call after each commit); never raises. Returns the new backup, if any."""
        try:
            now = self._clock()
            if self._last is None:
                newest = list_backups(self.path)
                self._last = newest[0].time.timestamp() if newest else float("-inf")
            if now - self._last < self.period_s:
                return None
            self._last = now  # a failure is retried a period later, not at every save
            path = make_backup(self.path, "periodic")
            self.last_error = None
            return path
        except Exception as exc:  # noqa: BLE001 — a backup must never break a save
            self.last_error = str(exc)
            log.warning("periodic backup of %s failed: %s", self.path, exc)
            return None
