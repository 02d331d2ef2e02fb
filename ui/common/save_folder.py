"""Where files are saved and opened from, and what to do with a file once it is written.

Every save and open dialog starts in the same visible folder: the last folder
the user saved to (remembered across runs), else their Documents folder,
else their home. Never the app's own data folder, which is hidden on most
systems and where nobody looks for a report. After an export the user can
open the file or show its folder in one click (:func:`open_file`,
:func:`show_folder`, :class:`SavedFileButtons`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from cafe.storage.paths import data_dir

FOLDER_KEY = "export/folder"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def is_hidden_place(folder: Path) -> bool:
    """True for the app's data folder (and anything in it) or a hidden folder (a name starting with ".")."""
    if _inside(folder, data_dir()):
        return True
    try:
        parts = folder.resolve().relative_to(Path.home().resolve()).parts
    except (ValueError, OSError):
        parts = folder.parts
    return any(part.startswith(".") for part in parts)


def documents_folder() -> Path:
    """The user's Documents folder, or their home when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def save_folder(near: Path | None = None) -> Path:
    """The folder a save or open dialog starts in.

    ``near`` (e.g. the open workshop's file) wins when it is a visible folder
    that exists; then the last folder saved to; then Documents; then home.
    """
    if near is not None and near.is_dir() and not is_hidden_place(near):
        return near
    remembered = QSettings().value(FOLDER_KEY, "")
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir() \
            and not is_hidden_place(Path(remembered)):
        return Path(remembered)
    return documents_folder()


def suggested(name: str, near: Path | None = None) -> Path:
    """``name`` in :func:`save_folder`."""
    return save_folder(near) / name


def remember(path: str | Path) -> None:
    """Remember the folder of a file the user has just chosen, for the next dialog."""
    folder = Path(path).parent
    if folder.is_dir() and not is_hidden_place(folder):
        QSettings().setValue(FOLDER_KEY, str(folder))


def open_file(path: str | Path) -> bool:
    """Open the file in the system's application for it; False when the system cannot."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path))))


def show_folder(path: str | Path) -> bool:
    """Open the folder holding the file in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class SavedFileButtons(QWidget):
    """"Open" and "Show folder" for the file last written; hidden until there is one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path: str | None = None
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open_written_file")
        self.open_button.setAccessibleName(self.tr("Open the file just written"))
        self.open_button.clicked.connect(self._open)
        self.folder_button = QPushButton(self.tr("Show &folder"))
        self.folder_button.setObjectName("show_written_folder")
        self.folder_button.setAccessibleName(self.tr("Show the folder of the file just written"))
        self.folder_button.clicked.connect(self._show)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        self.setVisible(False)

    def set_path(self, path: str | None) -> None:
        self.path = path
        self.setVisible(bool(path))

    def _open(self) -> None:
        if self.path:
            open_file(self.path)

    def _show(self) -> None:
        if self.path:
            show_folder(self.path)
