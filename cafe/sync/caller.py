"""Calling the Service from a window's single worker thread: retries, version forwarding, messages.

Contract
--------
* :class:`Caller` is touched by one worker thread only (the window's
  :class:`~ui.workshop.tasks.TaskRunner`); the main thread writes only
  :attr:`Caller.retry_delays`, :attr:`Caller.give_up_at` and calls :meth:`Caller.wake`.
* ``bumps[key][v] = v + 1`` records each version step the window's own calls
  made, so an edit or inverse prepared against version ``v`` before the view
  reloaded is forwarded to the row's current version. A version changed by
  anyone else is not in the chain, so their edit still wins and ours is refused.
* A failure that passes by itself (:func:`is_transient`) is retried with
  backoff (:data:`RETRY_DELAYS`), holding every later call back: order is kept.
* No Qt here: the same caller replays the offline journal before a window exists.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from cafe.operations import MANY_NOTES_OPS, MANY_ROWS_OPS, VERSION_STEP_OPS, is_operation

log = logging.getLogger(__name__)

#: seconds between attempts of a save that failed for a passing reason (the last one repeats)
RETRY_DELAYS: tuple[float, ...] = (0.2, 0.5, 1.0, 2.0, 5.0)


class FileProblem(Exception):
    """A workshop file that was refused: ``str()`` is a summary, ``errors`` one line per problem."""

    def __init__(self, message: str, errors: tuple[str, ...] = ()):
        super().__init__(message)
        self.errors = tuple(errors)


def user_message(exc: BaseException) -> str | None:
    """The sentence to show for an expected failure, or None for a bug."""
    from cafe.service import ServiceError
    from cafe.storage.db import DatabaseError

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




class Caller:
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
        key = call_key(op, kwargs)
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
        if ((changes.op.startswith("update_") or changes.op in VERSION_STEP_OPS)
                and row is not None and getattr(row, "version", None)):
            self.bump(row_key(changes.op, row), row.version - 1, row.version)
        if changes.op in MANY_NOTES_OPS and changes.uuids:
            for uuid, version in self.service.note_versions(changes.uuids).items():
                self.bump(uuid, version - 1, version)
        if changes.undo is not None and changes.undo.op == "restore":
            links = tuple(links) + tuple(changes.undo.kwargs.get("links", ()))
        if changes.op in MANY_ROWS_OPS and changes.uuids:
            kind = MANY_ROWS_OPS[changes.op]
            links = tuple(links) + tuple((kind, uuid, "") for uuid in sorted(changes.uuids))
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
        if not is_operation(op) or not hasattr(self.service, op):
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
                if attempts > 1 and lost_answer(exc, kwargs):
                    from cafe.service_base import Changes

                    return Changes(op, frozenset({"*"}), frozenset(), None, getattr(exc, "current", None), origin)
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




class KeptOffline(Exception):
    """A step not tried while closing offline, because an earlier one could not be sent: the
    journal keeps both, in order."""

    def __init__(self) -> None:
        super().__init__("kept on this laptop (offline journal), sent at the next open.")


def lost_answer(exc: BaseException, kwargs: dict[str, Any]) -> bool:
    from cafe.service_base import StaleEdit
    from cafe.sync.journal import already_applied

    return isinstance(exc, StaleEdit) and already_applied(kwargs, exc.current)


def is_stale(exc: BaseException) -> bool:
    from cafe.service_base import StaleEdit

    return isinstance(exc, StaleEdit)




def call_key(op: str, kwargs: dict[str, Any]) -> Any:
    """What a call's ``expected_version`` is the version of: the row's uuid, or a summary's place."""
    if op == "set_round_summary":
        return ("round_summary", kwargs.get("room_uuid"), kwargs.get("round_uuid"))
    return kwargs.get("uuid")


def row_key(op: str, row: Any) -> Any:
    if op == "set_round_summary":
        return ("round_summary", row.room_uuid, row.round_uuid)
    return row.uuid


