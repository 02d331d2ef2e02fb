"""Startup: the QApplication, the bundled font, the exception hook and the first window.

Order matters for speed: the window is shown first; only after its first
paint does the controller open the database on the worker thread, which is
where sqlmodel, SQLAlchemy and Alembic are imported. (Importing them on the
worker while the window is built gains nothing measurable: both hold the
interpreter lock.)

At the next start of a workshop file, the snapshot kept at its last close is on
screen before any of that (:mod:`ui.workshop.kept_snapshot`).

``CAFE_BENCH_EXIT_WHEN_READY=1`` prints ``cafe-bench <mark> <unix time>``
lines (``first-window``; ``interactive``: the workshop on screen, taking input;
``opened``: its database open; ``<mark>-cpu`` gives the process's CPU seconds
instead) and quits once the workshop is on screen and open;
``benchmarks/startup.py`` uses it.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from cafe.storage import paths
from ui.common.collector import MainThreadCollector
from ui.common.recent_files import APPLICATION, ORGANISATION
from ui.dialogs import ErrorDialog
from ui.main_window import APP_TITLE, MainWindow
from ui.workshop.controller import WorkshopController
from ui.workshop.tasks import TaskRunner

log = logging.getLogger("ui")

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 10
BENCH_ENV = "CAFE_BENCH_EXIT_WHEN_READY"


def load_fonts(app: QApplication) -> str | None:
    """Register the bundled DejaVu Sans and make it the application font; its family, or None."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.RESOURCES / "fonts" / name))
        if font_id >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    if family is not None:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    else:
        log.warning("bundled fonts not found in %s; using the system font", paths.RESOURCES / "fonts")
    return family


def error_log_path() -> Path:
    return paths.data_dir() / "cafe-errors.log"


def configure_logging() -> Path | None:
    """Warnings and errors go to stderr and to the error log in the data folder (its path, or None)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = error_log_path()
        if any(getattr(h, "baseFilename", None) == str(path.resolve()) for h in root.handlers):
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def make_excepthook(parent: Callable[[], QWidget | None], log_file: Path | None):
    """A ``sys.excepthook`` that logs the traceback and tells the user in a dialog, instead of crashing."""
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if showing:  # one dialog at a time; the rest is in the log
            return
        where = f"The details were written to {log_file}." if log_file else ""
        message = (f"Something went wrong: {exc_type.__name__}: {exc}\n\n"
                   f"Everything marked “Saved” is stored. {where}").strip()
        showing = True
        try:
            ErrorDialog.ask(parent(), "Unexpected error", message)
        except Exception:  # noqa: BLE001 — the hook itself must never raise
            traceback.print_exception(exc_type, exc, tb)
        finally:
            showing = False

    return hook


class _FirstPaint(QObject):
    """Calls ``callback`` once, on the event loop turn after ``widget`` first paints."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


#: packages that never use PySide6 (the core is kept free of Qt by the layering contracts); see below
_NOT_QT = frozenset({"cafe", "sqlalchemy", "sqlmodel", "pydantic", "pydantic_core", "alembic", "annotated_types",
                     "typing_inspection", "typing_extensions", "pycountry", "platformdirs", "psycopg", "babel",
                     "reportlab", "segno", "docx", "lxml", "jsonschema", "referencing", "rpds", "attr", "attrs",
                     "greenlet", "uharfbuzz", "starlette", "uvicorn", "anyio", "h11", "sniffio", "idna"})


def spare_pyside_source_scan() -> None:
    """Skip PySide6's source scan for modules known not to use it.

    After PySide6 is imported, every module imported reads its whole source file
    (``inspect.getsource``) to find out whether it mentions PySide6, for the sake of
    ``from __feature__ import ...``, which this app never uses. The storage stack
    the worker imports at startup is about 450 such modules: a tenth of its time.
    Modules of the standard library and of the packages above are answered without
    reading; the rest, and any PySide6 without this hook, are left as they were.
    """
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None or getattr(scan, "spared", False):
        return
    plain = _NOT_QT | sys.stdlib_module_names

    def uses_pyside(module) -> bool:
        package = getattr(module, "__name__", "").partition(".")[0]
        if package == "ui":
            return True  # the window's own modules: the answer for them, without reading them
        if package in plain:
            return False
        return scan(module)

    uses_pyside.spared = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)


def start_target(db_target: str | None) -> tuple[str, Path | None]:
    """(database to open, sample to load into it or None): the default database loads the sample once."""
    if db_target is not None:
        return db_target, None
    path = paths.default_db_path()
    first_start = not path.exists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # opening will then say which folder is missing
    return str(path), (paths.sample_workshop_path() if first_start else None)


def main(db_target: str | None = None) -> int:
    """Run the app on ``db_target`` (SQLite path or SQLAlchemy URL; None: the user's default database)."""
    bench = os.environ.get(BENCH_ENV) == "1"
    spare_pyside_source_scan()
    # No cyclic collections while the window and the storage stack load: the imports allocate
    # hundreds of thousands of objects and would trigger dozens of collections (about 0.1 s). The
    # controller freezes what the first workshop made alive; collections resume once it is on screen,
    # on the main thread only (ui.common.collector: one on the worker could free Qt objects there).
    collecting = gc.isenabled()
    gc.disable()
    # the running application, if any, is a QApplication too (the app and the tests only make those)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_TITLE)
    from ui.common.language import LANGUAGES, chosen_language, install

    # before any widget is made: every text is built in the chosen language (CAFE_LANGUAGE overrides)
    forced = os.environ.get("CAFE_LANGUAGE", "")
    install(app, forced if forced in LANGUAGES else chosen_language())
    load_fonts(app)
    log_file = configure_logging()

    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    window = MainWindow(controller)
    sys.excepthook = make_excepthook(lambda: window, log_file)
    tasks.unhandled.connect(lambda exc: sys.excepthook(type(exc), exc, exc.__traceback__))
    window.files.quit_requested.connect(app.exit)

    target, sample = start_target(db_target)

    def start() -> None:
        if bench:
            print(f"cafe-bench first-window {time.time():.6f}", flush=True)
        window.files.open_target(target, sample=sample)
        # built while the worker imports the storage stack and opens the database
        window.prepare_views()

    if bench:
        # on screen and taking input (a kept snapshot may be shown while the database opens behind
        # it), and the database open; the process exits once both have happened
        marks: set[str] = set()

        def mark(name: str) -> None:
            marks.add(name)
            print(f"cafe-bench {name} {time.time():.6f}", flush=True)
            # CPU seconds of the whole process so far: steadier than the wall time on a busy machine
            print(f"cafe-bench {name}-cpu {time.process_time():.6f}", flush=True)
            if marks == {"interactive", "opened"}:
                app.exit(0)
        window.ready.connect(lambda: mark("interactive"))
        controller.opened.connect(lambda _name: mark("opened"))
        controller.open_failed.connect(lambda message: print(f"cafe-bench failed {message}", flush=True))

    collector = MainThreadCollector(app)

    def collect_again(*_args) -> None:
        if collecting and not collector.active:
            collector.start()

    window.ready.connect(collect_again)
    controller.open_failed.connect(collect_again)
    _FirstPaint(window, start)
    window.show()
    try:
        code = app.exec()
    finally:
        controller.close()
        tasks.shutdown()
        collector.stop()
        if collecting:
            gc.enable()  # the worker has stopped: collections may run where they fall again
    return code
