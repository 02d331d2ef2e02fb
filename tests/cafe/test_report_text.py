"""Fonts and markup, the report's content step, and the presentation's slides."""

from __future__ import annotations

import datetime as dt

from report_support import note, workshop

from cafe.report import fonts
from cafe.report.data import LONG_NOTE_CHARS, format_dates, report_data, with_attributions
from cafe.report.slides import Choice, Choices, arrange, column_items, slides


def test_register_fonts_is_idempotent_and_every_face_is_bundled():
    from reportlab.pdfbase import pdfmetrics

    fonts.register_fonts()
    fonts.register_fonts()
    for face in fonts.FACES:
        assert (fonts.FONT_DIR / face.regular).is_file()
        assert pdfmetrics.getFont(face.name).fontName == face.name
    licences = {p.name for p in fonts.FONT_DIR.glob("LICENSE-*")}
    assert {"LICENSE-Noto.txt", "LICENSE-DejaVu.txt", "LICENSE-DroidSansFallback.txt",
            "LICENSE-Symbola.txt"} <= licences


def test_markup_escapes_everything_and_picks_a_font_per_script():
    out = fonts.markup('<img src="/etc/passwd"/> & Türkiye 中文 😀 البحرين\nnext')
    assert "&lt;img src=\"/etc/passwd\"/&gt; &amp; Türkiye" in out
    assert '<font name="CafeCJK">中文 </font>' in out  # a space stays in the run it follows
    assert '<font name="CafeEmoji">😀 </font>' in out
    assert '<font name="CafeArabic">' in out
    assert "<br/>" in out and out.endswith("next")
    assert fonts.markup("a&b", bold=True) == "<b>a&amp;b</b>"


def test_control_and_unprintable_characters_become_visible():
    assert fonts.clean_text("a\x00b\x1bc\x7f\r\nd\te") == "a␀b␛c␡\nd e"
    assert fonts.clean_text("x\ud800y\uffff") == "x\ufffdy\ufffd"
    runs = list(fonts.font_runs("a\U000f0000b"))  # private use: no bundled glyph
    assert "".join(r for _f, r in runs) == "a\ufffdb"
    assert "".join(r for _f, r in fonts.font_runs("a\u200db")) == "ab"  # invisible joiner dropped


def test_direction_follows_the_majority_of_strong_letters():
    assert fonts.dominant_direction("Bahrain (البحرين)") == "ltr"
    assert fonts.dominant_direction("تعاون مع ILO في 2019") == "rtl"
    assert fonts.dominant_direction("123 456") == "ltr"


def test_right_to_left_lines_mirror_brackets_and_keep_numbers_left_to_right():
    visual = fonts.visual_line("اب (ابت) 2019", "rtl")
    assert visual.startswith("2019 (") and visual.endswith("ﺏﺍ")
    assert fonts.visual_line("plain text", "ltr") == "plain text"


def test_with_attributions_adds_parentheses_only_when_missing():
    assert with_attributions("Training", ["Egypt", "Italy", "Germany"]) == "Training (Egypt, Italy and Germany)"
    assert with_attributions("Flexi visa (Philippines and Bahrain)", ["Philippines", "Bahrain"]) == \
        "Flexi visa (Philippines and Bahrain)"
    assert with_attributions("Module (OHCHR working with Morocco)", ["OHCHR", "Morocco"]) == \
        "Module (OHCHR working with Morocco)"
    assert with_attributions("Plain", []) == "Plain"


def test_format_dates():
    assert format_dates(dt.date(2019, 3, 21), dt.date(2019, 3, 22)) == "21–22 March 2019"
    assert format_dates(dt.date(2019, 3, 30), dt.date(2019, 4, 2)) == "30 March – 2 April 2019"
    assert format_dates(dt.date(2019, 3, 21), None) == "21 March 2019"
    assert format_dates(None, None) == ""


def test_report_data_groups_headings_across_rounds_and_drops_deleted_notes():
    notes = [
        note("a", "First", heading="Capacity building:", rnd="round-0", position=0),
        note("b", "Loose item", rnd="round-0", position=1),
        note("c", "Second", heading="capacity  building", rnd="round-1", position=0),
        note("d", "", heading="Empty heading", rnd="round-1", position=1),
        note("e", "Deleted", heading="Capacity building:", deleted=True),
        note("f", "x " * LONG_NOTE_CHARS, category="challenge"),
    ]
    data = report_data(workshop(rounds=2), notes)
    practices = data.themes[0].columns[2]
    assert [(g.heading, [i.text for i in g.items]) for g in practices.groups] == [
        ("", ["Loose item"]), ("Capacity building:", ["First", "Second"]), ("Empty heading", [])]
    long_item = data.themes[0].columns[1].groups[0].items[0]
    assert long_item.shortened and long_item.text.endswith("(continued in the annex: Room 1, round 1)")
    assert len(long_item.full_text) > LONG_NOTE_CHARS
    assert [b.title for b in data.annex] == ["Room 1 — Round 1 (12:00–13:00)", "Room 1 — Round 2 (13:00–14:00)"]
    assert data.annex[0].groups == ("Group A",) and data.annex[1].groups == ("Group B",)


def test_round_summaries_stand_in_for_an_empty_theme_summary():
    snap = workshop(rooms=1)
    from report_support import snap as make

    summary = make("round_summary", uuid="s1", room_uuid="room-0", round_uuid="round-0", text="They agreed.",
                   draft=False, updated_at=None)
    snap = type(snap)(**{**snap.__dict__, "summaries": (summary,)})
    theme = report_data(snap, []).themes[0]
    assert theme.summary == ("Round 1: They agreed.",) and theme.summary_from_rounds
    own = report_data(workshop(rooms=1, summary="Ours.\n\nSecond paragraph."), []).themes[0]
    assert own.summary == ("Ours.", "Second paragraph.") and not own.summary_from_rounds


def test_lessons_point_at_their_live_items():
    notes = [note("a", "Training judges", category="challenge"), note("b", "Gone", deleted=True)]
    data = report_data(workshop(lessons=[("Capacity", "Everywhere.", ["a", "b"])]), notes)
    (lesson,) = data.lessons
    assert lesson.title == "Capacity" and [s.text for s in lesson.sources] == ["Training judges"]
    assert lesson.sources[0].where == "Room 1, round 1"


def test_slides_follow_the_presenters_choice():
    notes = [note("a", "A", category="opportunity", position=0), note("b", "B", category="opportunity", position=1),
             note("c", "C", category="opportunity", position=2)]
    data = report_data(workshop(rooms=1, lessons=[("L", "text", [])]), notes)
    column = data.themes[0].columns[0]
    assert [i.text for i in column_items(column)] == ["A", "B", "C"]
    choice = Choice(order=("c", "a"), hidden=frozenset({"a"}))
    assert [i.uuid for i in arrange(column_items(column), choice)] == ["c", "b"]
    assert [i.uuid for i in arrange(column_items(column), choice, include_hidden=True)] == ["c", "a", "b"]
    choices = Choices().with_choice("theme-0", "opportunity", choice)
    again = Choices.from_json(choices.to_json())
    assert again.get("theme-0", "opportunity") == choice
    deck = slides(data, again)
    assert [s.key for s in deck] == ["theme-0", "lessons"]
    assert [i.text for i in deck[0].columns[0][1]] == ["C", "B"]
    assert deck[0].subtitle == "Hosted by Ingrid Solberg (ILO) · Room 1"
    assert Choices.from_json("not json").by_theme == {} and Choices.from_json("[1]").by_theme == {}
