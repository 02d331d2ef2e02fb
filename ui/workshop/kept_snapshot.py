"""A workshop file's snapshot kept when it was closed, on screen at the next start while it opens.

Opening a workshop imports the storage stack (about two thirds of a start)
before its first snapshot can be read. At startup, :class:`KeptSnapshot` reads
the snapshot :mod:`cafe.storage.snapshot_cache` kept at the file's last close
(on the worker, without the storage stack) and shows it at once; the database
opens behind it, and its own snapshot replaces the kept one when they differ
(as another program's change would). Edits made meanwhile wait on the worker
behind the opening, as every edit waits for the one before, and are saved once
it is open; if it cannot be opened they are refused like any edit of a workshop
no longer open (their words written to the error log), and the window says why
it could not open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cafe.storage.workshop_index import SnapshotUpdate, WorkshopIndex

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

log = logging.getLogger(__name__)


class KeptSnapshot:
    """Mixin of :class:`ui.workshop.controller.WorkshopController`."""

    if TYPE_CHECKING:  # provided by WorkshopController
        tasks: Any
        undo_stack: QUndoStack
        snapshot_changed: Any
        generation: int
        target: str | None
        display_name: str
        is_file: bool
        index: WorkshopIndex | None
        _kept: int | None
        _next_generation: int
        _closed_upto: int
        flush_requested: Any
        _last_error: str | None
        _set_save_state: Callable[[], None]
        _unexpected: Callable[[BaseException], None]

        @property
        def is_open(self) -> bool: ...

    def _read_kept(self, target: str, generation: int, kept: list) -> None:
        """Read what is kept for ``target`` on the worker (into ``kept`` too, for the opening to
        compare) and show it, unless another workshop was asked for or opened meanwhile."""
        def read():  # worker thread
            from cafe.storage import snapshot_cache

            found = snapshot_cache.load(target)
            if found is not None:
                kept.append(found)
            return found

        def show(found) -> None:
            if found is not None and generation == self._next_generation and not self.is_open \
                    and generation > self._closed_upto:
                self._show_kept(generation, target, *found)

        self.tasks.submit(read, show, self._unexpected)

    def _show_kept(self, generation: int, target: str, display_name: str, snapshot: Any) -> None:
        try:
            index = WorkshopIndex(snapshot)
        except Exception:  # noqa: BLE001 — not shown: the window waits for the database as before
            log.warning("the snapshot kept for %s is not shown", target, exc_info=True)
            return
        self._kept = generation
        self.generation = generation
        self.undo_stack.clear()
        self.target = target
        self.display_name = display_name
        self.is_file = True
        self.index = index
        self._last_error = None
        self._set_save_state()
        self.snapshot_changed.emit(self.index, SnapshotUpdate(frozenset({"*"}), reopened=True))


    def _drop_kept(self) -> None:
        """The database behind the kept snapshot could not be opened: nothing stays open. What views
        still hold is pushed first; those edits, and any made meanwhile, are refused like any edit of a
        workshop no longer open (the save state says so) and their words are written to the error log."""
        self.flush_requested.emit()
        for i in range(self.undo_stack.count()):
            for step in getattr(self.undo_stack.command(i), "steps", ()):
                log.warning("not saved, the workshop could not be opened: %s %s", step.op, step.kwargs)
        self._kept, self.index = None, None


def snapshot_to_keep(worker: Any, watches: list[Any]) -> Callable[[], None]:
    """On the worker, before a workshop file is released: read the open file's snapshot now, and
    return what keeps it once the file is released. Nothing is kept for a server's workshop, or when
    another program committed to the file since this window last looked (``watches``: file watches,
    None, or lists of them, as :func:`cafe.storage.file_watch.each_watch` reads them)."""
    service = worker.service
    path = service.db.path if service is not None else None
    if path is None:
        return lambda: None
    try:
        snapshot = service.snapshot()
        from cafe.storage.file_watch import each_watch

        if any(w.changed() for w in each_watch(watches) if w.path == path):
            return lambda: None
    except Exception:  # noqa: BLE001 — nothing kept: the next start opens as before
        log.info("no snapshot kept for %s", path, exc_info=True)
        return lambda: None

    def keep() -> None:
        from cafe.storage import snapshot_cache

        snapshot_cache.save(str(path), snapshot)

    return keep


def same_as_kept(kept: list, snapshot: Any) -> bool:
    """The database's snapshot is the kept one (worker thread: a conference's snapshot is large).
    One that cannot even be compared (another version's fields) differs."""
    try:
        return bool(kept) and kept[0][1] == snapshot
    except Exception:  # noqa: BLE001
        return False
