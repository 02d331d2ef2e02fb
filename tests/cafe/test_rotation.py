"""Room rotation rules and World Café seating."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cafe.people.rotation import RotationError, Schedule, apply_move, check_move, make_schedule, swap, validate
from cafe.people.seating import repeat_encounters, world_cafe_tables

MAX = 20


def keys(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i}" for i in range(n)]


def sized(n_groups: int, n_rooms: int, n_rounds: int) -> Schedule:
    return make_schedule(keys("g", n_groups), keys("room", n_rooms), keys("r", n_rounds))


def seats_by_group(schedule: Schedule) -> Counter:
    return Counter(g for (_, g), room in schedule.cells.items() if room is not None)


# --- make_schedule --------------------------------------------------------------


def test_equal_sizes_give_the_cyclic_latin_square():
    schedule = make_schedule(["A", "B", "C"], ["X", "Y", "Z"], ["r1", "r2", "r3"])
    rooms = ["X", "Y", "Z"]
    for k, rnd in enumerate(schedule.rounds):
        for g, grp in enumerate(schedule.groups):
            assert schedule.cells[(rnd, grp)] == rooms[(g + k) % 3]
    for grp in schedule.groups:
        assert sorted(schedule.room_of(r, grp) for r in schedule.rounds) == rooms
    assert schedule.problems == ()
    assert schedule.waiting == {"r1": (), "r2": (), "r3": ()}


def test_rounds_beyond_the_rooms_are_explained_and_leave_everyone_waiting():
    schedule = make_schedule(["A", "B", "C"], ["X", "Y", "Z"], 5)
    assert schedule.rounds == ("1", "2", "3", "4", "5")
    assert schedule.problems == (
        "5 rounds but only 3 rooms: each group can visit at most 3 rooms, "
        "so rounds 4\u20135 leave every group waiting.",
    )
    assert schedule.waiting["4"] == ("A", "B", "C")
    assert schedule.waiting["5"] == ("A", "B", "C")
    assert schedule.waiting["3"] == ()


def test_more_groups_than_rooms_take_turns_without_waiting_twice_in_a_row():
    schedule = sized(4, 2, 4)
    assert all(len(w) == 2 for w in schedule.waiting.values())
    for grp in schedule.groups:
        seated = [schedule.room_of(r, grp) is not None for r in schedule.rounds]
        assert seated.count(True) == 2
        assert not any(a is b is False for a, b in zip(seated, seated[1:])), seated
    assert schedule.problems == ("4 groups but only 2 rooms: 2 groups wait in each round, taking turns.",)


def test_more_groups_than_rooms_with_too_many_rounds_names_the_idle_rounds():
    schedule = sized(5, 3, 8)
    assert schedule.problems[-1] == (
        "8 rounds but only 3 rooms: each group can visit at most 3 rooms, and taking turns "
        "every group has done so after 5 rounds, so rounds 6\u20138 leave every group waiting."
    )
    assert all(count == 3 for count in seats_by_group(schedule).values())


def test_fewer_groups_than_rooms_leave_rooms_empty():
    schedule = sized(2, 3, 3)
    assert schedule.problems == ("3 rooms but only 2 groups: 1 room stays empty in each round.",)
    for rnd in schedule.rounds:
        held = [schedule.group_in(rnd, room) for room in schedule.rooms]
        assert held.count(None) == 1


def test_no_rooms_means_everyone_waits():
    schedule = sized(3, 0, 2)
    assert all(room is None for room in schedule.cells.values())
    assert schedule.problems == ("There are no rooms, so every group waits in every round.",)


@pytest.mark.parametrize(
    ("groups", "rooms", "message"),
    [
        (["A", "A"], ["X"], "Group 'A' is listed twice."),
        (["A"], ["X", "X"], "Room 'X' is listed twice."),
    ],
)
def test_duplicate_keys_are_refused(groups, rooms, message):
    with pytest.raises(RotationError) as raised:
        make_schedule(groups, rooms, 2)
    assert str(raised.value) == message


def test_negative_round_count_is_refused():
    with pytest.raises(RotationError, match="cannot be negative"):
        make_schedule(["A"], ["X"], -1)


# --- editing --------------------------------------------------------------------

LABELS = {"A": "Group A", "B": "Group B", "C": "Group C", "X": "Room XVI", "Y": "Room XI", "Z": "Room VII"}


def labelled() -> Schedule:
    return make_schedule(["A", "B", "C"], ["X", "Y", "Z"], ["r1", "r2", "r3"], labels=LABELS)


def test_moving_into_an_occupied_room_is_refused_with_names():
    schedule = labelled()  # round 1: A→X, B→Y, C→Z
    assert check_move(schedule, "r1", "A", "Y") == (
        "Room XI already holds Group B in round 1; swap the two groups instead."
    )


def test_moving_to_a_room_visited_in_another_round_is_refused():
    schedule = apply_move(labelled(), "r1", "A", None)  # A waits in round 1, Room XVI is free
    assert schedule.group_in("r1", "X") is None
    # A sits in Room XI in round 2 already; free it first, then ask for it in round 1.
    freed = apply_move(schedule, "r1", "B", None)
    assert check_move(freed, "r1", "A", "Y") == "Group A already visits Room XI in round 2."


def test_allowed_moves_and_no_ops():
    schedule = labelled()
    assert check_move(schedule, "r1", "A", "X") is None  # where it already is
    assert check_move(schedule, "r2", "C", None) is None  # waiting is always allowed
    moved = apply_move(schedule, "r2", "C", None)
    assert moved.room_of("r2", "C") is None
    assert schedule.room_of("r2", "C") == "X"  # the original is untouched
    assert {k: v for k, v in moved.cells.items() if k != ("r2", "C")} == {
        k: v for k, v in schedule.cells.items() if k != ("r2", "C")
    }
    assert moved.labels == LABELS


def test_apply_move_raises_the_reason():
    with pytest.raises(RotationError) as raised:
        apply_move(labelled(), "r1", "A", "Y")
    assert str(raised.value) == check_move(labelled(), "r1", "A", "Y")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("r9", "A", "X"), "There is no round 'r9' in this schedule."),
        (("r1", "Q", "X"), "There is no group 'Q' in this schedule."),
        (("r1", "A", "Q"), "There is no room 'Q' in this schedule."),
    ],
)
def test_unknown_keys_are_named(args, message):
    assert check_move(labelled(), *args) == message


def test_swap_within_a_round_extends_to_conflicting_rounds():
    schedule = labelled()
    # A: X, Y, Z and B: Y, Z, X. Swapping round 1 alone would give A Room XI
    # twice (rounds 1 and 2) and B Room XVI twice (rounds 1 and 3), so those
    # rounds follow and the two rows are exchanged whole.
    swapped = swap(schedule, "r1", "A", "B")
    for rnd in schedule.rounds:
        assert swapped.room_of(rnd, "A") == schedule.room_of(rnd, "B")
        assert swapped.room_of(rnd, "B") == schedule.room_of(rnd, "A")
        assert swapped.room_of(rnd, "C") == schedule.room_of(rnd, "C")
    assert validate(swapped.cells, swapped.groups, swapped.rooms, swapped.rounds) == []


def test_swap_touches_only_the_round_when_that_keeps_the_rules():
    schedule = sized(4, 4, 2)  # g0: room0, room1; g2: room2, room3
    a, b = schedule.groups[0], schedule.groups[2]
    swapped = swap(schedule, schedule.rounds[1], a, b)
    assert swapped.room_of(schedule.rounds[0], a) == schedule.room_of(schedule.rounds[0], a)
    assert swapped.room_of(schedule.rounds[1], a) == schedule.room_of(schedule.rounds[1], b)
    assert validate(swapped.cells, swapped.groups, swapped.rooms, swapped.rounds) == []


def test_swap_of_a_waiting_group_keeps_other_rounds_when_possible():
    schedule = sized(3, 2, 2)  # one group waits per round
    rnd = schedule.rounds[0]
    waiter = schedule.waiting[rnd][0]
    sitter = next(g for g in schedule.groups if g != waiter and schedule.room_of(rnd, g) is not None)
    swapped = swap(schedule, rnd, waiter, sitter)
    assert swapped.room_of(rnd, waiter) == schedule.room_of(rnd, sitter)
    assert swapped.room_of(rnd, sitter) is None
    assert validate(swapped.cells, swapped.groups, swapped.rooms, swapped.rounds) == []


def test_swap_refuses_unknown_keys():
    with pytest.raises(RotationError, match="no group 'Q'"):
        swap(labelled(), "r1", "A", "Q")


def test_validate_lists_every_violation():
    cells = {
        ("r1", "A"): "X",
        ("r1", "B"): "X",
        ("r2", "A"): "X",
        ("r2", "B"): "W",
        ("r9", "A"): None,
    }
    problems = validate(cells, ["A", "B"], ["X", "Y"], ["r1", "r2"], labels=LABELS)
    assert problems == [
        "The grid puts Group B in room 'W', which is not in this schedule.",
        "The grid names round 'r9', which is not in this schedule.",
        "Room XVI holds Group A and Group B in round 1.",
        "Group A visits Room XVI more than once (round 1 and round 2).",
    ]


def test_validate_reports_duplicate_keys():
    assert validate({}, ["A", "A"], ["X"], 1) == ["Group A is listed twice."]


def test_from_cells_fills_waiting_and_refuses_unknown_keys():
    schedule = Schedule.from_cells(["A", "B"], ["X"], 2, {("1", "A"): "X"})
    assert schedule.cells == {("1", "A"): "X", ("1", "B"): None, ("2", "A"): None, ("2", "B"): None}
    assert schedule.problems[0].startswith("2 groups but only 1 room")
    with pytest.raises(RotationError, match="round '7'"):
        Schedule.from_cells(["A"], ["X"], 2, {("7", "A"): "X"})


# --- properties over all sizes up to 20 × 20 × 20 ------------------------------

sizes = st.tuples(
    st.integers(0, MAX), st.integers(0, MAX), st.integers(0, MAX)
)


@settings(max_examples=200, deadline=None)
@given(sizes)
@example((0, 0, 0))
@example((MAX, MAX, MAX))
@example((MAX, 1, MAX))
@example((1, MAX, MAX))
@example((MAX, MAX, 1))
@example((1, 1, MAX))
@example((MAX, 0, MAX))
@example((0, MAX, MAX))
def test_schedules_keep_the_rules_and_seat_as_many_as_possible(size):
    n_groups, n_rooms, n_rounds = size
    schedule = sized(n_groups, n_rooms, n_rounds)
    assert set(schedule.cells) == {(r, g) for r in schedule.rounds for g in schedule.groups}
    assert validate(schedule.cells, schedule.groups, schedule.rooms, schedule.rounds) == []
    seats = seats_by_group(schedule)
    best = min(n_rounds * min(n_groups, n_rooms), n_groups * min(n_rounds, n_rooms))
    assert sum(seats.values()) == best
    per_group = [seats.get(g, 0) for g in schedule.groups]
    if per_group:
        assert max(per_group) - min(per_group) <= 1
    for rnd in schedule.rounds:
        assert len(schedule.waiting[rnd]) == n_groups - sum(
            1 for g in schedule.groups if schedule.cells[(rnd, g)] is not None
        )
    if n_groups == n_rooms == n_rounds:
        for grp in schedule.groups:
            assert {schedule.room_of(r, grp) for r in schedule.rounds} == set(schedule.rooms)
    fully_seated = n_groups == n_rooms and n_rounds <= n_rooms
    assert (schedule.problems == ()) == (fully_seated or not n_groups or not n_rounds)


@settings(max_examples=200, deadline=None)
@given(sizes, st.data())
@example((MAX, MAX, MAX), None)
def test_check_move_refuses_exactly_the_moves_that_break_a_rule(size, data):
    n_groups, n_rooms, n_rounds = size
    schedule = sized(n_groups, n_rooms, n_rounds)
    if not n_groups or not n_rounds:
        return
    if data is None:  # the largest grid: move the last group into the first room
        rnd, grp, room = schedule.rounds[-1], schedule.groups[-1], schedule.rooms[0]
    else:
        rnd = data.draw(st.sampled_from(schedule.rounds))
        grp = data.draw(st.sampled_from(schedule.groups))
        room = data.draw(st.sampled_from([None, *schedule.rooms]))
    reason = check_move(schedule, rnd, grp, room)
    raw = dict(schedule.cells)
    raw[(rnd, grp)] = room
    broken = validate(raw, schedule.groups, schedule.rooms, schedule.rounds)
    assert (reason is None) == (broken == [])
    if reason is None:
        assert apply_move(schedule, rnd, grp, room).cells == raw
    else:
        with pytest.raises(RotationError):
            apply_move(schedule, rnd, grp, room)


@settings(max_examples=200, deadline=None)
@given(sizes, st.data())
def test_swap_exchanges_the_round_and_keeps_the_rules(size, data):
    n_groups, n_rooms, n_rounds = size
    if n_groups < 2 or not n_rounds:
        return
    schedule = sized(n_groups, n_rooms, n_rounds)
    rnd = data.draw(st.sampled_from(schedule.rounds))
    a, b = data.draw(st.lists(st.sampled_from(schedule.groups), min_size=2, max_size=2, unique=True))
    swapped = swap(schedule, rnd, a, b)
    assert swapped.room_of(rnd, a) == schedule.room_of(rnd, b)
    assert swapped.room_of(rnd, b) == schedule.room_of(rnd, a)
    assert validate(swapped.cells, swapped.groups, swapped.rooms, swapped.rounds) == []
    others = [g for g in schedule.groups if g not in (a, b)]
    assert all(swapped.room_of(r, g) == schedule.room_of(r, g) for r in schedule.rounds for g in others)


# --- World Café -----------------------------------------------------------------


def random_seating(people, tables, rounds, seed):
    rng = random.Random(seed)
    seatings = []
    for _ in range(rounds):
        order = list(people)
        rng.shuffle(order)
        seatings.append({p: tables[i % len(tables)] for i, p in enumerate(order)})
    return seatings


def test_world_cafe_meets_fewer_people_again_than_random_seating():
    people, tables = keys("p", 24), keys("t", 4)
    ours = [repeat_encounters(world_cafe_tables(people, tables, 4, seed)) for seed in range(8)]
    chance = [repeat_encounters(random_seating(people, tables, 4, seed)) for seed in range(8)]
    assert sum(ours) < 0.75 * sum(chance), (ours, chance)


def test_world_cafe_two_rounds_of_sixteen_at_four_tables_repeat_nobody():
    for seed in range(10):
        assert repeat_encounters(world_cafe_tables(keys("p", 16), keys("t", 4), 2, seed)) == 0


def test_world_cafe_seats_everyone_evenly_within_capacity():
    people, tables = keys("p", 23), keys("t", 5)
    seatings = world_cafe_tables(people, tables, 3, seed=7, capacity=5)
    assert len(seatings) == 3
    for seating in seatings:
        assert set(seating) == set(people)
        sizes = Counter(seating.values())
        assert set(sizes) <= set(tables)
        assert max(sizes.values()) - min(sizes.values()) <= 1
        assert max(sizes.values()) <= 5


def test_world_cafe_is_reproducible_and_depends_on_the_seed():
    people, tables = keys("p", 20), keys("t", 4)
    assert world_cafe_tables(people, tables, 3, seed=1) == world_cafe_tables(people, tables, 3, seed=1)
    assert world_cafe_tables(people, tables, 3, seed=1) != world_cafe_tables(people, tables, 3, seed=2)


def test_world_cafe_refuses_what_cannot_be_seated():
    with pytest.raises(RotationError) as raised:
        world_cafe_tables(keys("p", 13), keys("t", 3), 2, seed=0, capacity=4)
    assert str(raised.value) == "13 people do not fit at 3 tables of 4 seats (12 seats)."
    with pytest.raises(RotationError, match="no tables to seat 2 people"):
        world_cafe_tables(keys("p", 2), [], 1, seed=0)
    with pytest.raises(RotationError, match="'p0' is listed twice"):
        world_cafe_tables(["p0", "p0"], ["t"], 1, seed=0)


def test_world_cafe_edge_sizes():
    assert world_cafe_tables([], ["t"], 2, seed=0) == [{}, {}]
    assert world_cafe_tables(["p"], ["t"], 0, seed=0) == []


def test_repeat_encounters_counts_each_extra_meeting():
    first = {"a": "t1", "b": "t1", "c": "t1", "d": "t2"}
    second = {"a": "t2", "b": "t2", "c": "t1", "d": "t1"}
    assert repeat_encounters([first]) == 0
    assert repeat_encounters([first, second]) == 1  # a and b again
    assert repeat_encounters([first, second, first]) == 4  # a-b twice more, a-c and b-c once more
