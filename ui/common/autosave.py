"""Autosave timing: text is saved at most one second after the first keystroke not yet saved.

A pure debounce (save one second after the *last* keystroke) never saves
while someone types without pausing, and a ``kill -9`` would then lose
everything typed since the last pause. :class:`Autosave` starts its timer at
the first unsaved change and does not restart it on later ones, so during
continuous typing a save happens every second, and after the last keystroke
within one second. Finishing a field (Enter, leaving it, switching) saves at
once through :meth:`Autosave.fire`.

Main thread. Tests drive the timer through :meth:`Autosave.fire` (no sleeps).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: the longest a change waits before it is saved
DELAY_MS = 1000


class Autosave(QObject):
    """Calls ``save()`` at most ``delay_ms`` after the first change since the last save."""

    def __init__(self, save: Callable[[], None], delay_ms: int = DELAY_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.fire)

    def touch(self) -> None:
        """Something changed: make sure a save is due within the delay (never postponed)."""
        if not self.timer.isActive():
            self.timer.start()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def fire(self) -> None:
        """Save now (and cancel the timer)."""
        self.timer.stop()
        self._save()
