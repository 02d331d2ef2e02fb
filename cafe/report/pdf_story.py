"""The PDF report's text in reading order: the flowables :mod:`cafe.report.pdf` lays out on pages.

The report follows the workshop (:meth:`cafe.report.data.ReportData.shown`):
the title page, then each section the organiser shows, in their order and
under their titles. Prose (the introduction, the sessions' accounts, the
summaries, the lessons, the wrap-up's lead-in) goes through the Markdown
subset of :mod:`cafe.report.markup`; notes, names and titles print
literally (:func:`cafe.report.layout.paragraphs`). A speaker reads
"**Ms. Sarah Lou Arriola**, Undersecretary …": the name in bold in the same
per-script fonts as all text. A theme's Opportunities | Challenges |
Practices table is a :class:`cafe.report.columns.FlowingColumns`: each
column flows on from page to page.

Pure: flowables out, no file written; ``cancel`` and ``progress`` as in :mod:`cafe.report.pdf`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from cafe.i18n import _
from cafe.report import markup as mk
from cafe.report.columns import FlowingColumns
from cafe.report.data import AnnexBlock, Column, ReportData, Section, ThemeSection, category_title
from cafe.report.layout import PIECE_LINES, bounded_rows, paragraphs
from cafe.report.pdf_style import ACCENT, FRAME_H, FRAME_W, RULE, Bookmark, Cancelled
from cafe.report.report_blocks import (
    NEW_PAGE,
    groups_line,
    hosts_line,
    introduction_blocks,
    lesson_item,
    lesson_runs,
    speaker_blocks,
    summary_blocks,
)
from cafe.report.rtl import paragraph
from cafe.report.vote_blocks import vote_blocks, vote_heading

#: The tallest row of the participants' table (points), well under a page: a longer name runs on in the next row.
ROW_LIMIT = 330.0

class Story:
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

    # -- pieces -----------------------------------------------------------------------------

    def p(self, text: str, style: str = "body", *, bullet: str | None = None,
          lines: int = PIECE_LINES) -> list[Flowable]:
        """User ``text`` printed literally, as paragraphs of at most PIECE_CHARS characters."""
        return paragraphs(text, self.s[style], bullet=bullet, lines=lines)

    def put(self, text: str, style: str = "body", *, bullet: str | None = None) -> None:
        self.flow.extend(self.p(text, style, bullet=bullet))

    def blocks(self, blocks: Sequence[Any]) -> None:
        """Markup blocks (:mod:`cafe.report.markup`) as flowables in the report's styles (a long paragraph
        in pieces, as all user text)."""
        self.flow.extend(mk.to_flowables(tuple(blocks), self.s))

    def prose(self, text: str) -> None:
        """A prose field as typed: the Markdown subset, formatted; its text escaped."""
        if text.strip():
            self.blocks(mk.parse(text))

    def h3(self, text: str) -> None:
        """A small heading that never ends a page alone (cheaper than keepWithNext's trial layouts)."""
        self.flow.append(CondPageBreak(2.5 * cm))
        self.put(text, "h3")

    def heading(self, key: str, title: str, level: int = 0) -> None:
        """A heading that carries its bookmark and never ends a page alone."""
        style = ("h1", "h2", "h3")[min(level, 2)]
        self.flow.append(CondPageBreak((3.0, 2.5, 2.0)[min(level, 2)] * cm))
        self.flow.append(Bookmark(key, title, level))
        self.put(title, style)

    # -- the whole --------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        add = self.flow.append
        self._title()
        add(NextPageTemplate("body"))
        add(PageBreak())
        builders = {"introduction": self._introduction, "sessions": self._sessions, "themes": self._themes,
                    "wrapup": self._wrapup, "annex": self._annex, "participants": self._participants}
        for n, section in enumerate(self.data.shown(self.include_participants)):
            self._tick()
            if n and section.key in NEW_PAGE:
                add(PageBreak())
            elif n:  # a section starts on a new page unless a third of one is left
                add(CondPageBreak(FRAME_H / 3))
            builders[section.key](section)
        return self.flow

    def _title(self) -> None:
        d, add = self.data, self.flow.append
        add(Spacer(1, 4 * cm))
        add(Bookmark("title", d.title, 0))
        self.put(d.report_title, "kicker")
        self.put(d.title, "title")
        for line in (d.venue, d.dates):
            if line:
                self.put(line, "titleinfo")

    # -- sections ---------------------------------------------------------------------------

    def _introduction(self, section: Section) -> None:
        self.heading("introduction", section.title)
        self.blocks(introduction_blocks(self.data))

    def _sessions(self, section: Section) -> None:
        level = 0
        if section.title:  # the sessions under one title of their own
            self.heading("sessions", section.title)
            level = 1
        for session in self.data.sessions:
            self._tick()
            self.heading(f"session-{session.number}", session.title, level)
            if session.when:
                self.put(session.when, "when")
            self.blocks(speaker_blocks(session))
            self.prose(session.account)

    def _themes(self, section: Section) -> None:
        self.heading("themes", section.title)
        for i, theme in enumerate(self.data.themes):
            self._tick()
            if i:  # a theme starts on a new page unless a third of one is left
                self.flow.append(CondPageBreak(FRAME_H / 3))
            self._theme(theme)

    def _theme(self, t: ThemeSection) -> None:
        self.heading(f"theme-{t.number}", t.heading, 1)
        if t.hosts:
            self.put(hosts_line(t), "meta")
        if t.objective_ref:
            self.put(_("Reference: {reference}").format(reference=t.objective_ref), "meta")
        if t.guiding_questions:
            self.h3(_("Guiding questions"))
            for q in t.guiding_questions:
                self.put(q, "bullet", bullet="•")
        if t.summary_parts:
            self.h3(_("Summary"))
            self.blocks(summary_blocks(t))
        # the heading, the titles and a few lines of each column stay together
        self.flow.append(CondPageBreak(4.5 * cm))
        self.put(_("Opportunities, challenges and practices"), "h3")
        if any(c.groups for c in t.columns):
            self.flow.append(self._table(t))
        else:
            self.put(_("No items were recorded for this theme."), "note")
        if t.other.groups:
            self.h3(category_title("other"))
            for group in t.other.groups:
                if group.heading:
                    self.put(group.heading, "cellhead")
                for item in group.items:
                    self.put(item.text, "bullet", bullet="•")
            self._tick(t.other.item_count)

    def _table(self, t: ThemeSection) -> Flowable:
        # right to left, the columns read from the right: Opportunities on the right
        columns = tuple(reversed(t.columns)) if self.data.rtl else t.columns
        header = [paragraph(c.title, self.s["th"]) for c in columns]
        return FlowingColumns([self._column(c) for c in columns], header, header_fill=ACCENT, rule=RULE)

    def _column(self, column: Column) -> list[Flowable]:
        """A column's flowables: each heading (kept with its first item) and its items, bulleted."""
        out: list[Flowable] = []
        for group in column.groups:
            if group.heading:
                out.extend(self.p(group.heading, "cellhead"))
            for item in group.items:
                out.extend(self.p(item.text, "cell", bullet="•"))
            self._tick(len(group.items))
        return out

    def _wrapup(self, section: Section) -> None:
        self.heading("wrapup", section.title)
        self.prose(self.data.wrapup_lead_in)
        n = 0
        for titled, lessons in lesson_runs(self.data.lessons):
            if not titled:
                self.blocks([mk.Bullets(tuple(lesson_item("\n\n".join(x.paragraphs)) for x in lessons))])
                continue
            for lesson in lessons:
                n += 1
                self.heading(f"lesson-{n}", lesson.title, 1)
                self.prose("\n\n".join(lesson.paragraphs))
            self._tick()
        for m, vote in enumerate(self.data.votes, start=1):
            self.heading(f"vote-{m}", vote_heading(vote), 1)
            self.blocks(vote_blocks(vote))

    def _annex(self, section: Section) -> None:
        self.heading("annex", section.title)
        self.put(_("Every item recorded in each room and round, with the group that was in the room."), "note")
        for n, block in enumerate(self.data.annex, start=1):
            self._annex_block(n, block)

    def _annex_block(self, n: int, block: AnnexBlock) -> None:
        self.heading(f"annex-{n}", block.title, 1)
        if block.theme:
            self.put(_("Theme: {theme}").format(theme=block.theme), "meta")
        if block.groups:
            self.put(groups_line(block.groups), "meta")
        if block.summary:
            self.h3(_("Summary of the round"))
            self.prose(block.summary)
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

    def _participants(self, section: Section) -> None:
        self.heading("participants", section.title)
        for n, group in enumerate(self.data.groups, start=1):
            self.heading(f"group-{n}", f"{group.name} ({len(group.participants)})", 1)
            if not group.participants:
                self.put(_("Nobody in this group."), "note")
                continue
            widths = [5.5 * cm, FRAME_W - 9.5 * cm, 4 * cm]
            order = mirrored(self.data.rtl)
            widths = order(widths)
            rows = [[paragraph(h, self.s["th"]) for h in order([_("Name"), _("Organisation"), _("Country")])]]
            style: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            for p in group.participants:
                cells = order([self.p(p.name, "meta"), self.p(p.organisation, "meta"), self.p(p.country, "meta")])
                rows += bounded_rows(cells, [_inner(w) for w in widths], ROW_LIMIT)
                # one rule under each person, however many rows a very long name took
                style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE))
            self.flow.append(Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style)))
            self._tick()


def mirrored(rtl: bool):
    """A table row's cells in the order they print: reversed right to left (the first column on the right)."""
    return (lambda cells: list(reversed(cells))) if rtl else list


def _inner(width: float) -> float:
    """The room inside a table cell of ``width``, computed as reportlab does (6 points of padding a side), so
    a paragraph measured here is not laid out again when the table measures it."""
    return width - 6 - 6
