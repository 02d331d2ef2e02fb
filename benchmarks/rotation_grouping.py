"""Speed and quality of group assignment and room rotation.

Run: ``.venv/bin/python benchmarks/rotation_grouping.py`` (``--quick`` for a
short smoke run: fewer repeats and samples). Prints the median of several
runs next to each goal, and compares balance scores (and World Café repeat
encounters) with random assignment and with the yardsticks the app shows
(:func:`cafe.people.grouping.random_assignment_score`,
:func:`cafe.people.seating.expected_random_repeats`). Always exits 0: the figures are
for people to read, not a pass/fail gate.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cafe.people.group_model import Person  # noqa: E402
from cafe.people.grouping import assign_groups, random_assignment_score, score
from cafe.people.rotation import make_schedule
from cafe.people.seating import (  # noqa: E402
    expected_random_repeats,  # noqa: E402
    repeat_encounters,
    world_cafe_tables,
)

GROUPING_GOAL_S = 1.0
SCHEDULE_GOAL_S = 0.1


def registration_list(n: int, seed: int) -> list[Person]:
    """A large-conference mix: states in national delegations, others from many organisations."""
    rng = random.Random(seed)
    countries = [f"Country {i}" for i in range(89)]
    kinds = ["state"] * 6 + ["civil society"] * 2 + [
        "private sector",
        "international organisation",
        "academia",
        "other",
    ]
    organisations = [f"Organisation {i}" for i in range(300)]
    people = []
    for i in range(n):
        kind = rng.choice(kinds)
        country = "" if rng.random() < 0.05 else rng.choice(countries)
        if kind == "state":
            people.append(Person(f"p{i:05d}", country, kind, f"Government of {country}", country))
        else:
            people.append(Person(f"p{i:05d}", country, kind, rng.choice(organisations)))
    return people


def random_groups(people: list[Person], n_groups: int, seed: int) -> list[list[str]]:
    order = [p.uuid for p in people]
    random.Random(seed).shuffle(order)
    return [order[j::n_groups] for j in range(n_groups)]


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def verdict(seconds: float, goal: float) -> str:
    return "meets goal" if seconds <= goal else "MISSES goal"


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    repeats = 2 if quick else 5
    seeds = range(2 if quick else 5)
    people = registration_list(2000, seed=1)
    for mode in ("apart", "together", "ignore"):
        seconds = median_seconds(lambda: assign_groups(people, 20, delegations=mode, seed=0), repeats)
        print(
            f"assign 2,000 participants to 20 groups ({mode:8}): {seconds * 1000:7.1f} ms "
            f"median of {repeats} (goal <= {GROUPING_GOAL_S * 1000:.0f} ms: {verdict(seconds, GROUPING_GOAL_S)})"
        )
    seconds = median_seconds(lambda: random_assignment_score(people, 20, seed=0), repeats)
    print(f"random-assignment yardstick, 2,000 people, 20 samples:  {seconds * 1000:7.1f} ms median of {repeats}")

    groups, rooms = [f"g{i}" for i in range(20)], [f"room{i}" for i in range(20)]
    seconds = median_seconds(lambda: make_schedule(groups, rooms, 20), 10 if quick else 50)
    print(
        f"schedule 20 groups x 20 rooms x 20 rounds:             {seconds * 1000:7.3f} ms "
        f"median of {10 if quick else 50} (goal <= {SCHEDULE_GOAL_S * 1000:.0f} ms: "
        f"{verdict(seconds, SCHEDULE_GOAL_S)})"
    )

    print()
    print(f"balance score (lower is better, 0 = as even as possible), mean of {len(seeds)} seeds:")
    for n_people, n_groups in ((2000, 20), (190, 3), (60, 6)):
        crowd = registration_list(n_people, seed=2)
        for mode in ("apart", "together"):
            ours = statistics.mean(
                assign_groups(crowd, n_groups, delegations=mode, seed=s).score for s in seeds
            )
            chance = statistics.mean(
                score(random_groups(crowd, n_groups, s), crowd, mode) for s in seeds
            )
            shown = random_assignment_score(crowd, n_groups, mode, seed=0)
            print(
                f"  {n_people:5} people, {n_groups:2} groups, delegations {mode:8}: "
                f"algorithm {ours:9.1f}   random {chance:9.1f}   yardstick shown {shown:9}"
            )

    print()
    print(f"World Cafe repeat encounters (lower is better), mean of {len(seeds)} seeds:")
    for n_people, n_tables, n_rounds in ((24, 4, 4), (30, 6, 3), (100, 20, 4)):
        people_keys = [f"p{i}" for i in range(n_people)]
        tables = [f"t{i}" for i in range(n_tables)]
        ours = statistics.mean(
            repeat_encounters(world_cafe_tables(people_keys, tables, n_rounds, s)) for s in seeds
        )
        chance = []
        for s in seeds:
            rng = random.Random(s)
            seatings = []
            for _ in range(n_rounds):
                rng.shuffle(people_keys)
                seatings.append({p: tables[i % n_tables] for i, p in enumerate(people_keys)})
            chance.append(repeat_encounters(seatings))
        seconds = median_seconds(
            lambda: world_cafe_tables(people_keys, tables, n_rounds, 0), 3
        )
        expected = expected_random_repeats(n_people, n_tables, n_rounds)
        print(
            f"  {n_people:3} people, {n_tables:2} tables, {n_rounds} rounds: algorithm {ours:6.1f}   "
            f"random {statistics.mean(chance):6.1f}   expected {expected:6.1f}   ({seconds * 1000:.1f} ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
