"""Fixtures for the Qt layer: an offscreen platform, settings and data kept in tmp_path,
the sample workshop in a database (built once, copied per test), and a main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from support import copy_database, open_in


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_main_thread(qapp):
    """As in the app (ui.common.collector): the windows, dialogs and views tests leave behind are
    collected on the main thread, never by a collection that happens to start on a worker."""
    import gc

    from ui.common.collector import MainThreadCollector

    collector = MainThreadCollector(qapp)
    collector.start()
    yield
    collector.stop()
    gc.enable()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """QSettings and the data folder live in the test's tmp_path, never in the user's home."""
    monkeypatch.setenv("CAFE_DATA_DIR", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


class UnexpectedDialog(AssertionError):
    """A modal dialog opened that the test did not replace: it would wait forever offscreen."""


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch):
    """Fail at once, naming the dialog, instead of blocking the run on an invisible modal.

    Tests that expect a dialog replace its ``ask`` (or the static helper) themselves.
    """
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def refuse(self, *args, **kwargs):
        title = self.windowTitle() if isinstance(self, QDialog) else ""
        raise UnexpectedDialog(f"a modal dialog opened during the test: {type(self).__name__} {title!r}")

    def refuse_static(*args, **kwargs):
        raise UnexpectedDialog(f"a modal dialog opened during the test: {args[1:3]!r}")

    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog):
        monkeypatch.setattr(cls, "exec", refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse_static))
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(refuse_static))
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse_static))


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory) -> Path:
    """The sample workshop loaded once into a database that tests copy."""
    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path

    path = tmp_path_factory.mktemp("template") / "sample.sqlite"
    service = Service(open_database(path))
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()
    return path


@pytest.fixture
def sample_db(sample_template, tmp_path) -> Path:
    return copy_database(sample_template, tmp_path / "workshop.sqlite")


@pytest.fixture
def window(qtbot):
    """A main window with its own controller and worker; nothing opened yet."""
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    win = MainWindow(controller)
    qtbot.addWidget(win)
    yield win
    controller.close()
    tasks.shutdown()


@pytest.fixture
def sample_window(qtbot, window, sample_db):
    """The main window showing a copy of the sample workshop."""
    return open_in(qtbot, window, sample_db)


@pytest.fixture
def shared_url(pg_database):
    """A PostgreSQL database on the throwaway server holding the sample workshop (a shared workshop)."""
    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path

    service = Service(open_database(pg_database))
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()
    return pg_database
