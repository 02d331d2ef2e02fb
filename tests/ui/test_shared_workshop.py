"""Joining a shared workshop: the URL, the password file, and this laptop's room."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import QSettings

from ui.workshop.shared_workshop import (
    ConnectDialog,
    ServerChoice,
    connect_to_shared,
    last_server,
    set_this_laptop_room,
    this_laptop_room,
)


def test_url_never_carries_the_password_and_keeps_tls():
    choice = ServerChoice("cafe.local", 5433, "geneva", "room11", "s3cret", "require", True)
    assert choice.url() == "postgresql+psycopg://room11@cafe.local:5433/geneva?sslmode=require"


def test_dialog_refuses_missing_fields(qtbot):
    dialog = ConnectDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.database.setText("cafe")
    dialog._accept()
    assert "Name the server" in dialog.error.text()
    assert dialog.result() == 0


def test_connect_remembers_server_and_password_file_not_settings(qtbot, window, monkeypatch, tmp_path):
    pgpass = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    choice = ServerChoice("127.0.0.1", 1, "cafe", "moderator", "pw-123", "prefer", True)
    monkeypatch.setattr(ConnectDialog, "ask", classmethod(lambda cls, parent, last=None: choice))
    opened = []
    monkeypatch.setattr(window.files, "open_target", lambda target, **kw: opened.append(target))
    assert connect_to_shared(window)
    assert opened == ["postgresql+psycopg://moderator@127.0.0.1:1/cafe"]
    assert pgpass.read_text().strip() == "127.0.0.1:1:cafe:moderator:pw-123"
    assert stat.S_IMODE(pgpass.stat().st_mode) == 0o600
    QSettings().sync()
    settings_text = "".join(p.read_text() for p in (tmp_path / "settings").rglob("*.ini"))
    assert "pw-123" not in settings_text
    assert last_server() == ServerChoice("127.0.0.1", 1, "cafe", "moderator", "", "prefer")


def test_a_password_used_once_is_not_written_anywhere(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    choice = ServerChoice("127.0.0.1", 1, "cafe", "moderator", "once-only", "prefer", False)
    monkeypatch.setattr(ConnectDialog, "ask", classmethod(lambda cls, parent, last=None: choice))
    messages = []
    window.files.message.connect(messages.append)
    monkeypatch.setattr(window.controller, "open", lambda target, **kw: None)
    assert connect_to_shared(window)
    assert not (tmp_path / "pgpass").exists()
    assert messages and all("once-only" not in m for m in messages)


def test_this_laptops_room_is_per_workshop():
    assert this_laptop_room("w1") is None
    set_this_laptop_room("w1", "room-xi")
    assert this_laptop_room("w1") == "room-xi" and this_laptop_room("w2") is None
    set_this_laptop_room("w1", None)
    assert this_laptop_room("w1") is None


def test_file_menu_sets_this_laptops_room(qtbot, sample_window):
    win = sample_window
    win.fill_laptop_menu()
    labels = [a.text() for a in win.laptop_menu.actions()]
    assert labels[0] == "Every room (moderator)" and "Room XI" in labels
    next(a for a in win.laptop_menu.actions() if a.text() == "Room XI").trigger()
    snap = win.controller.index.snap
    room_xi = next(r.uuid for r in snap.rooms if r.name == "Room XI")
    assert this_laptop_room(snap.workshop.uuid) == room_xi
    win.fill_laptop_menu()
    assert [a.text() for a in win.laptop_menu.actions() if a.isChecked()] == ["Room XI"]


def test_merge_a_room_laptops_file_from_the_file_menu(qtbot, sample_window, monkeypatch, tmp_path):
    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from ui.dialogs import ImportFileDialog, InfoDialog

    win = sample_window
    room = Service(open_database(tmp_path / "room.sqlite"))
    workshop_file.load(room, _dump(win, qtbot))
    snap = room.snapshot()
    room.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "other", "typed on the room laptop")
    exported = tmp_path / "room.json"
    workshop_file.write(room, exported)
    room.db.dispose()
    monkeypatch.setattr(ImportFileDialog, "ask", classmethod(lambda cls, parent, start=None: str(exported)))
    shown = []
    monkeypatch.setattr(InfoDialog, "ask", classmethod(lambda cls, parent, title, message,
                                                       details=(): shown.append(message)))
    before = sum(win.controller.index.snap.note_counts.values())
    win.merge_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Added 1 note" in shown[0]
    qtbot.waitUntil(lambda: sum(win.controller.index.snap.note_counts.values()) == before + 1, timeout=10000)


def _dump(win, qtbot) -> bytes:
    got = []
    from cafe import workshop_file

    win.controller.read(workshop_file.dump_bytes,
                        got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def test_the_dialog_chooses_tls_and_says_what_is_unsafe(qtbot):
    dialog = ConnectDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.sslmode.currentText() == "require" and ServerChoice("h", 1, "d", "u").sslmode == "require"
    dialog.password.setText("s3cret")
    assert dialog.safety.isHidden() and dialog.use_tls.isHidden()
    dialog.sslmode.setCurrentText("prefer")
    assert not dialog.safety.isHidden() and "Not encrypted for sure" in dialog.safety.text()
    assert not dialog.use_tls.isHidden()
    dialog.use_tls.click()
    assert dialog.sslmode.currentText() == "require" and dialog.safety.isHidden()
    dialog.password.clear()
    assert "No password" in dialog.safety.text() and "Not encrypted" not in dialog.safety.text()


@pytest.mark.pg
def test_a_shared_workshop_opened_without_tls_or_password_says_so_in_the_status_bar(qtbot, window, shared_url):
    from support import open_in

    open_in(qtbot, window, shared_url)  # the test server: no TLS, and the superuser asks no password
    qtbot.waitUntil(lambda: not window.security_label.isHidden(), timeout=5000)
    assert window.security_label.text() == "⚠ Not encrypted · ⚠ No password"
    tip = window.security_label.toolTip()
    assert "not encrypted" in tip and "without a password" in tip
