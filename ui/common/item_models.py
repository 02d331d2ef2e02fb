"""Item models over frozen snapshots. Read-only: edits go through the controller.

* :class:`RowsModel`: one snapshot row per line, columns given as
  :class:`Column`; :meth:`RowsModel.set_rows` diffs by uuid (:func:`sync_rows`, shared with the
  room's notes model) so selections survive a reload.
* :class:`GridModel`: a labelled grid of text (the rotation).
* :class:`NotesModel`: one note category of one room, headings as bold rows.

All live on the main thread and are fed by the views from
``WorkshopController.snapshot_changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

# a light module (only ``re``), imported here rather than per call: notes are drawn by the thousand
from cafe.notes.attributions import format_attributions, parse_trailing

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
#: NotesModel: True on heading rows
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2

#: numbers line up at the end of the cell (the right, or the left in a right-to-left language)
_ALIGN_RIGHT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
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


def sync_rows(model: QAbstractItemModel, current: list[Any], rows: Sequence[Any],
              key: Callable[[Any], Hashable]) -> list[tuple[int, int]]:
    """Bring ``current`` (the model's own row list, changed in place) to ``rows``, row keys kept.

    The keyed row diff of every list model here: removals bottom up, one
    contiguous run at a time; kept rows reordered in one layout change that
    carries persistent indexes (selections survive); then insertions, one
    contiguous run at a time. Returns
    the runs ``(first, last)`` of kept rows whose contents changed, for the
    caller's ``dataChanged``. Main thread.
    """
    wanted = {key(r) for r in rows}
    i = len(current) - 1
    while i >= 0:
        if key(current[i]) in wanted:
            i -= 1
            continue
        j = i
        while j > 0 and key(current[j - 1]) not in wanted:
            j -= 1
        model.beginRemoveRows(QModelIndex(), j, i)
        del current[j:i + 1]
        model.endRemoveRows()
        i = j - 1
    old = {key(r): r for r in current}
    kept_in_new_order = [old[key(r)] for r in rows if key(r) in old]  # old contents: changes follow below
    if [key(r) for r in kept_in_new_order] != [key(r) for r in current]:
        model.layoutAboutToBeChanged.emit()
        persistent = model.persistentIndexList()
        keys = [key(current[p.row()]) for p in persistent]
        current[:] = kept_in_new_order
        position = {key(r): n for n, r in enumerate(current)}
        model.changePersistentIndexList(persistent, [model.index(position[k], p.column())
                                                     for k, p in zip(keys, persistent)])
        model.layoutChanged.emit()
    changed: list[int] = []
    pos, count = 0, len(rows)
    while pos < count:
        row = rows[pos]
        if key(row) in old:  # kept: it is at ``pos`` already (the same order, new rows inserted before it)
            if current[pos] is not row and current[pos] != row:
                current[pos] = row
                changed.append(pos)
            pos += 1
            continue
        end = pos + 1  # a run of new rows goes in with one insertion (a room of 2,500 notes: one, not 2,500)
        while end < count and key(rows[end]) not in old:
            end += 1
        model.beginInsertRows(QModelIndex(), pos, end - 1)
        current[pos:pos] = rows[pos:end]
        model.endInsertRows()
        pos = end
    runs: list[tuple[int, int]] = []
    for r in changed:
        if runs and runs[-1][1] == r - 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs


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
        context_changed = context is not self._context
        self._context = context
        runs = sync_rows(self, self._rows, rows, lambda r: r.uuid)
        if context_changed and self._rows:  # every cell may read the context
            runs = [(0, len(self._rows) - 1)]
        for first, last in runs:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))


class GridModel(QAbstractTableModel):
    """A grid of text with row and column headers; replaced whole by :meth:`set_grid`."""

    def __init__(self, parent: QObject | None = None):
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
        grid = [list(line) for line in cells]
        if len(rows) == len(self._rows) and len(columns) == len(self._columns):
            self._rows, self._columns, self._cells = rows, columns, grid
            if rows and columns:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(columns) - 1, 0))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(rows) - 1, 0))
            return
        self.beginResetModel()
        self._rows, self._columns, self._cells = rows, columns, grid
        self.endResetModel()


class NotesModel(QAbstractListModel):
    """The notes of one category as lines: each heading once (bold), then its items."""

    def __init__(self, parent: QObject | None = None):
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


#: rows a table measures to size its columns (the first ones shown; the others take the same widths)
SAMPLE_ROWS = 60
#: the widest a column is made to fit its contents; the user can still widen it by hand
MAX_FITTED_WIDTH = 420


class ColumnFitter(QObject):
    """Sizes a table's columns to their headers and a sample of rows, when rows arrive or change.

    Instead of ``ResizeToContents``, which measures up to a thousand rows of every
    column (through Python ``data()``) on every layout, the columns are
    ``Interactive`` and sized here: from :data:`SAMPLE_ROWS` rows, once per burst
    of changes (on the next turn of the event loop), and only while the table is
    shown (a hidden table is sized when it is shown). A column the user widened or
    narrowed by hand keeps the width they gave it; the ``stretch`` column takes the
    spare width. Rows have one fixed height, so no row is ever measured. Main thread.
    """

    def __init__(self, table: QTableView, stretch: int | None):
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        #: columns the user sized by hand
        self.by_hand: set[int] = set()
        self._due = True
        self._fitting = False
        self._scheduled = False
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(SAMPLE_ROWS)
        header.sectionResized.connect(self._resized)
        table.installEventFilter(self)
        self._model: QAbstractItemModel | None = None
        self.watch(table.model())

    def watch(self, model: QAbstractItemModel | None) -> None:
        """Follow ``model`` (the table's)."""
        if self._model is not None:
            for signal in self._signals(self._model):
                signal.disconnect(self.request)
        self._model = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self.request)
        self.request()

    @staticmethod
    def _signals(model: QAbstractItemModel) -> tuple:
        return (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged, model.layoutChanged,
                model.headerDataChanged)

    def request(self, *_args) -> None:
        """The rows changed: size the columns again soon (once for a burst of changes)."""
        self._due = True
        if not self._scheduled and self.table.isVisible():
            self._scheduled = True
            QTimer.singleShot(0, self, self._run)  # not after the fitter (and its table) is gone

    def _run(self) -> None:
        self._scheduled = False
        if self._due and self.table.isVisible():
            self.fit()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == QEvent.Type.Show and self._due:
            self.fit()
        return False

    def fit(self) -> None:
        """Size every column (but the stretching one and those sized by hand) to a sample of rows now."""
        self._due = False
        model = self.table.model()
        if model is None:
            return
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column in range(model.columnCount()):
                if column == self.stretch or column in self.by_hand or header.isSectionHidden(column):
                    continue
                width = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
                header.resizeSection(column, min(width, MAX_FITTED_WIDTH))
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != self.stretch and \
                QApplication.mouseButtons() & Qt.MouseButton.LeftButton:
            self.by_hand.add(column)  # dragged by the user: theirs from now on


def make_table(model, stretch: int = -1) -> QTableView:
    """A read-only, row-selecting table; column ``stretch`` (default: the last) takes the spare width.

    Large tables stay quick: rows have one fixed height and the columns are sized
    from a sample of rows (:class:`ColumnFitter`), never by measuring every row.
    """
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    column = stretch if stretch >= 0 else model.columnCount() - 1
    header.setStretchLastSection(column == model.columnCount() - 1)
    if column >= 0:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.column_fitter = ColumnFitter(table, column if column >= 0 else None)  # type: ignore[attr-defined]
    return table
