"""Prose blocks (:mod:`cafe.report.markup`) in a Word document (python-docx), for the Word report.

:func:`to_docx` adds the blocks to a document or a table cell in Word's own
styles, so the document reads and edits like one written in Word:

* paragraphs in the container's default style; bold and italics as run
  properties (never markup: each text is inserted as text, control
  characters as visible pictures, as in the PDF);
* bulleted lists in "List Bullet"; numbered lists in "List Number", each list
  numbered on its own from its start (a numbering instance of its own, so a
  second list starts again at 1 instead of carrying on from the first);
* links as real hyperlinks (an external relationship and a ``w:hyperlink``
  holding the runs), blue and underlined;
* quoted paragraphs in "Quote";
* the text's own headings in "Heading N", ``N`` counted from ``heading_base``.

Paragraphs (and list items) that are mostly right-to-left are marked as such
(``w:bidi``, runs ``rtl``); Word then orders and shapes them itself, with
their bold and italics.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cafe.report.fonts import clean_text
from cafe.report.markup_blocks import (
    Block,
    Bold,
    Heading,
    Italic,
    Link,
    Numbered,
    Para,
    Quote,
    Span,
    Text,
    direction,
    plain_text,
    safe_url,
)

LINK_RGB = (0x05, 0x63, 0xC1)


def to_docx(container: Any, blocks: Sequence[Block], *, heading_base: int = 3) -> list:
    """Add ``blocks`` to ``container`` (a ``docx.Document`` or a table cell); returns the paragraphs added.

    A cell's first, empty paragraph is used for the first block rather than
    left empty above it.
    """
    writer = _Writer(container)
    for block in blocks:
        writer.block(block, heading_base, quoted=False)
    return writer.added


class _Writer:
    def __init__(self, container: Any):
        self.container = container
        self.added: list = []
        from docx.table import _Cell

        paragraphs = container.paragraphs if isinstance(container, _Cell) else []
        self._reuse = paragraphs[0] if len(paragraphs) == 1 and not paragraphs[0].runs else None

    def paragraph(self, style: str | None):
        if self._reuse is not None:
            p, self._reuse = self._reuse, None
            if style is not None:
                p.style = style
        else:
            p = self.container.add_paragraph(style=style)
        self.added.append(p)
        return p

    def block(self, block: Block, heading_base: int, *, quoted: bool) -> None:
        if isinstance(block, Para):
            self.spans(self.paragraph("Quote" if quoted else None), block.spans)
        elif isinstance(block, Heading):
            level = min(9, heading_base + block.level - 1)
            self.spans(self.paragraph(f"Heading {level}"), block.spans)
        elif isinstance(block, Quote):
            for inner in block.blocks:
                self.block(inner, heading_base, quoted=True)
        else:
            numbered = isinstance(block, Numbered)
            num_id: int | None = None
            for k, item in enumerate(block.items):
                p = self.paragraph("List Number" if numbered else "List Bullet")
                if isinstance(block, Numbered):
                    if k == 0:
                        num_id = _restart_numbering(p, block.start)
                    if num_id is not None:
                        _use_numbering(p, num_id)
                self.spans(p, item)

    def spans(self, paragraph, spans: Sequence[Span]) -> None:
        rtl = direction(plain_text(spans)) == "rtl"
        runs = []
        for x in spans:
            runs.extend(_add(paragraph, x, False, False))
        if rtl:
            _mark_rtl(paragraph, runs)


def _add(paragraph, span: Span, bold: bool, italic: bool) -> list:
    """Add one span's runs to ``paragraph``; returns them."""
    if isinstance(span, Text):
        run = paragraph.add_run(clean_text(span.text))
        run.bold = bold or None
        run.italic = italic or None
        return [run]
    if isinstance(span, Bold):
        return [r for x in span.spans for r in _add(paragraph, x, True, italic)]
    if isinstance(span, Italic):
        return [r for x in span.spans for r in _add(paragraph, x, bold, True)]
    if not safe_url(span.url):  # built by hand with an address that may not be a link: its text only
        return [r for x in span.spans for r in _add(paragraph, x, bold, italic)]
    return _hyperlink(paragraph, span, bold, italic)


def _hyperlink(paragraph, link: Link, bold: bool, italic: bool) -> list:
    """A ``w:hyperlink`` to ``link.url`` (an external relationship of the paragraph's part) holding the link's runs."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    r_id = paragraph.part.relate_to(link.url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    element = OxmlElement("w:hyperlink")
    element.set(qn("r:id"), r_id)
    paragraph._p.append(element)
    runs = [r for x in link.spans for r in _add(paragraph, x, bold, italic)]
    for run in runs:
        run.font.color.rgb = RGBColor(*LINK_RGB)
        run.font.underline = True
        element.append(run._r)  # moved from the paragraph's end into the hyperlink
    return runs


def _restart_numbering(paragraph, start: int) -> int | None:
    """A new numbering instance of the paragraph's list style's numbering, starting at ``start``; its id.

    None when the style has no numbering to copy (a template without one): the
    list then follows the style's own numbering.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = paragraph.part.numbering_part.element
    ppr = paragraph.style.element.pPr
    if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
        return None
    try:
        abstract = numbering.num_having_numId(ppr.numPr.numId.val).abstractNumId.val
    except KeyError:
        return None
    num = numbering.add_num(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start_override = OxmlElement("w:startOverride")
    start_override.set(qn("w:val"), str(max(0, int(start))))
    override.append(start_override)
    num.append(override)
    return int(num.numId)


def _use_numbering(paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def _mark_rtl(paragraph, runs: list) -> None:
    """Mark a paragraph right-to-left (Word's bidi paragraph, which starts on the right) and its runs."""
    from docx.oxml import OxmlElement

    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    for run in runs:
        run.font.rtl = True


#: The elements that follow ``w:bidi`` inside ``w:pPr`` (ECMA-376 order; Word rejects other orders).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
