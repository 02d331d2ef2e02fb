"""Several laptops, one workshop: change notices and the server's clock (PostgreSQL).

PostgreSQL is the shared truth; nothing here copies data between laptops.

* Every committed service action sends ``NOTIFY cafe_changes`` with who changed
  what (:func:`cafe.service_base.notice_payload`). A :class:`Listener` holds
  its own connection, ``LISTEN``s, and calls back with a :class:`Notice` for each
  change another laptop made. Notifications are not kept for a disconnected
  listener, so after a reconnect it calls back with ``Notice(reload=True)``:
  reload everything.
* :func:`server_offset_s` measures how far this laptop's clock is from the
  server's, so that every laptop shows the same round time even when their
  system clocks differ by minutes.

Thread: a Listener runs its own daemon thread and calls ``on_notice`` there;
the caller marshals to its UI thread.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from cafe.service_base import NOTIFY_CHANNEL

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """Another laptop's change (``kinds``, ``uuids`` or None when too many), or a full reload."""

    kinds: frozenset[str] = frozenset()
    uuids: frozenset[str] | None = None
    op: str = ""
    reload: bool = False


def parse_notice(payload: str, own_instance: str | None) -> Notice | None:
    """The Notice in a payload, or None for our own changes and for payloads we cannot read."""
    try:
        body = json.loads(payload)
    except ValueError:
        return Notice(reload=True)
    if own_instance is not None and body.get("from") == own_instance:
        return None
    uuids = body.get("uuids")
    return Notice(frozenset(body.get("kinds") or ()), None if uuids is None else frozenset(uuids),
                  str(body.get("op") or ""))


def psycopg_dsn(url: str) -> str:
    """A libpq connection string from an SQLAlchemy URL (password, TLS and other options kept).

    Built by psycopg's ``make_conninfo``, which quotes and escapes every value
    as libpq requires: a password with quotes, backslashes, spaces or any
    other character connects as it does through SQLAlchemy.
    """
    from psycopg.conninfo import make_conninfo

    u = make_url(url)
    parts = {"host": u.host, "port": u.port, "dbname": u.database, "user": u.username,
             "password": u.password, **{k: v for k, v in u.query.items() if isinstance(v, str)}}
    return make_conninfo("", **{k: str(v) for k, v in parts.items() if v not in (None, "")})


class Listener:
    """LISTENs on its own connection and reports other laptops' changes.

    ``on_notice(notice)`` runs on the listener's thread. ``on_state(online)``
    reports the connection going down (False) and coming back (True); a
    listener that cannot connect in the first place reports False too, so a
    laptop that cannot hear the others never shows itself as up to date.
    """

    def __init__(self, url: str, on_notice: Callable[[Notice], None], *, own_instance: str | None = None,
                 on_state: Callable[[bool], None] | None = None, retry_s: float = 1.0):
        self._dsn = psycopg_dsn(url)
        self._on_notice = on_notice
        self._on_state = on_state or (lambda online: None)
        self._own = own_instance
        self._retry_s = retry_s
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name="cafe-listener", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    def stop(self, *, wait: bool = True) -> None:
        """End listening; without ``wait`` return at once (the thread ends within half a second)."""
        self._stop.set()
        if wait:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        import psycopg

        first = True
        reported_down = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self._connected.set()
                    reported_down = False
                    self._on_state(True)
                    if not first:  # notifications sent while we were away are lost: reload
                        self._on_notice(Notice(reload=True))
                    first = False
                    while not self._stop.is_set():
                        for n in conn.notifies(timeout=0.5, stop_after=100):
                            notice = parse_notice(n.payload, self._own)
                            if notice is not None:
                                self._on_notice(notice)
                        if not conn.closed:
                            conn.execute("SELECT 1")  # notice a dead connection promptly
            except Exception as exc:  # noqa: BLE001 — a dropped network must never end the thread
                if self._connected.is_set() or not reported_down:
                    self._connected.clear()
                    reported_down = True
                    self._on_state(False)
                log.info("listener reconnecting after: %s", exc)
                self._stop.wait(self._retry_s)


NOT_ENCRYPTED = ("The connection to the shared workshop is not encrypted: anyone on the venue network can read "
                 "what is typed. Connect with TLS (sslmode=require; see the README for the server's side).")
NO_PASSWORD = ("The shared workshop's server let this laptop in without a password: anyone on the venue network "
               "could change the workshop. Give every login a password (cafe share does).")


def connection_warnings(engine: sa.Engine) -> tuple[tuple[str, str], ...]:
    """What is unsafe about this laptop's connection to a shared workshop, as (kind, sentence) pairs:
    ``("unencrypted", …)`` and ``("no_password", …)``; none on SQLite."""
    if engine.dialect.name != "postgresql":
        return ()
    with engine.connect() as conn:
        pgconn = getattr(conn.connection.driver_connection, "pgconn", None)
        if pgconn is None:
            return ()
        return tuple(pair for unsafe, pair in ((not pgconn.ssl_in_use, ("unencrypted", NOT_ENCRYPTED)),
                                               (not pgconn.used_password, ("no_password", NO_PASSWORD)))
                     if unsafe)


def server_offset_s(engine: sa.Engine, *, samples: int = 3) -> float | None:
    """Seconds to add to this laptop's UTC clock to read the server's; None without a server clock.

    Takes the sample with the shortest round trip and assumes the server read
    its clock half-way through it.
    """
    if engine.dialect.name != "postgresql":
        return None
    best: tuple[float, float] | None = None
    with engine.connect() as conn:
        for _ in range(samples):
            before = time.time()
            server = conn.exec_driver_sql("SELECT extract(epoch from clock_timestamp())").scalar()
            after = time.time()
            rtt = after - before
            offset = float(cast(float, server)) - (before + rtt / 2)
            if best is None or rtt < best[0]:
                best = (rtt, offset)
    return best[1] if best else None


def offset_clock(offset_s: Callable[[], float | None]) -> Callable[[], dt.datetime]:
    """A ``now()`` for the Service that reads the server's time: local UTC plus the measured offset."""
    def now() -> dt.datetime:
        return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset_s() or 0.0)
    return now
