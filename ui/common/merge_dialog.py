"""A side-by-side window to merge a text that another laptop changed meanwhile.

When a save is refused because another laptop changed the same summary or
item first (:class:`cafe.service_base.StaleEdit`), the widget that made the
save opens a :class:`MergeDialog`: on the left the text as the shared workshop
holds it now (read only), on the right this laptop's text (editable, filled
in with what was typed). The user merges on the right and chooses:

* "Save this text": :attr:`MergeDialog.save_chosen` ``(text)``;
* "Keep theirs": :attr:`MergeDialog.theirs_chosen` (this laptop's text is dropped);
* "Decide later", Escape or closing the window: :attr:`MergeDialog.deferred`.

The dialog is not modal and is shown with :meth:`~QWidget.show`, never
``exec()``: the note-taker keeps working while deciding. It never calls the
Service; its owner (the widget that opened it) saves what was chosen, and may
show it again with newer texts (:meth:`MergeDialog.set_texts`). A dialog
closed by its owner (:meth:`MergeDialog.dismiss`) emits nothing.
Main thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

#: the line between their text and ours when both are kept (the English one; :func:`separator` gives the
#: window's language, which is what is written: the people reading the text read that language)
SEPARATOR = "— text from this laptop, not merged —"


def separator() -> str:
    """:data:`SEPARATOR` in the window's language."""
    return QCoreApplication.translate("MergeDialog", "— text from this laptop, not merged —")


class MergeDialog(QDialog):
    """Their text beside this laptop's; the user's choice is reported by signals (see the module)."""

    #: "Save this text": the right-hand text, to be saved over theirs
    save_chosen = Signal(str)
    #: "Keep theirs": this laptop's text is dropped
    theirs_chosen = Signal()
    #: closed without a choice; the owner keeps both texts for later
    deferred = Signal()

    def __init__(self, parent: QWidget | None, *, what: str = "", message: str = "", theirs: str = "",
                 mine: str = "", later_hint: str = "", allow_empty: bool = True):
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Changed on another laptop — merge the texts"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._allow_empty = allow_empty
        self._chosen = False
        self._dismissing = False
        self._filling = False
        #: the right-hand text was changed here since it was last filled in
        self._edited = False

        self.what = QLabel()
        self.what.setObjectName("merge_what")
        self.what.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.what.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("merge_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.theirs = QPlainTextEdit()
        self.theirs.setObjectName("merge_theirs")
        self.theirs.setReadOnly(True)
        self.theirs.setTabChangesFocus(True)
        # read only, and looks it: the page colour of a disabled field, the text as black as ever
        self.theirs.setStyleSheet("QPlainTextEdit { background: #f1f1ee; }")
        self.mine = QPlainTextEdit()
        self.mine.setObjectName("merge_mine")
        self.mine.setTabChangesFocus(True)
        self.theirs.setAccessibleName(self.tr("The other laptop's text, read only"))
        self.theirs.setAccessibleDescription(self.tr("The text as the shared workshop holds it now; copy from it "
                                                     "what you want to keep"))
        self.mine.setAccessibleName(self.tr("Your text, to merge"))
        self.mine.setAccessibleDescription(self.tr("Make this text say what should stay, then save it "
                                                   "(Ctrl+Enter)"))
        for edit in (self.theirs, self.mine):
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            edit.setMinimumWidth(260)
        theirs_title = _title(self.tr("&On the shared workshop now (another laptop's text)"), self.theirs)
        mine_title = _title(self.tr("&Yours (edit this one)"), self.mine)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(_pane(theirs_title, self.theirs))
        split.addWidget(_pane(mine_title, self.mine))
        split.setSizes([1, 1])

        self.later_hint = QLabel()
        self.later_hint.setObjectName("merge_later_hint")
        self.later_hint.setWordWrap(True)
        self.later_hint.setStyleSheet("color: #555;")

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save this text"))
        self.save_button.setObjectName("merge_save")
        self.save_button.setToolTip(self.tr("Save your text (the editable one) over the other laptop's (Ctrl+Enter)"))
        self.theirs_button = QPushButton(self.tr("&Keep theirs"))
        self.theirs_button.setObjectName("merge_keep_theirs")
        self.theirs_button.setToolTip(self.tr("Keep the other laptop's text and drop yours"))
        self.later_button = QPushButton(self.tr("Decide &later"))
        self.later_button.setObjectName("merge_later")
        self.later_button.setToolTip(self.tr("Close this window and choose later (Escape)"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_save)
        self.theirs_button.clicked.connect(self.choose_theirs)
        self.later_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.choose_save)
        self.mine.textChanged.connect(self._mine_changed)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.what)
        layout.addWidget(self.explanation)
        layout.addWidget(split, 1)
        layout.addWidget(self.later_hint)
        layout.addWidget(buttons)
        self.setMinimumSize(620, 360)
        self.resize(940, 520)
        self.set_texts(what=what, message=message, theirs=theirs, mine=mine, later_hint=later_hint)

    # -- what it shows ---------------------------------------------------------------------------
    def set_texts(self, *, what: str | None = None, message: str | None = None, theirs: str | None = None,
                  mine: str | None = None, later_hint: str | None = None) -> None:
        """Show these texts (None: keep what is shown). ``mine`` resets the right-hand side."""
        if what is not None:
            self.what.setText(what)
            self.what.setVisible(bool(what))
        if message is not None:
            self.explanation.setText(self.tr(
                "{0} Nothing has been overwritten. Compare the two texts, make yours (the editable one) say what "
                "should stay (copy from theirs what you want to keep), then save it.").format(message))
        if theirs is not None:
            self.theirs.setPlainText(theirs)
        if mine is not None:
            self._fill_mine(mine)
        if later_hint is not None:
            self.later_hint.setText(later_hint)
            self.later_hint.setVisible(bool(later_hint))
        self.save_button.setEnabled(self._allow_empty or bool(self.mine_text().strip()))

    def theirs_text(self) -> str:
        return self.theirs.toPlainText()

    def mine_text(self) -> str:
        return self.mine.toPlainText()

    def mine_edited(self) -> bool:
        """The user changed the right-hand text since it was last filled in."""
        return self._edited

    def update_mine(self, text: str) -> None:
        """Follow ``text`` on the right unless the user has edited it here."""
        if not self._edited and text != self.mine_text():
            self._fill_mine(text)

    def _fill_mine(self, text: str) -> None:
        self._filling = True
        try:
            self.mine.setPlainText(text)
        finally:
            self._filling = False
        self._edited = False
        # typing on (the window often opens while the user is typing) continues at the end
        self.mine.moveCursor(self.mine.textCursor().MoveOperation.End)

    def _mine_changed(self) -> None:
        if not self._filling:
            self._edited = True
        self.save_button.setEnabled(self._allow_empty or bool(self.mine_text().strip()))

    # -- showing and choosing ------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        self._chosen = False
        super().showEvent(event)
        self.mine.setFocus()

    def choose_save(self) -> None:
        if not self.save_button.isEnabled():
            return
        text = self.mine_text()
        self._chosen = True
        self.accept()
        self.save_chosen.emit(text)

    def choose_theirs(self) -> None:
        self._chosen = True
        self.accept()
        self.theirs_chosen.emit()

    def dismiss(self) -> None:
        """Close without reporting a choice (the owner decided already)."""
        self._dismissing = True
        try:
            self.reject()
        finally:
            self._dismissing = False

    def done(self, result: int) -> None:
        was_open = self.isVisible()
        super().done(result)
        if was_open and not self._chosen and not self._dismissing:
            self.deferred.emit()


def _title(text: str, buddy: QWidget) -> QLabel:
    """A bold plain-text title whose Alt+letter focuses ``buddy``."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: bold;")
    label.setWordWrap(True)
    label.setBuddy(buddy)
    return label


def _pane(title: QLabel, edit: QPlainTextEdit) -> QWidget:
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(title)
    layout.addWidget(edit, 1)
    return pane


def both_texts(theirs: str, mine: str) -> str:
    """Their text, then :data:`SEPARATOR`, then ours: what is saved when no choice was made."""
    head, line = theirs.rstrip(), separator()
    return f"{head}\n\n{line}\n{mine.strip()}" if head else f"{line}\n{mine.strip()}"
