"""One column of notes as an editable list model: heading rows, then the items under them.

Rows follow the Service's order: heading blocks in the order of their first
note, items in column order inside them. A note with a heading and no text
stands for its heading row (a heading with nothing under it yet) and is not
an item row.

:meth:`NoteColumnModel.set_notes` diffs by key (the note's uuid, or the
heading's name) instead of resetting: rows are removed, moved (through
``layoutChanged``, so selections and open editors follow), inserted, and only
rows whose content changed get ``dataChanged``. That is what lets a note-taker
keep typing in an in-place editor while other saves reload the column.

Editing never changes the model directly: :meth:`setData` emits
:attr:`edit_committed`, and the view saves it; the new text comes back as notes.
Main thread only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont

from ui.common.item_models import HEADING_ROLE, UUID_ROLE, note_line, sync_rows

#: the heading a row belongs to ("" for items under no heading)
HEADING_NAME_ROLE = Qt.ItemDataRole.UserRole + 10
#: the row's key (note uuid, or "\x1f" + the uuid of its block's first note for a heading row)
KEY_ROLE = Qt.ItemDataRole.UserRole + 11
#: True while this laptop's change of the row has not been saved yet
PENDING_ROLE = Qt.ItemDataRole.UserRole + 12
#: the :class:`Row` itself (one call where a delegate needs several facts)
ROW_ROLE = Qt.ItemDataRole.UserRole + 13
#: True for an item marked as a key point (★, for the plenary's slides)
KEY_POINT_ROLE = Qt.ItemDataRole.UserRole + 14

_ROOT = QModelIndex()


@dataclass(slots=True, unsafe_hash=True)
class Row:
    """One row of a column (never changed once made: a new row replaces it). A plain slotted class
    rather than a frozen one: a room of 2,500 items makes its rows four times faster."""

    key: str
    heading: str
    #: the item's note; for a heading row the first note standing for it (or None)
    note: Any | None
    is_heading: bool
    pending: bool = False
    #: the text shown, when given (a heading's name); an item's is made from its note when first asked
    label: str | None = None
    #: the item is marked as a key point (★): the plenary's slides start from these
    key_point: bool = False
    _display: str | None = field(default=None, compare=False, repr=False)

    @property
    def display(self) -> str:
        """The text shown: made once per row, when the row is first laid out or painted (a room of
        2,500 items shows its first screen without formatting the other 2,400 first)."""
        shown = self._display
        if shown is None:
            shown = self.label if self.label is not None else note_line(self.note) if self.note is not None else ""
            self._display = shown
        return shown

    @property
    def uuid(self) -> str | None:
        return None if self.is_heading or self.note is None else self.note.uuid


def heading_row_key(first_uuid: str) -> str:
    """A heading row's key: its block's first note, so that renaming keeps the row (and its editor)."""
    return "\x1f" + first_uuid


def layout_rows(notes: Iterable[Any], pending: frozenset[str] = frozenset(),
                cache: dict[str, Row] | None = None) -> list[Row]:
    """Rows for ``notes`` (one column, in column order).

    ``cache`` (uuid -> the item row made last time) lets an unchanged note keep
    its row object, so a reload of thousands of items compares by identity.
    """
    blocks: dict[str, list[Any]] = {}
    for note in notes:
        blocks.setdefault(note.heading, []).append(note)
    rows: list[Row] = []
    for heading, notes_in in blocks.items():
        if heading:
            stand_in = next((n for n in notes_in if not n.text), None)
            rows.append(Row(heading_row_key(notes_in[0].uuid), heading, stand_in, True,
                            stand_in is not None and stand_in.uuid in pending, heading))
        for n in notes_in:
            if not n.text:
                continue
            waiting = n.uuid in pending
            old = cache.get(n.uuid) if cache is not None else None
            if old is None or old.note is not n or old.pending != waiting or old.heading != heading:
                old = Row(n.uuid, heading, n, False, waiting, None, bool(getattr(n, "key", False)))
                if cache is not None:
                    cache[n.uuid] = old
            rows.append(old)
    return rows


class NoteColumnModel(QAbstractListModel):
    """Rows of one column (see the module docstring)."""

    #: (row, new text) the user finished editing in place
    edit_committed = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.editable = True
        self._cache: dict[str, Row] = {}

    # -- reading -------------------------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.display
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.EditRole:
            return row.heading if row.is_heading else row.note.text
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.is_heading:
                return self.tr("Heading “{0}”: F2 renames it, Alt+Up/Down moves it with its items").format(row.heading)
            who = ", ".join(row.note.attributions)
            tip = row.note.text + ("\n\n" + self.tr("Who: {0}").format(who) if who else "")
            if row.key_point:
                tip += "\n\n" + self.tr("★ Key point: on the plenary's slides (Ctrl+K unmarks it)")
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if row.key_point:
                return self.tr("Key point: {0}").format(row.display)
            return row.display
        if role == Qt.ItemDataRole.FontRole and row.is_heading:
            return self._bold
        if role == HEADING_ROLE:
            return row.is_heading
        if role == HEADING_NAME_ROLE:
            return row.heading
        if role == UUID_ROLE:
            return row.uuid
        if role == KEY_ROLE:
            return row.key
        if role == PENDING_ROLE:
            return row.pending
        if role == KEY_POINT_ROLE:
            return row.key_point
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        self.edit_committed.emit(self._rows[index.row()], str(value))
        return True

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(self._rows)

    @property
    def note_total(self) -> int:
        return sum(1 for r in self._rows if not r.is_heading)

    def headings(self) -> list[str]:
        """The column's heading order as the Service counts it ("" included where items have none)."""
        order: list[str] = []
        for r in self._rows:
            if r.heading not in order:
                order.append(r.heading)
        return order

    # -- updating ----------------------------------------------------------------------------
    def set_notes(self, notes: Iterable[Any], pending: frozenset[str] = frozenset()) -> None:
        """Show ``notes`` (one column, in column order) with as little disturbance as possible."""
        if len(self._cache) > 4 * len(self._rows) + 1000:
            self._cache.clear()
        self.set_rows(layout_rows(notes, pending, self._cache))

    def set_rows(self, rows: Sequence[Row]) -> None:
        for first, last in sync_rows(self, self._rows, rows, lambda r: r.key):
            self.dataChanged.emit(self.index(first), self.index(last))
