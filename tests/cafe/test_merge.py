"""Merging a room laptop's workshop file into the main workshop."""

from __future__ import annotations

import pytest

from cafe import workshop_file
from cafe.service import Service, ServiceError
from cafe.storage.db import open_database


@pytest.fixture
def main_and_room():
    """The moderator's workshop and a room laptop's copy made from the same file."""
    main = Service(open_database("sqlite://"))
    from cafe.storage.paths import sample_workshop_path

    workshop_file.load(main, sample_workshop_path())
    room = Service(open_database("sqlite://"))
    workshop_file.load(room, workshop_file.dump_bytes(main))
    yield main, room
    main.db.dispose()
    room.db.dispose()


def merge(into, source):
    return into.merge_rows(workshop_file.read_rows(workshop_file.dump_bytes(source))).row


def test_offline_notes_merge_in_once_without_duplicates(main_and_room):
    main, room = main_and_room
    snap = room.snapshot()
    r, rnd = snap.rooms[1].uuid, snap.rounds[2].uuid
    before = len(main.notes())
    room.add_note(r, rnd, "practice", "Offline item (Chile)")
    edited = room.notes(r, rnd)[0]
    room.update_note(edited.uuid, edited.version, text="Edited offline")
    seen = next((x.version for x in snap.summaries if x.room_uuid == r and x.round_uuid == rnd), 0)
    room.set_round_summary(r, rnd, "Summary typed offline", seen)
    report = merge(main, room)
    assert report.added.get("note") == 1 and report.updated.get("note") == 1
    assert len(main.notes()) == before + 1
    assert any(n.text == "Edited offline" for n in main.notes(r, rnd))
    summary = next(x for x in main.snapshot().summaries if x.room_uuid == r and x.round_uuid == rnd)
    assert summary.text == "Summary typed offline"
    again = merge(main, room)  # merging twice changes nothing
    assert again.added == {} and again.updated == {} and len(main.notes()) == before + 1


def test_clock_rows_made_on_both_laptops_are_matched_by_room_and_round(main_and_room):
    main, room = main_and_room
    rnd = room.snapshot().rounds[0].uuid
    main.start_round(rnd)
    room.start_round(rnd)  # each laptop made its own RoomRound rows, with other uuids
    report = merge(main, room)
    assert report.added.get("room_round") is None
    assert len(main.snapshot().room_rounds) == len(room.snapshot().room_rounds)


def test_edits_on_both_sides_at_the_same_version_are_conflicts_kept_as_main(main_and_room):
    main, room = main_and_room
    theme = main.snapshot().themes[0]
    main.update_theme(theme.uuid, theme.version, summary="Moderator's synthesis")
    room.update_theme(theme.uuid, theme.version, summary="Host's synthesis")
    report = merge(main, room)
    assert len(report.conflicts) == 1 and "changed differently" in report.conflicts[0][2]
    assert main.get("theme", theme.uuid).summary == "Moderator's synthesis"


def test_a_file_of_another_workshop_is_refused(main_and_room):
    main, _ = main_and_room
    other = Service(open_database("sqlite://"))
    other.create_workshop("Another café")
    with pytest.raises(ServiceError, match="another workshop"):
        merge(main, other)
