"""Undo steps: each user action is one :class:`ServiceCommand` on the window's QUndoStack.

A command names one Service operation. The first ``redo()`` (run by
``QUndoStack.push``) calls ``op(**kwargs)``; every later ``undo()`` or
``redo()`` applies the latest stored :class:`cafe.service.Inverse`, and each
result's ``undo`` replaces it. The calls themselves run on the worker thread
through a :class:`StepRunner` (the window's controller), which also stores the
inverse there, in order: pressing Ctrl+Z before a save has finished still takes
back the right thing.

A step the Service refuses marks the command obsolete (see
:meth:`StepRunner.run_step`), so QUndoStack drops it instead of running it
again: the stack never holds an action the database did not take.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand


class StepRunner(Protocol):
    generation: int

    def run_step(self, command: ServiceCommand, first: bool) -> None:
        """Run one step of ``command`` on the worker (see the module docstring)."""


class ServiceCommand(QUndoCommand):
    """One named, reversible Service call (main thread object).

    ``on_saved(changes)`` / ``on_refused(message)`` are called on the main
    thread after the first redo only: they let the widget that started the
    action keep or clear what the user typed.

    ``inverse`` and ``refused`` are written by the worker thread only.
    """

    def __init__(self, runner: StepRunner, text: str, op: str, kwargs: Mapping[str, Any], *,
                 on_saved: Callable[[Any], None] | None = None,
                 on_refused: Callable[[str], None] | None = None):
        super().__init__(text)
        self.runner = runner
        self.op = op
        self.kwargs = dict(kwargs)
        self.on_saved = on_saved
        self.on_refused = on_refused
        self.generation = runner.generation
        self.inverse: Any = None
        self.refused = False
        self._started = False

    def redo(self) -> None:
        first = not self._started
        self._started = True
        self.runner.run_step(self, first)

    def undo(self) -> None:
        self.runner.run_step(self, False)
