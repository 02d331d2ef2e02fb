"""World Café seating as people read it: who sits at which table in each round.

In the classic World Café, individuals rather than whole groups change tables
between rounds, so that they meet as many new people as possible; the hosts
stay at their tables. :func:`world_cafe_tables` makes the seating,
:class:`Seating` holds it as a value, :func:`repeat_encounters` measures it and
:func:`expected_random_repeats` says how good it is next to chance.

Pure functions on plain values (uuids as strings): any thread may call them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from cafe.i18n import _ as tr
from cafe.i18n import ngettext
from cafe.people.rotation import RotationError, unique_keys


@dataclass(frozen=True)
class Seating:
    """Seats per round: ``seats[round][participant]`` is the table (a room key).

    ``rounds`` lists the round keys in order (every round of the workshop,
    seated or not); ``tables`` the table keys in display order.
    ``repeat_encounters`` counts how often two people share a table again
    after having met (see :func:`cafe.people.rotation.repeat_encounters`);
    ``random_repeats`` is what random seating at tables of the same sizes
    gives on average.
    """

    rounds: tuple[str, ...]
    tables: tuple[str, ...]
    seats: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    repeat_encounters: int = 0
    random_repeats: float = 0.0

    @property
    def is_empty(self) -> bool:
        return not any(self.seats.values())

    def at_tables(self, round_key: str) -> dict[str, tuple[str, ...]]:
        """Table -> the participants seated there in ``round_key`` (every table, in order;
        people in the order they were seated)."""
        out: dict[str, list[str]] = {table: [] for table in self.tables}
        for person, table in self.seats.get(round_key, {}).items():
            out.setdefault(table, []).append(person)
        return {table: tuple(people) for table, people in out.items()}

    def table_of(self, round_key: str, person: str) -> str | None:
        return self.seats.get(round_key, {}).get(person)


def make_seating(rounds: Sequence[str], tables: Sequence[str],
                 seats: Iterable[tuple[str, str, str]]) -> Seating:
    """A :class:`Seating` from ``(round, participant, table)`` triples, scored.

    Triples naming a round or table not listed are kept under their keys (a
    table missing from ``tables`` is added at the end) so nothing stored is
    hidden. The random yardstick assumes the people seated in the most
    populated round, spread evenly over the tables.
    """
    by_round: dict[str, dict[str, str]] = {r: {} for r in rounds}
    table_order = list(dict.fromkeys(tables))
    for round_key, person, table in seats:
        by_round.setdefault(round_key, {})[person] = table
        if table not in table_order:
            table_order.append(table)
    seated_rounds = [s for s in by_round.values() if s]
    n_people = max((len(s) for s in seated_rounds), default=0)
    used_tables = len({t for s in seated_rounds for t in s.values()})
    return Seating(
        rounds=tuple(by_round),
        tables=tuple(table_order),
        seats=by_round,
        repeat_encounters=repeat_encounters(seated_rounds),
        random_repeats=expected_random_repeats(n_people, used_tables, len(seated_rounds)),
    )


def expected_random_repeats(n_people: int, n_tables: int, n_rounds: int) -> float:
    """The mean of :func:`cafe.people.rotation.repeat_encounters` over random seatings.

    Each round seats ``n_people`` at ``n_tables`` tables of sizes differing by
    at most one, independently and uniformly at random. For one pair of
    people, the rounds they share a table follow a binomial law with ``p`` =
    Σ s(s−1) / (n(n−1)), and a pair that shares X rounds contributes
    max(X − 1, 0) = X − 1 + [X = 0], whose mean is K·p − 1 + (1 − p)^K.
    Exact, so no simulation is needed however large the café.
    """
    if n_people < 2 or n_tables < 1 or n_rounds < 1:
        return 0.0
    q, r = divmod(n_people, n_tables)
    same_table = (n_tables - r) * q * (q - 1) + r * (q + 1) * q
    p = same_table / (n_people * (n_people - 1))
    pairs = n_people * (n_people - 1) / 2
    return pairs * (n_rounds * p - 1 + (1 - p) ** n_rounds)


# A seat next to someone already met costs this much; sitting at a table
# visited before costs 1. Greater than the largest change in revisits one
# swap can make (2), so avoiding a repeat encounter always comes first.
_REPEAT_COST = 3


_MAX_PASSES = 50


def world_cafe_tables(
    people: Sequence[str],
    tables: Sequence[str],
    rounds: int,
    seed: int,
    capacity: int | None = None,
) -> list[dict[str, str]]:
    """Seat individuals at tables for each round so they meet as many new people as possible.

    Hosts stay at their tables and are not in ``people``. Returns one
    ``{person: table}`` per round. Table sizes differ by at most one; no table
    seats more than ``capacity`` people. Avoiding repeat encounters comes
    first, avoiding a table already visited second. Each round is seated
    greedily and then improved by swapping pairs of people until no swap
    helps. The same arguments and seed always give the same seating. Raises
    :class:`RotationError` if people are listed twice or do not fit.
    """
    people_t = unique_keys(people, "Person")
    tables_t = unique_keys(tables, "Table")
    n, t = len(people_t), len(tables_t)
    if rounds < 0:
        raise RotationError(tr("The number of rounds cannot be negative (got {rounds}).").format(rounds=rounds))
    if capacity is not None and capacity < 1:
        raise RotationError(tr("A table must seat at least one person (got {capacity}).").format(capacity=capacity))
    if n and not t:
        raise RotationError(ngettext("There are no tables to seat {n} person.",
                                     "There are no tables to seat {n} people.", n).format(n=n))
    if capacity is not None and n > capacity * t:
        people = ngettext("{n} person", "{n} people", n).format(n=n)
        raise RotationError(ngettext(
            "{people} do not fit at {t} table of {capacity} seats ({total} seats).",
            "{people} do not fit at {t} tables of {capacity} seats ({total} seats).", t).format(
            people=people, t=t, capacity=capacity, total=capacity * t))
    if not n:
        return [{} for _ in range(rounds)]
    rng = random.Random(seed)
    sizes = [n // t + (1 if i < n % t else 0) for i in range(t)]
    met = [[0] * n for _ in range(n)]
    visited = [[0] * t for _ in range(n)]
    seatings: list[dict[str, str]] = []
    for _ in range(rounds):
        table_of = _seat_round(n, t, sizes, met, visited, rng)
        members: list[list[int]] = [[] for _ in range(t)]
        for p, tab in enumerate(table_of):
            members[tab].append(p)
            visited[p][tab] = 1
        for group in members:
            for i, p in enumerate(group):
                for q in group[i + 1:]:
                    met[p][q] = met[q][p] = 1
        seatings.append({people_t[p]: tables_t[table_of[p]] for p in range(n)})
    return seatings


def repeat_encounters(seatings: Iterable[Mapping[str, str]]) -> int:
    """How many times two people share a table again after having met before.

    Sums, over every pair of people, the number of rounds they sit together
    minus one (pairs who never meet or meet once count zero).
    """
    together: dict[tuple[str, str], int] = {}
    for seating in seatings:
        by_table: dict[str, list[str]] = {}
        for person, table in seating.items():
            by_table.setdefault(table, []).append(person)
        for group in by_table.values():
            group.sort()
            for i, p in enumerate(group):
                for q in group[i + 1:]:
                    together[(p, q)] = together.get((p, q), 0) + 1
    return sum(times - 1 for times in together.values())


def _seat_round(
    n: int,
    t: int,
    sizes: list[int],
    met: list[list[int]],
    visited: list[list[int]],
    rng: random.Random,
) -> list[int]:
    """One round's table per person: greedy placement, then improving swaps."""
    # known[p][tab]: how many people at table tab person p has met before.
    known = [[0] * t for _ in range(n)]
    counts = [0] * t
    table_of = [0] * n
    order = list(range(n))
    rng.shuffle(order)

    def seat(p: int, tab: int) -> None:
        table_of[p] = tab
        counts[tab] += 1
        met_p = met[p]
        for x in range(n):
            if met_p[x]:
                known[x][tab] += 1

    for p in order:
        best = min(
            (tab for tab in range(t) if counts[tab] < sizes[tab]),
            key=lambda tab: (_REPEAT_COST * known[p][tab] + visited[p][tab], counts[tab], tab),
        )
        seat(p, best)

    def cost(p: int, tab: int) -> int:
        return _REPEAT_COST * known[p][tab] + visited[p][tab]

    for _ in range(_MAX_PASSES):
        improved = False
        rng.shuffle(order)
        for p in order:
            a = table_of[p]
            if cost(p, a) == 0:
                continue  # a swap only helps if one of the two pays something now
            best_delta, best_q = 0, -1
            for q in range(n):
                b = table_of[q]
                if b == a:
                    continue
                pair = _REPEAT_COST * met[p][q]
                delta = (
                    cost(p, b) - pair + cost(q, a) - pair - cost(p, a) - cost(q, b)
                )
                if delta < best_delta:
                    best_delta, best_q = delta, q
            if best_q >= 0:
                q, b = best_q, table_of[best_q]
                for x in range(n):
                    change = met[x][p] - met[x][q]
                    if change:
                        known[x][a] -= change
                        known[x][b] += change
                table_of[p], table_of[q] = b, a
                improved = True
        if not improved:
            break
    return table_of
