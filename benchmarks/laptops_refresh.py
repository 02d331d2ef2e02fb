"""Several laptops on one PostgreSQL workshop: how long until a note typed on one is on every other's
snapshot, with the refresh the window does (only what changed) against a full reload.

Each laptop is a process of its own doing what the window does on its worker: it follows the
server's change notices (:class:`cafe.sync.live.Listener`) and, for each, brings its snapshot up to
date (``refresh_snapshot``: for a note, one grouped count) and, when notes of the room and round it
shows changed (their count, or a note it shows named by the change), reads the notes named and adds
them, as the room view does. One more process types: a note every 0.2–0.6 s in a random
room. For every note and every other laptop we take the time from its commit until that laptop's
snapshot counts it. The bare baseline in the same run: the same laptops reloading the whole
snapshot and their room's notes for every notice (what the app did before). The workshop is the sample plus
``--notes`` notes spread over its rooms (a conference day's worth by default).

Goals (issue 17): with 5 laptops, p95 <= 250 ms; with 21 laptops on this 2-core machine, p95 <= 1 s.

    python benchmarks/laptops_refresh.py [--quick] [--laptops N] [--edits N] [--notes N] [--url URL]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def laptop(url: str, mode: str) -> None:
    """One laptop: print the monotonic time at which each note (by its text) is in its snapshot."""
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.sync.live import Listener

    service = Service(open_database(url))
    snap = service.snapshot()
    room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    shown = {n.uuid for n in service.notes(room, rnd)}
    lock = threading.Lock()
    wanted = threading.Event()
    kinds: set[str] = set()
    uuids: list[set[str] | None] = [set()]

    def on_notice(notice) -> None:
        with lock:
            kinds.update(notice.kinds or {"*"})
            uuids[0] = None if notice.uuids is None or uuids[0] is None else uuids[0] | notice.uuids
        wanted.set()

    def here(s) -> int:
        return sum(n for (r, _rnd), n in s.note_counts.items() if r == room)

    listener = Listener(url, on_notice, own_instance=service.instance_id).start()
    listener.wait_connected(30)
    print(json.dumps({"ready": True}), flush=True)
    seen = sum(snap.note_counts.values())
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    while not stop.is_set():
        if not wanted.wait(0.2):
            continue
        wanted.clear()
        with lock:
            changed, named = frozenset(kinds), uuids[0]
            kinds.clear()
            uuids[0] = set()
        before = snap
        snap = service.refresh_snapshot(snap, changed) if mode == "partial" else service.snapshot()
        # the room view reads its room's notes again: always, as before; or, as now, only when notes of
        # its room changed (the count, or a note it shows, named by the change)
        if mode == "full" or named is None:
            shown = {n.uuid for n in service.notes(room, rnd)}
        elif here(before) != here(snap) or named & shown:
            # as the room view: another laptop's notes are read by themselves and added, unless the
            # count does not come out (then the room and round are read again)
            patched = set(shown)
            for n in service.notes_named(named):
                if n.room_uuid == room and n.round_uuid == rnd and n.deleted_at is None:
                    patched.add(n.uuid)
                else:
                    patched.discard(n.uuid)
            expected = snap.note_counts.get((room, rnd), 0)
            shown = patched if len(patched) == expected else {n.uuid for n in service.notes(room, rnd)}
        total = sum(snap.note_counts.values())
        if total != seen:
            seen = total
            print(json.dumps({"count": total, "at": time.monotonic()}), flush=True)
    listener.stop()


def prepare(url: str, extra_notes: int) -> str:
    import sqlalchemy as sa

    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path

    name = "cafe_laptops_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    target = sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False)
    service = Service(open_database(target))
    workshop_file.load(service, sample_workshop_path())
    snap = service.snapshot()
    from cafe.storage import models as m

    rooms = {r.uuid: i for i, r in enumerate(snap.rooms)}
    with service.engine.begin() as conn:
        room_ids = dict(conn.execute(sa.select(m.table_of(m.Room).c.uuid, m.table_of(m.Room).c.id)).all())
        round_ids = [r for (r,) in conn.execute(sa.select(m.table_of(m.Round).c.id)).all()]
        rows = []
        for n in range(extra_notes):
            rows.append({"uuid": str(uuid.uuid4()), "version": 1, "room_id": room_ids[list(rooms)[n % len(rooms)]],
                         "round_id": round_ids[n % len(round_ids)], "category": "practice", "heading": "",
                         "text": f"Bulk item {n}", "attributions": [], "position": 1000 + n, "key": False,
                         "created_at": m.utcnow(), "updated_at": m.utcnow()})
        for i in range(0, len(rows), 5000):
            conn.execute(sa.insert(m.table_of(m.Note)), rows[i:i + 5000])
    service.db.dispose()
    return target


def drop(url: str, target: str) -> None:
    import sqlalchemy as sa

    name = sa.engine.make_url(target).database
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def run(target: str, laptops: int, edits: int, mode: str) -> list[float]:
    from cafe.service import Service
    from cafe.storage.db import open_database

    children = [subprocess.Popen([sys.executable, __file__, "--laptop", target, mode], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(laptops)]
    seen: list[dict[int, float]] = [{} for _ in children]
    ready = [threading.Event() for _ in children]

    def read(i: int) -> None:
        out = children[i].stdout
        assert out is not None
        for line in out:
            event = json.loads(line)
            if event.get("ready"):
                ready[i].set()
            elif "count" in event:
                seen[i][event["count"]] = event["at"]

    for i in range(laptops):
        threading.Thread(target=read, args=(i,), daemon=True).start()
    for event in ready:
        event.wait(120)
    writer = Service(open_database(target))
    snap = writer.snapshot()
    count = sum(snap.note_counts.values())
    commits: dict[int, float] = {}
    rng = random.Random(7)
    for n in range(edits):
        room = rng.choice(snap.rooms).uuid
        writer.add_note(room, snap.rounds[0].uuid, "practice", f"Typed {n}")
        count += 1
        commits[count] = time.monotonic()
        time.sleep(rng.uniform(0.2, 0.6))
    time.sleep(2.0)
    for child in children:
        if child.stdin is not None:
            child.stdin.close()
    for child in children:
        try:
            child.wait(20)
        except subprocess.TimeoutExpired:
            child.kill()
    writer.db.dispose()
    delays = []
    for per_laptop in seen:
        for total, committed in commits.items():
            # a laptop may fold two notes into one refresh: the first count at or past this one
            later = [t for c, t in per_laptop.items() if c >= total]
            delays.append((min(later) if later else float("inf")) - committed)
    return delays


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 laptops, 10 notes, 2,000 extra notes")
    parser.add_argument("--laptops", type=int, default=5)
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--url", default=os.environ.get("CAFE_TEST_PG_URL"))
    parser.add_argument("--laptop", nargs=2, metavar=("URL", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.laptop:
        laptop(*args.laptop)
        return 0
    if not args.url:
        print("No PostgreSQL server (set CAFE_TEST_PG_URL or --url): nothing measured.")
        return 0
    laptops, edits, notes = (3, 10, 2_000) if args.quick else (args.laptops, args.edits, args.notes)
    target = prepare(args.url, notes)
    lost = 0
    try:
        for mode, label in (("full", "bare baseline, a full reload per notice"),
                            ("partial", "the window's refresh, only what changed")):
            delays = run(target, laptops, edits, mode)
            missed = sum(1 for d in delays if d == float("inf"))
            lost += missed
            found = [d for d in delays if d != float("inf")]
            print(f"{laptops} laptops, {edits} notes typed, {notes:,} notes in the workshop — {label}: "
                  f"median {percentile(found, 50) * 1000:.0f} ms, p95 {percentile(found, 95) * 1000:.0f} ms, "
                  f"max {max(found) * 1000:.0f} ms; missed {missed}"
                  + (f" (goal: p95 <= {250 if laptops <= 5 else 1000} ms)" if mode == "partial" else ""))
    finally:
        drop(args.url, target)
    return 1 if lost else 0  # a laptop that never had a note is a failure, whatever the times


if __name__ == "__main__":
    sys.exit(main())
