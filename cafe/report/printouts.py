"""Printouts for the day itself: group lists, door signs and "your route" slips, as PDF.

Contract
--------
* :func:`group_lists`, :func:`door_signs` and :func:`route_slips` lay out a
  :class:`~cafe.storage.snapshots.WorkshopSnapshot` (and, when the workshop uses World
  Café seating, the seats: ``seats[round_uuid][participant_uuid] = room_uuid``)
  and return the PDF's bytes. :func:`write` builds one of them by name and
  writes it to a path atomically (a temporary file in the same folder,
  flushed, then renamed over the path), so a failed build leaves any earlier
  file untouched.
* Offline, with the bundled fonts only (:mod:`cafe.report.fonts`); every user
  string goes through :func:`cafe.report.rtl.paragraph`, so markup in a name
  prints literally and names in any script (Côte d'Ivoire, Türkiye, مريم) print
  right.
* :class:`NothingToPrint` (no groups, no rooms, no participants) and
  :class:`PrintoutError` (the file cannot be written) carry a sentence for the
  user; nothing is written then.
* Thread: pure apart from :func:`write`; call it on a worker thread, never the
  UI thread. ``invariant=True`` makes the bytes reproducible (for tests).

Layouts: group lists are one A4 page (or more) per group: its route, then its
members with organisation and country, by name. Door signs are one landscape
A4 page per room with a theme: the room, the theme, its hosts, then who comes
in each round. Route slips are several per A4 page with dashed cut lines, one
per participant in name order (or for the participants asked for): the name
(with organisation, country and participant code when someone else has the
same name), the group, and per round the time, room and theme. Given the
participants' route codes (:mod:`cafe.venue.tokens`), each slip also prints its
code ("K7QM-2XHD-PW0A") with a line on where to type it, and given the venue
pages' address, a QR code of the participant's route page beside it
(:class:`QrCode`), so a phone on the venue network opens their route.

Language: each printout is written in the workshop's output language
(``workshop.language``; :func:`cafe.i18n.output_language` around its
building), times in its conventions ("12 h 00 – 13 h 00" in French). An
Arabic printout reads right to left: its texts start on the right and its
tables have their first column on the right. The sentences of
:class:`NothingToPrint` are for the organiser at the window, in the window's
language.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cafe.i18n import _, is_rtl, language, ngettext, output_language, pgettext
from cafe.people import routes
from cafe.people.countries import country_display
from cafe.people.members import by_name, members_by_group, namesake_details
from cafe.report import fonts
from cafe.report.layout import bounded_rows, paragraphs
from cafe.report.qr_flowable import QrCode, route_url
from cafe.report.rtl import paragraph
from cafe.report.wording import time_range, workshop_language
from cafe.storage.atomic import WriteError, atomic_write
from cafe.storage.snap_types import WorkshopSnapshot
from cafe.venue.tokens import pretty

Seats = Mapping[str, Mapping[str, str]]

ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9db3c8")
MUTED = colors.HexColor("#555555")
SHADE = colors.HexColor("#eef3f8")

MARGIN = 15 * mm
#: Route slips: columns per page, the gap kept inside each slip, and the most rows per page.
SLIP_COLUMNS = 2
SLIP_PADDING = 6 * mm
MAX_SLIP_ROWS = 6
#: Route slips' QR codes: the width with the quiet zone, the quiet zone (modules), the gap beside it.
QR_WIDTH = 23 * mm
QR_GAP = 3 * mm


class PrintoutError(Exception):
    """A printout that could not be made; ``str()`` is a sentence for the user."""


class NothingToPrint(PrintoutError):
    """The workshop has nothing for this printout yet (no groups, rooms or participants)."""


# --- styles ------------------------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.BODY, fontSize=10, leading=13)
    s = {"body": base}

    def add(name, **kw):
        s[name] = ParagraphStyle(name, parent=base, **kw)

    add("title", fontName=fonts.BODY_BOLD, fontSize=22, leading=27, textColor=ACCENT, spaceAfter=4)
    add("kicker", fontSize=10, leading=13, textColor=MUTED, spaceAfter=10)
    add("h2", fontName=fonts.BODY_BOLD, fontSize=12, leading=16, textColor=ACCENT, spaceBefore=8, spaceAfter=4)
    add("cell", fontSize=9, leading=11.5)
    add("th", fontName=fonts.BODY_BOLD, fontSize=9, leading=11.5, textColor=colors.white)
    add("sign_room", fontName=fonts.BODY_BOLD, fontSize=72, leading=84, textColor=ACCENT, alignment=TA_CENTER)
    add("sign_theme", fontName=fonts.BODY_BOLD, fontSize=30, leading=37, alignment=TA_CENTER, spaceBefore=6)
    add("sign_host", fontSize=18, leading=24, alignment=TA_CENTER, textColor=MUTED, spaceBefore=8)
    add("sign_round", fontSize=24, leading=30)
    add("sign_group", fontName=fonts.BODY_BOLD, fontSize=24, leading=30)
    add("slip_title", fontSize=8, leading=10, textColor=MUTED)
    add("slip_name", fontName=fonts.BODY_BOLD, fontSize=13, leading=16, spaceBefore=1)
    add("slip_details", fontSize=8.5, leading=10.5, textColor=MUTED)
    add("slip_group", fontSize=10, leading=13, spaceAfter=3)
    add("slip_cell", fontSize=8.5, leading=10.5)
    add("slip_code_label", fontSize=7.5, leading=9.5, textColor=MUTED, spaceBefore=1)
    add("slip_code", fontName=fonts.BODY_BOLD, fontSize=12, leading=14)
    add("slip_hint", fontSize=7, leading=8.5, textColor=MUTED, spaceBefore=1, spaceAfter=2)
    add("footer", fontSize=8, leading=10, textColor=MUTED)
    return s


def _p(text: str, style: ParagraphStyle, *, bold: bool = False) -> list[Flowable]:
    """User ``text`` as paragraphs: one for ordinary text, several pieces for a huge one (layout speed)."""
    return paragraphs(text, style, bold=bold)


#: cell padding left and right in the route slips' tables (points)
_CELL_PAD = 2


def _cell(text: str, style: ParagraphStyle, width: float, *, bold: bool = False,
          pad: float = _CELL_PAD) -> str | list[Flowable]:
    """A table cell: the plain string when it prints in the body font on one line (a Table draws a
    string as it is, with no markup and no wrapping, many times faster than a Paragraph), else a
    paragraph. Used where thousands of cells are set (route slips)."""
    text = fonts.clean_text(text)
    if "\n" not in text and not fonts.has_rtl(text) and all(face is fonts.LATIN for face, _ in fonts.font_runs(text)) \
            and fonts.plain_width(text, style.fontSize, bold=bold) <= width - 2 * pad:
        return text
    return _p(text, style, bold=bold)


def _workshop_title(snap: WorkshopSnapshot) -> str:
    return (snap.workshop.title if snap.workshop is not None else "") or _("Knowledge café")


def _language(snap: WorkshopSnapshot):
    """The printout's language for the time it is built (see the module docstring)."""
    return output_language(workshop_language(snap.workshop))


def _rtl(snap: WorkshopSnapshot) -> bool:
    return workshop_language(snap.workshop) == "ar"


def _row(cells: list, rtl: bool) -> list:
    """A table row in print order: right to left, the first column on the right."""
    return list(reversed(cells)) if rtl else cells


def _times(stop) -> str:
    """A round's times in the language in effect ("12:00–13:00", "12 h 00 – 13 h 00")."""
    return time_range(stop.start, stop.end) if stop.start is not None and stop.end is not None else ""


def _waits() -> str:
    """What a route's room cell says while the group waits ("waits"; French "en attente")."""
    return pgettext("printout cell", routes.WAITS)


#: The tallest table row (points): a row with more text (a very long name) runs on in the next rows.
ROW_LIMIT = 200.0


def _grid(data, widths, *, header: bool = True, pad: float = 3, font: ParagraphStyle | None = None) -> Table:
    """A table with a shaded header row; ``font`` sets how plain-string cells print.

    A row taller than :data:`ROW_LIMIT` is set as several rows (see
    :func:`cafe.report.layout.bounded_rows`), ruled and shaded as one.
    """
    rows: list = []
    spans: list[tuple[int, int]] = []  # first and last table row of each row of ``data``
    inner = [w - 8 for w in widths]  # less the cell padding, 4 points a side
    for n, row in enumerate(data):
        start = len(rows)
        rows += [row] if header and n == 0 else bounded_rows(row, inner, ROW_LIMIT)
        spans.append((start, len(rows) - 1))
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style: list[tuple] = []
    if font is not None:
        style += [("FONTNAME", (0, 0), (-1, -1), font.fontName), ("FONTSIZE", (0, 0), (-1, -1), font.fontSize),
                  ("LEADING", (0, 0), (-1, -1), font.leading)]
    style += [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if is_rtl():  # plain-string cells start on the right too
        style.append(("ALIGN", (0, 0), (-1, -1), "RIGHT"))
    style += [("LINEBELOW", (0, last), (-1, last), 0.4, RULE) for _first, last in spans]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), ACCENT)]
        style += [("BACKGROUND", (0, spans[n][0]), (-1, spans[n][1]), SHADE) for n in range(2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table


#: A footer's text is cut to this many characters (it has one line).
FOOTER_CHARS = 100


def _footer(text: str, styles) -> Callable:
    def draw(canvas, doc) -> None:
        canvas.saveState()
        width = doc.pagesize[0]
        short = text if len(text) <= FOOTER_CHARS else text[:FOOTER_CHARS - 1] + "…"
        line = _("{title} · page {page}").format(title=short, page=canvas.getPageNumber())
        para = paragraph(line, styles["footer"])
        _w, h = para.wrap(width - 2 * MARGIN, MARGIN)
        para.drawOn(canvas, MARGIN, MARGIN / 2 - h / 2)
        canvas.restoreState()
    return draw


def _build(story: list, pagesize, title: str, *, invariant: bool, templates=None, on_page=None) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=title, author="Knowledge Café", invariant=1 if invariant else 0)
    if templates is None:
        frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate(id="page", frames=[frame], onPage=on_page or (lambda c, d: None))]
    doc.addPageTemplates(templates)
    doc.build(story)
    return buffer.getvalue()


# --- group lists -------------------------------------------------------------------------

def group_lists(snap: WorkshopSnapshot, seats: Seats | None = None, *, invariant: bool = False) -> bytes:
    """One page (or more) per group: its route through the rooms, then its members by name."""
    if not snap.groups:
        raise NothingToPrint(_("There are no groups yet: assign the groups in Setup → Groups first."))
    with _language(snap):
        return _group_lists(snap, invariant)


def _group_lists(snap: WorkshopSnapshot, invariant: bool) -> bytes:
    rtl = _rtl(snap)
    s = _styles()
    width = A4[0] - 2 * MARGIN
    members = members_by_group(snap)
    title = _workshop_title(snap)
    story: list = []
    for n, group in enumerate(snap.groups):
        if n:
            story.append(PageBreak())
        people_in = members[group.uuid]
        count = len(people_in)
        story += [*_p(group.name, s["title"]),
                  *_p(ngettext("{title} · {count} member", "{title} · {count} members", count).format(
                      title=title, count=count), s["kicker"])]
        stops = routes.group_route(snap, group.uuid)
        if stops:
            story += _p(_("Route"), s["h2"])
            rows = [_row([_p(h, s["th"]) for h in (_("Round"), _("Time"), _("Room"), _("Theme"))], rtl)]
            for stop in stops:
                rows.append(_row([_p(str(stop.round_number), s["cell"]), _p(_times(stop), s["cell"]),
                                  _p(stop.room or _waits(), s["cell"]), _p(stop.theme, s["cell"])], rtl))
            story.append(_grid(rows, _row([0.1 * width, 0.18 * width, 0.2 * width, 0.52 * width], rtl)))
        story += _p(_("Members"), s["h2"])
        if people_in:
            widths = [0.07 * width, 0.33 * width, 0.4 * width, 0.2 * width]
            listing: list[list] = [_row([_p(h, s["th"]) for h in ("", _("Name"), _("Organisation"), _("Country"))],
                                        rtl)]
            for i, p in enumerate(people_in, start=1):
                listing.append(_row([_cell(str(i), s["cell"], widths[0], pad=4),
                                     _cell(p.name, s["cell"], widths[1], pad=4),
                                     _cell(p.organisation, s["cell"], widths[2], pad=4),
                                     _cell(country_display(p.country), s["cell"], widths[3], pad=4)], rtl))
            story.append(_grid(listing, _row(widths, rtl), font=s["cell"]))
        else:
            story += _p(_("Nobody is in this group yet."), s["body"])
    return _build(story, A4, _("Group lists — {title}").format(title=title), invariant=invariant,
                  on_page=_footer(_("{title} · group lists").format(title=title), s))


# --- door signs --------------------------------------------------------------------------

def _hosts_line(snap: WorkshopSnapshot, theme_uuid: str, role: str) -> str:
    """ "OHCHR (Amina Yusuf); ILO (Ingrid Solberg, Kwabena Asante)" for one theme and role."""
    by_org: dict[str, list[str]] = {}
    for h in snap.hosts:
        if h.theme_uuid == theme_uuid and getattr(h.role, "value", h.role) == role:
            by_org.setdefault(h.organisation, []).append(h.name)
    return "; ".join(f"{org} ({', '.join(names)})" if org else ", ".join(names) for org, names in by_org.items())


def door_signs(snap: WorkshopSnapshot, seats: Seats | None = None, *, invariant: bool = False) -> bytes:
    """One landscape page per room with a theme: room, theme, hosts, and who comes in each round."""
    rooms = [r for r in snap.rooms if snap.theme_in_room(r.uuid) is not None]
    if not rooms:
        raise NothingToPrint(_("No room has a theme yet: give each theme its room in Setup → Themes first."))
    with _language(snap):
        return _door_signs(snap, rooms, seats, invariant)


def _door_signs(snap: WorkshopSnapshot, rooms: list, seats: Seats | None, invariant: bool) -> bytes:
    rtl = _rtl(snap)
    s = _styles()
    pagesize = landscape(A4)
    width, height = pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN
    story: list = []
    for n, room in enumerate(rooms):
        theme = snap.theme_in_room(room.uuid)
        content: list = [*_p(room.name, s["sign_room"]), *_p(theme.title, s["sign_theme"])]
        hosts = _hosts_line(snap, theme.uuid, "host")
        if hosts:
            count = len([h for h in snap.hosts if h.theme_uuid == theme.uuid
                         and getattr(h.role, "value", h.role) == "host"])
            # English door signs say "Host:" whatever the number (as they always have); the other
            # languages take the plural their grammar asks for
            line = ngettext("Host: {hosts}", "Hosts: {hosts}", count) if language() != "en" else "Host: {hosts}"
            content += _p(line.format(hosts=hosts), s["sign_host"])
        content.append(Spacer(1, 10 * mm))
        rows = []
        for visit in routes.room_visits(snap, room.uuid, seats):
            rows.append(_row([_p(_("Round {number}").format(number=visit.round_number), s["sign_round"]),
                              _p(_times(visit), s["sign_round"]), _p("\u2014", s["sign_round"]),
                              _p(visit.who or _("(empty)"), s["sign_group"])], rtl))
        if rows:
            table = Table(rows, colWidths=_row([0.18 * width, 0.26 * width, 0.06 * width, 0.5 * width], rtl))
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("LINEBELOW", (0, 0), (-1, -2), 0.6, RULE),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            content.append(table)
        if n:
            story.append(PageBreak())
        story.append(KeepInFrame(width, height, content, mode="shrink"))
    title = _workshop_title(snap)
    return _build(story, pagesize, _("Door signs — {title}").format(title=title), invariant=invariant)


# --- route slips -------------------------------------------------------------------------

def _code_block(code: str, venue_url: str | None, s) -> list[Flowable]:
    """The slip's route code, and where to type it."""
    if venue_url:
        hint = _("Scan with your phone, or open {address} and type this code.").format(
            address=venue_url.rstrip("/"))
    else:
        hint = _("See your route on your phone: open the venue page the moderator shows and type this code.")
    return [*_p(_("Your code"), s["slip_code_label"]), *_p(pretty(code), s["slip_code"]),
            *_p(hint, s["slip_hint"])]


def _slip(snap: WorkshopSnapshot, person, group_name: str, seats: Seats | None, s, width: float,
          details: str = "", code: str = "", venue_url: str | None = None) -> list:
    stops = routes.participant_route(snap, person.uuid, seats)
    style = s["slip_cell"]
    # the times on one line where the theme can spare the room ("12 h 00 – 13 h 00" in French)
    times = max((fonts.plain_width(_times(stop), style.fontSize) for stop in stops), default=0.0) + 2 * _CELL_PAD + 1
    time_w = min(max(0.25 * width, times), 0.34 * width)
    widths = [0.07 * width, time_w, 0.25 * width, 0.68 * width - time_w]
    rtl = _rtl(snap)
    rows = []
    for stop in stops:
        rows.append(_row([_cell(str(stop.round_number), style, widths[0]), _cell(_times(stop), style, widths[1]),
                          _cell(stop.room or _waits(), style, widths[2], bold=True),
                          _cell(stop.theme_short or stop.theme, style, widths[3])], rtl))
    content = _p(_("Your route · {title}").format(title=_workshop_title(snap)), s["slip_title"])
    who = _p(person.name, s["slip_name"])
    if details:  # a namesake: their organisation, country and code tell the two slips apart
        who += _p(details, s["slip_details"])
    who += _p(group_name, s["slip_group"])
    if code:
        who += _code_block(code, venue_url, s)
    if code and venue_url:  # the QR code beside the name, group and code (on their left in Arabic)
        qr = QrCode(route_url(venue_url, code))
        block = Table([_row([who, qr], rtl)], colWidths=_row([width - qr.width - QR_GAP, qr.width + QR_GAP], rtl))
        block.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("ALIGN", (0, 0), (-1, -1), "LEFT" if rtl else "RIGHT")]))
        content.append(block)
    else:
        content += who
    if rows:
        table = Table(rows, colWidths=_row(widths, rtl))
        room_column = 1 if rtl else 2  # the room, in bold
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
            ("FONTNAME", (room_column, 0), (room_column, -1), fonts.BODY_BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), style.fontSize), ("LEADING", (0, 0), (-1, -1), style.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE), ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT")]))
        content.append(table)
    return content


def _height(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _cut_lines(columns: int, rows: int, slip_w: float, slip_h: float, top: float):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.setDash(3, 3)
        page_w = doc.pagesize[0]
        for r in range(rows + 1):
            y = top - r * slip_h
            canvas.line(MARGIN / 2, y, page_w - MARGIN / 2, y)
        for c in range(columns + 1):
            x = MARGIN + c * slip_w
            canvas.line(x, top + MARGIN / 3, x, top - rows * slip_h - MARGIN / 3)
        canvas.setDash()
        canvas.setFont(fonts.SYMBOLS.name, 9)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN / 2, top + 2, "\u2702")  # scissors: cut along the dashes
        canvas.restoreState()
    return draw


def route_slips(snap: WorkshopSnapshot, seats: Seats | None = None, *, invariant: bool = False,
                participants: Collection[str] | None = None, codes: Mapping[str, str] | None = None,
                venue_url: str | None = None) -> bytes:
    """A slip per participant, by name, several per A4 page with cut lines between them.

    ``participants`` (uuids) limits the slips to those people, e.g. one late
    arrival's. The order is :func:`cafe.people.members.by_name` (accents and
    case aside: "Élodie" among the E's); a name that two people share is
    followed on each slip by what tells them apart (organisation, country,
    participant code; :func:`cafe.people.members.namesake_details`), whether or
    not the other slip is printed.

    ``codes`` (participant uuid -> route code, :meth:`cafe.venue.tokens.Tokens.route_code`)
    prints each participant's code on their slip with a line on where to type it; with
    ``venue_url`` too (the venue pages' address, "http://10.0.0.5:8080") the slip also
    carries the QR code of ``<venue_url>/route/<code>`` and that address. Without
    ``codes`` the slips carry neither (``venue_url`` alone changes nothing).
    """
    if not snap.participants:
        raise NothingToPrint(_("There are no participants yet: add or import them in Setup → Participants first."))
    people = by_name(snap.participants)
    if participants is not None:
        wanted = set(participants)
        people = [p for p in people if p.uuid in wanted]
        if not people:
            raise NothingToPrint(_("The participants chosen are no longer in the workshop: nothing to print."))
    with _language(snap):
        return _route_slips(snap, people, seats, invariant, codes or {}, venue_url or None)


def _route_slips(snap: WorkshopSnapshot, people: list, seats: Seats | None, invariant: bool,
                 codes: Mapping[str, str], venue_url: str | None) -> bytes:
    details = namesake_details(snap.participants)
    s = _styles()
    page_w, page_h = A4
    slip_w = (page_w - 2 * MARGIN) / SLIP_COLUMNS
    inner_w = slip_w - 2 * SLIP_PADDING
    usable_h = page_h - 2 * MARGIN
    groups = {g.uuid: g.name for g in snap.groups}
    group_of = {m.participant_uuid: groups.get(m.group_uuid, "") for m in snap.members}
    seated = bool(seats and any(seats.values()))
    slips = []
    for person in people:
        group = group_of.get(person.uuid, "")
        label = _("World Café seating: you change tables each round") if seated and not group else \
            (group or _("No group yet"))
        slips.append(_slip(snap, person, label, seats, s, inner_w, details.get(person.uuid, ""),
                           codes.get(person.uuid, ""), venue_url))
    # Slips are sized for the tallest ordinary one; an outsized slip (a name of 2,000 characters)
    # is shrunk to fit its place rather than making every slip that tall.
    heights = [_height(content, inner_w) + 2 * SLIP_PADDING for content in slips]
    tallest = max((h for h in heights if h <= usable_h / 3), default=min(heights))
    rows = max(1, min(MAX_SLIP_ROWS, int(usable_h // tallest)))
    slip_h = usable_h / rows
    top = page_h - MARGIN
    frames = [Frame(MARGIN + c * slip_w, top - (r + 1) * slip_h, slip_w, slip_h, id=f"slip{r}_{c}",
                    leftPadding=SLIP_PADDING, rightPadding=SLIP_PADDING, topPadding=SLIP_PADDING,
                    bottomPadding=SLIP_PADDING)
              for r in range(rows) for c in range(SLIP_COLUMNS)]
    template = PageTemplate(id="slips", frames=frames, onPage=_cut_lines(SLIP_COLUMNS, rows, slip_w, slip_h, top))
    story: list = []
    for content in slips:
        story += [KeepInFrame(inner_w, slip_h - 2 * SLIP_PADDING, content, mode="shrink"), FrameBreak()]
    story.pop()  # no empty frame (or page) after the last slip
    title = _workshop_title(snap)
    return _build(story, A4, _("Route slips — {title}").format(title=title), invariant=invariant,
                  templates=[template])


# --- writing ---------------------------------------------------------------------------

#: name -> (title for people, builder); the names :func:`write` accepts.
PRINTOUTS: dict[str, tuple[str, Callable[..., bytes]]] = {
    "group_lists": ("Group lists", group_lists),
    "door_signs": ("Door signs", door_signs),
    "route_slips": ("Route slips", route_slips),
}


def write(name: str, snap: WorkshopSnapshot, path: str | os.PathLike, seats: Seats | None = None, *,
          invariant: bool = False, participants: Collection[str] | None = None,
          codes: Mapping[str, str] | None = None, venue_url: str | None = None) -> Path:
    """Build the printout called ``name`` (a key of :data:`PRINTOUTS`) and write it to ``path``
    atomically; returns the path. ``participants`` limits route slips to those people, and
    ``codes`` and ``venue_url`` print route codes and QR codes on them (see :func:`route_slips`;
    other printouts refuse all three). Raises :class:`NothingToPrint` or :class:`PrintoutError`;
    then ``path`` is as it was."""
    builder = PRINTOUTS[name][1]
    if name != "route_slips":
        if participants is not None:
            raise ValueError(f"The {PRINTOUTS[name][0].lower()} cannot be limited to some participants.")
        if codes is not None or venue_url is not None:
            raise ValueError(f"The {PRINTOUTS[name][0].lower()} carry no route codes.")
        data = builder(snap, seats, invariant=invariant)
    else:
        data = builder(snap, seats, invariant=invariant, participants=participants, codes=codes,
                       venue_url=venue_url)
    try:
        return atomic_write(path, data)
    except WriteError as exc:
        raise PrintoutError(str(exc)) from None
