"""The report's formatted pieces as blocks of :mod:`cafe.report.markup`, shared by the PDF, Word and Markdown.

The three exports render the same blocks (:func:`cafe.report.markup.to_flowables`,
``to_docx``, ``to_markdown``), so a speaker's bold name, the statistics
sentence's place and a round summary's label read the same in each. The
blocks are built here from the report's content; user text only ever goes
into ``Text`` spans (escaped by every renderer), never into markup.
Pure; no reportlab.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cafe.i18n import _, ngettext
from cafe.report import markup as mk
from cafe.report.data import LessonSection, ReportData, ThemeSection
from cafe.report.sessions_data import SessionSection

#: Sections that start on a new page (the annexes); the others run on after the one before, as in a
#: published report, so no page holds only the last lines of a section.
NEW_PAGE = frozenset({"annex", "participants"})


def speaker_blocks(session: SessionSection) -> list:
    """The session's speakers as markup blocks: "Moderator: **Name**, title", or "Panellists:" and a
    list of "**Name**, title" (the exports build the same blocks, so they print the same)."""
    out: list = []
    for group in session.speaker_groups:
        lines = [_speaker_spans(s.name, s.description) for s in group.speakers]
        if len(lines) == 1:
            out.append(mk.Para((mk.Text(label_text(group.label) + " "), *lines[0])))
        else:
            out.append(mk.Para((mk.Text(label_text(group.label)),)))
            out.append(mk.Bullets(tuple(lines)))
    return out


def label_text(label: str) -> str:
    """"Moderator:", French "Modérateur :" (a label before what it names, in the language in effect)."""
    return _("{label}:").format(label=label)


def _speaker_spans(name: str, description: str) -> tuple:
    spans: tuple = (mk.Bold((mk.Text(name),)),)
    return spans + (mk.Text(f", {description}"),) if description else spans


def introduction_blocks(data: ReportData) -> list:
    """The introduction's blocks with the statistics sentence after its first paragraph (the
    workshop's purpose comes first, then who came, then the aims)."""
    blocks = list(mk.parse(data.introduction_text()))
    stats = data.statistics_shown()
    if stats:
        at = 1 if blocks and isinstance(blocks[0], mk.Para) else 0
        blocks[at:at] = list(mk.parse(stats))
    return blocks


def summary_blocks(theme: ThemeSection) -> list:
    """A theme's summary as blocks; a round's summary starts with its label in bold ("**Round 1:** …")."""
    out: list = []
    for label, text in theme.summary_parts:
        blocks = list(mk.parse(text))
        if label:
            lead = mk.Bold((mk.Text(label_text(label)),))
            if blocks and isinstance(blocks[0], mk.Para):
                blocks[0] = mk.Para((lead, mk.Text(" "), *blocks[0].spans))
            else:
                blocks.insert(0, mk.Para((lead,)))
        out.extend(blocks)
    return out


def lesson_item(text: str) -> tuple:
    """An untitled lesson as the spans of one list item: its paragraphs run together, anything else
    (a list, a quote) as plain text."""
    spans: list = []
    for block in mk.parse(text):
        inner = getattr(block, "spans", None)
        part = tuple(inner) if isinstance(block, (mk.Para, mk.Heading)) and inner is not None \
            else (mk.Text(mk.to_plain((block,)).strip()),)
        if spans:
            spans.append(mk.Text(" "))
        spans.extend(part)
    return tuple(spans)


def lesson_runs(lessons: Iterable[LessonSection]) -> list[tuple[bool, list[LessonSection]]]:
    """The lessons in runs: (True, titled lessons) print each under its title, (False, untitled
    lessons) as the items of one list."""
    runs: list[tuple[bool, list[LessonSection]]] = []
    for lesson in lessons:
        titled = bool(lesson.title.strip())
        if runs and runs[-1][0] == titled:
            runs[-1][1].append(lesson)
        else:
            runs.append((titled, [lesson]))
    return runs


def hosts_line(t: ThemeSection) -> str:
    """"Thematic hosts: Amina Yusuf (OHCHR); Ingrid Solberg (ILO)" in the language in effect."""
    return ngettext("Thematic host: {names}", "Thematic hosts: {names}", len(t.hosts)).format(
        names="; ".join(t.hosts))


def groups_line(groups: Sequence[str]) -> str:
    """"Groups in the room: Group A, Group B" in the language in effect."""
    return ngettext("Group in the room: {groups}", "Groups in the room: {groups}", len(groups)).format(
        groups=", ".join(groups))
