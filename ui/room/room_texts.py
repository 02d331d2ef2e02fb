"""Words of the room view that name the workshop's own things: note columns, a round's state, a round.

* :func:`category_title` is a note column's title ("Opportunities") in the window's language. The
  core names the columns (:data:`cafe.storage.workshop_index.NOTE_CATEGORIES`) and translates
  them in its own catalogue; when the core has no translation for a title yet, the window's own
  (:data:`_CATEGORY_TITLES`) is used, so a French note-taker never reads an English column.
* :func:`state_text` does the same for a round's state in a room ("▶ running").
* :func:`round_label` is "Round 2 · 10:40–11:20", the times in the window's locale.

Main thread (they read the installed translators and the default locale).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTime

_CONTEXT = "RoomTexts"

#: the columns' titles, as the window's translations know them (the core's catalogue comes first)
_CATEGORY_TITLES = {
    "opportunity": QT_TRANSLATE_NOOP("RoomTexts", "Opportunities"),
    "challenge": QT_TRANSLATE_NOOP("RoomTexts", "Challenges"),
    "practice": QT_TRANSLATE_NOOP("RoomTexts", "Practices"),
    "other": QT_TRANSLATE_NOOP("RoomTexts", "Other"),
}

#: a round's state in a room, as the window's translations know it
_STATE_TEXTS = {
    "scheduled": QT_TRANSLATE_NOOP("RoomTexts", "not started"),
    "running": QT_TRANSLATE_NOOP("RoomTexts", "▶ running"),
    "paused": QT_TRANSLATE_NOOP("RoomTexts", "⏸ paused"),
    "finished": QT_TRANSLATE_NOOP("RoomTexts", "✓ finished"),
}


def _core_or_ours(english: str) -> str:
    """``english`` from the core's catalogue, else from the window's."""
    from cafe.i18n import _

    core = _(english)
    return core if core != english else QCoreApplication.translate(_CONTEXT, english)


def category_title(category: str, english: str) -> str:
    """The title of the note column ``category`` (``english`` as the core names it) in the window's language."""
    return _core_or_ours(english or str(_CATEGORY_TITLES.get(category, category)))


def state_text(state: str) -> str:
    """A round's state in a room ("▶ running") in the window's language; "" for an unknown state."""
    english = _STATE_TEXTS.get(state)
    return _core_or_ours(str(english)) if english is not None else ""


def round_label(index: Any, rnd: Any) -> str:
    """ "Round 2 · 10:40–11:20" (the agenda's times in the window's locale), or "Round 2" without times."""
    item = index.round_item(rnd) if index is not None else None
    start, end = getattr(item, "start", None), getattr(item, "end", None)
    if start is None or end is None:
        return QCoreApplication.translate("RoomTexts", "Round {0}").format(rnd.number)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from cafe.i18n import LRI, PDI

    first, last = hhmm(start), hhmm(end)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:  # "12:00–13:00" in that order
        first, last = LRI + first, last + PDI
    return QCoreApplication.translate("RoomTexts", "Round {0} · {1}–{2}").format(rnd.number, first, last)


def hhmm(time: Any) -> str:
    """A time of day as the window's locale writes it, 24-hour."""
    return QLocale().toString(QTime(time.hour, time.minute), "HH:mm")
