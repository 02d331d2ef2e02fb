"""Helpers for the language tests: put a language in place, read every text a place shows, and find the
texts still in English.

* ``language(qapp, lang)``: a context manager that installs the window's translations for ``lang``
  (built first from the ``.ts`` files when the ``.qm`` files are missing) and takes them out after.
* ``visible_texts(widget)``: every text a user sees in ``widget`` and its visible children: labels,
  buttons, group titles, tab names, placeholders, combo items, column headers, menu and toolbar
  actions, window titles, tooltips and accessible names (what a screen reader says).
* ``left_in_english(english, translated, data)``: the texts that read the same in English and in the
  translation, that are words (not numbers, times, symbols) and not the workshop's own data (names,
  titles, notes) nor words the same in both languages (``SAME_WORDS``).
"""

from __future__ import annotations

import contextlib
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]

#: Words written the same in English and the language (not a missed translation).
SAME_WORDS: dict[str, set[str]] = {
    "fr": {"Notes", "Message", "Type", "Total", "Questions", "Date", "Participants", "Organisation", "Description",
           "Code", "Sessions", "Options", "Format", "Documents", "Note", "Transitions", "Question", "Rotation",
           "Final", "Pause", "Statistiques", "Photo", "Plan", "Minutes", "Normal", "Simple", "Source", "Section",
           "Position", "Notification", "Introduction", "Contact", "Stop", "Moderator", "Plenary", "Important",
           "Reporter", "Rapporteur", "Sections", "Orientation", "Actions", "Places", "Journal", "Suggestions",
           "Solutions", "Articles", "Version", "Annexe", "Contributions"},
    "es": {"Total", "Final", "Error", "Plan", "Local", "Normal", "Simple", "Tema", "Sesiones", "General", "Popular",
           "Hotel", "Video", "Radio", "Sector", "Moderador", "Rapporteur", "Manual", "Actual", "Original"},
    "ar": set(),
}

_WORD = re.compile(r"[A-Za-z]{2,}")


def qm_path(lang: str) -> Path:
    return ROOT / "resources" / "i18n" / f"cafe_{lang}.qm"


def build_translations() -> None:
    subprocess.run([str(ROOT / "scripts" / "build-translations")], check=True, cwd=ROOT)


@contextlib.contextmanager
def language(qapp, lang: str):
    from ui.common import language as lang_module

    if lang != "en" and not qm_path(lang).is_file():
        build_translations()
    installed = lang_module.install(qapp, lang)
    try:
        yield
    finally:
        # windows of the language closed and deleted before the direction changes back (a change of
        # direction is sent to every widget alive, and a half-gone one must not receive it)
        import gc

        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        lang_module.uninstall(qapp, installed)


def _strip_markup(text: str) -> str:
    """The words as read: rich text without its tags and entities, a plain text without its "&" accelerators."""
    import html

    if "<" in text or "&nbsp;" in text:
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    else:
        text = text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    return " ".join(text.split())


def visible_texts(widget: QWidget) -> set[str]:
    """Every text a user sees (or hears) in ``widget``'s visible tree."""
    out: set[str] = set()

    def add(text: str | None) -> None:
        if text:
            out.add(_strip_markup(text))

    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        add(w.toolTip())
        add(w.accessibleName())
        add(w.accessibleDescription())
        if w.isWindow():
            add(w.windowTitle())
        if isinstance(w, QLabel):
            add(w.text())
        elif isinstance(w, QAbstractButton):
            add(w.text())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i))
                add(w.tabToolTip(i))
        elif isinstance(w, QLineEdit):
            add(w.placeholderText())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            add(w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            from PySide6.QtCore import Qt

            header = getattr(w, "horizontalHeader", None)
            if header is not None and header() is not None and header().isVisibleTo(widget):
                for c in range(header().count()):
                    add(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        elif isinstance(w, QMenu):
            for action in w.actions():
                add(action.text())
        for action in w.actions():
            add(action.text())
            add(action.toolTip())
    return out


def left_in_english(english: Iterable[str], translated: Iterable[str], data: Iterable[str], lang: str) -> list[str]:
    """Texts shown the same way in English and in ``lang`` that are words and not the workshop's data."""
    same = SAME_WORDS.get(lang, set())
    # the longest first: a short one ("civil society") must not cut a longer one (a question) apart
    data_texts = sorted((d for d in data if d and len(d) >= 3), key=len, reverse=True)
    out = []
    for text in sorted(set(english) & set(translated)):
        words = _WORD.findall(text)
        if not words or all(w in same for w in words) or (len(words) == 1 and len(words[0]) <= 3):
            continue
        rest = text
        for d in data_texts:
            rest = rest.replace(d, " ")
        if not any(len(w) > 3 and w not in same for w in _WORD.findall(rest)):
            continue
        out.append(text)
    return out
