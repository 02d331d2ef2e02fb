"""Entry lines and drafts: typing new items and headings, Enter to add (a mixin of the notes editor).

See :mod:`ui.room.notes_editor` for the guarantees; this part keeps the draft of
each entry (per room, round and column) in a :class:`~ui.room.notes_drafts.DraftBook`,
writes it on the worker, and adds an item under the uuid its draft carried.

The item actions reached from an entry line (see :mod:`ui.room.notes_column`
for the keys): F2 edits the chosen row in place, or the last row when none is
chosen, and the focus comes back to the entry afterwards; Delete on an empty
entry deletes the chosen row (one undo step), and with none chosen it first
only chooses the last row and says so. What the entry holds is its draft
throughout: an edit or a deletion never touches it.
Main thread.
"""

from __future__ import annotations

import uuid as uuid_mod
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from cafe.notes.attributions import parse_trailing
from ui.room.notes_column import NotesColumn
from ui.room.notes_drafts import DraftKey, write_drafts
from ui.room.notes_state import LocalNote
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance

    from cafe.service_base import Changes
    from ui.room.notes_autosave import Autosave
    from ui.room.notes_drafts import DraftBook
    from ui.room.notes_state import NotesState
    from ui.workshop.controller import WorkshopController


class EntryActions:
    """Mixin of :class:`ui.room.notes_editor.NotesEditor` (which provides ``controller``, ``state``,
    ``drafts``, ``drafts_file``, ``draft_autosave``, ``order``, ``editable``, ``message``
    and ``render``)."""

    if TYPE_CHECKING:  # provided by NotesEditor
        controller: WorkshopController
        state: NotesState
        drafts: DraftBook
        drafts_file: Path | None
        draft_autosave: Autosave
        order: list[NotesColumn]
        editable: bool
        message: SignalInstance

        def render(self) -> None: ...
        def delete_selected(self, column: NotesColumn) -> None: ...

    #: the column whose entry gets the focus back when the in-place edit started from it ends
    back_to_entry: NotesColumn | None = None

    def _key(self, column: NotesColumn) -> DraftKey | None:
        if not self.editable:
            return None
        # editable: a room and a round are shown
        return DraftKey(cast(str, self.state.room_uuid), cast(str, self.state.round_uuid), column.category)

    def _restore_entries(self, only_empty: bool = False) -> None:
        for column in self.order:
            key = self._key(column)
            draft = self.drafts.get(key) if key is not None else None
            if only_empty and (column.entry.text() or column.entry.heading_mode):
                continue
            column.entry.setText(draft.text if draft is not None else "")
            column.entry.heading_mode = draft.heading_mode if draft is not None else False
            column.show_hint()

    def _entry_edited(self, column: NotesColumn) -> None:
        key = self._key(column)
        if key is not None:
            self.drafts.put(key, column.entry.text(), heading_mode=column.entry.heading_mode)
            self.draft_autosave.touch()

    def _entry_escape(self, column: NotesColumn) -> None:
        if column.entry.heading_mode:
            column.entry.heading_mode = False
            self._entry_edited(column)
        else:
            column.select_key(None)
        column.show_hint()

    def write_drafts(self) -> None:
        """Write the drafts file now if it is behind (on the worker, in order with the saves)."""
        self.draft_autosave.timer.stop()
        book, path = self.drafts, self.drafts_file
        if path is None or not book.dirty or not self.controller.is_open:
            return
        data, revision = book.to_json(), book.revision

        def done(_result) -> None:
            book.written = max(book.written, revision)

        self.controller.save_local(lambda: write_drafts(path, data), done, lambda _m: self.draft_autosave.touch())

    def start_heading(self, column: NotesColumn) -> None:
        if not self.editable:
            return
        column.entry.heading_mode = not column.entry.heading_mode
        column.entry.setFocus()
        self._entry_edited(column)
        column.show_hint()

    # -- item actions from the entry line -------------------------------------------------------------
    def edit_from_entry(self, column: NotesColumn) -> None:
        """F2 in an entry: edit the chosen row in place (none chosen: the last one); the entry keeps its text."""
        if not self.editable:
            return
        row = column.selected_row()
        if row is None:
            column.step_selection(-1)  # the last row, as Up from the entry would choose
            row = column.selected_row()
        if row is None:
            self.message.emit(QCoreApplication.translate("NotesEditor", "{0}: nothing to edit yet.").format(column.title))
            return
        index = column.model.index(column.model.row_of(row.key))
        self.write_drafts()  # what the entry holds is safe before the focus leaves it
        self.back_to_entry = column
        column.list.setFocus()
        column.list.edit(index)
        if column.list.state() != column.list.State.EditingState:  # it did not open (a reload took the row)
            self.back_to_entry = None
            column.entry.setFocus()

    def delete_from_entry(self, column: NotesColumn) -> None:
        """Delete in an empty entry: delete the chosen row; with none chosen, choose the last row first."""
        if not self.editable or column.entry.text():
            return
        row = column.selected_row()
        if row is None:
            column.step_selection(-1)
            chosen = column.selected_row()
            if chosen is None:
                self.message.emit(QCoreApplication.translate("NotesEditor", "{0}: nothing to delete.").format(column.title))
            else:
                self.message.emit(QCoreApplication.translate("NotesEditor", "“{0}” is chosen: Delete again deletes it (Ctrl+Z brings it back).")
                                  .format(_short(chosen.heading if chosen.is_heading else chosen.display)))
            return
        what = _short(row.heading if row.is_heading else row.display)
        self.delete_selected(column)
        if column.model.row_of(row.key) < 0:
            self.message.emit(QCoreApplication.translate("NotesEditor", "Deleted “{0}”. Ctrl+Z brings it back.").format(what))
        column.entry.setFocus()

    def entry_edit_ended(self, column: NotesColumn) -> None:
        """An in-place edit ended: back to the entry it was started from (unless the focus went elsewhere)."""
        if self.back_to_entry is not column:
            return
        self.back_to_entry = None

        def back() -> None:
            focus = QApplication.focusWidget()
            if focus is None or focus is column.list or column.list.isAncestorOf(focus):
                column.entry.setFocus()

        QTimer.singleShot(0, back)

    def add_from_entry(self, column: NotesColumn) -> None:
        """Enter: add what the entry holds (an item under the chosen heading, or a heading)."""
        key = self._key(column)
        if key is None:
            return
        raw = column.entry.text()
        if column.entry.heading_mode:
            heading, text = " ".join(raw.split()), ""
            if not heading:
                return
        else:
            heading, text = column.target_heading(), raw.strip()
            if not text:
                return
        draft = self.drafts.take(key)
        uuid = self._add(column, text, heading, uuid=draft.uuid if draft is not None else None, raw=raw)
        column.entry.setText("")
        column.entry.heading_mode = False
        self.render()
        row = column.model.row_of(uuid) if text else next(
            (i for i, r in enumerate(column.model.rows) if r.is_heading and r.heading == heading), -1)
        found = column.model.row_at(row)  # None for -1
        column.select_key(found.key if found is not None else None)
        self.write_drafts()

    def _add(self, column: NotesColumn, text: str, heading: str, *, uuid: str | None = None,
             raw: str | None = None, place: tuple[str, str | None] | None = None) -> str:
        """Add an item (or a heading) to ``column``'s category; returns its uuid at once.

        ``place``: the (room, round) to add it to when not the one shown (an
        answer that came back after a switch); it is then not shown here.
        """
        uuid = uuid or str(uuid_mod.uuid4())
        # editable: a room is shown
        room, rnd = place if place is not None else (cast(str, self.state.room_uuid), self.state.round_uuid)
        if (room, rnd) == (self.state.room_uuid, self.state.round_uuid):
            self.state.change(uuid, LocalNote(uuid, room, rnd, column.category, heading, text,
                                              tuple(parse_trailing(text))))

        def refused(message: str) -> None:
            self.state.settle(uuid)
            self.render()
            if (room, rnd) == (self.state.room_uuid, self.state.round_uuid) and raw is not None:
                column.entry.setText((raw + " " + column.entry.text()).strip() if column.entry.text() else raw)
                self._entry_edited(column)
            self.message.emit(QCoreApplication.translate("NotesEditor", "Not added: {0}").format(message))

        self.controller.edit(QCoreApplication.translate("NotesEditor", "Add heading") if not text else QCoreApplication.translate("NotesEditor", "Add item"),
                             call(S.add_note, room_uuid=room, round_uuid=rnd, category=column.category, text=text,
                                  heading=heading, uuid=uuid),
                             on_saved=lambda changes: self._settled(uuid, changes), on_refused=refused)
        return uuid

    def _settled(self, uuid: str, changes: Changes) -> None:
        self.state.settle(uuid, changes.row if changes is not None else None)
        self.render()


def _short(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to about ``limit`` characters for a status message."""
    flat = " ".join(text.split()).lstrip("• ")
    return flat if len(flat) <= limit else flat[:limit - 1].rstrip() + "…"
