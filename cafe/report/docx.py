"""The report as a Word document (.docx, python-docx), for people who edit before publishing.

Same content and order as the PDF (:mod:`cafe.report.data`), in Word's own
styles (Title, Heading 1–3, List Bullet) so the navigation pane and a table
of contents work. Each theme's Opportunities | Challenges | Practices table
has a header row that Word repeats on every page. Right-to-left paragraphs
are marked as such (Word then shapes and orders them itself). User text is
inserted as text, never as markup; control characters print as visible
pictures. Written atomically, from memory (a full disk fails cleanly).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from cafe.report.data import AnnexBlock, Column, ReportData, ThemeSection
from cafe.report.fonts import clean_text, dominant_direction
from cafe.report.output import atomic_write


def write_docx(data: ReportData, path: str | os.PathLike, *, include_participants: bool = False,
               cancel=None) -> Path:
    """Write the Word report to ``path`` atomically; returns the path.

    ``cancel`` (``is_set()``) is checked between sections; when set,
    :class:`cafe.report.pdf.Cancelled` is raised and nothing is written.
    """
    doc = _Builder(data, cancel).build(include_participants)
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
        self.doc.core_properties.subject = "Workshop report"

    def _check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            from cafe.report.pdf import Cancelled

            raise Cancelled()

    def build(self, include_participants: bool):
        d = self.data
        self._footer()
        self._title()
        if d.introduction:
            self.heading("Introduction", 1)
            for text in d.introduction:
                self.para(text)
        if d.agenda:
            self.heading("Agenda", 1)
            self._agenda()
        for theme in d.themes:
            self._check()
            self._theme(theme)
        if d.lessons:
            self.doc.add_page_break()
            self.heading("Cross-cutting lessons", 1)
            for i, lesson in enumerate(d.lessons, start=1):
                self.heading(f"{i}. {lesson.title}", 2)
                for text in lesson.paragraphs:
                    self.para(text)
                if lesson.sources:
                    self.para("It rests on these items:", italic=True)
                    for src in lesson.sources:
                        self.para(f"{src.text} — {src.where}", style="List Bullet")
        if d.annex:
            self.doc.add_page_break()
            self.heading("Annex: full notes by room and round", 1)
            for block in d.annex:
                self._check()
                self._annex_block(block)
        if include_participants and d.groups:
            self.doc.add_page_break()
            self.heading("Annex: groups and participants", 1)
            for group in d.groups:
                self.heading(f"{group.name} ({len(group.participants)})", 2)
                if group.participants:
                    table = self._table(["Name", "Organisation", "Country"])
                    for p in group.participants:
                        cells = table.add_row().cells
                        for cell, text in zip(cells, (p.name, p.organisation, p.country)):
                            self.para(text, container=cell, first=True)
        return self.doc

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

    def heading(self, text: str, level: int):
        h = self.doc.add_heading(level=level)
        text = _line(text)
        run = h.add_run(text)
        if dominant_direction(text) == "rtl":
            _mark_rtl(h, run)
        return h

    def _title(self) -> None:
        from docx.shared import Pt

        d = self.doc
        kicker = d.add_paragraph()
        kicker.add_run("Report").font.size = Pt(12)
        title = d.add_paragraph(style="Title")
        title.add_run(_line(self.data.title))
        for line in (self.data.venue, self.data.dates):
            if line:
                self.para(line).runs[0].font.size = Pt(14)
        d.add_page_break()

    def _footer(self) -> None:
        """"Page N" in every footer, as a field Word updates itself."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        footer = self.doc.sections[0].footer
        p = footer.paragraphs[0]
        p.add_run("Page ")
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

    def _agenda(self) -> None:
        table = self._table(["Day", "Time", "Session", "Room"])
        for row in self.data.agenda:
            cells = table.add_row().cells
            for cell, text in zip(cells, (row.day, row.time, row.title, row.room)):
                self.para(text, container=cell, first=True)

    def _theme(self, t: ThemeSection) -> None:
        self.doc.add_page_break()
        self.heading(f"{t.number}. {t.title}", 1)
        facts = []
        if t.hosts:
            facts.append(("Thematic host" if len(t.hosts) == 1 else "Thematic hosts", "; ".join(t.hosts)))
        if t.room:
            facts.append(("Room", t.room))
        if t.objective_ref:
            facts.append(("Reference", t.objective_ref))
        if t.note_takers:
            facts.append(("Notes", "; ".join(t.note_takers)))
        for label, value in facts:
            self.para(f"{label}: {value}")
        if t.guiding_questions:
            self.heading("Guiding questions", 3)
            for q in t.guiding_questions:
                self.para(q, style="List Bullet")
        self.heading("Summary", 3)
        if t.summary:
            if t.summary_from_rounds:
                self.para("From the summaries written at the end of each round.", italic=True)
            for text in t.summary:
                self.para(text)
        else:
            self.para("No summary was written for this theme.", italic=True)
        self.heading("Opportunities, challenges and practices", 3)
        if any(c.groups for c in t.columns):
            table = self._table([c.title for c in t.columns])
            cells = table.add_row().cells
            for cell, column in zip(cells, t.columns):
                self._column(column, cell, full=False)
        else:
            self.para("No items were recorded for this theme.", italic=True)
        if t.other.groups:
            self.heading("Other points", 3)
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
            self.para(f"Theme: {block.theme}")
        if block.groups:
            label = "Group in the room" if len(block.groups) == 1 else "Groups in the room"
            self.para(f"{label}: {', '.join(block.groups)}")
        if block.summary:
            self.heading("Summary of the round", 3)
            self.para(block.summary)
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
