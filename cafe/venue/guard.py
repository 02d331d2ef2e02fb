"""What stands between an open venue network and the pages: headers, limits, the host check.

:class:`Guard` wraps the application (plain ASGI, so it sees every request first):

* Only ``GET`` and ``HEAD``, and ``POST`` of a form of at most :attr:`Limits.max_post` bytes to a
  room's posting page (``/room/<uuid>/post/<token>``) or a vote (``/vote/<uuid>/<token>``; 405
  otherwise); any other request with a
  body is refused (413), and so is an over-long path or query (414) or header block (431; Uvicorn
  also stops a header block that never ends, ``h11_max_incomplete_event_size`` in
  :mod:`cafe.venue.server`).
* The ``Host`` header must name an address the server listens on (or a name the moderator
  allowed), so a page of some other site cannot reach this server through a DNS trick (400).
* Per client address: a token bucket of requests (429 with ``Retry-After`` past it), one of
  posts (a phone posts a few contributions a minute, not a flood), a cap on open event streams,
  and a cap on wrong route codes (a code cannot be guessed by trying).
  The table of clients is pruned, so a flood of addresses cannot grow it without end.
* Every response carries a strict Content-Security-Policy (scripts, styles, fonts and images
  from the app only, no inline script, no frames), ``X-Content-Type-Options: nosniff``,
  ``Referrer-Policy: no-referrer`` (a route code in the address never leaks) and no caching
  of pages.
"""

from __future__ import annotations

import re
import time
from collections.abc import Awaitable, Callable, Collection, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), fullscreen=(self)"),
)


@dataclass(frozen=True)
class Limits:
    """Per-client limits (a client is an address on the venue network)."""

    #: sustained requests per minute, and how many may come at once
    requests_per_minute: float = 240.0
    burst: int = 60
    #: event streams one client may hold open (a screen needs one; a phone one or two)
    streams_per_client: int = 8
    streams_total: int = 3000
    #: wrong route codes per minute before the client must wait
    wrong_codes_per_minute: float = 10.0
    max_path: int = 512
    max_query: int = 256
    #: bytes of headers a request may carry (a browser sends well under 2 KB)
    max_headers: int = 8 * 1024
    #: clients remembered at most (the idle ones are forgotten first)
    max_clients: int = 20_000
    #: contributions one device may post per minute, and how many at once
    posts_per_minute: float = 6.0
    post_burst: int = 4
    #: bytes a posted form may carry (the text is at most 1,000 characters)
    max_post: int = 16 * 1024


@dataclass
class _Bucket:
    tokens: float
    stamp: float

    def take(self, rate_per_s: float, capacity: float, now: float, cost: float = 1.0) -> float:
        """0 when allowed (a token taken), else the seconds to wait."""
        self.tokens = min(capacity, self.tokens + (now - self.stamp) * rate_per_s)
        self.stamp = now
        if self.tokens >= cost:
            self.tokens -= cost
            return 0.0
        return (cost - self.tokens) / rate_per_s if rate_per_s > 0 else 60.0


#: the paths a form may be posted to: a room's posting page
POST_PATH = re.compile(r"^/(room/[0-9A-Za-z-]{1,64}/post|vote/[0-9A-Za-z-]{1,64})/[0-9A-Za-z-]{1,64}$")


@dataclass
class _Client:
    requests: _Bucket
    codes: _Bucket
    posts: _Bucket
    streams: int = 0
    seen: float = field(default=0.0)


def _plain(status: int, text: str, extra: tuple[tuple[bytes, bytes], ...] = ()) -> tuple[Message, Message]:
    body = text.encode("utf-8")
    start = {"type": "http.response.start", "status": status,
             "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                         (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store"),
                         *SECURITY_HEADERS, *extra]}
    return start, {"type": "http.response.body", "body": body, "more_body": False}


class Guard:
    """The ASGI wrapper described in the module docstring."""

    def __init__(self, app: ASGIApp, limits: Limits | None = None, *, hosts: Collection[str] = (),
                 clock: Callable[[], float] = time.monotonic):
        self.app = app
        self.limits = limits or Limits()
        #: the host names and addresses a request may name (lower case, no port); empty: any
        self.hosts = frozenset(h.lower().strip("[]") for h in hosts)
        self._clock = clock
        self._clients: dict[str, _Client] = {}
        self.streams = 0
        #: refusals by reason, for tests and the benchmark
        self.refused: dict[int, int] = {}

    def _client(self, address: str, now: float) -> _Client:
        client = self._clients.get(address)
        if client is None:
            if len(self._clients) >= self.limits.max_clients:
                self._prune(now)
            client = self._clients[address] = _Client(_Bucket(float(self.limits.burst), now),
                                                      _Bucket(self.limits.wrong_codes_per_minute, now),
                                                      _Bucket(float(self.limits.post_burst), now))
        client.seen = now
        return client

    def _prune(self, now: float) -> None:
        idle = sorted((c.seen, a) for a, c in self._clients.items() if c.streams == 0)
        for _seen, address in idle[: max(len(idle) // 2, 1)]:
            del self._clients[address]

    def wrong_code(self, address: str) -> float:
        """Count a wrong route code from ``address``: 0 while allowed, else the seconds to wait."""
        now = self._clock()
        client = self._client(address, now)
        return client.codes.take(self.limits.wrong_codes_per_minute / 60, self.limits.wrong_codes_per_minute, now)

    def post_allowed(self, address: str) -> float:
        """Count a contribution from ``address``: 0 while allowed, else the seconds to wait."""
        now = self._clock()
        client = self._client(address, now)
        return client.posts.take(self.limits.posts_per_minute / 60, self.limits.post_burst, now)

    def codes_blocked(self, address: str) -> float:
        """Seconds ``address`` must wait before trying another code (0: it may)."""
        client = self._clients.get(address)
        if client is None:
            return 0.0
        now = self._clock()
        rate = self.limits.wrong_codes_per_minute / 60
        tokens = min(self.limits.wrong_codes_per_minute, client.codes.tokens + (now - client.codes.stamp) * rate)
        return 0.0 if tokens >= 1 else (1 - tokens) / rate

    def _host_ok(self, scope: Scope) -> bool:
        if not self.hosts:
            return True
        host = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"), "")
        name = host.lower()
        if name.startswith("["):
            name = name[1:name.find("]")] if "]" in name else name
        elif name.count(":") == 1:
            name = name.split(":", 1)[0]
        return name in self.hosts

    async def _refuse(self, send: Send, status: int, text: str,
                      extra: tuple[tuple[bytes, bytes], ...] = ()) -> None:
        self.refused[status] = self.refused.get(status, 0) + 1
        start, body = _plain(status, text, extra)
        await send(start)
        await send(body)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await self.app(scope, receive, send)
            return  # no websockets here
        limits = self.limits
        posting = scope["method"] == "POST" and bool(POST_PATH.match(scope["path"]))
        if scope["method"] not in ("GET", "HEAD") and not posting:
            return await self._refuse(send, 405, "These pages are read-only.", ((b"allow", b"GET, HEAD"),))
        if sum(len(k) + len(v) + 4 for k, v in scope.get("headers", ())) > limits.max_headers:
            return await self._refuse(send, 431, "The request's headers are too large.")
        headers = dict(scope.get("headers", ()))
        if posting:
            length = headers.get(b"content-length", b"")
            if b"transfer-encoding" in headers or not length.isdigit():
                return await self._refuse(send, 411, "A contribution is sent as a form of known length.")
            if int(length) > limits.max_post:
                return await self._refuse(send, 413, "That contribution is too large.")
            receive = _capped(receive, limits.max_post)
        elif headers.get(b"content-length", b"0") not in (b"0", b"") or b"transfer-encoding" in headers:
            return await self._refuse(send, 413, "A request to these pages carries no body.")
        if len(scope.get("raw_path") or scope["path"]) > limits.max_path or \
                len(scope.get("query_string", b"")) > limits.max_query:
            return await self._refuse(send, 414, "That address is too long.")
        if not self._host_ok(scope):
            return await self._refuse(send, 400, "Unknown host: open the address the moderator shows.")
        address = (scope.get("client") or ("?", 0))[0]
        now = self._clock()
        client = self._client(address, now)
        wait = client.requests.take(limits.requests_per_minute / 60, limits.burst, now)
        if wait:
            return await self._refuse(send, 429, "Too many requests from this device: wait a moment.",
                                      ((b"retry-after", str(max(1, round(wait))).encode()),))
        stream = scope["path"].endswith("/events")
        if stream:
            if client.streams >= limits.streams_per_client:
                return await self._refuse(send, 429, "Too many pages open on this device: close some.",
                                          ((b"retry-after", b"10"),))
            if self.streams >= limits.streams_total:
                return await self._refuse(send, 503, "The server is busy: try again in a moment.",
                                          ((b"retry-after", b"10"),))
            client.streams += 1
            self.streams += 1

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = dict(message)
                message["headers"] = [*message.get("headers", ()), *SECURITY_HEADERS]
            await send(message)

        scope.setdefault("state", {})["guard"] = self
        try:
            await self.app(scope, receive, secured)
        finally:
            if stream:
                client.streams -= 1
                self.streams -= 1


def _capped(receive: Receive, cap: int) -> Receive:
    """``receive`` that stops a body longer than ``cap`` bytes (whatever its header said)."""
    seen = 0

    async def capped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > cap:
                return {"type": "http.disconnect"}
        return message
    return capped
