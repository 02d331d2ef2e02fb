"""Who said or does it: the selected item's attributions, typed with completion.

The field edits the attributions of the item selected in the column that had
the focus last, as a comma-separated list ("Egypt, Italy, ILO"). Completion
offers the workshop's participants' countries and organisations and every
country (:func:`cafe.people.countries.all_countries`), for the part after the last
comma. A trailing parenthesis typed in an item's text ("… (Philippines and
Bahrain)") already becomes its attributions in the Service; this field is
for adding or correcting them by hand.

Saved like notes: at most one second after the first unsaved keystroke, at
once on Enter and on leaving the field. The candidate list is built on the
worker (matching countries loads their index). Main thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any, cast

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.room.notes_autosave import Autosave

_sessions = itertools.count(1)


def split_names(text: str) -> list[str]:
    return [p.strip() for p in text.split(",") if p.strip()]


def candidates(snap: Any) -> list[str]:
    """Names to offer: participants' countries (display names) and organisations, then every country.

    Worker thread (the country index takes a moment to build the first time).
    """
    from cafe.people.countries import all_countries, match_country

    seen: dict[str, str] = {}
    for p in snap.participants:
        country = (p.country or "").strip()
        if country:
            match = match_country(country)
            name = match.name if match is not None and match.exact else country
            seen.setdefault(name.casefold(), name)
        org = (p.organisation or "").strip()
        if org:
            seen.setdefault(org.casefold(), org)
    for name in all_countries():
        seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=str.casefold)


class _ListCompleter(QCompleter):
    """Completes the name after the last comma, keeping the names before it.

    The line edit hands the whole text as the prefix; :meth:`splitPath` makes
    only the last name count for matching, :meth:`pathFromIndex` puts the
    chosen name back after the others.
    """

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        done = cast(QLineEdit, self.widget()).text().rsplit(",", 1)  # set on the field's line edit
        head = done[0].strip() + ", " if len(done) > 1 else ""
        return head + str(index.data())


class AttributionField(QWidget):
    """"Who:" line for the selected item. ``save(uuid, names, session)`` stores a change."""

    def __init__(self, save: Callable[[str, list[str], int], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.label = QLabel(self.tr("&Who (selected item):"))
        self.edit = QLineEdit()
        self.edit.setObjectName("attributions")
        self.label.setBuddy(self.edit)  # Alt+W reaches it from the entry line, the chosen item kept
        self.edit.setAccessibleName(self.tr("Who: countries or organisations of the chosen item"))
        self.edit.setPlaceholderText(self.tr("Countries or organisations, separated by commas, e.g. Egypt, Italy, ILO"))
        self.edit.setAccessibleDescription(self.tr("Separated by commas; completion offers the participants' "
                                                   "countries and organisations. Alt+W comes here."))
        self.model = QStringListModel(self)
        self.completer = _ListCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(self.completer)
        self.completer.activated.connect(self._completed)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(lambda: self.commit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self.autosave = Autosave(lambda: self.commit(final=False), parent=self)
        self.uuid: str | None = None
        self.dirty = False
        self._session: int | None = None
        self.show_note(None)

    def set_candidates(self, names: Iterable[str]) -> None:
        self.model.setStringList(list(names))

    def show_note(self, note: Any | None) -> None:
        """Edit ``note``'s attributions (None: nothing selected). Typing for the same item is kept."""
        uuid = note.uuid if note is not None else None
        if uuid != self.uuid:
            self.commit()
            self.uuid, self.dirty, self._session = uuid, False, None
        self.edit.setEnabled(note is not None)
        if not self.dirty:
            text = ", ".join(note.attributions) if note is not None else ""
            if self.edit.text() != text:
                self.edit.setText(text)

    def _typed(self, _text: str) -> None:
        if self.uuid is None:
            return
        self.dirty = True
        if self._session is None:
            self._session = next(_sessions)
        self.autosave.touch()

    def _completed(self, text: str) -> None:
        if self.edit.text() != text:  # the line edit only inserts it itself while it has the focus
            self.edit.setText(text)
        self.dirty = True
        if self._session is None:
            self._session = next(_sessions)
        self.autosave.touch()

    def commit(self, final: bool = True) -> None:
        """Store what the field holds now, if it changed."""
        self.autosave.timer.stop()
        session = self._session
        if final:
            self._session = None
        if not self.dirty or self.uuid is None or session is None:
            return
        self.dirty = not final
        self._save(self.uuid, split_names(self.edit.text()), session)
