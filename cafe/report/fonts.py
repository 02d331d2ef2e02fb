"""Bundled fonts for the report, and user text turned into safe reportlab markup.

No single font covers Latin, Arabic, Chinese and Japanese, and reportlab has no
automatic fallback, so text is cut into runs, each set in the first bundled font
whose character map has the glyph (the script's preferred font first):

===========  ==========================  ==========================================
name         file (``resources/fonts``)  used for
===========  ==========================  ==========================================
CafeSans     NotoSans-{Regular,Bold}     Latin, Greek, Cyrillic (the body font)
CafeSymbols  DejaVuSans{,-Bold}          what Noto Sans lacks: Hebrew, Armenian,
                                         Georgian, arrows, many symbols
CafeArabic   NotoNaskhArabic-*           Arabic (shaped to presentation forms)
CafeCJK      DroidSansFallbackFull       Chinese, Japanese, Hanja (no bold face)
CafeKorean   NanumSquareR                Korean Hangul (no bold face)
CafeThai     NotoSansThai-*              Thai
CafeDeva     NotoSansDevanagari-*        Hindi, Marathi, Nepali… (Devanagari)
CafeTamil    NotoSansTamil-*             Tamil
CafeEthio    NotoSansEthiopic-Regular    Amharic, Tigrinya… (Ethiopic; no bold)
CafeEmoji    Symbola                     emoji and pictographs, in black and white
===========  ==========================  ==========================================

Colour emoji fonts (CBDT/COLR tables) cannot be embedded by reportlab, so emoji
print as Symbola's monochrome outlines; a character no bundled font has prints
as U+FFFD (a visible replacement), never as an invisible gap, and
:func:`missing_chars` names such characters so an export can warn about them.

Runs in Devanagari, Tamil and Thai are shaped with HarfBuzz when it is
installed (conjuncts, reordered vowel signs, stacked marks):
:mod:`cafe.report.shaping` draws them glyph by glyph; this module keeps the
zero-width joiners such runs need and writes their text layer. Hangul,
Ethiopic and Chinese need no shaping; Arabic is joined here (presentation forms).

The PDF's text layer (the ToUnicode map that search and copy read) names the
right character for every glyph, also beyond U+FFFF (emoji): reportlab writes
such a code point as five hex digits, which readers take for two other
characters, so :class:`_Font` writes it as the UTF-16 pair the format asks for,
and gives a shaped glyph the characters it stands for (:func:`cafe.report.glyph_codes.glyph_texts`).

Contract for :func:`markup`: every character of the user's text is escaped, so
``<img src=…>``, ``&`` or ``<b>`` print literally and can never load a file or
URL; control characters print as their visible "control pictures" (␀, ␛, …);
newlines become ``<br/>``. Right-to-left runs inside a left-to-right paragraph
are shaped and reordered per logical line; a paragraph that is mostly
right-to-left must go through :func:`cafe.report.rtl.paragraph`, which also
orders wrapped lines correctly.

Thread: :func:`register_fonts` is safe to call from any thread, any number of
times; the other functions are pure once fonts are registered (they call it).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape

from cafe.report.glyph_codes import glyph_texts
from cafe.storage import paths

FONT_DIR = paths.RESOURCES / "fonts"

BODY = "CafeSans"
BODY_BOLD = "CafeSans-Bold"
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Face:
    """One bundled family: a reportlab name and its regular and bold files."""

    name: str
    regular: str
    bold: str | None  # None: the regular face is used for bold too

    @property
    def bold_name(self) -> str:
        return self.name + "-Bold" if self.bold else self.name


LATIN = Face(BODY, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
SYMBOLS = Face("CafeSymbols", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
ARABIC = Face("CafeArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
CJK = Face("CafeCJK", "DroidSansFallbackFull.ttf", None)
KOREAN = Face("CafeKorean", "NanumSquareR.ttf", None)
THAI = Face("CafeThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf")
DEVANAGARI = Face("CafeDeva", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")
TAMIL = Face("CafeTamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf")
ETHIOPIC = Face("CafeEthio", "NotoSansEthiopic-Regular.ttf", None)
EMOJI = Face("CafeEmoji", "Symbola.ttf", None)
FACES: tuple[Face, ...] = (LATIN, SYMBOLS, ARABIC, CJK, KOREAN, THAI, DEVANAGARI, TAMIL, ETHIOPIC, EMOJI)

#: Faces whose runs are shaped (:mod:`cafe.report.shaping`); their runs keep the joiners that steer shaping.
SHAPED: tuple[Face, ...] = (DEVANAGARI, TAMIL, THAI)
_JOINERS = "\u200c\u200d"

#: Order in which fonts are tried for a character that no script claims.
FALLBACK: tuple[Face, ...] = (LATIN, SYMBOLS, EMOJI, ARABIC, CJK, KOREAN, THAI, DEVANAGARI, TAMIL, ETHIOPIC)

_lock = threading.Lock()
_registered = False
_cmaps: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register every bundled face and its family with reportlab (idempotent).

    Raises ``FileNotFoundError`` naming the font file if one is missing.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        font_class = _font_class()
        for face in FACES:
            path = FONT_DIR / face.regular
            if not path.is_file():
                raise FileNotFoundError(f"The report font {path} is missing.")
            regular = font_class(face.name, str(path))
            pdfmetrics.registerFont(regular)
            _cmaps[face.name] = frozenset(regular.face.charToGlyph)
            if face.bold:
                bold_path = FONT_DIR / face.bold
                if not bold_path.is_file():
                    raise FileNotFoundError(f"The report font {bold_path} is missing.")
                pdfmetrics.registerFont(font_class(face.bold_name, str(bold_path)))
            # Each name maps to its own family, so <b> inside <font name=…> finds the bold face.
            for name in {face.name, face.bold_name}:
                addMapping(name, 0, 0, face.name)
                addMapping(name, 1, 0, face.bold_name)
                addMapping(name, 0, 1, face.name)
                addMapping(name, 1, 1, face.bold_name)
        _register_italics(addMapping, pdfmetrics)
        _registered = True


#: The body font's italic faces (Noto Sans Italic), so ``<i>`` slants in every document.
ITALIC = BODY + "-Italic"
BOLD_ITALIC = BODY + "-BoldItalic"
_ITALIC_FILES = ((ITALIC, "NotoSans-Italic.ttf"), (BOLD_ITALIC, "NotoSans-BoldItalic.ttf"))


def _register_italics(addMapping, pdfmetrics) -> None:
    """Map ``CafeSans`` italic and bold italic to Noto Sans Italic and Bold Italic.

    The upright faces are named upright too, so a paragraph in the body font
    starts upright and ``<i>`` slants it. Called with the lock held.
    """
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in _ITALIC_FILES:
        path = FONT_DIR / file
        if not path.is_file():
            raise FileNotFoundError(f"The report font {path} is missing.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for psname in (ITALIC, BOLD_ITALIC, BODY_BOLD, BODY):
        bold, italic = psname in (BODY_BOLD, BOLD_ITALIC), psname in (ITALIC, BOLD_ITALIC)
        addMapping(BODY, int(bold), int(italic), psname)
        addMapping(BODY_BOLD, int(bold), int(italic), psname)


def has_glyph(face: Face, char: str) -> bool:
    register_fonts()
    return ord(char) in _cmaps[face.name]


# --- the text layer ---------------------------------------------------------

def to_unicode_cmap(fontname: str, subset, texts: Mapping[int, str] | None = None) -> str:
    """A ToUnicode CMap for one 256-glyph subset of a font (PDF 1.7, 9.10.3).

    Like reportlab's own, except that each destination is UTF-16BE, so a code
    point beyond U+FFFF is written as its surrogate pair (``<D83CDF0D>`` for
    🌍), a code found in ``texts`` (a shaped glyph) reads as that text, any
    number of characters, and entries come in blocks of at most 100, as the
    format requires.
    """
    texts = texts or {}

    def destination(code: int) -> str:
        return "".join(_utf16_hex(ord(c)) for c in texts[code]) if code in texts else _utf16_hex(code)
    entries = [f"<{i:02X}> <{destination(code)}>" for i, code in enumerate(subset)]
    blocks = []
    for start in range(0, len(entries), 100):
        chunk = entries[start:start + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        *blocks,
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


def _utf16_hex(code: int) -> str:
    if code <= 0xFFFF:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def text_layer_for_shapes() -> bool:
    """Whether the registered fonts write the text of shaped glyphs (:mod:`cafe.report.glyph_codes`)."""
    from reportlab.pdfbase.ttfonts import TTFont

    return _font_class() is not TTFont


_font_class_cache: type | None = None


def _font_class() -> type:
    """reportlab's TTFont with a text layer that is right beyond U+FFFF (see :func:`to_unicode_cmap`)."""
    global _font_class_cache
    if _font_class_cache is not None:
        return _font_class_cache
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfbase.ttfonts import TTFont

    SUBSETN = getattr(ttfonts, "SUBSETN", None)
    if SUBSETN is None:  # a reportlab whose internals changed: print, with its own text layer
        _font_class_cache = TTFont
        return TTFont

    class _Font(TTFont):
        def addObjects(self, doc):
            state = getattr(self, "state", {}).get(doc)
            subsets = [list(s) for s in getattr(state, "subsets", ())]
            super().addObjects(doc)
            # reportlab has just written each subset's ToUnicode stream, named after the subset's
            # base font; rewrite the streams of the subsets that hold a code point beyond U+FFFF
            # (shaped glyphs' codes among them).
            texts = glyph_texts(self.fontName)
            for n, subset in enumerate(subsets):
                if max(subset, default=0) <= 0xFFFF:
                    continue
                base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
                stream = doc.idToObject.get("toUnicodeCMap:" + base)
                if stream is not None:
                    stream.content = to_unicode_cmap(base, subset, texts)

    _font_class_cache = _Font
    return _Font


# --- cleaning ---------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def _visible_control(code: int) -> str:
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return REPLACEMENT


_CONTROL_MAP = {c: _visible_control(c) for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
_CONTROL_MAP[ord("\n")] = "\n"
_CONTROL_MAP[ord("\t")] = " "


def clean_text(text: str) -> str:
    """User text with line breaks unified to ``\\n`` and other control characters made visible.

    Tabs become spaces; lone surrogates and U+FFFE/U+FFFF (which no PDF or XML
    file can hold) become U+FFFD. Pure: needs no registered font.
    """
    if text.isprintable():  # the common case: nothing to replace (newlines are not printable)
        return text
    text = _NEWLINES.sub("\n", text)
    if not text.isascii() or not text.isprintable():
        text = text.translate(_CONTROL_MAP)
        # Lone surrogates and the two noncharacters cannot be stored in a PDF string or an XML file.
        if any("\ud800" <= c <= "\udfff" or c in "\ufffe\uffff" for c in text):
            text = "".join(REPLACEMENT if "\ud800" <= c <= "\udfff" or c in "\ufffe\uffff" else c
                           for c in text)
    return text


# --- scripts and runs -------------------------------------------------------

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_KOREAN_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))
_CJK_RANGES = (
    (0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3100, 0x312F), (0x3190, 0x31FF), (0x3200, 0x9FFF),
    (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF), (0x20000, 0x3FFFF),
)
#: Each script's blocks and the face that prints them, tried before any other face.
SCRIPT_FACES: tuple[tuple[tuple[tuple[int, int], ...], Face], ...] = (
    (_ARABIC_RANGES, ARABIC),
    (_KOREAN_RANGES, KOREAN),
    (_CJK_RANGES, CJK),
    (((0x0E00, 0x0E7F),), THAI),
    (((0x0900, 0x097F), (0x1CD0, 0x1CFF), (0xA8E0, 0xA8FF)), DEVANAGARI),
    (((0x0B80, 0x0BFF), (0x11FC0, 0x11FFF)), TAMIL),
    (((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF)), ETHIOPIC),
)


def _in(ranges, code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in ranges)


def _preferred(code: int) -> tuple[Face, ...]:
    for ranges, face in SCRIPT_FACES:
        if _in(ranges, code):
            return (face, *FALLBACK)
    if code >= 0x1F000 or 0x2600 <= code <= 0x27BF:
        return (EMOJI, SYMBOLS, *FALLBACK)
    return FALLBACK


_font_cache: dict[str, Face | None] = {}


def font_for(char: str) -> Face | None:
    """The face that prints ``char``; None if no bundled face has it."""
    if char in _font_cache:
        return _font_cache[char]
    register_fonts()
    code = ord(char)
    face = next((f for f in _preferred(code) if code in _cmaps[f.name]), None)
    _font_cache[char] = face
    return face


def _sticky(char: str) -> bool:
    """Characters that stay in the current run when its font has them (spaces, marks, punctuation)."""
    if char in " \n":
        return True
    cat = unicodedata.category(char)
    return cat[0] in "MPZ" or cat == "Sk"


_DROP = "drop"
_latin_set: frozenset[str] | None = None


def _latin_chars() -> frozenset[str]:
    """The printable characters the body font has, as a set of one-character strings."""
    global _latin_set
    if _latin_set is None:
        _latin_set = frozenset(chr(c) for c in _cmaps[LATIN.name]
                               if unicodedata.category(chr(c))[0] not in "CZ" or chr(c) == " ")
    return _latin_set


def _variation_selector(code: int) -> bool:
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _face_or_drop(char: str) -> Face | str:
    """The face for ``char``, :data:`_DROP` for an invisible format character, else the replacement's face.

    A character no face has (a combining mark included: dropping it would lose text unseen)
    gets :data:`SYMBOLS`, whose U+FFFD then stands in for it.
    """
    found = _run_cache.get(char)
    if found is not None:
        return found
    cat = unicodedata.category(char)
    if cat == "Cf" and char != "\xad":  # joiners, direction marks: no visible form (the soft hyphen has one)
        found = _DROP
    else:
        found = font_for(char) or (_DROP if _variation_selector(ord(char)) else SYMBOLS)
    _run_cache[char] = found
    return found


def missing_chars(text: str) -> list[str]:
    """The distinct characters of ``text`` that no bundled face has, in order of appearance.

    Each of them prints as U+FFFD (a visible mark); invisible format characters
    and variation selectors are not missing (they have no visible form anyway).
    """
    text = clean_text(text)
    if text.isascii():
        return []
    register_fonts()
    known = _latin_chars()
    out = []
    for char in dict.fromkeys(text):
        if char in known or char == "\n":
            continue
        if _face_or_drop(char) is SYMBOLS and ord(char) not in _cmaps[SYMBOLS.name]:
            out.append(char)
    return out


_run_cache: dict[str, Face | str] = {}


def font_runs(text: str) -> Iterator[tuple[Face, str]]:
    """Cut cleaned ``text`` into (face, run) pairs; every visible character lands in some run.

    A character no face has becomes U+FFFD; invisible format characters
    (zero-width joiners, direction marks, variation selectors) are dropped: they
    have done their work (shaping, ordering) before this step, except the
    joiners inside a run of a shaped face (:data:`SHAPED`), which HarfBuzz
    reads. Line breaks stay in the run they are in.
    """
    register_fonts()
    if text.isascii() or not set(text).difference(_latin_chars()):
        # The common case: Noto Sans has every character (cleaned ASCII always qualifies).
        if text:
            yield LATIN, text
        return
    current: Face | None = None
    buf: list[str] = []
    for char in text:
        if current is not None and (char == "\n" or (_sticky(char) and ord(char) in _cmaps[current.name])
                                    or (char in _JOINERS and current in SHAPED)):
            buf.append(char)
            continue
        face = _face_or_drop(char)
        if isinstance(face, str):  # _DROP
            continue
        if face is SYMBOLS and ord(char) not in _cmaps[SYMBOLS.name]:
            char = REPLACEMENT
        if face is not current:
            if buf and current is not None:  # a run is only ever started with its face
                yield current, "".join(buf)
            current, buf = face, []
        buf.append(char)
    if buf and current is not None:
        yield current, "".join(buf)


# --- direction --------------------------------------------------------------

def is_rtl_char(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


# Every code point whose bidi class is R or AL lies in these blocks: a cheap first test.
_RTL_BLOCKS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    if text.isascii():
        return False
    return any(is_rtl_char(m.group()) for m in _RTL_BLOCKS.finditer(text))


def dominant_direction(text: str) -> str:
    """``"rtl"`` when strong right-to-left letters outnumber left-to-right ones, else ``"ltr"``.

    A tie goes to the first strong letter (the Unicode paragraph rule).
    """
    if not has_rtl(text):
        return "ltr"
    rtl = ltr = 0
    first = None
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
            first = first or "rtl"
        elif kind == "L":
            ltr += 1
            first = first or "ltr"
    if rtl != ltr:
        return "rtl" if rtl > ltr else "ltr"
    return first or "ltr"


def visual_line(line: str, base: str) -> str:
    """One logical line in display order: Arabic shaped to presentation forms, runs reordered.

    ``base`` is the paragraph direction, ``"ltr"`` or ``"rtl"``. A line with no
    right-to-left letter comes back unchanged when the base is left-to-right.
    """
    if base == "ltr" and not has_rtl(line):
        return line
    # The pure-Python algorithm mirrors brackets in right-to-left runs; python-bidi's Rust one does not.
    from bidi.algorithm import get_display

    return get_display(_reshaper().reshape(line), base_dir="R" if base == "rtl" else "L")


def shape_arabic(text: str) -> str:
    """``text`` with its Arabic letters in their joined forms, still in logical order."""
    return _reshaper().reshape(text) if has_rtl(text) else text


_reshaper_instance = None


def _reshaper():
    """The Arabic shaper, keeping vowel marks (the default drops them, which loses text)."""
    global _reshaper_instance
    if _reshaper_instance is None:
        from arabic_reshaper import ArabicReshaper

        _reshaper_instance = ArabicReshaper(configuration={"delete_harakat": False})
    return _reshaper_instance


# --- markup -----------------------------------------------------------------

def markup(text: str, *, bold: bool = False) -> str:
    """``text`` as reportlab Paragraph markup that prints it literally, in fonts that have its glyphs.

    Assumes the paragraph style's font is :data:`BODY`; runs in other faces are
    wrapped in ``<font name=…>``; ``bold`` wraps the whole in ``<b>`` (every
    face is registered as a family, so each run finds its bold face).
    Right-to-left words inside the text are shaped and put in display order
    line by line (a line that later wraps inside such a run keeps the run's
    order; mostly right-to-left paragraphs should use :func:`cafe.report.rtl.paragraph`).
    Devanagari, Tamil and Thai come out unshaped here (a ``Paragraph`` cannot
    draw shaped glyphs with a right text layer): :func:`cafe.report.rtl.paragraph` shapes them.
    """
    text = clean_text(text)
    if text.isascii():
        out = escape(text)
    else:
        if has_rtl(text):
            text = "\n".join(visual_line(line, "ltr") for line in text.split("\n"))
        parts = []
        for face, run in font_runs(text):
            run = escape(run)
            parts.append(run if face is LATIN else f'<font name="{face.name}">{run}</font>')
        out = "".join(parts)
    out = out.replace("\n", "<br/>")
    return f"<b>{out}</b>" if bold else out


def plain_width(text: str, size: float, *, bold: bool = False) -> float:
    """The printed width of cleaned, display-ordered ``text`` at ``size`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(
        stringWidth(run, face.bold_name if bold else face.name, size) for face, run in font_runs(text)
    )
