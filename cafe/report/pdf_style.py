"""The PDF report's look: page size, colours, paragraph styles, and the bookmark marker.

Shared by :mod:`cafe.report.pdf` (the pages) and :mod:`cafe.report.pdf_story`
(the text). Every style's font is :data:`cafe.report.fonts.BODY` or its bold
face, as :func:`cafe.report.rtl.paragraph` expects; the styles named
``list``, ``quote``, ``bullet`` and so on are also the ones the Markdown subset
is set in (:func:`cafe.report.markup.to_flowables`).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable

from cafe.report import fonts

ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9db3c8")
MUTED = colors.HexColor("#555555")
SHADE = colors.HexColor("#eef3f8")

PAGE_W, PAGE_H = A4
MARGIN = 2.0 * cm
FRAME_W = PAGE_W - 2 * MARGIN
FRAME_H = PAGE_H - 2 * MARGIN


class Cancelled(Exception):
    """The build was cancelled; nothing was written."""


def styles() -> dict[str, ParagraphStyle]:
    """The report's paragraph styles by name (fonts registered first)."""
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.BODY, fontSize=10, leading=14, spaceAfter=6)
    s = {"body": base}

    def add(name, **kw):
        s[name] = ParagraphStyle(name, parent=kw.pop("parent", base), **kw)
    add("title", fontName=fonts.BODY_BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=18)
    add("kicker", fontSize=12, leading=16, textColor=MUTED, spaceAfter=40)
    add("titleinfo", fontSize=14, leading=20, spaceAfter=4)
    add("h1", fontName=fonts.BODY_BOLD, fontSize=18, leading=23, textColor=ACCENT, spaceBefore=4, spaceAfter=10)
    add("h2", fontName=fonts.BODY_BOLD, fontSize=13, leading=17, textColor=ACCENT, spaceBefore=10, spaceAfter=6)
    add("h3", fontName=fonts.BODY_BOLD, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4)
    add("meta", fontSize=10, leading=14, spaceAfter=2)
    add("when", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=6)
    add("bullet", leftIndent=3, spaceAfter=3)
    add("list", spaceAfter=3)
    add("quote", textColor=colors.HexColor("#333333"), spaceAfter=6)  # indented, with a rule, by the renderer
    add("note", fontSize=9, leading=12, textColor=MUTED, spaceAfter=4)
    add("cell", fontSize=9, leading=12, spaceAfter=3)
    # a heading inside a column of the table goes on with its first item (cafe.report.columns)
    add("cellhead", fontName=fonts.BODY_BOLD, fontSize=9, leading=12, spaceBefore=3, spaceAfter=3, keepWithNext=1)
    add("th", fontName=fonts.BODY_BOLD, fontSize=10, leading=13, textColor=colors.white, alignment=TA_CENTER)
    add("annexitem", fontSize=9, leading=12, leftIndent=2, spaceAfter=2)
    add("annexhead", fontName=fonts.BODY_BOLD, fontSize=9, leading=12, leftIndent=6, spaceBefore=3, spaceAfter=2)
    add("footer", fontSize=8, leading=10, textColor=MUTED)
    return s


class Bookmark(Flowable):
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
        canv.addOutlineEntry(outline_title(self.title), self.key, level=self.level, closed=self.level > 0)


def outline_title(title: str) -> str:
    """``title`` on one line, free of control characters, at most 120 characters."""
    title = " ".join(fonts.clean_text(title).split())
    return title if len(title) <= 120 else title[:119] + "…"
