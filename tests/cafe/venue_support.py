"""A venue server on 127.0.0.1 for the core's tests, and a reader of its event streams."""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from cafe.venue.guard import Limits
from cafe.venue.hub import VenueHub
from cafe.venue.server import VenueServer

SECRET = b"s" * 32


def workshop_with_people(service: Any) -> Any:
    """The ``workshop`` fixture's café with six participants in three groups and a rotation."""
    for name, country in (("Amina Yusuf", "Kenya"), ("Bruno Keller", "Switzerland"), ("Chen Li", "China"),
                          ("Dara Ahmadi", "Afghanistan"), ("Eva Novak", "Czechia"), ("Farid Haddad", "Lebanon")):
        service.add_participant(name, "Org", country)
    service.assign_groups(n_groups=3, seed=1)
    service.build_rotation()
    return service


@contextmanager
def serving(service: Any, *, limits: Limits | None = None, heartbeat_s: float | None = None,
            now: Any = None) -> Iterator[tuple[VenueHub, VenueServer, str]]:
    hub = VenueHub(secret_for=lambda _uuid: SECRET, now=now)
    hub.publish(service.snapshot(), service.seating().seats)
    server = VenueServer(hub, "127.0.0.1", 0, limits=limits, heartbeat_s=heartbeat_s)
    url = server.start()
    try:
        yield hub, server, url
    finally:
        server.stop()


class StreamReader:
    """Reads one event stream on a thread; each message (a dict) lands in :attr:`messages`."""

    def __init__(self, url: str):
        self.url = url
        self.messages: queue.Queue[tuple[float, dict]] = queue.Queue()
        self.status: int | None = None
        self.ended = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with httpx.stream("GET", self.url, timeout=httpx.Timeout(30, read=60)) as response:
                self.status = response.status_code
                for line in response.iter_lines():
                    if line.startswith("data:"):
                        self.messages.put((time.monotonic(), json.loads(line[5:])))
        except httpx.HTTPError:
            pass
        finally:
            self.ended.set()

    def next(self, timeout: float = 5.0, *, with_state: bool = True) -> dict:
        """The next message (with a document, unless ``with_state`` is False)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no message from {self.url} within {timeout} s")
            try:
                _at, message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if "state" in message or not with_state:
                return message
