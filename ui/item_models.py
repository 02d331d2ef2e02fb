"""Item models over frozen snapshots. Read-only: edits go through the controller.

* :class:`RowsModel`: one snapshot row per line, columns given as
  :class:`Column`; :meth:`RowsModel.set_rows` diffs by uuid (inserts, removes,
  moves, then ``dataChanged``) so selections survive a reload.
* :class:`GridModel`: a labelled grid of text (the rotation).
* :class:`NotesModel`: one note category of one room, headings as bold rows.

All live on the main thread and are fed by the views from
``WorkshopController.snapshot_changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

# a light module (only ``re``), imported here rather than per call: notes are drawn by the thousand
from cafe.attributions import format_attributions, parse_trailing

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
#: NotesModel: True on heading rows
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2

_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: the invisible root every row hangs from (a value, never modified)
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: its header and how to show a row (``text(row, context)``)."""

    title: str
    text: Callable[[Any, Any], Any]
    numeric: bool = False


def _invalid(parent: QModelIndex | QPersistentModelIndex) -> bool:
    return not parent.isValid()


class RowsModel(QAbstractTableModel):
    """Snapshot rows, keyed by ``uuid``, shown through :class:`Column` s with a shared context."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[Any] = []
        self._context: Any = None

    # -- reading -------------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return len(self._rows) if _invalid(parent) else 0

    def columnCount(self, parent=_ROOT) -> int:
        return len(self._columns) if _invalid(parent) else 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.text(row, self._context)
            return "" if value is None else str(value)
        if role == UUID_ROLE:
            return row.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(_ALIGN_RIGHT.value)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title if 0 <= section < len(self._columns) else None
        return section + 1

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, uuid: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), -1)

    @property
    def rows(self) -> tuple:
        return tuple(self._rows)

    # -- updating ----------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Any], context: Any = None) -> None:
        """Show ``rows`` (in that order) with ``context`` handed to every column."""
        rows = list(rows)
        self._context = context
        new_uuids = [r.uuid for r in rows]
        wanted = set(new_uuids)
        i = len(self._rows) - 1
        while i >= 0:  # removals, bottom up, one contiguous run at a time
            if self._rows[i].uuid in wanted:
                i -= 1
                continue
            j = i
            while j > 0 and self._rows[j - 1].uuid not in wanted:
                j -= 1
            self.beginRemoveRows(QModelIndex(), j, i)
            del self._rows[j:i + 1]
            self.endRemoveRows()
            i = j - 1
        kept = {r.uuid for r in self._rows}
        kept_in_new_order = [r for r in rows if r.uuid in kept]
        if [r.uuid for r in kept_in_new_order] != [r.uuid for r in self._rows]:
            self._move_rows(kept_in_new_order)
        for pos, row in enumerate(rows):
            if pos < len(self._rows) and self._rows[pos].uuid == row.uuid:
                self._rows[pos] = row
            else:
                self.beginInsertRows(QModelIndex(), pos, pos)
                self._rows.insert(pos, row)
                self.endInsertRows()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def _move_rows(self, reordered: list[Any]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        uuids = [self._rows[p.row()].uuid for p in old]
        self._rows = list(reordered)
        position = {r.uuid: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(position[u], p.column()) for u, p in zip(uuids, old)])
        self.layoutChanged.emit()


class GridModel(QAbstractTableModel):
    """A grid of text with row and column headers; replaced whole by :meth:`set_grid`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._cells: list[list[str]] = []

    def rowCount(self, parent=_ROOT) -> int:
        return len(self._rows) if _invalid(parent) else 0

    def columnCount(self, parent=_ROOT) -> int:
        return len(self._columns) if _invalid(parent) else 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = self._columns if orientation == Qt.Orientation.Horizontal else self._rows
        return labels[section] if 0 <= section < len(labels) else None

    def cell(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def set_grid(self, rows: Sequence[str], columns: Sequence[str], cells: Sequence[Sequence[str]]) -> None:
        """Show ``cells[r][c]`` under ``rows[r]`` and ``columns[c]``."""
        rows, columns = list(rows), list(columns)
        cells = [list(line) for line in cells]
        if len(rows) == len(self._rows) and len(columns) == len(self._columns):
            self._rows, self._columns, self._cells = rows, columns, cells
            if rows and columns:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(columns) - 1, 0))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(rows) - 1, 0))
            return
        self.beginResetModel()
        self._rows, self._columns, self._cells = rows, columns, cells
        self.endResetModel()


class NotesModel(QAbstractListModel):
    """The notes of one category as lines: each heading once (bold), then its items."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[tuple[bool, str, str | None]] = []  # (is heading, text, note uuid)
        self._bold = QFont()
        self._bold.setBold(True)
        self.note_total = 0

    def rowCount(self, parent=_ROOT) -> int:
        return len(self._lines) if _invalid(parent) else 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        heading, text, uuid = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.FontRole and heading:
            return self._bold
        if role == HEADING_ROLE:
            return heading
        if role == UUID_ROLE:
            return uuid
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        heading = self._lines[index.row()][0]
        return Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.NoItemFlags if heading else Qt.ItemFlag.ItemIsSelectable)

    def set_notes(self, notes: Iterable[Any]) -> None:
        """Show ``notes`` (one category, in column order), grouped under their headings."""
        groups: dict[str, list[Any]] = {}
        for note in notes:
            groups.setdefault(note.heading.strip().rstrip(":").strip(), []).append(note)
        lines: list[tuple[bool, str, str | None]] = []
        for heading, items in groups.items():
            if heading:
                lines.append((True, heading + ":", None))
            for note in items:
                lines.append((False, note_line(note), note.uuid))
        self.beginResetModel()
        self._lines = lines
        self.note_total = sum(len(items) for items in groups.values())
        self.endResetModel()


def note_line(note: Any) -> str:
    """``"• text (Philippines and Egypt)"``: one note as the report prints it.

    A text that already ends with its parenthesis is shown as typed; otherwise
    the note's attributions are added in one.
    """
    text = note.text.strip()
    who = format_attributions([a for a in note.attributions if a])
    if not who or parse_trailing(text):
        return f"• {text}"
    return f"• {text} ({who})"
