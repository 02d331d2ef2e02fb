"""Light formatting in prose fields: a small Markdown subset, parsed once, printed four ways.

People already type it this way: a rapporteur's account, an introduction, a
theme's summary or a lesson can hold **bold** key phrases, *italics*, bulleted
and numbered lists, quotes and links. :func:`parse` reads such a text into
frozen blocks and spans; the renderers print those blocks, never the text:

* :func:`to_flowables` (reportlab, :mod:`cafe.report.markup_pdf`),
* :func:`to_docx` (python-docx, :mod:`cafe.report.markup_docx`),
* :func:`to_markdown` (normalised Markdown that reads the same in any
  CommonMark viewer) and :func:`to_plain` (plain text),
* and, in the window, ``ui.common.markup_preview`` (HTML it builds itself).

The syntax
----------
=======================================  =========================================
typed                                    becomes
=======================================  =========================================
a blank line                             a new paragraph (a single line break stays
                                         a line break, as typed)
``- item``, ``* item``, ``• item``       a bulleted list (consecutive lines; blank
                                         lines between items keep one list)
``1. item``, ``1) item``                 a numbered list, starting at the first
                                         number typed (later numbers are counted on)
``> text``                               a quotation (its lines can hold lists too)
``# ``, ``## ``, ``### `` at line start  a heading inside the text, three levels
``**bold**``                             bold
``*italic*``, ``_italic_``               italics (``snake_case`` stays as typed)
``[text](https://…)``                    a link (http, https and mailto only)
``https://…``, ``<https://…>``           a link showing the address
``\\*``                                  a literal ``*`` (a backslash before any
                                         ASCII punctuation or ``•``)
=======================================  =========================================

Everything else is literal text: no HTML, no images, no code spans, no
tables. Unclosed markers (``**half``, ``[text](javascript:…)``) stay as typed.
Emphasis follows CommonMark's rules (``*`` and ``_`` must hug the words they
mark; ``snake_case`` and ``a * b`` stay as typed). Lists are one level deep:
an indented marker is another item of the same list. A line after a list
item that starts no block continues that item.

The result is canonical: nested bold inside bold (or italics inside italics)
is one span, adjacent spans of one kind are one, and a bold span holding
only italics is written as italics holding bold. Blocks and spans are frozen
dataclasses, so they can be compared, hashed and shared between threads.
``parse(to_markdown(parse(x))) == parse(x)`` for any ``x``.

The parts: :mod:`cafe.report.markup_blocks` (the dataclasses),
:mod:`cafe.report.markup_parse` (:func:`parse`), :mod:`cafe.report.markup_md`
(:func:`to_markdown`); this module gathers them.

Security: nothing of the text ever becomes markup of the output format. Each
renderer escapes every text run for its format and writes its own tags; a
link's address is checked when it is read (:func:`safe_url`), checked again
by each renderer (a link built by hand with another address prints as its
text) and escaped for the format.

Pure and Qt-free; importing it is cheap (reportlab and python-docx are
imported by :func:`to_flowables` and :func:`to_docx` when first called).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

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
    direction,
    plain_text,
    safe_url,
    to_plain,
)
from cafe.report.markup_md import to_markdown
from cafe.report.markup_parse import QUOTE_DEPTH, SPAN_DEPTH, URL_LIMIT, parse

__all__ = [
    "QUOTE_DEPTH", "SPAN_DEPTH", "URL_LIMIT",
    "Block", "Bold", "Bullets", "Heading", "Italic", "Link", "Numbered", "Para", "Quote", "Span", "Text",
    "direction", "parse", "plain_text", "safe_url", "to_docx", "to_flowables", "to_markdown", "to_plain",
]


# --- reportlab and Word (imported when first used) -------------------------------------------------

def to_flowables(blocks: Sequence[Block], styles: Mapping[str, Any]) -> list:
    """The blocks as reportlab flowables; see :func:`cafe.report.markup_pdf.to_flowables`."""
    from cafe.report.markup_pdf import to_flowables as render

    return render(blocks, styles)


def to_docx(container: Any, blocks: Sequence[Block], *, heading_base: int = 3) -> list:
    """Add the blocks to a python-docx document or table cell; see :func:`cafe.report.markup_docx.to_docx`."""
    from cafe.report.markup_docx import to_docx as render

    return render(container, blocks, heading_base=heading_base)
