"""The balance score's bookkeeping for :mod:`cafe.people.grouping`: who is where, and moves that lower it.

:class:`Tally` keeps, per group, the counts of every stakeholder type, country,
organisation and delegation, so the score change of placing, moving or
swapping one person is computed in constant time. The greedy placement and
the improving swaps work on it; see :mod:`cafe.people.grouping` for the score
and the algorithm. The sentences for the organiser (:func:`_problems`, the refusals) are in the language
in effect (:mod:`cafe.i18n`), made when they are asked for.
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Iterable, Mapping, Sequence

from cafe.i18n import _, ngettext, pgettext
from cafe.people.countries import name_key
from cafe.people.group_model import (
    ATTRIBUTE_WEIGHTS,
    ATTRIBUTES,
    DELEGATION_MODES,
    DELEGATION_WEIGHT,
    SIZE_WEIGHT,
    Assignment,
    DelegationMode,
    GroupingError,
    Person,
)

# Swap search: per pair of groups, only the few people whose leaving helps
# most on each side are tried against each other; that finds nearly every
# improving swap at a fraction of the cost of trying all pairs.
_CANDIDATES = 6
_MAX_PASSES = 8


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
                # countries compare as one whatever their spelling ("Vietnam" = "Viet Nam")
                value = name_key(p.country) if attr == "country" else getattr(p, attr)
                column.append(-1 if not value else ids.setdefault(value, len(ids)))
            self.values.append(column)
            totals = [0] * len(ids)
            for v in column:
                if v >= 0:
                    totals[v] += 1
            self.totals.append(totals)
        self.counts = [[[0] * len(t) for _ in range(n_groups)] for t in self.totals]
        # one delegation whatever its case, accents, spaces or article ("The Netherlands" = "Netherlands"),
        # named as its first member writes it
        deleg_ids: dict[str, int] = {}
        self.deleg_names: list[str] = []
        self.deleg: list[int] = []
        for p in people:
            key = name_key(p.delegation)
            if key and key not in deleg_ids:
                deleg_ids[key] = len(deleg_ids)
                self.deleg_names.append(p.delegation)
            self.deleg.append(deleg_ids[key] if key else -1)
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
    for _pass in range(_MAX_PASSES):
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
    for _person in range(n_people - sum(sizes)):
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
                problems.append(ngettext(
                    "Delegation {name} has {n} member but there are only {groups}, "
                    "so some groups hold {most} of them.",
                    "Delegation {name} has {n} members but there are only {groups}, "
                    "so some groups hold {most} of them.", n,
                ).format(name=name, n=n, groups=_groups(g), most=tally.deleg_caps[d]))
            elif tally.violations(d):
                crowded = [str(j + 1) for j in range(g) if column[j] > 1]
                problems.append(ngettext(
                    "Delegation {name} has more than one member in group {groups}.",
                    "Delegation {name} has more than one member in groups {groups}.", len(crowded),
                ).format(name=name, groups=_and(crowded)))
        elif tally.mode == "together" and tally.violations(d):
            held = [str(j + 1) for j in range(g) if column[j]]
            problems.append(_("Delegation {name} is split across groups {groups}.").format(
                name=name, groups=_and(held)))
    placed = sum(tally.sizes)
    if placed < g:
        empty = g - placed
        problems.append(_("Only {people} for {groups}: {empty}.").format(
            people=ngettext("{n} person", "{n} people", placed).format(n=placed), groups=_groups(g),
            empty=ngettext("{n} group stays empty", "{n} groups stay empty", empty).format(n=empty)))
    elif max(tally.sizes) - min(tally.sizes) > 1:
        smallest, largest = min(tally.sizes), max(tally.sizes)
        problems.append(ngettext(
            "Group sizes range from {smallest} to {largest} person.",
            "Group sizes range from {smallest} to {largest} people.", largest,
        ).format(smallest=smallest, largest=largest))
    return tuple(problems)


def _unique_people(people: Iterable[Person]) -> tuple[Person, ...]:
    result = tuple(people)
    seen: set[str] = set()
    for p in result:
        if p.uuid in seen:
            raise GroupingError(_("Participant {name} is listed twice.").format(name=p.label))
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
                raise GroupingError(_("Group {number} holds {uuid}, who is not among the participants.").format(
                    number=j + 1, uuid=repr(uuid)))
            if uuid in seen:
                raise GroupingError(_("{name} is in both group {first} and group {second}.").format(
                    name=lookup[uuid].label, first=seen[uuid] + 1, second=j + 1))
            seen[uuid] = j
            members.append(lookup[uuid])
    return members


def _check_mode(mode: str) -> None:
    if mode not in DELEGATION_MODES:
        raise GroupingError(
            _("The delegation option must be 'apart', 'together' or 'ignore' (got {mode}).").format(mode=repr(mode))
        )


def _check_group_index(group: object, n_groups: int, label: str) -> None:
    if isinstance(group, bool) or not isinstance(group, int):
        raise GroupingError(_("{name} is held in group {group}, which is not a group number.").format(
            name=label, group=repr(group)))
    if not 0 <= group < n_groups:
        raise GroupingError(ngettext(
            "{name} is held in group {group}, but there is only {n} group.",
            "{name} is held in group {group}, but there are only {n} groups.", n_groups,
        ).format(name=label, group=group + 1, n=n_groups))


def _groups(n: int) -> str:
    """"1 group", "4 groups" in the language in effect."""
    return ngettext("{n} group", "{n} groups", n).format(n=n)


def _and(items: Sequence[str]) -> str:
    """"1, 2 and 3" in the language in effect."""
    if len(items) <= 1:
        return "".join(items)
    head = pgettext("list separator", ", ").join(items[:-1])
    return pgettext("list", "{items} and {last}").format(items=head, last=items[-1])
