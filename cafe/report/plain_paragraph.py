"""Plain user text set by reportlab's own Paragraph, without its markup parser and with word widths remembered.

Nearly all of a large report is notes in Latin letters, each printed twice (in
its theme's table and in the annex): about 100,000 paragraphs for 50,000
notes. reportlab spends most of its time on each of them in two places that
plain text does not need: its markup parser (an HTML parser per paragraph,
only to find that there is no markup) and measuring every word afresh with
``stringWidth`` (a few dozen words recur across all notes).

:func:`paragraph` gives a :class:`PlainParagraph` for text that qualifies and
:func:`cafe.report.rtl.paragraph`'s flowable for any other. Text qualifies when
:func:`cafe.report.rtl.paragraph` would set it as a ``Paragraph`` over markup
that is nothing but the escaped text (and the bullet): every character in the
body face, no right-to-left letter, no script that is shaped, no line break,
no ``&``, ``<``, ``>`` (which the parser would read as entities) and no soft
hyphen, in a style whose line breaking is reportlab's simple case (no
hyphenation, no bidi, no end dots).

Contract: a :class:`PlainParagraph` is the ``Paragraph`` reportlab would have
made, attribute for attribute, and lays out and draws the same: its fragment
is a copy of the one reportlab's parser gives for the style (parsed once per
style and weight, then re-used with each text), and its lines are broken by
the same steps as ``Paragraph.breakLines``'s single-fragment case, from word
widths remembered per font object and size (:func:`word_widths`). A word
wider than its line, which reportlab cuts, is left to ``Paragraph.breakLines``
itself, as are the parts a split makes. The fragment is made when something
asks for it (``frags``), so a paragraph waiting in the story holds its text only.

Thread: the caches are plain dicts (one report at a time fills them; a race
only measures a word twice).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paragraph import split as _rl_split
from reportlab.platypus.paragraph import strip as _rl_strip

from cafe.i18n import is_rtl
from cafe.report import fonts, rtl, shaping
from cafe.report.rtl import TextParagraph, page_style

#: Characters that keep text off the plain path: markup the parser reads, a line break, a soft hyphen.
_NOT_PLAIN = re.compile("[&<>\n\xad]")
#: How many words each (font, size) remembers before starting over (bounds memory, not correctness).
WORD_LIMIT = 200_000


def paragraph(text: str, style, *, bold: bool = False, bullet: str | None = None) -> Flowable:
    """User ``text`` in ``style``, as :func:`cafe.report.rtl.paragraph` sets it; a
    :class:`PlainParagraph` when the text qualifies (see the module docstring)."""
    return plain_paragraph(text, style, bold=bold, bullet=bullet) or rtl.paragraph(
        text, style, bold=bold, bullet=bullet)


def plain_paragraph(text: str, style, *, bold: bool = False, bullet: str | None = None) -> PlainParagraph | None:
    """A :class:`PlainParagraph` for ``text``, or None when it does not qualify."""
    if bold and bullet is not None:  # reportlab would set the bullet regular and the text bold: two fragments
        return None
    cleaned = fonts.clean_text(text)
    if not _is_plain(cleaned) or (bullet is not None and _NOT_PLAIN.search(bullet)):
        return None
    style, template = _setting(style, bold, bullet)
    if template is None:
        return None
    # the markup cafe.report.rtl.paragraph writes (a bullet inline, the text hanging after it), as Paragraph
    # cleans it for its parser; the text between the tags is what the parser gives the fragment
    if bold:
        markup = clean_block(f"<b>{cleaned}</b>")
        data = markup[3:-4]
    else:
        markup = data = clean_block(cleaned if bullet is None else f"{escape(bullet)} {cleaned}")
    if not data.strip():
        return None
    return PlainParagraph(markup, style, plain=(template, data))


def clean_block(text: str) -> str:
    """reportlab's ``cleanBlockQuotedText(text)`` (white space squeezed, the ends stripped), without its work
    when there is nothing to do: in printable text the only white space is the space."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return cleanBlockQuotedText(text)


def _words(data: str) -> list[str]:
    """reportlab's ``split(strip(data))``: in printable text squeezed by :func:`clean_block`, its spaces."""
    if data.isprintable() and data[:1] != " " and data[-1:] != " " and "  " not in data:
        return data.split(" ")
    return _rl_split(_rl_strip(data))


def _is_plain(text: str) -> bool:
    if not text or _NOT_PLAIN.search(text):
        return False
    if text.isascii():
        return True
    if fonts.has_rtl(text) or shaping.needs_shaping(text):
        return False
    runs = list(fonts.font_runs(text))
    return len(runs) == 1 and runs[0][0] is fonts.LATIN and runs[0][1] == text


# --- the fragment reportlab's parser gives, per style ---------------------------------------

_settings: dict[tuple[int, bool, str | None, bool], tuple[object, object, object]] = {}


def _setting(style, bold: bool, bullet: str | None):
    """The style ``text`` is set in (mirrored in a right-to-left report, hanging after a bullet) and its
    fragment's template, worked out once per style, weight, bullet and direction of the report."""
    key = (id(style), bold, bullet, is_rtl())
    found = _settings.get(key)
    if found is not None and found[0] is style:
        return found[1], found[2]
    used = page_style(style)
    if bullet is not None:
        used = rtl._hanging(used, bullet)
    template = _template(used, bold)
    if len(_settings) > 512:
        _settings.clear()
    _settings[key] = (style, used, template)
    return used, template


def _simple_breaking(style) -> bool:
    """Whether ``Paragraph.breakLines`` takes its simple single-fragment steps for this style."""
    return not (getattr(style, "endDots", None) or getattr(style, "hyphenationLang", "")
                or getattr(style, "uriWasteReduce", 0) or getattr(style, "embeddedHyphenation", 0)
                or getattr(style, "wordWrap", None) or getattr(style, "shaping", 0)
                or getattr(style, "textTransform", None) or getattr(style, "bulletText", None))


def _template(style, bold: bool):
    """The fragment reportlab's parser makes for plain text in ``style`` (bold: inside ``<b>``), or None
    when the style or the fragment is not the simple kind."""
    if not _simple_breaking(style):
        return None
    probe = Paragraph("<b>x</b>" if bold else "x", style)
    frags = probe.frags
    if (len(frags) == 1 and getattr(frags[0], "text", None) == "x" and probe.style is style
            and not probe.bulletText and not hasattr(frags[0], "cbDefn") and not hasattr(frags[0], "backColor")):
        return frags[0]
    return None


def _fragment(template, data: str):
    """The parser's fragment for ``data``: the template with this text (its lists its own, as the parser's)."""
    return template.clone(text=data, link=list(template.link), us_lines=list(template.us_lines))


# --- word widths ------------------------------------------------------------------------------

class _Measures:
    """What line breaking measures in one font at one size: its words' widths, remembered; the space; the
    ascent and descent."""

    def __init__(self, font, font_name: str, size: float):
        self.font = font
        self.words: dict[str, float] = {}
        self.space = stringWidth(" ", font_name, size, "utf8")
        self.ascent, self.descent = getAscentDescent(font_name, size)


_measures: dict[tuple[str, float], _Measures] = {}


def measures(font_name: str, size: float) -> _Measures:
    """The measures of the font registered as ``font_name`` at ``size`` points.

    Tied to the font object: a font registered again under the same name starts afresh.
    """
    font = getFont(font_name)
    found = _measures.get((font_name, size))
    if found is None or found.font is not font:
        found = _measures[(font_name, size)] = _Measures(font, font_name, size)
    elif len(found.words) > WORD_LIMIT:
        found.words.clear()
    return found


def word_widths(font_name: str, size: float) -> dict[str, float]:
    """The remembered widths of words in ``font_name`` at ``size`` points (see :func:`measures`)."""
    return measures(font_name, size).words


# --- the paragraph ----------------------------------------------------------------------------

class PlainParagraph(TextParagraph):
    """A ``Paragraph`` of plain text made without the markup parser; see the module docstring.

    Made with ``plain=(template, data)`` by :func:`plain_paragraph`; made by reportlab
    (the parts of a split, with ``frags``) it is an ordinary ``Paragraph``.
    """

    def __init__(self, text, style=None, bulletText=None, frags=None, caseSensitive=1, encoding="utf8", *,
                 plain=None):
        if plain is None:
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            return
        # what Paragraph.__init__ and _setup set, the fragment left for when it is asked for
        self.caseSensitive = caseSensitive
        self.encoding = encoding
        self.text = text
        self.style = style
        self.bulletText = None
        self.debug = 0
        self._plain = plain

    @property
    def frags(self):
        found = self.__dict__.get("_frags")
        if found is None:
            template, data = self.__dict__["_plain"]
            found = self.__dict__["_frags"] = [_fragment(template, data)]
        return found

    @frags.setter
    def frags(self, value):
        self.__dict__["_frags"] = value

    def breakLines(self, width):
        plain = self.__dict__.get("_plain")
        if plain is not None and "_frags" not in self.__dict__:
            out = self._break_plain(plain[0], plain[1], width)
            if out is not None:
                return out
        return super().breakLines(width)

    def _break_plain(self, template, data: str, width):
        """``Paragraph.breakLines`` for one plain fragment, words measured once per font and size; None
        when a word is wider than its line (reportlab then cuts it, in its own steps)."""
        max_widths = list(width) if isinstance(width, (tuple, list)) else [width]
        style = self.style
        font_name, size = template.fontName, template.fontSize
        words = _words(data)
        if not words or self.encoding != "utf8":
            return None
        m = measures(font_name, size)
        measured = m.words
        space = m.space
        shrink = style.spaceShrinkage * space
        split_long = style.splitLongWords
        last = len(max_widths) - 1
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        width_max = 0.0
        current = -space  # no space before a line's first word
        lineno = 0
        max_width = max_widths[0]  # this line's: max_widths[min(last, lineno)]
        for word in words:
            word_width = measured.get(word)
            if word_width is None:
                word_width = measured[word] = stringWidth(word, font_name, size, "utf8")
            new = current + space + word_width
            if new > max_width + shrink * len(line):
                if split_long and word_width > max_width:  # reportlab: > max(maxWidths[n:n + 1]), n this line's
                    return None
                if line:
                    width_max = max(width_max, current)
                    lines.append((max_width - current, line))
                    line = [word]
                    current = word_width
                    lineno += 1
                    max_width = max_widths[min(last, lineno)]
                    continue
            line.append(word)
            current = new
        if line:
            width_max = max(width_max, current)
            lines.append((max_width - current, line))
        self._width_max = width_max
        self._splitLongWordCount = self._hyphenations = 0
        self.height = 0
        return template.clone(text=data, link=list(template.link), us_lines=list(template.us_lines), kind=0,
                              lines=lines, ascent=m.ascent, descent=m.descent, fontSize=size)
