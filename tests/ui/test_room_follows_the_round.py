"""The room view follows the round running in its room; notes typed after the switch land in the new round."""

from __future__ import annotations

from notes_support import room_view, saved_column, settle, type_item
from PySide6.QtCore import Qt
from support import wait_idle

from ui.workshop.ops import S, call


def _clock(qtbot, win, op, rnd):
    win.controller.edit("Clock", call(op, round_uuid=rnd))
    wait_idle(qtbot, win.controller)


def test_when_the_moderator_starts_the_next_round_the_room_view_moves_there(qtbot, sample_window, sample_db):
    win = sample_window
    rounds = [r.uuid for r in win.controller.snapshot.rounds]
    _clock(qtbot, win, S.start_round, rounds[0])
    view = room_view(qtbot, win, round_index=0)
    type_item(qtbot, view.columns["practice"], "Typed in round one (Chile)")
    settle(qtbot, win)
    type_item(qtbot, view.columns["challenge"], "Half typed at the switch", enter=False)

    notices = []
    win.controller.notice.connect(notices.append)
    _clock(qtbot, win, S.end_round, rounds[0])
    _clock(qtbot, win, S.start_round, rounds[1])
    settle(qtbot, win)
    assert view.selected_round() == rounds[1]
    assert any("Round 2 started" in n for n in notices)
    assert view.ended_banner.isHidden()
    type_item(qtbot, view.columns["practice"], "Typed after the switch (Peru)")
    settle(qtbot, win)

    assert ("", "Typed after the switch (Peru)") in saved_column(sample_db, view, "practice")  # round 2
    view.select(view.selected_room(), rounds[0])
    settle(qtbot, win)
    round_one = saved_column(sample_db, view, "practice")
    assert ("", "Typed in round one (Chile)") in round_one
    assert ("", "Typed after the switch (Peru)") not in round_one
    assert view.columns["challenge"].entry.text() == "Half typed at the switch"  # kept as round 1's draft


def test_a_round_picked_on_purpose_stays_with_a_banner_and_ctrl_r_goes_to_the_running_one(qtbot, sample_window):
    win = sample_window
    rounds = [r.uuid for r in win.controller.snapshot.rounds]
    _clock(qtbot, win, S.start_round, rounds[0])
    _clock(qtbot, win, S.end_round, rounds[0])
    _clock(qtbot, win, S.start_round, rounds[1])
    view = room_view(qtbot, win, round_index=0)  # the note-taker finishes round 1 on purpose
    settle(qtbot, win)
    assert view.selected_round() == rounds[0]
    assert not view.ended_banner.isHidden()
    assert "round 1, which has ended" in view.ended_banner.text() and "Round 2 is running" in view.ended_banner.text()
    assert view.to_running.accessibleName() == "Go to the running round, round 2"
    _clock(qtbot, win, S.pause_round, rounds[1])  # another refresh: the choice is kept
    settle(qtbot, win)
    assert view.selected_round() == rounds[0]
    view.columns["practice"].entry.setFocus()
    qtbot.keyClick(view.columns["practice"].entry, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    assert view.selected_round() == rounds[1] and view.ended_banner.isHidden()
