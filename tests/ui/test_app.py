"""Starting the app: first start with the sample, a given database, a database that cannot be opened."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

import pytest
from support import open_in, reading

from cafe.storage import paths
from ui import app as app_module
from ui.dialogs import ErrorDialog, OpenDatabaseDialog, OpenFailedDialog, TitleDialog
from ui.workshop.kept_snapshot import KeptSnapshot

SAMPLE_TITLE = "Thematic workshop on implementing the global compact for migration (sample)"


def test_first_start_creates_the_default_database_with_the_sample(qtbot, window):
    target, sample = app_module.start_target(None)
    assert Path(target) == paths.default_db_path()
    assert Path(target).parent.is_dir() and not Path(target).exists()
    assert sample == paths.sample_workshop_path()

    open_in(qtbot, window, target, sample=sample)

    assert window.controller.index.title == SAMPLE_TITLE
    assert SAMPLE_TITLE in window.windowTitle()
    with reading(Path(target)) as service:
        snap = service.snapshot()
        assert snap.workshop.title == SAMPLE_TITLE
        assert len(snap.participants) == 190
    # the next start opens the same database and does not load the sample again
    assert app_module.start_target(None) == (target, None)


def test_main_opens_the_default_database_and_quits_when_ready_in_bench_mode(qapp, monkeypatch, capsys):
    monkeypatch.setenv(app_module.BENCH_ENV, "1")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    # collections: none while starting, then only on the main thread's timer, automatic again at exit
    started = []
    real_start = app_module.MainThreadCollector.start

    def start(collector):
        started.append(gc.isenabled())
        real_start(collector)
        started.append(gc.isenabled())

    monkeypatch.setattr(app_module.MainThreadCollector, "start", start)
    shown_kept = []
    real_show = KeptSnapshot._show_kept
    monkeypatch.setattr(KeptSnapshot, "_show_kept", lambda c, *args: shown_kept.append(args[1]) or real_show(c, *args))
    was = gc.isenabled()
    gc.enable()
    try:
        assert app_module.main(None) == 0
        assert started == [False, False] and gc.isenabled()
        assert shown_kept == []  # the first start loads the sample: nothing kept yet
        assert app_module.main(None) == 0  # the next start shows what the first kept at its close
        assert shown_kept == [str(paths.default_db_path())]
    finally:
        (gc.enable if was else gc.disable)()
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    out = capsys.readouterr().out
    for mark in ("first-window", "interactive", "interactive-cpu", "opened", "opened-cpu"):
        assert out.count(f"cafe-bench {mark} ") == 2, mark
    with reading(paths.default_db_path()) as service:
        assert service.snapshot().workshop.title == SAMPLE_TITLE


def test_opening_a_given_database_shows_its_workshop(sample_window):
    win = sample_window
    assert win.windowTitle() == f"{SAMPLE_TITLE} · Saved — Knowledge Café"
    assert SAMPLE_TITLE.startswith(win.name_label.text().rstrip("…"))  # elided to fit the status bar
    assert win.name_label.toolTip().startswith(SAMPLE_TITLE)
    assert win.save_label.text() == "Saved"
    assert win.views["setup"].themes.model.rowCount() == 3
    assert win.stack.currentWidget() is win.views["setup"]


@pytest.fixture
def bad_db(tmp_path) -> Path:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database.\n" * 10)
    return path


def test_a_bad_database_at_startup_is_reported_and_left_unchanged(qtbot, window, bad_db, monkeypatch):
    before = bad_db.read_bytes()
    messages = []
    monkeypatch.setattr(OpenFailedDialog, "ask", classmethod(lambda cls, parent, msg: messages.append(msg) or False))

    with qtbot.waitSignal(window.files.quit_requested, timeout=15000) as quit_signal:
        window.files.open_target(str(bad_db))

    assert quit_signal.args == [1]
    assert len(messages) == 1
    assert str(bad_db) in messages[0] and "not a workshop database" in messages[0]
    assert bad_db.read_bytes() == before
    assert sorted(p.name for p in bad_db.parent.iterdir()) == [bad_db.name]
    assert not window.controller.is_open


def test_after_a_bad_database_the_user_can_open_another(qtbot, window, bad_db, sample_db, monkeypatch):
    monkeypatch.setattr(OpenFailedDialog, "ask", classmethod(lambda cls, parent, msg: True))
    monkeypatch.setattr(OpenDatabaseDialog, "ask", classmethod(lambda cls, parent, start=None: str(sample_db)))

    with qtbot.waitSignal(window.controller.opened, timeout=15000):
        window.files.open_target(str(bad_db))

    assert window.controller.index.title == SAMPLE_TITLE


def test_a_bad_database_while_a_workshop_is_open_keeps_it_open(qtbot, sample_window, bad_db, monkeypatch):
    shown = []
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(lambda cls, parent, title, msg, details=(): shown.append(msg)))

    with qtbot.waitSignal(sample_window.controller.open_failed, timeout=15000):
        sample_window.files.open_target(str(bad_db))

    assert len(shown) == 1 and str(bad_db) in shown[0]
    assert sample_window.controller.index.title == SAMPLE_TITLE


def test_a_new_empty_database_asks_for_the_workshop_title(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(TitleDialog, "ask", classmethod(lambda cls, parent, default="": "Spring café"))
    with qtbot.waitSignal(window.controller.opened, timeout=15000):
        window.files.open_target(str(tmp_path / "spring.sqlite"))
    qtbot.waitUntil(lambda: window.controller.index.title == "Spring café", timeout=15000)
    assert "Spring café" in window.windowTitle()
    with reading(tmp_path / "spring.sqlite") as service:
        assert service.snapshot().workshop.title == "Spring café"


def test_the_exception_hook_logs_and_shows_a_dialog_instead_of_crashing(tmp_path, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(lambda cls, parent, title, msg, details=(): shown.append(msg)))
    hook = app_module.make_excepthook(lambda: None, tmp_path / "cafe-errors.log")
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR):
            hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "ZeroDivisionError: division by zero" in shown[0]
    assert str(tmp_path / "cafe-errors.log") in shown[0]
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_the_bundled_font_becomes_the_application_font(qapp):
    assert app_module.load_fonts(qapp) == "DejaVu Sans"
    assert qapp.font().family() == "DejaVu Sans"
    assert (paths.RESOURCES / "fonts" / "LICENSE-DejaVu.txt").read_text().count("Bitstream") >= 3


def test_pyside_reads_no_source_of_modules_known_not_to_use_it(qapp, monkeypatch, tmp_path):
    """PySide6 reads the source of every module imported after it; the app spares the storage stack that."""
    import types

    feature = sys.modules["shibokensupport.feature"]
    read: list[str] = []
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda module: read.append(module.__name__) or False)
    app_module.spare_pyside_source_scan()
    answers = {name: feature._mod_uses_pyside(types.ModuleType(name))
               for name in ("sqlalchemy.orm.fake", "cafe.storage.fake", "json.fake", "ui.room.fake", "someone.else")}
    assert read == ["someone.else"]  # read, as PySide6 would
    assert answers["ui.room.fake"] is True and answers["cafe.storage.fake"] is False
    app_module.spare_pyside_source_scan()  # a second call does not wrap the wrapper
    feature._mod_uses_pyside(types.ModuleType("someone.else"))
    assert read == ["someone.else", "someone.else"]
    # PySide6 looks the function up by name at each import statement, so the answers above are the ones it gets
    (tmp_path / "probe_module_for_pyside.py").write_text("VALUE = 1\n", encoding="utf-8")
    (tmp_path / "cafe_probe").mkdir()
    (tmp_path / "cafe_probe" / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(app_module, "_NOT_QT", app_module._NOT_QT | {"cafe_probe"})
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda module: read.append(module.__name__) or False)
    app_module.spare_pyside_source_scan()
    import cafe_probe  # noqa: F401
    import probe_module_for_pyside  # noqa: F401
    assert read[2:] == ["probe_module_for_pyside"]
