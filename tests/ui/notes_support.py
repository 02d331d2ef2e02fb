"""Typing into the room view as a note-taker does, and reading back what was saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support import reading, wait_idle


def room_view(qtbot, win, room_index: int = 0, round_index: int = 0):
    """The room view on one room and round of the sample (rounds by number order)."""
    win.show_place("room")
    view = win.views["room"]
    snap = win.controller.snapshot
    view.select(snap.rooms[room_index].uuid, snap.rounds[round_index].uuid)
    wait_idle(qtbot, win.controller)
    return view


def type_item(qtbot, column, text: str, *, enter: bool = True) -> None:
    column.entry.setFocus()
    qtbot.keyClicks(column.entry, text)
    if enter:
        qtbot.keyClick(column.entry, Qt.Key.Key_Return)


def lines(column) -> list[str]:
    model = column.model
    return [model.data(model.index(i)) for i in range(model.rowCount())]


def select_text(column, text: str) -> None:
    """Select the row showing ``text`` (an item's text or a heading) and focus the list."""
    model = column.model
    for i, row in enumerate(model.rows):
        if (row.heading if row.is_heading else row.note.text) == text:
            column.select_key(row.key)
            column.list.setFocus()
            return
    raise AssertionError(f"no row {text!r} in {lines(column)}")


def saved_column(db_path, view, category: str) -> list[tuple[str, str]]:
    """(heading, text) of one column of the shown room and round, as the database has it."""
    with reading(db_path) as service:
        notes = service.notes(view.selected_room(), view.selected_round())
    return [(n.heading, n.text) for n in notes if getattr(n.category, "value", n.category) == category]


def saved_note(db_path, uuid: str):
    with reading(db_path) as service:
        return service.get("note", uuid)


def settle(qtbot, win) -> None:
    wait_idle(qtbot, win.controller)
