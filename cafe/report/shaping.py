"""Scripts whose letters join, stack and reorder, shaped with HarfBuzz, with a text layer that reads as typed.

Devanagari, Tamil and Thai are not drawn one character after another:
"हिन्दी" needs the vowel sign ि drawn before ह, न् turned into a half form,
"தொ" splits its vowel around த, Thai stacks tone marks over vowels. For the
runs set in :data:`SHAPED_FACES` (see :mod:`cafe.report.fonts`),
:func:`shape` asks HarfBuzz (``uharfbuzz``) for the font's glyphs and their
positions, and :func:`draw_runs` draws those glyphs; every other run is drawn
as before, so text without such scripts costs nothing more.

The text layer (what search and copy read) must still give back the typed
characters, but a shaped glyph often stands for several characters (a
conjunct), or several glyphs for one (a split vowel), in another order than
typed. So each glyph is drawn under a code of its own, a code point from the
supplementary private use planes that the font maps to the glyph, and the
font's ToUnicode map gives each code its text (:mod:`cafe.report.glyph_codes`,
written by :mod:`cafe.report.fonts`): the characters of each HarfBuzz cluster (a
syllable) are shared out over its glyphs in drawing order, so reading the
glyphs in drawing order gives the characters in the order typed. Each shaped
run is also marked with its text (``/ActualText``), which most readers prefer.

Without ``uharfbuzz`` (an install without the wheel) every run is drawn
unshaped, letter by letter in the order typed, and :func:`unshaped_texts`
names the texts that were printed so, for the export's warnings.

Thread: shaping results and glyph codes are cached process-wide under a lock;
the functions may be called from any thread.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cafe.i18n import N_, _, pgettext
from cafe.report import fonts
from cafe.report.glyph_codes import glyph_code

if TYPE_CHECKING:
    from cafe.report.data import ReportData

#: The faces whose runs are shaped (regular and bold faces alike).
SHAPED_FACES: tuple[fonts.Face, ...] = fonts.SHAPED
_SHAPED_NAMES = frozenset(n for face in SHAPED_FACES for n in (face.name, face.bold_name))

# The blocks of the shaped scripts (their faces' entries in fonts' script table): a cheap test of a text.
_SHAPED_RANGES = [r for ranges, face in fonts.SCRIPT_FACES if face in SHAPED_FACES for r in ranges]
_SHAPED_CHARS = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _SHAPED_RANGES) + "]")

_lock = threading.RLock()
_hb: Any = None
_hb_checked = False


def available() -> bool:
    """Whether HarfBuzz (``uharfbuzz``) can be used: without it, text prints unshaped."""
    global _hb, _hb_checked
    if not _hb_checked:
        with _lock:
            if not _hb_checked:
                try:
                    import uharfbuzz
                except ImportError:  # an install without the wheel (no build for this platform)
                    uharfbuzz = None
                # shaped glyphs read right only where the fonts can write their text layer
                _hb = uharfbuzz if fonts.text_layer_for_shapes() else None
                _hb_checked = True
    return _hb is not None


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds letters of a script that is shaped (:data:`SHAPED_FACES`)."""
    return not text.isascii() and _SHAPED_CHARS.search(text) is not None


def is_shaped_face(font_name: str) -> bool:
    return font_name in _SHAPED_NAMES


# --- shaping -------------------------------------------------------------------------------

_hb_fonts: dict[str, Any] = {}


def _hb_font(font_name: str):
    found = _hb_fonts.get(font_name)
    if found is None:
        path = next(fonts.FONT_DIR / (face.bold if font_name == face.bold_name and face.bold else face.regular)
                    for face in SHAPED_FACES if font_name in (face.name, face.bold_name))
        found = _hb_fonts[font_name] = _hb.Font(_hb.Face(_hb.Blob.from_file_path(str(path))))
    return found


@dataclass(frozen=True)
class Shaped:
    """A run's glyphs as drawn: one private code per glyph, with the positioning HarfBuzz asked for.

    Numbers are thousandths of the font size. ``pre`` is the ``TJ`` adjustment
    before the first glyph, ``kerns[i]`` the one after glyph ``i`` (each code's
    width already takes the pen most of the way), ``rises[i]`` glyph ``i``'s
    raise above the baseline, ``width`` the advance of the whole run.
    """

    codes: str
    pre: float
    kerns: tuple[float, ...]
    rises: tuple[float, ...]
    width: float



_EMPTY = Shaped("", 0.0, (), (), 0.0)


def shape(font_name: str, run: str) -> Shaped | None:
    """``run`` shaped in ``font_name``, or None when it is not shaped (another face, no HarfBuzz, no free code).

    Words are shaped one by one and cached (a space ends every syllable, and
    words recur far more than lines do); one result serves every size.
    """
    if not run or not is_shaped_face(font_name) or not available():
        return None
    if " " not in run:
        return _shape_word(font_name, run)
    return _shape_line(font_name, run)


@lru_cache(maxsize=1 << 10)  # a line is measured, then drawn
def _shape_line(font_name: str, run: str) -> Shaped | None:
    space = _shape_word(font_name, " ")
    parts = []
    for n, word in enumerate(run.split(" ")):
        parts += [space, _shape_word(font_name, word)] if n else [_shape_word(font_name, word)]
    codes: list[str] = []
    kerns: list[float] = []
    rises: list[float] = []
    pre = width = 0.0
    for part in parts:
        if part is None:
            return None
        if not part.codes:
            continue
        if kerns:
            kerns[-1] += part.pre  # the next word's first offset, after the last glyph of the one before
        else:
            pre = part.pre
        codes.append(part.codes)
        kerns += part.kerns
        rises += part.rises
        width += part.width
    return Shaped("".join(codes), pre, tuple(kerns), tuple(rises), width)


@lru_cache(maxsize=1 << 15)
def _shape_word(font_name: str, word: str) -> Shaped | None:
    if not word:
        return _EMPTY
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    with _lock:  # a HarfBuzz font is not meant to be shared between threads
        hb_font = _hb_font(font_name)
        buf = _hb.Buffer()
        buf.add_str(word)
        buf.guess_segment_properties()
        _hb.shape(hb_font, buf, {})
        infos, positions = buf.glyph_infos, buf.glyph_positions
        scale = 1000 / hb_font.face.upem
        advances = [hb_font.get_glyph_h_advance(info.codepoint) for info in infos]
    texts = _glyph_texts(word, [info.cluster for info in infos], advances)
    offsets = [pos.x_offset * scale for pos in positions] + [0.0]
    codes: list[str] = []
    kerns: list[float] = []
    for i, (info, pos) in enumerate(zip(infos, positions)):
        # The code's width takes the pen to where the next glyph is drawn, so the glyphs of a word
        # follow each other with no backward jump between them that a reader could take for a space
        # (a mark drawn left of its pen position would otherwise be followed by a jump right).
        exact = pos.x_advance * scale - offsets[i] + offsets[i + 1]
        width = max(0, round(exact))
        code = glyph_code(font, info.codepoint, texts[i], width)
        if code is None:
            return None
        codes.append(chr(code))
        kerns.append(width - exact)  # the rest, as a TJ adjustment (positive: back, never a gap)
    return Shaped("".join(codes), -offsets[0], tuple(kerns), tuple(pos.y_offset * scale for pos in positions),
                  sum(pos.x_advance for pos in positions) * scale)


def _glyph_texts(run: str, clusters: list[int], advances: list[float]) -> list[str]:
    """The text each glyph reads as: a cluster's characters shared out over its glyphs in drawing order.

    Joined in drawing order they give ``run`` back. Each glyph gets one
    character (the last the rest) while there are enough; when a cluster has
    more glyphs than characters (a split vowel), the widest glyphs get them, so
    that a reader spacing words by the gaps between glyphs sees no gap inside a word.
    """
    out = [""] * len(clusters)
    start = 0
    while start < len(clusters):
        end = start
        while end < len(clusters) and clusters[end] == clusters[start]:
            end += 1
        following = clusters[end] if end < len(clusters) else len(run)
        first = clusters[start]
        text = run[first:following] if following > first else run[first:]
        glyphs = list(range(start, end))
        if len(text) < len(glyphs):
            widest = sorted(glyphs, key=lambda g: (-advances[g], g))[:max(1, len(text))]
            glyphs = sorted(widest)
        for n, g in enumerate(glyphs):
            out[g] = text[n:] if n == len(glyphs) - 1 else text[n:n + 1]
        start = end
    return out


def run_width(font_name: str, run: str, size: float) -> float:
    """The printed width of one font run at ``size`` points, shaped when its face is shaped."""
    shaped = shape(font_name, run) if is_shaped_face(font_name) else None
    if shaped is None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(run, font_name, size)
    return shaped.width * size / 1000


def runs(text: str, size: float, *, bold: bool = False) -> list[tuple[str, str, float]]:
    """(font name, run, width) of cleaned, display-ordered ``text``, in drawing order."""
    out = []
    for face, run in fonts.font_runs(text):
        name = face.bold_name if bold else face.name
        out.append((name, run, run_width(name, run, size)))
    return out


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Like :func:`cafe.report.fonts.plain_width`, with shaped runs measured as they print."""
    if not needs_shaping(text):
        return fonts.plain_width(text, size, bold=bold)
    return sum(w for _n, _r, w in runs(text, size, bold=bold))


def draw_runs(canv, font_runs: list[tuple[str, str, float]], x: float, y: float, size: float) -> float:
    """Draw (font name, run, width) triples from ``x`` on baseline ``y``; returns the x after them.

    A shaped run is also marked with its characters (``/ActualText``), which
    readers that honour it (Acrobat, poppler's pdftotext, PDFium) take instead
    of the glyphs' own text; the others read the glyphs' ToUnicode entries.
    """
    for name, run, width in font_runs:
        shaped = shape(name, run) if is_shaped_face(name) else None
        if shaped is None:
            canv.setFont(name, size)
            canv.drawString(x, y, run)
        else:
            _draw_shaped(canv, name, shaped, run, x, y, size)
        x += width
    return x


def _draw_shaped(canv, font_name: str, shaped: Shaped, text: str, x: float, y: float, size: float) -> None:
    """One text object drawing ``shaped``'s glyphs at (x, y), inside a span whose ActualText is ``text``."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    doc = canv._doc
    glyphs = [(subset, byte) for subset, chunk in font.splitString(shaped.codes, doc) for byte in chunk]
    # q…Q keeps the font and rise set here from leaking into reportlab's later text, which assumes its own
    ops = [f"/Span <</ActualText <FEFF{_utf16(text)}>>> BDC", "q", f"BT 1 0 0 1 {_num(x)} {_num(y)} Tm"]
    items: list[str] = []
    subset_now = rise_now = None
    pending = shaped.pre

    def flush() -> None:
        if items:
            ops.append(f"[{' '.join(items)}] TJ")
            items.clear()

    for (subset, byte), kern, rise in zip(glyphs, shaped.kerns, shaped.rises):
        if subset != subset_now:
            flush()
            ops.append(f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf")
            subset_now = subset
        if rise != rise_now:
            flush()
            ops.append(f"{_num(rise * size / 1000)} Ts")
            rise_now = rise
        if abs(pending) >= 0.05:
            items.append(_num(pending))
        items.append(f"<{byte:02X}>")
        pending = kern
    flush()
    ops += ["ET", "Q", "EMC"]
    canv.addLiteral("\n".join(ops))


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def draw_text(canv, text: str, x: float, y: float, size: float, *, bold: bool = False) -> float:
    """Draw cleaned, display-ordered ``text`` at (x, y), each run in its face, shaped where needed."""
    return draw_runs(canv, runs(text, size, bold=bold), x, y, size)


# --- without HarfBuzz ----------------------------------------------------------------------

_SCRIPT_NAMES = {fonts.DEVANAGARI.name: N_("Devanagari"), fonts.TAMIL.name: N_("Tamil"), fonts.THAI.name: N_("Thai")}
_SCRIPT_CHARS = {
    _SCRIPT_NAMES[face.name]: re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]")
    for ranges, face in fonts.SCRIPT_FACES if face in SHAPED_FACES
}


def unshaped_texts(data: ReportData, *, include_participants: bool = False) -> list[str]:
    """One short warning line per text of the report that HarfBuzz would have shaped, when it is missing
    (the PDF then prints them letter by letter in the order typed); empty when it is there."""
    if available():
        return []
    from cafe.report.coverage import _texts, quoted_place

    out = []
    for where, text, quote in _texts(data, include_participants):
        if needs_shaping(text):
            scripts = pgettext("list of scripts", " and ").join(
                _(name) for name, chars in _SCRIPT_CHARS.items() if chars.search(text))
            out.append(_("{place}: {scripts} printed unshaped (the uharfbuzz package is not installed)").format(
                place=quoted_place(where, quote), scripts=scripts))
    return out
