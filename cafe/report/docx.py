"""The report as a Word document (.docx, python-docx), for people who edit before publishing.

Same content, order and formatting as the PDF (:mod:`cafe.report.data`,
the blocks of :mod:`cafe.report.report_blocks`), in Word's own styles
(Title, Heading 1–3, List Bullet, List Number) so the navigation pane and a
table of contents work. A4 with 2 cm margins, like the PDF (US Letter only
when the workshop's ``report_paper`` setting says "letter"). Prose (the
introduction, accounts, summaries, lessons, the lead-in) keeps its bold,
italics, lists and links (:func:`cafe.report.markup.to_docx`); speakers'
names are bold runs. Each theme's Opportunities | Challenges | Practices
table is one row under a header row that Word repeats on every page: each
column reads on continuously, across pages. Right-to-left paragraphs are
marked as such (Word then shapes and orders them itself). In the workshop's
output language (:attr:`ReportData.language`): an Arabic report reads right
to left throughout (:mod:`cafe.report.docx_rtl`: every paragraph that holds
Arabic is a right-to-left paragraph, the others right-aligned, tables with
their first column on the right). User text is
inserted as text, never as markup; control characters print as visible
pictures. Written atomically, from memory (a full disk fails cleanly).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from cafe.i18n import _, output_language
from cafe.report.data import AnnexBlock, Column, ReportData, Section, ThemeSection, category_title
from cafe.report.fonts import clean_text, dominant_direction
from cafe.report.output import atomic_write
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
from cafe.report.vote_blocks import vote_blocks, vote_heading


def write_docx(data: ReportData, path: str | os.PathLike, *, include_participants: bool = False,
               cancel=None) -> Path:
    """Write the Word report to ``path`` atomically; returns the path.

    ``cancel`` (``is_set()``) is checked between sections; when set,
    :class:`cafe.report.pdf.Cancelled` is raised and nothing is written.
    """
    with output_language(data.language):
        doc = _Builder(data, cancel).build(include_participants)
        if data.rtl:
            from cafe.report.docx_rtl import right_to_left

            right_to_left(doc)
    # Zipped in memory first: python-docx's zip writer, given the file itself, is left half closed
    # when the disk fills up and prints a traceback when it is collected (after the message).
    buffer = io.BytesIO()
    doc.save(buffer)
    return atomic_write(path, buffer.getvalue())


class _Builder:
    def __init__(self, data: ReportData, cancel):
        from docx import Document

        self.data, self.cancel = data, cancel
        self.doc = Document()
        self.doc.core_properties.title = _line(data.title)[:250]
        self.doc.core_properties.subject = _("Workshop report")

    def _check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            from cafe.report.pdf import Cancelled

            raise Cancelled()

    def build(self, include_participants: bool):
        d = self.data
        self._page()
        self._footer()
        self._title()
        builders = {"introduction": self._introduction, "sessions": self._sessions, "themes": self._themes,
                    "wrapup": self._wrapup, "annex": self._annex, "participants": self._participants}
        for n, section in enumerate(d.shown(include_participants)):
            self._check()
            if n and section.key in NEW_PAGE:
                self.doc.add_page_break()
            builders[section.key](section)
        return self.doc

    # -- sections ----------------------------------------------------------------------------

    def _introduction(self, section: Section) -> None:
        self.heading(section.title, 1)
        self.blocks(introduction_blocks(self.data))

    def _sessions(self, section: Section) -> None:
        level = 1
        if section.title:
            self.heading(section.title, 1)
            level = 2
        for session in self.data.sessions:
            self._check()
            self.heading(session.title, level)
            if session.when:
                self.para(session.when, italic=True)
            self.blocks(speaker_blocks(session))
            self.prose(session.account)

    def _themes(self, section: Section) -> None:
        self.heading(section.title, 1)
        for theme in self.data.themes:
            self._check()
            self._theme(theme)

    def _wrapup(self, section: Section) -> None:
        from cafe.report import markup as mk

        self.heading(section.title, 1)
        self.prose(self.data.wrapup_lead_in)
        for titled, lessons in lesson_runs(self.data.lessons):
            if not titled:
                self.blocks([mk.Bullets(tuple(lesson_item("\n\n".join(x.paragraphs)) for x in lessons))])
                continue
            for lesson in lessons:
                self.heading(lesson.title, 2)
                self.prose("\n\n".join(lesson.paragraphs))
        for vote in self.data.votes:
            self.heading(vote_heading(vote), 2)
            self.blocks(vote_blocks(vote))

    def _annex(self, section: Section) -> None:
        self.heading(section.title, 1)
        self.para(_("Every item recorded in each room and round, with the group that was in the room."), italic=True)
        for block in self.data.annex:
            self._check()
            self._annex_block(block)

    def _participants(self, section: Section) -> None:
        self.heading(section.title, 1)
        for group in self.data.groups:
            self.heading(f"{group.name} ({len(group.participants)})", 2)
            if group.participants:
                table = self._table([_("Name"), _("Organisation"), _("Country")])
                for p in group.participants:
                    cells = table.add_row().cells
                    for cell, text in zip(cells, (p.name, p.organisation, p.country)):
                        self.para(text, container=cell, first=True)
            else:
                self.para(_("Nobody in this group."), italic=True)

    # -- pieces ------------------------------------------------------------------------------

    def para(self, text: str, *, style: str | None = None, bold: bool = False, italic: bool = False,
             container=None, first: bool = False):
        """One paragraph of user text; ``first`` reuses a table cell's initial empty paragraph."""
        target = container if container is not None else self.doc
        if first and container is not None and container.paragraphs and not container.paragraphs[0].text:
            paragraph = container.paragraphs[0]
            if style:
                paragraph.style = style
        else:
            paragraph = target.add_paragraph(style=style)
        text = clean_text(text)
        run = paragraph.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if dominant_direction(text) == "rtl":
            _mark_rtl(paragraph, run)
        return paragraph

    def blocks(self, blocks) -> None:
        """Markup blocks (:mod:`cafe.report.markup`) as Word paragraphs: bold and italic runs, List
        Bullet and List Number paragraphs, hyperlinks."""
        from cafe.report import markup as mk

        if blocks:
            mk.to_docx(self.doc, tuple(blocks))

    def prose(self, text: str) -> None:
        """A prose field as typed: the Markdown subset, formatted; its text never read as Word markup."""
        from cafe.report import markup as mk

        if text.strip():
            self.blocks(mk.parse(text))

    def heading(self, text: str, level: int):
        h = self.doc.add_heading(level=level)
        text = _line(text)
        run = h.add_run(text)
        if dominant_direction(text) == "rtl":
            _mark_rtl(h, run)
        return h

    def _page(self) -> None:
        """A4 with 2 cm margins, as the PDF (Letter when the workshop asks for it: ``ReportData.paper``)."""
        from docx.shared import Cm, Inches

        section = self.doc.sections[0]
        if self.data.paper == "letter":
            section.page_width, section.page_height = Inches(8.5), Inches(11)
        else:
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(2.0)

    def _title(self) -> None:
        from docx.shared import Pt

        d = self.doc
        kicker = d.add_paragraph()
        kicker.add_run(_line(self.data.report_title)).font.size = Pt(12)
        title = d.add_paragraph(style="Title")
        title.add_run(_line(self.data.title))
        for line in (self.data.venue, self.data.dates):
            if line:
                self.para(line).runs[0].font.size = Pt(14)
        d.add_page_break()

    def _footer(self) -> None:
        """"Page N" in every footer (in the report's language), as a field Word updates itself."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        footer = self.doc.sections[0].footer
        p = footer.paragraphs[0]
        before, _field, after = _("Page {page}").partition("{page}")
        if before:
            p.add_run(before)
        run = p.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            run._r.append(el)
        if after:
            p.add_run(after)

    def _table(self, headers: list[str]):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        table = self.doc.add_table(rows=1, cols=len(headers))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, headers):
            cell.paragraphs[0].add_run(text).bold = True
        # Repeat the header row at the top of every page the table runs onto.
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        header = OxmlElement("w:tblHeader")
        header.set(qn("w:val"), "true")
        tr_pr.append(header)
        return table

    def _theme(self, t: ThemeSection) -> None:
        self.heading(t.heading, 2)
        if t.hosts:
            self.para(hosts_line(t))
        if t.objective_ref:
            self.para(_("Reference: {reference}").format(reference=t.objective_ref))
        if t.guiding_questions:
            self.heading(_("Guiding questions"), 3)
            for q in t.guiding_questions:
                self.para(q, style="List Bullet")
        if t.summary_parts:
            self.heading(_("Summary"), 3)
            self.blocks(summary_blocks(t))
        self.heading(_("Opportunities, challenges and practices"), 3)
        if any(c.groups for c in t.columns):
            # One row under the titles, a cell per column: each column reads on down the page and over the
            # next ones (Word breaks the row across pages and repeats the titles), as in the PDF.
            table = self._table([c.title for c in t.columns])
            cells = table.add_row().cells
            for cell, column in zip(cells, t.columns):
                self._column(column, cell, full=False)
        else:
            self.para(_("No items were recorded for this theme."), italic=True)
        if t.other.groups:
            self.heading(category_title("other"), 3)
            self._column(t.other, None, full=False)

    def _column(self, column: Column, cell, *, full: bool) -> None:
        first = cell is not None
        for group in column.groups:
            if group.heading:
                self.para(group.heading, bold=True, container=cell, first=first)
                first = False
            for item in group.items:
                self.para(item.full_text if full else item.text, style="List Bullet", container=cell, first=first)
                first = False

    def _annex_block(self, block: AnnexBlock) -> None:
        self.heading(block.title, 2)
        if block.theme:
            self.para(_("Theme: {theme}").format(theme=block.theme))
        if block.groups:
            self.para(groups_line(block.groups))
        if block.summary:
            self.heading(_("Summary of the round"), 3)
            self.prose(block.summary)
        for column in block.columns:
            if column.groups:
                self.heading(column.title, 3)
                self._column(column, None, full=True)


def _line(text: str) -> str:
    return " ".join(clean_text(text).split())


def _mark_rtl(paragraph, run) -> None:
    """Mark a paragraph right-to-left (Word's bidi paragraph, which starts on the right) and its run."""
    from docx.oxml import OxmlElement

    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    run.font.rtl = True


#: The elements that follow ``w:bidi`` inside ``w:pPr`` (ECMA-376 order; Word rejects other orders).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
