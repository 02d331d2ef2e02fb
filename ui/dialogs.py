"""Modal dialogs, each behind a ``classmethod ask()`` so tests can replace it.

Every ``ask`` runs on the main thread, blocks until the user answers and
returns plain values (a path, a bool, a string, or None when cancelled).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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

from ui.common.save_folder import remember

DB_FILTER = "Workshop databases (*.sqlite *.db);;All files (*)"
JSON_FILTER = "Workshop files (*.json);;All files (*)"


class OpenFailedDialog:
    """A database could not be opened at startup: open another one, or quit."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> bool:
        """True to choose another database, False to quit."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open the workshop", message,
                          QMessageBox.StandardButton.NoButton, parent)
        other = box.addButton("Open another…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        box.exec()
        return box.clickedButton() is other


class UnsavedOnCloseDialog:
    """Closing while saves keep failing: keep waiting for them, or close and keep them for next time."""

    @classmethod
    def ask(cls, parent: QWidget | None, waiting: int, reason: str | None) -> bool:
        """True to close (the changes stay in the journal, saved at the next open), False to keep waiting."""
        changes = (QApplication.translate("UnsavedOnCloseDialog", "1 change is not saved yet") if waiting == 1 else
                   QApplication.translate("UnsavedOnCloseDialog", "{0} changes are not saved yet").format(waiting))
        because = QApplication.translate("UnsavedOnCloseDialog", " ({0})").format(reason) if reason else ""
        text = changes + because + QApplication.translate(
            "UnsavedOnCloseDialog", ". Nothing is lost: closing keeps them on this laptop, and they are saved "
            "first the next time this workshop opens.")
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QApplication.translate("UnsavedOnCloseDialog", "Changes not saved yet"), text,
                          QMessageBox.StandardButton.NoButton, parent)
        wait = box.addButton(QApplication.translate("UnsavedOnCloseDialog", "Keep waiting"),
                             QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(QApplication.translate("UnsavedOnCloseDialog", "Close and keep them for next time"),
                              QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(wait)
        box.exec()
        return box.clickedButton() is close


REASON_WORDS = {"periodic": "every few minutes", "before-replace": "before an import replaced the workshop",
                "before-restore": "before a backup was restored", "before-repair": "before damaged rows were moved "
                "aside", "manual": "made by hand"}


class BackupsDialog:
    """The workshop file's automatic backups, newest first; pick one to restore."""

    @classmethod
    def ask(cls, parent: QWidget | None, backups: Sequence) -> Path | None:
        """The chosen backup's path, or None. ``backups``: (path, time in UTC, reason), newest first."""
        dialog = QDialog(parent)
        dialog.setWindowTitle(QApplication.translate("BackupsDialog", "Backups of this workshop"))
        layout = QVBoxLayout(dialog)
        intro = QLabel(QApplication.translate(
            "BackupsDialog", "Consistent copies of the workshop file, made every few minutes while it changes and "
            "before anything replaces it. Restoring one backs up the workshop as it is now first, so a restore "
            "can itself be undone from this list."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        listing = QListWidget()
        listing.setAccessibleName(QApplication.translate("BackupsDialog", "Backups, newest first"))
        for backup in backups:
            when = backup.time.astimezone().strftime("%a %d %b %Y, %H:%M:%S")
            listing.addItem(f"{when} — {REASON_WORDS.get(backup.reason, backup.reason)}")
        if backups:
            listing.setCurrentRow(0)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(QApplication.translate("BackupsDialog", "Restore this backup…"),
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
        text, ok = QInputDialog.getText(parent, "New workshop", "Title of the workshop:", text=default)
        return (text.strip() or default) if ok else None


class OpenDatabaseDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, start: Path | None = None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, "Open workshop", str(start or ""), DB_FILTER)
        return path or None


class NewDatabaseDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, start: Path | None = None) -> str | None:
        """A file name for a new database (the caller refuses an existing file)."""
        path, _ = QFileDialog.getSaveFileName(parent, "New workshop", str(start or ""), DB_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path and not Path(path).suffix:
            path += ".sqlite"
        return path or None


class ImportFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, start: Path | None = None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, "Import workshop file", str(start or ""), JSON_FILTER)
        if path:
            remember(path)
        return path or None


class ExportFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path | None = None) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, "Export workshop file", str(suggested or ""), JSON_FILTER)
        if path and not Path(path).suffix:
            path += ".json"
        if path:
            remember(path)
        return path or None


class InfoDialog(ErrorDialog):
    """The outcome of an action worth reading (e.g. a merge), with details line by line."""
