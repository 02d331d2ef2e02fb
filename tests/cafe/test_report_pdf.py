"""The PDF report read back: content, order, grouping, hostile text, right-to-left order, atomic writes."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_support import note, page_texts, pdf_text, squeeze, workshop

from cafe import workshop_file
from cafe.report import fonts
from cafe.report.data import report_data
from cafe.report.pdf import Cancelled, build_pdf
from cafe.storage import paths


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    """The sample workshop's report, with and without participants, and its texts."""
    from cafe.service import Service
    from cafe.storage.db import open_database

    service = Service(open_database("sqlite://"))
    workshop_file.load(service, paths.sample_workshop_path())
    data = report_data(service.snapshot(), service.notes())
    service.db.dispose()
    folder = tmp_path_factory.mktemp("sample")
    plain = build_pdf(data, folder / "report.pdf", invariant=True)
    full = build_pdf(data, folder / "full.pdf", include_participants=True, invariant=True)
    return data, plain, full


def test_sections_and_themes_come_in_order(sample_pdf):
    data, path, _full = sample_pdf
    text = " ".join(pdf_text(path, data.title).split())
    titles = {s.key: s.title for s in data.shown()}
    marks = [titles["introduction"], titles["themes"], *(f"Thematic session {t.number}: {t.title}" for t in data.themes),
             titles["wrapup"], titles["annex"]]
    at = 0
    for mark in marks:  # each found after the one before
        at = text.find(mark, at)
        assert at != -1, mark
    assert "Palais des Nations, Geneva" in text and "21–22 March 2019" in text


def test_headings_come_before_their_items_and_attributions_are_in_parentheses(sample_pdf):
    data, path, _full = sample_pdf
    flat = squeeze(pdf_text(path, data.title))
    theme3 = flat.index(squeeze("Thematic session 3: Fair and ethical recruitment"))
    heading = flat.index(squeeze("Regulatory frameworks:"), theme3)
    item = flat.index(squeeze("Ban on recruitment fees charged to workers"), theme3)
    assert heading < item
    # printed once with its actors, not twice
    assert squeeze("(OHCHR working with Morocco)(OHCHR") not in flat
    assert squeeze("Human rights training module for border officials (OHCHR working with Morocco)") in flat


def test_the_wrap_up_has_the_lessons_and_the_annex_names_the_group(sample_pdf):
    data, path, _full = sample_pdf
    text = " ".join(pdf_text(path, data.title).split())
    titles = {s.key: s.title for s in data.shown()}
    lessons = text.index(titles["wrapup"], text.index("Thematic session 3: Fair and ethical"))
    assert text.index("Capacity building runs through every theme", lessons) > lessons
    assert "It rests on these items:" not in text  # the annex has every note; the report does not repeat them
    annex = text.index(titles["annex"])
    block = text.index("Room XVI — Round 1 (12:00–13:00)", annex)
    assert text.index("Group in the room: Group A", block) < text.index("Room XVI — Round 2", block)


def test_participants_only_when_asked(sample_pdf):
    data, plain, full = sample_pdf
    name = data.groups[0].participants[0].name
    title = next(s.title for s in data.sections if s.key == "participants")
    assert name not in pdf_text(plain, data.title) and title not in pdf_text(plain, data.title)
    text = pdf_text(full, data.title)
    assert title in text and name in text


def test_bookmarks_page_numbers_and_title(sample_pdf):
    from pypdf import PdfReader

    data, path, _full = sample_pdf
    reader = PdfReader(str(path))
    titles = []

    def walk(entries):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append(entry.title)
    walk(reader.outline)
    sections = {s.key: s.title for s in data.shown()}
    assert titles[:2] == [data.title, sections["introduction"]]
    themes = titles.index(sections["themes"])
    assert [f"Thematic session {t.number}: {t.title}" for t in data.themes] == titles[themes + 1:themes + 4]
    assert sections["wrapup"] in titles and "Room VII — Round 3 (16:15–17:15)" in titles
    assert reader.metadata.title == data.title
    pages = len(reader.pages)
    assert reader.pages[1].extract_text().startswith(f"Page 2 of \n{pages}") or \
        reader.pages[1].extract_text().startswith(f"Page 2 of {pages}")


# --- hostile text --------------------------------------------------------------------------

HOSTILE = {
    "markup": '<img src="/etc/passwd"/> & <b>bold</b> &amp; </para> <font name="x">',
    "tags": "<para><a href='file:///etc/passwd'>link</a><br/>",
    "unicode": "Côte d'Ivoire, Türkiye, Ελλάδα, Россия, 中文测试, 日本語のテキスト",
    "word": "w" * 5_000,
    "quotes": "\"double\" 'single' \\backslash\\ %s {braces} $dollar",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_prints_literally(tmp_path, name):
    text = HOSTILE[name]
    notes = [note("n1", text, category="opportunity"), note("n2", "Plain item", category="challenge")]
    path = build_pdf(report_data(workshop(), notes), tmp_path / "r.pdf", invariant=True)
    flat = squeeze(pdf_text(path))
    assert squeeze(text) in flat
    assert b"/Subtype /Image" not in path.read_bytes()


def test_emoji_are_drawn_in_the_monochrome_emoji_font(tmp_path):
    from pypdf import PdfReader

    notes = [note("n1", "Well done 🌍 👍 🎉 ✅ ☺", category="opportunity")]
    path = build_pdf(report_data(workshop(), notes), tmp_path / "r.pdf", invariant=True)
    used = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            used.add(str(font.get_object()["/BaseFont"]))
    assert any("CafeEmoji" in f or "Symbola" in f for f in used), used
    # the text layer names characters beyond U+FFFF too (fonts.to_unicode_cmap)
    assert "Well done" in pdf_text(path) and "✅" in pdf_text(path)
    assert "🌍 👍 🎉" in pdf_text(path)


def test_control_characters_print_as_visible_pictures(tmp_path):
    notes = [note("n1", "ctrl \x00\x01\x1b\x7f end", category="opportunity")]
    path = build_pdf(report_data(workshop(), notes), tmp_path / "r.pdf", invariant=True)
    assert "ctrl ␀␁␛␡ end" in pdf_text(path)


def test_a_megabyte_note_goes_to_the_annex_in_full(tmp_path):
    words = ("alpha", "beta", "gamma", "delta", "epsilon")
    big = " ".join(words[i % 5] + str(i) for i in range(110_000))[:1_000_000]
    notes = [note("n1", big, category="challenge")]
    path = build_pdf(report_data(workshop(), notes), tmp_path / "r.pdf", invariant=True)
    flat = squeeze(pdf_text(path))
    assert squeeze(big) in flat
    assert squeeze("(continued in the annex: Room 1, round 1)") in flat


def test_a_heading_with_nothing_under_it_and_a_theme_with_no_notes(tmp_path):
    notes = [note("n1", "", heading="Heading <alone>:", category="practice")]
    path = build_pdf(report_data(workshop(rooms=2), notes), tmp_path / "r.pdf", invariant=True)
    text = pdf_text(path)
    assert "Heading <alone>:" in text
    theme2 = text.index("Thematic session 2: Theme 2")
    assert "No items were recorded for this theme." in text[theme2:]


_SCRIPTS = st.sampled_from([
    (0x20, 0x7E), (0xA1, 0xFF), (0x100, 0x17F), (0x391, 0x3C9), (0x410, 0x44F), (0x4E00, 0x4FFF), (0x3041, 0x3093),
])


@st.composite
def _texts(draw):
    lo, hi = draw(_SCRIPTS)
    # format characters (soft hyphen…) are invisible by definition: nothing to read back
    chars = st.characters(min_codepoint=lo, max_codepoint=hi, blacklist_categories=("Cs", "Cc", "Cf", "Cn", "Zs"))
    words = draw(st.lists(st.text(chars, min_size=1, max_size=12), min_size=1, max_size=12))
    return " ".join(words)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_texts())
def test_any_text_builds_and_comes_back(tmp_path, text):
    fonts.register_fonts()
    notes = [note("n1", text, category="opportunity")]
    path = build_pdf(report_data(workshop(rooms=1), notes), tmp_path / "p.pdf", invariant=True)
    assert squeeze(text) in squeeze(pdf_text(path))


# --- right to left -----------------------------------------------------------------------

ARABIC = ("إن الهجرة الآمنة والمنظمة والنظامية تتطلب تعاونا دوليا وثيقا "
          "بين الدول وقد ناقش المشاركون في هذه الجلسة عدة تجارب وطنية "
          "ناجحة في مجال التوظيف العادل وحماية حقوق العمال المهاجرين في "
          "المدن والأرياف على حد سواء")


def _positioned_words(path, page_number: int):
    """(visual text, x, y) of every text run drawn on a page, in drawing order."""
    from pypdf import PdfReader

    runs = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            runs.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))
    PdfReader(str(path)).pages[page_number].extract_text(visitor_text=visit)
    return runs


def test_a_wrapped_arabic_paragraph_reads_right_to_left_and_top_to_bottom(tmp_path):
    data = report_data(workshop(rooms=1, summary=ARABIC), [])
    path = build_pdf(data, tmp_path / "r.pdf", invariant=True)
    logical = ARABIC.split()
    # pypdf may hand a right-to-left run back in display order or in logical order: accept both
    visual_of = {fonts.visual_line(w, "rtl"): w for w in logical}
    visual_of.update({fonts.visual_line(w, "rtl")[::-1]: w for w in logical})
    texts = page_texts(path)
    page = next(i for i, t in enumerate(texts) if "Guiding questions" in t)
    found = [(visual_of[t], x, y) for t, x, y in _positioned_words(path, page) if t in visual_of]
    lines: dict[float, list] = {}
    for word, x, y in found:
        lines.setdefault(round(y, 1), []).append((x, word))
    assert len(lines) >= 2, "the paragraph should wrap over several lines"
    ordered = []
    for y in sorted(lines, reverse=True):  # top to bottom
        ordered.extend(word for _x, word in sorted(lines[y], reverse=True))  # right to left
    assert ordered == logical
    first_line = lines[max(lines)]
    x, first = max(first_line)
    assert first == logical[0]  # the sentence's first word is right-most…
    from cafe.report.pdf import FRAME_W, MARGIN

    right_end = x + fonts.plain_width(fonts.visual_line(first, "rtl"), 10)
    assert abs(right_end - (MARGIN + FRAME_W)) < 1.0  # …and ends at the right margin


# --- atomic writes and cancelling --------------------------------------------------------

def test_a_failing_build_leaves_the_earlier_file(tmp_path):
    data = report_data(workshop(), [note("n1", "First version", category="challenge")])
    path = build_pdf(data, tmp_path / "r.pdf", invariant=True)
    before = path.read_bytes()

    def explode(fraction, _stage):
        if fraction > 0.3:
            raise RuntimeError("disk on fire")
    with pytest.raises(RuntimeError):
        build_pdf(report_data(workshop(), [note("n1", "Second version " * 300)]), path, progress=explode)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_cancel_raises_and_writes_nothing(tmp_path):
    data = report_data(workshop(), [note(f"n{i}", f"Item {i} " * 20) for i in range(300)])
    path = tmp_path / "r.pdf"
    path.write_bytes(b"old report")
    cancel = threading.Event()
    stages = []

    def progress(fraction, stage):
        stages.append(stage)
        if stage == "Laying out pages":
            cancel.set()
    with pytest.raises(Cancelled):
        build_pdf(data, path, progress=progress, cancel=cancel)
    assert path.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]
    assert "Preparing the text" in stages


def test_progress_reaches_the_end(tmp_path):
    seen = []
    build_pdf(report_data(workshop(), [note(f"n{i}", f"Item {i}") for i in range(200)]), tmp_path / "r.pdf",
              progress=lambda f, s: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_a_title_with_markup_is_literal_in_the_footer_and_metadata(tmp_path):
    from pypdf import PdfReader

    title = "Workshop <b>&</b> café"
    path = build_pdf(report_data(workshop(title=title), []), tmp_path / "r.pdf", invariant=True)
    assert PdfReader(str(path)).metadata.title == title
    assert title in PdfReader(str(path)).pages[1].extract_text()
