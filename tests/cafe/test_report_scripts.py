"""Every script prints: a note per script read back from the PDF, in the font chosen for it, with a text
layer that names the right characters (emoji included), and a warning naming any note whose characters
no bundled font has."""

from __future__ import annotations

import shutil
import struct
import subprocess
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_support import note, page_texts, squeeze, workshop

from cafe.report import export, fonts, shaping
from cafe.report.coverage import missing_glyphs
from cafe.report.data import report_data
from cafe.report.pdf import build_pdf

#: script -> (a note in it, the font file its letters must be set in)
SCRIPTS = {
    "Korean": ("이주 노동자의 권리 보호 한국어", "NanumSquareR"),
    "Thai": ("สิทธิแรงงานข้ามชาติ ภาษาไทย", "NotoSansThai-Regular"),
    "Devanagari": ("प्रवासी श्रमिकों के अधिकार हिन्दी", "NotoSansDevanagari-Regular"),
    "Amharic": ("የስደተኛ ሠራተኞች መብት አማርኛ", "NotoSansEthiopic-Regular"),
    "Tamil": ("புலம்பெயர் தொழிலாளர் உரிமைகள் தமிழ்", "NotoSansTamil-Regular"),
    "Arabic": ("حماية حقوق العمال المهاجرين", "NotoNaskhArabic-Regular"),
    "Chinese": ("保护移徙工人的权利", "DroidSansFallback"),
    "Emoji": ("🌍👍🎉😀🙏🏽", "Symbola"),
}
CATEGORIES = ("opportunity", "challenge", "practice")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory):
    notes = [note(f"n{i}", f"{name}: {text}", category=CATEGORIES[i % 3], position=i, heading=f"{text[:4]}:")
             for i, (name, (text, _font)) in enumerate(SCRIPTS.items())]
    path = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    warnings: list[str] = []
    export(workshop(rooms=1), notes, path, "pdf", on_warning=warnings.append)
    return path, warnings


def _runs(path) -> list[tuple[str, str]]:
    """(text, embedded font name) of every text run drawn, on every page."""
    from pypdf import PdfReader

    runs = []

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            runs.append((text, str(font.get("/BaseFont", ""))))
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return runs


def test_every_bundled_face_has_its_licence_beside_it_and_the_scripts_fonts_are_small():
    licences = {p.name for p in fonts.FONT_DIR.glob("LICENSE-*")}
    assert {"LICENSE-Noto.txt", "LICENSE-Nanum.txt"} <= licences
    noto = (fonts.FONT_DIR / "LICENSE-Noto.txt").read_text(encoding="utf-8")
    assert all(name in noto for name in ("Thai", "Devanagari", "Tamil", "Ethiopic"))
    assert "SIL Open Font License" in (fonts.FONT_DIR / "LICENSE-Nanum.txt").read_text(encoding="utf-8")
    for face in (fonts.KOREAN, fonts.THAI, fonts.DEVANAGARI, fonts.TAMIL, fonts.ETHIOPIC):
        for name in filter(None, (face.regular, face.bold)):
            assert (fonts.FONT_DIR / name).stat().st_size < 1_000_000, name


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_each_script_has_a_glyph_for_every_character_in_the_face_chosen_for_it(script):
    text, font_file = SCRIPTS[script]
    assert fonts.missing_chars(text) == []
    for char in text.replace(" ", ""):
        face = fonts.font_for(char)
        assert face is not None, f"U+{ord(char):04X}"
        assert font_file.split("-")[0] in face.regular.replace(".ttf", ""), (char, face)


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_each_scripts_note_reads_back_from_the_pdf_in_its_own_font(scripts_pdf, script):
    path, _warnings = scripts_pdf
    text, font_file = SCRIPTS[script]
    runs = _runs(path)
    in_face = _nfkc("".join(t for t, font in runs if font.endswith("+" + font_file)))
    everything = squeeze("\n".join(page_texts(path)))
    assert "\ufffd" not in everything
    for word in text.split():
        word = _nfkc(word)
        # right-to-left words may come back in display order: accept either
        assert word in in_face or word[::-1] in in_face, (word, font_file)
        assert word in everything or word[::-1] in everything, word
    assert script in everything  # the label (after the words, for right-to-left text)


def test_emoji_and_every_script_survive_pdftotext(scripts_pdf):
    """The text layer (ToUnicode) names characters beyond U+FFFF as UTF-16 pairs: search and copy work."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path, _warnings = scripts_pdf
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = squeeze(_nfkc(out))
    assert "\ufffd" not in flat
    for script, (text, _font) in SCRIPTS.items():
        for word in text.split():
            word = _nfkc(word)
            assert word in flat or word[::-1] in flat, (script, word)
    assert "🌍👍🎉😀" in flat


def test_the_emoji_text_layer_maps_to_utf16_pairs():
    cmap = fonts.to_unicode_cmap("AAAAAA+Symbola", [0x20, 0x1F30D, 0x263A])
    assert "<01> <D83CDF0D>" in cmap and "<00> <0020>" in cmap and "<02> <263A>" in cmap
    many = fonts.to_unicode_cmap("X", list(range(0x1F600, 0x1F600 + 256)))
    assert many.count("beginbfchar") == 3 and "100 beginbfchar" in many  # blocks of at most 100


def test_a_shaped_glyphs_code_reads_as_the_characters_it_stands_for():
    cmap = fonts.to_unicode_cmap("X", [0x20, 0xF0000, 0xF0001, 0xF0002], {0xF0000: "क्ष", 0xF0001: "", 0xF0002: "ி"})
    assert "<01> <0915094D0937>" in cmap  # a conjunct: three characters
    assert "<02> <>" in cmap  # the second glyph of a split vowel: its characters came with the first
    assert "<03> <0BBF>" in cmap and "<00> <0020>" in cmap


def test_no_warning_when_every_character_has_a_glyph(scripts_pdf):
    _path, warnings = scripts_pdf
    assert warnings == []


def test_characters_no_bundled_font_has_print_as_a_visible_mark_and_the_warning_names_the_note(tmp_path):
    notes = [note("n1", "Budget line \ue000 for \U0010fffd travel", category="challenge"),
             note("n2", "Unassigned \u0378 here", category="opportunity", heading="Odd \U000f0001 heading"),
             note("n3", "Fine note in Thai ภาษาไทย", category="practice")]
    warnings: list[str] = []
    path = export(workshop(), notes, tmp_path / "r.pdf", "pdf", on_warning=warnings.append)
    assert len(warnings) == 3, warnings
    budget = next(w for w in warnings if "Budget line" in w)
    assert "Challenges, note “Budget line" in budget and "U+E000, U+10FFFD" in budget
    assert budget.startswith("Room 1 — Round 1")
    assert any("heading “Odd" in w and "U+F0001" in w for w in warnings)
    assert any("note “Unassigned" in w and "U+0378" in w for w in warnings)
    assert not any("Thai" in w for w in warnings)
    assert all("\n" not in w and len(w) < 200 for w in warnings)
    text = "\n".join(page_texts(path))
    assert "Budget line \ufffd for \ufffd travel" in " ".join(text.split())
    # Word and Markdown carry the characters themselves: no warning, no loss
    for fmt in ("md", "docx"):
        export(workshop(), notes, tmp_path / f"r.{fmt}", fmt, on_warning=warnings.append)
    assert len(warnings) == 3


def test_a_combining_mark_no_font_has_is_marked_not_dropped():
    mark = "\U0001e944"  # ADLAM ALIF LENGTHENER: no bundled face has it
    assert fonts.font_for(mark) is None
    assert "".join(r for _f, r in fonts.font_runs("a" + mark)) == "a\ufffd"
    assert fonts.missing_chars("a" + mark + "\ufe0f\u200d") == [mark]  # selectors and joiners are not missing


def test_long_warnings_stay_short():
    chars = "".join(chr(0xE000 + i) for i in range(10))
    data = report_data(workshop(), [note("n1", "x" * 500 + chars)])
    (found,) = missing_glyphs(data)
    line = str(found)
    assert "and 7 more" in line and len(line) < 200 and "…" in line


def test_cafe_report_prints_each_warning_on_stderr_one_line_per_note(tmp_path, capsys):
    from cafe import cli
    from cafe.service import Service
    from cafe.storage.db import open_database

    db = tmp_path / "w.sqlite"
    assert cli.main(["--db", str(db), "sample"]) == 0
    service = Service(open_database(db))
    try:
        snap = service.snapshot()
        service.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "challenge", "Private \ue000 glyph")
        service.add_note(snap.rooms[1].uuid, snap.rounds[0].uuid, "practice", "Another \U000f0000 one")
    finally:
        service.db.dispose()
    capsys.readouterr()
    assert cli.main(["--db", str(db), "report", str(tmp_path / "r.pdf")]) == 0
    out, err = capsys.readouterr()
    assert "Wrote" in out
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert all(line.startswith("cafe: warning: ") for line in lines)
    assert any("“Private" in line and "U+E000" in line for line in lines)
    assert any("“Another" in line and "U+F0000" in line for line in lines)


# --- shaping: Devanagari, Tamil and Thai as HarfBuzz sets them -----------------------------

SHAPED_NOTES = {
    "CafeDeva": ("हिन्दी भाषा", "NotoSansDevanagari-Regular.ttf"),
    "CafeTamil": ("தமிழ் தொழிலாளர்", "NotoSansTamil-Regular.ttf"),
    "CafeThai": ("ที่ปั้น", "NotoSansThai-Regular.ttf"),
}


def _tables(font: bytes) -> dict[str, bytes]:
    count = struct.unpack(">H", font[4:6])[0]
    out = {}
    for i in range(count):
        tag, _sum, offset, length = struct.unpack(">4sIII", font[12 + 16 * i:28 + 16 * i])
        out[tag.decode("latin-1")] = font[offset:offset + length]
    return out


def _glyph_headers(font: bytes) -> list[bytes]:
    """Each glyph's outline header (contour count and bounding box), by glyph id: identifies a glyph
    across a font and its subset."""
    t = _tables(font)
    long_offsets = struct.unpack(">h", t["head"][50:52])[0] == 1
    loca = t["loca"]
    if long_offsets:
        pos = list(struct.unpack(f">{len(loca) // 4}I", loca))
    else:
        pos = [2 * p for p in struct.unpack(f">{len(loca) // 2}H", loca)]
    return [t["glyf"][a:b][:10] for a, b in zip(pos, pos[1:])]


def _subset_codes(font: bytes) -> dict[int, int]:
    """A reportlab subset's code -> glyph table (its format 6 cmap)."""
    cmap = _tables(font)["cmap"]
    for i in range(struct.unpack(">H", cmap[2:4])[0]):
        _platform, _encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i:12 + 8 * i])
        if struct.unpack(">H", cmap[offset:offset + 2])[0] == 6:
            first, count = struct.unpack(">HH", cmap[offset + 6:offset + 10])
            glyphs = struct.unpack(f">{count}H", cmap[offset + 10:offset + 10 + 2 * count])
            return {first + n: g for n, g in enumerate(glyphs)}
    raise AssertionError("no format 6 cmap in the subset")


def _drawn_glyphs(path, font_file: str) -> list[bytes]:
    """The outline headers of the glyphs drawn in the subsets of ``font_file``, in drawing order."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    out = []
    reader = PdfReader(str(path))
    for page in reader.pages:
        resources = page["/Resources"]["/Font"]
        subsets = {}
        for key, ref in resources.items():
            font = ref.get_object()
            if str(font["/BaseFont"]).endswith("+" + font_file.removesuffix(".ttf")):
                data = font["/FontDescriptor"]["/FontFile2"].get_data()
                headers = _glyph_headers(data)
                subsets[key] = {code: headers[g] for code, g in _subset_codes(data).items()}
        current = None
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                current = subsets.get(operands[0])
            elif op in (b"Tj", b"TJ") and current is not None:
                items = operands[0] if op == b"TJ" else [operands[0]]
                for item in items:
                    if isinstance(item, (str, bytes)):
                        raw = item.get_original_bytes() if hasattr(item, "get_original_bytes") else bytes(item)
                        out.extend(current[b] for b in raw)
    return out


def _harfbuzz(text: str, font_file: str) -> list[int]:
    import uharfbuzz as hb

    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(fonts.FONT_DIR / font_file))))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    return [info.codepoint for info in buf.glyph_infos]


def _pdftotext(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def without_harfbuzz(monkeypatch):
    """The report as an install without uharfbuzz builds it."""
    from cafe.report import rtl, shaping

    monkeypatch.setattr(shaping, "_hb", None)
    monkeypatch.setattr(shaping, "_hb_checked", True)
    rtl._word_width.cache_clear()
    yield
    rtl._word_width.cache_clear()


needs_harfbuzz = pytest.mark.skipif(not shaping.available(), reason="uharfbuzz is not installed: text prints unshaped "
                                    "(test_without_harfbuzz_the_pdf_builds_unshaped_and_names_the_notes covers it)")


@needs_harfbuzz
def test_devanagari_tamil_and_thai_are_drawn_with_the_glyphs_harfbuzz_chooses(tmp_path):
    notes = [note(f"n{i}", text, category=CATEGORIES[i], position=i)
             for i, (text, _file) in enumerate(SHAPED_NOTES.values())]
    path = export(workshop(rooms=1), notes, tmp_path / "shaped.pdf", "pdf")
    from reportlab.pdfbase.ttfonts import TTFontFile

    for text, font_file in SHAPED_NOTES.values():
        headers = _glyph_headers((fonts.FONT_DIR / font_file).read_bytes())
        expected = [headers[g] for g in _harfbuzz(text, font_file)]
        cmap = TTFontFile(str(fonts.FONT_DIR / font_file)).charToGlyph
        letter_by_letter = [headers[cmap[ord(c)]] for c in text]
        assert expected != letter_by_letter  # shaping changes the glyphs: the comparison means something
        # once in the theme's table, once in the annex
        assert _drawn_glyphs(path, font_file) == expected * 2, font_file


@needs_harfbuzz
def test_conjuncts_use_glyphs_the_character_map_cannot_reach_and_joiners_steer_them(tmp_path):
    from reportlab.pdfbase.ttfonts import TTFontFile

    font_file = "NotoSansDevanagari-Regular.ttf"
    mapped = set(TTFontFile(str(fonts.FONT_DIR / font_file)).charToGlyph.values())
    texts = ["क्षत्रिय", "क्\u200dष", "क्\u200cष"]  # the kssa ligature, half ka + ssa, visible virama
    shaped = [_harfbuzz(t, font_file) for t in texts]
    assert set(shaped[0]) - mapped, "the ligature's glyphs are reachable only by shaping"
    assert len({tuple(s) for s in shaped}) == 3  # the joiners change the glyphs
    notes = [note(f"n{i}", t, category=CATEGORIES[i], position=i) for i, t in enumerate(texts)]
    path = export(workshop(rooms=1), notes, tmp_path / "conjuncts.pdf", "pdf")
    headers = _glyph_headers((fonts.FONT_DIR / font_file).read_bytes())
    assert _drawn_glyphs(path, font_file) == [headers[g] for s in shaped for g in s] * 2


@needs_harfbuzz
def test_shaped_text_reads_back_as_typed_with_pdftotext_and_pypdf(tmp_path):
    long = ("प्रवासी श्रमिकों के अधिकारों की रक्षा के लिए राष्ट्रीय कार्य योजना और द्विपक्षीय समझौते "
            "पर हितधारकों ने विस्तार से चर्चा की")
    notes = [note("n1", long, category="opportunity"),
             note("n2", "புலம்பெயர் தொழிலாளர் உரிமைகள் பாதுகாப்பு மற்றும் நீதிக்கான அணுகல்", category="challenge"),
             note("n3", "Mixed: हिन्दी, தமிழ் and ไทย in one line", category="practice", heading="क्षेत्रीय सहयोग:")]
    path = export(workshop(rooms=1, title="कार्यशाला प्रतिवेदन"), notes, tmp_path / "text.pdf", "pdf")
    poppler = " ".join(_pdftotext(path).split())
    pypdf = " ".join("\n".join(page_texts(path, title="कार्यशाला प्रतिवेदन")).split())
    for n in notes:
        for reader, text in (("pdftotext", poppler), ("pypdf", pypdf)):
            # every word exactly as typed; a wrapped note may break its lines anywhere between words
            for word in n.text.split():
                assert word in text, (reader, word)
    assert "क्षेत्रीय सहयोग:" in poppler
    assert "कार्यशाला प्रतिवेदन" in poppler  # the title, also in every page's footer
    assert "\ufffd" not in poppler + pypdf


@needs_harfbuzz
def test_a_long_unbroken_devanagari_word_wraps_between_syllables_and_reads_back_whole(tmp_path):
    word = "अन्तर्राष्ट्रीयकरण" * 8
    path = export(workshop(rooms=1), [note("n1", word)], tmp_path / "long.pdf", "pdf")
    table = _pdftotext(path).split("Practices\n", 1)[1].split("Test workshop", 1)[0]  # the theme's column
    pieces = [line.removeprefix("• ") for line in table.splitlines() if line.strip()]
    assert len(pieces) > 2  # cut over several lines in the table's column …
    assert "".join(pieces) == word  # … and nothing lost at the cuts
    for piece in pieces:  # each line starts a syllable: no vowel sign or virama cut from its consonant
        assert unicodedata.category(piece[0])[0] != "M" and piece[0] not in "\u200c\u200d"


@needs_harfbuzz
def test_a_devanagari_word_inside_arabic_text_is_shaped_too(tmp_path):
    text = "حماية حقوق العمال المهاجرين في الهند हिन्दी"
    path = export(workshop(rooms=1), [note("n1", text)], tmp_path / "mixed.pdf", "pdf")
    assert "हिन्दी" in _pdftotext(path)
    headers = _glyph_headers((fonts.FONT_DIR / "NotoSansDevanagari-Regular.ttf").read_bytes())
    shaped = [headers[g] for g in _harfbuzz("हिन्दी", "NotoSansDevanagari-Regular.ttf")]
    assert _drawn_glyphs(path, "NotoSansDevanagari-Regular.ttf") == shaped * 2


_INDIC = st.text(st.sampled_from("कखगघचजटडतदनपबमयरलवशसह" "ािीुूेैोौंः" "्" "\u200d" "அகசதநபமயரலவழள" "ாிீுெேைொோ்"),
                 min_size=1, max_size=14)


@needs_harfbuzz
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(_INDIC, min_size=1, max_size=6))
def test_any_devanagari_or_tamil_sequence_builds_and_reads_back_exactly(tmp_path, words):
    """Syllables HarfBuzz must repair (a vowel sign with no consonant gets a dotted circle) read back as typed."""
    text = " ".join(words)
    path = build_pdf(report_data(workshop(rooms=1), [note("n1", text)]), tmp_path / "p.pdf", invariant=True)
    typed = squeeze(text.replace("\u200d", ""))
    assert typed in squeeze(_pdftotext(path).replace("\u200d", ""))
    assert typed in squeeze("\n".join(page_texts(path)).replace("\u200d", ""))


def test_paragraphs_without_a_shaped_script_stay_plain_reportlab_paragraphs():
    """Ordinary text costs nothing more: only text holding a shaped script gets the shaped paragraph."""
    from reportlab.lib.styles import ParagraphStyle

    from cafe.report.rtl import RtlParagraph, TextParagraph, paragraph
    from cafe.report.shaped_paragraph import ShapedParagraph

    fonts.register_fonts()
    style = ParagraphStyle("t", fontName=fonts.BODY, fontSize=9, leading=12)
    for text in ("Recruitment fees", "Côte d'Ivoire — Türkiye", "保护移徙工人的权利", "이주 노동자", "የስደተኛ ሠራተኞች"):
        assert type(paragraph(text, style)) is TextParagraph, text
    assert isinstance(paragraph("حماية حقوق العمال", style), RtlParagraph)
    for text in ("हिन्दी", "Hindi: हिन्दी", "தமிழ்", "ภาษาไทย"):
        expected = ShapedParagraph if shaping.available() else TextParagraph
        assert type(paragraph(text, style)) is expected, text


def test_without_harfbuzz_the_pdf_builds_unshaped_and_names_the_notes(tmp_path, without_harfbuzz):
    assert not shaping.available()
    notes = [note("n1", "प्रवासी श्रमिकों के अधिकार", category="opportunity"),
             note("n2", "Plain English and العربية", category="challenge"),
             note("n3", "தமிழ் தொழிலாளர்", category="practice", heading="Tamil Nadu:")]
    data = report_data(workshop(rooms=1), notes)
    path = build_pdf(data, tmp_path / "unshaped.pdf")
    # letter by letter, as typed: one glyph per character, and the text still reads back
    headers = _glyph_headers((fonts.FONT_DIR / "NotoSansDevanagari-Regular.ttf").read_bytes())
    assert len(_drawn_glyphs(path, "NotoSansDevanagari-Regular.ttf")) == 2 * len(notes[0].text)
    assert headers  # the font parses
    flat = squeeze(_pdftotext(path))
    assert squeeze(notes[0].text) in flat and squeeze(notes[2].text) in flat
    warnings = shaping.unshaped_texts(data)
    assert len(warnings) == 2, warnings
    assert any("note “प्रवासी" in w for w in warnings) and any("note “தமிழ்" in w for w in warnings)
    assert all("uharfbuzz" in w and "\n" not in w and len(w) < 200 for w in warnings)


def test_with_harfbuzz_nothing_is_reported_unshaped():
    if not shaping.available():
        pytest.skip("uharfbuzz is not installed: the other test asserts the warning")
    data = report_data(workshop(rooms=1), [note("n1", "प्रवासी श्रमिकों के अधिकार")])
    assert shaping.unshaped_texts(data) == []


def test_word_and_markdown_carry_the_characters_for_the_reader_to_shape(tmp_path):
    import zipfile

    texts = ["हिन्दी क्षत्रिय", "தமிழ் தொழிலாளர்", "ที่ปั้น"]
    notes = [note(f"n{i}", t, category=CATEGORIES[i], position=i) for i, t in enumerate(texts)]
    md = export(workshop(rooms=1), notes, tmp_path / "r.md", "md").read_text(encoding="utf-8")
    with zipfile.ZipFile(export(workshop(rooms=1), notes, tmp_path / "r.docx", "docx")) as z:
        document = z.read("word/document.xml").decode("utf-8")
    for text in texts:
        assert text in md and text in document
    assert "\ue000" not in document and not any(0xF0000 <= ord(c) for c in md + document)
