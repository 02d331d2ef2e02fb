"""The round clock: deadlines, clock trouble, transitions and thresholds.

All time comes from a FakeClock; nothing sleeps.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cafe.clock.round_clock import COLUMNS, ClockState, RoundClock, Thresholds, start_many
from cafe.clock.text import Phase, format_remaining, phase_text
from cafe.clock.watch import ClockError, ClockWatch, FakeClock, Suspend, SystemClock, WallJump
from cafe.storage import models as m

HOUR = 3600.0
MINUS = "\u2212"


def running(planned_s: float = HOUR, *, clock: FakeClock | None = None):
    clock = clock or FakeClock()
    watch = ClockWatch(clock)
    return clock, watch, RoundClock.scheduled(planned_s).start(watch.read().now)


# --------------------------------------------------------------------------- deadline, not ticks


def test_three_hours_with_a_blocked_ui_thread_end_on_the_exact_time():
    rng = random.Random(20190321)
    clock, watch, rc = running(3.5 * HOUR)
    elapsed_ms = 0
    total_ms = 3 * 3600 * 1000
    reads = 0
    while elapsed_ms < total_ms:
        # a 100 ms ticker that the UI thread often keeps waiting, sometimes for seconds
        step = 100 + rng.choice((0, 0, 0, rng.randint(1, 400), rng.randint(400, 5000)))
        step = min(step, total_ms - elapsed_ms)
        clock.advance(step / 1000)
        elapsed_ms += step
        reading = watch.read()
        reads += 1
        assert reading.events == ()
        expected = 3.5 * HOUR - elapsed_ms / 1000
        assert rc.remaining(reading.now) == pytest.approx(expected, abs=1e-6)
        assert format_remaining(rc.remaining(reading.now)) == format_remaining(expected)
    assert reads > 10_000
    assert rc.remaining(watch.read().now) == pytest.approx(1800.0, abs=1e-6)
    assert format_remaining(rc.remaining(watch.read().now)) == "30:00"


def test_a_restart_mid_round_rebuilds_the_clock_from_the_stored_columns():
    clock, watch, rc = running(HOUR)
    clock.advance(1234.5)
    before = rc.remaining(watch.read().now)
    stored = rc.to_columns()
    assert set(stored) == set(COLUMNS)
    assert stored["deadline"] == (rc.deadline.replace(tzinfo=dt.UTC))

    # a new process: same wall clock, a monotonic clock with another origin
    later = FakeClock(wall=clock.wall(), monotonic=7.0)
    rebuilt = RoundClock.from_columns(HOUR, **stored)
    assert rebuilt == rc
    assert abs(rebuilt.remaining(ClockWatch(later).read().now) - before) < 1.0

    # the app was closed for ten minutes: the round kept running
    later.advance(600)
    assert rebuilt.remaining(later.wall()) == pytest.approx(before - 600)


def test_a_paused_round_survives_a_restart_without_losing_time():
    clock, watch, rc = running(HOUR)
    clock.advance(300)
    paused = rc.pause(watch.read().now)
    clock.advance(2 * HOUR)  # the app is closed over lunch
    rebuilt = RoundClock.from_columns(HOUR, **paused.to_columns())
    assert rebuilt.state is ClockState.paused
    assert rebuilt.remaining(clock.wall()) == pytest.approx(HOUR - 300)
    resumed = rebuilt.resume(clock.wall())
    clock.advance(60)
    assert resumed.remaining(clock.wall()) == pytest.approx(HOUR - 360)


def test_the_columns_fit_the_room_round_table_and_survive_sqlite():
    from sqlalchemy import create_engine
    from sqlmodel import Session

    clock, watch, rc = running(HOUR)
    clock.advance(12.345678)
    for state_clock in (rc, rc.pause(clock.wall()), rc.end(clock.wall())):
        engine = create_engine("sqlite://")
        m.RoomRound.__table__.create(engine)
        with Session(engine) as s:
            row = m.RoomRound(round_id=1, room_id=1, **state_clock.to_columns())
            s.add(row)
            s.commit()
            row_id = row.id
        with Session(engine) as s:
            row = s.get(m.RoomRound, row_id)
            assert row.state == m.RoundState(state_clock.state.value)
            assert RoundClock.from_row(row, HOUR) == state_clock


def test_from_columns_drops_what_the_state_does_not_use_and_accepts_aware_instants():
    start = dt.datetime(2019, 3, 21, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    rc = RoundClock.from_columns(HOUR, state=m.RoundState.running, actual_start=start,
                                 deadline=start + dt.timedelta(hours=1), paused_remaining_s=5.0)
    assert rc.actual_start == dt.datetime(2019, 3, 21, 11, 0)
    assert rc.paused_remaining_s is None
    assert rc.remaining(dt.datetime(2019, 3, 21, 11, 30)) == 1800.0


@pytest.mark.parametrize("columns, words", [
    ({"state": "running"}, "running round needs its start time and deadline"),
    ({"state": "running", "actual_start": dt.datetime(2019, 3, 21)}, "needs its deadline"),
    ({"state": "paused", "actual_start": dt.datetime(2019, 3, 21)}, "needs its time left when paused"),
    ({"state": "finished", "actual_start": dt.datetime(2019, 3, 21)}, "needs its end time"),
    ({"state": "ticking"}, "Unknown round state 'ticking'"),
    ({"state": "running", "actual_start": "12:00", "deadline": dt.datetime(2019, 3, 21)},
     "start time must be a date and time"),
    ({"state": "paused", "actual_start": dt.datetime(2019, 3, 21), "paused_remaining_s": float("nan")},
     "finite"),
])
def test_from_columns_refuses_columns_that_do_not_make_a_clock(columns, words):
    with pytest.raises(ClockError, match=words):
        RoundClock.from_columns(HOUR, **columns)


@pytest.mark.parametrize("planned", [-1.0, float("inf"), "an hour"])
def test_a_round_needs_a_sensible_planned_length(planned):
    with pytest.raises(ClockError, match="round|planned length"):
        RoundClock.scheduled(planned)


# --------------------------------------------------------------------------- clock trouble


@pytest.mark.parametrize("jump", [HOUR, -HOUR])
def test_a_wall_clock_jump_keeps_the_round_time(jump):
    clock, watch, rc = running(HOUR)
    clock.advance(600)
    before = rc.remaining(watch.read().now)
    clock.advance(1)
    clock.jump_wall(jump)
    reading = watch.read()
    assert reading.events == (WallJump(jump, jump),)
    assert reading.shift_s == jump
    # not shifting would be wrong by the jump; shifting keeps time continuous
    assert rc.remaining(reading.now) == pytest.approx(before - 1 - jump)
    rc = rc.shifted(reading.shift_s)
    assert rc.remaining(reading.now) == pytest.approx(before - 1)
    sign = "+" if jump > 0 else MINUS
    assert reading.events[0].text == f"System clock changed by {sign}1 h; round time kept."
    # the shifted clock is what gets stored; it reads right after a restart too
    clock.advance(10)
    rebuilt = RoundClock.from_columns(HOUR, **rc.to_columns())
    assert rebuilt.remaining(ClockWatch(clock).read().now) == pytest.approx(before - 11)
    assert watch.read().events == ()


def test_a_jump_while_paused_moves_only_the_start():
    clock, watch, rc = running(HOUR)
    clock.advance(60)
    paused = rc.pause(watch.read().now)
    clock.jump_wall(-HOUR)
    reading = watch.read()
    shifted = paused.shifted(reading.shift_s)
    assert shifted.actual_start == paused.actual_start - dt.timedelta(hours=1)
    assert shifted.remaining(reading.now) == HOUR - 60


def test_with_a_server_offset_a_local_jump_is_absorbed():
    clock = FakeClock()
    watch = ClockWatch(clock, server_offset_s=5.0)
    first = watch.read().now
    assert first == clock.wall() + dt.timedelta(seconds=5)
    rc = RoundClock.scheduled(HOUR).start(first)
    clock.advance(2)
    clock.jump_wall(HOUR)
    reading = watch.read()
    assert reading.events == (WallJump(HOUR, 0.0),)
    assert reading.now == first + dt.timedelta(seconds=2)
    assert rc.shifted(reading.shift_s).remaining(reading.now) == pytest.approx(HOUR - 2)
    # a freshly measured offset replaces the corrected one, with no event
    watch.set_server_offset(5.0 - HOUR)
    reading = watch.read()
    assert reading.events == ()
    assert reading.now == first + dt.timedelta(seconds=2)


def test_setting_the_server_offset_moves_now_without_an_event():
    clock = FakeClock()
    watch = ClockWatch(clock)
    watch.set_server_offset(-1.5)
    reading = watch.read()
    assert reading.now == clock.wall() - dt.timedelta(seconds=1.5)
    assert reading.events == ()
    watch.set_server_offset(None)
    assert watch.read().now == clock.wall()
    assert watch.server_offset_s is None
    with pytest.raises(ClockError, match="server offset"):
        watch.set_server_offset(float("nan"))


@pytest.mark.parametrize("knows_suspend", [True, False])
def test_a_suspend_of_two_minutes_shows_the_right_time_at_once(knows_suspend):
    clock, watch, rc = running(HOUR, clock=FakeClock(knows_suspend=knows_suspend))
    clock.advance(300)
    clock.suspend(120)
    clock.advance(0.5)
    reading = watch.read()
    assert reading.events == (Suspend(120.0),)
    assert reading.shift_s == 0
    assert rc.remaining(reading.now) == pytest.approx(HOUR - 420.5)
    assert reading.events[0].text == "The computer was asleep for 2 min; round time is up to date."


def test_a_suspend_and_a_jump_between_two_reads_are_told_apart():
    clock, watch, rc = running(HOUR)
    clock.advance(100)
    clock.suspend(300)
    clock.jump_wall(-HOUR)
    reading = watch.read()
    assert reading.events == (Suspend(300.0), WallJump(-HOUR, -HOUR))
    assert rc.shifted(reading.shift_s).remaining(reading.now) == pytest.approx(HOUR - 400)


def test_without_a_suspend_counter_a_forward_jump_reads_as_a_suspend():
    # the documented limit: wall time ran ahead, and nothing says it was not a sleep
    clock, watch, rc = running(HOUR, clock=FakeClock(knows_suspend=False))
    clock.jump_wall(600)
    reading = watch.read()
    assert reading.events == (Suspend(600.0),)
    # a backward jump can never be a suspend
    clock.jump_wall(-600)
    assert watch.read().events == (WallJump(-600.0, -600.0),)


def test_differences_within_the_tolerance_are_not_events():
    clock = FakeClock()
    watch = ClockWatch(clock, tolerance_s=2.0)
    clock.advance(1)
    clock.jump_wall(1.9)
    clock.suspend(1.5)
    assert watch.read().events == ()


def test_the_system_clock_reads_naive_utc_and_a_steady_monotonic():
    clock = SystemClock()
    assert clock.wall().tzinfo is None
    first = clock.monotonic()
    assert clock.monotonic() >= first
    assert clock.suspended() is None or isinstance(clock.suspended(), float)
    assert ClockWatch(clock).read().now.tzinfo is None


# --------------------------------------------------------------------------- transitions


def test_overtime_counts_up():
    clock, watch, rc = running(60)
    clock.advance(60)
    at_zero = watch.read().now
    assert rc.remaining(at_zero) == 0
    assert rc.phase(at_zero, Thresholds()) is Phase.danger
    assert not rc.is_overtime(at_zero)
    clock.advance(190)
    now = watch.read().now
    assert rc.remaining(now) == -190
    assert rc.is_overtime(now)
    assert rc.phase(now, Thresholds()) is Phase.overtime
    assert format_remaining(rc.remaining(now)) == f"{MINUS}03:10"
    assert phase_text(Phase.overtime, rc.remaining(now)) == "Overtime 3:10"
    clock.advance(10)
    assert rc.remaining(watch.read().now) == -200


def test_extend_while_running_and_while_paused():
    clock, watch, rc = running(HOUR)
    clock.advance(600)
    rc = rc.extend(300, clock.wall())
    assert rc.remaining(clock.wall()) == HOUR - 300
    paused = rc.pause(clock.wall())
    clock.advance(100)
    paused = paused.extend(120, clock.wall())
    assert paused.remaining(clock.wall()) == HOUR - 180
    resumed = paused.resume(clock.wall())
    clock.advance(20)
    assert resumed.remaining(clock.wall()) == HOUR - 200
    assert resumed.planned_s == HOUR


def test_removing_time_stops_at_zero_and_does_nothing_in_overtime():
    clock, watch, rc = running(600)
    clock.advance(420)
    short = rc.extend(-300, clock.wall())
    assert short.remaining(clock.wall()) == 0
    clock.advance(30)
    assert short.extend(-60, clock.wall()).remaining(clock.wall()) == -30
    paused = short.pause(clock.wall())
    assert paused.extend(-60, clock.wall()).remaining(clock.wall()) == -30
    assert paused.extend(90, clock.wall()).remaining(clock.wall()) == 60


def test_end_keeps_the_time_left_and_restart_runs_the_full_length():
    clock, watch, rc = running(HOUR)
    clock.advance(3000)
    ended = rc.end(clock.wall())
    assert ended.actual_end == clock.wall()
    clock.advance(500)
    assert ended.remaining(clock.wall()) == 600
    assert ended.phase(clock.wall(), Thresholds()) is Phase.finished
    again = ended.restart(clock.wall())
    assert again.state is ClockState.running
    assert again.actual_start == clock.wall() and again.actual_end is None
    assert again.remaining(clock.wall()) == HOUR
    paused_end = again.pause(clock.wall()).end(clock.wall())
    assert paused_end.remaining(clock.wall()) == HOUR


def _in_state(state: ClockState) -> RoundClock:
    now = FakeClock().wall()
    rc = RoundClock.scheduled(HOUR)
    if state is ClockState.scheduled:
        return rc
    rc = rc.start(now)
    if state is ClockState.paused:
        return rc.pause(now)
    if state is ClockState.finished:
        return rc.end(now)
    return rc


OPS = {
    "start": (lambda rc, now: rc.start(now), {ClockState.scheduled}),
    "pause": (lambda rc, now: rc.pause(now), {ClockState.running}),
    "resume": (lambda rc, now: rc.resume(now), {ClockState.paused}),
    "extend": (lambda rc, now: rc.extend(60, now), {ClockState.running, ClockState.paused}),
    "end": (lambda rc, now: rc.end(now), {ClockState.running, ClockState.paused}),
    "restart": (lambda rc, now: rc.restart(now),
                {ClockState.running, ClockState.paused, ClockState.finished}),
}


@pytest.mark.parametrize("state", list(ClockState))
@pytest.mark.parametrize("op", list(OPS))
def test_every_transition_is_allowed_or_refused_with_a_sentence(op, state):
    action, allowed = OPS[op]
    rc = _in_state(state)
    now = FakeClock().wall()
    if state in allowed:
        assert isinstance(action(rc, now), RoundClock)
    else:
        with pytest.raises(ClockError) as err:
            action(rc, now)
        message = str(err.value)
        assert message.startswith("Cannot ") and message.endswith(".")
        assert "round" in message


def test_refusal_messages_say_why():
    now = FakeClock().wall()
    with pytest.raises(ClockError, match="^Cannot pause the round: it has not started yet.$"):
        RoundClock.scheduled(HOUR).pause(now)
    with pytest.raises(ClockError, match="^Cannot pause the round: it is already paused.$"):
        _in_state(ClockState.paused).pause(now)
    with pytest.raises(ClockError, match="^Cannot change the time of the round: it has already ended.$"):
        _in_state(ClockState.finished).extend(60, now)


def test_start_many_starts_every_scheduled_room_at_one_instant():
    clock = FakeClock()
    early = RoundClock.scheduled(HOUR).start(clock.wall())
    clock.advance(90)
    rooms = {"XVI": RoundClock.scheduled(HOUR), "XI": early, "VII": RoundClock.scheduled(HOUR)}
    started = start_many(rooms, clock.wall())
    assert started["XI"] is early
    assert started["XVI"].actual_start == started["VII"].actual_start == clock.wall()
    clock.advance(60)
    ended = started["VII"].end(clock.wall())
    assert ended.actual_end == clock.wall() and started["XVI"].state is ClockState.running
    assert started["XI"].remaining(clock.wall()) == HOUR - 150


# --------------------------------------------------------------------------- thresholds


def test_phases_follow_the_thresholds_inclusively():
    clock, watch, rc = running(HOUR)
    th = Thresholds.from_minutes(10, 2)
    expectations = [(HOUR - 600.5, Phase.normal), (600.0, Phase.warning), (120.5, Phase.warning),
                    (120.0, Phase.danger), (0.0, Phase.danger), (-0.001, Phase.overtime)]
    for left, phase in expectations:
        now = rc.deadline - dt.timedelta(seconds=left)
        assert rc.phase(now, th) is phase, left
    assert RoundClock.scheduled(HOUR).phase(clock.wall(), th) is Phase.scheduled
    assert rc.pause(clock.wall()).phase(clock.wall(), th) is Phase.paused


def test_an_agenda_item_overrides_the_workshop_thresholds():
    workshop = Thresholds.from_minutes(10, 2)
    assert workshop.for_item() == workshop
    assert workshop.for_item(5, None) == Thresholds(300, 120)
    assert workshop.for_item(None, 1) == Thresholds(600, 60)
    assert workshop.for_item(15, 5) == Thresholds(900, 300)
    # a warning shorter than the workshop's danger time caps the danger time
    assert workshop.for_item(1, None) == Thresholds(60, 60)


@pytest.mark.parametrize("args, words", [
    ((-1, 0), "warning time must not be negative"),
    ((10, -1), "danger time must not be negative"),
    ((2, 10), r"danger time \(10 min\) must not be longer than the warning time \(2 min\)"),
    ((float("nan"), 1), "finite"),
])
def test_bad_thresholds_are_refused(args, words):
    with pytest.raises(ClockError, match=words):
        Thresholds.from_minutes(*args)


def test_a_bad_item_override_is_refused():
    with pytest.raises(ClockError, match="warning time must not be negative"):
        Thresholds.from_minutes(10, 2).for_item(-5, None)


# --------------------------------------------------------------------------- the property

_OP = st.one_of(
    st.tuples(st.just("advance"), st.integers(0, 900_000)),
    st.tuples(st.just("suspend"), st.integers(3_000, 600_000)),
    st.tuples(st.just("jump"), st.sampled_from([-1, 1]), st.integers(3, 7200)),
    st.tuples(st.just("extend"), st.integers(-3600, 3600)),
    st.tuples(st.sampled_from(["start", "pause", "resume", "end", "restart", "reload"])),
)


@settings(max_examples=300, deadline=None)
@given(planned=st.integers(0, 7200), ops=st.lists(_OP, max_size=40))
def test_remaining_is_planned_plus_extensions_minus_running_time(planned, ops):
    clock = FakeClock()
    watch = ClockWatch(clock)
    rc = RoundClock.scheduled(planned)
    # the model: a time budget and the time spent running, nothing about deadlines
    state, budget, ran = "scheduled", float(planned), 0.0
    for op in ops:
        kind = op[0]
        if kind == "advance":
            clock.advance(op[1] / 1000)
            ran += op[1] / 1000 if state == "running" else 0
        elif kind == "suspend":
            clock.suspend(op[1] / 1000)
            ran += op[1] / 1000 if state == "running" else 0
        elif kind == "jump":
            clock.jump_wall(op[1] * op[2])
        reading = watch.read()
        now = reading.now
        rc = rc.shifted(reading.shift_s)
        if kind == "reload":
            rc = RoundClock.from_columns(planned, **rc.to_columns())
            continue
        if kind in ("advance", "suspend", "jump"):
            assert (kind == "jump") == any(isinstance(e, WallJump) for e in reading.events)
        else:
            allowed = {"start": {"scheduled"}, "pause": {"running"}, "resume": {"paused"},
                       "extend": {"running", "paused"}, "end": {"running", "paused"},
                       "restart": {"running", "paused", "finished"}}[kind]
            if state not in allowed:
                with pytest.raises(ClockError):
                    getattr(rc, kind)(*op[1:], now)
            else:
                rc = getattr(rc, kind)(*op[1:], now)
                if kind in ("start", "restart"):
                    state, budget, ran = "running", float(planned), 0.0
                elif kind == "extend":
                    left = budget - ran
                    budget += op[1] if op[1] >= 0 else max(op[1], -max(left, 0.0))
                else:
                    state = {"pause": "paused", "resume": "running", "end": "finished"}[kind]
        assert rc.state.value == state
        assert rc.remaining(now) == pytest.approx(budget - ran, abs=1e-3)
