"""Plain text without the markup parser, and word widths remembered (cafe.report.plain_paragraph): the
paragraphs, their lines and the whole PDF are exactly what reportlab's own Paragraph gives."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_support import note, workshop
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth

from cafe.i18n import output_language
from cafe.report import fonts, pdf, plain_paragraph, rtl, shaping
from cafe.report.data import report_data
from cafe.report.pdf import build_pdf
from cafe.report.pdf_style import FRAME_W
from cafe.report.pdf_style import styles as report_styles
from cafe.report.plain_paragraph import PlainParagraph, measures

WORDS = ("migrants", "labour", "recruitment", "fees", "rights", "access", "justice", "Côte", "d'Ivoire",
         "Türkiye", "—", "naïve", "(ECOWAS)", "(Philippines,", "Egypt)", "x" * 40)
WIDTHS = (30.0, 82.5, 147.0, FRAME_W)
PLAIN = (
    "Fair recruitment: no fees charged to workers.",
    "Bilateral labour agreements (Philippines, Egypt, Italy and Germany)",
    "Café in Genève — “quotes” and dashes – naïve façade Türkiye Côte d'Ivoire",
    "   spaces  around\tand  inside   ",
    "non\u00a0breaking spaces\u00a0here",
    "Greek αβγ and Cyrillic русский текст",
    "a",
    "word " * 200,
    "x" * 400 + " a word longer than any line",
)


@pytest.fixture(scope="module")
def styles():
    return report_styles()


def _reportlab(text, style, *, bullet=None, bold=False):
    """What cafe.report.rtl.paragraph makes: a Paragraph over markup, parsed by reportlab."""
    made = rtl.paragraph(text, style, bullet=bullet, bold=bold)
    assert type(made) is rtl.TextParagraph
    return made


def _frags(paragraph):
    return [dict(f.__dict__) for f in paragraph.frags]


def _layout(paragraph):
    out = dict(paragraph.blPara.__dict__)
    out["lines"] = [(extra, list(words)) for extra, words in out["lines"]]
    return out, paragraph.height, paragraph._width_max


def _same_as_reportlab(text, style, *, bullet=None, bold=False, widths=WIDTHS):
    ours = plain_paragraph.plain_paragraph(text, style, bullet=bullet, bold=bold)
    assert isinstance(ours, PlainParagraph), text
    theirs = _reportlab(text, style, bullet=bullet, bold=bold)
    assert (ours.text, ours.style, ours.bulletText) == (theirs.text, theirs.style, theirs.bulletText)
    for width in widths + widths[:1]:  # and back to the first width: laid out again, not kept
        assert ours.wrap(width, 1e7) == theirs.wrap(width, 1e7)
        assert _layout(ours) == _layout(theirs)
    # the fragment, made when asked for, is the parser's
    fresh = plain_paragraph.plain_paragraph(text, style, bullet=bullet, bold=bold)
    assert _frags(fresh) == _frags(theirs)
    return ours, theirs


@pytest.mark.parametrize("text", PLAIN)
@pytest.mark.parametrize("name,bullet", [("cell", "•"), ("annexitem", "•"), ("cellhead", None), ("meta", None),
                                         ("th", None), ("bullet", "•")])
def test_a_plain_paragraph_is_the_paragraph_reportlab_makes(styles, text, name, bullet):
    _same_as_reportlab(text, styles[name], bullet=bullet)


@pytest.mark.parametrize("text", PLAIN)
def test_bold_and_a_right_to_left_report_too(styles, text):
    _same_as_reportlab(text, styles["body"], bold=True)  # white space inside the tags kept, as the parser does
    # a bold text after a regular bullet is two fragments: left to reportlab
    assert plain_paragraph.plain_paragraph(text, styles["body"], bold=True, bullet="•") is None
    with output_language("ar"):  # Latin text right-aligned, its indents swapped
        ours, theirs = _same_as_reportlab(text, styles["cell"], bullet="•")
        assert ours.style.alignment == theirs.style.alignment != styles["cell"].alignment


@pytest.mark.parametrize("text", ["Fees & more", "<b>not bold</b>", "line\nbreak", "soft\u00adhyphen",
                                  "التوظيف العادل", "Hebrew שלום", "中文 mixed", "😀 emoji", "",
                                  "Control \x1b char"])
def test_other_text_is_left_to_rtl_paragraph(styles, text):
    assert plain_paragraph.plain_paragraph(text, styles["cell"], bullet="•") is None
    made = plain_paragraph.paragraph(text, styles["cell"], bullet="•")
    assert type(made) is type(rtl.paragraph(text, styles["cell"], bullet="•"))


def test_a_shaped_script_keeps_its_shaping(styles):
    text = "हिन्दी text"
    assert plain_paragraph.plain_paragraph(text, styles["cell"]) is None
    if shaping.available():
        assert type(plain_paragraph.paragraph(text, styles["cell"])).__name__ == "ShapedParagraph"


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS + (" ", "  ", "\u00a0")), min_size=1, max_size=60),
       width=st.floats(min_value=20, max_value=500), name=st.sampled_from(["cell", "annexitem", "meta", "h3"]),
       bullet=st.sampled_from([None, "•", "12.", "bold"]))
def test_lines_match_reportlab_for_any_text_and_width(styles, words, width, name, bullet):
    text = " ".join(words)
    bold = bullet == "bold"
    bullet = None if bold else bullet
    ours = plain_paragraph.plain_paragraph(text, styles[name], bullet=bullet, bold=bold)
    if ours is None:  # only white space
        assert not text.strip(" \u00a0")
        return
    theirs = _reportlab(text, styles[name], bullet=bullet, bold=bold)
    assert ours.wrap(width, 1e7) == theirs.wrap(width, 1e7)
    assert _layout(ours) == _layout(theirs)
    # split where reportlab splits, into the same parts
    room = ours.height / 2
    ours_parts, theirs_parts = ours.split(width, room), theirs.split(width, room)
    assert len(ours_parts) == len(theirs_parts)
    for a, b in zip(ours_parts, theirs_parts):
        if a is ours:
            assert b is theirs
            continue
        assert _frags(a) == _frags(b)
        assert a.wrap(width, 1e7) == b.wrap(width, 1e7)


def test_word_widths_are_remembered_per_font_and_size(styles):
    paragraph = plain_paragraph.plain_paragraph("recruitment fees recruitment", styles["cell"])
    paragraph.wrap(100, 1e7)
    regular = measures(fonts.BODY, 9).words
    assert regular["recruitment"] == stringWidth("recruitment", fonts.BODY, 9)
    bold = plain_paragraph.plain_paragraph("recruitment", styles["cellhead"])  # bold, 9 points
    bold.wrap(100, 1e7)
    larger = plain_paragraph.plain_paragraph("recruitment", styles["body"])  # 10 points
    larger.wrap(100, 1e7)
    assert measures(fonts.BODY_BOLD, 9).words["recruitment"] == stringWidth("recruitment", fonts.BODY_BOLD, 9)
    assert measures(fonts.BODY, 10).words["recruitment"] == stringWidth("recruitment", fonts.BODY, 10)
    assert len({regular["recruitment"], measures(fonts.BODY_BOLD, 9).words["recruitment"],
                measures(fonts.BODY, 10).words["recruitment"]}) == 3


def test_a_font_registered_again_under_its_name_is_measured_afresh():
    from reportlab.pdfbase.pdfmetrics import Font

    name = "CafeTestRemeasured"  # reportlab replaces a standard font registered again under a name
    registerFont(Font(name, "Helvetica", "WinAnsiEncoding"))
    first = measures(name, 9)
    first.words["access"] = stringWidth("access", name, 9)
    registerFont(Font(name, "Courier", "WinAnsiEncoding"))
    again = measures(name, 9)
    assert again is not first and "access" not in again.words
    assert again.space == stringWidth(" ", name, 9) != first.space


def test_a_changed_text_is_laid_out_from_its_own_words(styles):
    one = plain_paragraph.plain_paragraph("access to justice for migrant workers", styles["cell"])
    two = plain_paragraph.plain_paragraph("access to justice for all migrant workers " * 3, styles["cell"])
    one.wrap(80, 1e7)
    two.wrap(80, 1e7)
    assert [w for _x, words in one.blPara.lines for w in words] == ["access", "to", "justice", "for", "migrant", "workers"]
    assert len(two.blPara.lines) > len(one.blPara.lines)


def _mixed_workshop():
    rng = random.Random(5)
    texts = list(PLAIN) + ["Fees & <b>tags</b>", "التوظيف العادل", "line one\nline two", "x" * 5000]
    texts += [" ".join(rng.choices(WORDS, k=rng.randint(3, 40))) for _ in range(300)]
    notes = [note(f"n{i}", t, room=f"room-{i % 2}", category=("opportunity", "challenge", "practice", "other")[i % 4],
                  heading=("", "Access to justice:", "Data:")[i % 3], attributions=("ECOWAS",) if i % 5 == 0 else (),
                  position=i) for i, t in enumerate(texts)]
    # runs of headings, each kept with what follows: reportlab groups each run whole
    prose = "\n\n".join(f"# Part {k}\n\n## Section {k}\n\n### Point {k}\n\nSome **text** {k}." for k in range(12))
    return report_data(workshop(rooms=3, participants=["Ana", "Bob " * 50], introduction=prose), notes)


def test_the_report_is_byte_for_byte_what_reportlab_alone_gives(tmp_path, monkeypatch):
    data = _mixed_workshop()
    fast = build_pdf(data, tmp_path / "fast.pdf", invariant=True, include_participants=True).read_bytes()
    monkeypatch.setattr(plain_paragraph, "plain_paragraph", lambda *args, **kwargs: None)
    slow = build_pdf(data, tmp_path / "slow.pdf", invariant=True, include_participants=True).read_bytes()
    assert fast == slow


def test_handing_reportlab_a_window_of_flowables_changes_nothing(tmp_path, monkeypatch):
    data = _mixed_workshop()
    whole = build_pdf(data, tmp_path / "whole.pdf", invariant=True).read_bytes()
    monkeypatch.setattr(pdf, "WINDOW", 4)  # many refills, runs of kept-together flowables across them
    windowed = build_pdf(data, tmp_path / "windowed.pdf", invariant=True).read_bytes()
    assert windowed == whole


def _story(styles):
    """Four spacers, then a run of three headings kept with the paragraph after them, then more text."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    kept = ParagraphStyle("kept", parent=styles["h3"], keepWithNext=1)
    return ([Spacer(1, 10) for _ in range(4)] + [Paragraph(f"Heading {k}", kept) for k in range(3)]
            + [Paragraph("The paragraph the headings go with.", styles["body"])]
            + [Paragraph(f"Then text {k}.", styles["body"]) for k in range(6)] + [Paragraph("THE END", styles["body"])])


def test_the_window_never_ends_inside_a_run_kept_with_the_next(styles, monkeypatch):
    import io

    monkeypatch.setattr(pdf, "WINDOW", 4)
    story = _story(styles)
    doc = pdf._Doc(io.BytesIO(), data=_mixed_workshop(), styles=styles, total=len(story), progress=None,
                   cancel=None)
    doc._queue, doc._window = list(story[3:]), story[:1]  # one flowable left: refill
    doc._top_up(doc._window)
    # four more, and on past the headings to the paragraph they are kept with
    assert doc._window == [story[0], *story[3:8]]
    assert doc._queue == story[8:]


def test_the_whole_story_is_built_when_a_kept_run_empties_the_window(styles, tmp_path, monkeypatch):
    from pypdf import PdfReader

    monkeypatch.setattr(pdf, "WINDOW", 4)
    story = _story(styles)
    path = tmp_path / "story.pdf"
    with path.open("wb") as fh:
        pdf._Doc(fh, data=_mixed_workshop(), styles=styles, total=len(story), progress=None, cancel=None).build(story)
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    assert "Heading 2" in text and "THE END" in text
