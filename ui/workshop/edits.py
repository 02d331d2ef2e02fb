"""Edits of one window: undo steps run on the worker, in order, with a save state (main thread).

A mixin of :class:`ui.workshop.controller.WorkshopController`: every user
action is a :class:`~ui.workshop.commands.ServiceCommand` pushed on the
controller's ``undo_stack``; its steps run on the worker through
:class:`cafe.sync.caller.Caller`, which retries transient failures and
forwards this window's own version steps. Typing is saved by
:meth:`Edits.typing_edit`, merged into one undo step per sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from cafe.sync.caller import Caller, KeptOffline, is_stale, is_transient
from ui.workshop.commands import ServiceCommand, Step, TypingCommand
from ui.workshop.ops import Call

log = logging.getLogger(__name__)


def no_longer_open() -> Exception:
    """The refusal of a change made for a workshop that is no longer open (worker thread)."""
    from cafe.service import ServiceError

    return ServiceError(QCoreApplication.translate(
        "Edits", "That change belongs to a workshop that is no longer open."))


def _submit(tasks: Any, fn: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> bool:
    """Queue work; False once the worker is gone (also when the interpreter is shutting down)."""
    try:
        return tasks.submit(fn, done, failed)
    except RuntimeError:  # the executor was shut down at interpreter exit
        return False


class Edits:
    """Pushing, running, undoing and redoing edits (see the module docstring)."""

    if TYPE_CHECKING:  # provided by WorkshopController
        tasks: Any
        undo_stack: QUndoStack
        replayed: Any
        _local_done: Any
        _journal: Any
        _origin: object
        _retry_error: str | None
        _saving: int
        _waiting: int
        shared: bool
        _worker: Caller
        generation: int
        _begin_save: Callable[[], None]
        _end_save: Callable[[str | None], None]
        _held_back: Callable[[Any], bool]
        _journal_step: Callable[[Step, bool], str | None]
        _request_reload: Callable[..., None]
        _sentence: Callable[[BaseException], str]
        _step_answered: Callable[[Any], None]

        @property
        def is_open(self) -> bool: ...

    def edit(self, text: str, call: Call, *,
             on_saved: Callable[[Any], None] | None = None,
             on_refused: Callable[[str], None] | None = None,
             on_conflict: Callable[[str, Any], None] | None = None) -> ServiceCommand | None:
        """Push one undo step "``text``" that runs ``call`` (see :mod:`ui.workshop.ops`); None when nothing is open.

        ``on_conflict(message, current)`` (optional) replaces ``on_refused`` when
        the row was changed elsewhere meanwhile; ``current`` is the row now.
        """
        if not self.is_open:
            return None
        command = ServiceCommand(self, text, call.op, call.kwargs, on_saved=on_saved, on_refused=on_refused,
                                 on_conflict=on_conflict)
        self.undo_stack.push(command)
        return command

    def typing_edit(self, text: str, call: Call, *, merge_key: Any,
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
        self.undo_stack.push(TypingCommand(self, text, call.op, call.kwargs, merge_key=merge_key,
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
        if self._journal is not None and self.shared:
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
                    raise KeptOffline()
                try:
                    if worker.generation != step.generation:
                        raise no_longer_open()
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
            if isinstance(exc, KeptOffline):
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
            if first and step.on_conflict is not None and current is not None and is_stale(exc):
                step.on_conflict(message, current)
            elif first and step.on_refused is not None:
                step.on_refused(message)

        self._begin_save()
        if not _submit(self.tasks, work, done, failed):
            self._saving -= 1
            step.queued -= 1
            if journal is not None:
                self._waiting -= 1

    def _drop(self, command: ServiceCommand) -> None:
        """Take a refused command out of the undo history."""
        if not shiboken6.isValid(command):
            return
        command.setObsolete(True)
        stack = self.undo_stack
        if stack.index() == stack.count() and stack.count() and stack.command(stack.count() - 1) is command:
            stack.undo()  # an obsolete command is deleted, not undone
