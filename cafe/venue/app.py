"""The venue's web application (Starlette): the pages, their event streams and static files.

Routes
------
``/``                      start page: now and next, each room's clock, a form for a route code
``/now``, ``/now/events``  now and next for hallway screens
``/room/<uuid>``           a room's clock (``/events``: its stream)
``/route?code=…``          a typed code: to that route, or the start page saying it opens none
``/route/<code>``          one participant's route (``/events``: its stream)
``/room/<uuid>/post/<t>``  a room's posting page: a phone sends a contribution (GET the form,
                           POST it; ``t`` is the room's current token from its QR code)
``/vote/<uuid>/<t>``       a dot vote: a phone gives its dots (GET the form, POST the dots; the
                           results once the vote is closed)
``/static/<file>``         the pages' CSS, script and font

Streams are server-sent events: a first message with the document at once, then one message
per change of the document and a heartbeat every :data:`HEARTBEAT_S` seconds, each with the
server's time so a page knows how far its own clock is off. A stream ends when its page goes
away or the server stops; the page then reconnects by itself.
"""

from __future__ import annotations

import asyncio
import uuid as uuid_mod
from pathlib import Path
from urllib.parse import parse_qs
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from cafe.i18n import _, output_language
from cafe.storage.paths import RESOURCES
from cafe.venue import faces, pages
from cafe.venue.guard import Guard, Limits, Receive, Scope, Send
from cafe.venue.hub import HubClosed, VenueHub
from cafe.venue.route_view import route_view
from cafe.venue.tokens import normalise

#: the cookie that tells one phone's dots from another's (a random value, nothing else)
DEVICE_COOKIE = "cafe_device"
#: the form fields a posting page sends
_POST_FIELDS = ("category", "text", "countries", "name", "uuid")

HEARTBEAT_S = 15.0
STATIC = Path(__file__).with_name("static")
_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".ttf": "font/ttf",
          ".svg": "image/svg+xml", ".png": "image/png"}
#: the files served under /static/ (nothing else of the disk is reachable)
FONTS = {"NotoSans-Regular.ttf": RESOURCES / "fonts" / "NotoSans-Regular.ttf",
         "NotoSans-Bold.ttf": RESOURCES / "fonts" / "NotoSans-Bold.ttf"}


def _static_files() -> dict[str, tuple[bytes, str]]:
    files = {p.name: p for p in STATIC.iterdir() if p.is_file() and p.suffix in _TYPES}
    files.update({name: path for name, path in FONTS.items() if path.is_file()})
    return {name: (path.read_bytes(), _TYPES[path.suffix]) for name, path in files.items()}


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers={"cache-control": "no-store"})


class EventStream(Response):
    """A server-sent event stream of one hub channel (see the module docstring)."""

    def __init__(self, hub: VenueHub, key: str, heartbeat_s: float):
        super().__init__()
        self.hub, self.key, self.heartbeat_s = hub, key, heartbeat_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        hub = self.hub
        try:
            channel = hub.follow(self.key)
        except HubClosed:
            await Response("The server is stopping.", 503, media_type="text/plain")(scope, receive, send)
            return
        gone: asyncio.Future[Any] = asyncio.ensure_future(_disconnected(receive))
        try:
            await send({"type": "http.response.start", "status": 200, "headers": [
                (b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-store"),
                (b"x-accel-buffering", b"no")]})
            if scope["method"] == "HEAD":
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            now = faces.epoch_ms(hub.now())
            await send({"type": "http.response.body", "more_body": True,
                        "body": pages.stream_start() + pages.frame(now, channel.doc)})
            version = channel.version
            while not channel.closed:
                changed = channel.changed()
                done, _ = await asyncio.wait({gone, changed}, timeout=self.heartbeat_s,
                                             return_when=asyncio.FIRST_COMPLETED)
                if gone in done or channel.closed:
                    break
                fresh = channel.version != version
                version = channel.version
                body = pages.frame(faces.epoch_ms(hub.now()), channel.doc if fresh else None)
                await send({"type": "http.response.body", "body": body, "more_body": True})
            if not gone.done():
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:  # the page went away mid-send
            pass
        finally:
            gone.cancel()
            hub.unfollow(channel)


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def create_app(hub: VenueHub, *, limits: Limits | None = None, hosts: tuple[str, ...] = (),
               heartbeat_s: float = HEARTBEAT_S) -> Guard:
    """The guarded application serving ``hub``'s workshop."""
    static = _static_files()
    guard_box: list[Guard] = []

    def client_of(request: Request) -> str:
        return request.client.host if request.client is not None else "?"

    def title() -> str:
        snap = hub.snapshot
        return faces.workshop_title(snap) if snap is not None else _(faces.TITLE)

    def language() -> str | None:
        """The open workshop's output language: every page is written in it."""
        snap = hub.snapshot
        return snap.workshop.language if snap is not None and snap.workshop is not None else None

    def in_language(handler):
        async def handle(request: Request, *args: Any) -> Response:
            with output_language(language()):
                return await handler(request, *args)
        return handle

    def rooms() -> list[tuple[str, str]]:
        snap = hub.snapshot
        return [(r.uuid, r.name) for r in snap.rooms] if snap is not None else []

    def no_workshop() -> HTMLResponse:
        return _html(pages.message_page(_(faces.TITLE), _("No workshop is open in the app right now.")), 503)

    async def index(request: Request) -> Response:
        if hub.snapshot is None:
            return no_workshop()
        return _html(pages.index_page(title(), rooms()))

    async def now_page(request: Request) -> Response:
        snap = hub.snapshot
        if snap is None:
            return no_workshop()
        return _html(pages.board_page(faces.board(snap, hub.now())))

    async def room_page(request: Request) -> Response:
        snap = hub.snapshot
        room_uuid = request.path_params["room"]
        if snap is None:
            return no_workshop()
        if not any(r.uuid == room_uuid for r in snap.rooms):
            return _html(pages.message_page(_("No such room"), _("This workshop has no room at this address: "
                                                                 "the start page lists every room.")), 404)
        face = faces.room_face(snap, room_uuid, hub.now(), questions=hub.questions_for(room_uuid))
        return _html(pages.room_page(face, f"/room/{room_uuid}/events"))

    def _participant(request: Request, code: str) -> tuple[str | None, Response | None]:
        guard = guard_box[0]
        address = client_of(request)
        wait = guard.codes_blocked(address)
        if wait:
            return None, _html(pages.index_page(title(), rooms(), error=(
                _("Too many wrong codes from this device: wait {n} seconds, then try again.").format(
                    n=max(1, round(wait))))), 429)
        uuid = hub.participant_for(code)
        if uuid is None:
            guard.wrong_code(address)
            return None, _html(pages.index_page(title(), rooms(), error=(
                _("No route has this code: check the code on your route slip (letters and digits, "
                  "dashes do not matter)."))), 404)
        return uuid, None

    async def route_form(request: Request) -> Response:
        code = request.query_params.get("code", "")
        if hub.snapshot is None:
            return no_workshop()
        _uuid, refusal = _participant(request, code)
        if refusal is not None:
            return refusal
        return RedirectResponse(f"/route/{normalise(code)}", status_code=303, headers={"cache-control": "no-store"})

    async def route_page(request: Request) -> Response:
        snap = hub.snapshot
        if snap is None:
            return no_workshop()
        code = normalise(request.path_params["code"])
        uuid, refusal = _participant(request, code)
        if refusal is not None or uuid is None:
            return refusal or no_workshop()
        view = route_view(snap, uuid, hub.seats)
        if view is None:
            return no_workshop()
        clock = faces.room_face(snap, view.clock_room, hub.now()) if view.clock_room else None
        return _html(pages.route_page(view, code, title(), clock))

    async def room_events(request: Request) -> Response:
        return EventStream(hub, f"room:{request.path_params['room']}", heartbeat_s)

    async def now_events(request: Request) -> Response:
        return EventStream(hub, "board", heartbeat_s)

    async def route_events(request: Request) -> Response:
        uuid, refusal = _participant(request, request.path_params["code"])
        if refusal is not None or uuid is None:
            return Response("No route has this code.", 404, media_type="text/plain")
        return EventStream(hub, f"route:{uuid}", heartbeat_s)

    async def post_page(request: Request) -> Response:
        from cafe.service_errors import ServiceError
        from cafe.venue.ops import clean_post, device_digest

        snap = hub.snapshot
        if snap is None:
            return no_workshop()
        room_uuid, token = request.path_params["room"], normalise(request.path_params["token"])
        room = next((r for r in snap.rooms if r.uuid == room_uuid), None)
        link, generation = hub.posting_link(room_uuid, token)
        if room is None or link == "bad":
            return _html(pages.message_page(_("This link no longer works"), _(
                "Scan the QR code in the room again: the moderator may have renewed the room’s link.")), 403)
        theme = snap.theme_in_room(room_uuid)
        show = {"room": room.name, "theme": theme.title if theme is not None else "",
                "action": f"/room/{room_uuid}/post/{token}",
                "questions": tuple(theme.guiding_questions) if theme is not None else ()}
        if link == "closed":
            return _html(pages.post_page(**show, closed=_("Contributions are closed in this room for now.")))
        if not hub.can_post:
            return _html(pages.post_page(**show, closed=_("The app is not taking contributions right now.")), 503)
        if request.method != "POST":
            fresh = {"uuid": uuid_mod.uuid4().hex}
            return _html(pages.post_page(**show, values=fresh, sent=request.query_params.get("sent") == "1"))
        try:
            raw = parse_qs((await request.body()).decode("utf-8"), max_num_fields=20)
        except (UnicodeDecodeError, ValueError):
            return _html(pages.post_page(**show, error=_("The form could not be read: send it again.")), 400)
        values = {k: (raw.get(k) or [""])[0] for k in _POST_FIELDS}
        values["uuid"] = values["uuid"] if len(values["uuid"]) == 32 and values["uuid"].isalnum() \
            else uuid_mod.uuid4().hex
        address = client_of(request)
        wait = guard_box[0].post_allowed(address)
        if wait:
            return _html(pages.post_page(**show, values=values, error=_(
                "You sent several contributions in a row: wait {n} seconds, then send this one again.").format(
                    n=max(1, round(wait)))), 429)
        try:
            clean_post(values["category"], values["text"], values["countries"], values["name"])  # in the page's language
            await hub.post(room_uuid=room_uuid, category=values["category"], text=values["text"],
                           countries=values["countries"], name=values["name"], device=device_digest(address),
                           generation=generation, uuid=values["uuid"], language=language())
        except ServiceError as exc:
            return _html(pages.post_page(**show, values=values, error=str(exc)), 400)
        except Exception:  # noqa: BLE001 — the app went away, the database is busy: the text stays
            return _html(pages.post_page(**show, values=values, error=_(
                "The note-taker’s app did not answer: your text is still here, send it again in a moment.")), 503)
        return RedirectResponse(f"{show['action']}?sent=1", status_code=303, headers={"cache-control": "no-store"})

    async def vote_page(request: Request) -> Response:
        from cafe.service_errors import ServiceError
        from cafe.venue.ops import device_digest

        if hub.snapshot is None:
            return no_workshop()
        vote_uuid, token = request.path_params["vote"], normalise(request.path_params["token"])
        link, vote = hub.vote_link(vote_uuid, token)
        if link == "bad" or vote is None:
            return _html(pages.message_page(_("This link no longer works"), _(
                "Scan the vote's QR code again: the moderator may have renewed its link.")), 403)
        from cafe.plenary.votes import vote_title

        title = vote_title(vote, hub.snapshot)
        if link == "closed":
            return _html(pages.vote_page(title, vote.dots, vote.options, "", results=[
                (text, n) for _uuid, text, n in vote.ranked()]))
        action = f"/vote/{vote_uuid}/{token}"
        cookie = request.cookies.get(DEVICE_COOKIE, "")
        fresh = not (len(cookie) == 32 and cookie.isalnum())
        if fresh:
            cookie = uuid_mod.uuid4().hex
        device = device_digest("cookie:" + cookie)

        def answer(page: str, status: int = 200) -> Response:
            response = _html(page, status)
            if fresh:
                response.set_cookie(DEVICE_COOKIE, cookie, max_age=7 * 24 * 3600, path="/vote", httponly=True,
                                    samesite="strict")
            return response

        if not hub.can_post:
            return answer(pages.message_page(title, _("The app is not taking votes right now.")), 503)
        if request.method != "POST":
            try:
                given = {} if fresh else await hub.post(op="dots_of", vote_uuid=vote_uuid, device=device)
            except Exception:  # noqa: BLE001 — the form still shows, empty
                given = {}
            return answer(pages.vote_page(title, vote.dots, vote.options, action, given=given))
        try:
            raw = parse_qs((await request.body()).decode("utf-8"), max_num_fields=100)
        except (UnicodeDecodeError, ValueError):
            return answer(pages.vote_page(title, vote.dots, vote.options, action,
                                          error=_("The form could not be read: send it again.")), 400)
        given = {}
        for key, values in raw.items():
            if key.startswith("dots:"):
                text = (values or ["0"])[0].strip() or "0"
                given[key[5:]] = int(text) if text.isdigit() and len(text) < 4 else -1
        wait = guard_box[0].post_allowed(client_of(request))
        if wait:
            return answer(pages.vote_page(title, vote.dots, vote.options, action, given=given, error=_(
                "You sent your dots several times in a row: wait {n} seconds, then send them again.").format(
                    n=max(1, round(wait)))), 429)
        try:
            await hub.post(op="cast_dots", vote_uuid=vote_uuid, device=device, dots=given,
                           generation=vote.generation, language=language())
        except ServiceError as exc:
            return answer(pages.vote_page(title, vote.dots, vote.options, action, given=given,
                                          error=str(exc)), 400)
        except Exception:  # noqa: BLE001 — the app went away, the database is busy: the dots stay
            return answer(pages.vote_page(title, vote.dots, vote.options, action, given=given, error=_(
                "The app did not answer: your dots are still here, send them again in a moment.")), 503)
        return answer(pages.vote_page(title, vote.dots, vote.options, action, given=given, counted=True))

    async def static_file(request: Request) -> Response:
        found = static.get(request.path_params["name"])
        if found is None:
            return Response("Not found.", 404, media_type="text/plain")
        return Response(found[0], media_type=found[1], headers={"cache-control": "public, max-age=3600"})

    async def not_found(request: Request, exc: Exception) -> Response:
        return _html(pages.message_page(_("Not found"), _("There is no page at this address.")), 404)

    async def failed(request: Request, exc: Exception) -> Response:
        return _html(pages.message_page(_("Something went wrong"), _("This page could not be shown; "
                                                                     "reload it in a moment.")), 500)

    app = Starlette(routes=[
        Route("/", in_language(index)), Route("/now", in_language(now_page)), Route("/now/events", now_events),
        Route("/room/{room}", in_language(room_page)), Route("/room/{room}/events", room_events),
        Route("/route", in_language(route_form)), Route("/route/{code}", in_language(route_page)),
        Route("/route/{code}/events", route_events), Route("/static/{name}", static_file),
        Route("/room/{room}/post/{token}", in_language(post_page), methods=["GET", "HEAD", "POST"]),
        Route("/vote/{vote}/{token}", in_language(vote_page), methods=["GET", "HEAD", "POST"]),
    ], exception_handlers={404: in_language(not_found), 500: in_language(failed)})
    guard = Guard(app, limits, hosts=hosts)
    guard_box.append(guard)
    return guard
