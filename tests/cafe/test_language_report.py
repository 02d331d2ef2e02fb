"""The report, door signs, route slips and slides in the workshop's output language: the sample workshop
exported in French, Spanish and Arabic reads in that language (headings, labels, dates, times, the
statistics sentence), Arabic right to left; names and notes print as typed; English is unchanged."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import subprocess
import zipfile

import pytest
from pypdf import PdfReader

from cafe import workshop_file
from cafe.i18n import output_language
from cafe.report import export, printouts
from cafe.report.data import report_data
from cafe.report.slide_pages import paginate
from cafe.report.slides import slides
from cafe.report.statistics import offer
from cafe.report.wording import format_dates, time_range
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path


@pytest.fixture(scope="module")
def sample():
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    yield service.snapshot(), service.notes()
    service.db.dispose()


def in_language(snapshot, lang: str):
    return dataclasses.replace(snapshot, workshop=dataclasses.replace(snapshot.workshop, language=lang))


@pytest.fixture(scope="module")
def exported(sample, tmp_path_factory):
    """Every format of the sample's report in each language: {lang: {fmt: path}}."""
    snapshot, notes = sample
    folder = tmp_path_factory.mktemp("languages")
    return {lang: {fmt: export(in_language(snapshot, lang), notes, folder / f"{lang}.{fmt}", fmt)
                   for fmt in ("pdf", "docx", "md", "csv")}
            for lang in ("en", "fr", "es", "ar")}


def pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def docx_paragraphs(path):
    from docx import Document

    return Document(str(path)).paragraphs


def squeeze(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


#: what each language's report must say, and the English it must no longer say
EXPECTED = {
    "fr": ("Séances thématiques", "Séance thématique 1 : ", "Questions directrices", "Opportunités", "Défis",
           "Pratiques", "jeudi 21 mars 2019", "Rapport"),
    "es": ("Sesiones temáticas", "Sesión temática 1: ", "Preguntas orientadoras", "Oportunidades", "Desafíos",
           "Prácticas", "jueves, 21 de marzo de 2019", "Informe"),
    "ar": ("الجلسات المواضيعية", "الجلسة المواضيعية 1", "الأسئلة التوجيهية", "الفرص", "التحديات", "الممارسات"),
}
ENGLISH = ("Thematic session 1", "Guiding questions", "Opportunities", "Challenges", "Thematic sessions",
           "Page 1 of")


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_markdown_and_word_reports_read_in_the_output_language(exported, lang):
    md = squeeze(exported[lang]["md"].read_text(encoding="utf-8"))
    words = squeeze("\n".join(p.text for p in docx_paragraphs(exported[lang]["docx"])))
    for text in EXPECTED[lang]:
        assert squeeze(text) in md, text
        assert squeeze(text) in words or text in ("Opportunités", "Défis", "Pratiques", "Oportunidades",
                                                  "Desafíos", "Prácticas"), text  # table headers: cells
    for english in ENGLISH[:2]:
        assert english not in md and english not in words


def test_the_french_pdf_reads_in_french_with_french_dates_times_and_pages(exported):
    text = squeeze(pdf_text(exported["fr"]["pdf"]))
    for expected in EXPECTED["fr"]:
        assert squeeze(expected) in text, expected
    assert "Page 2 sur " in text
    assert "Synthèse" in text
    for english in ENGLISH:
        assert english not in text, english
    # dates and times of the sessions as French writes them: "jeudi 21 mars 2019, 15 h 00 – 16 h 00" style
    assert re.search(r"\d{1,2} h \d\d – \d{1,2} h \d\d", text)


def test_the_statistics_sentence_is_written_in_each_language(sample):
    snapshot, _notes = sample
    english = offer(snapshot)
    with output_language("fr"):
        french = offer(snapshot)
    with output_language("es"):
        spanish = offer(snapshot)
    with output_language("ar"):
        arabic = offer(snapshot)
    assert english.endswith("took part.")
    assert french.endswith(" ont pris part aux travaux.") and "participants" in french
    assert spanish.endswith(" participaron en el taller.") and "participantes" in spanish
    assert arabic.startswith("حضر ورشة العمل ") and arabic.endswith(".")
    # each language's report prints its own sentence
    for lang, sentence in (("fr", french), ("es", spanish), ("ar", arabic)):
        assert report_data(in_language(snapshot, lang), []).statistics == sentence


class _People:
    def __init__(self, people):
        self.participants = people


def _person(country: str, kind: str = "state"):
    from types import SimpleNamespace

    return SimpleNamespace(country=country, stakeholder_type=kind)


@pytest.mark.parametrize(("people", "lang", "expected"), [
    ([_person("Senegal")], "fr", "1 participant d'un même pays (Senegal) a pris part aux travaux."),
    ([_person("Senegal")], "es", "1 participante de Senegal participó en el taller."),
    ([_person("Senegal"), _person("Peru"), _person("", "private sector")], "es",
     "2 participantes de 2 Estados Miembros de las Naciones Unidas y 1 representante del sector privado "
     "participaron en el taller."),
    ([_person(c) for c in ("Senegal", "Peru", "Chile")] + [_person("", "civil society")] * 3, "fr",
     "3 participants de 3 États Membres de l'ONU et 3 représentants de la société civile ont pris part aux travaux."),
    # Arabic: the counted noun in the form its number asks for (dual; 3–10 plural; 11–99 singular accusative)
    ([_person("Senegal"), _person("Peru")], "ar", "حضر ورشة العمل مشاركان من دولتين عضوين في الأمم المتحدة."),
    ([_person("Senegal")] * 5, "ar", "حضر ورشة العمل 5 مشاركين من Senegal."),
    ([_person("Senegal")] * 11 + [_person("", "academia")] * 12, "ar",
     "حضر ورشة العمل 11 مشاركاً من Senegal و12 ممثلاً عن الأوساط الأكاديمية."),
])
def test_the_statistics_sentence_has_each_languages_grammar(people, lang, expected):
    with output_language(lang):
        assert offer(_People(people)) == expected


def test_dates_and_times_follow_each_language():
    start, end = dt.date(2019, 3, 21), dt.date(2019, 3, 22)
    expected = {"en": ("21–22 March 2019", "15:00–16:00"), "fr": ("21–22 mars 2019", "15 h 00 – 16 h 00"),
                "es": ("21–22 de marzo de 2019", "15:00–16:00"), "ar": ("21–22 مارس 2019", "15:00–16:00")}
    for lang, (dates, times) in expected.items():
        with output_language(lang):
            assert format_dates(start, end) == dates
            assert squeeze(time_range(dt.time(15), dt.time(16))) == times


def test_an_organisers_own_titles_print_as_typed_and_defaults_are_translated(sample):
    snapshot, notes = sample
    w = dataclasses.replace(snapshot.workshop, language="fr", report_title="Compte rendu final",
                            report_sections=[{"key": "introduction", "title": "Avant-propos", "shown": True}])
    data = report_data(dataclasses.replace(snapshot, workshop=w), notes)
    titles = {s.key: s.title for s in data.shown()}
    assert data.report_title == "Compte rendu final"
    assert titles["introduction"] == "Avant-propos"  # typed by the organiser
    assert titles["themes"] == "Séances thématiques"  # the default, in French
    # notes and names are data: the sample's note texts print as typed
    note = next(n for n in notes if n.deleted_at is None and n.text.strip())
    assert any(note.text in (i.full_text) for t in data.themes for c in (*t.columns, t.other)
               for g in c.groups for i in g.items)


def test_the_arabic_word_report_reads_right_to_left(exported):
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(str(exported["ar"]["docx"]))
    arabic = [p for p in doc.paragraphs if re.search("[\u0600-\u06ff]", p.text)]
    assert arabic and all(p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None for p in arabic)
    assert any("الجلسات المواضيعية" in p.text for p in arabic)
    tables = doc.tables
    assert tables and all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in tables)
    # the English report has none of it
    english = Document(str(exported["en"]["docx"]))
    assert not any(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in english.tables)


def test_the_arabic_markdown_is_marked_right_to_left(exported):
    md = exported["ar"]["md"].read_text(encoding="utf-8")
    assert md.startswith('<div dir="rtl" lang="ar">') and md.rstrip().endswith("</div>")
    assert "## الجلسات المواضيعية" in md
    assert not exported["en"]["md"].read_text(encoding="utf-8").startswith("<div")


def test_the_arabic_pdf_is_set_right_to_left(exported):
    """Headings in Arabic, drawn against the right margin: the text of each heading line ends near the
    right edge of the page."""
    reader = PdfReader(str(exported["ar"]["pdf"]))
    page = reader.pages[2]
    width = float(page.mediabox.width)
    rights: list[float] = []

    def visit(text, cm, tm, font, size):
        if re.search("[\u0600-\u06ff\ufb50-\ufeff]", text or ""):
            rights.append(tm[4])
    page.extract_text(visitor_text=visit)
    assert rights, "no Arabic text on the page"
    # Arabic runs sit in the right half of the page (they start on the right margin)
    assert sum(1 for x in rights if x > width / 2) > len(rights) / 2
    text = pdf_text(exported["ar"]["pdf"])
    assert "Thematic session" not in text and "Guiding questions" not in text


def test_english_is_unchanged(exported):
    text = squeeze(pdf_text(exported["en"]["pdf"]))
    assert "Thematic session 1: " in text and "Page 2 of " in text and "Guiding questions" in text
    md = exported["en"]["md"].read_text(encoding="utf-8")
    assert "## Thematic sessions" in md and "#### Opportunities" in md


def test_csv_headings_and_columns_in_the_output_language(exported):
    french = exported["fr"]["csv"].read_text(encoding="utf-8-sig").splitlines()
    assert french[0].startswith("thème,salle,tour,groupe,colonne,rubrique,texte")
    assert french[0].endswith(",uuid")
    assert any(",Opportunités," in line for line in french[1:])
    english = exported["en"]["csv"].read_text(encoding="utf-8-sig").splitlines()
    assert english[0].startswith("theme,room,round,group,column,heading,text")


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_door_signs_and_route_slips_in_the_output_language(sample, lang):
    snapshot, _notes = sample
    snap = in_language(snapshot, lang)
    signs = squeeze(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        printouts.door_signs(snap, invariant=True))).pages))
    slips = squeeze(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        printouts.route_slips(snap, invariant=True))).pages))
    word = {"fr": ("Tour 1", "12 h 00 – 13 h 00", "Votre parcours"),
            "es": ("Ronda 1", "12:00–13:00", "Su recorrido"),
            "ar": ("1", "12:00–13:00", "")}[lang]
    assert word[0] in signs and word[1] in signs
    assert word[2] in slips
    assert "Round 1" not in signs and "Your route" not in slips
    if lang == "fr":
        assert "Hôtes : ILO (Ingrid Solberg, Kwabena Asante)" in signs  # two hosts: the French plural


def test_slides_speak_the_output_language(sample):
    snapshot, notes = sample
    deck = slides(report_data(in_language(snapshot, "es"), notes))
    assert all(s.language == "es" for s in deck)
    text = "\n".join(p.text() for p in paginate(deck, 1366, 768))
    assert "Síntesis" in text or "Todavía no se ha elegido nada" in text
    assert "Summary" not in text and "Hosted by" not in "\n".join(s.subtitle for s in deck)


def test_french_and_arabic_pages_render(exported, tmp_path):
    """A French and an Arabic page to PNG (pdftoppm), as a user opens them."""
    for lang in ("fr", "ar"):
        out = tmp_path / lang
        try:
            subprocess.run(["pdftoppm", "-r", "50", "-f", "3", "-l", "3", "-png", str(exported[lang]["pdf"]),
                            str(out)], check=True, capture_output=True, timeout=60)
        except FileNotFoundError:
            pytest.skip("pdftoppm is not installed")
        png = next(tmp_path.glob(f"{lang}*.png"))
        assert png.stat().st_size > 1000
        assert zipfile.is_zipfile(exported[lang]["docx"])
