"""The report as a PDF that looks like a workshop's published report, built offline.

Contract
--------
* :func:`build_pdf` lays out a :class:`cafe.report.data.ReportData` with the
  bundled fonts only (no network, no system fonts) and writes ``path``
  atomically: a temporary file in the same folder, flushed and fsynced, then
  renamed over ``path``. A build that fails or is cancelled removes its
  temporary file and leaves any earlier ``path`` untouched.
* Every user string goes through :func:`cafe.report.rtl.paragraph`, which
  escapes it: markup in notes prints literally and never reads a file or URL.
* Any text builds (:mod:`cafe.report.layout`): user text is set in pieces of
  at most :data:`cafe.report.layout.PIECE_CHARS` characters (a 1 MB summary takes seconds), and
  no table row is taller than a page (a note of 130 lines, a heading of 1,500
  characters or a name of 2,000 runs on over several rows, across pages).
  Should reportlab still find something it cannot place, the build fails
  with :class:`cafe.report.output.ExportError` naming the section.
* ``progress(fraction, stage)`` is called from the building thread with a
  fraction in [0, 1]; ``cancel`` is anything with ``is_set()`` (a
  ``threading.Event``), checked between flowables: when set, :class:`Cancelled`
  is raised.
* Thread: pure apart from the file it writes; run it on any thread, never the
  UI thread (a large workshop takes seconds).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    LayoutError,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cafe.report import fonts, shaping
from cafe.report.data import AnnexBlock, Column, ReportData, ThemeSection
from cafe.report.layout import PIECE_LINES, bounded_rows, paragraphs, split_to_height
from cafe.report.output import ExportError, atomic_output

Progress = Callable[[float, str], None]

#: Target height of one table row's worth of items in a column (points): rows stay short, so
#: the table breaks between them at page ends and no cell can grow taller than a page.
CHUNK_HEIGHT = 110.0
#: The tallest table row (points), well under a page: a taller note, heading or name runs on in the next row.
ROW_LIMIT = 3 * CHUNK_HEIGHT

ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9db3c8")
MUTED = colors.HexColor("#555555")
SHADE = colors.HexColor("#eef3f8")

PAGE_W, PAGE_H = A4
MARGIN = 2.0 * cm
FRAME_W = PAGE_W - 2 * MARGIN


class Cancelled(Exception):
    """The build was cancelled; nothing was written."""


# --- styles ------------------------------------------------------------------------------

def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.BODY, fontSize=10, leading=14, spaceAfter=6)
    s = {"body": base}

    def add(name, **kw):
        s[name] = ParagraphStyle(name, parent=kw.pop("parent", base), **kw)
    add("title", fontName=fonts.BODY_BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=18)
    add("kicker", fontSize=12, leading=16, textColor=MUTED, spaceAfter=40)
    add("titleinfo", fontSize=14, leading=20, spaceAfter=4)
    add("titlelist", fontSize=11, leading=15, spaceAfter=5)
    add("h1", fontName=fonts.BODY_BOLD, fontSize=18, leading=23, textColor=ACCENT, spaceBefore=4, spaceAfter=10)
    add("h2", fontName=fonts.BODY_BOLD, fontSize=13, leading=17, textColor=ACCENT, spaceBefore=10, spaceAfter=6)
    add("h3", fontName=fonts.BODY_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4)
    add("meta", fontSize=10, leading=14, spaceAfter=2)
    add("bullet", leftIndent=3, spaceAfter=3)
    add("note", fontSize=9, leading=12, textColor=MUTED, spaceAfter=4)
    add("cell", fontSize=9, leading=12, spaceAfter=3)
    add("cellhead", fontName=fonts.BODY_BOLD, fontSize=9, leading=12, spaceBefore=3, spaceAfter=3)
    add("th", fontName=fonts.BODY_BOLD, fontSize=10, leading=13, textColor=colors.white, alignment=TA_CENTER)
    add("source", fontSize=8.5, leading=11, textColor=MUTED, leftIndent=3, spaceAfter=2)
    add("annexitem", fontSize=9, leading=12, leftIndent=2, spaceAfter=2)
    add("annexhead", fontName=fonts.BODY_BOLD, fontSize=9, leading=12, leftIndent=6, spaceBefore=3, spaceAfter=2)
    add("footer", fontSize=8, leading=10, textColor=MUTED)
    return s


# --- the document ------------------------------------------------------------------------

class _Bookmark(Flowable):
    """Zero-size marker: an outline entry and a named destination at this point of the text."""

    def __init__(self, key: str, title: str, level: int):
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, 0)
        # Outline titles are plain PDF strings: no markup, but keep them short and free of controls.
        canv.addOutlineEntry(_outline_title(self.title), self.key, level=self.level, closed=self.level > 0)


def _outline_title(title: str) -> str:
    title = " ".join(fonts.clean_text(title).split())
    return title if len(title) <= 120 else title[:119] + "…"


class _TotalCanvas(Canvas):
    """A canvas that can print "of N": the page count is a form drawn once, at the end."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages_drawn = 0

    def showPage(self):
        self.pages_drawn += 1
        super().showPage()

    def save(self):
        self.beginForm("pageTotal")
        self.setFont(fonts.BODY, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.pages_drawn))
        self.endForm()
        super().save()


class _Doc(BaseDocTemplate):
    def __init__(self, target, *, data: ReportData, styles, total: int, progress: Progress | None,
                 cancel, **kwargs):
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN, title=_outline_title(data.title), subject="Workshop report",
                         creator="Knowledge Café", author="", **kwargs)
        self.data = data
        self.styles = styles
        self.total = max(1, total)
        self.done = 0
        self.progress = progress
        self.cancel = cancel
        self._title_runs: list | None = None
        self.section = "the title page"
        frame = Frame(MARGIN, MARGIN, FRAME_W, PAGE_H - 2 * MARGIN, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("title", [frame], onPage=self._title_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ])

    def handle_flowable(self, flowables):
        try:
            super().handle_flowable(flowables)
        except LayoutError as exc:
            # Not expected (see the module docstring), but if it happens, say where instead of reportlab's dump.
            detail = " ".join(str(exc).split())
            raise ExportError(f"The PDF could not be laid out in “{_outline_title(self.section)}” "
                              f"({detail[:160]}…); nothing was written.") from None

    def afterFlowable(self, flowable):
        if isinstance(flowable, _Bookmark):
            self.section = flowable.title
        self.done += 1
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        if self.progress is not None and self.done % 50 == 0:
            self.progress(0.3 + 0.7 * min(1.0, self.done / self.total), "Laying out pages")

    def _running_title(self, room: float) -> list:
        """The footer's title as (font name, run, width) triples, cut to ``room`` points (worked out once)."""
        if self._title_runs is None:
            # User text: drawn run by run in the fonts that have its glyphs (shaped), never parsed as markup.
            short = fonts.visual_line(_outline_title(self.data.title), "ltr")
            if shaping.text_width(short, 8) > room:
                while short and shaping.text_width(short + "…", 8) > room:
                    short = short[:-1]
                short += "…"
            self._title_runs = shaping.runs(short, 8)
        return self._title_runs

    def _title_page(self, canv, doc):
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_H - 1.2 * cm, PAGE_W, 1.2 * cm, stroke=0, fill=1)
        canv.restoreState()

    def _body_page(self, canv, doc):
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, MARGIN - 0.6 * cm, PAGE_W - MARGIN, MARGIN - 0.6 * cm)
        canv.setFont(fonts.BODY, 8)
        canv.setFillColor(MUTED)
        label = f"Page {doc.page} of "
        x = PAGE_W - MARGIN - fonts.plain_width(label + "000", 8)
        y = MARGIN - 1.0 * cm
        canv.drawString(x, y, label)
        canv.saveState()
        canv.translate(x + fonts.plain_width(label, 8), y)
        canv.doForm("pageTotal")
        canv.restoreState()
        shaping.draw_runs(canv, self._running_title(x - MARGIN - 12), MARGIN, y, 8)
        canv.restoreState()


# --- the story ---------------------------------------------------------------------------

class _Story:
    """Builds the flowables in reading order, reporting progress and honouring cancel."""

    def __init__(self, data: ReportData, styles, include_participants: bool, progress, cancel):
        self.data, self.s = data, styles
        self.include_participants = include_participants
        self.progress, self.cancel = progress, cancel
        self.items_total = max(1, 2 * data.note_count)
        self.items_done = 0
        self.flow: list[Flowable] = []

    def _tick(self, items: int = 0) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        self.items_done += items
        if self.progress is not None:
            self.progress(0.3 * min(1.0, self.items_done / self.items_total), "Preparing the text")

    def p(self, text: str, style: str = "body", *, bullet: str | None = None,
          lines: int = PIECE_LINES) -> list[Flowable]:
        """User ``text`` as paragraphs of at most PIECE_CHARS characters (one for any ordinary text)."""
        return paragraphs(text, self.s[style], bullet=bullet, lines=lines)

    def put(self, text: str, style: str = "body", *, bullet: str | None = None) -> None:
        self.flow.extend(self.p(text, style, bullet=bullet))

    def h3(self, text: str) -> None:
        """A small heading that never ends a page alone (cheaper than keepWithNext's trial layouts)."""
        self.flow.append(CondPageBreak(2.5 * cm))
        self.put(text, "h3")

    def build(self) -> list[Flowable]:
        d, add = self.data, self.flow.append
        self._title()
        add(NextPageTemplate("body"))
        add(PageBreak())
        if d.introduction:
            self._section("introduction", "Introduction")
            for text in d.introduction:
                self.put(text)
        if d.agenda:
            self._section("agenda", "Agenda")
            add(self._agenda())
        for theme in d.themes:
            self._tick()
            add(PageBreak())
            self._theme(theme)
        if d.lessons:
            add(PageBreak())
            self._lessons()
        if d.annex:
            add(PageBreak())
            self._annex()
        if self.include_participants and d.groups:
            add(PageBreak())
            self._participants()
        return self.flow

    def _section(self, key: str, title: str, level: int = 0, style: str = "h1") -> None:
        """A heading that carries its bookmark and never ends a page alone."""
        self.flow.append(CondPageBreak(3 * cm))
        self.flow.append(_Bookmark(key, title, level))
        self.put(title, style)

    def _title(self) -> None:
        d, add = self.data, self.flow.append
        add(Spacer(1, 4 * cm))
        add(_Bookmark("title", d.title, 0))
        self.put("Report", "kicker")
        self.put(d.title, "title")
        for line in (d.venue, d.dates):
            if line:
                self.put(line, "titleinfo")
        if d.themes:
            add(Spacer(1, 2.5 * cm))
            self.put("Themes", "h3")
            for t in d.themes:
                where = " · ".join(x for x in ("; ".join(t.hosts), t.room) if x)
                self.put(f"{t.number}. {t.title}" + (f" — {where}" if where else ""), "titlelist")

    def _agenda(self) -> Flowable:
        widths = [3 * cm, FRAME_W - 7 * cm, 4 * cm]
        rows = [[Paragraph("Time", self.s["th"]), Paragraph("Session", self.s["th"]),
                 Paragraph("Room", self.s["th"])]]
        style: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        day = None
        for item in self.data.agenda:
            if item.day != day:
                day = item.day
                start = len(rows)
                rows += [[cell, "", ""] for (cell,) in bounded_rows([self.p(day or "", "cellhead")],
                                                                   [_inner(FRAME_W)], ROW_LIMIT)]
                for r in range(start, len(rows)):
                    style += [("SPAN", (0, r), (-1, r))]
                style += [("BACKGROUND", (0, start), (-1, len(rows) - 1), SHADE),
                          ("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE)]
            cells = [self.p(item.time, "meta"), self.p(item.title, "meta"), self.p(item.room, "meta")]
            rows += bounded_rows(cells, [_inner(w) for w in widths], ROW_LIMIT)
            style += [("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE)]
        return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style))

    def _theme(self, t: ThemeSection) -> None:
        add = self.flow.append
        self._section(f"theme-{t.number}", f"{t.number}. {t.title}")
        meta = []
        if t.hosts:
            meta.append(("Thematic host" if len(t.hosts) == 1 else "Thematic hosts", "; ".join(t.hosts)))
        if t.room:
            meta.append(("Room", t.room))
        if t.objective_ref:
            meta.append(("Reference", t.objective_ref))
        if t.note_takers:
            meta.append(("Notes", "; ".join(t.note_takers)))
        for label, value in meta:
            self.put(f"{label}: {value}", "meta")
        if t.guiding_questions:
            self.h3("Guiding questions")
            for q in t.guiding_questions:
                self.put(q, "bullet", bullet="•")
        self.h3("Summary")
        if t.summary:
            if t.summary_from_rounds:
                self.put("From the summaries written at the end of each round.", "note")
            for text in t.summary:
                self.put(text)
        else:
            self.put("No summary was written for this theme.", "note")
        self.h3("Opportunities, challenges and practices")
        if any(c.groups for c in t.columns):
            add(self._table(t))
        else:
            self.put("No items were recorded for this theme.", "note")
        if t.other.groups:
            self.h3("Other points")
            for group in t.other.groups:
                if group.heading:
                    self.put(group.heading, "cellhead")
                for item in group.items:
                    self.put(item.text, "bullet", bullet="•")
            self._tick(t.other.item_count)

    def _table(self, t: ThemeSection) -> Flowable:
        width = FRAME_W / 3
        inner = _inner(width)
        chunks = [self._chunks(c, inner) for c in t.columns]
        header = [Paragraph(c.title, self.s["th"]) for c in t.columns]
        rows = [header]
        for i in range(max(len(c) for c in chunks)):
            rows.append([c[i] if i < len(c) else "" for c in chunks])
        style = TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.5, RULE),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ])
        return Table(rows, colWidths=[width] * 3, repeatRows=1, style=style)

    def _chunks(self, column: Column, width: float) -> list[list[Flowable]]:
        """The column's flowables cut into pieces of about CHUNK_HEIGHT points (one per table row).

        Heights are estimated from the text's length; a text that may be taller
        than a chunk (many lines, a long heading) is measured, and split between
        its lines when taller than ROW_LIMIT, so that no row, and so no cell, can
        grow taller than a page.
        """
        chunks: list[list[Flowable]] = []
        current: list[Flowable] = []
        height = 0.0
        per_line = max(1.0, width / (9 * 0.5))  # characters per line, roughly, at 9 pt

        def place(flowables: list[Flowable], estimate: float) -> None:
            nonlocal current, height
            if estimate < CHUNK_HEIGHT:  # the common case: no layout here, the table does it once
                current.extend(flowables)
                height += estimate
                return
            for flowable in flowables:
                for part in split_to_height(flowable, width, ROW_LIMIT):
                    part_height = part.wrap(width, 1e7)[1] + part.getSpaceBefore() + part.getSpaceAfter()
                    if current and height + part_height > ROW_LIMIT:
                        chunks.append(current)
                        current, height = [], 0.0
                    current.append(part)
                    height += part_height

        for group in column.groups:
            if group.heading:
                if height >= CHUNK_HEIGHT * 0.6 and current:
                    chunks.append(current)
                    current, height = [], 0.0
                place(self.p(group.heading, "cellhead"), _estimate(group.heading, per_line, 6))
            for item in group.items:
                # A list of short lines is cut at its line breaks into pieces that fit a row: reportlab
                # would start the rest of a paragraph split at a line break with an empty line.
                place(self.p(item.text, "cell", bullet="•", lines=_CHUNK_LINES), _estimate(item.text, per_line, 15))
                if height >= CHUNK_HEIGHT:
                    chunks.append(current)
                    current, height = [], 0.0
            self._tick(len(group.items))
        if current:
            chunks.append(current)
        return chunks

    def _lessons(self) -> None:
        self._section("lessons", "Cross-cutting lessons")
        for i, lesson in enumerate(self.data.lessons, start=1):
            title = f"{i}. {lesson.title}" if lesson.title else f"{i}."
            self._section(f"lesson-{i}", title, level=1, style="h2")
            for text in lesson.paragraphs:
                self.put(text)
            if lesson.sources:
                self.put("It rests on these items:", "note")
                for src in lesson.sources:
                    self.put(f"{src.text} — {src.where}", "source", bullet="–")
            self._tick()

    def _annex(self) -> None:
        self._section("annex", "Annex: full notes by room and round")
        self.put("Every item recorded in each room and round, with the group that was in the room.", "note")
        for n, block in enumerate(self.data.annex, start=1):
            self._annex_block(n, block)

    def _annex_block(self, n: int, block: AnnexBlock) -> None:
        self._section(f"annex-{n}", block.title, level=1, style="h2")
        facts = []
        if block.theme:
            facts.append(f"Theme: {block.theme}")
        if block.groups:
            label = "Group in the room" if len(block.groups) == 1 else "Groups in the room"
            facts.append(f"{label}: {', '.join(block.groups)}")
        for fact in facts:
            self.put(fact, "meta")
        if block.summary:
            self.h3("Summary of the round")
            for text in block.summary.split("\n\n"):
                if text.strip():
                    self.put(text.strip())
        for column in block.columns:
            if not column.groups:
                continue
            self.h3(column.title)
            for group in column.groups:
                if group.heading:
                    self.flow.append(CondPageBreak(1.5 * cm))
                    self.put(group.heading, "annexhead")
                for item in group.items:
                    self.put(item.full_text, "annexitem", bullet="•")
            self._tick(column.item_count)

    def _participants(self) -> None:
        add = self.flow.append
        self._section("participants", "Annex: groups and participants")
        for n, group in enumerate(self.data.groups, start=1):
            self._section(f"group-{n}", f"{group.name} ({len(group.participants)})", level=1, style="h2")
            if not group.participants:
                self.put("Nobody in this group.", "note")
                continue
            widths = [5.5 * cm, FRAME_W - 9.5 * cm, 4 * cm]
            rows = [[Paragraph(h, self.s["th"]) for h in ("Name", "Organisation", "Country")]]
            style: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for p in group.participants:
                cells = [self.p(p.name, "meta"), self.p(p.organisation, "meta"), self.p(p.country, "meta")]
                rows += bounded_rows(cells, [_inner(w) for w in widths], ROW_LIMIT)
                # one rule under each person, however many rows a very long name took
                style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE))
            add(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style)))
            self._tick()


#: The most lines of a note in one paragraph of the theme's table (a list's pieces then rarely need splitting).
_CHUNK_LINES = 8


def _inner(width: float) -> float:
    """The room inside a table cell of ``width``, computed as reportlab does (6 points of padding a side), so
    a paragraph measured here is not laid out again when the table measures it."""
    return width - 6 - 6


def _estimate(text: str, per_line: float, extra: float) -> float:
    """A cheap guess of a text's height in a 9-point cell (points), without laying it out: ``extra`` plus
    12 points a line."""
    weight = len(text) if text.isascii() else 1.6 * len(text)
    return extra + 12 * (math.ceil(weight / per_line) + text.count("\n"))


# --- entry point -------------------------------------------------------------------------

def build_pdf(data: ReportData, path: str | os.PathLike, *, progress: Progress | None = None, cancel=None,
              include_participants: bool = False, invariant: bool = False) -> Path:
    """Write the report to ``path`` atomically; see the module docstring. Returns the path.

    Raises :class:`Cancelled` when ``cancel`` is set and
    :class:`cafe.report.output.ExportError` when the file cannot be written; in both cases ``path`` is as it was.
    ``invariant`` makes the bytes reproducible (no timestamps; for tests).
    """
    target = Path(path)
    styles = _styles()
    story = _Story(data, styles, include_participants, progress, cancel).build()
    with atomic_output(target) as fh:
        doc = _Doc(fh, data=data, styles=styles, total=len(story), progress=progress, cancel=cancel,
                   invariant=1 if invariant else 0)
        doc.build(story, canvasmaker=_TotalCanvas)
    if progress is not None:
        progress(1.0, "Done")
    return target

