"""Moving items the way the note-taker sees them: heading blocks stay whole."""

from __future__ import annotations

import pytest

from cafe.service import ServiceError


@pytest.fixture
def room(workshop):
    snap = workshop.snapshot()
    return workshop, snap.rooms[0].uuid, snap.rounds[0].uuid


def column(svc, room_uuid, round_uuid, category="challenge"):
    return [(n.heading, n.text) for n in svc.notes(room_uuid, round_uuid) if n.category == category]


def note(svc, room_uuid, round_uuid, text):
    return next(n for n in svc.notes(room_uuid, round_uuid) if n.text == text)


def test_new_items_go_to_the_end_of_their_headings_block(room):
    svc, r, rnd = room
    svc.add_note(r, rnd, "challenge", "", heading="Access to justice:")
    svc.add_note(r, rnd, "challenge", "", heading="Capacity building:")
    svc.add_note(r, rnd, "challenge", "Language barriers", heading="Access to justice:")
    svc.add_note(r, rnd, "challenge", "Training", heading="Capacity building:")
    svc.add_note(r, rnd, "challenge", "Loose item")
    svc.add_note(r, rnd, "challenge", "Costs", heading="Access to justice:")
    assert column(svc, r, rnd) == [
        ("Access to justice:", ""), ("Access to justice:", "Language barriers"), ("Access to justice:", "Costs"),
        ("Capacity building:", ""), ("Capacity building:", "Training"), ("", "Loose item")]


def test_a_step_swaps_inside_a_block_and_crosses_into_the_next_block(room):
    svc, r, rnd = room
    svc.add_note(r, rnd, "challenge", "a")
    svc.add_note(r, rnd, "challenge", "", heading="H:")
    svc.add_note(r, rnd, "challenge", "b", heading="H:")
    svc.add_note(r, rnd, "challenge", "c", heading="H:")
    b = note(svc, r, rnd, "b")

    down = svc.move_note_step(b.uuid, b.version, 1)
    assert column(svc, r, rnd) == [("", "a"), ("H:", ""), ("H:", "c"), ("H:", "b")]
    svc.apply(down.undo)
    assert column(svc, r, rnd) == [("", "a"), ("H:", ""), ("H:", "b"), ("H:", "c")]

    b = note(svc, r, rnd, "b")
    up = svc.move_note_step(b.uuid, b.version, -1)  # from the top of H to the end of the block above
    assert column(svc, r, rnd) == [("", "a"), ("", "b"), ("H:", ""), ("H:", "c")]
    assert up.row.heading == ""
    a = note(svc, r, rnd, "a")
    svc.move_note_step(a.uuid, a.version, 1)
    a = note(svc, r, rnd, "a")
    svc.move_note_step(a.uuid, a.version, 1)  # from the bottom of "" into H, under its heading
    assert column(svc, r, rnd) == [("", "b"), ("H:", ""), ("H:", "a"), ("H:", "c")]
    svc.apply(up.undo)  # back under H, at the place it had in the column
    assert column(svc, r, rnd) == [("H:", ""), ("H:", "a"), ("H:", "b"), ("H:", "c")]


def test_a_step_at_the_top_changes_nothing_and_has_no_undo(room):
    svc, r, rnd = room
    first = svc.add_note(r, rnd, "other", "first").row
    changes = svc.move_note_step(first.uuid, first.version, -1)
    assert changes.undo is None and changes.kinds == frozenset()
    assert svc.get("note", first.uuid).version == first.version
    heading = svc.add_note(r, rnd, "other", "", heading="H").row
    with pytest.raises(ServiceError, match="heading"):
        svc.move_note_step(heading.uuid, heading.version, 1)
    with pytest.raises(ServiceError, match="one place"):
        svc.move_note_step(first.uuid, first.version, 3)


def test_moving_to_another_column_joins_the_same_heading_there(room):
    svc, r, rnd = room
    svc.add_note(r, rnd, "practice", "Legal aid", heading="Access:")
    svc.add_note(r, rnd, "practice", "Other practice")
    item = svc.add_note(r, rnd, "challenge", "Mobile courts", heading="Access:").row
    changes = svc.move_note(item.uuid, item.version, category="practice")
    assert column(svc, r, rnd, "practice") == [("Access:", "Legal aid"), ("Access:", "Mobile courts"),
                                               ("", "Other practice")]
    svc.apply(changes.undo)
    assert column(svc, r, rnd, "challenge") == [("Access:", "Mobile courts")]


def test_moving_a_heading_reports_and_versions_only_the_notes_that_moved(room):
    svc, r, rnd = room
    svc.add_note(r, rnd, "challenge", "x", heading="A")
    svc.add_note(r, rnd, "challenge", "y", heading="B")
    svc.add_note(r, rnd, "challenge", "z", heading="C")
    versions = svc.note_versions(n.uuid for n in svc.notes(r, rnd))
    changes = svc.move_heading(r, rnd, "challenge", "C", 1)
    assert column(svc, r, rnd) == [("A", "x"), ("C", "z"), ("B", "y")]
    moved = {n.uuid for n in svc.notes(r, rnd) if n.text in ("y", "z")}
    assert changes.uuids == moved
    after = svc.note_versions(versions)
    assert {u for u in versions if after[u] != versions[u]} == moved
    assert svc.move_heading(r, rnd, "challenge", "A", 0).undo is None


def test_notes_outside_any_round_keep_their_blocks_too(room):
    svc, r, _rnd = room
    svc.add_note(r, None, "other", "x")
    svc.add_note(r, None, "other", "y", heading="H")
    svc.add_note(r, None, "other", "z")
    assert column(svc, r, None, "other") == [("", "x"), ("", "z"), ("H", "y")]
    with pytest.raises(ServiceError, match="does not exist"):
        svc.add_note("no-such-room", None, "other", "lost")


def test_room_notes_reads_what_notes_reads_without_the_deleted(room):
    svc, r, rnd = room
    svc.add_note(r, rnd, "practice", "Flexi visa system (Philippines and Bahrain)", heading="Visas:")
    gone = svc.add_note(r, rnd, "challenge", "to delete").row
    svc.delete_note(gone.uuid, gone.version)
    svc.add_note(r, None, "other", "outside any round")
    other_room = svc.snapshot().rooms[1].uuid
    svc.add_note(other_room, rnd, "other", "elsewhere")
    assert svc.room_notes(r, rnd) == svc.notes(r, rnd) and len(svc.room_notes(r, rnd)) == 1
    assert svc.room_notes(r) == svc.notes(r) and len(svc.room_notes(r)) == 2
    assert svc.room_notes(r, rnd)[0].attributions == ("Philippines", "Bahrain")


def test_category_counts_agree_with_the_notes_themselves(room):
    from collections import Counter

    svc, r, rnd = room
    for i in range(3):
        svc.add_note(r, rnd, "practice", f"p{i}")
    gone = svc.add_note(r, rnd, "challenge", "deleted").row
    svc.delete_note(gone.uuid, gone.version)
    svc.add_note(r, None, "challenge", "kept")
    by_notes = Counter((n.room_uuid, n.theme_uuid, n.category.value) for n in svc.notes())
    by_database = {(room_uuid, theme, category): n for room_uuid, theme, category, n in svc.note_category_counts()}
    theme = svc.notes(r)[0].theme_uuid
    assert by_database == dict(by_notes) and by_database[(r, theme, "practice")] == 3
    assert by_database[(r, theme, "challenge")] == 1  # the deleted one is not counted
