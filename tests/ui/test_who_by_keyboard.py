"""The Who field is reached from the entry line with Alt+W, for the item chosen with ↑, and saves what is typed."""

from __future__ import annotations

from notes_support import room_view, saved_note, settle, type_item
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_alt_w_from_the_entry_line_edits_who_for_the_chosen_item(qtbot, sample_window, sample_db):
    win = sample_window
    win.show()
    view = room_view(qtbot, win)
    column = view.columns["practice"]
    type_item(qtbot, column, "Bilateral labour agreements")
    settle(qtbot, win)
    qtbot.keyClick(column.entry, Qt.Key.Key_Up)  # choose the item just added
    settle(qtbot, win)
    chosen = view.attributions.uuid
    assert chosen is not None and view.attributions.edit.isEnabled()
    qtbot.keyClick(column.entry, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.attributions.edit
    qtbot.keyClicks(view.attributions.edit, "Philippines, Bahrain")
    qtbot.keyClick(view.attributions.edit, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert list(saved_note(sample_db, chosen).attributions) == ["Philippines", "Bahrain"]
    assert view.attributions.label.text().startswith("&Who")
