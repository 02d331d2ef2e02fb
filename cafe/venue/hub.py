"""The one shared state every venue page follows.

Contract
--------
* Whoever holds the workshop hands each new snapshot to :meth:`VenueHub.publish` (the window
  from its controller's ``snapshot_changed``; ``cafe serve`` from :mod:`cafe.venue.feed`), from
  any thread; the hub never reads the database itself, so a thousand open pages cost no query.
* Pages follow *channels*: ``room:<uuid>`` (a room's clock), ``board`` (now and next) and
  ``route:<participant uuid>`` (one participant's route with the clock of their room). A
  channel's document is JSON bytes, computed once for all its followers on the server's event
  loop after every snapshot and once a second (the agenda moves on by itself), and replaced only
  when it changed; followers wait on :meth:`Channel.changed` and get the same bytes.
* The documents carry a running clock's deadline, never its digits: pages count down by
  themselves (see :mod:`cafe.venue.faces`), so nothing is sent while a round simply runs.
* ``now`` (naive UTC) is the app's clock: the window passes its clock corrected by the shared
  server's offset, so a page shows what the window shows.
* Posting: a room's posting page is ``/room/<uuid>/post/<token>``, the token derived from the
  workshop's secret, the room and the generation of its link (:meth:`post_token`); a renewed
  link has a new token and the old one opens nothing. A contribution goes to the *poster*
  (:meth:`set_poster`), which runs :meth:`cafe.service.Service.post_contribution` where the
  workshop is written: the window's worker, or ``cafe serve``'s own connection. The hub itself
  still never touches the database.
* Thread: :meth:`publish`, :meth:`set_seats`, :meth:`set_questions`, :meth:`route_code`,
  :meth:`post_token` from any thread; everything else on the event loop the hub is attached to
  (:meth:`attach`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import json
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from cafe.clock.overview import room_statuses
from cafe.clock.watch import SystemClock
from cafe.i18n import N_, output_language
from cafe.i18n import _ as gettext_text
from cafe.venue import faces
from cafe.venue.route_view import route_view
from cafe.venue.tokens import Tokens, normalise, workshop_secret

if TYPE_CHECKING:
    from cafe.storage.snap_types import WorkshopSnapshot

log = logging.getLogger(__name__)

Seats = Mapping[str, Mapping[str, str]]
#: runs ``Service.post_contribution(**kwargs)`` where the workshop is written; its future fails with
#: the service's refusal (a ServiceError, whose text is the sentence for the participant)
Poster = Callable[[dict[str, Any]], "concurrent.futures.Future[Any]"]
#: how long a phone's post may wait for the database before the page says to try again
POST_TIMEOUT_S = 10.0
BOARD = "board"
#: the documents without a workshop or a route (English, marked; :func:`closed_doc`, :func:`gone_doc`
#: give them in the language in effect)
CLOSED_DOC = {"kind": "closed", "title": faces.TITLE, "text": N_("No workshop is open in the app.")}
GONE_DOC = {"kind": "gone", "text": N_("This code no longer opens a route: ask at the registration desk.")}


def closed_doc() -> dict[str, str]:
    return {"kind": "closed", "title": gettext_text(faces.TITLE), "text": gettext_text(CLOSED_DOC["text"])}


def gone_doc() -> dict[str, str]:
    return {"kind": "gone", "text": gettext_text(GONE_DOC["text"])}


def _json(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class HubClosed(Exception):
    """The hub serves no page any more (its server is stopping)."""


class Channel:
    """One document and the future its followers wait on (event loop only)."""

    def __init__(self, key: str, loop: asyncio.AbstractEventLoop):
        self.key = key
        self.doc = b""
        self.version = 0
        self.followers = 0
        self.closed = False
        self._loop = loop
        self._changed: asyncio.Future[None] = loop.create_future()

    def changed(self) -> asyncio.Future[None]:
        """Resolved at the next change of :attr:`doc` (or when the hub closes)."""
        return self._changed

    def set(self, doc: bytes) -> bool:
        if doc == self.doc:
            return False
        self.doc = doc
        self.version += 1
        self._wake()
        return True

    def close(self) -> None:
        self.closed = True
        self._wake()

    def _wake(self) -> None:
        done, self._changed = self._changed, self._loop.create_future()
        if not done.done():
            done.set_result(None)


class VenueHub:
    """The shared state of the venue pages (see the module docstring)."""

    def __init__(self, *, now: Callable[[], dt.datetime] | None = None,
                 secret_for: Callable[[str], bytes] = workshop_secret, tick_s: float = 1.0):
        self._now = now or SystemClock().wall
        self._secret_for = secret_for
        self.tick_s = tick_s
        self._lock = threading.Lock()
        self._snap: WorkshopSnapshot | None = None
        self._seats: Seats = {}
        self._questions: frozenset[str] | bool = frozenset()
        #: bumped by every input; the documents of an older input are recomputed
        self._input = 0
        self._tokens: tuple[str, Tokens] | None = None
        self._codes: tuple[int, dict[str, str]] = (-1, {})
        self._routes: dict[str, tuple[int, Any]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ticker: asyncio.Task[None] | None = None
        self.channels: dict[str, Channel] = {}
        #: how many times the documents were computed (for tests and the benchmark)
        self.refreshes = 0
        self._poster: Poster | None = None

    # -- inputs (any thread) -----------------------------------------------------------------
    def publish(self, snap: WorkshopSnapshot | None, seats: Seats | None = None) -> None:
        """The workshop as it is now (None: no workshop open); ``seats`` replaces the seating when given."""
        with self._lock:
            self._snap = snap
            if seats is not None:
                self._seats = seats
            self._input += 1
        self._poke()

    def set_seats(self, seats: Seats) -> None:
        with self._lock:
            self._seats = seats
            self._input += 1
        self._poke()

    def set_questions(self, rooms: Iterable[str] | bool) -> None:
        """The rooms whose pages show the guiding questions (True: every room)."""
        value: frozenset[str] | bool = rooms if isinstance(rooms, bool) else frozenset(rooms)
        with self._lock:
            if value == self._questions:
                return
            self._questions = value
            self._input += 1
        self._poke()

    def set_clock(self, now: Callable[[], dt.datetime]) -> None:
        self._now = now
        self._poke()

    def now(self) -> dt.datetime:
        return self._now()

    @property
    def snapshot(self) -> WorkshopSnapshot | None:
        return self._snap

    @property
    def seats(self) -> Seats:
        return self._seats

    def questions_for(self, room_uuid: str) -> bool:
        """The moderator shows the guiding questions on this room's clock."""
        questions = self._questions
        return questions if isinstance(questions, bool) else room_uuid in questions

    def tokens(self) -> Tokens | None:
        """The open workshop's code maker, None without a workshop."""
        snap = self._snap
        workshop = snap.workshop if snap is not None else None
        if workshop is None:
            return None
        with self._lock:
            if self._tokens is None or self._tokens[0] != workshop.uuid:
                self._tokens = (workshop.uuid, Tokens(self._secret_for(workshop.uuid)))
            return self._tokens[1]

    def route_code(self, participant_uuid: str) -> str | None:
        tokens = self.tokens()
        return tokens.route_code(participant_uuid) if tokens is not None else None

    def participant_for(self, code: str) -> str | None:
        """The participant whose route ``code`` opens, or None."""
        wanted = normalise(code)
        if not wanted:
            return None
        snap, version = self._snap, self._input
        tokens = self.tokens()
        if snap is None or tokens is None:
            return None
        if self._codes[0] != version:
            self._codes = (version, tokens.route_codes(p.uuid for p in snap.participants))
        return self._codes[1].get(wanted)

    # -- posting -----------------------------------------------------------------------------------
    def set_poster(self, poster: Poster | None) -> None:
        """Where contributions go (None: nowhere; posting pages say the app cannot take them)."""
        self._poster = poster

    @property
    def can_post(self) -> bool:
        return self._poster is not None

    def post_token(self, room_uuid: str, snap: WorkshopSnapshot | None = None) -> str | None:
        """The token of a room's current posting link, as ``snap`` (default: the hub's) has it; None
        without a workshop."""
        tokens = self.tokens()
        snap = snap if snap is not None else self._snap
        if tokens is None or snap is None:
            return None
        from cafe.venue.ops import posting_state

        return tokens.derive("post", f"{room_uuid}:{posting_state(snap, room_uuid).generation}")

    def posting_link(self, room_uuid: str, token: str) -> tuple[str, int | None]:
        """("open", generation) when ``token`` is the room's current one and posting is open there;
        ("closed", None) when it is the current one but the moderator closed the room; ("bad", None)
        when it is not (a renewed link, a guess)."""
        tokens, snap = self.tokens(), self._snap
        if tokens is None or snap is None or not any(r.uuid == room_uuid for r in snap.rooms):
            return "bad", None
        from cafe.venue.ops import posting_state

        state = posting_state(snap, room_uuid)
        if not tokens.check("post", f"{room_uuid}:{state.generation}", token):
            return "bad", None
        return ("open", state.generation) if state.open else ("closed", None)

    def vote_token(self, vote_uuid: str, snap: WorkshopSnapshot | None = None) -> str | None:
        """The token of a vote's current link, as ``snap`` (default: the hub's) has it."""
        tokens = self.tokens()
        snap = snap if snap is not None else self._snap
        vote = next((v for v in snap.votes if v.uuid == vote_uuid), None) if snap is not None else None
        if tokens is None or vote is None:
            return None
        return tokens.derive("vote", f"{vote_uuid}:{vote.generation}")

    def vote_link(self, vote_uuid: str, token: str) -> tuple[str, Any]:
        """("open", the vote) when ``token`` is the vote's current one and it is open; ("closed", the
        vote) when it is closed; ("bad", None) otherwise (a renewed link, a guess, no such vote)."""
        tokens, snap = self.tokens(), self._snap
        vote = next((v for v in snap.votes if v.uuid == vote_uuid), None) if snap is not None else None
        if tokens is None or vote is None or not tokens.check("vote", f"{vote_uuid}:{vote.generation}", token):
            return "bad", None
        return ("open" if vote.open else "closed"), vote

    async def post(self, **kwargs: Any) -> Any:
        """Hand one write (a contribution, a phone's dots; ``op`` names it) to the poster and wait for
        its answer (on the event loop); the service's refusal is raised as it is, TimeoutError when
        the database does not answer."""
        poster = self._poster
        if poster is None:
            raise ConnectionError("no poster")
        return await asyncio.wait_for(asyncio.wrap_future(poster(dict(kwargs))), POST_TIMEOUT_S)

    def _poke(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self.refresh)
            except RuntimeError:  # the loop closed meanwhile: nothing follows any more
                pass

    # -- the event loop --------------------------------------------------------------------------
    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Serve followers on ``loop`` (the server's); starts the once-a-second refresh."""
        self._loop = loop
        self.channels = {}
        self._ticker = loop.create_task(self._tick())

    def detach(self) -> None:
        """Close every channel (streams end) and stop refreshing; on the loop."""
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        for channel in list(self.channels.values()):
            channel.close()
        self.channels = {}
        self._loop = None

    def close_soon(self) -> None:
        """:meth:`detach` from any thread (the server stopping)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self.detach)
            except RuntimeError:
                pass

    async def _tick(self) -> None:
        while True:
            now = self._now()
            await asyncio.sleep(self.tick_s - (now.microsecond / 1e6) % self.tick_s + 0.005)
            self.refresh()

    def follow(self, key: str) -> Channel:
        """The channel ``key`` with one more follower (its document computed now); HubClosed when
        the server is stopping."""
        if self._loop is None:
            raise HubClosed("the venue server is stopping")
        channel = self.channels.get(key)
        if channel is None:
            channel = self.channels[key] = Channel(key, self._loop)
            self._compute([channel])
        channel.followers += 1
        return channel

    def unfollow(self, channel: Channel) -> None:
        channel.followers -= 1
        if channel.followers <= 0 and self.channels.get(channel.key) is channel:
            del self.channels[channel.key]
            self._routes.pop(channel.key, None)

    def refresh(self) -> None:
        """Recompute every followed document; followers of a changed one are woken."""
        if self.channels:
            self._compute(list(self.channels.values()))

    def _compute(self, channels: list[Channel]) -> None:
        self.refreshes += 1
        with self._lock:
            snap, seats, questions, version = self._snap, self._seats, self._questions, self._input
        if snap is None or snap.workshop is None:
            for channel in channels:
                channel.set(_json(closed_doc()))
            return
        with output_language(snap.workshop.language):  # the pages speak the workshop's output language
            self._compute_in(channels, snap, seats, questions, version)

    def _compute_in(self, channels: list[Channel], snap: WorkshopSnapshot, seats: Seats,
                    questions: frozenset[str] | bool, version: int) -> None:
        now = self._now()
        try:
            statuses = room_statuses(snap, now)
        except Exception:  # noqa: BLE001 — a row the clock cannot read must not stop every page
            log.exception("venue: the rooms' clocks could not be read")
            return
        rooms: dict[str, bytes] = {}

        def room_doc(room_uuid: str) -> bytes:
            if room_uuid not in rooms:
                shown = questions if isinstance(questions, bool) else room_uuid in questions
                rooms[room_uuid] = _json(faces.room_face(snap, room_uuid, now, statuses=statuses,
                                                         questions=shown).document())
            return rooms[room_uuid]

        for channel in channels:
            try:
                kind, _, ident = channel.key.partition(":")
                if kind == "room":
                    channel.set(room_doc(ident))
                elif kind == BOARD:
                    channel.set(_json(faces.board(snap, now, statuses=statuses).document()))
                elif kind == "route":
                    cached = self._routes.get(channel.key)
                    if cached is None or cached[0] != version:
                        cached = self._routes[channel.key] = (version, route_view(snap, ident, seats))
                    view = cached[1]
                    if view is None:
                        channel.set(_json(gone_doc()))
                        continue
                    clock = room_doc(view.clock_room) if view.clock_room else b"null"
                    channel.set(b'{"route":' + _json(view.document()) + b',"clock":' + clock + b"}")
            except Exception:  # noqa: BLE001 — one page's trouble never stops the others
                log.exception("venue: the page %s could not be computed", channel.key)
