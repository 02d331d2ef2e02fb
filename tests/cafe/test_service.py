"""The service: named actions, versions, undo via inverses, refusals, events."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe.service import NotFound, ServiceError, StaleEdit


def test_create_workshop_makes_one_workshop_and_a_first_day(service):
    changes = service.create_workshop("Café", time_zone="Europe/Zurich", start_date=dt.date(2019, 3, 21))
    snap = service.snapshot()
    assert snap.workshop.title == "Café" and snap.workshop.uuid == changes.row.uuid
    assert [d.date for d in snap.days] == [dt.date(2019, 3, 21)]
    with pytest.raises(ServiceError, match="already holds a workshop"):
        service.create_workshop("Second")


def test_unknown_time_zone_is_refused(service):
    with pytest.raises(ServiceError, match="Unknown time zone “Mars/Olympus”"):
        service.create_workshop("x", time_zone="Mars/Olympus")
    assert not service.has_workshop()


def test_update_then_undo_then_redo_through_inverses(workshop):
    room = workshop.snapshot().rooms[0]
    changes = workshop.update_room(room.uuid, room.version, name="Salle XVI")
    assert workshop.get("room", room.uuid).name == "Salle XVI"
    undone = workshop.apply(changes.undo)
    assert workshop.get("room", room.uuid).name == "Room XVI"
    workshop.apply(undone.undo)
    assert workshop.get("room", room.uuid).name == "Salle XVI"
    assert workshop.get("room", room.uuid).version == room.version + 3


def test_stale_update_is_refused_and_changes_nothing(workshop):
    theme = workshop.snapshot().themes[0]
    workshop.update_theme(theme.uuid, theme.version, title="From laptop A")
    with pytest.raises(StaleEdit) as info:
        workshop.update_theme(theme.uuid, theme.version, title="From laptop B")
    assert info.value.current.title == "From laptop A"
    assert workshop.get("theme", theme.uuid).title == "From laptop A"


def test_fields_users_cannot_edit_are_refused(workshop):
    room = workshop.snapshot().rooms[0]
    with pytest.raises(ServiceError, match="Cannot change version"):
        workshop.update_room(room.uuid, room.version, version=99)


def test_room_names_are_required_and_unique(workshop):
    with pytest.raises(ServiceError, match="needs a name"):
        workshop.add_room("   ")
    with pytest.raises(ServiceError, match="already a room called “room xi”"):
        workshop.add_room("room xi")
    room = workshop.snapshot().rooms[0]
    with pytest.raises(ServiceError, match="already a room"):
        workshop.update_room(room.uuid, room.version, name="Room VII")
    assert workshop.get("room", room.uuid).name == "Room XVI"


def test_two_themes_cannot_share_a_room(workshop):
    snap = workshop.snapshot()
    with pytest.raises(ServiceError, match="already hosts the theme “Theme 1”"):
        workshop.update_theme(snap.themes[1].uuid, snap.themes[1].version, room_uuid=snap.rooms[0].uuid)


def test_guiding_questions_are_trimmed_and_blank_ones_dropped(workshop):
    theme = workshop.snapshot().themes[0]
    workshop.update_theme(theme.uuid, theme.version, guiding_questions=["  Who? ", "", "How?"])
    assert workshop.get("theme", theme.uuid).guiding_questions == ("Who?", "How?")


def test_agenda_item_must_end_after_it_starts(workshop):
    day = workshop.snapshot().days[0]
    with pytest.raises(ServiceError, match="must end after it starts"):
        workshop.add_agenda_item(day.uuid, "break", dt.time(14), dt.time(13), "Lunch")
    item = workshop.snapshot().agenda[0]
    with pytest.raises(ServiceError, match="must end after it starts"):
        workshop.update_agenda_item(item.uuid, item.version, end=dt.time(11))
    assert workshop.get("agenda_item", item.uuid).end == dt.time(13)


def test_rounds_follow_agenda_items_and_are_numbered_in_time_order(workshop):
    day = workshop.snapshot().days[0]
    early = workshop.add_agenda_item(day.uuid, "round", dt.time(10), dt.time(11), "Early round").row
    snap = workshop.snapshot()
    numbered = {item.title: rnd.number for rnd, item in snap.round_items()}
    assert numbered == {"Early round": 1, "Round 1": 2, "Round 2": 3}
    # a round that becomes a break loses its Round; numbering closes the gap
    workshop.update_agenda_item(early.uuid, early.version, kind="break")
    snap = workshop.snapshot()
    assert {item.title: rnd.number for rnd, item in snap.round_items()} == {"Round 1": 1, "Round 2": 2}


def test_rounds_on_a_later_day_come_after(workshop):
    d2 = workshop.add_day(dt.date(2019, 3, 22), "Day II").row
    workshop.add_agenda_item(d2.uuid, "round", dt.time(9), dt.time(10), "Day II round")
    snap = workshop.snapshot()
    assert [item.title for _, item in snap.round_items()] == ["Round 1", "Round 2", "Day II round"]


def test_second_day_on_the_same_date_is_refused(workshop):
    with pytest.raises(ServiceError, match="already has a day on 2019-03-21"):
        workshop.add_day(dt.date(2019, 3, 21))


def test_deleting_a_room_clears_theme_links_and_undo_restores_them(workshop):
    snap = workshop.snapshot()
    room, theme = snap.rooms[0], snap.themes[0]
    day = snap.days[0]
    item = workshop.add_agenda_item(day.uuid, "plenary", dt.time(9), dt.time(10), "Opening",
                                    room_uuid=room.uuid).row
    changes = workshop.delete_room(room.uuid, room.version)
    assert workshop.get("theme", theme.uuid).room_uuid is None
    assert workshop.get("agenda_item", item.uuid).room_uuid is None
    with pytest.raises(NotFound):
        workshop.get("room", room.uuid)
    workshop.apply(changes.undo)
    assert workshop.get("room", room.uuid).name == room.name
    assert workshop.get("theme", theme.uuid).room_uuid == room.uuid
    assert workshop.get("agenda_item", item.uuid).room_uuid == room.uuid


def test_deleting_a_day_with_agenda_items_is_refused(workshop):
    day = workshop.snapshot().days[0]
    with pytest.raises(ServiceError, match="still has 2 agenda items"):
        workshop.delete_day(day.uuid, day.version)
    assert len(workshop.snapshot().days) == 1


def test_delete_and_undo_an_agenda_round_keeps_its_round_uuid(workshop):
    snap = workshop.snapshot()
    rnd, item = snap.round_items()[0]
    changes = workshop.delete_agenda_item(item.uuid, item.version)
    assert [r.number for r in workshop.snapshot().rounds] == [1]
    workshop.apply(changes.undo)
    after = workshop.snapshot()
    assert [r.uuid for r, _ in after.round_items()] == [r.uuid for r, _ in snap.round_items()]
    assert [r.number for r in after.rounds] == [1, 2]


def test_add_then_undo_deletes_and_redo_restores_same_uuid(workshop):
    changes = workshop.add_host("Ana Pereira", "OHCHR", theme_uuid=workshop.snapshot().themes[0].uuid)
    uuid = changes.row.uuid
    undone = workshop.apply(changes.undo)
    assert all(h.uuid != uuid for h in workshop.snapshot().hosts)
    workshop.apply(undone.undo)
    host = workshop.get("host", uuid)
    assert (host.name, host.organisation) == ("Ana Pereira", "OHCHR")


def test_workshop_dates_and_thresholds_are_checked(workshop):
    w = workshop.snapshot().workshop
    with pytest.raises(ServiceError, match="cannot end before it starts"):
        workshop.update_workshop(w.uuid, w.version, end_date=dt.date(2019, 3, 1))
    with pytest.raises(ServiceError, match="danger time"):
        workshop.update_workshop(w.uuid, w.version, danger_minutes=20)
    with pytest.raises(ServiceError, match="whole number"):
        workshop.update_workshop(w.uuid, w.version, warning_minutes=-1)
    assert workshop.get("workshop", w.uuid).version == w.version


def test_listeners_hear_each_commit_and_can_unsubscribe(workshop):
    heard = []
    unsubscribe = workshop.subscribe(heard.append)
    room = workshop.add_room("Room XX", origin="me")
    assert [(c.op, c.origin) for c in heard] == [("add_room", "me")]
    assert heard[0].touches("room") and not heard[0].touches("note")
    unsubscribe()
    workshop.delete_room(room.row.uuid)
    assert len(heard) == 1


def test_refused_actions_emit_nothing(workshop):
    heard = []
    workshop.subscribe(heard.append)
    with pytest.raises(ServiceError):
        workshop.add_room("Room XI")
    assert heard == []


def test_apply_refuses_unknown_operations(workshop):
    from cafe.service import Inverse

    with pytest.raises(ServiceError, match="Unknown action"):
        workshop.apply(Inverse("_session", {}))


def test_snapshot_counts_live_notes_per_room_and_round(workshop):
    from sqlmodel import Session, select

    from cafe.storage import models as m

    snap = workshop.snapshot()
    room, (rnd, _item) = snap.rooms[0], snap.round_items()[0]
    with Session(workshop.engine) as s:
        room_id = s.exec(select(m.Room.id).where(m.Room.uuid == room.uuid)).one()
        round_id = s.exec(select(m.Round.id).where(m.Round.uuid == rnd.uuid)).one()
        s.add(m.Note(room_id=room_id, round_id=round_id, text="a"))
        s.add(m.Note(room_id=room_id, round_id=round_id, text="b"))
        s.add(m.Note(room_id=room_id, round_id=round_id, text="gone", deleted_at=m.utcnow()))
        s.commit()
    assert workshop.snapshot().note_counts[(room.uuid, rnd.uuid)] == 2
    assert [n.text for n in workshop.notes(room.uuid, rnd.uuid)] == ["a", "b"]
    with pytest.raises(ServiceError, match="still has 3 notes"):
        workshop.delete_room(room.uuid)
