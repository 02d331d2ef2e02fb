"""A snapshot brought up to date from the kinds that changed equals a full read, whatever happened.

Random sequences of what happens during a live day (notes typed, moved and deleted, summaries
saved, clocks started and paused, stage messages, contributions posted and decided, rooms closed
to posting, lessons written, dot votes and dots, and now and then a change that needs a full read)
are applied; after each batch, ``refresh_snapshot(previous, kinds of the batch)`` must equal
``snapshot()``, and the window's refresh only reads what the batch touched.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cafe.service import Service
from cafe.service_base import ServiceError
from cafe.storage.db import open_database

ACTIONS = ("add_note", "add_note", "add_note", "update_note", "delete_note", "summary", "start", "pause",
           "message", "post", "accept", "dismiss", "close_room", "lesson", "vote", "dots", "rename_room")


def _workshop() -> Service:
    service = Service(open_database("sqlite://"))
    service.create_workshop("Live day", time_zone="Europe/Zurich", start_date=dt.date(2019, 3, 21))
    day = service.snapshot().days[0]
    for i, name in enumerate(("Room XVI", "Room XI", "Room VII")):
        room = service.add_room(name).row
        service.add_theme(f"Theme {i + 1}", room_uuid=room.uuid)
    service.add_agenda_item(day.uuid, "round", dt.time(12), dt.time(13), "Round 1")
    service.add_agenda_item(day.uuid, "round", dt.time(15), dt.time(16), "Round 2")
    return service


def _act(service: Service, action: str, pick: int):
    """Do ``action`` with choices made by ``pick``; the Changes, or None when it did not apply."""
    snap = service.snapshot()
    room = snap.rooms[pick % len(snap.rooms)]
    rnd = snap.rounds[pick % len(snap.rounds)]
    notes = service.notes()
    try:
        if action == "add_note":
            return service.add_note(room.uuid, rnd.uuid, ("opportunity", "challenge", "practice")[pick % 3],
                                    f"Item {pick}", heading="Data:" if pick % 4 == 0 else "")
        if action == "update_note" and notes:
            note = notes[pick % len(notes)]
            return service.update_note(note.uuid, note.version, text=f"Changed {pick}")
        if action == "delete_note" and notes:
            note = notes[pick % len(notes)]
            return service.delete_note(note.uuid, note.version)
        if action == "summary":
            current = next((x for x in snap.summaries if x.room_uuid == room.uuid and x.round_uuid == rnd.uuid), None)
            return service.set_round_summary(room.uuid, rnd.uuid, f"Summary {pick}",
                                              current.version if current else 0)
        if action == "start":
            return service.start_round(rnd.uuid, [room.uuid])
        if action == "pause":
            return service.pause_round(rnd.uuid, [room.uuid])
        if action == "message":
            return service.set_stage_message(rnd.uuid, room.uuid, f"Message {pick}")
        if action == "post":
            return service.post_contribution(room.uuid, "practice", f"From a phone {pick}", "Kenya", device="d")
        if action in ("accept", "dismiss") and snap.contributions:
            c = snap.contributions[pick % len(snap.contributions)]
            if action == "accept":
                return service.accept_contribution(c.uuid, rnd.uuid, heading="Phones:" if pick % 2 else "")
            return service.dismiss_contribution(c.uuid)
        if action == "close_room":
            return service.set_posting([room.uuid], open=bool(pick % 2), renew=pick % 3 == 0)
        if action == "lesson":
            return service.add_lesson(f"Lesson {pick}", "Text")
        if action == "vote" and snap.lessons:
            return service.open_vote("lessons", dots=1 + pick % 3)
        if action == "dots" and snap.votes:
            vote = snap.votes[pick % len(snap.votes)]
            return service.cast_dots(vote.uuid, f"phone-{pick % 5}", {vote.options[0][0]: 1})
        if action == "rename_room":
            return service.update_room(room.uuid, room.version, name=f"Room {pick}")
    except ServiceError:
        return None
    return None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.tuples(st.sampled_from(ACTIONS), st.integers(0, 1000)), min_size=1, max_size=4),
                min_size=1, max_size=12))
def test_a_partial_refresh_shows_exactly_what_a_full_read_would(batches):
    service = _workshop()
    try:
        previous = service.snapshot()
        for batch in batches:
            kinds: set[str] = set()
            for action, pick in batch:
                changes = _act(service, action, pick)
                if changes is not None:
                    kinds |= set(changes.kinds)
            refreshed = service.refresh_snapshot(previous, kinds)
            assert refreshed == service.snapshot(), (batch, kinds)
            previous = refreshed
    finally:
        service.db.dispose()


def test_a_note_typed_reads_only_the_count_of_notes(monkeypatch):
    service = _workshop()
    previous = service.snapshot()
    room, rnd = previous.rooms[0], previous.rounds[0]
    reads: list[str] = []
    original = service.snapshot
    monkeypatch.setattr(service, "snapshot", lambda: reads.append("full") or original())
    changes = service.add_note(room.uuid, rnd.uuid, "practice", "Fee caps")
    refreshed = service.refresh_snapshot(previous, changes.kinds)
    assert reads == [] and refreshed.note_counts == {(room.uuid, rnd.uuid): 1}
    assert refreshed.rooms is previous.rooms and refreshed.participants is previous.participants
    changes = service.update_room(room.uuid, room.version, name="Renamed")
    assert service.refresh_snapshot(refreshed, changes.kinds).rooms[0].name == "Renamed"
    assert reads == ["full"]  # a room renamed: everything is read again
    assert service.refresh_snapshot(refreshed, {"*"}) is not None and reads == ["full", "full"]
    service.db.dispose()
