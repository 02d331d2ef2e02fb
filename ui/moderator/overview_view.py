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

The table is :mod:`ui.moderator.room_status_model`. Reading order for the
keyboard: the round, automatic start, the all-rooms buttons, the day's banner,
the rooms table, the selected room's buttons, the message and its buttons.

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
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
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

from cafe.clock.overview import MAX_MESSAGE, room_statuses
from cafe.clock.timekeeping import day_delay_in
from cafe.storage.workshop_index import WorkshopIndex
from ui.common.clock_ticker import ClockTicker, ticker_for
from ui.common.item_models import make_table
from ui.moderator.room_status_model import (  # noqa: F401 (the table's names, read by tests)
    BEHIND_COLUMN,
    COLUMNS,
    NOTES_COLUMN,
    PHASE_COLUMN,
    SUMMARY_COLUMN,
    TIME_COLUMN,
    RoomStatusModel,
    set_enabled,
    set_text,
    state_words,
)
from ui.moderator.round_control import RoundControl
from ui.moderator.shift_day import DayBehindBanner, shift_rest_of_day
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

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
        self.round_box.setAccessibleName(self.tr("Round shown"))
        self.round_box.setAccessibleDescription(self.tr("The round the table and the buttons show; "
                                                        "Current round follows the agenda"))
        self.round_box.currentIndexChanged.connect(self._round_chosen)
        self.headline = QLabel()
        self.headline.setObjectName("overview_headline")
        self.headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.next_up = QLabel()
        self.next_up.setObjectName("overview_next_up")
        self.next_up.setStyleSheet("font-size: 11pt;")
        self.auto_start = QCheckBox(self.tr("Start each round automatically at its agenda time"))
        self.auto_start.setToolTip(self.tr("When a round's time comes and no other round is running or paused, "
                                           "it starts in all its rooms, timed from its agenda start."))
        self.auto_start.toggled.connect(self._auto_start_toggled)
        top = QHBoxLayout()
        round_label = QLabel(self.tr("Ro&und:"))
        round_label.setBuddy(self.round_box)
        top.addWidget(round_label)
        top.addWidget(self.round_box)
        top.addSpacing(12)
        top.addWidget(self.headline, 1)
        second = QHBoxLayout()
        second.addWidget(self.next_up, 1)
        second.addWidget(self.auto_start)

        # all rooms
        c = self.control
        self.start_all = self._button(self.tr("Start all"), lambda: c.start(self.acting_round))
        self.start_all.setAccessibleName(self.tr("Start the round in all rooms"))
        self.pause_all = self._button(self.tr("Pause all"), lambda: c.pause_or_resume(self.acting_round))
        self.plus1_all = self._button(self.tr("+1 min"), lambda: c.extend(1, self.acting_round))
        self.plus1_all.setAccessibleName(self.tr("Add 1 minute in all rooms"))
        self.plus5_all = self._button(self.tr("+5 min"), lambda: c.extend(5, self.acting_round))
        self.plus5_all.setAccessibleName(self.tr("Add 5 minutes in all rooms"))
        self.minus1_all = self._button(self.tr("−1 min"), lambda: c.extend(-1, self.acting_round))
        self.minus1_all.setAccessibleName(self.tr("Remove 1 minute in all rooms"))
        self.end_all = self._button(self.tr("End all…"), lambda: c.end(self.acting_round))
        self.end_all.setToolTip(self.tr("End the round in every room; asks first"))
        self.end_all.setAccessibleName(self.tr("End the round in all rooms"))
        self.restart_all = self._button(self.tr("Restart all…"), lambda: c.restart(self.acting_round))
        self.restart_all.setToolTip(self.tr("Restart the round from its full length in every room; asks first"))
        self.restart_all.setAccessibleName(self.tr("Restart the round in all rooms"))
        self.stage_all = self._button(self.tr("Stage display…"), lambda: self.open_stage_display(None))
        self.stage_all.setAccessibleName(self.tr("Open the stage display for all rooms"))
        all_row = self._row(self.tr("All rooms:"), (self.start_all, self.pause_all, self.plus1_all, self.plus5_all,
                                           self.minus1_all, self.end_all, self.restart_all, self.stage_all))

        # the day's time: shown when rounds run late
        self.day_behind = DayBehindBanner()
        self.day_behind.shift_requested.connect(lambda: self._act(self.shift_day))

        # the rooms
        self.model = RoomStatusModel(self)
        self.table = make_table(self.model, stretch=1)
        self.table.setObjectName("overview_rooms")
        self.table.setAccessibleName(self.tr("Rooms in the round"))
        self.table.setAccessibleDescription(self.tr("One row per room: theme, hosts, group, phase, time left, "
                                                    "message, next group, notes, summary and delay; "
                                                    "the buttons below act on the selected room"))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() * 2 + 8)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.room_menu().exec(self.table.viewport().mapToGlobal(pos)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # the selected room
        rooms = self.selected_rooms
        self.start_room = self._button(self.tr("Start"), lambda: c.start(self.acting_round, rooms()))
        self.start_room.setAccessibleName(self.tr("Start the round in the selected room"))
        self.pause_room = self._button(self.tr("Pause"), lambda: c.pause_or_resume(self.acting_round, rooms()))
        self.plus1_room = self._button(self.tr("+1 min"), lambda: c.extend(1, self.acting_round, rooms()))
        self.plus1_room.setAccessibleName(self.tr("Add 1 minute in the selected room"))
        self.plus5_room = self._button(self.tr("+5 min"), lambda: c.extend(5, self.acting_round, rooms()))
        self.plus5_room.setAccessibleName(self.tr("Add 5 minutes in the selected room"))
        self.minus1_room = self._button(self.tr("−1 min"), lambda: c.extend(-1, self.acting_round, rooms()))
        self.minus1_room.setAccessibleName(self.tr("Remove 1 minute in the selected room"))
        self.end_room = self._button(self.tr("End"), lambda: c.end(self.acting_round, rooms()))
        self.end_room.setAccessibleName(self.tr("End the round in the selected room"))
        self.restart_room = self._button(self.tr("Restart"), lambda: c.restart(self.acting_round, rooms()))
        self.restart_room.setAccessibleName(self.tr("Restart the round in the selected room"))
        self.stage_room = self._button(self.tr("Stage display…"), lambda: self.open_stage_display(self.selected_room()))
        self.stage_room.setAccessibleName(self.tr("Open the stage display for the selected room"))
        self.room_label = QLabel(self.tr("Selected room:"))
        room_row = self._row(self.room_label, (self.start_room, self.pause_room, self.plus1_room, self.plus5_room,
                                               self.minus1_room, self.end_room, self.restart_room, self.stage_room))

        # the stage message
        self.message = QLineEdit()
        self.message.setObjectName("overview_message")
        self.message.setMaxLength(MAX_MESSAGE)
        self.message.setPlaceholderText(self.tr("A one-line message for the stage display, e.g. Please wrap up"))
        self.message.setAccessibleName(self.tr("Stage message"))
        self.message.setAccessibleDescription(self.tr("Shown on the stage display of the selected room or of all "
                                                      "rooms; Enter sends it to the selected room"))
        self.message.returnPressed.connect(self.send_to_room)
        self.send_room = self._button(self.tr("Send to room"), self.send_to_room)
        self.send_all = self._button(self.tr("Send to all rooms"), self.send_to_all)
        self.clear_message = self._button(self.tr("Clear"), self.clear_messages)
        self.clear_message.setToolTip(self.tr("Clear the message of the selected room, or of every room "
                                              "if none is selected"))
        self.clear_message.setAccessibleName(self.tr("Clear the stage message"))
        message_row = QHBoxLayout()
        message_label = QLabel(self.tr("&Message:"))
        message_label.setBuddy(self.message)
        message_row.addWidget(message_label)
        message_row.addWidget(self.message, 1)
        for button in (self.send_room, self.send_all, self.clear_message):
            message_row.addWidget(button)

        self.notice = QLabel()
        self.notice.setObjectName("overview_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #b71c1c;")
        self.notice.setAccessibleName(self.tr("Why an action was refused"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addLayout(all_row)
        layout.addWidget(self.day_behind)
        layout.addWidget(self.table, 1)
        layout.addLayout(room_row)
        layout.addLayout(message_row)
        layout.addWidget(self.notice)

        # reading order: the round, auto start, all rooms' buttons, the day's banner, the rooms, the
        # selected room's buttons, the message
        chain = [self.round_box, self.auto_start, self.start_all, self.pause_all, self.plus1_all, self.plus5_all,
                 self.minus1_all, self.end_all, self.restart_all, self.stage_all, self.day_behind.button, self.table,
                 self.start_room, self.pause_room, self.plus1_room, self.plus5_room, self.minus1_room,
                 self.end_room, self.restart_room, self.stage_room, self.message, self.send_room, self.send_all,
                 self.clear_message]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

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
            self.table.setCurrentIndex(self.model.index(row, 0))  # selectRow picks none in RTL before layout

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
            self.show_refusal(self.tr("Select a room in the table first, or send the message to all rooms."))
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
        text = self.tr("Start rounds automatically") if checked else self.tr("Stop starting rounds automatically")
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
            self.round_box.addItem(self.tr("Current round"), "")
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
            set_text(self.headline, self.tr("No rounds on the agenda yet"))
        else:
            state = index.round_state(rnd.uuid)
            if state in ("running", "paused"):
                line = self.tr("Now: {0} — {1}")
            elif state == "scheduled":
                line = self.tr("Next: {0} — {1}")
            else:
                line = self.tr("Done: {0} — {1}")
            set_text(self.headline, line.format(index.round_label(rnd), state_words(state)))
        next_up = statuses[0].next_up if statuses else ""
        set_text(self.next_up, next_up or self.tr("Nothing more on the agenda"))
        self.day_behind.show_delay(day_delay_in(index.snap, now), index)
        self._update_controls(rnd)

    def _update_controls(self, rnd: Any = None) -> None:
        """Enable what applies to round ``rnd`` (default: the round shown) and the selected room."""
        index = self.controller.index
        if rnd is None and index is not None:
            rnd = self.shown_round()
        can = self.control.possible(rnd.uuid) if rnd is not None else None
        set_enabled(self.start_all, bool(can and can.start))
        set_text(self.pause_all, self.tr("Resume all") if can and can.resume else self.tr("Pause all"))
        self.pause_all.setAccessibleName(self.tr("Resume the round in all rooms") if can and can.resume
                                         else self.tr("Pause the round in all rooms"))
        set_enabled(self.pause_all, bool(can and (can.pause or can.resume)))
        for button in (self.plus1_all, self.plus5_all, self.minus1_all, self.end_all):
            set_enabled(button, bool(can and can.change_time))
        set_enabled(self.restart_all, bool(can and can.restart))
        set_enabled(self.stage_all, index is not None)
        set_enabled(self.send_all, rnd is not None)

        room = self.selected_room()
        set_text(self.room_label, self.tr("{0}:").format(index.room_name(room)) if room and index is not None
                 else self.tr("Selected room:"))
        one = self.control.possible(rnd.uuid, [room]) if room and rnd is not None else None
        set_enabled(self.start_room, bool(one and one.start))
        set_text(self.pause_room, self.tr("Resume") if one and one.resume else self.tr("Pause"))
        self.pause_room.setAccessibleName(self.tr("Resume the round in the selected room") if one and one.resume
                                          else self.tr("Pause the round in the selected room"))
        set_enabled(self.pause_room, bool(one and (one.pause or one.resume)))
        for button in (self.plus1_room, self.plus5_room, self.minus1_room, self.end_room):
            set_enabled(button, bool(one and one.change_time))
        set_enabled(self.restart_room, bool(one and one.restart))
        set_enabled(self.stage_room, room is not None)
        set_enabled(self.send_room, room is not None and rnd is not None)
