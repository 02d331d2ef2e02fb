"""Right-to-left paragraphs that stay right when they wrap, and :func:`paragraph`, the one entry point.

reportlab's own right-to-left support puts several Arabic words in
left-to-right order, and shaping plus reordering a whole paragraph before
wrapping gives the right words on the wrong lines. So :class:`RtlParagraph`
wraps the *logical* text to the width first (measuring each word as it will
print, shaped), then shapes and reorders each line on its own (Unicode bidi,
paragraph direction right-to-left) and draws it right-aligned, one word at a
time. Lines therefore read top to bottom in the writer's order, and the first
word of the sentence is the right-most word of the first line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from cafe.i18n import is_rtl
from cafe.report import fonts, shaping
from cafe.report.shaped_paragraph import ShapedParagraph


def direction(text: str) -> str:
    """The direction ``text`` is set in: ``"rtl"`` when its right-to-left letters outnumber the others,
    and in a right-to-left output (an Arabic report, see :func:`cafe.i18n.output_language`) whenever it
    holds right-to-left letters at all ("المضيف: Amina Yusuf (OHCHR)" starts on the right there)."""
    if is_rtl() and fonts.has_rtl(text):
        return "rtl"
    return fonts.dominant_direction(text)


_mirrored_styles: dict[int, ParagraphStyle] = {}


def page_style(style):
    """``style`` as left-to-right text sets it on the page: in a right-to-left output, a left-aligned
    (or justified) style is right-aligned, its indents swapped, so a name or a note in Latin letters
    lines up with the Arabic text around it."""
    if not is_rtl() or style.alignment not in (TA_LEFT, TA_JUSTIFY):
        return style
    found = _mirrored_styles.get(id(style))
    if found is None or found.parent is not style:
        found = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT,
                               leftIndent=style.rightIndent, rightIndent=style.leftIndent)
        _mirrored_styles[id(style)] = found
    return found


def paragraph(text: str, style, *, bold: bool = False, bullet: str | None = None) -> Flowable:
    """A flowable printing user ``text`` literally in ``style``.

    Mostly right-to-left text gets an :class:`RtlParagraph`; text holding a
    script that is shaped (Devanagari, Tamil, Thai) a
    :class:`cafe.report.shaped_paragraph.ShapedParagraph` when HarfBuzz is
    installed; anything else a reportlab ``Paragraph`` over
    :func:`cafe.report.fonts.markup`. ``style``'s font must be
    :data:`cafe.report.fonts.BODY` (or its bold face). ``bullet`` (plain text,
    e.g. "•") starts at the style's ``leftIndent`` and the text hangs after
    it: on the left for left-to-right text, mirrored on the right for
    right-to-left text. In a right-to-left output (:func:`direction`) text that holds right-to-left
    letters is a right-to-left paragraph, and left-to-right text is right-aligned (:func:`page_style`).
    """
    if direction(text) == "rtl":
        return RtlParagraph(text, style, bold=bold, bullet=bullet)
    style = page_style(style)
    if shaping.needs_shaping(text) and shaping.available():
        return ShapedParagraph(text, style, bold=bold, bullet=bullet)
    if bullet is not None:
        # Set inline with a hanging indent: cheaper than reportlab's bulletText, same look.
        return TextParagraph(f"{escape(bullet)} {fonts.markup(text, bold=bold)}", _hanging(style, bullet))
    return TextParagraph(fonts.markup(text, bold=bold), style)


class TextParagraph(Paragraph):
    """A Paragraph that lays its lines out once per width.

    A table measures its cells, then wraps them again to draw them; the text
    and style never change after construction, so the second layout is the
    first one. Splitting makes new paragraphs, which lay out afresh.
    """

    _wrapped: tuple[float, float] | None = None

    def wrap(self, availWidth, availHeight):
        if self._wrapped is not None and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
            self.width = availWidth
            return availWidth, self._wrapped[1]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, height)
        return width, height


_hanging_styles: dict[tuple[int, str], ParagraphStyle] = {}


def _hanging(style: ParagraphStyle, bullet: str) -> ParagraphStyle:
    key = (id(style), bullet)
    found = _hanging_styles.get(key)
    if found is None or found.parent is not style:
        w = bullet_width(bullet, style)
        found = ParagraphStyle(f"{style.name}-hanging", parent=style, leftIndent=style.leftIndent + w,
                               firstLineIndent=-w)
        _hanging_styles[key] = found
    return found


def bullet_width(bullet: str, style) -> float:
    return fonts.plain_width(fonts.clean_text(bullet) + " ", style.fontSize)


_ARABIC_ONLY = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")


@lru_cache(maxsize=1 << 16)
def _word_width(word: str, size: float, bold: bool) -> float:
    """A word's printed width, shaped (words recur: shaping one costs far more than looking it up)."""
    return shaping.text_width(fonts.visual_line(word, "rtl"), size, bold=bold)


class RtlParagraph(Flowable):
    """A right-to-left paragraph of plain user text, wrapped logically, drawn per visual line.

    Honours the style's ``fontSize``, ``leading``, ``spaceBefore``/``spaceAfter``,
    ``textColor``, ``leftIndent`` and ``alignment``, mirrored: left (the default,
    and justified) lines start on the right, right-aligned ones end on the left,
    centred stay centred. It splits between lines, so it can run across pages.
    """

    def __init__(self, text: str, style, *, bold: bool = False, bullet: str | None = None,
                 _lines: list[str] | None = None):
        super().__init__()
        self.style = style
        self.bullet = bullet
        # The style's left indent, and the bullet after it, are mirrored: right-to-left text starts on the right.
        self.indent = float(style.leftIndent) + (bullet_width(bullet, style) if bullet else 0.0)
        self.bold = bold or style.fontName == fonts.BODY_BOLD
        self.text = fonts.clean_text(text)
        self._given_lines = _lines
        self._lines: list[str] = _lines or []
        self._wrapped_for: float | None = None

    # Measuring ---------------------------------------------------------------

    def _word_width(self, word: str) -> float:
        if not word:
            return 0.0
        return _word_width(word, self.style.fontSize, self.bold)

    def _space_width(self) -> float:
        return fonts.plain_width(" ", self.style.fontSize, bold=self.bold)

    def _split_long_word(self, word: str, width: float) -> list[str]:
        """A word wider than the line, cut into pieces that each fit (at least one character each)."""
        pieces, start = [], 0
        while start < len(word):
            end = start + 1
            # Grow by doubling, then settle by halving: a 5,000-letter word costs O(n log n).
            step = 1
            while end < len(word) and self._word_width(word[start:min(len(word), end + step)]) <= width:
                end = min(len(word), end + step)
                step *= 2
            while step > 1:
                step //= 2
                if end + step <= len(word) and self._word_width(word[start:end + step]) <= width:
                    end += step
            pieces.append(word[start:end])
            start = end
        return pieces

    def _wrap_lines(self, width: float) -> list[str]:
        space = self._space_width()
        lines: list[str] = []
        size = self.style.fontSize
        for hard_line in self.text.split("\n"):
            current: list[str] = []
            used = 0.0
            words = hard_line.split(" ")
            # Shaping the line once costs far less than shaping each word; a space never joins
            # letters, so the shaped line's words are the shaped words.
            shaped = fonts.shape_arabic(hard_line).split(" ")
            if len(shaped) != len(words):
                shaped = words
            for word, shaped_word in zip(words, shaped):
                if shaped_word is not word and _ARABIC_ONLY.fullmatch(word):
                    # all in one face: the width does not depend on the order the letters are drawn in
                    w = fonts.plain_width(shaped_word, size, bold=self.bold)
                else:
                    w = self._word_width(word)
                if w > width:
                    pieces = self._split_long_word(word, width)
                    if current:
                        lines.append(" ".join(current))
                    lines.extend(pieces[:-1])
                    current, used = [pieces[-1]], self._word_width(pieces[-1])
                    continue
                extra = w + (space if current else 0.0)
                if current and used + extra > width:
                    lines.append(" ".join(current))
                    current, used = [word], w
                else:
                    current.append(word)
                    used += extra
            lines.append(" ".join(current))
        return lines

    def wrap(self, availWidth, availHeight):
        if self._given_lines is None and self._wrapped_for != availWidth:
            self._lines = self._wrap_lines(max(availWidth - self.indent, 1.0))
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
        head = RtlParagraph("", self.style, bold=self.bold, bullet=self.bullet, _lines=self._lines[:fit])
        tail = RtlParagraph("", self.style, bold=self.bold, _lines=self._lines[fit:])
        tail.indent = self.indent
        head.text = tail.text = self.text
        head.spaceAfter = 0
        tail.spaceBefore = 0
        return [head, tail]

    # Drawing -----------------------------------------------------------------

    def draw(self):
        canv = self.canv
        size = self.style.fontSize
        leading = self.style.leading
        space = self._space_width()
        canv.saveState()
        canv.setFillColor(self.style.textColor)
        # Baseline of the first line, as reportlab's Paragraph places it.
        y = self.height - size
        right = self.width - self.indent
        if self.bullet:
            runs = self._runs(fonts.clean_text(self.bullet))
            self._draw_runs(runs, self.width - self.style.leftIndent - sum(w for _n, _r, w in runs), y)
        for line in self._lines:
            words = [self._runs(word) for word in fonts.visual_line(line, "rtl").split(" ")]
            widths = [sum(w for _n, _r, w in runs) for runs in words]
            total = sum(widths) + space * (len(words) - 1)
            # Alignments are mirrored: a style's "left" is the side a line starts on, the right here.
            if self.style.alignment == TA_RIGHT:
                x = 0.0
            elif self.style.alignment == TA_CENTER:
                x = (right - total) / 2
            else:
                x = right - total
            for runs, w in zip(words, widths):
                self._draw_runs(runs, x, y)
                x += w + space
            y -= leading
        canv.restoreState()

    def _runs(self, word: str) -> list[tuple[str, str, float]]:
        """(font name, text, width) of each run of one word, in drawing order (shaped where needed)."""
        return shaping.runs(word, self.style.fontSize, bold=self.bold)

    def _draw_runs(self, runs: list[tuple[str, str, float]], x: float, y: float) -> None:
        """One word, each run in its face: a text object of its own, so readers see each word apart."""
        shaping.draw_runs(self.canv, runs, x, y, self.style.fontSize)
