"""The item menu of a notes list (right click, or the Menu key) and the key-point key, Ctrl+K.

The menu holds what the keys do to the chosen row, each with its key shown
beside it, so a mouse user finds every action and learns its key: mark or
unmark a key point (Ctrl+K), edit in place (F2), move up or down (Alt+↑/↓),
delete (Delete). They run the same notes actions the keys run
(:class:`ui.room.notes_actions.KeyActions`).

Ctrl+K works from the list and from the entry line (on the row chosen there
with ↑/↓): every item action works from where the keys put you. In a line
editor Qt would take Ctrl+K as "delete to the end of the line" on some
desktops; in the entry line it marks the chosen item instead.
Main thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ui.room.notes_column import NotesColumn

#: the key that marks the chosen item as a key point, or takes the mark away
KEY_POINT_KEYS = QKeySequence("Ctrl+K")
_MODS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
         | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


def is_key_point_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_K and event.modifiers() & _MODS == Qt.KeyboardModifier.ControlModifier


class KeyPointKey(QObject):
    """Ctrl+K in a column's list or entry line: :meth:`toggle_key` on its chosen row."""

    def __init__(self, column: NotesColumn, actions: Any):
        super().__init__(column)
        self.column = column
        self.actions = actions

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        if not is_key_point_key(event):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a line editor's "delete to the end of the line"
            return True
        self.actions.toggle_key(self.column)
        return True


def install_item_menu(column: NotesColumn, actions: Any) -> KeyPointKey:
    """Give ``column``'s list its item menu and ``column`` the key-point key (once)."""
    existing = column.findChild(KeyPointKey)
    if existing is not None:
        return existing
    keys = KeyPointKey(column, actions)
    for widget in (column.entry, column.list):
        widget.installEventFilter(keys)
    column.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    column.list.customContextMenuRequested.connect(lambda pos: open_item_menu(column, actions, pos))
    return keys


def item_menu(column: NotesColumn, actions: Any) -> QMenu:
    """The menu for the chosen row (entries that cannot apply to it are greyed)."""
    row = column.selected_row()
    editable = column.model.editable and row is not None
    menu = QMenu(column.list)
    menu.setObjectName("item_menu")
    menu.setAccessibleName(QCoreApplication.translate("NotesMenu", "Item actions"))
    key_point = menu.addAction(QCoreApplication.translate("NotesMenu", "Key point ★"), lambda: actions.toggle_key(column))
    key_point.setObjectName("key_point_action")
    key_point.setShortcut(KEY_POINT_KEYS)  # shown beside it; the key itself is KeyPointKey's
    key_point.setCheckable(True)
    key_point.setChecked(row is not None and row.key_point)
    key_point.setEnabled(editable and row is not None and not row.is_heading)
    key_point.setToolTip(QCoreApplication.translate("NotesMenu", "A key point is on the plenary's slides from the start"))
    menu.addSeparator()

    def edit() -> None:
        index = column.list.currentIndex()
        if index.isValid():
            column.list.edit(index)

    edit_action = menu.addAction(QCoreApplication.translate("NotesMenu", "Edit"), edit)
    edit_action.setShortcut(QKeySequence("F2"))
    up = menu.addAction(QCoreApplication.translate("NotesMenu", "Move up"), lambda: actions.move_step(column, -1))
    up.setShortcut(QKeySequence("Alt+Up"))
    down = menu.addAction(QCoreApplication.translate("NotesMenu", "Move down"), lambda: actions.move_step(column, 1))
    down.setShortcut(QKeySequence("Alt+Down"))
    menu.addSeparator()
    delete = menu.addAction(QCoreApplication.translate("NotesMenu", "Delete"), lambda: actions.delete_selected(column))
    delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    for action in (edit_action, up, down, delete):
        action.setEnabled(editable)
    for action in menu.actions():
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the keys are the column's own
    return menu


def open_item_menu(column: NotesColumn, actions: Any, pos: QPoint) -> None:
    """Right click (or the Menu key) at ``pos`` in the list: choose the row there, then show the menu."""
    index = column.list.indexAt(pos)
    if index.isValid():
        row = column.model.row_at(index.row())
        if row is not None:
            column.select_key(row.key, scroll=False)
    menu = item_menu(column, actions)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    menu.popup(column.list.viewport().mapToGlobal(pos))
