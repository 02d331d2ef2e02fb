"""At startup the window shows the snapshot kept at the workshop file's last close, while the
database opens behind it (:mod:`ui.workshop.kept_snapshot`); nothing typed meanwhile is lost."""

from __future__ import annotations

import dataclasses
import threading
import types

import pytest
from support import copy_database, open_in, reading, wait_idle

from cafe.storage import snapshot_cache
from cafe.storage.db import DatabaseError
from ui.dialogs import OpenFailedDialog
from ui.main_window import MainWindow
from ui.workshop import controller as controller_module
from ui.workshop.controller import WorkshopController
from ui.workshop.ops import S, call
from ui.workshop.tasks import TaskRunner


def new_window(qtbot) -> MainWindow:
    win = MainWindow(WorkshopController(TaskRunner()))
    qtbot.addWidget(win)
    return win


def shut(win: MainWindow) -> None:
    win.controller.close()
    win.controller.tasks.shutdown()


def notes_in_the_file_alone(path, copy) -> list[str]:
    """The notes' texts a copy of ``path``'s bytes alone holds (as copied to a USB stick, no -wal)."""
    assert not path.with_name(path.name + "-wal").exists()
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_bytes(path.read_bytes())
    with reading(copy) as service:
        return [n.text for room in service.snapshot().rooms for n in service.notes(room.uuid)]


@pytest.fixture
def closed_once(qtbot, sample_db):
    """The sample workshop's file, opened in a window and closed: its snapshot is kept."""
    first = open_in(qtbot, new_window(qtbot), sample_db)
    shut(first)
    assert snapshot_cache.load(str(sample_db)) is not None
    return sample_db


@pytest.fixture
def gate(monkeypatch):
    """Holds the opening of the database on the worker until set (the kept snapshot stays on screen)."""
    gate = threading.Event()
    original = controller_module.open_workshop

    def held(*args, **kwargs):
        assert gate.wait(15)
        return original(*args, **kwargs)

    monkeypatch.setattr(controller_module, "open_workshop", held)
    yield gate
    gate.set()


@pytest.fixture
def failing(monkeypatch, closed_once):
    """The opening fails once set (the database locked by another program); the user then quits."""
    monkeypatch.setattr(OpenFailedDialog, "ask", classmethod(lambda cls, parent, msg: False))
    gate = threading.Event()

    def locked(*args, **kwargs):
        assert gate.wait(15)
        raise DatabaseError(f"{closed_once}: the database is locked by another program; try again.")

    monkeypatch.setattr(controller_module, "open_workshop", locked)
    yield gate
    gate.set()


@pytest.fixture
def second(qtbot):
    win = new_window(qtbot)
    events: list[tuple] = []
    win.controller.snapshot_changed.connect(
        lambda index, update: events.append(("snapshot", index.title, update.reopened)))
    win.controller.opened.connect(lambda name: events.append(("opened", name)))
    yield win, events
    shut(win)


def test_the_kept_snapshot_is_on_screen_before_the_database_opens(qtbot, closed_once, gate, second):
    win, events = second
    win.files.open_target(str(closed_once))
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    title = win.controller.index.title
    assert events == [("snapshot", title, True)]  # shown while the database is still held
    assert win.controller.is_open and title in win.windowTitle()
    assert win.stack.currentWidget() is not win.placeholder
    gate.set()
    qtbot.waitUntil(lambda: len(events) == 2, timeout=15000)
    wait_idle(qtbot, win.controller)
    # the file held what was kept: opened, and no second drawing of the same workshop
    assert events == [("snapshot", title, True), ("opened", str(closed_once.resolve()))]


def test_an_edit_made_on_the_kept_snapshot_is_saved_once_the_database_opens(qtbot, closed_once, gate, second):
    win, events = second
    win.files.open_target(str(closed_once))
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    snap = win.controller.index.snap
    saved = []
    win.controller.edit("Add item", call(S.add_note, room_uuid=snap.rooms[0].uuid, round_uuid=snap.rounds[0].uuid,
                                         category="practice", text="Typed while the workshop opened"),
                        on_saved=saved.append)
    assert win.controller.save_state == "Saving…"
    gate.set()
    qtbot.waitUntil(lambda: bool(saved), timeout=15000)
    wait_idle(qtbot, win.controller)
    with reading(closed_once) as service:
        assert "Typed while the workshop opened" in [n.text for n in service.notes(snap.rooms[0].uuid)]
    assert win.controller.save_state == "Saved"
    assert win.controller.undo_stack.count() == 1  # still undoable
    win.controller.undo()
    wait_idle(qtbot, win.controller)
    with reading(closed_once) as service:
        assert "Typed while the workshop opened" not in [n.text for n in service.notes(snap.rooms[0].uuid)]


def test_a_kept_snapshot_the_file_no_longer_matches_is_replaced_by_what_the_file_holds(qtbot, closed_once, second):
    with reading(closed_once) as service:
        real = service.snapshot()
    # a kept snapshot that says otherwise than the file (the file itself is as it was kept)
    stale = dataclasses.replace(real, workshop=dataclasses.replace(real.workshop, title="An older title"))
    assert snapshot_cache.save(str(closed_once), stale)
    win, events = second
    with qtbot.waitSignal(win.controller.opened, timeout=15000):
        win.files.open_target(str(closed_once))
    qtbot.waitUntil(lambda: len(events) == 3, timeout=15000)
    assert events == [("snapshot", "An older title", True), ("opened", str(closed_once.resolve())),
                      ("snapshot", real.workshop.title, False)]  # a refresh: views keep what is being typed
    assert win.controller.index.snap == real
    assert real.workshop.title in win.windowTitle()


def test_when_the_database_cannot_open_after_all_nothing_stays_on_screen_and_edits_are_refused(
        qtbot, closed_once, failing, second, caplog):
    gate = failing
    win, events = second
    before = closed_once.read_bytes()
    win.files.open_target(str(closed_once))
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    snap = win.controller.index.snap
    refused = []
    win.controller.edit("Add item", call(S.add_note, room_uuid=snap.rooms[0].uuid, round_uuid=None,
                                         category="other", text="Typed while it failed"),
                        on_refused=refused.append)
    with qtbot.waitSignal(win.files.quit_requested, timeout=15000):
        gate.set()
    wait_idle(qtbot, win.controller)
    assert not win.controller.is_open
    assert win.stack.currentWidget() is win.placeholder and win.placeholder.text() == "No workshop is open."
    assert refused and "no longer open" in refused[0]  # said, not dropped
    assert "Typed while it failed" in caplog.text  # and its words are in the error log
    assert closed_once.read_bytes() == before


def test_after_closing_the_workshop_file_alone_holds_every_edit(qtbot, sample_db, tmp_path):
    """The write-ahead log is folded into the file at close (its own connections closed in the
    right order), so a copy of the file alone, e.g. on a USB stick, has everything."""
    win = open_in(qtbot, new_window(qtbot), sample_db)
    snap = win.controller.index.snap
    saved = []
    win.controller.edit("Add item", call(S.add_note, room_uuid=snap.rooms[0].uuid, round_uuid=None,
                                         category="other", text="The last thing typed"), on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=15000)
    shut(win)
    assert "The last thing typed" in notes_in_the_file_alone(sample_db, tmp_path / "copied" / "workshop.sqlite")


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_nothing_open_reads_in_the_language(qapp, qtbot, lang):
    from i18n_support import language

    with language(qapp, lang):
        win = new_window(qtbot)
        try:
            win.show_nothing_open()
            assert win.stack.currentWidget() is win.placeholder
            text = win.placeholder.text()
            assert text and text != "No workshop is open."
        finally:
            shut(win)


def test_of_two_openings_in_flight_the_last_is_on_screen_and_edited(qtbot, closed_once, tmp_path, second):
    """A file without a kept snapshot is opening when a recent file that has one is chosen: the kept
    snapshot is not shown over the first, and once both are open the window shows the second."""
    other = copy_database(closed_once, tmp_path / "other.sqlite")
    with reading(other) as service:
        ws = service.snapshot().workshop
        service.update_workshop(ws.uuid, ws.version, title="Another workshop")
    with reading(closed_once) as service:
        kept_title = service.snapshot().workshop.title
    assert snapshot_cache.load(str(closed_once)) is not None
    win, events = second
    win.files.open_target(str(other))
    win.files.open_target(str(closed_once))
    qtbot.waitUntil(lambda: [e[0] for e in events].count("opened") == 2, timeout=15000)
    wait_idle(qtbot, win.controller)
    assert win.controller.target == str(closed_once)
    assert win.controller.index.title == kept_title and kept_title in win.windowTitle()
    assert ("snapshot", kept_title, True) == events[-1]


def test_closing_while_the_database_opens_saves_the_edit_and_leaves_the_file_whole(
        qtbot, closed_once, gate, second):
    win, events = second
    win.files.open_target(str(closed_once))
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    snap = win.controller.index.snap
    win.controller.edit("Add item", call(S.add_note, room_uuid=snap.rooms[0].uuid, round_uuid=None,
                                         category="other", text="Typed, then the window closed"))
    win.controller.close()
    gate.set()
    win.controller.tasks.shutdown()
    assert "Typed, then the window closed" in notes_in_the_file_alone(closed_once,
                                                                      closed_once.with_name("alone.sqlite"))
    assert not win.controller.is_open  # the opening's answer, delivered after the close, is ignored
    qtbot.wait(50)
    assert not win.controller.is_open and win.controller.index is None


def test_nothing_is_kept_when_another_program_committed_since_the_window_last_looked(sample_db):
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.file_watch import FileWatch
    from ui.workshop.kept_snapshot import snapshot_to_keep

    def close_window(other_program_writes: bool) -> None:
        service, watch = Service(open_database(sample_db)), FileWatch(sample_db)
        if other_program_writes:
            with reading(sample_db) as other:
                other.add_note(other.snapshot().rooms[0].uuid, None, "other", "From cafe serve")
        keep = snapshot_to_keep(types.SimpleNamespace(service=service), [watch])
        watch.close()
        service.db.dispose()
        keep()

    close_window(other_program_writes=True)
    assert snapshot_cache.load(str(sample_db)) is None
    close_window(other_program_writes=False)
    assert snapshot_cache.load(str(sample_db)) is not None


def test_opening_another_workshop_leaves_the_first_file_whole(qtbot, sample_db, tmp_path, second):
    other = copy_database(sample_db, tmp_path / "other.sqlite")
    win, events = second
    open_in(qtbot, win, sample_db)
    snap = win.controller.index.snap
    saved = []
    win.controller.edit("Add item", call(S.add_note, room_uuid=snap.rooms[0].uuid, round_uuid=None,
                                         category="other", text="Typed before switching"), on_saved=saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=15000)
    open_in(qtbot, win, other)
    assert "Typed before switching" in notes_in_the_file_alone(sample_db, tmp_path / "alone.sqlite")


def test_a_change_outside_the_undo_history_on_a_kept_snapshot_is_refused_when_the_opening_fails(
        qtbot, closed_once, failing, second):
    gate = failing
    win, events = second
    win.files.open_target(str(closed_once))
    qtbot.waitUntil(lambda: bool(events), timeout=15000)
    room = win.controller.index.snap.rooms[0].uuid
    done, refused = [], []
    win.controller.write(lambda service: service.set_posting([room], open=False), done.append, refused.append)
    with qtbot.waitSignal(win.files.quit_requested, timeout=15000):
        gate.set()
    wait_idle(qtbot, win.controller)
    assert done == [] and refused and "no longer open" in refused[0]
    assert win.controller.save_state.startswith("Not saved")
