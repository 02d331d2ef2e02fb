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

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.setup.groups_view import GroupsTab
    from ui.setup.people_view import ParticipantsTab
    from ui.setup.setup_tabs import AgendaTab, HostsTab, MasterDetailTab, RoomsTab, ThemesTab
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


if TYPE_CHECKING:
    _Tab = WorkshopTab | MasterDetailTab | ParticipantsTab | GroupsTab

#: the tabs, in order: their keys (attributes of :class:`SetupView`)
TAB_KEYS = ("workshop", "agenda", "rooms", "themes", "hosts", "participants", "groups")


def _build_tab(key: str, controller: WorkshopController) -> QWidget:
    """One tab; its module imported here, when the tab is first wanted (startup speed)."""
    if key == "workshop":
        return WorkshopTab(controller)
    if key == "participants":
        from ui.setup.people_view import ParticipantsTab

        return ParticipantsTab(controller)
    if key == "groups":
        from ui.setup.groups_view import GroupsTab

        return GroupsTab(controller)
    from ui.setup import setup_tabs

    cls = {"agenda": setup_tabs.AgendaTab, "rooms": setup_tabs.RoomsTab, "themes": setup_tabs.ThemesTab,
           "hosts": setup_tabs.HostsTab}[key]
    return cls(controller)


class _Page(QWidget):
    """A tab's page in the tab widget; the tab itself goes in when it is first wanted."""

    def __init__(self) -> None:
        super().__init__()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.tab: QWidget | None = None


class SetupView(QTabWidget):
    """Workshop, Agenda, Rooms, Themes, Hosts, Participants, Groups.

    Like the window's places, a tab is built the first time it is wanted: when it comes to the
    front, or when asked for by name (``view.groups``); it then starts from the latest snapshot.
    The others cost nothing at startup. ``setCurrentWidget`` and ``indexOf`` take a tab as well
    as its page.
    """

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self._index: WorkshopIndex | None = None
        titles = (self.tr("Workshop"), self.tr("Agenda"), self.tr("Rooms"), self.tr("Themes"), self.tr("Hosts"),
                  self.tr("Participants"), self.tr("Groups"))
        self._pages: dict[str, _Page] = {}
        for key, title in zip(TAB_KEYS, titles, strict=True):
            self._pages[key] = page = _Page()
            self.addTab(page, title)
        self.currentChanged.connect(self._current_changed)
        self.tab(0)  # the one in front

    # -- the tabs, built when wanted ------------------------------------------------------------
    def tab(self, i: int) -> QWidget:
        """The tab at position ``i``, built now if it was not yet."""
        key = TAB_KEYS[i]
        page = self._pages[key]
        if page.tab is None:
            page.tab = _build_tab(key, self.controller)
            page.box.addWidget(page.tab)
            if self._index is not None:
                from cafe.storage.workshop_index import SnapshotUpdate

                cast("_Tab", page.tab).set_snapshot(self._index, SnapshotUpdate(frozenset({"*"}), reopened=True))
        return page.tab

    def _named(self, key: str) -> QWidget:
        return self.tab(TAB_KEYS.index(key))

    @property
    def workshop(self) -> WorkshopTab:
        return cast(WorkshopTab, self._named("workshop"))

    @property
    def agenda(self) -> AgendaTab:
        return cast("AgendaTab", self._named("agenda"))

    @property
    def rooms(self) -> RoomsTab:
        return cast("RoomsTab", self._named("rooms"))

    @property
    def themes(self) -> ThemesTab:
        return cast("ThemesTab", self._named("themes"))

    @property
    def hosts(self) -> HostsTab:
        return cast("HostsTab", self._named("hosts"))

    @property
    def participants(self) -> ParticipantsTab:
        return cast("ParticipantsTab", self._named("participants"))

    @property
    def groups(self) -> GroupsTab:
        return cast("GroupsTab", self._named("groups"))

    def _page_of(self, widget: QWidget) -> QWidget:
        return next((page for page in self._pages.values() if page.tab is widget), widget)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        super().setCurrentWidget(self._page_of(widget))

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 (Qt's name)
        return super().indexOf(self._page_of(widget))

    def _current_changed(self, i: int) -> None:
        if i < 0:
            return
        tab = self.tab(i)
        if TAB_KEYS[i] == "groups":
            # it fills what waited for it when chosen, also in a window not on screen yet (no show event then)
            cast("GroupsTab", tab).reveal()

    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        self._index = index
        for page in self._pages.values():  # the tabs built so far; one built later starts from this snapshot
            if page.tab is not None:
                cast("_Tab", page.tab).set_snapshot(index, update)
