"""The offline journal: kept on disk, replayed in order, safe to repeat, conflicts surfaced."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import textwrap

import pytest
import sqlalchemy as sa

from cafe.service import Service
from cafe.storage.db import open_database
from cafe.sync.journal import Journal, decode, encode, is_connection_error, replay

NOTE_UUID = "5b0c4a9e-1111-4222-8333-444455556666"


@pytest.mark.parametrize("value", [
    None, 3, 2.5, "Côte d'Ivoire", ["a", 1], ("a", ("b", None)), dt.date(2019, 3, 21), dt.time(16, 15),
    dt.datetime(2019, 3, 21, 11, 0, tzinfo=dt.UTC), {("r", "g"): "room", "k": [1]},
])
def test_encode_decode_round_trip(value):
    import json

    assert decode(json.loads(json.dumps(encode(value)))) == value


def test_unknown_values_are_not_journalled():
    with pytest.raises(TypeError, match="cannot keep a object"):
        encode(object())


def test_pending_survives_reopen_and_done_entries_disappear(tmp_path):
    j = Journal(tmp_path / "j.jsonl")
    first = j.append("add_note", {"room_uuid": "r", "text": "one"})
    j.append("add_note", {"room_uuid": "r", "text": "two"})
    again = Journal(tmp_path / "j.jsonl")
    assert [e.kwargs["text"] for e in again.pending()] == ["one", "two"]
    again.mark_done(first.id)
    assert [e.kwargs["text"] for e in Journal(tmp_path / "j.jsonl").pending()] == ["two"]


def test_a_line_cut_short_by_a_crash_is_ignored_but_damage_elsewhere_is_reported(tmp_path):
    path = tmp_path / "j.jsonl"
    j = Journal(path)
    j.append("add_note", {"text": "kept"})
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"id": "x", "op": "add_no')
    assert [e.kwargs["text"] for e in j.pending()] == ["kept"]
    assert j.problems == []  # a last line cut short is normal, not damage
    path.write_text("garbage\n[1, 2]\n" + path.read_text() + "\n")
    assert [e.kwargs["text"] for e in j.pending()] == ["kept"]  # the readable lines still count
    assert j.problems == ["line 1: not a journal entry", "line 2: not a journal entry",
                          "line 4: not a journal entry"]


def test_a_damaged_or_unknown_entry_is_refused_and_never_blocks_the_ones_after_it(workshop, tmp_path):
    snap = workshop.snapshot()
    path = tmp_path / "j.jsonl"
    j = Journal(path)
    j.append("renamed_in_a_later_version", {"x": 1})
    j.append("add_note", {"room_uuid": snap.rooms[0].uuid, "round_uuid": None, "category": "other",
                          "text": "after the bad ones", "bogus": True})
    j.append("add_note", {"room_uuid": snap.rooms[0].uuid, "round_uuid": None, "category": "other",
                          "text": "sent"})
    with open(path, "ab") as fh:
        fh.write('{"id":"cut","op":"add_note","kwargs":{"text":"Genè'.encode()[:-1] + b"\n")
    result = replay(Journal(path), workshop)
    assert result.sent == 1 and len(result.refused) == 2 and not path.exists()
    assert [n.text for n in workshop.notes(snap.rooms[0].uuid)] == ["sent"]


def test_a_delete_refused_as_stale_is_never_taken_as_arrived(workshop, tmp_path):
    snap = workshop.snapshot()
    note = workshop.add_note(snap.rooms[0].uuid, None, "other", "first").row
    workshop.update_note(note.uuid, note.version, text="changed elsewhere")
    j = Journal(tmp_path / "j.jsonl")
    j.append("delete_note", {"uuid": note.uuid, "expected_version": note.version})
    result = replay(j, workshop)
    assert len(result.conflicts) == 1 and workshop.get("note", note.uuid).deleted_at is None


def test_a_conflict_can_stay_in_the_journal_until_the_user_decides(workshop, tmp_path):
    snap = workshop.snapshot()
    note = workshop.add_note(snap.rooms[0].uuid, None, "other", "first").row
    workshop.update_note(note.uuid, note.version, text="theirs")
    j = Journal(tmp_path / "j.jsonl")
    j.append("update_note", {"uuid": note.uuid, "expected_version": note.version, "text": "mine"})
    (conflict,) = replay(j, workshop, keep_conflicts=True).conflicts
    assert [e.id for e in Journal(tmp_path / "j.jsonl").pending()] == [conflict.entry.id]
    j.mark_done(conflict.entry.id)
    assert not (tmp_path / "j.jsonl").exists()


def test_a_new_file_starts_with_the_latest_version_steps(tmp_path):
    path = tmp_path / "j.jsonl"
    j = Journal(path)
    first = j.append("update_note", {"uuid": "n", "expected_version": 1, "text": "a"})
    j.mark_done(first.id, [("n", 1, 2)])
    assert not path.exists()  # nothing waits
    j.append("update_note", {"uuid": "n", "expected_version": 1, "text": "b"})  # made before the reload
    assert Journal(path).bumps() == [("n", 1, 2)]


def test_a_line_cut_short_is_dropped_before_the_next_write_so_later_lines_stay_readable(tmp_path):
    path = tmp_path / "j.jsonl"
    Journal(path).append("add_note", {"text": "kept"})
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('{"id": "x", "op": "add_no')  # the kill fell in the middle of this line
    after_restart = Journal(path)
    after_restart.append("add_note", {"text": "typed after the restart"})
    assert [e.kwargs["text"] for e in Journal(path).pending()] == ["kept", "typed after the restart"]


def test_done_lines_keep_the_version_steps_and_the_file_goes_once_nothing_waits(tmp_path):
    path = tmp_path / "j.jsonl"
    j = Journal(path)
    first = j.append("update_note", {"uuid": "n", "expected_version": 1, "text": "a"})
    j.append("update_note", {"uuid": "n", "expected_version": 1, "text": "b"})
    j.mark_done(first.id, [("n", 1, 2), (("round_summary", "room", "round"), 0, 1)])
    assert Journal(path).bumps() == [("n", 1, 2), (("round_summary", "room", "round"), 0, 1)]
    again = Journal(path)
    again.mark_done(again.pending()[0].id)
    assert not path.exists()


def test_the_writer_keeps_order_off_the_callers_thread(tmp_path):
    import threading

    from cafe.sync.journal import JournalWriter

    path = tmp_path / "j.jsonl"
    writer = JournalWriter(Journal(path))
    threads = set()
    ids = [writer.append("add_note", {"text": f"n{i}"}) for i in range(20)]
    assert writer.append("add_note", {"text": object()}) is None  # not JSON: not kept, and said so
    writer.run(lambda: threads.add(threading.current_thread().name)).result(5)
    for entry_id in ids[:15]:
        writer.done(entry_id)
    writer.drain(5)
    assert [e.kwargs["text"] for e in Journal(path).pending()] == [f"n{i}" for i in range(15, 20)]
    assert threads == {next(iter(threads))} and threading.current_thread().name not in threads
    for entry_id in ids[15:]:
        writer.done(entry_id)
    writer.close(wait=True)
    assert not path.exists()


def test_the_journal_of_a_shared_workshop_is_named_without_its_password(tmp_path):
    from cafe.sync.journal import journal_path

    one = journal_path("postgresql+psycopg://cafe:secret@venue-server/geneva", tmp_path)
    other = journal_path("postgresql+psycopg://cafe:changed@venue-server/geneva", tmp_path)
    assert one == other and one.parent == tmp_path / "journal" and "secret" not in str(one)
    same_server = journal_path("postgresql://cafe@Venue-Server:5432/geneva?sslmode=require", tmp_path)
    assert same_server == one
    assert journal_path("postgresql+psycopg://cafe@venue-server/lisbon", tmp_path) != one


def test_replay_is_safe_to_repeat(workshop, tmp_path):
    snap = workshop.snapshot()
    j = Journal(tmp_path / "j.jsonl")
    args = {"room_uuid": snap.rooms[0].uuid, "round_uuid": snap.rounds[0].uuid, "category": "practice",
            "text": "Flexi visa (Bahrain)", "uuid": NOTE_UUID}
    j.append("add_note", args)
    workshop.add_note(**args)  # it reached the server, but the acknowledgement was lost
    result = replay(j, workshop)
    assert result.sent == 1 and not result.conflicts
    assert len(workshop.notes(snap.rooms[0].uuid)) == 1
    assert len(j) == 0 and not j.path.exists()


def test_an_edit_whose_ack_was_lost_is_not_a_conflict(workshop, tmp_path):
    snap = workshop.snapshot()
    note = workshop.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "other", "draft").row
    j = Journal(tmp_path / "j.jsonl")
    j.append("update_note", {"uuid": note.uuid, "expected_version": note.version, "text": "final"})
    workshop.update_note(note.uuid, note.version, text="final")
    result = replay(j, workshop)
    assert result.conflicts == () and len(j) == 0


def test_an_overtaken_edit_is_a_conflict_with_both_texts(workshop, tmp_path):
    snap = workshop.snapshot()
    note = workshop.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "other", "draft").row
    j = Journal(tmp_path / "j.jsonl")
    j.append("update_note", {"uuid": note.uuid, "expected_version": note.version, "text": "mine"})
    workshop.update_note(note.uuid, note.version, text="theirs")
    result = replay(j, workshop)
    assert len(result.conflicts) == 1
    conflict = result.conflicts[0]
    assert conflict.entry.kwargs["text"] == "mine" and conflict.current.text == "theirs"
    assert workshop.notes(snap.rooms[0].uuid)[0].text == "theirs"


def test_refused_actions_are_reported_not_retried(workshop, tmp_path):
    j = Journal(tmp_path / "j.jsonl")
    j.append("add_room", {"name": "Room XI"})  # already exists
    result = replay(j, workshop)
    assert result.refused and "already a room" in result.refused[0][1]
    assert len(j) == 0


def test_connection_errors_are_told_from_refusals():
    assert is_connection_error(sa.exc.OperationalError("SELECT 1", {}, Exception("server closed")))
    assert not is_connection_error(ValueError("no"))


def test_journal_written_by_a_killed_process_is_replayed(workshop, tmp_path):
    snap = workshop.snapshot()
    path = tmp_path / "j.jsonl"
    child = textwrap.dedent(f"""
        import os, signal
        from cafe.sync.journal import Journal
        j = Journal({str(path)!r})
        for i in range(25):
            j.append("add_note", {{"room_uuid": {snap.rooms[0].uuid!r}, "round_uuid": {snap.rounds[0].uuid!r},
                                   "category": "other", "text": f"offline {{i}}",
                                   "uuid": f"00000000-0000-4000-8000-{{i:012d}}"}})
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    result = subprocess.run([sys.executable, "-c", child], timeout=60)
    assert result.returncode == -signal.SIGKILL
    outcome = replay(Journal(path), workshop)
    assert outcome.sent == 25
    assert sorted(n.text for n in workshop.notes(snap.rooms[0].uuid)) == sorted(f"offline {i}" for i in range(25))


@pytest.mark.pg
def test_server_stopped_and_restarted_while_a_laptop_types(pg_database, pg_server, tmp_path):
    svc = Service(open_database(pg_database))
    svc.create_workshop("Shared", start_date=dt.date(2019, 3, 21))
    day = svc.snapshot().days[0]
    room = svc.add_room("Room VII").row
    svc.add_agenda_item(day.uuid, "round", dt.time(12), dt.time(13), "Round 1")
    rnd = svc.snapshot().rounds[0].uuid
    j = Journal(tmp_path / "offline.jsonl")

    def save(text, i):
        kwargs = {"room_uuid": room.uuid, "round_uuid": rnd, "category": "challenge", "text": text,
                  "uuid": f"00000000-0000-4000-8000-{i:012d}"}
        if len(j):  # keep order: once something waits, everything after waits too
            j.append("add_note", kwargs)
            return
        try:
            svc.add_note(**kwargs)
        except Exception as exc:
            assert is_connection_error(exc)
            j.append("add_note", kwargs)

    for i in range(5):
        save(f"online {i}", i)
    pg_server.stop()
    for i in range(5, 12):
        save(f"offline {i}", i)
    assert len(j) == 7
    assert replay(j, svc).waiting == 7  # still down: nothing lost, nothing sent
    pg_server.start()
    result = replay(j, svc)
    assert (result.sent, result.waiting, len(j)) == (7, 0, 0)
    texts = [n.text for n in svc.notes(room.uuid)]
    assert texts == [f"online {i}" for i in range(5)] + [f"offline {i}" for i in range(5, 12)]
    svc.db.dispose()
