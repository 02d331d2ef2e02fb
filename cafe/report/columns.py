"""A table of side-by-side columns that each flow on, page after page, like newspaper columns.

A theme's Opportunities | Challenges | Practices table is three independent
lists, not rows: cutting it into rows by heading left uneven gaps down the
columns and blank fifths of pages. :class:`FlowingColumns` lays each column
out on its own: on a page, every column takes as much as the room allows,
and what is left of each goes on the next page under the column titles again.

Contract
--------
* ``FlowingColumns(columns, header)``: ``columns`` is one list of flowables
  per column, ``header`` one flowable per column (its title). Widths are equal
  unless ``widths`` are given (they then add up to the width the table gets).
* ``split(availWidth, availHeight)`` fills every column up to the available
  height and returns ``[this page, the rest]`` (two new instances), or ``[]``
  when less than :data:`MIN_ROOM` points of a column would fit (the table
  then starts on the next page): no page is left blank below a heading-only start.
* A flowable with ``getKeepWithNext()`` true (a heading) never ends a column
  on a page: it moves on with the start of what follows it (unless headings
  alone fill most of the page: a heading longer than a page runs on like any text; and
  when every column would start the page with nothing, the headings are printed rather
  than leave a blank page).
* An item taller than the room left is split with its own ``split`` (between
  lines), so a column ends at the foot of the page and an item longer than a
  page runs on over as many pages as it needs. An item that cannot be split
  moves on whole; one taller than a whole page cannot be placed (reportlab then
  fails the build, which :mod:`cafe.report.pdf` reports naming the section).
* Each flowable is measured once per width (``wrap``); a long table costs
  about what one reportlab ``Table`` of the same paragraphs costs.

Pure layout: no file is written; drawing happens on the canvas reportlab gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable

#: The least room (points) for the columns' contents on a page for the table to start there.
MIN_ROOM = 40.0
#: Headings shorter than this never end a column at a page's foot, however little room the page has
#: left (only a heading taller than this, or than half the room, runs on like any text).
_HEADING_ROOM = 200.0
#: The titles' background and the rules' colour unless given.
HEADER_FILL = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#9db3c8")


@dataclass
class _Entry:
    """A flowable with its measured height and spacing at the column's inner width."""

    flowable: Flowable
    height: float
    before: float
    after: float
    keep_with_next: bool


def _measure(flowable: Flowable, width: float) -> _Entry:
    _w, height = flowable.wrap(width, 1e7)
    keep = getattr(flowable, "getKeepWithNext", None)
    return _Entry(flowable, height, flowable.getSpaceBefore(), flowable.getSpaceAfter(), bool(keep and keep()))


def _stack_height(entries: Sequence[_Entry]) -> float:
    """The height of ``entries`` stacked: no space before the first or after the last."""
    if not entries:
        return 0.0
    total = sum(e.height + e.before + e.after for e in entries)
    return total - entries[0].before - entries[-1].after


class FlowingColumns(Flowable):
    """Side-by-side columns of flowables, each flowing on from page to page under repeated titles."""

    def __init__(self, columns: Sequence[Sequence[Flowable]], header: Sequence[Flowable], *,
                 widths: Sequence[float] | None = None, padding: float = 6.0, cell_top: float = 3.0,
                 cell_bottom: float = 3.0, header_padding: float = 5.0,
                 header_fill=HEADER_FILL, rule=RULE,
                 rule_width: float = 0.5, space_before: float = 4.0, space_after: float = 8.0):
        super().__init__()
        if len(header) != len(columns):
            raise ValueError("one header flowable per column")
        self.header = list(header)
        self.columns: list[list[Flowable]] = [list(c) for c in columns]
        self.given_widths = list(widths) if widths is not None else None
        self.padding, self.cell_top, self.cell_bottom = padding, cell_top, cell_bottom
        self.header_padding = header_padding
        self.header_fill, self.rule, self.rule_width = header_fill, rule, rule_width
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._measured: list[list[_Entry]] | None = None
        self._measured_for: float | None = None
        self._body: tuple[float, float] | None = None  # (width, the tallest column's height) once worked out
        self._header_height = 0.0
        self.width = self.height = 0.0

    # -- measuring ----------------------------------------------------------------------------

    def _widths(self, avail_width: float) -> list[float]:
        if self.given_widths is not None:
            return self.given_widths
        return [avail_width / len(self.columns)] * len(self.columns)

    def _inner(self, width: float) -> float:
        return max(1.0, width - 2 * self.padding)

    def _measure(self, avail_width: float) -> list[list[_Entry]]:
        if self._measured is None or self._measured_for != avail_width:
            widths = self._widths(avail_width)
            self._measured = [[_measure(f, self._inner(w)) for f in column]
                              for column, w in zip(self.columns, widths)]
            heights = [h.wrap(self._inner(w), 1e7)[1] for h, w in zip(self.header, widths)]
            self._header_height = max(heights, default=0.0) + 2 * self.header_padding
            self._measured_for = avail_width
        return self._measured

    def wrap(self, availWidth, availHeight):
        columns = self._measure(availWidth)
        # reportlab wraps a flowable several times on its way to a page: add the heights up once
        if self._body is None or self._body[0] != availWidth:
            self._body = (availWidth, max((_stack_height(c) for c in columns), default=0.0))
        body = self._body[1]
        self.width = sum(self._widths(availWidth))
        self.height = self._header_height + self.cell_top + body + self.cell_bottom
        return self.width, self.height

    # -- splitting ----------------------------------------------------------------------------

    def _part(self, entries: list[list[_Entry]], avail_width: float) -> FlowingColumns:
        part = FlowingColumns([[e.flowable for e in c] for c in entries], self.header, widths=self.given_widths,
                              padding=self.padding, cell_top=self.cell_top, cell_bottom=self.cell_bottom,
                              header_padding=self.header_padding, header_fill=self.header_fill, rule=self.rule,
                              rule_width=self.rule_width, space_before=self.spaceBefore,
                              space_after=self.spaceAfter)
        part._measured, part._measured_for = entries, avail_width
        part._header_height = self._header_height
        return part

    def split(self, availWidth, availHeight):
        columns = self._measure(availWidth)
        room = availHeight - self._header_height - self.cell_top - self.cell_bottom
        if room < MIN_ROOM:
            return []
        widths = self._widths(availWidth)
        firsts, rests = self._fill_all(columns, widths, room, keep_headings=True)
        if not any(rests):
            return [self]
        if not any(firsts):  # only headings would start here: print them rather than leave the page blank
            firsts, rests = self._fill_all(columns, widths, room, keep_headings=False)
        if not any(firsts):
            return []
        first, rest = self._part(firsts, availWidth), self._part(rests, availWidth)
        rest.spaceBefore = 0.0  # it starts a page
        first.spaceAfter = 0.0
        return [first, rest]

    def _fill_all(self, columns, widths, room, *, keep_headings):
        firsts, rests = [], []
        for entries, width in zip(columns, widths):
            first, rest = _fill(entries, room, self._inner(width), keep_headings=keep_headings)
            firsts.append(first)
            rests.append(rest)
        return firsts, rests

    # -- drawing ------------------------------------------------------------------------------

    def draw(self):
        canv = self.canv
        columns = self._measure(self._measured_for or self.width)
        widths = self._widths(self._measured_for or self.width)
        top = self.height
        canv.saveState()
        canv.setFillColor(self.header_fill)
        canv.rect(0, top - self._header_height, self.width, self._header_height, stroke=0, fill=1)
        canv.restoreState()
        x = 0.0
        for head, width in zip(self.header, widths):
            inner = self._inner(width)
            _w, h = head.wrap(inner, 1e7)
            head.drawOn(canv, x + self.padding, top - self.header_padding - h)
            x += width
        x = 0.0
        for entries, width in zip(columns, widths):
            inner = self._inner(width)
            y = top - self._header_height - self.cell_top
            for i, e in enumerate(entries):
                if i:
                    y -= e.before
                e.flowable.wrap(inner, 1e7)  # a split attempt may have dropped its lines (cached otherwise)
                y -= e.height
                e.flowable.drawOn(canv, x + self.padding, y)
                y -= e.after
            x += width
        canv.saveState()
        canv.setStrokeColor(self.rule)
        canv.setLineWidth(self.rule_width)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        x = 0.0
        for width in widths[:-1]:
            x += width
            canv.line(x, 0, x, self.height)
        canv.restoreState()


def _fill(entries: list[_Entry], room: float, width: float, *,
          keep_headings: bool = True) -> tuple[list[_Entry], list[_Entry]]:
    """The entries of one column that fit in ``room`` points, and the rest.

    An entry that does not fit is split between lines when part of it fits; a
    heading (keep with next) left last moves on with what follows it.
    """
    placed: list[_Entry] = []
    used = 0.0
    at = 0  # entries[at:] are not placed
    tail: list[_Entry] = []  # the rest of an entry split at the foot of the room
    while at < len(entries):
        entry = entries[at]
        before = entry.before if placed else 0.0
        if used + before + entry.height <= room + 1e-6:
            placed.append(entry)
            used += before + entry.height + entry.after
            at += 1
            continue
        space = room - used - before
        if space > 0:
            parts = entry.flowable.split(width, space)
            if len(parts) >= 2:
                head = _measure(parts[0], width)
                if head.height <= space + 1e-6:
                    placed.append(head)
                    tail = [_measure(p, width) for p in parts[1:]]
                    at += 1
        break
    rest = tail + entries[at:]
    # A heading never ends the column on this page: it goes on with its first item. Unless the headings
    # alone fill most of the room (a heading longer than a page): moving them on would gain nothing.
    trailing = 0
    while trailing < len(placed) and placed[-1 - trailing].keep_with_next:
        trailing += 1
    followed = any(not e.keep_with_next for e in rest)  # an item follows (not only more heading)
    if keep_headings and followed and trailing and (trailing < len(placed) or _stack_height(placed) < max(room / 2, _HEADING_ROOM)):
        rest[0:0] = placed[-trailing:]
        del placed[-trailing:]
    return placed, rest
