"""Key points in the room: Ctrl+K (from the list or the entry line) or the item menu marks the chosen item
with a star, saved as one undoable step; the plenary's slides then start from it."""

from __future__ import annotations

import os

from notes_support import room_view, saved_note, select_text, settle, type_item
from PySide6.QtCore import QPoint, Qt

from ui.room.notes_model import KEY_POINT_ROLE
from ui.room.notes_menu import item_menu

CTRL = Qt.KeyboardModifier.ControlModifier


def row_of(column, text):
    return next(r for r in column.model.rows if not r.is_heading and r.note.text == text)


def test_ctrl_k_in_the_list_marks_a_key_point_with_a_star_and_undo_takes_it_away(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["challenge"]
    text = next(r for r in column.model.rows if not r.is_heading).note.text
    select_text(column, text)
    qtbot.keyClick(column.list, Qt.Key.Key_K, CTRL)
    assert row_of(column, text).key_point  # shown at once, before the save answers
    index = column.model.index(column.model.row_of(row_of(column, text).key))
    assert column.model.data(index, KEY_POINT_ROLE) is True
    assert column.model.data(index, Qt.ItemDataRole.AccessibleTextRole).startswith("Key point: ")
    assert "Key point" in column.model.data(index, Qt.ItemDataRole.ToolTipRole)
    settle(qtbot, win)
    uuid = row_of(column, text).note.uuid
    assert saved_note(sample_db, uuid).key is True
    assert win.undo_action.text() == "Undo Mark key point"
    win.resize(1366, 768)
    for selected in (True, False):
        if not selected:
            column.select_key(None)
        image = column.list.grab()  # the star is drawn without an error
        if os.environ.get("CAFE_SCREENSHOTS"):
            image.save(os.path.join(os.environ["CAFE_SCREENSHOTS"], f"key-point-column-{selected}.png"))
    win.undo_action.trigger()
    settle(qtbot, win)
    assert saved_note(sample_db, uuid).key is False
    qtbot.waitUntil(lambda: not row_of(column, text).key_point, timeout=5000)


def test_ctrl_k_from_the_entry_line_marks_the_row_chosen_there(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["practice"]
    type_item(qtbot, column, "Ethical recruitment code (Philippines)")
    settle(qtbot, win)
    column.entry.setFocus()
    qtbot.keyClicks(column.entry, "half typed")
    qtbot.keyClick(column.entry, Qt.Key.Key_Up)  # choose the row above: the item just added
    chosen = column.selected_row()
    assert chosen is not None and not chosen.is_heading
    qtbot.keyClick(column.entry, Qt.Key.Key_K, CTRL)
    settle(qtbot, win)
    assert saved_note(sample_db, chosen.note.uuid).key is True
    assert column.entry.text() == "half typed"  # Ctrl+K is not "delete to the end of the line" here
    qtbot.keyClick(column.entry, Qt.Key.Key_K, CTRL)  # again: unmarked
    settle(qtbot, win)
    assert saved_note(sample_db, chosen.note.uuid).key is False


def test_the_item_menu_marks_a_key_point_and_names_its_keys(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["opportunity"]
    item = next(r for r in column.model.rows if not r.is_heading)
    rect = column.list.visualRect(column.model.index(column.model.row_of(item.key)))
    column.list.customContextMenuRequested.emit(rect.center())  # a right click on the item
    assert column.selected_row().key == item.key
    menu = item_menu(column, view.notes)
    actions = {a.objectName() or a.text(): a for a in menu.actions() if not a.isSeparator()}
    key_point = actions["key_point_action"]
    assert key_point.isEnabled() and not key_point.isChecked()
    assert key_point.shortcut().toString() == "Ctrl+K"
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Key point ★", "Edit", "Move up", "Move down", "Delete"]
    key_point.trigger()
    settle(qtbot, win)
    assert saved_note(sample_db, item.note.uuid).key is True
    assert item_menu(column, view.notes).actions()[0].isChecked()


def test_a_heading_is_not_a_key_point_and_nothing_chosen_says_what_to_do(qtbot, sample_window):
    win = sample_window
    view = room_view(qtbot, win)
    column = next(c for c in view.columns.values() if any(r.is_heading for r in c.model.rows))
    messages = []
    view.notes.message.connect(messages.append)
    heading = next(r for r in column.model.rows if r.is_heading)
    select_text(column, heading.heading)
    assert not item_menu(column, view.notes).actions()[0].isEnabled()
    qtbot.keyClick(column.list, Qt.Key.Key_K, CTRL)
    assert "heading is on the slides anyway" in messages[-1]
    column.select_key(None)
    column.list.setFocus()
    qtbot.keyClick(column.list, Qt.Key.Key_K, CTRL)
    assert "Choose an item first" in messages[-1]
    assert not any(r.key_point for r in column.model.rows)
    column.list.customContextMenuRequested.emit(QPoint(1, column.list.viewport().height() - 2))
