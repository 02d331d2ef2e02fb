"""The open workshop of one window: its Service, latest snapshot, undo stack and save state.

Contract
--------
* :class:`WorkshopController` is a main-thread object. It never calls the
  Service itself: every call runs on the :class:`~ui.workshop.tasks.TaskRunner`'s worker
  thread, and the Service and database handle live in :class:`_WorkerState`,
  which only the worker touches. The heavy storage modules (sqlmodel, Alembic)
  are imported there too, after the window is on screen.
* The Service's change events arrive on the worker; they are marshalled to the
  main thread by a queued signal, then the snapshot is brought up to date (on the
  worker, coalescing bursts; :meth:`cafe.service.Service.refresh_snapshot` reads
  only what the changes' kinds touched) and :attr:`snapshot_changed` is emitted with a
  :class:`~cafe.storage.workshop_index.WorkshopIndex` and a :class:`SnapshotUpdate`.
* Every edit is a :class:`~ui.workshop.commands.ServiceCommand` on :attr:`undo_stack`;
  :meth:`WorkshopController.typing_edit` pushes autosaves of a text being typed
  that merge into one undo step (:class:`~ui.workshop.commands.TypingCommand`).
* The save state is ``"Saved"``, ``"Saving…"``, ``"Not saved: <reason>"``
  (the Service's own sentence), ``"Not saved: <reason> — retrying"`` or, on a shared workshop whose
  server cannot be reached, ``"Offline — N changes waiting"``, each in the window's language
  (:attr:`WorkshopController.save_state_warns` says whether it needs the user's eye).

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

import gc
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from cafe.storage import paths
from cafe.storage.file_watch import close_watches
from cafe.storage.workshop_index import SnapshotUpdate, WorkshopIndex
from cafe.sync.caller import Caller, FileProblem, user_message
from cafe.sync.replay import Opened, open_workshop
from ui.common.plural import english
from ui.workshop.edits import Edits, _submit, no_longer_open
from ui.workshop.kept_snapshot import KeptSnapshot, same_as_kept, snapshot_to_keep
from ui.workshop.shared_link import SharedLink
from ui.workshop.tasks import TaskRunner
from ui.workshop.workshop_files import WorkshopFiles

if TYPE_CHECKING:
    from cafe.service_base import Changes

log = logging.getLogger(__name__)


#: after close, how long a failing save is still retried before it is logged and given up
CLOSE_GRACE_S = 20.0
#: the same on a shared workshop, whose waiting edits are kept in the offline journal anyway
JOURNALED_CLOSE_GRACE_S = 1.0

_STALE = object()

class WorkshopController(Edits, SharedLink, WorkshopFiles, KeptSnapshot, QObject):
    """One window's workshop (see the module docstring). Signals are emitted on the main thread."""

    #: a workshop was opened or created: (display name of the database)
    opened = Signal(str)
    #: opening failed (message for the user); whatever was open stays open
    open_failed = Signal(str)
    #: (WorkshopIndex of the new snapshot, SnapshotUpdate)
    snapshot_changed = Signal(object, object)
    #: "Saved", "Saving…", "Not saved: <reason>" or "Offline — N changes waiting" (in the window's language)
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
    #: a list of cafe.sync.journal.Conflict (each with this laptop's wanted values and the row now)
    conflicts_found = Signal(object)
    _journal_error = Signal(str)
    #: a shared workshop opened over a connection that is not encrypted or asked no password:
    #: (kind, sentence) pairs that say what is unsafe (the window shows them where they stay visible)
    insecure_connection = Signal(list)
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
        self._worker = Caller()
        self._origin = object()
        self._saving = 0
        self._last_error: str | None = None
        self._retry_error: str | None = None
        self.save_state = self.tr("Saved")
        #: the save state needs the user's eye (offline, not saved), not just "Saved" or "Saving…"
        self.save_state_warns = False
        self._reloading = False
        self._dirty = 0
        self._pending_kinds: set[str] = set()
        #: the uuids the pending changes named (None: some change did not name its rows)
        self._pending_uuids: set[str] | None = set()
        self._pending_own = True
        self._changes_arrived.connect(self._on_changes, Qt.ConnectionType.QueuedConnection)
        self._notice_arrived.connect(self._on_notice, Qt.ConnectionType.QueuedConnection)
        self._server_state.connect(self._on_server_state, Qt.ConnectionType.QueuedConnection)
        self._listener: Any = None
        #: a workshop file's watch for other programs' commits (cafe.storage.file_watch), read on the worker
        self._file_watch: Any = None
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(1000)
        self._watch_timer.timeout.connect(self._check_file)
        self.server_offset_s: float | None = None
        self._retry_notice.connect(self._on_retry, Qt.ConnectionType.QueuedConnection)
        self._worker.on_retry = self._retry_notice.emit
        #: the open shared workshop's journal writer (None on SQLite), and the last one closed
        self._journal: Any = None
        self._closed_journal: Any = None
        #: edits of a shared workshop sent to the worker and not answered yet
        self._waiting = 0
        #: the open workshop is shared (PostgreSQL) rather than a file on this laptop
        self.shared = False
        self._server_down = False
        #: while the status says offline: the most changes that waited (None when online)
        self._offline_peak: int | None = None
        self._journal_error.connect(self._on_journal_error, Qt.ConnectionType.QueuedConnection)
        self._local_done.connect(self._on_local_done, Qt.ConnectionType.QueuedConnection)
        #: the generation whose kept snapshot (cafe.storage.snapshot_cache) is on screen while its
        #: database opens behind it, or None
        self._kept: int | None = None
        #: the watches of openings not answered yet (each a list its work fills on the worker)
        self._watches: list[list[Any]] = []
        #: openings asked for up to this generation were closed before they answered: ignored
        self._closed_upto = 0

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
    def opening_behind(self) -> bool:
        """The workshop on screen is the snapshot kept at its last close; its database still opens."""
        return self._kept is not None

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

        watch: list[Any] = []  # the workshop file's watch, made on the worker (a file only)
        # the watches of the workshop open now and of openings before this one: closed on the worker
        # before their databases are let go (a read-only connection left last keeps the log out of a file)
        superseded = [self._file_watch, *self._watches]
        self._watches.append(watch)

        def listener(changes, generation=generation):  # worker thread
            if watch:
                watch[0].mark()  # our own commit: not another program's
            self._changes_arrived.emit(generation, changes)

        # the previous shared workshop's writer (open, or closed with lines still queued)
        old_journal = self._journal or self._closed_journal
        origin = self._origin

        kept: list[Any] = []  # at startup, the file's snapshot kept at its last close (see KeptSnapshot)
        if sample is None and new_title is None and not self.is_open and not paths.is_url(target):
            self._read_kept(target, generation, kept)

        def work():  # worker thread
            self._worker.give_up_at = None
            opened = open_workshop(target, sample=sample, new_title=new_title, origin=origin,
                                   old_journal=old_journal)
            close_watches(superseded)
            self._worker.swap(opened.service, generation, listener)
            if opened.is_file and opened.service.db.path is not None:
                from cafe.storage.file_watch import FileWatch

                watch.append(FileWatch(opened.service.db.path))
            return opened, same_as_kept(kept, opened.snapshot)

        def warm() -> None:  # worker thread, once the workshop is on screen
            from cafe.people.countries import all_countries

            all_countries()  # the country names, loaded here rather than by the first view that shows one

        def done(answer: tuple[Opened, bool]) -> None:
            result, unchanged = answer
            self._watches = [w for w in self._watches if w is not watch]
            if generation <= self._closed_upto:  # closed meanwhile: its release closed the watch too
                return
            # What is alive now (modules, mappings, the snapshot) stays for the session: freezing it out
            # of the cyclic collector keeps its full collections short. Measured while typing: one took
            # 107 ms on the worker and, holding the GIL, stalled the window; frozen, none over 36 ms.
            gc.freeze()
            shown_kept, self._kept = self._kept == generation, None
            self.generation = generation
            if not shown_kept:  # edits made on the kept snapshot stay undoable
                self.undo_stack.clear()
            self.target = target
            self.display_name = result.display_name
            self.is_file = result.is_file
            if not (shown_kept and unchanged):
                self.index = WorkshopIndex(result.snapshot)
            self._last_error = None
            self._close_journal()
            if result.journal is not None:
                from cafe.sync.journal import JournalWriter

                self._journal = JournalWriter(result.journal, on_error=self._journal_error.emit)
            self._server_down, self._offline_peak = False, None
            self.shared = result.instance_id is not None
            self._set_save_state()
            self._stop_listener()
            if result.instance_id is not None:
                self._start_listener(target, generation, result.instance_id)
            self._file_watch = watch[0] if watch else None  # the one before was closed by work()
            self._watch_timer.start() if self._file_watch is not None else self._watch_timer.stop()
            self.server_offset_s = result.server_offset_s
            self.server_offset_changed.emit(result.server_offset_s)
            self.opened.emit(result.display_name)
            if not shown_kept:
                self.snapshot_changed.emit(self.index, SnapshotUpdate(frozenset({"*"}), reopened=True))
            elif not unchanged:  # the file changed since its snapshot was kept: as another program's change
                self.snapshot_changed.emit(self.index, SnapshotUpdate(frozenset({"*"})))
            if result.sample_error:
                self.notice.emit(self.tr("The sample workshop could not be loaded: {0}").format(result.sample_error))
            if result.replayed is not None:
                self._report_replay(result.replayed)
            if result.warnings:
                self.insecure_connection.emit(list(result.warnings))
            self.tasks.submit(warm, lambda _none: None, lambda _exc: None)

        def failed(exc: BaseException) -> None:
            self._watches = [w for w in self._watches if w is not watch]
            if generation <= self._closed_upto:
                return
            if self._kept == generation:  # the kept snapshot goes with it: nothing is open
                self._drop_kept()
            message = user_message(exc)
            if message is None:
                self._unexpected(exc)
                message = self.tr("{0}: could not be opened ({1}: {2}).").format(target, type(exc).__name__, exc)
            waiting = getattr(exc, "cafe_journal_waiting", 0)
            if waiting:
                message += " " + english(self.tr("%n change(s) made on this laptop while it was offline are kept, "
                                                 "and sent once the workshop opens.", "", waiting), waiting)
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
        self._watch_timer.stop()
        file_watch, self._file_watch = self._file_watch, None
        journal = self._journal
        # a shared workshop's edits are in the journal by now (or queued to it): no need to wait
        # for an unreachable server; they are sent at the next open
        grace = JOURNALED_CLOSE_GRACE_S if journal is not None else CLOSE_GRACE_S
        self._worker.give_up_at = time.monotonic() + grace
        self._worker.wake()
        self.undo_stack.clear()
        self.index = None
        self._kept = None
        self._journal = None
        self._closed_journal = journal
        # openings not answered yet are closed with this one: their watches too, and their answers ignored
        self._closed_upto = self._next_generation
        opening, self._watches = self._watches, []
        worker = self._worker

        def release() -> None:
            keep = snapshot_to_keep(worker, [file_watch, *opening])  # after the last save
            close_watches([file_watch, *opening])  # first: a read-only connection left last keeps the log out
            worker.swap(None, 0, None)
            if journal is not None:
                journal.close(wait=False)
            keep()  # once the file is released

        if not _submit(self.tasks, release, lambda _r: None, lambda _e: None) and journal is not None:
            journal.close(wait=False)

    def write(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[FileProblem | str], None] | None = None) -> None:
        """Run ``fn(service)``, a change outside the undo history (the venue pages' switches), on the
        worker in order with the edits, counted in the save state."""
        if self.is_open:
            self._write(fn, on_done, on_error)

    def _write(self, fn: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[FileProblem | str], None] | None = None) -> None:
        """A change outside the undo history (creating a workshop, importing a file)."""
        generation = self.generation
        worker = self._worker

        def work():
            if worker.generation != generation:  # refused, not dropped: the save state says so
                raise no_longer_open()
            return fn(worker.service)

        def done(result) -> None:
            self._end_save(None)
            if on_done is not None:
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

    def unsaved_changes(self) -> int:
        """Changes that wait while their save keeps failing (a locked file, a full disk, no server): 0
        when saving works. Closing now keeps them in the journal; they are saved at the next open."""
        return self._waiting if self._retry_error is not None or self._server_down else 0

    @property
    def failure(self) -> str | None:
        """Why saves are failing now (the database's words), or None."""
        return self._retry_error

    def _on_retry(self, message: str) -> None:
        self._retry_error = message.rstrip(". ")
        self._set_save_state()

    def _set_save_state(self) -> None:
        offline = self.shared and self._journal is not None and (
            self._server_down or (self._retry_error is not None and self._waiting > 0))
        warns = True
        if offline:
            waiting = self._waiting
            state = (english(self.tr("Offline — %n change(s) waiting", "", waiting), waiting) if waiting
                     else self.tr("Offline — no changes waiting"))
            self._offline_peak = max(self._offline_peak or 0, waiting)
        elif self._retry_error is not None and self._saving:
            state = self.tr("Not saved: {0} — retrying").format(self._retry_error)
        elif self._last_error is not None:
            state = self.tr("Not saved: {0}").format(self._last_error)
        else:
            warns = False
            state = self.tr("Saving…") if self._saving else self.tr("Saved")
        saved = not warns and not self._saving
        self.save_state_warns = warns
        if self._offline_peak is not None and not offline:
            peak, self._offline_peak = self._offline_peak, None
            self.notice.emit(self.tr("Connected to the shared workshop again: the changes that waited were sent.")
                             if saved and peak else self.tr("Connected to the shared workshop again."))
        if state != self.save_state:
            self.save_state = state
            self.save_state_changed.emit(state)

    def _on_changes(self, generation: int, changes: Changes) -> None:
        if generation != self.generation:
            return
        self._request_reload(set(changes.kinds), own=changes.origin is self._origin, uuids=changes.uuids)

    def _request_reload(self, kinds: set[str], own: bool, uuids: frozenset[str] | None = None) -> None:
        self._pending_kinds |= kinds
        self._pending_own = self._pending_own and own
        # the rows named, as long as every change named its rows (one that did not makes them unknown)
        self._pending_uuids = None if uuids is None or self._pending_uuids is None or "*" in kinds \
            else self._pending_uuids | uuids
        self._dirty += 1
        self._start_reload()

    def _start_reload(self) -> None:
        if self._reloading or not self.is_open:
            return
        self._reloading = True
        seen, kinds, own = self._dirty, frozenset(self._pending_kinds), self._pending_own
        uuids = None if self._pending_uuids is None else frozenset(self._pending_uuids)
        self._pending_kinds, self._pending_own, self._pending_uuids = set(), True, set()
        generation = self.generation
        worker = self._worker
        previous = self.index.snap if self.index is not None else None

        def work():
            if worker.generation != generation:
                return _STALE
            # only what the changes touched is read again (a note typed: one grouped count), unless
            # they need a full read ("*" after a reconnect, a room renamed)
            return worker.service.refresh_snapshot(previous, kinds)

        def done(snapshot) -> None:
            self._reloading = False
            if snapshot is not _STALE and generation == self.generation:
                self.index = WorkshopIndex(snapshot)
                self.snapshot_changed.emit(self.index, SnapshotUpdate(kinds, own, uuids=uuids))
            if self._dirty != seen:
                self._start_reload()

        def failed(exc: BaseException) -> None:
            self._reloading = False
            message = user_message(exc)
            if message is None:
                self._unexpected(exc)
            else:
                self.notice.emit(self.tr("Could not reload the workshop: {0}").format(message))

        self.tasks.submit(work, done, failed)

    def _sentence(self, exc: BaseException) -> str:
        """What to tell the user of a failed save; a bug also goes to the exception hook."""
        message = user_message(exc)
        if message is None:
            self._unexpected(exc)
            message = self.tr("an unexpected error ({0}: {1})").format(type(exc).__name__, exc)
        return message

    def _unexpected(self, exc: BaseException) -> None:
        """A bug, not a refusal: log it and let the application's exception hook report it."""
        log.error("unexpected error in background work", exc_info=(type(exc), exc, exc.__traceback__))
        sys.excepthook(type(exc), exc, exc.__traceback__)
