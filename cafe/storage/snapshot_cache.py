"""The last snapshot of a workshop file, kept beside the user's data to show it at the next start.

Opening a workshop imports the storage stack (SQLAlchemy, sqlmodel: about two
thirds of a start) before the first snapshot can be read. When the window
closes a workshop file, :func:`save` keeps that file's snapshot (read after
the last save, once the database is released); at the next start :func:`load`
gives it back, read without the storage stack, so the window shows the
workshop while the database is opened behind it. It is given back only when
everything says it is the file's content now:

* the file is the same one, unchanged since (device, inode, size and
  modification time, as :func:`save` found them once the database was
  released), and no other program holds commits for it in a write-ahead log
  (no ``-wal`` file with anything in it);
* it was written by a version of the app whose snapshots have the same fields
  and values (:data:`FORMAT`);
* it reads back as snapshot types and plain values only: the file is JSON in
  a shape of our own (each snapshot a class name from an allow-list and its
  values in field order, an enumeration member by its class and value, a date
  by its ISO text), each snapshot checked for its fields and for what it holds
  (:func:`_sound`); nothing in it can name code to run or reach an object the
  app already holds.

Anything else (no cache, another file, a changed file, damage, another
version) gives None and the window opens as before. The caller still opens the
database and reads the snapshot again; the cache only decides what is on
screen meanwhile. Snapshots that left damaged rows out are not kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

from cafe.storage import enums, paths, snap_types
from cafe.storage.snap_types import WorkshopSnapshot

log = logging.getLogger(__name__)

#: the classes a kept snapshot is made of, by name
_CLASSES: dict[str, type] = {cls.__name__: cls for cls in (
    *snap_types.SNAPS.values(), snap_types.WorkshopSnapshot, snap_types.ContributionSnap,
    snap_types.PostingState, snap_types.VoteSnap)}
_FIELDS: dict[str, tuple[str, ...]] = {name: tuple(f.name for f in dataclasses.fields(cls))
                                      for name, cls in _CLASSES.items()}
_ENUMS: dict[str, type[enum.Enum]] = {name: getattr(enums, name) for name in enums.__all__}


def _format() -> str:
    """The snapshots' shape: every class's fields, the values a snapshot made without added columns
    holds, and the enumerations' values. A cache written by a version with another shape is not read."""
    shape = repr((2, sorted(_FIELDS.items()), snap_types.ADDED,
                  sorted((name, [member.value for member in cls]) for name, cls in _ENUMS.items())))
    return hashlib.sha256(shape.encode()).hexdigest()[:16]


FORMAT = _format()


def _utc(value: dt.datetime) -> bool:
    return value.tzinfo is None or (type(value.tzinfo) is dt.timezone and value.utcoffset() == dt.timedelta(0))


def _encode(value: Any) -> Any:
    """A snapshot value as JSON: plain values as they are, anything else tagged (see :func:`_decode`)."""
    kind = type(value)
    if value is None or kind in (str, int, float, bool):
        return value
    if kind is tuple:
        return {"t": [_encode(v) for v in value]}
    if kind is list:
        return {"l": [_encode(v) for v in value]}
    if kind is dict:
        return {"m": [[_encode(k), _encode(v)] for k, v in value.items()]}
    if kind is dt.datetime and _utc(value):
        return {"dt": value.isoformat()}
    if kind is dt.date:
        return {"d": value.isoformat()}
    if kind is dt.time and value.tzinfo is None:
        return {"tm": value.isoformat()}
    if kind.__name__ in _ENUMS and _ENUMS[kind.__name__] is kind:
        return {"e": [kind.__name__, value.value]}
    if kind.__name__ in _CLASSES and _CLASSES[kind.__name__] is kind:
        return {"s": [kind.__name__, [_encode(getattr(value, name)) for name in _FIELDS[kind.__name__]]]}
    raise TypeError(f"{kind.__name__} is not a snapshot value")


def _decode(obj: dict) -> Any:
    """The value one tagged JSON object stands for (``json.loads``'s object hook: innermost first)."""
    if len(obj) != 1:
        raise ValueError("not a snapshot value")
    (tag, body), = obj.items()
    if tag == "t" and type(body) is list:
        return tuple(body)
    if tag == "l" and type(body) is list:
        return body
    if tag == "m" and type(body) is list:
        return dict(body)
    if tag == "dt" and type(body) is str:
        value = dt.datetime.fromisoformat(body)
        if not _utc(value):
            raise ValueError("a time that is not UTC")
        return value
    if tag == "d" and type(body) is str:
        return dt.date.fromisoformat(body)
    if tag == "tm" and type(body) is str:
        return dt.time.fromisoformat(body)
    if tag == "e" and type(body) is list and len(body) == 2 and body[0] in _ENUMS:
        return _ENUMS[body[0]](body[1])
    if tag == "s" and type(body) is list and len(body) == 2 and body[0] in _CLASSES \
            and type(body[1]) is list and len(body[1]) == len(_FIELDS[body[0]]):
        cls: Any = _CLASSES[body[0]]
        made = cls.__new__(cls)
        made.__dict__.update(zip(_FIELDS[body[0]], body[1]))  # every field given, as the constructor would
        return made
    raise ValueError(f"{tag!r} is not a snapshot value")


#: what each of a WorkshopSnapshot's sequences holds
_HOLDS: dict[str, type] = {
    "days": snap_types.SNAPS["day"], "rooms": snap_types.SNAPS["room"], "agenda": snap_types.SNAPS["agenda_item"],
    "themes": snap_types.SNAPS["theme"], "hosts": snap_types.SNAPS["host"],
    "participants": snap_types.SNAPS["participant"], "groups": snap_types.SNAPS["group"],
    "members": snap_types.SNAPS["group_member"], "rounds": snap_types.SNAPS["round"],
    "room_rounds": snap_types.SNAPS["room_round"], "assignments": snap_types.SNAPS["assignment"],
    "summaries": snap_types.SNAPS["round_summary"], "lessons": snap_types.SNAPS["lesson"],
    "speakers": snap_types.SNAPS["speaker"], "session_accounts": snap_types.SNAPS["session_account"],
    "contributions": snap_types.ContributionSnap, "votes": snap_types.VoteSnap,
}
#: the most a kept snapshot may weigh (a 50,000-note conference's is about 1 MB)
MAX_BYTES = 64 * 1024 * 1024


def _sound(snapshot: Any) -> bool:
    """``snapshot`` is a WorkshopSnapshot holding what its fields say: each sequence the rows of its
    table, uuids as text, the posting links and note counts as the window reads them."""
    if type(snapshot) is not WorkshopSnapshot or snapshot.skipped != ():
        return False
    if snapshot.workshop is not None and type(snapshot.workshop) is not snap_types.SNAPS["workshop"]:
        return False
    for name, cls in _HOLDS.items():
        rows = getattr(snapshot, name)
        if type(rows) is not tuple or any(type(row) is not cls for row in rows):
            return False
    rows = [snapshot.workshop, *(row for name in _HOLDS for row in getattr(snapshot, name))]
    for row in rows:
        if row is None:
            continue
        for key, value in row.__dict__.items():
            if (key == "uuid" and type(value) is not str) or \
                    (key.endswith("_uuid") and value is not None and type(value) is not str):
                return False
    posting, counts = snapshot.posting, snapshot.note_counts
    return type(posting) is dict and all(type(k) is str and type(v) is snap_types.PostingState
                                         for k, v in posting.items()) \
        and type(counts) is dict and all(type(k) is tuple and len(k) == 2 and type(k[0]) is str
                                         and (k[1] is None or type(k[1]) is str) and type(v) is int
                                         for k, v in counts.items())


def cache_path(target: str) -> Path | None:
    """Where the snapshot of the workshop file ``target`` is kept; None for a server's URL."""
    if paths.is_url(target):
        return None
    name = str(Path(target).expanduser().resolve())
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return paths.data_dir() / "snapshots" / f"{digest}.json"


def _file_state(database: Path) -> list[int] | None:
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
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]


def save(target: str, snapshot: WorkshopSnapshot) -> bool:
    """Keep ``snapshot`` as the content of the workshop file ``target``, which must be released
    (no connection open on it) and read just before. False when it is not kept (damaged rows left
    out, another program holding the file, the data folder not writable)."""
    part = None
    try:
        where = cache_path(target)
        if where is None or snapshot.skipped:
            return False
        database = Path(target).expanduser().resolve()
        state = _file_state(database)
        if state is None:
            forget(target)
            return False
        header = {"format": FORMAT, "database": str(database), "state": state}
        body = json.dumps(_encode(snapshot), separators=(",", ":"))
        where.parent.mkdir(parents=True, exist_ok=True)
        part = where.with_name(f"{where.name}.{os.getpid()}.part")
        part.write_text(json.dumps(header) + "\n" + body + "\n", encoding="utf-8")
        os.replace(part, where)
        part = None
    except (OSError, RuntimeError, TypeError, ValueError) as exc:
        log.info("the snapshot of %s is not kept: %s", target, exc)
        return False
    finally:
        if part is not None:
            part.unlink(missing_ok=True)
    return True


def load(target: str) -> tuple[str, WorkshopSnapshot] | None:
    """(display name, snapshot) kept for the workshop file ``target`` when everything says it is the
    file's content now (see the module's docstring); None otherwise."""
    try:
        where = cache_path(target)
        if where is None:
            return None
        database = Path(target).expanduser().resolve()
        found = where.stat()  # a regular file of a sane size: never a pipe that would hold the worker
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_BYTES:
            return None
        with open(where, encoding="utf-8") as kept:
            header = json.loads(kept.readline())
            if not isinstance(header, dict) or header.get("format") != FORMAT \
                    or header.get("database") != str(database) or header.get("state") != _file_state(database):
                return None
            snapshot = json.loads(kept.read(), object_hook=_decode)
    except Exception as exc:  # noqa: BLE001 — any damage to a cache means: no cache
        log.info("the snapshot kept for %s is not used: %s", target, exc)
        return None
    if not _sound(snapshot):
        return None
    return str(database), snapshot


def forget(target: str) -> None:
    """Remove what is kept for ``target`` (it is no longer the file's content)."""
    try:
        where = cache_path(target)
        if where is not None:
            where.unlink(missing_ok=True)
    except (OSError, RuntimeError):
        pass
