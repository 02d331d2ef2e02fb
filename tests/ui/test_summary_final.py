"""The host's "Final (host)" tick vouches for one text: a later change makes the summary a draft again, visibly."""

from __future__ import annotations

from notes_support import room_view, settle
from PySide6.QtCore import Qt
from support import reading

from ui.workshop.ops import S, call


def saved_summary(db_path, view):
    with reading(db_path) as service:
        snap = service.snapshot()
    room, rnd = view.selected_room(), view.selected_round()
    return next((s for s in snap.summaries if s.room_uuid == room and s.round_uuid == rnd), None)


def shown_room(qtbot, win, **kwargs):
    win.show()
    qtbot.waitExposed(win)
    return room_view(qtbot, win, **kwargs)


def write_final_summary(qtbot, win, view, db_path, text: str):
    editor = view.summary.editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    view.summary.autosave.fire()
    settle(qtbot, win)
    qtbot.mouseClick(view.summary.final, Qt.MouseButton.LeftButton)  # the host ticks it
    settle(qtbot, win)
    saved = saved_summary(db_path, view)
    assert (saved.text, saved.draft) == (text, False) and view.summary.final.isChecked()
    assert view.summary.final_note.isHidden()


def test_changing_a_final_summary_makes_it_a_draft_until_the_host_ticks_again(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win, round_index=2)
    write_final_summary(qtbot, win, view, sample_db, "Group C wants employer-pays enforced.")

    qtbot.keyClicks(view.summary.editor, " Also unions.")  # the note-taker adds to it
    assert not view.summary.final.isChecked()  # at once: the tick no longer vouches for the text
    assert not view.summary.final_note.isHidden() and "tick again" in view.summary.final_note.text()
    view.summary.autosave.fire()
    settle(qtbot, win)
    saved = saved_summary(sample_db, view)
    assert (saved.text, saved.draft) == ("Group C wants employer-pays enforced. Also unions.", True)
    assert "Summary: draft" in view.header.text()
    assert not view.summary.final_note.isHidden()  # a reload keeps saying why

    view.summary.final.setFocus()
    qtbot.keyClick(view.summary.final, Qt.Key.Key_Space)  # the host, by keyboard, ticks the new text
    settle(qtbot, win)
    saved = saved_summary(sample_db, view)
    assert (saved.text, saved.draft) == ("Group C wants employer-pays enforced. Also unions.", False)
    assert view.summary.final.isChecked() and view.summary.final_note.isHidden()
    assert "Summary: final" in view.header.text()


def test_undo_brings_the_final_text_back_with_its_tick(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win, round_index=2)
    write_final_summary(qtbot, win, view, sample_db, "Final words of the host.")
    qtbot.keyClicks(view.summary.editor, " Typo")
    view.summary.save(final=True)
    settle(qtbot, win)
    assert saved_summary(sample_db, view).draft is True

    win.undo_action.trigger()
    settle(qtbot, win)
    saved = saved_summary(sample_db, view)
    assert (saved.text, saved.draft) == ("Final words of the host.", False)
    assert view.summary.editor.toPlainText() == "Final words of the host."
    assert view.summary.final.isChecked() and view.summary.final_note.isHidden()


def test_a_final_summary_changed_on_another_laptop_shows_as_a_draft_here(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win, round_index=2)
    write_final_summary(qtbot, win, view, sample_db, "As the host left it.")
    current = saved_summary(sample_db, view)
    # the room's other laptop saves a changed text (as a draft, as its editor does)
    win.controller.edit("Edit round summary", call(S.set_round_summary, room_uuid=view.selected_room(),
                                                   round_uuid=view.selected_round(), text="As changed elsewhere.",
                                                   expected_version=current.version, draft=True))
    settle(qtbot, win)
    assert view.summary.editor.toPlainText() == "As changed elsewhere."
    assert not view.summary.final.isChecked()
    assert not view.summary.final_note.isHidden()


def test_unticking_on_purpose_or_another_round_shows_no_warning(qtbot, sample_window, sample_db):
    win = sample_window
    view = shown_room(qtbot, win, round_index=2)
    write_final_summary(qtbot, win, view, sample_db, "Ready.")
    qtbot.mouseClick(view.summary.final, Qt.MouseButton.LeftButton)  # the host unticks it
    settle(qtbot, win)
    assert saved_summary(sample_db, view).draft is True and view.summary.final_note.isHidden()
    qtbot.keyClicks(view.summary.editor, " More")
    view.summary.autosave.fire()
    settle(qtbot, win)
    assert view.summary.final_note.isHidden()  # a draft being written: nothing to warn about

    write_final_summary(qtbot, win, view, sample_db, "Final again.")
    qtbot.keyClicks(view.summary.editor, "!")
    assert not view.summary.final_note.isHidden()
    view.select(view.selected_room(), win.controller.snapshot.rounds[0].uuid)  # another round's summary
    settle(qtbot, win)
    assert view.summary.final_note.isHidden()
