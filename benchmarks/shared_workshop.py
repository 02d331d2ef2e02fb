"""Several laptops on one PostgreSQL workshop: how fast a save reaches the others, and throughput.

(a) A note saved by one client, until another client has been notified and has
read it back: median and p95 (goal: p95 <= 1 s, median far lower).
(b) Four clients adding notes at once for a few seconds: saves per second.
(c) The offline journal: how long its writer thread takes per kept action (each
line fsync'ed), and how fast the waiting actions are sent once the server is back.

Needs a server: CAFE_TEST_PG_URL (the test command starts a throwaway one) or --url.
Without one it says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import queue
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402

from cafe.service import Service  # noqa: E402
from cafe.storage.db import open_database  # noqa: E402
from cafe.sync.live import Listener  # noqa: E402


def fresh_database(url: str) -> str:
    name = "cafe_bench_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return sa.engine.make_url(url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, bench_url: str) -> None:
    name = sa.engine.make_url(bench_url).database
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("CAFE_TEST_PG_URL"))
    parser.add_argument("--quick", action="store_true", help="30 saves and 2 s of load instead of 200 and 5 s")
    args = parser.parse_args()
    if not args.url:
        print("shared workshop: skipped (no PostgreSQL server; set CAFE_TEST_PG_URL or --url)")
        return 0
    saves, load_s = (30, 2.0) if args.quick else (200, 5.0)
    url = fresh_database(args.url)
    try:
        a, b = Service(open_database(url)), Service(open_database(url))
        a.create_workshop("Benchmark", start_date=dt.date(2019, 3, 21))
        day = a.snapshot().days[0]
        rooms = [a.add_room(f"Room {i}").row.uuid for i in range(4)]
        a.add_agenda_item(day.uuid, "round", dt.time(12), dt.time(13), "Round 1")
        rnd = a.snapshot().rounds[0].uuid

        arrived: queue.Queue = queue.Queue()
        listener = Listener(url, lambda n: arrived.put((time.perf_counter(), n)),
                            own_instance=b.instance_id).start()
        listener.wait_connected(10)
        latencies = []
        for i in range(saves):
            began = time.perf_counter()
            note = a.add_note(rooms[0], rnd, "other", f"note {i}").row
            while True:
                _, notice = arrived.get(timeout=10)
                if notice.uuids and note.uuid in notice.uuids:
                    break
            assert any(n.uuid == note.uuid for n in b.notes(rooms[0], rnd))
            latencies.append(time.perf_counter() - began)
        listener.stop()
        med, p95 = statistics.median(latencies), percentile(latencies, 95)
        print(f"save on one laptop -> read on another: median {med * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms "
              f"over {saves} saves (goal p95 <= 1000 ms: {'met' if p95 <= 1 else 'NOT met'})")

        counts = [0] * 4
        stop = threading.Event()

        def typist(k: int) -> None:
            svc = Service(open_database(url))
            while not stop.is_set():
                svc.add_note(rooms[k], rnd, "challenge", f"typed by client {k}")
                counts[k] += 1
            svc.db.dispose()

        threads = [threading.Thread(target=typist, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        time.sleep(load_s)
        stop.set()
        for t in threads:
            t.join()
        print(f"four clients adding notes at once: {sum(counts) / load_s:.0f} saves/s in all "
              f"({', '.join(str(c) for c in counts)} in {load_s:g} s)")

        import tempfile

        from cafe.sync.journal import Journal, JournalWriter, replay

        waiting = 50 if args.quick else 500
        with tempfile.TemporaryDirectory() as folder:
            journal = Journal(Path(folder) / "offline.jsonl")
            writer = JournalWriter(journal)
            began = time.perf_counter()
            for i in range(waiting):
                writer.append("add_note", {"room_uuid": rooms[1], "round_uuid": rnd, "category": "practice",
                                           "text": f"typed offline {i}", "heading": "", "uuid": str(uuid.uuid4())})
            writer.drain()
            kept = time.perf_counter() - began
            writer.close(wait=True)
            began = time.perf_counter()
            result = replay(journal, a)
            sent = time.perf_counter() - began
        assert result.sent == waiting and not result.conflicts
        print(f"offline journal: {kept / waiting * 1000:.2f} ms per kept action on its own thread "
              f"({waiting} fsync'ed lines); sent when back: {waiting} in {sent:.2f} s "
              f"({waiting / sent:.0f}/s)")
        a.db.dispose()
        b.db.dispose()
    finally:
        drop_database(args.url, url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
