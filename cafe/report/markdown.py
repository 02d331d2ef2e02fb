"""The report as Markdown (CommonMark), for people who edit before publishing.

Same content, order and formatting as the PDF (:mod:`cafe.report.data`,
the blocks of :mod:`cafe.report.report_blocks`): the sections the workshop
shows under their titles, speakers' names in bold, prose (the introduction,
accounts, summaries, lessons, the lead-in) as the normalised Markdown of
:func:`cafe.report.markup.to_markdown` with its lists, bold and links. Every
other user string (notes, names, titles) is escaped, so a note holding
``<img src=…>``, ``*`` or ``# `` reads literally in any Markdown viewer
instead of becoming markup; control characters print as visible pictures,
as in the PDF. Headings and labels are in the workshop's output language
(:attr:`ReportData.language`); an Arabic report opens with an HTML comment
naming its direction and language and is wrapped in ``<div dir="rtl"
lang="ar">`` … ``</div>``, which CommonMark viewers (GitHub, VS Code,
pandoc to HTML) honour, so it reads right to left there. Written atomically.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from cafe.i18n import _, output_language
from cafe.report.data import AnnexBlock, Column, ReportData, Section, ThemeSection
from cafe.report.fonts import clean_text
from cafe.report.output import atomic_write
from cafe.report.report_blocks import (
    groups_line,
    hosts_line,
    introduction_blocks,
    lesson_item,
    lesson_runs,
    speaker_blocks,
    summary_blocks,
)
from cafe.report.vote_blocks import vote_blocks, vote_heading

# ASCII punctuation that can make markup anywhere in a line (links, emphasis, code, HTML,
# entities, table cells, headings); a backslash makes each literal (CommonMark 2.4).
_INLINE = re.compile(r"([\\`*_\[\]<>#|~&])")
# At the start of a line only: list markers, setext underlines, numbered lists.
_LINE_MARK = re.compile(r"^(\s*)([-+=])", re.MULTILINE)
_LINE_NUMBER = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def escape_md(text: str) -> str:
    """``text`` as Markdown that displays exactly ``text`` (line breaks kept as hard breaks)."""
    text = _INLINE.sub(r"\\\1", clean_text(text))
    text = _LINE_MARK.sub(r"\1\\\2", text)
    text = _LINE_NUMBER.sub(r"\1\\\2", text)
    return text.replace("\n", "  \n")


def _one_line(text: str) -> str:
    return escape_md(" ".join(clean_text(text).split()))


def render(data: ReportData, *, include_participants: bool = False) -> str:
    """The whole report as Markdown text, in the report's language."""
    with output_language(data.language):
        text = _render(data, include_participants)
    if data.rtl:
        # a blank line after the opening tag keeps the Markdown inside it Markdown (CommonMark HTML blocks)
        return f'<div dir="rtl" lang="{data.language}">\n\n{text}\n</div>\n'
    return text


def _render(data: ReportData, include_participants: bool) -> str:
    out: list[str] = []
    add = out.append
    add(f"# {_one_line(data.title)}\n")
    add(f"*{_one_line(data.report_title)}*  ")
    for line in (data.venue, data.dates):
        if line:
            add(f"{_one_line(line)}  ")
    add("")
    for section in data.shown(include_participants):
        _SECTIONS[section.key](out, data, section)
    return "\n".join(out).rstrip() + "\n"


def _blocks(out: list[str], blocks, base: int = 3) -> None:
    """Markup blocks (:mod:`cafe.report.markup`) as normalised Markdown, a blank line after; a heading
    inside them takes level ``base`` and below (under the report's own headings)."""
    from cafe.report import markup as mk

    if blocks:
        text = mk.to_markdown(tuple(blocks), heading_base=min(base, 6)).strip()
        if text:
            out.append(text + "\n")


def _prose(out: list[str], text: str, base: int = 3) -> None:
    from cafe.report import markup as mk

    if text.strip():
        _blocks(out, mk.parse(text), base)


def _introduction(out: list[str], data: ReportData, section: Section) -> None:
    out.append(f"## {_one_line(section.title)}\n")
    _blocks(out, introduction_blocks(data))


def _sessions(out: list[str], data: ReportData, section: Section) -> None:
    level = "##"
    if section.title:
        out.append(f"## {_one_line(section.title)}\n")
        level = "###"
    for session in data.sessions:
        out.append(f"{level} {_one_line(session.title)}\n")
        if session.when:
            out.append(f"*{_one_line(session.when)}*\n")
        _blocks(out, speaker_blocks(session))
        _prose(out, session.account, len(level) + 1)


def _themes(out: list[str], data: ReportData, section: Section) -> None:
    out.append(f"## {_one_line(section.title)}\n")
    for theme in data.themes:
        _theme(out, theme)


def _wrapup(out: list[str], data: ReportData, section: Section) -> None:
    from cafe.report import markup as mk

    out.append(f"## {_one_line(section.title)}\n")
    _prose(out, data.wrapup_lead_in)
    for titled, lessons in lesson_runs(data.lessons):
        if not titled:
            _blocks(out, [mk.Bullets(tuple(lesson_item("\n\n".join(x.paragraphs)) for x in lessons))])
            continue
        for lesson in lessons:
            out.append(f"### {_one_line(lesson.title)}\n")
            _prose(out, "\n\n".join(lesson.paragraphs), 4)
    for vote in data.votes:
        out.append(f"### {_one_line(vote_heading(vote))}\n")
        _blocks(out, vote_blocks(vote))


def _annex(out: list[str], data: ReportData, section: Section) -> None:
    out.append(f"## {_one_line(section.title)}\n")
    for block in data.annex:
        _annex_block(out, block)


def _participants(out: list[str], data: ReportData, section: Section) -> None:
    add = out.append
    add(f"## {_one_line(section.title)}\n")
    for group in data.groups:
        add(f"### {_one_line(group.name)} ({len(group.participants)})\n")
        if group.participants:
            add(f"| {_one_line(_('Name'))} | {_one_line(_('Organisation'))} | {_one_line(_('Country'))} |")
            add("| --- | --- | --- |")
            out.extend(f"| {_one_line(p.name)} | {_one_line(p.organisation)} | {_one_line(p.country)} |"
                       for p in group.participants)
            add("")
        else:
            add(f"*{_one_line(_('Nobody in this group.'))}*\n")


def _theme(out: list[str], t: ThemeSection) -> None:
    add = out.append
    add(f"### {_one_line(t.heading)}\n")
    facts = []
    if t.hosts:
        facts.append(_bold_label(hosts_line(t), "; ".join(t.hosts)))
    if t.objective_ref:
        facts.append(_bold_label(_("Reference: {reference}").format(reference=t.objective_ref), t.objective_ref))
    if facts:
        out.extend(f"{fact}  " for fact in facts)
        add("")
    if t.guiding_questions:
        add(f"#### {_one_line(_('Guiding questions'))}\n")
        out.extend(f"- {_one_line(q)}" for q in t.guiding_questions)
        add("")
    if t.summary_parts:
        add(f"#### {_one_line(_('Summary'))}\n")
        _blocks(out, summary_blocks(t), 5)
    if not any(c.groups for c in t.columns):
        add(f"*{_one_line(_('No items were recorded for this theme.'))}*\n")
    for column in (*t.columns, t.other):
        if column.groups:
            add(f"#### {_one_line(column.title)}\n")
            _column(out, column, full=False)


def _column(out: list[str], column: Column, *, full: bool) -> None:
    for group in column.groups:
        if group.heading:
            out.append(f"**{_one_line(group.heading)}**\n")
        for item in group.items:
            text = item.full_text if full else item.text
            # Continuation lines of a list item are indented to stay inside it.
            out.append("- " + escape_md(text).replace("\n", "\n  "))
        out.append("")


def _annex_block(out: list[str], block: AnnexBlock) -> None:
    add = out.append
    add(f"### {_one_line(block.title)}\n")
    if block.theme:
        add(_bold_label(_("Theme: {theme}").format(theme=block.theme), block.theme) + "  ")
    if block.groups:
        add(_bold_label(groups_line(block.groups), ", ".join(block.groups)) + "  ")
    add("")
    if block.summary:
        add(f"**{_one_line(_('Summary of the round'))}**\n")
        _prose(out, block.summary, 4)
    for column in block.columns:
        if column.groups:
            add(f"#### {_one_line(column.title)}\n")
            _column(out, column, full=True)


def _bold_label(line: str, value: str) -> str:
    """"**Thematic host:** Amina Yusuf (OHCHR)": ``line`` (a translated "label: value") with its label, the
    part before ``value``, in bold; all of it bold-free when the translation puts the value first."""
    if value and line.endswith(value) and line[:-len(value)].strip():
        return f"**{_one_line(line[:-len(value)].rstrip())}** {_one_line(value)}"
    return _one_line(line)


_SECTIONS = {"introduction": _introduction, "sessions": _sessions, "themes": _themes, "wrapup": _wrapup,
             "annex": _annex, "participants": _participants}


def write_markdown(data: ReportData, path: str | os.PathLike, *, include_participants: bool = False) -> Path:
    """Write the Markdown report to ``path`` atomically (UTF-8); returns the path."""
    text = render(data, include_participants=include_participants)
    return atomic_write(Path(path), text.encode("utf-8"))
