"""The venue server: Uvicorn serving :func:`cafe.venue.app.create_app` in a thread of its own.

Contract
--------
* :meth:`VenueServer.start` binds the listening socket itself, before the thread starts, so a
  port in use or an address that is not this computer's is a :class:`VenueError` at once (a
  sentence for the moderator), never a thread that dies quietly. It returns when the server
  accepts connections.
* It listens only on the address given (the venue network's address the moderator chose, or
  127.0.0.1): never on every interface unless told ``0.0.0.0``.
* :meth:`VenueServer.stop` ends every open stream (their pages reconnect by themselves when the
  server is back) and stops the server; ``wait=False`` returns at once, for a UI thread.
* The thread is a daemon: the server never keeps the app's process alive.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import threading
from typing import Any

from cafe.venue.errors import VenueError
from cafe.venue.guard import Limits
from cafe.venue.hub import VenueHub

log = logging.getLogger(__name__)

DEFAULT_PORT = 8080
#: the largest header block a request may have (bytes); Uvicorn answers 400 past it
MAX_HEADERS = 16 * 1024


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host``:``port`` (0: any free port); VenueError with the reason."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(1024)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise VenueError(f"Port {port} on {host} is already in use (another program, or the venue pages "
                             "already shared): choose another port.") from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise VenueError(f"{host} is not an address of this computer (any more): choose one of the "
                             "addresses listed.") from None
        if exc.errno == errno.EACCES:
            raise VenueError(f"Port {port} needs administrator rights: choose a port from 1024 up.") from None
        raise VenueError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.") from None
    except (OverflowError, socket.gaierror) as exc:
        sock.close()
        raise VenueError(f"Cannot listen on {host}:{port}: {exc}.") from None
    return sock


class VenueServer:
    """One running (or stopped) venue server; see the module docstring."""

    def __init__(self, hub: VenueHub, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
                 limits: Limits | None = None, hosts: tuple[str, ...] = (), heartbeat_s: float | None = None):
        self.hub = hub
        self.host = host
        self.port = port
        self.limits = limits
        #: names a request's Host may give besides the address itself (e.g. a name the venue's DNS gives it)
        self.extra_hosts = hosts
        self.heartbeat_s = heartbeat_s
        self.guard: Any = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self.error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _allowed_hosts(self) -> tuple[str, ...]:
        if self.host in ("0.0.0.0", "::"):
            return ()  # every address of the machine: any host name
        names = {self.host, *self.extra_hosts}
        if self.host.startswith("127.") or self.host == "::1":
            names |= {"localhost", "127.0.0.1", "::1"}
        return tuple(names)

    def start(self, timeout: float = 10.0) -> str:
        """Listen and serve; returns the base address ("http://192.168.1.20:8080")."""
        if self.running:
            return self.url
        import uvicorn

        from cafe.venue.app import HEARTBEAT_S, create_app

        sock = bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        self.guard = create_app(self.hub, limits=self.limits, hosts=self._allowed_hosts(),
                                heartbeat_s=self.heartbeat_s or HEARTBEAT_S)
        config = uvicorn.Config(self.guard, log_level="warning", access_log=False, lifespan="off", ws="none",
                                http="h11", loop="asyncio", timeout_graceful_shutdown=2, timeout_keep_alive=5,
                                h11_max_incomplete_event_size=MAX_HEADERS, server_header=False,
                                backlog=1024)
        server = self._server = uvicorn.Server(config)
        self.error = None
        self._thread = threading.Thread(target=self._run, args=(server, sock), name="cafe-venue", daemon=True)
        self._thread.start()
        waited = 0.0
        while not server.started and self._thread.is_alive() and waited < timeout:
            self._thread.join(0.01)
            waited += 0.01
        if not server.started:
            self.stop()
            raise VenueError(f"The venue server did not start ({self.error or 'no answer'}).")
        log.info("venue pages served on %s", self.url)
        return self.url

    def _run(self, server: Any, sock: socket.socket) -> None:
        async def main() -> None:
            self.hub.attach(asyncio.get_running_loop())
            try:
                await server.serve(sockets=[sock])
            finally:
                self.hub.detach()

        try:
            asyncio.run(main())
        except BaseException as exc:  # noqa: BLE001 — SystemExit from Uvicorn too: report, never raise in a thread
            self.error = exc
            log.exception("the venue server stopped on an error")
        finally:
            sock.close()

    def stop(self, *, wait: bool = True, timeout: float = 5.0) -> None:
        """End every stream and stop serving; with ``wait`` return once the server is down."""
        server, thread = self._server, self._thread
        if server is None:
            return
        server.should_exit = True
        self.hub.close_soon()
        if wait and thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            if thread.is_alive():
                server.force_exit = True
                thread.join(timeout)
