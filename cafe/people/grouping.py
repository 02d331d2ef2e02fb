"""Dividing participants into discussion groups that are each a fair mix.

The caller passes participants only (hosts and note-takers belong to rooms,
not groups) as :class:`Person` values and gets back an :class:`Assignment`:
the groups as tuples of uuids and a balance score. Groups are numbered from 0
in the API and from 1 in sentences meant for people.

The balance score (lower is better, 0 is as even as the numbers allow)
------------------------------------------------------------------------
For ``G`` groups, with ``c[j]`` people of some kind in group ``j`` and
``n = Σ c[j]`` of that kind in all, spread(c) = Σ_j c[j]² − best(n, G), where
best(n, G) is that sum when the n are spread as evenly as possible (``n mod G``
groups get one more). spread(c) equals Σ_j (c[j] − n/G)² minus its least
possible value, so it is 0 exactly when no group could be closer to its fair
share n/G, and each misplaced person adds about 2. The score is the sum of:

* spread of every stakeholder type, every country and every organisation,
  each with weight :data:`ATTRIBUTE_WEIGHTS` (blank values are not counted:
  a blank country is no country);
* :data:`SIZE_WEIGHT` × spread of the group sizes;
* :data:`DELEGATION_WEIGHT` × the delegation violations, which depend on the
  mode: ``"apart"`` counts, for each delegation of ``n`` people, the members
  beyond ceil(n/G) in any group (so with n ≤ G, every member sharing a group
  with a colleague beyond the first); ``"together"`` counts, for each
  delegation, the members outside the group holding most of them;
  ``"ignore"`` counts nothing.

Every term is an integer, so the score is an integer.

The algorithm
-------------
Pinned people go to their groups first (in ``"together"`` mode their
delegation colleagues follow them). Target sizes fill the groups as evenly as
the pins allow. The rest are placed greedily — whole delegations first in
``"together"`` mode, otherwise one person at a time in a seeded random order —
each in the group, among those with room, where the score rises least. Then
pairs of people are swapped between groups while a swap lowers the score.
The same inputs and seed always give the same result (no iteration depends on
string hashing).

Everything here is plain Python on plain values: any thread may call it.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from cafe.people.countries import canonical_spellings
from cafe.people.group_balance import (
    _assignment,
    _check_group_index,
    _check_mode,
    _improve,
    _lookup,
    _members,
    _Tally,
    _tally_of,
    _target_sizes,
    _unique_people,
    _units,
)
from cafe.people.group_model import (
    Assignment,
    BalanceTable,
    DelegationMode,
    GroupingError,
    Person,
    Reshuffle,
)


def assign_groups(
    people: Iterable[Person],
    n_groups: int,
    pinned: Mapping[str, int] | None = None,
    delegations: DelegationMode = "apart",
    seed: int = 0,
) -> Assignment:
    """Divide ``people`` into ``n_groups`` groups that mix their kinds evenly.

    ``pinned`` holds people in a group (by index from 0). Sizes differ by at
    most one unless pins (or delegations kept together) force otherwise; see
    the module docstring for the score the result minimises. Raises
    :class:`GroupingError` for duplicate people, unknown pinned people, group
    indexes out of range or an unknown delegation mode.
    """
    people_t = _unique_people(people)
    _check_mode(delegations)
    if isinstance(n_groups, bool) or not isinstance(n_groups, int) or n_groups < 1:
        raise GroupingError(f"The number of groups must be at least 1 (got {n_groups!r}).")
    pinned = dict(pinned or {})
    index = {p.uuid: i for i, p in enumerate(people_t)}
    for uuid, group in pinned.items():
        if uuid not in index:
            raise GroupingError(f"A pin names {uuid!r}, who is not among the participants.")
        _check_group_index(group, n_groups, people_t[index[uuid]].label)

    tally = _Tally(people_t, n_groups, delegations)
    rng = random.Random(seed)
    fixed: dict[int, int] = {index[uuid]: group for uuid, group in pinned.items()}
    units = _units(tally, fixed, delegations)
    for person, group in fixed.items():
        tally.add(person, group)
    targets = _target_sizes(tally.sizes, len(people_t))

    rng.shuffle(units)
    units.sort(key=len, reverse=True)
    for unit in units:
        room = [targets[j] - tally.sizes[j] for j in range(n_groups)]
        fits = [j for j in range(n_groups) if room[j] >= len(unit)]
        candidates = fits or [j for j in range(n_groups) if room[j] == max(room)]
        best = min(candidates, key=lambda j: (tally.add_delta(unit, j), tally.sizes[j], j))
        for person in unit:
            tally.add(person, best)

    movable = [
        i
        for i in range(len(people_t))
        if i not in fixed and (delegations != "together" or tally.delegation_size(i) <= 1)
    ]
    _improve(tally, movable, rng)
    groups = tally.groups()
    return _assignment(groups, people_t, delegations, pinned)


def assignment_from_groups(
    groups: Sequence[Sequence[str]],
    people: Iterable[Person] | Mapping[str, Person],
    *,
    delegations: DelegationMode = "apart",
    pinned: Mapping[str, int] | None = None,
) -> Assignment:
    """Wrap groups stored elsewhere (e.g. the database) as an :class:`Assignment`.

    ``people`` must include everyone in ``groups`` and may include others.
    Raises :class:`GroupingError` if someone is unknown or in two groups.
    """
    _check_mode(delegations)
    lookup = _lookup(people)
    members = _members(groups, lookup)
    pinned = dict(pinned or {})
    for uuid, group in pinned.items():
        if uuid not in lookup:
            raise GroupingError(f"A pin names {uuid!r}, who is not among the participants.")
        _check_group_index(group, len(groups), lookup[uuid].label)
    return _assignment(
        tuple(tuple(g) for g in groups), members, delegations, pinned, lookup=lookup
    )


def score(
    groups: Sequence[Sequence[str]],
    people: Iterable[Person] | Mapping[str, Person],
    delegations: DelegationMode = "apart",
) -> int:
    """The balance score of ``groups`` (see the module docstring); lower is better.

    ``people`` must include everyone in ``groups`` and may include others,
    who are not counted.
    """
    _check_mode(delegations)
    lookup = _lookup(people)
    members = _members(groups, lookup)
    return _tally_of(groups, members, delegations).score()


def balance_table(
    groups: Sequence[Sequence[str]], people: Iterable[Person] | Mapping[str, Person]
) -> BalanceTable:
    """Per group, its size and its counts per stakeholder type and per country."""
    lookup = _lookup(people)
    _members(groups, lookup)
    sizes = tuple(len(g) for g in groups)
    columns = {}
    # one column per country whatever its spelling ("Vietnam", "Viet Nam"), headed by the UN's name
    spelling = canonical_spellings(lookup[u].country for g in groups for u in g)
    for attr in ("stakeholder_type", "country"):
        of = {u: spelling[lookup[u].country] if attr == "country" else getattr(lookup[u], attr)
              for g in groups for u in g}
        values = sorted(set(of.values()))
        position = {v: i for i, v in enumerate(values)}
        rows = []
        for members in groups:
            row = [0] * len(values)
            for uuid in members:
                row[position[of[uuid]]] += 1
            rows.append(tuple(row))
        columns[attr] = (tuple(values), tuple(rows))
    return BalanceTable(
        sizes,
        columns["stakeholder_type"][0],
        columns["stakeholder_type"][1],
        columns["country"][0],
        columns["country"][1],
    )


def random_assignment_score(
    people: Iterable[Person] | Mapping[str, Person],
    n_groups: int,
    delegations: DelegationMode = "apart",
    *,
    seed: int = 0,
    samples: int = 20,
) -> int:
    """What random assignment scores on average: the yardstick for :func:`assign_groups`.

    The mean score, rounded, of ``samples`` random divisions of ``people``
    into ``n_groups`` groups whose sizes differ by at most one (as an
    organiser drawing lots would make them). Seeded, so the same inputs give
    the same figure. Raises :class:`GroupingError` for fewer than one group or
    sample, or an unknown delegation mode.
    """
    _check_mode(delegations)
    if isinstance(n_groups, bool) or not isinstance(n_groups, int) or n_groups < 1:
        raise GroupingError(f"The number of groups must be at least 1 (got {n_groups!r}).")
    if samples < 1:
        raise GroupingError(f"At least one random sample is needed (got {samples!r}).")
    members = list(_lookup(people).values())
    rng = random.Random(seed)
    order = list(range(len(members)))
    total = 0
    for _ in range(samples):
        rng.shuffle(order)
        tally = _Tally(members, n_groups, delegations)
        for position, i in enumerate(order):
            tally.add(i, position % n_groups)
        total += tally.score()
    return round(total / samples)


def people_of(rows: Iterable[Any]) -> dict[str, Person]:
    """:class:`Person` values keyed by uuid, from any rows with a participant's attributes
    (``uuid``, ``country``, ``stakeholder_type``, ``organisation``, ``delegation``, ``name``),
    such as participant snapshots."""
    return {
        row.uuid: Person(row.uuid, row.country, row.stakeholder_type, row.organisation,
                         row.delegation, row.name)
        for row in rows
    }


def best_group_for(
    person: Person,
    current_groups: Sequence[Sequence[str]],
    people: Iterable[Person] | Mapping[str, Person],
    delegations: DelegationMode = "apart",
) -> int:
    """The group a late arrival fits best: where the score rises least.

    Ties go to the smaller group, then to the lower index. ``people`` must
    include everyone in ``current_groups``; ``person`` must not be in any
    group yet. Raises :class:`GroupingError` when there is no group or the
    person is already placed.
    """
    _check_mode(delegations)
    if not current_groups:
        raise GroupingError("There are no groups to place a late arrival in.")
    lookup = _lookup(people)
    members = _members(current_groups, lookup)
    if any(p.uuid == person.uuid for p in members):
        raise GroupingError(f"{person.label} is already in a group.")
    tally = _tally_of(current_groups, [*members, person], delegations)
    newcomer = len(members)
    return min(
        range(len(current_groups)),
        key=lambda j: (tally.add_delta([newcomer], j), tally.sizes[j], j),
    )


def move(assignment: Assignment, uuid: str, to_group: int) -> Assignment:
    """The assignment with one person moved by hand to ``to_group``, re-scored.

    A pinned person stays pinned, to the new group. Raises
    :class:`GroupingError` if the person is in no group or the index is out
    of range; ``assignment`` itself never changes.
    """
    from_group = assignment.group_of(uuid)
    if from_group is None:
        raise GroupingError(f"{uuid!r} is not in any group.")
    person = assignment.people[uuid]
    _check_group_index(to_group, len(assignment.groups), person.label)
    groups = [list(g) for g in assignment.groups]
    if from_group != to_group:
        groups[from_group].remove(uuid)
        groups[to_group].append(uuid)
    pinned = dict(assignment.pinned)
    if uuid in pinned:
        pinned[uuid] = to_group
    members = [assignment.people[u] for g in groups for u in g]
    return _assignment(
        tuple(tuple(g) for g in groups),
        members,
        assignment.delegations,
        pinned,
        lookup=assignment.people,
    )


def newcomers(people: Iterable[Person] | Mapping[str, Person],
              current_groups: Sequence[Sequence[str]]) -> list[str]:
    """The uuids of the people in no group yet, in the order ``people`` gives them."""
    placed = {u for g in current_groups for u in g}
    return [uuid for uuid in _lookup(people) if uuid not in placed]


def place_newcomers(
    people: Iterable[Person],
    current_groups: Sequence[Sequence[str]],
    *,
    pinned: Mapping[str, int] | None = None,
    delegations: DelegationMode = "apart",
    seed: int = 0,
) -> Assignment:
    """Put the people in no group into ``current_groups``; everyone already placed stays put.

    Late registrations after the slips are printed: the newcomers are balanced
    as :func:`assign_groups` balances everyone (stakeholder types, countries,
    organisations, delegations apart or together, smaller groups filled first),
    but only they are placed and only they are swapped among themselves; no one
    already in a group moves. ``pinned`` are the pins to report in the result
    (the people held by hand); the placement holds everyone placed anyway.
    Raises :class:`GroupingError` when there are no groups, for unknown or
    repeated people, and for an unknown delegation mode.
    """
    people_t = _unique_people(people)
    _check_mode(delegations)
    if not current_groups:
        raise GroupingError("There are no groups to place newcomers in.")
    lookup = {p.uuid: p for p in people_t}
    _members(current_groups, lookup)
    held = {uuid: j for j, members in enumerate(current_groups) for uuid in members}
    pins = dict(pinned or {})
    for uuid, group in pins.items():
        if held.get(uuid) != group:
            raise GroupingError(f"A pin holds {lookup[uuid].label if uuid in lookup else repr(uuid)} "
                                f"in group {group + 1 if isinstance(group, int) else group!r}, "
                                "where they are not.")
    result = assign_groups(people_t, len(current_groups), pinned=held, delegations=delegations, seed=seed)
    return _assignment(result.groups, people_t, delegations, pins)


def reshuffle(
    people: Iterable[Person],
    current_groups: Sequence[Sequence[str]],
    n_groups: int,
    *,
    pinned: Mapping[str, int] | None = None,
    delegations: DelegationMode = "apart",
    seed: int = 0,
) -> Reshuffle:
    """Balance everyone into ``n_groups`` groups on a copy, and count who would change group.

    Group ``j`` stays group ``j``; groups beyond ``n_groups`` go, and their
    members (pins included) are placed anew, so they always count as moving.
    Pins in the groups that stay are kept. Nothing is changed: the caller
    decides, e.g. after asking the organiser. Raises :class:`GroupingError`
    as :func:`assign_groups` does.
    """
    people_t = _unique_people(people)
    before = {uuid: j for j, members in enumerate(current_groups) for uuid in members}
    kept = {uuid: j for uuid, j in (pinned or {}).items()
            if isinstance(j, int) and not isinstance(j, bool) and 0 <= j < n_groups}
    result = assign_groups(people_t, n_groups, pinned=kept, delegations=delegations, seed=seed)
    after = {uuid: j for j, members in enumerate(result.groups) for uuid in members}
    moving = sum(1 for uuid, j in before.items() if after.get(uuid) != j)
    return Reshuffle(result, len(before), moving, len(kept))


# --- internals ----------------------------------------------------------------


