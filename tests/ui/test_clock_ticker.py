"""The ticker: one tick per shown second, the right time however irregularly it runs, and clock trouble."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from clock_support import (
    open_with_clock,
    room_round,
    rooms,
    step,
    true_text,
)
from support import reading, wait_idle

from cafe.clock.watch import FakeClock
from ui.common.clock_ticker import IDLE_INTERVAL_S, ClockTicker, ticker_for
from ui.moderator.overview_view import TIME_COLUMN


@pytest.fixture
def live(qtbot, window, sample_db):
    clock, ticker = open_with_clock(qtbot, window, sample_db)
    return window, clock, ticker


def shown(window, room: str) -> str:
    view = window.views["overview"]
    row = view.model.row_of(rooms(window)[room])
    return view.model.data(view.model.index(row, TIME_COLUMN))


def start_round(qtbot, window, ticker, **kwargs) -> str:
    view = window.views["overview"]
    view.control.start(**kwargs)
    step(qtbot, window, ticker)
    return window.controller.index.snap.rounds[0].uuid


def test_one_ticker_per_controller_and_it_goes_with_it(qtbot, live):
    window, _clock, ticker = live
    assert ticker_for(window.controller) is ticker
    assert ticker_for(window.controller, FakeClock()).clock is _clock  # the first clock stays


def test_the_ticker_emits_once_per_shown_second(qtbot, live):
    window, clock, ticker = live
    start_round(qtbot, window, ticker)
    ticks = []
    ticker.tick.connect(ticks.append)
    clock.advance(0.3)  # 59:59.7 still shows 1:00:00
    ticker.poll()
    assert ticks == []
    assert 690 <= ticker.interval_ms <= 710  # re-armed for the next change, 0.7 s away
    clock.advance(0.7)
    ticker.poll()
    ticker.poll()
    assert ticks == [clock.wall()]
    clock.advance(5)  # a late timer: one tick, not five
    ticker.poll()
    assert len(ticks) == 2 and shown(window, "Room XI") == "59:54"


def test_with_nothing_running_it_ticks_at_most_once_a_second(qtbot, live):
    _window, clock, ticker = live
    ticks = []
    ticker.tick.connect(ticks.append)
    clock.advance(0.25)
    ticker.poll()
    assert 0 < ticker.interval_ms <= IDLE_INTERVAL_S * 1000 + 10
    clock.advance(0.25)
    ticker.poll()
    clock.advance(0.6)
    ticker.poll()
    assert len(ticks) <= 2  # the wall second changed once since the first poll


def test_three_hours_of_irregular_ticks_show_the_true_time_and_end_right(qtbot, live):
    """The UI thread is blocked for up to 9 s at a time; every poll still shows the truth."""
    window, clock, ticker = live
    rnd = start_round(qtbot, window, ticker)
    window.views["overview"].control.extend(120)  # a three-hour round
    step(qtbot, window, ticker)
    room = rooms(window)["Room XI"]
    rng = random.Random(4)
    elapsed = 0.0
    while elapsed < 3 * 3600 - 10:
        gap = rng.choice((0.2, 0.5, 1.0, 1.0, 2.7, 9.0)) * rng.uniform(0.9, 1.1)
        gap = min(gap, 3 * 3600 - 10 - elapsed)
        clock.advance(gap)
        elapsed += gap
        ticker.poll()
        assert shown(window, "Room XI") == true_text(window, rnd, room, clock.wall())
    clock.advance(3 * 3600 - elapsed)
    ticker.poll()
    assert shown(window, "Room XI") == "00:00"
    clock.advance(1.0)
    ticker.poll()
    assert shown(window, "Room XI") == "\u221200:01"


def test_a_wall_clock_jump_shifts_the_rounds_and_keeps_the_time(qtbot, live, sample_db):
    window, clock, ticker = live
    rnd = start_round(qtbot, window, ticker)
    clock.advance(600)
    ticker.poll()
    assert shown(window, "Room XI") == "50:00"
    clock.jump_wall(3600)  # someone sets the system clock an hour ahead
    with qtbot.waitSignal(window.controller.notice) as notice:
        ticker.poll()
    assert notice.args == ["System clock changed by +1 h; round time kept."]
    assert shown(window, "Room XI") == "50:00"  # at once, before the database has the shift
    wait_idle(qtbot, window.controller)
    ticker.poll()
    assert shown(window, "Room XI") == "50:00"
    assert ticker.now() == clock.wall()  # the shift is stored: no correction left
    with reading(sample_db) as service:
        rr = room_round(service, rnd, rooms(window)["Room XI"])
    assert rr.deadline.replace(tzinfo=None) == clock.wall() + dt.timedelta(minutes=50)
    assert window.controller.undo_stack.count() == 1  # the correction is not an undo step


def test_a_jump_back_while_paused_keeps_the_time_left(qtbot, live):
    window, clock, ticker = live
    start_round(qtbot, window, ticker)
    clock.advance(300)
    window.views["overview"].control.pause()
    step(qtbot, window, ticker)
    clock.jump_wall(-3600)
    ticker.poll()
    wait_idle(qtbot, window.controller)
    window.views["overview"].control.resume()
    step(qtbot, window, ticker)
    clock.advance(60)
    ticker.poll()
    assert shown(window, "Room XI") == "54:00"


def test_after_a_two_minute_suspend_the_time_is_right_at_once(qtbot, live):
    window, clock, ticker = live
    start_round(qtbot, window, ticker)
    clock.advance(600)
    ticker.poll()
    clock.suspend(120)
    with qtbot.waitSignal(window.controller.notice) as notice:
        ticker.poll()
    assert "asleep for 2 min" in notice.args[0]
    assert shown(window, "Room XI") == "48:00"
    wait_idle(qtbot, window.controller)
    assert window.controller.index.snap.room_rounds  # nothing was rewritten for a suspend
    assert ticker.now() == clock.wall()


def test_a_ticker_without_its_controller_stops(qtbot):
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    ticker = ClockTicker(controller, FakeClock())
    assert ticker.interval_ms > 0
    tasks.shutdown()
    del controller
    import gc

    gc.collect()
    assert ticker.controller is None
    with qtbot.waitSignal(ticker.destroyed, timeout=5000):
        ticker.poll()
