"""Setup edits reach the database as one undo step each; undo and redo reach it too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support import reading, wait_idle


def type_into(qtbot, line_edit, text: str) -> None:
    """Replace a line edit's text by typing, then press Return."""
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def room_named(service, name):
    return next((r for r in service.snapshot().rooms if r.name == name), None)


def test_renaming_a_room_saves_and_undo_redo_reach_the_database(qtbot, sample_window, sample_db):
    win = sample_window
    tab = win.views["setup"].rooms
    room = tab.model.row_at(0)
    assert room.name == "Room XVI"
    tab.select(room.uuid)
    states = []
    win.controller.save_state_changed.connect(states.append)

    type_into(qtbot, tab.form.field("name").widget, "Salle XVI")
    wait_idle(qtbot, win.controller)

    assert states == ["Saving…", "Saved"]
    assert win.save_label.text() == "Saved"
    assert win.undo_action.text() == "Undo Rename room"
    with reading(sample_db) as service:
        assert service.get("room", room.uuid).name == "Salle XVI"
    assert tab.model.row_at(0).name == "Salle XVI"

    win.undo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.get("room", room.uuid).name == "Room XVI"
    assert tab.form.field("name").widget.text() == "Room XVI"
    assert win.redo_action.text() == "Redo Rename room"

    win.redo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.get("room", room.uuid).name == "Salle XVI"
    assert tab.form.field("name").widget.text() == "Salle XVI"


def test_a_refused_rename_keeps_the_typed_text_and_leaves_no_undo_step(qtbot, sample_window, sample_db):
    win = sample_window
    tab = win.views["setup"].rooms
    tab.select(tab.model.row_at(0).uuid)
    editor = tab.form.field("name").widget

    type_into(qtbot, editor, "room xi")
    wait_idle(qtbot, win.controller)

    expected = "Not saved: There is already a room called “room xi”."
    assert win.save_label.text() == expected
    assert expected in win.windowTitle()
    assert tab.form.message.isVisible() or not win.isVisible()
    assert tab.form.message.text() == expected
    assert editor.text() == "room xi"
    assert win.controller.undo_stack.count() == 0
    assert not win.undo_action.isEnabled()
    with reading(sample_db) as service:
        assert room_named(service, "Room XVI") is not None

    type_into(qtbot, editor, "Room 16")
    wait_idle(qtbot, win.controller)
    assert win.save_label.text() == "Saved"
    assert tab.form.message.text() == ""
    with reading(sample_db) as service:
        assert room_named(service, "Room 16") is not None


def test_editing_guiding_questions_is_one_undo_step(qtbot, sample_window, sample_db):
    win = sample_window
    tab = win.views["setup"].themes
    theme = tab.model.row_at(1)
    tab.select(theme.uuid)
    editor = tab.form.field("guiding_questions").widget
    assert editor.toPlainText().splitlines() == list(theme.guiding_questions)

    editor.setFocus()
    editor.setPlainText("Which pathways exist today?\n\n  Who pays for them?  \n")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, win.controller)

    new = ["Which pathways exist today?", "Who pays for them?"]
    with reading(sample_db) as service:
        assert list(service.get("theme", theme.uuid).guiding_questions) == new
    assert win.undo_action.text() == "Undo Edit guiding questions"
    assert tab.model.data(tab.model.index(1, 3)) == "2"

    win.undo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.get("theme", theme.uuid).guiding_questions == theme.guiding_questions
    assert editor.toPlainText().splitlines() == list(theme.guiding_questions)

    win.redo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert list(service.get("theme", theme.uuid).guiding_questions) == new


def test_adding_an_agenda_item_selects_it_and_undo_redo_reach_the_database(qtbot, sample_window, sample_db):
    win = sample_window
    tab = win.views["setup"].agenda
    before = tab.model.rowCount()

    tab.add_item()
    wait_idle(qtbot, win.controller)

    assert tab.model.rowCount() == before + 1
    added = tab.selected_row()
    assert added.title == "New item"
    assert tab.form.field("title").widget.text() == "New item"
    assert win.undo_action.text() == "Undo Add agenda item"
    with reading(sample_db) as service:
        assert len(service.snapshot().agenda) == before + 1

    win.undo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert added.uuid not in {a.uuid for a in service.snapshot().agenda}
    assert tab.model.rowCount() == before

    win.redo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.get("agenda_item", added.uuid).title == "New item"


def test_quick_successive_edits_of_one_row_all_save_and_undo_in_order(qtbot, sample_window, sample_db):
    """The second edit is sent before the view reloaded the first one's new version."""
    win = sample_window
    tab = win.views["setup"].rooms
    room = tab.model.row_at(2)
    tab.select(room.uuid)
    name, capacity = tab.form.field("name").widget, tab.form.field("capacity").widget

    type_into(qtbot, name, "Room VII (annex)")
    capacity.setFocus()
    capacity.setValue(42)
    capacity.editingFinished.emit()
    wait_idle(qtbot, win.controller)

    assert win.save_label.text() == "Saved"
    with reading(sample_db) as service:
        row = service.get("room", room.uuid)
        assert (row.name, row.capacity) == ("Room VII (annex)", 42)

    win.undo_action.trigger()
    win.undo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        row = service.get("room", room.uuid)
        assert (row.name, row.capacity) == (room.name, room.capacity)
    assert win.save_label.text() == "Saved"


def test_deleting_a_room_with_notes_is_refused_and_a_new_room_can_be_deleted_and_restored(
        qtbot, sample_window, sample_db):
    win = sample_window
    tab = win.views["setup"].rooms
    tab.select(tab.model.row_at(0).uuid)
    tab.delete_selected()
    wait_idle(qtbot, win.controller)
    assert win.save_label.text().startswith("Not saved: “Room XVI” still has ")
    assert win.controller.undo_stack.count() == 0

    tab.add_room()
    wait_idle(qtbot, win.controller)
    added = tab.selected_row()
    assert added.name == "New room"
    tab.delete_selected()
    wait_idle(qtbot, win.controller)
    assert win.undo_action.text() == "Undo Delete room “New room”"
    with reading(sample_db) as service:
        assert room_named(service, "New room") is None

    win.undo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.get("room", added.uuid).name == "New room"


def test_renaming_the_workshop_updates_the_window_title(qtbot, sample_window, sample_db):
    win = sample_window
    tab = win.views["setup"].workshop
    type_into(qtbot, tab.form.field("title").widget, "Geneva cafe 2019")
    wait_idle(qtbot, win.controller)
    assert win.windowTitle() == "Geneva cafe 2019 · Saved — Knowledge Café"
    assert win.name_label.text() == "Geneva cafe 2019"
    with reading(sample_db) as service:
        assert service.snapshot().workshop.title == "Geneva cafe 2019"


def test_finishing_the_same_edit_twice_makes_one_undo_step(qtbot, sample_window, sample_db):
    """Return, then leaving the field before the save came back, must not send the edit again."""
    win = sample_window
    tab = win.views["setup"].rooms
    tab.select(tab.model.row_at(1).uuid)
    editor = tab.form.field("name").widget
    type_into(qtbot, editor, "Room 11")
    editor.editingFinished.emit()
    wait_idle(qtbot, win.controller)
    assert win.controller.undo_stack.count() == 1
    win.undo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert room_named(service, "Room XI") is not None


def test_a_field_another_laptop_changed_while_typing_is_not_saved_over(qtbot, sample_window, sample_db):
    """Their rename of the same room, read in while we type, is kept; saving again replaces it knowingly."""
    win = sample_window
    tab = win.views["setup"].rooms
    room = tab.model.row_at(0)
    tab.select(room.uuid)
    name = tab.form.field("name").widget
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Salle XVI")
    with reading(sample_db) as other_laptop:
        other_laptop.update_room(room.uuid, room.version, name="Room 16 (plenary hall)")
    win.controller._request_reload({"room"}, own=False)  # as a live refresh brings it
    qtbot.waitUntil(lambda: tab.form.row.version == room.version + 1, timeout=5000)
    assert name.text() == "Salle XVI"  # what is being typed stays
    qtbot.keyClick(name, Qt.Key.Key_Return)
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.get("room", room.uuid).name == "Room 16 (plenary hall)"
    assert "changed on another laptop meanwhile, to “Room 16 (plenary hall)”" in tab.form.message.text()
    qtbot.keyClick(name, Qt.Key.Key_Return)  # saved again: the user has seen theirs
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.get("room", room.uuid).name == "Salle XVI"


def test_two_laptops_editing_different_fields_of_one_row_keep_both(qtbot, sample_window, sample_db):
    win = sample_window
    tab = win.views["setup"].rooms
    room = tab.model.row_at(0)
    tab.select(room.uuid)
    with reading(sample_db) as other_laptop:
        other_laptop.update_room(room.uuid, room.version, capacity=42)
    win.controller._request_reload({"room"}, own=False)
    qtbot.waitUntil(lambda: tab.form.row.version == room.version + 1, timeout=5000)
    type_into(qtbot, tab.form.field("name").widget, "Salle XVI")
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        stored = service.get("room", room.uuid)
    assert (stored.name, stored.capacity) == ("Salle XVI", 42)
