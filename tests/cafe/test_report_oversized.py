"""The report always builds: a pasted list of 60 countries, a note of 130 lines, a heading of 1,500
characters, a name of 2,000 and a 1 MB summary, in every export (PDF, Word, Markdown, the printouts)."""

from __future__ import annotations

import dataclasses
import io
import re
import time
import unicodedata

import pycountry
import pytest
from report_support import note, pdf_text, snap, squeeze, workshop

from cafe.report import export, printouts
from cafe.report.data import report_data
from cafe.report.layout import bounded_rows, pieces
from cafe.report.output import ExportError
from cafe.report.pdf import build_pdf

COUNTRIES = "\n".join(c.name for c in list(pycountry.countries)[:60])
LINES_130 = "\n".join(f"Point {i}: keep it short" for i in range(130))
LINES_100 = "\n".join(f"No. {i}" for i in range(100))  # short enough to print in full in the table
WORDS = ("access", "justice", "labour", "migration", "pathways", "recruitment", "rights", "skills")
HEADING = " ".join(WORDS[i % 8] + str(i) for i in range(200))[:1_500]
NAME = " ".join(f"Name{i}" for i in range(400))[:2_000]

#: case -> (workshop arguments, notes, texts that must print in full, and how often the PDF prints them)
CASES = {
    # in the theme's table and in the annex
    "60 countries": ({}, [note("n1", COUNTRIES, category="opportunity")], [(COUNTRIES, 2)]),
    "100 lines": ({}, [note("n1", LINES_100, category="challenge"), note("n2", "Short", category="practice")],
                  [(LINES_100, 2)]),
    "1,500-character heading": ({}, [note("n1", "Under it", heading=HEADING, category="practice")],
                                [(HEADING, 2)]),
    # longer than LONG_NOTE_CHARS: shortened in the table, in full in the annex
    "130 lines": ({}, [note("n1", LINES_130, category="challenge"), note("n2", "Short", category="practice")],
                  [(LINES_130, 1), (LINES_130[:300], 2)]),
    # the participants' annex
    "2,000-character name": ({"participants": (NAME, "Ana Ruiz")}, [note("n1", "x")], [(NAME, 1)]),
}


#: What a table prints beside a long cell: its header, repeated on each page, and the other cells of the
#: row, printed with the first of the rows the long cell runs over.
BESIDE = ("OpportunitiesChallengesPractices", "NameOrganisationCountry", "MissionTürkiye", "12:00–13:00", "•Short")


def _flat(text: str) -> str:
    """Squeezed text without what tables print beside a long cell, so the cell's text reads on."""
    flat = squeeze(text)
    for part in BESIDE:
        flat = flat.replace(part, "")
    return flat


def _docx_text(path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_pdf_builds_and_prints_every_oversized_text_in_full(tmp_path, case):
    kwargs, notes, texts = CASES[case]
    path = export(workshop(**kwargs), notes, tmp_path / "r.pdf", "pdf", include_participants=True)
    flat = _flat(pdf_text(path))
    for text, count in texts:
        assert flat.count(squeeze(text)) == count, case


@pytest.mark.parametrize("fmt", ["docx", "md"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_word_and_markdown_carry_every_oversized_text(tmp_path, case, fmt):
    kwargs, notes, texts = CASES[case]
    path = export(workshop(**kwargs), notes, tmp_path / f"r.{fmt}", fmt, include_participants=True)
    written = _docx_text(path) if fmt == "docx" else path.read_text(encoding="utf-8").replace("\\", "")
    flat = squeeze(written)
    for text, _count in texts:
        assert squeeze(text) in flat, case


def _printout_text(data: bytes) -> str:
    """The printout's text, without its page footers."""
    from pypdf import PdfReader

    pages = [unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]
    return "".join(re.sub(r"^.*· page \d+$", "", text, flags=re.MULTILINE) for text in pages)


@pytest.mark.parametrize("name", ["group_lists", "route_slips", "door_signs"])
def test_printouts_build_with_a_2000_character_name_and_theme(tmp_path, name):
    ws = workshop(participants=(NAME, "Ana Ruiz", LINES_130))
    theme = dataclasses.replace(ws.themes[0], title=HEADING)
    ws = dataclasses.replace(ws, themes=(theme, *ws.themes[1:]),
                             hosts=(dataclasses.replace(ws.hosts[0], name=NAME),))
    path = printouts.write(name, ws, tmp_path / f"{name}.pdf", invariant=True)
    flat = _flat(_printout_text(path.read_bytes()))
    for n in range(1, 4):  # the members' numbers, printed before the first row of each
        flat = flat.replace(f"{n}{NAME[:5]}", NAME[:5]).replace(f"{n}Point", "Point")
    if name == "door_signs":
        assert squeeze(HEADING) in flat and squeeze(NAME) in flat  # the theme and its host
    else:
        assert squeeze(NAME) in flat and squeeze(LINES_130) in flat and "AnaRuiz" in flat
    assert [p.name for p in tmp_path.iterdir()] == [f"{name}.pdf"]


def test_an_outsized_route_slip_does_not_change_the_others(tmp_path):
    people = tuple(f"Person {i:02}" for i in range(20))
    normal = printouts.route_slips(workshop(participants=people), invariant=True)
    odd = printouts.route_slips(workshop(participants=(*people[:-1], NAME)), invariant=True)
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(odd)).pages) == len(PdfReader(io.BytesIO(normal)).pages) == 2


def _summary_workshop(text: str):
    ws = workshop(rooms=1)
    summary = snap("round_summary", uuid="s1", room_uuid="room-0", round_uuid="round-0", text=text, draft=False,
                   updated_at=None)
    return dataclasses.replace(ws, summaries=(summary,))


def test_a_megabyte_round_summary_builds_in_seconds_and_prints_in_full(tmp_path):
    big = " ".join(WORDS[i % 8] + str(i) for i in range(120_000))[:1_000_000]
    started = time.process_time()
    path = export(_summary_workshop(big), [note("n1", "x")], tmp_path / "r.pdf", "pdf")
    elapsed = time.process_time() - started
    assert elapsed < 30, f"{elapsed:.1f} s"  # a safety net: benchmarks/report_oversized.py has the figure
    flat = squeeze(pdf_text(path))
    assert flat.count(squeeze(big)) == 2  # the theme's summary (from the rounds) and the annex


def test_a_long_summary_of_short_lines_prints_every_line_in_order(tmp_path):
    lines = [f"Line {i} of the pasted list" for i in range(3_000)]
    path = build_pdf(report_data(_summary_workshop("\n".join(lines)), []), tmp_path / "r.pdf", invariant=True)
    flat = squeeze(pdf_text(path))
    assert flat.count(squeeze("".join(lines))) == 2


def test_huge_texts_elsewhere_build(tmp_path):
    big = " ".join(WORDS[i % 8] + str(i) for i in range(30_000))[:200_000]
    ws = workshop(introduction=big, lessons=[(big[:3_000], big, ["n1"])], participants=(big,))
    agenda = dataclasses.replace(ws.agenda[0], title=big[:10_000])
    ws = dataclasses.replace(ws, agenda=(agenda,))
    path = export(ws, [note("n1", big[:50_000], heading=big[:20_000])], tmp_path / "r.pdf", "pdf",
                  include_participants=True)
    flat = _flat(pdf_text(path))
    assert flat.count(squeeze(big)) == 3  # the introduction, the lesson and the participant
    assert squeeze(big[:10_000]) in flat and squeeze(big[:50_000]) in flat and squeeze(big[:20_000]) in flat
    path = export(workshop(title=big[:5_000]), [], tmp_path / "t.pdf", "pdf")
    assert squeeze(big[:5_000]) in squeeze(pdf_text(path))


def test_pieces_cut_long_text_at_line_breaks_then_spaces_and_lose_nothing():
    assert pieces("short") == ["short"]
    text = "\n".join(f"line {i}" for i in range(100))
    parts = pieces(text, lines=12)
    assert all(p.count("\n") < 12 for p in parts) and "\n".join(parts) == text
    words = " ".join(f"w{i}" for i in range(5_000))
    parts = pieces(words, limit=1_000)
    assert all(len(p) <= 1_000 for p in parts) and " ".join(parts) == words
    assert "".join(pieces("x" * 2_500, limit=1_000)) == "x" * 2_500  # one enormous word


def test_a_row_taller_than_the_limit_is_cut_into_rows_that_fit():
    from reportlab.lib.styles import ParagraphStyle

    from cafe.report import fonts
    from cafe.report.rtl import paragraph

    fonts.register_fonts()
    style = ParagraphStyle("s", fontName=fonts.BODY, fontSize=9, leading=12)
    tall = [paragraph(LINES_130, style)]
    rows = bounded_rows([tall, "plain", [paragraph("short", style)]], [150, 50, 100], 200)
    assert len(rows) > 5
    assert rows[0][1] == "plain" and all(r[1] == "" for r in rows[1:])
    for row in rows:
        for cell in row:
            if isinstance(cell, list):
                assert sum(f.wrap(150, 1e6)[1] for f in cell) <= 200
    short = ["a", [paragraph("b", style)]]
    assert bounded_rows(short, [50, 50], 200) == [short]


def test_something_reportlab_cannot_place_fails_naming_the_section(tmp_path, monkeypatch):
    from reportlab.platypus import Spacer

    from cafe.report import pdf_story

    def wrapup(self, section):
        self.heading("wrapup", section.title)
        self.flow.append(Spacer(10, 5_000))  # taller than any page and cannot be split
    monkeypatch.setattr(pdf_story.Story, "_wrapup", wrapup)
    data = report_data(workshop(lessons=[("A lesson", "Text", [])]), [])
    target = tmp_path / "r.pdf"
    title = next(s.title for s in data.shown() if s.key == "wrapup")
    with pytest.raises(ExportError, match=f"laid out in “{title}”"):
        build_pdf(data, target)
    assert list(tmp_path.iterdir()) == []
