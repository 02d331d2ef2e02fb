"""Undo steps: each user action is one :class:`ServiceCommand` on the window's QUndoStack.

A command names one Service operation. The first ``redo()`` (run by
``QUndoStack.push``) calls ``op(**kwargs)``; every later ``undo()`` or
``redo()`` applies the latest stored :class:`cafe.service.Inverse`, and each
result's ``undo`` replaces it. The calls themselves run on the worker thread
through a :class:`StepRunner` (the window's controller), which also stores the
inverse there, in order: pressing Ctrl+Z before a save has finished still takes
back the right thing.

A command holds one or more :class:`Step` s. A :class:`TypingCommand` is the
save of a text while it is being typed: each autosave of the same text (same
``merge_key``) is pushed as its own command, runs at once, and is then merged
into the previous one (``id()``/``mergeWith``), so that a sentence typed over
a minute is one undo step while every intermediate save still reached the
database. Undoing a merged command takes its steps back newest first; redoing
replays them oldest first.

A step the Service refuses marks the command obsolete (see
:meth:`StepRunner.run_step`), so QUndoStack drops it instead of running it
again: the stack never holds an action the database did not take.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

#: the ``id()`` shared by every typing command; ``merge_key`` decides what merges
TYPING_ID = 0x5E7


class Step:
    """One Service call of a command and what the worker learned from it.

    Plain Python, so the worker never touches the QUndoCommand (which Qt may
    delete after a merge). ``inverse`` and ``refused`` are written by the
    worker thread only; ``owner`` is the command on the stack that holds the
    step (it changes when the step's own command is merged into another).
    """

    __slots__ = ("generation", "inverse", "kwargs", "on_conflict", "on_refused", "on_saved", "op", "owner",
                 "queued", "refused")

    def __init__(self, op: str, kwargs: Mapping[str, Any], generation: int, owner: ServiceCommand,
                 on_saved: Callable[[Any], None] | None, on_refused: Callable[[str], None] | None,
                 on_conflict: Callable[[str, Any], None] | None = None):
        self.op = op
        self.kwargs = dict(kwargs)
        self.generation = generation
        self.inverse: Any = None
        self.refused = False
        self.on_saved = on_saved
        self.on_refused = on_refused
        #: called instead of ``on_refused`` when another laptop changed the row meanwhile:
        #: ``(message, the row as it is now)``, so the user can see both texts and merge
        self.on_conflict = on_conflict
        self.owner = owner
        #: runs of this step sent to the worker and not answered yet (main thread)
        self.queued = 0


class StepRunner(Protocol):
    generation: int

    def run_step(self, step: Step, first: bool) -> None:
        """Run one step on the worker (see the module docstring)."""


class ServiceCommand(QUndoCommand):
    """One named, reversible Service call (main thread object).

    ``on_saved(changes)`` / ``on_refused(message)`` are called on the main
    thread after the first redo only: they let the widget that started the
    action keep or clear what the user typed. ``on_conflict(message, current)``,
    when given, replaces ``on_refused`` for an edit refused because the row
    changed elsewhere meanwhile (``current``: the row now).
    """

    def __init__(self, runner: StepRunner, text: str, op: str, kwargs: Mapping[str, Any], *,
                 on_saved: Callable[[Any], None] | None = None,
                 on_refused: Callable[[str], None] | None = None,
                 on_conflict: Callable[[str, Any], None] | None = None):
        super().__init__(text)
        self.runner = runner
        self.generation = runner.generation
        self.steps = [Step(op, kwargs, runner.generation, self, on_saved, on_refused, on_conflict)]
        self._started = False

    # the first step, as the older single-call API named it
    @property
    def op(self) -> str:
        return self.steps[0].op

    @property
    def kwargs(self) -> dict[str, Any]:
        return self.steps[0].kwargs

    @property
    def inverse(self) -> Any:
        return self.steps[0].inverse

    @property
    def refused(self) -> bool:
        return self.steps[0].refused

    def redo(self) -> None:
        if not self._started:
            self._started = True
            self.runner.run_step(self.steps[0], True)
            return
        for step in self.steps:
            self.runner.run_step(step, False)

    def undo(self) -> None:
        for step in reversed(self.steps):
            self.runner.run_step(step, False)


class TypingCommand(ServiceCommand):
    """An autosave of a text being typed; merges with the previous save of the same ``merge_key``."""

    def __init__(self, runner: StepRunner, text: str, op: str, kwargs: Mapping[str, Any], *,
                 merge_key: Hashable, on_saved: Callable[[Any], None] | None = None,
                 on_refused: Callable[[str], None] | None = None,
                 on_conflict: Callable[[str, Any], None] | None = None):
        super().__init__(runner, text, op, kwargs, on_saved=on_saved, on_refused=on_refused,
                         on_conflict=on_conflict)
        self.merge_key = merge_key

    def id(self) -> int:
        return TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        # ``other`` was pushed after this command and its save is already queued
        # behind ours on the worker: it becomes this command's next step.
        if (not isinstance(other, TypingCommand) or other.merge_key != self.merge_key
                or other.generation != self.generation or self.refused):
            return False
        for step in other.steps:
            step.owner = self
        self.steps.extend(other.steps)
        return True
