"""Conflicts found when the offline journal is sent: an edit made offline that another laptop overtook.

When a workshop opens, its offline journal is replayed (see
:mod:`ui.workshop.controller`); an edit refused because another laptop changed the same
text meanwhile comes back as a :class:`cafe.sync.journal.Conflict`. For a text (an
item, a round summary, a theme synthesis) a :class:`~ui.common.merge_dialog.MergeDialog`
opens with both texts, as it does for a conflict met while typing:

* "Save this text" saves the merged text over theirs (against the version
  seen; if it changed yet again, the dialog opens again with the newer text);
* "Keep theirs" drops this laptop's text;
* "Decide later" (or closing the window, or the workshop) keeps both, the way
  the editors do: an item is added beside theirs under the same heading, a
  summary or synthesis is saved as theirs, the separator line, then ours.

Several saves of one text (autosaves while typing offline) that met the same
change are one window, with the newest text. The conflicts stay in the
journal until the user has chosen (a kill before that finds them again at the
next open). Other actions that met a change (a move, a deletion) are only
reported, by the notice the controller shows. Main thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication

from ui.common.merge_dialog import MergeDialog, both_texts
from ui.workshop.ops import S, call, call_named

if TYPE_CHECKING:
    from cafe.storage.workshop_index import WorkshopIndex
    from ui.main_window import MainWindow

#: the operations whose conflicts are merged here, and the field that holds their text
TEXT_FIELDS = {"update_note": "text", "set_round_summary": "text", "update_theme": "summary",
               "set_session_account": "text"}


def text_field(conflict: Any) -> str | None:
    """The field of a conflict's text, or None when it is not a text edit."""
    field = TEXT_FIELDS.get(conflict.entry.op)
    if field is None or field not in conflict.entry.kwargs or conflict.current is None:
        return None
    return field


def _text_key(op: str, kwargs: dict[str, Any]) -> Any:
    """Which text an edit is of: one window per text."""
    if op == "set_round_summary":
        return (op, kwargs.get("room_uuid"), kwargs.get("round_uuid"))
    if op == "set_session_account":
        return (op, kwargs.get("agenda_item_uuid"))
    return (op, kwargs.get("uuid"))


def _against(op: str, kwargs: dict[str, Any], current: Any) -> dict[str, Any]:
    """``kwargs`` made to save over ``current``: its version (and, for an account, its uuid)."""
    out = {**kwargs, "expected_version": current.version}
    if op == "set_session_account":
        out["uuid"] = current.uuid
    return out


class ReplayConflicts:
    """Opens a merge window for each text conflict the controller reports (see the module docstring)."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.controller = window.controller
        self.open: list[MergeDialog] = []
        self.controller.flush_requested.connect(self.keep_undecided)

    def show(self, conflicts: list[Any]) -> None:
        newest: dict[Any, Any] = {}
        ids: dict[Any, list[str]] = {}
        for conflict in conflicts:
            field = text_field(conflict)
            if field is None:  # reported by the controller's notice; nothing to merge
                self.controller.journal_done([conflict.entry.id])
                continue
            key = _text_key(conflict.entry.op, conflict.entry.kwargs)
            newest[key] = conflict  # in journal order: the last is the newest text
            ids.setdefault(key, []).append(conflict.entry.id)
        for key, conflict in newest.items():
            field = cast(str, text_field(conflict))  # a text edit: the others were dropped above
            self._open(conflict.entry.op, dict(conflict.entry.kwargs), field, conflict.current,
                       str(conflict.message), ids[key])

    def _open(self, op: str, kwargs: dict[str, Any], field: str, current: Any, message: str,
              entry_ids: Sequence[str] = ()) -> None:
        mine = str(kwargs[field])
        theirs = getattr(current, field, "") or ""
        dialog = MergeDialog(self.window, what=self._describe(op, current),
                             message=QCoreApplication.translate("ReplayConflicts", "Typed on this laptop while it was offline. {0}").format(message),
                             theirs=theirs, mine=mine,
                             later_hint=QCoreApplication.translate("ReplayConflicts", "Decide later keeps both texts: nothing is lost."))
        self.open.append(dialog)

        def closed() -> None:
            if dialog in self.open:
                self.open.remove(dialog)
            dialog.deleteLater()
            self.controller.journal_done(list(entry_ids))  # decided: the journal may let them go

        def save(text: str) -> None:
            closed()
            self._save(op, {**_against(op, kwargs, current), field: text}, field)

        def later() -> None:
            closed()
            self._keep_both(op, kwargs, field, current, mine)

        def keep_theirs() -> None:
            closed()

        dialog.save_chosen.connect(save)
        dialog.theirs_chosen.connect(keep_theirs)
        dialog.deferred.connect(later)
        dialog.show()

    def _save(self, op: str, kwargs: dict[str, Any], field: str) -> None:
        def again(message: str, current: Any) -> None:
            self._open(op, kwargs, field, current, message)

        self.controller.edit(QCoreApplication.translate("ReplayConflicts", "Merge texts"), call_named(op, kwargs), on_conflict=again,
                             on_refused=lambda message: self.controller.notice.emit(
                                 QCoreApplication.translate("ReplayConflicts", "Not merged: {0}").format(message)))

    def _keep_both(self, op: str, kwargs: dict[str, Any], field: str, current: Any, mine: str) -> None:
        if op == "update_note":
            self.controller.edit(QCoreApplication.translate("ReplayConflicts", "Keep both texts"), call(
                S.add_note, room_uuid=current.room_uuid, round_uuid=current.round_uuid,
                category=getattr(current.category, "value", current.category), text=mine, heading=current.heading))
            self.controller.notice.emit(QCoreApplication.translate("ReplayConflicts", "Your offline text was kept as a new item beside the other laptop's."))
            return
        theirs = getattr(current, field, "") or ""
        self._save(op, {**_against(op, kwargs, current), field: both_texts(theirs, mine)}, field)
        self.controller.notice.emit(QCoreApplication.translate("ReplayConflicts", "Both texts were kept, the other laptop's first."))

    def keep_undecided(self) -> None:
        """The workshop closes or another opens: keep both texts of every conflict still open."""
        for dialog in list(self.open):
            dialog.reject()  # emits deferred: both texts are kept

    def _describe(self, op: str, current: Any) -> str:
        index = self.controller.index
        if op == "update_note":
            return QCoreApplication.translate("ReplayConflicts", "An item in {0}").format(self._room(index, current.room_uuid))
        if op == "set_round_summary":
            return QCoreApplication.translate("ReplayConflicts", "The round summary of {0}").format(self._room(index, current.room_uuid))
        if op == "set_session_account":
            item = next((a for a in index.snap.agenda if a.uuid == current.agenda_item_uuid), None) \
                if index is not None else None
            return QCoreApplication.translate("ReplayConflicts", "The account of “{0}”").format(item.title) if item is not None else QCoreApplication.translate("ReplayConflicts", "A session's account")
        theme = index.themes.get(current.uuid) if index is not None else None
        return QCoreApplication.translate("ReplayConflicts", "The synthesis of the theme “{0}”").format(theme.title) if theme is not None \
            else QCoreApplication.translate("ReplayConflicts", "A theme's synthesis")

    @staticmethod
    def _room(index: WorkshopIndex | None, room_uuid: str) -> str:
        room = index.rooms.get(room_uuid) if index is not None else None
        return room.name if room is not None else QCoreApplication.translate("ReplayConflicts", "a room")
