"""In the room: the note-taker's four columns, the summaries, and the host's brief.

* Pickers choose the room and the round. The room defaults to this laptop's
  room when one is set (:func:`ui.workshop.shared_workshop.this_laptop_room`), else
  the room shown last (QSettings); the round to
  :func:`cafe.clock.overview.current_round`. "All rounds" shows a room's notes of
  every round, read only.
* The view follows the round running in its room: when the moderator starts
  the next round, the notes typed from then on go to it (what was being
  typed is saved first, and an unfinished entry stays as that round's draft).
  A note-taker who picks another round on purpose stays there; when that round
  has ended while another runs, a banner says so, with Ctrl+R to go to the
  running round.
* The header shows the room, theme, hosts, round, the group inside, the
  theme's guiding questions (folding away, remembered) and the round's time
  left (:mod:`ui.room.notes_header`).
* A line under the columns lists the main keys; "All keys (F1)" (or F1
  anywhere in the room view) shows every key of the view, and hides it again
  (:func:`ui.room.notes_column.keys_tooltip`).
* Contributions posted from phones in the room (the venue pages) wait above the columns until
  the note-taker accepts or dismisses them (:mod:`ui.room.contributions_queue`).
* "Notes" holds the four columns (:mod:`ui.room.notes_column`, edited through
  :class:`~ui.room.notes_editor.NotesEditor`), the "Who" field of the selected item
  (:mod:`ui.room.notes_attributions`), the round summary and the theme's synthesis
  (:mod:`ui.room.notes_summary`). "Brief" is the host's brief (:mod:`ui.room.brief_view`).

Never losing text: every editor here saves at most one second after the
first unsaved keystroke and at once when it is left. On a switch of room or
round, when the view is hidden (another place, another tab), and when the
controller asks (:attr:`~ui.workshop.controller.WorkshopController.flush_requested`,
before closing or opening another workshop), :meth:`RoomView.flush` pushes
everything pending. See :mod:`ui.room.notes_editor` for the details; a summary
whose save was refused because another laptop changed it, and which is still
waiting for the user to merge, is saved with both texts then
(:mod:`ui.room.notes_summary`). Main thread.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cafe.storage.workshop_index import NOTE_CATEGORIES, WorkshopIndex
from ui.room.brief_view import BriefView
from ui.room.contributions_queue import ContributionQueue
from ui.room.notes_attributions import AttributionField, candidates
from ui.room.notes_column import NotesColumn, key_help, key_sections, keys_tooltip
from ui.room.notes_editor import NotesEditor
from ui.room.notes_header import NotesHeader
from ui.room.notes_summary import RoundSummaryEditor, SynthesisEditor
from ui.room.room_texts import category_title, round_label

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

ALL_ROUNDS = "all"
LAST_ROOM_KEY = "notes/last_room"


class RoomView(QWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self.room = QComboBox()
        self.room.setObjectName("room_picker")
        self.room.setMinimumContentsLength(18)
        self.round = QComboBox()
        self.round.setObjectName("round_picker")
        self.round.setMinimumContentsLength(22)
        self.room.activated.connect(lambda _i: self._picked(by_user=True))
        self.round.activated.connect(lambda _i: self._picked(by_user=True))
        self.room.setAccessibleName(self.tr("Room"))
        self.room.setAccessibleDescription(self.tr("The room whose notes are shown"))
        self.round.setAccessibleName(self.tr("Round"))
        self.round.setAccessibleDescription(self.tr("The round whose notes are shown; all rounds are read only"))
        room_label, round_label = QLabel(self.tr("Room:")), QLabel(self.tr("Round:"))
        room_label.setBuddy(self.room)
        round_label.setBuddy(self.round)
        top = QHBoxLayout()
        top.addWidget(room_label)
        top.addWidget(self.room)
        top.addSpacing(12)
        top.addWidget(round_label)
        top.addWidget(self.round)
        top.addStretch(1)
        self.header_widget = NotesHeader(controller)
        self.header = self.header_widget.label
        #: shown while notes go to a round that has ended although another one runs in this room
        self.ended_banner = QLabel()
        self.ended_banner.setObjectName("ended_round_banner")
        self.ended_banner.setWordWrap(True)
        self.ended_banner.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; padding: 6px; "
                                        "border: 1px solid #d8b600; }")
        self.ended_banner.hide()
        self.to_running = QPushButton()
        self.to_running.setObjectName("go_to_running_round")
        self.to_running.clicked.connect(self.go_to_running_round)
        self.to_running.hide()
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.ended_banner, 1)
        banner_row.addWidget(self.to_running)
        #: the shown round follows the one running in the room (until the note-taker picks another)
        self._following = True

        self.columns = {cat: NotesColumn(cat, category_title(cat, title), n)
                        for n, (cat, title) in enumerate(NOTE_CATEGORIES, start=1)}
        self.notes = NotesEditor(controller, self.columns, self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for i, column in enumerate(self.columns.values()):
            grid.addWidget(column, 0, i)
            grid.setColumnStretch(i, 1)
        self.attributions = AttributionField(
            lambda uuid, names, session: self.notes.set_attributions(uuid, names, session=session))
        self.keys = QLabel(key_help())
        self.keys.setObjectName("room_keys")
        self.keys.setStyleSheet("color: #555; font-size: 8.5pt;")
        self.keys.setWordWrap(True)
        self.keys.setToolTip(keys_tooltip())
        self.keys.setAccessibleName(self.tr("Keys of the note columns"))
        self.keys_button = QToolButton()
        self.keys_button.setObjectName("room_all_keys")
        self.keys_button.setText(self.tr("All keys (F1)"))
        self.keys_button.setCheckable(True)
        self.keys_button.setAutoRaise(True)
        self.keys_button.setAccessibleName(self.tr("Show every key of the room view"))
        self.keys_button.setToolTip(self.tr("Every key of the room view (F1 shows and hides them)"))
        self.all_keys = _keys_panel()
        self.all_keys.setAccessibleName(self.tr("Every key of the room view"))
        self.all_keys.hide()
        self.keys_button.toggled.connect(self.all_keys.setVisible)
        keys_row = QHBoxLayout()
        keys_row.addWidget(self.keys, 1)
        keys_row.addWidget(self.keys_button, 0, Qt.AlignmentFlag.AlignTop)
        columns_box = QWidget()
        box = QVBoxLayout(columns_box)
        box.setContentsMargins(0, 0, 0, 0)
        #: contributions from phones waiting for this room's note-taker (hidden while none waits)
        self.queue = ContributionQueue(controller, self._headings_of, self.notes.want_reload)
        self.queue.message.connect(controller.notice.emit)
        box.addWidget(self.queue)
        box.addLayout(grid, 1)
        box.addWidget(self.attributions)
        box.addLayout(keys_row)
        box.addWidget(self.all_keys)
        self.summary = RoundSummaryEditor(controller)
        self.synthesis = SynthesisEditor(controller)
        summaries = QSplitter(Qt.Orientation.Horizontal)
        summaries.addWidget(self.summary)
        summaries.addWidget(self.synthesis)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(columns_box)
        self.split.addWidget(summaries)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([560, 150])
        self.brief = BriefView(controller)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("room_tabs")
        self.tabs.addTab(self.split, self.tr("Notes"))
        self.tabs.addTab(self.brief, self.tr("Brief"))
        self.tabs.setAccessibleName(self.tr("Notes or the host's brief"))
        self.tabs.setTabToolTip(0, self.tr("The four columns, the Who field and the summaries"))
        self.tabs.setTabToolTip(1, self.tr("The host's brief for the next group"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header_widget)
        layout.addLayout(banner_row)
        layout.addWidget(self.tabs, 1)

        self._set_tab_order()
        self.notes.selection_changed.connect(self.attributions.show_note)
        self.notes.message.connect(controller.notice.emit)
        self.summary.message.connect(controller.notice.emit)
        self.synthesis.message.connect(controller.notice.emit)
        controller.flush_requested.connect(self.flush)

    def _set_tab_order(self) -> None:
        """Tab follows the reading order: pickers, questions, banner, tabs, each column (list, then its
        entry), Who, keys, the round summary (its buttons, tick, text), the synthesis, then the brief."""
        order: list[QWidget] = [self.room, self.round, self.header_widget.questions_toggle, self.to_running,
                                self.tabs.tabBar(), *self.queue.tab_order()]
        for column in self.columns.values():
            order += [column.list, column.entry]
        order += [self.attributions.edit, self.keys_button]
        for editor in (self.summary, self.synthesis):
            bar = editor.markup
            order += [bar.bold_button, bar.italic_button, bar.toggle]
            if editor is self.summary:
                order.append(self.summary.final)
            order += [editor.editor, editor.merge_button]
        order += self.brief.tab_order()
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- choosing the room and round ----------------------------------------------------------------
    def selected_room(self) -> str | None:
        return self.room.currentData()

    def selected_round(self) -> str | None:
        value = self.round.currentData()
        return None if value == ALL_ROUNDS else value

    def select(self, room_uuid: str | None, round_uuid: str | None = None) -> None:
        """Show one room in one round (None: all rounds, read only)."""
        i = self.room.findData(room_uuid)
        if i >= 0:
            self.room.setCurrentIndex(i)
        j = self.round.findData(round_uuid if round_uuid is not None else ALL_ROUNDS)
        if j >= 0:
            self.round.setCurrentIndex(j)
        self._picked(by_user=True)

    def _picked(self, *, by_user: bool = False) -> None:
        room, rnd = self.selected_room(), self.selected_round()
        if room is not None:
            QSettings().setValue(LAST_ROOM_KEY, room)
        if by_user:  # a round picked on purpose is kept; the running one (or none running) is followed
            running = self._running_round()
            self._following = running is None or running.uuid == rnd
        self.flush()
        self.notes.show(room, rnd)
        self._show_room()

    def _running_round(self) -> Any | None:
        from cafe.clock.overview import running_round_in

        return running_round_in(self.index.snap, self.selected_room()) if self.index is not None else None

    def show_room(self, room_uuid: str) -> None:
        """Show ``room_uuid`` in the round running there (or the workshop's current round), following it."""
        if self.index is None or room_uuid not in self.index.rooms:
            return
        from cafe.clock.overview import running_round_in

        running = running_round_in(self.index.snap, room_uuid)
        rnd = running.uuid if running is not None else (_current_round(self.index) or self.selected_round())
        self.select(room_uuid, rnd)

    def go_to_running_round(self) -> None:
        """Show the round running in this room (Ctrl+R); nothing when none runs."""
        running = self._running_round()
        if running is not None:
            self._following = True
            self.select(self.selected_room(), running.uuid)

    def _show_banner(self) -> None:
        running, rnd = self._running_round(), self.selected_round()
        state = None
        if self.index is not None and rnd is not None:
            rr = self.index.room_round.get((rnd, self.selected_room()))
            state = getattr(rr.state, "value", rr.state) if rr is not None else None
        ended = running is not None and rnd is not None and rnd != running.uuid and state == "finished"
        if ended and self.index is not None and running is not None:
            number = self.index.rounds[rnd].number if rnd in self.index.rounds else "?"
            self.ended_banner.setText(self.tr("You are adding to round {0}, which has ended. Round {1} is running "
                                              "in this room.").format(number, running.number))
            self.to_running.setText(self.tr("Go to round {0} (Ctrl+R)").format(running.number))
            self.to_running.setAccessibleName(self.tr("Go to the running round, round {0}").format(running.number))
        self.ended_banner.setVisible(ended)
        self.to_running.setVisible(ended)

    def _headings_of(self, category: str) -> list[str]:
        """The headings of one column of the room and round shown, in their order."""
        return list(dict.fromkeys(n.heading for n in self.notes.state.column(category) if n.heading))

    def _show_room(self) -> None:
        self._show_banner()
        room, rnd = self.selected_room(), self.selected_round()
        if self.index is not None:
            self.queue.show_queue(self.index.snap, room, rnd)
        self.header_widget.show_for(self.index, room, rnd)
        self.summary.show_for(self.index, room, rnd)
        self.synthesis.show_for(self.index, room)
        self.brief.show_for(room, rnd)

    def _default_room(self, index: WorkshopIndex) -> str | None:
        workshop = index.snap.workshop
        this_laptop_room: Callable[[str | None], str | None] | None
        try:
            from ui.workshop.shared_workshop import this_laptop_room
        except ImportError:
            this_laptop_room = None
        if this_laptop_room is not None and workshop is not None:
            room = this_laptop_room(workshop.uuid)
            if room in index.rooms:
                return room
        last = QSettings().value(LAST_ROOM_KEY)
        if last in index.rooms:
            return last
        return index.snap.rooms[0].uuid if index.snap.rooms else None

    # -- snapshots ------------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        previous, self.index = self.index, index
        if update.reopened:
            self.notes.workshop_opened()
            self.brief.close_projector()
            room, rnd = self._default_room(index), _current_round(index)
        else:
            room, rnd = self.selected_room(), self.round.currentData()
            from cafe.clock.overview import running_round_in

            running = running_round_in(index.snap, room)
            if self._following and running is not None and running.uuid != rnd and rnd != ALL_ROUNDS:
                self.flush()  # what was typed in the round shown so far is saved there first
                rnd = running.uuid
                self.controller.notice.emit(self.tr("Round {0} started: this room's notes now go to round {0}.")
                                            .format(running.number))
        if update.reopened:
            self._following = True
        self.room.clear()
        for r in index.snap.rooms:
            self.room.addItem(r.name, r.uuid)
        self.round.clear()
        for r in index.snap.rounds:
            self.round.addItem(round_label(index, r), r.uuid)
        self.round.addItem(self.tr("All rounds (read only)"), ALL_ROUNDS)
        i = self.room.findData(room)
        self.room.setCurrentIndex(i if i >= 0 else (0 if self.room.count() else -1))
        j = self.round.findData(rnd if rnd is not None else ALL_ROUNDS)
        self.round.setCurrentIndex(max(j, 0))
        if update.reopened or update.touches("participant"):
            snap = index.snap
            self.controller.read(lambda _service: candidates(snap), self.attributions.set_candidates)
        before = (self.notes.room_uuid, self.notes.round_uuid)
        self.notes.show(self.selected_room(), self.selected_round())
        notes_here = update.touches("note") and self._notes_changed_here(previous, index, update)
        if notes_here and before == (self.notes.room_uuid, self.notes.round_uuid):
            if update.uuids is not None and not update.own_only and "*" not in update.kinds:
                self.notes.read_named(update.uuids, self._shown_count(index))  # another laptop's notes
            else:
                self.notes.notes_changed(update.own_only and "*" not in update.kinds)
        self._show_room()
        self._show_banner()
        if notes_here or update.touches("round_summary", "theme", "assignment", "round", "group", "room",
                                        "agenda_item"):
            self.brief.changed()

    def _shown_count(self, index: WorkshopIndex) -> int:
        return index.note_count(self.notes.room_uuid, self.notes.round_uuid) if self.notes.room_uuid else 0

    def _notes_changed_here(self, previous: WorkshopIndex | None, index: WorkshopIndex,
                            update: SnapshotUpdate) -> bool:
        """Whether notes of the room shown changed: not when every change named its rows, none of them
        is shown here and the room's count of notes is the same (another room's note typed), so the
        cost of a note typed elsewhere does not grow with the notes of this room."""
        room = self.notes.room_uuid
        if update.uuids is None or "*" in update.kinds or update.reopened or previous is None or room is None:
            return True
        if previous.note_count(room) != index.note_count(room):
            return True
        return any(note.uuid in update.uuids for note in self.notes.state.notes())

    # -- never losing text ------------------------------------------------------------------------------
    def flush(self) -> None:
        """Push every pending edit now (see the module docstring)."""
        self.notes.flush()
        self.attributions.commit()
        self.summary.save(final=True)
        self.synthesis.save(final=True)

    def keyPressEvent(self, event) -> None:
        # Ctrl+R from anywhere in the room view (an entry, a column, a summary) that did not use the key
        if event.key() == Qt.Key.Key_R and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.go_to_running_round()
            event.accept()
            return
        if event.key() == Qt.Key.Key_F1 and not event.modifiers():
            self.keys_button.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)


def _keys_panel() -> QScrollArea:
    """Every key of the room view, a column per place, no taller than about eight lines (it scrolls)."""
    from html import escape

    inner = QWidget()
    inner.setObjectName("room_all_keys_panel")
    row = QHBoxLayout(inner)
    row.setContentsMargins(6, 4, 6, 4)
    row.setSpacing(16)
    for where, keys in key_sections():
        label = QLabel(f"<b>{escape(where)}</b><br>" + "<br>".join(escape(k) for k in keys))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet("font-size: 8.5pt;")
        row.addWidget(label, 1)
    area = QScrollArea()
    area.setObjectName("room_all_keys_list")
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMaximumHeight(inner.fontMetrics().lineSpacing() * 8 + 12)
    area.setStyleSheet("QScrollArea { background: #f4f4f4; border: 1px solid #ccc; }")
    return area


def _current_round(index: WorkshopIndex) -> str | None:
    from cafe.clock.overview import current_round

    rnd = current_round(index.snap, dt.datetime.now(dt.UTC).replace(tzinfo=None))
    return rnd.uuid if rnd is not None else None
