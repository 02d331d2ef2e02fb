"""Setup: the organiser's place, in sub-tabs.

The Workshop tab holds the workshop's own fields, among them its output language (what the report, slides,
stage display, door signs and route slips are written in), separate from the window's language. Workshop, Agenda, Rooms, Themes, Hosts and Participants are editable (one
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
from ui.common.forms import ChoiceField, DateField, LineField, RowForm, SpinField, TextField
from ui.common.language import LANGUAGES
from ui.common.markup_editing import attach_markup_bar
from ui.common.plural import english
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
        form.add(LineField("title", self.tr("Title"), self.tr("Rename workshop")))
        form.add(LineField("venue", self.tr("Venue"), self.tr("Edit venue")))
        form.add(DateField("start_date", self.tr("First day"), self.tr("Change first day")))
        form.add(DateField("end_date", self.tr("Last day"), self.tr("Change last day")))
        self.time_zone = form.add(LineField("time_zone", self.tr("Time zone"), self.tr("Change time zone"),
                                            placeholder=self.tr("e.g. Europe/Zurich")))
        self.time_zone.widget.setAccessibleDescription(self.tr(
            "The time zone of the venue, as a name from the list (type to search), e.g. Europe/Zurich"))
        minutes = self.tr(" min")
        form.add(SpinField("warning_minutes", self.tr("Warning before the end"), self.tr("Change warning time"),
                           maximum=240, suffix=minutes))
        form.add(SpinField("danger_minutes", self.tr("Final warning before the end"),
                           self.tr("Change final warning time"), maximum=240, suffix=minutes))
        # the outputs' language, apart from the window's: a French workshop run by an English-speaking organiser
        self.language = form.add(ChoiceField("language", self.tr("Output language"),
                                             self.tr("Change output language"),
                                             [(name, code) for code, name in LANGUAGES.items()]))
        self.language.widget.setAccessibleName(self.tr("Output language"))
        self.language.widget.setAccessibleDescription(self.tr(
            "The language of the report, slides, stage display, door signs and route slips; the window keeps "
            "its own language"))
        self.language.widget.setToolTip(self.tr(
            "The language the report, slides, stage display, door signs and route slips are written in, with "
            "dates and times in its conventions. The window's own language is chosen separately."))
        self.introduction = form.add(TextField("introduction", self.tr("Introduction"), self.tr("Edit introduction"),
                                               height=200))
        self.introduction.widget.setAccessibleName(self.tr("Introduction of the report"))
        # light formatting (cafe.report.markup): Ctrl+B, Ctrl+I, B and I buttons, the formatted preview
        self.introduction_markup = attach_markup_bar(self.introduction.widget, "setup_introduction")
        self.time_zone.widget.installEventFilter(self)
        self._zones_loaded = False

        self.summary = QLabel()
        self.summary.setObjectName("workshop_summary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the workshop holds"))
        box = QGroupBox(self.tr("In this workshop"))
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
        def count(text: str, n: int) -> str:
            return english(text, n)

        n_notes = sum(snap.note_counts.values())
        lines = [
            count(self.tr("%n day(s)", "", len(snap.days)), len(snap.days)),
            count(self.tr("%n agenda item(s)", "", len(snap.agenda)), len(snap.agenda)),
            count(self.tr("%n round(s)", "", len(snap.rounds)), len(snap.rounds)),
            count(self.tr("%n room(s)", "", len(snap.rooms)), len(snap.rooms)),
            count(self.tr("%n theme(s)", "", len(snap.themes)), len(snap.themes)),
            count(self.tr("%n host(s) and note-taker(s)", "", len(snap.hosts)), len(snap.hosts)),
            count(self.tr("%n participant(s)", "", len(snap.participants)), len(snap.participants)),
            count(self.tr("%n group(s)", "", len(snap.groups)), len(snap.groups)),
            count(self.tr("%n note(s)", "", n_notes), n_notes),
        ]
        self.summary.setText("\n".join(lines))


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
        for tab, title in ((self.workshop, self.tr("Workshop")), (self.agenda, self.tr("Agenda")),
                           (self.rooms, self.tr("Rooms")), (self.themes, self.tr("Themes")),
                           (self.hosts, self.tr("Hosts")), (self.participants, self.tr("Participants")),
                           (self.groups, self.tr("Groups"))):
            self.addTab(tab, title)
        # a tab fills what waited for it when chosen, also in a window not on screen yet (it gets no show event)
        self.currentChanged.connect(lambda i: self.groups.reveal() if self.widget(i) is self.groups else None)

    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        for i in range(self.count()):
            tab = cast("WorkshopTab | MasterDetailTab | ParticipantsTab | GroupsTab", self.widget(i))  # see __init__
            tab.set_snapshot(index, update)
