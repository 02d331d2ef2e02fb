"""Paths are paths (issue 13, item 5), and a SQLite file that is not ours stays untouched (item 6)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from cafe import cli
from cafe.service import Service
from cafe.storage.db import APPLICATION_ID, DatabaseError, is_url, open_database, to_url


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(path: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.glob(path.name + "*"))}


def application_id(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA application_id").fetchone()[0]
    finally:
        con.close()


# -- paths ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["GFMD%20workshop.sqlite", "what?.sqlite", "a?mode=ro.sqlite", "r&d #2.sqlite",
                                  "100%.sqlite", "x@y:z.sqlite", "a%3Fb.sqlite"])
def test_a_file_name_is_never_read_as_a_url(tmp_path, monkeypatch, capsys, name):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", name, "sample")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == [name]
    code, out, err = run(capsys, "--db", name, "check")
    assert code == 0 and out.strip() == f"{tmp_path / name}: sound"
    assert run(capsys, "--db", tmp_path / name, "dump", "-")[0] == 0


def test_a_missing_file_with_a_percent_sign_is_named_as_given(tmp_path, capsys):
    code, out, err = run(capsys, "--db", tmp_path / "GFMD%20workshop.sqlite", "check")
    assert code == 1 and f"{tmp_path / 'GFMD%20workshop.sqlite'}: no such database" in err
    assert list(tmp_path.iterdir()) == []


def test_only_scheme_slash_slash_is_a_url(tmp_path):
    assert is_url("postgresql+psycopg://user@host/cafe") and is_url("sqlite:///w.sqlite") and is_url("sqlite://")
    for text in ("w.sqlite", "GFMD%20workshop.sqlite", "a?b=c", "dir/a://b", "://x", "C:\\cafe\\w.sqlite"):
        assert not is_url(text)
        assert make_url(to_url(text)).database == str(Path(text).resolve())
    assert not is_url(Path("sqlite:///x"))  # a Path is a path


def test_the_database_object_knows_its_file(tmp_path):
    db = open_database(tmp_path / "a%20b?.sqlite")
    assert db.path == tmp_path / "a%20b?.sqlite" and db.display_name == str(db.path)
    db.dispose()
    memory = open_database("sqlite://")
    assert memory.path is None
    memory.dispose()


# -- the application id ---------------------------------------------------------------------------
def test_every_database_the_app_creates_carries_its_marker(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    Service(open_database(path)).db.dispose()
    assert application_id(path) == APPLICATION_ID
    assert run(capsys, "--db", tmp_path / "sample.sqlite", "sample")[0] == 0
    assert application_id(tmp_path / "sample.sqlite") == APPLICATION_ID


def test_an_empty_sqlite_file_is_used_and_marked(tmp_path):
    path = tmp_path / "empty.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 0")
    con.execute("VACUUM")  # writes the header: a valid SQLite file with nothing in it
    con.close()
    assert path.stat().st_size > 0
    service = Service(open_database(path))
    service.create_workshop("Fresh")
    service.db.dispose()
    assert application_id(path) == APPLICATION_ID


def test_a_workshop_database_of_an_earlier_version_opens_and_gets_the_marker(tmp_path, capsys):
    path = tmp_path / "earlier.sqlite"
    assert run(capsys, "--db", path, "sample")[0] == 0
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 0")  # as every version before the marker wrote it
    con.commit()
    con.close()
    assert application_id(path) == 0
    code, out, err = run(capsys, "--db", path, "check")
    assert code == 0, err
    assert application_id(path) == APPLICATION_ID


def test_a_database_at_the_first_schema_without_marker_is_migrated_and_marked(tmp_path):
    from alembic import command

    from cafe.storage.db import _alembic_config, make_engine

    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    assert application_id(path) == 0
    open_database(path).dispose()
    assert application_id(path) == APPLICATION_ID


def _empty_alembic_table(con):
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")


def _only_views(con):
    con.execute("CREATE VIEW answers AS SELECT 42 AS answer")


def _a_foreign_table(con):
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Ada')")


def _alembic_of_another_program(con):
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('0002')")
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")


def _our_tables_and_a_trigger(con):
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("INSERT INTO alembic_version VALUES ('0002')")
    con.execute("CREATE TABLE workshop (id INTEGER PRIMARY KEY)")
    con.execute("CREATE TRIGGER t AFTER INSERT ON workshop BEGIN SELECT 1; END")


def _another_application_id(con):
    con.execute("PRAGMA application_id = 1234")
    con.execute("VACUUM")


def _a_user_version(con):
    con.execute("PRAGMA user_version = 7")
    con.execute("VACUUM")


@pytest.mark.parametrize("make", [_empty_alembic_table, _only_views, _a_foreign_table, _alembic_of_another_program,
                                  _our_tables_and_a_trigger, _another_application_id, _a_user_version])
def test_another_programs_sqlite_file_is_refused_and_left_byte_for_byte(tmp_path, capsys, make):
    path = tmp_path / "theirs.sqlite"
    con = sqlite3.connect(path)
    make(con)
    con.commit()
    con.close()
    before = fingerprint(path)
    with pytest.raises(DatabaseError, match="another program") as info:
        open_database(path)
    assert str(path) in str(info.value) and "not changed" in str(info.value)
    assert fingerprint(path) == before
    from cafe.storage.paths import sample_workshop_path

    for command in (["load", sample_workshop_path()], ["sample"], ["check"], ["dump", "-"]):
        code, out, err = run(capsys, "--db", path, *command)
        assert code == 1 and "another program" in err and "Traceback" not in err
    assert fingerprint(path) == before
