"""Room notes: one room's notes in a round (or all rounds), in the four columns of the report.

Read-only. Notes are not part of the snapshot: they are read on the worker
when the room or round changes, or when a change touches notes.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from .item_models import NotesModel
from .workshop_index import NOTE_CATEGORIES, STATE_TEXT, WorkshopIndex, value_of

ALL_ROUNDS = "all"


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's current width (never elided)."""

    def sizeHint(self, option, index):
        view = self.parent()
        width = max(view.viewport().width() - 2 * view.spacing() - 8, 80)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect = opt.fontMetrics.boundingRect(0, 0, width, 100000,
                                            int(Qt.TextFlag.TextWordWrap.value), opt.text)
        return QSize(width, rect.height() + 6)


class NotesColumn(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.heading = QLabel(title)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.model = NotesModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setItemDelegate(_WrappingDelegate(self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def set_notes(self, notes: list[Any]) -> None:
        self.model.set_notes(notes)
        self.heading.setText(f"{self.title} ({self.model.note_total})")


class RoomView(QWidget):
    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self._request = 0
        self.room = QComboBox()
        self.room.setMinimumContentsLength(18)
        self.round = QComboBox()
        self.round.setMinimumContentsLength(22)
        self.room.activated.connect(lambda _i: self.load_notes())
        self.round.activated.connect(lambda _i: self.load_notes())
        top = QHBoxLayout()
        top.addWidget(QLabel("Room:"))
        top.addWidget(self.room)
        top.addSpacing(12)
        top.addWidget(QLabel("Round:"))
        top.addWidget(self.round)
        top.addStretch(1)
        self.header = QLabel()
        self.header.setObjectName("room_header")
        self.header.setWordWrap(True)
        self.columns = {cat: NotesColumn(title) for cat, title in NOTE_CATEGORIES}
        grid = QGridLayout()
        for i, column in enumerate(self.columns.values()):
            grid.addWidget(column, 0, i)
            grid.setColumnStretch(i, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addLayout(grid, 1)

    def selected_room(self) -> str | None:
        return self.room.currentData()

    def selected_round(self) -> str | None:
        value = self.round.currentData()
        return None if value == ALL_ROUNDS else value

    def select(self, room_uuid: str | None, round_uuid: str | None = None) -> None:
        """Show one room in one round (None: all rounds) and load its notes."""
        i = self.room.findData(room_uuid)
        if i >= 0:
            self.room.setCurrentIndex(i)
        j = self.round.findData(round_uuid if round_uuid is not None else ALL_ROUNDS)
        if j >= 0:
            self.round.setCurrentIndex(j)
        self.load_notes()

    def set_snapshot(self, index: WorkshopIndex, update: Any) -> None:
        self.index = index
        room, rnd = self.selected_room(), self.round.currentData()
        self.room.clear()
        for r in index.snap.rooms:
            self.room.addItem(r.name, r.uuid)
        self.round.clear()
        self.round.addItem("All rounds", ALL_ROUNDS)
        for r in index.snap.rounds:
            self.round.addItem(index.round_label(r), r.uuid)
        self.room.setCurrentIndex(max(self.room.findData(room), 0) if room and self.room.count() else 0)
        self.round.setCurrentIndex(max(self.round.findData(rnd), 0) if rnd else 0)
        self._show_header()
        if update.touches("note", "room", "round", "theme") or update.reopened:
            self.load_notes()

    def _show_header(self) -> None:
        index, room_uuid = self.index, self.selected_room()
        if index is None or room_uuid is None:
            self.header.setText("This workshop has no rooms yet.")
            return
        theme = index.theme_by_room.get(room_uuid)
        parts = []
        if theme is None:
            parts.append("<b>No theme in this room.</b>")
        else:
            parts.append(f"<b>{escape(theme.title)}</b>")
            hosts = index.hosts_text(theme.uuid)
            takers = index.hosts_text(theme.uuid, "note-taker")
            if hosts:
                parts.append(f"Hosted by {escape(hosts)}")
            if takers:
                parts.append(f"Note-taking: {escape(takers)}")
        rnd = self.selected_round()
        if rnd is not None:
            group = index.group_in.get((rnd, room_uuid))
            state = STATE_TEXT.get(index.room_state(rnd, room_uuid), "")
            parts.append(f"{escape(index.group_name(group)) if group else 'No group'} · {state}")
            summary = index.summary_of.get((rnd, room_uuid))
            if summary is not None and summary.text.strip():
                parts.append(f"<i>Summary:</i> {escape(summary.text.strip())}")
        self.header.setText("<br>".join(parts))

    def load_notes(self) -> None:
        """Read the selected room's notes on the worker; a newer request wins."""
        self._show_header()
        room, rnd = self.selected_room(), self.selected_round()
        self._request += 1
        request = self._request
        if room is None:
            self._show_notes(request, [])
            return
        self.controller.read(lambda service: service.notes(room, rnd),
                             lambda notes: self._show_notes(request, notes))

    def _show_notes(self, request: int, notes: list[Any]) -> None:
        if request != self._request:
            return
        by_category: dict[str, list[Any]] = {cat: [] for cat in self.columns}
        for note in notes:
            by_category.setdefault(value_of(note.category), []).append(note)
        for cat, column in self.columns.items():
            column.set_notes(by_category[cat])
