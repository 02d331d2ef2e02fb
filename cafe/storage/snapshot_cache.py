"""The last snapshot of a workshop file, kept beside the user's data to show it at the next start.

Opening a workshop imports the storage stack (SQLAlchemy, sqlmodel: about two
thirds of a start) before the first snapshot can be read. When the window
closes a workshop file, :func:`save` keeps that file's snapshot (read after
the last save, once the database is released); at the next start :func:`load`
gives it back, read without the storage stack, so the window shows the
workshop while the database is opened behind it. It is given back only when it
is certainly the file's content now:

* the file is the same one, unchanged since (device, inode, size and
  modification time to the nanosecond, as :func:`save` found them once the
  database was released), and no other program holds commits for it in a
  write-ahead log (no ``-wal`` file with anything in it);
* it was written by a version of the app whose snapshots have the same fields
  and values (:data:`FORMAT`);
* it reads back as snapshot types and plain values only: the file is unpickled
  by an allow-list (:class:`_Unpickler`), never as arbitrary objects.

Anything else (no cache, another file, a changed file, damage, another
version) gives None and the window opens as before. The caller still opens the
database and reads the snapshot again; the cache only decides what is on
screen meanwhile. Snapshots that left damaged rows out are not kept.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import pickle
from pathlib import Path
from typing import Any

from cafe.storage import enums, paths, snap_types
from cafe.storage.snap_types import WorkshopSnapshot

log = logging.getLogger(__name__)

#: what a kept snapshot's objects may be
_ALLOWED: dict[str, frozenset[str]] = {
    snap_types.__name__: frozenset({*(cls.__name__ for cls in snap_types.SNAPS.values()),
                                    "WorkshopSnapshot", "ContributionSnap", "PostingState", "VoteSnap"}),
    enums.__name__: frozenset(enums.__all__),
    "datetime": frozenset({"date", "datetime", "time", "timedelta", "timezone"}),
    "builtins": frozenset({"frozenset", "set"}),
}


def _format() -> str:
    """The snapshots' shape: their fields, the values a snapshot made without added columns holds,
    and the enumerations' values. A cache written by a version with another shape is not read."""
    shape = repr((1, snap_types.FIELDS, snap_types.ADDED,
                  [(name, [member.value for member in getattr(enums, name)]) for name in enums.__all__]))
    return hashlib.sha256(shape.encode()).hexdigest()[:16]


FORMAT = _format()


def _enum_member(cls: Any, name: str) -> Any:
    """What an enum member's pickle calls (``getattr(cls, name)``), for the enumerations' members only."""
    if cls in _ENUMS and isinstance(name, str) and name in cls.__members__:
        return cls.__members__[name]
    raise pickle.UnpicklingError(f"{cls!r}.{name!r} is not an enumeration's member")


_ENUMS: frozenset[Any] = frozenset(getattr(enums, name) for name in enums.__all__)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name == "getattr":  # how an enum member is pickled
            return _enum_member
        if name in _ALLOWED.get(module, ()):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a snapshot")


def cache_path(target: str) -> Path | None:
    """Where the snapshot of the workshop file ``target`` is kept; None for a server's URL."""
    if paths.is_url(target):
        return None
    name = str(Path(target).expanduser().resolve())
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return paths.data_dir() / "snapshots" / f"{digest}.pickle"


def _file_state(database: Path) -> tuple[int, int, int, int] | None:
    """The file's identity and last change; None when it is not there or a write-ahead log holds
    commits not yet in it (another program has the database open)."""
    try:
        st = database.stat()
    except OSError:
        return None
    try:
        if database.with_name(database.name + "-wal").stat().st_size > 0:
            return None
    except FileNotFoundError:
        pass
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def save(target: str, snapshot: WorkshopSnapshot) -> bool:
    """Keep ``snapshot`` as the content of the workshop file ``target``, which must be released
    (no connection open on it) and read just before. False when it is not kept (damaged rows left
    out, another program holding the file, the data folder not writable)."""
    where = cache_path(target)
    if where is None or snapshot.skipped:
        return False
    database = Path(target).expanduser().resolve()
    state = _file_state(database)
    if state is None:
        forget(target)
        return False
    header = {"format": FORMAT, "database": str(database), "state": state}
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        part = where.with_name(f"{where.name}.{os.getpid()}.part")
        with open(part, "wb") as out:
            pickle.dump(header, out, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(snapshot, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, where)
    except (OSError, pickle.PicklingError) as exc:
        log.info("the snapshot of %s is not kept: %s", database, exc)
        return False
    return True


def load(target: str) -> tuple[str, WorkshopSnapshot] | None:
    """(display name, snapshot) kept for the workshop file ``target`` when it is certainly the file's
    content now (see the module's docstring); None otherwise."""
    where = cache_path(target)
    if where is None:
        return None
    database = Path(target).expanduser().resolve()
    try:
        data = where.read_bytes()
    except OSError:
        return None
    try:
        stream = io.BytesIO(data)
        header = _Unpickler(stream).load()
        if not isinstance(header, dict) or header.get("format") != FORMAT \
                or header.get("database") != str(database) or header.get("state") != _file_state(database):
            return None
        snapshot = _Unpickler(stream).load()
    except Exception as exc:  # noqa: BLE001 — any damage to a cache means: no cache
        log.info("the snapshot kept for %s is not used: %s", database, exc)
        return None
    if not isinstance(snapshot, WorkshopSnapshot):
        return None
    return str(database), snapshot


def forget(target: str) -> None:
    """Remove what is kept for ``target`` (it is no longer the file's content)."""
    where = cache_path(target)
    if where is not None:
        try:
            where.unlink(missing_ok=True)
        except OSError:
            pass
