"""The note-taker's view, typed into as a user does: add, edit, move, delete, headings, who said it."""

from __future__ import annotations

from notes_support import (
    lines,
    room_view,
    saved_column,
    saved_note,
    select_text,
    settle,
    type_item,
)
from PySide6.QtCore import Qt

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_typing_an_item_and_enter_adds_it_saved_with_one_undo_step(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["challenge"]
    before = saved_column(sample_db, view, "challenge")
    states = []
    win.controller.save_state_changed.connect(states.append)

    type_item(qtbot, column, "Recruitment fees are charged to workers")
    assert lines(column)[-1] == "• Recruitment fees are charged to workers"  # at once, before the save answers
    assert column.entry.text() == ""
    settle(qtbot, win)

    assert saved_column(sample_db, view, "challenge") == before + [("", "Recruitment fees are charged to workers")]
    assert states[-1] == "Saved" and "Saving…" in states
    assert column.heading.text() == f"Challenges ({len(before) + 1})"
    assert win.undo_action.text() == "Undo Add item"
    win.undo_action.trigger()
    settle(qtbot, win)
    assert saved_column(sample_db, view, "challenge") == before
    assert "• Recruitment fees are charged to workers" not in lines(column)


def test_ctrl_digits_choose_the_column_and_still_pick_places_outside_the_notes(qtbot, sample_window):
    win = sample_window
    view = room_view(qtbot, win)
    view.columns["opportunity"].entry.setFocus()
    qtbot.keyClick(view.columns["opportunity"].entry, Qt.Key.Key_3, CTRL)
    assert view.columns["practice"].entry.hasFocus() or not win.isActiveWindow()
    assert win.current_place() == "room"
    type_item(qtbot, view.columns["other"], "Coffee break ran long", enter=False)
    assert view.columns["other"].entry.text() == "Coffee break ran long"


def test_edit_in_place_autosaves_every_second_and_is_one_undo_step(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["opportunity"]
    first = column.model.rows[0]
    original = first.note.text
    select_text(column, original)
    undo_steps = win.controller.undo_stack.count()

    qtbot.keyClick(column.list, Qt.Key.Key_F2)
    editor = view.notes.open_editor()
    assert editor is not None and editor.text() == original
    qtbot.keyClicks(editor, " And diaspora")
    assert view.notes.editor_autosave.pending and view.notes.editor_autosave.timer.interval() <= 1000
    view.notes.editor_autosave.fire()  # the second has passed
    settle(qtbot, win)
    assert saved_note(sample_db, first.key).text == original + " And diaspora"
    assert view.notes.open_editor() is editor  # a reload never closes or refills the editor
    qtbot.keyClicks(editor, " groups")
    view.notes.editor_autosave.fire()
    settle(qtbot, win)
    qtbot.keyClicks(editor, ".")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, win)

    assert view.notes.open_editor() is None
    assert saved_note(sample_db, first.key).text == original + " And diaspora groups."
    assert win.controller.undo_stack.count() == undo_steps + 1
    assert win.undo_action.text() == "Undo Edit item"
    win.undo_action.trigger()
    settle(qtbot, win)
    assert saved_note(sample_db, first.key).text == original
    win.redo_action.trigger()
    settle(qtbot, win)
    assert saved_note(sample_db, first.key).text == original + " And diaspora groups."


def test_shift_enter_keeps_a_new_line_and_escape_keeps_the_text(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["other"]
    row = column.model.rows[0]
    select_text(column, row.note.text)
    qtbot.keyClick(column.list, Qt.Key.Key_F2)
    editor = view.notes.open_editor()
    editor.selectAll()
    qtbot.keyClicks(editor, "First line")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "second line")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    settle(qtbot, win)
    assert saved_note(sample_db, row.key).text == "First line\nsecond line"


def test_moving_items_up_down_and_across_columns(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["other"]
    for text in ("alpha", "beta", "gamma"):
        type_item(qtbot, column, text)
    settle(qtbot, win)
    texts = lambda: [t for _, t in saved_column(sample_db, view, "other")]
    assert texts()[-3:] == ["alpha", "beta", "gamma"]

    select_text(column, "gamma")
    qtbot.keyClick(column.list, Qt.Key.Key_Up, ALT)
    settle(qtbot, win)
    assert texts()[-3:] == ["alpha", "gamma", "beta"]
    qtbot.keyClick(column.list, Qt.Key.Key_Up, ALT)  # the selection followed the item
    settle(qtbot, win)
    assert texts()[-3:] == ["gamma", "alpha", "beta"]
    qtbot.keyClick(column.list, Qt.Key.Key_Down, ALT)
    settle(qtbot, win)
    assert texts()[-3:] == ["alpha", "gamma", "beta"]

    qtbot.keyClick(column.list, Qt.Key.Key_Left, ALT)  # to Practices
    settle(qtbot, win)
    assert "gamma" not in texts()
    assert saved_column(sample_db, view, "practice")[-1][1] == "gamma"
    practices = view.columns["practice"]
    assert practices.selected_row().note.text == "gamma" and practices.list.hasFocus() == win.isActiveWindow()
    qtbot.keyClick(practices.list, Qt.Key.Key_1, CTRL | Qt.KeyboardModifier.ShiftModifier)  # to Opportunities
    settle(qtbot, win)
    assert saved_column(sample_db, view, "opportunity")[-1][1] == "gamma"

    win.undo_action.trigger()
    settle(qtbot, win)
    assert saved_column(sample_db, view, "practice")[-1][1] == "gamma"


def test_delete_and_undo_bring_the_item_back(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["practice"]
    before = saved_column(sample_db, view, "practice")
    victim = next(r for r in column.model.rows if not r.is_heading)
    select_text(column, victim.note.text)
    qtbot.keyClick(column.list, Qt.Key.Key_Delete)
    assert victim.key not in [r.key for r in column.model.rows]  # gone at once
    settle(qtbot, win)
    assert saved_note(sample_db, victim.key).deleted_at is not None
    assert win.undo_action.text() == "Undo Delete item"
    win.undo_action.trigger()
    settle(qtbot, win)
    assert saved_note(sample_db, victim.key).deleted_at is None
    assert saved_column(sample_db, view, "practice") == before
    assert victim.key in [r.key for r in column.model.rows]


def test_headings_are_added_typed_under_renamed_and_reordered(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["other"]
    before = saved_column(sample_db, view, "other")

    column.entry.setFocus()
    qtbot.keyClick(column.entry, Qt.Key.Key_H, CTRL)
    assert column.entry.heading_mode and "heading" in column.entry.placeholderText().lower()
    type_item(qtbot, column, "Access to justice:")
    type_item(qtbot, column, "Legal aid clinics")
    type_item(qtbot, column, "Mobile courts")
    settle(qtbot, win)
    assert saved_column(sample_db, view, "other") == before + [
        ("Access to justice:", ""), ("Access to justice:", "Legal aid clinics"), ("Access to justice:",
                                                                                  "Mobile courts")]
    assert lines(column)[-3:] == ["Access to justice:", "• Legal aid clinics", "• Mobile courts"]

    qtbot.keyClick(column.entry, Qt.Key.Key_Escape)  # leave the heading: items go under none
    type_item(qtbot, column, "Loose remark")
    settle(qtbot, win)
    assert saved_column(sample_db, view, "other")[len(before)] == ("", "Loose remark")

    select_text(column, "Access to justice:")
    qtbot.keyClick(column.list, Qt.Key.Key_F2)
    editor = view.notes.open_editor()
    editor.selectAll()
    qtbot.keyClicks(editor, "Justice")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert {h for h, _ in saved_column(sample_db, view, "other")} == {"", "Justice"}

    select_text(column, "Justice")
    qtbot.keyClick(column.list, Qt.Key.Key_Up, ALT)
    settle(qtbot, win)
    saved = saved_column(sample_db, view, "other")
    assert saved[:3] == [("Justice", ""), ("Justice", "Legal aid clinics"), ("Justice", "Mobile courts")]
    assert lines(column)[0] == "Justice"


def test_attributions_from_a_parenthesis_and_by_hand(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["practice"]
    type_item(qtbot, column, "Flexi visa system (Philippines and Bahrain)")
    settle(qtbot, win)
    row = column.selected_row()
    assert saved_note(sample_db, row.key).attributions == ("Philippines", "Bahrain")
    assert view.attributions.edit.text() == "Philippines, Bahrain"

    type_item(qtbot, column, "Ethical recruitment code")
    settle(qtbot, win)
    row = column.selected_row()
    qtbot.waitUntil(lambda: view.attributions.model.rowCount() > 200, timeout=15000)
    field = view.attributions.edit
    field.setFocus()
    qtbot.keyClicks(field, "ILO, Ivoire")  # QTest types ASCII only; completion matches inside names
    assert view.attributions.completer.completionCount() >= 1
    assert view.attributions.completer.currentCompletion() == "ILO, Côte d'Ivoire"
    popup = view.attributions.completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # choose the completion: the names before the comma stay
    assert field.text() == "ILO, Côte d'Ivoire"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert saved_note(sample_db, row.key).attributions == ("ILO", "Côte d'Ivoire")
    assert lines(column)[-1] == "• Ethical recruitment code (ILO and Côte d'Ivoire)"


def test_all_rounds_are_shown_read_only(qtbot, sample_window):
    win = sample_window
    view = room_view(qtbot, win)
    view.select(view.selected_room(), None)
    settle(qtbot, win)
    assert not view.columns["other"].entry.isEnabled()
    assert not view.columns["other"].model.flags(view.columns["other"].model.index(0)) & Qt.ItemFlag.ItemIsEditable
    assert "All rounds" in view.header.text()


def test_clicking_an_item_with_the_mouse_lets_the_who_field_edit_it(qtbot, sample_window):
    win = sample_window
    win.show()
    view = room_view(qtbot, win)
    column = view.columns["opportunity"]
    rect = column.list.visualRect(column.model.index(0, 0))
    qtbot.mouseClick(column.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, win)
    assert view.attributions.edit.isEnabled()
    assert view.attributions.uuid == column.model.row_at(0).key
