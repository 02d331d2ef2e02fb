"""Cross-cutting lessons through the service: add, edit, delete, reorder, each undoable."""

from __future__ import annotations

import pytest

from cafe.service import ServiceError, StaleEdit


def titles(svc):
    return [x.title for x in svc.snapshot().lessons]


@pytest.fixture
def notes(workshop):
    snap = workshop.snapshot()
    room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    return [workshop.add_note(room, rnd, "challenge", f"Item {i}").row.uuid for i in range(3)]


def test_add_points_at_notes_and_undo_removes_it(workshop, notes):
    changes = workshop.add_lesson("Data gaps", "Every room lacked data.", notes[:2])
    lesson = changes.row
    assert lesson.note_uuids == tuple(notes[:2])
    assert titles(workshop) == ["Data gaps"]
    redo = workshop.apply(changes.undo)
    assert titles(workshop) == []
    workshop.apply(redo.undo)
    assert workshop.snapshot().lessons[0].note_uuids == tuple(notes[:2])


def test_add_at_an_index_and_move_with_undo(workshop):
    for t in ("A", "B", "C"):
        workshop.add_lesson(t)
    workshop.add_lesson("first", index=0)
    assert titles(workshop) == ["first", "A", "B", "C"]
    c = workshop.snapshot().lessons[3]
    moved = workshop.move_lesson(c.uuid, 1)
    assert titles(workshop) == ["first", "C", "A", "B"]
    workshop.apply(moved.undo)
    assert titles(workshop) == ["first", "A", "B", "C"]


def test_delete_and_undo_puts_it_back_in_place(workshop):
    for t in ("A", "B", "C"):
        workshop.add_lesson(t)
    b = workshop.snapshot().lessons[1]
    deleted = workshop.delete_lesson(b.uuid, b.version)
    assert titles(workshop) == ["A", "C"]
    workshop.apply(deleted.undo)
    assert titles(workshop) == ["A", "B", "C"]


def test_update_with_undo_and_stale_refusal(workshop, notes):
    lesson = workshop.add_lesson("Draft").row
    changes = workshop.update_lesson(lesson.uuid, lesson.version, title="Decent work", note_uuids=notes)
    assert changes.row.title == "Decent work" and changes.row.note_uuids == tuple(notes)
    with pytest.raises(StaleEdit):
        workshop.update_lesson(lesson.uuid, lesson.version, title="From elsewhere")
    workshop.apply(changes.undo)
    back = workshop.snapshot().lessons[0]
    assert back.title == "Draft" and back.note_uuids == ()


def test_bad_input_is_refused_with_a_sentence_and_changes_nothing(workshop):
    with pytest.raises(ServiceError, match="title or some text"):
        workshop.add_lesson("  ", "")
    with pytest.raises(ServiceError, match="existing notes"):
        workshop.add_lesson("X", note_uuids=["no-such-note"])
    lesson = workshop.add_lesson("Kept").row
    with pytest.raises(ServiceError, match="Cannot change position"):
        workshop.update_lesson(lesson.uuid, lesson.version, position=4)
    with pytest.raises(ServiceError, match="left empty"):
        workshop.update_lesson(lesson.uuid, lesson.version, title="")
    assert titles(workshop) == ["Kept"]
