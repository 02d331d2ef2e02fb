"""Drawing and editing note rows in place.

* Rows are as tall as their wrapped text (never elided). Sizes are cached by
  (key, text, width), so a column of 2,000 items lays out once and then only
  measures what changed.
* Items are indented under their heading; headings are bold on a tint; an item
  whose save has not answered yet is drawn in italics. An item marked as a key
  point has a star at its end, on a light yellow tint (the star says it without
  the colour); the star's place is kept on every item, so marking one never
  rewraps the column.
* The column hands the delegate its key filter (:attr:`NoteDelegate.key_filter`);
  with it the delegate also gives the list the item menu and the key-point key
  (:mod:`ui.room.notes_menu`), which act through the same notes actions.
* The in-place editor of an item is a plain-text editor: Enter finishes,
  Shift+Enter starts a new line. A heading is renamed in a line editor.
  Escape finishes too, and keeps the text: nothing typed is thrown away.
* :meth:`NoteDelegate.setEditorData` fills an editor only when it opens. Qt
  calls it again whenever the row's data changes (a reload after an
  autosave); overwriting the editor then would lose what was typed since.
* :attr:`NoteDelegate.editor_opened` / :attr:`editor_closed` tell the view
  which editor is open, so it can autosave its text and flush it on a switch.
"""

from __future__ import annotations

import unicodedata
from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.common.item_models import HEADING_ROLE
from ui.room.notes_model import HEADING_NAME_ROLE, KEY_ROLE, PENDING_ROLE, ROW_ROLE

INDENT = 14
#: the room kept at the end of every item for the key point's star
STAR_WIDTH = 20
_PAD = 6
_HEADING_TINT = QColor("#eef2f7")
_KEY_TINT = QColor("#fff4cc")
_STAR = QColor("#8a5a00")
_LOADED = "notes_loaded"
_CACHE_LIMIT = 20000
# enum members are slow to look up in PySide6; these run for every row
_WRAP = int(Qt.TextFlag.TextWordWrap.value)
_SELECTED = QStyle.StateFlag.State_Selected


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong character (None: no letter decides it)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


class ItemEditor(QPlainTextEdit):
    """The in-place editor of an item: grows with its text, Enter finishes."""

    #: the editor's text changed because the user typed (not when it was filled)
    typed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("item_editor")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QPlainTextEdit.Shape.Box)
        self.row_key: str | None = None
        self._filling = False
        self.textChanged.connect(self._changed)

    def fill(self, text: str) -> None:
        self._filling = True
        try:
            self.setPlainText(text)
            self.moveCursor(self.textCursor().MoveOperation.End)
        finally:
            self._filling = False

    def text(self) -> str:
        return self.toPlainText()

    def _changed(self) -> None:
        if not self._filling:
            self.typed.emit()


class HeadingEditor(QLineEdit):
    """The in-place editor of a heading's name."""

    typed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("heading_editor")
        self.row_key: str | None = None
        self.textEdited.connect(lambda _t: self.typed.emit())

    def fill(self, text: str) -> None:
        self.setText(text)


class _WidthWatch(QObject):
    """Forgets the delegate's text width when the list's viewport is resized."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            cast(NoteDelegate, self.parent())._width = None
        return False


class NoteDelegate(QStyledItemDelegate):
    """See the module docstring. ``parent`` is the list view it draws for."""

    #: (editor, row key) an in-place editor opened
    editor_opened = Signal(object, str)
    #: (editor) it closed (its text was committed first)
    editor_closed = Signal(object)

    def __init__(self, view: QListView, row_at=None):
        super().__init__(view)
        self._sizes: dict[tuple, QSize] = {}
        self._key_filter: QObject | None = None
        #: the model's own row lookup: sizeHint runs for every row on each layout, and a
        #: direct call is several times cheaper than ``index.data()`` through Qt
        self._row_at = row_at
        self._width: int | None = None
        self._watch = _WidthWatch(self)
        view.viewport().installEventFilter(self._watch)

    @property
    def key_filter(self) -> QObject | None:
        """The column's key filter, installed on in-place editors too (see the module docstring)."""
        return self._key_filter

    @key_filter.setter
    def key_filter(self, keys: QObject | None) -> None:
        self._key_filter = keys
        column, actions = getattr(keys, "column", None), getattr(keys, "actions", None)
        if column is not None and actions is not None:
            from ui.room.notes_menu import install_item_menu

            install_item_menu(column, actions)

    def _text_width(self) -> int:
        if self._width is None:
            view = cast(QListView, self.parent())
            self._width = max(view.viewport().width() - 2 * view.spacing() - 8, 80 + INDENT)
        return self._width

    # -- drawing ---------------------------------------------------------------------------------
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if index.data(PENDING_ROLE):
            option.font.setItalic(True)
        # each item reads in its own script's direction (an English note in an Arabic window starts on the
        # left, its full stop at its end), as a paragraph of a text editor does
        direction = text_direction(option.text)
        if direction is not None:
            option.direction = direction

    def paint(self, painter, option, index) -> None:
        row = index.data(ROW_ROLE)
        opt = QStyleOptionViewItem(option)
        if row is not None and row.is_heading:
            if not opt.state & _SELECTED:
                painter.fillRect(opt.rect, _HEADING_TINT)
            super().paint(painter, opt, index)
            return
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft  # the window's: indent and star on its sides
        if row is not None and row.heading:
            opt.rect = opt.rect.adjusted(0, 0, -INDENT, 0) if rtl else opt.rect.adjusted(INDENT, 0, 0, 0)
        if row is not None and row.key_point and not opt.state & _SELECTED:
            painter.fillRect(opt.rect, _KEY_TINT)
        star = QRect(opt.rect.left(), opt.rect.top(), STAR_WIDTH, opt.rect.height()) if rtl else \
            QRect(opt.rect.right() - STAR_WIDTH + 1, opt.rect.top(), STAR_WIDTH, opt.rect.height())
        opt.rect = opt.rect.adjusted(STAR_WIDTH, 0, 0, 0) if rtl else opt.rect.adjusted(0, 0, -STAR_WIDTH, 0)
        super().paint(painter, opt, index)
        if row is not None and row.key_point:
            painter.save()
            painter.setPen(_STAR)  # beside the selection's highlight, never on it
            font = QFont(opt.font)
            font.setPointSizeF(max(1.0, font.pointSizeF()) * 1.35)
            painter.setFont(font)
            painter.drawText(star, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), "★")
            painter.restore()

    def sizeHint(self, option, index) -> QSize:
        row = self._row_at(index.row()) if self._row_at is not None else index.data(ROW_ROLE)
        if row is None:
            return super().sizeHint(option, index)
        indent = INDENT if (not row.is_heading and row.heading) else 0
        star = 0 if row.is_heading else STAR_WIDTH
        width = self._text_width() - indent - star
        key = (row.key, row.display, width, row.pending, row.is_heading)
        size = self._sizes.get(key)
        if size is None:
            font = QFont(option.font)
            font.setBold(row.is_heading)
            font.setItalic(row.pending)
            rect = QFontMetrics(font).boundingRect(0, 0, width, 1_000_000, _WRAP, row.display)
            size = QSize(width + indent + star, rect.height() + _PAD)
            if len(self._sizes) > _CACHE_LIMIT:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    # -- editing ---------------------------------------------------------------------------------
    def createEditor(self, parent, option, index) -> QWidget:
        editor = HeadingEditor(parent) if index.data(HEADING_ROLE) else ItemEditor(parent)
        editor.row_key = index.data(KEY_ROLE)
        if self.key_filter is not None:
            editor.installEventFilter(self.key_filter)
        if isinstance(editor, ItemEditor):
            editor.textChanged.connect(lambda e=editor: self._fit(e))
        self.editor_opened.emit(editor, editor.row_key)
        return editor

    def setEditorData(self, editor, index) -> None:
        if editor.property(_LOADED):
            return  # never overwrite what is being typed (see the module docstring)
        editor.setProperty(_LOADED, True)
        editor.fill(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        rect = option.rect
        if not index.data(HEADING_ROLE) and index.data(HEADING_NAME_ROLE):
            rtl = option.direction == Qt.LayoutDirection.RightToLeft
            rect = rect.adjusted(0, 0, -INDENT, 0) if rtl else rect.adjusted(INDENT, 0, 0, 0)
        if isinstance(editor, ItemEditor):
            rect.setHeight(max(rect.height(), self._wanted_height(editor, rect.width())))
        editor.setGeometry(rect)

    def destroyEditor(self, editor, index) -> None:
        self.editor_closed.emit(editor)
        super().destroyEditor(editor, index)

    def finish(self, editor: QWidget) -> None:
        """Commit ``editor``'s text and close it (as Enter does)."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if (enter and not mods & Qt.KeyboardModifier.ShiftModifier) or key == Qt.Key.Key_Escape:
                self.finish(editor)
                return True
            if enter and isinstance(editor, ItemEditor):
                editor.insertPlainText("\n")
                return True
        return super().eventFilter(editor, event)

    @staticmethod
    def _wanted_height(editor: ItemEditor, width: int) -> int:
        lines = max(editor.document().size().height(), 1)  # plain-text documents count lines
        return int(lines * editor.fontMetrics().lineSpacing() + 2 * editor.frameWidth() + 8)

    def _fit(self, editor: ItemEditor) -> None:
        height = self._wanted_height(editor, editor.width())
        if height > editor.height():
            editor.resize(editor.width(), height)
