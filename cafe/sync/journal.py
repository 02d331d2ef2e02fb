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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from cafe.operations import is_operation
from cafe.service_base import ServiceError, StaleEdit


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
    #: (the action, or None for a problem with the journal itself, and why it was not sent)
    refused: tuple[tuple[Entry | None, str], ...] = ()
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
    """An append-only file of actions waiting for the server. Thread-safe.

    Besides the actions, ``done`` lines may carry the version steps the action
    made (``bumps``): an edit queued behind it was prepared against the older
    version, and a replay forwards it (see :meth:`bumps`) instead of taking
    this laptop's own earlier edit for another laptop's.
    """

    _instances: dict[Path, Journal] = {}
    _instances_lock = threading.Lock()

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        #: ids written and not yet done (loaded from the file on first use)
        self._open: set[str] | None = None
        self._checked_end = False
        #: the latest version steps, written again at the top of a new file (see :meth:`write_entry`)
        self._recent_bumps: list[list] = []
        #: "line N: …" for each line that could not be read at the last reading (they are skipped)
        self.problems: list[str] = []

    @classmethod
    def at(cls, path: Path) -> Journal:
        """The one Journal object of ``path`` in this process: writers and replays share its lock."""
        key = Path(path).resolve()
        with cls._instances_lock:
            journal = cls._instances.get(key)
            if journal is None:
                journal = cls._instances[key] = cls(path)
            return journal

    def _lines(self) -> list[dict]:
        """The readable lines; unreadable ones are skipped and listed in :attr:`problems`.

        A line cut short by a crash mid-write is normal for the last line (its
        action was never reported as kept) and is not a problem.
        """
        self.problems = []
        if not self.path.exists():
            return []
        out = []
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise JournalError(f"{self.path}: cannot be read ({exc.strerror}).") from None
        lines = data.split(b"\n")
        last = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                line = json.loads(raw.decode("utf-8"))
                if not isinstance(line, dict):
                    raise ValueError("not an object")
                if "op" in line:
                    Entry(str(line["id"]), str(line["op"]), dict(decode(line["kwargs"])), str(line["at"]))
            except (ValueError, KeyError, TypeError):
                if number - 1 != last or data.endswith(b"\n"):
                    self.problems.append(f"line {number}: not a journal entry")
                continue
            out.append(line)
        return out

    def pending(self) -> list[Entry]:
        """The actions still waiting, oldest first (unreadable lines skipped: see :attr:`problems`)."""
        with self._lock:
            lines = self._lines()
        done = {line["done"] for line in lines if "done" in line}
        return [Entry(str(line["id"]), str(line["op"]), dict(decode(line["kwargs"])), str(line["at"]))
                for line in lines if "op" in line and line["id"] not in done]

    def bumps(self) -> list[tuple[Any, int, int]]:
        """(row key, version before, version after) of every version step a done action recorded."""
        with self._lock:
            lines = self._lines()
        out = []
        for line in lines:
            for bump in line.get("bumps", ()) if isinstance(line.get("bumps"), list) else ():
                try:
                    key, before, after = bump
                    out.append((_hashable(decode(key)), int(before), int(after)))
                except (ValueError, TypeError):
                    continue
        return out

    def __len__(self) -> int:
        return len(self.pending())

    def append(self, op: str, kwargs: dict[str, Any], entry_id: str | None = None) -> Entry:
        """Keep an action on disk (fsync'ed) before reporting it as kept."""
        entry = Entry(entry_id or uuid_mod.uuid4().hex, op, dict(kwargs), dt.datetime.now(dt.UTC).isoformat())
        self.write_entry(entry.id, op, encode(dict(kwargs)), entry.at)
        return entry

    def write_entry(self, entry_id: str, op: str, encoded_kwargs: Any, at: str) -> None:
        """:meth:`append` for arguments already :func:`encode` d (by the thread that made the action).

        A new file starts with the latest version steps: an action queued just
        after the file was emptied may have been made against a version this
        laptop's previous action replaced.
        """
        with self._lock:
            fresh = not self.path.exists()
            carried = list(self._recent_bumps)
        if fresh and carried:
            self._write({"bumps": carried})
        self._write({"id": entry_id, "op": op, "kwargs": encoded_kwargs, "at": at})
        with self._lock:
            self._known().add(entry_id)

    def mark_done(self, entry_id: str, bumps: Iterable[tuple[Any, int, int]] = ()) -> None:
        """The action reached the server (or was refused for good): it no longer waits.

        The file is removed once nothing waits.
        """
        record: dict[str, Any] = {"done": entry_id}
        lines = [[encode(key), before, after] for key, before, after in bumps]
        if lines:
            record["bumps"] = lines
            with self._lock:
                self._recent_bumps = (self._recent_bumps + lines)[-200:]
        self._write(record)
        with self._lock:
            known = self._known()
            known.discard(entry_id)
            empty = not known
        if empty:
            self._truncate()

    def _known(self) -> set[str]:
        """The waiting ids (call with the lock held)."""
        if self._open is None:
            lines = self._lines()
            done = {line["done"] for line in lines if "done" in line}
            self._open = {line["id"] for line in lines if "op" in line and line["id"] not in done}
        return self._open

    def _write(self, record: dict) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self._lock:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if not self._checked_end:
                    self._cut_partial_line()
                    self._checked_end = True
                with open(self.path, "a", encoding="utf-8") as fh:
                    fh.write(line)
                    fh.flush()
                    os.fsync(fh.fileno())
            except OSError as exc:
                self._checked_end = False  # the line may be cut short: cut it before the next one
                raise JournalError(f"{self.path}: cannot be written ({exc.strerror}).") from None

    def _cut_partial_line(self) -> None:
        """Drop a last line a crash cut short, so the next line starts on a line of its own.

        That line was never reported as kept: its action's caller was still waiting.
        """
        try:
            with open(self.path, "rb+") as fh:
                size = fh.seek(0, os.SEEK_END)
                if size == 0:
                    return
                fh.seek(size - 1)
                if fh.read(1) == b"\n":
                    return
                fh.seek(max(0, size - 1_000_000))
                tail = fh.read()
                keep = size - len(tail) + tail.rfind(b"\n") + 1 if b"\n" in tail else 0
                fh.truncate(keep)
                fh.flush()
                os.fsync(fh.fileno())
        except FileNotFoundError:
            pass

    def _truncate(self) -> None:
        with self._lock:
            if self._open:
                return  # an action was written meanwhile
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass


class JournalWriter:
    """Writes a :class:`Journal` on its own thread, so that no caller waits for the disk.

    :meth:`append` encodes the arguments on the calling thread (so later
    changes to them cannot leak in), returns the entry's id at once and
    queues the write; :meth:`done` queues the matching ``done`` line. Writes
    happen in the order they were asked for. ``on_error(message)`` is called
    on the writer's thread when the file cannot be written.
    """

    def __init__(self, journal: Journal, on_error: Callable[[str], None] | None = None):
        from concurrent.futures import ThreadPoolExecutor

        self.journal = journal
        self._on_error = on_error or (lambda message: None)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cafe-journal")

    def append(self, op: str, kwargs: dict[str, Any]) -> str | None:
        """Queue the action; its entry id, or None when its arguments cannot be kept as JSON."""
        try:
            encoded = encode(dict(kwargs))
        except TypeError:
            return None
        entry_id = uuid_mod.uuid4().hex
        at = dt.datetime.now(dt.UTC).isoformat()
        return entry_id if self._submit(self.journal.write_entry, entry_id, op, encoded, at) else None

    def done(self, entry_id: str, bumps: Iterable[tuple[Any, int, int]] = ()) -> None:
        self._submit(self.journal.mark_done, entry_id, list(bumps))

    def run(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn()`` on the writer's thread, in order with the journal's lines; a Future (None if closed).

        For other files that must be written after the journal lines queued
        before them (the drafts of typed text, removed once their item is journalled).
        """
        try:
            return self._executor.submit(fn)
        except RuntimeError:
            return None

    def drain(self, timeout: float | None = None) -> None:
        """Wait until every queued write is on disk (not for the UI thread)."""
        try:
            self._executor.submit(lambda: None).result(timeout)
        except RuntimeError:  # closed: wait for what it still had queued
            self._executor.shutdown(wait=True)

    def close(self, wait: bool = False) -> None:
        """Take no more writes; the queued ones still run (also at interpreter exit)."""
        self._executor.shutdown(wait=wait)

    def _submit(self, fn: Callable[..., None], *args: Any) -> bool:
        def run() -> None:
            try:
                fn(*args)
            except JournalError as exc:
                self._on_error(str(exc))

        try:
            self._executor.submit(run)
        except RuntimeError:  # closed: a late answer of the closed workshop's worker still counts
            run()
        return True


def journal_path(target: str, data_dir: Path) -> Path:
    """Where the journal of the workshop ``target`` (a URL, or a workshop file's path) is kept.

    Named by a digest of who connects to which database where (user, host,
    port, database), so the driver named in the URL, its options, a changed
    password or the order of options all find the same journal, and the file
    name says nothing about the server.
    """
    import hashlib

    if "://" not in target:  # a workshop file: the file itself, however its path is written
        key = f"sqlite|{Path(target).expanduser().resolve()}"
        return data_dir / "journal" / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:20]}.jsonl"
    url = sa.engine.make_url(target)
    if url.get_backend_name() == "sqlite":
        return journal_path(str(url.database), data_dir)
    port = url.port or (5432 if url.get_backend_name() == "postgresql" else "")
    key = f"{url.get_backend_name()}|{url.username or ''}|{(url.host or '').lower()}|{port}|{url.database or ''}"
    return data_dir / "journal" / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:20]}.jsonl"


def _already_applied(entry: Entry, current: Any) -> bool:
    return already_applied(entry.kwargs, current)


def already_applied(kwargs: dict[str, Any], current: Any) -> bool:
    """Whether a stale-refused edit's wanted values are already in the row (its ack was lost)."""
    if current is None:
        return False
    wanted = {k: v for k, v in kwargs.items() if k not in ("uuid", "expected_version", "origin")}
    if not wanted:
        return False  # nothing to compare (a delete, a restore): never assume it arrived
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


def replay(journal: Journal, service: Any, *, on_sent: Callable[[Entry], None] | None = None,
           recent_bumps: Callable[[], Iterable[tuple[Any, int, int]]] | None = None,
           keep_conflicts: bool = False) -> ReplayResult:
    """Send the waiting actions in order; stop (keeping the rest) when the server is unreachable.

    ``service`` is anything with the Service's operations as methods.
    ``recent_bumps()``, when given, returns the version steps of the action just
    sent; they are kept with its ``done`` line (see :class:`Journal`). With
    ``keep_conflicts`` a conflict stays in the journal until the caller marks it
    done (once the user has chosen what to keep): a kill before that loses
    nothing. An action that fails for any other reason (an unknown action, bad
    arguments) is reported as refused and never blocks the ones after it.
    """
    sent, conflicts, refused = 0, [], []
    pending = journal.pending()
    for i, entry in enumerate(pending):
        bumps: Iterable[tuple[Any, int, int]] = ()
        keep = False
        try:
            if not is_operation(entry.op):
                raise ServiceError(f"Unknown action {entry.op!r}.")
            getattr(service, entry.op)(**entry.kwargs)
        except StaleEdit as exc:
            if not _already_applied(entry, exc.current):
                conflicts.append(Conflict(entry, str(exc), exc.current))
                keep = keep_conflicts
        except ServiceError as exc:
            refused.append((entry, str(exc)))
        except Exception as exc:  # noqa: BLE001 — an unreachable server waits; anything else is refused
            if is_connection_error(exc):
                return ReplayResult(sent, tuple(conflicts), tuple(refused), waiting=len(pending) - i)
            refused.append((entry, f"{entry.op} could not be applied ({type(exc).__name__}: {exc})."))
        else:
            sent += 1
            if recent_bumps is not None:
                bumps = recent_bumps()
            if on_sent is not None:
                on_sent(entry)
        if not keep:
            journal.mark_done(entry.id, bumps)
    return ReplayResult(sent, tuple(conflicts), tuple(refused), waiting=0)
