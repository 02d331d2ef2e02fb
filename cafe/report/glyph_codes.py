"""The codes under which shaped glyphs are drawn, and the text each code reads as.

reportlab embeds a TrueType font by character: each character it draws gets
a one-byte code in a subset of the font, and the subset's ToUnicode map says
which character the code is. A shaped glyph (a conjunct, a reordered vowel
sign) has no character of its own, so :func:`glyph_code` gives each (glyph,
text, width) a code point of its own from the supplementary private use
planes, makes it a character of the font that draws that glyph with that
width, and remembers its text (:func:`glyph_texts`), which
:mod:`cafe.report.fonts` writes into the ToUnicode map instead of the code
point. :mod:`cafe.report.shaping` decides the glyphs and their texts.

Thread: safe from any thread; the codes are process-wide (a font object is shared by every document).
"""

from __future__ import annotations

import threading

#: The private use code points that name shaped glyphs (planes 15 and 16: no bundled face maps them).
PRIVATE = ((0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))

_lock = threading.Lock()


class _Codes:
    """One font's glyph codes: (glyph id, text, width) -> private code point, and each code's text."""

    def __init__(self) -> None:
        self.codes: dict[tuple[int, str, int], int] = {}
        self.texts: dict[int, str] = {}
        self.next = PRIVATE[0][0]


_codes: dict[str, _Codes] = {}


def glyph_texts(font_name: str) -> dict[int, str]:
    """The text each glyph code of ``font_name`` stands for (its ToUnicode entries); empty if none."""
    found = _codes.get(font_name)
    return found.texts if found is not None else {}


def glyph_code(font, gid: int, text: str, width: int) -> int | None:
    """The code that draws glyph ``gid`` of reportlab ``font``, advances the pen by ``width``
    (thousandths of the size) and reads as ``text``; None when every private code is taken."""
    key = (gid, text, width)
    table = _codes.get(font.fontName)
    if table is not None and key in table.codes:
        return table.codes[key]
    with _lock:
        table = _codes.setdefault(font.fontName, _Codes())
        if key in table.codes:
            return table.codes[key]
        face = font.face
        code = table.next
        while code in face.charToGlyph or 0xFFFFE <= code <= 0xFFFFF:
            code += 1
        if code > PRIVATE[1][1]:
            return None
        table.next = code + 1
        # reportlab subsets by character: the code becomes a character of the font that draws the glyph
        face.charToGlyph[code] = gid
        face.charWidths[code] = width
        table.texts[code] = text
        table.codes[key] = code
        return code
