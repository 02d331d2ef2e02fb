"""Participants, groups and rotation through the service."""

from __future__ import annotations

from collections import Counter

import pytest

from cafe.people import grouping
from cafe.service import ServiceError

COUNTRIES = ["Philippines", "Bahrain", "Côte d'Ivoire", "Türkiye", "Mexico", "Germany"]
TYPES = ["state", "civil society", "private sector", "international organisation"]


@pytest.fixture
def people(workshop):
    records = [
        {"name": f"Person {i:02d}", "country": COUNTRIES[i % len(COUNTRIES)],
         "stakeholder_type": TYPES[i % len(TYPES)], "organisation": f"Org {i % 5}",
         "delegation": f"{COUNTRIES[i % len(COUNTRIES)]} delegation" if i % len(TYPES) == 0 else ""}
        for i in range(30)
    ]
    workshop.import_participants(records)
    return workshop


def membership(svc):
    snap = svc.snapshot()
    names = {g.uuid: g.name for g in snap.groups}
    return {m.participant_uuid: names[m.group_uuid] for m in snap.members}


def test_import_normalises_countries_and_undo_removes_everyone(workshop):
    changes = workshop.import_participants([
        {"name": "  Ana   Cruz ", "country": "cote d'ivoire", "stakeholder_type": "civil society"},
        {"name": "Kemal Öz", "country": "Turkey"},
    ])
    snap = workshop.snapshot()
    assert sorted((p.name, p.country) for p in snap.participants) == [
        ("Ana Cruz", "Côte d'Ivoire"), ("Kemal Öz", "Türkiye")]
    workshop.apply(changes.undo)
    assert workshop.snapshot().participants == ()


def test_bad_participant_fields_are_refused(workshop):
    with pytest.raises(ServiceError, match="needs a name"):
        workshop.add_participant("   ")
    with pytest.raises(ServiceError, match="Unknown stakeholder type “pirates”"):
        workshop.add_participant("X", stakeholder_type="pirates")
    assert workshop.snapshot().participants == ()


@pytest.mark.parametrize("name", ["\ufeff", "\u200b", "\ufeff\u200b", " \u200b \u2060\u200e ", "\u00ad\u3164"])
def test_a_name_of_invisible_characters_only_is_no_name(workshop, name):
    with pytest.raises(ServiceError, match="A participant needs a name."):
        workshop.add_participant(name)
    with pytest.raises(ServiceError, match="A participant needs a name."):
        workshop.import_participants([{"name": "Ana Cruz"}, {"name": name}])
    assert workshop.snapshot().participants == ()


def test_invisible_characters_at_the_edges_of_fields_are_removed(workshop):
    workshop.add_participant("\ufeff\u200bAna Cruz\u200b", organisation="\u200bUN\u2060", email=" a@b.org\ufeff")
    workshop.import_participants([{"name": "Kemal\u200bÖz\u200b", "country": "\ufeffTurkey"}])
    people = {p.name: p for p in workshop.snapshot().participants}
    assert set(people) == {"Ana Cruz", "Kemal\u200bÖz"}  # inside a name it stays
    assert (people["Ana Cruz"].organisation, people["Ana Cruz"].email) == ("UN", "a@b.org")
    assert people["Kemal\u200bÖz"].country == "Türkiye"


def test_assign_groups_is_balanced_reproducible_and_undoable(people):
    changes = people.assign_groups(n_groups=3, seed=7)
    first = membership(people)
    assert len(first) == 30
    assert sorted(Counter(first.values()).values()) == [10, 10, 10]
    result = changes.row
    assert isinstance(result, grouping.Assignment)
    # the score beats random groupings of the same people
    snap = people.snapshot()
    persons = [grouping.Person(p.uuid, p.country, p.stakeholder_type, p.organisation, p.delegation)
               for p in snap.participants]
    import random

    rng = random.Random(1)
    uuids = [p.uuid for p in persons]
    randoms = []
    for _ in range(20):
        rng.shuffle(uuids)
        randoms.append(grouping.score([uuids[0::3], uuids[1::3], uuids[2::3]], persons))
    assert result.score < min(randoms)
    people.apply(changes.undo)
    assert membership(people) == {}
    assert people.snapshot().groups == ()  # the groups this assignment made are gone too
    people.assign_groups(n_groups=3, seed=7)
    assert membership(people) == first


def test_pinned_people_stay_when_rebalancing(people):
    people.assign_groups(n_groups=3, seed=1)
    snap = people.snapshot()
    someone = snap.participants[0].uuid
    group_c = snap.groups[2].uuid
    people.move_participant(someone, group_c, pinned=True)
    for seed in range(5):
        people.assign_groups(seed=seed)
        assert membership(people)[someone] == "Group C"


def test_move_participant_and_undo(people):
    people.assign_groups(n_groups=3, seed=1)
    snap = people.snapshot()
    who = snap.participants[3].uuid
    was = membership(people)[who]
    target = next(g for g in snap.groups if g.name != was)
    changes = people.move_participant(who, target.uuid)
    assert membership(people)[who] == target.name
    people.apply(changes.undo)
    assert membership(people)[who] == was


def test_late_arrival_goes_where_they_fit(people):
    people.assign_groups(n_groups=3, seed=1)
    changes = people.add_participant("Late Comer", country="Bahrain", stakeholder_type="state",
                                     place_in_group=True)
    assert changes.row.uuid in membership(people)
    people.apply(changes.undo)
    assert changes.row.uuid not in membership(people)


def test_deleting_a_participant_and_undo_restores_the_group_place(people):
    people.assign_groups(n_groups=3, seed=1)
    who = people.snapshot().participants[5].uuid
    was = membership(people)[who]
    changes = people.delete_participants([who])
    assert who not in membership(people)
    people.apply(changes.undo)
    assert membership(people)[who] == was


def test_group_count_cannot_drop_groups_with_members(people):
    people.assign_groups(n_groups=4, seed=1)
    with pytest.raises(ServiceError, match="Group D still has"):
        people.set_group_count(3)
    assert len(people.snapshot().groups) == 4


def test_rotation_is_a_latin_square_and_edits_keep_the_rules(people):
    people.add_agenda_item(people.snapshot().days[0].uuid, "round", *_times(16, 17), "Round 3")
    people.set_group_count(3)
    people.build_rotation()
    snap = people.snapshot()
    rooms_of = {}
    for a in snap.assignments:
        rooms_of.setdefault(a.group_uuid, []).append(a.room_uuid)
    assert all(sorted(v) == sorted(r.uuid for r in snap.rooms) for v in rooms_of.values())
    per_round = Counter((a.round_uuid, a.room_uuid) for a in snap.assignments)
    assert set(per_round.values()) == {1}
    # moving Group A into the room Group B holds in round 1 is refused with the reason
    r1 = snap.rounds[0].uuid
    cell = {(a.round_uuid, a.group_uuid): a.room_uuid for a in snap.assignments}
    a_uuid, b_uuid = snap.groups[0].uuid, snap.groups[1].uuid
    with pytest.raises(ServiceError, match="Group B"):
        people.move_in_rotation(r1, a_uuid, cell[(r1, b_uuid)])
    assert people.snapshot().assignments == snap.assignments
    # letting a group wait is allowed, and undo puts it back
    changes = people.move_in_rotation(r1, a_uuid, None)
    assert (r1, a_uuid) not in {(a.round_uuid, a.group_uuid) for a in people.snapshot().assignments}
    people.apply(changes.undo)
    assert sorted(people.snapshot().assignments, key=lambda a: (a.round_uuid, a.group_uuid)) \
        != [] and {(a.round_uuid, a.group_uuid): a.room_uuid for a in people.snapshot().assignments} == cell


def test_rotation_with_more_groups_than_rooms_says_who_waits(people):
    people.set_group_count(4)
    changes = people.build_rotation()
    assert changes.row.problems
    assert any("wait" in p for p in changes.row.problems)


def test_rotation_needs_groups_rooms_and_rounds(workshop):
    with pytest.raises(ServiceError, match="needs groups"):
        workshop.build_rotation()


def _times(a, b):
    import datetime as dt

    return dt.time(a), dt.time(b)


def test_assigning_fewer_groups_drops_the_extra_ones_and_undo_restores_everything(people):
    people.assign_groups(n_groups=4, seed=1)
    people.build_rotation()
    before = people.snapshot()
    placed = membership(people)
    changes = people.assign_groups(n_groups=3, seed=2)
    snap = people.snapshot()
    assert [g.name for g in snap.groups] == ["Group A", "Group B", "Group C"]
    assert len(snap.members) == 30
    dropped = before.groups[3].uuid
    assert all(a.group_uuid != dropped for a in snap.assignments)
    assert {"group", "group_member", "assignment"} <= changes.kinds
    people.apply(changes.undo)
    after = people.snapshot()
    assert after.groups == before.groups
    assert membership(people) == placed
    assert sorted((a.round_uuid, a.group_uuid, a.room_uuid) for a in after.assignments) == \
        sorted((a.round_uuid, a.group_uuid, a.room_uuid) for a in before.assignments)


def test_a_bad_group_count_is_refused_before_anything_changes(people):
    with pytest.raises(ServiceError, match="between 1 and 52"):
        people.assign_groups(n_groups=0)
    assert people.snapshot().groups == ()


def test_random_assignment_is_the_yardstick_the_algorithm_beats(people):
    snap = people.snapshot()
    persons = grouping.people_of(snap.participants)
    result = people.assign_groups(n_groups=3, seed=4).row
    chance = grouping.random_assignment_score(persons, 3, seed=4)
    assert chance == grouping.random_assignment_score(persons, 3, seed=4)
    assert result.score < chance
    with pytest.raises(grouping.GroupingError, match="at least 1"):
        grouping.random_assignment_score(persons, 0)
