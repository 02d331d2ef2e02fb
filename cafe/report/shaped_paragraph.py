"""Left-to-right paragraphs holding Devanagari, Tamil or Thai, wrapped and drawn with shaped glyphs.

reportlab's ``Paragraph`` can shape (``shaping=1``) but then writes a text
layer that loses characters ("हिन्दी" copies as "हद"), and it shapes every
word of a paragraph, which is four times slower. :class:`ShapedParagraph`
sets plain user text itself: it wraps the text at spaces, measuring each word
as it prints (:func:`cafe.report.shaping.text_width`), and draws each line run
by run, the shaped scripts' runs as HarfBuzz's glyphs with a text layer that
reads as typed (:mod:`cafe.report.shaping`). :func:`cafe.report.rtl.paragraph`
chooses it only for text that holds such a script, when HarfBuzz is there.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from cafe.report import fonts, shaping


class ShapedParagraph(Flowable):
    """A left-to-right paragraph of plain user text, wrapped at spaces, drawn line by line with shaped runs.

    Honours the style's ``fontSize``, ``leading``, ``spaceBefore``/``spaceAfter``,
    ``textColor``, ``leftIndent``, ``rightIndent``, ``firstLineIndent`` and
    ``alignment`` (justified lines are set flush left). ``bullet`` (plain text,
    e.g. "•") starts at the left indent and the text hangs after it. It splits
    between lines, so it can run across pages and table rows.
    """

    def __init__(self, text: str, style, *, bold: bool = False, bullet: str | None = None,
                 _lines: list[str] | None = None):
        super().__init__()
        self.style = style
        self.bullet = bullet
        self.bold = bold or style.fontName == fonts.BODY_BOLD
        self.indent = float(style.leftIndent) + (self._width(fonts.clean_text(bullet) + " ") if bullet else 0.0)
        self.text = fonts.clean_text(text)
        self._given_lines = _lines
        self._lines: list[str] = _lines or []
        self._wrapped_for: float | None = None
        self._first_line_indent = float(getattr(style, "firstLineIndent", 0) or 0)

    # Measuring ---------------------------------------------------------------

    def _width(self, text: str) -> float:
        return _measure(text, self.style.fontSize, self.bold) if text else 0.0

    def _space_after(self, word: str) -> float:
        """The width of the space that follows ``word``: it is set in the face of the word's last letter."""
        face = fonts.font_for(word[-1]) if word else None
        if face is None or word[-1] == " ":
            face = fonts.LATIN
        return stringWidth(" ", face.bold_name if self.bold else face.name, self.style.fontSize)

    def _split_long_word(self, word: str, width: float) -> list[str]:
        """A word wider than the line, cut between syllables into pieces that each fit (at least one each)."""
        cuts = [i for i in range(1, len(word)) if _may_cut(word, i)] + [len(word)]
        pieces, start = [], 0
        while start < len(word):
            # the most syllables that fit: grow by doubling, then settle by halving
            first = next(n for n, c in enumerate(cuts) if c > start)
            best, step = first, 1
            while best + step < len(cuts) and self._width(word[start:cuts[best + step]]) <= width:
                best += step
                step *= 2
            while step > 1:
                step //= 2
                if best + step < len(cuts) and self._width(word[start:cuts[best + step]]) <= width:
                    best += step
            pieces.append(word[start:cuts[best]])
            start = cuts[best]
        return pieces

    def _wrap_lines(self, width: float) -> list[str]:
        lines: list[str] = []
        first_width = width - self._first_line_indent
        for hard_line in self.text.split("\n"):
            # right-to-left words inside are shaped and put in display order, as in fonts.markup
            words = fonts.visual_line(hard_line, "ltr").split(" ")
            current: list[str] = []
            used = 0.0
            for word in words:
                room = first_width if not lines else width
                w = self._width(word)
                space = self._space_after(current[-1]) if current else 0.0
                if current and used + space + w <= room:
                    current.append(word)
                    used += space + w
                    continue
                if current:
                    lines.append(" ".join(current))
                    room = width
                if w > room:
                    pieces = self._split_long_word(word, room)
                    lines.extend(pieces[:-1])
                    word, w = pieces[-1], self._width(pieces[-1])
                current, used = [word], w
            lines.append(" ".join(current))
        return lines

    def wrap(self, availWidth, availHeight):
        if self._given_lines is None and self._wrapped_for != availWidth:
            room = availWidth - self.indent - float(self.style.rightIndent)
            self._lines = self._wrap_lines(max(room, 1.0))
            self._wrapped_for = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        head = ShapedParagraph("", self.style, bold=self.bold, bullet=self.bullet, _lines=self._lines[:fit])
        tail = ShapedParagraph("", self.style, bold=self.bold, _lines=self._lines[fit:])
        tail.indent = self.indent
        tail._first_line_indent = 0.0  # the tail's first line is a continued line
        head.text = tail.text = self.text
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    # Drawing -----------------------------------------------------------------

    def draw(self):
        canv = self.canv
        style = self.style
        size = style.fontSize
        canv.saveState()
        canv.setFillColor(style.textColor)
        # Baseline of the first line, as reportlab's Paragraph places it.
        y = self.height - size
        if self.bullet:
            shaping.draw_text(canv, fonts.clean_text(self.bullet), float(style.leftIndent), y, size, bold=self.bold)
        room = self.width - self.indent - float(style.rightIndent)
        for n, line in enumerate(self._lines):
            runs = shaping.runs(line, size, bold=self.bold)
            total = sum(w for _n, _r, w in runs)
            first = self._first_line_indent if n == 0 else 0.0
            if style.alignment == TA_RIGHT:
                x = self.indent + room - total
            elif style.alignment == TA_CENTER:
                x = self.indent + first + (room - first - total) / 2
            else:
                x = self.indent + first
            shaping.draw_runs(canv, runs, x, y, size)
            y -= style.leading
        canv.restoreState()


@lru_cache(maxsize=1 << 16)
def _measure(text: str, size: float, bold: bool) -> float:
    """A word's printed width (words recur: measuring one costs far more than looking it up)."""
    return shaping.text_width(text, size, bold=bold)


def _may_cut(word: str, at: int) -> bool:
    """Whether a long word may be cut before ``word[at]``: not inside a syllable (before a mark, after a virama
    or a joiner), so each piece still shapes as it would have."""
    char, before = word[at], word[at - 1]
    if unicodedata.category(char)[0] == "M" or char in "\u200c\u200d" or before in "\u200c\u200d":
        return False
    return unicodedata.combining(before) != 9  # a virama joins its consonant to the next one
