"""Contributions from phones while 300 screens follow the clocks: latency from a post to the queue, and CPU.

The venue server runs as ``cafe serve`` does (a process of its own writing posts through its own
connection and following the workshop file, :mod:`cafe.venue.feed`), on a copy of the sample
workshop with a round running. In this process, 300 clients follow a room's clock stream, and
200 phones (each from an address of its own, 127.0.0.x, so the per-device limits apply as on a
venue network) each post one contribution, spread evenly over a minute. For every post we take
the time from sending it until the server answered (stored), and until the workshop the server
reads back holds it (what a note-taker's laptop refreshes: the feed's reload, the queue). The
bare baseline in the same run: the same phones post a form the server refuses before any
database work (no kind chosen), which is the HTTP and form-reading floor. CPU is the server
process's user + system time, as a share of one core, over the minute of posts.

Goals: post -> queue p95 <= 1 s; the server under half a core.

    python benchmarks/venue_posts.py [--quick] [--screens N] [--posts N] [--seconds S]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from venue_clock import cpu_seconds, free_port, percentile  # noqa: E402

SECRET = b"p" * 32


def serve(db: str, port: int) -> None:
    """The server process: ``cafe serve``'s parts, printing each contribution when a reload first holds it."""
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.venue.feed import WorkshopFeed
    from cafe.venue.guard import Limits
    from cafe.venue.hub import VenueHub
    from cafe.venue.poster import ServicePoster
    from cafe.venue.server import VenueServer

    seen: set[str] = set()

    class LoggingHub(VenueHub):
        def publish(self, snap, seats=None):
            super().publish(snap, seats)
            new = [c.uuid for c in (snap.contributions if snap is not None else ()) if c.uuid not in seen]
            seen.update(new)
            if new:
                print(json.dumps({"queued": time.monotonic(), "uuids": new}), flush=True)

    service = Service(open_database(db))
    hub = LoggingHub(secret_for=lambda _uuid: SECRET)
    WorkshopFeed(service, hub).start()
    hub.set_poster(ServicePoster(Service(open_database(db))))
    limits = Limits(requests_per_minute=600, burst=100, streams_per_client=100_000, streams_total=100_000)
    VenueServer(hub, "127.0.0.1", port, limits=limits).start()
    print(json.dumps({"ready": True}), flush=True)
    sys.stdin.read()  # until the parent closes our input


async def follow(client, url: str, connected: list, done: asyncio.Event) -> None:
    async with client.stream("GET", url) as response:
        connected[0] += 1
        async for _line in response.aiter_lines():
            if done.is_set():
                break


async def phone(n: int, url: str, path: str, at: float, sent: dict, answered: dict, refused: list,
                baseline: list) -> None:
    import httpx

    await asyncio.sleep(max(0.0, at - time.monotonic()))
    address = f"127.0.{1 + n // 250}.{1 + n % 250}"
    transport = httpx.AsyncHTTPTransport(local_address=address)
    async with httpx.AsyncClient(transport=transport, timeout=30, base_url=url) as client:
        started = time.monotonic()  # the baseline: refused before any database work
        response = await client.post(path, data={"category": "", "text": "x", "uuid": "0" * 32})
        baseline.append(time.monotonic() - started)
        key = uuid.uuid4().hex
        text = f"Phone {n}: " + " ".join(random.choice(("fees", "visas", "courts", "skills", "data"))
                                          for _ in range(12))
        sent[key] = time.monotonic()
        response = await client.post(path, data={"category": random.choice(("opportunity", "challenge", "practice")),
                                                 "text": text, "countries": "Kenya, Ghana", "uuid": key})
        if response.status_code == 303:
            answered[key] = time.monotonic()
        else:
            refused.append(response.status_code)


async def run(url: str, room: str, token: str, screens: int, posts: int, seconds: float, queued: dict,
              pid: int) -> int:
    import httpx

    connected = [0]
    done = asyncio.Event()
    limits = httpx.Limits(max_connections=screens + 10, max_keepalive_connections=screens + 10)
    async with httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60, read=None)) as client:
        followers = [asyncio.create_task(follow(client, f"{url}/room/{room}/events", connected, done))
                     for _ in range(screens)]
        deadline = time.monotonic() + 60
        while connected[0] < screens and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        print(f"{connected[0]} screens follow the room's clock")
        sent: dict[str, float] = {}
        answered: dict[str, float] = {}
        refused: list[int] = []
        baseline: list[float] = []
        start = time.monotonic() + 0.5
        cpu0, wall0 = cpu_seconds(pid), time.monotonic()
        await asyncio.gather(*(phone(n, url, f"/room/{room}/post/{token}", start + seconds * n / posts, sent,
                                     answered, refused, baseline) for n in range(posts)))
        wait_until = time.monotonic() + 5
        while len([k for k in sent if k in queued]) < len(answered) and time.monotonic() < wait_until:
            await asyncio.sleep(0.05)
        cpu = (cpu_seconds(pid) - cpu0) / (time.monotonic() - wall0)
        done.set()
        for task in followers:
            task.cancel()
        await asyncio.gather(*followers, return_exceptions=True)
    stored = [answered[k] - sent[k] for k in answered]
    in_queue = [queued[k] - sent[k] for k in sent if k in queued]
    lost = len(answered) - len(in_queue)
    if not in_queue:
        print("no contribution reached the queue", refused[:5])
        return 1
    print(f"{len(sent)} posts over {seconds:.0f} s from {posts} phones; refused: {len(refused)} {sorted(set(refused))}")
    print(f"post -> stored (the answer): median {percentile(stored, 50) * 1000:.0f} ms, "
          f"p95 {percentile(stored, 95) * 1000:.0f} ms")
    print(f"bare baseline, a form refused before the database: median {percentile(baseline, 50) * 1000:.0f} ms, "
          f"p95 {percentile(baseline, 95) * 1000:.0f} ms")
    print(f"post -> in the queue a laptop reads: median {percentile(in_queue, 50) * 1000:.0f} ms, "
          f"p95 {percentile(in_queue, 95) * 1000:.0f} ms, max {max(in_queue) * 1000:.0f} ms "
          f"(goal: p95 <= 1000 ms); stored but never queued: {lost}")
    print(f"server CPU while {screens} screens follow and the posts come: {cpu * 100:.1f} % of a core "
          f"(goal: < 50 %)")
    return 0 if lost == 0 and not refused and percentile(in_queue, 95) <= 1.0 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="40 screens, 20 posts over 5 s (a smoke run)")
    parser.add_argument("--screens", type=int, default=300)
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--serve", nargs=2, metavar=("DB", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]))
        return 0
    screens, posts, seconds = (40, 20, 5.0) if args.quick else (args.screens, args.posts, args.seconds)

    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path
    from cafe.venue.tokens import Tokens

    folder = Path(tempfile.mkdtemp(prefix="venue-posts-"))
    db = folder / "workshop.sqlite"
    writer = Service(open_database(db))
    workshop_file.load(writer, sample_workshop_path())
    snap = writer.snapshot()
    room = snap.rooms[0]
    writer.start_round(snap.rounds[0].uuid)
    writer.db.dispose()
    token = Tokens(SECRET).derive("post", f"{room.uuid}:0")
    port = free_port()
    env = {**os.environ, "CAFE_DATA_DIR": str(folder / "data")}
    child = subprocess.Popen([sys.executable, __file__, "--serve", str(db), str(port)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    queued: dict[str, float] = {}
    ready = threading.Event()

    def read_child() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            event = json.loads(line)
            for key in event.get("uuids", ()):
                queued.setdefault(key, event["queued"])
            if event.get("ready"):
                ready.set()

    threading.Thread(target=read_child, daemon=True).start()
    try:
        if not ready.wait(60):
            print("the venue server did not start")
            return 1
        return asyncio.run(run(f"http://127.0.0.1:{port}", room.uuid, token, screens, posts, seconds, queued,
                               child.pid))
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
        for path in sorted(folder.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        folder.rmdir()


if __name__ == "__main__":
    sys.exit(main())
