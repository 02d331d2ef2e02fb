"""Merging an item another laptop changed while it was being edited here (a mixin of the notes editor).

An in-place edit refused because the item changed elsewhere meanwhile keeps
the typed text as a new item under the same heading at once (see
:mod:`ui.room.notes_editor`): nothing is lost even if nobody ever looks. When the
refusal says what the item holds now, a :class:`~ui.common.merge_dialog.MergeDialog`
also opens with their text and ours:

* "Save this text" saves the merged text into *their* item, against the
  version the refusal reported, then deletes the copy kept aside (two undo
  steps: "Merge item", then the deletion). If they changed it once more
  meanwhile, the merge is refused and the dialog shows their newer text.
* "Keep theirs" deletes the copy kept aside.
* Closing decides: both items stay (what was edited in the dialog's right-hand
  side goes into the copy).

The copy is deleted only while it still holds the text it was kept with: an
edit made to it meanwhile wins. Main thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.common.merge_dialog import MergeDialog
from ui.room.notes_column import NotesColumn
from ui.room.notes_state import edited
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    import itertools

    from PySide6.QtCore import SignalInstance

    from cafe.service_base import Changes
    from ui.room.notes_state import NotesState
    from ui.workshop.controller import WorkshopController

_LATER = QT_TRANSLATE_NOOP("NotesEditor", "Decide later: both stay in the column, theirs and yours (kept as a "
                          "new item under the same heading).")


@dataclass
class NoteMerge:
    """One item waiting for the user to merge: theirs, and the copy of ours kept aside."""

    column: NotesColumn
    their_uuid: str
    kept_uuid: str
    kept_text: str
    #: the (room, round) both items are in
    place: tuple[str, str | None]
    #: their item as the Service last reported it
    current: Any
    dialog: MergeDialog


class MergeActions:
    """Mixin of :class:`ui.room.notes_editor.NotesEditor` (which provides ``controller``, ``state``,
    ``message``, ``render``, ``_delete``, ``_settled`` and ``_sessions``).

    ``merges`` (their uuid -> :class:`NoteMerge`) must be set by the editor's ``__init__``.
    """

    merges: dict[str, NoteMerge]

    if TYPE_CHECKING:  # provided by NotesEditor
        controller: WorkshopController
        state: NotesState
        message: SignalInstance
        _sessions: itertools.count[int]

        def render(self) -> None: ...
        def _delete(self, uuid: str, text: str | None = None) -> None: ...
        def _settled(self, uuid: str, changes: Changes) -> None: ...
        def save_item_text(self, column: NotesColumn, uuid: str, text: str, *, session: int,
                           final: bool) -> None: ...

    def offer_merge(self, column: NotesColumn, kept_uuid: str, kept_text: str, message: str, current: Any) -> None:
        """Open the merge window for ``current`` (their item) and ``kept_text`` (ours, kept as ``kept_uuid``)."""
        old = self.merges.pop(current.uuid, None)
        if old is not None:  # refused again before a choice: the newer copy is the one to merge
            old.dialog.dismiss()
            old.dialog.deleteLater()
        heading = current.heading.strip()
        what = (QCoreApplication.translate("NotesEditor", "An item in {0}, under “{1}”").format(column.title, heading) if heading
                else QCoreApplication.translate("NotesEditor", "An item in {0}").format(column.title))
        dialog = MergeDialog(column.window(), what=what, message=message, theirs=current.text, mine=kept_text,
                             later_hint=QCoreApplication.translate("NotesEditor", str(_LATER)), allow_empty=False)
        merge = NoteMerge(column, current.uuid, kept_uuid, kept_text, (current.room_uuid, current.round_uuid),
                          current, dialog)
        self.merges[current.uuid] = merge
        dialog.save_chosen.connect(lambda text: self._merge_chosen(merge, text))
        dialog.theirs_chosen.connect(lambda: self._theirs_chosen(merge))
        dialog.deferred.connect(lambda: self._merge_deferred(merge))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def newer_conflict(self, their_uuid: str, current: Any) -> None:
        """A queued save of the same edit was refused too: show the newest of their text."""
        merge = self.merges.get(their_uuid)
        if merge is not None and current.version > merge.current.version:
            merge.current = current
            merge.dialog.set_texts(theirs=current.text)

    def defer_merges(self) -> None:
        """Decide later for every open merge window (both items stay, with the window's edits)."""
        for merge in list(self.merges.values()):
            self._merge_deferred(merge)

    def dismiss_merges(self) -> None:
        """Close every merge window (another workshop opened): both items stay."""
        for merge in list(self.merges.values()):
            self._finish(merge)

    # -- the choices -------------------------------------------------------------------------------
    def _merge_chosen(self, merge: NoteMerge, text: str) -> None:
        text = text.strip()
        if not text or text == merge.current.text:
            self._drop_kept(merge)
            self._finish(merge)
            return
        uuid = merge.their_uuid
        note = self.state.get(uuid)
        shown = note is not None
        if shown:
            self.state.change(uuid, edited(note, text))
            self.render()

        def answered() -> None:
            if shown:
                self.state.settle(uuid)
                self.render()

        def saved(changes: Changes) -> None:
            if shown:
                self._settled(uuid, changes)
            self._drop_kept(merge)
            self._finish(merge)
            self.message.emit(QCoreApplication.translate("NotesEditor", "Merged into the other laptop's item; the copy kept aside was deleted."))

        def refused(message: str) -> None:
            answered()
            self._finish(merge)
            self.message.emit(QCoreApplication.translate("NotesEditor", "Not merged: {0} Your text stays as its own item.").format(message))

        def conflicted(message: str, current: Any) -> None:
            answered()
            if self.merges.get(uuid) is not merge:
                return
            merge.current = current
            merge.dialog.set_texts(message=message, theirs=current.text, mine=text)
            merge.dialog.show()
            merge.dialog.raise_()

        self.controller.edit(QCoreApplication.translate("NotesEditor", "Merge item"), call(S.update_note, uuid=uuid, expected_version=merge.current.version,
                                                text=text),
                             on_saved=saved, on_refused=refused, on_conflict=conflicted)

    def _theirs_chosen(self, merge: NoteMerge) -> None:
        self._drop_kept(merge)
        self._finish(merge)
        self.message.emit(QCoreApplication.translate("NotesEditor", "Kept the other laptop's text; your copy was deleted (Ctrl+Z brings it back)."))

    def _merge_deferred(self, merge: NoteMerge) -> None:
        text = merge.dialog.mine_text().strip()
        kept = self.state.get(merge.kept_uuid)
        if merge.dialog.mine_edited() and text and kept is not None and text != kept.text:
            self.save_item_text(merge.column, merge.kept_uuid, text, session=next(self._sessions), final=True)
        self._finish(merge)
        self.message.emit(QCoreApplication.translate("NotesEditor", "Both kept: the other laptop's item, and yours as a new item under the same heading."))

    def _drop_kept(self, merge: NoteMerge) -> None:
        """Delete the copy kept aside, unless it was edited since."""
        kept = self.state.get(merge.kept_uuid)
        if kept is None and merge.place == (self.state.room_uuid, self.state.round_uuid):
            return  # deleted here already
        if kept is not None and kept.text != merge.kept_text:
            self.message.emit(QCoreApplication.translate("NotesEditor", "Your copy was edited since it was kept aside, so it stays."))
            return
        self._delete(merge.kept_uuid, QCoreApplication.translate("NotesEditor", "Delete the copy kept aside"))

    def _finish(self, merge: NoteMerge) -> None:
        if self.merges.get(merge.their_uuid) is merge:
            del self.merges[merge.their_uuid]
        merge.dialog.dismiss()
        merge.dialog.deleteLater()
