"""The presentation's keys in words, for its help line and the Present button's tooltip.

Kept apart from :mod:`ui.plenary.presentation` so the plenary view can show them
without importing the slides' layout (and with it the storage stack) on the UI
thread before a workshop is open.

:func:`key_help` is in the window's language (the Present button's tooltip);
:func:`slide_key_help` is the same line for the help drawn on the slides, in the
language in effect (:func:`cafe.i18n.output_language`: the workshop's output
language, as every text on the slides).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cafe import i18n
from cafe.i18n import N_

_KEYS = N_("→ Space Page Down: next · ← Page Up: back · Home End: first, last · T: timer · "
         "R: reset timer · F: full screen · H: these keys · Esc: leave")


def key_help() -> str:
    return QCoreApplication.translate(
        "PresentationWindow", "→ Space Page Down: next · ← Page Up: back · Home End: first, last · T: timer · "
        "R: reset timer · F: full screen · H: these keys · Esc: leave")


def slide_key_help() -> str:
    return i18n._(_KEYS)
