"""Prose blocks (:mod:`cafe.report.markup`) as reportlab flowables, for the PDF report.

:func:`to_flowables` turns parsed blocks into flowables in the report's
styles:

* paragraphs in ``styles["body"]``; bold and italics as ``<b>`` and ``<i>``
  tags this module writes around text escaped by
  :func:`cafe.report.fonts.markup` (which also sets each script in a font
  that has its glyphs). User text never becomes markup: ``<img src=…>``,
  ``<font …>``, ``&`` or ``</para>`` print literally.
* italics in Noto Sans Italic and Bold Italic (bundled beside the regular
  and bold faces, :func:`register_italics`); other scripts have no italic
  face and print upright inside italics.
* links as ``<a href>`` with the address escaped (only addresses that passed
  :func:`cafe.report.markup.safe_url`), in the accent colour, underlined.
* bulleted and numbered lists as reportlab ``ListFlowable`` (one level,
  numbers from the list's start);
* quotations indented, with a rule down their left side (:class:`QuoteBar`);
* headings of the text in ``styles["heading"]`` (a bold style derived from the
  body when not given), kept with what follows.

A paragraph (or list item) that is mostly right-to-left, or holds a script
that is shaped (Devanagari, Tamil, Thai), goes through
:func:`cafe.report.layout.paragraphs` (so :func:`cafe.report.rtl.paragraph`):
its words come out in the right order and shape, but its inline bold,
italics and links are dropped (the text is set in bold when all of it is
bold; a link's address follows its text in parentheses). In a list, such an
item keeps its bullet or number, mirrored to the right for right-to-left text.

Long paragraphs are set in pieces of at most
:data:`cafe.report.layout.PIECE_CHARS` characters and
:data:`cafe.report.layout.PIECE_LINES` lines, as all user text in the report.

Thread: pure once the fonts are registered (:func:`register_italics` is safe from any thread).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem

from cafe.report import fonts, shaping
from cafe.report.layout import PIECE_CHARS, PIECE_LINES, paragraphs
from cafe.report.markup_blocks import (
    Block,
    Bold,
    Bullets,
    Heading,
    Italic,
    Link,
    Numbered,
    Para,
    Quote,
    Span,
    Text,
    safe_url,
)
from cafe.report.markup_blocks import plain_text as _plain_text
from cafe.i18n import is_rtl
from cafe.report.rtl import TextParagraph, direction, page_style

ITALIC = fonts.ITALIC
BOLD_ITALIC = fonts.BOLD_ITALIC

LINK_COLOUR = "#1f4e79"
RULE_COLOUR = colors.HexColor("#9db3c8")
QUOTE_COLOUR = colors.HexColor("#333333")
#: How far a quotation is indented (points), and where its rule runs.
QUOTE_INDENT = 14.0
QUOTE_RULE_X = 4.0

def register_italics() -> None:
    """Register the body font with its italic faces (idempotent, any thread)."""
    fonts.register_fonts()


# --- runs: text with its bold, italics and link -----------------------------------------------------

Run = tuple[str, bool, bool, Link | None]


def _runs(spans: Sequence[Span], bold: bool = False, italic: bool = False, link: Link | None = None,
          out: list[Run] | None = None) -> list[Run]:
    out = [] if out is None else out
    for x in spans:
        if isinstance(x, Text):
            out.append((x.text, bold, italic, link))
        elif isinstance(x, Bold):
            _runs(x.spans, True, italic, link, out)
        elif isinstance(x, Italic):
            _runs(x.spans, bold, True, link, out)
        else:  # a link built by hand with an address that is not safe prints as its text
            _runs(x.spans, bold, italic, x if safe_url(x.url) else link, out)
    return out


def _markup(runs: Sequence[Run]) -> str:
    """Paragraph markup for ``runs``: every text escaped, the only tags those written here."""
    parts: list[str] = []
    current: Link | None = None
    for text, bold, italic, link in runs:
        if link is not current:
            if current is not None:
                parts.append("</a>")
            if link is not None:
                href = escape(link.url, {'"': "&quot;"})
                parts.append(f'<a href="{href}" color="{LINK_COLOUR}" underline="1">')
            current = link
        piece = fonts.markup(text)
        if italic:
            piece = f"<i>{piece}</i>"
        if bold:
            piece = f"<b>{piece}</b>"
        parts.append(piece)
    if current is not None:
        parts.append("</a>")
    return "".join(parts)


def _slice(runs: Sequence[Run], start: int, end: int) -> list[Run]:
    """The runs covering characters ``start``–``end`` of their joined text."""
    out: list[Run] = []
    at = 0
    for text, bold, italic, link in runs:
        lo, hi = max(start, at), min(end, at + len(text))
        if lo < hi:
            out.append((text[lo - at:hi - at], bold, italic, link))
        at += len(text)
        if at >= end:
            break
    return out


def _cuts(text: str) -> list[tuple[int, int]]:
    """Where :func:`cafe.report.layout.pieces` would cut ``text``: (start, end) of each piece, white space
    at the cuts left out."""
    if len(text) <= PIECE_CHARS and text.count("\n") < PIECE_LINES:
        return [(0, len(text))]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + PIECE_CHARS)
        at = start - 1
        for _ in range(PIECE_LINES):
            at = text.find("\n", at + 1, end)
            if at < 0:
                break
        if at >= 0:
            end = at + 1
        elif end < len(text):
            low = start + PIECE_CHARS // 2
            cut = text.rfind("\n", low, end)
            if cut < 0:
                cut = text.rfind(" ", low, end)
            if cut > start:
                end = cut + 1
        lo, hi = start, end
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
        start = end
    return out or [(0, 0)]


# --- styles ----------------------------------------------------------------------------------------

_derived: dict[tuple[int, str], ParagraphStyle] = {}


def _derive(style: ParagraphStyle, kind: str, **changes: Any) -> ParagraphStyle:
    key = (id(style), kind)
    found = _derived.get(key)
    if found is None or found.parent is not style:
        found = ParagraphStyle(f"{style.name}-{kind}", parent=style, **changes)
        _derived[key] = found
    return found


class _Styles:
    def __init__(self, styles: Mapping[str, Any]):
        body = styles["body"]
        self.body = body
        self.heading = styles.get("heading") or _derive(
            body, "heading", fontName=fonts.BODY_BOLD, fontSize=body.fontSize + 1,
            leading=body.leading + 1, spaceBefore=max(body.spaceAfter, 4), keepWithNext=1)
        self.item = styles.get("list") or _derive(body, "item", spaceBefore=0, spaceAfter=max(1.0, body.spaceAfter / 2))
        self.quote = styles.get("quote") or _derive(body, "quote", textColor=QUOTE_COLOUR)


# --- blocks ----------------------------------------------------------------------------------------

def to_flowables(blocks: Sequence[Block], styles: Mapping[str, Any]) -> list[Flowable]:
    """The blocks as flowables.

    ``styles`` maps ``"body"`` (required: a ParagraphStyle in
    :data:`cafe.report.fonts.BODY`) and, optionally, ``"heading"`` (the text's
    own headings), ``"list"`` (list items) and ``"quote"`` (quoted paragraphs);
    missing ones are derived from the body style.
    """
    register_italics()
    st = _Styles(styles)
    out: list[Flowable] = []
    for block in blocks:
        out.extend(_block(block, st, st.body))
    return out


def _block(block: Block, st: _Styles, body: ParagraphStyle) -> list[Flowable]:
    if isinstance(block, Para):
        return _paragraphs(block.spans, body)
    if isinstance(block, Heading):
        return _paragraphs(block.spans, st.heading)
    if isinstance(block, Quote):
        inner: list[Flowable] = []
        for b in block.blocks:
            inner.extend(_block(b, st, st.quote))
        return [QuoteBar(f, joined=k + 1 < len(inner)) for k, f in enumerate(inner)]
    return _list(block, st)


def _paragraphs(spans: Sequence[Span], style: ParagraphStyle, bullet: str | None = None) -> list[Flowable]:
    """One paragraph's spans as flowables (in pieces when long); see the module docstring for right-to-left."""
    runs = _runs(spans)
    plain = "".join(r[0] for r in runs)
    if bullet is not None or _needs_plain(plain):
        bold = all(r[1] for r in runs if r[0].strip()) and any(r[0].strip() for r in runs)
        return paragraphs(_plain_text(spans, addresses=True), style, bold=bold, bullet=bullet)
    style = page_style(style)  # right-aligned in a right-to-left report
    cuts = _cuts(plain)
    if len(cuts) == 1:
        start, end = cuts[0]
        return [TextParagraph(_markup(_slice(runs, start, end) if (start, end) != (0, len(plain)) else runs),
                              style)]
    first = _derive(style, "piece-first", spaceAfter=0)
    middle = _derive(style, "piece-middle", spaceBefore=0, spaceAfter=0)
    last = _derive(style, "piece-last", spaceBefore=0)
    out: list[Flowable] = []
    for k, (start, end) in enumerate(cuts):
        piece_style = first if k == 0 else last if k == len(cuts) - 1 else middle
        out.append(TextParagraph(_markup(_slice(runs, start, end)), piece_style))
    return out


def _needs_plain(text: str) -> bool:
    """Whether ``text`` must be set by :func:`cafe.report.rtl.paragraph` (right-to-left or shaped)."""
    if text.isascii():
        return False
    return direction(text) == "rtl" or (shaping.needs_shaping(text) and shaping.available())


def _list(block: Bullets | Numbered, st: _Styles) -> list[Flowable]:
    """A list as ListFlowables; items that must be set right-to-left or shaped come between them,
    each with its own (mirrored) bullet."""
    style = st.item
    numbered = isinstance(block, Numbered)
    start = block.start if isinstance(block, Numbered) else 0
    labels = [f"{start + k}." if numbered else "•" for k in range(len(block.items))]
    widest = max(fonts.plain_width(label, style.fontSize) for label in labels)
    indent = widest + style.fontSize * 0.6
    out: list[Flowable] = []
    pending: list[ListItem] = []
    pending_start = start

    def flush() -> None:
        if not pending:
            return
        kwargs: dict[str, Any] = dict(
            bulletFontName=fonts.BODY, bulletFontSize=style.fontSize, bulletColor=style.textColor,
            leftIndent=style.leftIndent + indent, spaceBefore=st.body.spaceBefore,
            spaceAfter=st.body.spaceAfter)  # reportlab takes the larger of this and the last item's
        if numbered:
            out.append(ListFlowable(list(pending), bulletType="1", start=pending_start, bulletFormat="%s.",
                                    **kwargs))
        else:
            out.append(ListFlowable(list(pending), bulletType="bullet", start="•", **kwargs))
        pending.clear()

    for k, item in enumerate(block.items):
        plain = _plain_text(item)
        if _needs_plain(plain) or is_rtl():  # right to left: each item's bullet next to its own text
            flush()
            out.extend(_paragraphs(item, style, bullet=labels[k]))
            continue
        if not pending:
            pending_start = start + k
        pending.append(ListItem(_paragraphs(item, style)))
    flush()
    return out


class QuoteBar(Flowable):
    """One flowable of a quotation, indented, with a rule down its left side.

    ``joined``: the quotation goes on below, so the rule runs on through the
    space after this flowable. It splits where the flowable inside splits.
    """

    def __init__(self, inner: Flowable, *, joined: bool = False):
        super().__init__()
        self.inner = inner
        self.joined = joined
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        width = max(availWidth - QUOTE_INDENT, 1.0)
        canv = getattr(self, "canv", None)  # a list lays out on the canvas it is drawn on
        _w, h = self.inner.wrapOn(canv, width, availHeight) if canv is not None else self.inner.wrap(width, availHeight)
        self.width, self.height = availWidth, h
        return availWidth, h

    def split(self, availWidth, availHeight):
        width = max(availWidth - QUOTE_INDENT, 1.0)
        canv = getattr(self, "canv", None)
        parts = self.inner.splitOn(canv, width, availHeight) if canv is not None else self.inner.split(width, availHeight)
        if not parts:
            return []
        return [QuoteBar(p, joined=self.joined if k == len(parts) - 1 else False) for k, p in enumerate(parts)]

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def draw(self):
        canv = self.canv
        below = self.getSpaceAfter() if self.joined else 0.0
        canv.saveState()
        canv.setStrokeColor(RULE_COLOUR)
        canv.setLineWidth(2)
        canv.line(QUOTE_RULE_X, -below, QUOTE_RULE_X, self.height)
        canv.restoreState()
        self.inner.drawOn(canv, QUOTE_INDENT, 0)
