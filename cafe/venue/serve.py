"""``cafe serve``: the venue pages of a workshop, from a computer beside a shared workshop.

Runs until Ctrl+C (or SIGTERM), following the database (:mod:`cafe.venue.feed`). Prints the
addresses to open and what is shared; errors are one sentence (:class:`VenueError`).
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path
from typing import Any

from cafe.venue.addresses import LOOPBACK, primary_address
from cafe.venue.errors import VenueError
from cafe.venue.faces import workshop_title
from cafe.venue.hub import VenueHub
from cafe.venue.server import VenueServer
from cafe.venue.tokens import read_secret, workshop_secret

WHAT_IS_SHARED = ("Shared, read-only: each room's clock (time left, phase, message, what comes next"
                  "{questions}), now and next for every room, and each participant's own route, opened only "
                  "with the code on their route slip. No notes, summaries or participant lists. "
                  "Participants with a room's posting link (its QR code in the app) can send contributions "
                  "to that room's note-taker.")


def serve(service: Any, host: str | None, port: int, *, questions: bool = False,
          secret_file: Path | None = None, stop: threading.Event | None = None, out: Any = None) -> int:
    """Serve ``service``'s workshop until ``stop`` is set (or Ctrl+C / SIGTERM); returns the exit status."""
    from cafe.venue.feed import WorkshopFeed

    out = out or sys.stdout
    if not service.has_workshop():
        raise VenueError(f"{service.db.display_name}: the database holds no workshop to share.")
    secret = read_secret(secret_file) if secret_file is not None else None
    hub = VenueHub(secret_for=(lambda _uuid: secret) if secret is not None else workshop_secret)
    hub.set_questions(questions)
    from cafe.venue.poster import ServicePoster

    feed = WorkshopFeed(service, hub).start()
    poster = ServicePoster(service)
    hub.set_poster(poster)
    address = host or primary_address() or LOOPBACK
    server = VenueServer(hub, address, port)
    stop = stop or threading.Event()
    try:
        url = server.start()
        snap = hub.snapshot
        title = workshop_title(snap) if snap is not None else ""
        print(f"Sharing “{title}” on the venue network at {url}/", file=out)
        print(f"  now and next: {url}/now", file=out)
        for room in snap.rooms if snap is not None else ():
            print(f"  {room.name}: {url}/room/{room.uuid}  (posting: {url}/room/{room.uuid}/post/"
                  f"{hub.post_token(room.uuid)})", file=out)
        print(WHAT_IS_SHARED.format(questions=", guiding questions" if questions else ""), file=out)
        if address == LOOPBACK:
            print("Only this computer can open these pages (127.0.0.1); give --host the venue network's address.",
                  file=out)
        print("Ctrl+C stops sharing.", file=out, flush=True)
        previous = _on_terminate(stop)
        try:
            while not stop.wait(0.5):
                if not server.running:
                    raise VenueError(f"The venue server stopped ({server.error or 'no reason given'}).")
        except KeyboardInterrupt:
            pass
        finally:
            _restore(previous)
    finally:
        server.stop()
        hub.set_poster(None)
        poster.close()
        feed.stop()
    print("Stopped sharing.", file=out, flush=True)
    return 0


def _on_terminate(stop: threading.Event) -> Any:
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, lambda *_: stop.set())


def _restore(previous: Any) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)
