"""Workshop files from a window: check, replace the workshop by one, export one (on the worker); and
the open file written by another program.

A mixin of :class:`ui.workshop.controller.WorkshopController`; a refused file
reaches the caller as a :class:`cafe.sync.caller.FileProblem` with one line per problem.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack

from cafe.sync.caller import FileProblem
from ui.workshop.edits import _submit


class WorkshopFiles:
    """Reading and writing workshop files (see the module docstring)."""

    if TYPE_CHECKING:  # provided by WorkshopController
        undo_stack: QUndoStack
        read: Callable[..., None]
        _write: Callable[..., None]
        tasks: Any
        generation: int
        _file_watch: Any
        _reloading: bool
        _request_reload: Callable[..., None]

        @property
        def is_open(self) -> bool: ...


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

    def _check_file(self) -> None:
        """Another program wrote the workshop file (``cafe serve``, a ``cafe`` command): read it all
        again. Once a second, on the worker (a PRAGMA on a connection of its own)."""
        watch, generation = self._file_watch, self.generation
        if watch is None or not self.is_open or self._reloading:
            return

        def done(changed: bool) -> None:
            if changed and generation == self.generation:
                self._request_reload({"*"}, own=False)

        _submit(self.tasks, watch.changed, done, lambda _exc: None)
