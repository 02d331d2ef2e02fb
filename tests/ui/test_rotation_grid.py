"""Rounds & rooms: the rotation grid is edited cell by cell, a move that breaks a rule is refused with
the reason and the cell goes back, and "Build rotation" fills the grid and says what cannot be done."""

from __future__ import annotations

from support import reading, wait_idle

from ui.setup.rounds_view import WAITS_TEXT


def cells(db) -> dict[tuple[int, str], str]:
    """(round number, group name) -> room name, as stored."""
    with reading(db) as service:
        snap = service.snapshot()
        rounds = {r.uuid: r.number for r in snap.rounds}
        groups = {g.uuid: g.name for g in snap.groups}
        rooms = {r.uuid: r.name for r in snap.rooms}
        return {(rounds[a.round_uuid], groups[a.group_uuid]): rooms[a.room_uuid] for a in snap.assignments}


def pick(panel, row: int, column: int, text: str) -> None:
    """Choose ``text`` in a cell's combo box as a user does."""
    combo = panel.editor(row, column)
    i = combo.findText(text)
    assert i >= 0, [combo.itemText(n) for n in range(combo.count())]
    combo.setCurrentIndex(i)
    combo.activated.emit(i)


def test_every_cell_is_a_choice_of_the_themed_rooms_or_waiting(sample_window):
    panel = sample_window.views["rounds"].panel
    combo = panel.editor(0, 0)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Room XVI — Human rights", "Room XI — Regular pathways", "Room VII — Fair recruitment", WAITS_TEXT]
    assert combo.currentText() == panel.rotation.cell(0, 0) == "Room XVI — Human rights"
    assert panel.problems.text() == ""


def test_letting_a_group_wait_is_saved_and_reported(qtbot, sample_window, sample_db):
    panel = sample_window.views["rounds"].panel
    pick(panel, 0, 0, WAITS_TEXT)
    wait_idle(qtbot, sample_window.controller)
    assert (1, "Group A") not in cells(sample_db)
    assert panel.rotation.cell(0, 0) == WAITS_TEXT and panel.editor(0, 0).currentText() == WAITS_TEXT
    assert sample_window.undo_action.text() == "Undo Group A waits in round 1"
    assert "• Room XVI" not in panel.problems.text()
    # Room XVI is now free in round 1, so Group A can come back to it
    pick(panel, 0, 0, "Room XVI — Human rights")
    wait_idle(qtbot, sample_window.controller)
    assert cells(sample_db)[(1, "Group A")] == "Room XVI"


def test_a_move_that_breaks_a_rule_is_refused_with_the_reason_and_the_cell_goes_back(qtbot, sample_window,
                                                                                      sample_db):
    panel = sample_window.views["rounds"].panel
    before = cells(sample_db)
    holder = next(g for (n, g), room in before.items() if n == 1 and room == "Room XI")
    pick(panel, 0, 0, "Room XI — Regular pathways")
    wait_idle(qtbot, sample_window.controller)
    assert cells(sample_db) == before
    assert panel.result.text() == (f"Not changed: Room XI already holds {holder} in round 1; "
                                   "swap the two groups instead.")
    assert panel.editor(0, 0).currentText() == "Room XVI — Human rights"
    assert sample_window.controller.undo_stack.count() == 0


def test_a_group_cannot_visit_a_room_twice(qtbot, sample_window, sample_db):
    panel = sample_window.views["rounds"].panel
    holder = {g: room for (n, g), room in cells(sample_db).items() if n == 2}
    row_of = {"Group A": 0, "Group B": 1, "Group C": 2}
    in_xvi = next(g for g, room in holder.items() if room == "Room XVI")
    pick(panel, 0, 1, WAITS_TEXT)
    wait_idle(qtbot, sample_window.controller)
    pick(panel, row_of[in_xvi], 1, WAITS_TEXT)  # frees Room XVI in round 2
    wait_idle(qtbot, sample_window.controller)
    pick(panel, 0, 1, "Room XVI — Human rights")  # Group A already visits Room XVI in round 1
    wait_idle(qtbot, sample_window.controller)
    assert panel.result.text() == "Not changed: Group A already visits Room XVI in round 1."
    assert panel.editor(0, 1).currentText() == WAITS_TEXT
    assert (2, "Group A") not in cells(sample_db)


def test_build_rotation_fills_the_grid_and_says_who_waits(qtbot, sample_window, sample_db, monkeypatch):
    from ui.dialogs import ConfirmDialog

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, parent, title, text, action: True))
    win = sample_window
    panel = win.views["rounds"].panel
    groups = win.views["setup"].groups
    groups.n_groups.setValue(4)
    groups.assign_button.click()
    wait_idle(qtbot, win.controller)
    assert panel.rotation.rowCount() == 4
    assert all(panel.rotation.cell(3, c) == WAITS_TEXT for c in range(3))
    assert "Group D has no room in any round" in panel.problems.text()
    panel.build_button.click()
    wait_idle(qtbot, win.controller)
    assert panel.result.text().startswith("Rotation built. 4 groups but only 3 rooms: 1 group waits in each "
                                          "round, taking turns.")
    stored = cells(sample_db)
    for n in (1, 2, 3):
        rooms = [room for (r, _), room in stored.items() if r == n]
        assert sorted(rooms) == ["Room VII", "Room XI", "Room XVI"]  # one group waits, every room is used
    for g in ("Group A", "Group B", "Group C", "Group D"):
        visits = [room for (_, name), room in stored.items() if name == g]
        assert len(visits) == len(set(visits))
    assert "Rule broken" not in panel.problems.text()
    assert "1 group waits in each round" in panel.problems.text()
    win.undo_action.trigger()
    wait_idle(qtbot, win.controller)
    assert all(panel.rotation.cell(3, c) == WAITS_TEXT for c in range(3))


def test_the_rooms_grid_follows_the_rotation(qtbot, sample_window):
    view = sample_window.views["rounds"]
    pick(view.panel, 0, 0, WAITS_TEXT)
    wait_idle(qtbot, sample_window.controller)
    assert view.by_room.cell(0, 0) == "—"


def test_the_rotation_model_is_a_sound_item_model(sample_window, qtmodeltester):
    qtmodeltester.check(sample_window.views["rounds"].rotation, force_py=True)
