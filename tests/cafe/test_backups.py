"""Automatic backups (issue 13, item 7): before a replacing load, every few minutes while the workshop
changes, a bounded number kept, listed with their times, restored in one step that can itself be undone."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from cafe import cli, workshop_file
from cafe.service import Service, ServiceError
from cafe.storage import backups
from cafe.storage.backups import BackupError, PeriodicBackups, list_backups, make_backup, restore_backup
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def title_in(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT title FROM workshop").fetchone()[0]
    finally:
        con.close()


def room_names(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM room ORDER BY id")]
    finally:
        con.close()


@pytest.fixture
def workshop_file_db(tmp_path) -> Path:
    path = tmp_path / "GFMD.sqlite"
    service = Service(open_database(path))
    service.periodic_backups = None
    service.create_workshop("Before")
    service.add_room("Room XI")
    service.db.dispose()
    return path


def test_a_replacing_load_is_backed_up_first(workshop_file_db, tmp_path, capsys):
    other = tmp_path / "other.json"
    service = Service(open_database(tmp_path / "other.sqlite"))
    service.create_workshop("After")
    other.write_bytes(workshop_file.dump_bytes(service))
    service.db.dispose()

    assert list_backups(workshop_file_db) == []
    code, out, err = run(capsys, "--db", workshop_file_db, "load", "--replace", other)
    assert code == 0, err
    assert title_in(workshop_file_db) == "After"
    (backup,) = list_backups(workshop_file_db)
    assert backup.reason == "before-replace" and title_in(backup.path) == "Before"
    assert abs((dt.datetime.now(dt.UTC) - backup.time).total_seconds()) < 60
    # the backup is a whole, sound workshop database
    restored = Service(open_database(backup.path))
    assert restored.snapshot().workshop.title == "Before" and restored.damaged_rows() == []
    restored.db.dispose()


def test_the_windows_import_backs_up_through_the_core_call(workshop_file_db):
    """File › Import calls workshop_file.load(..., replace=True): the backup is made there."""
    service = Service(open_database(workshop_file_db))
    workshop_file.load(service, sample_workshop_path(), replace=True)
    service.db.dispose()
    assert [b.reason for b in list_backups(workshop_file_db)] == ["before-replace"]
    assert title_in(list_backups(workshop_file_db)[0].path) == "Before"


def test_a_replacing_load_that_cannot_be_backed_up_changes_nothing(workshop_file_db, tmp_path, monkeypatch):
    blocked = tmp_path / "data-is-a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CAFE_DATA_DIR", str(blocked))
    service = Service(open_database(workshop_file_db))
    with pytest.raises(workshop_file.WorkshopFileError, match="could not be backed up"):
        workshop_file.load(service, sample_workshop_path(), replace=True)
    assert service.snapshot().workshop.title == "Before"
    service.db.dispose()


def test_a_load_into_an_empty_database_makes_no_backup(tmp_path):
    service = Service(open_database(tmp_path / "new.sqlite"))
    service.periodic_backups = None
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()
    assert list_backups(tmp_path / "new.sqlite") == []


class Clock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_periodic_backups_follow_the_changes(workshop_file_db):
    clock = Clock()
    service = Service(open_database(workshop_file_db))
    service.periodic_backups = PeriodicBackups(service.db, period_s=300, clock=clock)
    service.add_room("Room VII")  # no backup yet: the first change makes one
    assert [b.reason for b in list_backups(workshop_file_db)] == ["periodic"]
    clock.now += 120
    service.add_room("Room XVI")
    assert len(list_backups(workshop_file_db)) == 1  # not due yet
    clock.now += 200
    service.add_room("Room XVII")
    found = list_backups(workshop_file_db)
    assert len(found) == 2 and room_names(found[0].path)[-1] == "Room XVII"
    clock.now += 3600  # nothing changes: nothing is backed up
    assert len(list_backups(workshop_file_db)) == 2
    service.db.dispose()


def test_the_service_backs_a_workshop_file_up_by_default_and_not_a_server_or_memory(workshop_file_db):
    service = Service(open_database(workshop_file_db))
    assert service.periodic_backups is not None and service.periodic_backups.period_s == backups.PERIOD_S
    service.add_room("Room VII")
    assert [b.reason for b in service.backups()] == ["periodic"]
    service.db.dispose()
    memory = Service(open_database("sqlite://"))
    assert memory.periodic_backups is None and memory.backups() == []
    with pytest.raises(ServiceError, match="only workshop files"):
        memory.make_backup()
    memory.db.dispose()


def test_a_failing_backup_never_breaks_a_save(workshop_file_db, tmp_path, monkeypatch):
    blocked = tmp_path / "data-is-a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CAFE_DATA_DIR", str(blocked))
    clock = Clock()
    service = Service(open_database(workshop_file_db))
    service.periodic_backups = PeriodicBackups(service.db, period_s=300, clock=clock)
    service.add_room("Room VII")
    assert "Cannot back up" in service.periodic_backups.last_error
    assert "Room VII" in [r.name for r in service.snapshot().rooms]
    service.db.dispose()


def test_only_a_bounded_number_is_kept_per_reason(workshop_file_db):
    for _ in range(13):
        make_backup(workshop_file_db, "periodic")
    for _ in range(7):
        make_backup(workshop_file_db, "before-replace")
    make_backup(workshop_file_db, "manual")
    found = list_backups(workshop_file_db)
    reasons = [b.reason for b in found]
    assert reasons.count("periodic") == 10 and reasons.count("before-replace") == 5 and reasons.count("manual") == 1
    assert found == sorted(found, key=lambda b: b.time, reverse=True)
    folder = backups.backup_dir(workshop_file_db)
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.path.name for b in found)  # nothing else left


def test_a_restore_is_one_step_and_can_itself_be_undone(workshop_file_db):
    service = Service(open_database(workshop_file_db))
    service.periodic_backups = None
    kept = service.make_backup()
    service.add_room("Room VII")
    workshop = service.snapshot().workshop
    service.update_workshop(workshop.uuid, workshop.version, title="After")
    seen = []
    service.subscribe(seen.append)
    before = service.restore_backup(kept)  # the app's own service, open on the database, sees it at once
    snap = service.snapshot()
    assert snap.workshop.title == "Before" and [r.name for r in snap.rooms] == ["Room XI"]
    assert seen and seen[-1].kinds == frozenset({"*"})
    assert before is not None and title_in(before) == "After"
    assert [b.reason for b in service.backups()][:2] == ["before-restore", "manual"]
    service.restore_backup(before)  # undo
    snap = service.snapshot()
    assert snap.workshop.title == "After" and [r.name for r in snap.rooms] == ["Room XI", "Room VII"]
    service.add_room("Room XVI")  # the restored database takes new changes
    assert service.damaged_rows() == []
    service.db.dispose()
    assert room_names(workshop_file_db) == ["Room XI", "Room VII", "Room XVI"]


def test_restore_refuses_what_is_not_a_workshop_backup(workshop_file_db, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    other = tmp_path / "theirs.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    before = workshop_file_db.read_bytes()
    for candidate in (bad, other, tmp_path / "missing.sqlite"):
        with pytest.raises(BackupError, match="Not restored"):
            restore_backup(candidate, workshop_file_db)
    assert workshop_file_db.read_bytes() == before and list_backups(workshop_file_db) == []


def test_the_backup_commands(workshop_file_db, capsys):
    code, out, err = run(capsys, "--db", workshop_file_db, "backups")
    assert code == 0 and "No backups" in out
    code, out, err = run(capsys, "--db", workshop_file_db, "backup")
    assert code == 0 and "Backed up" in out
    service = Service(open_database(workshop_file_db))
    service.periodic_backups = None
    service.add_room("Room VII")
    service.db.dispose()
    code, out, err = run(capsys, "--db", workshop_file_db, "backups")
    assert code == 0 and "manual" in out and " 1  " in out
    local = list_backups(workshop_file_db)[0].time.astimezone().strftime("%Y-%m-%d %H:%M")
    assert local in out
    code, out, err = run(capsys, "--db", workshop_file_db, "restore", "1")
    assert code == 0 and "Restored" in out and "cafe restore" in out, err
    assert room_names(workshop_file_db) == ["Room XI"]
    undo = out.split("`cafe restore ")[1].split("`")[0]
    assert run(capsys, "--db", workshop_file_db, "restore", undo)[0] == 0
    assert room_names(workshop_file_db) == ["Room XI", "Room VII"]
    code, out, err = run(capsys, "--db", workshop_file_db, "restore", "99")
    assert code == 1 and "no backup number 99" in err
    code, out, err = run(capsys, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", "backups")
    assert code == 1 and "server's own backups" in err


def test_a_backup_of_a_database_being_written_is_consistent(workshop_file_db):
    """A writer commits notes as fast as it can while backups are taken: each backup is a whole
    database holding exactly the notes of some commit, each note whole."""
    service = Service(open_database(workshop_file_db))
    service.periodic_backups = None
    room = service.snapshot().rooms[0].uuid
    stop = threading.Event()
    written = [0]

    def writer():
        while not stop.is_set():
            n = written[0] + 1
            service.add_note(room, None, "practice", f"note {n} " + "x" * (n % 500 + 1))
            written[0] = n

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = []
        deadline = time.monotonic() + 10
        while len(made) < 8 and time.monotonic() < deadline:  # 8: fewer than the 10 manual ones kept
            low = written[0]
            path = make_backup(workshop_file_db, "manual")
            made.append((low, written[0] + 1, path))
            # the writer gets a few commits ahead before the next backup (a slow machine commits
            # fewer while a backup is taken than a fast one), so the backups fall among commits
            ahead = written[0] + 3
            while written[0] < ahead and time.monotonic() < deadline:
                time.sleep(0.002)
    finally:
        stop.set()
        thread.join()
        service.db.dispose()
    assert len(made) >= 3 and written[0] > 20
    for low, high, path in made:
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        texts = [r[0] for r in con.execute("SELECT text FROM note ORDER BY id")]
        con.close()
        assert low <= len(texts) <= high
        for i, text in enumerate(texts, start=1):
            assert text == f"note {i} " + "x" * (i % 500 + 1)


def test_a_server_database_is_not_backed_up_by_the_app():
    db = open_database("sqlite://")
    with pytest.raises(BackupError, match="server's own backups"):
        make_backup(db, "manual")
    db.dispose()
