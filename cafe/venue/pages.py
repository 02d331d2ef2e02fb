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
from cafe.i18n import _, is_rtl, language, ngettext
from cafe.venue import faces
from cafe.venue.route_view import RouteView
from cafe.venue.tokens import pretty

#: bump with any change of the static files, so screens that cached them fetch the new ones
ASSETS = "4"

#: a number in each plural category a page's script may meet (``Intl.PluralRules``), to pick the
#: core's plural form for it: the page counts down by itself, in the page's language
_PLURAL_SAMPLES = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100}


def e(text: object) -> str:
    return escape(str(text), quote=True)


def _words() -> dict[str, str]:
    """The pages' own words (headings, labels, buttons) in the language in effect, by their English."""
    return {
        "Connecting…": _("Connecting…"),
        "Full screen (F)": _("Full screen (F)"),
        "Full screen": _("Full screen"),
        "Time left": _("Time left"),
        "Guiding questions": _("Guiding questions"),
        "Room": _("Room"),
        "Theme": _("Theme"),
        "Group": _("Group"),
        "End": _("End"),
        "Round": _("Round"),
        "Time": _("Time"),
        "Where": _("Where"),
        "Now and next: every room": _("Now and next: every room"),
        "Room clocks": _("Room clocks"),
        "Your route": _("Your route"),
        "The code on your route slip": _("The code on your route slip"),
        "Show my route": _("Show my route"),
    }


def _plural(singular: str, plural: str) -> dict[str, str]:
    return {category: ngettext(singular, plural, n) for category, n in _PLURAL_SAMPLES.items()}


def script_texts() -> dict[str, object]:
    """The words the page's script writes by itself, in the language in effect."""
    return {
        "time_up": _("Time is up"),
        "final_minute": _("Final minute"),
        "overtime": _("Overtime {time}"),
        "minutes_left": _plural("{n} minute left", "{n} minutes left"),
        "spoken_left": _("{phase}. {n} min left"),
        "spoken_over": _("{phase}. {n} min over"),
        "live": _("Live"),
        "reconnecting": _("Reconnecting… the clock keeps counting"),
        "full_screen": _("Full screen"),
        "leave_full_screen": _("Leave full screen"),
    }


def _page(title: str, page: str, body: str, *, stream: str = "", extra_class: str = "") -> str:
    words = e(json.dumps(faces.phase_words(), ensure_ascii=False, separators=(",", ":")))
    texts = e(json.dumps(script_texts(), ensure_ascii=False, separators=(",", ":")))
    stream_attr = f' data-stream="{e(stream)}"' if stream else ""
    lang = language()
    direction = ' dir="rtl"' if is_rtl(lang) else ""
    return (
        "<!doctype html>\n"
        f'<html lang="{e(lang)}"{direction}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{e(title)}</title>"
        f'<link rel="stylesheet" href="/static/venue.css?v={ASSETS}">'
        f'<script src="/static/venue.js?v={ASSETS}" defer></script>'
        "</head>"
        f'<body class="page-{e(page)} {e(extra_class)}" data-page="{e(page)}"{stream_attr} data-words="{words}"'
        f' data-texts="{texts}">'
        f"{body}</body></html>\n")


def _phase_class(clock: faces.Clock) -> str:
    return f"phase-{clock.phase.value}" if clock.phase is not None else "phase-none"


def _status_bar() -> str:
    t = _words()
    return ('<footer class="status-bar">'
            f'<span id="link" class="link" role="status">{e(t["Connecting…"])}</span>'
            '<button id="fullscreen" type="button" class="fullscreen" aria-keyshortcuts="F" '
            f'title="{e(t["Full screen (F)"])}">{e(t["Full screen"])}</button></footer>')


def room_page(face: faces.ClockFace, stream: str) -> str:
    """A room's clock, as its stage display shows it (see :mod:`cafe.venue.faces`)."""
    t = _words()
    clock = face.clock
    digits = format_remaining(clock.remaining_s) if clock.state else "--:--"
    questions = "".join(f"<li>{e(q)}</li>" for q in face.questions)
    shown = face.questions_shown and bool(face.questions)
    fraction = 0.0 if clock.planned_s <= 0 else min(max(clock.remaining_s / clock.planned_s, 0.0), 1.0)
    body = (
        '<main class="clock" id="clock">'
        f'<header class="heads"><p class="headline" id="headline">{e(face.headline)}</p>'
        f'<p class="subline" id="subline"{"" if face.subline else " hidden"}>{e(face.subline)}</p></header>'
        f'<div class="digits" id="digits" role="timer" aria-label="{e(t["Time left"])}">{e(digits)}</div>'
        f'<p class="words"><span id="words">{e(clock.words)}</span> '
        f'<span id="end" class="end">{e(face.end_text)}</span></p>'
        f'<div class="bar" aria-hidden="true"><div id="bar-fill" class="bar-fill" data-fraction="{fraction:.4f}">'
        "</div></div>"
        f'<p class="message" id="message"{"" if face.message else " hidden"}>{e(face.message)}</p>'
        f'<section class="questions" id="questions"{"" if shown else " hidden"}>'
        f'<h2>{e(t["Guiding questions"])}</h2><ol id="question-list">{questions}</ol></section>'
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
    t = _words()
    body = (
        '<main class="board">'
        f'<header class="board-head"><h1 id="title">{e(board.title)}</h1>'
        f'<p class="board-now"><span id="round">{e(board.round_text)}</span>'
        '<span class="wall" id="wall"></span></p></header>'
        f'<table class="rooms" id="rooms"><thead><tr><th scope="col">{e(t["Room"])}</th>'
        f'<th scope="col">{e(t["Theme"])}</th><th scope="col">{e(t["Group"])}</th>'
        f'<th scope="col">{e(t["Time left"])}</th><th scope="col">{e(t["End"])}</th></tr></thead>'
        f'<tbody id="rows">{_board_rows(board)}</tbody></table>'
        f'<p class="next" id="next">{e(board.next_text)}</p>'
        "</main>" + _status_bar())
    return _page(_("Now and next — {title}").format(title=board.title), "board", body, stream="/now/events")


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
    t = _words()
    kicker = _("Your route · {title}").format(title=title)
    body = (
        '<main class="route">'
        f'<p class="kicker">{e(kicker)}</p>'
        f'<h1 class="name">{e(view.name)}</h1>'
        f'<p class="group" id="group">{e(view.group)}</p>'
        f'<section class="where {phase}" id="where">'
        f'<p class="now-text" id="now-text">{e(view.now_text)}</p>'
        f'<p class="mini-clock"><span class="small-digits" id="digits">{e(digits)}</span> '
        f'<span class="small-words" id="words">{e(words)}</span> <span class="end" id="end">{e(end)}</span></p>'
        f'<p class="next-text" id="next-text">{e(view.next_text)}</p></section>'
        f'<table class="stops"><thead><tr><th scope="col">{e(t["Round"])}</th>'
        f'<th scope="col">{e(t["Time"])}</th><th scope="col">{e(t["Where"])}</th></tr></thead>'
        f'<tbody id="stops">{stops}</tbody></table>'
        '<p class="privacy">' + e(_("Code {code}. This page is yours alone: it opens with the code on your "
                                    "route slip. Do not pass the link on.").format(code=pretty(code))) + "</p>"
        "</main>" + _status_bar())
    return _page(_("Your route — {title}").format(title=title), "route", body, stream=f"/route/{code}/events")


def index_page(title: str, rooms: Sequence[tuple[str, str]], *, error: str = "") -> str:
    """The start page: now and next, every room's clock, and where to type a route code."""
    t = _words()
    links = "".join(f'<li><a href="/room/{e(uuid)}">{e(name)}</a></li>' for uuid, name in rooms)
    problem = f'<p class="error" id="error" role="alert">{e(error)}</p>' if error else ""
    body = (
        '<main class="index">'
        f"<h1>{e(title)}</h1>"
        f'<p><a class="big-link" href="/now">{e(t["Now and next: every room"])}</a></p>'
        f'<h2>{e(t["Room clocks"])}</h2><ul class="room-links">{links}</ul>'
        f'<h2>{e(t["Your route"])}</h2>'
        '<form method="get" action="/route" class="code-form">'
        f'<label for="code">{e(t["The code on your route slip"])}</label>'
        '<input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" '
        'maxlength="20" inputmode="text" required>'
        f'<button type="submit">{e(t["Show my route"])}</button></form>{problem}'
        + '<p class="privacy">'
        + e(_("Read-only pages of the workshop, served on this network by the moderator's app.")) + "</p>"
        "</main>")
    return _page(title, "index", body)


#: the choices of a posting form: (category, its label)
def _post_kinds() -> tuple[tuple[str, str, str], ...]:
    return (("opportunity", _("Opportunity"), _("Something that works, or could, to build on")),
            ("challenge", _("Challenge"), _("Something that stands in the way")),
            ("practice", _("Practice"), _("Something done somewhere that others can learn from")))


def post_page(room: str, theme: str, action: str, *, questions: Sequence[str] = (),
              values: dict[str, str] | None = None, error: str = "", sent: bool = False,
              closed: str = "") -> str:
    """A room's posting page: a participant's phone sends an opportunity, challenge or practice to the
    room's note-taker. ``values`` refills the form after a refusal (nothing typed is lost);
    ``closed`` replaces the form by that sentence."""
    values = values or {}
    chosen = values.get("category", "")
    head = (f'<p class="kicker">{e(_("Contribute · {room}").format(room=room))}</p>'
            f'<h1 class="name">{e(theme or room)}</h1>')
    if questions:
        head += ('<details class="post-questions"><summary>' + e(_("Guiding questions")) + "</summary><ol>"
                 + "".join(f"<li>{e(q)}</li>" for q in questions) + "</ol></details>")
    if closed:
        body = f'<main class="post">{head}<p class="notice" id="closed" role="status">{e(closed)}</p></main>'
        return _page(_("Contribute — {room}").format(room=room), "post", body)
    kinds = "".join(
        f'<label class="kind kind-{e(kind)}"><input type="radio" name="category" value="{e(kind)}" required'
        f'{" checked" if chosen == kind else ""}><span class="kind-name">{e(label)}</span>'
        f'<span class="kind-hint">{e(hint)}</span></label>'
        for kind, label, hint in _post_kinds())
    thank_you = _("Thank you: your contribution is in the note-taker’s queue. You can send another.")
    thanks = f'<p class="sent" id="sent" role="status">{e(thank_you)}</p>' if sent else ""
    problem = f'<p class="error" id="error" role="alert">{e(error)}</p>' if error else ""
    body = (
        f'<main class="post">{head}{thanks}{problem}'
        f'<form method="post" action="{e(action)}" class="post-form" accept-charset="utf-8">'
        f'<input type="hidden" name="uuid" value="{e(values.get("uuid", ""))}">'
        f'<fieldset class="kinds"><legend>{e(_("What is it?"))}</legend>{kinds}</fieldset>'
        f'<label for="text">{e(_("Your contribution"))}</label>'
        f'<textarea id="text" name="text" rows="5" maxlength="1000" dir="auto" required>{e(values.get("text", ""))}</textarea>'
        f'<label for="countries">{e(_("Countries or organisations it concerns (optional)"))}</label>'
        f'<input id="countries" name="countries" maxlength="200" autocomplete="off" dir="auto" '
        f'value="{e(values.get("countries", ""))}">'
        f'<label for="name">{e(_("Your name (optional)"))}</label>'
        f'<input id="name" name="name" maxlength="100" autocomplete="name" dir="auto" value="{e(values.get("name", ""))}">'
        f'<button type="submit" id="send">{e(_("Send to the note-taker"))}</button></form>'
        '<p class="privacy">' + e(_("The room’s note-taker reads it and adds it to the notes, or leaves it out. "
                                    "Your name, if you give it, is seen by the note-taker only.")) + "</p>"
        "</main>")
    return _page(_("Contribute — {room}").format(room=room), "post", body)


def vote_page(title: str, dots: int, options: Sequence[tuple[str, str]], action: str, *,
              given: dict[str, int] | None = None, error: str = "", counted: bool = False,
              results: Sequence[tuple[str, int]] | None = None) -> str:
    """A dot vote on a phone: each option with how many of its ``dots`` the participant gives it.
    ``results`` (a closed vote) replaces the form by the ranked totals."""
    given = given or {}
    head = f'<p class="kicker">{e(_("Dot vote"))}</p><h1 class="name">{e(title)}</h1>'
    if results is not None:
        rows = "".join(f'<tr><td>{e(text)}</td><td class="dots">{n}</td></tr>' for text, n in results)
        body = (f'<main class="post">{head}<p class="notice" id="closed" role="status">'
                f'{e(_("This vote is closed. The results:"))}</p>'
                f'<table class="results" id="results"><tbody>{rows}</tbody></table></main>')
        return _page(_("Dot vote — {title}").format(title=title), "vote", body)
    used = sum(given.values())
    note = (f'<p class="sent" id="counted" role="status">'
            f'{e(ngettext("Counted: you gave {n} dot. You can change your dots until the vote closes.", "Counted: you gave {n} dots. You can change your dots until the vote closes.", used).format(n=used))}'
            "</p>") if counted else ""
    problem = f'<p class="error" id="error" role="alert">{e(error)}</p>' if error else ""
    rows = "".join(
        f'<li class="option"><label for="dots-{n}">{e(text)}</label>'
        f'<input id="dots-{n}" name="dots:{e(uuid)}" type="number" inputmode="numeric" min="0" max="{dots}" '
        f'step="1" value="{given.get(uuid, 0)}"></li>'
        for n, (uuid, text) in enumerate(options))
    intro = ngettext("You have {n} dot: give it to what you find most important.",
                     "You have {n} dots: give them to what you find most important (several to one if you like).",
                     dots).format(n=dots)
    body = (f'<main class="post">{head}{note}{problem}<p>{e(intro)}</p>'
            f'<form method="post" action="{e(action)}" class="vote-form" accept-charset="utf-8">'
            f'<ol class="options">{rows}</ol>'
            f'<button type="submit" id="send">{e(_("Send my dots"))}</button></form>'
            '<p class="privacy">' + e(_("Only the totals are shown, never who gave which dots.")) + "</p></main>")
    return _page(_("Dot vote — {title}").format(title=title), "vote", body)


def message_page(title: str, text: str, *, link: tuple[str, str] | None = None) -> str:
    link = link or ("/", _("All pages"))
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
