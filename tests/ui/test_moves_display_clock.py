"""The projector view of the move between rounds: the round said once, a clock, the break."""

from __future__ import annotations

import datetime as dt

from clock_support import open_with_clock, step

from ui.setup.moves_display import MovesDisplay

#: 11:47:30 in Geneva on the sample's first day: 12.5 minutes before round 1
BEFORE = dt.datetime(2019, 3, 21, 10, 47, 30)


def test_the_round_is_a_heading_and_a_clock_counts_to_its_start(qtbot, window, sample_db):
    clock, ticker = open_with_clock(qtbot, window, sample_db, BEFORE)
    display = MovesDisplay(window.controller, window)
    qtbot.addWidget(display)
    display.show()
    assert display.heading.text() == "Now moving to round 1 · 12:00"
    assert display.lines() == ["Group A → Room XVI (Human rights)", "Group B → Room XI (Regular pathways)",
                               "Group C → Room VII (Fair recruitment)"]
    assert not any(line.startswith("Round") for line in display.lines())
    assert display.clock_text() == "12:30 until round 1 starts at 12:00"
    clock.advance(30)
    ticker.poll()
    assert display.clock_text() == "12:00 until round 1 starts at 12:00"
    assert display.break_label.text() == "" and display.break_label.isHidden()


def test_while_a_round_runs_the_move_to_the_next_shows_its_time_and_the_break(qtbot, window, sample_db):
    clock, ticker = open_with_clock(qtbot, window, sample_db, BEFORE + dt.timedelta(minutes=12, seconds=30))
    overview = window.views["overview"]
    overview.start_all.click()
    step(qtbot, window, ticker)
    display = MovesDisplay(window.controller, window)
    qtbot.addWidget(display)
    display.show()
    snap = window.controller.index.snap
    assert display.round_choice.currentData() == snap.rounds[1].uuid  # the next round to start
    assert display.heading.text() == "Now moving to round 2 · 15:00"
    assert display.lines()[0] == "Group A → Room XI (Regular pathways)"
    clock.advance(50 * 60)
    ticker.poll()
    assert display.clock_text() == "10:00 left in round 1"
    assert display.break_label.text() == "Then: Lunch break until 15:00" and display.break_label.isVisibleTo(display)
    # round 1 ends in every room: the clock counts the lunch break down to round 2
    overview.control.end(snap.rounds[0].uuid, [r.uuid for r in snap.rooms])
    step(qtbot, window, ticker)
    assert display.clock_text() == "2:10:00 until round 2 starts at 15:00"
    assert display.break_label.text() == "Lunch break until 15:00"
