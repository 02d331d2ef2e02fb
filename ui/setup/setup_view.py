"""Setup: the organiser's place, in sub-tabs.

Workshop, Agenda, Rooms, Themes, Hosts and Participants are editable (one
undo step per edit); Groups assigns participants to groups and moves them
(:mod:`ui.setup.people_view`, :mod:`ui.setup.groups_view`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cafe.storage.workshop_index import WorkshopIndex
from ui.common.forms import DateField, LineField, RowForm, SpinField, TextField
from ui.common.markup_editing import attach_markup_bar
from ui.setup.groups_view import GroupsTab
from ui.setup.people_view import ParticipantsTab
from ui.setup.setup_tabs import AgendaTab, HostsTab, MasterDetailTab, RoomsTab, ThemesTab

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController


class WorkshopTab(QWidget):
    """The workshop's own fields, and what it holds at a glance."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
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
        self.introduction = form.add(TextField("introduction", "Introduction", "Edit introduction", height=200))
        self.introduction.widget.setAccessibleName(self.tr("Introduction of the report"))
        # light formatting (cafe.report.markup): Ctrl+B, Ctrl+I, B and I buttons, the formatted preview
        self.introduction_markup = attach_markup_bar(self.introduction.widget, "setup_introduction")
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

    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
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


class SetupView(QTabWidget):
    """Workshop, Agenda, Rooms, Themes, Hosts, Participants, Groups."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.workshop = WorkshopTab(controller)
        self.agenda = AgendaTab(controller)
        self.rooms = RoomsTab(controller)
        self.themes = ThemesTab(controller)
        self.hosts = HostsTab(controller)
        self.participants = ParticipantsTab(controller)
        self.groups = GroupsTab(controller)
        for tab, title in ((self.workshop, "Workshop"), (self.agenda, "Agenda"), (self.rooms, "Rooms"),
                           (self.themes, "Themes"), (self.hosts, "Hosts"),
                           (self.participants, "Participants"), (self.groups, "Groups")):
            self.addTab(tab, title)

    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        for i in range(self.count()):
            tab = cast("WorkshopTab | MasterDetailTab | ParticipantsTab | GroupsTab", self.widget(i))  # see __init__
            tab.set_snapshot(index, update)
