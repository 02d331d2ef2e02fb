"""The speakers of one plenary session: a table edited in place, and a line to add one.

Contract
--------
* :class:`SpeakersPanel` is a main-thread widget showing the speakers of the
  session :meth:`SpeakersPanel.show_session` names, from the controller's
  snapshot. Every change is one undo step through ``controller.edit``:
  ``add_speaker``, ``update_speaker`` (a cell edited in place: name, title,
  organisation, or the role from a list), ``move_speaker`` (Move up / Move
  down, Alt+↑ / Alt+↓ in the table) and ``delete_speaker`` (Remove, Delete in
  the table).
* The add line completes a name from the workshop's participants and hosts
  ("Rosario Bautista — Permanent Mission of the Philippines"): choosing one
  fills in the name and organisation, and a participant stays linked to the
  speaker (``participant_uuid``) while the name still holds theirs. A name
  nobody has is typed as it is. Enter in any field of the line adds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from cafe.storage.workshop_index import value_of
from ui.common.item_models import Column, RowsModel, make_table
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import WorkshopIndex
    from ui.workshop.controller import WorkshopController

#: the roles in the order the list offers them, with how each reads (translated where shown)
ROLES: tuple[tuple[str, str], ...] = (
    ("moderator", str(QT_TRANSLATE_NOOP("SpeakersPanel", "Moderator"))),
    ("keynote", str(QT_TRANSLATE_NOOP("SpeakersPanel", "Keynote speaker"))),
    ("panellist", str(QT_TRANSLATE_NOOP("SpeakersPanel", "Panellist"))),
    ("host", str(QT_TRANSLATE_NOOP("SpeakersPanel", "Host"))),
    ("speaker", str(QT_TRANSLATE_NOOP("SpeakersPanel", "Speaker"))),
    ("rapporteur", str(QT_TRANSLATE_NOOP("SpeakersPanel", "Rapporteur"))),
)
ROLE_TEXT = dict(ROLES)
#: the fields of the table's columns, in order
FIELDS = ("name", "title", "organisation", "role")
#: completion entries: the name put in the line, the organisation, and the participant's uuid or None
NAME_ROLE = Qt.ItemDataRole.UserRole + 10
ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 11
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpeakersPanel", text)


def role_text(role: Any) -> str:
    """How a speaker's role reads ("Keynote speaker")."""
    value = value_of(role)
    return _tr(ROLE_TEXT[value]) if value in ROLE_TEXT else str(value)


def speaker_columns() -> tuple[Column, ...]:
    return (
        Column(QCoreApplication.translate("SpeakersPanel", "Name"), lambda s, c: s.name),
        Column(QCoreApplication.translate("SpeakersPanel", "Title"), lambda s, c: s.title),
        Column(QCoreApplication.translate("SpeakersPanel", "Organisation"), lambda s, c: s.organisation),
        Column(QCoreApplication.translate("SpeakersPanel", "Role"), lambda s, c: role_text(s.role)),
    )


class SpeakersModel(RowsModel):
    """The session's speakers; a cell edited in place is reported as ``edited(uuid, field, value)``."""

    edited = Signal(str, str, object)

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            row = self.row_at(index.row())
            if row is None:
                return None
            value = getattr(row, FIELDS[index.column()])
            return value_of(value)
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = FIELDS[index.column()]
        if field != "role":
            value = " ".join(str(value or "").split())
        if value == value_of(getattr(row, field)):
            return False
        self.edited.emit(row.uuid, field, value)
        return False  # the table shows the stored value until the snapshot brings the new one


class RoleDelegate(QStyledItemDelegate):
    """The role column is edited with a list of the roles."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("SpeakersPanel", "Role"))
        for value, text in ROLES:
            combo.addItem(_tr(text), value)
        return combo

    def setEditorData(self, editor, index) -> None:
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SpeakersPanel(QWidget):
    """Who spoke in the shown session, and the line that adds a speaker."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.session_uuid: str | None = None
        #: the person chosen from the completion: (name, participant uuid or None), until added
        self._chosen: tuple[str, str | None] | None = None
        #: the speaker to select once the snapshot shows it (just added or moved)
        self._select_after: str | None = None

        self.model = SpeakersModel(speaker_columns(), self)
        self.model.edited.connect(self._edited)
        self.table = make_table(self.model, stretch=1)
        self.table.setObjectName("speakers_table")
        self.table.setAccessibleName(self.tr("Speakers of the session"))
        self.table.setAccessibleDescription(self.tr(
            "Name, title, organisation and role of each speaker, in the order they spoke. "
            "F2 edits a cell; Alt+Up and Alt+Down move a speaker; Delete removes one."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setItemDelegateForColumn(3, RoleDelegate(self.table))

        # -- the add line
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("speaker_name")
        self.name_edit.setPlaceholderText(self.tr("Name: type, or choose from the participants and hosts"))
        self.name_edit.setAccessibleName(self.tr("New speaker's name"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("speaker_title")
        self.title_edit.setPlaceholderText(self.tr("Title (Undersecretary for …)"))
        self.title_edit.setAccessibleName(self.tr("New speaker's title"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("speaker_organisation")
        self.organisation_edit.setPlaceholderText(self.tr("Organisation"))
        self.organisation_edit.setAccessibleName(self.tr("New speaker's organisation"))
        self.role_choice = QComboBox()
        self.role_choice.setObjectName("speaker_role")
        self.role_choice.setAccessibleName(self.tr("New speaker's role"))
        for value, text in ROLES:
            self.role_choice.addItem(_tr(text), value)
        self.role_choice.setCurrentIndex(self.role_choice.findData("speaker"))
        self.add_button = QPushButton(self.tr("Add speaker"))
        self.add_button.setObjectName("add_speaker")
        self.add_button.setAccessibleName(self.tr("Add the speaker to the session"))
        self.add_button.clicked.connect(lambda _checked=False: self.add_from_line())
        for edit in (self.title_edit, self.organisation_edit):
            edit.returnPressed.connect(self.add_from_line)
        self.name_edit.returnPressed.connect(self._name_entered)
        self.people = QStandardItemModel(self)
        self.completer = QCompleter(self.people, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionRole(NAME_ROLE)
        # the overload that gives the chosen entry, not its text (typed loosely: the stubs lack it)
        cast(Any, self.completer.activated)[QModelIndex].connect(self.choose)
        self.name_edit.setCompleter(self.completer)

        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button, name, tip in ((self.up_button, "speaker_up", self.tr("Move the speaker up (Alt+Up)")),
                                  (self.down_button, "speaker_down", self.tr("Move the speaker down (Alt+Down)")),
                                  (self.remove_button, "speaker_remove", self.tr("Remove the speaker (Delete)"))):
            button.setObjectName(name)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.up_button.clicked.connect(lambda _checked=False: self.move_selected(-1))
        self.down_button.clicked.connect(lambda _checked=False: self.move_selected(1))
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_selected())
        self.table.installEventFilter(self)

        add_line = QHBoxLayout()
        add_line.addWidget(self.name_edit, 3)
        add_line.addWidget(self.title_edit, 3)
        add_line.addWidget(self.organisation_edit, 3)
        add_line.addWidget(self.role_choice, 1)
        add_line.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.hint = QLabel(self.tr("Double-click a cell (or F2) to correct it; every change can be undone."))
        self.hint.setStyleSheet("color: #555; font-size: 8.5pt;")
        buttons.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Speakers</b>"))
        title.setBuddy(self.table)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(add_line)
        # reading order: the speakers, the buttons under them, then the line that adds one
        chain = (self.table, self.up_button, self.down_button, self.remove_button, self.name_edit, self.title_edit,
                 self.organisation_edit, self.role_choice, self.add_button)
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.show_session(None, None)

    def eventFilter(self, obj, event) -> bool:
        """The table's own keys: Alt+↑/↓ move the selected speaker, Delete removes them."""
        if obj is self.table and event.type() == QEvent.Type.KeyPress \
                and self.table.state() != QAbstractItemView.State.EditingState:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if mods == Qt.KeyboardModifier.NoModifier and event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(obj, event)

    # -- showing ---------------------------------------------------------------------------------
    def set_people(self, index: WorkshopIndex) -> None:
        """Offer the workshop's participants and hosts for completion."""
        self.people.clear()
        for person in index.snap.participants:
            self._offer(person.name, person.organisation, person.uuid)
        seen = {(p.name, p.organisation) for p in index.snap.participants}
        for host in index.snap.hosts:
            if (host.name, host.organisation) not in seen:
                self._offer(host.name, host.organisation, None)

    def _offer(self, name: str, organisation: str, participant: str | None) -> None:
        item = QStandardItem(f"{name} — {organisation}" if organisation else name)
        item.setData(name, NAME_ROLE)
        item.setData(organisation, ORGANISATION_ROLE)
        item.setData(participant, PARTICIPANT_ROLE)
        self.people.appendRow(item)

    def show_session(self, index: WorkshopIndex | None, session_uuid: str | None) -> None:
        """Show the speakers of ``session_uuid`` (None: no session chosen)."""
        if session_uuid != self.session_uuid:
            self._chosen = None
        self.session_uuid = session_uuid
        rows = index.snap.speakers_of(session_uuid) if index is not None and session_uuid else []
        self.model.set_rows(rows)
        enabled = session_uuid is not None
        for widget in (self.table, self.name_edit, self.title_edit, self.organisation_edit, self.role_choice,
                       self.add_button, self.up_button, self.down_button, self.remove_button):
            widget.setEnabled(enabled)
        if self._select_after is not None:
            at = self.model.row_of(self._select_after)
            if at >= 0:
                self.table.setCurrentIndex(self.model.index(at, 0))
                self._select_after = None

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # -- adding -----------------------------------------------------------------------------------------
    def choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """A person was chosen from the completion: fill in their name and organisation."""
        name = index.data(NAME_ROLE) or ""
        organisation = index.data(ORGANISATION_ROLE) or ""
        self.name_edit.setText(name)
        if organisation and not self.organisation_edit.text().strip():
            self.organisation_edit.setText(organisation)
        self._chosen = (name, index.data(PARTICIPANT_ROLE))
        self.title_edit.setFocus()

    def _name_entered(self) -> None:
        """Enter in the name: it chooses the person highlighted in the list (nobody is added yet: their
        title comes next), else it adds the speaker as typed."""
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return
        self.add_from_line()

    def add_from_line(self) -> bool:
        """Add the speaker the line describes; False (and a message) when it says nobody."""
        if self.session_uuid is None:
            return False
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.hint.setText(self.tr("Type the speaker's name first (or choose someone from the list)."))
            self.name_edit.setFocus()
            return False
        participant = None
        if self._chosen is not None and self._chosen[1] and self._chosen[0].casefold() in name.casefold():
            participant = self._chosen[1]  # still their name, perhaps with "H.E." before it
        self.controller.edit(self.tr("Add speaker"), call(
            S.add_speaker, agenda_item_uuid=self.session_uuid, name=name,
            title=self.title_edit.text(), organisation=self.organisation_edit.text(),
            role=self.role_choice.currentData(), participant_uuid=participant),
            on_saved=self._added, on_refused=self.hint.setText)
        for edit in (self.name_edit, self.title_edit, self.organisation_edit):
            edit.clear()
        self._chosen = None
        self.hint.setText(self.tr("Added {0}.").format(name))
        self.name_edit.setFocus()
        return True

    def _added(self, changes: Any) -> None:
        if getattr(changes, "row", None) is not None:
            self._select_after = changes.row.uuid

    # -- changing -----------------------------------------------------------------------------------------
    def _edited(self, uuid: str, field: str, value: Any) -> None:
        row = next((r for r in self.model.rows if r.uuid == uuid), None)
        if row is None:
            return
        if field == "name" and not value:
            self.hint.setText(self.tr("A speaker needs a name; use Remove to take them off the list."))
            return
        self.controller.edit(self.tr("Edit speaker"), call(S.update_speaker, uuid=uuid,
                                                            expected_version=row.version, **{field: value}),
                             on_refused=self.hint.setText, on_conflict=lambda message, _current: self.hint.setText(
                                 self.tr("Not changed: {0}").format(message)))

    def move_selected(self, step: int) -> None:
        speaker = self.selected()
        if speaker is None:
            return
        at = self.model.row_of(speaker.uuid) + step
        if not 0 <= at < self.model.rowCount():
            return
        self._select_after = speaker.uuid
        self.controller.edit(self.tr("Move speaker"), call(S.move_speaker, uuid=speaker.uuid, to_index=at),
                             on_refused=self.hint.setText)

    def remove_selected(self) -> None:
        speaker = self.selected()
        if speaker is None:
            return
        self.controller.edit(self.tr("Remove speaker {0}").format(speaker.name),
                             call(S.delete_speaker, uuid=speaker.uuid, expected_version=speaker.version),
                             on_refused=self.hint.setText)
        self.hint.setText(self.tr("Removed {0}; Undo brings them back.").format(speaker.name))
