"""The report's content, worked out once and shared by the PDF, Markdown and Word exports.

:func:`report_data` is pure: from a :class:`cafe.storage.snapshots.WorkshopSnapshot`
and the workshop's notes it builds a frozen :class:`ReportData` holding the
text of every section in reading order. The exporters only lay it out, so the
three formats always say the same thing.

Decisions the layouts rely on:

* Deleted notes are left out everywhere.
* A theme's table gathers the notes of all its rounds. In each column, notes
  without a heading come first, then one group per heading in order of first
  appearance; headings that differ only in case, spacing or a trailing colon
  are one group. A heading with nothing under it yet still prints.
* An item prints its attributions in parentheses unless its text already ends
  with them ("Flexi visa system (Philippines and Bahrain)").
* A note longer than :data:`LONG_NOTE_CHARS` shows a shortened text in the
  table with a pointer to the annex, which always has every note in full
  (a table cell taller than a page cannot be laid out).
* A theme's summary is its running synthesis; while that is empty, the
  summaries written at the end of each round stand in for it.
* The report follows the workshop: the introduction (with the statistics
  sentence, :mod:`cafe.report.statistics`), the plenary sessions each under
  its own agenda title (:mod:`cafe.report.sessions_data`), "Thematic
  sessions" ("Thematic session 1: …" per theme), the wrap-up (its lead-in and
  the cross-cutting lessons), the annex of full notes and, when the export
  asks for them, the participants. The order, titles and which sections are
  shown are the workshop's settings, read by
  :func:`cafe.plenary.report_settings.report_sections` (the same reading the
  window shows); its ``report_title`` is the report's title ("Report" when
  empty). The sessions come under a heading of their own only when the
  organiser gave them a title; by default each session is a section of its own.
* Prose (the introduction, accounts, summaries, lessons, the lead-in, the
  statistics) is kept as typed: the exports render the Markdown subset of
  :mod:`cafe.report.markup`. Notes are plain text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from cafe.i18n import N_, _, output_language
from cafe.notes.attributions import format_attributions, parse_trailing
from cafe.people.members import members_by_group
from cafe.plenary.report_settings import SHOWN_BY_DEFAULT, ReportSection, report_sections, report_title
from cafe.report.sessions_data import SessionSection, kind_title, sessions
from cafe.report.statistics import sentence
from cafe.report.vote_data import VoteResult, vote_results
from cafe.report.wording import format_dates, format_day, time_range, workshop_language
from cafe.storage.snap_types import WorkshopSnapshot

LONG_NOTE_CHARS = 1_200
PREVIEW_CHARS = 400

#: each column's title in English; printed in the output language (:func:`category_title`)
CATEGORY_TITLES = {
    "opportunity": N_("Opportunities"),
    "challenge": N_("Challenges"),
    "practice": N_("Practices"),
    "other": N_("Other points"),
}
TABLE_CATEGORIES = ("opportunity", "challenge", "practice")
ALL_CATEGORIES = (*TABLE_CATEGORIES, "other")


@dataclass(frozen=True)
class Item:
    """One note as the report prints it."""

    uuid: str
    text: str  # what the table prints: the note, attributions added, shortened if long
    full_text: str  # the note in full, attributions added (the annex)
    heading: str
    attributions: tuple[str, ...]
    room: str
    round_number: int | None
    shortened: bool


@dataclass(frozen=True)
class HeadingGroup:
    heading: str  # "" for the notes without a heading
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Column:
    category: str
    title: str
    groups: tuple[HeadingGroup, ...]

    @property
    def item_count(self) -> int:
        return sum(len(g.items) for g in self.groups)


@dataclass(frozen=True)
class ThemeSection:
    uuid: str
    number: int
    title: str
    short_name: str
    objective_ref: str
    hosts: tuple[str, ...]  # "Amina Yusuf (OHCHR)"
    note_takers: tuple[str, ...]
    room: str
    guiding_questions: tuple[str, ...]
    summary: tuple[str, ...]  # paragraphs
    summary_from_rounds: bool  # True when the round summaries stand in for the theme's own
    columns: tuple[Column, Column, Column]
    other: Column
    #: the summary as written, one (label, text) per summary: ("", the theme's own) or ("Round 1", …)
    summary_parts: tuple[tuple[str, str], ...] = ()
    #: the round of each of ``summary_parts`` (None: the theme's own summary)
    summary_rounds: tuple[int | None, ...] = ()

    @property
    def heading(self) -> str:
        return theme_heading(self.number, self.title)

    @property
    def note_count(self) -> int:
        return sum(c.item_count for c in (*self.columns, self.other))


@dataclass(frozen=True)
class LessonSource:
    uuid: str
    where: str  # "Room XVI, round 1"
    text: str


@dataclass(frozen=True)
class LessonSection:
    uuid: str
    title: str
    paragraphs: tuple[str, ...]
    sources: tuple[LessonSource, ...]


@dataclass(frozen=True)
class AgendaRow:
    day: str  # "Day I, Thursday 21 March 2019"
    time: str  # "12:00–13:00"
    title: str
    room: str


@dataclass(frozen=True)
class AnnexBlock:
    """The full notes of one room in one round, and who was in the room."""

    room: str
    theme: str
    round_label: str  # "Round 1 (12:00–13:00)" or "Outside the rounds"
    groups: tuple[str, ...]
    summary: str
    columns: tuple[Column, ...]  # all four categories, empty ones included

    @property
    def title(self) -> str:
        return f"{self.room} — {self.round_label}"


@dataclass(frozen=True)
class ParticipantRow:
    name: str
    organisation: str
    country: str


@dataclass(frozen=True)
class GroupList:
    name: str
    participants: tuple[ParticipantRow, ...]


def category_title(category: str) -> str:
    """A column's title in the language in effect ("Opportunities", "Opportunités")."""
    return _(CATEGORY_TITLES[category]) if category in CATEGORY_TITLES else category


def theme_heading(number: int, title: str) -> str:
    """"Thematic session 1: Human rights-based approaches …" (in the language in effect)."""
    if title:
        return _("Thematic session {number}: {title}").format(number=number, title=title)
    return _("Thematic session {number}").format(number=number)


@dataclass(frozen=True)
class Section:
    """One section as printed: its key and its title ("" for the sessions without a heading of their own)."""

    key: str
    title: str


@dataclass(frozen=True)
class ReportData:
    title: str  # the workshop's title
    venue: str
    dates: str  # "21–22 March 2019"
    introduction: tuple[str, ...]
    agenda: tuple[AgendaRow, ...]  # the timetable (the report follows it; the slides and checks read it)
    themes: tuple[ThemeSection, ...]
    lessons: tuple[LessonSection, ...]
    annex: tuple[AnnexBlock, ...]
    groups: tuple[GroupList, ...]  # printed only when asked (privacy)
    report_title: str = "Report"  # "Final Report": above the workshop's title
    #: every section in order, as the workshop's settings have them (see :meth:`shown`)
    sections: tuple[ReportSection, ...] = field(default_factory=lambda: report_sections(()))
    #: whether the settings list the participants' section (else it follows the export's choice alone)
    participants_listed: bool = False
    statistics: str = ""  # the statistics sentence (the organiser's, or offered from the participants)
    sessions: tuple[SessionSection, ...] = ()
    wrapup_lead_in: str = ""  # who presented the outcomes, who moderated
    #: the Word report's paper: "a4", or "letter" when the workshop's ``report_paper`` setting says so
    paper: str = "a4"
    #: the output language the report is written in (en, fr, es, ar): the exports print in it
    language: str = "en"
    #: the plenary's dot votes that phones voted in, oldest first (printed after the lessons)
    votes: tuple[VoteResult, ...] = ()

    @property
    def rtl(self) -> bool:
        """Whether the report reads right to left (Arabic)."""
        return self.language == "ar"

    @property
    def note_count(self) -> int:
        return sum(t.note_count for t in self.themes)

    def shown(self, include_participants: bool = False) -> tuple[Section, ...]:
        """The sections to print, in order: those the organiser shows that have something to say.

        The participants are printed only when the export asks for them (their
        names are personal data). While the settings hide their section by
        default, the export's choice alone decides (a section hidden by default
        cannot be told from one the organiser hid); otherwise a section the
        organiser hid stays out.
        """
        has = {
            "introduction": bool(self.introduction or self.statistics.strip()),
            "sessions": bool(self.sessions),
            "themes": bool(self.themes),
            "wrapup": bool(self.lessons or self.wrapup_lead_in.strip() or self.votes),
            "annex": bool(self.annex),
            "participants": include_participants and bool(self.groups),
        }
        out = []
        for s in self.sections:
            shown = s.shown or (s.key == "participants" and (
                not self.participants_listed or "participants" not in SHOWN_BY_DEFAULT))
            if shown and has.get(s.key, False):
                # an organiser's own title prints as typed; a default one in the report's language
                with output_language(self.language):
                    title = s.custom_title if s.key == "sessions" else (s.custom_title or _(s.default_title))
                out.append(Section(s.key, title))
        return tuple(out)

    def introduction_text(self) -> str:
        """The introduction as typed (paragraphs joined by blank lines)."""
        return "\n\n".join(self.introduction)

    def statistics_shown(self) -> str:
        """The statistics sentence for the introduction; "" when the introduction already says it."""
        text = self.statistics.strip()
        if not text or _squeezed(text) in _squeezed(self.introduction_text()):
            return ""
        return text


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


# --- building ----------------------------------------------------------------------------

def report_data(snapshot: WorkshopSnapshot, notes: Iterable) -> ReportData:
    """The report's content; ``notes`` are note snapshots (deleted ones are dropped here).

    Its words, dates and times are in the workshop's output language (``workshop.language``)."""
    lang = workshop_language(snapshot.workshop)
    with output_language(lang):
        return _report_data(snapshot, notes, lang)


def _report_data(snapshot: WorkshopSnapshot, notes: Iterable, lang: str) -> ReportData:
    live = [n for n in notes if n.deleted_at is None]
    rooms = {r.uuid: r.name for r in snapshot.rooms}
    rounds = {r.uuid: r for r in snapshot.rounds}
    agenda = {a.uuid: a for a in snapshot.agenda}
    round_no = {u: r.number for u, r in rounds.items()}
    theme_of_room = {t.room_uuid: t.uuid for t in snapshot.themes if t.room_uuid}

    def note_key(n):
        return (round_no.get(n.round_uuid, 0) if n.round_uuid else 10**9, _category_index(n.category),
                n.position, n.uuid)
    live.sort(key=note_key)
    items = {n.uuid: _item(n, rooms.get(n.room_uuid, ""), round_no.get(n.round_uuid)) for n in live}

    by_theme: dict[str | None, list] = {}
    for n in live:
        by_theme.setdefault(n.theme_uuid or theme_of_room.get(n.room_uuid), []).append(n)

    workshop = snapshot.workshop
    themes = tuple(_theme_section(i, t, snapshot, by_theme.get(t.uuid, []), items, rooms, rounds, agenda)
                   for i, t in enumerate(snapshot.themes, start=1))
    days = {d.uuid: d for d in snapshot.days}
    return ReportData(
        title=(workshop.title if workshop else "") or _("Workshop report"),
        venue=workshop.venue if workshop else "",
        dates=format_dates(workshop.start_date, workshop.end_date) if workshop else "",
        introduction=paragraphs(workshop.introduction if workshop else ""),
        agenda=_agenda(snapshot, rooms),
        themes=themes,
        lessons=_lessons(snapshot, items),
        annex=_annex(snapshot, live, items, rooms, rounds, agenda),
        groups=_groups(snapshot),
        report_title=_report_title(workshop),
        sections=report_sections(_stored_sections(workshop)),
        participants_listed=any(isinstance(e, dict) and e.get("key") == "participants"
                                for e in _stored_sections(workshop)),
        statistics=sentence(workshop, snapshot),
        sessions=sessions(snapshot, lambda item: _day_label(days.get(item.day_uuid))),
        wrapup_lead_in=str(getattr(workshop, "wrapup_lead_in", "") or "").strip(),
        paper="letter" if str(getattr(workshop, "report_paper", "") or "").strip().casefold() == "letter" else "a4",
        language=lang,
        votes=vote_results(snapshot),
    )


def _report_title(workshop) -> str:
    """The organiser's report title as typed; the default one ("Report") in the output language."""
    own = getattr(workshop, "report_title", "") if workshop is not None else ""
    return report_title(workshop) if isinstance(own, str) and own.strip() else _("Report")


def _stored_sections(workshop) -> tuple:
    value = getattr(workshop, "report_sections", None) if workshop is not None else None
    return tuple(value) if isinstance(value, (list, tuple)) else ()


def _category_index(category) -> int:
    value = getattr(category, "value", category)
    return ALL_CATEGORIES.index(value) if value in ALL_CATEGORIES else len(ALL_CATEGORIES)


def _cat(category) -> str:
    value = getattr(category, "value", category)
    return value if value in ALL_CATEGORIES else "other"


def with_attributions(text: str, attributions: Iterable[str]) -> str:
    """``text`` ending with its attributions in parentheses, unless it already does."""
    names = [a for a in attributions if a and a.strip()]
    if not names:
        return text
    if parse_trailing(text):
        inner = text[text.rindex("(") + 1:].casefold()
        if all(a.strip().casefold() in inner for a in names):
            return text
    joined = f"({format_attributions(names)})"
    return f"{text} {joined}" if text else joined


def _item(note, room: str, round_number: int | None) -> Item:
    full = with_attributions(note.text, note.attributions)
    shortened = len(full) > LONG_NOTE_CHARS
    text = full
    if shortened:
        cut = full[:PREVIEW_CHARS]
        space = cut.rfind(" ")
        if space > PREVIEW_CHARS // 2:
            cut = cut[:space]
        text = _("{text}… (continued in the annex: {where})").format(text=cut.rstrip(),
                                                                      where=_where(room, round_number))
    return Item(note.uuid, text, full, note.heading, tuple(note.attributions), room, round_number, shortened)


def _where(room: str, round_number: int | None) -> str:
    """"Room XVI, round 1" (just the room outside the rounds)."""
    return _("{room}, round {number}").format(room=room, number=round_number) if round_number else room


def heading_key(heading: str) -> str:
    """Headings that differ only in case, spacing or a trailing colon are the same heading."""
    return " ".join(heading.split()).rstrip(" :：").casefold()


def _groups_of(notes: list, items: dict[str, Item]) -> tuple[HeadingGroup, ...]:
    order: list[str] = [""]
    shown: dict[str, str] = {"": ""}
    members: dict[str, list[Item]] = {"": []}
    for n in notes:
        key = heading_key(n.heading)
        if key not in members:
            order.append(key)
            shown[key] = " ".join(n.heading.split())
            members[key] = []
        if n.text.strip():
            members[key].append(items[n.uuid])
    return tuple(HeadingGroup(shown[k], tuple(members[k])) for k in order if k or members[k])


def _columns(notes: list, items: dict[str, Item], categories) -> tuple[Column, ...]:
    return tuple(Column(c, category_title(c), _groups_of([n for n in notes if _cat(n.category) == c], items))
                 for c in categories)


def _person(host) -> str:
    return f"{host.name} ({host.organisation})" if host.organisation else host.name


def _theme_section(number, theme, snapshot, notes, items, rooms, rounds, agenda) -> ThemeSection:
    hosts = [h for h in snapshot.hosts if h.theme_uuid == theme.uuid]
    role = lambda h: getattr(h.role, "value", h.role)
    summary = paragraphs(theme.summary)
    parts: list[tuple[str, str]] = [("", theme.summary.strip())] if summary else []
    from_rounds = False
    numbers: list[int | None] = [None] if summary else []
    if not summary:
        texts: list[str] = []
        for s in sorted((s for s in snapshot.summaries if s.room_uuid == theme.room_uuid and s.text.strip()),
                        key=lambda s: rounds[s.round_uuid].number if s.round_uuid in rounds else 0):
            rnd = rounds.get(s.round_uuid)
            label = _("Round {number}").format(number=rnd.number) if rnd else ""
            lead = _("{label}: ").format(label=label) if label else ""
            texts.extend(lead + p if i == 0 else p for i, p in enumerate(paragraphs(s.text)))
            parts.append((label, s.text.strip()))
            numbers.append(rnd.number if rnd else None)
        summary, from_rounds = tuple(texts), bool(texts)
    table = cast(tuple[Column, Column, Column], _columns(notes, items, TABLE_CATEGORIES))
    (other,) = _columns(notes, items, ("other",))
    return ThemeSection(
        uuid=theme.uuid, number=number, title=theme.title, short_name=theme.short_name,
        objective_ref=theme.objective_ref,
        hosts=tuple(_person(h) for h in hosts if role(h) == "host"),
        note_takers=tuple(_person(h) for h in hosts if role(h) != "host"),
        room=rooms.get(theme.room_uuid, ""),
        guiding_questions=tuple(q for q in theme.guiding_questions if q.strip()),
        summary=summary, summary_from_rounds=from_rounds, columns=table, other=other,
        summary_parts=tuple(parts), summary_rounds=tuple(numbers),
    )


def _lessons(snapshot, items: dict[str, Item]) -> tuple[LessonSection, ...]:
    out = []
    for lesson in snapshot.lessons:
        sources = []
        for uuid in lesson.note_uuids:
            item = items.get(uuid)
            if item is None:  # deleted since the lesson was written
                continue
            where = _where(item.room, item.round_number)
            sources.append(LessonSource(uuid, where, item.text))
        out.append(LessonSection(lesson.uuid, lesson.title, paragraphs(lesson.text), tuple(sources)))
    return tuple(out)


def _round_label(rnd, agenda) -> str:
    item = agenda.get(rnd.agenda_item_uuid)
    times = time_range(item.start, item.end) if item is not None else ""
    if not times:
        return _("Round {number}").format(number=rnd.number)
    return _("Round {number} ({times})").format(number=rnd.number, times=times)


def _annex(snapshot, live, items, rooms, rounds, agenda) -> tuple[AnnexBlock, ...]:
    groups = {g.uuid: g.name for g in snapshot.groups}
    in_room: dict[tuple[str, str], list[str]] = {}
    for a in snapshot.assignments:
        in_room.setdefault((a.room_uuid, a.round_uuid), []).append(groups.get(a.group_uuid, ""))
    summaries = {(s.room_uuid, s.round_uuid): s.text for s in snapshot.summaries}
    themes = {t.uuid: t.title for t in snapshot.themes}
    theme_of_room = {t.room_uuid: t.title for t in snapshot.themes if t.room_uuid}
    by_block: dict[tuple[str, str | None], list] = {}
    for n in live:
        by_block.setdefault((n.room_uuid, n.round_uuid), []).append(n)
    blocks = []
    room_order = [r.uuid for r in snapshot.rooms] + sorted({k[0] for k in by_block} - set(rooms))
    round_order = [r.uuid for r in snapshot.rounds] + [None]
    for room_uuid in room_order:
        for round_uuid in round_order:
            notes = by_block.get((room_uuid, round_uuid), [])
            summary = summaries.get((room_uuid, round_uuid), "") if round_uuid else ""
            if not notes and not summary.strip():
                continue
            theme = (themes.get(notes[0].theme_uuid) if notes and notes[0].theme_uuid else None) \
                or theme_of_room.get(room_uuid, "")
            label = _round_label(rounds[round_uuid], agenda) if round_uuid else _("Outside the rounds")
            blocks.append(AnnexBlock(
                room=rooms.get(room_uuid, _("Unknown room")), theme=theme, round_label=label,
                groups=tuple(sorted(in_room.get((room_uuid, round_uuid), []))) if round_uuid else (),
                summary=summary.strip(), columns=_columns(notes, items, ALL_CATEGORIES)))
    return tuple(blocks)


def _day_label(day) -> str:
    """"Day I, Thursday 21 March 2019" ("" for no day)."""
    if day is None:
        return ""
    if not day.title:
        return format_day(day.date)
    return _("{day}, {date}").format(day=day.title, date=format_day(day.date))


def _agenda(snapshot, rooms) -> tuple[AgendaRow, ...]:
    days = {d.uuid: d for d in snapshot.days}
    rows = []
    for item in snapshot.agenda:
        label = _day_label(days.get(item.day_uuid))
        kind = getattr(item.kind, "value", item.kind)
        title = item.title or kind_title(kind)
        rows.append(AgendaRow(label, time_range(item.start, item.end), title, rooms.get(item.room_uuid, "")))
    return tuple(rows)


def _groups(snapshot) -> tuple[GroupList, ...]:
    from cafe.people.countries import country_display  # the country index, only when groups are listed

    members = members_by_group(snapshot)

    def rows(ps) -> tuple[ParticipantRow, ...]:
        # one spelling per country: a UN State under its UN name ("Vietnam" prints "Viet Nam")
        return tuple(ParticipantRow(p.name, p.organisation, country_display(p.country)) for p in ps)
    out = [GroupList(g.name, rows(members[g.uuid])) for g in snapshot.groups]
    if members[None]:
        out.append(GroupList(_("Not in a group"), rows(members[None])))
    return tuple(out)


# --- text ------------------------------------------------------------------------------

def paragraphs(text: str) -> tuple[str, ...]:
    """Blank-line separated paragraphs, each stripped; single newlines stay inside a paragraph."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    out, current = [], []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            out.append("\n".join(current).strip())
            current = []
    if current:
        out.append("\n".join(current).strip())
    return tuple(out)
