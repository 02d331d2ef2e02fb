"""The pieces of Setup → Groups: a group's column of members (drag and drop between groups) and the
read-only balance tables.

A :class:`MemberList` reports people dropped on it through :attr:`MemberList.dropped`
and changes nothing itself (the move goes through the service; the next snapshot
shows it). Main thread.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.item_models import ColumnFitter

#: the invisible root every row hangs from (a value, never modified)
_ROOT = QModelIndex()

MIME = "application/x-knowledge-cafe-participants"
UUID = Qt.ItemDataRole.UserRole + 1


class MemberList(QListWidget):
    """One group's members; people dragged here are reported by :attr:`dropped`, not moved locally
    (the move goes through the service, and the next snapshot shows it)."""

    #: (participant uuids, group uuid or None for "not in a group")
    dropped = Signal(list, object)

    def __init__(self, group_uuid: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.group_uuid = group_uuid
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        # one line per person, all the same height: a group of hundreds is laid out without measuring
        # each line, a batch at a time
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        data.setData(MIME, json.dumps([item.data(UUID) for item in items]).encode("utf-8"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        try:
            uuids = [str(u) for u in json.loads(bytes(event.mimeData().data(MIME)).decode("utf-8"))]
        except ValueError:
            event.ignore()
            return
        mine = {self.item(i).data(UUID) for i in range(self.count())}
        moving = [u for u in uuids if u not in mine]
        # The drop is taken here; the source list must not remove anything itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if moving:
            self.dropped.emit(moving, self.group_uuid)

    def uuids(self) -> list[str]:
        return [self.item(i).data(UUID) for i in range(self.count())]

    def selected_uuids(self) -> list[str]:
        return [item.data(UUID) for item in self.selectedItems()]


class GroupColumn(QWidget):
    """A group's name and size above its :class:`MemberList`."""

    def __init__(self, group_uuid: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.list = MemberList(group_uuid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(230)


class TextTable(QAbstractTableModel):
    """A read-only table of values with headers; numbers are right-aligned."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[Any]] = []

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        headers, table = list(headers), [list(r) for r in rows]
        if headers == self.headers and len(table) == len(self.rows):
            self.rows = table
            if table:
                self.dataChanged.emit(self.index(0, 0), self.index(len(table) - 1, len(headers) - 1))
            return
        self.beginResetModel()
        self.headers, self.rows = headers, table
        self.endResetModel()

    def value(self, row: int, column: int) -> Any:
        return self.rows[row][column]


def make_table(model: QAbstractTableModel) -> QTableView:
    """A read-only balance table: fixed row height, columns sized from a sample of rows
    (:class:`~ui.common.item_models.ColumnFitter`; a country table can have 190 rows and 20 groups)."""
    view = QTableView()
    view.setModel(model)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.column_fitter = ColumnFitter(view, None)  # type: ignore[attr-defined]
    return view
