"""Contributions from phones: posted in a room, queued, accepted as notes or dismissed, with undo."""

from __future__ import annotations

import pytest

from cafe.service import Service
from cafe.service_base import ServiceError, StaleEdit
from cafe.storage.db import open_database
from cafe.venue.ops import posting_state, waiting_in


def _rooms(service):
    snap = service.snapshot()
    return snap.rooms[0].uuid, snap.rooms[1].uuid, snap.rounds[0].uuid


def test_a_posted_practice_waits_in_its_rooms_queue_only(workshop):
    room, other, _round = _rooms(workshop)
    workshop.post_contribution(room, "practice", "  Bilateral   labour agreements\nwith fee caps ",
                               "Philippines, Kenya", "Amina", device="d1")
    snap = workshop.snapshot()
    waiting = waiting_in(snap, room)
    assert [(c.category, c.text, c.countries, c.name) for c in waiting] == [
        ("practice", "Bilateral labour agreements with fee caps", ("Philippines", "Kenya"), "Amina")]
    assert waiting_in(snap, other) == []
    assert waiting[0].round_uuid is None  # no round was running


def test_a_contribution_during_a_round_belongs_to_that_round(workshop):
    room, _other, round_uuid = _rooms(workshop)
    workshop.start_round(round_uuid, room_uuids=[room])
    workshop.post_contribution(room, "challenge", "Visa delays", device="d1")
    assert waiting_in(workshop.snapshot(), room)[0].round_uuid == round_uuid


def test_accepting_makes_a_note_with_the_countries_and_undo_and_redo_keep_one_note(workshop):
    room, _other, round_uuid = _rooms(workshop)
    posted = workshop.post_contribution(room, "practice", "Fee caps", "Philippines; Kenya", device="d1")
    uuid = next(iter(posted.uuids))
    accepted = workshop.accept_contribution(uuid, round_uuid, heading="Recruitment:", text="Fee caps by law")
    notes = workshop.notes(room, round_uuid)
    assert [(n.category.value, n.heading, n.text, n.attributions) for n in notes] == [
        ("practice", "Recruitment:", "Fee caps by law", ("Philippines", "Kenya"))]
    assert waiting_in(workshop.snapshot(), room) == []
    assert accepted.row.uuid == notes[0].uuid
    undone = workshop.apply(accepted.undo)
    assert workshop.notes(room, round_uuid) == []
    assert [c.uuid for c in waiting_in(workshop.snapshot(), room)] == [uuid]
    workshop.apply(undone.undo)  # redo: the same note comes back, once
    again = workshop.notes(room, round_uuid)
    assert [n.uuid for n in again] == [notes[0].uuid]
    assert again[0].text == "Fee caps by law" and again[0].heading == "Recruitment:"
    assert waiting_in(workshop.snapshot(), room) == []


def test_accepting_into_another_column_under_an_existing_heading(workshop):
    room, _other, round_uuid = _rooms(workshop)
    workshop.add_note(room, round_uuid, "challenge", "", heading="Data:")
    workshop.add_note(room, round_uuid, "challenge", "No statistics", heading="Data:")
    workshop.add_note(room, round_uuid, "challenge", "Corruption")
    uuid = next(iter(workshop.post_contribution(room, "practice", "Shared registry", device="d").uuids))
    workshop.accept_contribution(uuid, round_uuid, category="challenge", heading="Data:")
    column = [(n.heading, n.text) for n in workshop.notes(room, round_uuid) if n.category.value == "challenge"]
    assert column == [("Data:", ""), ("Data:", "No statistics"), ("Data:", "Shared registry"), ("", "Corruption")]


def test_dismissing_and_its_undo(workshop):
    room, _other, round_uuid = _rooms(workshop)
    uuid = next(iter(workshop.post_contribution(room, "opportunity", "Spam spam", device="d").uuids))
    dismissed = workshop.dismiss_contribution(uuid)
    assert waiting_in(workshop.snapshot(), room) == []
    assert workshop.notes(room) == []
    workshop.apply(dismissed.undo)
    assert [c.uuid for c in waiting_in(workshop.snapshot(), room)] == [uuid]
    with pytest.raises(StaleEdit):
        workshop.return_contribution(uuid)


def test_the_second_decision_is_refused_and_changes_nothing(tmp_path):
    path = tmp_path / "w.sqlite"
    one = Service(open_database(path))
    one.create_workshop("Two laptops")
    room = one.add_room("Room XI").row.uuid
    two = Service(open_database(path))
    uuid = next(iter(one.post_contribution(room, "practice", "Mobile courts", device="d").uuids))
    one.accept_contribution(uuid)
    with pytest.raises(StaleEdit, match="already accepted"):
        two.accept_contribution(uuid)
    with pytest.raises(StaleEdit, match="already accepted"):
        two.dismiss_contribution(uuid)
    assert len(two.notes(room)) == 1
    one.db.dispose()
    two.db.dispose()


def test_a_retried_acceptance_gives_the_same_note(workshop):
    room, _other, _round = _rooms(workshop)
    uuid = next(iter(workshop.post_contribution(room, "practice", "Ombudsman", device="d").uuids))
    first = workshop.accept_contribution(uuid, note_uuid="n-1")
    again = workshop.accept_contribution(uuid, note_uuid="n-1")
    assert [n.uuid for n in workshop.notes(room)] == ["n-1"]
    assert again.undo == first.undo


@pytest.mark.parametrize(("category", "text", "countries", "name", "message"), [
    ("idea", "Text", "", "", "opportunity, a challenge or a practice"),
    ("practice", "   ", "", "", "text is empty"),
    ("practice", "x" * 1001, "", "", "at most 1000 characters"),
    ("practice", "ok", "c" * 201, "", "Countries"),
    ("practice", "ok", "", "n" * 101, "Name"),
])
def test_bad_posts_are_refused_naming_the_field_and_nothing_is_queued(workshop, category, text, countries, name,
                                                                       message):
    room, _other, _round = _rooms(workshop)
    with pytest.raises(ServiceError, match=message):
        workshop.post_contribution(room, category, text, countries, name, device="d")
    assert waiting_in(workshop.snapshot(), room) == []


def test_markup_and_script_are_kept_as_typed(workshop):
    room, _other, _round = _rooms(workshop)
    text = "<script>alert(1)</script> **bold** & co"
    uuid = next(iter(workshop.post_contribution(room, "practice", text, "<b>X</b>", device="d").uuids))
    workshop.accept_contribution(uuid)
    note = workshop.notes(room)[0]
    assert note.text == text and note.attributions == ("<b>X</b>",)


def test_closed_rooms_and_renewed_links_refuse_posts(workshop):
    room, other, _round = _rooms(workshop)
    assert posting_state(workshop.snapshot(), room).open is True
    workshop.set_posting([room], open=False)
    with pytest.raises(ServiceError, match="closed"):
        workshop.post_contribution(room, "practice", "Late", device="d")
    workshop.post_contribution(other, "practice", "Fine", device="d", generation=0)
    workshop.set_posting([other], renew=True)
    assert posting_state(workshop.snapshot(), other).generation == 1
    with pytest.raises(ServiceError, match="renewed"):
        workshop.post_contribution(other, "practice", "Old link", device="d", generation=0)
    workshop.post_contribution(other, "practice", "New link", device="d", generation=1)
    workshop.set_posting([room], open=True)
    workshop.post_contribution(room, "practice", "Open again", device="d")
    assert [c.text for c in workshop.snapshot().contributions] == ["Fine", "New link", "Open again"]
