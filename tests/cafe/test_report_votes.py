"""Dot votes in the report and on the slides: after the lessons, most dots first, in every format and
the output language; the choices printed as typed, never as markup."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cafe.i18n import output_language
from cafe.report.data import report_data
from cafe.report.docx import write_docx
from cafe.report.markdown import write_markdown
from cafe.report.pdf import build_pdf
from cafe.report.slides import slides


def _voted(service):
    for title in ("Fair recruitment", "Data **sharing** <b>now</b>"):
        service.add_lesson(title, "")
    a, b = (lesson.uuid for lesson in service.snapshot().lessons)
    vote = next(iter(service.open_vote("lessons", dots=3).uuids))
    service.cast_dots(vote, "p1", {b: 3})
    service.cast_dots(vote, "p2", {a: 1, b: 1})
    service.open_vote("lessons", dots=2)  # nobody voted: not printed
    return service.snapshot()


def _pdf_text(path) -> str:
    if shutil.which("pdftotext"):
        return " ".join(subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                                       text=True).stdout.split())
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_markdown_word_and_pdf_print_the_results_after_the_lessons(workshop, tmp_path):
    data = report_data(_voted(workshop), [])
    assert [(v.title, v.voters, v.rows) for v in data.votes] == [
        ("Cross-cutting lessons", 2, (("Data **sharing** <b>now</b>", 4), ("Fair recruitment", 1)))]
    md = write_markdown(data, tmp_path / "r.md").read_text(encoding="utf-8")
    at = md.index("### Dot vote: Cross-cutting lessons")
    assert md.index("Fair recruitment") < at  # the lessons first
    assert "2 participants voted; dots per person: 3." in md[at:]
    assert "1. **4 dots**: Data \\*\\*sharing\\*\\* \\<b>now\\</b>" in md[at:]  # escaped: never markup
    assert "2. **1 dot**: Fair recruitment" in md[at:]

    from docx import Document

    doc = Document(str(write_docx(data, tmp_path / "r.docx")))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    heading = paragraphs.index(("Heading 2", "Dot vote: Cross-cutting lessons"))
    assert paragraphs[heading + 2] == ("List Number", "4 dots: Data **sharing** <b>now</b>")
    assert paragraphs[heading + 3] == ("List Number", "1 dot: Fair recruitment")

    build_pdf(data, tmp_path / "r.pdf")
    text = _pdf_text(tmp_path / "r.pdf")
    assert "Dot vote: Cross-cutting lessons" in text
    assert "4 dots: Data **sharing** <b>now</b>" in text and text.count("Dot vote:") == 1


def test_the_slides_show_each_vote_on_a_page_of_its_own_in_the_output_language(workshop):
    snap = _voted(workshop)
    deck = slides(report_data(snap, []))
    vote = deck[-1]
    assert vote.key.startswith("vote:") and vote.title == "Dot vote: Cross-cutting lessons"
    assert vote.lessons == (("Data **sharing** <b>now</b>", "4 dots"), ("Fair recruitment", "1 dot"))
    assert "2 participants voted" in vote.subtitle and "voting open" in vote.subtitle
    w = snap.workshop
    workshop.update_workshop(w.uuid, w.version, language="fr")
    with output_language("en"):
        french = slides(report_data(workshop.snapshot(), []))[-1]
    assert "Dot vote" not in french.title and "dots" not in french.lessons[0][1]


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_the_votes_report_words_are_translated(workshop, tmp_path, lang):
    snap = _voted(workshop)
    w = snap.workshop
    workshop.update_workshop(w.uuid, w.version, language=lang)
    md = write_markdown(report_data(workshop.snapshot(), []), tmp_path / "r.md").read_text(encoding="utf-8")
    assert "Dot vote" not in md and "participants voted" not in md and " dots" not in md
