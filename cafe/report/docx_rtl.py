"""An Arabic Word report laid out right to left, as Word does for a document written in Arabic.

:func:`right_to_left` goes over a finished document (body, tables, footers):

* every paragraph that holds Arabic letters, or no letters at all, becomes a
  right-to-left paragraph (``w:bidi``: it starts on the right, its list
  bullet or number on the right) and its runs right-to-left runs (Word then
  shapes and orders the text itself);
* a paragraph in Latin letters only (a name, an English note) stays a
  left-to-right paragraph, so its punctuation stays where it was typed, but is
  aligned on the right with the text around it;
* every table reads from the right (``w:bidiVisual``): its first column, the
  name or "Opportunities", is the right-most one.

Pure apart from the document it changes.
"""

from __future__ import annotations

from typing import Any, cast

from cafe.report.fonts import has_rtl

#: The elements that follow ``w:bidi`` inside ``w:pPr`` (ECMA-376 order; Word rejects other orders).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
#: The elements that follow ``w:bidiVisual`` inside ``w:tblPr``.
_AFTER_BIDI_VISUAL = (
    "w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    "w:tblPrChange",
)


def right_to_left(doc) -> None:
    """Lay ``doc`` (a python-docx Document) out right to left; see the module docstring."""
    from docx.oxml.ns import qn

    parts = [doc.element.body]
    for section in doc.sections:
        parts += [section.footer._element, section.header._element]
    for part in parts:
        for p in part.iter(qn("w:p")):
            _paragraph(p)
        for tbl in part.iter(qn("w:tbl")):
            _table(tbl)


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _paragraph(p) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
    ppr = p.get_or_add_pPr()
    if has_rtl(text) or not _has_letters(text):
        if ppr.find(qn("w:bidi")) is None:
            ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
        for r in p.iter(qn("w:r")):
            Run(r, cast(Any, None)).font.rtl = True  # no story part needed to set a run property
    else:
        Paragraph(p, cast(Any, None)).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _table(tbl) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = tbl.tblPr
    if tbl_pr.find(qn("w:bidiVisual")) is None:
        tbl_pr.insert_element_before(OxmlElement("w:bidiVisual"), *_AFTER_BIDI_VISUAL)
