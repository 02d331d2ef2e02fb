"""Every script prints: a note per script read back from the PDF, in the font chosen for it, with a text
layer that names the right characters (emoji included), and a warning naming any note whose characters
no bundled font has."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from report_support import note, page_texts, squeeze, workshop

from cafe.report import export, fonts
from cafe.report.coverage import missing_glyphs
from cafe.report.data import report_data

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
