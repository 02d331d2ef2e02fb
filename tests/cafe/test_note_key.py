"""Key points: a note the host marks for the plenary, kept in the database, the workshop file,
merges and damaged-row checks; older databases and files read as "not a key point"."""

from __future__ import annotations

import json
import sqlite3

import pytest

from cafe import cli
from cafe import workshop_file as wf
from cafe.service import Service, ServiceError, StaleEdit
from cafe.storage.db import (
    _alembic_config,
    current_revisions,
    known_revisions,
    make_engine,
    open_database,
    schema_heads,
)
from cafe.storage.paths import sample_workshop_path


@pytest.fixture
def room(workshop):
    snap = workshop.snapshot()
    return workshop, snap.rooms[0].uuid, snap.rounds[0].uuid


# -- the operation ------------------------------------------------------------------------------
def test_marking_a_key_point_is_one_undoable_step(room):
    svc, room_uuid, round_uuid = room
    note = svc.add_note(room_uuid, round_uuid, "practice", "Flexi visa system (Philippines and Bahrain)").row
    assert note.key is False
    marked = svc.update_note(note.uuid, note.version, key=True)
    assert marked.row.key is True and marked.row.version == note.version + 1
    assert marked.row.text == note.text and marked.row.attributions == note.attributions
    assert svc.key_note_uuids() == {note.uuid}
    with pytest.raises(StaleEdit):  # made against the version before the mark: refused, not applied
        svc.update_note(note.uuid, note.version, key=False)
    undone = svc.apply(marked.undo)
    assert svc.get("note", note.uuid).key is False and svc.key_note_uuids() == frozenset()
    svc.apply(undone.undo)  # redo
    assert svc.get("note", note.uuid).key is True


def test_a_key_point_keeps_its_mark_through_edits_moves_and_a_delete_undone(room):
    svc, room_uuid, round_uuid = room
    note = svc.add_note(room_uuid, round_uuid, "challenge", "Costs of recruitment").row
    note = svc.update_note(note.uuid, note.version, key=True).row
    note = svc.update_note(note.uuid, note.version, text="Recruitment costs borne by workers").row
    note = svc.move_note(note.uuid, note.version, category="opportunity").row
    assert note.key is True
    deleted = svc.delete_note(note.uuid, note.version)
    assert svc.key_note_uuids() == frozenset()  # a deleted item is nobody's key point
    svc.apply(deleted.undo)
    assert svc.get("note", note.uuid).key is True and svc.key_note_uuids() == {note.uuid}


def test_a_heading_or_a_value_that_is_not_true_or_false_is_refused(room):
    svc, room_uuid, round_uuid = room
    heading = svc.add_note(room_uuid, round_uuid, "practice", "", heading="Access to justice:").row
    with pytest.raises(ServiceError, match="heading is not a key point"):
        svc.update_note(heading.uuid, heading.version, key=True)
    item = svc.add_note(room_uuid, round_uuid, "practice", "Firewalls", heading="Access to justice:").row
    with pytest.raises(ServiceError, match="true or false"):
        svc.update_note(item.uuid, item.version, key="yes")
    assert svc.get("note", heading.uuid).key is False and svc.get("note", item.uuid).version == item.version


# -- the database ---------------------------------------------------------------------------------
def test_a_database_of_the_previous_schema_gets_the_column_and_its_notes_are_not_key_points(tmp_path):
    from alembic import command

    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
    engine.dispose()
    con = sqlite3.connect(path)
    assert "key" not in {r[1] for r in con.execute("PRAGMA table_info(note)")}
    con.execute("INSERT INTO workshop (uuid, version, title, venue, time_zone, introduction, warning_minutes,"
                " danger_minutes, auto_start_next) VALUES ('w-1', 1, 'Kept', '', 'UTC', '', 10, 2, 0)")
    con.execute("INSERT INTO room (uuid, version, name, position) VALUES ('r-1', 1, 'Room XI', 0)")
    con.execute("INSERT INTO note (uuid, version, room_id, category, heading, text, attributions, position,"
                " created_at, updated_at) VALUES ('n-1', 3, 1, 'practice', '', 'Skills partnerships', '[]', 0,"
                " '2019-03-21 12:05:00.000000', '2019-03-21 12:05:00.000000')")
    con.commit()
    con.close()

    db = open_database(path)
    assert current_revisions(db.engine) == schema_heads() and "0003" in known_revisions()
    service = Service(db)
    (note,) = service.notes()
    assert (note.text, note.version, note.key) == ("Skills partnerships", 3, False)
    assert service.update_note("n-1", 3, key=True).row.key is True
    db.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT key FROM note WHERE uuid = 'n-1'").fetchone() == (1,)
    con.close()


def test_a_damaged_key_value_is_named_by_check(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    service = Service(open_database(path))
    service.periodic_backups = None
    wf.load(service, sample_workshop_path())
    service.db.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE note SET key = 'perhaps' WHERE id = (SELECT min(id) FROM note)")
    con.commit()
    con.close()
    code = cli.main(["--db", str(path), "check"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_UNSOUND
    line = next(line for line in err.splitlines() if line.strip().startswith("note #1"))
    assert "key" in line and "perhaps" in line
    service = Service(open_database(path))
    assert len(service.notes()) == 62  # the sound notes still read
    assert service.key_note_uuids() == frozenset()
    service.db.dispose()


# -- the workshop file ----------------------------------------------------------------------------
def test_the_file_carries_key_points_and_round_trips_byte_for_byte(room):
    svc, room_uuid, round_uuid = room
    plain = svc.add_note(room_uuid, round_uuid, "opportunity", "Skills partnerships").row
    key = svc.add_note(room_uuid, round_uuid, "practice", "Flexi visa system (Philippines)").row
    svc.update_note(key.uuid, key.version, key=True)
    data = wf.dump_bytes(svc)
    notes = {n["uuid"]: n for n in json.loads(data)["notes"]}
    assert notes[key.uuid]["key"] is True
    assert "key" not in notes[plain.uuid]  # only a key point says so: other files stay as they were
    rows = wf.read_rows(data)
    assert {n.uuid: n.key for n in rows["note"]} == {plain.uuid: False, key.uuid: True}
    again = Service(open_database("sqlite://"))
    wf.load(again, data)
    assert again.key_note_uuids() == {key.uuid}
    assert wf.dump_bytes(again) == data


def test_a_file_without_key_points_loads_as_none_marked():
    data = sample_workshop_path().read_bytes()
    assert b'"key"' not in data
    rows = wf.read_rows(data)
    assert rows["note"] and not any(n.key for n in rows["note"])


def test_a_key_that_is_not_true_or_false_is_refused_with_its_place():
    doc = json.loads(sample_workshop_path().read_bytes())
    doc["notes"][2]["key"] = "yes"
    with pytest.raises(wf.WorkshopFileError) as refused:
        wf.read_rows(json.dumps(doc).encode())
    assert any(e.startswith("$.notes[2].key") for e in refused.value.errors), refused.value.errors


def test_a_merged_room_file_brings_its_key_points(room):
    svc, room_uuid, round_uuid = room
    note = svc.add_note(room_uuid, round_uuid, "challenge", "Costs of recruitment").row
    laptop = Service(open_database("sqlite://"))
    wf.load(laptop, wf.dump_bytes(svc))
    laptop.update_note(note.uuid, note.version, key=True)
    report = svc.merge_rows(wf.read_rows(wf.dump_bytes(laptop))).row
    assert report.updated == {"note": 1}
    assert svc.get("note", note.uuid).key is True


def test_on_postgresql_the_column_is_added_and_key_points_are_read(pg_database):
    """The same migration on a shared workshop's server: the older rows read as not key points."""
    from alembic import command

    engine = make_engine(pg_database)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0002")
        conn.exec_driver_sql("INSERT INTO room (uuid, version, name, position) VALUES ('r-1', 1, 'Room XI', 0)")
        conn.exec_driver_sql(
            "INSERT INTO note (uuid, version, room_id, category, heading, text, attributions, position, created_at,"
            " updated_at) VALUES ('n-1', 1, 1, 'practice', '', 'Skills partnerships', '[]', 0, now(), now())")
    engine.dispose()
    db = open_database(pg_database)
    assert current_revisions(db.engine) == schema_heads()
    service = Service(db)
    assert [n.key for n in service.notes()] == [False] and service.key_note_uuids() == frozenset()
    service.update_note("n-1", 1, key=True)
    assert service.key_note_uuids() == {"n-1"}
    db.dispose()
