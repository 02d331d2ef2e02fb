"""Suggestions for cross-cutting lessons: what came up in several rooms."""

from __future__ import annotations

from report_support import note, workshop

from cafe.plenary.harvest import cross_cutting, similarity, words


def test_the_same_heading_in_several_rooms_is_suggested():
    notes = [note("a", "Training", heading="Capacity building:", room="room-0"),
             note("b", "Budget", heading="capacity building", room="room-1"),
             note("c", "Only here", heading="Data", room="room-0")]
    found = cross_cutting(notes, workshop())
    heading = [s for s in found if s.kind == "heading"]
    assert [(s.title, s.note_uuids, s.rooms) for s in heading] == [
        ("Capacity building", ("a", "b"), ("Room 1", "Room 2"))]


def test_similar_wording_across_rooms_is_grouped():
    notes = [note("a", "Labour inspectors need training on recruitment fees.", room="room-0"),
             note("b", "Training of labour inspectors on recruitment fees", room="room-1"),
             note("c", "Consular protection for nationals abroad", room="room-1"),
             note("d", "Deleted labour inspectors training recruitment fees", room="room-0", deleted=True)]
    found = [s for s in cross_cutting(notes, workshop()) if s.kind == "wording"]
    assert len(found) == 1 and set(found[0].note_uuids) == {"a", "b"}
    assert similarity(words("Côte d'Ivoire training"), words("cote d'ivoire TRAINING")) == 1.0


def test_the_same_country_under_two_spellings_counts_once():
    notes = [note("a", "Fair recruitment", attributions=("Türkiye",), room="room-0"),
             note("b", "Skills partnership", attributions=("Turkey",), room="room-1"),
             note("c", "Only one room", attributions=("Egypt",), room="room-0")]
    actors = [s for s in cross_cutting(notes, workshop()) if s.kind == "actor"]
    assert [(s.title, s.note_uuids) for s in actors] == [("Türkiye", ("a", "b"))]
    assert "2 items in 2 rooms" in actors[0].label


def test_stronger_suggestions_come_first():
    notes = [note("a", "x", heading="H1", room="room-0"), note("b", "y", heading="H1", room="room-1"),
             note("c", "z", heading="H1", room="room-2"), note("d", "p", heading="H2", room="room-0"),
             note("e", "q", heading="H2", room="room-1")]
    found = cross_cutting(notes, workshop(rooms=3))
    assert [s.title for s in found][:2] == ["H1", "H2"]
