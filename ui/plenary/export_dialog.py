"""Exporting the report (PDF, Markdown, Word) and the notes (CSV) from the window.

Contract
--------
* :func:`install_actions` adds "Export report (PDF)…", "(Markdown)…",
  "(Word)…" and "Export notes (CSV)…" to the window's File menu; each opens
  an :class:`ExportDialog`.
* Threads. A :class:`ReportJob` takes the snapshot and the notes through
  ``controller.read`` — on the controller's single worker, where they take
  milliseconds — and then builds the file on a separate thread of its own
  (:data:`_BUILDER`), which never touches the database. A long build (tens of
  seconds for 50,000 notes) therefore never holds up the note-takers' saves
  queued on the controller's worker, and the UI thread only receives queued
  signals (progress, finished, failed, cancelled).
* Cancel sets a ``threading.Event`` the builder checks between flowables; a
  cancelled or failed export leaves any earlier file untouched (the file is
  written to a temporary name and renamed at the end).
* Participants' names are left out unless the user ticks the box (privacy).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe.report.output import file_stem
from ui.common import save_folder
from ui.common.plural import english

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController

log = logging.getLogger(__name__)

#: (format, menu text, file filter), translated where shown (:func:`_tr`)
EXPORTS: tuple[tuple[str, str, str], ...] = (
    ("pdf", str(QT_TRANSLATE_NOOP("ExportDialog", "Export report (PDF)…")),
     str(QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)"))),
    ("md", str(QT_TRANSLATE_NOOP("ExportDialog", "Export report (Markdown)…")),
     str(QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md)"))),
    ("docx", str(QT_TRANSLATE_NOOP("ExportDialog", "Export report (Word)…")),
     str(QT_TRANSLATE_NOOP("ExportDialog", "Word documents (*.docx)"))),
    ("csv", str(QT_TRANSLATE_NOOP("ExportDialog", "Export notes (CSV)…")),
     str(QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"))),
)
#: the main window's File menu, as it names it (translated in the main window's context)
_FILE_MENU = "&File"
_FILTERS = {fmt: flt for fmt, _text, flt in EXPORTS}
_SUFFIXES = {"pdf": ".pdf", "md": ".md", "docx": ".docx", "csv": ".csv"}

_builder_lock = threading.Lock()
_BUILDER: ThreadPoolExecutor | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def _builder() -> ThreadPoolExecutor:
    """The one thread exports are built on (created on first use)."""
    global _BUILDER
    with _builder_lock:
        if _BUILDER is None:
            _BUILDER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cafe-report")
        return _BUILDER


def _default_build(snapshot, notes, path, fmt, *, include_participants, progress, cancel, on_warning=None):
    from cafe.report import export

    # each writer writes in the workshop's output language itself; the warnings it hands back are for
    # the organiser at this window, in the window's language
    return export(snapshot, notes, path, fmt, include_participants=include_participants,
                  progress=progress, cancel=cancel, on_warning=on_warning)


class ReportJob(QObject):
    """One export run (see the module docstring). Signals arrive on the main thread."""

    progressed = Signal(float, str)
    #: a note holds characters no bundled font has (printed as �): one line naming it
    warned = Signal(str)
    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, controller: WorkshopController, fmt: str, path: str, *, include_participants: bool = False,
                 build: Callable[..., Any] = _default_build, parent: QObject | None = None):
        super().__init__(parent)
        self.controller = controller
        self.fmt, self.path = fmt, path
        self.include_participants = include_participants
        self.build = build
        self.cancel_event = threading.Event()
        self.running = False
        self._last = -1.0
        for signal in (self.finished, self.failed, self.cancelled):
            signal.connect(self._ended)

    def start(self) -> None:
        self.running = True
        self.progressed.emit(0.0, self.tr("Reading the workshop"))
        self.controller.read(lambda service: (service.snapshot(), service.notes()), self._got_data,
                             self._read_failed)

    def cancel(self) -> None:
        """Ask the build to stop (any thread); :attr:`cancelled` follows."""
        self.cancel_event.set()

    def _read_failed(self, problem: Any) -> None:
        self.failed.emit(str(problem))

    def _got_data(self, data: tuple[Any, list]) -> None:
        if self.cancel_event.is_set():
            self.cancelled.emit()
            return
        snapshot, notes = data
        _builder().submit(self._run, snapshot, notes)

    def _progress(self, fraction: float, stage: str) -> None:  # builder thread
        if fraction - self._last >= 0.01 or fraction >= 1.0:
            self._last = fraction
            self.progressed.emit(fraction, stage)

    def _run(self, snapshot, notes) -> None:  # builder thread: emits only, touches nothing else
        from cafe.report.output import ExportError
        from cafe.report.pdf import Cancelled

        extra = {"on_warning": self.warned.emit} if self.build is _default_build else {}
        try:
            path = self.build(snapshot, notes, self.path, self.fmt, include_participants=self.include_participants,
                              progress=self._progress, cancel=self.cancel_event, **extra)
        except Cancelled:
            self.cancelled.emit()
        except ExportError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            log.exception("export to %s failed", self.path)
            self.failed.emit(self.tr("The export failed unexpectedly ({0}: {1}); nothing was written.").format(
                type(exc).__name__, exc))
        else:
            self.finished.emit(str(path))

    def _ended(self, *_args) -> None:  # main thread, before the dialog hears of the end
        self.running = False


class SaveReportDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, fmt: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ExportDialog", "Export to"),
                                              suggested, _tr(_FILTERS[fmt]))
        if path and not Path(path).suffix:
            path += _SUFFIXES[fmt]
        return path or None


def suggested_path(title: str, fmt: str) -> str:
    """A file name from the workshop's title in the last folder saved to (or Documents)."""
    stem = file_stem(title)
    name = f"{stem}-notes" if fmt == "csv" else f"{stem}-report"
    return str(save_folder.suggested(name + _SUFFIXES[fmt]))


class ExportDialog(QDialog):
    """Choose where, then export with a progress bar and a Cancel button (non-modal)."""

    def __init__(self, controller: WorkshopController, fmt: str, parent: QWidget | None = None, *,
                 build: Callable[..., Any] = _default_build):
        super().__init__(parent)
        self.controller = controller
        self.fmt = fmt
        self.build = build
        self.job: ReportJob | None = None
        self._exporting = False
        what = {"pdf": self.tr("Export the report as PDF. The file is replaced only when the export has finished."),
                "md": self.tr("Export the report as Markdown. The file is replaced only when the export has "
                              "finished."),
                "docx": self.tr("Export the report as Word. The file is replaced only when the export has "
                                "finished."),
                "csv": self.tr("Export every note as CSV. The file is replaced only when the export has "
                               "finished.")}[fmt]
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        title = controller.index.title if controller.index is not None else "workshop"
        intro = QLabel(what)
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(suggested_path(title, fmt))
        self.path_edit.setObjectName("export_path")
        self.path_edit.setAccessibleName(self.tr("File to export to"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("export_choose")
        choose.setAccessibleName(self.tr("Choose the file to export to"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.participants = QCheckBox(self.tr("Include the groups and their participants (names of people)"))
        self.participants.setObjectName("include_participants")
        self.participants.setChecked(False)
        self.participants.setVisible(fmt != "csv")
        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status = QLabel("")
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.participants)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.saved_buttons = save_folder.SavedFileButtons(self)
        layout.addWidget(self.saved_buttons)
        layout.addLayout(buttons)

    def _choose(self) -> None:
        path = SaveReportDialog.ask(self, self.fmt, self.path_edit.text())
        if path:
            self.path_edit.setText(path)

    @property
    def running(self) -> bool:
        """True from Export until the dialog has shown the outcome (not merely until the job ended)."""
        return self._exporting

    def start(self) -> None:
        """Start the export to the path shown (main thread)."""
        if self.running:
            return
        path = self.path_edit.text().strip()
        if not path:
            self.status.setText(self.tr("Choose a file to export to."))
            return
        if Path(path).is_dir():
            self.status.setText(self.tr("{0} is a folder: add a file name.").format(path))
            return
        if not Path(path).suffix:
            path += _SUFFIXES[self.fmt]
            self.path_edit.setText(path)
        if not self.controller.is_open:
            self.status.setText(self.tr("No workshop is open."))
            return
        save_folder.remember(path)
        self.job = ReportJob(self.controller, self.fmt, path, include_participants=self.participants.isChecked(),
                             build=self.build, parent=self)
        self.job.progressed.connect(self._progressed)
        self.warnings: list[str] = []
        self.job.warned.connect(self.warnings.append)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self._exporting = True
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.saved_buttons.set_path(None)
        self.progress.setValue(0)
        self.status.setText(self.tr("Exporting…"))
        self.job.start()

    def cancel(self) -> None:
        if self.running:
            assert self.job is not None  # running
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _progressed(self, fraction: float, stage: str) -> None:
        self.progress.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        self.status.setText(self.tr("{0}…").format(stage) if fraction < 1.0 else self.tr("Finishing…"))

    def _done(self) -> None:
        self._exporting = False
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _finished(self, path: str) -> None:
        self._done()
        self.progress.setValue(1000)
        if self.warnings:  # the file is complete, but some characters print as the mark �
            shown = "\n".join(self.warnings[:10]) + ("\n…" if len(self.warnings) > 10 else "")
            n = len(self.warnings)
            notes = english(self.tr("%n note(s)", "", n), n)
            self.status.setText(self.tr("Wrote {0}. {1} printed with the mark � for characters no bundled font "
                                        "has:\n{2}").format(path, notes, shown))
        else:
            self.status.setText(self.tr("Wrote {0}").format(path))
        self.saved_buttons.set_path(path)
        self.saved_buttons.open_button.setFocus()
        self.controller.notice.emit(self.tr("Exported {0}").format(path))

    def _failed(self, message: str) -> None:
        self._done()
        self.progress.setValue(0)
        self.status.setText(self.tr("Not exported: {0}").format(message))

    def _cancelled(self) -> None:
        self._done()
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled; no file was written or changed."))

    def closeEvent(self, event) -> None:
        self.cancel()
        super().closeEvent(event)

    def reject(self) -> None:
        self.cancel()
        super().reject()

    @classmethod
    def open_for(cls, parent: QWidget | None, controller: WorkshopController, fmt: str) -> ExportDialog | None:
        """Show the export dialog for ``fmt`` (None when no workshop is open).

        One dialog per format and parent is kept and shown again, so a job that
        still runs always has a live object to report to.
        """
        if not controller.is_open:
            controller.notice.emit(QCoreApplication.translate("ExportDialog", "Open a workshop first."))
            return None
        dialogs = getattr(parent, "_export_dialogs", None) if parent is not None else None
        if dialogs is None:
            dialogs = {}
            if parent is not None:
                cast(Any, parent)._export_dialogs = dialogs  # kept on any window: not a declared attribute
        dialog = dialogs.get(fmt)
        if dialog is None or not shiboken6.isValid(dialog) or dialog.controller is not controller:
            dialog = cls(controller, fmt, parent)
            dialogs[fmt] = dialog
        dialog.show()
        dialog.raise_()
        return dialog


def install_actions(window: MainWindow) -> list[QAction]:
    """Add the four export actions to ``window``'s File menu (before its last separator when it has one)."""
    bar = window.menuBar()
    # the menu bar's actions hold QMenus
    # the File menu by its name in the window's language (the main window's own text), else in English
    names = {QCoreApplication.translate("MainWindow", _FILE_MENU).replace("&", ""), "File"}
    file_menu = cast("QMenu | None", next((a.menu() for a in bar.actions() if a.menu() is not None
                                           and a.text().replace("&", "") in names), None))
    if file_menu is None:
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", _FILE_MENU))
    separators = [a for a in file_menu.actions() if a.isSeparator()]
    before = separators[-1] if separators else None
    actions = []
    for fmt, text, _flt in EXPORTS:
        action = QAction(_tr(text), window)
        action.setObjectName(f"export_{fmt}")
        action.triggered.connect(lambda _checked=False, fmt=fmt: ExportDialog.open_for(window, window.controller, fmt))
        file_menu.insertAction(before, action) if before is not None else file_menu.addAction(action)
        actions.append(action)
    if before is not None:
        file_menu.insertSeparator(actions[0])
    return actions
