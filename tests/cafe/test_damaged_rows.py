"""Damaged rows do not take the workshop down: check names them, repair moves them aside, exports and
the window's reads go on with the sound rows (issue 13, item 4).

Each damage is made with raw SQL on a database holding the sample workshop; none of them is caught
by SQLite's own quick check.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from cafe import cli, workshop_file
from cafe.service import Service
from cafe.storage import damage
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def sample_bytes(tmp_path_factory) -> bytes:
    """A database file holding the sample workshop (made once; each test damages its own copy)."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    service = Service(open_database(path))
    service.periodic_backups = None  # made before each test's own data folder exists
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path.read_bytes()


@pytest.fixture
def db_file(tmp_path, sample_bytes) -> Path:
    path = tmp_path / "workshop.sqlite"
    path.write_bytes(sample_bytes)
    return path


def damage_with(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.executescript(sql)
    con.commit()
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # SQLite's own check sees nothing
    con.close()


FIRST_NOTE = "(SELECT min(id) FROM note)"

#: name -> (SQL, the damaged row as check names it, words of the problem)
DAMAGES = {
    "unknown category": (f"UPDATE note SET category = 'idea' WHERE id = {FIRST_NOTE}",
                         "note #1", ['category: "idea" is not one of opportunity, challenge, practice, other']),
    "bad timestamp": (f"UPDATE note SET created_at = 'yesterday' WHERE id = {FIRST_NOTE}",
                      "note #1", ['created_at: "yesterday" is not a date and time']),
    "attributions not JSON": (f"UPDATE note SET attributions = 'Philippines, Bahrain' WHERE id = {FIRST_NOTE}",
                              "note #1", ['attributions: "Philippines, Bahrain" is not valid JSON']),
    "attributions not a list": (f"UPDATE note SET attributions = '{{\"a\": 1}}' WHERE id = {FIRST_NOTE}",
                                "note #1", ["attributions:", "is not a list of texts"]),
    "dangling room": (f"UPDATE note SET room_id = 9999 WHERE id = {FIRST_NOTE}",
                      "note #1", ["room_id: refers to room #9999, which does not exist"]),
    "text not UTF-8": (f"UPDATE note SET text = CAST(X'FFFE41' AS TEXT) WHERE id = {FIRST_NOTE}",
                       "note #1", ["text: the text is not valid UTF-8"]),
    "position not a number": (f"UPDATE note SET position = 'top' WHERE id = {FIRST_NOTE}",
                              "note #1", ['position: "top" is not a whole number']),
    "unknown clock state": ("UPDATE room_round SET state = 'weird' WHERE id = 1",
                            "room round #1", ['state: "weird" is not one of scheduled, running']),
    "guiding questions not JSON": ("UPDATE theme SET guiding_questions = '[' WHERE id = 1",
                                   "theme #1", ['guiding_questions: "[" is not valid JSON']),
    "round number not a number": ("UPDATE round SET number = 'x' WHERE id = 1",
                                  "round #1", ['number: "x" is not a whole number']),
    "room name not UTF-8": ("UPDATE room SET name = CAST(X'C0AF' AS TEXT) WHERE id = 1",
                            "room #1", ["name: the text is not valid UTF-8"]),
    "day that is not a date": ("UPDATE day SET date = '2019-02-30' WHERE id = 1",
                               "day #1", ['date: "2019-02-30" is not a date']),
}


@pytest.mark.parametrize("name", DAMAGES)
def test_check_names_the_row_and_the_problem(db_file, capsys, name):
    sql, row, words = DAMAGES[name]
    damage_with(db_file, sql)
    code, out, err = run(capsys, "--db", db_file, "check")
    assert code == cli.EXIT_UNSOUND and "internal error" not in err
    line = next(line for line in err.splitlines() if line.strip().startswith(row))
    for word in words:
        assert word in line, line
    assert "cafe check --repair" in err


@pytest.mark.parametrize("name", DAMAGES)
def test_dump_and_report_work_on_the_sound_rows_and_name_what_they_left_out(db_file, tmp_path, capsys, name):
    sql, row, _words = DAMAGES[name]
    damage_with(db_file, sql)
    dumped = tmp_path / "dump.json"
    code, out, err = run(capsys, "--db", db_file, "dump", dumped)
    assert code == 0, err
    named = [line for line in err.splitlines() if line.startswith("cafe:   ")]
    assert any(line.split("cafe:   ")[1].startswith(row) for line in named), err
    assert all(len(line) < 200 for line in named)
    # the file holds the sound rows, and it loads
    rows = workshop_file.read_rows(dumped)
    assert len(rows["participant"]) == 190
    fresh = Service(open_database(tmp_path / "fresh.sqlite"))
    workshop_file.load(fresh, dumped)
    fresh.db.dispose()

    code, out, err = run(capsys, "--db", db_file, "report", tmp_path / "report.md")
    assert code == 0, err
    assert "Wrote" in out and (tmp_path / "report.md").stat().st_size > 1000
    assert any(line.startswith(f"cafe:   {row}") for line in err.splitlines()), err


@pytest.mark.parametrize("name", DAMAGES)
def test_repair_moves_the_rows_aside_and_the_database_is_sound_again(db_file, capsys, name):
    sql, row, _words = DAMAGES[name]
    damage_with(db_file, sql)
    code, out, err = run(capsys, "--db", db_file, "check", "--repair")
    assert "Repaired:" in out and code == 0, (out, err)
    recovered = list(db_file.parent.glob("workshop.sqlite.recovered-*.json"))
    assert len(recovered) == 1
    doc = json.loads(recovered[0].read_text("utf-8"))
    kind, number = row.split(" #")
    table = {"room round": "room_round"}.get(kind, kind)
    entry = next(r for r in doc["rows"] if r["table"] == table and r["id"] == int(number))
    assert entry["problems"] and entry["values"]["uuid"]  # the raw row, to put back by hand
    code, out, err = run(capsys, "--db", db_file, "check")
    assert (code, err) == (0, ""), err
    # the row is gone from the database, and the backup made first still has it
    con = sqlite3.connect(db_file)
    assert con.execute(f"SELECT count(*) FROM {table} WHERE id = ?", (int(number),)).fetchone() == (0,)
    con.close()


def test_the_recovery_file_keeps_raw_values_even_undecodable_text(db_file, capsys):
    damage_with(db_file, f"UPDATE note SET text = CAST(X'FFFE41' AS TEXT), category = 'idea' WHERE id = {FIRST_NOTE}")
    assert run(capsys, "--db", db_file, "check", "--repair")[0] == 0
    doc = json.loads(next(db_file.parent.glob("*.recovered-*.json")).read_text("utf-8"))
    (entry,) = doc["rows"]
    assert entry["values"]["text"] == {"not_utf8_hex": "fffe41", "as_text": "\ufffd\ufffdA"}
    assert entry["values"]["category"] == "idea"
    assert len(entry["problems"]) == 2


@pytest.mark.parametrize("name", DAMAGES)
def test_the_windows_reads_skip_damaged_rows_and_say_so(db_file, name):
    """What the window reads when it opens and shows a room, the plenary or the export dialog."""
    from cafe.sync.replay import open_workshop

    damage_with(db_file, DAMAGES[name][0])
    opened = open_workshop(str(db_file), sample=None, new_title=None, origin=None)
    service, snap = opened.service, opened.snapshot
    try:
        assert snap.workshop is not None and snap.rooms
        notes = service.notes()
        assert 40 <= len(notes) <= 63
        for room in snap.rooms:
            service.room_notes(room.uuid)
        service.note_category_counts()
        known = {r.uuid for r in snap.rooms}
        assert all(n.room_uuid in known for n in notes)
        damaged = service.damaged_rows()
        assert damaged and all(str(p) for p in damaged)
        if DAMAGES[name][1].startswith("note"):
            assert len(notes) == 62  # only the damaged note is left out
        else:
            assert snap.skipped  # the snapshot says what it left out, for the window to show
            assert {(p.kind, p.row_id) for p in snap.skipped} <= {(p.kind, p.row_id) for p in damaged}
    finally:
        service.db.dispose()


def test_a_damaged_workshop_row_is_read_with_defaults_not_left_out(db_file, capsys):
    """The workshop's one row cannot go: a damaged value reads as its default, and repair writes it."""
    damage_with(db_file, "UPDATE workshop SET start_date = 'soon'")
    service = Service(open_database(db_file))
    snap = service.snapshot()
    assert snap.workshop is not None and snap.workshop.start_date is None and snap.workshop.title
    (problem,) = snap.skipped
    assert not problem.left_out and "start_date" in str(problem)
    service.db.dispose()
    assert run(capsys, "--db", db_file, "check", "--repair")[0] == 0
    assert run(capsys, "--db", db_file, "check")[0] == 0


def test_rows_depending_on_a_damaged_row_follow_it(db_file):
    """Required references go with the row (as ON DELETE CASCADE would), optional ones read as empty."""
    damage_with(db_file, "UPDATE room SET name = CAST(X'C0AF' AS TEXT) WHERE id = 1")
    service = Service(open_database(db_file))
    try:
        snap = service.snapshot()
        assert 1 not in {p.row_id for p in snap.skipped if p.kind == "room" and not p.left_out}
        assert len(snap.rooms) == 2
        assert all(t.room_uuid in {r.uuid for r in snap.rooms} or t.room_uuid is None for t in snap.themes)
        lines = damage.report_lines(service.damaged_rows())
        line = next(line for line in lines if line.startswith("room #1 is damaged:"))
        assert " notes" in line and "left out with it" in line and "1 theme read without it" in line
    finally:
        service.db.dispose()


def test_a_sound_workshop_has_nothing_to_report(db_file, capsys):
    service = Service(open_database(db_file))
    assert service.damaged_rows() == [] and service.snapshot().skipped == ()
    service.db.dispose()
    code, out, err = run(capsys, "--db", db_file, "check", "--repair")
    assert (code, err) == (0, "") and "Repaired" not in out
    assert list(db_file.parent.glob("*.recovered-*")) == []


def test_a_repair_that_cannot_write_its_recovery_file_changes_nothing(db_file, monkeypatch):
    from cafe.storage import repair as repair_module
    from cafe.storage.atomic import WriteError

    damage_with(db_file, f"UPDATE note SET category = 'idea' WHERE id = {FIRST_NOTE}")

    def no_space(path, data, **kwargs):
        raise WriteError("No space left on device.")

    monkeypatch.setattr(repair_module, "atomic_write", no_space)
    service = Service(open_database(db_file))
    with pytest.raises(WriteError):
        service.repair_damaged_rows()
    assert len(service.damaged_rows()) == 1
    service.db.dispose()


@pytest.mark.parametrize("seed", range(16))
def test_random_damage_to_one_page_never_ends_in_an_internal_error(sample_bytes, tmp_path, capsys, seed):
    """Scribble over one page: the file is refused at open, or every command works around what it finds."""
    import random

    rnd = random.Random(seed)
    data = bytearray(sample_bytes)
    page = int.from_bytes(data[16:18], "big")
    where = rnd.randrange(1, len(data) // page)
    for _ in range(rnd.choice([1, 3, 10, 50])):
        data[where * page + rnd.randrange(page)] = rnd.randrange(256)
    path = tmp_path / "scribbled.sqlite"
    path.write_bytes(bytes(data))
    for command in (["check"], ["dump", tmp_path / "d.json"], ["report", tmp_path / "r.md"], ["check", "--repair"],
                    ["check"]):
        code, out, err = run(capsys, "--db", path, *command)
        assert "internal error" not in err and "Traceback" not in err, (command, err)
        assert code in (0, 1, cli.EXIT_UNSOUND)
