"""Setup sub-tabs that list rows and edit the selected one: Agenda, Rooms, Themes, Hosts.

Each tab is a :class:`MasterDetailTab`: a table (a :class:`~ui.common.item_models.RowsModel`)
on the left with Add/Delete buttons, and a :class:`~ui.common.forms.RowForm` for the
selected row on the right. Every add, delete and field edit is one undo step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cafe.storage.workshop_index import NONE_TEXT, WorkshopIndex, day_text, hhmm, value_of
from ui.common.forms import ChoiceField, LineField, RowForm, SpinField, TextField, TimeField, choices_of
from ui.common.item_models import UUID_ROLE, Column, RowsModel, make_table
from ui.setup.texts import QT_TRANSLATE_NOOP
from ui.workshop.ops import call_named

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

#: the translation context of this module's tables (column headers, kinds, roles)
_CONTEXT = "setup_tabs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def translated(columns: Sequence[Column]) -> list[Column]:
    """``columns`` with their headers in the window's language (the tables below mark them)."""
    return [dataclasses.replace(c, title=_tr(c.title)) for c in columns]


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def unique_name(base: str, taken: Sequence[str]) -> str:
    taken_lower = {t.casefold() for t in taken}
    name, n = base, 2
    while name.casefold() in taken_lower:
        name, n = f"{base} {n}", n + 1
    return name


class MasterDetailTab(QWidget):
    """A table of one kind of row, and a form editing the selected row."""

    #: the Service's name for the kind (``delete_<kind>``)
    kind = ""

    def __init__(self, controller: WorkshopController, columns: Sequence[Column], form: RowForm, noun: str,
                 parent: QWidget | None = None, stretch: int = -1):
        """``noun`` names the kind in the window's language; ``columns`` have headers still to translate."""
        super().__init__(parent)
        self.controller = controller
        self.noun = noun
        self.index: WorkshopIndex | None = None
        self.model = RowsModel(translated(columns), self)
        self.table = make_table(self.model, stretch)
        self.form = form
        self._select_next: str | None = None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        self.buttons = QHBoxLayout()
        left_layout.addLayout(self.buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        scroll.setMinimumWidth(340)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def add_button(self, text: str, slot, description: str = "") -> QPushButton:
        button = QPushButton(text)
        if description:
            button.setAccessibleDescription(description)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        """The buttons after the table, then the form's fields: the reading order, for Tab too."""
        self.buttons.addStretch(1)
        chain: list[QWidget] = [self.table]
        for i in range(self.buttons.count()):
            item = self.buttons.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                chain.append(widget)
        chain += [f.widget for f in self.form.fields]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # -- data --------------------------------------------------------------------------------
    def rows(self, index: WorkshopIndex) -> Sequence[Any]:
        return ()

    def context(self, index: WorkshopIndex) -> Any:
        return index

    def update_choices(self, index: WorkshopIndex) -> None:
        """Refresh the form's reference pickers (rooms, themes, days)."""

    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        self.index = index
        current = self.current_uuid()
        self.update_choices(index)
        self.model.set_rows(self.rows(index), self.context(index))
        wanted = self._select_next if self.model.row_of(self._select_next) >= 0 else current
        focus = wanted is not None and wanted == self._select_next
        if focus:
            self._select_next = None
        self.select(wanted)
        self.form.show_row(self.selected_row(), own_only=update.own_only and not focus)
        if focus and self.form.fields:
            editor = self.form.fields[0].widget
            editor.setFocus()
            if hasattr(editor, "selectAll"):
                editor.selectAll()

    def current_uuid(self) -> str | None:
        idx = self.table.currentIndex()
        return self.model.data(idx, UUID_ROLE) if idx.isValid() else None

    def selected_row(self) -> Any | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def select(self, uuid: str | None) -> None:
        row = self.model.row_of(uuid)
        if row < 0:
            row = 0 if self.model.rowCount() else -1
        if row < 0:
            return
        if self.table.currentIndex().row() != row:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _current_changed(self, current, _previous) -> None:
        self.form.show_row(self.model.row_at(current.row()) if current.isValid() else None)

    # -- actions -------------------------------------------------------------------------------
    def push(self, text: str, op: str, kwargs: dict[str, Any], *, select_new: bool = False) -> None:
        def saved(changes) -> None:
            if select_new and changes.row is not None:
                self._select_next = changes.row.uuid

        self.controller.edit(text, call_named(op, kwargs), on_saved=saved, on_refused=self._refused)

    def _refused(self, message: str) -> None:
        self.form.show_message(self.tr("Not saved: {0}").format(message))

    def delete_text(self, label: str) -> str:
        """The undo step's name for deleting the row called ``label`` (each kind says it its own way)."""
        return self.tr("Delete “{0}”").format(label)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        label = getattr(row, "name", None) or getattr(row, "title", None) or self.noun
        self.push(self.delete_text(label), f"delete_{self.kind}",
                  {"uuid": row.uuid, "expected_version": row.version})


# -- Agenda ----------------------------------------------------------------------------------------
class _AgendaContext:
    def __init__(self, index: WorkshopIndex):
        self.index = index
        seen: set[str] = set()
        self.first_of_day: set[str] = set()
        for item in index.snap.agenda:
            if item.day_uuid not in seen:
                seen.add(item.day_uuid)
                self.first_of_day.add(item.uuid)


#: AgendaKind values and how they read
KIND_LABELS = {"plenary": QT_TRANSLATE_NOOP("setup_tabs", "Plenary"),
               "framing": QT_TRANSLATE_NOOP("setup_tabs", "Framing"),
               "round": QT_TRANSLATE_NOOP("setup_tabs", "Round"),
               "break": QT_TRANSLATE_NOOP("setup_tabs", "Break"),
               "wrap-up": QT_TRANSLATE_NOOP("setup_tabs", "Wrap-up"),
               "presentation": QT_TRANSLATE_NOOP("setup_tabs", "Presentation")}


def _kind_label(kind: Any) -> str:
    value = str(value_of(kind))
    return _tr(KIND_LABELS[value]) if value in KIND_LABELS else value.capitalize()


AGENDA_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Day"), lambda a, c: c.index.day_label(a.day_uuid) if a.uuid in c.first_of_day else ""),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Kind"), lambda a, c: _kind_label(a.kind)),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Start"), lambda a, c: hhmm(a.start)),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "End"), lambda a, c: hhmm(a.end)),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Room"), lambda a, c: c.index.room_name(a.room_uuid) if a.room_uuid else ""),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Title"), lambda a, c: a.title),
)


class AgendaTab(MasterDetailTab):
    kind = "agenda_item"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        form = RowForm(controller, "update_agenda_item")
        form.add(LineField("title", self.tr("Title"), self.tr("Rename agenda item")))
        self.day = form.add(ChoiceField("day_uuid", self.tr("Day"), self.tr("Move agenda item to another day")))
        self.kind_field = form.add(ChoiceField("kind", self.tr("Kind"), self.tr("Change agenda item kind")))
        self.kind_field.widget.setAccessibleDescription(self.tr(
            "A round is timed in every room; a plenary, session or break is one item for everyone"))
        form.add(TimeField("start", self.tr("Start"), self.tr("Change start time")))
        form.add(TimeField("end", self.tr("End"), self.tr("Change end time")))
        self.room = form.add(ChoiceField("room_uuid", self.tr("Room"), self.tr("Change agenda item room")))
        form.add(TextField("notes", self.tr("Notes"), self.tr("Edit agenda item notes"), height=70))
        super().__init__(controller, AGENDA_COLUMNS, form, self.tr("agenda item"), parent)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.add_button(self.tr("Add item"), self.add_item,
                        self.tr("Adds an item after the last one of the selected day"))
        self.add_button(self.tr("Add day"), self.add_day, self.tr("Adds a day after the last one"))
        self.add_button(self.tr("Delete item"), self.delete_selected)
        self.finish_buttons()

    def delete_text(self, label: str) -> str:
        return self.tr("Delete agenda item “{0}”").format(label)

    def rows(self, index):
        return index.snap.agenda

    def context(self, index):
        return _AgendaContext(index)

    def update_choices(self, index) -> None:
        from cafe.storage.models import AgendaKind  # loaded with the snapshot; not before the window shows

        self.kind_field.set_choices([(_kind_label(k), k.value) for k in AgendaKind])
        self.day.set_choices(choices_of(index.snap.days, day_text))
        self.room.set_choices(choices_of(index.snap.rooms, lambda r: r.name, none=self.tr("(no room)")))

    def add_item(self) -> None:
        snap = self.index.snap if self.index else None
        if snap is None or not snap.days:
            self.form.show_message(self.tr("Add a day first."))
            return
        selected = self.selected_row()
        day_uuid = selected.day_uuid if selected is not None else snap.days[0].uuid
        ends = [a.end for a in snap.agenda if a.day_uuid == day_uuid]
        start = min(max(ends, default=dt.time(9)), dt.time(22))
        end = (dt.datetime.combine(dt.date.min, start) + dt.timedelta(hours=1)).time()
        self.push(self.tr("Add agenda item"), "add_agenda_item",
                  {"day_uuid": day_uuid, "kind": "plenary", "start": start, "end": end,
                   "title": self.tr("New item")}, select_new=True)

    def add_day(self) -> None:
        snap = self.index.snap if self.index else None
        if snap is None:
            return
        if snap.days:
            date = snap.days[-1].date + dt.timedelta(days=1)
        else:
            w = snap.workshop
            date = (w.start_date if w is not None and w.start_date else None) or dt.date.today()
        n = len(snap.days) + 1
        title = self.tr("Day {0}").format(ROMAN[n - 1] if n <= len(ROMAN) else n)
        self.push(self.tr("Add day"), "add_day", {"date": date, "title": title})


# -- Rooms -------------------------------------------------------------------------------------
ROOM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Name"), lambda r, i: r.name),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Capacity"), lambda r, i: r.capacity if r.capacity is not None else "", numeric=True),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Theme"), lambda r, i: i.theme_by_room[r.uuid].title if r.uuid in i.theme_by_room else ""),
)


class RoomsTab(MasterDetailTab):
    kind = "room"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        form = RowForm(controller, "update_room")
        form.add(LineField("name", self.tr("Name"), self.tr("Rename room")))
        form.add(SpinField("capacity", self.tr("Capacity"), self.tr("Change room capacity"), maximum=100000,
                           optional=True, suffix=self.tr(" seats")))
        super().__init__(controller, ROOM_COLUMNS, form, self.tr("room"), parent)
        self.table.setAccessibleName(self.tr("Rooms"))
        self.add_button(self.tr("Add room"), self.add_room)
        self.add_button(self.tr("Delete room"), self.delete_selected)
        self.finish_buttons()

    def delete_text(self, label: str) -> str:
        return self.tr("Delete room “{0}”").format(label)

    def rows(self, index):
        return index.snap.rooms

    def add_room(self) -> None:
        if self.index is None:
            return
        name = unique_name(self.tr("New room"), [r.name for r in self.index.snap.rooms])
        self.push(self.tr("Add room"), "add_room", {"name": name}, select_new=True)


# -- Themes ------------------------------------------------------------------------------------
THEME_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Title"), lambda t, i: t.title),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Room"), lambda t, i: i.room_name(t.room_uuid) if t.room_uuid else ""),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Hosts"), lambda t, i: i.hosts_text(t.uuid)),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Questions"), lambda t, i: len(t.guiding_questions), numeric=True),
)


class ThemesTab(MasterDetailTab):
    kind = "theme"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        form = RowForm(controller, "update_theme")
        form.add(LineField("title", self.tr("Title"), self.tr("Rename theme")))
        form.add(LineField("short_name", self.tr("Short name"), self.tr("Edit theme short name")))
        form.add(LineField("objective_ref", self.tr("Objective"), self.tr("Edit theme objective reference"),
                           placeholder=self.tr("e.g. Objective 6")))
        form.add(TextField("guiding_questions", self.tr("Guiding questions"), self.tr("Edit guiding questions"),
                           lines=True, height=180, placeholder=self.tr("One question per line")))
        self.room = form.add(ChoiceField("room_uuid", self.tr("Room"), self.tr("Change theme room")))
        super().__init__(controller, THEME_COLUMNS, form, self.tr("theme"), parent, stretch=0)
        self.table.setAccessibleName(self.tr("Themes"))
        self.add_button(self.tr("Add theme"), self.add_theme)
        self.add_button(self.tr("Delete theme"), self.delete_selected)
        self.finish_buttons()

    def delete_text(self, label: str) -> str:
        return self.tr("Delete theme “{0}”").format(label)

    def rows(self, index):
        return index.snap.themes

    def update_choices(self, index) -> None:
        self.room.set_choices(choices_of(index.snap.rooms, lambda r: r.name, none=self.tr("(no room)")))

    def add_theme(self) -> None:
        if self.index is None:
            return
        title = unique_name(self.tr("New theme"), [t.title for t in self.index.snap.themes])
        self.push(self.tr("Add theme"), "add_theme", {"title": title}, select_new=True)


# -- Hosts -------------------------------------------------------------------------------------
def _theme_short(index: WorkshopIndex, uuid: str | None) -> str:
    theme = index.themes.get(uuid)
    return (theme.short_name or theme.title) if theme is not None else NONE_TEXT


#: HostRole values and how they read
ROLE_LABELS = {"host": QT_TRANSLATE_NOOP("setup_tabs", "Host"),
               "note-taker": QT_TRANSLATE_NOOP("setup_tabs", "Note-taker")}

HOST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Name"), lambda h, i: h.name),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Organisation"), lambda h, i: h.organisation),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Role"), lambda h, i: _tr(ROLE_LABELS.get(value_of(h.role), value_of(h.role)))),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "Theme"), lambda h, i: _theme_short(i, h.theme_uuid)),
    Column(QT_TRANSLATE_NOOP("setup_tabs", "E-mail"), lambda h, i: h.email),
)


class HostsTab(MasterDetailTab):
    kind = "host"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        form = RowForm(controller, "update_host")
        form.add(LineField("name", self.tr("Name"), self.tr("Rename host")))
        form.add(LineField("organisation", self.tr("Organisation"), self.tr("Edit host organisation")))
        form.add(ChoiceField("role", self.tr("Role"), self.tr("Change host role"),
                             [(_tr(v), k) for k, v in ROLE_LABELS.items()]))
        self.theme = form.add(ChoiceField("theme_uuid", self.tr("Theme"), self.tr("Change host theme")))
        form.add(LineField("email", self.tr("E-mail"), self.tr("Edit host e-mail")))
        super().__init__(controller, HOST_COLUMNS, form, self.tr("host"), parent)
        self.table.setAccessibleName(self.tr("Hosts and note-takers"))
        self.add_button(self.tr("Add host"), self.add_host)
        self.add_button(self.tr("Delete host"), self.delete_selected)
        self.finish_buttons()

    def delete_text(self, label: str) -> str:
        return self.tr("Delete host “{0}”").format(label)

    def rows(self, index):
        return index.snap.hosts

    def update_choices(self, index) -> None:
        self.theme.set_choices(choices_of(index.snap.themes, lambda t: t.title, none=self.tr("(no theme)")))

    def add_host(self) -> None:
        self.push(self.tr("Add host"), "add_host", {"name": self.tr("New host")}, select_new=True)
