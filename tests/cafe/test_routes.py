"""Routes of groups and people, door-sign visits and the projector's move lines, on the sample."""

from __future__ import annotations

import dataclasses

import pytest

from cafe import workshop_file
from cafe.people import routes
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.models import RoundState
from cafe.storage.paths import sample_workshop_path


@pytest.fixture(scope="module")
def snap():
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    yield service.snapshot()
    service.db.dispose()


def test_a_group_visits_every_theme_once_in_round_order(snap):
    group_a = snap.groups[0]
    stops = routes.group_route(snap, group_a.uuid)
    assert [s.round_number for s in stops] == [1, 2, 3]
    assert [s.time_text for s in stops] == ["12:00–13:00", "15:00–16:00", "16:15–17:15"]
    assert sorted(s.room for s in stops) == ["Room VII", "Room XI", "Room XVI"]
    assert {s.place for s in stops} == {"Room XVI (Human rights)", "Room XI (Regular pathways)",
                                        "Room VII (Fair recruitment)"}


def test_a_participant_follows_the_group_unless_seated(snap):
    member = snap.members[0]
    person = member.participant_uuid
    assert routes.participant_route(snap, person) == routes.group_route(snap, member.group_uuid)
    first_round, room = snap.rounds[0].uuid, snap.rooms[2].uuid
    seated = routes.participant_route(snap, person, {first_round: {person: room}})
    assert seated[0].room == "Room VII" and seated[1:] == routes.group_route(snap, member.group_uuid)[1:]
    assert all(s.place == "waits" for s in routes.participant_route(snap, "nobody-in-a-group"))


def test_the_move_lines_name_group_room_and_theme(snap):
    second = snap.rounds[1]
    lines = routes.move_lines(snap, second.uuid)
    assert len(lines) == 3 and all(line.startswith("Round 2 — Group ") for line in lines)
    room_of = {a.group_uuid: a.room_uuid for a in snap.assignments if a.round_uuid == second.uuid}
    group_a = snap.groups[0]
    room = next(r for r in snap.rooms if r.uuid == room_of[group_a.uuid])
    theme = snap.theme_in_room(room.uuid)
    assert lines[0] == f"Round 2 — Group A → {room.name} ({theme.short_name})"
    assert routes.move_lines(snap, "no-such-round") == ()


def test_a_group_without_a_room_waits(snap):
    second = snap.rounds[1].uuid
    kept = tuple(a for a in snap.assignments if not (a.round_uuid == second and a.group_uuid == snap.groups[2].uuid))
    lines = routes.move_lines(dataclasses.replace(snap, assignments=kept), second)
    assert lines[2] == "Round 2 — Group C waits"


def test_door_sign_visits_list_who_comes_in(snap):
    room = snap.rooms[1]
    visits = routes.room_visits(snap, room.uuid)
    assert [v.round_number for v in visits] == [1, 2, 3]
    assert sorted(v.who for v in visits) == ["Group A", "Group B", "Group C"]
    seats = {snap.rounds[0].uuid: {p.uuid: room.uuid for p in snap.participants[:5]}}
    assert routes.room_visits(snap, room.uuid, seats)[0].who == "5 people (World Café seating)"


def test_the_next_round_is_the_first_not_started(snap):
    assert routes.next_round(snap) == snap.rounds[0].uuid
    started = [dataclasses.replace(rr, state=RoundState.finished) if rr.round_uuid == snap.rounds[0].uuid else rr
               for rr in snap.room_rounds]
    assert routes.next_round(dataclasses.replace(snap, room_rounds=tuple(started))) == snap.rounds[1].uuid
    assert routes.next_round(dataclasses.replace(snap, rounds=())) is None
