"""300 screens on one room's clock: how fast a change reaches every one of them, and the server's CPU.

The venue server runs as ``cafe serve`` does (a process of its own following a workshop file,
:mod:`cafe.venue.feed`), with the per-device limits lifted because every client here comes
from 127.0.0.1. The clients are server-sent event streams on one asyncio loop (httpx) in this
process. Each change is a new stage message committed to the workshop file by another
connection (as the moderator's app does); for every client we take the time from the commit
(end to end: the file watch, the reload, the push) and from the server's publish (the push
alone) until that client has the message. CPU is the server process's user + system time, as
a share of one core, while the changes go out, and while 300 screens just follow a running clock.

Goals: p95 from the commit to every screen <= 1 s; the server under half a core with 300 screens.

    python benchmarks/venue_clock.py [--quick] [--clients N] [--changes N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def serve(db: str, port: int) -> None:
    """The server process: ``cafe serve``'s parts, printing each publish with its monotonic time."""
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.venue.feed import WorkshopFeed
    from cafe.venue.guard import Limits
    from cafe.venue.hub import VenueHub
    from cafe.venue.server import VenueServer

    class LoggingHub(VenueHub):
        def publish(self, snap, seats=None):
            super().publish(snap, seats)
            messages = sorted({rr.message for rr in snap.room_rounds if rr.message}) if snap is not None else []
            print(json.dumps({"published": time.monotonic(), "messages": messages}), flush=True)

    service = Service(open_database(db))
    hub = LoggingHub(secret_for=lambda _uuid: b"b" * 32)
    WorkshopFeed(service, hub).start()
    limits = Limits(requests_per_minute=1e6, burst=100_000, streams_per_client=100_000, streams_total=100_000)
    VenueServer(hub, "127.0.0.1", port, limits=limits).start()
    print(json.dumps({"ready": True}), flush=True)
    sys.stdin.read()  # until the parent closes our input


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def follow(client, url: str, index: int, seen: dict, connected: asyncio.Event, counts: list) -> None:
    async with client.stream("GET", url) as response:
        counts[0] += 1
        if counts[0] >= counts[1]:
            connected.set()
        async for line in response.aiter_lines():
            if not line.startswith("data:"):
                continue
            state = json.loads(line[5:]).get("state")
            if state and state.get("message"):
                seen.setdefault(state["message"], {}).setdefault(index, time.monotonic())


async def run(url: str, room: str, n_clients: int, changes: int, set_message, publishes: dict,
              pid: int, idle_s: float) -> int:
    import httpx

    seen: dict[str, dict[int, float]] = {}
    connected = asyncio.Event()
    counts = [0, n_clients]
    limits = httpx.Limits(max_connections=n_clients + 10, max_keepalive_connections=n_clients + 10)
    async with httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(60, read=None)) as client:
        started = time.monotonic()
        tasks = [asyncio.create_task(follow(client, f"{url}/room/{room}/events", i, seen, connected, counts))
                 for i in range(n_clients)]
        await asyncio.wait_for(connected.wait(), 60)
        print(f"{n_clients} screens connected in {time.monotonic() - started:.2f} s")
        await asyncio.sleep(1.0)
        cpu0, wall0 = cpu_seconds(pid), time.monotonic()
        await asyncio.sleep(idle_s)
        idle_cpu = (cpu_seconds(pid) - cpu0) / (time.monotonic() - wall0)
        commits: dict[str, float] = {}
        cpu0, wall0 = cpu_seconds(pid), time.monotonic()
        for n in range(changes):
            text = f"Bench message {n}"
            commits[text] = await asyncio.to_thread(set_message, text)
            await asyncio.sleep(1.0)
        await asyncio.sleep(1.0)
        busy_cpu = (cpu_seconds(pid) - cpu0) / (time.monotonic() - wall0)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    end_to_end, fan_out, missing = [], [], 0
    for text, committed in commits.items():
        got = seen.get(text, {})
        missing += n_clients - len(got)
        end_to_end += [t - committed for t in got.values()]
        if text in publishes:
            fan_out += [t - publishes[text] for t in got.values()]
    if not end_to_end:
        print("no screen received any change")
        return 1
    print(f"commit -> every screen ({len(commits)} changes x {n_clients} screens): "
          f"median {percentile(end_to_end, 50) * 1000:.0f} ms, p95 {percentile(end_to_end, 95) * 1000:.0f} ms, "
          f"max {max(end_to_end) * 1000:.0f} ms (goal: p95 <= 1000 ms); missed: {missing}")
    if fan_out:
        print(f"publish -> every screen (the push alone): median {percentile(fan_out, 50) * 1000:.0f} ms, "
              f"p95 {percentile(fan_out, 95) * 1000:.0f} ms")
    print(f"server CPU: {idle_cpu * 100:.1f} % of a core while {n_clients} screens follow a running clock, "
          f"{busy_cpu * 100:.1f} % while a change goes out every second (goal: < 50 %)")
    return 0 if missing == 0 and percentile(end_to_end, 95) <= 1.0 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="40 screens and 4 changes (a smoke run)")
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--serve", nargs=2, metavar=("DB", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]))
        return 0
    n_clients, changes = (40, 4) if args.quick else (args.clients, args.changes)

    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path

    folder = Path(tempfile.mkdtemp(prefix="venue-bench-"))
    db = folder / "workshop.sqlite"
    writer = Service(open_database(db))
    workshop_file.load(writer, sample_workshop_path())
    snap = writer.snapshot()
    rnd, room = snap.rounds[0], snap.rooms[0]
    writer.start_round(rnd.uuid)
    lock = threading.Lock()

    def set_message(text: str) -> float:
        with lock:
            writer.set_stage_message(rnd.uuid, room.uuid, text)
            return time.monotonic()

    port = free_port()
    env = {**os.environ, "CAFE_DATA_DIR": str(folder / "data")}
    child = subprocess.Popen([sys.executable, __file__, "--serve", str(db), str(port)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    publishes: dict[str, float] = {}

    def read_child() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            event = json.loads(line)
            for message in event.get("messages", ()):
                publishes.setdefault(message, event["published"])
            if event.get("ready"):
                ready.set()

    ready = threading.Event()
    threading.Thread(target=read_child, daemon=True).start()
    try:
        if not ready.wait(60):
            print("the venue server did not start")
            return 1
        return asyncio.run(run(f"http://127.0.0.1:{port}", room.uuid, n_clients, changes, set_message,
                               publishes, child.pid, 2.0 if args.quick else 5.0))
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
        writer.db.dispose()
        for path in sorted(folder.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
        folder.rmdir()


if __name__ == "__main__":
    sys.exit(main())
