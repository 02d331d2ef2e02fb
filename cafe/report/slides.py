"""The plenary presentation's slides: one per theme, then the cross-cutting lessons.

Pure: built from a :class:`cafe.report.data.ReportData` (the same content as
the report) and the presenter's choices, which say per theme and column which
items to show and in what order. Items the choices do not mention yet (notes
added since) are shown after the chosen ones, in report order; so an empty
choice shows everything.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cafe.report.data import TABLE_CATEGORIES, Column, ReportData


@dataclass(frozen=True)
class SlideItem:
    uuid: str
    heading: str
    text: str


@dataclass(frozen=True)
class Choice:
    """The presenter's choice for one column: an order of note uuids, and those to leave out."""

    order: tuple[str, ...] = ()
    hidden: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Slide:
    key: str  # the theme's uuid, or "lessons"
    title: str
    subtitle: str  # "Hosted by … · Room XVI"
    summary: tuple[str, ...] = ()
    columns: tuple[tuple[str, tuple[SlideItem, ...]], ...] = ()
    lessons: tuple[tuple[str, str], ...] = ()  # (title, text)


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

    def to_json(self) -> str:
        return json.dumps({t: {c: {"order": list(ch.order), "hidden": sorted(ch.hidden)} for c, ch in cols.items()}
                           for t, cols in self.by_theme.items()}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Choices:
        """Choices from :meth:`to_json`'s text; anything unreadable gives empty choices (show all)."""
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
                order = tuple(u for u in value.get("order", ()) if isinstance(u, str))
                hidden = frozenset(u for u in value.get("hidden", ()) if isinstance(u, str))
                themes.setdefault(str(theme), {})[str(category)] = Choice(order, hidden)
        return cls(themes)


def column_items(column: Column) -> list[SlideItem]:
    """A report column's items in report order, each knowing its heading."""
    return [SlideItem(item.uuid, group.heading, item.text) for group in column.groups for item in group.items]


def arrange(items: Iterable[SlideItem], choice: Choice, *, include_hidden: bool = False) -> list[SlideItem]:
    """``items`` in the chosen order (unmentioned ones last, in their own order), hidden ones left out."""
    rank = {uuid: i for i, uuid in enumerate(choice.order)}
    ordered = [it for _key, it in sorted(
        ((rank.get(it.uuid, len(rank)), n), it) for n, it in enumerate(items))]
    return ordered if include_hidden else [it for it in ordered if it.uuid not in choice.hidden]


def slides(data: ReportData, choices: Choices | None = None) -> list[Slide]:
    """One slide per theme (title, hosts and room, summary, chosen items in three columns), then the lessons."""
    choices = choices or Choices()
    out = []
    for theme in data.themes:
        parts = []
        if theme.hosts:
            parts.append("Hosted by " + "; ".join(theme.hosts))
        if theme.room:
            parts.append(theme.room)
        columns = tuple(
            (column.title, tuple(arrange(column_items(column), choices.get(theme.uuid, column.category))))
            for column in theme.columns if column.category in TABLE_CATEGORIES)
        out.append(Slide(theme.uuid, theme.title, " · ".join(parts), theme.summary, columns))
    if data.lessons:
        out.append(Slide("lessons", "Cross-cutting lessons", "What came up in every room",
                         lessons=tuple((lesson.title, "\n\n".join(lesson.paragraphs)) for lesson in data.lessons)))
    return out
