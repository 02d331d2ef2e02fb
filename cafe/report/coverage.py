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

from cafe.i18n import _, ngettext
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
            codes = ngettext("{values} and {n} more", "{values} and {n} more", more).format(values=codes, n=more)
        return _("{where}: {codes} not in the bundled fonts, printed as {mark}").format(
            where=self.where, codes=codes, mark=fonts.REPLACEMENT)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of ``text`` on one line, quoted: “Budget lines for …”."""
    line = " ".join(fonts.clean_text(text).split())
    return f"“{line if len(line) <= limit else line[:limit - 1].rstrip() + '…'}”"


def quoted_place(where: str, quote: str | None) -> str:
    """``where`` in the report, followed by the start of ``quote`` when there is one."""
    if quote is None:
        return where
    return _("{where} {excerpt}").format(where=where, excerpt=excerpt(quote))


def missing_glyphs(data: ReportData, *, include_participants: bool = False) -> list[MissingGlyphs]:
    """Every text of the report (as the PDF prints it) with characters no bundled font has."""
    out = []
    for where, text, quote in _texts(data, include_participants):
        chars = fonts.missing_chars(text)
        if chars:
            label = quoted_place(where, quote)
            out.append(MissingGlyphs(label, tuple(chars)))
    return out


def _texts(data: ReportData, include_participants: bool) -> Iterator[tuple[str, str, str | None]]:
    """(where, text, what to quote after ``where``) for every user text of the report; each note once,
    where the annex has it in full."""
    yield _("the workshop's title"), data.title, None
    yield _("the venue"), data.venue, None
    for n, text in enumerate(data.introduction, start=1):
        yield _("the introduction, paragraph {n}").format(n=n), text, None
    for row in data.agenda:
        yield _("the agenda, {time}").format(time=row.time), f"{row.day}\n{row.title}\n{row.room}", None
    for theme in data.themes:
        number = theme.number
        yield _("theme {n}, title").format(n=number), theme.title, None
        yield (_("theme {n}, hosts and room").format(n=number),
               "\n".join((*theme.hosts, *theme.note_takers, theme.room, theme.objective_ref)), None)
        for q in theme.guiding_questions:
            yield _("theme {n}, guiding question").format(n=number), q, q
        if not theme.summary_from_rounds:  # else the round summaries, checked with the annex
            for text in theme.summary:
                yield _("theme {n}, summary").format(n=number), text, text
    for n, lesson in enumerate(data.lessons, start=1):
        yield _("lesson {n}").format(n=n), "\n".join((lesson.title, *lesson.paragraphs)), None
    for block in data.annex:
        yield _("{block}, group names").format(block=block.title), "\n".join((*block.groups, block.theme)), None
        if block.summary:
            yield _("{block}, round summary").format(block=block.title), block.summary, block.summary
        for column in block.columns:
            for group in column.groups:
                if group.heading:
                    yield (_("{block}, {column}, heading").format(block=block.title, column=column.title),
                           group.heading, group.heading)
                for item in group.items:
                    yield (_("{block}, {column}, note").format(block=block.title, column=column.title),
                           item.full_text, item.full_text)
    if include_participants:
        for members in data.groups:
            yield _("group"), members.name, members.name
            for p in members.participants:
                yield _("participant"), f"{p.name}\n{p.organisation}\n{p.country}", p.name
