"""A laptop on a shared workshop when the network drops: typing goes on, the changes wait in the
offline journal on disk, the status counts them, and they are sent when the server is back, also
after the app was closed or killed while offline."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from notes_support import lines, room_view, type_item
from support import open_in, wait_idle

from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.paths import data_dir
from cafe.sync.journal import Journal, journal_path
from ui.workshop.ops import S, call

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shared_window(qtbot, window, shared_url):
    """The main window on the shared workshop, retrying a failed save every 0.2 s."""
    open_in(qtbot, window, shared_url)
    window.controller.retry_delays = (0.2,)
    return window


def _texts(url: str, room: str, rnd: str, category: str) -> list[str]:
    service = Service(open_database(url))
    try:
        return [n.text for n in service.notes(room, rnd) if n.category.value == category]
    finally:
        service.db.dispose()


def _journal(url: str) -> Journal:
    return Journal(journal_path(url, data_dir()))


@pytest.mark.pg
def test_typing_goes_on_offline_and_the_waiting_changes_are_sent_when_the_server_is_back(
        qtbot, shared_window, shared_url, pg_server):
    win = shared_window
    controller = win.controller
    view = room_view(qtbot, win, room_index=1)
    column = view.columns["challenge"]
    room, rnd = view.selected_room(), view.selected_round()
    states: list[str] = []
    controller.save_state_changed.connect(states.append)
    notices: list[str] = []
    controller.notice.connect(notices.append)

    pg_server.stop()
    typed = ["Visa fees for seasonal workers", "Recruitment debts (Nepal)", "No portable pensions"]
    for text in typed:
        type_item(qtbot, column, text)
    qtbot.waitUntil(lambda: controller.save_state == "Offline — 3 changes waiting", timeout=15000)
    assert {f"• {t}" for t in typed} <= set(lines(column))  # still on screen
    controller._journal.drain(5)
    waiting = _journal(shared_url).pending()
    assert [e.kwargs["text"] for e in waiting] == typed and {e.op for e in waiting} == {"add_note"}
    assert win.save_label.text() == "Offline — 3 changes waiting"
    index = controller.undo_stack.index()
    controller.undo()  # what it would take back has not reached the server: the journal could not keep it
    assert controller.undo_stack.index() == index and notices[-1].startswith("Undo waits")

    pg_server.start()
    qtbot.waitUntil(lambda: controller.save_state == "Saved", timeout=20000)
    wait_idle(qtbot, controller)
    saved = _texts(shared_url, room, rnd, "challenge")
    assert [t for t in saved if t in typed] == typed
    assert not _journal(shared_url).path.exists()  # nothing waits: the file is gone
    assert "Connected to the shared workshop again: the changes that waited were sent." in notices
    counted = [s for s in states if s.startswith("Offline — ") and "no changes" not in s]
    assert counted[:3] == [f"Offline — {n} change{'s' if n > 1 else ''} waiting" for n in (3, 2, 1)]


@pytest.mark.pg
def test_closing_while_offline_keeps_the_changes_and_the_next_open_sends_them(qtbot, shared_url, pg_server):
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    def controller():
        ctl = WorkshopController(TaskRunner())
        ctl.retry_delays = (0.2,)
        with qtbot.waitSignal(ctl.snapshot_changed, timeout=15000):
            ctl.open(shared_url)
        wait_idle(qtbot, ctl)
        return ctl

    first = controller()
    snap = first.snapshot
    room, rnd = snap.rooms[2].uuid, snap.rounds[1].uuid
    pg_server.stop()
    for i in range(4):
        first.edit("Add item", call(S.add_note, room_uuid=room, round_uuid=rnd, category="practice",
                                    text=f"offline {i}", heading=""))
    qtbot.waitUntil(lambda: first.save_state.startswith("Offline — 4"), timeout=15000)
    first.close()
    first.tasks.shutdown()  # what quitting the app does: it returns within the close grace
    assert len(_journal(shared_url)) == 4

    pg_server.start()
    notices: list[str] = []
    second = WorkshopController(TaskRunner())
    second.notice.connect(notices.append)
    with qtbot.waitSignal(second.snapshot_changed, timeout=15000):
        second.open(shared_url)
    wanted = [f"offline {i}" for i in range(4)]
    assert [t for t in _texts(shared_url, room, rnd, "practice") if t in wanted] == wanted
    assert "4 changes made while offline were sent to the shared workshop." in notices
    assert not _journal(shared_url).path.exists()
    second.close()
    second.tasks.shutdown()


@pytest.mark.pg
def test_opening_while_the_server_is_down_says_the_changes_are_kept(qtbot, shared_url, pg_server):
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    service = Service(open_database(shared_url))
    snap = service.snapshot()
    service.db.dispose()
    _journal(shared_url).append("add_note", {"room_uuid": snap.rooms[0].uuid, "round_uuid": None,
                                             "category": "other", "text": "kept", "heading": ""})
    pg_server.stop()
    ctl = WorkshopController(TaskRunner())
    with qtbot.waitSignal(ctl.open_failed, timeout=30000) as failed:
        ctl.open(shared_url)
    assert "1 change made on this laptop while it was offline is kept" in failed.args[0]
    assert len(_journal(shared_url)) == 1
    ctl.tasks.shutdown()


_LAPTOP = textwrap.dedent("""
    import os, sys, time
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.workshop.controller import WorkshopController
    from ui.workshop.ops import S, call
    from ui.workshop.tasks import TaskRunner
    from cafe.sync.journal import Journal, journal_path
    from cafe.storage.paths import data_dir

    url, room, rnd, note, version = sys.argv[1:6]
    ctl = WorkshopController(TaskRunner())
    ctl.retry_delays = (0.2,)
    ctl.open(url)
    while not ctl.is_open:
        app.processEvents(); time.sleep(0.01)
    print("opened", flush=True)
    sys.stdin.readline()  # the server is stopped now
    for i in range(3):
        ctl.edit("Add item", call(S.add_note, room_uuid=room, round_uuid=rnd, category="challenge",
                                  text=f"typed offline {i}", heading="", uuid=f"00000000-0000-4000-8000-{i:012d}"))
    for text in ("first wording", "second wording"):  # two saves of one edit, made against one version
        ctl.edit("Edit item", call(S.update_note, uuid=note, expected_version=int(version), text=text))
    journal = Journal(journal_path(url, data_dir()))
    while len(journal) < 5 or not ctl.save_state.startswith("Offline"):
        app.processEvents(); time.sleep(0.02)
    print("journalled", ctl.save_state, flush=True)
    time.sleep(600)
""")


@pytest.mark.pg
def test_a_laptop_killed_while_offline_loses_nothing(qtbot, window, shared_url, pg_server, tmp_path):
    service = Service(open_database(shared_url))
    snap = service.snapshot()
    room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    note = next(n for n in service.notes(room, rnd) if n.category.value == "opportunity")
    service.db.dispose()
    script = tmp_path / "laptop.py"
    script.write_text(_LAPTOP)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    laptop = subprocess.Popen([sys.executable, str(script), shared_url, room, rnd, note.uuid, str(note.version)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    try:
        assert laptop.stdout.readline().strip() == "opened"
        pg_server.stop()
        laptop.stdin.write("go\n")
        laptop.stdin.flush()
        said = laptop.stdout.readline().strip()
        assert said == "journalled Offline — 5 changes waiting", said
    finally:
        laptop.kill()
        laptop.wait(10)

    pg_server.start()
    notices: list[str] = []
    window.controller.notice.connect(notices.append)
    open_in(qtbot, window, shared_url)
    wanted = [f"typed offline {i}" for i in range(3)]
    assert [t for t in _texts(shared_url, room, rnd, "challenge") if t in wanted] == wanted
    reread = Service(open_database(shared_url))
    # the second save of the edit was forwarded past the first, not taken for another laptop's change
    assert reread.get("note", note.uuid).text == "second wording"
    reread.db.dispose()
    assert "5 changes made while offline were sent to the shared workshop." in notices
    assert not _journal(shared_url).path.exists()


def test_a_replay_forwards_an_edit_made_behind_this_laptops_own_sent_edit(sample_db, tmp_path):
    """The first save of an edit reached the server before the kill, the second (made against
    the same version) did not: the second is this laptop's own next step, not a conflict."""
    from cafe.sync.replay import replay_journal as _replay

    service = Service(open_database(sample_db))
    note = service.rows("note")[0]
    journal = Journal(tmp_path / "j.jsonl")
    first = journal.append("update_note", {"uuid": note.uuid, "expected_version": note.version, "text": "one"})
    journal.append("update_note", {"uuid": note.uuid, "expected_version": note.version, "text": "two"})
    service.update_note(note.uuid, note.version, text="one")  # sent; then the app was killed
    journal.mark_done(first.id, [(note.uuid, note.version, note.version + 1)])
    result = _replay(journal, service, object())
    assert (result.sent, result.conflicts, result.refused) == (1, (), ())
    assert service.get("note", note.uuid).text == "two" and not journal.path.exists()
    # without the recorded step it would have been taken for another laptop's edit
    other = Journal(tmp_path / "k.jsonl")
    other.append("update_note", {"uuid": note.uuid, "expected_version": note.version, "text": "three"})
    assert len(_replay(other, service, object()).conflicts) == 1
    service.db.dispose()


def test_damaged_journal_lines_are_skipped_with_a_copy_kept_and_the_rest_is_sent(sample_db, tmp_path):
    import json

    from cafe.sync.replay import replay_journal as _replay

    service = Service(open_database(sample_db))
    room = service.snapshot().rooms[0].uuid
    path = tmp_path / "j.jsonl"
    good = {"id": "a", "op": "add_note", "at": "x",
            "kwargs": {"room_uuid": room, "round_uuid": None, "category": "other", "text": "after the damage"}}
    path.write_text("garbage\n" + json.dumps(good) + "\n")
    result = _replay(Journal(path), service, object())
    (entry, reason), = result.refused
    assert entry is None and "line 1: not a journal entry" in reason and "a copy is kept" in reason
    assert result.sent == 1 and "after the damage" in [n.text for n in service.notes(room)]
    assert not path.exists() and list(tmp_path.glob("j.damaged-*.jsonl"))
    service.db.dispose()


def test_a_text_edited_offline_on_an_item_deleted_elsewhere_comes_back_as_a_new_item(sample_db, tmp_path):
    from cafe.sync.replay import replay_journal as _replay

    service = Service(open_database(sample_db))
    note = next(n for n in service.rows("note") if n.deleted_at is None)
    journal = Journal(tmp_path / "j.jsonl")
    journal.append("update_note", {"uuid": note.uuid, "expected_version": note.version, "text": "Typed offline"})
    service.delete_note(note.uuid, note.version)  # the other laptop, meanwhile
    result = _replay(journal, service, object())
    (entry, reason), = result.refused
    assert reason.endswith("Its text was kept as a new item.")
    same_place = [n for n in service.notes(note.room_uuid, note.round_uuid) if n.heading == note.heading]
    assert "Typed offline" in [n.text for n in same_place]
    service.db.dispose()


def _merge_dialogs(win) -> list:
    from ui.common.merge_dialog import MergeDialog

    return [d for d in win.findChildren(MergeDialog) if d.isVisible()]


def _conflict(service, op: str, kwargs: dict, current):
    from cafe.sync.journal import Conflict, Entry

    return Conflict(Entry("e1", op, kwargs, "2019-03-21T11:00:00+00:00"),
                    "This item was changed elsewhere meanwhile; your change was not applied.", current)


@pytest.mark.parametrize("choice", ["save", "theirs", "later"])
def test_an_offline_edit_another_laptop_overtook_opens_the_merge_window(qtbot, sample_window, sample_db, choice):
    from support import reading

    win = sample_window
    with reading(sample_db) as other:  # the other laptop changed the item while this one was offline
        note = next(n for n in other.rows("note") if n.deleted_at is None and n.round_uuid is not None)
        theirs = other.update_note(note.uuid, note.version, text="Their wording").row
    mine = {"uuid": note.uuid, "expected_version": note.version, "text": "My offline wording"}
    win.controller.conflicts_found.emit([_conflict(None, "update_note", mine, theirs)])
    (dialog,) = _merge_dialogs(win)
    assert (dialog.theirs_text(), dialog.mine_text()) == ("Their wording", "My offline wording")
    if choice == "save":
        dialog.mine.setPlainText("Merged wording")
        dialog.choose_save()
    elif choice == "theirs":
        dialog.choose_theirs()
    else:
        dialog.reject()
    wait_idle(qtbot, win.controller)
    assert not _merge_dialogs(win)
    with reading(sample_db) as check:
        same_place = [n.text for n in check.notes(note.room_uuid, note.round_uuid)
                      if n.category == note.category and n.heading == note.heading]
        text = check.get("note", note.uuid).text
    expected = {"save": "Merged wording", "theirs": "Their wording", "later": "Their wording"}[choice]
    assert text == expected
    assert ("My offline wording" in same_place) == (choice == "later")  # kept beside theirs, not lost


def test_an_undecided_offline_summary_keeps_both_texts_when_the_workshop_closes(qtbot, sample_window, sample_db):
    from support import reading

    from ui.room.notes_summary import SEPARATOR

    win = sample_window
    snap = win.controller.snapshot
    room, rnd = snap.rooms[0].uuid, snap.rounds[2].uuid
    seen = next((s.version for s in snap.summaries if s.room_uuid == room and s.round_uuid == rnd), 0)
    with reading(sample_db) as other:
        before = other.set_round_summary(room, rnd, "Their summary", seen).row
    mine = {"room_uuid": room, "round_uuid": rnd, "text": "My summary", "expected_version": seen, "draft": True}
    win.controller.conflicts_found.emit([_conflict(None, "set_round_summary", mine, before)])
    assert len(_merge_dialogs(win)) == 1
    win.controller.flush()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as check:
        summary = next(s for s in check.rows("round_summary") if (s.room_uuid, s.round_uuid) == (room, rnd))
    assert summary.text == f"Their summary\n\n{SEPARATOR}\nMy summary"


@pytest.mark.pg
def test_a_summary_typed_offline_and_changed_meanwhile_elsewhere_comes_back_to_merge(
        qtbot, shared_window, shared_url, pg_server):
    win = shared_window
    controller = win.controller
    snap = controller.snapshot
    room, rnd = snap.rooms[1].uuid, snap.rounds[2].uuid
    summary = controller.index.summary_of.get((rnd, room))
    version = summary.version if summary is not None else 0
    pg_server.stop()
    controller.edit("Edit round summary", call(S.set_round_summary, room_uuid=room, round_uuid=rnd,
                                               text="Written offline in the room", expected_version=version,
                                               draft=True))
    qtbot.waitUntil(lambda: controller.save_state == "Offline — 1 change waiting", timeout=15000)
    controller.close()
    qtbot.waitUntil(lambda: controller.idle, timeout=15000)

    pg_server.start()
    other = Service(open_database(shared_url))  # the moderator's laptop, meanwhile
    other.set_round_summary(room, rnd, "Written by the moderator", expected_version=version)
    other.db.dispose()
    open_in(qtbot, win, shared_url)
    qtbot.waitUntil(lambda: len(_merge_dialogs(win)) == 1, timeout=5000)
    (dialog,) = _merge_dialogs(win)
    assert (dialog.theirs_text(), dialog.mine_text()) == ("Written by the moderator", "Written offline in the room")
    dialog.mine.setPlainText("Written by the moderator, and in the room")
    dialog.choose_save()
    wait_idle(qtbot, controller)
    check = Service(open_database(shared_url))
    saved = next(s for s in check.rows("round_summary") if (s.room_uuid, s.round_uuid) == (room, rnd))
    check.db.dispose()
    assert saved.text == "Written by the moderator, and in the room"


def test_a_save_whose_answer_was_lost_with_the_connection_is_not_taken_for_a_conflict(
        qtbot, sample_window, sample_db, monkeypatch):
    """The server committed, then the connection broke before it answered: the retry finds the row
    already holding the text and counts it as saved, without a merge window."""
    import sqlalchemy.exc as sa_exc
    from support import reading

    from cafe.notes.ops import NoteOps

    win = sample_window
    win.controller.retry_delays = (0.0,)
    real = NoteOps.update_note
    calls = []

    def answer_lost(self, *args, **kwargs):
        calls.append(kwargs.get("text"))
        changes = real(self, *args, **kwargs)
        if len(calls) == 1:
            raise sa_exc.OperationalError("UPDATE note", {}, Exception("server closed the connection unexpectedly"))
        return changes

    monkeypatch.setattr(NoteOps, "update_note", answer_lost)
    with reading(sample_db) as service:
        note = next(n for n in service.rows("note") if n.deleted_at is None)
    refused, conflicts = [], []
    win.controller.edit("Edit item", call(S.update_note, uuid=note.uuid, expected_version=note.version,
                                          text="Saved once"),
                        on_refused=refused.append, on_conflict=lambda m, c: conflicts.append(m))
    wait_idle(qtbot, win.controller)
    assert len(calls) == 2 and (refused, conflicts) == ([], [])
    assert win.controller.save_state == "Saved" and not _merge_dialogs(win)
    with reading(sample_db) as service:
        saved = service.get("note", note.uuid)
    assert (saved.text, saved.version) == ("Saved once", note.version + 1)


def test_autosaves_of_one_text_that_met_one_change_are_one_merge_window(qtbot, sample_window, sample_db):
    from support import reading

    win = sample_window
    with reading(sample_db) as other:
        note = next(n for n in other.rows("note") if n.deleted_at is None)
        theirs = other.update_note(note.uuid, note.version, text="Their wording").row
    saves = [_conflict(None, "update_note", {"uuid": note.uuid, "expected_version": note.version, "text": t},
                       theirs) for t in ("My", "My offline", "My offline wording")]
    win.controller.conflicts_found.emit(saves)
    (dialog,) = _merge_dialogs(win)
    assert dialog.mine_text() == "My offline wording"


@pytest.mark.pg
def test_an_undecided_summary_conflict_survives_a_kill_through_the_journal(qtbot, window, shared_url, tmp_path):
    """From the conflict until the user chooses, the journal holds the save of both texts: a kill
    then (simulated by putting back the journal as it was) still brings the typed text back."""
    import shutil

    from PySide6.QtGui import QTextCursor

    from ui.room.notes_summary import both_texts

    win = open_in(qtbot, window, shared_url)
    view = room_view(qtbot, win, round_index=1)
    room, rnd = view.selected_room(), view.selected_round()
    editor = view.summary.editor
    other = Service(open_database(shared_url))  # the moderator's laptop
    summary = next(s for s in other.rows("round_summary") if (s.room_uuid, s.round_uuid) == (room, rnd))
    other.set_round_summary(room, rnd, "The moderator's summary.", summary.version, draft=False)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Typed in the room.")
    view.summary.autosave.fire()
    qtbot.waitUntil(lambda: view.summary.merge_dialog is not None and view.summary.merge_dialog.isVisible(),
                    timeout=5000)
    qtbot.keyClicks(editor, " And more.")
    mine = editor.toPlainText()
    journal = _journal(shared_url)

    def kept_fallback():
        win.controller._journal.drain(5)
        return [e.kwargs["text"] for e in journal.pending()]

    qtbot.waitUntil(lambda: kept_fallback() == [both_texts("The moderator's summary.", mine)], timeout=5000)
    killed = tmp_path / "journal-at-the-kill.jsonl"
    shutil.copy2(journal.path, killed)

    view.summary.merge_dialog.choose_theirs()  # decided: the fallback is dropped
    qtbot.waitUntil(lambda: not journal.path.exists(), timeout=5000)

    shutil.copy2(killed, journal.path)  # as if the app had been killed before the choice
    Journal.at(journal.path)._open = None  # the process that reopens reads the file afresh
    open_in(qtbot, win, shared_url)
    saved = next(s for s in other.rows("round_summary") if (s.room_uuid, s.round_uuid) == (room, rnd))
    other.db.dispose()
    assert saved.text == both_texts("The moderator's summary.", mine) and saved.draft
