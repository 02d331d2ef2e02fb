"""Background work: one worker thread runs every Service and database call.

Contract
--------
* :meth:`TaskRunner.submit` runs ``fn()`` on the runner's single worker thread,
  strictly in submission order, so a later call always sees the effects of an
  earlier one.
* ``on_done(result)`` or ``on_error(exc)`` then runs on the thread that owns
  the runner (the main thread), delivered through a queued signal, in the same
  order as the calls. Work never touches widgets; callbacks may.
* An exception with no ``on_error`` goes to :attr:`TaskRunner.unhandled`.
* :attr:`pending` counts submitted calls whose callback has not run yet;
  :attr:`idle` is emitted when it drops to zero (tests wait on it).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class TaskRunner(QObject):
    #: an exception raised by work that had no ``on_error`` (main thread)
    unhandled = Signal(object)
    #: the last pending call has been delivered (main thread)
    idle = Signal()
    _delivered = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cafe-worker")
        self._pending = 0
        self._closed = False
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return self._pending

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> bool:
        """Queue ``fn`` for the worker; returns False (and drops it) once the runner is shut down."""
        if self._closed:
            return False
        self._pending += 1
        self._executor.submit(self._run, fn, on_done, on_error)
        return True

    def _run(self, fn, on_done, on_error) -> None:  # worker thread
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 — handed to the main thread, never lost
            self._delivered.emit((on_error, exc, True))
        else:
            self._delivered.emit((on_done, result, False))

    def _deliver(self, payload) -> None:  # main thread
        callback, value, failed = payload
        self._pending -= 1
        try:
            if callback is not None:
                callback(value)
            elif failed:
                self.unhandled.emit(value)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        """Refuse new work and wait for the worker to finish what it has (main thread)."""
        self._closed = True
        self._executor.shutdown(wait=True)
