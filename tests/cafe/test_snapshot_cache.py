"""The snapshot kept at a workshop file's close (:mod:`cafe.storage.snapshot_cache`): given back
equal to what the file holds, and only while it certainly is."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cafe import workshop_file
from cafe.service import Service
from cafe.storage import snapshot_cache
from cafe.storage import models as m
from cafe.storage.db import open_database
from cafe.storage.enums import RoundState
from cafe.storage.paths import sample_workshop_path
from cafe.storage.snap_types import SNAPS
from cafe.storage.snapshots import Kind


@pytest.fixture
def live_file(tmp_path) -> Path:
    """The sample workshop after a live morning: notes, a contribution waiting, a room closed to
    posting, a vote with dots (every kind of value a snapshot holds)."""
    path = tmp_path / "workshop.sqlite"
    service = Service(open_database(path))
    workshop_file.load(service, sample_workshop_path())
    snap = service.snapshot()
    room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    service.add_note(room, rnd, "practice", "Flexi visa", attributions=["Bahrain", "ILO"])
    service.post_contribution(room, "challenge", "Fees charged to workers", "Nepal", device="phone-1")
    service.set_posting([snap.rooms[1].uuid], open=False)
    service.add_lesson("Portable skills", "Recognition travels with the worker.")
    vote = service.open_vote(dots=3).uuids
    vote_uuid = next(iter(vote))
    option = service.snapshot().votes[0].options[0][0]
    service.cast_dots(vote_uuid, "phone-2", {option: 2})
    service.db.dispose()
    return path


def read(path: Path):
    service = Service(open_database(path))
    try:
        return service.snapshot()
    finally:
        service.db.dispose()


def test_what_is_kept_at_close_is_given_back_equal_to_the_files_snapshot(live_file):
    snap = read(live_file)
    assert snap.contributions and snap.votes and snap.lessons and snap.posting and not snap.skipped
    assert snapshot_cache.save(str(live_file), snap)
    name, kept = snapshot_cache.load(str(live_file))
    assert name == str(live_file.resolve())
    assert kept == snap
    assert [type(a) for a in kept.rooms] == [type(a) for a in snap.rooms] == [SNAPS["room"]] * len(snap.rooms)
    assert kept.votes[0].totals == snap.votes[0].totals and kept.votes[0].ranked() == snap.votes[0].ranked()
    assert read(live_file) == kept  # and it is what a fresh read of the file gives


def test_a_change_by_anyone_after_the_close_makes_it_stale(live_file):
    snapshot_cache.save(str(live_file), read(live_file))
    service = Service(open_database(live_file))
    service.add_note(service.snapshot().rooms[0].uuid, None, "other", "Written by another program")
    service.db.dispose()
    assert snapshot_cache.load(str(live_file)) is None


def test_a_write_ahead_log_holding_commits_means_another_program_has_the_file(live_file):
    snapshot_cache.save(str(live_file), read(live_file))
    other = sqlite3.connect(live_file)
    try:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("UPDATE room SET name = 'Renamed elsewhere' WHERE id = 1")
        other.commit()  # in the -wal file; the database file itself unchanged until a checkpoint
        assert snapshot_cache.load(str(live_file)) is None
    finally:
        other.close()


def test_another_file_or_a_server_has_nothing_kept(live_file, tmp_path):
    snapshot_cache.save(str(live_file), read(live_file))
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(live_file.read_bytes())
    assert snapshot_cache.load(str(copy)) is None
    assert snapshot_cache.cache_path("postgresql+psycopg://cafe@server/workshop") is None
    assert snapshot_cache.load("postgresql+psycopg://cafe@server/workshop") is None


def test_a_snapshot_that_left_damaged_rows_out_is_not_kept(live_file):
    snap = dataclasses.replace(read(live_file), skipped=("room 3: name is not text",))
    assert not snapshot_cache.save(str(live_file), snap)
    assert snapshot_cache.load(str(live_file)) is None


def rewrite(path: Path, header_change: dict | None = None, body: str | None = None) -> None:
    where = snapshot_cache.cache_path(str(path))
    header, rest = where.read_text(encoding="utf-8").split("\n", 1)
    where.write_text(json.dumps({**json.loads(header), **(header_change or {})}) + "\n"
                     + (rest if body is None else body), encoding="utf-8")


def test_a_cache_of_another_version_damaged_or_cut_short_is_not_used(live_file):
    snap = read(live_file)
    snapshot_cache.save(str(live_file), snap)
    rewrite(live_file, {"format": "0" * 16})  # written by a version whose snapshots have other fields
    assert snapshot_cache.load(str(live_file)) is None
    snapshot_cache.save(str(live_file), snap)
    where = snapshot_cache.cache_path(str(live_file))
    where.write_bytes(where.read_bytes()[:-200])
    assert snapshot_cache.load(str(live_file)) is None
    where.write_bytes(b"not a cache at all")
    assert snapshot_cache.load(str(live_file)) is None


def test_the_format_covers_every_class_a_snapshot_holds(monkeypatch):
    before = snapshot_cache._format()
    for name in ("WorkshopSnapshot", "VoteSnap", "ContributionSnap", "PostingState", "NoteSnap"):
        monkeypatch.setitem(snapshot_cache._FIELDS, name, (*snapshot_cache._FIELDS[name], "added_later"))
        assert snapshot_cache._format() != before, name
        monkeypatch.undo()


def test_a_cache_holding_anything_but_snapshot_values_is_refused_and_changes_nothing(live_file):
    snap = read(live_file)
    snapshot_cache.save(str(live_file), snap)
    body = snapshot_cache.cache_path(str(live_file)).read_text(encoding="utf-8").split("\n", 1)[1]
    room = json.dumps(snapshot_cache._encode(snap.rooms[0]), separators=(",", ":"))
    attempts = [
        body.replace('["RoomSnap",', '["Path",', 1),  # a class that is not a snapshot's
        body.replace('{"e":["RoundState","scheduled"]}', '{"e":["RoundState","sabotaged"]}', 1),  # no such value
        body.replace(room, room[:-3] + ',1]]}', 1),  # a field too many
        body.replace('{"t":[', '{"x":0,"t":[', 1),  # a tag with something beside it
        body.replace('{"e":["RoundState",', '{"e":["os.system",', 1),  # an enumeration that is not one
        '{"__class__": "WorkshopSnapshot"}',
        '[' * 100_000,  # nested past any stack
    ]
    assert all(a != body for a in attempts[:5])
    for attempt in attempts:
        rewrite(live_file, body=attempt)
        assert snapshot_cache.load(str(live_file)) is None
    assert RoundState.scheduled.value == "scheduled" and RoundState("running") is RoundState.running
    rewrite(live_file, body=body)  # and the file as written reads back
    assert snapshot_cache.load(str(live_file))[1] == snap


def test_keeping_and_reading_back_need_no_storage_stack(live_file, tmp_path):
    snapshot_cache.save(str(live_file), read(live_file))
    code = ("import sys\n"
            "from cafe.storage import snapshot_cache\n"
            f"name, snap = snapshot_cache.load({str(live_file)!r})\n"
            "print(len(snap.rooms), snap.contributions[0].text, snap.votes[0].voters,\n"
            "      sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic') if m in sys.modules))\n")
    import os

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True,
                         env={**os.environ, "CAFE_DATA_DIR": os.environ["CAFE_DATA_DIR"]})
    assert out.stdout.strip() == f"{len(read(live_file).rooms)} Fees charged to workers 1 []"


def test_the_snapshot_types_must_match_the_tables():
    assert Kind("room", m.Room, {}, frozenset()).snap is SNAPS["room"]
    with pytest.raises(TypeError, match="snap_types"):
        Kind("room", m.Day, {}, frozenset())  # a table whose columns the kept fields do not list


def test_a_snapshot_holding_the_wrong_things_in_its_fields_is_refused(live_file):
    snap = read(live_file)
    for wrong in (dataclasses.replace(snap, rooms="abc"),
                  dataclasses.replace(snap, days=(snap.rooms[0],)),  # a room where days go
                  dataclasses.replace(snap, posting={"a": "b"}),
                  dataclasses.replace(snap, note_counts={("room", None): "many"}),
                  dataclasses.replace(snap, rooms=(dataclasses.replace(snap.rooms[0], uuid=7),))):
        assert snapshot_cache.save(str(live_file), wrong)  # kept as it is given...
        assert snapshot_cache.load(str(live_file)) is None  # ...and not read back as a workshop
    assert snapshot_cache.save(str(live_file), snap)
    assert snapshot_cache.load(str(live_file))[1] == snap


def test_a_pipe_where_the_cache_should_be_is_not_read(live_file):
    where = snapshot_cache.cache_path(str(live_file))
    where.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(where)  # opening it to read would wait for a writer forever
    assert snapshot_cache.load(str(live_file)) is None


def test_a_closed_file_watch_never_opens_its_connection_again(live_file):
    from cafe.storage.file_watch import FileWatch

    watch = FileWatch(live_file)
    watch.close()
    assert watch.changed() is False
    watch.mark()
    assert watch._conn is None
