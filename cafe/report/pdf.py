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
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cafe.report import fonts
from cafe.report.data import AnnexBlock, Column, ReportData, ThemeSection
from cafe.report.output import atomic_output
from cafe.report.rtl import paragraph

Progress = Callable[[float, str], None]

#: Annex notes longer than this are set as several paragraphs (reportlab handles huge ones slowly).
PIECE_CHARS = 4_000
#: Target height of one table row's worth of items in a column (points): rows stay short, so
#: the table breaks between them at page ends and no cell can grow taller than a page.
CHUNK_HEIGHT = 110.0

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
    add("annexmore", fontSize=9, leading=12, leftIndent=2 + fonts.plain_width("• ", 9), spaceAfter=2)
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
        frame = Frame(MARGIN, MARGIN, FRAME_W, PAGE_H - 2 * MARGIN, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("title", [frame], onPage=self._title_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ])

    def afterFlowable(self, flowable):
        self.done += 1
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        if self.progress is not None and self.done % 50 == 0:
            self.progress(0.3 + 0.7 * min(1.0, self.done / self.total), "Laying out pages")

    def _running_title(self, room: float) -> list:
        """The footer's title as (face, run) pairs, cut to ``room`` points (worked out once)."""
        if self._title_runs is None:
            # User text: drawn run by run in the fonts that have its glyphs, never parsed as markup.
            short = fonts.visual_line(_outline_title(self.data.title), "ltr")
            if fonts.plain_width(short, 8) > room:
                while short and fonts.plain_width(short + "…", 8) > room:
                    short = short[:-1]
                short += "…"
            self._title_runs = list(fonts.font_runs(short))
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
        at = MARGIN
        for face, run in self._running_title(x - MARGIN - 12):
            canv.setFont(face.name, 8)
            canv.drawString(at, y, run)
            at += fonts.plain_width(run, 8)
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

    def p(self, text: str, style: str = "body", **kw) -> Flowable:
        return paragraph(text, self.s[style], **kw)

    def h3(self, text: str) -> None:
        """A small heading that never ends a page alone (cheaper than keepWithNext's trial layouts)."""
        self.flow.append(CondPageBreak(2.5 * cm))
        self.flow.append(self.p(text, "h3"))

    def build(self) -> list[Flowable]:
        d, add = self.data, self.flow.append
        self._title()
        add(NextPageTemplate("body"))
        add(PageBreak())
        if d.introduction:
            self._section("introduction", "Introduction")
            for text in d.introduction:
                add(self.p(text))
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
        self.flow.append(self.p(title, style))

    def _title(self) -> None:
        d, add = self.data, self.flow.append
        add(Spacer(1, 4 * cm))
        add(_Bookmark("title", d.title, 0))
        add(self.p("Report", "kicker"))
        add(self.p(d.title, "title"))
        for line in (d.venue, d.dates):
            if line:
                add(self.p(line, "titleinfo"))
        if d.themes:
            add(Spacer(1, 2.5 * cm))
            add(self.p("Themes", "h3"))
            for t in d.themes:
                where = " · ".join(x for x in ("; ".join(t.hosts), t.room) if x)
                add(self.p(f"{t.number}. {t.title}" + (f" — {where}" if where else ""), "titlelist"))

    def _agenda(self) -> Flowable:
        rows = [[Paragraph("Time", self.s["th"]), Paragraph("Session", self.s["th"]),
                 Paragraph("Room", self.s["th"])]]
        spans, day = [], None
        for item in self.data.agenda:
            if item.day != day:
                day = item.day
                spans.append(len(rows))
                rows.append([self.p(day or "", "cellhead"), "", ""])
            rows.append([self.p(item.time, "meta"), self.p(item.title, "meta"), self.p(item.room, "meta")])
        style = [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE)]
        for r in spans:
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SHADE)]
        return Table(rows, colWidths=[3 * cm, FRAME_W - 7 * cm, 4 * cm], repeatRows=1, style=TableStyle(style))

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
            add(self.p(f"{label}: {value}", "meta"))
        if t.guiding_questions:
            self.h3("Guiding questions")
            for q in t.guiding_questions:
                add(self.p(q, "bullet", bullet="•"))
        self.h3("Summary")
        if t.summary:
            if t.summary_from_rounds:
                add(self.p("From the summaries written at the end of each round.", "note"))
            for text in t.summary:
                add(self.p(text))
        else:
            add(self.p("No summary was written for this theme.", "note"))
        self.h3("Opportunities, challenges and practices")
        if any(c.groups for c in t.columns):
            add(self._table(t))
        else:
            add(self.p("No items were recorded for this theme.", "note"))
        if t.other.groups:
            self.h3("Other points")
            for group in t.other.groups:
                if group.heading:
                    add(self.p(group.heading, "cellhead"))
                for item in group.items:
                    add(self.p(item.text, "bullet", bullet="•"))
            self._tick(t.other.item_count)

    def _table(self, t: ThemeSection) -> Flowable:
        width = FRAME_W / 3
        inner = width - 12  # cell padding
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
        """The column's flowables cut into pieces of about CHUNK_HEIGHT points (one per table row)."""
        chunks: list[list[Flowable]] = []
        current: list[Flowable] = []
        height = 0.0
        per_line = max(1.0, width / (9 * 0.5))  # characters per line, roughly, at 9 pt
        for group in column.groups:
            if group.heading:
                if height >= CHUNK_HEIGHT * 0.6 and current:
                    chunks.append(current)
                    current, height = [], 0.0
                current.append(self.p(group.heading, "cellhead"))
                height += 18
            for item in group.items:
                current.append(self.p(item.text, "cell", bullet="•"))
                weight = len(item.text) if item.text.isascii() else 1.6 * len(item.text)
                height += 15 + 12 * math.ceil(weight / per_line)
                if height >= CHUNK_HEIGHT:
                    chunks.append(current)
                    current, height = [], 0.0
            self._tick(len(group.items))
        if current:
            chunks.append(current)
        return chunks

    def _lessons(self) -> None:
        add = self.flow.append
        self._section("lessons", "Cross-cutting lessons")
        for i, lesson in enumerate(self.data.lessons, start=1):
            title = f"{i}. {lesson.title}" if lesson.title else f"{i}."
            self._section(f"lesson-{i}", title, level=1, style="h2")
            for text in lesson.paragraphs:
                add(self.p(text))
            if lesson.sources:
                add(self.p("It rests on these items:", "note"))
                for src in lesson.sources:
                    add(self.p(f"{src.text} — {src.where}", "source", bullet="–"))
            self._tick()

    def _annex(self) -> None:
        add = self.flow.append
        self._section("annex", "Annex: full notes by room and round")
        add(self.p("Every item recorded in each room and round, with the group that was in the room.", "note"))
        for n, block in enumerate(self.data.annex, start=1):
            self._annex_block(n, block)

    def _annex_block(self, n: int, block: AnnexBlock) -> None:
        add = self.flow.append
        self._section(f"annex-{n}", block.title, level=1, style="h2")
        facts = []
        if block.theme:
            facts.append(f"Theme: {block.theme}")
        if block.groups:
            label = "Group in the room" if len(block.groups) == 1 else "Groups in the room"
            facts.append(f"{label}: {', '.join(block.groups)}")
        for fact in facts:
            add(self.p(fact, "meta"))
        if block.summary:
            self.h3("Summary of the round")
            for text in block.summary.split("\n\n"):
                if text.strip():
                    add(self.p(text.strip()))
        for column in block.columns:
            if not column.groups:
                continue
            self.h3(column.title)
            for group in column.groups:
                if group.heading:
                    add(CondPageBreak(1.5 * cm))
                    add(self.p(group.heading, "annexhead"))
                for item in group.items:
                    for k, piece in enumerate(_pieces(item.full_text)):
                        if k == 0:
                            add(self.p(piece, "annexitem", bullet="•"))
                        else:
                            add(self.p(piece, "annexmore"))
            self._tick(column.item_count)

    def _participants(self) -> None:
        add = self.flow.append
        self._section("participants", "Annex: groups and participants")
        for n, group in enumerate(self.data.groups, start=1):
            self._section(f"group-{n}", f"{group.name} ({len(group.participants)})", level=1, style="h2")
            if not group.participants:
                add(self.p("Nobody in this group.", "note"))
                continue
            rows = [[Paragraph(h, self.s["th"]) for h in ("Name", "Organisation", "Country")]]
            rows += [[self.p(p.name, "meta"), self.p(p.organisation, "meta"), self.p(p.country, "meta")]
                     for p in group.participants]
            add(Table(rows, colWidths=[5.5 * cm, FRAME_W - 9.5 * cm, 4 * cm], repeatRows=1, style=TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE)])))
            self._tick()


def _pieces(text: str) -> list[str]:
    """Long text cut at whitespace (or anywhere, for one enormous word) into pieces of PIECE_CHARS at most."""
    if len(text) <= PIECE_CHARS:
        return [text]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + PIECE_CHARS)
        if end < len(text):
            space = text.rfind(" ", start + PIECE_CHARS // 2, end)
            if space > start:
                end = space + 1
        out.append(text[start:end].strip() or text[start:end])
        start = end
    return out


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

