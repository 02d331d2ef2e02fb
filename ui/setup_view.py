"""Setup: the organiser's place, in sub-tabs.

Workshop, Agenda, Rooms, Themes and Hosts are editable (one undo step per
edit); Participants and Groups are listed read-only with a filter.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .forms import DateField, LineField, RowForm, SpinField, TextField
from .item_models import Column, RowsModel
from .setup_tabs import AgendaTab, HostsTab, RoomsTab, ThemesTab, make_table
from .workshop_index import NONE_TEXT, WorkshopIndex, value_of


class WorkshopTab(QWidget):
    """The workshop's own fields, and what it holds at a glance."""

    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form = RowForm(controller, "update_workshop")
        form.add(LineField("title", "Title", "Rename workshop"))
        form.add(LineField("venue", "Venue", "Edit venue"))
        form.add(DateField("start_date", "First day", "Change first day"))
        form.add(DateField("end_date", "Last day", "Change last day"))
        self.time_zone = form.add(LineField("time_zone", "Time zone", "Change time zone",
                                            placeholder="e.g. Europe/Zurich"))
        form.add(SpinField("warning_minutes", "Warning before the end", "Change warning time",
                           maximum=240, suffix=" min"))
        form.add(SpinField("danger_minutes", "Final warning before the end", "Change final warning time",
                           maximum=240, suffix=" min"))
        form.add(TextField("introduction", "Introduction", "Edit introduction", height=200))
        self.time_zone.widget.installEventFilter(self)
        self._zones_loaded = False

        self.summary = QLabel()
        self.summary.setObjectName("workshop_summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setWordWrap(True)
        box = QGroupBox("In this workshop")
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.summary)
        box_layout.addStretch(1)
        box.setMinimumWidth(240)

        layout = QHBoxLayout(self)
        layout.addWidget(form, 3)
        layout.addWidget(box, 1)

    def eventFilter(self, obj, event) -> bool:
        # the zone list is read from disk only when the user first needs it
        if obj is self.time_zone.widget and event.type() == event.Type.FocusIn and not self._zones_loaded:
            import zoneinfo

            self._zones_loaded = True
            completer = QCompleter(sorted(zoneinfo.available_timezones()), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.time_zone.widget.setCompleter(completer)
        return False

    def set_snapshot(self, index: WorkshopIndex, update: Any) -> None:
        snap = index.snap
        self.form.show_row(snap.workshop, own_only=update.own_only)
        lines = [
            (len(snap.days), "day", "days"), (len(snap.agenda), "agenda item", "agenda items"),
            (len(snap.rounds), "round", "rounds"), (len(snap.rooms), "room", "rooms"),
            (len(snap.themes), "theme", "themes"), (len(snap.hosts), "host or note-taker", "hosts and note-takers"),
            (len(snap.participants), "participant", "participants"), (len(snap.groups), "group", "groups"),
            (sum(snap.note_counts.values()), "note", "notes"),
        ]
        self.summary.setText("\n".join(f"{n} {one if n == 1 else many}" for n, one, many in lines))


class _FilteredTable(QWidget):
    """A read-only table with a filter box over every column."""

    def __init__(self, columns, placeholder: str, parent: QWidget | None = None, stretch: int = -1):
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = make_table(self.proxy, stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)


PARTICIPANT_COLUMNS = (
    Column("Name", lambda p, i: p.name),
    Column("Organisation", lambda p, i: p.organisation),
    Column("Country", lambda p, i: p.country),
    Column("Stakeholder type", lambda p, i: str(value_of(p.stakeholder_type)).capitalize()),
    Column("Delegation", lambda p, i: p.delegation),
    Column("Group", lambda p, i: i.group_name(i.group_of.get(p.uuid)) if p.uuid in i.group_of else NONE_TEXT),
)


class ParticipantsTab(_FilteredTable):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(PARTICIPANT_COLUMNS, "Filter by name, organisation, country…", parent, stretch=1)

    def set_snapshot(self, index: WorkshopIndex, update: Any) -> None:
        self.model.set_rows(index.snap.participants, index)
        n = len(index.snap.participants)
        self.count.setText(f"{n} participant{'s' if n != 1 else ''}")


class _GroupStats:
    def __init__(self, index: WorkshopIndex):
        self.index = index
        people = {p.uuid: p for p in index.snap.participants}
        self.members: dict[str, list[Any]] = defaultdict(list)
        for m in index.snap.members:
            if m.participant_uuid in people:
                self.members[m.group_uuid].append(people[m.participant_uuid])

    def mix(self, group_uuid: str) -> str:
        counts = Counter(str(value_of(p.stakeholder_type)) for p in self.members[group_uuid])
        return ", ".join(f"{kind} {n}" for kind, n in counts.most_common())

    def countries(self, group_uuid: str) -> int:
        return len({p.country for p in self.members[group_uuid] if p.country})


GROUP_COLUMNS = (
    Column("Group", lambda g, s: g.name),
    Column("Members", lambda g, s: len(s.members[g.uuid]), numeric=True),
    Column("Countries", lambda g, s: s.countries(g.uuid), numeric=True),
    Column("Stakeholders", lambda g, s: s.mix(g.uuid)),
)


class GroupsTab(_FilteredTable):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(GROUP_COLUMNS, "Filter groups…", parent)

    def set_snapshot(self, index: WorkshopIndex, update: Any) -> None:
        self.model.set_rows(index.snap.groups, _GroupStats(index))
        n = len(index.snap.groups)
        self.count.setText(f"{n} group{'s' if n != 1 else ''}, {len(index.snap.members)} members")


class SetupView(QTabWidget):
    """Workshop, Agenda, Rooms, Themes, Hosts, Participants, Groups."""

    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.workshop = WorkshopTab(controller)
        self.agenda = AgendaTab(controller)
        self.rooms = RoomsTab(controller)
        self.themes = ThemesTab(controller)
        self.hosts = HostsTab(controller)
        self.participants = ParticipantsTab()
        self.groups = GroupsTab()
        for tab, title in ((self.workshop, "Workshop"), (self.agenda, "Agenda"), (self.rooms, "Rooms"),
                           (self.themes, "Themes"), (self.hosts, "Hosts"),
                           (self.participants, "Participants"), (self.groups, "Groups")):
            self.addTab(tab, title)

    def set_snapshot(self, index: WorkshopIndex, update: Any) -> None:
        for i in range(self.count()):
            self.widget(i).set_snapshot(index, update)
