"""Blocks and spans (:mod:`cafe.report.markup`) written back as normalised Markdown: :func:`to_markdown`.

CommonMark reads emphasis by its neighbours, so a span is written one way and
read back (:func:`cafe.report.markup_parse.parse`); when that reading differs,
the other ways of writing it are tried. ``parse(to_markdown(parse(x))) == parse(x)``
for any ``x``, except bold or italics of nothing but punctuation hugging a letter
("***_**_a__**"), which CommonMark cannot write: it is written as its plain text. Pure and Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
from cafe.report.markup_parse import parse

# Characters that could make markup anywhere in a line: escaped with a backslash (CommonMark 2.4).
_MD_INLINE = re.compile(r"[\\`*_\[\]~]|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
# At the start of a line only: list markers, headings, quotes, setext underlines and rules.
_MD_LINE_START = re.compile(
    r"^(?:[-+•](?=[ \t]|$)|\d{1,9}(?=[.)](?:[ \t]|$))|[#>]|[-=](?=[-= \t]*$))", re.MULTILINE)


def _md_line_starts(text: str) -> str:
    def escape(m: re.Match) -> str:
        found = m.group()
        return found + "\\" if found[0].isdigit() else "\\" + found
    return _MD_LINE_START.sub(escape, text)


def _md_spans(spans: Sequence[Span], way: tuple[bool, bool] = (True, False)) -> str:
    """Inline Markdown. ``way`` is (underscores, bare): with underscores, italics not touching a
    letter or digit outside are written ``_x_`` (their runs then never merge with the ``**`` of
    bold, whose lengths CommonMark weighs); with bare, a link showing its address is written
    bare instead of ``<url>``."""
    underscores, bare = way
    out: list[str] = []
    for k, x in enumerate(spans):
        if isinstance(x, Text):
            text = _MD_INLINE.sub(lambda m: "\\" + m.group(), x.text)
            if text.endswith("!") and k + 1 < len(spans) and isinstance(spans[k + 1], Link):
                text = text[:-1] + "\\!"  # "![…](…)" would be an image
            out.append(text.replace("\n", "  \n"))
        elif isinstance(x, Bold):
            out.append(f"**{_md_spans(x.spans, way)}**")
        elif isinstance(x, Italic):
            before, after = spans[k - 1] if k else None, spans[k + 1] if k + 1 < len(spans) else None
            hugged = ((isinstance(before, Text) and before.text[-1].isalnum())
                      or (isinstance(after, Text) and after.text[0].isalnum()))
            mark = "_" if underscores and not hugged else "*"
            out.append(f"{mark}{_md_spans(x.spans, way)}{mark}")
        elif x.spans == (Text(x.url),) and safe_url(x.url):
            out.append(x.url if bare else f"<{x.url}>")
        elif not safe_url(x.url):  # never from parse(): a link built by hand with an unsafe address
            out.append(_md_spans(x.spans, way))
        else:
            url = re.sub(r"([\\()])", r"\\\1", x.url)
            out.append(f"[{_md_spans(x.spans, way)}]({url})")
    return "".join(out)


#: The ways of writing spans tried in turn until the text reads back as the same spans (see _md_spans).
_WAYS = ((True, False), (True, True), (False, False), (False, True))


def _md_block(block: Block, heading_base: int) -> str:
    written = _md_block_as(block, heading_base, _WAYS[0])
    if isinstance(block, (Para, Bullets, Numbered)) and parse(written) != (block,):
        # CommonMark reads emphasis by its neighbours: another way of writing it may read back right
        for way in _WAYS[1:]:
            other = _md_block_as(block, heading_base, way)
            if parse(other) == (block,):
                return other
        # bold or italics of nothing but punctuation against a letter cannot be written in CommonMark:
        # such a span is written as its plain text (its words kept, its emphasis lost)
        plain = _without_bare_emphasis(block)
        if plain != block:
            for way in _WAYS:
                other = _md_block_as(plain, heading_base, way)
                if parse(other) == (plain,):
                    return other
    return written


def _without_bare_emphasis(block: Block) -> Block:
    """``block`` with every bold or italic span that holds no letter or digit turned into plain text."""
    def spans(items: Sequence[Span]) -> tuple[Span, ...]:
        out: list[Span] = []
        for x in items:
            if isinstance(x, (Bold, Italic)):
                inner = spans(x.spans)
                text = "".join(t.text for t in inner if isinstance(t, Text))
                if len(text) == sum(len(t.text) for t in inner if isinstance(t, Text)) and all(
                        isinstance(t, Text) for t in inner) and not any(ch.isalnum() for ch in text):
                    x = Text(text)
                else:
                    x = type(x)(inner)
            elif isinstance(x, Link):
                x = Link(spans(x.spans), x.url)
            if isinstance(x, Text) and out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + x.text)
            else:
                out.append(x)
        return tuple(out)

    if isinstance(block, Para):
        return Para(spans(block.spans))
    if isinstance(block, Bullets):
        return Bullets(tuple(spans(item) for item in block.items))
    if isinstance(block, Numbered):
        return Numbered(tuple(spans(item) for item in block.items), block.start)
    return block


def _md_block_as(block: Block, heading_base: int, way: tuple[bool, bool]) -> str:
    if isinstance(block, Para):
        return _md_line_starts(_md_spans(block.spans, way))
    if isinstance(block, Heading):
        text = _md_spans(block.spans, way).replace("  \n", " ")
        if text.endswith("#"):  # a closing sequence of #s would be dropped by viewers
            stripped = text.rstrip("#")
            text = stripped + "\\" + text[len(stripped):]
        return "#" * min(6, heading_base + block.level - 1) + " " + text
    if isinstance(block, Quote):
        inner = _md_blocks(block.blocks, heading_base)
        return "\n".join(f"> {line}" if line else ">" for line in inner.split("\n"))
    lines = []
    for k, item in enumerate(block.items):
        marker = "-" if isinstance(block, Bullets) else f"{block.start + k}."
        text = _md_line_starts(_md_spans(item, way))
        lines.append(f"{marker} " + text.replace("\n", "\n" + " " * (len(marker) + 1)))
    return "\n".join(lines)


def _md_blocks(blocks: Sequence[Block], heading_base: int) -> str:
    return "\n\n".join(_md_block(b, heading_base) for b in blocks)


def to_markdown(blocks: Sequence[Block], *, heading_base: int = 1) -> str:
    """The blocks as normalised Markdown (CommonMark): ``**bold**``, ``*italics*``, ``-`` and ``1.``
    lists, ``>`` quotes, links; every character of the text that would change the meaning is
    escaped, so a literal ``*`` or ``<b>`` reads as typed in any viewer.

    A line break inside a paragraph is written as a hard break (two spaces before it).
    ``heading_base`` is the level a ``#`` heading of the text takes (4 puts it under the
    report's ``###``). No trailing newline.
    """
    return _md_blocks(blocks, heading_base)
