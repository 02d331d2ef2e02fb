"""What the notes' keys do: focus a column, move, move across, delete, mark a key point (a mixin of the notes editor).

Moves are not shown before they are saved: they change the places of other
items too, so the column is read again once the Service has answered (a
reload is asked for). Deleting and marking a key point show at once, like
adding and editing.

A key point (★, Ctrl+K or the item menu) is an item the host wants in the
plenary: the presenter's slides start from the headings and these items.
Main thread; see :mod:`ui.room.notes_column` for the keys themselves.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication

from ui.room.notes_column import NotesColumn
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from cafe.service_base import Changes
    from ui.room.notes_state import NotesState
    from ui.workshop.controller import WorkshopController


class KeyActions:
    """Mixin of :class:`ui.room.notes_editor.NotesEditor` (which provides ``controller``, ``state``,
    ``order``, ``editable``, ``current_column``, ``reload_wanted``, ``message``,
    ``selection_changed``, ``current_note``, ``render`` and ``_settled``)."""

    if TYPE_CHECKING:  # provided by NotesEditor
        controller: WorkshopController
        state: NotesState
        order: list[NotesColumn]
        editable: bool
        current_column: NotesColumn
        reload_wanted: bool
        message: SignalInstance
        selection_changed: SignalInstance
        _rendering: bool

        def current_note(self) -> Any | None: ...
        def still_has_items(self, heading: str, n: int) -> str: ...
        def render(self) -> None: ...
        def _settled(self, uuid: str, changes: Changes) -> None: ...

    def column_focused(self, column: NotesColumn) -> None:
        if column is not self.current_column:
            self.current_column = column
            self.selection_changed.emit(self.current_note())

    def _selected(self, column: NotesColumn) -> None:
        if not self._rendering:  # a row chosen by the user (not one shifted by a reload)
            self.current_column = column
        if column is self.current_column:
            self.selection_changed.emit(self.current_note())

    def focus_entry(self, index: int) -> None:
        if 0 <= index < len(self.order):
            self.order[index].entry.setFocus()

    def delete_selected(self, column: NotesColumn) -> None:
        row = column.selected_row()
        if row is None or not self.editable:
            return
        rows = column.model.rows
        at = rows.index(row)
        after = rows[at + 1] if at + 1 < len(rows) else (rows[at - 1] if at > 0 else None)
        if row.is_heading:
            items = [r for r in rows if r.heading == row.heading and not r.is_heading]
            if items:
                self.message.emit(self.still_has_items(row.heading, len(items)))
                return
            for n in self.state.column(column.category):
                if n.heading == row.heading and not n.text:
                    self._delete(n.uuid, QCoreApplication.translate("NotesEditor", "Delete heading"))
        else:
            self._delete(row.key)
        column.select_key(after.key if after is not None else None)

    def _delete(self, uuid: str, text: str | None = None) -> None:
        self.state.change(uuid, None)
        self.render()

        def refused(message: str) -> None:
            self.state.settle(uuid)
            self.render()
            self.message.emit(QCoreApplication.translate("NotesEditor", "Not deleted: {0}").format(message))

        self.controller.edit(text or QCoreApplication.translate("NotesEditor", "Delete item"),
                             call(S.delete_note, uuid=uuid, expected_version=self.state.read_version(uuid)),
                             on_saved=lambda changes: self._settled(uuid, changes), on_refused=refused)

    def move_step(self, column: NotesColumn, step: int) -> None:
        row = column.selected_row()
        if row is None or not self.editable:
            return
        self.reload_wanted = True
        if row.is_heading:
            order = column.model.headings()
            to = order.index(row.heading) + step
            if 0 <= to < len(order):
                room = cast(str, self.state.room_uuid)  # editable: a room is shown
                self.controller.edit(QCoreApplication.translate("NotesEditor", "Move heading"), call(S.move_heading, room_uuid=room,
                                                          round_uuid=self.state.round_uuid, category=column.category,
                                                          heading=row.heading, to_index=to))
            return
        self.controller.edit(QCoreApplication.translate("NotesEditor", "Move item up") if step < 0 else QCoreApplication.translate("NotesEditor", "Move item down"),
                             call(S.move_note_step, uuid=row.key, expected_version=self.state.read_version(row.key),
                                  step=step))

    def move_across(self, column: NotesColumn, delta: int) -> None:
        self.move_to_column(column, max(0, min(len(self.order) - 1, self.order.index(column) + delta)))

    def move_to_column(self, column: NotesColumn, target: int) -> None:
        row = column.selected_row()
        if row is None or not self.editable or not 0 <= target < len(self.order):
            return
        goal = self.order[target]
        if goal is column:
            return
        if row.is_heading:
            self.message.emit(QCoreApplication.translate("NotesEditor", "A heading moves within its column; move its items one by one."))
            return
        uuid = row.key
        self.reload_wanted = True

        def moved(changes) -> None:
            self.state.settle(uuid, changes.row)
            self.render()
            goal.select_key(uuid)
            goal.list.setFocus()

        self.controller.edit(QCoreApplication.translate("NotesEditor", "Move item to {0}").format(goal.title),
                             call(S.move_note, uuid=uuid, expected_version=self.state.read_version(uuid),
                                  category=goal.category), on_saved=moved)

    def toggle_key(self, column: NotesColumn) -> None:
        """Mark the chosen item as a key point, or take the mark away (Ctrl+K, the item menu)."""
        row = column.selected_row()
        if row is None:
            self.message.emit(QCoreApplication.translate("NotesEditor", "Choose an item first (↑↓ or a click); Ctrl+K then marks it as a key point."))
            return
        if not self.editable:
            self.message.emit(QCoreApplication.translate("NotesEditor", "All rounds are shown together, read-only: choose a round to mark key points."))
            return
        if row.is_heading:
            self.message.emit(QCoreApplication.translate("NotesEditor", "A heading is on the slides anyway: mark the items under “{0}”.")
                              .format(row.heading))
            return
        uuid = row.key
        note = self.state.get(uuid)
        if note is None:
            return
        marked = not bool(getattr(note, "key", False))
        if any(f.name == "key" for f in dataclasses.fields(note)):
            self.state.change(uuid, dataclasses.replace(note, key=marked))
        else:  # added here and not saved yet: shown once the database has it
            self.state.change(uuid, note)
            self.reload_wanted = True
        self.render()

        def refused(message: str) -> None:
            self.state.settle(uuid)
            self.render()
            self.message.emit((QCoreApplication.translate("NotesEditor", "Not marked as a key point: {0}") if marked
                               else QCoreApplication.translate("NotesEditor", "Still a key point: {0}")).format(message))

        self.controller.edit(QCoreApplication.translate("NotesEditor", "Mark key point") if marked else QCoreApplication.translate("NotesEditor", "Unmark key point"),
                             call(S.update_note, uuid=uuid, expected_version=self.state.read_version(uuid),
                                  key=marked),
                             on_saved=lambda changes: self._settled(uuid, changes), on_refused=refused)
        self.message.emit(QCoreApplication.translate("NotesEditor", "Marked as a key point ★: it starts on the plenary's slides.") if marked
                          else QCoreApplication.translate("NotesEditor", "No longer a key point."))
