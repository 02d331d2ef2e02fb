"""Two laptops editing the same summary or item: the second save is refused, the user sees both and merges.

The other laptop is a second Service on the same SQLite file; this window
learns of its changes only when a save of its own is refused.
"""

from __future__ import annotations

import sqlite3

import pytest
import shiboken6
from notes_support import room_view, saved_column, saved_note, select_text, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from support import open_in, reading

from ui.room.notes_summary import SEPARATOR, both_texts
from ui.workshop.ops import S, call


def stored_summary(db_path, room_uuid, round_uuid):
    with reading(db_path) as service:
        return next((s for s in service.snapshot().summaries
                     if s.room_uuid == room_uuid and s.round_uuid == round_uuid), None)


def stored_synthesis(db_path, room_uuid) -> str:
    with reading(db_path) as service:
        return service.snapshot().theme_in_room(room_uuid).summary


def write_summary_elsewhere(db_path, room_uuid, round_uuid, text, *, draft=False):
    with reading(db_path) as other_laptop:
        row = next((s for s in other_laptop.snapshot().summaries
                    if s.room_uuid == room_uuid and s.round_uuid == round_uuid), None)
        other_laptop.set_round_summary(room_uuid, round_uuid, text, row.version if row is not None else None,
                                       draft=draft)


def type_at_end(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, text)


def refused_summary(qtbot, win, sample_db, *, round_index=1):
    """The room view with its round summary refused: laptop B saved one after this window read it."""
    view = room_view(qtbot, win, round_index=round_index)
    room, rnd = view.selected_room(), view.selected_round()
    original = view.summary.editor.toPlainText()
    write_summary_elsewhere(sample_db, room, rnd, "Laptop B: recruitment fees dominated.")
    type_at_end(qtbot, view.summary.editor, " Laptop A: and visas.")
    view.summary.autosave.fire()
    settle(qtbot, win)
    return view, room, rnd, original + " Laptop A: and visas."


def test_a_refused_summary_shows_both_texts_and_pauses_saving(qtbot, sample_window, sample_db):
    win = sample_window
    view, room, rnd, mine = refused_summary(qtbot, win, sample_db)
    summary = view.summary

    dialog = summary.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal()
    assert dialog.theirs_text() == "Laptop B: recruitment fees dominated."
    assert dialog.theirs.isReadOnly() and not dialog.mine.isReadOnly()
    assert dialog.mine_text() == mine
    assert "changed elsewhere" in dialog.explanation.text()
    assert "Round summary" in dialog.what.text()
    assert stored_summary(sample_db, room, rnd).text == "Laptop B: recruitment fees dominated."
    # the editor keeps our text, says what happened and offers the merge again
    assert summary.editor.toPlainText() == mine and summary.dirty
    assert "another laptop" in summary.status.text()
    assert not summary.merge_button.isHidden()

    # typing on (and every way an autosave could run) does not reach the database
    type_at_end(qtbot, summary.editor, " Still typing.")
    assert not summary.autosave.pending
    summary.autosave.fire()
    summary.editor.left.emit()
    settle(qtbot, win)
    assert stored_summary(sample_db, room, rnd).text == "Laptop B: recruitment fees dominated."
    assert dialog.mine_text() == mine + " Still typing."  # the open window follows the editor

    # closing decides later; "Merge…" opens the window again with the editor's text
    dialog.later_button.click()
    assert not dialog.isVisible() and summary.conflict is not None
    summary.merge_button.click()
    assert dialog.isVisible() and dialog.mine_text() == mine + " Still typing."

    dialog.mine.setPlainText("Recruitment fees dominated; visas came second.")
    dialog.save_button.click()
    settle(qtbot, win)
    saved = stored_summary(sample_db, room, rnd)
    assert saved.text == "Recruitment fees dominated; visas came second."
    assert not dialog.isVisible() and summary.conflict is None and summary.merge_button.isHidden()
    assert summary.editor.toPlainText() == saved.text and not summary.dirty
    assert summary.status.text() == "Saved"

    type_at_end(qtbot, summary.editor, " Agreed.")  # saving goes on as usual afterwards
    summary.autosave.fire()
    settle(qtbot, win)
    assert stored_summary(sample_db, room, rnd).text == saved.text + " Agreed."


def test_keep_theirs_drops_ours_and_shows_theirs(qtbot, sample_window, sample_db):
    win = sample_window
    view, room, rnd, _mine = refused_summary(qtbot, win, sample_db)
    summary = view.summary
    summary.final.setChecked(False)
    summary.merge_dialog.theirs_button.click()
    settle(qtbot, win)

    assert summary.editor.toPlainText() == "Laptop B: recruitment fees dominated."
    assert not summary.dirty and summary.conflict is None
    assert summary.final.isChecked()  # theirs is the host's final text
    saved = stored_summary(sample_db, room, rnd)
    assert (saved.text, saved.draft) == ("Laptop B: recruitment fees dominated.", False)

    type_at_end(qtbot, summary.editor, " Confirmed.")  # edits go on against their version
    summary.autosave.fire()
    settle(qtbot, win)
    assert stored_summary(sample_db, room, rnd).text == "Laptop B: recruitment fees dominated. Confirmed."


def test_a_merge_refused_again_shows_the_newer_text(qtbot, sample_window, sample_db):
    win = sample_window
    view, room, rnd, _mine = refused_summary(qtbot, win, sample_db)
    dialog = view.summary.merge_dialog
    write_summary_elsewhere(sample_db, room, rnd, "Laptop B, once more: fees and debt bondage.")
    dialog.mine.setPlainText("My merge of the first version.")
    dialog.save_button.click()
    settle(qtbot, win)

    assert dialog.isVisible()
    assert dialog.theirs_text() == "Laptop B, once more: fees and debt bondage."
    assert dialog.mine_text() == "My merge of the first version."
    assert stored_summary(sample_db, room, rnd).text == "Laptop B, once more: fees and debt bondage."
    dialog.mine.setPlainText("Fees, debt bondage, and visas.")
    dialog.save_button.click()
    settle(qtbot, win)
    assert stored_summary(sample_db, room, rnd).text == "Fees, debt bondage, and visas."


def test_what_was_merged_in_the_window_stays_when_deciding_later(qtbot, sample_window, sample_db):
    win = sample_window
    view, room, rnd, _mine = refused_summary(qtbot, win, sample_db)
    dialog = view.summary.merge_dialog
    dialog.mine.setPlainText("Half merged: fees, and visas.")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape decides later
    assert not dialog.isVisible() and view.summary.conflict is not None
    assert view.summary.editor.toPlainText() == "Half merged: fees, and visas."
    assert stored_summary(sample_db, room, rnd).text == "Laptop B: recruitment fees dominated."

    view.flush()  # what leaving the room view (or closing) does
    settle(qtbot, win)
    assert stored_summary(sample_db, room, rnd).text == both_texts("Laptop B: recruitment fees dominated.",
                                                                    "Half merged: fees, and visas.")
    assert view.summary.editor.toPlainText() == stored_summary(sample_db, room, rnd).text
    assert not view.summary.dirty and view.summary.merge_button.isHidden()


def test_a_first_summary_never_replaces_one_written_meanwhile(qtbot, window, sample_db):
    with reading(sample_db) as service:
        snap = service.snapshot()
        snap_rooms = [r.uuid for r in snap.rooms]
        room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    with sqlite3.connect(sample_db) as db:  # a round nobody has summarised yet
        db.execute("DELETE FROM round_summary WHERE room_id = (SELECT id FROM room WHERE uuid = ?)"
                   " AND round_id = (SELECT id FROM round WHERE uuid = ?)", (room, rnd))
    db.close()
    win = open_in(qtbot, window, sample_db)
    view = room_view(qtbot, win, room_index=snap_rooms.index(room), round_index=0)
    assert view.summary.editor.toPlainText() == ""

    write_summary_elsewhere(sample_db, room, rnd, "Laptop B wrote the first summary.")
    type_at_end(qtbot, view.summary.editor, "Laptop A also thought it was first.")
    view.summary.autosave.fire()
    settle(qtbot, win)

    assert stored_summary(sample_db, room, rnd).text == "Laptop B wrote the first summary."
    dialog = view.summary.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.theirs_text() == "Laptop B wrote the first summary."
    assert dialog.mine_text() == "Laptop A also thought it was first."


@pytest.mark.parametrize("window_open", [True, False])
def test_switching_room_with_an_undecided_conflict_keeps_both_texts(qtbot, sample_window, sample_db, window_open):
    win = sample_window
    notices = []
    win.controller.notice.connect(notices.append)
    view, room, rnd, mine = refused_summary(qtbot, win, sample_db)
    dialog = view.summary.merge_dialog
    if not window_open:
        dialog.close()
    assert stored_summary(sample_db, room, rnd).text == "Laptop B: recruitment fees dominated."

    other = next(r.uuid for r in win.controller.snapshot.rooms if r.uuid != room)
    view.select(other, rnd)
    settle(qtbot, win)

    saved = stored_summary(sample_db, room, rnd)
    assert saved.text == both_texts("Laptop B: recruitment fees dominated.", mine)
    assert saved.text == f"Laptop B: recruitment fees dominated.\n\n{SEPARATOR}\n{mine}"
    assert saved.draft
    assert not dialog.isVisible() and view.summary.conflict is None
    assert any(SEPARATOR in n and "both texts" in n for n in notices)

    view.select(room, rnd)  # coming back shows what was stored, nothing pending
    settle(qtbot, win)
    assert view.summary.editor.toPlainText() == saved.text and not view.summary.dirty


def test_closing_the_workshop_with_an_undecided_conflict_keeps_both_texts(qtbot, sample_window, sample_db):
    win = sample_window
    _view, room, rnd, mine = refused_summary(qtbot, win, sample_db)
    win.controller.close()
    win.controller.tasks.shutdown()
    assert stored_summary(sample_db, room, rnd).text == both_texts("Laptop B: recruitment fees dominated.", mine)


def test_a_switch_save_refused_after_the_switch_keeps_both_texts(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win, round_index=1)
    room, rnd = view.selected_room(), view.selected_round()
    write_summary_elsewhere(sample_db, room, rnd, "Laptop B's text.")
    view.summary.editor.selectAll()
    qtbot.keyClicks(view.summary.editor, "Typed just before switching.")
    other = next(r.uuid for r in win.controller.snapshot.rooms if r.uuid != room)
    view.select(other, rnd)  # the save goes out on the switch and is refused after it
    settle(qtbot, win)
    assert stored_summary(sample_db, room, rnd).text == both_texts("Laptop B's text.", "Typed just before switching.")
    assert view.summary.merge_dialog is None or not view.summary.merge_dialog.isVisible()


def test_the_theme_synthesis_merges_the_same_way(qtbot, sample_window, sample_db):
    win = sample_window
    view = room_view(qtbot, win)
    room = view.selected_room()
    with reading(sample_db) as other_laptop:
        theme = other_laptop.snapshot().theme_in_room(room)
        other_laptop.update_theme(theme.uuid, theme.version, summary="Laptop B: rights first.")
    type_at_end(qtbot, view.synthesis.editor, "Laptop A: access to justice.")
    view.synthesis.autosave.fire()
    settle(qtbot, win)

    dialog = view.synthesis.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.theirs_text(), dialog.mine_text()) == ("Laptop B: rights first.", "Laptop A: access to justice.")
    assert "Theme synthesis" in dialog.what.text()
    assert stored_synthesis(sample_db, room) == "Laptop B: rights first."
    type_at_end(qtbot, view.synthesis.editor, " More.")
    view.synthesis.autosave.fire()
    settle(qtbot, win)
    assert stored_synthesis(sample_db, room) == "Laptop B: rights first."

    dialog.mine.setPlainText("Rights first, and access to justice.")
    dialog.save_button.click()
    settle(qtbot, win)
    assert stored_synthesis(sample_db, room) == "Rights first, and access to justice."
    assert view.synthesis.conflict is None and not view.synthesis.dirty


def test_a_summary_changed_elsewhere_while_typing_is_not_overwritten_after_a_reload(qtbot, sample_window,
                                                                                    sample_db):
    """A reload that brings their version while we type must not make our next save overwrite it."""
    win = sample_window
    view = room_view(qtbot, win, round_index=1)
    room, rnd = view.selected_room(), view.selected_round()
    type_at_end(qtbot, view.summary.editor, " Mine.")
    write_summary_elsewhere(sample_db, room, rnd, "Laptop B meanwhile.")
    # an edit of this window's own reads only what it touched (a note) ...
    win.controller.edit("Add item", call(S.add_note, room_uuid=room, round_uuid=rnd, category="other",
                                         text="Added meanwhile"))
    settle(qtbot, win)
    # ... and the window sees within a second that another program wrote the file: it reads it all again
    qtbot.waitUntil(lambda: win.controller.index.summary_of[(rnd, room)].text == "Laptop B meanwhile.",
                    timeout=10000)
    assert view.summary.editor.toPlainText().endswith(" Mine.")
    view.summary.autosave.fire()
    settle(qtbot, win)
    assert stored_summary(sample_db, room, rnd).text == "Laptop B meanwhile."
    assert view.summary.merge_dialog is not None and view.summary.merge_dialog.isVisible()


# -- items in the columns ------------------------------------------------------------------------------


def refused_item(qtbot, win, sample_db):
    """An item edited in place here after laptop B changed it: (view, its uuid, our text, the kept copy's uuid)."""
    view = room_view(qtbot, win)
    column = view.columns["opportunity"]
    row = next(r for r in column.model.rows if not r.is_heading)
    select_text(column, row.note.text)
    qtbot.keyClick(column.list, Qt.Key.Key_F2)
    with reading(sample_db) as other_laptop:
        current = other_laptop.get("note", row.key)
        other_laptop.update_note(row.key, current.version, text="Laptop B: online visa portals")
    qtbot.keyClicks(view.notes.open_editor(), " and mine")
    qtbot.keyClick(view.notes.open_editor(), Qt.Key.Key_Return)
    settle(qtbot, win)
    mine = row.note.text + " and mine"
    kept = next(uuid for uuid, heading, text in _items(sample_db, view) if text == mine)
    return view, row.key, mine, kept


def _items(db_path, view):
    with reading(db_path) as service:
        notes = service.notes(view.selected_room(), view.selected_round())
    return [(n.uuid, n.heading, n.text) for n in notes if getattr(n.category, "value", n.category) == "opportunity"]


def test_an_item_changed_elsewhere_opens_the_merge_window_and_keeps_our_copy(qtbot, sample_window, sample_db):
    win = sample_window
    view, uuid, mine, kept = refused_item(qtbot, win, sample_db)
    merge = view.notes.merges[uuid]
    assert merge.dialog.isVisible()
    assert merge.dialog.theirs_text() == "Laptop B: online visa portals"
    assert merge.dialog.mine_text() == mine
    assert "Opportunities" in merge.dialog.what.text()
    texts = [t for _, t in saved_column(sample_db, view, "opportunity")]
    assert "Laptop B: online visa portals" in texts and mine in texts  # nothing lost meanwhile
    assert saved_note(sample_db, kept).heading == saved_note(sample_db, uuid).heading


def test_an_item_changed_elsewhere_and_reloaded_under_the_open_editor_is_not_overwritten(qtbot, sample_window,
                                                                                          sample_db):
    """The editor saves against the version it opened on: their change, read again while we type, still wins."""
    win = sample_window
    view = room_view(qtbot, win)
    column = view.columns["opportunity"]
    row = next(r for r in column.model.rows if not r.is_heading)
    select_text(column, row.note.text)
    qtbot.keyClick(column.list, Qt.Key.Key_F2)
    qtbot.keyClicks(view.notes.open_editor(), " and mine")
    with reading(sample_db) as other_laptop:
        current = other_laptop.get("note", row.key)
        other_laptop.update_note(row.key, current.version, text="Laptop B: online visa portals")
    # B's change announced as a live refresh does on a shared workshop: the room view reads it in
    win.controller._request_reload({"note"}, own=False)
    qtbot.waitUntil(lambda: view.notes.state.read_version(row.key) == current.version + 1, timeout=5000)
    assert view.notes.open_editor() is not None
    qtbot.keyClick(view.notes.open_editor(), Qt.Key.Key_Return)
    settle(qtbot, win)
    assert saved_note(sample_db, row.key).text == "Laptop B: online visa portals"
    texts = [t for _, t in saved_column(sample_db, view, "opportunity")]
    assert row.note.text + " and mine" in texts  # ours kept as a copy, to merge
    assert view.notes.merges[row.key].dialog.isVisible()


@pytest.mark.parametrize("choice", ["save", "theirs", "close", "close_edited", "workshop_closes"])
def test_the_choice_in_the_item_merge_window(qtbot, sample_window, sample_db, choice):
    win = sample_window
    view, uuid, mine, kept = refused_item(qtbot, win, sample_db)
    dialog = view.notes.merges[uuid].dialog
    if choice == "save":
        dialog.mine.setPlainText("Online visa portals (Laptop A and B)")
        dialog.save_button.click()
    elif choice == "theirs":
        dialog.theirs_button.click()
    elif choice == "close":
        dialog.close()
    elif choice == "close_edited":
        dialog.mine.setPlainText(mine + ", merged halfway")
        dialog.later_button.click()
    else:  # the workshop closes (or another opens) with the window open and edited
        dialog.mine.setPlainText(mine + ", merged halfway")
        win.controller.flush()
    settle(qtbot, win)

    texts = [t for _, _, t in _items(sample_db, view)]
    assert uuid not in view.notes.merges
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and let go)
    if choice == "save":
        assert saved_note(sample_db, uuid).text == "Online visa portals (Laptop A and B)"
        assert saved_note(sample_db, kept).deleted_at is not None
        assert mine not in texts and "Laptop B: online visa portals" not in texts
        assert texts.count("Online visa portals (Laptop A and B)") == 1
        assert view.notes.state.get(uuid).text == "Online visa portals (Laptop A and B)"
        win.undo_action.trigger()  # the first Ctrl+Z brings the copy back
        settle(qtbot, win)
        assert saved_note(sample_db, kept).deleted_at is None
    elif choice == "theirs":
        assert saved_note(sample_db, uuid).text == "Laptop B: online visa portals"
        assert saved_note(sample_db, kept).deleted_at is not None
        assert mine not in texts
    else:
        assert saved_note(sample_db, uuid).text == "Laptop B: online visa portals"
        kept_text = mine if choice == "close" else mine + ", merged halfway"  # the window's edits too
        assert saved_note(sample_db, kept).text == kept_text and saved_note(sample_db, kept).deleted_at is None


def test_an_item_merge_refused_again_shows_the_newer_text(qtbot, sample_window, sample_db):
    win = sample_window
    view, uuid, _mine, kept = refused_item(qtbot, win, sample_db)
    dialog = view.notes.merges[uuid].dialog
    with reading(sample_db) as other_laptop:
        current = other_laptop.get("note", uuid)
        other_laptop.update_note(uuid, current.version, text="Laptop B again: e-visas")
    dialog.mine.setPlainText("My merge")
    dialog.save_button.click()
    settle(qtbot, win)
    assert dialog.isVisible() and dialog.theirs_text() == "Laptop B again: e-visas"
    assert saved_note(sample_db, uuid).text == "Laptop B again: e-visas"
    assert saved_note(sample_db, kept).deleted_at is None  # the copy stays until a merge is saved
    dialog.save_button.click()
    settle(qtbot, win)
    assert saved_note(sample_db, uuid).text == "My merge"
    assert saved_note(sample_db, kept).deleted_at is not None


def test_a_copy_edited_since_it_was_kept_is_not_deleted(qtbot, sample_window, sample_db):
    win = sample_window
    view, uuid, mine, kept = refused_item(qtbot, win, sample_db)
    column = view.columns["opportunity"]
    view.notes.save_item_text(column, kept, mine + " (edited)", session=999, final=True)
    settle(qtbot, win)
    view.notes.merges[uuid].dialog.theirs_button.click()
    settle(qtbot, win)
    assert saved_note(sample_db, kept).text == mine + " (edited)"
    assert saved_note(sample_db, kept).deleted_at is None


def test_typing_on_while_the_merge_window_opens_continues_at_the_end_of_yours(qtbot, sample_window, sample_db):
    win = sample_window
    view, _room, _rnd, mine = refused_summary(qtbot, win, sample_db)
    dialog = view.summary.merge_dialog
    type_at_end(qtbot, view.summary.editor, " More.")  # keys still reaching the editor: the window follows
    assert dialog.mine_text() == mine + " More."
    qtbot.keyClicks(dialog.mine, " And the end.")  # then the window has the keyboard
    assert dialog.mine_text() == mine + " More. And the end."
