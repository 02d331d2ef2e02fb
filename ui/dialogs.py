"""Modal dialogs, each behind a ``classmethod ask()`` so tests can replace it.

Every ``ask`` runs on the main thread, blocks until the user answers and
returns plain values (a path, a bool, a string, or None when cancelled).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.common.plural import english
from ui.common.save_folder import remember

DB_FILTER = str(QT_TRANSLATE_NOOP("dialogs", "Workshop databases (*.sqlite *.db);;All files (*)"))
JSON_FILTER = str(QT_TRANSLATE_NOOP("dialogs", "Workshop files (*.json);;All files (*)"))


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    """A text defined with ``QT_TRANSLATE_NOOP("dialogs", …)``, translated."""
    return translate("dialogs", text)


def local_time(when) -> str:
    """An aware instant as the user's clock shows it, in the window's language ("jeu. 21 mars 2019, 15:04:05")."""
    local = when.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return QLocale().toString(stamp, translate("dialogs", "ddd d MMM yyyy, HH:mm:ss",
                                               "Qt date format of a backup's time"))


class OpenFailedDialog:
    """A database could not be opened at startup: open another one, or quit."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> bool:
        """True to choose another database, False to quit."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("dialogs", "Cannot open the workshop"), message,
                          QMessageBox.StandardButton.NoButton, parent)
        other = box.addButton(translate("dialogs", "Open another…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("dialogs", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        box.exec()
        return box.clickedButton() is other


class UnsavedOnCloseDialog(QObject):
    """Closing while saves keep failing: keep waiting for them, or close and keep them for next time."""

    def sentence(self, waiting: int, reason: str | None) -> str:
        """How many changes wait, and why (counted in the language's plural forms)."""
        if reason:
            return english(self.tr("%n change(s) are not saved yet ({0}).", "", waiting), waiting).format(reason)
        return english(self.tr("%n change(s) are not saved yet.", "", waiting), waiting)

    @classmethod
    def ask(cls, parent: QWidget | None, waiting: int, reason: str | None) -> bool:
        """True to close (the changes stay in the journal, saved at the next open), False to keep waiting."""
        text = cls().sentence(waiting, reason) + " " + QCoreApplication.translate(
            "UnsavedOnCloseDialog", "Nothing is lost: closing keeps what waits on this laptop, and it is saved "
            "first the next time this workshop opens.")
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("UnsavedOnCloseDialog", "Changes not saved yet"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        wait = box.addButton(QCoreApplication.translate("UnsavedOnCloseDialog", "Keep waiting"),
                             QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(QCoreApplication.translate("UnsavedOnCloseDialog",
                                                         "Close and keep them for next time"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(wait)
        box.exec()
        return box.clickedButton() is close


#: why a backup was made, as the list of backups says it (translated where shown)
REASON_WORDS = {
    "periodic": str(QT_TRANSLATE_NOOP("BackupsDialog", "every few minutes")),
    "before-replace": str(QT_TRANSLATE_NOOP("BackupsDialog", "before an import replaced the workshop")),
    "before-restore": str(QT_TRANSLATE_NOOP("BackupsDialog", "before a backup was restored")),
    "before-repair": str(QT_TRANSLATE_NOOP("BackupsDialog", "before damaged rows were moved aside")),
    "manual": str(QT_TRANSLATE_NOOP("BackupsDialog", "made by hand")),
}


class BackupsDialog:
    """The workshop file's automatic backups, newest first; pick one to restore."""

    @classmethod
    def ask(cls, parent: QWidget | None, backups: Sequence) -> Path | None:
        """The chosen backup's path, or None. ``backups``: (path, time in UTC, reason), newest first."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", "Backups of this workshop"))
        layout = QVBoxLayout(dialog)
        intro = QLabel(QCoreApplication.translate(
            "BackupsDialog", "Consistent copies of the workshop file, made every few minutes while it changes and "
            "before anything replaces it. Restoring one backs up the workshop as it is now first, so a restore "
            "can itself be undone from this list."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        listing = QListWidget()
        listing.setAccessibleName(QCoreApplication.translate("BackupsDialog", "Backups, newest first"))
        listing.setAccessibleDescription(QCoreApplication.translate(
            "BackupsDialog", "When each backup was made, and why; choose one and restore it"))
        for backup in backups:
            why = REASON_WORDS.get(backup.reason)
            listing.addItem(QCoreApplication.translate("BackupsDialog", "{0} — {1}").format(
                local_time(backup.time),
                QCoreApplication.translate("BackupsDialog", why) if why else backup.reason))
        if backups:
            listing.setCurrentRow(0)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(QCoreApplication.translate("BackupsDialog", "Restore this backup…"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setEnabled(bool(backups))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(560, 380)
        if dialog.exec() != QDialog.DialogCode.Accepted or listing.currentRow() < 0:
            return None
        return Path(backups[listing.currentRow()].path)


class ErrorDialog(QDialog):
    """A message and, when there are several problems, each one on its own line."""

    def __init__(self, parent: QWidget | None, title: str, message: str, details: Sequence[str] = ()):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label)
        if details:
            errors = QListWidget()
            errors.setAccessibleName(translate("dialogs", "Each problem found"))
            errors.addItems(list(details))
            errors.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            errors.setWordWrap(True)
            layout.addWidget(errors)
            self.resize(640, 360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, message: str, details: Sequence[str] = ()) -> None:
        cls(parent, title, message, details).exec()


class ConfirmDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """True when the user chose ``action`` (the button's label)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        ok = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is ok


class TitleDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, default: str = "") -> str | None:
        """The new workshop's title, or None when cancelled."""
        text, ok = QInputDialog.getText(parent, translate("dialogs", "New workshop"),
                                        translate("dialogs", "Title of the workshop:"), text=default)
        return (text.strip() or default) if ok else None


class OpenDatabaseDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, start: Path | None = None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("dialogs", "Open workshop"), str(start or ""),
                                              _tr(DB_FILTER))
        return path or None


class NewDatabaseDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, start: Path | None = None) -> str | None:
        """A file name for a new database (the caller refuses an existing file)."""
        path, _ = QFileDialog.getSaveFileName(parent, translate("dialogs", "New workshop"), str(start or ""),
                                              _tr(DB_FILTER), options=QFileDialog.Option.DontConfirmOverwrite)
        if path and not Path(path).suffix:
            path += ".sqlite"
        return path or None


class ImportFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, start: Path | None = None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("dialogs", "Import workshop file"), str(start or ""),
                                              _tr(JSON_FILTER))
        if path:
            remember(path)
        return path or None


class ExportFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path | None = None) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("dialogs", "Export workshop file"),
                                              str(suggested or ""), _tr(JSON_FILTER))
        if path and not Path(path).suffix:
            path += ".json"
        if path:
            remember(path)
        return path or None


class InfoDialog(ErrorDialog):
    """The outcome of an action worth reading (e.g. a merge), with details line by line."""
