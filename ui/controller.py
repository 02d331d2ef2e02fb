"""The open workshop of one window: its Service, latest snapshot, undo stack and save state.

Contract
--------
* :class:`WorkshopController` is a main-thread object. It never calls the
  Service itself: every call runs on the :class:`~ui.tasks.TaskRunner`'s worker
  thread, and the Service and database handle live in :class:`_WorkerState`,
  which only the worker touches. The heavy storage modules (sqlmodel, Alembic)
  are imported there too, after the window is on screen.
* The Service's change events arrive on the worker; they are marshalled to the
  main thread by a queued signal, then a new snapshot is taken (on the worker,
  coalescing bursts) and :attr:`snapshot_changed` is emitted with a
  :class:`~ui.workshop_index.WorkshopIndex` and a :class:`SnapshotUpdate`.
* Every edit is a :class:`~ui.commands.ServiceCommand` on :attr:`undo_stack`;
  :meth:`WorkshopController.typing_edit` pushes autosaves of a text being typed
  that merge into one undo step (:class:`~ui.commands.TypingCommand`).
* The save state is ``"Saved"``, ``"Saving…"``, ``"Not saved: <reason>"``
  (the Service's own sentence) or ``"Not saved: <reason> — retrying"``.

Never losing an edit
--------------------
* Edits run on the single worker strictly in the order they were made, each
  naming the version it was made against; versions this window itself bumped
  are forwarded (see :class:`_WorkerState`), so a burst of saves of one text
  never refuses itself, while an edit made elsewhere meanwhile still wins.
* A save that fails for a reason that passes (database locked or busy, disk
  full, I/O error, the server's connection lost: :func:`is_transient`) is not
  refused: the worker retries it with backoff (:data:`RETRY_DELAYS`) until it
  succeeds, holding back every later call so that order is kept, while the
  status says ``"Not saved: <reason> — retrying"``. The widgets keep showing
  the text meanwhile; the UI thread never waits.
* :meth:`WorkshopController.close` first emits :attr:`flush_requested`, on
  which views push every pending edit (synchronously, on the main thread),
  then releases the database behind them: the worker runs those saves before
  it stops. After closing, a save that still fails is retried for at most
  :data:`CLOSE_GRACE_S` seconds, then logged with its text.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack

from .commands import ServiceCommand, Step, TypingCommand
from .tasks import TaskRunner
from .workshop_index import WorkshopIndex

log = logging.getLogger(__name__)

SAVED = "Saved"
SAVING = "Saving…"
NOT_SAVED = "Not saved: "
RETRYING = " — retrying"

#: seconds between attempts of a save that failed for a passing reason (the last one repeats)
RETRY_DELAYS: tuple[float, ...] = (0.2, 0.5, 1.0, 2.0, 5.0)
#: after close, how long a failing save is still retried before it is logged and given up
CLOSE_GRACE_S = 20.0
#: the same on a shared workshop, whose waiting edits are kept in the offline journal anyway
JOURNALED_CLOSE_GRACE_S = 1.0
OFFLINE = "Offline — "

#: operations that step one row's version by one and return that row (their versions are forwarded)
_VERSION_STEP_OPS = frozenset({"move_note", "move_note_step", "delete_note", "undelete_note", "set_round_summary"})
#: operations that step the version of every note they report
_MANY_NOTES_OPS = frozenset({"rename_heading", "move_heading"})

_STALE = object()


@dataclass(frozen=True)
class SnapshotUpdate:
    """Why a view receives a new snapshot."""

    #: kinds of rows that changed since the previous snapshot ("*": anything)
    kinds: frozenset[str]
    #: every change came from this window (its own edits, undo or redo)
    own_only: bool = False
    #: a different workshop was opened: views start afresh
    reopened: bool = False

    def touches(self, *kinds: str) -> bool:
        return "*" in self.kinds or bool(self.kinds.intersection(kinds))


class FileProblem(Exception):
    """A workshop file that was refused: ``str()`` is a summary, ``errors`` one line per problem."""

    def __init__(self, message: str, errors: tuple[str, ...] = ()):
        super().__init__(message)
        self.errors = tuple(errors)


def user_message(exc: BaseException) -> str | None:
    """The sentence to show for an expected failure, or None for a bug."""
    from cafe.db import DatabaseError
    from cafe.service import ServiceError

    if isinstance(exc, (ServiceError, DatabaseError, FileProblem)):
        return str(exc)
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    import sqlalchemy.exc as sa_exc

    if isinstance(exc, sa_exc.OperationalError):
        detail = str(exc.orig if exc.orig is not None else exc).splitlines()[0]
        return f"The database could not be written ({detail})."
    return None


# SQLite's and PostgreSQL's words for failures that pass by themselves (a damaged database,
# "database disk image is malformed", is not one of them: retrying it would never end)
_TRANSIENT_WORDS = ("is locked", "is busy", "disk is full", "no space left", "disk i/o error",
                    "unable to open database", "readonly database", "read-only", "connection", "server closed",
                    "timeout", "timed out", "terminating", "could not connect", "network", "no route")


def is_transient(exc: BaseException) -> bool:
    """A database failure that passes by itself (locked, busy, disk full, connection lost): retry it."""
    if "sqlalchemy" not in sys.modules:
        return False
    import sqlalchemy.exc as sa_exc

    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, sa_exc.OperationalError):
        text = str(exc.orig if exc.orig is not None else exc).lower()
        return any(word in text for word in _TRANSIENT_WORDS)
    return False


class _WorkerState:
    """What only the worker thread touches: the open Service and the versions it bumped.

    ``bumps[uuid][v] = v + 1`` records each version step this window's own
    calls made, so an edit or inverse prepared against version ``v`` before
    the view reloaded is forwarded to the row's current version. A version
    changed by anyone else is not in the chain, so their edit still wins and
    ours is refused as stale.
    """

    def __init__(self) -> None:
        self.service: Any = None
        self.generation = 0
        self.bumps: dict[Any, dict[int, int]] = {}
        self._unsubscribe: Callable[[], None] | None = None
        #: written by the main thread: delays between attempts, and when to stop retrying (monotonic)
        self.retry_delays: tuple[float, ...] = RETRY_DELAYS
        self.give_up_at: float | None = None
        #: called on the worker with a sentence each time a save is about to be retried
        self.on_retry: Callable[[str], None] | None = None
        #: version steps recorded since :meth:`take_recent_bumps` was last called (for the journal)
        self.recent_bumps: list[tuple[Any, int, int]] = []
        #: closing while offline: a journalled step was kept, so every later one is kept untried (order)
        self.holding = False
        self._wake = threading.Event()

    def swap(self, service: Any, generation: int, listener: Callable[[Any], None] | None) -> None:
        old = self.service
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.service, self.generation, self.bumps = service, generation, {}
        self.recent_bumps = []
        self.holding = False
        if service is not None and listener is not None:
            self._unsubscribe = service.subscribe(listener)
        if old is not None:
            old.db.dispose()

    def _forward(self, op: str, kwargs: dict[str, Any]) -> dict[str, Any]:
        version = kwargs.get("expected_version")
        key = _call_key(op, kwargs)
        if version is None or key is None:
            return kwargs
        chain = self.bumps.get(key, {})
        while version in chain:
            version = chain[version]
        return {**kwargs, "expected_version": version}

    def _record(self, changes: Any, links: tuple = ()) -> None:
        try:
            self._record_versions(changes, links)
        except Exception as exc:  # noqa: BLE001 — the change is committed; forwarding is a convenience
            log.warning("versions after %s not recorded: %s", changes.op, exc)

    def _record_versions(self, changes: Any, links: tuple) -> None:
        row = changes.row
        if ((changes.op.startswith("update_") or changes.op in _VERSION_STEP_OPS)
                and row is not None and getattr(row, "version", None)):
            self.bump(_row_key(changes.op, row), row.version - 1, row.version)
        if changes.op in _MANY_NOTES_OPS and changes.uuids:
            for uuid, version in self.service.note_versions(changes.uuids).items():
                self.bump(uuid, version - 1, version)
        if changes.undo is not None and changes.undo.op == "restore":
            links = tuple(links) + tuple(changes.undo.kwargs.get("links", ()))
        from cafe.service import ServiceError

        for kind, uuid, _field in links:
            try:
                version = self.service.get(kind, uuid).version
            except ServiceError:
                continue
            self.bump(uuid, version - 1, version)

    def bump(self, key: Any, before: int, after: int) -> None:
        """This window's own call stepped ``key``'s version from ``before`` to ``after``."""
        self.bumps.setdefault(key, {})[before] = after
        self.recent_bumps.append((key, before, after))

    def take_recent_bumps(self) -> list[tuple[Any, int, int]]:
        out, self.recent_bumps = self.recent_bumps, []
        return out

    def call(self, op: str, kwargs: dict[str, Any], origin: Any, *, retry: bool = True) -> Any:
        """``Service.<op>(**kwargs)`` with versions forwarded and recorded; retried after a transient
        failure unless ``retry`` is False (a replay of the journal stops when the server is gone)."""
        if op.startswith("_") or not hasattr(self.service, op):
            raise AttributeError(f"Service has no operation {op!r}")
        attempts = 0

        def attempt() -> Any:
            nonlocal attempts
            attempts += 1
            try:
                return getattr(self.service, op)(**self._forward(op, kwargs), origin=origin)
            except Exception as exc:
                # the connection broke after the server committed, so the answer was lost: the retry is
                # refused as stale although the row holds exactly what was asked. It is saved: say so.
                if attempts > 1 and _lost_answer(exc, kwargs):
                    from cafe.service_base import Changes

                    return Changes(op, frozenset({"*"}), frozenset(), None, exc.current, origin)
                raise

        changes = self.retrying(attempt) if retry else attempt()
        self._record(changes)
        return changes

    def apply(self, inverse: Any, origin: Any) -> Any:
        def attempt():
            forwarded = dataclasses.replace(inverse, kwargs=self._forward(inverse.op, dict(inverse.kwargs)))
            return self.service.apply(forwarded, origin=origin)

        changes = self.retrying(attempt)
        self._record(changes, inverse.kwargs.get("links", ()) if inverse.op == "restore" else ())
        return changes

    def retrying(self, fn: Callable[[], Any]) -> Any:
        """``fn()``, attempted again after each transient failure until it succeeds.

        Blocks this (worker) thread between attempts, which holds every later
        call back: saves stay in order. Gives up (raises) once past
        :attr:`give_up_at`, which is set when the window closes.
        """
        attempt = 0
        while True:
            try:
                return fn()
            except Exception as exc:
                if not is_transient(exc) or (self.give_up_at is not None and time.monotonic() >= self.give_up_at):
                    raise
                delays = self.retry_delays or (0.0,)
                delay = delays[min(attempt, len(delays) - 1)]
                attempt += 1
                if self.on_retry is not None:
                    self.on_retry(user_message(exc) or str(exc))
                if delay > 0:
                    self._wake.wait(delay)
                    self._wake.clear()

    def wake(self) -> None:
        """Cut a retry's wait short (any thread)."""
        self._wake.set()


class _KeptOffline(Exception):
    """A step not tried while closing offline, because an earlier one could not be sent: the
    journal keeps both, in order."""

    def __init__(self) -> None:
        super().__init__("kept on this laptop (offline journal), sent at the next open.")


def _lost_answer(exc: BaseException, kwargs: dict[str, Any]) -> bool:
    from cafe.journal import already_applied
    from cafe.service_base import StaleEdit

    return isinstance(exc, StaleEdit) and already_applied(kwargs, exc.current)


def _is_stale(exc: BaseException) -> bool:
    from cafe.service_base import StaleEdit

    return isinstance(exc, StaleEdit)


def _submit(tasks: TaskRunner, fn: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> bool:
    """Queue work; False once the worker is gone (also when the interpreter is shutting down)."""
    try:
        return tasks.submit(fn, done, failed)
    except RuntimeError:  # the executor was shut down at interpreter exit
        return False


def _call_key(op: str, kwargs: dict[str, Any]) -> Any:
    """What a call's ``expected_version`` is the version of: the row's uuid, or a summary's place."""
    if op == "set_round_summary":
        return ("round_summary", kwargs.get("room_uuid"), kwargs.get("round_uuid"))
    return kwargs.get("uuid")


def _row_key(op: str, row: Any) -> Any:
    if op == "set_round_summary":
        return ("round_summary", row.room_uuid, row.round_uuid)
    return row.uuid


@dataclass(frozen=True)
class _Opened:
    snapshot: Any
    display_name: str
    is_file: bool
    sample_error: str | None
    #: on a shared (PostgreSQL) workshop: the server clock's offset and this service's id
    server_offset_s: float | None = None
    instance_id: str | None = None
    #: a shared workshop's offline journal (cafe.journal.Journal), and what replaying it did
    journal: Any = None
    replayed: Any = None


class WorkshopController(QObject):
    """One window's workshop (see the module docstring). Signals are emitted on the main thread."""

    #: a workshop was opened or created: (display name of the database)
    opened = Signal(str)
    #: opening failed (message for the user); whatever was open stays open
    open_failed = Signal(str)
    #: (WorkshopIndex of the new snapshot, SnapshotUpdate)
    snapshot_changed = Signal(object, object)
    #: "Saved", "Saving…" or "Not saved: <reason>"
    save_state_changed = Signal(str)
    #: a one-off message for the status bar
    notice = Signal(str)
    #: push every pending edit now (emitted on the main thread before closing or opening another
    #: workshop; slots run synchronously and must only queue work, never wait for it)
    flush_requested = Signal()
    #: an undo or redo step was applied (views that apply their own edits locally reload)
    replayed = Signal()
    _changes_arrived = Signal(int, object)
    #: another laptop's change on a shared workshop (listener thread -> main thread)
    _notice_arrived = Signal(int, object)
    _server_state = Signal(bool)
    #: seconds to add to this laptop's clock to read the shared server's (None: local clock)
    server_offset_changed = Signal(object)
    _retry_notice = Signal(str)
    #: edits made offline that another laptop overtook, found when the journal was replayed:
    #: a list of cafe.journal.Conflict (each with this laptop's wanted values and the row now)
    conflicts_found = Signal(object)
    _journal_error = Signal(str)
    _local_done = Signal(object)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.undo_stack = QUndoStack(self)
        self.index: WorkshopIndex | None = None
        self.target: str | None = None
        self.display_name = ""
        self.is_file = False
        self.generation = 0
        self._next_generation = 0
        self._worker = _WorkerState()
        self._origin = object()
        self._saving = 0
        self._last_error: str | None = None
        self._retry_error: str | None = None
        self.save_state = SAVED
        self._reloading = False
        self._dirty = 0
        self._pending_kinds: set[str] = set()
        self._pending_own = True
        self._changes_arrived.connect(self._on_changes, Qt.ConnectionType.QueuedConnection)
        self._notice_arrived.connect(self._on_notice, Qt.ConnectionType.QueuedConnection)
        self._server_state.connect(self._on_server_state, Qt.ConnectionType.QueuedConnection)
        self._listener: Any = None
        self.server_offset_s: float | None = None
        self._retry_notice.connect(self._on_retry, Qt.ConnectionType.QueuedConnection)
        self._worker.on_retry = self._retry_notice.emit
        #: the open shared workshop's journal writer (None on SQLite), and the last one closed
        self._journal: Any = None
        self._closed_journal: Any = None
        #: edits of a shared workshop sent to the worker and not answered yet
        self._waiting = 0
        self._server_down = False
        #: while the status says offline: the most changes that waited (None when online)
        self._offline_peak: int | None = None
        self._journal_error.connect(self._on_journal_error, Qt.ConnectionType.QueuedConnection)
        self._local_done.connect(self._on_local_done, Qt.ConnectionType.QueuedConnection)

    @property
    def retry_delays(self) -> tuple[float, ...]:
        """Seconds between attempts of a save that failed for a passing reason."""
        return self._worker.retry_delays

    @retry_delays.setter
    def retry_delays(self, delays: tuple[float, ...]) -> None:
        self._worker.retry_delays = tuple(delays)

    # -- state -------------------------------------------------------------------------------
    @property
    def snapshot(self) -> Any | None:
        return self.index.snap if self.index is not None else None

    @property
    def is_open(self) -> bool:
        return self.index is not None

    @property
    def idle(self) -> bool:
        """Nothing is queued or running on the worker and no reload is due."""
        return self.tasks.pending == 0 and not self._reloading

    # -- opening -------------------------------------------------------------------------------
    def open(self, target: str, *, sample: Path | None = None, new_title: str | None = None) -> None:
        """Open ``target`` (SQLite path or URL), creating it when new.

        When the database holds no workshop: ``sample`` (a workshop file) is
        loaded into it if given, else a workshop called ``new_title`` is created
        if given. Emits :attr:`opened` then :attr:`snapshot_changed`, or
        :attr:`open_failed`; a failure leaves the open workshop as it was.
        """
        if self.is_open:
            self.flush_requested.emit()
        # leaving a shared workshop whose saves wait for its server: they are in its journal, so the
        # new workshop need not wait behind them for more than the grace (the work below resets it)
        self._worker.give_up_at = time.monotonic() + JOURNALED_CLOSE_GRACE_S if self._journal is not None \
            else None
        self._worker.wake()
        self._next_generation += 1
        generation = self._next_generation

        def listener(changes, generation=generation):  # worker thread
            self._changes_arrived.emit(generation, changes)

        # the previous shared workshop's writer (open, or closed with lines still queued)
        old_journal = self._journal or self._closed_journal
        origin = self._origin

        def work():  # worker thread
            from cafe.db import open_database
            from cafe.service import Service

            self._worker.give_up_at = None
            journal = _journal_for(target)
            if old_journal is not None:
                old_journal.drain()  # the previous workshop's journal lines are on disk first
            try:
                db = open_database(target)
            except Exception as exc:
                _note_waiting(exc, journal)
                raise
            try:
                service = Service(db)
                sample_error = None
                if sample is not None and not service.has_workshop():
                    sample_error = _load_sample(service, sample)
                if new_title is not None and not service.has_workshop():
                    service.create_workshop(new_title)
                offset = None
                if not db.is_sqlite:  # a shared workshop: every laptop reads the server's clock
                    from cafe.live import offset_clock, server_offset_s

                    offset = server_offset_s(db.engine)
                    service.set_clock(offset_clock(lambda: offset))
                replayed = _replay(journal, service, origin) if journal is not None else None
                snapshot = service.snapshot()
            except BaseException as exc:
                db.dispose()
                _note_waiting(exc, journal)
                raise
            self._worker.swap(service, generation, listener)
            return _Opened(snapshot, db.display_name, db.is_sqlite and db.display_name != "(in memory)",
                           sample_error, offset, None if db.is_sqlite else service.instance_id,
                           journal, replayed)

        def done(result: _Opened) -> None:
            # What is alive now (modules, mappings, the snapshot) stays for the session: freezing it out
            # of the cyclic collector keeps its full collections short. Measured while typing: one took
            # 107 ms on the worker and, holding the GIL, stalled the window; frozen, none over 36 ms.
            gc.freeze()
            self.generation = generation
            self.undo_stack.clear()
            self.target = target
            self.display_name = result.display_name
            self.is_file = result.is_file
            self.index = WorkshopIndex(result.snapshot)
            self._last_error = None
            self._close_journal()
            if result.journal is not None:
                from cafe.journal import JournalWriter

                self._journal = JournalWriter(result.journal, on_error=self._journal_error.emit)
            self._server_down, self._offline_peak = False, None
            self._set_save_state()
            self._stop_listener()
            if result.instance_id is not None:
                self._start_listener(target, generation, result.instance_id)
            self.server_offset_s = result.server_offset_s
            self.server_offset_changed.emit(result.server_offset_s)
            self.opened.emit(result.display_name)
            self.snapshot_changed.emit(self.index, SnapshotUpdate(frozenset({"*"}), reopened=True))
            if result.sample_error:
                self.notice.emit(f"The sample workshop could not be loaded: {result.sample_error}")
            if result.replayed is not None:
                self._report_replay(result.replayed)

        def failed(exc: BaseException) -> None:
            message = user_message(exc)
            if message is None:
                self._unexpected(exc)
                message = f"{target}: could not be opened ({type(exc).__name__}: {exc})."
            waiting = getattr(exc, "cafe_journal_waiting", 0)
            if waiting:
                message += (f" {_changes(waiting)} made on this laptop while it was offline "
                            f"{'is' if waiting == 1 else 'are'} kept, and sent once the workshop opens.")
            self.open_failed.emit(message)

        self.tasks.submit(work, done, failed)

    def create_workshop(self, title: str) -> None:
        """Give an empty database its workshop (not an undo step)."""
        origin = self._origin
        self._write(lambda svc: svc.create_workshop(title, origin=origin))

    def flush(self) -> None:
        """Ask every view to push its pending edits now (main thread)."""
        if self.is_open:
            self.flush_requested.emit()

    def close(self) -> None:
        """Push pending edits, then release the database once queued work is done.

        Main thread; returns at once (``TaskRunner.shutdown`` waits for the
        worker). Safe to call more than once.
        """
        self.flush()
        self._stop_listener()
        journal = self._journal
        # a shared workshop's edits are in the journal by now (or queued to it): no need to wait
        # for an unreachable server; they are sent at the next open
        grace = JOURNALED_CLOSE_GRACE_S if journal is not None else CLOSE_GRACE_S
        self._worker.give_up_at = time.monotonic() + grace
        self._worker.wake()
        self.undo_stack.clear()
        self.index = None
        self._journal = None
        self._closed_journal = journal

        def release() -> None:
            self._worker.swap(None, 0, None)
            if journal is not None:
                journal.close(wait=False)

        if not _submit(self.tasks, release, lambda _r: None, lambda _e: None) and journal is not None:
            journal.close(wait=False)

    # -- edits ---------------------------------------------------------------------------------
    def edit(self, text: str, op: str, kwargs: dict[str, Any], *,
             on_saved: Callable[[Any], None] | None = None,
             on_refused: Callable[[str], None] | None = None,
             on_conflict: Callable[[str, Any], None] | None = None) -> ServiceCommand | None:
        """Push one undo step "``text``" that calls ``Service.<op>(**kwargs)``; None when nothing is open.

        ``on_conflict(message, current)`` (optional) replaces ``on_refused`` when
        the row was changed elsewhere meanwhile; ``current`` is the row now.
        """
        if not self.is_open:
            return None
        command = ServiceCommand(self, text, op, kwargs, on_saved=on_saved, on_refused=on_refused,
                                 on_conflict=on_conflict)
        self.undo_stack.push(command)
        return command

    def typing_edit(self, text: str, op: str, kwargs: dict[str, Any], *, merge_key: Any,
                    on_saved: Callable[[Any], None] | None = None,
                    on_refused: Callable[[str], None] | None = None,
                    on_conflict: Callable[[str, Any], None] | None = None) -> bool:
        """Save a text being typed: like :meth:`edit`, but merged into the previous undo step
        when that one is a save with the same ``merge_key``. False when nothing is open.

        The command may be merged (and deleted by Qt) before this returns, so
        it is not returned.
        """
        if not self.is_open:
            return False
        self.undo_stack.push(TypingCommand(self, text, op, kwargs, merge_key=merge_key,
                                           on_saved=on_saved, on_refused=on_refused, on_conflict=on_conflict))
        return True

    def save_local(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                   on_error: Callable[[str], None] | None = None) -> None:
        """Run ``fn()`` on the worker, in order with the saves, counted in the save state.

        For files this window keeps beside the database (drafts): ``fn`` must
        not touch the Service. A failure is shown as "Not saved: …" and given
        to ``on_error`` (a sentence).
        """
        def done(result) -> None:
            self._end_save(None)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            message = self._sentence(exc)
            self._end_save(message)
            if on_error is not None:
                on_error(message)

        self._begin_save()
        if self._journal is not None:
            # a shared workshop: local files must not wait behind a save retrying for an unreachable
            # server; the journal's thread keeps them in order with the journalled edits
            future = self._journal.run(fn)
            if future is not None:
                future.add_done_callback(lambda f: self._local_done.emit((f, done, failed)))
                return
        if not _submit(self.tasks, fn, done, failed):
            self._saving -= 1

    def _on_local_done(self, payload: tuple) -> None:
        future, done, failed = payload
        exc = future.exception()
        if exc is not None:
            failed(exc)
        else:
            done(future.result())

    def undo(self) -> None:
        """Undo the last step, unless it is a shared workshop's edit still waiting for the server."""
        stack = self.undo_stack
        if stack.canUndo() and self._held_back(stack.command(stack.index() - 1)):
            return
        stack.undo()

    def redo(self) -> None:
        stack = self.undo_stack
        if stack.canRedo() and self._held_back(stack.command(stack.index())):
            return
        stack.redo()

    def _held_back(self, command: Any) -> bool:
        """An undo or redo the offline journal could not keep, because what it takes back has not
        reached the server yet (its inverse is not known): refused with a notice, until it has."""
        if self._journal is None or command is None:
            return False
        steps = getattr(command, "steps", ())
        if not any(step.queued for step in steps):
            return False
        self.notice.emit("Undo waits until this change reaches the shared workshop; "
                         "edit or delete the item meanwhile.")
        return True

    def run_step(self, step: Step, first: bool) -> None:
        """Queue one redo/undo step (called by its command, main thread).

        On a shared workshop the step's call is first handed to the offline
        journal's writer (see :meth:`_journal_step`); the worker marks it done
        once the server has it, or has refused it for good.
        """
        origin = self._origin
        worker = self._worker
        journal = self._journal
        entry_id = self._journal_step(step, first) if journal is not None else None
        step.queued += 1

        def work():  # worker thread
            worker.take_recent_bumps()
            kept = False  # still waiting for the server: the journal keeps it
            try:
                if step.refused:
                    return None
                if entry_id is not None and worker.holding:
                    kept = True
                    raise _KeptOffline()
                try:
                    if worker.generation != step.generation:
                        from cafe.service import ServiceError

                        raise ServiceError("That change belongs to a workshop that is no longer open.")
                    if first:
                        changes = worker.call(step.op, step.kwargs, origin)
                    elif step.inverse is None:
                        return None
                    else:
                        changes = worker.apply(step.inverse, origin)
                except BaseException as exc:
                    step.refused = True
                    kept = is_transient(exc)
                    if kept and entry_id is not None:
                        worker.holding = True
                    raise
                step.inverse = changes.undo
                if changes.undo is None:
                    step.refused = True
                return changes
            finally:
                if entry_id is not None and not kept:
                    journal.done(entry_id, worker.take_recent_bumps())

        def done(changes) -> None:
            step.queued -= 1
            self._step_answered(journal)
            self._retry_error = None
            self._end_save(None)
            if changes is not None and changes.undo is None:
                self._drop(step.owner)  # nothing changed: no undo step for it
            if not first and changes is not None:
                self.replayed.emit()
            if first and step.on_saved is not None and changes is not None:
                step.on_saved(changes)

        def failed(exc: BaseException) -> None:
            step.queued -= 1
            self._step_answered(journal)
            self._retry_error = None
            if isinstance(exc, _KeptOffline):
                message = str(exc)
                log.warning("kept in the offline journal when closing: %s", step.op)
            else:
                message = self._sentence(exc)
            if self._worker.give_up_at is not None and is_transient(exc):
                if entry_id is not None:
                    log.warning("kept in the offline journal when closing: %s (%s)", step.op, message)
                else:
                    log.error("not saved when closing: %s %r: %s", step.op, step.kwargs, message)
            self._end_save(message)
            self._drop(step.owner)
            self._request_reload({"*"}, own=True)
            current = getattr(exc, "current", None)
            if first and step.on_conflict is not None and current is not None and _is_stale(exc):
                step.on_conflict(message, current)
            elif first and step.on_refused is not None:
                step.on_refused(message)

        self._begin_save()
        if not _submit(self.tasks, work, done, failed):
            self._saving -= 1
            step.queued -= 1
            if journal is not None:
                self._waiting -= 1

    def journal_keep(self, op: str, kwargs: dict[str, Any]) -> str | None:
        """Keep a call in the offline journal without running it: sent at the next open unless
        :meth:`journal_done` drops it first (a fallback for text only on screen). None on a file."""
        return self._journal.append(op, kwargs) if self._journal is not None else None

    def journal_done(self, entry_ids: list[str]) -> None:
        """The user has decided about these journal entries (conflicts found by a replay)."""
        if self._journal is not None:
            for entry_id in entry_ids:
                self._journal.done(entry_id)

    def _journal_step(self, step: Step, first: bool) -> str | None:
        """Hand the call this step will make to the journal writer; its entry id (main thread).

        A first run journals the call itself. An undo or redo journals the
        inverse it will apply, which is known only when no earlier run of the
        step is still queued: an undo of an edit that is itself still waiting
        for the server is not journalled (it waits in memory only).
        """
        self._waiting += 1
        if first:
            return self._journal.append(step.op, step.kwargs)
        if step.queued or step.inverse is None or step.refused:
            return None
        return self._journal.append(step.inverse.op, step.inverse.kwargs)

    def _step_answered(self, journal: Any) -> None:
        if journal is not None and journal is self._journal:
            self._waiting -= 1

    def _drop(self, command: ServiceCommand) -> None:
        """Take a refused command out of the undo history."""
        if not shiboken6.isValid(command):
            return
        command.setObsolete(True)
        stack = self.undo_stack
        if stack.index() == stack.count() and stack.count() and stack.command(stack.count() - 1) is command:
            stack.undo()  # an obsolete command is deleted, not undone

    def _write(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[FileProblem | str], None] | None = None) -> None:
        """A change outside the undo history (creating a workshop, importing a file)."""
        generation = self.generation
        worker = self._worker

        def work():
            if worker.generation != generation:
                return _STALE
            return fn(worker.service)

        def done(result) -> None:
            self._end_save(None)
            if result is not _STALE and on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            message = self._sentence(exc)
            self._end_save(message)
            if on_error is not None:
                on_error(exc if isinstance(exc, FileProblem) else message)

        self._begin_save()
        self.tasks.submit(work, done, failed)

    # -- reads -----------------------------------------------------------------------------------
    def read(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
             on_error: Callable[[FileProblem | str], None] | None = None) -> None:
        """Run ``fn(service)`` on the worker; ``on_done(result)`` unless another workshop was opened since.

        A refusal goes to ``on_error`` (a :class:`FileProblem`, or the message),
        else to :attr:`notice`; a bug goes to the exception hook.
        """
        if not self.is_open:
            return
        generation = self.generation
        worker = self._worker

        def work():
            if worker.generation != generation:
                return _STALE
            return fn(worker.service)

        def done(result) -> None:
            if result is not _STALE and generation == self.generation:
                on_done(result)

        def failed(exc: BaseException) -> None:
            message = user_message(exc)
            if message is None:
                self._unexpected(exc)
                return
            if on_error is not None:
                on_error(exc if isinstance(exc, FileProblem) else message)
            else:
                self.notice.emit(message)

        self.tasks.submit(work, done, failed)

    # -- workshop files ----------------------------------------------------------------------------
    def check_workshop_file(self, path: str, on_valid: Callable[[], None],
                            on_invalid: Callable[[FileProblem | str], None]) -> None:
        """Validate a workshop file on the worker without touching the database."""
        def work(_service):
            from cafe import workshop_file

            try:
                workshop_file.read_rows(Path(path))
            except workshop_file.WorkshopFileError as exc:
                raise FileProblem(str(exc), tuple(exc.errors)) from None

        self.read(work, lambda _: on_valid(), on_invalid)

    def replace_from_file(self, path: str, on_done: Callable[[], None],
                          on_error: Callable[[FileProblem | str], None]) -> None:
        """Replace the whole workshop by a workshop file's (not an undo step; clears the history)."""
        def work(service):
            from cafe import workshop_file

            try:
                return workshop_file.load(service, Path(path), replace=True)
            except workshop_file.WorkshopFileError as exc:
                raise FileProblem(str(exc), tuple(exc.errors)) from None

        def done(_changes) -> None:
            self.undo_stack.clear()
            on_done()

        self._write(work, done, on_error)

    def export_file(self, path: str, on_done: Callable[[], None],
                    on_error: Callable[[FileProblem | str], None]) -> None:
        """Write the workshop file (notes included) atomically on the worker."""
        def work(service):
            from cafe import workshop_file

            try:
                workshop_file.write(service, Path(path))
            except workshop_file.WorkshopFileError as exc:
                raise FileProblem(str(exc), tuple(exc.errors)) from None

        self.read(work, lambda _: on_done(), on_error)

    # -- save state and reloads -------------------------------------------------------------------
    def _begin_save(self) -> None:
        self._saving += 1
        self._last_error = None
        self._set_save_state()

    def _end_save(self, error: str | None) -> None:
        self._saving -= 1
        if error is not None:
            self._last_error = error
        self._set_save_state()

    def _on_retry(self, message: str) -> None:
        self._retry_error = message.rstrip(". ")
        self._set_save_state()

    def _set_save_state(self) -> None:
        offline = self._journal is not None and (self._server_down or (self._retry_error is not None
                                                                         and self._waiting > 0))
        if offline:
            waiting = self._waiting
            state = OFFLINE + (f"{_changes(waiting)} waiting" if waiting else "no changes waiting")
            self._offline_peak = max(self._offline_peak or 0, waiting)
        elif self._retry_error is not None and self._saving:
            state = NOT_SAVED + self._retry_error + RETRYING
        elif self._last_error is not None:
            state = NOT_SAVED + self._last_error
        else:
            state = SAVING if self._saving else SAVED
        if self._offline_peak is not None and not offline:
            peak, self._offline_peak = self._offline_peak, None
            self.notice.emit("Connected to the shared workshop again: the changes that waited were sent."
                             if state == SAVED and peak else "Connected to the shared workshop again.")
        if state != self.save_state:
            self.save_state = state
            self.save_state_changed.emit(state)

    # -- a shared workshop: other laptops' changes -------------------------------------------------
    def _start_listener(self, target: str, generation: int, instance_id: str) -> None:
        from cafe.live import Listener

        self._listener = Listener(target, lambda notice: self._notice_arrived.emit(generation, notice),
                                  own_instance=instance_id, on_state=self._server_state.emit).start()

    def _stop_listener(self) -> None:
        if self._listener is not None:
            self._listener.stop(wait=False)  # its thread ends by itself within half a second
            self._listener = None

    def _on_notice(self, generation: int, notice: Any) -> None:
        if generation == self.generation:
            self._request_reload({"*"} if notice.reload else set(notice.kinds), own=False)

    def _on_server_state(self, online: bool) -> None:
        if self._journal is None:
            return
        self._server_down = not online
        if online:
            self._worker.wake()  # a save waiting for its next attempt goes now
        else:
            self.notice.emit("The shared workshop's server cannot be reached: "
                             "changes are kept on this laptop and sent when it is back.")
        self._set_save_state()

    def _on_journal_error(self, message: str) -> None:
        self.notice.emit(f"The offline journal could not be written: {message} "
                         "Changes are still sent, but would be lost if the app closed while offline.")

    def _close_journal(self) -> None:
        if self._journal is not None:
            self._journal.close(wait=False)
            self._journal = None
        self._waiting = 0

    def _report_replay(self, result: Any) -> None:
        """Say what replaying the offline journal did; hand its conflicts to :attr:`conflicts_found`."""
        parts = []
        if result.sent:
            parts.append(f"{_changes(result.sent)} made while offline {'was' if result.sent == 1 else 'were'} "
                         "sent to the shared workshop.")
        for _entry, reason in result.refused:
            parts.append(f"Not sent: {reason}")
        if result.conflicts:
            parts.append(f"{_changes(len(result.conflicts))} made while offline met another laptop's edit: "
                         "compare and merge them.")
        if parts:
            self.notice.emit(" ".join(parts))
        if result.conflicts:
            self.conflicts_found.emit(list(result.conflicts))

    def _on_changes(self, generation: int, changes: Any) -> None:
        if generation != self.generation:
            return
        self._request_reload(set(changes.kinds), own=changes.origin is self._origin)

    def _request_reload(self, kinds: set[str], own: bool) -> None:
        self._pending_kinds |= kinds
        self._pending_own = self._pending_own and own
        self._dirty += 1
        self._start_reload()

    def _start_reload(self) -> None:
        if self._reloading or not self.is_open:
            return
        self._reloading = True
        seen, kinds, own = self._dirty, frozenset(self._pending_kinds), self._pending_own
        self._pending_kinds, self._pending_own = set(), True
        generation = self.generation
        worker = self._worker

        def work():
            if worker.generation != generation:
                return _STALE
            return worker.service.snapshot()

        def done(snapshot) -> None:
            self._reloading = False
            if snapshot is not _STALE and generation == self.generation:
                self.index = WorkshopIndex(snapshot)
                self.snapshot_changed.emit(self.index, SnapshotUpdate(kinds, own))
            if self._dirty != seen:
                self._start_reload()

        def failed(exc: BaseException) -> None:
            self._reloading = False
            message = user_message(exc)
            if message is None:
                self._unexpected(exc)
            else:
                self.notice.emit(f"Could not reload the workshop: {message}")

        self.tasks.submit(work, done, failed)

    def _sentence(self, exc: BaseException) -> str:
        """What to tell the user of a failed save; a bug also goes to the exception hook."""
        message = user_message(exc)
        if message is None:
            self._unexpected(exc)
            message = f"an unexpected error ({type(exc).__name__}: {exc})"
        return message

    def _unexpected(self, exc: BaseException) -> None:
        """A bug, not a refusal: log it and let the application's exception hook report it."""
        log.error("unexpected error in background work", exc_info=(type(exc), exc, exc.__traceback__))
        sys.excepthook(type(exc), exc, exc.__traceback__)


def _load_sample(service: Any, sample: Path) -> str | None:
    """Load the sample workshop; return why it failed, or None (worker thread)."""
    try:
        from cafe import workshop_file

        workshop_file.load(service, sample)
    except Exception as exc:  # noqa: BLE001 — a missing sample must not stop the app from opening
        errors = getattr(exc, "errors", None)
        detail = f"{exc} ({'; '.join(errors[:3])})" if errors else str(exc)
        log.warning("sample workshop %s not loaded: %s", sample, detail)
        return detail or type(exc).__name__
    return None


def _journal_for(target: str) -> Any:
    """The offline journal of a shared workshop (a non-SQLite URL), None for a file (worker thread)."""
    if "://" not in target or target.startswith("sqlite"):
        return None
    from cafe.journal import Journal, journal_path
    from cafe.paths import data_dir

    return Journal.at(journal_path(target, data_dir()))


def _note_waiting(exc: BaseException, journal: Any) -> None:
    """Tell the user, with the failure to open, how many offline changes wait in the journal."""
    if journal is None:
        return
    try:
        exc.cafe_journal_waiting = len(journal)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 — an unreadable journal is reported when it is replayed
        pass


def _replay(journal: Any, service: Any, origin: Any) -> Any:
    """Send what the journal holds (worker thread, before the workshop is shown); None if empty.

    The calls are forwarded like the window's own (the journal keeps the
    version steps its sent actions made), so an edit queued behind another
    edit of the same text is not taken for another laptop's change. Conflicts
    stay in the journal until the user has chosen (:meth:`WorkshopController.journal_done`).
    Nothing here may stop the workshop from opening except the server going
    away again, which fails the open (the rest still waits).
    """
    import shutil

    from cafe.db import DatabaseError
    from cafe.journal import JournalError, ReplayResult, replay

    try:
        if not journal.pending():
            return None
    except JournalError as exc:
        return ReplayResult(refused=((None, f"{exc} Nothing in it was sent."),))
    notes = []
    if journal.problems:
        aside = journal.path.with_name(f"{journal.path.stem}.damaged-{int(time.time())}.jsonl")
        try:
            shutil.copy2(journal.path, aside)
            kept = f"a copy is kept as {aside}"
        except OSError as exc:
            kept = f"no copy could be kept ({exc.strerror})"
        notes.append((None, f"The offline journal {journal.path} had damaged lines "
                            f"({'; '.join(journal.problems[:3])}); they were skipped and {kept}."))
    state = _WorkerState()
    state.service = service
    for key, before, after in journal.bumps():
        state.bumps.setdefault(key, {})[before] = after

    class _Calls:
        def __getattr__(self, op: str) -> Callable[..., Any]:
            return lambda **kwargs: state.call(op, kwargs, origin, retry=False)

    result = replay(journal, _Calls(), recent_bumps=state.take_recent_bumps, keep_conflicts=True)
    if result.waiting:
        raise DatabaseError(f"The shared workshop's server stopped answering while the changes made "
                            f"offline were being sent; {_changes(result.waiting)} still wait.")
    refused = []
    for entry, reason in result.refused:
        refused.append((entry, _keep_refused_text(service, entry, reason, origin)))
    return dataclasses.replace(result, refused=tuple(notes + refused))


def _keep_refused_text(service: Any, entry: Any, reason: str, origin: Any) -> str:
    """A text edited offline on an item deleted meanwhile elsewhere: add it again as a new item."""
    if entry is None or entry.op != "update_note" or not str(entry.kwargs.get("text", "")).strip():
        return reason
    try:
        note = service.get("note", entry.kwargs["uuid"])
        service.add_note(note.room_uuid, note.round_uuid, getattr(note.category, "value", note.category),
                         entry.kwargs["text"], heading=note.heading, origin=origin)
    except Exception as exc:  # noqa: BLE001 — say what could not be kept, never stop the open
        return f"{reason} Its text could not be kept ({exc}): “{entry.kwargs['text']}”"
    return f"{reason} Its text was kept as a new item."


def _changes(n: int) -> str:
    return f"{n} change" if n == 1 else f"{n} changes"

