"""Rounds & rooms: the rotation of groups across rooms, editable; each round's rooms; World Café seating.

The rotation grid has a row per group and a column per round; each cell is a
choice among the rooms with a theme and "waits". Changing a cell asks the
service to move the group (one undo step); a move that breaks a rule (a
room holding two groups in one round, a group visiting a room twice) is
refused with the reason and the cell goes back. "Build rotation" fills the
whole grid and says plainly what the numbers cannot satisfy. The problems of
the grid as it stands are listed under it. The rooms grid below is read-only.

The grid's model and its one-cell editor are in :mod:`ui.setup.rotation_grid`.
The "World Café seating" tab seats individuals instead (:mod:`ui.setup.people_seating`);
"Projector: moves…" opens :class:`ui.setup.moves_display.MovesDisplay`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cafe.storage.workshop_index import NONE_TEXT, WorkshopIndex
from ui.common.item_models import GridModel
from ui.setup.people_seating import SeatingPanel
from ui.setup.rotation_grid import WAITS_TEXT, RoomChoiceDelegate, RotationModel, room_label, waits_text
from ui.setup.texts import QT_TRANSLATE_NOOP
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

STATE_LABELS = {"scheduled": "", "running": QT_TRANSLATE_NOOP("rounds_view", "▶ running"),
                "paused": QT_TRANSLATE_NOOP("rounds_view", "⏸ paused"),
                "finished": QT_TRANSLATE_NOOP("rounds_view", "✓ finished")}
#: the narrowest a round's column gets (wide enough for "Room XVI — Human rights"); more rounds scroll
MIN_ROUND_WIDTH = 170
__all__ = ["WAITS_TEXT", "RoomChoiceDelegate", "RotationModel", "RotationPanel", "RoundsView", "room_label"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("rounds_view", text)


def _grid_table(model: QAbstractTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    # a conference's twenty rounds scroll sideways rather than shrink to unreadable columns
    table.horizontalHeader().setMinimumSectionSize(MIN_ROUND_WIDTH)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return table


def _fit_height(table: QTableView) -> None:
    """No taller than its rows (and the sideways scroll bar when the rounds need one), so a small grid
    does not leave an empty box."""
    rows = table.verticalHeader().defaultSectionSize() * table.model().rowCount()
    header = table.horizontalHeader()
    sideways = table.horizontalScrollBar().sizeHint().height() \
        if header.count() * header.minimumSectionSize() > table.viewport().width() else 0
    table.setMaximumHeight(header.sizeHint().height() + rows + sideways + 2 * table.frameWidth() + 2)


def theme_rooms(index: WorkshopIndex) -> list[Any]:
    """The rooms groups rotate through: those with a theme, in room order."""
    return [r for r in index.snap.rooms if r.uuid in index.theme_by_room]


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
            state = _tr(state) if state else ""
            text = index.group_name(group) if group is not None else NONE_TEXT
            line.append(f"{text}   {state}" if state else text)
        cells.append(line)
    return rows, [index.round_label(r) for r in rounds], cells


def grid_problems(index: WorkshopIndex) -> list[str]:
    """What the rotation as it stands breaks or cannot do, in words (empty: nothing to say)."""
    from cafe.people import rotation

    groups = [g.uuid for g in index.snap.groups]
    rooms = [r.uuid for r in theme_rooms(index)]
    rounds = [r.uuid for r in index.snap.rounds]
    if not groups or not rounds:
        return []
    labels = {g.uuid: g.name for g in index.snap.groups} | {r.uuid: r.name for r in index.snap.rooms} \
        | {r.uuid: QCoreApplication.translate("rounds_view", "round {0}").format(r.number) for r in index.snap.rounds}
    cells = {(a.round_uuid, a.group_uuid): a.room_uuid for a in index.snap.assignments}
    broken = rotation.validate(cells, groups, rooms, rounds, labels=labels)
    known = [c for c in cells if c[0] in set(rounds) and c[1] in set(groups)]
    sizes = list(rotation.Schedule.from_cells(groups, rooms, rounds, {c: cells[c] for c in known}).problems)
    unplaced = [labels[g] for g in groups if rooms and not any(cells.get((r, g)) for r in rounds)]
    out = [QCoreApplication.translate("rounds_view", "Rule broken: {0}").format(p) for p in broken] + sizes
    if unplaced and index.snap.assignments:
        out.append((QCoreApplication.translate("rounds_view", "{0} has no room in any round: press “Build rotation” to place every group.")
                    if len(unplaced) == 1 else
                    QCoreApplication.translate("rounds_view", "{0} have no room in any round: press “Build rotation” to place every group."))
                   .format(", ".join(unplaced)))
    return out


class RotationPanel(QWidget):
    """The editable rotation grid, its "Build rotation" button and the grid's problems, then the rooms grid."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self.rotation = RotationModel(self)
        self.rotation.on_edit = self.move_group
        self.delegate = RoomChoiceDelegate(self)
        self.rotation_table = QTableView()
        self.rotation_table.setModel(self.rotation)
        self.rotation_table.setItemDelegate(self.delegate)
        self.rotation_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # the cell reached by the keyboard or a click becomes its combo box (one at a time)
        self.rotation_table.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                                            | QAbstractItemView.EditTrigger.DoubleClicked
                                            | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.rotation_table.setAccessibleName(self.tr("Rotation"))
        self.rotation_table.setAccessibleDescription(self.tr(
            "Rows are groups, columns are rounds; each cell is the room the group sits in"))
        self.rotation_table.clicked.connect(self._clicked)
        self.rotation_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rotation_table.horizontalHeader().setMinimumSectionSize(MIN_ROUND_WIDTH)
        self.rotation_table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 6)
        self.rotation_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.by_room = GridModel(self)
        self.rooms_table = _grid_table(self.by_room)
        self.rooms_table.setAccessibleName(self.tr("Rooms, round by round"))
        self.rooms_table.setAccessibleDescription(self.tr(
            "Rows are rooms, columns are rounds; each cell is the group inside and the room's state"))

        self.build_button = QPushButton(self.tr("Build rotation"))
        self.build_button.setToolTip(self.tr("Fill the whole grid: every group sees every theme once when the "
                                             "numbers allow"))
        self.build_button.clicked.connect(self.build)
        self.result = QLabel()
        self.result.setObjectName("rotation_result")
        self.result.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("rotation_problems")
        self.problems.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Rotation: where each group sits, round by round (choose a room in a cell to move "
                                 "a group)"))
        heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        heading.setWordWrap(True)
        top.addWidget(heading, 1)
        top.addWidget(self.build_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(top)
        layout.addWidget(self.rotation_table, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.problems)
        layout.addSpacing(8)
        rooms_heading = QLabel(self.tr("Rooms: who is inside, round by round"))
        rooms_heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        layout.addWidget(rooms_heading)
        layout.addWidget(self.rooms_table, 1)
        layout.addStretch(0)

    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        first = self.index is None or update.reopened
        self.index = index
        if not first and not update.touches("group", "room", "theme", "round", "agenda_item", "assignment",
                                            "room_round"):
            return
        choices = [(room_label(index, r.uuid), r.uuid) for r in theme_rooms(index)] + [(waits_text(), None)]
        rechoose = choices != self.delegate.choices
        self.delegate.choices = choices
        reshaped = self.rotation.set_index(index)
        self._refresh_editors(reopen=reshaped or rechoose)
        self.by_room.set_grid(*rooms_cells(index))
        _fit_height(self.rooms_table)
        _fit_height(self.rotation_table)
        if not index.snap.rounds:
            self.empty.setText(self.tr("The agenda has no rounds yet: add agenda items of kind “Round” in Setup → "
                                       "Agenda."))
        elif not index.snap.groups:
            self.empty.setText(self.tr("There are no groups yet: assign them in Setup → Groups."))
        elif not index.snap.assignments:
            self.empty.setText(self.tr("No group has been placed in a room yet: press “Build rotation”."))
        else:
            self.empty.setText("")
        self.empty.setVisible(bool(self.empty.text()))
        self.problems.setText("\n".join(f"• {p}" for p in grid_problems(index)))

    def _refresh_editors(self, *, reopen: bool) -> None:
        """The cell being edited shows its room again (a refused edit goes back here); with other
        choices (rooms or themes changed) its combo box is closed, to open again with the new ones."""
        table = self.rotation_table
        for editor, where in list(self.delegate.editors.items()):
            if not where.isValid():
                continue
            idx = self.rotation.index(where.row(), where.column())
            if reopen:
                table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            else:
                self.delegate.setEditorData(editor, idx)

    def _clicked(self, idx: QModelIndex) -> None:
        """One click on a cell opens its list of rooms, as a click on a combo box does."""
        table = self.rotation_table
        if table.indexWidget(idx) is None:  # the cell was current already, its editor closed (Escape)
            table.edit(idx)
        editor = table.indexWidget(idx)
        if isinstance(editor, QComboBox) and editor.isVisible():
            editor.showPopup()

    def editor(self, row: int, column: int) -> QComboBox:
        """The combo box of one cell, opened for editing (closing the one open elsewhere)."""
        table = self.rotation_table
        idx = self.rotation.index(row, column)
        for other, where in list(self.delegate.editors.items()):
            if where.isValid() and (where.row(), where.column()) != (row, column):
                table.closeEditor(other, QAbstractItemDelegate.EndEditHint.NoHint)
        if table.indexWidget(idx) is None:
            table.setCurrentIndex(idx)
            if table.indexWidget(idx) is None:
                table.edit(idx)
        return cast(QComboBox, table.indexWidget(idx))

    # -- actions -------------------------------------------------------------------------------
    def move_group(self, round_uuid: str, group_uuid: str, room_uuid: str | None, row: int, column: int) -> None:
        index = self.index
        assert index is not None  # the grid shows a workshop
        group = index.group_name(group_uuid)
        rnd = index.rounds.get(round_uuid)
        assert rnd is not None  # a round of the grid
        where = index.room_name(room_uuid) if room_uuid else None
        text = (self.tr("Move {0} to {1} in round {2}").format(group, where, rnd.number) if where else
                self.tr("{0} waits in round {1}").format(group, rnd.number))

        def saved(_changes) -> None:
            self.result.setText(self.tr("{0}: done.").format(text))

        def refused(message: str) -> None:
            self.result.setText(self.tr("Not changed: {0}").format(message))
            if 0 <= row < self.rotation.rowCount() and 0 <= column < self.rotation.columnCount():
                idx = self.rotation.index(row, column)
                editor = self.rotation_table.indexWidget(idx)
                if editor is not None:
                    self.delegate.setEditorData(editor, idx)

        self.controller.edit(text, call(S.move_in_rotation, round_uuid=round_uuid, group_uuid=group_uuid,
                                        room_uuid=room_uuid),
                             on_saved=saved, on_refused=refused)

    def build(self) -> None:
        def saved(changes) -> None:
            problems = changes.row.problems if changes.row is not None else ()
            text = self.tr("Rotation built: every group sees every theme once.") if not problems else \
                self.tr("Rotation built. {0}").format(" ".join(problems))
            self.result.setText(text)

        self.controller.edit(self.tr("Build rotation"), call(S.build_rotation), on_saved=saved,
                             on_refused=lambda message: self.result.setText(self.tr("Not built: {0}").format(message)))


class RoundsView(QWidget):
    """The two ways people move between rounds, in tabs; see the module docstring."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self.panel = RotationPanel(controller)
        self.seating = SeatingPanel(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.panel, self.tr("Groups rotate"))
        self.tabs.addTab(self.seating, self.tr("World Café seating"))
        self.projector_button = QPushButton(self.tr("Projector: moves between rounds…"))
        self.projector_button.setAccessibleName(self.tr("Projector: moves between rounds"))
        self.projector_button.setToolTip(self.tr("A full-screen view for the move: “Round 2 — Group A → Room XI”"))
        self.projector_button.clicked.connect(self.open_projector)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.projector_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        # the grids, under the names other code and tests know them by
        self.rotation = self.panel.rotation
        self.by_room = self.panel.by_room
        self.rotation_table = self.panel.rotation_table
        self.rooms_table = self.panel.rooms_table

    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        self.index = index
        self.panel.set_snapshot(index, update)
        self.seating.set_snapshot(index, update)

    def open_projector(self):
        from ui.setup.moves_display import open_moves_display

        return open_moves_display(self.controller, self.window())
