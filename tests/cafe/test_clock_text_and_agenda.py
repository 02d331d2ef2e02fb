"""The clock's words and digits, and the agenda timeline: what a display says is on now and next.

All time comes from a FakeClock or fixed instants; nothing sleeps.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cafe.clock.agenda import AgendaEntry, due_to_start, next_up_text, now_and_next
from cafe.clock.round_clock import RoundClock
from cafe.clock.text import (
    Phase,
    clock_time,
    end_time_text,
    format_remaining,
    format_span,
    next_tick_delay,
    phase_text,
)
from cafe.clock.watch import ClockError, naive_utc
from cafe.storage import models as m

HOUR = 3600.0
MINUS = "\u2212"


# --------------------------------------------------------------------------- text


@pytest.mark.parametrize("seconds, text", [
    (0.0, "00:00"), (-0.0, "00:00"), (-0.4, "00:00"), (-0.999, "00:00"), (-1.0, f"{MINUS}00:01"),
    (0.0001, "00:01"), (59.0, "00:59"), (59.6, "01:00"), (754.0, "12:34"), (3599.5, "1:00:00"),
    (3723.0, "1:02:03"), (-190.0, f"{MINUS}03:10"), (-3723.0, f"{MINUS}1:02:03"),
])
def test_format_remaining(seconds, text):
    assert format_remaining(seconds) == text


@pytest.mark.parametrize("phase, seconds, text", [
    (Phase.warning, 600, "Wrap up \u00b7 10 minutes left"), (Phase.warning, 540.5, "Wrap up \u00b7 10 minutes left"),
    (Phase.danger, 120, "Final minutes \u00b7 2 minutes left"),
    (Phase.danger, 60.5, "Final minutes \u00b7 2 minutes left"),
    (Phase.danger, 60, "Final minute"), (Phase.danger, 0.2, "Final minute"), (Phase.danger, 0, "Time is up"),
    (Phase.overtime, -190, "Overtime 3:10"), (Phase.overtime, -0.4, "Overtime 0:00"),
    (Phase.overtime, -3723, "Overtime 1:02:03"),
    (Phase.normal, 1800, "Running"), (Phase.paused, 30, "Paused"),
    (Phase.scheduled, HOUR, "Not started"), (Phase.finished, 0, "Ended"),
])
def test_phase_text_carries_the_phase_without_colour(phase, seconds, text):
    assert phase_text(phase, seconds) == text


def test_every_phase_starts_with_its_own_word():
    """Read without colour, the first words alone tell every phase apart (not only a number)."""
    firsts = {phase: phase_text(phase, seconds).split(" \u00b7 ")[0].split(" ")[0]
              for phase, seconds in ((Phase.normal, 1800), (Phase.warning, 300), (Phase.danger, 90),
                                     (Phase.overtime, -5), (Phase.paused, 30), (Phase.scheduled, HOUR),
                                     (Phase.finished, 0))}
    assert len(set(firsts.values())) == len(firsts)


@pytest.mark.parametrize("phase, left, text", [
    (Phase.normal, 600, "ends 13:05"), (Phase.warning, 300, "ends 13:00"), (Phase.danger, 59.6, "ends 12:56"),
    (Phase.overtime, -190, "was due 12:51"), (Phase.paused, 600, ""), (Phase.scheduled, 3600, ""),
    (Phase.finished, 0, ""),
])
def test_the_end_time_is_on_the_workshops_wall_clock(phase, left, text):
    now = dt.datetime(2019, 3, 21, 11, 55)  # naive UTC: 12:55 in Geneva
    assert end_time_text(phase, left, now, "Europe/Zurich") == text
    assert end_time_text(phase, left, now.replace(tzinfo=dt.UTC), "Europe/Zurich") == text


def test_clock_time_rounds_to_the_second_then_reads_like_a_wall_clock():
    assert clock_time(dt.datetime(2019, 3, 21, 12, 5, 59, 400_000), "Europe/Zurich") == "13:05"
    assert clock_time(dt.datetime(2019, 3, 21, 12, 5, 59, 600_000), "Europe/Zurich") == "13:06"
    assert clock_time(dt.datetime(2019, 7, 1, 12, 0), "Europe/Zurich") == "14:00"  # summer time
    assert clock_time(dt.datetime(2019, 3, 21, 12, 0), "Europe/Genva") == "12:00"  # unknown zone: UTC


@pytest.mark.parametrize("seconds, signed, text", [
    (HOUR, True, "+1 h"), (-HOUR, True, f"{MINUS}1 h"), (120, False, "2 min"),
    (3900, False, "1 h 5 min"), (30.4, True, "+30 s"), (0.2, False, "0 s"),
])
def test_format_span(seconds, signed, text):
    assert format_span(seconds, signed=signed) == text


@pytest.mark.parametrize("left, delay", [(5.3, 0.3), (5.0, 1.0), (-0.4, 0.6), (0.0, 1.0), (-2.25, 0.75)])
def test_next_tick_delay_lands_just_after_the_shown_second_changes(left, delay):
    assert next_tick_delay(left, margin_s=0.0) == pytest.approx(delay)
    assert next_tick_delay(left) == pytest.approx(delay + 0.005)


@given(st.integers(-10_000_000, 10_000_000))
def test_sleeping_the_tick_delay_always_changes_the_shown_text_once(left_us):
    left = left_us / 1e6
    exact = next_tick_delay(left, margin_s=0.0)
    assert 0 < exact <= 1
    assert format_remaining(left - exact - 1e-9) != format_remaining(left)
    assert format_remaining(left - exact + 1e-7) == format_remaining(left)


# --------------------------------------------------------------------------- agenda timeline

ZONE = "Europe/Zurich"  # Geneva's time zone
DAY1, DAY2 = dt.date(2019, 3, 21), dt.date(2019, 3, 22)


def _entry(uuid, kind, title, day, start, end):
    return AgendaEntry.local(uuid, kind, title, day, dt.time.fromisoformat(start), dt.time.fromisoformat(end), ZONE)


AGENDA = [
    _entry("f", m.AgendaKind.framing, "Framing session", DAY1, "10:00", "12:00"),
    _entry("r1", m.AgendaKind.round, "Round 1", DAY1, "12:00", "13:00"),
    _entry("l", m.AgendaKind.break_, "Lunch", DAY1, "13:00", "15:00"),
    _entry("r2", m.AgendaKind.round, "Round 2", DAY1, "15:00", "16:00"),
    _entry("b", m.AgendaKind.break_, "", DAY1, "16:00", "16:15"),
    _entry("r3", m.AgendaKind.round, "Round 3", DAY1, "16:15", "17:15"),
    _entry("w", m.AgendaKind.wrap_up, "Wrap-up", DAY1, "17:15", "18:00"),
    _entry("p", m.AgendaKind.presentation, "Presentation of outcomes", DAY2, "09:30", "12:30"),
]
BY_UUID = {e.uuid: e for e in AGENDA}


def at(day: dt.date, hhmm: str) -> dt.datetime:
    """A local time in the workshop's zone."""
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm), zoneinfo.ZoneInfo(ZONE))


@pytest.mark.parametrize("day, hhmm, current, upcoming, text", [
    (DAY1, "09:00", None, "f", "Framing session at 10:00"),
    (DAY1, "12:30", "r1", "l", "Next: Lunch until 15:00"),
    (DAY1, "13:00", "l", "r2", "Lunch until 15:00"),
    (DAY1, "14:59", "l", "r2", "Lunch until 15:00"),
    (DAY1, "15:00", "r2", "b", "Next: Break until 16:15"),
    (DAY1, "16:05", "b", "r3", "Break until 16:15"),
    (DAY1, "16:20", "r3", "w", "Next: Wrap-up at 17:15"),
    (DAY1, "17:30", "w", "p", "Next: Presentation of outcomes tomorrow at 09:30"),
    (DAY1, "19:00", None, "p", "Presentation of outcomes tomorrow at 09:30"),
    (DAY2, "08:00", None, "p", "Presentation of outcomes at 09:30"),
    (DAY2, "13:00", None, None, ""),
])
def test_now_and_next_across_lunch_and_days(day, hhmm, current, upcoming, text):
    now = at(day, hhmm)
    got_current, got_next = now_and_next(AGENDA, now)
    assert (got_current and got_current.uuid, got_next and got_next.uuid) == (current, upcoming)
    assert next_up_text(AGENDA, now) == text
    assert next_up_text(AGENDA, naive_utc(now)) == text


def test_a_later_day_is_named_by_its_date():
    now = at(DAY1, "11:00").replace(day=19)
    assert next_up_text([BY_UUID["p"]], now) == "Presentation of outcomes on 22 March at 09:30"


def test_agenda_times_are_local_to_the_workshop():
    r1 = BY_UUID["r1"]
    assert r1.start_utc == dt.datetime(2019, 3, 21, 11, 0)  # CET is UTC+1 in March 2019
    assert r1.duration_s == HOUR
    assert r1.kind == "round" and BY_UUID["b"].label == "Break"
    assert now_and_next(AGENDA, dt.datetime(2019, 3, 21, 11, 30))[0] is r1


def test_overlapping_items_prefer_the_one_that_started_last():
    day_long = _entry("d", "plenary", "Day I", DAY1, "09:00", "18:00")
    current, _ = now_and_next([day_long, *AGENDA], at(DAY1, "12:10"))
    assert current.uuid == "r1"


@pytest.mark.parametrize("make, words", [
    (lambda: _entry("x", "round", "Round 9", DAY1, "15:00", "13:00"),
     r"'Round 9' ends \(13:00\) before it starts \(15:00\)"),
    (lambda: AgendaEntry.local("x", "round", "R", DAY1, dt.time(9), dt.time(10), "Europe/Genva"),
     "Unknown time zone 'Europe/Genva'"),
    (lambda: AgendaEntry("x", "round", "R", dt.datetime(2019, 3, 21, 9), dt.datetime(2019, 3, 21, 10)),
     "needs times with a time zone"),
])
def test_bad_agenda_entries_are_refused(make, words):
    with pytest.raises(ClockError, match=words):
        make()


def test_due_to_start_names_the_round_that_should_be_running():
    rounds = [e for e in AGENDA if e.kind == "round"]
    assert due_to_start(rounds, at(DAY1, "11:59"), set()) is None
    assert due_to_start(rounds, at(DAY1, "12:00"), set()) is BY_UUID["r1"]
    assert due_to_start(rounds, at(DAY1, "12:30"), {"r1"}) is None
    assert due_to_start(rounds, at(DAY1, "13:30"), {"r1"}) is None  # lunch: nothing due
    late = due_to_start(rounds, at(DAY1, "15:10"), {"r1"})
    assert late is BY_UUID["r2"]
    # started as of the agenda's start, the round still ends on the agenda's end
    rc = RoundClock.scheduled(late.duration_s).start(late.start_utc)
    assert rc.deadline == late.end_utc
    assert rc.remaining(at(DAY1, "15:10")) == 50 * 60
