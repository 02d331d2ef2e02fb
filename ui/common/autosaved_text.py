"""A titled plain-text editor that autosaves and never loses text: the base of the prose editors.

:class:`AutosavedText` is bound to one target at a time (a room's round, a
theme, a plenary session); :mod:`ui.room.notes_summary` has the room's two
editors built on it, :mod:`ui.plenary.sessions_view` the rapporteur's account.

It saves like notes (:class:`~ui.common.autosave.Autosave`): at most one
second after the first unsaved keystroke, at once on leaving the editor, on a
switch and on close; the saves of one stretch of typing are one undo step.
A text being typed is never replaced by a reload; a refused save keeps it on
screen with the reason under it. Main thread.

Two laptops writing the same text
---------------------------------
Every save names the version the text on screen was based on: the version
shown when the editor was last filled in from the database (0 for a round
summary that does not exist yet, which the Service refuses once another
laptop has created it), not the version of the latest reload, which may be
another laptop's. The controller forwards versions this window bumped itself,
so only someone else's change makes a save stale. When one is refused
(``on_conflict``):

* the text stays in the editor, unsaved; the status line says the text
  changed on another laptop and shows a "Merge…" button; a
  :class:`~ui.common.merge_dialog.MergeDialog` opens at once with their text and ours;
* saving to the server is suspended for that text: typing on goes on in the
  editor but is not saved until the user chooses, since a later save would be
  made against their version and replace their text silently;
* "Save this text" saves the merged text against their version; when they
  changed it once more meanwhile, that save is refused too and the dialog
  opens again with the newer text. "Keep theirs" shows theirs and drops ours.
  Closing the dialog decides later ("Merge…" opens it again).
* **Undecided when the text leaves the screen** (the editor switches to
  another room, round or theme; the room view is flushed: switching place,
  closing or opening a workshop) or when a save made on a switch is refused
  after the switch: both texts are saved, theirs first, then the separator line
  (:func:`~ui.common.merge_dialog.separator`, in the window's language), then ours, against their
  version, and the status bar says so. Nothing is lost and nothing is overwritten silently; the two texts can be
  merged by hand later. A combined round summary is saved as a draft.
* **Killed while undecided** (a shared workshop): from the moment of the
  conflict, the save of both texts is kept in the offline journal as a
  fallback (refreshed while typing on, at most twice a second) and dropped
  once the user has chosen. A kill before that leaves it in the journal, and
  the next open saves both texts, so what was typed survives.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.autosave import Autosave
from ui.common.merge_dialog import MergeDialog, both_texts, separator
from ui.workshop.ops import Call

if TYPE_CHECKING:
    from cafe.service_base import Changes

_sessions = itertools.count(1)


def new_session() -> int:
    """A new stretch of typing (its saves are one undo step)."""
    return next(_sessions)


_STATUS_STYLE = "color: #555; font-size: 8.5pt;"
#: an undecided conflict is worth noticing: darker, in the colour of a warning
_CONFLICT_STYLE = "color: #8a3b00; font-size: 8.5pt;"


class _Editor(QPlainTextEdit):
    """The text editor; says when the focus leaves it (a save is due)."""

    left = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


@dataclass(frozen=True)
class Conflict:
    """A save refused because another laptop changed the text first."""

    target: Hashable
    #: the row as the other laptop left it (a frozen snapshot)
    current: Any
    #: the Service's sentence
    message: str


class AutosavedText(QWidget):
    """A titled plain-text editor bound to one target (a room's round, a theme) at a time.

    ``save(target, text, session=, base=, done=, refused=, conflicted=, combined=)``
    pushes the edit against version ``base``; one of ``done(changes)``,
    ``refused(message)`` or ``conflicted(message, current)`` must be called when
    it answers. ``combined`` marks the save of both texts of an undecided
    conflict. Subclasses say which field of a row holds the text
    (:attr:`text_field`), name a target (:meth:`describe`) and give the call
    that saves over a row (:meth:`fallback_call`).
    """

    #: a sentence for the status bar (about a text that may no longer be on screen)
    message = Signal(str)
    #: the field of the edited row that holds the text
    text_field = "text"

    def __init__(self, title: str, placeholder: str, save: Callable[..., None], parent: QWidget | None = None):
        super().__init__(parent)
        self._save_fn = save
        self.title = QLabel(f"<b>{title}</b>")
        self.editor = _Editor()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        # what a screen reader says on entering the editor: its title (the placeholder says what goes in it)
        self.editor.setAccessibleName(title)
        if placeholder:
            self.editor.setAccessibleDescription(placeholder)
        self.status = QLabel()
        self.status.setStyleSheet(_STATUS_STYLE)
        self.status.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr("Compare your text with the other laptop's and choose what to keep"))
        self.merge_button.setAccessibleName(self.tr("Merge with the other laptop's text"))
        self.merge_button.hide()
        self.merge_button.clicked.connect(self.open_merge)
        self.top = QHBoxLayout()
        self.top.addWidget(self.title)
        self.top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)
        self.autosave = Autosave(lambda: self.save(final=False), parent=self)
        self.target: Hashable | None = None
        self.dirty = False
        #: the version of the target the editor's text was based on (see the module docstring)
        self.base: int | None = None
        #: an undecided conflict of the shown target, or None
        self.conflict: Conflict | None = None
        self.merge_dialog: MergeDialog | None = None
        #: the offline journal's entry that would save both texts if the app died undecided
        self._guard_id: str | None = None
        self._guard_timer = QTimer(self)
        self._guard_timer.setSingleShot(True)
        self._guard_timer.setInterval(500)
        self._guard_timer.timeout.connect(self._guard)
        self._session: int | None = None
        self._filling = False
        #: pushes so far; per target, the last push whose refusal was dealt with, and the last text pushed
        self._seq = 0
        self._handled: dict[Hashable, int] = {}
        self._pushed: dict[Hashable, str] = {}
        self.editor.textChanged.connect(self._typed)
        self.editor.left.connect(self._left)

    # -- what subclasses say -------------------------------------------------------------------------
    def their_text(self, current: Any) -> str:
        """The text of ``current`` (the row as another laptop left it)."""
        return getattr(current, self.text_field)

    def describe(self, target: Hashable) -> str:
        """What ``target`` is, for people ("Round summary · Room XI, round 2")."""
        return self.title.text()

    def took_theirs(self, current: Any) -> None:
        """The user kept ``current``: show what else it holds."""

    def fallback_call(self, target: Hashable, current: Any, text: str) -> Call | None:
        """The Service call that saves ``text`` over ``current`` (for the journal's fallback), or None."""
        return None

    def later_hint(self) -> str:
        """What "decide later" in the merge window means here."""
        return self.tr("Decide later: your text stays in the editor, not saved; “Merge…” under it opens "
                       "this window again. Leaving the room before deciding saves both texts, theirs first.")

    # -- showing -----------------------------------------------------------------------------------------
    def show_target(self, target: Hashable | None, text: str, *, version: int | None = None,
                    enabled: bool = True) -> None:
        """Show ``target``'s stored ``text`` (at ``version``); the text being typed for the same target is kept."""
        if target != self.target:
            self.save(final=True)
            self._end_conflict()
            self.target, self.dirty, self._session = target, False, None
            self.status.setText("")
        self.editor.setEnabled(enabled and target is not None)
        if not self.dirty:
            self.base = version
            if self.editor.toPlainText() != text:
                self._fill(text)

    def _fill(self, text: str) -> None:
        self._filling = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._filling = False

    def _typed(self) -> None:
        if self._filling or self.target is None:
            return
        self.dirty = True
        if self.conflict is not None:
            # saving waits for the user's choice; the open dialog follows the editor
            if self.merge_dialog is not None and self.merge_dialog.isVisible():
                self.merge_dialog.update_mine(self.editor.toPlainText())
            self._guard_timer.start()
            return
        if self._session is None:
            self._session = next(_sessions)
        self.status.setText(self.tr("Saving within a second…"))
        self.autosave.touch()

    def _left(self) -> None:
        if self.conflict is None:  # with a conflict, focus goes to the merge window: nothing to save yet
            self.save(final=True)

    # -- saving ---------------------------------------------------------------------------------------------
    def save(self, *, final: bool) -> None:
        """Push the text now if it changed (``final`` ends the undo step).

        With an undecided conflict an autosave does nothing, and a final save
        (a switch, a flush) saves both texts (see the module docstring).
        """
        self.autosave.timer.stop()
        session = self._session
        if final:
            self._session = None
        if self.conflict is not None:
            if final:
                self._save_both(self.conflict.target, self.conflict.current, self._mine())
            return
        if not self.dirty or self.target is None or session is None:
            return
        self._send(self.target, self.editor.toPlainText(), session, self.base)

    def _send(self, target: Hashable, text: str, session: int, base: int | None, *,
              combined_mine: str | None = None) -> None:
        """Push ``text`` for ``target`` against version ``base``.

        ``combined_mine``: this is the save of both texts of a conflict, and
        this laptop's part of it (to combine again if it is refused too).
        """
        self._seq += 1
        seq = self._seq
        if combined_mine is None:
            self._pushed[target] = text

        def done(changes: Changes | None = None) -> None:
            row = getattr(changes, "row", None)
            if self.target == target and row is not None and getattr(row, "version", None) is not None:
                self.base = row.version
            if combined_mine is not None:
                self.message.emit(
                    self.tr("{0}: changed on another laptop and not merged, so both texts were saved, theirs "
                            "first, then yours after the line “{1}”.").format(self.describe(target), separator()))
            if self.target == target and self.conflict is None and self.editor.toPlainText() == text:
                self.dirty = False
                self.status.setText(self.tr("Saved") if combined_mine is None else
                                    self.tr("Saved both texts, yours after “{0}”: merge them when you can.")
                                    .format(separator()))

        def refused(message: str) -> None:
            if combined_mine is not None:
                self.message.emit(self.tr("{0}: not saved: {1}").format(self.describe(target), message))
            if self.target == target:
                self.status.setText(self.tr("Not saved: {0} Your text stays here; keep typing to save it again.")
                                    .format(message))

        def conflicted(message: str, current: Any) -> None:
            self._conflicted(target, seq, message, current, combined_mine)

        self._save_fn(target, text, session=session, base=base, done=done, refused=refused,
                      conflicted=conflicted, combined=combined_mine is not None)

    # -- conflicts ----------------------------------------------------------------------------------------
    def _conflicted(self, target: Hashable, seq: int, message: str, current: Any,
                    combined_mine: str | None) -> None:
        """A save of ``target`` (the ``seq``-th push) was refused: another laptop changed it first."""
        if seq <= self._handled.get(target, 0):
            # pushed before a refusal already dealt with: its text is in what was kept then
            conflict = self.conflict
            if conflict is not None and conflict.target == target and current.version > conflict.current.version:
                self.conflict = replace(conflict, current=current)
                if self.merge_dialog is not None:
                    self.merge_dialog.set_texts(theirs=self.their_text(current))
            return
        self._handled[target] = self._seq
        if combined_mine is not None:  # changed again while both texts were being saved: theirs is newer
            self._save_both(target, current, combined_mine)
            return
        if target != self.target:  # the save of a switch: its text is no longer on screen
            self._save_both(target, current, self._pushed.get(target, ""))
            return
        if not self.dirty:  # shown again since: the refused text is the latest one typed
            self._fill(self._pushed.get(target, ""))
        self.autosave.timer.stop()
        self._session = None
        self.dirty = True
        self.conflict = Conflict(target, current, message)
        self.status.setText(self.tr("Changed on another laptop meanwhile, so your text was not saved over theirs. "
                                    "It stays here, unsaved, until you choose what to keep."))
        self.status.setStyleSheet(_CONFLICT_STYLE)
        self.merge_button.show()
        self._guard()
        self.open_merge()

    def _guard(self) -> None:
        """Keep (or renew) the journal's fallback: both texts, saved at the next open if the app dies."""
        conflict, controller = self.conflict, getattr(self, "controller", None)
        if conflict is None or controller is None:
            return
        mine = self._mine()
        fallback = self.fallback_call(conflict.target, conflict.current,
                                      both_texts(self.their_text(conflict.current), mine))
        new_id = controller.journal_keep(fallback) if fallback is not None and mine.strip() else None
        old_id, self._guard_id = self._guard_id, new_id
        if old_id is not None:
            controller.journal_done([old_id])

    def _unguard(self) -> None:
        self._guard_timer.stop()
        controller = getattr(self, "controller", None)
        if self._guard_id is not None and controller is not None:
            controller.journal_done([self._guard_id])
        self._guard_id = None

    def _mine(self) -> str:
        """This laptop's text: the merge window's right-hand side when edited there, else the editor's."""
        dialog = self.merge_dialog
        if dialog is not None and dialog.isVisible() and dialog.mine_edited():
            return dialog.mine_text()
        return self.editor.toPlainText()

    def open_merge(self) -> None:
        """Show the merge window for the undecided conflict (filled in afresh unless it is open)."""
        conflict = self.conflict
        if conflict is None:
            return
        dialog = self.merge_dialog
        if dialog is None:
            dialog = self.merge_dialog = MergeDialog(self)
            dialog.save_chosen.connect(self._merge_saved)
            dialog.theirs_chosen.connect(self._theirs_kept)
            dialog.deferred.connect(self._deferred)
        if not dialog.isVisible():
            dialog.set_texts(
                what=self.describe(conflict.target), message=conflict.message,
                theirs=self.their_text(conflict.current), mine=self.editor.toPlainText(),
                later_hint=self.later_hint())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _merge_saved(self, text: str) -> None:
        conflict = self.conflict
        if conflict is None or conflict.target != self.target:
            return
        self._end_conflict()
        if self.editor.toPlainText() != text:
            self._fill(text)
        self.dirty = True
        self.base = conflict.current.version
        self.status.setText(self.tr("Saving the merged text…"))
        self._send(conflict.target, text, next(_sessions), conflict.current.version)

    def _theirs_kept(self) -> None:
        conflict = self.conflict
        if conflict is None or conflict.target != self.target:
            return
        self._end_conflict()
        self._fill(self.their_text(conflict.current))
        self.dirty = False
        self.base = conflict.current.version
        self.took_theirs(conflict.current)
        self.status.setText(self.tr("Kept the other laptop's text; yours was dropped."))

    def _deferred(self) -> None:
        dialog = self.merge_dialog
        if self.conflict is not None and dialog is not None and dialog.mine_edited():
            self._fill(dialog.mine_text())  # what was merged so far stays in the editor
            self._guard()

    def _save_both(self, target: Hashable, current: Any, mine: str) -> None:
        """Save theirs, the separator line and ``mine`` against ``current`` (an undecided conflict)."""
        shown = target == self.target
        if shown:
            self._end_conflict()
        theirs = self.their_text(current)
        if not mine.strip() or mine.strip() == theirs.strip():
            if shown:  # nothing of ours to add: theirs stands
                self._fill(theirs)
                self.dirty, self.base = False, current.version
                self.took_theirs(current)
            return
        text = both_texts(theirs, mine)
        if shown:
            self._fill(text)
            self.dirty, self.base = True, current.version
            self.status.setText(self.tr("Saving both texts, theirs first…"))
        self._send(target, text, next(_sessions), current.version, combined_mine=mine)

    def _end_conflict(self) -> None:
        self._unguard()
        self.conflict = None
        self.status.setStyleSheet(_STATUS_STYLE)
        self.merge_button.hide()
        if self.merge_dialog is not None:
            self.merge_dialog.dismiss()
