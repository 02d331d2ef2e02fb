"""Keeping any amount of user text printable: long text in pieces, table rows no taller than a page.

reportlab lays a huge paragraph out again for every page it runs onto (a
1 MB summary took minutes), and it cannot break a table row: a cell taller
than a page stops the whole document with ``LayoutError``. So every piece of
user text is set as paragraphs of at most :data:`PIECE_CHARS` characters and
:data:`PIECE_LINES` lines, cut at a line break where there is one (:func:`pieces`;
a cut inside a very long line shows as a line break), and a table row whose
cells are taller than a limit is cut into several rows, each cell's
paragraphs split between lines (:func:`bounded_rows`). The rows a logical
row became are returned together, so a caller draws rules and shading around
the whole of it.

Pure: flowables in, flowables out; no file is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest
from typing import Any

from reportlab.lib.styles import ParagraphStyle

from cafe.report.plain_paragraph import paragraph
from cafe.report.rtl import bullet_width

#: The most characters of user text in one paragraph.
PIECE_CHARS = 4_000
#: The most lines of user text in one paragraph: a pasted list is laid out in short pieces (reportlab
#: is slow with many line breaks in one paragraph, and splits one at a page end rather than between pieces).
PIECE_LINES = 12

Cell = Any  # what a reportlab Table cell holds: a string, a flowable or a list of flowables


def pieces(text: str, limit: int = PIECE_CHARS, lines: int = PIECE_LINES) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters and ``lines`` lines, in order,
    nothing lost but the white space at each cut.

    A cut falls on a line break in the second half of the piece when there is
    one, else on a space there, else anywhere (one enormous word).
    """
    if len(text) <= limit and text.count("\n") < lines:
        return [text]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + limit)
        # the end of the piece's last line, if it would hold more lines than allowed
        at = start - 1
        for _ in range(lines):
            at = text.find("\n", at + 1, end)
            if at < 0:
                break
        if at >= 0:
            end = at + 1
        elif end < len(text):
            low = start + limit // 2
            cut = text.rfind("\n", low, end)
            if cut < 0:
                cut = text.rfind(" ", low, end)
            if cut > start:
                end = cut + 1
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    return out or [""]


def paragraphs(text: str, style: ParagraphStyle, *, bullet: str | None = None, bold: bool = False,
               lines: int = PIECE_LINES) -> list:
    """User ``text`` as paragraphs (:func:`cafe.report.rtl.paragraph`; plain text without the markup parser,
    :mod:`cafe.report.plain_paragraph`) of one piece each (see :func:`pieces`).

    The pieces of a long text read as one paragraph: no space between them,
    and the bullet's hanging indent kept after the first. Ordinary text is one piece.
    """
    parts = pieces(text, lines=lines)
    if len(parts) == 1:
        return [paragraph(parts[0], style, bullet=bullet, bold=bold)]
    first, middle, last = (_piece_style(style, bullet, kind) for kind in ("first", "middle", "last"))
    out = [paragraph(parts[0], first, bullet=bullet, bold=bold)]
    out += [paragraph(part, middle, bold=bold) for part in parts[1:-1]]
    out.append(paragraph(parts[-1], last, bold=bold))
    return out


_piece_styles: dict[tuple[int, str | None, str], ParagraphStyle] = {}


def _piece_style(style: ParagraphStyle, bullet: str | None, kind: str) -> ParagraphStyle:
    """``style`` for the first, a middle or the last piece of a long text: no space where pieces meet,
    and after the first piece the indent the bullet's text hangs at."""
    key = (id(style), bullet, kind)
    found = _piece_styles.get(key)
    if found is None or found.parent is not style:
        changes: dict = {}
        if kind != "first":
            changes["spaceBefore"] = 0
            if bullet is not None:
                changes["leftIndent"] = style.leftIndent + bullet_width(bullet, style)
        if kind != "last":
            changes["spaceAfter"] = 0
        found = ParagraphStyle(f"{style.name}-{kind}", parent=style, **changes)
        _piece_styles[key] = found
    return found


def _height(flowable, width: float) -> float:
    _w, h = flowable.wrap(width, 1e7)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def split_to_height(flowable, width: float, limit: float) -> list:
    """``flowable`` cut between lines into flowables of at most ``limit`` points each (with their spacing).

    A flowable that cannot be split comes back whole.
    """
    out = []
    current = flowable
    while True:
        if _height(current, width) <= limit:
            out.append(current)
            return out
        room = limit - current.getSpaceBefore() - current.getSpaceAfter()
        parts = current.split(width, room) if room > 0 else []
        if len(parts) < 2 or parts[-1] is current:  # cannot be split (or would not get shorter)
            out.append(current)
            return out
        out.extend(parts[:-1])
        current = parts[-1]


def _flowables(cell: Cell) -> list | None:
    """The cell's flowables, or None for a plain string (one line: never split)."""
    if cell is None or isinstance(cell, str):
        return None
    if isinstance(cell, (list, tuple)):
        return list(cell)
    return [cell]


def bounded_rows(cells: Sequence[Cell], widths: Sequence[float], limit: float) -> list[list[Cell]]:
    """One logical table row as rows no taller than about ``limit`` points.

    ``widths`` are the room inside each cell (column width less its padding).
    A row that fits comes back as it is (``[cells]``); otherwise each cell's
    flowables are split between lines and shared out in order over as many
    rows as the tallest cell needs. Plain strings stay in the first row.
    """
    contents = [_flowables(c) for c in cells]
    heights = [[_height(f, w) for f in fl] if fl is not None else [] for fl, w in zip(contents, widths)]
    if all(sum(h) <= limit for h in heights):
        return [list(cells)]
    columns: list[list[list]] = []
    for cell, flowables, width in zip(cells, contents, widths):
        if flowables is None:
            columns.append([[cell]] if cell else [])
            continue
        segments: list[list] = []
        current: list = []
        used = 0.0
        for flowable in flowables:
            for piece in split_to_height(flowable, width, limit):
                h = _height(piece, width)
                if current and used + h > limit:
                    segments.append(current)
                    current, used = [], 0.0
                current.append(piece)
                used += h
        if current:
            segments.append(current)
        columns.append(segments)
    rows = []
    for parts in zip_longest(*columns, fillvalue=None):
        rows.append([_as_cell(p) for p in parts])
    return rows


def _as_cell(part: list | None) -> Cell:
    if not part:
        return ""
    if len(part) == 1 and isinstance(part[0], str):
        return part[0]
    return part
