"""The report as a PDF that looks like a workshop's published report, built offline.

Contract
--------
* :func:`build_pdf` lays out a :class:`cafe.report.data.ReportData` with the
  bundled fonts only (no network, no system fonts) and writes ``path``
  atomically: a temporary file in the same folder, flushed and fsynced, then
  renamed over ``path``. A build that fails or is cancelled removes its
  temporary file and leaves any earlier ``path`` untouched.
* The text, in reading order, is :class:`cafe.report.pdf_story.Story`'s: the
  sections the workshop shows, in its order and under its titles, each with a
  bookmark; the look is :mod:`cafe.report.pdf_style`'s. A4 always.
* Every user string is escaped: notes, names and titles go through
  :func:`cafe.report.rtl.paragraph`, prose through the Markdown subset of
  :mod:`cafe.report.markup` (its bold, lists and links are built by the
  renderer, never taken from the text): markup in user text prints
  literally and never reads a file or URL.
* Any text builds (:mod:`cafe.report.layout`): user text is set in pieces of
  at most :data:`cafe.report.layout.PIECE_CHARS` characters (a 1 MB summary
  takes seconds); a theme's table flows each column on over as many pages as
  it needs (:mod:`cafe.report.columns`), an item longer than a page included;
  no row of the participants' table is taller than a page (a name of 2,000
  characters runs on over several rows). Should reportlab still find
  something it cannot place, the build fails with
  :class:`cafe.report.output.ExportError` naming the section.
* A 50,000-note report is about 100,000 paragraphs: plain text is set
  without reportlab's markup parser, from remembered word widths
  (:mod:`cafe.report.plain_paragraph`, the same lines and bytes as reportlab's
  own ``Paragraph``), and reportlab is handed the flowables a window at a
  time (:data:`WINDOW`), as it takes each one off the front of its list.
* ``progress(fraction, stage)`` is called from the building thread with a
  fraction in [0, 1]; ``cancel`` is anything with ``is_set()`` (a
  ``threading.Event``), checked between flowables: when set, :class:`Cancelled`
  is raised.
* Thread: pure apart from the file it writes; run it on any thread, never the
  UI thread (a large workshop takes seconds).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, LayoutError, PageTemplate

from cafe.i18n import _, output_language
from cafe.report import fonts, shaping
from cafe.report.data import ReportData
from cafe.report.output import ExportError, atomic_output
from cafe.report.pdf_story import Story
from cafe.report.rtl import direction
from cafe.report.pdf_style import ACCENT, FRAME_W, MARGIN, MUTED, PAGE_H, PAGE_W, RULE, Bookmark, Cancelled
from cafe.report.pdf_style import outline_title as _outline_title
from cafe.report.pdf_style import styles as _styles

__all__ = ["FRAME_W", "MARGIN", "Cancelled", "build_pdf"]

Progress = Callable[[float, str], None]

#: How many flowables reportlab is handed at a time. It takes each one off the front of its list, which
#: costs the length of the list every time: a 50,000-note report is about 90,000 flowables.
WINDOW = 1024


# --- the document ------------------------------------------------------------------------

class _TotalCanvas(Canvas):
    """A canvas that can print "of N": the page count is a form drawn once, at the end."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pages_drawn = 0

    def showPage(self):
        self.pages_drawn += 1
        super().showPage()

    #: right to left, the total ends where the form is placed (it is drawn to the left of "of")
    rtl = False

    def save(self):
        # right to left the total is drawn to the left of the form's origin, so the form reaches there too
        self.beginForm("pageTotal", lowerx=-60 if self.rtl else 0)
        self.setFont(fonts.BODY, 8)
        self.setFillColor(MUTED)
        if self.rtl:
            self.drawRightString(0, 0, str(self.pages_drawn))
        else:
            self.drawString(0, 0, str(self.pages_drawn))
        self.endForm()
        super().save()


class _Doc(BaseDocTemplate):
    def __init__(self, target, *, data: ReportData, styles, total: int, progress: Progress | None,
                 cancel, **kwargs):
        super().__init__(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN, title=_outline_title(data.title), subject=_("Workshop report"),
                         creator="Knowledge Café", author="", **kwargs)
        self.data = data
        self.styles = styles
        self.total = max(1, total)
        self.done = 0
        self.progress = progress
        self.cancel = cancel
        self._title_runs: list | None = None
        self._queue: list = []  # the flowables not yet handed to reportlab (see WINDOW)
        self._window: list = []  # the list reportlab builds from
        self.section = "the title page"
        frame = Frame(MARGIN, MARGIN, FRAME_W, PAGE_H - 2 * MARGIN, id="body", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("title", [frame], onPage=self._title_page),
            PageTemplate("body", [frame], onPage=self._body_page),
        ])

    def build(self, flowables, *args, **kwargs):
        """reportlab's build, handed the flowables a window at a time (:data:`WINDOW`); ``flowables`` is
        emptied as they go."""
        self._queue = flowables
        self._window = []
        self._top_up(self._window)
        super().build(self._window, *args, **kwargs)

    def _top_up(self, window: list) -> None:
        """Refill reportlab's list from the queue when it runs low. It never ends inside a run of flowables
        kept with the next one, so reportlab groups each run as it would from the whole list."""
        queue = self._queue
        if window is not self._window or not queue or len(window) >= WINDOW // 2:
            return  # (reportlab also hands its own lists to handle_flowable)
        n = min(WINDOW, len(queue))
        while n < len(queue) and _keeps_with_next(queue[n - 1]):
            n += 1
        window.extend(queue[:n])
        del queue[:n]

    def handle_flowable(self, flowables):
        self._top_up(flowables)
        try:
            super().handle_flowable(flowables)
        except LayoutError as exc:
            # Not expected (see the module docstring), but if it happens, say where instead of reportlab's dump.
            detail = " ".join(str(exc).split())
            raise ExportError(f"The PDF could not be laid out in “{_outline_title(self.section)}” "
                              f"({detail[:160]}…); nothing was written.") from None
        self._top_up(flowables)  # before reportlab sees an empty list and stops

    def afterFlowable(self, flowable):
        if isinstance(flowable, Bookmark):
            self.section = flowable.title
        self.done += 1
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()
        if self.progress is not None and (self.done % 50 == 0 or isinstance(flowable, Bookmark)):
            self.progress(0.3 + 0.7 * min(1.0, self.done / self.total), "Laying out pages")

    def _running_title(self, room: float) -> list:
        """The footer's title as (font name, run, width) triples, cut to ``room`` points (worked out once)."""
        if self._title_runs is None:
            # User text: drawn run by run in the fonts that have its glyphs (shaped), never parsed as markup.
            short = fonts.visual_line(_outline_title(self.data.title), direction(self.data.title))
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
        y = MARGIN - 1.0 * cm
        # "Page 2 of 12": the total is a form drawn at the end, so the sentence is cut around it
        before, _total, after = _("Page {page} of {total}").partition("{total}")
        before = before.format(page=doc.page)
        if self.data.rtl:
            self._rtl_footer(canv, before, after, y)
        else:
            label = before
            x = PAGE_W - MARGIN - fonts.plain_width(label + "000" + after, 8)
            canv.drawString(x, y, label)
            canv.saveState()
            canv.translate(x + fonts.plain_width(label, 8), y)
            canv.doForm("pageTotal")
            canv.restoreState()
            if after:
                canv.drawString(x + fonts.plain_width(label + "000", 8), y, after)
            shaping.draw_runs(canv, self._running_title(x - MARGIN - 12), MARGIN, y, 8)
        canv.restoreState()

    def _rtl_footer(self, canv, before: str, after: str, y: float) -> None:
        """Right to left: "الصفحة 2 من 12" at the left margin (read from the right, the total last, on
        the left), the workshop's title against the right margin."""
        label = shaping.runs(fonts.visual_line(before.strip(), "rtl"), 8)
        space = fonts.plain_width(" ", 8)
        digits = fonts.plain_width("000", 8)
        x = MARGIN
        if after.strip():
            tail = shaping.runs(fonts.visual_line(after.strip(), "rtl"), 8)
            shaping.draw_runs(canv, tail, x, y, 8)
            x += sum(w for _n, _r, w in tail) + space
        canv.saveState()
        canv.translate(x + digits, y)
        canv.doForm("pageTotal")
        canv.restoreState()
        x += digits + space
        shaping.draw_runs(canv, label, x, y, 8)
        x += sum(w for _n, _r, w in label)
        room = PAGE_W - MARGIN - x - 12
        title = self._running_title(room)
        shaping.draw_runs(canv, title, PAGE_W - MARGIN - sum(w for _n, _r, w in title), y, 8)


def _keeps_with_next(flowable) -> bool:
    keep = getattr(flowable, "getKeepWithNext", None)
    return bool(keep and keep())


# --- entry point -------------------------------------------------------------------------

def build_pdf(data: ReportData, path: str | os.PathLike, *, progress: Progress | None = None, cancel=None,
              include_participants: bool = False, invariant: bool = False) -> Path:
    """Write the report to ``path`` atomically; see the module docstring. Returns the path.

    Raises :class:`Cancelled` when ``cancel`` is set and
    :class:`cafe.report.output.ExportError` when the file cannot be written; in both cases ``path`` is as it was.
    ``invariant`` makes the bytes reproducible (no timestamps; for tests).
    """
    target = Path(path)
    with output_language(data.language):  # headings, labels and the footer in the report's language
        styles = _styles()
        story = Story(data, styles, include_participants, progress, cancel).build()
        canvas = type("_ReportCanvas", (_TotalCanvas,), {"rtl": data.rtl})
        with atomic_output(target) as fh:
            doc = _Doc(fh, data=data, styles=styles, total=len(story), progress=progress, cancel=cancel,
                       invariant=1 if invariant else 0)
            doc.build(story, canvasmaker=canvas)
    if progress is not None:
        progress(1.0, "Done")
    return target

