"""The theme's table flows each column on from page to page: full pages, headings with their first item,
one column much longer than the others, an item longer than a page, the column titles on every page."""

from __future__ import annotations

import random

import pytest
from report_support import note, squeeze, workshop

from cafe.report.data import report_data
from cafe.report.pdf import build_pdf

WORDS = ("migrants", "labour", "recruitment", "fees", "rights", "access", "justice", "services", "national",
         "plan", "ministry", "cooperation", "bilateral", "skills", "training", "inspectors", "consular")
HEADINGS = ("", "", "Capacity building:", "Access to justice:", "Regulatory frameworks:", "Data:")
TITLES = ("Opportunities", "Challenges", "Practices")


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choices(WORDS, k=rng.randint(low, high)))


def _page_lines(path):
    """Per page: (text, y) of every text run drawn, footer included."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(str(path)).pages:
        runs = []

        def visit(text, cm, tm, _font, _size, runs=runs):
            if text.strip():
                runs.append((text.strip(), tm[5] * cm[3] + cm[5]))
        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def _table_pages(path):
    """The indexes of the pages that show the theme's table (its column titles, before the annex), and
    each page's runs."""
    pages = _page_lines(path)
    annex = next(i for i, runs in enumerate(pages) if any(t.startswith("Annex: full notes") for t, _y in runs))
    table = [i for i, runs in enumerate(pages[:annex]) if {t for t, _y in runs} >= set(TITLES)]
    return table, pages


def _body(runs) -> str:
    """A page's text without its furniture (footer, running title, column titles), squeezed."""
    import re

    from report_support import TITLE

    text = squeeze(" ".join(t for t, _y in runs))
    text = re.sub(r"^Page\d+of\d+", "", text).replace(squeeze(TITLE), "", 1)
    return text.replace("".join(TITLES), "")


def _lowest_body_y(runs) -> float:
    from cafe.report.pdf import MARGIN

    return min(y for _t, y in runs if y > MARGIN - 1)  # the footer sits below the margin


@pytest.fixture(scope="module")
def long_column(tmp_path_factory):
    """A theme whose Practices run to 260 items under headings, with 6 opportunities and 4 challenges."""
    rng = random.Random(5)
    notes = []
    for i in range(6):
        notes.append(note(f"o{i}", f"Opportunity {i} {_words(rng, 4, 20)}", category="opportunity", position=i))
    for i in range(4):
        notes.append(note(f"c{i}", f"Challenge {i} {_words(rng, 4, 20)}", category="challenge", position=i))
    for i in range(260):
        notes.append(note(f"p{i}", f"Practice {i} {_words(rng, 3, 30)}", category="practice",
                          heading=rng.choice(HEADINGS), attributions=("Philippines",) if i % 7 == 0 else (),
                          position=i))
    data = report_data(workshop(rooms=1), notes)
    path = build_pdf(data, tmp_path_factory.mktemp("columns") / "r.pdf", invariant=True)
    return data, path


def test_every_item_prints_once_in_its_column_in_order(long_column):
    data, path = long_column
    table, pages = _table_pages(path)
    assert len(table) > 5
    text = "".join(_body(pages[i]) for i in table)
    for column in data.themes[0].columns:
        at = 0
        for group in column.groups:
            for item in group.items:
                found = text.find(squeeze(item.text), at)
                assert found != -1, item.text
                assert text.count(squeeze(item.text)) == 1, item.text
                at = found


def test_no_page_of_the_table_is_less_than_four_fifths_full_but_its_last(long_column):
    from cafe.report.pdf import MARGIN, PAGE_H

    _data, path = long_column
    table, pages = _table_pages(path)
    frame = PAGE_H - 2 * MARGIN
    for i in table[:-1]:
        filled = (PAGE_H - MARGIN - _lowest_body_y(pages[i])) / frame
        assert filled >= 0.8, (i, filled)


def test_the_short_columns_end_on_the_first_page_and_the_long_one_runs_on(long_column):
    data, path = long_column
    table, pages = _table_pages(path)
    first = " ".join(t for t, _y in pages[table[0]])
    practices = [item.text for group in data.themes[0].columns[2].groups for item in group.items]
    assert "Opportunity 5" in first and "Challenge 3" in first and practices[0][:12] in first
    later = " ".join(t for i in table[1:] for t, _y in pages[i])
    assert "Opportunity" not in later and "Challenge" not in later.replace("Challenges", "")
    assert practices[-1][:12] in later


def test_headings_land_on_the_page_of_their_first_item(long_column):
    data, path = long_column
    table, pages = _table_pages(path)
    texts = [squeeze(" ".join(t for t, _y in pages[i])) for i in table]
    practices = data.themes[0].columns[2]
    checked = 0
    for group in practices.groups:
        if not group.heading or not group.items:
            continue
        start = squeeze(group.items[0].text)[:12]  # the item's first words
        where_heading = [n for n, t in enumerate(texts) if squeeze(group.heading) in t]
        where_item = [n for n, t in enumerate(texts) if start in t]
        assert where_heading and where_item
        assert where_heading[0] == where_item[0], group.heading
        checked += 1
    assert checked >= 3


def test_a_heading_that_would_end_a_page_goes_on_with_its_first_item():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from cafe.report import fonts
    from cafe.report.columns import FlowingColumns

    fonts.register_fonts()
    body = ParagraphStyle("b", fontName=fonts.BODY, fontSize=9, leading=12)
    head = ParagraphStyle("h", parent=body, keepWithNext=1)
    column = [Paragraph(f"Item {i}", body) for i in range(5)] + [Paragraph("Heading:", head),
                                                                  Paragraph("Under the heading", body)]
    table = FlowingColumns([column, [Paragraph("Other", body)]], [Paragraph("A", body), Paragraph("B", body)])
    _w, full = table.wrap(300, 1e6)
    # room for the five items and the heading, not for the line under it
    first, rest = table.split(300, full - 12)
    assert [p.text for p in first.columns[0]] == [f"Item {i}" for i in range(5)]
    assert [p.text for p in rest.columns[0]] == ["Heading:", "Under the heading"]
    assert [p.text for p in first.columns[1]] == ["Other"] and rest.columns[1] == []
    # the header (column titles) is drawn on both parts
    assert len(first.header) == len(rest.header) == 2
    assert all(a is b for a, b in zip(first.header, rest.header))
    # with nothing to place, the table starts on the next page
    assert table.split(300, 20) == []


def test_an_item_longer_than_a_page_runs_on_between_its_lines(tmp_path):
    lines = "\n".join(f"No. {i}" for i in range(80))  # 960 points: more than a page, short enough to print
    notes = [note("n1", "Short opportunity", category="opportunity"),
             note("n2", lines, category="challenge"), note("n3", "After the long one", category="challenge"),
             note("n4", "A practice", category="practice")]
    path = build_pdf(report_data(workshop(rooms=1), notes), tmp_path / "r.pdf", invariant=True)
    table, pages = _table_pages(path)
    assert len(table) >= 2
    texts = [" ".join(t for t, _y in pages[i]) for i in table]
    assert "No. 0" in texts[0] and "No. 79" not in texts[0]
    assert "No. 79" in " ".join(texts[1:])
    import re

    joined = " ".join(texts)
    assert [int(n) for n in re.findall(r"No\. (\d+)", joined)] == list(range(80))  # all of it, in order
    assert joined.index("After the long one") > joined.index("No. 79")
    # the first page is filled down to the foot of the frame
    from cafe.report.pdf import MARGIN, PAGE_H

    assert (PAGE_H - MARGIN - _lowest_body_y(pages[table[0]])) / (PAGE_H - 2 * MARGIN) >= 0.8


def test_an_unsplittable_flowable_taller_than_a_page_fails_naming_the_section(tmp_path, monkeypatch):
    from reportlab.platypus import Spacer

    from cafe.report import pdf_story
    from cafe.report.output import ExportError

    original = pdf_story.Story._column

    def column(self, col):
        out = original(self, col)
        return out + [Spacer(10, 2_000)] if col.category == "practice" else out
    monkeypatch.setattr(pdf_story.Story, "_column", column)
    data = report_data(workshop(rooms=1), [note("n1", "Practice", category="practice")])
    with pytest.raises(ExportError, match="Thematic session 1: Theme 1"):
        build_pdf(data, tmp_path / "r.pdf")
    assert list(tmp_path.iterdir()) == []


def test_any_columns_split_at_any_heights_keep_every_line_in_order_and_fit():
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from reportlab.lib.styles import ParagraphStyle

    from cafe.report import fonts
    from cafe.report.columns import MIN_ROOM, FlowingColumns
    from cafe.report.rtl import paragraph

    fonts.register_fonts()
    body = ParagraphStyle("b", fontName=fonts.BODY, fontSize=9, leading=12, spaceAfter=3)
    head = ParagraphStyle("h", parent=body, fontName=fonts.BODY_BOLD, keepWithNext=1)
    entry = st.tuples(st.booleans(), st.integers(1, 60))  # (a heading?, lines)
    columns = st.lists(st.lists(entry, max_size=25), min_size=3, max_size=3)

    @settings(max_examples=60, deadline=None)
    @given(columns=columns, heights=st.lists(st.floats(30, 700), min_size=1, max_size=8).filter(
        lambda hs: any(h >= 100 for h in hs)))
    def check(columns, heights):
        texts = [[("H" if is_head else "I") + f"{c}.{i}" + "".join(f"\nline {k}" for k in range(1, lines))
                  for i, (is_head, lines) in enumerate(col)] for c, col in enumerate(columns)]
        flows = [[paragraph(t, head if t.startswith("H") else body) for t in col] for col in texts]
        table = FlowingColumns(flows, [paragraph(t, body) for t in ("A", "B", "C")])
        seen = ["", "", ""]
        rest, n = table, 0
        # every page the table is not passed over on takes at least a line (checked below), and every
        # round of heights has such a page: so it ends within one round per line
        lines = sum(count for col in columns for _head, count in col)
        while True:
            height = heights[n % len(heights)]
            n += 1
            assert n <= len(heights) * (lines + 1), "the table never ends"
            _w, h = rest.wrap(480, height)
            if h <= height:
                part = rest
                rest = None
            else:
                parts = rest.split(480, height)
                if not parts:  # only a page too short to start on is passed over
                    assert height - rest._header_height - 6 < MIN_ROOM
                    continue
                part, rest = parts
                assert part.wrap(480, height)[1] <= height + 1e-6
                assert any(part._measured), "a page that takes nothing"
            for c, col in enumerate(part._measured):
                seen[c] += "".join("".join(e.flowable.getPlainText().split()) for e in col)
                following = rest._measured[c] if rest is not None else []
                if col and any(not e.keep_with_next for e in following):  # an item goes on on the next page
                    # not ending on a heading, unless the page holds nothing but (a very long) heading
                    assert not col[-1].keep_with_next or all(e.keep_with_next for e in col)
            if rest is None:
                break
        for c, col in enumerate(texts):
            assert seen[c] == "".join("".join(col).split())  # every line once, in order
    check()


def test_a_long_heading_low_on_a_page_goes_on_with_its_item():
    """A table starting low on a page: a heading of several lines is not left alone at the page's foot."""
    from reportlab.lib.styles import ParagraphStyle

    from cafe.report import fonts
    from cafe.report.columns import FlowingColumns
    from cafe.report.rtl import paragraph

    fonts.register_fonts()
    body = ParagraphStyle("b", fontName=fonts.BODY, fontSize=9, leading=12, spaceAfter=3)
    head = ParagraphStyle("h", parent=body, fontName=fonts.BODY_BOLD, keepWithNext=1)
    for height in range(68, 110, 4):
        table = FlowingColumns([[paragraph(" ".join(["Heading"] * 40), head), paragraph(" ".join(["item"] * 200), body)],
                                [paragraph(" ".join(["long"] * 2000), body)], []],
                               [paragraph(t, body) for t in ("A", "B", "C")])
        table.wrap(480, height)
        parts = table.split(480, height)
        if parts:
            first = parts[0]._measured[0]
            assert not first or not all(e.keep_with_next for e in first), height
