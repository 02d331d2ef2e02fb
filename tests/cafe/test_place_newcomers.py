"""Late registrations: place only the newcomers (nobody else moves), and know before a reshuffle
how many people it would move."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from cafe.people import grouping
from cafe.people.group_model import GroupingError, Person
from cafe.service import ServiceError

TYPES = ["state", "state", "civil society", "private sector", "international organisation", "academia"]


def crowd(n: int, seed: int = 0, prefix: str = "p") -> list[Person]:
    rng = random.Random(seed)
    countries = [f"Country {i}" for i in range(12)]
    out = []
    for i in range(n):
        kind = rng.choice(TYPES)
        country = rng.choice(countries)
        delegation = country if kind == "state" else ""
        out.append(Person(f"{prefix}{i:04d}", country, kind, f"Org {rng.randrange(15)}", delegation))
    return out


def where(groups) -> dict[str, int]:
    return {u: j for j, g in enumerate(groups) for u in g}


# --- the core -----------------------------------------------------------------------------------


def test_newcomers_are_placed_and_nobody_already_placed_moves():
    first = crowd(240, seed=1)
    settled = grouping.assign_groups(first, 3, seed=4)
    late = crowd(10, seed=2, prefix="late")
    result = grouping.place_newcomers([*first, *late], settled.groups, seed=4)
    before, after = where(settled.groups), where(result.groups)
    assert all(after[u] == j for u, j in before.items())  # the 240 stay put
    assert set(after) == {p.uuid for p in [*first, *late]}  # and all ten newcomers are in a group
    assert grouping.newcomers([*first, *late], settled.groups) == [p.uuid for p in late]
    assert grouping.newcomers([*first, *late], result.groups) == []


def test_newcomers_fill_the_smaller_groups_first():
    first = crowd(60, seed=3)
    settled = grouping.assign_groups(first, 3, seed=1)
    # an uneven start: four people of group 1 left the workshop
    gone = set(settled.groups[0][:4])
    groups = [[u for u in g if u not in gone] for g in settled.groups]
    staying = [p for p in first if p.uuid not in gone]
    late = [Person(f"late{i}", "Country 99", "academia", "University X") for i in range(7)]
    result = grouping.place_newcomers([*staying, *late], groups, seed=0)
    assert [len(g) for g in result.groups] == [21, 21, 21]
    assert Counter(where(result.groups)[p.uuid] for p in late) == {0: 5, 1: 1, 2: 1}


def test_newcomers_are_mixed_by_stakeholder_type_and_country():
    first = [Person(f"p{i}", f"C{i % 6}", "state", f"Gov {i % 6}") for i in range(30)]
    settled = grouping.assign_groups(first, 3, seed=0)
    late = [*(Person(f"a{i}", "Norway", "academia", f"University {i}") for i in range(3)),
            *(Person(f"b{i}", "Kenya", "private sector", f"Firm {i}") for i in range(3))]
    result = grouping.place_newcomers([*first, *late], settled.groups, seed=2)
    places = where(result.groups)
    assert sorted(places[p.uuid] for p in late[:3]) == [0, 1, 2]
    assert sorted(places[p.uuid] for p in late[3:]) == [0, 1, 2]
    lump = [list(g) for g in settled.groups]
    lump[0] += [p.uuid for p in late[:3]]
    lump[1] += [p.uuid for p in late[3:]]
    assert result.score < grouping.score(lump, [*first, *late])


def test_delegation_members_arriving_late_are_kept_apart_or_together():
    first = [Person(f"p{i}", f"C{i % 5}", "state", f"Gov {i % 5}") for i in range(9)]
    settled = grouping.assign_groups(first, 3, seed=0)
    late = [Person(f"d{i}", "Ruritania", "state", "Gov of Ruritania", "Ruritania") for i in range(3)]
    apart = grouping.place_newcomers([*first, *late], settled.groups, delegations="apart")
    assert sorted(where(apart.groups)[p.uuid] for p in late) == [0, 1, 2]
    assert not apart.problems

    # one Ruritanian was there already: in "together" mode the newcomers join them
    old = Person("d-old", "Ruritania", "state", "Gov of Ruritania", "Ruritania")
    groups = [list(g) for g in settled.groups]
    groups[1].append(old.uuid)
    together = grouping.place_newcomers([*first, old, *late], groups, delegations="together")
    assert {where(together.groups)[p.uuid] for p in late} == {1}
    assert where(together.groups)[old.uuid] == 1


def test_pins_are_reported_and_must_be_where_they_hold():
    people = crowd(12)
    settled = grouping.assign_groups(people[:9], 3)
    held = settled.groups[2][0]
    result = grouping.place_newcomers(people, settled.groups, pinned={held: 2})
    assert result.pinned == {held: 2}
    with pytest.raises(GroupingError, match="where they are not"):
        grouping.place_newcomers(people, settled.groups, pinned={held: 0})
    with pytest.raises(GroupingError, match="no groups to place newcomers in"):
        grouping.place_newcomers(people, [])
    with pytest.raises(GroupingError, match="not among the participants"):
        grouping.place_newcomers(people[:3], settled.groups)


def test_reshuffle_counts_who_would_change_group_without_changing_anything():
    people = crowd(90, seed=5)
    settled = grouping.assign_groups(people, 3, seed=1)
    groups = [list(g) for g in settled.groups]
    same = grouping.reshuffle(people, groups, 3, seed=1)
    assert same.moving == 0 and same.placed == 90 and same.total == 90
    other = grouping.reshuffle(people, groups, 3, seed=2)
    changed = sum(1 for u, j in where(groups).items() if where(other.assignment.groups)[u] != j)
    assert other.moving == changed > 0
    assert groups == [list(g) for g in settled.groups]  # the input is untouched
    # pins hold; fewer groups: everyone of a dropped group moves, pins there included
    pins = {groups[0][0]: 0, groups[2][0]: 2}
    fewer = grouping.reshuffle(people, groups, 2, pinned=pins, seed=1)
    assert fewer.pinned == 1 and fewer.assignment.group_of(groups[0][0]) == 0
    assert fewer.moving >= len(groups[2])
    # newcomers are placed but do not count as moving
    late = crowd(6, seed=9, prefix="late")
    with_late = grouping.reshuffle([*people, *late], groups, 3, seed=1)
    assert with_late.placed == 90 and with_late.total == 96


# --- through the service --------------------------------------------------------------------------


@pytest.fixture
def people(workshop):
    records = [{"name": f"Person {i:02d}", "country": ["Philippines", "Bahrain", "Mexico", "Germany"][i % 4],
                "stakeholder_type": ["state", "civil society", "private sector"][i % 3],
                "organisation": f"Org {i % 5}"} for i in range(30)]
    workshop.import_participants(records)
    workshop.assign_groups(n_groups=3, seed=1)
    return workshop


def membership(svc) -> dict[str, str]:
    snap = svc.snapshot()
    names = {g.uuid: g.name for g in snap.groups}
    return {m.participant_uuid: names[m.group_uuid] for m in snap.members}


def test_the_service_places_late_registrations_only_and_undo_takes_them_out(people):
    before = membership(people)
    late = people.import_participants([{"name": f"Late {i}", "country": "Türkiye", "stakeholder_type": "state"}
                                       for i in range(4)])
    changes = people.place_newcomers(seed=3)
    after = membership(people)
    assert {u: after[u] for u in before} == before
    assert set(changes.uuids) == set(late.uuids) <= set(after)
    assert sorted(Counter(after[u] for u in late.uuids).values()) == [1, 1, 2]
    assert changes.row.groups and changes.kinds == {"group_member"}
    people.apply(changes.undo)
    assert membership(people) == before
    people.place_newcomers(seed=3)  # placed again, the same way
    with pytest.raises(ServiceError, match="nobody new to place"):
        people.place_newcomers()
    assert {u: g for u, g in membership(people).items() if u in late.uuids} == {u: after[u] for u in late.uuids}


def test_place_newcomers_needs_groups_and_newcomers(workshop):
    workshop.import_participants([{"name": "Ana"}])
    with pytest.raises(ServiceError, match="no groups yet"):
        workshop.place_newcomers()
    workshop.assign_groups(n_groups=2)
    with pytest.raises(ServiceError, match="Everyone is already in a group"):
        workshop.place_newcomers()


def test_the_preview_is_exactly_what_assign_groups_then_does(people):
    people.import_participants([{"name": "Late", "country": "Mexico"}])
    snap = people.snapshot()
    someone = next(p.uuid for p in snap.participants if p.name == "Person 00")
    people.move_participant(someone, snap.groups[2].uuid, pinned=True)
    before = membership(people)
    for n, seed in ((3, 9), (2, 4), (4, 1)):
        preview = people.preview_reshuffle(n_groups=n, seed=seed, delegations="apart")
        assert membership(people) == before  # a preview changes nothing
        changes = people.assign_groups(n_groups=n, seed=seed)
        after = membership(people)
        assert [list(g) for g in changes.row.groups] == [list(g) for g in preview.assignment.groups]
        moved = sum(1 for u, g in before.items() if after[u] != g)
        assert preview.moving == moved and preview.placed == len(before) == 30
        people.apply(changes.undo)
        assert membership(people) == before
    with pytest.raises(ServiceError, match="between 1 and"):
        people.preview_reshuffle(n_groups=0)
