"""The File menu: Open Recent, New workshop, importing and exporting workshop files."""

from __future__ import annotations

import json
from pathlib import Path

from support import copy_database, open_in, reading, wait_idle

from cafe import workshop_file
from cafe.storage.paths import sample_workshop_path
from ui.common.recent_files import MAX_RECENT, RecentFiles
from ui.dialogs import ConfirmDialog, ErrorDialog, ExportFileDialog, ImportFileDialog, NewDatabaseDialog, TitleDialog


def patch_ask(monkeypatch, dialog, answer, calls=None):
    def ask(cls, *args, **kwargs):
        if calls is not None:
            calls.append(args)
        return answer
    monkeypatch.setattr(dialog, "ask", classmethod(ask))


def test_open_recent_lists_opened_files_newest_first_and_greys_out_missing_ones(qtbot, window, sample_db, tmp_path):
    other = copy_database(sample_db, tmp_path / "other.sqlite")
    RecentFiles().add(tmp_path / "gone.sqlite")
    open_in(qtbot, window, sample_db)
    open_in(qtbot, window, other)

    window.fill_recent_menu()
    actions = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in actions] == [str(other), str(sample_db), str(tmp_path / "gone.sqlite")]
    assert [a.isEnabled() for a in actions] == [True, True, False]
    assert actions[2].text().endswith("(missing)")
    assert RecentFiles().paths()[0] == str(other)  # kept in the settings

    with qtbot.waitSignal(window.controller.opened, timeout=15000):
        actions[1].trigger()
    assert window.controller.display_name == str(sample_db)
    assert RecentFiles().paths()[:2] == [str(sample_db), str(other)]


def test_the_recent_list_keeps_the_last_eight(tmp_path):
    recent = RecentFiles()
    for n in range(MAX_RECENT + 3):
        recent.add(tmp_path / f"w{n}.sqlite")
    recent.add(tmp_path / "w5.sqlite")
    paths = RecentFiles().paths()
    assert len(paths) == MAX_RECENT
    assert paths[0] == str(tmp_path / "w5.sqlite") and paths.count(str(tmp_path / "w5.sqlite")) == 1


def test_new_workshop_creates_a_database_with_the_given_title(qtbot, sample_window, tmp_path, monkeypatch):
    path = tmp_path / "autumn.sqlite"
    patch_ask(monkeypatch, NewDatabaseDialog, str(path))
    patch_ask(monkeypatch, TitleDialog, "Autumn café")
    with qtbot.waitSignal(sample_window.controller.opened, timeout=15000):
        sample_window.files.new_workshop()
    wait_idle(qtbot, sample_window.controller)
    assert sample_window.controller.index.title == "Autumn café"
    assert sample_window.controller.undo_stack.count() == 0
    with reading(path) as service:
        snap = service.snapshot()
        assert snap.workshop.title == "Autumn café" and len(snap.days) == 1


def test_new_workshop_never_overwrites_an_existing_file(qtbot, sample_window, sample_db, monkeypatch):
    before = sample_db.read_bytes()
    shown = []
    patch_ask(monkeypatch, NewDatabaseDialog, str(sample_db))
    patch_ask(monkeypatch, ErrorDialog, None, shown)
    sample_window.files.new_workshop()
    assert len(shown) == 1 and "already exists" in shown[0][2]
    assert sample_db.read_bytes() == before


def broken_sample(tmp_path: Path) -> Path:
    doc = json.loads(sample_workshop_path().read_text(encoding="utf-8"))
    doc["themes"][0]["room"] = "00000000-0000-4000-8000-000000000000"
    doc["agenda"][0]["start"] = "25:99"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_importing_a_bad_workshop_file_lists_each_error_and_changes_nothing(qtbot, sample_window, sample_db,
                                                                         tmp_path, monkeypatch):
    bad = broken_sample(tmp_path)
    with reading(sample_db) as service:
        before = workshop_file.dump_bytes(service)
    shown, confirmed = [], []
    patch_ask(monkeypatch, ImportFileDialog, str(bad))
    patch_ask(monkeypatch, ConfirmDialog, True, confirmed)
    patch_ask(monkeypatch, ErrorDialog, None, shown)

    sample_window.files.import_file()
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    wait_idle(qtbot, sample_window.controller)

    _parent, title, message, details = shown[0]
    assert title == "Cannot import"
    assert str(bad) in message and "Nothing was changed." in message
    assert len(details) >= 1
    assert any("agenda" in d for d in details)
    assert confirmed == []  # a bad file is refused before anything is asked
    with reading(sample_db) as service:
        assert workshop_file.dump_bytes(service) == before


def test_importing_a_good_file_replaces_the_workshop_only_after_confirmation(qtbot, sample_window, sample_db,
                                                                          tmp_path, monkeypatch):
    doc = json.loads(sample_workshop_path().read_text(encoding="utf-8"))
    doc["workshop"]["title"] = "Imported café"
    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc), encoding="utf-8")
    asked = []
    patch_ask(monkeypatch, ImportFileDialog, str(good))
    patch_ask(monkeypatch, ConfirmDialog, False, asked)

    sample_window.files.import_file()
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    wait_idle(qtbot, sample_window.controller)
    assert "replaces the whole workshop" in asked[0][2]
    assert "A backup of the workshop as it is now is made first" in asked[0][2]
    assert sample_window.controller.index.title != "Imported café"

    patch_ask(monkeypatch, ConfirmDialog, True)
    sample_window.views["setup"].rooms.add_room()
    wait_idle(qtbot, sample_window.controller)
    assert sample_window.controller.undo_stack.count() == 1
    sample_window.files.import_file()
    qtbot.waitUntil(lambda: sample_window.controller.index.title == "Imported café", timeout=15000)
    wait_idle(qtbot, sample_window.controller)
    assert sample_window.controller.undo_stack.count() == 0
    assert "Imported café" in sample_window.windowTitle()
    with reading(sample_db) as service:
        assert service.snapshot().workshop.title == "Imported café"


def test_export_writes_a_file_that_reads_back(qtbot, sample_window, tmp_path, monkeypatch):
    out = tmp_path / "export" / "geneva.json"
    out.parent.mkdir()
    suggested = []
    patch_ask(monkeypatch, ExportFileDialog, str(out), suggested)
    with qtbot.waitSignal(sample_window.files.message, timeout=15000,
                          check_params_cb=lambda text: text.startswith("Exported")):
        sample_window.files.export_file()
    rows = workshop_file.read_rows(out)
    assert len(rows["participant"]) == 190
    assert len(rows["note"]) == 63
    assert Path(suggested[0][1]).name.endswith(".json")


def test_a_backup_is_restored_from_the_file_menu_and_the_restore_undone_the_same_way(qtbot, sample_window,
                                                                                     sample_db, monkeypatch):
    from support import reading, wait_idle

    from ui.dialogs import BackupsDialog, ConfirmDialog
    from ui.workshop.ops import S, call

    win = sample_window
    with reading(sample_db) as service:
        service.make_backup("manual")
    snap = win.controller.snapshot
    win.controller.edit("Add item", call(S.add_note, room_uuid=snap.rooms[0].uuid, round_uuid=snap.rounds[0].uuid,
                                         category="other", text="Added after the backup"))
    wait_idle(qtbot, win.controller)
    offered = []

    def choose(cls, parent, backups):
        offered.append([b.reason for b in backups])
        return next(b.path for b in backups if b.reason == ("manual" if len(offered) == 1 else "before-restore"))

    monkeypatch.setattr(BackupsDialog, "ask", classmethod(choose))
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, parent, title, text, action: True))

    def texts():
        with reading(sample_db) as service:
            return [n.text for n in service.notes()]

    win.backups_action.trigger()
    wait_idle(qtbot, win.controller)
    qtbot.waitUntil(lambda: "Added after the backup" not in texts(), timeout=10000)
    assert offered[0][0] == "manual"
    win.backups_action.trigger()  # the restore undone: the backup made just before it
    wait_idle(qtbot, win.controller)
    assert "before-restore" in offered[1]
    qtbot.waitUntil(lambda: "Added after the backup" in texts(), timeout=10000)


def test_a_workshop_with_a_damaged_row_opens_and_the_row_is_moved_aside_from_the_file_menu(qtbot, window,
                                                                                             sample_db, monkeypatch):
    import sqlite3

    from support import open_in, reading, wait_idle

    from ui.dialogs import ConfirmDialog

    con = sqlite3.connect(sample_db)
    damaged = con.execute("SELECT uuid FROM note ORDER BY id LIMIT 1").fetchone()[0]
    con.execute("UPDATE note SET category = 'nonsense' WHERE uuid = ?", (damaged,))
    con.commit()
    con.close()
    notices = []
    window.controller.notice.connect(notices.append)
    window.files.message.connect(notices.append)
    open_in(qtbot, window, sample_db)  # the window opens; the damage is read once it takes input
    qtbot.waitUntil(window.repair_action.isEnabled, timeout=10000)
    assert any("opened without 1 damaged row" in n for n in notices)
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, parent, title, text, action: True))
    window.repair_action.trigger()
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: any("moved aside into" in n for n in notices), timeout=10000)
    with reading(sample_db) as service:
        assert service.damaged_rows() == []
        assert damaged not in {n.uuid for n in service.notes(include_deleted=True)}
    qtbot.waitUntil(lambda: not window.repair_action.isEnabled(), timeout=10000)
