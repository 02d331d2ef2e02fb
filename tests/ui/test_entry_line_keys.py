"""Every item action from the entry line: F2 edits, Delete on an empty line deletes, typed text is never lost."""

from __future__ import annotations

from notes_support import lines, room_view, saved_column, saved_note, settle, type_item
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def shown_room(qtbot, win, **kwargs):
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return room_view(qtbot, win, **kwargs)


def test_f2_from_the_entry_edits_the_item_just_added_and_the_entry_keeps_its_text(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win)
    column = view.columns["challenge"]
    type_item(qtbot, column, "Visa delays")
    settle(qtbot, win)
    uuid = column.selected_row().key
    type_item(qtbot, column, "Half typed thought", enter=False)

    qtbot.keyClick(column.entry, Qt.Key.Key_F2)
    editor = view.notes.open_editor()
    assert editor is not None and editor.text() == "Visa delays"  # the item just added, not a new one
    qtbot.keyClicks(editor, " at consulates")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, win)

    assert saved_note(sample_db, uuid).text == "Visa delays at consulates"
    assert column.entry.text() == "Half typed thought"  # what was being typed is still there
    qtbot.waitUntil(lambda: QApplication.focusWidget() is column.entry)  # back to typing
    assert [t for _h, t in saved_column(sample_db, view, "challenge")].count("Visa delays at consulates") == 1
    assert "Half typed thought" not in [t for _h, t in saved_column(sample_db, view, "challenge")]
    assert win.undo_action.text() == "Undo Edit item"


def test_f2_with_nothing_chosen_edits_the_last_row(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win)
    column = view.columns["opportunity"]
    column.entry.setFocus()
    qtbot.keyClick(column.entry, Qt.Key.Key_Escape)  # no row chosen
    assert column.selected_row() is None
    last = column.model.rows[-1]

    qtbot.keyClick(column.entry, Qt.Key.Key_F2)
    editor = view.notes.open_editor()
    assert editor is not None and editor.row_key == last.key
    qtbot.keyClicks(editor, " (edited)")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Escape ends the edit and keeps the text
    settle(qtbot, win)
    assert saved_note(sample_db, last.key).text == last.note.text + " (edited)"


def test_delete_on_an_empty_entry_deletes_the_chosen_item_and_undo_brings_it_back(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win)
    column = view.columns["practice"]
    notices = []
    win.controller.notice.connect(notices.append)
    type_item(qtbot, column, "Typed by mistake")
    settle(qtbot, win)
    uuid = column.selected_row().key
    assert column.entry.text() == ""

    qtbot.keyClick(column.entry, Qt.Key.Key_Delete)
    assert "• Typed by mistake" not in lines(column)  # gone at once
    settle(qtbot, win)
    assert saved_note(sample_db, uuid).deleted_at is not None
    assert any("Deleted “Typed by mistake”" in n and "Ctrl+Z" in n for n in notices)
    assert win.undo_action.text() == "Undo Delete item"
    qtbot.keyClick(column.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing typed: the window's Undo
    settle(qtbot, win)
    assert saved_note(sample_db, uuid).deleted_at is None
    qtbot.waitUntil(lambda: "• Typed by mistake" in lines(column))


def test_delete_with_nothing_chosen_first_chooses_the_last_row_then_deletes_it(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win)
    column = view.columns["other"]
    before = saved_column(sample_db, view, "other")
    column.entry.setFocus()
    qtbot.keyClick(column.entry, Qt.Key.Key_Escape)
    assert column.selected_row() is None
    last = column.model.rows[-1]
    notices = []
    win.controller.notice.connect(notices.append)

    qtbot.keyClick(column.entry, Qt.Key.Key_Delete)
    settle(qtbot, win)
    assert column.selected_row().key == last.key  # chosen, and said so
    assert saved_column(sample_db, view, "other") == before  # nothing deleted yet
    assert any("Delete again deletes it" in n for n in notices)

    qtbot.keyClick(column.entry, Qt.Key.Key_Delete)
    settle(qtbot, win)
    assert saved_note(sample_db, last.key).deleted_at is not None
    assert len(saved_column(sample_db, view, "other")) == len(before) - 1


def test_delete_in_an_entry_holding_text_only_deletes_a_character(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win)
    column = view.columns["challenge"]
    type_item(qtbot, column, "Chosen item")
    settle(qtbot, win)
    before = saved_column(sample_db, view, "challenge")
    type_item(qtbot, column, "xTyped text", enter=False)
    qtbot.keyClick(column.entry, Qt.Key.Key_Home)
    qtbot.keyClick(column.entry, Qt.Key.Key_Delete)
    qtbot.keyClick(column.entry, Qt.Key.Key_End)
    qtbot.keyClick(column.entry, Qt.Key.Key_Delete)  # at the end of the text: nothing at all
    settle(qtbot, win)

    assert column.entry.text() == "Typed text"
    assert saved_column(sample_db, view, "challenge") == before  # the chosen item is untouched
    assert "• Chosen item" in lines(column)
    qtbot.keyClick(column.entry, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert saved_column(sample_db, view, "challenge")[-1] == ("", "Typed text")


def test_the_keys_line_lists_the_entry_keys_and_f1_shows_every_key(qtbot, sample_window):
    win = sample_window
    win.resize(1366, 768)
    view = shown_room(qtbot, win)
    assert "F2 edits" in view.keys.text() and "Delete on an empty line deletes" in view.keys.text()
    assert "Ctrl+R" in view.keys.toolTip() and "Alt+1 … Alt+5" in view.keys.toolTip()
    assert view.keys_button.accessibleName()
    assert view.all_keys.isHidden()
    column = view.columns["challenge"]
    column.entry.setFocus()
    qtbot.keyClick(column.entry, Qt.Key.Key_F1)  # from the entry line, where the note-taker is
    from PySide6.QtWidgets import QLabel

    listed = " ".join(label.text() for label in view.all_keys.findChildren(QLabel))
    assert view.all_keys.isVisible() and "F2 — edit the chosen row" in listed and "Ctrl+R" in listed
    assert view.columns["challenge"].list.height() >= 60  # the columns stay usable while the list shows
    qtbot.keyClick(column.entry, Qt.Key.Key_F1)
    assert view.all_keys.isHidden()
    qtbot.mouseClick(view.keys_button, Qt.MouseButton.LeftButton)  # the mouse reaches the same list
    assert view.all_keys.isVisible()


def test_no_room_key_means_two_things(qtbot, sample_window):
    """The room's keys against the window's shortcuts: none is taken twice."""
    from PySide6.QtGui import QKeySequence

    win = sample_window
    room_view(qtbot, win)
    taken = {}
    for action in win.findChildren(type(win.undo_action)):
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in taken or taken[text] is action, f"{text} means {taken[text].text()} and {action.text()}"
            taken[text] = action
    room_keys = ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+H", "Ctrl+K", "Ctrl+R", "F1", "F2", "Del", "Alt+Up", "Alt+Down",
                 "Alt+Left", "Alt+Right", "Ctrl+Shift+1", "Ctrl+Shift+2", "Ctrl+Shift+3", "Ctrl+Shift+4"]
    assert not set(room_keys) & set(taken), set(room_keys) & set(taken)
    assert {"Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5"} <= set(taken)  # the places, and nothing of the notes
