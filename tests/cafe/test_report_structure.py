"""The report follows the workshop: a whole two-day workshop's plenary prose, written through the service,
comes back in PDF, Word and Markdown with every section, speaker and list item in order, names in bold,
lists as lists; the organiser's sections (hidden, retitled, reordered) and the statistics sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from report_support import snap, squeeze, workshop

from cafe import workshop_file
from cafe.report import export
from cafe.report.data import report_data
from cafe.report.statistics import offer
from cafe.storage import models as m
from cafe.storage import paths

REPORT_TITLE = "Final Report"
LEAD_IN = ("The outcomes were presented by the three thematic experts; the session was moderated by "
           "**Ms. Ana Ruiz**, Chair of the workshop.")

#: (agenda title, day, start, end, speakers as (name, title, organisation, role), account)
SESSIONS = (
    ("Opening plenary", 0, None, None, (
        ("Mr. Jonas Weber", "Ambassador, Permanent Representative of Germany", "", "host"),
        ("Ms. Sarah Lou Arriola", "Undersecretary for Migrant Workers' Affairs of the Philippines", "", "keynote"),
    ), ("The workshop was opened by **Ambassador Weber**, who recalled three aims:\n\n"
        "1. share national implementation plans;\n2. build partnerships across regions;\n"
        "3. agree on follow-up.\n\n> Migration governance is a shared responsibility.\n\n"
        "An open discussion followed.")),
    ("Framing session: the three themes and their guiding questions", 0, None, None, (
        ("Mr. Amadou Diallo", "Senior Adviser", "IOM", "moderator"),
    ), ("The moderator framed the three themes:\n\n- human-rights-based approaches\n- regular pathways\n"
        "- fair and ethical recruitment")),
    ("Panel Discussion 1: Labour mobility partnerships", 1, dt.time(13, 30), dt.time(14, 30), (
        ("Ms. Leila Haddad", "Director", "ILO", "moderator"),
        ("Mr. Kenji Sato", "Deputy Director-General, Ministry of Justice", "Japan", "panellist"),
        ("Ms. Grace Mwangi", "Head of Migration Unit", "East African Community", "panellist"),
        ("Mr. Tomás Alvarez", "Labour attaché", "Mexico", "panellist"),
    ), ("Panellists agreed on **three conditions** for partnerships that last:\n\n- skills recognition\n"
        "- portable social protection\n- *joint* monitoring by both countries")),
    ("Panel Discussion 2: Data for implementation", 1, dt.time(14, 30), dt.time(15, 30), (
        ("Dr. Priya Raman", "Chief Statistician", "UN DESA", "keynote"),
    ), "Dr. Raman called for disaggregated data, see [the guidelines](https://unstats.un.org/)."),
    ("Closing", 1, dt.time(15, 30), dt.time(16, 0), (
        ("Mr. Jonas Weber", "Ambassador, Permanent Representative of Germany", "", "host"),
    ), "The Chair thanked the participants and closed the workshop."),
)
LIST_ITEMS = ("share national implementation plans;", "build partnerships across regions;", "agree on follow-up.",
              "human-rights-based approaches", "regular pathways", "fair and ethical recruitment",
              "skills recognition", "portable social protection", "monitoring by both countries")


def _build(service):
    """The sample workshop with its plenary sessions written up: speakers, accounts, the lead-in."""
    s = service.snapshot()
    days = sorted(s.days, key=lambda d: d.date)
    by_title = {a.title: a for a in s.agenda}
    for title, day, start, end, speakers, account in SESSIONS:
        item = by_title.get(title)
        if item is None:
            service.add_agenda_item(days[day].uuid, m.AgendaKind.plenary, start, end, title=title)
        elif start is not None:
            service.update_agenda_item(item.uuid, item.version, start=start, end=end)
    s = service.snapshot()
    by_title = {a.title: a for a in s.agenda}
    for title, _day, _start, _end, speakers, account in SESSIONS:
        uuid = by_title[title].uuid
        for old in s.speakers_of(uuid):  # the sample's own, written over
            service.delete_speaker(old.uuid, old.version)
        for name, role_title, organisation, role in speakers:
            service.add_speaker(uuid, name, role_title, organisation, m.SpeakerRole(role))
        old = s.account_of(uuid)
        service.set_session_account(uuid, account, old.version if old else 0, uuid=old.uuid if old else None)
    w = service.snapshot().workshop
    service.update_workshop(w.uuid, w.version, report_title=REPORT_TITLE, wrapup_lead_in=LEAD_IN)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The workshop in a database, and its report in the three formats."""
    from cafe.service import Service
    from cafe.storage.db import open_database

    service = Service(open_database("sqlite://"))
    workshop_file.load(service, paths.sample_workshop_path())
    _build(service)
    snapshot, notes = service.snapshot(), service.notes()
    folder = tmp_path_factory.mktemp("structure")
    out = {fmt: export(snapshot, notes, folder / f"report.{fmt}", fmt) for fmt in ("pdf", "docx", "md")}
    yield service, snapshot, notes, out
    service.db.dispose()


def _pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _docx_paragraphs(path):
    from docx import Document

    return Document(str(path)).paragraphs


def _in_order(text: str, marks) -> None:
    """Each of ``marks`` found in ``text`` after the one before (compared without white space)."""
    flat = squeeze(text)
    at = 0
    for mark in marks:
        found = flat.find(squeeze(mark), at)
        assert found != -1, f"{mark!r} missing or out of order"
        at = found + 1


def _expected_order(snapshot):
    data = report_data(snapshot, [])
    marks = [data.title, "Introduction", data.statistics]
    for title, _day, _start, _end, speakers, _account in SESSIONS:
        marks.append(title)
        marks.extend(name for name, *_rest in speakers)
    marks += ["Thematic sessions", *(t.heading for t in data.themes), "Wrap-up of the thematic sessions",
              "presented by the three thematic experts", *(lesson.title for lesson in data.lessons),
              "Annex: full notes"]
    return marks


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_every_section_session_and_speaker_comes_in_the_workshops_order(written, fmt):
    _service, snapshot, _notes, out = written
    if fmt == "pdf":
        text = _pdf_text(out["pdf"])
    elif fmt == "docx":
        text = "\n".join(p.text for p in _docx_paragraphs(out["docx"]))
    else:
        text = out["md"].read_text(encoding="utf-8").replace("\\", "").replace("**", "").replace("*", "")
    _in_order(text, _expected_order(snapshot))
    _in_order(text, LIST_ITEMS)
    assert REPORT_TITLE in text[:300]  # on the title page, with the workshop's title
    # a speaker reads "Name, title"; several of one role come under their label
    keynote = "Keynote speaker: Ms. Sarah Lou Arriola, Undersecretary for Migrant Workers' Affairs of the Philippines"
    _in_order(text, [keynote, "Panellists:", "Mr. Kenji Sato, Deputy Director-General, Ministry of Justice, Japan",
                     "Ms. Grace Mwangi, Head of Migration Unit, East African Community"])
    assert "Migration governance is a shared responsibility." in " ".join(text.split())


def test_the_pdf_sets_speakers_names_and_bold_phrases_in_the_bold_face(written):
    from pypdf import PdfReader

    _service, _snapshot, _notes, out = written
    bold: list[str] = []
    regular: list[str] = []

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            (bold if "Bold" in str(font.get("/BaseFont", "")) else regular).append(text)
    for page in PdfReader(str(out["pdf"])).pages:
        page.extract_text(visitor_text=visit)
    bold_text, regular_text = squeeze(" ".join(bold)), squeeze(" ".join(regular))
    for name in ("Ms. Sarah Lou Arriola", "Mr. Kenji Sato", "Dr. Priya Raman", "three conditions"):
        assert squeeze(name) in bold_text, name
    assert squeeze("Undersecretary for Migrant Workers' Affairs") in regular_text
    assert squeeze("Undersecretary for Migrant Workers' Affairs") not in bold_text


def test_the_pdf_has_a_bookmark_per_section_and_session(written):
    from pypdf import PdfReader

    _service, snapshot, _notes, out = written
    titles: list[str] = []

    def walk(entries):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append(entry.title)
    walk(PdfReader(str(out["pdf"])).outline)
    data = report_data(snapshot, [])
    wanted = ["Introduction", *(s[0] for s in SESSIONS), "Thematic sessions", *(t.heading for t in data.themes),
              "Wrap-up of the thematic sessions"]
    assert [t for t in titles if t in wanted] == wanted


def test_word_has_bold_runs_list_styles_and_a4_pages(written):
    _service, _snapshot, _notes, out = written
    from docx import Document

    doc = Document(str(out["docx"]))
    runs = [(r.text, r.bold) for p in doc.paragraphs for r in p.runs]
    for name in ("Ms. Sarah Lou Arriola", "Mr. Kenji Sato", "Dr. Priya Raman"):
        assert any(name in text and bold for text, bold in runs), name
    assert any("three conditions" in text and bold for text, bold in runs)
    assert not any("Undersecretary" in text and bold for text, bold in runs)
    styles = {p.text.strip(): p.style.name for p in doc.paragraphs}
    assert styles["share national implementation plans;"].startswith("List Number")
    assert styles["regular pathways"].startswith("List Bullet")
    assert styles["Mr. Kenji Sato, Deputy Director-General, Ministry of Justice, Japan"].startswith("List Bullet")
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings.index("Opening plenary") < headings.index("Closing") < headings.index("Thematic sessions")
    section = doc.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7


def test_markdown_has_the_lists_bold_names_and_headings(written):
    _service, _snapshot, _notes, out = written
    text = out["md"].read_text(encoding="utf-8")
    lines = text.splitlines()
    assert "1. share national implementation plans;" in lines
    assert "- regular pathways" in lines
    assert any(line.startswith("- **Mr. Kenji Sato**, Deputy Director-General") for line in lines)
    assert "Keynote speaker: **Ms. Sarah Lou Arriola**, Undersecretary for Migrant Workers' Affairs of the " \
           "Philippines" in lines
    assert "## Opening plenary" in lines and "## Thematic sessions" in lines
    assert any(line.startswith("### Thematic session 1: ") for line in lines)
    assert "> Migration governance is a shared responsibility." in lines
    assert "[the guidelines](https://unstats.un.org/)" in text


def test_untitled_lessons_are_a_list_not_numbered_headings(written, tmp_path):
    service, _snapshot, notes, _out = written
    snapshot = service.snapshot()
    lessons = tuple(dataclasses.replace(x, title="") for x in snapshot.lessons)
    path = export(dataclasses.replace(snapshot, lessons=lessons), notes, tmp_path / "r.md", "md")
    text = path.read_text(encoding="utf-8")
    wrapup = text[text.index("## Wrap-up of the thematic sessions"):text.index("## Annex")]
    items = [line for line in wrapup.splitlines() if line.startswith("- ")]
    assert len(items) == len(lessons)
    assert not re.search(r"^#+ \d+\.", wrapup, flags=re.MULTILINE)
    from docx import Document

    doc = Document(str(export(dataclasses.replace(snapshot, lessons=lessons), notes, tmp_path / "r.docx", "docx")))
    first = squeeze(lessons[0].text)[:30]
    assert any(squeeze(p.text).startswith(first) and p.style.name.startswith("List Bullet") for p in doc.paragraphs)


# --- the organiser's sections ------------------------------------------------------------

def test_sections_hidden_retitled_and_reordered_in_every_format(written, tmp_path):
    _service, snapshot, notes, _out = written
    sections = [
        {"key": "themes", "title": "Knowledge café", "shown": True},
        {"key": "introduction", "title": "", "shown": True},
        {"key": "sessions", "title": "Plenary sessions", "shown": True},
        {"key": "wrapup", "title": "", "shown": False},
        {"key": "annex", "title": "", "shown": False},
        {"key": "participants", "title": "", "shown": False},
    ]
    w = dataclasses.replace(snapshot.workshop, report_sections=tuple(sections))
    changed = dataclasses.replace(snapshot, workshop=w)
    data = report_data(changed, notes)
    md = export(changed, notes, tmp_path / "r.md", "md").read_text(encoding="utf-8")
    pdf = _pdf_text(export(changed, notes, tmp_path / "r.pdf", "pdf"))
    docx = "\n".join(p.text for p in _docx_paragraphs(export(changed, notes, tmp_path / "r.docx", "docx")))
    for text in (md, pdf, docx):
        _in_order(text, ["Knowledge café", data.themes[0].heading, "Introduction", "Plenary sessions",
                         "Opening plenary", "Closing"])
        assert "Wrap-up of the thematic sessions" not in text and "Annex: full notes" not in text
        assert "presented by the three thematic experts" not in " ".join(text.split())
    assert "## Plenary sessions" in md and "### Opening plenary" in md  # under their own heading now


def test_the_report_title_and_the_statistics_sentence_are_the_organisers_when_set(written, tmp_path):
    _service, snapshot, notes, _out = written
    data = report_data(snapshot, notes)
    assert data.report_title == REPORT_TITLE
    assert data.statistics == offer(snapshot)
    own = "Some **190 delegates** came from all regions."
    w = dataclasses.replace(snapshot.workshop, statistics=own, report_title="")
    changed = dataclasses.replace(snapshot, workshop=w)
    md = export(changed, notes, tmp_path / "r.md", "md").read_text(encoding="utf-8")
    assert own in md and offer(snapshot) not in md
    assert "*Report*" in [line.strip() for line in md.splitlines()[:4]]
    intro = md[md.index("## Introduction"):]
    # after the introduction's first paragraph, before the rest of it
    first_paragraph = snapshot.workshop.introduction.split("\n\n")[0]
    assert intro.index(first_paragraph[:40]) < intro.index(own) < intro.index("On day I")


def test_a_letter_workshop_gets_letter_pages_in_word(tmp_path):
    from docx import Document

    ws = workshop()
    w = ws.workshop
    fields = {f.name: getattr(w, f.name) for f in dataclasses.fields(w)}
    letter = type("W", (), {**fields, "report_paper": "letter"})()
    path = export(dataclasses.replace(ws, workshop=letter), [], tmp_path / "r.docx", "docx")
    section = Document(str(path)).sections[0]
    assert round(section.page_width.inches, 1) == 8.5 and round(section.page_height.inches, 1) == 11.0


def test_user_text_in_speakers_and_accounts_never_becomes_markup(tmp_path):
    ws = workshop()
    item = snap("agenda_item", uuid="opening", day_uuid="day-0", kind=m.AgendaKind.plenary, start=dt.time(9),
                end=dt.time(10), room_uuid=None, title="Opening <b>session</b>", notes="", warning_minutes=None,
                danger_minutes=None)
    speaker = snap("speaker", uuid="sp1", agenda_item_uuid="opening", name='Ms. <font name="x">Evil</font> **Eve**',
                   title="Head of *stars* & <i>tags</i>", organisation="", role=m.SpeakerRole.moderator,
                   participant_uuid=None, position=0)
    account = snap("session_account", uuid="acc", agenda_item_uuid="opening",
                   text='<img src="/etc/passwd"/> and [x](javascript:alert(1)) and **real bold**')
    ws = dataclasses.replace(ws, agenda=(item, *ws.agenda), speakers=(speaker,), session_accounts=(account,))
    pdf = _pdf_text(export(ws, [], tmp_path / "r.pdf", "pdf"))
    assert squeeze('Ms. <font name="x">Evil</font> **Eve**') in squeeze(pdf)
    assert squeeze('<img src="/etc/passwd"/> and [x](javascript:alert(1))') in squeeze(pdf)
    assert b"/Subtype /Image" not in (tmp_path / "r.pdf").read_bytes()
    assert b"/URI (javascript" not in (tmp_path / "r.pdf").read_bytes()
    md = export(ws, [], tmp_path / "r.md", "md").read_text(encoding="utf-8")
    assert re.search(r"(?<!\\)<img", md) is None and "**real bold**" in md
    assert "## Opening \\<b\\>session\\</b\\>" in md


# --- the statistics sentence -------------------------------------------------------------

def _people(*rows):
    """Participants from (count, stakeholder type, countries cycled through)."""
    out = []
    for count, kind, countries in rows:
        for i in range(count):
            out.append(snap("participant", uuid=f"p-{len(out)}", name=f"Person {len(out)}", organisation="",
                            country=countries[i % len(countries)] if countries else "",
                            stakeholder_type=m.StakeholderType(kind), delegation="", email=""))
    return type("Snap", (), {"participants": tuple(out)})()


MEMBERS = ("France", "Senegal", "Philippines", "Mexico", "Japan", "Kenya", "Germany", "Egypt", "Italy", "Chile")


@pytest.mark.parametrize(("rows", "sentence"), [
    ([], ""),
    ([(12, "other", ("Switzerland", "France", "Ghana", "Peru", "Viet Nam"))],
     "12 participants from 5 countries took part."),
    ([(1, "state", ("Senegal",))], "1 participant from Senegal took part."),
    ([(7, "other", ())], "7 participants took part."),
    ([(187, "state", MEMBERS * 9 + ("Brazil", "India")), (43, "civil society", ()), (5, "private sector", ()),
      (1, "international organisation", ("Switzerland",))],
     ("About 190 participants from 12 UN Member States and over 40 representatives of civil society, the private "
      "sector and international organisations took part.")),
    ([(150, "state", MEMBERS), (40, "academia", ())],
     "150 participants from 10 UN Member States and 40 representatives of academia took part."),
    ([(15, "state", ("France", "Kosovo", "Holy See")), (3, "other", ())],
     "15 participants from 3 countries and 3 other participants took part."),
    ([(25, "state", ("Turkey", "Türkiye", "TÜRKIYE", "Germany")), (2, "civil society", ()), (1, "other", ())],
     ("About 20 participants from 2 UN Member States and 3 representatives of civil society and other "
      "organisations took part.")),
    ([(1_234, "state", MEMBERS)], "About 1,200 participants from 10 UN Member States took part."),
])
def test_the_statistics_sentence_rounds_as_a_writer_would(rows, sentence):
    assert offer(_people(*rows)) == sentence


def test_the_sample_workshops_sentence_counts_its_people():
    from cafe.service import Service
    from cafe.storage.db import open_database

    service = Service(open_database("sqlite://"))
    workshop_file.load(service, paths.sample_workshop_path())
    snapshot = service.snapshot()
    service.db.dispose()
    states = [p for p in snapshot.participants if p.stakeholder_type == m.StakeholderType.state]
    others = len(snapshot.participants) - len(states)
    countries = {p.country for p in states}
    sentence = offer(snapshot)
    assert sentence.startswith(f"{len(states)} participants from {len(countries)} UN Member States and "
                               f"{others} representatives of civil society, the private sector")
