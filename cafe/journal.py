"""The offline journal: changes made while the shared server cannot be reached.

When the venue's network drops, a laptop keeps working: each action that could
not reach the server is appended to a journal file on the laptop's disk
(one JSON line, flushed and fsync'ed before the user is told it is kept), and
:func:`replay` sends the waiting actions, in order, once the server is back.
Closing or killing the app while offline loses nothing: the journal is read
again at the next start.

Replaying is safe to repeat. An action that reached the server before the
connection broke (so its acknowledgement was lost) is recognised: ``add_note``
is idempotent on its uuid, and an edit refused as stale whose wanted values
are already there counts as done. An edit refused because another laptop
changed the row meanwhile is a real conflict: it is returned with both texts,
for the user to merge, and never applied silently.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import threading
import uuid as uuid_mod
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from .service_base import ServiceError, StaleEdit


class JournalError(Exception):
    """The journal file cannot be read or written; ``str()`` is for the user."""


def encode(value: Any) -> Any:
    """A JSON-able form of a service argument (dates, times, enums and tuples tagged)."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return {"$tuple": [encode(v) for v in value]} if isinstance(value, tuple) else [encode(v) for v in value]
    if isinstance(value, dict):
        return {"$dict": [[encode(k), encode(v)] for k, v in value.items()]}
    raise TypeError(f"cannot keep a {type(value).__name__} in the journal")


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if "$datetime" in value:
            return dt.datetime.fromisoformat(value["$datetime"])
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        if "$time" in value:
            return dt.time.fromisoformat(value["$time"])
        if "$tuple" in value:
            return tuple(decode(v) for v in value["$tuple"])
        if "$dict" in value:
            return {_hashable(decode(k)): decode(v) for k, v in value["$dict"]}
    return value


def _hashable(value: Any) -> Any:
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


@dataclass(frozen=True)
class Entry:
    id: str
    op: str
    kwargs: dict[str, Any]
    at: str


@dataclass(frozen=True)
class Conflict:
    """An edit another laptop overtook: what this laptop wanted, and what the server has now."""

    entry: Entry
    message: str
    current: Any


@dataclass(frozen=True)
class ReplayResult:
    sent: int = 0
    conflicts: tuple[Conflict, ...] = ()
    refused: tuple[tuple[Entry, str], ...] = ()
    #: the server is still unreachable: these stay in the journal
    waiting: int = 0


def is_connection_error(exc: BaseException) -> bool:
    """True for a dropped or unreachable server (keep the action), False for a refusal."""
    if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        return True
    return isinstance(exc, (ConnectionError, TimeoutError))


class Journal:
    """An append-only file of actions waiting for the server. Thread-safe."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def _lines(self) -> list[dict]:
        if not self.path.exists():
            return []
        out = []
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            raise JournalError(f"{self.path}: cannot be read ({exc.strerror}).") from None
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except ValueError:
                # a line cut short by a crash mid-write: everything before it is intact
                if number == len(text.splitlines()):
                    break
                raise JournalError(f"{self.path}, line {number}: not a journal entry.") from None
        return out

    def pending(self) -> list[Entry]:
        """The actions still waiting, oldest first."""
        with self._lock:
            lines = self._lines()
        done = {line["done"] for line in lines if "done" in line}
        return [Entry(line["id"], line["op"], decode(line["kwargs"]), line["at"])
                for line in lines if "op" in line and line["id"] not in done]

    def __len__(self) -> int:
        return len(self.pending())

    def append(self, op: str, kwargs: dict[str, Any]) -> Entry:
        """Keep an action on disk (fsync'ed) before reporting it as kept."""
        entry = Entry(uuid_mod.uuid4().hex, op, dict(kwargs), dt.datetime.now(dt.UTC).isoformat())
        self._write({"id": entry.id, "op": op, "kwargs": encode(dict(kwargs)), "at": entry.at})
        return entry

    def mark_done(self, entry_id: str) -> None:
        self._write({"done": entry_id})
        if not self.pending():
            self._truncate()

    def _write(self, record: dict) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.path, "a", encoding="utf-8") as fh:
                    fh.write(line)
                    fh.flush()
                    os.fsync(fh.fileno())
            except OSError as exc:
                raise JournalError(f"{self.path}: cannot be written ({exc.strerror}).") from None

    def _truncate(self) -> None:
        with self._lock:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass


def _already_applied(entry: Entry, current: Any) -> bool:
    """Whether a stale-refused edit's wanted values are already in the row (its ack was lost)."""
    if current is None:
        return False
    wanted = {k: v for k, v in entry.kwargs.items() if k not in ("uuid", "expected_version", "origin")}
    for name, value in wanted.items():
        have = getattr(current, name, None)
        if isinstance(have, tuple):
            have = list(have)
        if isinstance(value, tuple):
            value = list(value)
        if isinstance(have, enum.Enum):
            have = have.value
        if have != value:
            return False
    return True


def replay(journal: Journal, service: Any, *, on_sent: Callable[[Entry], None] | None = None) -> ReplayResult:
    """Send the waiting actions in order; stop (keeping the rest) when the server is unreachable."""
    sent, conflicts, refused = 0, [], []
    pending = journal.pending()
    for i, entry in enumerate(pending):
        try:
            getattr(service, entry.op)(**entry.kwargs)
        except StaleEdit as exc:
            if not _already_applied(entry, exc.current):
                conflicts.append(Conflict(entry, str(exc), exc.current))
        except ServiceError as exc:
            refused.append((entry, str(exc)))
        except Exception as exc:  # noqa: BLE001 — sorted below: unreachable server or a bug
            if is_connection_error(exc):
                return ReplayResult(sent, tuple(conflicts), tuple(refused), waiting=len(pending) - i)
            raise
        else:
            sent += 1
            if on_sent is not None:
                on_sent(entry)
        journal.mark_done(entry.id)
    return ReplayResult(sent, tuple(conflicts), tuple(refused), waiting=0)

