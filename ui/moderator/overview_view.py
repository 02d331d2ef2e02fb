"""Moderator overview: every room of a round at a glance, live, with the round's controls.

Per room: theme, hosts, the group inside, the phase in words, the time left
(overtime in red *and* in words, "Overtime 3:10"), the stage message, the
group that comes next, the notes taken this round, whether the round summary
is written, and how far behind its round is ("7 min behind"). Above: the round
shown (the current one by default, any round on request), what comes next on
the agenda, the option to start each round automatically, and, when rounds run
late, how far behind the day is with "Shift the rest of the day…"
(:mod:`ui.moderator.shift_day`). Buttons act on all rooms or on the selected
room (ending or restarting all rooms asks first); a one-line message goes to
rooms' stage displays.

Contract
--------
* Main thread. Repaints once per shown second from the ticker
  (:mod:`ui.common.clock_ticker`), computing from ``controller.index`` with
  :func:`cafe.clock.overview.room_statuses` and :func:`cafe.clock.timekeeping.day_delay_in`:
  no database read per tick (the notes counted and the summaries are in the snapshot).
* Every action is one undo step through :class:`ui.moderator.round_control.RoundControl`;
  a refusal is shown in red under the buttons.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe.clock.overview import MAX_MESSAGE, RoomStatus, room_statuses
from cafe.clock.text import Phase
from cafe.clock.timekeeping import day_delay_in
from cafe.storage.workshop_index import NONE_TEXT, WorkshopIndex
from ui.common.clock_ticker import ClockTicker, ticker_for
from ui.common.item_models import UUID_ROLE, make_table
from ui.moderator.round_control import RoundControl
from ui.moderator.shift_day import DayBehindBanner, shift_rest_of_day
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

_ROOT = QModelIndex()

#: the column headers; "Time left" is drawn big
COLUMNS = ("Room", "Theme", "Hosts", "Group", "Phase", "Time left", "Stage message", "Next group",
           "Notes", "Summary", "Behind")
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
STATE_WORDS = {"scheduled": "not started", "running": "running", "paused": "paused", "finished": "finished"}


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
        self._headers = COLUMNS[:NOTES_COLUMN] + (self.tr("Notes"), self.tr("Summary"), self.tr("Behind"))

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
            return st.clock_text
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
                return f"{st.room}: {st.phase_text} ({STATE_WORDS.get(st.state, st.state)})"
            if column == NOTES_COLUMN:
                return self.tr("%n note(s) taken in {0} this round", "", st.notes).format(st.room)
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
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
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


class OverviewView(QWidget):
    """The moderator's live overview (see the module docstring)."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None, *,
                 ticker: ClockTicker | None = None):
        super().__init__(parent)
        self.controller = controller
        self.ticker = ticker if ticker is not None else ticker_for(controller)
        self.control = RoundControl(controller, self.ticker, self.show_refusal, parent=self)
        self._round_uuids: list[str] = []
        self._shown_round_uuid: str | None = None

        # header: the round shown, its state, what comes next, auto start
        self.round_box = QComboBox()
        self.round_box.setObjectName("overview_round")
        self.round_box.setMinimumContentsLength(24)
        self.round_box.currentIndexChanged.connect(self._round_chosen)
        self.headline = QLabel()
        self.headline.setObjectName("overview_headline")
        self.headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.next_up = QLabel()
        self.next_up.setObjectName("overview_next_up")
        self.next_up.setStyleSheet("font-size: 11pt;")
        self.auto_start = QCheckBox("Start each round automatically at its agenda time")
        self.auto_start.setToolTip("When a round's time comes and no other round is running or paused, "
                                   "it starts in all its rooms, timed from its agenda start.")
        self.auto_start.toggled.connect(self._auto_start_toggled)
        top = QHBoxLayout()
        top.addWidget(QLabel("Round:"))
        top.addWidget(self.round_box)
        top.addSpacing(12)
        top.addWidget(self.headline, 1)
        second = QHBoxLayout()
        second.addWidget(self.next_up, 1)
        second.addWidget(self.auto_start)

        # all rooms
        c = self.control
        self.start_all = self._button("Start all", lambda: c.start(self.acting_round))
        self.pause_all = self._button("Pause all", lambda: c.pause_or_resume(self.acting_round))
        self.plus1_all = self._button("+1 min", lambda: c.extend(1, self.acting_round))
        self.plus5_all = self._button("+5 min", lambda: c.extend(5, self.acting_round))
        self.minus1_all = self._button("−1 min", lambda: c.extend(-1, self.acting_round))
        self.end_all = self._button(self.tr("End all…"), lambda: c.end(self.acting_round))
        self.end_all.setToolTip(self.tr("End the round in every room; asks first"))
        self.end_all.setAccessibleName(self.tr("End the round in all rooms"))
        self.restart_all = self._button(self.tr("Restart all…"), lambda: c.restart(self.acting_round))
        self.restart_all.setToolTip(self.tr("Restart the round from its full length in every room; asks first"))
        self.restart_all.setAccessibleName(self.tr("Restart the round in all rooms"))
        self.stage_all = self._button("Stage display…", lambda: self.open_stage_display(None))
        all_row = self._row("All rooms:", (self.start_all, self.pause_all, self.plus1_all, self.plus5_all,
                                           self.minus1_all, self.end_all, self.restart_all, self.stage_all))

        # the day's time: shown when rounds run late
        self.day_behind = DayBehindBanner()
        self.day_behind.shift_requested.connect(lambda: self._act(self.shift_day))

        # the rooms
        self.model = RoomStatusModel(self)
        self.table = make_table(self.model, stretch=1)
        self.table.setObjectName("overview_rooms")
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() * 2 + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.room_menu().exec(self.table.viewport().mapToGlobal(pos)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # the selected room
        rooms = self.selected_rooms
        self.start_room = self._button("Start", lambda: c.start(self.acting_round, rooms()))
        self.pause_room = self._button("Pause", lambda: c.pause_or_resume(self.acting_round, rooms()))
        self.plus1_room = self._button("+1 min", lambda: c.extend(1, self.acting_round, rooms()))
        self.plus5_room = self._button("+5 min", lambda: c.extend(5, self.acting_round, rooms()))
        self.minus1_room = self._button("−1 min", lambda: c.extend(-1, self.acting_round, rooms()))
        self.end_room = self._button("End", lambda: c.end(self.acting_round, rooms()))
        self.restart_room = self._button("Restart", lambda: c.restart(self.acting_round, rooms()))
        self.stage_room = self._button("Stage display…", lambda: self.open_stage_display(self.selected_room()))
        self.room_label = QLabel("Selected room:")
        room_row = self._row(self.room_label, (self.start_room, self.pause_room, self.plus1_room, self.plus5_room,
                                               self.minus1_room, self.end_room, self.restart_room, self.stage_room))

        # the stage message
        self.message = QLineEdit()
        self.message.setObjectName("overview_message")
        self.message.setMaxLength(MAX_MESSAGE)
        self.message.setPlaceholderText("A one-line message for the stage display, e.g. Please wrap up")
        self.message.returnPressed.connect(self.send_to_room)
        self.send_room = self._button("Send to room", self.send_to_room)
        self.send_all = self._button("Send to all rooms", self.send_to_all)
        self.clear_message = self._button("Clear", self.clear_messages)
        self.clear_message.setToolTip("Clear the message of the selected room, or of every room if none is selected")
        message_row = QHBoxLayout()
        message_row.addWidget(QLabel("Message:"))
        message_row.addWidget(self.message, 1)
        for button in (self.send_room, self.send_all, self.clear_message):
            message_row.addWidget(button)

        self.notice = QLabel()
        self.notice.setObjectName("overview_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b71c1c;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addLayout(all_row)
        layout.addWidget(self.day_behind)
        layout.addWidget(self.table, 1)
        layout.addLayout(room_row)
        layout.addLayout(message_row)
        layout.addWidget(self.notice)

        self.ticker.tick.connect(self.refresh)
        self._update_controls()

    # -- building --------------------------------------------------------------------------------------
    def _round_chosen(self, _row: int) -> None:
        self.refresh()

    def _selection_changed(self, *_args: Any) -> None:
        self._update_controls()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: self._act(slot))
        return button

    @staticmethod
    def _row(label: str | QLabel, buttons: Sequence[QPushButton]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(label if isinstance(label, QLabel) else QLabel(label))
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def room_menu(self) -> QMenu:
        """The right-click menu of the rooms table: the selected room's actions."""
        menu = QMenu(self)
        for button in (self.start_room, self.pause_room, self.plus1_room, self.plus5_room, self.minus1_room,
                       self.end_room, self.restart_room, self.stage_room):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(lambda _checked=False, b=button: b.click())
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    # -- state -------------------------------------------------------------------------------------------
    @property
    def round_uuid(self) -> str | None:
        """The round chosen in the header, or None for "the current round"."""
        value = self.round_box.currentData()
        return value if value else None

    @property
    def acting_round(self) -> str | None:
        """The round the buttons act on: the one on screen (so a click never lands on another round)."""
        return self._shown_round_uuid or self.round_uuid

    def select_round(self, round_uuid: str | None) -> None:
        self.round_box.setCurrentIndex(max(0, self.round_box.findData(round_uuid or "")))

    def selected_room(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        st = self.model.status(rows[0].row()) if rows else None
        return st.room_uuid if st is not None else None

    def selected_rooms(self) -> list[str]:
        room = self.selected_room()
        return [room] if room else []

    def select_room(self, room_uuid: str) -> None:
        row = self.model.row_of(room_uuid)
        if row >= 0:
            self.table.selectRow(row)

    def shown_round(self) -> Any | None:
        return self.control.round(self.round_uuid)

    # -- actions ------------------------------------------------------------------------------------------
    def _act(self, slot) -> None:
        self.notice.clear()
        slot()

    def show_refusal(self, message: str) -> None:
        self.notice.setText(message)

    def send_to_room(self) -> None:
        rooms = self.selected_rooms()
        if not rooms:
            self.show_refusal("Select a room in the table first, or send the message to all rooms.")
            return
        if self.control.send_message(self.message.text(), self.acting_round, rooms):
            self.message.clear()

    def send_to_all(self) -> None:
        if self.control.send_message(self.message.text(), self.acting_round):
            self.message.clear()

    def clear_messages(self) -> None:
        rooms = self.selected_rooms()
        self.control.send_message("", self.acting_round, rooms or None)

    def shift_day(self) -> bool:
        """Ask how to shift the rest of the day that is behind, then shift it (one undo step)."""
        index = self.controller.index
        delay = day_delay_in(index.snap, self.ticker.now()) if index is not None else None
        if delay is None or delay.next_item is None:
            self.show_refusal(self.tr("No round has run late with anything after it today: nothing to shift."))
            return False
        return shift_rest_of_day(self.window(), self.controller, delay, self.show_refusal)

    def open_stage_display(self, room_uuid: str | None) -> None:
        from ui.moderator.stage_display import open_stage_display

        open_stage_display(self.window(), self.controller, room_uuid)

    def _auto_start_toggled(self, checked: bool) -> None:
        index = self.controller.index
        w = index.snap.workshop if index is not None else None
        if w is None or bool(w.auto_start_next) == checked:
            return
        text = "Start rounds automatically" if checked else "Stop starting rounds automatically"
        self.controller.edit(text, call(S.update_workshop, uuid=w.uuid, expected_version=w.version,
                                        auto_start_next=checked),
                             on_refused=self.show_refusal)

    # -- showing ------------------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        """A new snapshot (from the main window): rebuild the round list, then show it at the ticker's now."""
        rounds = [rnd.uuid for rnd in index.snap.rounds]
        if rounds != self._round_uuids or update.touches("agenda_item", "round"):
            chosen = self.round_uuid
            self.round_box.blockSignals(True)
            self.round_box.clear()
            self.round_box.addItem("Current round", "")
            for rnd in index.snap.rounds:
                self.round_box.addItem(index.round_label(rnd), rnd.uuid)
            self.round_box.setCurrentIndex(max(0, self.round_box.findData(chosen or "")))
            self.round_box.blockSignals(False)
            self._round_uuids = rounds
        w = index.snap.workshop
        self.auto_start.blockSignals(True)
        self.auto_start.setChecked(bool(w is not None and w.auto_start_next))
        self.auto_start.setEnabled(w is not None)
        self.auto_start.blockSignals(False)
        self.refresh()

    def refresh(self, now: dt.datetime | None = None) -> None:
        """Show every room at ``now`` (default: the ticker's now)."""
        index = self.controller.index
        if index is None:
            return
        now = now if now is not None else self.ticker.now()
        statuses = room_statuses(index.snap, now, self.round_uuid)
        hosts = {st.room_uuid: index.hosts_text(index.theme_by_room[st.room_uuid].uuid)
                 for st in statuses if st.room_uuid in index.theme_by_room}
        self.model.set_statuses(statuses, hosts)
        rnd = index.rounds.get(statuses[0].round_uuid) if statuses and statuses[0].round_uuid else None
        self._shown_round_uuid = rnd.uuid if rnd is not None else None
        if rnd is None:
            set_text(self.headline, "No rounds on the agenda yet")
        else:
            state = index.round_state(rnd.uuid)
            prefix = {"running": "Now", "paused": "Now", "scheduled": "Next"}.get(state, "Done")
            set_text(self.headline, f"{prefix}: {index.round_label(rnd)} — {STATE_WORDS.get(state, state)}")
        next_up = statuses[0].next_up if statuses else ""
        set_text(self.next_up, next_up or "Nothing more on the agenda")
        self.day_behind.show_delay(day_delay_in(index.snap, now), index)
        self._update_controls(rnd)

    def _update_controls(self, rnd: Any = None) -> None:
        """Enable what applies to round ``rnd`` (default: the round shown) and the selected room."""
        index = self.controller.index
        if rnd is None and index is not None:
            rnd = self.shown_round()
        can = self.control.possible(rnd.uuid) if rnd is not None else None
        set_enabled(self.start_all, bool(can and can.start))
        set_text(self.pause_all, "Resume all" if can and can.resume else "Pause all")
        set_enabled(self.pause_all, bool(can and (can.pause or can.resume)))
        for button in (self.plus1_all, self.plus5_all, self.minus1_all, self.end_all):
            set_enabled(button, bool(can and can.change_time))
        set_enabled(self.restart_all, bool(can and can.restart))
        set_enabled(self.stage_all, index is not None)
        set_enabled(self.send_all, rnd is not None)

        room = self.selected_room()
        set_text(self.room_label, f"{index.room_name(room)}:" if room and index is not None else "Selected room:")
        one = self.control.possible(rnd.uuid, [room]) if room and rnd is not None else None
        set_enabled(self.start_room, bool(one and one.start))
        set_text(self.pause_room, "Resume" if one and one.resume else "Pause")
        set_enabled(self.pause_room, bool(one and (one.pause or one.resume)))
        for button in (self.plus1_room, self.plus5_room, self.minus1_room, self.end_room):
            set_enabled(button, bool(one and one.change_time))
        set_enabled(self.restart_room, bool(one and one.restart))
        set_enabled(self.stage_room, room is not None)
        set_enabled(self.send_room, room is not None and rnd is not None)
