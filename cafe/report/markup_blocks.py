"""The blocks and spans of a prose text (:mod:`cafe.report.markup`), and reading them as plain text.

Frozen dataclasses: they compare, hash and travel between threads. Pure and Qt-free.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# --- the blocks and spans ------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    """Literal text; ``"\\n"`` is a line break."""

    text: str


@dataclass(frozen=True)
class Bold:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Italic:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Link:
    """A link: its text (never empty) and an address that passed :func:`safe_url`."""

    spans: tuple[Span, ...]
    url: str

    @property
    def text_spans(self) -> tuple[Span, ...]:
        return self.spans


Span = Text | Bold | Italic | Link


@dataclass(frozen=True)
class Para:
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Heading:
    """A heading inside the text: level 1 (``#``) to 3 (``###``); renderers set it below the report's own."""

    level: int
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Bullets:
    items: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class Numbered:
    items: tuple[tuple[Span, ...], ...]
    start: int = 1


@dataclass(frozen=True)
class Quote:
    blocks: tuple[Block, ...]


Block = Para | Heading | Bullets | Numbered | Quote


# --- links -----------------------------------------------------------------------------------------

_SAFE_URL = re.compile(r"(?i)(?:https?://[^\s/?#<>\"\\]|mailto:[^\s<>\"\\])[^\s<>\"\\]*")


def safe_url(url: str) -> bool:
    """Whether ``url`` may become a link: http, https or mailto, with no space, quote, ``<``, ``>``,
    backslash or control character in it."""
    return bool(_SAFE_URL.fullmatch(url)) and url.isprintable()


# --- reading spans ---------------------------------------------------------------------------------

def plain_text(spans: Sequence[Span], *, addresses: bool = False) -> str:
    """The text the spans show; with ``addresses``, each link's address follows its text in
    parentheses (unless the text is the address), as :func:`to_plain` writes it."""
    if addresses:
        return _plain_spans(spans)
    return "".join(x.text if isinstance(x, Text) else plain_text(x.spans) for x in spans)


def direction(text: str) -> str:
    """``"rtl"`` when right-to-left letters outnumber left-to-right ones in ``text``, else ``"ltr"``
    (a tie goes to the first strong letter)."""
    if text.isascii():
        return "ltr"
    rtl = ltr = 0
    first = ""
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


# --- plain text ------------------------------------------------------------------------------------

def to_plain(blocks: Sequence[Block]) -> str:
    """The blocks as plain text: "• " and "1. " lists, "> " before quoted lines, a link's address in
    parentheses after its text (unless the text is the address); blocks apart by a blank line."""
    return "\n\n".join(_plain_block(b) for b in blocks)


def _plain_spans(spans: Sequence[Span]) -> str:
    out = []
    for x in spans:
        if isinstance(x, Text):
            out.append(x.text)
        elif isinstance(x, Link):
            text = _plain_spans(x.spans)
            shown = x.url[7:] if x.url.lower().startswith("mailto:") else x.url
            out.append(text if text in (x.url, shown) else f"{text} ({shown})")
        else:
            out.append(_plain_spans(x.spans))
    return "".join(out)


def _plain_block(block: Block) -> str:
    if isinstance(block, (Para, Heading)):
        return _plain_spans(block.spans)
    if isinstance(block, Quote):
        return "\n".join(f"> {line}" if line else ">" for line in to_plain(block.blocks).split("\n"))
    markers = (["•"] * len(block.items) if isinstance(block, Bullets)
               else [f"{block.start + k}." for k in range(len(block.items))])
    return "\n".join(f"{marker} " + _plain_spans(item).replace("\n", "\n" + " " * (len(marker) + 1))
                     for marker, item in zip(markers, block.items))
