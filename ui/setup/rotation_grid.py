"""Rounds & rooms → the rotation grid: its model (rows = groups, columns = rounds) and the combo box
that edits one cell.

A cell is drawn as a closed combo box showing its room; the real combo box opens only on the cell
being edited (:class:`RoomChoiceDelegate`), so a conference's grid of 20 groups × 20 rounds holds
one editor, not 400. Main thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionFocusRect,
)

from cafe.storage.workshop_index import WorkshopIndex
from ui.setup.texts import QT_TRANSLATE_NOOP

#: the invisible root every row hangs from (a value, never modified)
_ROOT = QModelIndex()

#: a group in no room for a round (translated where shown: :func:`waits_text`)
WAITS_TEXT = QT_TRANSLATE_NOOP("RotationGrid", "waits")
#: the role under which a rotation cell holds its room uuid (None: the group waits)
ROOM_ROLE = Qt.ItemDataRole.EditRole
#: an editor's property: its value was picked (a pick commits; leaving the cell does not)
_PICKED = "cafe_picked"


def waits_text() -> str:
    """ "waits" in the window's language."""
    return QCoreApplication.translate("RotationGrid", WAITS_TEXT)


def room_label(index: WorkshopIndex, room_uuid: str | None) -> str:
    """ "Room XI — Regular pathways", or "waits"."""
    if room_uuid is None:
        return waits_text()
    theme = index.theme_by_room.get(room_uuid)
    label = (theme.short_name or theme.title) if theme is not None else ""
    return f"{index.room_name(room_uuid)} — {label}" if label else index.room_name(room_uuid)


class RotationModel(QAbstractTableModel):
    """The rotation grid: rows = groups, columns = rounds; a cell shows its room (DisplayRole) and
    holds its room uuid or None (:data:`ROOM_ROLE`). Editing a cell calls ``on_edit(round_uuid,
    group_uuid, room_uuid, row, column)`` and changes nothing here: the next snapshot shows the result."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.index_: WorkshopIndex | None = None
        self.groups: list[Any] = []
        self.rounds: list[Any] = []
        self.on_edit: Callable[[str, str, str | None, int, int], None] | None = None

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rounds)

    def room_at(self, row: int, column: int) -> str | None:
        assert self.index_ is not None  # there are cells: set_index was called
        return self.index_.room_of.get((self.rounds[column].uuid, self.groups[row].uuid))

    def cell(self, row: int, column: int) -> str:
        """The cell's text: "Room XI — Regular pathways", or "waits"."""
        assert self.index_ is not None  # there are cells: set_index was called
        return room_label(self.index_, self.room_at(row, column))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(index.row(), index.column())
        if role == ROOM_ROLE:
            return self.room_at(index.row(), index.column())
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.index_ is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.index_.round_label(self.rounds[section]) if 0 <= section < len(self.rounds) else None
        return self.groups[section].name if 0 <= section < len(self.groups) else None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def setData(self, index, value, role=ROOM_ROLE) -> bool:
        if not index.isValid() or role != ROOM_ROLE:
            return False
        room = value or None
        if room == self.room_at(index.row(), index.column()):
            return False
        if self.on_edit is not None:
            self.on_edit(self.rounds[index.column()].uuid, self.groups[index.row()].uuid, room,
                         index.row(), index.column())
        return False

    def set_index(self, index: WorkshopIndex) -> bool:
        """Show ``index``; True when the grid's shape (groups or rounds) changed."""
        groups, rounds = list(index.snap.groups), list(index.snap.rounds)
        reshaped = [g.uuid for g in groups] != [g.uuid for g in self.groups] or \
            [r.uuid for r in rounds] != [r.uuid for r in self.rounds]
        if reshaped:
            self.beginResetModel()
        self.index_, self.groups, self.rounds = index, groups, rounds
        if reshaped:
            self.endResetModel()
        else:
            if groups and rounds:
                self.dataChanged.emit(self.index(0, 0), self.index(len(groups) - 1, len(rounds) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(rounds) - 1, 0))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(groups) - 1, 0))
        return reshaped


class RoomChoiceDelegate(QStyledItemDelegate):
    """Each rotation cell looks like a choice among the rooms with a theme and "waits"; a combo box opens
    only on the cell being edited (a click opens its list at once), and a pick is committed at once.

    A conference's grid has hundreds of cells: one editor at a time keeps the grid cheap to show and
    to refresh. The keys are a combo box's: ↑/↓ pick the next or previous room, Alt+↓ or F4 open the
    list, Tab goes on to the next cell, Escape leaves the cell.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.choices: list[tuple[str, str | None]] = []
        #: the open editors (one, normally) and the cell each edits
        self.editors: dict[QComboBox, QPersistentModelIndex] = {}

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for text, value in self.choices:
            combo.addItem(text, value)
        model = index.model()
        group = model.headerData(index.row(), Qt.Orientation.Vertical)
        rnd = model.headerData(index.column(), Qt.Orientation.Horizontal)
        combo.setAccessibleName(QCoreApplication.translate("RotationGrid", "Room of {0} in {1}").format(group, rnd))
        combo.setAccessibleDescription(QCoreApplication.translate(
            "RotationGrid", "Choosing a room moves the group there in this round"))
        combo.setProperty(_PICKED, False)
        combo.activated.connect(lambda _i, combo=combo: self._picked(combo))
        self.editors[combo] = QPersistentModelIndex(index)
        combo.destroyed.connect(lambda _obj=None, combo=combo: self.editors.pop(combo, None))
        return combo

    def destroyEditor(self, editor, index) -> None:
        self.editors.pop(editor, None)
        super().destroyEditor(editor, index)

    def _picked(self, combo: QComboBox) -> None:
        combo.setProperty(_PICKED, True)
        self.commitData.emit(combo)

    def setEditorData(self, editor, index) -> None:
        room = index.data(ROOM_ROLE)
        editor.blockSignals(True)
        # "waits" is always the last choice
        editor.setCurrentIndex(editor.findData(room) if room else editor.count() - 1)
        editor.blockSignals(False)

    def setModelData(self, editor, model, index) -> None:
        # Only a pick commits: leaving a cell (Tab, a click elsewhere) must not send its value again
        # (after a refused move it would be refused a second time).
        if editor.property(_PICKED):
            editor.setProperty(_PICKED, False)
            model.setData(index, editor.currentData(), ROOM_ROLE)

    def editorEvent(self, event, model, option, index) -> bool:
        # the click that made the cell current opened its combo box: its release opens the list, as a
        # click on a combo box does (the view hands the delegate the release while a cell is edited)
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            editor = self.editor_at(index.row(), index.column())
            if editor is not None and editor.isVisible():
                editor.showPopup()
                return True
        return super().editorEvent(event, model, option, index)

    def editor_at(self, row: int, column: int) -> QComboBox | None:
        """The open combo box of one cell, or None."""
        return next((e for e, where in self.editors.items()
                     if where.isValid() and (where.row(), where.column()) == (row, column)), None)

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            return False  # the list popping up takes the focus; leaving is handled by the view
        return super().eventFilter(editor, event)

    def paint(self, painter, option, index) -> None:
        """The cell as a closed combo box showing its room (the editor looks the same when it opens)."""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.state = option.state & ~QStyle.StateFlag.State_HasFocus
        box.palette = option.palette
        box.fontMetrics = option.fontMetrics
        box.direction = option.direction
        box.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box.frame = True
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionFocusRect()
            focus.rect = option.rect
            focus.palette = option.palette
            focus.state = option.state
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
