"""World Café seating as people read it: who sits at which table in each round.

In the classic World Café, individuals rather than whole groups change tables
between rounds, so that they meet as many new people as possible; the hosts
stay at their tables. :func:`cafe.rotation.world_cafe_tables` makes the
seating; this module holds it as a value (:class:`Seating`) and says how good
it is next to chance (:func:`expected_random_repeats`).

Pure functions on plain values (uuids as strings): any thread may call them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .rotation import repeat_encounters


@dataclass(frozen=True)
class Seating:
    """Seats per round: ``seats[round][participant]`` is the table (a room key).

    ``rounds`` lists the round keys in order (every round of the workshop,
    seated or not); ``tables`` the table keys in display order.
    ``repeat_encounters`` counts how often two people share a table again
    after having met (see :func:`cafe.rotation.repeat_encounters`);
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
    """The mean of :func:`cafe.rotation.repeat_encounters` over random seatings.

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
