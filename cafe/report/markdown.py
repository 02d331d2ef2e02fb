"""The report as Markdown (CommonMark), for people who edit before publishing.

Same content and order as the PDF (:mod:`cafe.report.data`). Every user
string is escaped, so a note holding ``<img src=…>``, ``*`` or ``# `` reads
literally in any Markdown viewer instead of becoming markup; control
characters print as visible pictures, as in the PDF. Written atomically.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from cafe.report.data import AnnexBlock, Column, ReportData, ThemeSection
from cafe.report.fonts import clean_text
from cafe.report.output import atomic_write

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
    """The whole report as Markdown text."""
    out: list[str] = []
    add = out.append
    add(f"# {_one_line(data.title)}\n")
    for line in (data.venue, data.dates):
        if line:
            add(f"{_one_line(line)}  ")
    add("")
    if data.introduction:
        add("## Introduction\n")
        out.extend(f"{escape_md(p)}\n" for p in data.introduction)
    if data.agenda:
        add("## Agenda\n")
        add("| Day | Time | Session | Room |")
        add("| --- | --- | --- | --- |")
        for row in data.agenda:
            add(f"| {_one_line(row.day)} | {row.time} | {_one_line(row.title)} | {_one_line(row.room)} |")
        add("")
    for theme in data.themes:
        _theme(out, theme)
    if data.lessons:
        add("## Cross-cutting lessons\n")
        for i, lesson in enumerate(data.lessons, start=1):
            add(f"### {i}. {_one_line(lesson.title)}\n")
            out.extend(f"{escape_md(p)}\n" for p in lesson.paragraphs)
            if lesson.sources:
                add("It rests on these items:\n")
                out.extend(f"- {_one_line(s.text)} — {_one_line(s.where)}" for s in lesson.sources)
                add("")
    if data.annex:
        add("## Annex: full notes by room and round\n")
        for block in data.annex:
            _annex_block(out, block)
    if include_participants and data.groups:
        add("## Annex: groups and participants\n")
        for group in data.groups:
            add(f"### {_one_line(group.name)} ({len(group.participants)})\n")
            if group.participants:
                add("| Name | Organisation | Country |")
                add("| --- | --- | --- |")
                out.extend(f"| {_one_line(p.name)} | {_one_line(p.organisation)} | {_one_line(p.country)} |"
                           for p in group.participants)
                add("")
    return "\n".join(out).rstrip() + "\n"


def _theme(out: list[str], t: ThemeSection) -> None:
    add = out.append
    add(f"## {t.number}. {_one_line(t.title)}\n")
    facts = []
    if t.hosts:
        facts.append(("Thematic host" if len(t.hosts) == 1 else "Thematic hosts", "; ".join(t.hosts)))
    if t.room:
        facts.append(("Room", t.room))
    if t.objective_ref:
        facts.append(("Reference", t.objective_ref))
    if t.note_takers:
        facts.append(("Notes", "; ".join(t.note_takers)))
    out.extend(f"**{label}:** {_one_line(value)}  " for label, value in facts)
    add("")
    if t.guiding_questions:
        add("### Guiding questions\n")
        out.extend(f"- {_one_line(q)}" for q in t.guiding_questions)
        add("")
    add("### Summary\n")
    if t.summary:
        if t.summary_from_rounds:
            add("*From the summaries written at the end of each round.*\n")
        out.extend(f"{escape_md(p)}\n" for p in t.summary)
    else:
        add("*No summary was written for this theme.*\n")
    if not any(c.groups for c in t.columns):
        add("*No items were recorded for this theme.*\n")
    for column in (*t.columns, t.other):
        if column.groups:
            add(f"### {column.title}\n")
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
        add(f"**Theme:** {_one_line(block.theme)}  ")
    if block.groups:
        label = "Group in the room" if len(block.groups) == 1 else "Groups in the room"
        add(f"**{label}:** {_one_line(', '.join(block.groups))}  ")
    add("")
    if block.summary:
        add("**Summary of the round**\n")
        add(escape_md(block.summary) + "\n")
    for column in block.columns:
        if column.groups:
            add(f"#### {column.title}\n")
            _column(out, column, full=True)


def write_markdown(data: ReportData, path: str | os.PathLike, *, include_participants: bool = False) -> Path:
    """Write the Markdown report to ``path`` atomically (UTF-8); returns the path."""
    text = render(data, include_participants=include_participants)
    return atomic_write(Path(path), text.encode("utf-8"))
