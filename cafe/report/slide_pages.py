"""The plenary's slides laid out on pages that read from the back of a hall.

Type sizes (:class:`TypeScale`)
-------------------------------
Every size is a share of the screen's height, so a slide reads the same on a
laptop, a TV and a projector. The smallest text on a page, body text (items,
headings, summaries, lessons, the slide number, the timer), is 1/22.5 of the
screen's height (:data:`BODY_SHARE`): the 24 points on a 7.5-inch-high (540
point) slide that guides for projected text give as the minimum, 48 px on a
1080-line projector, 34 px on a 768-line one. Titles are 1.4 times that,
section lines 1.15 times. Nothing is ever drawn smaller.

Pages (:func:`paginate`)
------------------------
Text is measured with a function passed in (:data:`Measure`): the window
measures with the fonts it draws with, so what is measured is what is drawn;
:func:`estimate_height` is a Qt-free stand-in. Each page holds placed
:class:`Block` s, and no block reaches below the footer line (the page
number and the timer): what does not fit goes on the next page.

A theme gives, in order:

* each summary on a page of its own (the theme's own summary, or each round's
  while the round summaries stand in), continued on further pages when long;
* its chosen entries: on one page in three columns (Opportunities,
  Challenges, Practices, as the report's table) when they all fit at full
  size; otherwise each column full width on as many pages as it needs, a
  heading never left alone at the bottom of a page and repeated at the top of
  the next when its items continue there. An item taller than a whole page
  (rare: long items are shortened in the report) continues on the next page.

Every page carries the theme's title, so the hall always knows which theme it
is on: on the theme's first page in full (up to two lines) with its hosts and
room under it, on the next ones on one line (shortened with "…" when longer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from cafe.i18n import N_, _, output_language
from cafe.report.slides import Slide, SlideItem

#: the smallest text's size (font pixel size) as a share of the screen's height
BODY_SHARE = 1 / 22.5
TITLE_FACTOR = 1.4
SECTION_FACTOR = 1.15
#: the estimate's line height, as a multiple of the font's pixel size
_LINE = 1.3

#: (text, font pixel size, bold, width) -> the height the text takes, wrapped to ``width``
Measure = Callable[[str, float, bool, float], float]


def estimate_height(text: str, px: float, bold: bool, width: float) -> float:
    """A Qt-free measure: an average letter is 0.52 em wide (0.56 bold), a line 1.3 em high."""
    per_line = max(1, int(width // (px * (0.56 if bold else 0.52))))
    lines = 0
    for paragraph in text.split("\n"):
        used = -1
        lines += 1
        for word in paragraph.split():
            if used >= 0 and used + 1 + len(word) <= per_line:
                used += 1 + len(word)
                continue
            if used >= 0:
                lines += 1
            lines += (len(word) - 1) // per_line
            used = (len(word) - 1) % per_line + 1
    return lines * px * _LINE


@dataclass(frozen=True)
class TypeScale:
    """Sizes in pixels for one screen (see the module docstring)."""

    width: float
    height: float
    body: float

    @classmethod
    def for_screen(cls, width: float, height: float) -> TypeScale:
        return cls(float(width), float(height), height * BODY_SHARE)

    @property
    def margin_x(self) -> float:
        return max(self.width * 0.035, 0.8 * self.body)

    @property
    def margin_top(self) -> float:
        return 0.6 * self.body

    @property
    def margin_bottom(self) -> float:
        return 0.4 * self.body

    @property
    def indent(self) -> float:
        """How far items sit in from their heading (the bullet goes in between)."""
        return 1.1 * self.body

    @property
    def gap(self) -> float:
        """Between the three columns."""
        return self.body

    def font(self, role: str) -> tuple[float, bool]:
        """(pixel size, bold) of a block's role."""
        if role == "title":
            return self.body * TITLE_FACTOR, True
        if role in ("section", "column"):
            return self.body * SECTION_FACTOR, True
        return self.body, role in ("heading", "lesson_title", "footer")

    def footer_top(self, measure: Measure) -> float:
        """Where the footer line (slide number, timer) starts; no block reaches below it."""
        return self.height - self.margin_bottom - measure("0", self.body, True, self.width)


@dataclass(frozen=True)
class Block:
    """One text placed on a page; ``bullet``: an item's first piece (drawn with a bullet before it)."""

    role: str  # title, subtitle, section, column, heading, item, summary, lesson_title, lesson_text, empty
    text: str
    x: float
    y: float
    width: float
    height: float
    bullet: bool = False

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Page:
    """One screen of a slide: ``slide_key`` is its theme's uuid (or "lessons"), ``key`` names the page."""

    slide_key: str
    key: str
    blocks: tuple[Block, ...]

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.role == "title"), "")

    @property
    def section(self) -> str:
        return next((b.text for b in self.blocks if b.role == "section"), "")

    def text(self) -> str:
        """Everything on the page, one block a line (for tests and screen readers)."""
        return "\n".join(("• " if b.bullet else "") + b.text for b in self.blocks)


@dataclass(frozen=True)
class Labels:
    """The words pages add of their own (English by default; :meth:`in_language` for an output language)."""

    summary: str = N_("Summary")
    round_summary: str = N_("Summary of round {0}")
    continued: str = N_("{0} (continued)")
    nothing: str = N_("Nothing chosen for this theme yet.")

    @classmethod
    def in_language(cls, lang: str | None = None) -> Labels:
        """The labels in ``lang`` (the slides' output language; None: the language in effect)."""
        with output_language(lang):
            english = cls()
            return cls(_(english.summary), _(english.round_summary), _(english.continued), _(english.nothing))


@dataclass
class _Unit:
    role: str
    text: str
    indent: float = 0.0
    space: float = 0.0  # space before it, except at the top of a page
    bullet: bool = False
    keep_with_next: bool = False
    context: str | None = None  # the heading repeated when this item starts a page


def paginate(deck: Sequence[Slide], width: float, height: float, measure: Measure = estimate_height,
             labels: Labels | None = None) -> list[Page]:
    """Every slide on pages of ``width`` × ``height`` pixels (see the module docstring).

    Without ``labels`` the pages' own words are in each slide's language (:attr:`Slide.language`)."""
    scale = TypeScale.for_screen(width, height)
    pages: list[Page] = []
    for slide in deck:
        pages.extend(_Pager(slide, scale, measure, labels or Labels.in_language(slide.language)).pages())
    return pages


def find_page(pages: Sequence[Page], key: str | None, slide_key: str | None = None) -> int:
    """The index of the page ``key`` in a new layout: the same page, or the nearest one before it of
    the same part, or the slide's first page (0 when none is left)."""
    keys = [p.key for p in pages]
    if key in keys:
        return keys.index(key)
    if key is not None:
        stem, _, number = key.rpartition("|")
        candidates = [i for i, p in enumerate(pages) if p.key.rpartition("|")[0] == stem
                      and int(p.key.rpartition("|")[2]) <= int(number or 0)]
        if candidates:
            return candidates[-1]
    slide_key = slide_key if slide_key is not None else (key.split("|", 1)[0] if key else None)
    return next((i for i, p in enumerate(pages) if p.slide_key == slide_key), 0)


_TOKENS = re.compile(r"\s+|\S+")


def split_text(text: str, px: float, bold: bool, width: float, height: float, measure: Measure) -> tuple[str, str]:
    """(the longest start of ``text``, cut between words, that fits ``height``; the rest)."""
    tokens = _TOKENS.findall(text)
    words = [i + 1 for i, t in enumerate(tokens) if not t.isspace()]  # ends of the word prefixes
    lo, hi = 0, len(words)
    while lo < hi:  # the largest count of words that fits
        mid = (lo + hi + 1) // 2
        if measure("".join(tokens[:words[mid - 1]]).rstrip(), px, bold, width) <= height:
            lo = mid
        else:
            hi = mid - 1
    if lo == 0:
        return "", text
    cut = words[lo - 1]
    return "".join(tokens[:cut]).rstrip(), "".join(tokens[cut:]).lstrip()


class _Pager:
    """Lays one slide on pages."""

    def __init__(self, slide: Slide, scale: TypeScale, measure: Measure, labels: Labels):
        self.slide = slide
        self.scale = scale
        self.measure = measure
        self.labels = labels
        self.out: list[Page] = []
        self.first = True  # the slide's first page carries the subtitle
        self.left = scale.margin_x
        self.full_width = scale.width - 2 * scale.margin_x
        self.bottom = scale.footer_top(measure) - 0.25 * scale.body

    def pages(self) -> list[Page]:
        slide, b = self.slide, self.scale.body
        if slide.lessons:
            units = []
            for title, text in slide.lessons:
                units.append(_Unit("lesson_title", title, 0, 0.8 * b, keep_with_next=True))
                units.extend(_Unit("lesson_text", p, 0, 0.2 * b if i == 0 else 0.4 * b)
                             for i, p in enumerate(p for p in text.split("\n\n") if p.strip()))
            self.flow(units, None, "lessons", None)
            return self.out
        for n, (number, paragraphs) in enumerate(slide.summaries):
            section = self.labels.summary if number is None else self.labels.round_summary.format(number)
            self.flow([_Unit("summary", p, 0, 0.55 * b) for p in paragraphs], section, f"summary{n}",
                      self.labels.continued.format(section))
        columns = list(slide.columns)
        if any(items for _title, items in columns) and not self.overview(columns):
            for n, (title, items) in enumerate(columns):
                if items:
                    self.flow(self.column_units(items), title, f"column{n}",
                              self.labels.continued.format(title))
        if not self.out:
            self.flow([_Unit("empty", self.labels.nothing)], None, "empty", None)
        return self.out

    # -- pieces -----------------------------------------------------------------------------------
    def height_of(self, role: str, text: str, width: float) -> float:
        px, bold = self.scale.font(role)
        return self.measure(text, px, bold, width)

    def line_height(self, role: str) -> float:
        return self.height_of(role, "Ag", 1e9)

    def fitted_title(self, lines: int) -> str:
        """The slide's title, shortened with "…" when it would take more than ``lines`` lines."""
        title, limit = self.slide.title, (lines + 0.05) * self.line_height("title")
        if self.height_of("title", title, self.full_width) <= limit:
            return title
        px, bold = self.scale.font("title")
        head = split_text(title, px, bold, self.full_width, limit, self.measure)[0]
        while " " in head and self.height_of("title", head + "…", self.full_width) > limit:
            head = head.rsplit(" ", 1)[0].rstrip()
        return (head or title[:20]) + "…"

    def header(self, section: str | None) -> tuple[list[Block], float]:
        b, x, w = self.scale.body, self.left, self.full_width
        y = self.scale.margin_top
        title = self.fitted_title(2 if self.first else 1)  # later pages: more room for the content
        blocks = [Block("title", title, x, y, w, h := self.height_of("title", title, w))]
        y += h
        if self.first and self.slide.subtitle:
            y += 0.1 * b
            blocks.append(Block("subtitle", self.slide.subtitle, x, y, w,
                                h := self.height_of("subtitle", self.slide.subtitle, w)))
            y += h
        if section:
            y += 0.3 * b
            blocks.append(Block("section", section, x, y, w, h := self.height_of("section", section, w)))
            y += h
        return blocks, y + 0.45 * b

    def emit(self, part: str, number: int, blocks: list[Block]) -> None:
        self.out.append(Page(self.slide.key, f"{self.slide.key}|{part}|{number}", tuple(blocks)))
        self.first = False

    def column_units(self, items: Iterable[SlideItem]) -> list[_Unit]:
        """A column's shown entries as units: each heading once before its items, items with a bullet."""
        b = self.scale.body
        units: list[_Unit] = []
        current: str | None = None
        for item in items:
            if item.heading and item.heading != current:
                units.append(_Unit("heading", item.heading, 0, 0.6 * b))
                current = item.heading
            if item.is_heading:
                continue
            space = 0.25 * b
            if not item.heading and current is not None:  # items under no heading after a heading's block
                current, space = None, 0.6 * b
            units.append(_Unit("item", item.text, self.scale.indent, space, bullet=True, context=item.heading or None))
        for unit, after in zip(units, units[1:]):
            unit.keep_with_next = unit.role == "heading" and after.context == unit.text
        return units

    # -- the three columns on one page ------------------------------------------------------------
    def overview(self, columns: list[tuple[str, tuple[SlideItem, ...]]]) -> bool:
        """Every column side by side on one page, if all of it fits at full size."""
        blocks, top = self.header(None)
        width = (self.full_width - (len(columns) - 1) * self.scale.gap) / max(1, len(columns))
        for n, (title, items) in enumerate(columns):
            x, y = self.left + n * (width + self.scale.gap), top
            units = [_Unit("column", title)] + (self.column_units(items)
                                                 or [_Unit("empty", "—", 0, 0.3 * self.scale.body)])
            for unit in units:
                space = unit.space if y > top else 0.0
                h = self.height_of(unit.role, unit.text, width - unit.indent)
                blocks.append(Block(unit.role, unit.text, x + unit.indent, y + space, width - unit.indent, h,
                                    unit.bullet))
                y += space + h
                if y > self.bottom:
                    return False
        self.emit("items", 0, blocks)
        return True

    # -- flowing over pages -------------------------------------------------------------------------
    def flow(self, units: Sequence[_Unit], section: str | None, part: str, continued: str | None) -> None:
        """Place ``units`` one under the other on as many pages as they need."""
        state = _Flow(self, section, part, continued)
        for i, unit in enumerate(units):
            width = self.full_width - unit.indent
            need = unit.space + self.height_of(unit.role, unit.text, width)
            if unit.keep_with_next and i + 1 < len(units):
                after = units[i + 1]
                need += after.space + min(self.height_of(after.role, after.text, self.full_width - after.indent),
                                          self.line_height(after.role))
            if state.used and state.y + need > self.bottom:
                state.new_page()
                if unit.context and unit.role == "item":  # the heading its items continue under
                    state.place(_Unit("heading", unit.context), self.full_width, unit.context)
            state.place_all(unit, width)
        state.finish()


class _Flow:
    """The page being filled by :meth:`_Pager.flow`."""

    def __init__(self, pager: _Pager, section: str | None, part: str, continued: str | None):
        self.pager = pager
        self.part = part
        self.continued = continued
        self.number = 0
        self.blocks, self.y = pager.header(section)
        self.used = False  # something placed below the header

    def new_page(self) -> None:
        self.pager.emit(self.part, self.number, self.blocks)
        self.number += 1
        self.blocks, self.y = self.pager.header(self.continued)
        self.used = False

    def place(self, unit: _Unit, width: float, text: str, bullet: bool = False) -> None:
        space = unit.space if self.used else 0.0
        h = self.pager.height_of(unit.role, text, width)
        self.blocks.append(Block(unit.role, text, self.pager.left + unit.indent, self.y + space, width, h, bullet))
        self.y += space + h
        self.used = True

    def place_all(self, unit: _Unit, width: float) -> None:
        """Place ``unit``, continuing it on the next pages when it is taller than the room left."""
        pager, text, bullet = self.pager, unit.text, unit.bullet
        px, bold = pager.scale.font(unit.role)
        while True:
            space = unit.space if self.used else 0.0
            room = pager.bottom - self.y - space
            if pager.measure(text, px, bold, width) <= room:
                self.place(unit, width, text, bullet)
                return
            head, rest = split_text(text, px, bold, width, room, pager.measure)
            if not head:
                if self.used:
                    self.new_page()
                    continue
                # not even one word fits an empty page (a window a few lines high): one word anyway
                first, *others = text.split(None, 1)
                head, rest = first, (others[0] if others else "")
            self.place(unit, width, head, bullet)
            text, bullet = rest, False
            if not text:
                return
            self.new_page()

    def finish(self) -> None:
        if self.used or self.number == 0:
            self.pager.emit(self.part, self.number, self.blocks)
