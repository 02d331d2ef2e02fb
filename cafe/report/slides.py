"""The plenary presentation's content: per theme its summaries and chosen items, then the lessons.

Pure: built from a :class:`cafe.report.data.ReportData` (the same content as
the report) and the presenter's choices. How it is laid out on the screen, at
a size that reads from the back of a hall, is :mod:`cafe.report.slide_pages`.

What is shown
-------------
A column's entries are its headings and its items, in report order, each
heading before its items (:func:`column_items`). The presenter's selection
starts from the **headings and the items the host marked as key points**
(``key_uuids``), not from every item: a theme's table read out in ten minutes
is what the hall cannot follow. The presenter then ticks other items, unticks
some, and drags them into another order (:class:`Choice`): ``shown`` are
entries ticked by hand, ``hidden`` unticked by hand, ``order`` the order.
Entries the choice does not mention yet (notes added since) follow the
chosen ones in report order, shown by the same rule, so a key point marked
after the presenter chose still appears. ``key_uuids`` None shows every item
(the report's whole table).

A theme's own summary is one summary; while it is empty the round summaries
stand in for it (see :mod:`cafe.report.data`), and each round's is a summary
of its own (:attr:`Slide.summaries`), so the hall reads one at a time.

The slides are in the workshop's output language, as the report
(:attr:`cafe.report.data.ReportData.language`, kept in :attr:`Slide.language`
for the pages' own words, :class:`cafe.report.slide_pages.Labels`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from cafe.i18n import _, ngettext, output_language
from cafe.report.data import TABLE_CATEGORIES, Column, ReportData, ThemeSection, heading_key

#: the id of a heading's entry in a column (one per heading: headings that differ only in case,
#: spacing or a trailing colon are one heading, as in the report)
HEADING_PREFIX = "heading:"
_ROUND_LABEL = re.compile(r"^Round (\d+): ")


@dataclass(frozen=True)
class SlideItem:
    """One entry of a column: an item (a note's uuid and text) or a heading (no text)."""

    uuid: str
    heading: str
    text: str
    #: the host marked this item as a key point
    key: bool = False

    @property
    def is_heading(self) -> bool:
        return self.uuid.startswith(HEADING_PREFIX)


def heading_id(heading: str) -> str:
    return HEADING_PREFIX + heading_key(heading)


@dataclass(frozen=True)
class Choice:
    """The presenter's choice for one column: an order of entries, those unticked and those ticked by hand."""

    order: tuple[str, ...] = ()
    hidden: frozenset[str] = frozenset()
    shown: frozenset[str] = frozenset()

    def is_shown(self, item: SlideItem, default: Callable[[SlideItem], bool] | None = None) -> bool:
        """Ticked: by hand, or by the rule (``default``; None: every entry) unless unticked by hand."""
        if item.uuid in self.shown:
            return True
        return item.uuid not in self.hidden and (default is None or default(item))


def starts_shown(key_uuids: frozenset[str] | None) -> Callable[[SlideItem], bool] | None:
    """The rule the selection starts from: headings and key points (None: everything)."""
    if key_uuids is None:
        return None
    return lambda item: item.is_heading or item.key or item.uuid in key_uuids


@dataclass(frozen=True)
class Slide:
    """One theme's content (or the lessons'): laid out on one or more pages."""

    key: str  # the theme's uuid, or "lessons"
    title: str
    subtitle: str  # "Hosted by … · Room XVI"
    #: the theme's summary as paragraphs (all of them, as the report has them)
    summary: tuple[str, ...] = ()
    columns: tuple[tuple[str, tuple[SlideItem, ...]], ...] = ()
    lessons: tuple[tuple[str, str], ...] = ()  # (title, text)
    #: the summaries, each on pages of its own: (round number or None for the theme's own, paragraphs)
    summaries: tuple[tuple[int | None, tuple[str, ...]], ...] = ()
    #: the output language the slide is written in (en, fr, es, ar); "ar" reads right to left
    language: str = "en"

    @property
    def rtl(self) -> bool:
        return self.language == "ar"


@dataclass(frozen=True)
class Choices:
    """Every theme's choices: ``by_theme[theme_uuid][category]``."""

    by_theme: Mapping[str, Mapping[str, Choice]] = field(default_factory=dict)

    def get(self, theme_uuid: str, category: str) -> Choice:
        return self.by_theme.get(theme_uuid, {}).get(category, Choice())

    def with_choice(self, theme_uuid: str, category: str, choice: Choice) -> Choices:
        themes = {k: dict(v) for k, v in self.by_theme.items()}
        themes.setdefault(theme_uuid, {})[category] = choice
        return Choices(themes)

    def without_theme(self, theme_uuid: str) -> Choices:
        """These choices with one theme's forgotten (it starts again from headings and key points)."""
        return Choices({k: dict(v) for k, v in self.by_theme.items() if k != theme_uuid})

    def to_json(self) -> str:
        return json.dumps({t: {c: {"order": list(ch.order), "hidden": sorted(ch.hidden), "shown": sorted(ch.shown)}
                               for c, ch in cols.items()}
                           for t, cols in self.by_theme.items()}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Choices:
        """Choices from :meth:`to_json`'s text; anything unreadable gives empty choices (the starting rule)."""
        try:
            raw = json.loads(text or "{}")
        except (TypeError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        themes: dict[str, dict[str, Choice]] = {}
        for theme, cols in raw.items():
            if not isinstance(cols, dict):
                continue
            for category, value in cols.items():
                if not isinstance(value, dict):
                    continue
                order = tuple(u for u in _list(value.get("order")) if isinstance(u, str))
                hidden = frozenset(u for u in _list(value.get("hidden")) if isinstance(u, str))
                shown = frozenset(u for u in _list(value.get("shown")) if isinstance(u, str))
                themes.setdefault(str(theme), {})[str(category)] = Choice(order, hidden, shown)
        return cls(themes)


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def column_items(column: Column, key_uuids: Iterable[str] = ()) -> list[SlideItem]:
    """A report column's entries in report order: each heading, then its items."""
    keys = frozenset(key_uuids)
    out = []
    for group in column.groups:
        if group.heading:
            out.append(SlideItem(heading_id(group.heading), group.heading, ""))
        out.extend(SlideItem(item.uuid, group.heading, item.text, item.uuid in keys) for item in group.items)
    return out


def arrange(items: Iterable[SlideItem], choice: Choice, *, include_hidden: bool = False,
            default: Callable[[SlideItem], bool] | None = None) -> list[SlideItem]:
    """``items`` in the chosen order (unmentioned ones last, in their own order); unticked ones left out
    unless ``include_hidden``. ``default``: which entries are ticked unless chosen otherwise."""
    rank = {uuid: i for i, uuid in enumerate(choice.order)}
    ordered = [it for _key, it in sorted(
        ((rank.get(it.uuid, len(rank)), n), it) for n, it in enumerate(items))]
    return ordered if include_hidden else [it for it in ordered if choice.is_shown(it, default)]


def summaries_of(theme: ThemeSection) -> tuple[tuple[int | None, tuple[str, ...]], ...]:
    """The theme's summaries: its own (one), or each round's while the round summaries stand in."""
    if not theme.summary:
        return ()
    if not theme.summary_from_rounds:
        return ((None, theme.summary),)
    if theme.summary_rounds and len(theme.summary_rounds) == len(theme.summary_parts):
        from cafe.report.data import paragraphs

        return tuple((number, paragraphs(text)) for number, (_label, text)
                     in zip(theme.summary_rounds, theme.summary_parts))
    out: list[tuple[int | None, list[str]]] = []
    for paragraph in theme.summary:
        label = _ROUND_LABEL.match(paragraph)
        if label is not None or not out:
            out.append((int(label.group(1)) if label else None, [paragraph[label.end():] if label else paragraph]))
        else:
            out[-1][1].append(paragraph)
    return tuple((number, tuple(paragraphs)) for number, paragraphs in out)


def slides(data: ReportData, choices: Choices | None = None,
           key_uuids: Iterable[str] | None = None) -> list[Slide]:
    """One slide per theme (title, hosts and room, summaries, chosen entries per column), then the lessons.

    ``key_uuids``: the notes marked as key points; the selection starts from the headings and
    those (None: from every item). Written in the report's language."""
    with output_language(data.language):
        return _slides(data, choices, key_uuids)


def _slides(data: ReportData, choices: Choices | None, key_uuids: Iterable[str] | None) -> list[Slide]:
    choices = choices or Choices()
    keys = None if key_uuids is None else frozenset(key_uuids)
    default = starts_shown(keys)
    out = []
    for theme in data.themes:
        parts = []
        if theme.hosts:
            parts.append(_("Hosted by {hosts}").format(hosts="; ".join(theme.hosts)))
        if theme.room:
            parts.append(theme.room)
        columns = tuple(
            (column.title, tuple(arrange(column_items(column, keys or ()), choices.get(theme.uuid, column.category),
                                         default=default)))
            for column in theme.columns if column.category in TABLE_CATEGORIES)
        out.append(Slide(theme.uuid, theme.title, " · ".join(parts), theme.summary, columns,
                         summaries=summaries_of(theme), language=data.language))
    if data.lessons:
        out.append(Slide("lessons", _("Cross-cutting lessons"), _("What came up in every room"),
                         lessons=tuple((lesson.title, "\n\n".join(lesson.paragraphs)) for lesson in data.lessons),
                         language=data.language))
    for vote in data.votes:
        out.append(Slide(f"vote:{vote.uuid}", _("Dot vote: {title}").format(title=vote.title),
                         vote_line(vote),
                         lessons=tuple((text, dots_text(n)) for text, n in vote.rows),
                         language=data.language))
    return out


def dots_text(n: int) -> str:
    """"12 dots", in the language in effect."""
    return ngettext("{n} dot", "{n} dots", n).format(n=n)


def vote_line(vote) -> str:
    """"23 participants voted · 3 dots each · open", in the language in effect."""
    voted = ngettext("{n} participant voted", "{n} participants voted", vote.voters).format(n=vote.voters)
    each = ngettext("{n} dot each", "{n} dots each", vote.dots).format(n=vote.dots)
    return " · ".join((voted, each, _("voting open") if vote.open else _("voting closed")))
