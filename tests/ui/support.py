"""Waiting for the worker and checking the database, shared by the UI tests."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path


def copy_database(src: Path, dst: Path) -> Path:
    """A consistent copy through SQLite's backup API (never a raw file copy)."""
    with sqlite3.connect(src) as source, sqlite3.connect(dst) as target:
        source.backup(target)
    source.close()
    target.close()
    return dst


def wait_idle(qtbot, controller) -> None:
    """Wait until every queued Service call has run and its results are on screen."""
    qtbot.waitUntil(lambda: controller.idle, timeout=15000)


def open_in(qtbot, win, target, **kwargs):
    """Open ``target`` in ``win`` and wait until its views show it."""
    with qtbot.waitSignal(win.controller.snapshot_changed, timeout=15000):
        win.files.open_target(str(target), **kwargs)
    wait_idle(qtbot, win.controller)
    return win


@contextmanager
def reading(path: Path):
    """A separate Service on the same file, to check what reached the database."""
    from cafe.service import Service
    from cafe.storage.db import open_database

    service = Service(open_database(path))
    try:
        yield service
    finally:
        service.db.dispose()


def groups_tab(win):
    """Setup › Groups brought to the front, as a user does: it fills its columns, tables and score only then."""
    setup = win.views["setup"]
    win.show_place("setup")
    setup.setCurrentWidget(setup.groups)
    if not win.isVisible():
        setup.groups.reveal()  # what its show event does; a window never shown gets none
    return setup.groups
