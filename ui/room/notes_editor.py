"""The note-taker's columns at work: add, edit in place, move, delete, headings, who said it.

Never losing text (the guarantees this module keeps)
----------------------------------------------------
* What is typed in an entry line and not yet added is a *draft*
  (:mod:`ui.room.notes_drafts`): kept per room, round and column, so switching
  room, round or place and coming back finds it again, and written to the
  drafts file at most one second after the first unsaved keystroke
  (:class:`~ui.room.notes_autosave.Autosave`), at once when the entry is left,
  on a switch and on close. Enter adds the item under the uuid its draft
  carried (idempotent), then rewrites the drafts file.
* An item or heading being edited in place is saved at most one second after
  the first unsaved keystroke, and at once on Enter, Escape, leaving the
  editor, a switch and close. Each autosave is its own Service call (so the
  database always has the text); they merge into one undo step per edit.
* An editor that closes without committing (its row was removed by a reload)
  still saves its text first. A save refused because the item was changed
  or deleted elsewhere meanwhile keeps the typed text as a new item under the
  same heading (in the room and round it was typed in, even when the answer
  comes after a switch), and says so: the other laptop's edit is not
  overwritten, and ours is not lost. When it was changed (not deleted), a
  merge window opens too (:mod:`ui.room.notes_merge`).
* Changes show at once: :class:`~ui.room.notes_state.NotesState` shows this
  window's changes over what was last read until their saves answer.

The editor is split by concern: entries and drafts in :mod:`ui.room.notes_entries`,
what the keys do (moves, deletes) in :mod:`ui.room.notes_actions`, merging with
another laptop's edit in :mod:`ui.room.notes_merge`; editing in
place, "who said it", reading and showing are here.

Main thread. Every Service call goes through the controller (worker thread).
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui.room.notes_actions import KeyActions
from ui.room.notes_autosave import Autosave
from ui.room.notes_column import NotesColumn
from ui.room.notes_delegate import HeadingEditor, ItemEditor
from ui.room.notes_drafts import DraftBook, drafts_path, read_drafts
from ui.room.notes_entries import EntryActions
from ui.room.notes_merge import MergeActions, NoteMerge
from ui.room.notes_model import Row
from ui.room.notes_state import NotesState, edited, value_of
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController

#: how long after this view's own edits the notes are read again anyway
_LATER_MS = 1500


@dataclass
class _OpenEditor:
    column: NotesColumn
    #: None for a commit that came without an open editor (see ``_committed``)
    editor: ItemEditor | HeadingEditor | None
    key: str
    session: int | None
    sent: str


class NotesEditor(EntryActions, KeyActions, MergeActions, QObject):
    """Owns what the four columns show and every change made in them (see the module docstring)."""

    #: the item the attribution field edits changed (a note, or None)
    selection_changed = Signal(object)
    #: a sentence for the status bar
    message = Signal(str)

    def __init__(self, controller: WorkshopController, columns: dict[str, NotesColumn], parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller
        self.columns = columns
        self.order = list(columns.values())
        self.state = NotesState()
        self.drafts = DraftBook()
        self.drafts_file: Path | None = None
        self.draft_autosave = Autosave(self.write_drafts, parent=self)
        self.editor_autosave = Autosave(self._save_open_editor, parent=self)
        self.editable = False
        self.current_column = self.order[0]
        self._open: _OpenEditor | None = None
        self._sessions = itertools.count(1)
        #: editing session -> the version its item had when the session began: every save of the
        #: session is made against it (the worker forwards this window's own steps), so a reload
        #: that brings another laptop's change under an open editor cannot make a save pass over it
        self._bases: dict[int, int | None] = {}
        self._conflicted: set[int] = set()
        #: items waiting for the user to merge (their uuid -> NoteMerge)
        self.merges: dict[str, NoteMerge] = {}
        self._request = 0
        self._reading = False
        self._read_again = False
        self._rendering = False
        #: a change this view did not apply itself (a move, an undo) needs a reload
        self.reload_wanted = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(_LATER_MS)
        self._later.timeout.connect(self.reload)
        controller.replayed.connect(self.want_reload)
        # closing, or opening another workshop: an undecided merge keeps both items, with what was
        # typed in its window (after this, the old workshop's edits would be refused)
        controller.flush_requested.connect(self.defer_merges)
        for column in self.order:
            column.install_keys(self)
            column.entry.returnPressed.connect(lambda c=column: self.add_from_entry(c))
            column.entry.textEdited.connect(lambda _t, c=column: self._entry_edited(c))
            column.entry.editingFinished.connect(self.write_drafts)
            column.entry.escape_pressed.connect(lambda c=column: self._entry_escape(c))
            column.model.edit_committed.connect(lambda row, text, c=column: self._committed(c, row, text))
            column.delegate.editor_opened.connect(lambda e, key, c=column: self._editor_opened(c, e, key))
            column.delegate.editor_closed.connect(self._editor_closed)
            # the selection, not the current index: a mouse click moves the current index first, and
            # the item is selected only after that (the Who field must see the item, not "nothing")
            column.list.selectionModel().selectionChanged.connect(lambda *_a, c=column: self._selected(c))

    def still_has_items(self, heading: str, n: int) -> str:
        """Why a heading cannot be deleted yet (a plural, so a method of this QObject: see :mod:`ui.room.notes_actions`)."""
        return self.tr("“{0}” still has %n items: move or delete them first.", "", n).format(heading)

    # -- what is shown -------------------------------------------------------------------------
    @property
    def room_uuid(self) -> str | None:
        return self.state.room_uuid

    @property
    def round_uuid(self) -> str | None:
        return self.state.round_uuid

    def show(self, room_uuid: str | None, round_uuid: str | None) -> None:
        """Show one room in one round (``round_uuid`` None: every round, read-only)."""
        if (room_uuid, round_uuid) == (self.state.room_uuid, self.state.round_uuid):
            return
        self.flush()
        self.state.reset(room_uuid, round_uuid)
        self.editable = room_uuid is not None and round_uuid is not None
        for column in self.order:
            column.model.set_notes([])
            column.set_editable(self.editable)
        self._restore_entries()
        self.render()
        self.reload()

    def want_reload(self) -> None:
        self.reload_wanted = True

    def notes_changed(self, own_only: bool) -> None:
        """Notes changed somewhere: read them again now, or soon when only this view's own
        edits changed them (they are on screen already; a column of thousands of items
        is not read again after every keystroke)."""
        if own_only and not self.reload_wanted:
            self._later.start()
        else:
            self.reload()

    def reload(self) -> None:
        """Read the shown notes again on the worker (coalesced: one read at a time)."""
        self._later.stop()
        self.reload_wanted = False
        room, rnd = self.state.room_uuid, self.state.round_uuid
        if room is None or not self.controller.is_open:
            self.render()
            return
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        self._request += 1
        request = self._request

        def done(notes) -> None:
            self._reading = False
            if request == self._request and (room, rnd) == (self.state.room_uuid, self.state.round_uuid):
                self.state.set_read(notes)
                self.render()
            if self._read_again:
                self._read_again = False
                self.reload()

        def failed(message) -> None:
            self._reading = False
            self.message.emit(QCoreApplication.translate("NotesEditor", "The notes could not be read: {0}").format(message))

        self.controller.read(lambda service: service.room_notes(room, rnd), done, failed)

    def read_named(self, uuids: frozenset[str], count: int) -> None:
        """Other laptops changed the notes ``uuids`` (among other rows) in the room shown: read only
        those and patch the column, so one note typed elsewhere does not read thousands again.
        Anything but an edit in place, a deletion or an item added at the end of its column (a
        move, an insertion, a heading renamed), or a count that does not come out at ``count``
        (the snapshot's live notes of the room and round), reads everything again."""
        room, rnd = self.state.room_uuid, self.state.round_uuid
        if room is None or not self.controller.is_open or self._reading or self.reload_wanted:
            self.reload()
            return
        self._later.stop()
        self._reading = True
        self._request += 1
        request = self._request

        def done(notes) -> None:
            self._reading = False
            if request != self._request or (room, rnd) != (self.state.room_uuid, self.state.round_uuid):
                return
            if self._read_again or not self._patch(notes, count):
                self._read_again = False
                self.reload()
                return
            self.render()

        def failed(message) -> None:
            self._reading = False
            self.reload()

        self.controller.read(lambda service: service.notes_named(uuids), done, failed)

    def _patch(self, notes: list, count: int) -> bool:
        """Put ``notes`` (as read now) into the column read before; False when only a whole read is right."""
        room, rnd = self.state.room_uuid, self.state.round_uuid
        read = dict(self.state.read)
        for note in notes:
            here = note.room_uuid == room and (rnd is None or note.round_uuid == rnd)
            old = read.get(note.uuid)
            if not here or note.deleted_at is not None:
                read.pop(note.uuid, None)
                continue
            category = value_of(note.category)
            if old is None:
                ends = [x.position for x in read.values() if value_of(x.category) == category]
                if ends and note.position <= max(ends):
                    return False  # put between others: their places moved too
            elif (old.position, value_of(old.category), old.heading) != (note.position, category, note.heading):
                return False  # moved, or its heading renamed with others
            read[note.uuid] = note
        if len(read) != count:
            return False
        self.state.read = read
        return True

    def workshop_opened(self) -> None:
        """Another workshop (or the first) is open: forget reads in flight, load its drafts."""
        self._reading = self._read_again = False
        self.dismiss_merges()
        self.state.reset(None, None)
        self.drafts = DraftBook()
        self.drafts_file = None
        target = self.controller.target
        if target is None:
            return
        from cafe.storage.paths import data_dir

        path = drafts_path(target, data_dir())

        def work(service):
            book = read_drafts(path)
            uuids = [d.uuid for _, d in book.items()]
            return book, set(service.note_versions(uuids)) if uuids else set()

        def done(result) -> None:
            book, existing = result
            for key, draft in self.drafts.items():  # typed before the file was read: keep it
                book.put(key, draft.text, heading_mode=draft.heading_mode)
            book.written = 0 if book.drop_added(existing) else book.revision
            self.drafts, self.drafts_file = book, path
            self._restore_entries(only_empty=True)
            if book.dirty:
                self.write_drafts()

        self.controller.read(work, done)

    def render(self) -> None:
        pending = frozenset(self.state.local)
        by_category: dict[str, list[Any]] = {}
        for note in self.state.notes():
            by_category.setdefault(value_of(note.category), []).append(note)
        self._rendering = True
        try:
            for column in self.order:
                column.model.set_notes(by_category.get(column.category, []), pending)
                column.set_count_title()
                column.show_hint()
        finally:
            self._rendering = False
        self.selection_changed.emit(self.current_note())

    def current_note(self) -> Any | None:
        row = self.current_column.selected_row()
        return None if row is None or row.is_heading else self.state.get(row.key)

    # -- editing in place --------------------------------------------------------------------------
    def _editor_opened(self, column: NotesColumn, editor: ItemEditor | HeadingEditor, key: str) -> None:
        self._open = _OpenEditor(column, editor, key, next(self._sessions), "")
        self._begin_session(self._open.session, key)
        editor.typed.connect(self.editor_autosave.touch)

    def _editor_closed(self, editor: ItemEditor | HeadingEditor) -> None:
        open_ = self._open
        if open_ is None or open_.editor is not editor:
            return
        self._open = None
        self.editor_autosave.timer.stop()
        if open_.session is not None and editor.text() != open_.sent:
            self._save_text(open_, editor.text(), final=True)  # closed without a commit
        self.entry_edit_ended(open_.column)

    def _committed(self, column: NotesColumn, row: Row, text: str) -> None:
        open_ = self._open
        if open_ is None or open_.key != row.key:
            open_ = _OpenEditor(column, None, row.key, next(self._sessions), "")
            self._begin_session(open_.session, row.key)
        if open_.session is None:
            return  # the edit was refused and its text kept as a new item
        self.editor_autosave.timer.stop()
        self._save_text(open_, text, final=True)

    def _save_open_editor(self) -> None:
        open_ = self._open
        if open_ is not None and open_.session is not None:
            assert open_.editor is not None  # the open editor's (see _editor_opened)
            self._save_text(open_, open_.editor.text(), final=False)

    def _save_text(self, open_: _OpenEditor, text: str, *, final: bool) -> None:
        open_.sent = text
        assert open_.session is not None  # the callers checked
        column = open_.column
        row = column.model.row_at(column.model.row_of(open_.key))
        if isinstance(open_.editor, HeadingEditor) or (row is not None and row.is_heading):
            if row is not None:
                self._rename(column, row, text, open_.session)
            return
        self.save_item_text(column, open_.key, text, session=open_.session, final=final)

    def _begin_session(self, session: int | None, uuid: str) -> None:
        if session is not None:
            self._bases[session] = self.state.read_version(uuid)
            while len(self._bases) > 200:  # only recent sessions can still save
                del self._bases[next(iter(self._bases))]

    def base_version(self, session: int, uuid: str) -> int | None:
        """The version ``session``'s saves of ``uuid`` are made against (the one read when it began)."""
        if session not in self._bases:
            self._begin_session(session, uuid)
        return self._bases.get(session)

    def save_item_text(self, column: NotesColumn, uuid: str, text: str, *, session: int, final: bool) -> None:
        note = self.state.get(uuid)
        stripped = text.strip()
        if note is None:
            if stripped:
                self._add(column, stripped, "")
                self.message.emit(QCoreApplication.translate("NotesEditor", "This item was deleted meanwhile; your text was kept as a new item."))
            return
        if stripped == note.text:
            return
        if not stripped:
            if final:
                self._delete(uuid)
            return
        self.state.change(uuid, edited(note, stripped))
        self.render()
        place = (cast(str, self.state.room_uuid), self.state.round_uuid)  # editable: a room is shown
        self.controller.typing_edit(
            QCoreApplication.translate("NotesEditor", "Edit item"), call(S.update_note, uuid=uuid, expected_version=self.base_version(session, uuid),
                              text=stripped),
            merge_key=("note", uuid, session), on_saved=lambda changes: self._settled(uuid, changes),
            on_refused=lambda message: self._text_refused(column, uuid, stripped, session, place, message),
            on_conflict=lambda message, current: self._text_refused(column, uuid, stripped, session, place,
                                                                    message, current))

    def _text_refused(self, column: NotesColumn, uuid: str, text: str, session: int,
                      place: tuple[str, str | None], message: str, current: Any = None) -> None:
        """An edit of ``uuid`` was refused: keep its text as a new item; ``current``: their item, to merge."""
        shown = place == (self.state.room_uuid, self.state.round_uuid)
        if shown:
            self.state.settle(uuid)
        if session in self._conflicted:  # a later save of the same edit: its text is kept already
            if current is not None:
                self.newer_conflict(uuid, current)
            return
        self._conflicted.add(session)
        open_ = self._open
        if open_ is not None and open_.session == session:
            assert open_.editor is not None  # the open editor's (see _editor_opened)
            text = open_.editor.text().strip() or text
            open_.session = None
            column.delegate.closeEditor.emit(open_.editor, column.delegate.EndEditHint.NoHint)
        note = self.state.get(uuid) if shown else None
        heading = note.heading if note is not None else (current.heading if current is not None else "")
        kept = self._add(column, text, heading, place=place)
        self.message.emit(QCoreApplication.translate("NotesEditor", "{0} Your text was kept as a new item.").format(message))
        self.render()
        self.reload()
        if current is not None and getattr(current, "deleted_at", None) is None:
            self.offer_merge(column, kept, text, message, current)

    def _rename(self, column: NotesColumn, row: Row, text: str, session: int) -> None:
        new, old = " ".join(text.split()), row.heading
        if not new or new == old:
            return
        under = [n for n in self.state.column(column.category) if n.heading == old]
        for n in under:
            self.state.change(n.uuid, dataclasses.replace(n, heading=new))
        self.render()

        self.reload_wanted = True

        def answered(changes=None, message=None) -> None:
            for n in under:
                self.state.settle(n.uuid)
            if message is not None:
                self.message.emit(QCoreApplication.translate("NotesEditor", "Heading not renamed: {0}").format(message))
            self.render()
            self.reload()

        self.controller.typing_edit(
            QCoreApplication.translate("NotesEditor", "Rename heading"), call(S.rename_heading, room_uuid=cast(str, self.state.room_uuid),  # a room is shown
                                   round_uuid=self.state.round_uuid, category=column.category, old=old, new=new),
            merge_key=("heading", column.category, session),
            on_saved=lambda changes: answered(changes), on_refused=lambda message: answered(message=message))

    # -- who said it ---------------------------------------------------------------------------------
    def set_attributions(self, uuid: str, names: list[str], *, session: int) -> None:
        note = self.state.get(uuid)
        cleaned = tuple(dict.fromkeys(n.strip() for n in names if n.strip()))
        if note is None or cleaned == tuple(note.attributions):
            return
        self.state.change(uuid, dataclasses.replace(note, attributions=cleaned))
        self.render()

        def refused(message: str) -> None:
            self.state.settle(uuid)
            self.render()
            self.message.emit(QCoreApplication.translate("NotesEditor", "Who said it was not saved: {0}").format(message))

        self.controller.typing_edit(
            QCoreApplication.translate("NotesEditor", "Set who said it"), call(S.update_note, uuid=uuid, expected_version=self.base_version(session, uuid),
                                    attributions=list(cleaned)),
            merge_key=("who", uuid, session), on_saved=lambda changes: self._settled(uuid, changes),
            on_refused=refused)

    # -- flushing ------------------------------------------------------------------------------------
    def open_editor(self) -> QWidget | None:
        return self._open.editor if self._open is not None else None

    def flush(self) -> None:
        """Save everything pending now: the open editor's text (it closes) and the drafts."""
        open_ = self._open
        if open_ is not None:
            assert open_.editor is not None  # the open editor's (see _editor_opened)
            open_.column.delegate.finish(open_.editor)
        self.write_drafts()
