"""Clock actions through the service, stored per room, read back through the overview."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe.clock.overview import current_round, room_statuses
from cafe.clock.text import Phase
from cafe.service import Service, ServiceError
from cafe.storage.db import open_database

T0 = dt.datetime(2019, 3, 21, 11, 0, tzinfo=dt.UTC)  # 12:00 in Geneva


class Now:
    def __init__(self, at=T0):
        self.at = at

    def __call__(self):
        return self.at

    def advance(self, seconds):
        self.at += dt.timedelta(seconds=seconds)


@pytest.fixture
def now():
    return Now()


@pytest.fixture
def svc(now):
    s = Service(open_database("sqlite://"), now=now)
    s.create_workshop("Clock café", time_zone="Europe/Zurich", start_date=dt.date(2019, 3, 21))
    day = s.snapshot().days[0]
    for i, name in enumerate(("Room XVI", "Room XI", "Room VII")):
        room = s.add_room(name).row
        s.add_theme(f"Theme {i + 1}", short_name=f"T{i + 1}", room_uuid=room.uuid)
    s.add_agenda_item(day.uuid, "round", dt.time(12), dt.time(13), "Round 1")
    s.add_agenda_item(day.uuid, "break", dt.time(13), dt.time(15), "Lunch")
    s.add_agenda_item(day.uuid, "round", dt.time(15), dt.time(16), "Round 2")
    yield s
    s.db.dispose()


def statuses(svc, now, rnd=None):
    return {st.room: st for st in room_statuses(svc.snapshot(), now(), rnd)}


def test_start_all_rooms_at_once_and_count_down(svc, now):
    rnd = svc.snapshot().rounds[0]
    svc.start_round(rnd.uuid)
    now.advance(25 * 60)
    st = statuses(svc, now)
    assert {s.state for s in st.values()} == {"running"}
    assert {s.clock_text for s in st.values()} == {"35:00"}
    assert st["Room XI"].next_up == "Next: Lunch until 15:00"  # a break right after: when to be back


def test_room_by_room_keeps_each_rooms_own_start(svc, now):
    snap = svc.snapshot()
    rnd, rooms = snap.rounds[0], snap.rooms
    svc.start_round(rnd.uuid, [rooms[0].uuid])
    now.advance(120)
    svc.start_round(rnd.uuid)  # the others; Room XVI is skipped, not restarted
    st = statuses(svc, now)
    assert st["Room XVI"].clock_text == "58:00"
    assert st["Room XI"].clock_text == "1:00:00"
    starts = {rr.room_uuid: rr.actual_start for rr in svc.snapshot().room_rounds}
    assert starts[rooms[0].uuid] == T0 and starts[rooms[1].uuid] == T0 + dt.timedelta(seconds=120)


def test_pause_extend_resume_end_and_overtime(svc, now):
    rnd = svc.snapshot().rounds[0]
    room = svc.snapshot().rooms[1]
    svc.start_round(rnd.uuid)
    now.advance(50 * 60)
    svc.pause_round(rnd.uuid, [room.uuid])
    now.advance(600)
    svc.extend_round(rnd.uuid, 300, [room.uuid])
    st = statuses(svc, now)["Room XI"]
    assert (st.state, st.clock_text, st.phase) == ("paused", "15:00", Phase.paused)
    svc.resume_round(rnd.uuid, [room.uuid])
    now.advance(16 * 60)
    st = statuses(svc, now)["Room XI"]
    assert st.phase is Phase.overtime and st.late and st.phase_text == "Overtime 1:00"
    other = statuses(svc, now)["Room XVI"]
    assert other.phase is Phase.overtime and other.clock_text == "−16:00"
    svc.end_round(rnd.uuid)
    assert {s.state for s in statuses(svc, now, rnd.uuid).values()} == {"finished"}
    # with round 1 over, the displays move on to what the agenda says comes next
    assert {s.round_number for s in statuses(svc, now).values()} == {2}


def test_refusals_name_the_room_and_change_nothing(svc, now):
    snap = svc.snapshot()
    rnd, room = snap.rounds[0], snap.rooms[0]
    with pytest.raises(ServiceError, match="Room XVI: Cannot pause the round: it has not started yet"):
        svc.pause_round(rnd.uuid, [room.uuid])
    with pytest.raises(ServiceError, match="Nothing to do"):
        svc.end_round(rnd.uuid)
    assert all(rr.state == "scheduled" for rr in svc.snapshot().room_rounds)


def test_undo_of_a_clock_action_restores_the_columns(svc, now):
    rnd = svc.snapshot().rounds[0]
    changes = svc.start_round(rnd.uuid)
    undone = svc.apply(changes.undo)
    assert {rr.state for rr in svc.snapshot().room_rounds} == {"scheduled"}
    svc.apply(undone.undo)
    assert {rr.state for rr in svc.snapshot().room_rounds} == {"running"}


def test_restart_from_the_stored_columns_shows_the_same_time(svc, now):
    rnd = svc.snapshot().rounds[0]
    svc.start_round(rnd.uuid)
    now.advance(1234.5)
    before = statuses(svc, now)["Room VII"].remaining_s
    reopened = Service(svc.db, now=now)  # a new process would read the same rows
    after = {s.room: s for s in room_statuses(reopened.snapshot(), now())}["Room VII"].remaining_s
    assert after == pytest.approx(before, abs=1e-3)


def test_shift_clocks_keeps_remaining_time_after_a_clock_change(svc, now):
    rnd = svc.snapshot().rounds[0]
    svc.start_round(rnd.uuid)
    now.advance(600)
    left = statuses(svc, now)["Room XI"].remaining_s
    now.advance(3600)  # the system clock jumped an hour ahead
    svc.shift_clocks(3600)
    assert statuses(svc, now)["Room XI"].remaining_s == pytest.approx(left)


def test_stage_message_is_one_line_and_undoable(svc, now):
    snap = svc.snapshot()
    rnd, room = snap.rounds[0], snap.rooms[2]
    changes = svc.set_stage_message(rnd.uuid, room.uuid, "  Please\nwrap up  ")
    assert statuses(svc, now)["Room VII"].message == "Please wrap up"
    svc.apply(changes.undo)
    assert statuses(svc, now)["Room VII"].message == ""
    with pytest.raises(ServiceError, match="at most 200 characters"):
        svc.set_stage_message(rnd.uuid, room.uuid, "x" * 201)


def test_current_round_follows_clocks_then_the_agenda(svc, now):
    snap = svc.snapshot()
    r1, r2 = snap.rounds
    assert current_round(snap, now()).uuid == r1.uuid
    now.at = dt.datetime(2019, 3, 21, 12, 30, tzinfo=dt.UTC)  # 13:30, lunch: next round is 2
    assert current_round(svc.snapshot(), now()).uuid == r2.uuid
    svc.start_round(r1.uuid)  # a late round 1 still running wins
    assert current_round(svc.snapshot(), now()).uuid == r1.uuid
    st = statuses(svc, now)["Room XI"]
    assert st.next_up == "Next: Lunch until 15:00"  # judged from the running round, not the wall clock


def test_thresholds_follow_the_workshop_and_the_item_override(svc, now):
    snap = svc.snapshot()
    item = snap.round_items()[0][1]
    svc.update_agenda_item(item.uuid, item.version, warning_minutes=20, danger_minutes=5)
    rnd = svc.snapshot().rounds[0]
    svc.start_round(rnd.uuid)
    now.advance(45 * 60)  # 15 minutes left: warning with a 20-minute threshold
    st = statuses(svc, now)["Room XI"]
    assert st.phase is Phase.warning and st.phase_text.endswith("15 minutes left")
    now.advance(11 * 60)  # 4 minutes left: danger with a 5-minute threshold
    assert statuses(svc, now)["Room XI"].phase is Phase.danger


def test_headline_for_the_move_between_rounds(svc, now):
    st = statuses(svc, now)["Room XI"]
    assert st.headline == "Round 1 — Room XI (T2)"


def test_an_action_at_the_callers_instant_stores_that_instant(svc, now):
    rnd = svc.snapshot().rounds[0]
    at = dt.datetime(2019, 3, 21, 11, 2, 30)  # naive UTC, as a ClockWatch reads it
    svc.start_round(rnd.uuid, at=at)
    assert {rr.actual_start for rr in svc.snapshot().room_rounds} == {at.replace(tzinfo=dt.UTC)}
    now.at = T0 + dt.timedelta(minutes=12, seconds=30)
    svc.extend_round(rnd.uuid, 300, at=now())
    assert statuses(svc, now)["Room XI"].clock_text == "55:00"
    with pytest.raises(ServiceError, match="must be a date and time"):
        svc.pause_round(rnd.uuid, at="12:00")


def test_messages_for_several_rooms_are_one_step(svc, now):
    snap = svc.snapshot()
    rnd = snap.rounds[0]
    svc.set_stage_message(rnd.uuid, snap.rooms[0].uuid, "Welcome")
    changes = svc.set_stage_messages(rnd.uuid, {r.uuid: "Lunch is served" for r in snap.rooms})
    assert {s.message for s in statuses(svc, now).values()} == {"Lunch is served"}
    svc.apply(changes.undo)
    assert {n: s.message for n, s in statuses(svc, now).items()} == {
        "Room XVI": "Welcome", "Room XI": "", "Room VII": ""}
    with pytest.raises(ServiceError, match="at most 200"):
        svc.set_stage_messages(rnd.uuid, {snap.rooms[0].uuid: "ok", snap.rooms[1].uuid: "x" * 300})
    assert statuses(svc, now)["Room XVI"].message == "Welcome"


def test_after_the_agenda_the_first_round_not_started_is_shown(svc, now):
    r1, r2 = svc.snapshot().rounds
    now.at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # the sample run again years later
    assert current_round(svc.snapshot(), now()).uuid == r1.uuid
    svc.start_round(r1.uuid)
    svc.end_round(r1.uuid)
    assert current_round(svc.snapshot(), now()).uuid == r2.uuid
    svc.start_round(r2.uuid)
    svc.end_round(r2.uuid)
    assert current_round(svc.snapshot(), now()).uuid == r2.uuid  # all done: the last


def test_a_status_knows_its_length_start_and_the_next_group(svc, now):
    svc.set_group_count(3)
    svc.build_rotation()
    snap = svc.snapshot()
    r1, r2 = snap.rounds
    svc.start_round(r1.uuid)
    st = statuses(svc, now)["Room XI"]
    assert st.planned_s == 3600
    assert st.started_at == T0.replace(tzinfo=None)
    groups = {g.uuid: g.name for g in snap.groups}
    coming = next(a.group_uuid for a in snap.assignments if a.round_uuid == r2.uuid and a.room_uuid == st.room_uuid)
    assert st.next_group == groups[coming] != st.group
    assert statuses(svc, now, r2.uuid)["Room XI"].next_group == ""  # no round after the last


def test_a_round_running_into_the_break_announces_the_break_as_what_comes_then(svc, now):
    r1 = svc.snapshot().rounds[0]
    assert statuses(svc, now)["Room XI"].next_line == "Next: Lunch until 15:00"
    svc.start_round(r1.uuid)
    now.at = dt.datetime(2019, 3, 21, 12, 2, tzinfo=dt.UTC)  # 13:02: the agenda says lunch
    st = statuses(svc, now)["Room XI"]
    assert (st.next_up, st.next_line) == ("Next: Lunch until 15:00", "Next: Lunch until 15:00")
    svc.end_round(r1.uuid)
    assert statuses(svc, now, r1.uuid)["Room XI"].next_line == "Lunch until 15:00"


def test_each_room_shows_its_notes_summary_and_how_late_it_ends(svc, now):
    snap = svc.snapshot()
    r1 = snap.rounds[0]
    xi, vii = snap.rooms[1].uuid, snap.rooms[2].uuid
    st = statuses(svc, now)["Room XI"]
    assert (st.notes, st.summary, st.late_s, st.ended) == (0, "", None, False)
    svc.add_note(xi, r1.uuid, "practice", "Flexi visa system (Philippines and Bahrain)")
    svc.add_note(xi, r1.uuid, "challenge", "Recognition of skills")
    svc.set_round_summary(xi, r1.uuid, "Employers at the table.", 0)
    svc.start_round(r1.uuid)
    now.advance(3600 + 7 * 60)  # 13:07: every room is 7 minutes over
    svc.end_round(r1.uuid, [vii])
    st = statuses(svc, now)
    assert (st["Room XI"].notes, st["Room XI"].summary, st["Room VII"].notes) == (2, "draft", 0)
    assert st["Room XI"].late_s == pytest.approx(420) and not st["Room XI"].ended
    now.advance(60)
    st = statuses(svc, now)
    assert st["Room XI"].late_s == pytest.approx(480)  # still talking
    assert st["Room VII"].late_s == pytest.approx(420) and st["Room VII"].ended  # ended at 13:07
    summary = next(s for s in svc.snapshot().summaries if s.room_uuid == xi)
    svc.set_round_summary(xi, r1.uuid, summary.text, summary.version, draft=False)
    assert statuses(svc, now)["Room XI"].summary == "final"
