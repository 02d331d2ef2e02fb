"""Each laptop writes only where it belongs, enforced by the PostgreSQL server itself (row-level security)."""

from __future__ import annotations

import stat

import pytest
import sqlalchemy as sa

from cafe import workshop_file
from cafe.cli import main as cafe
from cafe.service import Service, ServiceError
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path
from cafe.sync.access import role_names, set_up_server


def test_role_names_carry_the_database_and_fold_room_names():
    organiser, rooms = role_names("GFMD Geneva", [(1, "Room XI"), (2, "Salle Genève"), (3, "room xi"), (4, "★")])
    assert organiser == "gfmd_geneva_organiser"
    assert rooms == {1: "gfmd_geneva_room_xi", 2: "gfmd_geneva_room_salle_gen_ve", 3: "gfmd_geneva_room_xi_3",
                     4: "gfmd_geneva_room_4"}


@pytest.fixture
def venue(pg_database, pg_url):
    """The sample workshop on the server, its logins set up; the logins are dropped afterwards."""
    service = Service(open_database(pg_database))
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()
    credentials = set_up_server(pg_database)
    yield pg_database, {c.room: c for c in credentials}
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{sa.engine.make_url(pg_database).database}" WITH (FORCE)')
        for c in credentials:
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{c.role}"')
    admin.dispose()


def _laptop(url: str) -> Service:
    return Service(open_database(url))


@pytest.mark.pg
def test_a_room_laptop_writes_its_own_room_and_only_reads_the_others(venue):
    url, logins = venue
    assert set(logins) == {None, "Room XVI", "Room XI", "Room VII"}
    room11 = _laptop(logins["Room XI"].url)
    try:
        snap = room11.snapshot()
        rooms = {r.name: r.uuid for r in snap.rooms}
        rnd = snap.rounds[0].uuid
        # its own room: adding, editing, deleting notes and writing the summary all work
        mine = room11.add_note(rooms["Room XI"], rnd, "practice", "Flexi visa (Bahrain)").row
        edited = room11.update_note(mine.uuid, mine.version, text="Flexi work permit (Bahrain)").row
        room11.delete_note(edited.uuid, edited.version)
        seen = next((s.version for s in snap.summaries if s.room_uuid == rooms["Room XI"] and s.round_uuid == rnd), 0)
        room11.set_round_summary(rooms["Room XI"], rnd, "Pathways need employers at the table.", seen)

        # another room: refused by the server, with a sentence that says why
        with pytest.raises(ServiceError) as refused:
            room11.add_note(rooms["Room VII"], rnd, "challenge", "Written in the wrong room")
        assert str(refused.value) == "This laptop writes for Room XI; Room VII's notes are read-only here."
        theirs = room11.notes(rooms["Room VII"], rnd)[0]
        with pytest.raises(ServiceError) as refused:
            room11.update_note(theirs.uuid, theirs.version, text="Overwritten from Room XI")
        assert str(refused.value) == "This laptop writes for Room XI; Room VII's notes are read-only here."
        with pytest.raises(ServiceError, match="Room VII's round summaries are read-only here"):
            other = next((s.version for s in snap.summaries
                          if s.room_uuid == rooms["Room VII"] and s.round_uuid == rnd), 0)
            room11.set_round_summary(rooms["Room VII"], rnd, "Replaced from Room XI", other)
        with pytest.raises(ServiceError, match="This laptop writes for Room XI; Room XVI.s themes are read-only here"):
            theme = snap.themes[0]
            room11.update_theme(theme.uuid, theme.version, summary="Rewritten from a room laptop")
    finally:
        room11.db.dispose()

    # nothing of it reached the database; the organiser's login may change any room
    organiser = _laptop(logins[None].url)
    try:
        assert organiser.get("note", theirs.uuid).text == theirs.text
        assert not any(n.text == "Written in the wrong room" for n in organiser.notes())
        changed = organiser.update_note(theirs.uuid, theirs.version, text="Moderator's correction").row
        assert changed.text == "Moderator's correction"
    finally:
        organiser.db.dispose()


@pytest.mark.pg
def test_the_server_refuses_a_room_login_even_without_the_app(venue):
    url, logins = venue
    engine = sa.create_engine(logins["Room XVI"].url)
    try:
        with engine.connect() as conn:
            room7 = conn.execute(sa.text("SELECT id FROM room WHERE name = 'Room VII'")).scalar()
            # an UPDATE of another room's notes reaches no row, whatever it says
            hit = conn.execute(sa.text("UPDATE note SET text = 'x' WHERE room_id = :r"), {"r": room7}).rowcount
            assert hit == 0
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
                conn.execute(sa.text("DELETE FROM note"))
    finally:
        engine.dispose()


@pytest.mark.pg
def test_cafe_share_prints_each_laptops_connection_and_keeps_a_private_copy(pg_database, pg_url, tmp_path, capsys):
    service = Service(open_database(pg_database))
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()
    out = tmp_path / "logins.tsv"
    try:
        assert cafe(["--db", pg_database, "share", "--host", "venue-server", "--out", str(out)]) == 0
        printed = capsys.readouterr().out
        assert printed == out.read_text(encoding="utf-8")
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        rows = [line.split("\t") for line in printed.splitlines()[1:]]
        assert [r[0] for r in rows] == ["Organiser and moderator", "Room XVI", "Room XI", "Room VII"]
        assert all("@venue-server" in r[2] for r in rows)
    finally:
        database = sa.engine.make_url(pg_database).database
        organiser, rooms = role_names(str(database), [(0, "Room XVI"), (1, "Room XI"), (2, "Room VII")])
        admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for role in [organiser, *rooms.values()]:
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()


def test_cafe_share_needs_a_postgresql_url(tmp_path, capsys):
    assert cafe(["--db", str(tmp_path / "w.sqlite"), "share"]) != 0
    assert "share needs --db with the PostgreSQL URL" in capsys.readouterr().err
