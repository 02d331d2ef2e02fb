"""The plenary's slides on pages: never smaller than the minimum size, never past the footer, a crowded
theme spread over several pages, the selection starting from the headings and the key points."""

from __future__ import annotations

import pytest
from report_support import note, workshop

from cafe import workshop_file as wf
from cafe.report.data import report_data
from cafe.report.slide_pages import (
    BODY_SHARE,
    Labels,
    TypeScale,
    estimate_height,
    find_page,
    paginate,
    split_text,
)
from cafe.report.slides import Choice, Choices, column_items, heading_id, slides, summaries_of
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path

SCREENS = [(1920, 1080), (1366, 768), (1280, 720)]


@pytest.fixture(scope="module")
def sample():
    """The sample workshop's report content: its first theme has 19 items and 3 round summaries."""
    service = Service(open_database("sqlite://"))
    wf.load(service, sample_workshop_path())
    notes = service.notes()
    data = report_data(service.snapshot(), notes)
    service.db.dispose()
    return data, notes


def first_theme_pages(pages, deck):
    return [p for p in pages if p.slide_key == deck[0].key]


def assert_legible(pages, width, height):
    """Every block inside the page, above the footer line, at the minimum size or larger."""
    scale = TypeScale.for_screen(width, height)
    footer = scale.footer_top(estimate_height)
    for page in pages:
        assert page.blocks, page.key
        for block in page.blocks:
            px, _bold = scale.font(block.role)
            assert px >= height * BODY_SHARE - 1e-9, (page.key, block.role)
            assert block.x >= scale.margin_x - 1e-6 and block.x + block.width <= width - scale.margin_x + 1e-6
            assert block.y >= 0 and block.bottom <= footer, (page.key, block.role, block.text[:40])
            # each block was measured at the width it is drawn in
            assert block.height == pytest.approx(estimate_height(block.text, px, _bold, block.width))


def test_the_minimum_size_is_a_share_of_the_screen_height():
    assert TypeScale.for_screen(1920, 1080).body == pytest.approx(48)
    assert TypeScale.for_screen(1366, 768).body == pytest.approx(34.13, abs=0.01)
    scale = TypeScale.for_screen(1920, 1080)
    assert scale.font("title")[0] > scale.font("section")[0] > scale.font("item")[0] == scale.body
    assert min(scale.font(role)[0] for role in ("title", "subtitle", "section", "column", "heading", "item",
                                                "summary", "lesson_title", "lesson_text", "empty")) == scale.body


@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_a_theme_with_19_items_and_3_summaries_is_spread_over_pages_that_fit(sample, width, height):
    data, _notes = sample
    theme = data.themes[0]
    assert sum(c.item_count for c in theme.columns) == 19 and len(summaries_of(theme)) == 3
    deck = slides(data)  # every item, the crowded case
    pages = paginate(deck, width, height)
    assert_legible(pages, width, height)
    mine = first_theme_pages(pages, deck)
    # one summary per page, in round order, never three stacked
    summaries = [p for p in mine if "|summary" in p.key]
    assert [p.section for p in summaries] == ["Summary of round 1", "Summary of round 2", "Summary of round 3"]
    assert all(sum(b.role == "summary" for b in p.blocks) == 1 for p in summaries)
    # the 19 items need more than one page, and each is shown exactly once
    item_pages = [p for p in mine if "|column" in p.key or "|items" in p.key]
    assert len(item_pages) >= 2
    shown = [b.text for p in item_pages for b in p.blocks if b.role == "item"]
    assert sorted(shown) == sorted(i.text for c in theme.columns for g in c.groups for i in g.items)
    # the theme's title is on each of its pages; hosts and room on its first
    assert all(p.title.startswith(theme.title[:20]) for p in mine)
    assert [p for p in mine if any(b.role == "subtitle" for b in p.blocks)] == mine[:1]


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page_and_is_repeated_when_its_items_go_on(sample):
    data, _notes = sample
    deck = slides(data)
    pages = paginate(deck, 1366, 768)
    assert_legible(pages, 1366, 768)
    for page, after in zip(pages, pages[1:]):
        content = [b for b in page.blocks if b.role in ("heading", "item")]
        if content and content[-1].role == "heading" and page.slide_key == after.slide_key:
            first = next((b for b in after.blocks if b.role in ("heading", "item")), None)
            assert first is None or first.role == "heading", page.key
    # somewhere an item continues under a heading from the page before: the heading is there again
    continued = [p for p in pages if p.section.endswith("(continued)")]
    assert continued


def test_the_selection_starts_from_the_headings_and_the_key_points(sample):
    data, notes = sample
    theme = data.themes[0]
    column = theme.columns[0]
    items = [i for g in column.groups for i in g.items]
    key = {items[1].uuid, items[4].uuid}
    deck = slides(data, key_uuids=key)
    shown = deck[0].columns[0][1]
    headings = [g.heading for g in column.groups if g.heading]
    assert [i.heading for i in shown if i.is_heading] == headings
    assert [i.uuid for i in shown if not i.is_heading] == [items[1].uuid, items[4].uuid]
    assert all(i.key for i in shown if not i.is_heading)
    # nothing marked: the headings only, so the first pages are short
    bare = slides(data, key_uuids=frozenset())
    assert all(i.is_heading for _title, entries in bare[0].columns for i in entries)
    # the presenter ticks another item and unticks a key point and a heading
    choice = Choice(hidden=frozenset({items[1].uuid, heading_id(headings[0])}), shown=frozenset({items[0].uuid}))
    deck = slides(data, Choices().with_choice(theme.uuid, "opportunity", choice), key_uuids=key)
    ids = [i.uuid for i in deck[0].columns[0][1]]
    assert items[0].uuid in ids and items[4].uuid in ids and items[1].uuid not in ids
    assert heading_id(headings[0]) not in ids
    # a key point marked after the presenter chose is shown too (the choice stores differences only)
    later = slides(data, Choices().with_choice(theme.uuid, "opportunity", choice), key_uuids=key | {items[2].uuid})
    assert items[2].uuid in [i.uuid for i in later[0].columns[0][1]]


def test_a_few_chosen_items_fit_on_one_page_in_three_columns():
    notes = [note(f"n{i}", f"Item {i} about recruitment fees", category=c, position=i)
             for i, c in enumerate(["opportunity", "challenge", "practice"] * 2)]
    data = report_data(workshop(rooms=1), notes)
    deck = slides(data, key_uuids={n.uuid for n in notes})
    pages = paginate(deck, 1920, 1080)
    assert_legible(pages, 1920, 1080)
    (page,) = [p for p in pages if p.slide_key == "theme-0"]
    columns = [b for b in page.blocks if b.role == "column"]
    assert [b.text for b in columns] == ["Opportunities", "Challenges", "Practices"]
    assert len({b.y for b in columns}) == 1 and len({b.x for b in columns}) == 3


def test_an_item_taller_than_a_page_goes_on_over_the_next_without_shrinking():
    long_text = " ".join(f"word{i}" for i in range(130))  # long, but not shortened by the report
    data = report_data(workshop(rooms=1), [note("n1", long_text, category="challenge")])
    deck = slides(data)
    pages = paginate(deck, 1280, 720)
    assert_legible(pages, 1280, 720)
    pieces = [b for p in pages for b in p.blocks if b.role == "item"]
    assert len(pieces) >= 2 and pieces[0].bullet and not any(b.bullet for b in pieces[1:])
    assert " ".join(b.text for b in pieces).split() == long_text.split()


def test_a_long_summary_goes_on_over_several_pages():
    text = " ".join(f"Sentence {i} of what the hosts concluded." for i in range(120))
    data = report_data(workshop(rooms=1, summary=text + "\n\nA second paragraph."), [])
    deck = slides(data)
    pages = paginate(deck, 1366, 768)
    assert_legible(pages, 1366, 768)
    summary = [p for p in pages if "|summary0|" in p.key]
    assert len(summary) >= 3
    assert [p.section for p in summary] == ["Summary"] + ["Summary (continued)"] * (len(summary) - 1)
    words = " ".join(b.text for p in summary for b in p.blocks if b.role == "summary").split()
    assert words == (text + " A second paragraph.").split()


def test_a_theme_with_nothing_chosen_still_has_its_page_and_says_so():
    data = report_data(workshop(rooms=2), [note("n1", "Only room 1", category="practice")])
    deck = slides(data, key_uuids=frozenset())
    pages = paginate(deck, 1920, 1080, labels=Labels(nothing="Rien de choisi."))
    empty = [p for p in pages if p.slide_key == "theme-1"]
    assert len(empty) == 1 and empty[0].text().endswith("Rien de choisi.")


def test_a_long_title_is_shortened_rather_than_pushing_the_content_off():
    data = report_data(workshop(rooms=1), [note("n1", "An item", category="practice")])
    theme = data.themes[0]
    data = type(data)(**{**data.__dict__, "themes": (type(theme)(**{**theme.__dict__, "title": "Very long " * 40}),)})
    pages = paginate(slides(data), 1366, 768)
    assert_legible(pages, 1366, 768)
    assert pages[0].title.endswith("…")
    scale = TypeScale.for_screen(1366, 768)
    px, bold = scale.font("title")
    assert estimate_height(pages[0].title, px, bold, 1e9) * 2.05 >= next(b for b in pages[0].blocks
                                                                         if b.role == "title").height


def test_a_page_is_found_again_after_a_new_layout(sample):
    data, _notes = sample
    deck = slides(data)
    big, small = paginate(deck, 1920, 1080), paginate(deck, 1366, 768)
    page = next(p for p in big if p.key.endswith("|column1|0"))
    assert small[find_page(small, page.key)].key == page.key
    assert find_page(small, f"{deck[0].key}|column1|9") == max(
        i for i, p in enumerate(small) if p.key.startswith(f"{deck[0].key}|column1|"))
    assert small[find_page(small, "gone|column0|0", deck[1].key)].slide_key == deck[1].key
    assert find_page([], "x|y|0") == 0


def test_split_text_cuts_between_words():
    head, rest = split_text("one two three four", 10, False, 1e9, 13.5, estimate_height)
    assert (head, rest) == ("one two three four", "")
    head, rest = split_text("one two three four", 10, False, 60, 13.5, estimate_height)
    assert head and rest and f"{head} {rest}" == "one two three four"
    assert split_text("one", 10, False, 60, 1, estimate_height) == ("", "one")


def test_choices_keep_what_was_ticked_by_hand_and_read_older_settings():
    choice = Choice(order=("b", "a"), hidden=frozenset({"a"}), shown=frozenset({"c"}))
    choices = Choices().with_choice("t", "practice", choice)
    assert Choices.from_json(choices.to_json()).get("t", "practice") == choice
    older = Choices.from_json('{"t": {"practice": {"order": ["b", "a"], "hidden": ["a"]}}}')
    assert older.get("t", "practice") == Choice(("b", "a"), frozenset({"a"}))
    assert choices.without_theme("t").by_theme == {}
    assert Choices.from_json('{"t": {"practice": {"order": 3, "shown": "x"}}}').get("t", "practice") == Choice()


def test_column_items_put_each_heading_before_its_items(sample):
    data, _notes = sample
    column = data.themes[0].columns[2]
    entries = column_items(column)
    for n, entry in enumerate(entries):
        if not entry.is_heading and entry.heading:
            assert any(e.is_heading and e.heading == entry.heading for e in entries[:n])
