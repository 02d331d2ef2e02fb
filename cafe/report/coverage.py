"""Which texts of a report hold characters that no bundled font can print.

The PDF sets each character in a bundled font that has it
(:mod:`cafe.report.fonts`); a character none of them has (a private-use or
unassigned code point, a script not bundled) prints as the visible mark
U+FFFD. :func:`missing_glyphs` finds those texts before or after a build, so
the export can say which notes lost characters: one :class:`MissingGlyphs`
per note (or other text), in the report's order.

Pure, and cheap for ordinary text (ASCII and text whose characters were seen
before are checked by a set lookup).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cafe.report import fonts
from cafe.report.data import ReportData

#: At most this many characters of a note are quoted in a warning, and this many code points listed.
EXCERPT_CHARS = 40
LISTED_CHARS = 3


@dataclass(frozen=True)
class MissingGlyphs:
    """A text of the report with characters no bundled font has (they print as U+FFFD)."""

    where: str  # "Room 1 — Round 1 (12:00–13:00), Practices, note “Budget …”"
    chars: tuple[str, ...]  # the distinct characters, in order of appearance

    def __str__(self) -> str:
        codes = ", ".join(f"U+{ord(c):04X}" for c in self.chars[:LISTED_CHARS])
        more = len(self.chars) - LISTED_CHARS
        if more > 0:
            codes += f" and {more} more"
        return f"{self.where}: {codes} not in the bundled fonts, printed as {fonts.REPLACEMENT}"


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of ``text`` on one line, quoted: “Budget lines for …”."""
    line = " ".join(fonts.clean_text(text).split())
    return f"“{line if len(line) <= limit else line[:limit - 1].rstrip() + '…'}”"


def missing_glyphs(data: ReportData, *, include_participants: bool = False) -> list[MissingGlyphs]:
    """Every text of the report (as the PDF prints it) with characters no bundled font has."""
    out = []
    for where, text, quote in _texts(data, include_participants):
        chars = fonts.missing_chars(text)
        if chars:
            label = f"{where} {excerpt(quote)}" if quote is not None else where
            out.append(MissingGlyphs(label, tuple(chars)))
    return out


def _texts(data: ReportData, include_participants: bool) -> Iterator[tuple[str, str, str | None]]:
    """(where, text, what to quote after ``where``) for every user text of the report; each note once,
    where the annex has it in full."""
    yield "the workshop's title", data.title, None
    yield "the venue", data.venue, None
    for n, text in enumerate(data.introduction, start=1):
        yield f"the introduction, paragraph {n}", text, None
    for row in data.agenda:
        yield f"the agenda, {row.time}", f"{row.day}\n{row.title}\n{row.room}", None
    for theme in data.themes:
        label = f"theme {theme.number}"
        yield f"{label}, title", theme.title, None
        yield (f"{label}, hosts and room", "\n".join((*theme.hosts, *theme.note_takers, theme.room,
                                                       theme.objective_ref)), None)
        for q in theme.guiding_questions:
            yield f"{label}, guiding question", q, q
        if not theme.summary_from_rounds:  # else the round summaries, checked with the annex
            for text in theme.summary:
                yield f"{label}, summary", text, text
    for n, lesson in enumerate(data.lessons, start=1):
        yield f"lesson {n}", "\n".join((lesson.title, *lesson.paragraphs)), None
    for block in data.annex:
        yield f"{block.title}, group names", "\n".join((*block.groups, block.theme)), None
        if block.summary:
            yield f"{block.title}, round summary", block.summary, block.summary
        for column in block.columns:
            for group in column.groups:
                if group.heading:
                    yield f"{block.title}, {column.title}, heading", group.heading, group.heading
                for item in group.items:
                    yield f"{block.title}, {column.title}, note", item.full_text, item.full_text
    if include_participants:
        for members in data.groups:
            yield "group", members.name, members.name
            for p in members.participants:
                yield "participant", f"{p.name}\n{p.organisation}\n{p.country}", p.name
