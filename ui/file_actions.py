"""The File menu's work: new, open (and recent), import, export.

Main thread. Asks through :mod:`ui.dialogs` (tests replace their ``ask``),
then hands the work to the controller, which runs it on the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from cafe.report.output import file_stem
from ui.common import save_folder
from ui.common.recent_files import RecentFiles
from ui.dialogs import (
    BackupsDialog,
    ConfirmDialog,
    ErrorDialog,
    ExportFileDialog,
    ImportFileDialog,
    InfoDialog,
    NewDatabaseDialog,
    OpenDatabaseDialog,
    OpenFailedDialog,
    TitleDialog,
    local_time,
)
from ui.common.plural import english
from ui.workshop.controller import FileProblem, WorkshopController

#: the title a new workshop gets when none is given (in the window's language: see :func:`default_title`)
DEFAULT_TITLE = str(QT_TRANSLATE_NOOP("FileActions", "Untitled workshop"))


def default_title() -> str:
    return QCoreApplication.translate("FileActions", DEFAULT_TITLE)


class FileActions(QObject):
    """Opening and exchanging workshops for one window.

    While no workshop has opened yet (startup), a failure to open offers to
    pick another database or to quit (:attr:`quit_requested`); afterwards a
    failure is reported and the open workshop stays.
    """

    #: the user chose to quit because no workshop could be opened (exit code)
    quit_requested = Signal(int)
    #: a short message for the status bar
    message = Signal(str)
    #: the workshop on screen could not be opened after all: nothing is open
    nothing_open = Signal()

    def __init__(self, window: QWidget, controller: WorkshopController, recent: RecentFiles):
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.recent = recent
        self._asked_title_for = -1
        #: the open workshop's damaged rows, left out of what is shown (cafe.storage.damage.RowProblem)
        self.damaged: list = []
        controller.opened.connect(self._opened)
        controller.open_failed.connect(self._open_failed)

    # -- opening ---------------------------------------------------------------------------------
    def open_target(self, target: str, *, sample: Path | None = None, new_title: str | None = None) -> None:
        shown = target
        if "://" in target:  # never show a password typed for this connection only
            from cafe.sync.pgpass import without_password

            shown = without_password(target)
        self.message.emit(self.tr("Opening {0}…").format(shown))
        self.controller.open(target, sample=sample, new_title=new_title)

    def _start_dir(self) -> Path:
        """The open workshop's folder when it is a visible one, else the last folder saved to or Documents."""
        near = Path(self.controller.display_name).parent \
            if self.controller.is_file and self.controller.display_name else None
        return save_folder.save_folder(near)

    def open_database(self) -> bool:
        """Ask for a database file and open it; False when the user cancelled."""
        path = OpenDatabaseDialog.ask(self.window, self._start_dir())
        if not path:
            return False
        self.open_target(path)
        return True

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.recent.remove(path)
            ErrorDialog.ask(self.window, self.tr("Cannot open the workshop"),
                            self.tr("{0}: the file no longer exists.").format(path))
            return
        self.open_target(path)

    def new_workshop(self) -> None:
        path = NewDatabaseDialog.ask(self.window, self._start_dir())
        if not path:
            return
        if Path(path).exists():
            ErrorDialog.ask(self.window, self.tr("New workshop"),
                            self.tr("{0} already exists. Choose a new file name: a new workshop never "
                                    "overwrites another.").format(path))
            return
        title = TitleDialog.ask(self.window, default_title())
        if title is None:
            return
        self.open_target(path, new_title=title)

    def _opened(self, display_name: str) -> None:
        self.damaged = []  # the workshop opened is read for its own (see MainWindow._damaged)
        if self.controller.is_file:
            self.recent.add(display_name)
        snap = self.controller.snapshot
        if snap is not None and snap.workshop is None and self._asked_title_for != self.controller.generation:
            self._asked_title_for = self.controller.generation
            title = TitleDialog.ask(self.window, default_title())
            self.controller.create_workshop(title or default_title())
        self.message.emit(self.tr("Opened {0}").format(display_name))

    def _open_failed(self, message: str) -> None:
        if self.controller.is_open:
            ErrorDialog.ask(self.window, self.tr("Cannot open the workshop"), message)
            return
        self.nothing_open.emit()
        while OpenFailedDialog.ask(self.window, message):
            if self.open_database():
                return
        self.quit_requested.emit(1)

    # -- workshop files ------------------------------------------------------------------------------
    def import_file(self) -> None:
        if not self.controller.is_open:
            return
        path = ImportFileDialog.ask(self.window, self._start_dir())
        if not path:
            return
        self.controller.check_workshop_file(
            path, lambda: self._confirm_import(path),
            lambda problem: self._problem(self.tr("Cannot import"), path, problem))

    def _confirm_import(self, path: str) -> None:
        index = self.controller.index
        title = index.title if index is not None else default_title()
        text = self.tr("Importing “{0}” replaces the whole workshop “{1}” in {2} — its agenda, rooms, themes, "
                       "people and notes — with the workshop in the file.\n\nA backup of the workshop as it is "
                       "now is made first: File › Backups… restores it.").format(
            Path(path).name, title, self.controller.display_name)
        if not ConfirmDialog.ask(self.window, self.tr("Replace the workshop?"), text, self.tr("Replace workshop")):
            return
        self.controller.replace_from_file(
            path, lambda: self.message.emit(self.tr("Imported {0}").format(path)),
            lambda problem: self._problem(self.tr("Cannot import"), path, problem))

    def show_backups(self) -> None:
        """File › Backups…: list the workshop file's backups; restore one (on the worker), undoably."""
        if not self.controller.is_open:
            return
        if not self.controller.is_file:
            self.message.emit(self.tr("A shared workshop is backed up by its server (pg_dump), not by this laptop."))
            return
        self.controller.read(lambda service: service.backups(), self._choose_backup)

    def _choose_backup(self, backups: list) -> None:
        path = BackupsDialog.ask(self.window, backups)
        if path is None:
            return
        chosen = next(b for b in backups if Path(b.path) == path)
        when = local_time(chosen.time)
        text = self.tr("The workshop becomes what it was at {0}; what changed since is set aside in a backup "
                       "made now, which this same list restores. The undo history is cleared.").format(when)
        if not ConfirmDialog.ask(self.window, self.tr("Restore this backup?"), text, self.tr("Restore")):
            return

        def done(before) -> None:
            self.controller.undo_stack.clear()
            self.message.emit(self.tr("Restored the backup of {0}. The workshop as it was is in the list of "
                                      "backups.").format(when) if before is not None
                              else self.tr("Restored the backup of {0}.").format(when))

        self.controller.read(lambda service: service.restore_backup(path), done,
                             lambda problem: self._problem(self.tr("Cannot restore"), str(path), problem))

    def repair(self) -> None:
        """Move the damaged rows aside into a recovery file (a backup is made first), on the worker."""
        if not self.damaged:
            return
        lines = [str(p) for p in self.damaged]
        text = (self.tr("These rows of the workshop are damaged and were left out when it opened. Moving them "
                        "aside writes them to a recovery file beside the database, after a backup, and removes "
                        "them from the database, which is then sound again:") + "\n\n" + "\n".join(lines[:8])
                + ("\n…" if len(lines) > 8 else ""))
        if not ConfirmDialog.ask(self.window, self.tr("Move damaged rows aside?"), text, self.tr("Move them aside")):
            return

        def done(result) -> None:
            self.controller.undo_stack.clear()
            self.damaged = []
            if result is not None:
                moved = result.rows_moved
                self.message.emit(english(self.tr("%n damaged row(s) moved aside into {0}.", "", moved), moved)
                                  .format(result.recovery_file))

        self.controller.read(lambda service: service.repair_damaged_rows(), done,
                             lambda problem: self._problem(self.tr("Cannot repair"), self.controller.display_name,
                                                           problem))

    def merge_file(self) -> None:
        """Merge a room laptop's workshop file (same workshop) into this one, on the worker."""
        if not self.controller.is_open:
            return
        path = ImportFileDialog.ask(self.window, self._start_dir())
        if not path:
            return

        def work(service):
            from cafe import workshop_file

            return service.merge_rows(workshop_file.read_rows(path)).row

        def done(report) -> None:
            details = [sentence for _kind, _uuid, sentence in report.conflicts]
            InfoDialog.ask(self.window, self.tr("Workshop file merged"),
                           self.tr("{0}: {1}").format(path, report.summary()), details)
            self.message.emit(self.tr("Merged {0}").format(path))

        self.controller.read(work, done, lambda problem: self._problem(self.tr("Cannot merge"), path, problem))

    def export_file(self) -> None:
        index = self.controller.index
        if index is None:
            return
        path = ExportFileDialog.ask(self.window, self._start_dir() / f"{file_stem(index.title, limit=None)}.json")
        if not path:
            return
        self.controller.export_file(path, lambda: self.message.emit(self.tr("Exported to {0}").format(path)),
                                    lambda problem: self._problem(self.tr("Cannot export"), path, problem))

    def _problem(self, title: str, path: str, problem: Any) -> None:
        """Show why a file was refused: every error on its own line."""
        details = problem.errors if isinstance(problem, FileProblem) else ()
        if details:
            n = len(details)
            text = english(self.tr("{0}: %n problem(s) found.", "", n), n).format(path)
        else:
            text = str(problem)
            if path not in text:
                text = self.tr("{0}: {1}").format(path, text)
        ErrorDialog.ask(self.window, title, self.tr("{0}\n\nNothing was changed.").format(text), details)
