"""The window's language: English, French, Spanish or Arabic, chosen in the app or by the system locale.

Contract
--------
* :data:`LANGUAGES`: code → the language's own name ("Français"), in menu order.
* :func:`chosen_language` is the remembered choice (QSettings ``interface/language``), else the
  system locale's language when the app has it, else English.
* :func:`remember_language` stores a choice; it applies at the next start (Qt builds every text of
  a widget when it is made; a restart is the only way every place, dialog and menu changes at once).
* :func:`install` puts the language in place before the window is made: the app's translations
  (``resources/i18n/cafe_<lang>.qm``, built from the ``.ts`` files by ``scripts/build-translations``),
  Qt's own (standard buttons and dialogs), the default locale for numbers and dates, right to left
  for Arabic, and the core's language for the texts the core writes (phase words, categories).
  It returns the translators it installed, so :func:`uninstall` can take them out (tests).
* :func:`translations_dir` is where the ``.qm`` files are; a missing one means English with a
  warning on standard error, never a failure.

Thread: GUI thread, before the window is made (:func:`install`); the rest is pure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from cafe import i18n

#: The languages the window speaks, in menu order, each under its own name.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
_SETTING = "interface/language"


def translations_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "i18n"


def chosen_language() -> str:
    """The remembered language, else the system's when the app has it, else English."""
    stored = QSettings().value(_SETTING, "")
    if isinstance(stored, str) and stored in LANGUAGES:
        return stored
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def remember_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    QSettings().setValue(_SETTING, lang)


def locale_for(lang: str) -> QLocale:
    """The locale for numbers and dates: Arabic with Western digits (as the core's dates and the
    clocks write them: one kind of digit in the whole window)."""
    return QLocale({"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AE"}[lang])


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the language's translations into ``app`` and set its locale and direction."""
    if lang not in LANGUAGES:
        lang = "en"
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    path = translations_dir() / f"cafe_{lang}.qm"
    if ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    elif lang != "en":
        print(f"cafe: warning: {path} is missing; the window stays in English "
              "(scripts/build-translations builds it)", file=sys.stderr)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    QLocale.setDefault(locale_for(lang))
    _set_direction(app, Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight)
    i18n.set_interface_language(lang)
    return installed


def _set_direction(app: QCoreApplication, direction: Qt.LayoutDirection) -> None:
    """Only when it changes: a change is sent to every widget alive."""
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication) and app.layoutDirection() != direction:
        app.setLayoutDirection(direction)


def uninstall(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Back to English (tests): remove ``installed`` and reset the locale and direction."""
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _set_direction(app, Qt.LayoutDirection.LeftToRight)
    i18n.set_interface_language("en")
