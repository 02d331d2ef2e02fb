"""Markdown, Word and CSV exports, the one export entry point, and ``cafe report``."""

from __future__ import annotations

import csv
import io
import re

import pytest
from report_support import note, workshop

from cafe import workshop_file
from cafe.report import export
from cafe.report.csv_export import neutralise, render
from cafe.report.data import report_data
from cafe.report.markdown import escape_md
from cafe.report.markdown import render as render_md
from cafe.storage import paths

HOSTILE = '<img src="/etc/passwd"/> & *stars* _under_ [link](http://x) # not a heading'


def _data(**kw):
    notes = [
        note("n1", "Ban on recruitment fees", heading="Regulatory frameworks:", attributions=("Philippines",)),
        note("n2", HOSTILE, category="challenge"),
        note("n3", "Gone", category="opportunity", deleted=True),
        note("n4", "Another room's item", room="room-1", category="opportunity"),
    ]
    return report_data(workshop(introduction="Why we met.\n\nWho came.", participants=("Ana Ruiz",), **kw), notes)


def test_markdown_has_the_reports_sections_in_order_and_escapes_user_text():
    text = render_md(_data())
    annex = next(s.title for s in _data().sections if s.key == "annex")
    order = ["# Test workshop", "*Report*", "## Introduction", "## Thematic sessions", "### Thematic session 1: Theme 1",
             "#### Practices", "**Regulatory frameworks:**", "- Ban on recruitment fees (Philippines)",
             "### Thematic session 2: Theme 2", f"## {annex}", "### Room 1 — Round 1 (12:00–13:00)",
             "**Group in the room:** Group A"]
    at = 0
    for mark in order:
        at = text.find(mark, at)
        assert at != -1, mark
    assert escape_md(HOSTILE) in text
    assert re.search(r"(?<!\\)<img", text) is None and "Gone" not in text
    assert "Ana Ruiz" not in text
    assert "Ana Ruiz" in render_md(_data(), include_participants=True)


def test_markdown_escaping_keeps_line_starts_literal():
    assert escape_md("- not a list\n1. not numbered\n# no heading") == \
        "\\- not a list  \n1\\. not numbered  \n\\# no heading"
    assert escape_md("a\x00b") == "a␀b"


def test_word_document_has_headings_a_repeating_table_header_and_rtl_paragraphs(tmp_path):
    from docx import Document
    from docx.oxml.ns import qn

    notes = [note("n1", "Ban on recruitment fees", heading="Regulatory frameworks:", attributions=("Philippines",)),
             note("n2", HOSTILE + " \x1b", category="challenge"),
             note("n3", "حماية حقوق العمال المهاجرين في المدن", category="opportunity")]
    path = export(workshop(), notes, tmp_path / "r.docx", "docx")
    doc = Document(str(path))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    annex = next(s.title for s in report_data(workshop(), notes).sections if s.key == "annex")
    assert headings.index("Thematic sessions") < headings.index("Thematic session 1: Theme 1") < \
        headings.index("Thematic session 2: Theme 2") < headings.index(annex)
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Opportunities")
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    cells = [c.text for c in table.rows[1].cells]
    assert "Ban on recruitment fees (Philippines)" in cells[2] and "Regulatory frameworks:" in cells[2]
    assert HOSTILE + " ␛" in cells[1]
    rtl = next(p for p in doc.paragraphs if "حماية" in p.text)
    assert rtl._p.pPr.find(qn("w:bidi")) is not None


def test_csv_neutralises_formulas_and_keeps_unicode(tmp_path):
    notes = [note("n1", "=HYPERLINK(\"http://evil\")", category="challenge"),
             note("n2", "+1 more", heading="@heading"), note("n3", "-minus"), note("n4", "\tTab"),
             note("n5", "Côte d'Ivoire, البحرين", category="opportunity"), note("n6", "deleted", deleted=True)]
    data = render(workshop(), notes)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["theme", "room", "round"]
    texts = [r[6] for r in rows[1:]]
    assert "'=HYPERLINK(\"http://evil\")" in texts and "'+1 more" in texts and "'-minus" in texts
    assert "'\tTab" in texts and "Côte d'Ivoire, البحرين" in texts and "deleted" not in texts
    assert any(r[5] == "'@heading" for r in rows[1:])
    assert rows[1][3] == "Group A"
    assert neutralise("plain") == "plain" and neutralise("\rx") == "'\rx"


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="Unknown format “odt”"):
        export(workshop(), [], tmp_path / "r.odt", "odt")


# --- the command line --------------------------------------------------------------------

@pytest.fixture
def sample_db(tmp_path):
    from cafe.service import Service
    from cafe.storage.db import open_database

    path = tmp_path / "w.sqlite"
    service = Service(open_database(path))
    workshop_file.load(service, paths.sample_workshop_path())
    service.db.dispose()
    return path


def _run(argv):
    from cafe.cli import COMMANDS, build_parser

    args = build_parser().parse_args(argv)
    return COMMANDS[args.command](args)


@pytest.mark.parametrize(("name", "magic"), [("out.pdf", b"%PDF"), ("out.docx", b"PK"), ("out.md", b"# Thematic"),
                                             ("out.csv", b"\xef\xbb\xbftheme")])
def test_cafe_report_writes_the_format_its_extension_names(tmp_path, sample_db, capsys, name, magic):
    assert _run(["--db", str(sample_db), "report", str(tmp_path / name)]) == 0
    assert (tmp_path / name).read_bytes().startswith(magic)
    assert "Wrote" in capsys.readouterr().out


def test_cafe_report_participants_flag_and_explicit_format(tmp_path, sample_db):
    title = next(s.title for s in report_data(workshop(), []).sections if s.key == "participants")
    out = tmp_path / "report.txt"
    _run(["--db", str(sample_db), "report", str(out), "--format", "md"])
    assert f"## {title}" not in out.read_text(encoding="utf-8")
    _run(["--db", str(sample_db), "report", str(out), "--format", "md", "--participants"])
    assert f"## {title}" in out.read_text(encoding="utf-8")


def test_cafe_report_errors_are_one_sentence(tmp_path, sample_db):
    from cafe.cli import CliError

    with pytest.raises(CliError, match="no such database"):
        _run(["--db", str(tmp_path / "missing.sqlite"), "report", str(tmp_path / "r.pdf")])
    with pytest.raises(CliError, match="is a folder"):
        _run(["--db", str(sample_db), "report", str(tmp_path)])
    with pytest.raises(CliError, match="Cannot write"):
        _run(["--db", str(sample_db), "report", str(tmp_path / "no" / "such" / "r.pdf")])
