"""The moderator overview's table: one row per room of a round, from the rooms' statuses.

Column headers and the words of the table are in the window's language; the phase words come
from the core (:func:`cafe.clock.overview.room_statuses`). Colour is never the only sign: the
phase column says it in words, the "Behind" column in minutes. Main thread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication

from cafe.clock.overview import RoomStatus
from cafe.clock.text import Phase
from cafe.storage.workshop_index import NONE_TEXT
from ui.common.item_models import UUID_ROLE
from ui.common.plural import english

_ROOT = QModelIndex()

#: the column headers (English; shown translated, see :data:`COLUMN_TITLES`); "Time left" is drawn big
COLUMNS = ("Room", "Theme", "Hosts", "Group", "Phase", "Time left", "Stage message", "Next group",
           "Notes", "Summary", "Behind")
COLUMN_TITLES = (QT_TRANSLATE_NOOP("RoomStatusModel", "Room"), QT_TRANSLATE_NOOP("RoomStatusModel", "Theme"),
                 QT_TRANSLATE_NOOP("RoomStatusModel", "Hosts"), QT_TRANSLATE_NOOP("RoomStatusModel", "Group"),
                 QT_TRANSLATE_NOOP("RoomStatusModel", "Phase"), QT_TRANSLATE_NOOP("RoomStatusModel", "Time left"),
                 QT_TRANSLATE_NOOP("RoomStatusModel", "Stage message"),
                 QT_TRANSLATE_NOOP("RoomStatusModel", "Next group"), QT_TRANSLATE_NOOP("RoomStatusModel", "Notes"),
                 QT_TRANSLATE_NOOP("RoomStatusModel", "Summary"), QT_TRANSLATE_NOOP("RoomStatusModel", "Behind"))
TIME_COLUMN = COLUMNS.index("Time left")
PHASE_COLUMN = COLUMNS.index("Phase")
NOTES_COLUMN = COLUMNS.index("Notes")
SUMMARY_COLUMN = COLUMNS.index("Summary")
BEHIND_COLUMN = COLUMNS.index("Behind")

#: foreground of the time and phase by phase; the phase column always says it in words too
PHASE_FOREGROUND = {
    Phase.warning: QColor("#9a5b00"),
    Phase.danger: QColor("#c43c00"),
    Phase.overtime: QColor("#d32f2f"),
    Phase.paused: QColor("#1565c0"),
    Phase.finished: QColor("#6b7280"),
    Phase.scheduled: QColor("#6b7280"),
}
OVERTIME_BACKGROUND = QColor("#fde7e4")
STATE_WORDS = {"scheduled": QT_TRANSLATE_NOOP("OverviewView", "not started"),
               "running": QT_TRANSLATE_NOOP("OverviewView", "running"),
               "paused": QT_TRANSLATE_NOOP("OverviewView", "paused"),
               "finished": QT_TRANSLATE_NOOP("OverviewView", "finished")}


def ltr(text: str) -> str:
    """``text`` kept left to right ("−07:00" keeps its minus in front) when the window reads right to left."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2066{text}\u2069"
    return text


def state_words(state: str) -> str:
    """A round's state in words, in the window's language ("running", "not started")."""
    return QCoreApplication.translate("OverviewView", str(STATE_WORDS[state])) if state in STATE_WORDS else state


def set_text(widget: Any, text: str) -> None:
    """``widget.setText(text)`` unless it already shows it (each tick touches only what changed)."""
    if widget.text() != text:
        widget.setText(text)


def set_enabled(widget: Any, enabled: bool) -> None:
    if widget.isEnabled() != enabled:
        widget.setEnabled(enabled)


class RoomStatusModel(QAbstractTableModel):
    """One row per room, from :class:`cafe.clock.overview.RoomStatus` values.

    :meth:`set_statuses` keeps the rows when the rooms are the same and
    signals ``dataChanged`` only for rows whose status changed, so the
    selection survives and a tick repaints only the cells that moved.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[RoomStatus] = []
        self._hosts: dict[str, str] = {}
        self._time_font = QFont()
        self._time_font.setBold(True)
        self._time_font.setPointSize(15)
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = tuple(QCoreApplication.translate("RoomStatusModel", str(title)) for title in COLUMN_TITLES)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(COLUMNS) else None
        return None

    def status(self, row: int) -> RoomStatus | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, room_uuid: str | None) -> int:
        return next((i for i, s in enumerate(self._rows) if s.room_uuid == room_uuid), -1)

    @property
    def statuses(self) -> tuple[RoomStatus, ...]:
        return tuple(self._rows)

    def text(self, st: RoomStatus, column: int) -> str:
        if column == 0:
            return st.room
        if column == 1:
            return st.theme or NONE_TEXT
        if column == 2:
            return self._hosts.get(st.room_uuid, "")
        if column == 3:
            return st.group or NONE_TEXT
        if column == PHASE_COLUMN:
            return st.phase_text
        if column == TIME_COLUMN:
            return ltr(st.clock_text)
        if column == 6:
            return st.message
        if column == NOTES_COLUMN:
            return str(st.notes)
        if column == SUMMARY_COLUMN:
            return {"final": self.tr("✓ Final"), "draft": self.tr("Draft")}.get(st.summary, self.tr("Not yet"))
        if column == BEHIND_COLUMN:
            return self.behind_text(st)
        return st.next_group or NONE_TEXT

    def behind_text(self, st: RoomStatus) -> str:
        """How late this room's round ends against the agenda: "7 min behind", "Ended 7 min late", "On time"."""
        if st.late_s is None:
            return NONE_TEXT
        if st.late_s >= 60:
            minutes = math.ceil(round(st.late_s) / 60)
            return (self.tr("Ended {0} min late") if st.ended else self.tr("{0} min behind")).format(minutes)
        if st.late_s <= -60 and st.ended:
            return self.tr("Ended {0} min early").format(math.floor(-st.late_s / 60))
        return self.tr("Ended on time") if st.ended else self.tr("On time")

    @staticmethod
    def is_behind(st: RoomStatus) -> bool:
        return st.late_s is not None and st.late_s >= 60

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        st = self.status(index.row()) if index.isValid() else None
        if st is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(st, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (TIME_COLUMN, PHASE_COLUMN):
                return self.tr("{0}: {1} ({2})").format(st.room, st.phase_text, state_words(st.state))
            if column == NOTES_COLUMN:
                return english(self.tr("%n note(s) taken in {0} this round", "", st.notes), st.notes).format(st.room)
            if column == SUMMARY_COLUMN:
                return self.tr("The round summary of {0}: {1}").format(st.room, self.text(st, column))
            if column == BEHIND_COLUMN:
                return self.tr("{0} against the agenda's end of the round: {1}").format(st.room, self.behind_text(st))
            return self.text(st, column)
        if role == UUID_ROLE:
            return st.room_uuid
        if role == Qt.ItemDataRole.ForegroundRole and column in (TIME_COLUMN, PHASE_COLUMN):
            colour = PHASE_FOREGROUND.get(st.phase)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column == BEHIND_COLUMN and self.is_behind(st):
            return QBrush(PHASE_FOREGROUND[Phase.overtime])
        if role == Qt.ItemDataRole.BackgroundRole and st.late:
            return QBrush(OVERTIME_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            if column == TIME_COLUMN:
                return self._time_font
            if column == PHASE_COLUMN and st.phase in (Phase.danger, Phase.overtime):
                return self._bold
            if column == BEHIND_COLUMN and self.is_behind(st):
                return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TIME_COLUMN, NOTES_COLUMN):
            return int((Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def set_statuses(self, statuses: Sequence[RoomStatus], hosts: dict[str, str] | None = None) -> None:
        statuses = list(statuses)
        hosts_changed = hosts is not None and hosts != self._hosts
        if hosts is not None:
            self._hosts = dict(hosts)
        if [s.room_uuid for s in statuses] != [s.room_uuid for s in self._rows]:
            self.beginResetModel()
            self._rows = statuses
            self.endResetModel()
            return
        last = len(COLUMNS) - 1
        for row, (old, new) in enumerate(zip(self._rows, statuses)):
            self._rows[row] = new
            if old != new or hosts_changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
