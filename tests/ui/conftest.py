"""Fixtures for the Qt layer: an offscreen platform, settings and data kept in tmp_path,
the sample workshop in a database (built once, copied per test), and a main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from support import copy_database, open_in


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """QSettings and the data folder live in the test's tmp_path, never in the user's home."""
    monkeypatch.setenv("CAFE_DATA_DIR", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory) -> Path:
    """The sample workshop loaded once into a database that tests copy."""
    from cafe import workshop_file
    from cafe.db import open_database
    from cafe.paths import sample_workshop_path
    from cafe.service import Service

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
    from ui.controller import WorkshopController
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner

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
