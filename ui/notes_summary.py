"""The round summary and the theme's running synthesis, written in the room and autosaved.

* The *round summary* (one per room and round) is what the next group hears
  first in the host's brief. The note-taker writes it as a draft; the host
  ticks "Final" when it is right.
* The *theme synthesis* is the theme's running summary across rounds (the
  theme's ``summary``), refined by the host and used for the plenary and the
  report.

Both save like notes (:class:`~ui.notes_autosave.Autosave`): at most one
second after the first unsaved keystroke, at once on leaving the editor, on a
switch and on close; the saves of one stretch of typing are one undo step.
A text being typed is never replaced by a reload; a refused save keeps it on
screen with the reason under it. Main thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .notes_autosave import Autosave

_sessions = itertools.count(1)


class _Editor(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class AutosavedText(QWidget):
    """A titled plain-text editor bound to one target (a room's round, a theme) at a time.

    ``save(target, text, session, done, refused)`` pushes the edit; ``done()``
    or ``refused(message)`` must be called when it answers.
    """

    def __init__(self, title: str, placeholder: str, save: Callable[..., None], parent: QWidget | None = None):
        super().__init__(parent)
        self._save_fn = save
        self.title = QLabel(f"<b>{title}</b>")
        self.editor = _Editor()
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555; font-size: 8.5pt;")
        self.status.setWordWrap(True)
        self.top = QHBoxLayout()
        self.top.addWidget(self.title)
        self.top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self.autosave = Autosave(lambda: self.save(final=False), parent=self)
        self.target: Hashable | None = None
        self.dirty = False
        self._session: int | None = None
        self._filling = False
        self.editor.textChanged.connect(self._typed)
        self.editor.left.connect(lambda: self.save(final=True))

    def show_target(self, target: Hashable | None, text: str, *, enabled: bool = True) -> None:
        """Show ``target``'s stored ``text``; the text being typed for the same target is kept."""
        if target != self.target:
            self.save(final=True)
            self.target, self.dirty, self._session = target, False, None
            self.status.setText("")
        self.editor.setEnabled(enabled and target is not None)
        if not self.dirty and self.editor.toPlainText() != text:
            self._filling = True
            try:
                self.editor.setPlainText(text)
            finally:
                self._filling = False

    def _typed(self) -> None:
        if self._filling or self.target is None:
            return
        self.dirty = True
        if self._session is None:
            self._session = next(_sessions)
        self.status.setText("Saving within a second…")
        self.autosave.touch()

    def save(self, *, final: bool) -> None:
        """Push the text now if it changed (``final`` ends the undo step)."""
        self.autosave.timer.stop()
        session = self._session
        if final:
            self._session = None
        if not self.dirty or self.target is None or session is None:
            return
        text, target = self.editor.toPlainText(), self.target

        def done(_changes: Any = None) -> None:
            if self.target == target and self.editor.toPlainText() == text:
                self.dirty = False
                self.status.setText("Saved")

        def refused(message: str) -> None:
            if self.target == target:
                self.status.setText(f"Not saved: {message} Your text stays here; keep typing to save it again.")

        self._save_fn(target, text, session, done, refused)


class RoundSummaryEditor(AutosavedText):
    """The summary of the shown room's round, with the host's "Final" tick."""

    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__("Round summary",
                         "What did this group conclude? Two or three sentences: the next group hears them first.",
                         self._push, parent)
        self.controller = controller
        self.editor.setObjectName("round_summary")
        self.final = QCheckBox("Final (host)")
        self.final.setObjectName("round_summary_final")
        self.final.setToolTip("Unticked: a draft by the note-taker. Ticked: the host's final text.")
        self.top.addWidget(self.final)
        self.final.clicked.connect(self._final_clicked)

    def show_for(self, index: Any, room_uuid: str | None, round_uuid: str | None) -> None:
        target = (room_uuid, round_uuid) if room_uuid and round_uuid else None
        summary = index.summary_of.get((round_uuid, room_uuid)) if target and index is not None else None
        self.show_target(target, summary.text if summary is not None else "")
        if not self.dirty:
            self.final.setChecked(summary is not None and not summary.draft)
        self.final.setEnabled(target is not None)

    def _final_clicked(self) -> None:
        if self.target is None:
            return
        self.dirty = True
        self._session = self._session or next(_sessions)
        self.save(final=True)

    def _push(self, target, text, session, done, refused) -> None:
        room_uuid, round_uuid = target
        index = self.controller.index
        summary = index.summary_of.get((round_uuid, room_uuid)) if index is not None else None
        self.controller.typing_edit(
            "Edit round summary", "set_round_summary",
            {"room_uuid": room_uuid, "round_uuid": round_uuid, "text": text,
             "expected_version": summary.version if summary is not None else None,
             "draft": not self.final.isChecked()},
            merge_key=("summary", room_uuid, round_uuid, session), on_saved=done, on_refused=refused)


class SynthesisEditor(AutosavedText):
    """The running synthesis of the shown room's theme."""

    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__("Theme synthesis (for the plenary)",
                         "What the theme has concluded so far, refined after each round: "
                         "the host presents it in plenary and it opens the theme's section of the report.",
                         self._push, parent)
        self.controller = controller
        self.editor.setObjectName("theme_synthesis")

    def show_for(self, index: Any, room_uuid: str | None) -> None:
        theme = index.theme_by_room.get(room_uuid) if index is not None and room_uuid else None
        self.show_target(theme.uuid if theme is not None else None, theme.summary if theme is not None else "")

    def _push(self, target, text, session, done, refused) -> None:
        index = self.controller.index
        theme = index.themes.get(target) if index is not None else None
        if theme is None:
            refused("This theme no longer exists.")
            return
        self.controller.typing_edit(
            "Edit theme synthesis", "update_theme",
            {"uuid": theme.uuid, "expected_version": theme.version, "summary": text},
            merge_key=("synthesis", theme.uuid, session), on_saved=done, on_refused=refused)
