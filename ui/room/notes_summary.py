"""The round summary and the theme's running synthesis, written in the room and autosaved.

* The *round summary* (one per room and round) is what the next group hears
  first in the host's brief. The note-taker writes it as a draft; the host
  ticks "Final" when it is right.
* The *theme synthesis* is the theme's running summary across rounds (the
  theme's ``summary``), refined by the host and used for the plenary and the
  report.

Both are :class:`~ui.room.autosaved_text.AutosavedText`: saved at most one
second after the first unsaved keystroke, at once on leaving the editor, on a
switch and on close; a save refused because another laptop changed the text
first keeps ours on screen and offers a merge (see that module). Both may
hold light formatting (:mod:`cafe.report.markup`, printed formatted in the
report): Ctrl+B and Ctrl+I, the **B** and *I* buttons and the "Preview" tick
under each editor (:class:`~ui.common.markup_editing.MarkupBar`).

The "Final (host)" tick
-----------------------
A round summary is a draft (``draft`` true) until the host ticks "Final
(host)": the brief then shows it as the host's text, not a draft. The tick
vouches for one text. When that text is changed afterwards (on this laptop or
on another one), the tick clears and the summary is saved as a draft again,
and a line beside the tick says "Edited since it was final: tick again when
it is right". The host reads the new text and ticks again; Undo brings the
final text back, tick and all.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from ui.common.markup_editing import attach_markup_bar
from ui.common.merge_dialog import SEPARATOR, both_texts
from ui.room.autosaved_text import AutosavedText, new_session
from ui.workshop.ops import Call, S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import WorkshopIndex
    from ui.workshop.controller import WorkshopController

#: kept here for older callers (the merge window's)
__all__ = ["SEPARATOR", "AutosavedText", "RoundSummaryEditor", "SynthesisEditor", "both_texts"]


class RoundSummaryEditor(AutosavedText):
    """The summary of the shown room's round, with the host's "Final" tick."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("NotesSummary", "Round summary"),
                         QCoreApplication.translate("NotesSummary", "What did this group conclude? Two or three sentences: the next group hears them first."),
                         self._push, parent)
        self.controller = controller
        self.editor.setObjectName("round_summary")
        self.editor.setAccessibleName(self.tr("Round summary"))
        self.editor.setAccessibleDescription(self.tr("What this group concluded; the next group hears it first. "
                                                     "Ctrl+B bold, Ctrl+I italics."))
        self.merge_button.setObjectName("round_summary_merge")
        self.final = QCheckBox(self.tr("Final (host)"))
        self.final.setObjectName("round_summary_final")
        self.final.setToolTip(self.tr("Unticked: a draft by the note-taker. Ticked: the host's final text. "
                                      "Changing the text afterwards makes it a draft again."))
        self.final.setAccessibleName(self.tr("Final (host)"))
        self.final.setAccessibleDescription(self.tr("Ticked when the host has checked the round summary"))
        #: shown when the text changed after the host ticked "Final": the tick no longer vouches for it
        self.final_note = QLabel(self.tr("Edited since it was final: tick again when it is right"))
        self.final_note.setObjectName("round_summary_final_note")
        self.final_note.setStyleSheet("color: #8a3b00; font-size: 8.5pt;")
        self.final_note.setToolTip(self.tr("The host ticked “Final (host)” for an earlier text. The text was "
                                           "changed since, so it is a draft again until the host ticks it."))
        self.final_note.setAccessibleName(self.final_note.text())
        self.final_note.hide()
        self.top.addWidget(self.final_note)
        self.top.addWidget(self.final)
        # Ctrl+B, Ctrl+I, the B and I buttons and the "Preview" tick in the title's row, the preview under the editor
        self.markup = attach_markup_bar(self.editor, "round_summary", controls_in=self.top)
        self.final.clicked.connect(self._final_clicked)
        #: the stored text of the shown summary when it was last seen final (None: not final since shown)
        self._final_text: str | None = None

    def show_for(self, index: WorkshopIndex | None, room_uuid: str | None, round_uuid: str | None) -> None:
        target = (room_uuid, round_uuid) if room_uuid and round_uuid else None
        summary = index.summary_of.get((round_uuid, room_uuid)) if target and index is not None else None
        if target != self.target:
            self._final_text = None
            self.final_note.hide()
        # no summary yet: version 0, which the Service refuses once another laptop has written one
        self.show_target(target, summary.text if summary is not None else "",
                         version=summary.version if summary is not None else 0)
        stored_final = summary is not None and not summary.draft
        if summary is not None and stored_final:
            self._final_text = summary.text
            self.final_note.hide()
        elif summary is not None and self._final_text is not None and summary.text != self._final_text:
            self.final_note.show()  # changed since it was final (here or on another laptop)
        if not self.dirty:
            self.final.setChecked(stored_final)
        self.final.setEnabled(target is not None)

    def _typed(self) -> None:
        super()._typed()
        if not self._filling and self.target is not None and self.final.isChecked():
            # the host's tick vouched for the text before this change: it is a draft again
            self.final.setChecked(False)
            self.final_note.show()

    def took_theirs(self, current: Any) -> None:
        self.final.setChecked(not current.draft)
        self.final_note.setVisible(False)
        self._final_text = current.text if not current.draft else None

    def fallback_call(self, target: Hashable, current: Any, text: str) -> Call | None:
        room_uuid, round_uuid = cast(tuple[str, str], target)  # see show_for
        return call(S.set_round_summary, room_uuid=room_uuid, round_uuid=round_uuid, text=text,
                    expected_version=current.version, draft=True)

    def describe(self, target: Any) -> str:
        room_uuid, round_uuid = target
        index = self.controller.index
        if index is None:
            return QCoreApplication.translate("NotesSummary", "Round summary")
        rnd = index.rounds.get(round_uuid)
        return QCoreApplication.translate("NotesSummary", "Round summary · {0}, round {1}").format(index.room_name(room_uuid),
                                                            rnd.number if rnd is not None else "?")

    def _final_clicked(self) -> None:
        if self.target is None:
            return
        self.final_note.hide()
        if not self.final.isChecked():
            self._final_text = None  # unticked on purpose: nothing to warn about any more
        self.dirty = True
        if self.conflict is not None:  # saved with the text once the conflict is decided
            self.open_merge()
            return
        self._session = self._session or new_session()
        self.save(final=True)

    def _push(self, target, text, *, session, base, done, refused, conflicted, combined) -> None:
        room_uuid, round_uuid = target
        self.controller.typing_edit(
            QCoreApplication.translate("NotesSummary", "Edit round summary"), call(S.set_round_summary, room_uuid=room_uuid, round_uuid=round_uuid, text=text,
                                       expected_version=base if base is not None else 0,
                                       draft=True if combined else not self.final.isChecked()),
            merge_key=("summary", room_uuid, round_uuid, session), on_saved=done, on_refused=refused,
            on_conflict=conflicted)


class SynthesisEditor(AutosavedText):
    """The running synthesis of the shown room's theme."""

    text_field = "summary"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("NotesSummary", "Theme synthesis (for the plenary)"),
                         QCoreApplication.translate("NotesSummary", "What the theme has concluded so far, refined after each round: "
                             "the host presents it in plenary and it opens the theme's section of the report."),
                         self._push, parent)
        self.controller = controller
        self.editor.setObjectName("theme_synthesis")
        self.editor.setAccessibleName(self.tr("Theme synthesis"))
        self.editor.setAccessibleDescription(self.tr("The theme's running summary across rounds, for the plenary "
                                                     "and the report. Ctrl+B bold, Ctrl+I italics."))
        self.merge_button.setObjectName("theme_synthesis_merge")
        self.markup = attach_markup_bar(self.editor, "theme_synthesis", controls_in=self.top)

    def show_for(self, index: WorkshopIndex | None, room_uuid: str | None) -> None:
        theme = index.theme_by_room.get(room_uuid) if index is not None and room_uuid else None
        self.show_target(theme.uuid if theme is not None else None, theme.summary if theme is not None else "",
                         version=theme.version if theme is not None else None)

    def fallback_call(self, target: Hashable, current: Any, text: str) -> Call | None:
        return call(S.update_theme, uuid=cast(str, target), expected_version=current.version, summary=text)

    def describe(self, target: Any) -> str:
        index = self.controller.index
        return QCoreApplication.translate("NotesSummary", "Theme synthesis · {0}").format(index.theme_title(target)) if index is not None \
            else QCoreApplication.translate("NotesSummary", "Theme synthesis")

    def _push(self, target, text, *, session, base, done, refused, conflicted, combined) -> None:
        index = self.controller.index
        theme = index.themes.get(target) if index is not None else None
        if theme is None:
            refused(QCoreApplication.translate("NotesSummary", "This theme no longer exists."))
            return
        self.controller.typing_edit(
            QCoreApplication.translate("NotesSummary", "Edit theme synthesis"), call(S.update_theme, uuid=theme.uuid,
                                         expected_version=base if base is not None else theme.version, summary=text),
            merge_key=("synthesis", theme.uuid, session), on_saved=done, on_refused=refused,
            on_conflict=conflicted)
