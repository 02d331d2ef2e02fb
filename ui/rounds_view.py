"""Rounds & rooms: the rotation (who sits where in each round) and each round's rooms.

Read-only: both grids are rebuilt from every snapshot.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from .item_models import GridModel
from .workshop_index import NONE_TEXT, WorkshopIndex

STATE_LABELS = {"scheduled": "", "running": "▶ running", "paused": "⏸ paused", "finished": "✓ finished"}


def _grid_table(model: GridModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return table


def _fit_height(table: QTableView) -> None:
    """No taller than its rows, so a small grid does not leave an empty box."""
    rows = table.verticalHeader().defaultSectionSize() * table.model().rowCount()
    table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)


def rotation_cells(index: WorkshopIndex) -> tuple[list[str], list[str], list[list[str]]]:
    """Rows = groups, columns = rounds, cell = the room (and its theme) the group sits in."""
    rounds = list(index.snap.rounds)
    cells = []
    for group in index.snap.groups:
        line = []
        for rnd in rounds:
            room_uuid = index.room_of.get((rnd.uuid, group.uuid))
            if room_uuid is None:
                line.append(NONE_TEXT)
                continue
            theme = index.theme_by_room.get(room_uuid)
            label = (theme.short_name or theme.title) if theme is not None else ""
            line.append(f"{index.room_name(room_uuid)} — {label}" if label else index.room_name(room_uuid))
        cells.append(line)
    return [g.name for g in index.snap.groups], [index.round_label(r) for r in rounds], cells


def rooms_cells(index: WorkshopIndex) -> tuple[list[str], list[str], list[list[str]]]:
    """Rows = rooms (with their theme), columns = rounds, cell = the group inside and the room's state."""
    rounds = list(index.snap.rounds)
    rows, cells = [], []
    for room in index.snap.rooms:
        theme = index.theme_by_room.get(room.uuid)
        rows.append(f"{room.name} · {theme.short_name or theme.title}" if theme is not None else room.name)
        line = []
        for rnd in rounds:
            group = index.group_in.get((rnd.uuid, room.uuid))
            state = STATE_LABELS.get(index.room_state(rnd.uuid, room.uuid), "")
            text = index.group_name(group) if group is not None else NONE_TEXT
            line.append(f"{text}   {state}" if state else text)
        cells.append(line)
    return rows, [index.round_label(r) for r in rounds], cells


class RoundsView(QWidget):
    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.rotation = GridModel(self)
        self.by_room = GridModel(self)
        self.rotation_table = _grid_table(self.rotation)
        self.rooms_table = _grid_table(self.by_room)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        for title, table in (("Rotation: where each group sits, round by round", self.rotation_table),
                             ("Rooms: who is inside, round by round", self.rooms_table)):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
            layout.addWidget(heading)
            layout.addWidget(table, 1)
            layout.addSpacing(8)
        layout.addStretch(0)

    def set_snapshot(self, index: WorkshopIndex, update: Any) -> None:
        self.rotation.set_grid(*rotation_cells(index))
        self.by_room.set_grid(*rooms_cells(index))
        for table in (self.rotation_table, self.rooms_table):
            _fit_height(table)
        if not index.snap.rounds:
            self.empty.setText("The agenda has no rounds yet: add agenda items of kind “Round” in Setup → Agenda.")
        elif not index.snap.assignments:
            self.empty.setText("No group has been placed in a room yet.")
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
