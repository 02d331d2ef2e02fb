"""The clock of the move between rounds, on the sample workshop's day (Geneva, 21 March 2019)."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe import workshop_file
from cafe.clock.between import MoveClock, move_clock
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path


def utc(hhmm: str, day: int = 21) -> dt.datetime:
    """A naive UTC instant on the sample's day given in Geneva time (UTC+1 in March 2019)."""
    local = dt.datetime(2019, 3, day, *map(int, hhmm.split(":")))
    return local - dt.timedelta(hours=1)


@pytest.fixture
def svc():
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    yield service
    service.db.dispose()


def rounds(svc):
    return [rnd.uuid for rnd in sorted(svc.snapshot().rounds, key=lambda r: r.number)]


def test_the_move_into_a_round_counts_down_to_its_start_and_names_the_break(svc):
    r1, r2, r3 = rounds(svc)
    snap = svc.snapshot()
    assert move_clock(snap, r1, utc("11:47:30")) == MoveClock("12:30", "until round 1 starts at 12:00", "")
    assert move_clock(snap, r2, utc("14:40")) == MoveClock(
        "20:00", "until round 2 starts at 15:00", "Lunch break until 15:00")
    assert move_clock(snap, r3, utc("16:05")) == MoveClock("10:00", "until round 3 starts at 16:15",
                                                           "Break until 16:15")
    assert move_clock(snap, r2, utc("15:04")) == MoveClock("", "Round 2 was due at 15:00", "Lunch break until 15:00")
    # another day (a rehearsal): its start, no countdown to a date far away
    assert move_clock(snap, r2, dt.datetime(2025, 6, 10, 9, 0)) == MoveClock(
        "", "Round 2 at 15:00", "Lunch break until 15:00")
    assert move_clock(snap, None, utc("12:00")) == MoveClock()


def test_while_the_round_before_runs_the_clock_counts_it_then_the_round_itself(svc):
    r1, r2, _r3 = rounds(svc)
    svc.start_round(r1, at=utc("12:00"))
    snap = svc.snapshot()
    assert move_clock(snap, r2, utc("12:48")) == MoveClock("12:00", "left in round 1", "Then: Lunch break until 15:00")
    assert move_clock(snap, r1, utc("12:48")) == MoveClock("12:00", "left in round 1")
    svc.pause_round(r1, at=utc("12:50"))
    assert move_clock(svc.snapshot(), r1, utc("12:55")) == MoveClock("10:00", "round 1 paused")
    svc.end_round(r1, at=utc("12:56"))
    snap = svc.snapshot()
    assert move_clock(snap, r1, utc("13:10")) == MoveClock("", "Round 1 has ended")
    assert move_clock(snap, r2, utc("13:10")) == MoveClock("1:50:00", "until round 2 starts at 15:00",
                                                           "Lunch break until 15:00")
