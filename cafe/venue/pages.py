"""The HTML of the venue pages, and the framing of their event streams.

Every text that comes from the workshop goes through :func:`html.escape` (a theme titled
``<script>…`` shows as those characters); no page has an inline script or style, and no user
text is ever placed in a script: the pages' one script (``static/venue.js``) reads its
settings from ``data-`` attributes and its documents from the event stream, and writes them
with ``textContent``. A page is complete as served (the state at that instant), so it reads
right before the script runs, and the script keeps it live.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape

from cafe.clock.text import format_remaining
from cafe.venue import faces
from cafe.venue.route_view import RouteView
from cafe.venue.tokens import pretty

#: bump with any change of the static files, so screens that cached them fetch the new ones
ASSETS = "1"


def e(text: object) -> str:
    return escape(str(text), quote=True)


def _page(title: str, page: str, body: str, *, stream: str = "", extra_class: str = "") -> str:
    words = e(json.dumps(faces.phase_words(), ensure_ascii=False, separators=(",", ":")))
    stream_attr = f' data-stream="{e(stream)}"' if stream else ""
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{e(title)}</title>"
        f'<link rel="stylesheet" href="/static/venue.css?v={ASSETS}">'
        f'<script src="/static/venue.js?v={ASSETS}" defer></script>'
        "</head>"
        f'<body class="page-{e(page)} {e(extra_class)}" data-page="{e(page)}"{stream_attr} data-words="{words}">'
        f"{body}</body></html>\n")


def _phase_class(clock: faces.Clock) -> str:
    return f"phase-{clock.phase.value}" if clock.phase is not None else "phase-none"


def _status_bar() -> str:
    return ('<footer class="status-bar"><span id="link" class="link" role="status">Connecting…</span>'
            '<button id="fullscreen" type="button" class="fullscreen" aria-keyshortcuts="F" '
            'title="Full screen (F)">Full screen</button></footer>')


def room_page(face: faces.ClockFace, stream: str) -> str:
    """A room's clock, as its stage display shows it (see :mod:`cafe.venue.faces`)."""
    clock = face.clock
    digits = format_remaining(clock.remaining_s) if clock.state else "--:--"
    questions = "".join(f"<li>{e(q)}</li>" for q in face.questions)
    shown = face.questions_shown and bool(face.questions)
    fraction = 0.0 if clock.planned_s <= 0 else min(max(clock.remaining_s / clock.planned_s, 0.0), 1.0)
    body = (
        '<main class="clock" id="clock">'
        f'<header class="heads"><p class="headline" id="headline">{e(face.headline)}</p>'
        f'<p class="subline" id="subline"{"" if face.subline else " hidden"}>{e(face.subline)}</p></header>'
        f'<div class="digits" id="digits" role="timer" aria-label="Time left">{e(digits)}</div>'
        f'<p class="words"><span id="words">{e(clock.words)}</span> '
        f'<span id="end" class="end">{e(face.end_text)}</span></p>'
        f'<div class="bar" aria-hidden="true"><div id="bar-fill" class="bar-fill" data-fraction="{fraction:.4f}">'
        "</div></div>"
        f'<p class="message" id="message"{"" if face.message else " hidden"}>{e(face.message)}</p>'
        f'<section class="questions" id="questions"{"" if shown else " hidden"}>'
        f'<h2>Guiding questions</h2><ol id="question-list">{questions}</ol></section>'
        f'<p class="next" id="next">{e(face.next_text)}</p>'
        '<p class="spoken" id="spoken" aria-live="polite"></p>'
        "</main>" + _status_bar())
    title = f"{face.room} — {face.title}" if face.room else face.title
    return _page(title, "room", body, stream=stream, extra_class=_phase_class(clock))


def _board_rows(board: faces.Board) -> str:
    rows = []
    for row in board.rows:
        clock = row.clock
        digits = format_remaining(clock.remaining_s) if clock.state else "--:--"
        rows.append(
            f'<tr class="{_phase_class(clock)}" data-room="{e(row.room_uuid)}">'
            f'<th scope="row"><a href="/room/{e(row.room_uuid)}">{e(row.room)}</a></th>'
            f"<td>{e(row.theme)}</td><td>{e(row.group)}</td>"
            f'<td class="left"><span class="small-digits">{e(digits)}</span> '
            f'<span class="small-words">{e(clock.words)}</span></td>'
            f'<td class="end">{e(row.end_text)}</td></tr>')
    return "".join(rows)


def board_page(board: faces.Board) -> str:
    """Now and next, for hallway screens: every room's round, group and time left."""
    body = (
        '<main class="board">'
        f'<header class="board-head"><h1 id="title">{e(board.title)}</h1>'
        f'<p class="board-now"><span id="round">{e(board.round_text)}</span>'
        '<span class="wall" id="wall"></span></p></header>'
        '<table class="rooms" id="rooms"><thead><tr><th scope="col">Room</th><th scope="col">Theme</th>'
        '<th scope="col">Group</th><th scope="col">Time left</th><th scope="col">End</th></tr></thead>'
        f'<tbody id="rows">{_board_rows(board)}</tbody></table>'
        f'<p class="next" id="next">{e(board.next_text)}</p>'
        "</main>" + _status_bar())
    return _page(f"Now and next — {board.title}", "board", body, stream="/now/events")


def route_page(view: RouteView, code: str, title: str, clock: faces.ClockFace | None) -> str:
    """One participant's route: their group, where to go now and next, the time left there."""
    stops = "".join(
        f'<tr class="{"is-now" if s.is_now else "is-next" if s.is_next else ""}">'
        f'<th scope="row">{s.round_number}</th><td>{e(s.time_text)}</td><td>{e(s.place)}</td></tr>'
        for s in view.stops)
    digits = words = end = ""
    phase = "phase-none"
    if clock is not None and clock.clock.state:
        digits, words, end = format_remaining(clock.clock.remaining_s), clock.clock.words, clock.end_text
        phase = _phase_class(clock.clock)
    body = (
        '<main class="route">'
        f'<p class="kicker">Your route · {e(title)}</p>'
        f'<h1 class="name">{e(view.name)}</h1>'
        f'<p class="group" id="group">{e(view.group)}</p>'
        f'<section class="where {phase}" id="where">'
        f'<p class="now-text" id="now-text">{e(view.now_text)}</p>'
        f'<p class="mini-clock"><span class="small-digits" id="digits">{e(digits)}</span> '
        f'<span class="small-words" id="words">{e(words)}</span> <span class="end" id="end">{e(end)}</span></p>'
        f'<p class="next-text" id="next-text">{e(view.next_text)}</p></section>'
        '<table class="stops"><thead><tr><th scope="col">Round</th><th scope="col">Time</th>'
        f'<th scope="col">Where</th></tr></thead><tbody id="stops">{stops}</tbody></table>'
        f'<p class="privacy">Code {e(pretty(code))}. This page is yours alone: it opens with the code on your '
        "route slip. Do not pass the link on.</p>"
        "</main>" + _status_bar())
    return _page(f"Your route — {title}", "route", body, stream=f"/route/{code}/events")


def index_page(title: str, rooms: Sequence[tuple[str, str]], *, error: str = "") -> str:
    """The start page: now and next, every room's clock, and where to type a route code."""
    links = "".join(f'<li><a href="/room/{e(uuid)}">{e(name)}</a></li>' for uuid, name in rooms)
    problem = f'<p class="error" id="error" role="alert">{e(error)}</p>' if error else ""
    body = (
        '<main class="index">'
        f"<h1>{e(title)}</h1>"
        '<p><a class="big-link" href="/now">Now and next: every room</a></p>'
        f'<h2>Room clocks</h2><ul class="room-links">{links}</ul>'
        '<h2>Your route</h2>'
        '<form method="get" action="/route" class="code-form">'
        '<label for="code">The code on your route slip</label>'
        '<input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" '
        'maxlength="20" inputmode="text" required>'
        f'<button type="submit">Show my route</button></form>{problem}'
        '<p class="privacy">Read-only pages of the workshop, served on this network by the moderator\'s app.</p>'
        "</main>")
    return _page(title, "index", body)


def message_page(title: str, text: str, *, link: tuple[str, str] = ("/", "All pages")) -> str:
    body = (f'<main class="index"><h1>{e(title)}</h1><p id="message-text">{e(text)}</p>'
            f'<p><a href="{e(link[0])}">{e(link[1])}</a></p></main>')
    return _page(title, "message", body)


# -- event streams ----------------------------------------------------------------------------------
#: how long a page waits before it reconnects after the stream broke (milliseconds)
RETRY_MS = 1000


def stream_start() -> bytes:
    return f"retry: {RETRY_MS}\n\n".encode()


def frame(now_ms: int, doc: bytes | None) -> bytes:
    """One message: the server's time (the page's clock offset) and, when given, the document."""
    if doc is None:
        return b'data: {"now":' + str(now_ms).encode() + b"}\n\n"
    return b'data: {"now":' + str(now_ms).encode() + b',"state":' + doc + b"}\n\n"
