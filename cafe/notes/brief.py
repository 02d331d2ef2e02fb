"""The host's brief: what earlier groups in a room said, for the group coming in.

At the start of a round the host has about two minutes to tell the incoming
group what the groups before them concluded. :func:`build_brief` gathers it
from a snapshot and the room's notes; :func:`outline` lays it out as lines
sized for that briefing, or in full; :func:`write_pdf` prints those lines.

Contract
--------
* Pure functions of frozen data (:class:`~cafe.storage.snapshots.WorkshopSnapshot`
  and note snapshots): no I/O except :func:`write_pdf`, so any thread may call
  them. The UI reads the notes on its worker and builds the brief there.
* "Earlier" means the rounds before the given one (by round number) in which
  the room had notes or a summary; the *last group* is the one that sat in
  the room in the latest of them. Its items are marked ``new``: the host has
  not told anyone about them yet.
* Each item carries the name of the group that raised it: the group assigned
  to that room in that item's round.
* Headings are merged across rounds by name (ignoring case and a trailing
  colon) and keep the order of their first appearance; items follow in round
  order, then column order. Headings with nothing under them are left out.
  Items under no heading come first in their column, as in the report: laid
  out after a heading, they would read as that heading's (and so would the
  "… N more" counting them).
* Citations count notes: a note that names Egypt twice counts once. An
  attribution that :func:`cafe.people.countries.match_country` recognises exactly is
  a country (under its display name); anything else is an organisation.
* The theme's guiding questions open the brief, right under its title, in
  every form (short, full, on screen, on the projector, printed), even before
  the first round: the host frames every group's discussion with them.
* The short brief never says "… 1 more": a single item left out of a heading
  takes no more room than the line that would count it, so it is shown instead.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cafe.i18n import N_, _, ngettext
from cafe.i18n_tables import TranslatedPairs
from cafe.people.countries import match_country

#: the order and names of note columns in a brief (titles read in the language in effect)
CATEGORIES = TranslatedPairs((
    ("opportunity", N_("Opportunities")),
    ("challenge", N_("Challenges")),
    ("practice", N_("Practices")),
    ("other", N_("Other")),
))

#: about two minutes of speaking at 130-150 words a minute
BRIEF_WORDS = 280
#: citations listed in the short brief (the full one lists all)
SHORT_CITATIONS = 8


@dataclass(frozen=True)
class BriefItem:
    uuid: str
    text: str
    attributions: tuple[str, ...]
    group: str
    round_number: int
    new: bool


@dataclass(frozen=True)
class BriefHeading:
    heading: str  # "" for items under no heading
    items: tuple[BriefItem, ...]

    @property
    def new_count(self) -> int:
        return sum(1 for i in self.items if i.new)


@dataclass(frozen=True)
class BriefCategory:
    category: str
    title: str
    headings: tuple[BriefHeading, ...]

    @property
    def count(self) -> int:
        return sum(len(h.items) for h in self.headings)

    @property
    def new_count(self) -> int:
        return sum(h.new_count for h in self.headings)


@dataclass(frozen=True)
class EarlierSummary:
    round_number: int
    group: str
    text: str
    draft: bool


@dataclass(frozen=True)
class Citation:
    name: str
    count: int


@dataclass(frozen=True)
class Brief:
    room: str
    theme: str
    round_number: int | None
    #: the group coming in ("" when the rotation does not say)
    group: str
    #: (round number, group name) of each earlier round, in order
    earlier: tuple[tuple[int, str], ...]
    last_group: str
    summaries: tuple[EarlierSummary, ...]
    synthesis: str
    guiding_questions: tuple[str, ...]
    categories: tuple[BriefCategory, ...]
    countries: tuple[Citation, ...]
    organisations: tuple[Citation, ...]

    @property
    def item_count(self) -> int:
        return sum(c.count for c in self.categories)

    @property
    def new_count(self) -> int:
        return sum(c.new_count for c in self.categories)

    @property
    def is_empty(self) -> bool:
        return not (self.item_count or self.summaries or self.synthesis)


def _value(x: Any) -> Any:
    return getattr(x, "value", x)


def heading_key(heading: str) -> str:
    """How headings are matched across rounds: no case, no trailing colon, single spaces."""
    return " ".join(heading.strip().rstrip(":").split()).casefold()


def build_brief(snap: Any, notes: Iterable[Any], room_uuid: str, round_uuid: str | None) -> Brief:
    """The brief for the group entering ``room_uuid`` in ``round_uuid``.

    ``notes`` are the room's live notes (any rounds; others are ignored).
    With ``round_uuid`` None every round counts as earlier (a recap of the room).
    """
    rounds = sorted(snap.rounds, key=lambda r: r.number)
    current = next((r for r in rounds if r.uuid == round_uuid), None)
    before = [r for r in rounds if current is None or r.number < current.number]
    group_names = {g.uuid: g.name for g in snap.groups}
    group_in = {(a.round_uuid, a.room_uuid): group_names.get(a.group_uuid, "") for a in snap.assignments}
    summaries = {(s.round_uuid, s.room_uuid): s for s in snap.summaries}
    room_notes = [n for n in notes if n.room_uuid == room_uuid and getattr(n, "deleted_at", None) is None]
    number_of = {r.uuid: r.number for r in before}
    earlier_notes = [n for n in room_notes if n.round_uuid in number_of]
    used = {n.round_uuid for n in earlier_notes if n.text.strip()}
    used |= {r.uuid for r in before if (summaries.get((r.uuid, room_uuid)) and
                                        summaries[(r.uuid, room_uuid)].text.strip())}
    earlier_rounds = [r for r in before if r.uuid in used]
    last = earlier_rounds[-1].uuid if earlier_rounds else None

    categories = []
    for category, title in CATEGORIES:
        column = [n for n in earlier_notes if _value(n.category) == category]
        column.sort(key=lambda n: (number_of[n.round_uuid], n.position, n.uuid))
        blocks: dict[str, tuple[str, list[BriefItem]]] = {}
        for n in column:
            _shown, items = blocks.setdefault(heading_key(n.heading), (n.heading.strip(), []))
            if n.text.strip():
                items.append(BriefItem(n.uuid, n.text.strip(), tuple(a for a in n.attributions if a),
                                       group_in.get((n.round_uuid, room_uuid), ""), number_of[n.round_uuid],
                                       n.round_uuid == last))
        # no heading first (a stable sort keeps the headings' order)
        headings = tuple(sorted((BriefHeading(shown, tuple(items)) for shown, items in blocks.values() if items),
                                key=lambda h: h.heading != ""))
        categories.append(BriefCategory(category, title, headings))

    countries, organisations = count_citations(
        i.attributions for c in categories for h in c.headings for i in h.items)
    theme = snap.theme_in_room(room_uuid)
    room = next((r.name for r in snap.rooms if r.uuid == room_uuid), "")
    return Brief(
        room=room,
        theme=theme.title if theme is not None else "",
        round_number=current.number if current is not None else None,
        group=group_in.get((round_uuid, room_uuid), "") if round_uuid else "",
        earlier=tuple((r.number, group_in.get((r.uuid, room_uuid), "")) for r in earlier_rounds),
        last_group=group_in.get((last, room_uuid), "") if last else "",
        summaries=tuple(
            EarlierSummary(r.number, group_in.get((r.uuid, room_uuid), ""), s.text.strip(), bool(s.draft))
            for r in earlier_rounds if (s := summaries.get((r.uuid, room_uuid))) is not None and s.text.strip()),
        synthesis=(theme.summary or "").strip() if theme is not None else "",
        guiding_questions=tuple(theme.guiding_questions) if theme is not None else (),
        categories=tuple(categories),
        countries=countries,
        organisations=organisations,
    )


def count_citations(attribution_lists: Iterable[Sequence[str]]) -> tuple[tuple[Citation, ...],
                                                                          tuple[Citation, ...]]:
    """(countries, organisations) cited, each counted once per note, most cited first."""
    countries: Counter = Counter()
    organisations: Counter = Counter()
    shown: dict[str, str] = {}
    for names in attribution_lists:
        seen_countries, seen_orgs = set(), set()
        for raw in names:
            name = " ".join(raw.split()).strip(" .")
            if not name:
                continue
            match = match_country(name, codes=False)
            if match is not None and match.exact:
                seen_countries.add(match.name)
            else:
                key = name.casefold()
                shown.setdefault(key, name)
                seen_orgs.add(key)
        countries.update(seen_countries)
        organisations.update(seen_orgs)

    def ordered(counter: Counter, label) -> tuple[Citation, ...]:
        return tuple(Citation(label(k), n) for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    return ordered(countries, lambda k: k), ordered(organisations, lambda k: shown[k])


# -- the briefing, as lines -------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """One line of a laid-out brief.

    ``kind``: "title", "questions" (the caption of the guiding questions),
    "question" (one of them; ``detail`` is its number), "section", "summary",
    "synthesis", "heading", "item", "more", "citations" or "empty". ``detail``
    is secondary text (the group, counts); ``new`` marks an item raised by the
    last group.
    """

    kind: str
    text: str
    detail: str = ""
    new: bool = False


def _words(text: str) -> int:
    return len(text.split())


def title_of(brief: Brief) -> str:
    parts = [brief.room or _("Room")]
    if brief.theme:
        parts.append(brief.theme)
    if brief.round_number is not None:
        parts.append(_("before round {number} ({group})").format(number=brief.round_number, group=brief.group)
                     if brief.group else _("before round {number}").format(number=brief.round_number))
    return " · ".join(parts)


def outline(brief: Brief, *, full: bool = False, word_budget: int = BRIEF_WORDS) -> list[Line]:
    """The brief as lines, in reading order.

    Short (the default) fits a two-minute briefing: the guiding questions, the
    earlier round summaries and the theme's synthesis always; then each
    column's headings with their counts; then as many items as ``word_budget``
    allows, new items first and spread over the headings, the rest counted in
    "… N more" lines (N is never 1: a single item left is shown in its place).
    ``full`` lists every item and citation.
    """
    lines = [Line("title", title_of(brief), _earlier_text(brief))]
    lines.extend(question_lines(brief.guiding_questions))
    if brief.is_empty:
        lines.append(Line("empty", _("Nothing from earlier groups yet: this is the first group in this room.")
                          if brief.round_number is not None else _("No notes in this room yet.")))
        return lines
    for s in brief.summaries:
        who = " · ".join([_("Round {number}").format(number=s.round_number)] + ([s.group] if s.group else [])
                         + ([_("draft")] if s.draft else []))
        lines.append(Line("summary", s.text, who))
    if brief.synthesis:
        lines.append(Line("synthesis", brief.synthesis, _("The theme so far")))
    spent = sum(_words(x.text) for x in lines)
    heads = []
    for c in brief.categories:
        heads.append(Line("section", CATEGORIES.title(c.category, c.title), _count_text(c.count, c.new_count)))
        heads.extend(Line("heading", h.heading, _count_text(len(h.items), h.new_count))
                     for h in c.headings if h.heading)
    spent += sum(_words(x.text) + 2 for x in heads)
    chosen = _all_items(brief) if full else _choose_items(brief, word_budget - spent)
    if not full:  # "… 1 more" takes a line as the item would: show the item instead
        for c in brief.categories:
            for h in c.headings:
                hidden = [i for i in h.items if i.uuid not in chosen]
                if len(hidden) == 1:
                    chosen.add(hidden[0].uuid)
    for c in brief.categories:
        if not c.count:
            continue
        lines.append(Line("section", CATEGORIES.title(c.category, c.title), _count_text(c.count, c.new_count)))
        for h in c.headings:
            if h.heading:
                lines.append(Line("heading", h.heading, _count_text(len(h.items), h.new_count)))
            shown = [i for i in h.items if i.uuid in chosen]
            for i in shown:
                lines.append(Line("item", _item_text(i), i.group or _("Round {number}").format(number=i.round_number),
                                  i.new))
            if len(shown) < len(h.items):
                hidden = [i for i in h.items if i.uuid not in chosen]
                new = sum(1 for i in hidden if i.new)
                lines.append(Line("more", (ngettext("… {n} more ({new} new)", "… {n} more ({new} new)", len(hidden))
                                           if new else ngettext("… {n} more", "… {n} more", len(hidden))
                                           ).format(n=len(hidden), new=new)))
    limit = None if full else SHORT_CITATIONS
    for label, cited in ((_("Countries cited"), brief.countries), (_("Organisations cited"), brief.organisations)):
        if cited:
            cited_shown = cited[:limit]
            text = _(", ").join(f"{c.name} ({c.count})" for c in cited_shown)
            if len(cited_shown) < len(cited):
                left = len(cited) - len(cited_shown)
                text = ngettext("{names}, and {n} more", "{names}, and {n} more", left).format(names=text, n=left)
            lines.append(Line("citations", text, label))
    return lines


def question_lines(questions: Sequence[str]) -> list[Line]:
    """The guiding questions as lines: a caption, then each question with its number."""
    shown = [" ".join(q.split()) for q in questions if q.strip()]
    if not shown:
        return []
    caption = ngettext("Guiding question", "Guiding questions", len(shown))
    return [Line("questions", caption)] + [Line("question", q, str(n)) for n, q in enumerate(shown, start=1)]


def _earlier_text(brief: Brief) -> str:
    if not brief.earlier:
        return ""
    groups = _(", ").join(_("round {number} ({group})").format(number=n, group=g) if g
                          else _("round {number}").format(number=n) for n, g in brief.earlier)
    if brief.last_group:
        return _("Earlier: {rounds} · new since {group}").format(rounds=groups, group=brief.last_group)
    return _("Earlier: {rounds}").format(rounds=groups)


def _count_text(count: int, new: int) -> str:
    if new:
        return ngettext("{n} item, {new} new", "{n} items, {new} new", count).format(n=count, new=new)
    return ngettext("{n} item", "{n} items", count).format(n=count)


def _item_text(item: BriefItem) -> str:
    from cafe.notes.attributions import format_attributions, parse_trailing

    who = format_attributions(list(item.attributions))
    if who and not parse_trailing(item.text):
        return f"{item.text} ({who})"
    return item.text


def _all_items(brief: Brief) -> set[str]:
    return {i.uuid for c in brief.categories for h in c.headings for i in h.items}


def _choose_items(brief: Brief, budget: int) -> set[str]:
    """Items that fit ``budget`` words: new ones first, then round-robin over headings."""
    ranked = []
    for ci, c in enumerate(brief.categories):
        for hi, h in enumerate(c.headings):
            ordered = [i for i in h.items if i.new] + [i for i in h.items if not i.new]
            for rank, item in enumerate(ordered):
                ranked.append(((not item.new, rank, ci, hi), item))
    ranked.sort(key=lambda pair: pair[0])
    chosen: set[str] = set()
    for _key, item in ranked:
        cost = _words(_item_text(item)) + 1
        if cost > budget:
            continue
        budget -= cost
        chosen.add(item.uuid)
    return chosen


# -- printing ----------------------------------------------------------------------------------
def write_pdf(lines: Sequence[Line], path: Path) -> None:
    """Print laid-out brief lines to ``path`` (A4), atomically: a reader never sees half a file.

    Every user string is escaped before reportlab parses it as markup.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    markup, regular, bold = _pdf_fonts()
    base = ParagraphStyle("brief", fontName=regular, fontSize=11, leading=14.5)
    styles = {
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=17, leading=21, spaceAfter=2),
        "section": ParagraphStyle("section", base, fontName=bold, fontSize=13.5, leading=17, spaceBefore=9),
        "heading": ParagraphStyle("heading", base, fontName=bold, spaceBefore=4),
        "item": ParagraphStyle("item", base, leftIndent=12, bulletIndent=2),
        "summary": ParagraphStyle("summary", base, leftIndent=8, spaceBefore=3),
        "questions": ParagraphStyle("questions", base, fontName=bold, spaceBefore=2, spaceAfter=1),
        "question": ParagraphStyle("question", base, leftIndent=16, bulletIndent=2, spaceAfter=1),
        "detail": ParagraphStyle("detail", base, fontSize=9, leading=12, textColor=colors.HexColor("#555555")),
    }
    story: list[Any] = []
    special = _special_paragraph()
    for n, line in enumerate(lines):
        text, detail = markup(line.text), markup(line.detail) if line.detail else ""
        if special is not None and line.kind in _SPECIAL_KINDS and special.wants(line.text):
            # right-to-left text or a script that is shaped: its own paragraph, the details beneath
            kind = "summary" if line.kind == "synthesis" else line.kind
            if line.kind in ("summary", "synthesis") and detail:
                story.append(Paragraph(f"<b>{detail}</b>", styles["detail"]))
            bullet = "•" if line.kind == "item" else f"{line.detail}." if line.kind == "question" else None
            story.append(special.paragraph(line.text, styles[kind], bold=line.kind in ("title", "heading", "section"),
                                           bullet=bullet))
            if detail and line.kind in ("item", "heading", "section", "title"):
                flag = "<b>" + markup(_("NEW")) + "</b> · " if line.new else ""
                story.append(Paragraph(f"{flag}{detail}", styles["detail"]))
            continue
        if line.kind == "title":
            story.append(Paragraph(text, styles["title"]))
            if detail:
                story.append(Paragraph(detail, styles["detail"]))
            story.append(Spacer(1, 3 * mm))
        elif line.kind == "questions":
            story.append(Paragraph(text, styles["questions"]))
        elif line.kind == "question":
            story.append(Paragraph(text, styles["question"], bulletText=f"{line.detail}."))
            if n + 1 == len(lines) or lines[n + 1].kind != "question":
                story.append(Spacer(1, 2.5 * mm))  # the questions apart from what earlier groups said
        elif line.kind in ("summary", "synthesis"):
            story.append(Paragraph(f"<b>{detail}</b>", styles["detail"]))
            story.append(Paragraph(text, styles["summary"]))
        elif line.kind == "section":
            story.append(Paragraph(f"{text} <font size=9 color='#555555'>{detail}</font>", styles["section"]))
        elif line.kind == "heading":
            story.append(Paragraph(f"{text} <font size=9 color='#555555'>{detail}</font>", styles["heading"]))
        elif line.kind == "item":
            flag = "<b>" + markup(_("NEW")) + "</b> · " if line.new else ""
            story.append(Paragraph(f"{text} <font size=9 color='#555555'>({flag}{detail})</font>",
                                   styles["item"], bulletText="•"))
        elif line.kind == "citations":
            story.append(Paragraph(f"<b>{detail}:</b> {text}", base))
        else:
            story.append(Paragraph(f"<i>{text}</i>", base))
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            doc = SimpleDocTemplate(fh, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                    topMargin=16 * mm, bottomMargin=16 * mm, title=lines[0].text if lines else "",
                                    invariant=1)
            doc.build(story)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # a document to share, not the private 0600 of a temporary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_SPECIAL_KINDS = frozenset({"title", "section", "heading", "item", "question", "summary", "synthesis"})


class _Special:
    """Paragraphs for text the report's plain markup cannot print right (right to left, shaped scripts)."""

    def __init__(self, fonts, rtl, shaping):
        self.fonts, self.rtl, self.shaping = fonts, rtl, shaping

    def wants(self, text: str) -> bool:
        return self.fonts.dominant_direction(text) == "rtl" or self.shaping.needs_shaping(text)

    def paragraph(self, text: str, style, *, bold: bool, bullet: str | None):
        return self.rtl.paragraph(text, style, bold=bold, bullet=bullet)


def _special_paragraph() -> _Special | None:
    try:
        from cafe.report import fonts, rtl, shaping
    except ImportError:
        return None
    return _Special(fonts, rtl, shaping)


def _pdf_fonts():
    """(markup function, regular font, bold font): the report's fonts when available."""
    try:
        from cafe.report import fonts
    except ImportError:
        fonts = None
    if fonts is not None and hasattr(fonts, "markup") and hasattr(fonts, "register_fonts"):
        fonts.register_fonts()
        return fonts.markup, fonts.BODY, fonts.BODY_BOLD
    from xml.sax.saxutils import escape

    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from cafe.storage.paths import RESOURCES

    if "BriefSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BriefSans", str(RESOURCES / "fonts" / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("BriefSans-Bold", str(RESOURCES / "fonts" / "DejaVuSans-Bold.ttf")))
        addMapping("BriefSans", 0, 0, "BriefSans")
        addMapping("BriefSans", 1, 0, "BriefSans-Bold")
        addMapping("BriefSans", 0, 1, "BriefSans")
        addMapping("BriefSans", 1, 1, "BriefSans-Bold")
    return (lambda text: escape(text).replace("\n", "<br/>")), "BriefSans", "BriefSans-Bold"
