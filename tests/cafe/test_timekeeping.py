"""The day keeps its time: how far behind the agenda it runs, and shifting the rest of it (one undo step)."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe.clock import timekeeping as tk
from cafe.clock.round_clock import RoundClock
from cafe.service import Service, ServiceError
from cafe.storage.db import open_database

T0 = dt.datetime(2019, 3, 21, 11, 0)  # 12:00 in Geneva, naive UTC
GENEVA = "Europe/Zurich"


def t(hhmm: str) -> dt.time:
    return dt.time.fromisoformat(hhmm)


def slots(*rows: tuple[str, str, str, str]) -> list[tk.Slot]:
    return [tk.Slot(title.lower().replace(" ", "-"), kind, title, t(a), t(b)) for kind, title, a, b in rows]


DAY = slots(("round", "Round 1", "12:00", "13:00"), ("break", "Lunch", "13:00", "15:00"),
            ("round", "Round 2", "15:00", "16:00"), ("break", "Break", "16:00", "16:15"),
            ("round", "Round 3", "16:15", "17:15"), ("wrap-up", "Wrap-up", "17:15", "18:00"))


def after(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


# -- the delay --------------------------------------------------------------------------------------
def test_a_round_seven_minutes_over_puts_the_day_seven_minutes_behind():
    started = RoundClock.scheduled(3600).start(T0)
    clocks = {"XI": started, "VII": started.end(after(62)), "XVI": started}
    delay = tk.day_delay(DAY, "day", dt.date(2019, 3, 21), GENEVA, DAY[0], "r1", 1, clocks, after(67))
    assert delay is not None and delay.running
    assert delay.behind_s == 7 * 60 and delay.behind_minutes == 7 and delay.is_behind
    assert delay.late_s == 7 * 60
    assert delay.next_item == DAY[1] and f"{delay.next_start:%H:%M}" == "13:00"
    assert [r.room_uuid for r in delay.rooms][-1] == "VII"  # the slowest first, the one that ended early last
    assert {r.room_uuid: round(r.late_s) for r in delay.rooms} == {"XI": 420, "XVI": 420, "VII": 120}


def test_on_time_and_early_rounds_leave_the_day_on_time():
    clock = RoundClock.scheduled(3600).start(T0)
    delay = tk.day_delay(DAY, "day", dt.date(2019, 3, 21), GENEVA, DAY[0], "r1", 1, {"XI": clock}, after(30))
    assert delay is not None and delay.behind_s == 0 and not delay.is_behind
    ended = {"XI": clock.end(after(55))}
    delay = tk.day_delay(DAY, "day", dt.date(2019, 3, 21), GENEVA, DAY[0], "r1", 1, ended, after(58))
    assert delay is not None and delay.late_s == -5 * 60 and delay.behind_s == 0


def test_a_late_start_shows_before_the_round_is_over_and_a_pause_counts_its_time_left():
    late_start = RoundClock.scheduled(3600).start(after(4))
    delay = tk.day_delay(DAY, "day", dt.date(2019, 3, 21), GENEVA, DAY[0], "r1", 1, {"XI": late_start}, after(10))
    assert delay is not None and delay.behind_minutes == 4 and delay.is_behind
    paused = RoundClock.scheduled(3600).start(T0).pause(after(30))  # 30 min left, frozen
    delay = tk.day_delay(DAY, "day", dt.date(2019, 3, 21), GENEVA, DAY[0], "r1", 1, {"XI": paused}, after(45))
    assert delay is not None and delay.behind_s == 15 * 60


def test_once_the_rest_of_the_day_moved_it_is_no_longer_behind():
    moved = tk.plan_shift(DAY, 7, t("13:00"))
    shifted = [tk.Slot(s.uuid, s.kind, s.title, *moved.moves.get(s.uuid, (s.start, s.end))) for s in DAY]
    ended = {"XI": RoundClock.scheduled(3600).start(T0).end(after(67))}
    delay = tk.day_delay(shifted, "day", dt.date(2019, 3, 21), GENEVA, shifted[0], "r1", 1, ended, after(70))
    assert delay is not None and delay.late_s == 7 * 60 and delay.behind_s == 0


def test_a_rehearsal_on_another_date_is_judged_on_the_date_the_round_ran():
    today = dt.datetime(2031, 6, 2, 10, 0)  # 12:00 in Geneva (summer time)
    clock = {"XI": RoundClock.scheduled(3600).start(today)}
    delay = tk.day_delay(DAY, "day", dt.date(2019, 3, 21), GENEVA, DAY[0], "r1", 1, clock,
                         today + dt.timedelta(minutes=69))
    assert delay is not None and delay.behind_minutes == 9


def test_nothing_started_means_no_delay_and_nothing_after_means_nothing_to_shift():
    assert tk.day_delay(DAY, "day", dt.date(2019, 3, 21), GENEVA, DAY[0], "r1", 1,
                        {"XI": RoundClock.scheduled(3600)}, after(80)) is None
    last = {"XI": RoundClock.scheduled(3600).start(after(255))}
    delay = tk.day_delay(DAY, "day", dt.date(2019, 3, 21), GENEVA, DAY[5], "r3", 3, last, after(400))
    assert delay is not None and delay.next_item is None and delay.behind_s == 0


# -- the plan -----------------------------------------------------------------------------------------
def test_a_shift_moves_every_later_item_and_none_before():
    plan = tk.plan_shift(DAY, 7, t("13:00"))
    assert "round-1" not in plan.moves
    assert {k: (f"{a:%H:%M}", f"{b:%H:%M}") for k, (a, b) in plan.moves.items()} == {
        "lunch": ("13:07", "15:07"), "round-2": ("15:07", "16:07"), "break": ("16:07", "16:22"),
        "round-3": ("16:22", "17:22"), "wrap-up": ("17:22", "18:07")}


def test_absorbing_in_a_break_moves_only_what_comes_before_it():
    plan = tk.plan_shift(DAY, 7, t("13:00"), absorb_in="break")
    assert (plan.absorbed, plan.pushed) == (7, 0)
    assert {k: f"{a:%H:%M}–{b:%H:%M}" for k, (a, b) in plan.moves.items()} == {
        "lunch": "13:07–15:07", "round-2": "15:07–16:07", "break": "16:07–16:15"}


def test_a_short_break_absorbs_what_it_can_and_the_rest_moves_on():
    plan = tk.plan_shift(DAY, 14, t("15:00"), absorb_in="break")
    assert (plan.absorbed, plan.pushed) == (10, 4)
    assert {k: f"{a:%H:%M}–{b:%H:%M}" for k, (a, b) in plan.moves.items()} == {
        "round-2": "15:14–16:14", "break": "16:14–16:19", "round-3": "16:19–17:19", "wrap-up": "17:19–18:04"}


@pytest.mark.parametrize(("args", "message"), [
    ((0, "13:00", None), "at least 1 minute"),
    ((7, "18:30", None), "Nothing on this day starts at or after 18:30"),
    ((7, "13:00", "round-2"), "Only a break can absorb"),
    ((7, "15:00", "lunch"), "comes before the point"),
    ((7, "13:00", "nowhere"), "not on this day's agenda"),
    ((400, "13:00", None), "would end after midnight; shift by at most 359 minutes"),
])
def test_impossible_shifts_are_refused_with_the_reason(args, message):
    minutes, start, absorb = args
    with pytest.raises(tk.ShiftError, match=message):
        tk.plan_shift(DAY, minutes, t(start), absorb)


def test_a_five_minute_break_cannot_absorb_anything():
    tiny = slots(("round", "Round", "10:00", "11:00"), ("break", "Pause", "11:00", "11:05"))
    with pytest.raises(tk.ShiftError, match="keeps at least 5 min"):
        tk.plan_shift(tiny, 3, t("11:00"), "pause")


# -- through the Service: one step, undone exactly --------------------------------------------------------
class Now:
    def __init__(self):
        self.at = T0

    def __call__(self):
        return self.at


@pytest.fixture
def svc():
    s = Service(open_database("sqlite://"), now=Now())
    s.create_workshop("Café", time_zone=GENEVA, start_date=dt.date(2019, 3, 21))
    day = s.snapshot().days[0]
    s.add_day(dt.date(2019, 3, 22), "Day II")
    room = s.add_room("Room XI").row
    s.add_theme("Pathways", room_uuid=room.uuid)
    for kind, title, a, b in (("round", "Round 1", "12:00", "13:00"), ("break", "Lunch", "13:00", "15:00"),
                              ("round", "Round 2", "15:00", "16:00"), ("break", "Break", "16:00", "16:15"),
                              ("wrap-up", "Wrap-up", "16:15", "17:00")):
        s.add_agenda_item(day.uuid, kind, t(a), t(b), title)
    day2 = s.snapshot().days[1]
    s.add_agenda_item(day2.uuid, "plenary", t("10:00"), t("11:00"), "Outcomes")
    yield s
    s.db.dispose()


def times(svc) -> dict[str, str]:
    return {a.title: f"{a.start:%H:%M}–{a.end:%H:%M}" for a in svc.snapshot().agenda}


def item(svc, title: str):
    return next(a for a in svc.snapshot().agenda if a.title == title)


def test_shift_agenda_is_one_step_and_its_undo_restores_exactly(svc):
    before = {a.uuid: a for a in svc.snapshot().agenda}
    day = svc.snapshot().days[0]
    changes = svc.shift_agenda(day.uuid, 7, from_item_uuid=item(svc, "Lunch").uuid)
    assert changes.op == "shift_agenda" and changes.undo is not None and "agenda_item" in changes.kinds
    assert times(svc) == {"Round 1": "12:00–13:00", "Lunch": "13:07–15:07", "Round 2": "15:07–16:07",
                          "Break": "16:07–16:22", "Wrap-up": "16:22–17:07", "Outcomes": "10:00–11:00"}
    redo = svc.apply(changes.undo)
    after_undo = {a.uuid: a for a in svc.snapshot().agenda}
    assert {u: (a.start, a.end) for u, a in after_undo.items()} == {u: (a.start, a.end) for u, a in before.items()}
    svc.apply(redo.undo)  # redo
    assert times(svc)["Wrap-up"] == "16:22–17:07"


def test_absorbing_in_the_lunch_break_moves_nothing_after_it(svc):
    day = svc.snapshot().days[0]
    svc.shift_agenda(day.uuid, 7, after=t("13:00"), absorb_in_break_uuid=item(svc, "Lunch").uuid)
    assert times(svc) == {"Round 1": "12:00–13:00", "Lunch": "13:07–15:00", "Round 2": "15:00–16:00",
                          "Break": "16:00–16:15", "Wrap-up": "16:15–17:00", "Outcomes": "10:00–11:00"}


def test_a_running_round_keeps_its_deadline_and_planned_length(svc):
    snap = svc.snapshot()
    rnd2 = snap.rounds[1]
    svc.start_round(rnd2.uuid, at=T0 + dt.timedelta(hours=3))
    deadline = next(rr for rr in svc.snapshot().room_rounds if rr.round_uuid == rnd2.uuid).deadline
    svc.shift_agenda(snap.days[0].uuid, 10, after=t("15:00"))
    snap_rr = next(rr for rr in svc.snapshot().room_rounds if rr.round_uuid == rnd2.uuid)
    assert snap_rr.deadline == deadline
    r2 = item(svc, "Round 2")
    assert (dt.datetime.combine(dt.date.min, r2.end) - dt.datetime.combine(dt.date.min, r2.start)) \
        == dt.timedelta(hours=1)
    assert [r.number for r in svc.snapshot().rounds] == [1, 2]


def test_refusals_change_nothing_and_say_why(svc):
    day = svc.snapshot().days[0]
    before = times(svc)
    with pytest.raises(ServiceError, match="would end after midnight"):
        svc.shift_agenda(day.uuid, 500, after=t("13:00"))
    with pytest.raises(ServiceError, match="Say where the shift starts"):
        svc.shift_agenda(day.uuid, 5)
    with pytest.raises(ServiceError, match="not on the agenda of"):
        svc.shift_agenda(day.uuid, 5, from_item_uuid=item(svc, "Outcomes").uuid)
    assert times(svc) == before


def test_undo_is_refused_when_an_item_was_moved_meanwhile_but_not_for_a_new_title(svc):
    day = svc.snapshot().days[0]
    changes = svc.shift_agenda(day.uuid, 5, after=t("16:00"))
    wrap = item(svc, "Wrap-up")
    svc.update_agenda_item(wrap.uuid, wrap.version, end=t("17:30"))
    with pytest.raises(ServiceError, match="“Wrap-up” was moved meanwhile \\(now 16:20–17:30\\)"):
        svc.apply(changes.undo)
    assert times(svc)["Break"] == "16:05–16:20"  # all or nothing
    wrap = item(svc, "Wrap-up")
    svc.update_agenda_item(wrap.uuid, wrap.version, end=t("17:05"), title="Wrap-up of day I")
    svc.apply(changes.undo)  # the title changed, the times are the shift's: undone
    assert times(svc) == {"Round 1": "12:00–13:00", "Lunch": "13:00–15:00", "Round 2": "15:00–16:00",
                          "Break": "16:00–16:15", "Wrap-up of day I": "16:15–17:00", "Outcomes": "10:00–11:00"}


def test_a_deleted_item_refuses_the_undo(svc):
    day = svc.snapshot().days[0]
    changes = svc.shift_agenda(day.uuid, 5, after=t("16:00"))
    wrap = item(svc, "Wrap-up")
    svc.delete_agenda_item(wrap.uuid, wrap.version)
    with pytest.raises(ServiceError, match="deleted meanwhile"):
        svc.apply(changes.undo)


def test_day_delay_in_reads_the_snapshot(svc):
    snap = svc.snapshot()
    rnd1 = snap.rounds[0]
    svc.start_round(rnd1.uuid, at=T0)
    delay = tk.day_delay_in(svc.snapshot(), T0 + dt.timedelta(minutes=67))
    assert delay is not None and delay.round_uuid == rnd1.uuid and delay.behind_minutes == 7
    svc.end_round(rnd1.uuid, at=T0 + dt.timedelta(minutes=67))
    delay = tk.day_delay_in(svc.snapshot(), T0 + dt.timedelta(minutes=70))
    assert delay is not None and delay.behind_minutes == 7 and not delay.running
    # once lunch is over, round 1's delay is history
    assert tk.day_delay_in(svc.snapshot(), T0 + dt.timedelta(hours=3, minutes=1)) is None
    late = tk.room_lateness(svc.snapshot(), rnd1.uuid, T0 + dt.timedelta(minutes=70))
    assert [round(r.late_s) for r in late.values()] == [420]
