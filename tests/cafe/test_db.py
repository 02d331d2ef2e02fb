"""Opening databases: new, sound, foreign, damaged, locked, newer; migrations."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from cafe.service import Service
from cafe.storage import db as dbmod
from cafe.storage.db import DatabaseError, integrity_problems, open_database, schema_heads


def fingerprint(path):
    """Content and size of a file and its side files, to prove nothing was modified."""
    out = {}
    for p in sorted(path.parent.glob(path.name + "*")):
        out[p.name] = (p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest())
    return out


def make_workshop_file(path):
    svc = Service(open_database(path))
    svc.create_workshop("On disk", start_date=dt.date(2019, 3, 21))
    for i in range(200):
        svc.add_room(f"Room {i}")
    svc.db.dispose()
    # fold the WAL back so the main file is complete on its own
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


def test_new_file_is_created_migrated_and_configured(tmp_path):
    path = tmp_path / "new.sqlite"
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        tables = set(sa.inspect(conn).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables
    assert dbmod.current_revisions(db.engine) == schema_heads()
    assert integrity_problems(db) == []
    db.dispose()


def test_migrations_match_the_models():
    """Autogenerate against a migrated database finds nothing: models and migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = open_database("sqlite://")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_reopening_keeps_data(tmp_path):
    path = tmp_path / "w.sqlite"
    make_workshop_file(path)
    svc = Service(open_database(path))
    assert svc.snapshot().workshop.title == "On disk"
    assert len(svc.snapshot().rooms) == 200


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"hello, this is a text file\n", "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "truncated"),
        (bytes(range(256)) * 40, "not an SQLite file"),
    ],
)
def test_files_that_are_not_workshops_are_refused_and_untouched(tmp_path, content, expected):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match=expected) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert fingerprint(path) == before


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "nowhere" / "w.sqlite")


def test_another_programs_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Ada')")
    con.commit()
    con.close()
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)
    assert fingerprint(path) == before


def test_truncated_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "w.sqlite"
    make_workshop_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="truncated"):
        open_database(path)
    assert fingerprint(path) == before


def test_corrupt_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "w.sqlite"
    make_workshop_file(path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(page * 2, len(data) - page, 7):  # scribble over every page but the header page
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="damaged|not a database"):
        open_database(path)
    assert fingerprint(path) == before


def test_locked_database_gives_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "w.sqlite"
    make_workshop_file(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        before = fingerprint(path)
        with pytest.raises(DatabaseError, match="locked"):
            open_database(path)
        assert fingerprint(path) == before
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_database_from_a_newer_version_is_refused_unchanged(tmp_path):
    path = tmp_path / "w.sqlite"
    make_workshop_file(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(path)
    assert fingerprint(path) == before


def test_unknown_url_scheme_is_a_clear_error():
    with pytest.raises(DatabaseError, match="cannot connect|not a database"):
        open_database("nosuchdb://host/db")


def test_integrity_problems_reports_a_dangling_reference(tmp_path):
    path = tmp_path / "w.sqlite"
    make_workshop_file(path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO theme (uuid, version, title, short_name, objective_ref, guiding_questions,"
                " room_id, summary, position) VALUES ('t-1', 1, 'Lost', '', '', '[]', 9999, '', 0)")
    con.commit()
    con.close()
    db = open_database(path)
    problems = integrity_problems(db)
    assert any("foreign key" in p and "theme" in p for p in problems)


@pytest.mark.pg
def test_postgresql_is_migrated_and_used_like_sqlite(pg_database):
    db = open_database(pg_database)
    assert db.engine.dialect.name == "postgresql"
    assert dbmod.current_revisions(db.engine) == schema_heads()
    svc = Service(db)
    svc.create_workshop("Shared", time_zone="Europe/Zurich", start_date=dt.date(2019, 3, 21))
    day = svc.snapshot().days[0]
    room = svc.add_room("Room XI").row
    svc.add_theme("Regular pathways", room_uuid=room.uuid, guiding_questions=["Which pathways?"])
    svc.add_agenda_item(day.uuid, "round", dt.time(12), dt.time(13), "Round 1", room_uuid=room.uuid)
    db.dispose()
    # a second open finds the schema current and the data intact
    again = Service(open_database(pg_database))
    snap = again.snapshot()
    assert [t.guiding_questions for t in snap.themes] == [("Which pathways?",)]
    assert snap.agenda[0].kind == "round" and len(snap.rounds) == 1
    assert integrity_problems(again.db) == []
    again.db.dispose()


def test_revision_graph_read_from_files_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(dbmod._alembic_config(None))
    assert dbmod.schema_heads() == set(script.get_heads())
    assert dbmod.known_revisions() == {r.revision for r in script.walk_revisions()}
