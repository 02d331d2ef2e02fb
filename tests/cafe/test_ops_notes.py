"""Notes, headings and round summaries through the service."""

from __future__ import annotations

import pytest

from cafe.service import ServiceError, StaleEdit


@pytest.fixture
def room(workshop):
    snap = workshop.snapshot()
    return workshop, snap.rooms[0].uuid, snap.rounds[0].uuid


def column(svc, room_uuid, round_uuid, category):
    return [(n.heading, n.text) for n in svc.notes(room_uuid, round_uuid) if n.category == category]


def test_add_parses_attributions_and_keeps_the_theme(room):
    svc, room_uuid, round_uuid = room
    note = svc.add_note(room_uuid, round_uuid, "practice", "Flexi visa system (Philippines and Bahrain)").row
    assert note.attributions == ("Philippines", "Bahrain")
    assert note.theme_uuid == svc.snapshot().theme_in_room(room_uuid).uuid
    assert note.position == 0


def test_add_is_idempotent_on_the_callers_uuid(room):
    svc, room_uuid, round_uuid = room
    uuid = "3f1c2b9e-0000-4000-8000-000000000001"
    svc.add_note(room_uuid, round_uuid, "challenge", "Costs of recruitment", uuid=uuid)
    again = svc.add_note(room_uuid, round_uuid, "challenge", "Costs of recruitment", uuid=uuid)
    assert again.kinds == frozenset()
    assert len(svc.notes(room_uuid, round_uuid)) == 1


def test_empty_items_are_refused(room):
    svc, room_uuid, round_uuid = room
    with pytest.raises(ServiceError, match="empty item"):
        svc.add_note(room_uuid, round_uuid, "other", "   ")
    with pytest.raises(ServiceError, match="Unknown column “ideas”"):
        svc.add_note(room_uuid, round_uuid, "ideas", "x")


def test_edit_text_updates_automatic_attributions_but_not_manual_ones(room):
    svc, room_uuid, round_uuid = room
    n = svc.add_note(room_uuid, round_uuid, "practice", "Training (Egypt)").row
    n = svc.update_note(n.uuid, n.version, text="Training (Egypt, Italy and Germany)").row
    assert n.attributions == ("Egypt", "Italy", "Germany")
    n = svc.update_note(n.uuid, n.version, attributions=["ILO"]).row
    n = svc.update_note(n.uuid, n.version, text="Training for recruiters (Egypt)").row
    assert n.attributions == ("ILO",)


def test_edit_undo_redo_and_stale_refusal(room):
    svc, room_uuid, round_uuid = room
    n = svc.add_note(room_uuid, round_uuid, "opportunity", "Skills partnerships").row
    changes = svc.update_note(n.uuid, n.version, text="Global skills partnerships")
    with pytest.raises(StaleEdit):
        svc.update_note(n.uuid, n.version, text="From another laptop")
    undone = svc.apply(changes.undo)
    assert svc.notes(room_uuid, round_uuid)[0].text == "Skills partnerships"
    svc.apply(undone.undo)
    assert svc.notes(room_uuid, round_uuid)[0].text == "Global skills partnerships"


def test_move_within_a_column_to_another_and_back(room):
    svc, room_uuid, round_uuid = room
    a = svc.add_note(room_uuid, round_uuid, "challenge", "A").row
    svc.add_note(room_uuid, round_uuid, "challenge", "B")
    svc.add_note(room_uuid, round_uuid, "challenge", "C")
    moved = svc.move_note(a.uuid, a.version, index=2)
    assert [t for _, t in column(svc, room_uuid, round_uuid, "challenge")] == ["B", "C", "A"]
    svc.apply(moved.undo)
    assert [t for _, t in column(svc, room_uuid, round_uuid, "challenge")] == ["A", "B", "C"]
    a = next(n for n in svc.notes(room_uuid, round_uuid) if n.text == "A")
    to_practice = svc.move_note(a.uuid, a.version, category="practice")
    assert [t for _, t in column(svc, room_uuid, round_uuid, "practice")] == ["A"]
    assert [t for _, t in column(svc, room_uuid, round_uuid, "challenge")] == ["B", "C"]
    svc.apply(to_practice.undo)
    assert [t for _, t in column(svc, room_uuid, round_uuid, "challenge")] == ["A", "B", "C"]


def test_insert_at_an_index(room):
    svc, room_uuid, round_uuid = room
    svc.add_note(room_uuid, round_uuid, "other", "first")
    svc.add_note(room_uuid, round_uuid, "other", "third")
    svc.add_note(room_uuid, round_uuid, "other", "second", index=1)
    assert [t for _, t in column(svc, room_uuid, round_uuid, "other")] == ["first", "second", "third"]


def test_delete_keeps_a_tombstone_and_undo_restores(room):
    svc, room_uuid, round_uuid = room
    n = svc.add_note(room_uuid, round_uuid, "other", "Keep me").row
    changes = svc.delete_note(n.uuid, n.version)
    assert svc.notes(room_uuid, round_uuid) == []
    assert [x.text for x in svc.notes(room_uuid, round_uuid, include_deleted=True)] == ["Keep me"]
    with pytest.raises(ServiceError, match="deleted meanwhile"):
        svc.update_note(n.uuid, None, text="edit after delete")
    svc.apply(changes.undo)
    assert [x.text for x in svc.notes(room_uuid, round_uuid)] == ["Keep me"]


def test_headings_rename_refuse_clash_and_reorder(room):
    svc, room_uuid, round_uuid = room
    svc.add_note(room_uuid, round_uuid, "challenge", "", heading="Access to justice:")
    svc.add_note(room_uuid, round_uuid, "challenge", "Language barriers", heading="Access to justice:")
    svc.add_note(room_uuid, round_uuid, "challenge", "Training", heading="Capacity building:")
    renamed = svc.rename_heading(room_uuid, round_uuid, "challenge", "Access to justice:", "Justice:")
    assert {h for h, _ in column(svc, room_uuid, round_uuid, "challenge")} == {"Justice:", "Capacity building:"}
    with pytest.raises(ServiceError, match="already a heading “Capacity building:”"):
        svc.rename_heading(room_uuid, round_uuid, "challenge", "Justice:", "Capacity building:")
    svc.apply(renamed.undo)
    moved = svc.move_heading(room_uuid, round_uuid, "challenge", "Capacity building:", 0)
    assert column(svc, room_uuid, round_uuid, "challenge") == [
        ("Capacity building:", "Training"), ("Access to justice:", ""), ("Access to justice:", "Language barriers")]
    svc.apply(moved.undo)
    assert column(svc, room_uuid, round_uuid, "challenge")[0] == ("Access to justice:", "")


def test_round_summary_is_created_updated_and_guarded(room):
    svc, room_uuid, round_uuid = room
    first = svc.set_round_summary(room_uuid, round_uuid, "Groups stressed access to justice.")
    assert first.row.version == 1 and first.row.draft
    second = svc.set_round_summary(room_uuid, round_uuid, "Final text.", 1, draft=False)
    with pytest.raises(StaleEdit) as info:
        svc.set_round_summary(room_uuid, round_uuid, "Older laptop's text", 1)
    assert info.value.current.text == "Final text."
    svc.apply(second.undo)
    summary = svc.snapshot().summaries[0]
    assert (summary.text, summary.draft) == ("Groups stressed access to justice.", True)


def test_a_first_summary_saved_against_version_0_never_replaces_one_written_meanwhile(room):
    svc, room_uuid, round_uuid = room
    created = svc.set_round_summary(room_uuid, round_uuid, "Written on this laptop first.", 0)
    assert created.row.version == 1
    with pytest.raises(StaleEdit) as info:  # another laptop also thought there was none yet
        svc.set_round_summary(room_uuid, round_uuid, "Written on the other laptop.", 0)
    assert info.value.current.text == "Written on this laptop first."
    assert info.value.current.version == 1
    assert svc.snapshot().summaries[0].text == "Written on this laptop first."


def test_snapshot_counts_notes_by_room_and_round(room):
    svc, room_uuid, round_uuid = room
    for i in range(3):
        svc.add_note(room_uuid, round_uuid, "other", f"n{i}")
    assert svc.snapshot().note_counts[(room_uuid, round_uuid)] == 3
