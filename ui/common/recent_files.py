"""The Open Recent list, kept in the user's QSettings (IniFormat, so tests can redirect it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

ORGANISATION = "knowledge-cafe"
APPLICATION = "knowledge-cafe"
MAX_RECENT = 8
_KEY = "recent_files"


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class RecentFiles:
    """Absolute paths of the last opened databases, newest first, at most :data:`MAX_RECENT`."""

    def __init__(self, settings: QSettings | None = None):
        self._settings = settings if settings is not None else app_settings()

    def paths(self) -> list[str]:
        value: Any = self._settings.value(_KEY, [])
        if isinstance(value, str):  # one entry reads back as a plain string
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add(self, path: str | Path) -> None:
        path = str(Path(path).expanduser().resolve())
        self._store([path, *(p for p in self.paths() if p != path)])

    def remove(self, path: str) -> None:
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[str]) -> None:
        self._settings.setValue(_KEY, paths[:MAX_RECENT])
        self._settings.sync()
