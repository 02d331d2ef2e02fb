"""The rotation grid opens a combo box only on the cell being edited, and the mouse and the keys still
move groups as they did when every cell was a combo box: a click opens the cell's list of rooms, ↑/↓ in a
cell pick a room, Tab goes on to the next cell, and leaving a cell never sends its value again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from support import reading, wait_idle
from test_rotation_grid import cells

from ui.setup.rounds_view import WAITS_TEXT


def shown_grid(qtbot, win):
    win.show()
    win.show_place("rounds")
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    panel = win.views["rounds"].panel
    qtbot.waitUntil(lambda: panel.rotation_table.isVisible())
    return panel


def open_editors(panel) -> list[tuple[int, int]]:
    table, model = panel.rotation_table, panel.rotation
    return [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
            if table.indexWidget(model.index(r, c)) is not None]


def click_cell(qtbot, panel, row: int, column: int) -> None:
    table = panel.rotation_table
    rect = table.visualRect(panel.rotation.index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_no_cell_holds_a_combo_box_until_it_is_edited(qtbot, sample_window):
    panel = shown_grid(qtbot, sample_window)
    assert open_editors(panel) == []
    # every cell still reads as its room, for the eye and for screen readers
    table = panel.rotation_table
    assert table.model().data(table.model().index(0, 0)) == "Room XVI — Human rights"
    assert table.accessibleName() == "Rotation"


def test_a_click_opens_the_cells_list_and_only_that_cell_is_edited(qtbot, sample_window, sample_db):
    panel = shown_grid(qtbot, sample_window)
    before = cells(sample_db)
    click_cell(qtbot, panel, 0, 0)
    assert open_editors(panel) == [(0, 0)]
    combo = panel.rotation_table.indexWidget(panel.rotation.index(0, 0))
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list is open after one click
    assert combo.accessibleName() == "Room of Group A in Round 1 · 12:00–13:00"
    combo.hidePopup()
    # another cell: its combo box replaces the first one
    click_cell(qtbot, panel, 1, 2)
    assert open_editors(panel) == [(1, 2)]
    panel.rotation_table.indexWidget(panel.rotation.index(1, 2)).hidePopup()
    wait_idle(qtbot, sample_window.controller)
    assert cells(sample_db) == before  # nothing was sent by opening and leaving cells
    assert sample_window.controller.undo_stack.count() == 0


def test_keys_pick_a_room_and_tab_goes_on_without_sending_again(qtbot, sample_window, sample_db):
    panel = shown_grid(qtbot, sample_window)
    table = panel.rotation_table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)  # the keyboard reaches the first cell: it becomes its combo box
    assert table.currentIndex() == panel.rotation.index(0, 0)
    combo = panel.rotation_table.indexWidget(panel.rotation.index(0, 0))
    assert isinstance(combo, QComboBox) and combo.hasFocus()
    for _ in range(combo.count()):  # ↓ to the last choice, "waits", one pick per key as in a combo box
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    wait_idle(qtbot, sample_window.controller)
    assert (1, "Group A") not in cells(sample_db)
    assert panel.rotation.cell(0, 0) == WAITS_TEXT
    steps = sample_window.controller.undo_stack.count()
    # Tab leaves the cell for the next one: nothing is sent again
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    wait_idle(qtbot, sample_window.controller)
    assert sample_window.controller.undo_stack.count() == steps
    assert table.currentIndex().column() == 1 and open_editors(panel) == [(0, 1)]
    # Escape leaves the cell's combo box; the grid keeps its value
    qtbot.keyClick(panel.rotation_table.indexWidget(panel.rotation.index(0, 1)), Qt.Key.Key_Escape)
    assert open_editors(panel) == []
    assert panel.rotation.cell(0, 0) == WAITS_TEXT


def test_a_refused_pick_goes_back_in_the_open_cell(qtbot, sample_window, sample_db):
    panel = shown_grid(qtbot, sample_window)
    before = cells(sample_db)
    click_cell(qtbot, panel, 0, 0)
    combo = panel.rotation_table.indexWidget(panel.rotation.index(0, 0))
    combo.hidePopup()
    i = combo.findText("Room XI — Regular pathways")  # held by another group in round 1
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # XVI -> XI, the next choice
    assert combo.currentIndex() == i
    wait_idle(qtbot, sample_window.controller)
    assert cells(sample_db) == before
    assert panel.result.text().startswith("Not changed: Room XI already holds")
    assert combo.currentText() == "Room XVI — Human rights"


def test_a_large_grid_opens_no_editor_before_one_is_used(qtbot, sample_window, sample_db):
    """Twenty groups over the sample's rounds: still no combo box until a cell is edited."""
    from ui.workshop.ops import S, call

    panel = shown_grid(qtbot, sample_window)
    with reading(sample_db) as service:
        people = len(service.snapshot().participants)
    assert people >= 20
    sample_window.controller.edit("Assign groups", call(S.assign_groups, n_groups=20))
    wait_idle(qtbot, sample_window.controller)
    assert panel.rotation.rowCount() == 20
    assert open_editors(panel) == []
    click_cell(qtbot, panel, 19, 2)
    assert open_editors(panel) == [(19, 2)]


def test_a_room_chosen_in_the_list_a_click_opened_moves_the_group(qtbot, sample_window, sample_db):
    panel = shown_grid(qtbot, sample_window)
    click_cell(qtbot, panel, 0, 0)
    combo = panel.rotation_table.indexWidget(panel.rotation.index(0, 0))
    qtbot.waitUntil(lambda: combo.view().isVisible())
    popup = combo.view()
    popup.setCurrentIndex(combo.model().index(combo.count() - 1, 0))  # "waits", the last choice
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    wait_idle(qtbot, sample_window.controller)
    assert (1, "Group A") not in cells(sample_db)
    assert panel.rotation.cell(0, 0) == WAITS_TEXT
    assert sample_window.undo_action.text() == "Undo Group A waits in round 1"
