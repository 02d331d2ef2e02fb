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

import enum
import heapq
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

DelegationMode = Literal["apart", "together", "ignore"]
DELEGATION_MODES: tuple[str, ...] = ("apart", "together", "ignore")

ATTRIBUTES: tuple[str, ...] = ("stakeholder_type", "country", "organisation")
ATTRIBUTE_WEIGHTS: Mapping[str, int] = {"stakeholder_type": 1, "country": 1, "organisation": 1}
SIZE_WEIGHT = 2
DELEGATION_WEIGHT = 100

# Swap search: per pair of groups, only the few people whose leaving helps
# most on each side are tried against each other; that finds nearly every
# improving swap at a fraction of the cost of trying all pairs.
_CANDIDATES = 6
_MAX_PASSES = 8


class GroupingError(ValueError):
    """Bad input to a grouping function; ``str()`` is a sentence for the user."""


@dataclass(frozen=True)
class Person:
    """A participant as grouping sees them; blank strings mean "not known".

    Enum values (e.g. ``StakeholderType``) are stored as their string value
    and surrounding spaces are dropped, so equal-looking values compare equal.
    ``name`` is used only in sentences (the uuid stands in when blank).
    """

    uuid: str
    country: str = ""
    stakeholder_type: str = ""
    organisation: str = ""
    delegation: str = ""
    name: str = ""

    def __post_init__(self) -> None:
        for attr in ("country", "stakeholder_type", "organisation", "delegation", "name"):
            value = getattr(self, attr)
            if isinstance(value, enum.Enum):
                value = value.value
            object.__setattr__(self, attr, "" if value is None else str(value).strip())

    @property
    def label(self) -> str:
        return self.name or self.uuid


@dataclass(frozen=True)
class Assignment:
    """Groups of participant uuids, their balance score and what could not be met.

    ``pinned`` maps uuids to the group index they are held in. ``problems``
    are sentences for the organiser (a delegation too large to keep apart,
    uneven sizes forced by pins, …). ``people`` are the participants the score
    was computed from; treat the whole value as immutable.
    """

    groups: tuple[tuple[str, ...], ...]
    score: int
    delegations: DelegationMode
    pinned: Mapping[str, int]
    problems: tuple[str, ...]
    people: Mapping[str, Person] = field(repr=False, compare=False)

    def group_of(self, uuid: str) -> int | None:
        """The index of the group holding ``uuid``, or ``None``."""
        for j, members in enumerate(self.groups):
            if uuid in members:
                return j
        return None


@dataclass(frozen=True)
class BalanceTable:
    """Counts per group for the setup view.

    ``stakeholder_counts[j][i]`` is how many people of type
    ``stakeholder_types[i]`` group ``j`` holds; likewise for countries. Column
    values are sorted; a blank (``""``) column appears when someone has no
    value, so each row sums to the group's size.
    """

    sizes: tuple[int, ...]
    stakeholder_types: tuple[str, ...]
    stakeholder_counts: tuple[tuple[int, ...], ...]
    countries: tuple[str, ...]
    country_counts: tuple[tuple[int, ...], ...]


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
    for attr in ("stakeholder_type", "country"):
        values = sorted({getattr(lookup[u], attr) for g in groups for u in g})
        position = {v: i for i, v in enumerate(values)}
        rows = []
        for members in groups:
            row = [0] * len(values)
            for uuid in members:
                row[position[getattr(lookup[uuid], attr)]] += 1
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


def people_of(rows: Iterable[object]) -> dict[str, Person]:
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


# --- internals ----------------------------------------------------------------


class _Tally:
    """Counts per group of each attribute value, delegation and size, for fast deltas.

    People are indexes into ``people``; values are small ints (-1: blank).
    """

    def __init__(self, people: Sequence[Person], n_groups: int, mode: str):
        self.people = people
        self.n_groups = n_groups
        self.mode = mode
        self.weights = [ATTRIBUTE_WEIGHTS[a] for a in ATTRIBUTES]
        # values[x][i]: person i's value id for attribute x; totals[x][v]: people with it.
        self.values: list[list[int]] = []
        self.totals: list[list[int]] = []
        for attr in ATTRIBUTES:
            ids: dict[str, int] = {}
            column = []
            for p in people:
                value = getattr(p, attr)
                column.append(-1 if not value else ids.setdefault(value, len(ids)))
            self.values.append(column)
            totals = [0] * len(ids)
            for v in column:
                if v >= 0:
                    totals[v] += 1
            self.totals.append(totals)
        self.counts = [[[0] * len(t) for _ in range(n_groups)] for t in self.totals]
        deleg_ids: dict[str, int] = {}
        self.deleg = [
            -1 if not p.delegation else deleg_ids.setdefault(p.delegation, len(deleg_ids))
            for p in people
        ]
        self.deleg_names = list(deleg_ids)
        self.deleg_totals = [0] * len(deleg_ids)
        for d in self.deleg:
            if d >= 0:
                self.deleg_totals[d] += 1
        self.deleg_caps = [-(-n // n_groups) for n in self.deleg_totals]
        self.deleg_counts = [[0] * len(deleg_ids) for _ in range(n_groups)]
        self.sizes = [0] * n_groups
        self.group_of = [-1] * len(people)

    def delegation_size(self, i: int) -> int:
        d = self.deleg[i]
        return 0 if d < 0 else self.deleg_totals[d]

    def add(self, i: int, j: int) -> None:
        self._shift(i, j, 1)
        self.group_of[i] = j

    def remove(self, i: int) -> None:
        self._shift(i, self.group_of[i], -1)
        self.group_of[i] = -1

    def _shift(self, i: int, j: int, step: int) -> None:
        for x, column in enumerate(self.values):
            v = column[i]
            if v >= 0:
                self.counts[x][j][v] += step
        d = self.deleg[i]
        if d >= 0:
            self.deleg_counts[j][d] += step
        self.sizes[j] += step

    def groups(self) -> tuple[tuple[str, ...], ...]:
        members: list[list[str]] = [[] for _ in range(self.n_groups)]
        for i, j in enumerate(self.group_of):
            if j >= 0:
                members[j].append(self.people[i].uuid)
        return tuple(tuple(m) for m in members)

    def score(self) -> int:
        g = self.n_groups
        total = 0
        for x, totals in enumerate(self.totals):
            counts = self.counts[x]
            for v, n in enumerate(totals):
                total += self.weights[x] * (sum(counts[j][v] ** 2 for j in range(g)) - _best(n, g))
        # Measured against everyone in the tally, so that add_delta is exact
        # while someone is still unplaced.
        total += SIZE_WEIGHT * (sum(s * s for s in self.sizes) - _best(len(self.people), g))
        total += DELEGATION_WEIGHT * sum(self.violations(d) for d in range(len(self.deleg_totals)))
        return total

    def violations(self, d: int) -> int:
        column = [self.deleg_counts[j][d] for j in range(self.n_groups)]
        if self.mode == "apart":
            cap = self.deleg_caps[d]
            return sum(c - cap for c in column if c > cap)
        if self.mode == "together":
            return self.deleg_totals[d] - max(column)
        return 0

    def add_delta(self, unit: Sequence[int], j: int) -> int:
        """How much the score rises if the unplaced people ``unit`` join group ``j``."""
        if len(unit) == 1 and self.mode != "together":
            return self._add_one_delta(unit[0], j)
        delta = 0
        for x, column in enumerate(self.values):
            counts = self.counts[x][j]
            adding: dict[int, int] = {}
            for i in unit:
                v = column[i]
                if v >= 0:
                    adding[v] = adding.get(v, 0) + 1
            # (c + k)² − c² for k more of a value already held c times
            delta += self.weights[x] * sum(k * (2 * counts[v] + k) for v, k in adding.items())
        k = len(unit)
        delta += SIZE_WEIGHT * k * (2 * self.sizes[j] + k)
        delegs: dict[int, int] = {}
        for i in unit:
            if self.deleg[i] >= 0:
                delegs[self.deleg[i]] = delegs.get(self.deleg[i], 0) + 1
        for d, k in delegs.items():
            before = self.violations(d)
            self.deleg_counts[j][d] += k
            after = self.violations(d)
            self.deleg_counts[j][d] -= k
            delta += DELEGATION_WEIGHT * (after - before)
        return delta

    def _add_one_delta(self, i: int, j: int) -> int:
        """add_delta for one person, outside "together" mode (the greedy's hot path)."""
        delta = SIZE_WEIGHT * (2 * self.sizes[j] + 1)
        for x, column in enumerate(self.values):
            v = column[i]
            if v >= 0:
                delta += self.weights[x] * (2 * self.counts[x][j][v] + 1)
        d = self.deleg[i]
        if d >= 0 and self.mode == "apart" and self.deleg_counts[j][d] >= self.deleg_caps[d]:
            delta += DELEGATION_WEIGHT
        return delta

    def move_parts(self, i: int, a: int, b: int) -> tuple[int, int]:
        """(score change, its delegation part) if only ``i`` moved from ``a`` to ``b``, sizes aside."""
        delta = 0
        for x, column in enumerate(self.values):
            v = column[i]
            if v >= 0:
                counts = self.counts[x]
                delta += 2 * self.weights[x] * (counts[b][v] - counts[a][v] + 1)
        deleg = 0
        d = self.deleg[i]
        if d >= 0 and self.mode == "apart":
            # Only the two groups' excess over the cap changes.
            cap, counts = self.deleg_caps[d], self.deleg_counts
            deleg = DELEGATION_WEIGHT * ((counts[b][d] >= cap) - (counts[a][d] > cap))
        elif d >= 0 and self.mode == "together" and self.deleg_totals[d] > 1:
            before = self.violations(d)
            self.deleg_counts[a][d] -= 1
            self.deleg_counts[b][d] += 1
            deleg = DELEGATION_WEIGHT * (self.violations(d) - before)
            self.deleg_counts[a][d] += 1
            self.deleg_counts[b][d] -= 1
        return delta + deleg, deleg

    def swap_delta(
        self,
        p: int,
        q: int,
        parts_p: tuple[int, int] | None = None,
        parts_q: tuple[int, int] | None = None,
    ) -> int:
        """How much the score changes if placed people ``p`` and ``q`` trade groups.

        ``parts_p`` and ``parts_q`` are their :meth:`move_parts` towards each
        other's group, when the caller already has them.
        """
        a, b = self.group_of[p], self.group_of[q]
        delta_p, deleg_p = parts_p or self.move_parts(p, a, b)
        delta_q, deleg_q = parts_q or self.move_parts(q, b, a)
        delta = delta_p + delta_q
        # The two moves are independent except where p and q share a value:
        # moved separately each shared value counts 2·w twice, swapped it
        # leaves the counts unchanged; likewise for a shared delegation.
        for x, column in enumerate(self.values):
            if column[p] >= 0 and column[p] == column[q]:
                delta -= 4 * self.weights[x]
        if self.deleg[p] >= 0 and self.deleg[p] == self.deleg[q]:
            delta -= deleg_p + deleg_q
        return delta


def _improve(tally: _Tally, movable: Sequence[int], rng: random.Random) -> None:
    """Swap people between groups while a swap lowers the score."""
    g = tally.n_groups
    members: list[list[int]] = [[] for _ in range(g)]
    for i in movable:
        members[tally.group_of[i]].append(i)
    pairs = [(a, b) for a in range(g) for b in range(a + 1, g)]
    for _ in range(_MAX_PASSES):
        improved = False
        rng.shuffle(pairs)
        for a, b in pairs:
            while True:
                best = _best_swap(tally, members[a], members[b], a, b)
                if best is None:
                    break
                p, q = best
                tally.remove(p)
                tally.remove(q)
                tally.add(p, b)
                tally.add(q, a)
                members[a].remove(p)
                members[b].remove(q)
                members[a].append(q)
                members[b].append(p)
                improved = True
        if not improved:
            break
    _even_sizes(tally, members)


def _best_swap(
    tally: _Tally, in_a: Sequence[int], in_b: Sequence[int], a: int, b: int
) -> tuple[int, int] | None:
    """The swap of a person of group ``a`` with one of ``b`` that lowers the score most, if any."""
    side_a = heapq.nsmallest(_CANDIDATES, ((*tally.move_parts(p, a, b), p) for p in in_a))
    side_b = heapq.nsmallest(_CANDIDATES, ((*tally.move_parts(q, b, a), q) for q in in_b))
    best_delta, best = 0, None
    for delta_p, deleg_p, p in side_a:
        for delta_q, deleg_q, q in side_b:
            delta = tally.swap_delta(p, q, (delta_p, deleg_p), (delta_q, deleg_q))
            if delta < best_delta:
                best_delta, best = delta, (p, q)
    return best


def _even_sizes(tally: _Tally, members: list[list[int]]) -> None:
    """Move single people from the largest to the smallest group while that lowers the score."""
    sizes = tally.sizes
    while True:
        big = max(range(tally.n_groups), key=lambda j: (sizes[j], -j))
        small = min(range(tally.n_groups), key=lambda j: (sizes[j], j))
        if sizes[big] - sizes[small] <= 1 or not members[big]:
            return
        size_change = SIZE_WEIGHT * (2 * (sizes[small] - sizes[big]) + 2)
        delta, i = min((tally.move_parts(i, big, small)[0], i) for i in members[big])
        if delta + size_change >= 0:
            return
        tally.remove(i)
        tally.add(i, small)
        members[big].remove(i)
        members[small].append(i)


def _units(tally: _Tally, fixed: dict[int, int], mode: str) -> list[list[int]]:
    """The free people in units to place whole; in "together" mode, one unit per delegation.

    Adds to ``fixed`` the unpinned members of delegations that have pinned
    members (they follow the group holding most of those).
    """
    n = len(tally.people)
    if mode != "together":
        return [[i] for i in range(n) if i not in fixed]
    by_deleg: dict[int, list[int]] = {}
    units: list[list[int]] = []
    for i in range(n):
        d = tally.deleg[i]
        if d < 0:
            if i not in fixed:
                units.append([i])
        else:
            by_deleg.setdefault(d, []).append(i)
    for members in by_deleg.values():
        pinned_groups = [fixed[i] for i in members if i in fixed]
        if pinned_groups:
            home = min(set(pinned_groups), key=lambda j: (-pinned_groups.count(j), j))
            for i in members:
                fixed.setdefault(i, home)
        else:
            units.append(members)
    return units


def _target_sizes(fixed_sizes: Sequence[int], n_people: int) -> list[int]:
    """Sizes as even as possible that are no smaller than the fixed ones (water filling)."""
    sizes = list(fixed_sizes)
    for _ in range(n_people - sum(sizes)):
        j = min(range(len(sizes)), key=lambda k: (sizes[k], k))
        sizes[j] += 1
    return sizes


def _best(n: int, g: int) -> int:
    """The least Σ c² for n things in g groups: n spread as evenly as possible."""
    q, r = divmod(n, g)
    return g * q * q + 2 * q * r + r


def _assignment(
    groups: tuple[tuple[str, ...], ...],
    members: Sequence[Person],
    delegations: DelegationMode,
    pinned: Mapping[str, int],
    *,
    lookup: Mapping[str, Person] | None = None,
) -> Assignment:
    tally = _tally_of(groups, members, delegations)
    people = dict(lookup) if lookup is not None else {p.uuid: p for p in members}
    return Assignment(
        groups, tally.score(), delegations, dict(pinned), _problems(tally), people
    )


def _tally_of(
    groups: Sequence[Sequence[str]], members: Sequence[Person], mode: str
) -> _Tally:
    """A tally over ``members`` with everyone already in ``groups`` placed."""
    tally = _Tally(members, max(len(groups), 1), mode)
    index = {p.uuid: i for i, p in enumerate(members)}
    for j, group in enumerate(groups):
        for uuid in group:
            tally.add(index[uuid], j)
    return tally


def _problems(tally: _Tally) -> tuple[str, ...]:
    """Sentences about what the groups do not achieve, for the organiser."""
    g = tally.n_groups
    problems = []
    for d, name in enumerate(tally.deleg_names):
        n = tally.deleg_totals[d]
        column = [tally.deleg_counts[j][d] for j in range(g)]
        if tally.mode == "apart" and n > 1:
            if n > g:
                problems.append(
                    f"Delegation {name} has {n} members but there are only "
                    f"{_plural(g, 'group')}, so some groups hold {tally.deleg_caps[d]} of them."
                )
            elif tally.violations(d):
                crowded = [str(j + 1) for j in range(g) if column[j] > 1]
                problems.append(
                    f"Delegation {name} has more than one member in "
                    f"{'group' if len(crowded) == 1 else 'groups'} {_and(crowded)}."
                )
        elif tally.mode == "together" and tally.violations(d):
            held = [str(j + 1) for j in range(g) if column[j]]
            problems.append(f"Delegation {name} is split across groups {_and(held)}.")
    placed = sum(tally.sizes)
    if placed < g:
        empty = g - placed
        problems.append(
            f"Only {_plural(placed, 'person', 'people')} for {_plural(g, 'group')}: "
            f"{_plural(empty, 'group')} {'stays' if empty == 1 else 'stay'} empty."
        )
    elif max(tally.sizes) - min(tally.sizes) > 1:
        problems.append(
            f"Group sizes range from {min(tally.sizes)} to {max(tally.sizes)} people."
        )
    return tuple(problems)


def _unique_people(people: Iterable[Person]) -> tuple[Person, ...]:
    result = tuple(people)
    seen: set[str] = set()
    for p in result:
        if p.uuid in seen:
            raise GroupingError(f"Participant {p.label} is listed twice.")
        seen.add(p.uuid)
    return result


def _lookup(people: Iterable[Person] | Mapping[str, Person]) -> dict[str, Person]:
    values = people.values() if isinstance(people, Mapping) else people
    return {p.uuid: p for p in values}


def _members(groups: Sequence[Sequence[str]], lookup: Mapping[str, Person]) -> list[Person]:
    """Everyone in ``groups`` in group order; refuses unknown and repeated uuids."""
    seen: dict[str, int] = {}
    members = []
    for j, group in enumerate(groups):
        for uuid in group:
            if uuid not in lookup:
                raise GroupingError(f"Group {j + 1} holds {uuid!r}, who is not among the participants.")
            if uuid in seen:
                raise GroupingError(
                    f"{lookup[uuid].label} is in both group {seen[uuid] + 1} and group {j + 1}."
                )
            seen[uuid] = j
            members.append(lookup[uuid])
    return members


def _check_mode(mode: str) -> None:
    if mode not in DELEGATION_MODES:
        raise GroupingError(
            f"The delegation option must be 'apart', 'together' or 'ignore' (got {mode!r})."
        )


def _check_group_index(group: object, n_groups: int, label: str) -> None:
    if isinstance(group, bool) or not isinstance(group, int):
        raise GroupingError(f"{label} is held in group {group!r}, which is not a group number.")
    if not 0 <= group < n_groups:
        raise GroupingError(
            f"{label} is held in group {group + 1}, but there "
            f"{'is only 1 group' if n_groups == 1 else f'are only {n_groups} groups'}."
        )


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def _and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
