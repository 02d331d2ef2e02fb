"""Setup sub-tabs that list rows and edit the selected one: Agenda, Rooms, Themes, Hosts.

Each tab is a :class:`MasterDetailTab`: a table (a :class:`~ui.common.item_models.RowsModel`)
on the left with Add/Delete buttons, and a :class:`~ui.common.forms.RowForm` for the
selected row on the right. Every add, delete and field edit is one undo step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
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
from ui.workshop.ops import call_named

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

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
        super().__init__(parent)
        self.controller = controller
        self.noun = noun
        self.index: WorkshopIndex | None = None
        self.model = RowsModel(columns, self)
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

    def add_button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

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
        self.form.show_message(f"Not saved: {message}")

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        label = getattr(row, "name", None) or getattr(row, "title", None) or self.noun
        self.push(f"Delete {self.noun} “{label}”", f"delete_{self.kind}",
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


def _kind_label(kind: Any) -> str:
    return str(value_of(kind)).capitalize()


AGENDA_COLUMNS = (
    Column("Day", lambda a, c: c.index.day_label(a.day_uuid) if a.uuid in c.first_of_day else ""),
    Column("Kind", lambda a, c: _kind_label(a.kind)),
    Column("Start", lambda a, c: hhmm(a.start)),
    Column("End", lambda a, c: hhmm(a.end)),
    Column("Room", lambda a, c: c.index.room_name(a.room_uuid) if a.room_uuid else ""),
    Column("Title", lambda a, c: a.title),
)


class AgendaTab(MasterDetailTab):
    kind = "agenda_item"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        form = RowForm(controller, "update_agenda_item")
        form.add(LineField("title", "Title", "Rename agenda item"))
        self.day = form.add(ChoiceField("day_uuid", "Day", "Move agenda item to another day"))
        self.kind_field = form.add(ChoiceField("kind", "Kind", "Change agenda item kind"))
        form.add(TimeField("start", "Start", "Change start time"))
        form.add(TimeField("end", "End", "Change end time"))
        self.room = form.add(ChoiceField("room_uuid", "Room", "Change agenda item room"))
        form.add(TextField("notes", "Notes", "Edit agenda item notes", height=70))
        super().__init__(controller, AGENDA_COLUMNS, form, "agenda item", parent)
        self.add_button("Add item", self.add_item)
        self.add_button("Add day", self.add_day)
        self.add_button("Delete item", self.delete_selected)
        self.finish_buttons()

    def rows(self, index):
        return index.snap.agenda

    def context(self, index):
        return _AgendaContext(index)

    def update_choices(self, index) -> None:
        from cafe.storage.models import AgendaKind  # loaded with the snapshot; not before the window shows

        self.kind_field.set_choices([(_kind_label(k), k.value) for k in AgendaKind])
        self.day.set_choices(choices_of(index.snap.days, day_text))
        self.room.set_choices(choices_of(index.snap.rooms, lambda r: r.name, none="(no room)"))

    def add_item(self) -> None:
        snap = self.index.snap if self.index else None
        if snap is None or not snap.days:
            self.form.show_message("Add a day first.")
            return
        selected = self.selected_row()
        day_uuid = selected.day_uuid if selected is not None else snap.days[0].uuid
        ends = [a.end for a in snap.agenda if a.day_uuid == day_uuid]
        start = min(max(ends, default=dt.time(9)), dt.time(22))
        end = (dt.datetime.combine(dt.date.min, start) + dt.timedelta(hours=1)).time()
        self.push("Add agenda item", "add_agenda_item",
                  {"day_uuid": day_uuid, "kind": "plenary", "start": start, "end": end,
                   "title": "New item"}, select_new=True)

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
        title = f"Day {ROMAN[n - 1]}" if n <= len(ROMAN) else f"Day {n}"
        self.push("Add day", "add_day", {"date": date, "title": title})


# -- Rooms -------------------------------------------------------------------------------------
ROOM_COLUMNS = (
    Column("Name", lambda r, i: r.name),
    Column("Capacity", lambda r, i: r.capacity if r.capacity is not None else "", numeric=True),
    Column("Theme", lambda r, i: i.theme_by_room[r.uuid].title if r.uuid in i.theme_by_room else ""),
)


class RoomsTab(MasterDetailTab):
    kind = "room"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        form = RowForm(controller, "update_room")
        form.add(LineField("name", "Name", "Rename room"))
        form.add(SpinField("capacity", "Capacity", "Change room capacity", maximum=100000, optional=True,
                           suffix=" seats"))
        super().__init__(controller, ROOM_COLUMNS, form, "room", parent)
        self.add_button("Add room", self.add_room)
        self.add_button("Delete room", self.delete_selected)
        self.finish_buttons()

    def rows(self, index):
        return index.snap.rooms

    def add_room(self) -> None:
        if self.index is None:
            return
        name = unique_name("New room", [r.name for r in self.index.snap.rooms])
        self.push("Add room", "add_room", {"name": name}, select_new=True)


# -- Themes ------------------------------------------------------------------------------------
THEME_COLUMNS = (
    Column("Title", lambda t, i: t.title),
    Column("Room", lambda t, i: i.room_name(t.room_uuid) if t.room_uuid else ""),
    Column("Hosts", lambda t, i: i.hosts_text(t.uuid)),
    Column("Questions", lambda t, i: len(t.guiding_questions), numeric=True),
)


class ThemesTab(MasterDetailTab):
    kind = "theme"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        form = RowForm(controller, "update_theme")
        form.add(LineField("title", "Title", "Rename theme"))
        form.add(LineField("short_name", "Short name", "Edit theme short name"))
        form.add(LineField("objective_ref", "Objective", "Edit theme objective reference",
                           placeholder="e.g. Objective 6"))
        form.add(TextField("guiding_questions", "Guiding questions", "Edit guiding questions", lines=True,
                           height=180, placeholder="One question per line"))
        self.room = form.add(ChoiceField("room_uuid", "Room", "Change theme room"))
        super().__init__(controller, THEME_COLUMNS, form, "theme", parent, stretch=0)
        self.add_button("Add theme", self.add_theme)
        self.add_button("Delete theme", self.delete_selected)
        self.finish_buttons()

    def rows(self, index):
        return index.snap.themes

    def update_choices(self, index) -> None:
        self.room.set_choices(choices_of(index.snap.rooms, lambda r: r.name, none="(no room)"))

    def add_theme(self) -> None:
        if self.index is None:
            return
        title = unique_name("New theme", [t.title for t in self.index.snap.themes])
        self.push("Add theme", "add_theme", {"title": title}, select_new=True)


# -- Hosts -------------------------------------------------------------------------------------
def _theme_short(index: WorkshopIndex, uuid: str | None) -> str:
    theme = index.themes.get(uuid)
    return (theme.short_name or theme.title) if theme is not None else NONE_TEXT


#: HostRole values and how they read
ROLE_LABELS = {"host": "Host", "note-taker": "Note-taker"}

HOST_COLUMNS = (
    Column("Name", lambda h, i: h.name),
    Column("Organisation", lambda h, i: h.organisation),
    Column("Role", lambda h, i: ROLE_LABELS.get(value_of(h.role), value_of(h.role))),
    Column("Theme", lambda h, i: _theme_short(i, h.theme_uuid)),
    Column("E-mail", lambda h, i: h.email),
)


class HostsTab(MasterDetailTab):
    kind = "host"

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        form = RowForm(controller, "update_host")
        form.add(LineField("name", "Name", "Rename host"))
        form.add(LineField("organisation", "Organisation", "Edit host organisation"))
        form.add(ChoiceField("role", "Role", "Change host role", [(v, k) for k, v in ROLE_LABELS.items()]))
        self.theme = form.add(ChoiceField("theme_uuid", "Theme", "Change host theme"))
        form.add(LineField("email", "E-mail", "Edit host e-mail"))
        super().__init__(controller, HOST_COLUMNS, form, "host", parent)
        self.add_button("Add host", self.add_host)
        self.add_button("Delete host", self.delete_selected)
        self.finish_buttons()

    def rows(self, index):
        return index.snap.hosts

    def update_choices(self, index) -> None:
        self.theme.set_choices(choices_of(index.snap.themes, lambda t: t.title, none="(no theme)"))

    def add_host(self) -> None:
        self.push("Add host", "add_host", {"name": "New host"}, select_new=True)
