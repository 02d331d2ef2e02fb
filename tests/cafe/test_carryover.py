"""The host's brief: earlier groups' items, who raised them, what is new, who was cited."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe.notes.brief import BRIEF_WORDS, build_brief, count_citations, outline, write_pdf


@pytest.fixture
def cafe(workshop):
    """Three rounds, three groups rotating; returns (service, room uuid, [round uuids], group-in-room names)."""
    svc = workshop
    day = svc.snapshot().days[0]
    svc.add_agenda_item(day.uuid, "round", dt.time(16, 15), dt.time(17, 15), "Round 3")
    svc.set_group_count(3)
    svc.build_rotation()
    snap = svc.snapshot()
    room = snap.rooms[0].uuid
    rounds = [r.uuid for r in snap.rounds]
    names = {g.uuid: g.name for g in snap.groups}
    groups = [names[next(a.group_uuid for a in snap.assignments if a.round_uuid == r and a.room_uuid == room)]
              for r in rounds]
    return svc, room, rounds, groups


def brief_of(svc, room, rnd):
    return build_brief(svc.snapshot(), svc.notes(room), room, rnd)


def test_items_carry_the_group_that_raised_them_and_the_last_groups_are_new(cafe):
    svc, room, rounds, groups = cafe
    svc.add_note(room, rounds[0], "challenge", "Costs of recruitment")
    svc.add_note(room, rounds[1], "challenge", "Visa delays")
    svc.add_note(room, rounds[1], "opportunity", "Skills partnerships")
    svc.add_note(room, rounds[2], "challenge", "Raised while this round runs")

    brief = brief_of(svc, room, rounds[2])

    assert brief.round_number == 3 and brief.group == groups[2]
    assert brief.earlier == ((1, groups[0]), (2, groups[1]))
    assert brief.last_group == groups[1]
    challenges = next(c for c in brief.categories if c.category == "challenge")
    items = [(i.text, i.group, i.new) for h in challenges.headings for i in h.items]
    assert items == [("Costs of recruitment", groups[0], False), ("Visa delays", groups[1], True)]
    assert (brief.item_count, brief.new_count) == (3, 2)
    # the first group of a round has nothing before it
    assert brief_of(svc, room, rounds[0]).is_empty
    # round 2's brief: round 1's items are the new ones
    second = brief_of(svc, room, rounds[1])
    assert [i.new for c in second.categories for h in c.headings for i in h.items] == [True]


def test_headings_merge_across_rounds_in_order_of_first_appearance(cafe):
    svc, room, rounds, _ = cafe
    svc.add_note(room, rounds[0], "practice", "", heading="Capacity building:")
    svc.add_note(room, rounds[0], "practice", "Training of labour inspectors (ILO)", heading="Capacity building:")
    svc.add_note(room, rounds[0], "practice", "Legal aid clinics", heading="Access to justice:")
    svc.add_note(room, rounds[0], "practice", "", heading="Empty heading")
    svc.add_note(room, rounds[1], "practice", "Mobile courts", heading="access to justice")
    svc.add_note(room, rounds[1], "practice", "Peer exchanges", heading="Capacity building")

    practice = next(c for c in brief_of(svc, room, rounds[2]).categories if c.category == "practice")

    assert [h.heading for h in practice.headings] == ["Capacity building:", "Access to justice:"]
    assert [[i.text for i in h.items] for h in practice.headings] == [
        ["Training of labour inspectors (ILO)", "Peer exchanges"], ["Legal aid clinics", "Mobile courts"]]
    assert [h.new_count for h in practice.headings] == [1, 1]


def test_citations_count_notes_and_normalise_country_names(cafe):
    svc, room, rounds, _ = cafe
    svc.add_note(room, rounds[0], "practice", "Flexi visa system (Philippines and Bahrain)")
    svc.add_note(room, rounds[0], "practice", "Bilateral agreements (philippines, Ivory Coast, ILO)")
    svc.add_note(room, rounds[1], "practice", "Fair recruitment pilots", attributions=["ILO", "Côte d'Ivoire", "ilo"])
    svc.add_note(room, rounds[1], "practice", "Joint programme (IOM working with Germany)")

    brief = brief_of(svc, room, rounds[2])

    assert [(c.name, c.count) for c in brief.countries] == [
        ("Côte d'Ivoire", 2), ("Philippines", 2), ("Bahrain", 1)]
    assert [(c.name, c.count) for c in brief.organisations] == [("ILO", 2), ("IOM working with Germany", 1)]


def test_count_citations_orders_by_count_then_name():
    countries, organisations = count_citations([["Egypt", "ECOWAS"], ["Italy", "Egypt"], ["", " "], ["ECOWAS"]])
    assert [(c.name, c.count) for c in countries] == [("Egypt", 2), ("Italy", 1)]
    assert [(c.name, c.count) for c in organisations] == [("ECOWAS", 2)]


def test_summaries_and_synthesis_come_first_and_only_from_earlier_rounds(cafe):
    svc, room, rounds, groups = cafe
    svc.set_round_summary(room, rounds[0], "Group one stressed access to justice.", draft=False)
    svc.set_round_summary(room, rounds[1], "Group two: recruitment fees.")
    svc.set_round_summary(room, rounds[2], "Not yet: this round is running.")
    theme = svc.snapshot().theme_in_room(room)
    svc.update_theme(theme.uuid, theme.version, summary="Rights first, then pathways.")
    svc.add_note(room, rounds[0], "challenge", "Costs")

    brief = brief_of(svc, room, rounds[2])
    lines = outline(brief)

    assert [(s.round_number, s.group, s.draft) for s in brief.summaries] == [(1, groups[0], False), (2, groups[1],
                                                                                                     True)]
    assert [line.kind for line in lines[:6]] == ["title", "questions", "question", "question", "summary", "summary"]
    lines = [line for line in lines if line.kind not in ("questions", "question")]
    assert [line.kind for line in lines[:4]] == ["title", "summary", "summary", "synthesis"]
    assert lines[1].text == "Group one stressed access to justice."
    assert lines[2].detail == f"Round 2 · {groups[1]} · draft"
    assert lines[3].text == "Rights first, then pathways."
    assert "round 1" in lines[0].detail and f"new since {groups[1]}" in lines[0].detail
    assert all("Not yet" not in line.text for line in lines)


def test_the_short_brief_fits_two_minutes_new_items_first_and_counts_the_rest(cafe):
    svc, room, rounds, _ = cafe
    for n in range(60):
        svc.add_note(room, rounds[0], "challenge", f"Old challenge number {n} about fees and visas", heading="Fees:")
    for n in range(10):
        svc.add_note(room, rounds[1], "challenge", f"New challenge {n} raised by the last group", heading="Fees:")
    brief = brief_of(svc, room, rounds[2])

    short = outline(brief)
    full = outline(brief, full=True)

    words = sum(len(line.text.split()) for line in short)
    assert words <= BRIEF_WORDS + 20
    shown = [line for line in short if line.kind == "item"]
    assert len([x for x in shown if x.new]) == 10 and 10 < len(shown) < 70  # every new one, then some old
    more = [line for line in short if line.kind == "more"]
    assert more and more[0].text == f"… {70 - len(shown)} more"
    heading = next(line for line in short if line.kind == "heading")
    assert (heading.text, heading.detail) == ("Fees:", "70 items, 10 new")
    assert len([line for line in full if line.kind == "item"]) == 70
    assert not [line for line in full if line.kind == "more"]
    # the full brief keeps column order: the first group's items, then the second's
    items = [line.text for line in full if line.kind == "item"]
    assert items[0].startswith("Old challenge number 0") and items[-1].startswith("New challenge 9")


def test_items_show_attributions_set_by_hand_once(cafe):
    svc, room, rounds, _ = cafe
    svc.add_note(room, rounds[0], "practice", "Training", attributions=["Egypt", "Italy"])
    svc.add_note(room, rounds[0], "practice", "Flexi visa system (Philippines and Bahrain)")
    items = [line.text for line in outline(brief_of(svc, room, rounds[1]), full=True) if line.kind == "item"]
    assert items == ["Training (Egypt and Italy)", "Flexi visa system (Philippines and Bahrain)"]


def test_the_pdf_escapes_user_text_and_is_written_whole(cafe, tmp_path):
    svc, room, rounds, _ = cafe
    svc.add_note(room, rounds[0], "challenge", "Fees <b>& bonds</b> <img src='/etc/passwd'/>")
    target = tmp_path / "brief.pdf"
    write_pdf(outline(brief_of(svc, room, rounds[1]), full=True), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]
