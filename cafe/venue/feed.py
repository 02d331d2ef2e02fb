"""``cafe serve``'s view of the workshop: a snapshot for the hub after every change.

The server beside a shared workshop is not the app, so it follows the database itself, with
one reader for every page (never a query per page):

* PostgreSQL: the change notices every laptop sends (:class:`cafe.sync.live.Listener`); after a
  lost connection it reloads everything. The server's clock is the reference, as in the app
  (:func:`cafe.sync.live.server_offset_s`, measured again every :data:`OFFSET_EVERY_S`).
* SQLite (a workshop file the app on this computer writes): SQLite's ``data_version``, which
  changes when another connection commits, read every :data:`POLL_S` seconds on one
  read-only connection.

Each change asks for one reload; changes that come while a reload runs are folded into the
next one. Thread: the reloads run on a daemon thread of their own.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from typing import Any

from cafe.clock.watch import naive_utc
from cafe.venue.hub import VenueHub

log = logging.getLogger(__name__)

POLL_S = 0.1
OFFSET_EVERY_S = 300.0
RETRY_S = 2.0


class WorkshopFeed:
    """Follows ``service``'s database and publishes each new state to ``hub``."""

    def __init__(self, service: Any, hub: VenueHub, *, poll_s: float = POLL_S):
        self.service = service
        self.hub = hub
        self.poll_s = poll_s
        self._wanted = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listener: Any = None
        self._offset: float | None = None
        self._offset_at = 0.0
        #: reloads done (for tests)
        self.reloads = 0

    def load(self) -> None:
        """Read the workshop now and hand it to the hub (on the calling thread)."""
        service = self.service
        if service.engine.dialect.name == "postgresql" and time.monotonic() - self._offset_at > OFFSET_EVERY_S:
            from cafe.sync.live import server_offset_s

            self._offset = server_offset_s(service.engine)
            self._offset_at = time.monotonic()
        snap = service.snapshot()
        seats = service.seating().seats
        self.hub.publish(snap, seats)
        self.reloads += 1

    def start(self) -> WorkshopFeed:
        """The first load (errors are the caller's), then follow the database in the background."""
        service = self.service
        if service.engine.dialect.name == "postgresql":
            from cafe.sync.live import Listener, offset_clock

            self.load()
            server_clock = offset_clock(lambda: self._offset)
            self.hub.set_clock(lambda: naive_utc(server_clock()))
            service.set_clock(server_clock)
            self._listener = Listener(service.db.url, lambda _notice: self._wanted.set(),
                                      own_instance=service.instance_id).start()
        else:
            self.load()
            path = service.db.path
            if path is not None:
                self._spawn(self._watch_file, path)
        self._spawn(self._reload_loop)
        return self

    def request(self) -> None:
        """Something changed: reload soon."""
        self._wanted.set()

    def stop(self) -> None:
        self._stop.set()
        self._wanted.set()
        if self._listener is not None:
            self._listener.stop(wait=False)
        for thread in self._threads:
            thread.join(timeout=2)

    def _spawn(self, target: Any, *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, name="cafe-venue-feed", daemon=True)
        self._threads.append(thread)
        thread.start()

    def _reload_loop(self) -> None:
        while not self._stop.is_set():
            self._wanted.wait(OFFSET_EVERY_S)
            if self._stop.is_set():
                return
            self._wanted.clear()
            try:
                self.load()
            except Exception as exc:  # noqa: BLE001 — a lost server or a locked file: keep the last state, retry
                log.warning("venue: could not reload the workshop (%s); trying again", exc)
                self._stop.wait(RETRY_S)
                self._wanted.set()

    def _watch_file(self, path: Any) -> None:
        conn = None
        version = None
        while not self._stop.is_set():
            try:
                if conn is None:
                    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if version is not None and now != version:
                    self._wanted.set()
                version = now
            except sqlite3.Error as exc:
                log.info("venue: watching %s: %s", path, exc)
                if conn is not None:
                    conn.close()
                conn, version = None, None
                self._wanted.set()
            self._stop.wait(self.poll_s)
        if conn is not None:
            conn.close()
