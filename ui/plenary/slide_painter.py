"""Drawing the plenary's pages (:mod:`cafe.report.slide_pages`) with Qt, measured as they are drawn.

:class:`QtMeasure` is the :data:`cafe.report.slide_pages.Measure` the window
lays pages out with: it wraps text with :class:`QTextLayout` exactly as
:func:`paint_page` draws it (same font, same width, same line spacing; long
words break anywhere rather than run past the edge), so a page that was laid
out to fit does fit. Right-to-left text (Arabic) is laid out right to left.

A page in a right-to-left output language (Arabic slides) is drawn mirrored
(``rtl=True``): the columns read from the right, every text is aligned to the
right, bullets stand on the right of their item, the timer is in the footer's
right corner and the page number in its left one. Heights do not change, so
the pages laid out by :func:`cafe.report.slide_pages.paginate` fit the same.
Main thread (fonts and painting).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextLayout, QTextOption

from cafe.report.slide_pages import Block, Page, TypeScale

#: line spacing, as a multiple of the font's own line height
LINE_SPACING = 1.12
COLOURS = {
    "title": QColor("#1b1b1b"),
    "subtitle": QColor("#444444"),
    "section": QColor("#1f4e79"),
    "column": QColor("#1f4e79"),
    "empty": QColor("#555555"),
    "footer": QColor("#444444"),
}
TEXT = QColor("#1b1b1b")
ACCENT = QColor("#1f4e79")
OVERTIME = QColor("#b00020")
_CACHE_LIMIT = 20_000


def right_to_left(text: str) -> bool:
    """The text's first strong letter is written right to left (Arabic, Hebrew)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class QtMeasure:
    """Heights of wrapped text in the fonts the pages are drawn with (see the module docstring)."""

    def __init__(self, family: str | None = None):
        self.family = family or QFont().family()
        self._fonts: dict[tuple[int, bool], QFont] = {}
        self._heights: dict[tuple[str, int, bool, int], float] = {}

    def font(self, px: float, bold: bool) -> QFont:
        key = (max(1, round(px)), bold)
        font = self._fonts.get(key)
        if font is None:
            font = QFont(self.family)
            font.setPixelSize(key[0])
            font.setBold(bold)
            self._fonts[key] = font
        return font

    def layout(self, text: str, px: float, bold: bool, width: float,
               rtl_page: bool = False) -> tuple[QTextLayout, float]:
        """``text`` laid out in lines of ``width`` pixels, and the height it takes; ``rtl_page``: aligned to
        the right whatever its own direction (a page of Arabic slides)."""
        layout = QTextLayout(text.replace("\n", "\u2028"), self.font(px, bold))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        rtl = right_to_left(text)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl or rtl_page else Qt.AlignmentFlag.AlignLeft)
        layout.setTextOption(option)
        y = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, y))
            y += line.height() * LINE_SPACING
        layout.endLayout()
        return layout, y

    def __call__(self, text: str, px: float, bold: bool, width: float) -> float:
        key = (text, max(1, round(px)), bold, int(width))
        height = self._heights.get(key)
        if height is None:
            height = self.layout(text, px, bold, int(width))[1]
            if len(self._heights) > _CACHE_LIMIT:
                self._heights.clear()
            self._heights[key] = height
        return height


def paint_block(painter: QPainter, block: Block, scale: TypeScale, measure: QtMeasure,
                colour: QColor | None = None, rtl: bool = False) -> None:
    """Draw ``block``; ``rtl``: on a mirrored page (its place measured from the right edge)."""
    px, bold = scale.font(block.role)
    layout, _height = measure.layout(block.text, px, bold, int(block.width), rtl_page=rtl)
    painter.setPen(colour or COLOURS.get(block.role, TEXT))
    x = scale.width - block.x - block.width if rtl else block.x
    layout.draw(painter, QPointF(x, block.y))
    if block.bullet:
        bullet, _h = measure.layout("•", px, bold, scale.indent)
        bullet_right = rtl or right_to_left(block.text)
        bx = x + block.width + 0.3 * scale.body if bullet_right else x - 0.75 * scale.indent
        bullet.draw(painter, QPointF(bx, block.y))


def paint_page(painter: QPainter, page: Page | None, scale: TypeScale, measure: QtMeasure,
               rtl: bool = False) -> None:
    painter.fillRect(0, 0, int(scale.width) + 1, int(scale.height) + 1, QColor("#ffffff"))
    if page is None:
        return
    for block in page.blocks:
        paint_block(painter, block, scale, measure, rtl=rtl)


def paint_footer(painter: QPainter, scale: TypeScale, measure: QtMeasure, left: str, right: str,
                 left_colour: QColor, rtl: bool = False) -> None:
    """The footer line: the timer at the start of the line (the left; the right when ``rtl``), the slide
    number at its end, both at body size."""
    y = scale.footer_top(measure)
    width = scale.width - 2 * scale.margin_x
    for text, colour, align_right in ((left, left_colour, rtl), (right, COLOURS["footer"], not rtl)):
        if not text:
            continue
        layout, _h = measure.layout(text, scale.body, True, width)
        line = layout.lineAt(0)
        x = scale.margin_x + (width - line.naturalTextWidth() if align_right else 0)
        painter.setPen(colour)
        layout.draw(painter, QPointF(x, y))
