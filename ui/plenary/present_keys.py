"""The presentation's keys in words, for its help line and the Present button's tooltip.

Kept apart from :mod:`ui.plenary.presentation` so the plenary view can show them
without importing the slides' layout (and with it the storage stack) on the UI
thread before a workshop is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def key_help() -> str:
    return QCoreApplication.translate(
        "PresentationWindow", "→ Space Page Down: next · ← Page Up: back · Home End: first, last · T: timer · "
        "R: reset timer · F: full screen · H: these keys · Esc: leave")
