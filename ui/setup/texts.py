"""Setup's tables of texts: the import's field names and the stakeholder types as they read, and the typed
marker for texts translated where they are shown.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged and lets ``pyside6-lupdate`` find it;
the text is translated where it is shown (``QCoreApplication.translate(context, text)``). PySide6 types
it as returning ``object``; here it is typed as the ``str`` it returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cafe.storage.workshop_index import value_of

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, source: str) -> str: ...  # noqa: N802 (Qt's name, which lupdate looks for)
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["FIELD_TITLES", "QT_TRANSLATE_NOOP", "STAKEHOLDER_LABELS", "stakeholder_label"]

#: the participant fields' names on the columns step (the core's FIELD_LABELS, in the window's language)
FIELD_TITLES = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "organisation": QT_TRANSLATE_NOOP("ImportDialog", "Organisation"),
    "country": QT_TRANSLATE_NOOP("ImportDialog", "Country"),
    "stakeholder_type": QT_TRANSLATE_NOOP("ImportDialog", "Stakeholder type"),
    "delegation": QT_TRANSLATE_NOOP("ImportDialog", "Delegation"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
}

#: how each stakeholder type reads (translated where shown)
STAKEHOLDER_LABELS = {
    "state": QT_TRANSLATE_NOOP("people_view", "State"),
    "civil society": QT_TRANSLATE_NOOP("people_view", "Civil society"),
    "private sector": QT_TRANSLATE_NOOP("people_view", "Private sector"),
    "international organisation": QT_TRANSLATE_NOOP("people_view", "International organisation"),
    "academia": QT_TRANSLATE_NOOP("people_view", "Academia"),
    "other": QT_TRANSLATE_NOOP("people_view", "Other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("people_view", text)


def stakeholder_label(value: Any) -> str:
    """A stakeholder type as it reads in the window's language ("Civil society")."""
    text = str(value_of(value))
    return _tr(STAKEHOLDER_LABELS[text]) if text in STAKEHOLDER_LABELS else text.capitalize()
