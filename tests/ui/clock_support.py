"""A main window whose clock is a FakeClock, for the clock, overview and stage display tests."""

from __future__ import annotations

import datetime as dt

from support import open_in, wait_idle

from cafe.clock.round_clock import RoundClock
from cafe.clock.text import format_remaining
from cafe.clock.watch import FakeClock
from ui.common.clock_ticker import planned_seconds, ticker_for

#: 12:00 in Geneva on the sample's first day: Round 1 is due
T0 = dt.datetime(2019, 3, 21, 11, 0)


def open_with_clock(qtbot, window, db, at: dt.datetime = T0):
    """Open ``db`` in ``window`` with a FakeClock at ``at``; returns (clock, ticker)."""
    clock = FakeClock(at)
    ticker = ticker_for(window.controller, clock)
    assert ticker.clock is clock
    open_in(qtbot, window, db)
    return clock, ticker


def step(qtbot, window, ticker) -> None:
    """Let queued saves land, then poll the ticker as its timer would."""
    wait_idle(qtbot, window.controller)
    ticker.poll()


def rooms(window) -> dict[str, str]:
    """Room name -> uuid."""
    return {r.name: r.uuid for r in window.controller.index.snap.rooms}


def room_round(service, round_uuid: str, room_uuid: str):
    return next(rr for rr in service.snapshot().room_rounds
                if rr.round_uuid == round_uuid and rr.room_uuid == room_uuid)


def true_text(window, round_uuid: str, room_uuid: str, now: dt.datetime) -> str:
    """What a display must show for a room at ``now``, computed from the snapshot without the UI."""
    index = window.controller.index
    rr = index.room_round[(round_uuid, room_uuid)]
    item = index.round_item(index.rounds[round_uuid])
    return format_remaining(RoundClock.from_row(rr, planned_seconds(item)).remaining(now))
