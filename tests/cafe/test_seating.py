"""World Café seating: the service actions, the score against chance, the workshop file and
the migration that added the table."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import statistics
from collections import Counter

import pytest

from cafe import workshop_file as wf
from cafe.people.seating import Seating, expected_random_repeats, make_seating, repeat_encounters
from cafe.service import Service, ServiceError
from cafe.storage.db import _alembic_config, current_revisions, make_engine, open_database, schema_heads

COUNTRIES = ["Philippines", "Bahrain", "Côte d'Ivoire", "Türkiye", "Mexico", "Germany"]


@pytest.fixture
def cafe(workshop):
    """The small workshop with 24 participants and a third round."""
    workshop.add_agenda_item(workshop.snapshot().days[0].uuid, "round", dt.time(16), dt.time(17), "Round 3")
    workshop.import_participants([{"name": f"Person {i:02d}", "country": COUNTRIES[i % 6]} for i in range(24)])
    return workshop


def seats_of(service) -> dict[tuple[str, str], str]:
    return {(x.round_uuid, x.participant_uuid): x.room_uuid for x in service.rows("seat")}


def test_everyone_gets_one_seat_per_round_and_meets_more_people_than_by_chance(cafe):
    changes = cafe.build_world_cafe_seating(seed=3)
    snap = cafe.snapshot()
    seats = seats_of(cafe)
    assert len(seats) == len(snap.participants) * len(snap.rounds)
    for rnd in snap.rounds:
        sizes = Counter(room for (r, _), room in seats.items() if r == rnd.uuid)
        assert set(sizes) == {room.uuid for room in snap.rooms}
        assert max(sizes.values()) - min(sizes.values()) <= 1
    seating = changes.row
    assert isinstance(seating, Seating) and seating == cafe.seating()
    assert seating.repeat_encounters < seating.random_repeats
    assert seating.rounds == tuple(r.uuid for r in snap.rounds)
    first = snap.rounds[0].uuid
    assert sum(len(people) for people in seating.at_tables(first).values()) == 24


def test_seating_is_reproducible_and_one_undo_step(cafe):
    cafe.build_world_cafe_seating(seed=5)
    first = {k: v for k, v in seats_of(cafe).items()}
    again = cafe.build_world_cafe_seating(seed=5)
    assert seats_of(cafe) == first
    cafe.apply(again.undo)
    assert seats_of(cafe) == first  # undo of a re-seating gives back the earlier seating
    cleared = cafe.clear_seating()
    assert cafe.rows("seat") == [] and cafe.seating().is_empty
    redo = cafe.apply(cleared.undo)
    assert seats_of(cafe) == first
    cafe.apply(redo.undo)
    assert cafe.rows("seat") == []


def test_clearing_nothing_and_seating_nobody_are_refused(workshop):
    with pytest.raises(ServiceError, match="no World Café seating to clear"):
        workshop.clear_seating()
    with pytest.raises(ServiceError, match="needs participants first"):
        workshop.build_world_cafe_seating()


def test_room_capacity_limits_the_tables(cafe):
    room = cafe.snapshot().rooms[0]
    cafe.update_room(room.uuid, room.version, capacity=7)
    with pytest.raises(ServiceError, match="24 people do not fit at 3 tables of 7 seats"):
        cafe.build_world_cafe_seating()
    assert cafe.rows("seat") == []


def test_deleting_a_seated_participant_and_undo_bring_the_seats_back(cafe):
    cafe.build_world_cafe_seating(seed=1)
    before = seats_of(cafe)
    who = cafe.snapshot().participants[4].uuid
    changes = cafe.delete_participants([who])
    assert all(p != who for _, p in seats_of(cafe))
    assert "seat" in changes.kinds
    cafe.apply(changes.undo)
    assert seats_of(cafe) == before


def test_expected_random_repeats_matches_simulation():
    people, tables, rounds = [f"p{i}" for i in range(30)], ["t1", "t2", "t3", "t4"], 4
    rng = random.Random(0)
    samples = []
    for _ in range(400):
        seatings = []
        for _ in range(rounds):
            rng.shuffle(people)
            seatings.append({p: tables[i % len(tables)] for i, p in enumerate(people)})
        samples.append(repeat_encounters(seatings))
    expected = expected_random_repeats(30, 4, 4)
    assert abs(statistics.mean(samples) - expected) < 0.03 * expected
    assert expected_random_repeats(30, 4, 1) == pytest.approx(0.0)  # one round: nobody meets twice
    assert expected_random_repeats(1, 4, 5) == 0.0


def test_make_seating_keeps_every_stored_seat():
    seating = make_seating(["r1", "r2"], ["a", "b"], [("r1", "p1", "a"), ("r1", "p2", "a"), ("r2", "p1", "c"),
                                                      ("r2", "p2", "c")])
    assert seating.tables == ("a", "b", "c")
    assert seating.at_tables("r1") == {"a": ("p1", "p2"), "b": (), "c": ()}
    assert seating.repeat_encounters == 1
    assert seating.table_of("r2", "p2") == "c" and seating.table_of("r2", "nobody") is None


# -- the workshop file --------------------------------------------------------------------------
def test_seats_travel_in_the_workshop_file_and_round_trip_exactly(cafe):
    cafe.build_world_cafe_seating(seed=2)
    data = wf.dump_bytes(cafe)
    doc = json.loads(data)
    assert list(doc)[-1] == "seats" and len(doc["seats"]) == 24 * 3
    assert list(doc["seats"][0]) == ["uuid", "round", "participant", "room"]
    other = Service(open_database("sqlite://"))
    wf.load(other, data)
    assert wf.dump_bytes(other) == data
    assert seats_of(other) == seats_of(cafe)


def test_a_file_without_seating_has_no_seats_section(cafe):
    assert "seats" not in json.loads(wf.dump_bytes(cafe))


def test_a_participant_seated_twice_in_a_round_is_refused_with_the_place(cafe):
    cafe.build_world_cafe_seating(seed=2)
    doc = json.loads(wf.dump_bytes(cafe))
    twin = dict(doc["seats"][0], uuid="0badc0de-0000-4000-8000-000000000001")
    doc["seats"].append(twin)
    with pytest.raises(wf.WorkshopFileError) as info:
        wf.read_rows(json.dumps(doc, ensure_ascii=False).encode())
    assert info.value.errors == [
        f"$.seats[{len(doc['seats']) - 1}].participant: participant \"{_name_of(doc, twin['participant'])}\" "
        f"already has a seat in round {_number_of(doc, twin['round'])} ($.seats[0])"]


def test_a_misspelt_seat_field_lists_the_known_sections_and_fields(cafe):
    cafe.build_world_cafe_seating(seed=2)
    doc = json.loads(wf.dump_bytes(cafe))
    doc["seats"][0]["table"] = doc["seats"][0].pop("room")
    doc["seatz"] = []
    with pytest.raises(wf.WorkshopFileError) as info:
        wf.read_rows(json.dumps(doc, ensure_ascii=False).encode())
    text = str(info.value)
    assert "$.seats[0].room: required field is missing" in text
    assert "$.seats[0].table: unknown field (expected one of: uuid, round, participant, room)" in text
    assert "$.seatz: unknown field" in text and "lessons, speakers, session_accounts, seats)" in text


def _name_of(doc, uuid):
    return next(p["name"] for p in doc["participants"] if p["uuid"] == uuid)


def _number_of(doc, uuid):
    return next(r["number"] for r in doc["rounds"] if r["uuid"] == uuid)


# -- the migration --------------------------------------------------------------------------------
def test_a_database_at_the_first_schema_is_upgraded_and_keeps_its_data(tmp_path):
    from alembic import command

    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    assert "seat" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.execute("INSERT INTO workshop (uuid, version, title, venue, time_zone, introduction, warning_minutes,"
                " danger_minutes, auto_start_next) VALUES ('w-1', 1, 'Kept', '', 'UTC', '', 10, 2, 0)")
    con.execute("INSERT INTO participant (uuid, version, name, organisation, country, stakeholder_type,"
                " delegation, email) VALUES ('p-1', 1, 'مريم عبد الله', '', 'Bahrain', 'state', '', '')")
    con.commit()
    con.close()

    db = open_database(path)
    assert current_revisions(db.engine) == schema_heads()  # upgraded to the newest schema
    service = Service(db)
    snap = service.snapshot()
    assert snap.workshop.title == "Kept"
    assert [(p.name, p.country) for p in snap.participants] == [("مريم عبد الله", "Bahrain")]
    assert service.rows("seat") == []
    db.dispose()
