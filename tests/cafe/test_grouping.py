"""Group assignment: balance, delegations, pins, late arrivals and manual moves."""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cafe.people.group_balance import _Tally
from cafe.people.group_model import ATTRIBUTE_WEIGHTS, DELEGATION_WEIGHT, SIZE_WEIGHT, GroupingError, Person
from cafe.people.grouping import assign_groups, assignment_from_groups, balance_table, best_group_for, move, score
from cafe.storage.models import StakeholderType

TYPES = [
    "state", "state", "state", "civil society", "private sector", "international organisation", "academia"
]


def crowd(n: int, seed: int = 0, blank_share: float = 0.05) -> list[Person]:
    """A workshop-like mix: mostly states in country delegations, some others."""
    rng = random.Random(seed)
    countries = [f"Country {i}" for i in range(30)]
    people = []
    for i in range(n):
        kind = rng.choice(TYPES)
        country = "" if rng.random() < blank_share else rng.choice(countries)
        if kind == "state":
            people.append(Person(f"p{i:04d}", country, kind, f"Government of {country}", country))
        else:
            people.append(Person(f"p{i:04d}", country, kind, f"Org {rng.randrange(40)}"))
    return people


def random_groups(people: list[Person], n_groups: int, seed: int) -> list[list[str]]:
    order = [p.uuid for p in people]
    random.Random(seed).shuffle(order)
    return [order[j::n_groups] for j in range(n_groups)]


def reference_score(groups, people, mode="apart"):
    """The documented score computed the long way: squared deviations from n/G."""
    lookup = {p.uuid: p for p in people}
    g = len(groups)

    def spread(counts):
        n = sum(counts)
        q, r = divmod(n, g)
        even = [q + 1] * r + [q] * (g - r)
        return sum((c - n / g) ** 2 for c in counts) - sum((c - n / g) ** 2 for c in even)

    total = 0.0
    for attr, weight in ATTRIBUTE_WEIGHTS.items():
        values = {getattr(lookup[u], attr) for grp in groups for u in grp} - {""}
        for value in values:
            total += weight * spread([sum(getattr(lookup[u], attr) == value for u in grp) for grp in groups])
    total += SIZE_WEIGHT * spread([len(grp) for grp in groups])
    delegations = {lookup[u].delegation for grp in groups for u in grp} - {""}
    for d in delegations:
        counts = [sum(lookup[u].delegation == d for u in grp) for grp in groups]
        if mode == "apart":
            cap = math.ceil(sum(counts) / g)
            total += DELEGATION_WEIGHT * sum(max(0, c - cap) for c in counts)
        elif mode == "together":
            total += DELEGATION_WEIGHT * (sum(counts) - max(counts))
    return total


def flat(groups):
    return sorted(u for g in groups for u in g)


# --- the score ------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["apart", "together", "ignore"])
def test_score_matches_the_documented_formula(mode):
    people = crowd(60, seed=3)
    for seed in range(5):
        groups = random_groups(people, 4, seed)
        groups[0].extend(groups[1][:3])  # uneven sizes too
        del groups[1][:3]
        assert score(groups, people, mode) == pytest.approx(reference_score(groups, people, mode))


def test_perfect_spread_scores_zero_and_each_misplaced_person_costs():
    people = [Person(f"p{i}", "", "state" if i % 2 else "academia") for i in range(4)]
    assert score([["p0", "p1"], ["p2", "p3"]], people) == 0
    # Both academics together: 2 for academia, 2 for state.
    assert score([["p0", "p2"], ["p1", "p3"]], people) == 4


def test_blank_countries_are_not_counted():
    people = [Person("a", ""), Person("b", ""), Person("c", "Kenya"), Person("d", "Peru")]
    assert score([["a", "b"], ["c", "d"]], people) == 0
    table = balance_table([["a", "b"], ["c", "d"]], people)
    assert table.countries == ("", "Kenya", "Peru")
    assert table.country_counts == ((2, 0, 0), (0, 1, 1))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(["apart", "together", "ignore"]))
def test_swap_and_add_deltas_equal_the_change_in_score(seed, mode):
    # The search relies on these shortcuts; a wrong one would make it worse, not fail.
    rng = random.Random(seed)
    people = crowd(rng.randrange(2, 30), seed=seed)
    groups = random_groups(people, rng.randrange(2, 5), seed)
    tally = _Tally(people, len(groups), mode)
    where = {u: j for j, g in enumerate(groups) for u in g}
    for i, p in enumerate(people[:-1]):
        tally.add(i, where[p.uuid])
    last = len(people) - 1
    before = tally.score()
    for j in range(len(groups)):
        predicted = tally.add_delta([last], j)
        tally.add(last, j)
        assert tally.score() - before == predicted
        tally.remove(last)
    tally.add(last, where[people[last].uuid])
    p, q = rng.sample(range(len(people)), 2)
    a, b = tally.group_of[p], tally.group_of[q]
    if a != b:
        before = tally.score()
        predicted = tally.swap_delta(p, q)
        tally.remove(p), tally.remove(q), tally.add(p, b), tally.add(q, a)
        assert tally.score() - before == predicted


# --- assign_groups --------------------------------------------------------------


def test_assignment_beats_random_assignment_clearly():
    people = crowd(120, seed=1)
    ours = [assign_groups(people, 6, seed=s).score for s in range(5)]
    chance = [score(random_groups(people, 6, s), people) for s in range(5)]
    assert sum(ours) * 5 < sum(chance), (ours, chance)


def test_everyone_is_placed_once_and_sizes_differ_by_at_most_one():
    people = crowd(103)
    result = assign_groups(people, 7, seed=4)
    assert flat(result.groups) == sorted(p.uuid for p in people)
    sizes = [len(g) for g in result.groups]
    assert max(sizes) - min(sizes) <= 1
    assert result.score == score(result.groups, people)


def test_same_seed_same_result_other_seed_other_result():
    people = crowd(80)
    first = assign_groups(people, 5, seed=11)
    assert assign_groups(people, 5, seed=11) == first
    assert assign_groups(people, 5, seed=12).groups != first.groups


def test_result_does_not_depend_on_string_hashing():
    script = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_grouping import crowd\n"
        "from cafe.people.grouping import assign_groups\n"
        "print(json.dumps(assign_groups(crowd(60), 4, seed=5).groups))\n"
    )
    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]


def test_pinned_people_stay_in_their_groups():
    people = crowd(50)
    pinned = {"p0001": 2, "p0002": 2, "p0010": 0, "p0033": 4}
    for seed in range(4):
        result = assign_groups(people, 5, pinned=pinned, seed=seed)
        for uuid, group in pinned.items():
            assert uuid in result.groups[group]
        assert result.pinned == pinned


def test_pins_that_crowd_a_group_are_respected_and_reported():
    people = [Person(f"p{i}") for i in range(6)]
    pinned = {f"p{i}": 0 for i in range(4)}
    result = assign_groups(people, 3, pinned=pinned, seed=0)
    assert sorted(result.groups[0]) == ["p0", "p1", "p2", "p3"]
    assert sorted(len(g) for g in result.groups[1:]) == [1, 1]
    assert result.problems == ("Group sizes range from 1 to 4 people.",)


def test_delegations_apart_split_into_different_groups():
    # The delegation's members share nothing else, so only the delegation rule
    # keeps them apart (with delegations="ignore" some seeds put two together).
    people = [Person(f"k{i}", f"K{i}", TYPES[i + 2], f"K org {i}", "Kenya") for i in range(4)]
    people += crowd(16, seed=8, blank_share=0)
    for seed in range(8):
        result = assign_groups(people, 5, seed=seed)
        holders = [sum(u.startswith("k") for u in g) for g in result.groups]
        assert max(holders) == 1, holders
        assert result.problems == ()


def test_delegation_larger_than_the_group_count_is_spread_and_reported():
    people = [Person(f"k{i}", "Kenya", "state", "", "Kenya") for i in range(7)]
    people += [Person(f"x{i}") for i in range(8)]
    result = assign_groups(people, 3, seed=0)
    holders = sorted(sum(u.startswith("k") for u in g) for g in result.groups)
    assert holders == [2, 2, 3]
    assert result.problems == (
        "Delegation Kenya has 7 members but there are only 3 groups, so some groups hold 3 of them.",
    )


def test_delegations_together_share_a_group():
    people = crowd(90, seed=2)
    result = assign_groups(people, 4, delegations="together", seed=1)
    where = {u: j for j, g in enumerate(result.groups) for u in g}
    by_delegation: dict[str, set[int]] = {}
    for p in people:
        if p.delegation:
            by_delegation.setdefault(p.delegation, set()).add(where[p.uuid])
    assert by_delegation and all(len(groups) == 1 for groups in by_delegation.values())
    assert not any("split" in problem for problem in result.problems)


def test_together_follows_a_pinned_member_and_reports_pins_that_split():
    people = [Person(f"k{i}", "Kenya", "state", "", "Kenya") for i in range(3)]
    people += [Person(f"x{i}") for i in range(9)]
    result = assign_groups(people, 3, pinned={"k0": 2}, delegations="together", seed=0)
    assert {"k0", "k1", "k2"} <= set(result.groups[2])
    split = assign_groups(people, 3, pinned={"k0": 0, "k1": 1}, delegations="together", seed=0)
    assert split.problems[0] == "Delegation Kenya is split across groups 1 and 2."


def test_ignoring_delegations_does_not_count_them():
    people = [Person(f"k{i}", "", "", "", "Kenya") for i in range(2)]
    assert score([["k0", "k1"], []], people, "ignore") == SIZE_WEIGHT * 2
    assert score([["k0", "k1"], []], people, "apart") == SIZE_WEIGHT * 2 + DELEGATION_WEIGHT


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["", "A", "B", "C"]), st.sampled_from(["state", "academia", ""]),
                  st.sampled_from(["", "d1", "d2"])),
        max_size=40,
    ),
    st.integers(1, 8),
    st.sampled_from(["apart", "ignore"]),
    st.integers(0, 3),
)
def test_any_input_places_everyone_with_even_sizes(rows, n_groups, mode, seed):
    people = [Person(f"p{i}", c, t, "", d) for i, (c, t, d) in enumerate(rows)]
    result = assign_groups(people, n_groups, delegations=mode, seed=seed)
    assert len(result.groups) == n_groups
    assert flat(result.groups) == sorted(p.uuid for p in people)
    sizes = [len(g) for g in result.groups]
    assert max(sizes) - min(sizes) <= 1
    assert result.score == score(result.groups, people, mode)


def test_edge_cases():
    empty = assign_groups([], 3)
    assert empty.groups == ((), (), ()) and empty.score == 0
    few = assign_groups([Person("a"), Person("b")], 4)
    assert sorted(len(g) for g in few.groups) == [0, 0, 1, 1]
    assert few.problems == ("Only 2 people for 4 groups: 2 groups stay empty.",)
    people = crowd(12)
    one = assign_groups(people, 1)
    assert flat(one.groups) == sorted(p.uuid for p in people)
    pins = {p.uuid: i % 3 for i, p in enumerate(people)}
    all_pinned = assign_groups(people, 3, pinned=pins, seed=9)
    assert all(p.uuid in all_pinned.groups[pins[p.uuid]] for p in people)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_groups": 0}, "The number of groups must be at least 1 (got 0)."),
        ({"n_groups": 2, "pinned": {"zz": 0}}, "A pin names 'zz', who is not among the participants."),
        ({"n_groups": 2, "pinned": {"a": 2}}, "Ann is held in group 3, but there are only 2 groups."),
        ({"n_groups": 2, "delegations": "mixed"},
         "The delegation option must be 'apart', 'together' or 'ignore' (got 'mixed')."),
    ],
)
def test_bad_input_is_refused_with_a_sentence(kwargs, message):
    with pytest.raises(GroupingError) as raised:
        assign_groups([Person("a", name="Ann"), Person("b")], **kwargs)
    assert str(raised.value) == message


def test_duplicate_participants_are_refused():
    with pytest.raises(GroupingError, match="Participant a is listed twice"):
        assign_groups([Person("a"), Person("a")], 2)


def test_person_normalises_enums_and_spaces():
    person = Person("a", " Kenya ", StakeholderType.civil_society)
    assert person.country == "Kenya"
    assert person.stakeholder_type == "civil society"
    assert type(person.stakeholder_type) is str


# --- balance table, late arrivals, manual moves --------------------------------


def test_balance_table_counts_per_group():
    people = [
        Person("a", "Kenya", "state"),
        Person("b", "Peru", "state"),
        Person("c", "Kenya", "academia"),
    ]
    table = balance_table([["a", "c"], ["b"]], people)
    assert table.sizes == (2, 1)
    assert table.stakeholder_types == ("academia", "state")
    assert table.stakeholder_counts == ((1, 1), (0, 1))
    assert table.countries == ("Kenya", "Peru")
    assert table.country_counts == ((2, 0), (0, 1))


def test_late_arrival_joins_the_group_lacking_their_stakeholder_type():
    people = [
        Person("a", stakeholder_type="state"),
        Person("b", stakeholder_type="civil society"),
        Person("c", stakeholder_type="state"),
        Person("d", stakeholder_type="academia"),
        Person("e", stakeholder_type="civil society"),
        Person("f", stakeholder_type="academia"),
    ]
    groups = [["a", "b"], ["c", "d"], ["e", "f"]]
    assert best_group_for(Person("z", stakeholder_type="civil society"), groups, people) == 1
    assert best_group_for(Person("y", stakeholder_type="state"), groups, people) == 2


def test_late_arrival_joins_the_group_lacking_their_country():
    people = [
        Person("a", "Peru"),
        Person("b", "Kenya"),
        Person("c", "Peru"),
        Person("d", "Chile"),
        Person("e", "Kenya"),
        Person("f", "Chile"),
    ]
    groups = [["a", "b"], ["c", "d"], ["e", "f"]]
    assert best_group_for(Person("z", "Peru"), groups, people) == 2
    assert best_group_for(Person("y", "Chile"), groups, people) == 0


def test_late_arrival_ties_go_to_the_smaller_then_the_first_group():
    people = [Person(u) for u in "abcde"]
    assert best_group_for(Person("z"), [["a", "b"], ["c", "d"], ["e"]], people) == 2
    assert best_group_for(Person("z"), [["a", "b"], ["c", "d"]], people) == 0


def test_late_arrival_matches_the_least_score_increase():
    people = crowd(40, seed=6)
    groups = [list(g) for g in assign_groups(people[:-1], 4, seed=0).groups]
    late = people[-1]
    rises = []
    for j in range(4):
        trial = [list(g) for g in groups]
        trial[j].append(late.uuid)
        rises.append((score(trial, people), len(groups[j]), j))
    assert best_group_for(late, groups, people) == min(rises)[2]


def test_late_arrival_refusals():
    with pytest.raises(GroupingError, match="no groups"):
        best_group_for(Person("a"), [], [])
    with pytest.raises(GroupingError, match="already in a group"):
        best_group_for(Person("a"), [["a"]], [Person("a")])


def test_move_returns_a_rescored_assignment():
    people = crowd(30)
    before = assign_groups(people, 3, pinned={"p0000": 0}, seed=2)
    uuid = before.groups[1][0]
    after = move(before, uuid, 2)
    assert uuid in after.groups[2] and uuid not in after.groups[1]
    assert after.score == score(after.groups, people) > before.score
    assert uuid in before.groups[1]  # the original is untouched
    pinned_moved = move(before, "p0000", 1)
    assert pinned_moved.pinned == {"p0000": 1}


def test_move_refusals():
    result = assign_groups([Person("a"), Person("b")], 2)
    with pytest.raises(GroupingError, match="'zz' is not in any group"):
        move(result, "zz", 0)
    with pytest.raises(GroupingError, match="only 2 groups"):
        move(result, "a", 5)


def test_assignment_from_stored_groups():
    people = crowd(10)
    stored = [[p.uuid for p in people[:6]], [p.uuid for p in people[6:]]]
    result = assignment_from_groups(stored, people, delegations="ignore")
    assert result.groups == tuple(tuple(g) for g in stored)
    assert result.score == score(stored, people, "ignore")
    assert Counter(len(g) for g in result.groups) == Counter({6: 1, 4: 1})
    with pytest.raises(GroupingError, match="in both group 1 and group 2"):
        assignment_from_groups([["p0000"], ["p0000"]], people)
    with pytest.raises(GroupingError, match="Group 1 holds 'nobody'"):
        assignment_from_groups([["nobody"]], people)
