"""A shared (PostgreSQL) workshop in one window: the live listener and the offline journal (main thread).

A mixin of :class:`ui.workshop.controller.WorkshopController`. Other
laptops' changes arrive from :class:`cafe.sync.live.Listener` on its own
thread and are marshalled to the main thread; every edit is appended to the
offline journal (:class:`cafe.sync.journal.JournalWriter`) before the worker
runs it, and marked done once the server has it or refused it for good.
While the server cannot be reached the save state says "Offline — N changes
waiting"; an undo whose inverse is not known yet is held back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cafe.sync.caller import Caller
from ui.common.plural import english
from ui.workshop.commands import Step
from ui.workshop.ops import Call


class SharedLink:
    """The listener and the offline journal of a shared workshop (see the module docstring)."""

    if TYPE_CHECKING:  # provided by WorkshopController
        tr: Callable[..., str]
        generation: int
        notice: Any
        conflicts_found: Any
        _journal: Any
        _listener: Any
        _notice_arrived: Any
        _server_down: bool
        _server_state: Any
        _waiting: int
        _worker: Caller
        shared: bool
        _request_reload: Callable[..., None]
        _set_save_state: Callable[[], None]

    def _held_back(self, command: Any) -> bool:
        """An undo or redo the offline journal could not keep, because what it takes back has not
        reached the server yet (its inverse is not known): refused with a notice, until it has."""
        if self._journal is None or command is None:
            return False
        steps = getattr(command, "steps", ())
        if not any(step.queued for step in steps):
            return False
        self.notice.emit(self.tr("Undo waits until this change reaches the shared workshop; "
                                 "edit or delete the item meanwhile.") if self.shared else
                         self.tr("Undo waits until this change is saved; edit or delete the item meanwhile."))
        return True

    def journal_keep(self, call: Call) -> str | None:
        """Keep a call in the offline journal without running it: sent at the next open unless
        :meth:`journal_done` drops it first (a fallback for text only on screen). None on a file."""
        return self._journal.append(call.op, dict(call.kwargs)) if self._journal is not None else None

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

    def _start_listener(self, target: str, generation: int, instance_id: str) -> None:
        from cafe.sync.live import Listener

        self._listener = Listener(target, lambda notice: self._notice_arrived.emit(generation, notice),
                                  own_instance=instance_id, on_state=self._server_state.emit).start()

    def _stop_listener(self) -> None:
        if self._listener is not None:
            self._listener.stop(wait=False)  # its thread ends by itself within half a second
            self._listener = None

    def _on_notice(self, generation: int, notice: Any) -> None:
        if generation == self.generation:
            self._request_reload({"*"} if notice.reload else set(notice.kinds), own=False,
                                 uuids=None if notice.reload else notice.uuids)

    def _on_server_state(self, online: bool) -> None:
        if self._journal is None:
            return
        self._server_down = not online
        if online:
            self._worker.wake()  # a save waiting for its next attempt goes now
        else:
            self.notice.emit(self.tr("The shared workshop's server cannot be reached: "
                                     "changes are kept on this laptop and sent when it is back."))
        self._set_save_state()

    def _on_journal_error(self, message: str) -> None:
        self.notice.emit(self.tr("The offline journal could not be written: {0} Changes are still sent, but would "
                                 "be lost if the app closed while offline.").format(message))

    def _close_journal(self) -> None:
        if self._journal is not None:
            self._journal.close(wait=False)
            self._journal = None
        self._waiting = 0

    def _report_replay(self, result: Any) -> None:
        """Say what replaying the offline journal did; hand its conflicts to :attr:`conflicts_found`."""
        parts = []
        sent, conflicts = result.sent, len(result.conflicts)
        if sent and self.shared:
            parts.append(english(self.tr("%n change(s) made while offline were sent to the shared workshop.", "",
                                         sent), sent))
        elif sent:
            parts.append(english(self.tr("%n change(s) not saved when the app last closed were saved now.", "",
                                         sent), sent))
        for _entry, reason in result.refused:
            parts.append(self.tr("Not sent: {0}").format(reason) if self.shared
                         else self.tr("Not saved: {0}").format(reason))
        if conflicts:
            parts.append(english(self.tr("%n change(s) made while offline met another laptop's edit: "
                                         "compare and merge them.", "", conflicts), conflicts))
        if parts:
            self.notice.emit(" ".join(parts))
        if result.conflicts:
            self.conflicts_found.emit(list(result.conflicts))
