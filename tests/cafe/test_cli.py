"""The command line: each command, its help, and errors as one line without a traceback."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from cafe import cli


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_db(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    code, out, err = run(capsys, "--db", str(path), "sample")
    assert code == 0, err
    return path


def test_help_explains_every_command(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for command in ("sample", "load", "dump", "check", "--db"):
        assert command in out
    for command in ("sample", "load", "dump", "check"):
        with pytest.raises(SystemExit) as info:
            cli.main([command, "--help"])
        assert info.value.code == 0
        assert "usage: cafe " + command in capsys.readouterr().out


def test_sample_then_check_then_dump(sample_db, tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(sample_db), "check")
    assert (code, err) == (0, "")
    assert "sound" in out
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "--db", str(sample_db), "dump", str(target))
    assert code == 0, err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data["themes"]) == 3 and len(data["participants"]) > 150


def test_dump_to_stdout_equals_dump_to_file(tmp_path, capsysbinary):
    sample_db = tmp_path / "w.sqlite"
    assert cli.main(["--db", str(sample_db), "sample"]) == 0
    target = tmp_path / "out.json"
    assert cli.main(["--db", str(sample_db), "dump", str(target)]) == 0
    capsysbinary.readouterr()
    assert cli.main(["--db", str(sample_db), "dump", "-"]) == 0
    assert capsysbinary.readouterr().out == target.read_bytes()


def test_load_round_trips_and_refuses_a_second_workshop(sample_db, tmp_path, capsys):
    dumped = tmp_path / "a.json"
    assert run(capsys, "--db", str(sample_db), "dump", str(dumped))[0] == 0
    other = tmp_path / "b.sqlite"
    code, out, err = run(capsys, "--db", str(other), "load", str(dumped))
    assert code == 0, err
    again = tmp_path / "b.json"
    assert run(capsys, "--db", str(other), "dump", str(again))[0] == 0
    assert again.read_bytes() == dumped.read_bytes()
    code, out, err = run(capsys, "--db", str(other), "load", str(dumped))
    assert code == 1 and "already holds a workshop" in err
    code, out, err = run(capsys, "--db", str(other), "load", "--replace", str(dumped))
    assert code == 0, err


def test_bad_workshop_file_is_one_line_per_problem_and_creates_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "knowledge-cafe-workshop", ', encoding="utf-8")
    target = tmp_path / "never.sqlite"
    code, out, err = run(capsys, "--db", str(target), "load", str(bad))
    assert code == 1
    assert err.startswith("cafe: ") and "bad.json" in err and "Traceback" not in err
    assert not target.exists()


def test_a_load_that_fails_after_the_file_was_checked_leaves_no_new_database(tmp_path, capsys, monkeypatch):
    from cafe.service import Service, ServiceError

    source = tmp_path / "w.sqlite"
    assert run(capsys, "--db", str(source), "sample")[0] == 0
    dumped = tmp_path / "good.json"
    assert run(capsys, "--db", str(source), "dump", str(dumped))[0] == 0
    calls = []

    def failing(self, rows, **kwargs):
        calls.append(self.db.display_name)
        raise ServiceError("The disk is full.")

    monkeypatch.setattr(Service, "import_rows", failing)
    for target in (tmp_path / "new.sqlite", f"sqlite:///{tmp_path / 'url.sqlite'}"):
        code, out, err = run(capsys, "--db", str(target), "load", str(dumped))
        assert (code, out) == (1, "") and "The disk is full." in err and "Traceback" not in err
    assert len(calls) == 2  # the database was opened (created) before the load failed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.json", "w.sqlite"]  # no -wal, -shm either

    # an existing database stays, whatever happens to the load
    before = source.read_bytes()
    code, out, err = run(capsys, "--db", str(source), "load", "--replace", str(dumped))
    assert code == 1 and source.read_bytes() == before
    monkeypatch.undo()
    assert run(capsys, "--db", str(source), "check")[0] == 0


def test_a_database_that_cannot_be_opened_is_not_left_behind_by_load(tmp_path, capsys, monkeypatch):
    from cafe.storage import db

    dumped = tmp_path / "good.json"
    assert run(capsys, "--db", str(tmp_path / "w.sqlite"), "sample")[0] == 0
    assert run(capsys, "--db", str(tmp_path / "w.sqlite"), "dump", str(dumped))[0] == 0
    real_upgrade = db.upgrade

    def interrupted(engine):
        real_upgrade(engine)
        raise KeyboardInterrupt

    monkeypatch.setattr(db, "upgrade", interrupted)
    assert run(capsys, "--db", str(tmp_path / "new.sqlite"), "load", str(dumped))[0] == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.json", "w.sqlite"]


def test_check_reports_broken_rules_with_exit_3(sample_db, capsys):
    con = sqlite3.connect(sample_db)
    con.execute("UPDATE agenda_item SET \"end\" = start")
    con.commit()
    con.close()
    code, out, err = run(capsys, "--db", str(sample_db), "check")
    assert code == 3
    assert "ends before it starts" in err


def test_commands_on_a_file_that_is_not_a_database(tmp_path, capsys):
    text = tmp_path / "notes.txt"
    text.write_text("just notes\n")
    for command in (["check"], ["dump", str(tmp_path / "x.json")], ["sample"]):
        code, out, err = run(capsys, "--db", str(text), *command)
        assert code == 1
        assert "not a workshop database" in err and "Traceback" not in err
    assert text.read_text() == "just notes\n"


def test_check_and_dump_do_not_create_a_missing_database(tmp_path, capsys):
    missing = tmp_path / "missing.sqlite"
    for command in (["check"], ["dump", str(tmp_path / "x.json")]):
        code, out, err = run(capsys, "--db", str(missing), *command)
        assert code == 1 and "no such database" in err
    assert not missing.exists()


def test_default_database_lives_in_the_data_folder(tmp_path, capsys):
    code, out, err = run(capsys, "sample")
    assert code == 0, err
    assert (tmp_path / "data" / "workshop.sqlite").exists()


def test_unreachable_server_is_a_clear_error(capsys):
    code, out, err = run(capsys, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "check")
    assert code == 1
    assert "cannot" in err and "Traceback" not in err


def test_unexpected_errors_are_one_line_and_logged(monkeypatch, tmp_path, capsys):
    def boom(_args):
        raise RuntimeError("something odd")

    monkeypatch.setitem(cli.COMMANDS, "check", boom)
    code, out, err = run(capsys, "check")
    assert code == 1
    assert "internal error: RuntimeError: something odd" in err and "Traceback" not in err
    assert "something odd" in (tmp_path / "data" / "cafe-errors.log").read_text()


def test_installed_entry_point_runs(tmp_path):
    """The `cafe` console script exists and behaves like cli.main."""
    exe = __import__("pathlib").Path(sys.executable).with_name("cafe")
    result = subprocess.run([str(exe), "--db", str(tmp_path / "none.sqlite"), "check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "no such database" in result.stderr


def test_merge_a_room_laptops_file(sample_db, tmp_path, capsys):
    room_db = tmp_path / "room.sqlite"
    exported = tmp_path / "main.json"
    assert run(capsys, "--db", str(sample_db), "dump", str(exported))[0] == 0
    assert run(capsys, "--db", str(room_db), "load", str(exported))[0] == 0
    from cafe.service import Service
    from cafe.storage.db import open_database

    room = Service(open_database(room_db))
    snap = room.snapshot()
    room.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "other", "typed without network")
    room.db.dispose()
    back = tmp_path / "room.json"
    assert run(capsys, "--db", str(room_db), "dump", str(back))[0] == 0
    code, out, err = run(capsys, "--db", str(sample_db), "merge", str(back))
    assert code == 0, err
    assert "Added 1 note" in out
    code, out, err = run(capsys, "--db", str(sample_db), "merge", str(back))
    assert "Added nothing; updated nothing" in out


def test_load_says_how_many_participants_and_notes_it_loaded(tmp_path, capsys):
    from cafe.cli import main as cafe
    from cafe.storage.paths import sample_workshop_path

    assert cafe(["--db", str(tmp_path / "w.sqlite"), "load", str(sample_workshop_path())]) == 0
    out = capsys.readouterr().out
    assert ": 190 participants, " in out and " 0 notes" not in out
