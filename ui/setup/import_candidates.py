"""The import dialog's table of participants an import would create, each with an "import" check box.

Main thread; fed by :class:`ui.setup.import_dialog.ImportDialog` from a
:class:`cafe.people.participants_csv.ImportPreview`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ui.setup.texts import QT_TRANSLATE_NOOP, stakeholder_label

#: the invisible root every row hangs from (a value, never modified)
_ROOT = QModelIndex()


class CandidatesModel(QAbstractTableModel):
    """The participants an import would create, each with an "import" check box and a note."""

    HEADERS = (QT_TRANSLATE_NOOP("CandidatesModel", "Import"), QT_TRANSLATE_NOOP("CandidatesModel", "Line"),
               QT_TRANSLATE_NOOP("CandidatesModel", "Name"), QT_TRANSLATE_NOOP("CandidatesModel", "Organisation"),
               QT_TRANSLATE_NOOP("CandidatesModel", "Country"),
               QT_TRANSLATE_NOOP("CandidatesModel", "Stakeholder type"),
               QT_TRANSLATE_NOOP("CandidatesModel", "Delegation"), QT_TRANSLATE_NOOP("CandidatesModel", "E-mail"),
               QT_TRANSLATE_NOOP("CandidatesModel", "Check"))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.candidates: list[Any] = []
        self.checked: list[bool] = []
        self.notes: dict[int, str] = {}

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("CandidatesModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.candidates[index.row()]
        col = index.column()
        if col == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = ("", c.line, c.name, c.organisation, c.country, stakeholder_label(c.stakeholder_type), c.delegation,
                  c.email, self.notes.get(c.line, ""))
        return values[col]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
            self.dataChanged.emit(index, index, [role])
            return True
        return False

    def set_candidates(self, candidates: Sequence[Any], checked: Sequence[bool], notes: dict[int, str]) -> None:
        self.beginResetModel()
        self.candidates, self.checked, self.notes = list(candidates), list(checked), dict(notes)
        self.endResetModel()

    def set_checked_lines(self, lines: set[int], value: bool) -> None:
        for row, c in enumerate(self.candidates):
            if c.line in lines:
                self.checked[row] = value
        if self.candidates:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.candidates) - 1, 0))

    def chosen(self) -> list[Any]:
        return [c for c, ok in zip(self.candidates, self.checked) if ok]
