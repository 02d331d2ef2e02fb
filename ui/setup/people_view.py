"""Setup → Participants: the list of participants, editable, with late arrivals and CSV import.

The table (filtered by a search box) lists everyone with their group; the
form beside it edits the selected participant, one undo step per field.
"Add participant…" and "Late arrival…" ask for a new person's fields; a late
arrival is placed at once in the group where they fit best, and the tab says
which and where that group is now and next ("… joined Group B — now in Room
XI (Regular pathways), next round in Room VII."). "Print route slip…" prints
the route slips of the selected people only (a late arrival is selected, and
the button takes the focus, so Space prints their slip). "Delete" removes the
selected people (one undo step brings them back with their group places and
seats). "Import CSV…" opens
:class:`~ui.setup.import_dialog.ImportDialog`. Every change goes through the
controller (worker thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cafe.storage.workshop_index import NONE_TEXT, WorkshopIndex
from ui.common.forms import ChoiceField, LineField, RowForm
from ui.common.item_models import UUID_ROLE, Column, RowsModel, make_table
from ui.common.plural import english
from ui.setup.setup_tabs import translated
from ui.setup.texts import QT_TRANSLATE_NOOP, stakeholder_label
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.print_menu import PrintActions
    from ui.workshop.controller import WorkshopController

#: StakeholderType values, in the order people choose among them
STAKEHOLDER_TYPES = ("state", "civil society", "private sector", "international organisation", "academia", "other")
def _group_text(p: Any, i: WorkshopIndex) -> str:
    return i.group_name(i.group_of[p.uuid]) if p.uuid in i.group_of else NONE_TEXT


PARTICIPANT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Name"), lambda p, i: p.name),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Organisation"), lambda p, i: p.organisation),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Country"), lambda p, i: _country(p.country)),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Stakeholder type"), lambda p, i: stakeholder_label(p.stakeholder_type)),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Delegation"), lambda p, i: p.delegation),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Group"), _group_text),
)


def _country(stored: str) -> str:
    """A stored country as printed: a UN State under its UN name (a workshop may hold "Vietnam")."""
    from cafe.people.countries import country_display

    return country_display(stored)


def _country_completer(parent: QWidget) -> QCompleter:
    from cafe.people.countries import all_countries

    completer = QCompleter(list(all_countries()), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class _CountriesOnFocus(QObject):
    """Gives a country field its list of countries when it is first focused (not while the window opens)."""

    def __init__(self, field: QLineEdit):
        super().__init__(field)
        field.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(obj, QLineEdit):
            obj.removeEventFilter(self)
            if obj.completer() is None:
                obj.setCompleter(_country_completer(obj))
        return False


class ParticipantsFilter(QSortFilterProxyModel):
    """The participants whose name, organisation, country, stakeholder type, delegation or group
    contains the filter text (ignoring case), in the order the user sorted them.

    Each row's text is put together once (after a change of the rows), not read cell by cell
    for every key typed: with 2,000 participants a keystroke stays instant.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._needle = ""
        #: source row -> its columns' text, casefolded (filled on demand, emptied when the rows change)
        self._text: dict[int, str] = {}

    def setSourceModel(self, model) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in self._changes(old):
                signal.disconnect(self._forget)
        # connected before the proxy connects its own: on a change the text is forgotten first,
        # then the proxy filters the changed rows again with their new text
        for signal in self._changes(model):
            signal.connect(self._forget)
        self._text.clear()
        super().setSourceModel(model)

    @staticmethod
    def _changes(model) -> tuple:
        return (model.modelAboutToBeReset, model.rowsAboutToBeInserted, model.rowsAboutToBeRemoved,
                model.dataChanged, model.layoutAboutToBeChanged)

    def _forget(self, *_args) -> None:
        self._text.clear()

    def set_text(self, text: str) -> None:
        """Show only the rows containing ``text`` (ignoring case); "" shows every row."""
        needle = text.casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def text(self) -> str:
        return self._needle

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._needle:
            return True
        hay = self._text.get(source_row)
        if hay is None:
            model = self.sourceModel()
            hay = "\x1f".join(str(model.data(model.index(source_row, c)) or "")
                               for c in range(model.columnCount())).casefold()
            self._text[source_row] = hay
        return self._needle in hay


class ParticipantDialog(QDialog):
    """The fields of a new participant; the name is required."""

    def __init__(self, parent: QWidget | None, title: str, intro: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.country = QLineEdit()
        self.country.setCompleter(_country_completer(self.country))
        self.kind = QComboBox()
        for value in STAKEHOLDER_TYPES:
            self.kind.addItem(stakeholder_label(value), value)
        self.kind.setCurrentIndex(STAKEHOLDER_TYPES.index("other"))
        self.delegation = QLineEdit()
        self.email = QLineEdit()
        for label, widget in ((self.tr("&Name:"), self.name), (self.tr("&Organisation:"), self.organisation),
                              (self.tr("&Country:"), self.country), (self.tr("&Stakeholder type:"), self.kind),
                              (self.tr("&Delegation:"), self.delegation), (self.tr("&E-mail:"), self.email)):
            form.addRow(label, widget)
        self.name.setAccessibleDescription(self.tr("Required"))
        self.country.setPlaceholderText(self.tr("Type to choose from the list"))
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def fields(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "organisation": self.organisation.text(),
                "country": self.country.text(), "stakeholder_type": self.kind.currentData(),
                "delegation": self.delegation.text(), "email": self.email.text()}

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, intro: str = "") -> dict[str, Any] | None:
        """The new participant's fields, or None when cancelled."""
        dialog = cls(parent, title, intro)
        return dialog.fields() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ParticipantsTab(QWidget):
    """See the module docstring. ``model`` holds the rows, ``proxy`` the filtered view of them."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        #: a late arrival whose group the next snapshot will show
        self._late: str | None = None
        #: a participant just added, to select once the snapshot has them
        self._select_next: str | None = None

        self.model = RowsModel(translated(PARTICIPANT_COLUMNS), self)
        self.proxy = ParticipantsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortLocaleAware(True)  # a sorted column follows the system language ("Élodie" among the E's)
        self.table = make_table(self.proxy, 1)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Participants"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, organisation, country, group…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter participants"))
        self.filter.textChanged.connect(self.proxy.set_text)
        self.filter.textChanged.connect(lambda _text: self._update_count())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("How many participants are shown"))

        self.form = form = RowForm(controller, "update_participant")
        form.add(LineField("name", self.tr("Name"), self.tr("Rename participant")))
        form.add(LineField("organisation", self.tr("Organisation"), self.tr("Edit participant organisation")))
        country = form.add(LineField("country", self.tr("Country"), self.tr("Change participant country"),
                                     placeholder=self.tr("Type to choose from the list")))
        _CountriesOnFocus(country.widget)
        form.add(ChoiceField("stakeholder_type", self.tr("Stakeholder type"), self.tr("Change stakeholder type"),
                             [(stakeholder_label(v), v) for v in STAKEHOLDER_TYPES]))
        form.add(LineField("delegation", self.tr("Delegation"), self.tr("Edit participant delegation")))
        form.add(LineField("email", self.tr("E-mail"), self.tr("Edit participant e-mail")))

        self.add_button = QPushButton(self.tr("Add participant…"))
        self.add_button.setAccessibleName(self.tr("Add participant"))
        self.late_button = QPushButton(self.tr("Late arrival…"))
        self.late_button.setAccessibleName(self.tr("Late arrival"))
        self.late_button.setToolTip(self.tr("Add someone arriving at the door and place them in the group where "
                                            "they fit best"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected participants"))
        self.delete_button.setEnabled(False)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setAccessibleName(self.tr("Import participants from a CSV file"))
        self.slip_button = QPushButton(self.tr("Print route slip…"))
        self.slip_button.setAccessibleName(self.tr("Print route slip"))
        self.slip_button.setAccessibleDescription(self.tr("Saves the route slips of the selected participants as "
                                                          "a PDF"))
        self.slip_button.setToolTip(self.tr("A PDF with the route slip of each selected participant: their group "
                                            "and, round by round, the time, room and theme"))
        self.slip_button.setEnabled(False)
        self.slip_button.clicked.connect(self.print_slips)
        self._print: PrintActions | None = None
        self.add_button.clicked.connect(self.add_participant)
        self.late_button.clicked.connect(self.late_arrival)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_csv)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.notice = QLabel()
        self.notice.setObjectName("participants_notice")
        self.notice.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.late_button, self.delete_button, self.import_button, self.slip_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.notice)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setMinimumWidth(320)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        # reading order: the filter, the list, its buttons, then the selected participant's fields
        chain: list[QWidget] = [self.filter, self.table, self.add_button, self.late_button, self.delete_button,
                                self.import_button, self.slip_button, *(f.widget for f in form.fields)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- data ----------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        first = self.index is None or update.reopened
        self.index = index
        if not first and not update.touches("participant", "group", "group_member"):
            return
        current = self.current_uuid()
        self.model.set_rows(index.snap.participants, index)
        self._update_count()
        if self._select_next is not None and self.model.row_of(self._select_next) >= 0:
            current, self._select_next = self._select_next, None
        if current is not None and self.current_uuid() != current:
            self.select(current)
        self.form.show_row(self.selected_row(), own_only=update.own_only)
        if self._late is not None and self.model.row_of(self._late) >= 0:
            self._report_late(index)

    def _update_count(self) -> None:
        n, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count.setText(english(self.tr("%n participant(s)", "", n), n) if shown == n else
                           english(self.tr("{0} shown of %n participant(s)", "", n), n).format(shown))

    def _report_late(self, index: WorkshopIndex) -> None:
        uuid, self._late = self._late, None
        person = self.model.row_at(self.model.row_of(uuid))
        assert person is not None  # the caller found its row
        if uuid in index.group_of:
            text = self.arrival_text(index, person)
        else:
            text = self.tr("{0} was added; there are no groups yet, so they are in none.").format(person.name)
        self.notice.setText(text)
        self.controller.notice.emit(text)
        self.select(uuid)
        if uuid in index.group_of:
            self.slip_button.setFocus()  # Space prints the newcomer's slip

    def arrival_text(self, index: WorkshopIndex, person: Any) -> str:
        """Which group a late arrival joined and where that group is now and next:
        "Amina Diallo joined Group B — now in Room XI (Regular pathways), next round in Room VII."."""
        from cafe.people.routes import now_and_next

        group = index.group_name(index.group_of[person.uuid])
        joined = self.tr("{0} joined {1}").format(person.name, group)
        if not index.snap.assignments:
            return self.tr("{0}, where they fit best. The groups have no rooms yet (Rounds & rooms).").format(joined)
        now, upcoming = now_and_next(index.snap, person.uuid)
        if now is not None:
            here = self.tr("now in {0}").format(now.place) if now.room_uuid else self.tr("waiting this round")
            if upcoming is None:
                there = self.tr("this is the last round")
            elif upcoming.room_uuid:
                there = self.tr("next round in {0}").format(upcoming.room)
            else:
                there = self.tr("waiting next round")
            return self.tr("{0} — {1}, {2}.").format(joined, here, there)
        if upcoming is None:
            return self.tr("{0}; every round is over.").format(joined)
        when = f" ({upcoming.start_text})" if upcoming.start_text else ""
        if upcoming.room_uuid:
            return self.tr("{0} — round {1}{2} in {3}.").format(joined, upcoming.round_number, when, upcoming.place)
        return self.tr("{0} — waiting in round {1}{2}.").format(joined, upcoming.round_number, when)

    def current_uuid(self) -> str | None:
        idx = self.table.currentIndex()
        return self.proxy.data(idx, UUID_ROLE) if idx.isValid() else None

    def selected_row(self) -> Any | None:
        idx = self.table.currentIndex()
        if not idx.isValid() or not self.table.selectionModel().isSelected(idx):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            idx = rows[0]
        return self.model.row_at(self.proxy.mapToSource(idx).row())

    def selected_uuids(self) -> list[str]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.proxy.data(i, UUID_ROLE) for i in rows]

    def select(self, uuid: str | None) -> None:
        row = self.model.row_of(uuid)
        if row < 0:
            return
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        if not idx.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(idx, flags)
        self.table.scrollTo(idx)

    def _selection_changed(self) -> None:
        self.form.show_row(self.selected_row())
        self.delete_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
        self.slip_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # -- actions -------------------------------------------------------------------------------
    def add_participant(self) -> None:
        fields = ParticipantDialog.ask(self, self.tr("Add participant"))
        if fields is None:
            return

        def saved(changes) -> None:
            self._select_next = changes.row.uuid
            self.notice.setText(self.tr("Added {0}.").format(changes.row.name))

        self.controller.edit(self.tr("Add participant “{0}”").format(fields["name"]), call(S.add_participant, **fields),
                             on_saved=saved, on_refused=self._refused)

    def late_arrival(self) -> None:
        fields = ParticipantDialog.ask(
            self, self.tr("Late arrival"), self.tr("Someone arriving at the door: they join the group where they "
                                                   "fit best (stakeholder types, countries and organisations stay "
                                                   "balanced)."))
        if fields is None:
            return

        def saved(changes) -> None:
            self._late = changes.row.uuid

        self.controller.edit(self.tr("Add late arrival “{0}”").format(fields["name"]),
                             call(S.add_participant, **fields, place_in_group=True),
                             on_saved=saved, on_refused=self._refused)

    def delete_selected(self) -> None:
        uuids = self.selected_uuids()
        if not uuids:
            return
        if len(uuids) == 1:
            person = self.model.row_at(self.model.row_of(uuids[0]))
            assert person is not None  # a selected row
            text = self.tr("Delete participant “{0}”").format(person.name)
            done = self.tr("Deleted “{0}”. Edit › Undo (Ctrl+Z) brings them back with their group places.").format(
                person.name)
        else:
            text = english(self.tr("Delete %n participant(s)", "", len(uuids)), len(uuids))
            done = english(self.tr("Deleted %n participant(s). Edit › Undo (Ctrl+Z) brings them back with their group "
                           "places.", "", len(uuids)), len(uuids))

        def saved(_changes) -> None:
            self.notice.setText(done)

        self.controller.edit(text, call(S.delete_participants, uuids=tuple(uuids)), on_saved=saved,
                             on_refused=self._refused)

    def import_csv(self) -> None:
        from ui.setup.import_dialog import ImportDialog  # only when asked: the window opens without it

        ImportDialog.ask(self, self.controller)

    def print_slips(self) -> None:
        """Ask where to save the route slips of the selected people only, then write them (worker)."""
        uuids = self.selected_uuids()
        if not uuids:
            return
        from ui.print_menu import PrintActions

        if self._print is None:
            self._print = PrintActions(self, self.controller)
        person = self.model.row_at(self.model.row_of(uuids[0])) if len(uuids) == 1 else None
        self._print.ask_and_print_slips(uuids, person.name if person is not None else "")

    def _refused(self, message: str) -> None:
        self.notice.setText(self.tr("Not saved: {0}").format(message))
