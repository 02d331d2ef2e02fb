"""The formatted preview of a prose field: what the report will print, beside the text being typed.

:class:`MarkupPreview` is a read-only ``QTextBrowser`` showing
:func:`cafe.report.markup.parse` of a text as HTML that :func:`to_html`
builds itself: every piece of the user's text is ``html.escape``-d, the only
tags are the ones written here, and the only links are the parsed
:class:`~cafe.report.markup.Link` spans (http, https and mailto addresses
that passed :func:`cafe.report.markup.safe_url`), which open in the system's
browser. A paragraph or list item that is mostly right-to-left is shown right
to left (``dir="rtl"``). Main thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from cafe.report.markup import (
    Block,
    Bold,
    Bullets,
    Heading,
    Italic,
    Numbered,
    Para,
    Quote,
    Span,
    Text,
    direction,
    parse,
    plain_text,
    safe_url,
)

LINK_COLOUR = "#1f4e79"
QUOTE_STYLE = "margin-left: 10px; padding-left: 8px; border-left: 3px solid #9db3c8; color: #333;"


def to_html(blocks: Sequence[Block]) -> str:
    """The blocks as HTML for a Qt text document (escaped text, tags written here only)."""
    return "".join(_block(b) for b in blocks)


def _dir(spans: Sequence[Span]) -> str:
    return ' dir="rtl"' if direction(plain_text(spans)) == "rtl" else ""


def _spans(spans: Sequence[Span]) -> str:
    out = []
    for x in spans:
        if isinstance(x, Text):
            out.append(escape(x.text).replace("\n", "<br>"))
        elif isinstance(x, Bold):
            out.append(f"<b>{_spans(x.spans)}</b>")
        elif isinstance(x, Italic):
            out.append(f"<i>{_spans(x.spans)}</i>")
        elif safe_url(x.url):
            out.append(f'<a href="{escape(x.url, quote=True)}" style="color: {LINK_COLOUR};">{_spans(x.spans)}</a>')
        else:  # never from parse(): a link built by hand with an address that may not be one
            out.append(_spans(x.spans))
    return "".join(out)


def _block(block: Block) -> str:
    if isinstance(block, Para):
        return f"<p{_dir(block.spans)}>{_spans(block.spans)}</p>"
    if isinstance(block, Heading):
        level = min(6, block.level + 2)  # below the place's own titles
        return f"<h{level}{_dir(block.spans)}>{_spans(block.spans)}</h{level}>"
    if isinstance(block, Quote):
        return f'<blockquote style="{QUOTE_STYLE}">{to_html(block.blocks)}</blockquote>'
    items = "".join(f"<li{_dir(item)}>{_spans(item)}</li>" for item in block.items)
    if isinstance(block, Bullets):
        return f"<ul>{items}</ul>"
    assert isinstance(block, Numbered)
    return f'<ol start="{int(block.start)}">{items}</ol>'


class MarkupPreview(QTextBrowser):
    """A read-only view of a prose text as it will be printed (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("markup_preview")
        self.setReadOnly(True)
        self.setOpenExternalLinks(True)
        self.setAccessibleName(self.tr("Formatted preview"))
        self.setAccessibleDescription(self.tr("The text as the report prints it: bold, italics, lists, quotes "
                                              "and links"))
        self.setPlaceholderText(self.tr("Nothing written yet."))
        self._text: str | None = None

    def set_text(self, text: str) -> None:
        """Show ``text`` formatted (nothing happens when it is the text already shown)."""
        if text == self._text:
            return
        self._text = text
        bar = self.verticalScrollBar()
        at = bar.value()
        self.setHtml(to_html(parse(text)))
        bar.setValue(at)  # typing on does not throw the reader back to the top

    def text(self) -> str:
        """The text shown (as typed)."""
        return self._text or ""
