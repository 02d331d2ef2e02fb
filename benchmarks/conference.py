"""A large conference to measure against: the benchmarks' fixture, generated, never committed.

20 rooms, each with its theme, hosts and note-taker; 2,000 participants in 20
groups; 20 rounds over three days (the rotation: group g sits in room
(g + r) mod 20 in round r, so every group sees every theme once); notes of
40–200 characters spread evenly over rooms and rounds, a third of them under
headings ("Access to justice:"), practices naming who does them
("(Philippines, ECOWAS)"); a round summary per room and finished round. Rounds
1–19 are over; the last one is under way (its first notes are in). The host's
brief before it carries everything the 19 earlier groups said in that room: at
50,000 notes, a room holds 2,500 notes over all rounds and its brief 2,375 items.

Everything is deterministic (one seed), so two runs build the same workshop.
It is written through the Service's own import (:meth:`cafe.service.Service.import_rows`,
one transaction), the path ``cafe load`` takes, without a workshop file in between.

    python benchmarks/conference.py OUT.sqlite [--notes N]       (N = 50,000 by default)
    python benchmarks/conference.py --quick                      (2,000 notes, a throwaway file)

From another benchmark::

    from conference import build, make_rows
    path = build(folder / "conference.sqlite", notes=5_000)   # a database file
    rows = make_rows(notes=5_000)                              # the snapshots only, no database
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ROOMS = 20
GROUPS = 20
PARTICIPANTS = 2_000
#: rounds per day over the three days (20 in all)
ROUNDS_PER_DAY = (7, 7, 6)
DEFAULT_NOTES = 50_000
SEED = 17

WORDS = (
    "migrants", "labour", "recruitment", "fees", "rights", "access", "justice", "services", "national",
    "plan", "ministry", "cooperation", "bilateral", "agreement", "skills", "training", "inspectors",
    "consular", "protection", "data", "regular", "pathways", "visa", "employers", "workers", "decent",
    "work", "complaint", "mechanism", "local", "authorities", "civil", "society", "partnership",
    "reintegration", "remittances", "health", "education", "housing", "women", "youth", "border",
    "return", "integration", "language", "courts", "unions", "platforms", "dialogue", "evidence",
)
HEADINGS = ("Access to justice:", "Capacity building:", "Regulatory frameworks:", "Data and evidence:",
            "Partnerships:", "Funding:")
ACTORS = ("Philippines", "Egypt", "Italy", "Germany", "ECOWAS", "ILO", "IOM", "Côte d'Ivoire", "Türkiye",
          "Mexico", "Viet Nam", "Republic of Korea", "Bahrain", "Morocco", "Ecuador", "OHCHR", "UNDP")
COUNTRIES = ("Philippines", "Egypt", "Italy", "Germany", "Côte d'Ivoire", "Türkiye", "Mexico", "Viet Nam",
             "Republic of Korea", "Bahrain", "Morocco", "Ecuador", "Kenya", "Bangladesh", "Nepal", "Senegal",
             "Switzerland", "France", "Brazil", "Indonesia", "Ghana", "Jordan", "Canada", "Sri Lanka", "")
STAKEHOLDERS = ("state", "state", "state", "civil society", "private sector", "international organisation",
                "academia", "other")
FIRST = ("Amina", "Juan", "Maria", "Ahmed", "Li", "Fatou", "Olga", "Kofi", "Elena", "Rahul", "Sofia",
         "Yusuf", "Anna", "Carlos", "Nadia", "Pierre", "Mei", "Omar", "Ines", "Tomas", "Élodie", "Hassan")
LAST = ("Diallo", "García", "Rossi", "Hassan", "Wang", "Ndiaye", "Petrova", "Mensah", "Ionescu", "Sharma",
        "Silva", "Yilmaz", "Müller", "López", "Karimi", "Dubois", "Chen", "Haddad", "Costa", "Novak")
CATEGORIES = ("opportunity", "challenge", "practice", "other")


_NAMESPACE = uuid.UUID("6f1c2b0e-8d7a-4c1e-9a55-3e2f0c4b7d10")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _id(name: str) -> str:
    """A real uuid for a readable name (the same one each run), so a dumped file loads again."""
    return name if _UUID.match(name) else str(uuid.uuid5(_NAMESPACE, name))


def _snap(kind_name: str, **values: Any) -> Any:
    """A snapshot of ``kind_name``: the given values, every other column at the model's default."""
    from cafe.storage.snapshots import KINDS
    from cafe.workshop_file_format import default_value

    kind = KINDS[kind_name]
    for key, value in list(values.items()):
        if (key == "uuid" or key.endswith("_uuid")) and isinstance(value, str):
            values[key] = _id(value)
        elif key == "note_uuids":
            values[key] = tuple(_id(v) for v in value)
    row = {c: values[c] if c in values else default_value(kind_name, c) for c in kind.columns}
    if "version" in row and row["version"] is None:
        row["version"] = 1
    return kind.snap(**row)


def _sentence(rng: random.Random, low: int = 40, high: int = 200) -> str:
    """A sentence of ``low``–``high`` characters (the full stop included)."""
    target = rng.randint(low, high)
    words: list[str] = []
    length = 0
    while length < target - 1:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + (1 if len(words) > 1 else 0)
    text = " ".join(words)[: target - 1].rstrip()
    return text[:1].upper() + text[1:] + "."


def make_rows(notes: int = DEFAULT_NOTES, seed: int = SEED) -> dict[str, list]:
    """The conference as snapshots keyed by kind (what :meth:`Service.import_rows` takes)."""
    rng = random.Random(seed)
    first_day = dt.date(2026, 5, 4)
    days = [_snap("day", uuid=f"day-{d}", date=first_day + dt.timedelta(days=d), title=f"Day {'I' * (d + 1)}",
                  position=d) for d in range(len(ROUNDS_PER_DAY))]
    rooms = [_snap("room", uuid=f"room-{i:02d}", name=f"Room {i + 1}", capacity=120, position=i)
             for i in range(ROOMS)]
    themes = [_snap("theme", uuid=f"theme-{i:02d}", title=f"Theme {i + 1}: {' '.join(rng.sample(WORDS, 4))}",
                    short_name=f"Theme {i + 1}", objective_ref=f"Objective {i % 23 + 1}", room_uuid=r.uuid,
                    guiding_questions=(f"How can {rng.choice(WORDS)} and {rng.choice(WORDS)} work together?",
                                       f"What stands in the way of {rng.choice(WORDS)}?",
                                       f"Which practices on {rng.choice(WORDS)} could others adopt?"),
                    summary="", position=i)
              for i, r in enumerate(rooms)]
    hosts = []
    for i, theme in enumerate(themes):
        hosts.append(_snap("host", uuid=f"host-{i:02d}", name=f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}",
                           organisation=rng.choice(("ILO", "IOM", "OHCHR", "UNDP", "UNHCR")), email="",
                           role="host", theme_uuid=theme.uuid, position=2 * i))
        hosts.append(_snap("host", uuid=f"taker-{i:02d}", name=f"Note-taker {i + 1}", organisation="Secretariat",
                           email="", role="note-taker", theme_uuid=theme.uuid, position=2 * i + 1))

    zone = ZoneInfo("Europe/Zurich")
    agenda, rounds, room_rounds, times = [], [], [], {}
    number = 0
    for d, (day, count) in enumerate(zip(days, ROUNDS_PER_DAY)):
        agenda.append(_snap("agenda_item", uuid=f"plenary-{d}", day_uuid=day.uuid, kind="plenary",
                            start=dt.time(8, 30), end=dt.time(9, 0), title="Opening of the day" if d else "Opening"))
        start = dt.datetime.combine(day.date, dt.time(9, 0))
        for k in range(count):
            number += 1
            end = start + dt.timedelta(minutes=45)
            item = _snap("agenda_item", uuid=f"item-{number:02d}", day_uuid=day.uuid, kind="round",
                         start=start.time(), end=end.time(), title=f"Round {number}")
            agenda.append(item)
            rounds.append(_snap("round", uuid=f"round-{number:02d}", agenda_item_uuid=item.uuid, number=number))
            times[number] = tuple(t.replace(tzinfo=zone).astimezone(dt.UTC) for t in (start, end))
            start = end + dt.timedelta(minutes=15)
            if k == 3:
                agenda.append(_snap("agenda_item", uuid=f"lunch-{d}", day_uuid=day.uuid, kind="break",
                                    start=start.time(), end=(start + dt.timedelta(hours=1)).time(), title="Lunch"))
                start += dt.timedelta(hours=1)
    for rnd in rounds[:-1]:  # every round but the last is over: its notes are in the briefs
        for room in rooms:
            began, ended = times[rnd.number]
            room_rounds.append(_snap("room_round", uuid=f"rr-{rnd.number:02d}-{room.uuid}", round_uuid=rnd.uuid,
                                     room_uuid=room.uuid, state="finished", actual_start=began,
                                     deadline=ended, actual_end=ended))

    people = []
    for i in range(PARTICIPANTS):
        country = COUNTRIES[i % len(COUNTRIES)]
        kind = STAKEHOLDERS[rng.randrange(len(STAKEHOLDERS))]
        people.append(_snap("participant", uuid=f"person-{i:04d}",
                            name=f"{rng.choice(FIRST)} {rng.choice(LAST)} {i + 1}",
                            organisation=f"Ministry of Labour of {country}" if kind == "state" and country
                            else rng.choice(("Migrant Forum", "Employers' Federation", "University", "IOM")),
                            country=country, stakeholder_type=kind, delegation=country if kind == "state" else "",
                            email=""))
    groups = [_snap("group", uuid=f"group-{g:02d}", name=f"Group {chr(65 + g)}", position=g) for g in range(GROUPS)]
    members = [_snap("group_member", uuid=f"member-{i:04d}", group_uuid=groups[i % GROUPS].uuid,
                     participant_uuid=p.uuid, pinned=False) for i, p in enumerate(people)]
    assignments = [_snap("assignment", uuid=f"as-{r.number:02d}-{g:02d}", round_uuid=r.uuid,
                         group_uuid=groups[g].uuid, room_uuid=rooms[(g + r.number - 1) % ROOMS].uuid)
                   for r in rounds for g in range(GROUPS)]

    note_rows, positions = [], [0] * ROOMS
    for n in range(notes):
        room_no = n % ROOMS
        rnd = rounds[(n // ROOMS) % len(rounds)]
        category = CATEGORIES[rng.randrange(10) % 4] if rng.random() < 0.97 else "other"
        heading = rng.choice(HEADINGS) if rng.random() < 0.33 else ""
        text = _sentence(rng)
        attributions: tuple[str, ...] = ()
        if category == "practice":
            attributions = tuple(rng.sample(ACTORS, rng.randint(1, 3)))
            text = f"{text[:-1]} ({', '.join(attributions)})" if rng.random() < 0.5 else text
        positions[room_no] += 1
        stamp = dt.datetime.combine(first_day, dt.time(9), tzinfo=dt.UTC) + dt.timedelta(seconds=n)
        note_rows.append(_snap("note", uuid=f"note-{n:06d}", room_uuid=rooms[room_no].uuid,
                               theme_uuid=themes[room_no].uuid, round_uuid=rnd.uuid, category=category,
                               heading=heading, text=text, attributions=attributions,
                               position=positions[room_no], created_at=stamp, updated_at=stamp, deleted_at=None))
    summaries = [_snap("round_summary", uuid=f"summary-{rr.uuid}", room_uuid=rr.room_uuid, round_uuid=rr.round_uuid,
                       text=" ".join(_sentence(rng, 80, 160) for _ in range(3)), draft=False,
                       updated_at=dt.datetime.combine(first_day, dt.time(18), tzinfo=dt.UTC))
                 for rr in room_rounds]
    lessons = [_snap("lesson", uuid=f"lesson-{i}", title=f"Lesson {i + 1}", text=_sentence(rng, 80, 200),
                     note_uuids=(), position=i) for i in range(5)]
    workshop = _snap("workshop", uuid="conference", title="Global Conference on Migration (benchmark)",
                     venue="Conference centre", start_date=days[0].date, end_date=days[-1].date,
                     time_zone="Europe/Zurich", introduction=" ".join(_sentence(rng) for _ in range(5)),
                     warning_minutes=5, danger_minutes=1, auto_start_next=False)
    return {"workshop": [workshop], "day": days, "room": rooms, "agenda_item": agenda, "theme": themes,
            "host": hosts, "participant": people, "group": groups, "group_member": members, "round": rounds,
            "room_round": room_rounds, "assignment": assignments, "note": note_rows, "round_summary": summaries,
            "lesson": lessons, "seat": []}


def build(path: str | Path, notes: int = DEFAULT_NOTES, seed: int = SEED) -> Path:
    """Write the conference into a new SQLite file at ``path`` (replacing one there); returns the path."""
    from cafe.service import Service
    from cafe.storage.db import open_database

    path = Path(path)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    rows = make_rows(notes, seed)
    db = open_database(path)
    try:
        Service(db).import_rows(rows)
    finally:
        db.dispose()
    return path


def last_round(rows_or_snapshot: Any) -> Any:
    """The round the briefs are for (the last, under way)."""
    rounds = rows_or_snapshot["round"] if isinstance(rows_or_snapshot, dict) else rows_or_snapshot.rounds
    return max(rounds, key=lambda r: r.number)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="the SQLite file to write (replaced if it exists); "
                        "without it, a file in a temporary folder, removed afterwards")
    parser.add_argument("--notes", type=int, default=None, help=f"notes in all (default {DEFAULT_NOTES:,})")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--quick", action="store_true", help="2,000 notes (a smoke run of the generator)")
    args = parser.parse_args()
    notes = args.notes if args.notes is not None else (2_000 if args.quick else DEFAULT_NOTES)
    if notes < 0:
        parser.error("--notes must be 0 or more")
    with tempfile.TemporaryDirectory(prefix="cafe-conference-") as tmp:
        out = args.out or Path(tmp) / "conference.sqlite"
        start = time.perf_counter()
        build(out, notes, args.seed)
        print(f"{out}: {ROOMS} rooms and themes, {PARTICIPANTS:,} participants, {GROUPS} groups, "
              f"{sum(ROUNDS_PER_DAY)} rounds over {len(ROUNDS_PER_DAY)} days, {notes:,} notes "
              f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
