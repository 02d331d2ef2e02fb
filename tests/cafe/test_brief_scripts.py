"""The host's brief prints every script as the report does: shaped Indic and Thai, Arabic right to left."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from cafe.notes.brief import build_brief, outline, write_pdf
from cafe.report import shaping

DEVANAGARI = "प्रवासी श्रमिकों के अधिकार"
TAMIL = "தமிழ் தொழிலாளர்கள்"
ARABIC = "حقوق العمال المهاجرين"


def _text(path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.skipif(not shaping.available(), reason="HarfBuzz (uharfbuzz) is not installed")
def test_the_brief_prints_shaped_scripts_whose_text_reads_back(workshop, tmp_path):
    svc = workshop
    snap = svc.snapshot()
    room, rounds = snap.rooms[0].uuid, [r.uuid for r in snap.rounds]
    svc.add_note(room, rounds[0], "practice", DEVANAGARI)
    svc.add_note(room, rounds[0], "challenge", TAMIL)
    svc.add_note(room, rounds[0], "opportunity", ARABIC)
    svc.set_round_summary(room, rounds[0], f"{DEVANAGARI}: the first group's summary")
    target = tmp_path / "brief.pdf"
    lines = outline(build_brief(svc.snapshot(), svc.notes(room), room, rounds[1]), full=True)
    write_pdf(lines, target)
    text = _text(target)
    assert DEVANAGARI in text and TAMIL in text  # shaped runs carry their original text
    assert "the first group's summary" in text
    folded = unicodedata.normalize("NFKC", text)  # Arabic reads back as its joined presentation forms
    assert "العمال" in folded
