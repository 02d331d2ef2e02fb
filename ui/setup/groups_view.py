"""Setup → Groups: assign participants to balanced groups, move them by hand, see the balance.

The top row sets the number of groups, what to do with delegations and the
seed. Before there are groups, "Assign groups" balances everyone. Once groups
exist, "Place newcomers (N)" is the action at hand: it puts only the N people
not yet in a group where they fit best, and nobody else moves, so route slips
and group lists already printed stay right ("Print their route slips…" then
prints the newcomers' slips only). "Reshuffle everyone…" balances everyone
again, after working out on the worker how many people would change group and
asking (Cancel is the default). Each is one undo step. The groups are
shown side by side as lists of members: drag people between them, or select
them and use "Move to…"; a person moved by hand is pinned, and "Pin" holds or
releases the selected people. Below, the balance: per group its size and its
counts per stakeholder type, and per country how many sit in each group,
updated as people move. The balance score and what random assignment would
score are computed on the worker thread after every change.

Hosts and note-takers are not participants: they stay in their rooms and are
never in a group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cafe.people.countries import country_display
from cafe.people.members import members_by_group
from cafe.storage.workshop_index import WorkshopIndex
from ui.common.plural import english
from ui.setup.group_assign import AssignActions, number
from ui.setup.group_columns import UUID, GroupColumn, TextTable, make_table
from ui.setup.people_view import stakeholder_label
from ui.setup.texts import QT_TRANSLATE_NOOP
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

#: (label, service value) of the delegation choices
DELEGATION_CHOICES = ((QT_TRANSLATE_NOOP("GroupsTab", "Keep delegations apart"), "apart"),
                      (QT_TRANSLATE_NOOP("GroupsTab", "Keep delegations together"), "together"),
                      (QT_TRANSLATE_NOOP("GroupsTab", "Ignore delegations"), "ignore"))
#: the kinds of rows whose changes this tab shows
KINDS_SHOWN = ("participant", "group", "group_member", "assignment")


class GroupsTab(AssignActions):
    """See the module docstring. ``model`` is the balance per group (rows: groups; columns: group,
    members, one per stakeholder type, countries); ``countries`` the counts per country."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self.columns: list[GroupColumn] = []
        self._request = 0
        self.score: tuple[int, int] | None = None
        #: the columns, the tables and the score are worked out when the tab comes to the front: nobody
        #: reads them before, and at startup the time (and the worker's) belongs to the first frame
        self._fill_due = False
        self._score_due = False

        self.n_groups = QSpinBox()
        self.n_groups.setRange(1, 52)
        self.n_groups.setValue(3)
        self.n_groups.setToolTip(self.tr("Three groups in the Geneva format"))
        self.n_groups.setAccessibleName(self.tr("Number of groups"))
        self.delegations = QComboBox()
        for label, value in DELEGATION_CHOICES:
            self.delegations.addItem(QCoreApplication.translate("GroupsTab", label), value)
        self.delegations.setAccessibleName(self.tr("Delegations"))
        self.delegations.setAccessibleDescription(self.tr(
            "Whether members of one delegation are spread over the groups, kept in one group, or placed freely"))
        self.delegations.currentIndexChanged.connect(lambda _i: self._request_score())
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setValue(1)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(self.tr("The same seed always gives the same groups; another seed, another draw"))
        self.place_button = QPushButton()
        self.place_button.setObjectName("place_newcomers")
        self.place_button.setAccessibleName(self.tr("Place newcomers"))
        self.place_button.setAccessibleDescription(self.tr(
            "Puts only the people not yet in a group into the groups where they fit best; nobody else moves"))
        self.place_button.clicked.connect(self.place_newcomers)
        self.assign_button = QPushButton(self.tr("Assign groups"))
        self.assign_button.setAccessibleName(self.tr("Assign groups"))
        self.assign_button.clicked.connect(self.assign)
        self.print_newcomers = QPushButton(self.tr("Print their route slips…"))
        self.print_newcomers.setAccessibleName(self.tr("Print the route slips of the newcomers just placed"))
        self.print_newcomers.setToolTip(self.tr("A PDF with a route slip for each person just placed, and nobody "
                                                "else"))
        self.print_newcomers.clicked.connect(self.print_newcomer_slips)
        self.print_newcomers.hide()
        self.outcome = QLabel()
        self.outcome.setObjectName("groups_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("What the last group action did"))
        controls = QHBoxLayout()
        for label, widget in ((self.tr("&Groups:"), self.n_groups), (self.tr("&Delegations:"), self.delegations),
                              (self.tr("S&eed:"), self.seed)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(self.place_button)
        controls.addWidget(self.assign_button)
        controls.addStretch(1)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome, 1)
        outcome_row.addWidget(self.print_newcomers)

        self.score_label = QLabel()
        self.score_label.setObjectName("balance_score")
        self.score_label.setWordWrap(True)
        self.score_label.setAccessibleName(self.tr("Balance score"))
        self.problems = QLabel()
        self.problems.setObjectName("group_problems")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems with the groups"))
        help_text = QLabel(self.tr(
            "Drag people between groups, or select them and use “Move to…”. Someone moved by hand is pinned: "
            "reshuffling balances everyone else around them (“Pin” holds or releases the selected people). "
            "“Place newcomers” places only the people not yet in a group, so printed route slips stay right. "
            "The same seed always gives the same groups. Hosts and note-takers are not participants and are "
            "never in a group: they stay in their rooms (Setup › Hosts)."))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #444;")

        self.move_button = QToolButton()
        self.move_button.setText(self.tr("Move to…"))
        self.move_button.setAccessibleName(self.tr("Move the selected people to another group"))
        self.move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.pin_button = QPushButton(self.tr("Pin"))
        self.pin_button.setCheckable(True)
        self.pin_button.setAccessibleName(self.tr("Pin the selected people"))
        self.pin_button.setToolTip(self.tr("Hold the selected people in their group when groups are assigned again"))
        self.pin_button.clicked.connect(self.pin_selected)
        self.selection_label = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.move_button)
        actions.addWidget(self.pin_button)
        actions.addWidget(self.selection_label, 1)

        self.groups_row = QHBoxLayout()
        self.groups_row.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self.groups_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)

        self.model = TextTable(self)
        self.countries = TextTable(self)
        self.balance_view = make_table(self.model)
        self.countries_view = make_table(self.countries)
        balance = QWidget()
        balance_layout = QHBoxLayout(balance)
        balance_layout.setContentsMargins(0, 0, 0, 0)
        for title, view in ((self.tr("Balance: stakeholder types per group"), self.balance_view),
                            (self.tr("Balance: countries per group"), self.countries_view)):
            view.setAccessibleName(title)
            box = QVBoxLayout()
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            box.addWidget(heading)
            box.addWidget(view, 1)
            balance_layout.addLayout(box, 1)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(actions)
        upper_layout.addWidget(scroll, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(balance)
        split.setSizes([420, 220])

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(outcome_row)
        layout.addWidget(help_text)
        layout.addWidget(self.score_label)
        layout.addWidget(self.problems)
        layout.addWidget(split, 1)
        self._update_selection()
        self._update_buttons()

    # -- snapshot ------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        first = self.index is None or update.reopened
        self.index = index
        if not first and not update.touches(*KINDS_SHOWN):
            return  # e.g. a note was saved: nothing here changed, and the score costs worker time
        if first and index.snap.groups:
            self.n_groups.setValue(len(index.snap.groups))
        if update.reopened:  # another workshop: the last outcome (and a pending question) was about the one before
            self.newcomers_placed = ()
            self._show_outcome("")
            self.score = None
            self.score_label.setText("")
            self.assign_button.setEnabled(True)
        self._fill_menu(index)
        self._update_buttons()
        if self._in_front():
            self._fill(index)
        else:
            self._fill_due = True  # the columns, the tables and the score: filled when the tab comes to the front

    def _in_front(self) -> bool:
        """Whether this tab is in front: not behind another tab or place (a window not yet shown counts)."""
        return self.isVisibleTo(self.window())

    def _fill(self, index: WorkshopIndex) -> None:
        self._fill_due = False
        self._fill_columns(index)
        self._fill_balance(index)
        self._request_score(now=True)
        self._update_selection()
        self._update_buttons()

    def reveal(self) -> None:
        """The tab came to the front: fill what waited for it."""
        if self._fill_due and self.index is not None:
            self._fill(self.index)
        elif self._score_due:
            self._request_score(now=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reveal()

    def _people(self, index: WorkshopIndex) -> dict[str, Any]:
        return {p.uuid: p for p in index.snap.participants}

    def _fill_columns(self, index: WorkshopIndex) -> None:
        pinned = {m.participant_uuid for m in index.snap.members if m.pinned}
        members = members_by_group(index.snap)
        wanted: list[tuple[str | None, str]] = [(g.uuid, g.name) for g in index.snap.groups]
        if members[None] or not index.snap.groups:
            wanted.append((None, self.tr("Not in a group")))
        selected = set(self.selected_uuids())
        if [c.list.group_uuid for c in self.columns] != [u for u, _ in wanted]:
            for column in self.columns:
                column.setParent(None)
                column.deleteLater()
            self.columns = []
            for uuid, _name in wanted:
                column = GroupColumn(uuid)
                column.list.dropped.connect(self.move_people)
                column.list.itemSelectionChanged.connect(self._update_selection)
                self.groups_row.addWidget(column)
                self.columns.append(column)
        bold = QFont()
        bold.setBold(True)
        for column, (uuid, name) in zip(self.columns, wanted):
            people_in = members[uuid]
            n = len(people_in)
            column.title.setText((self.tr("{0} · 1 person") if n == 1 else
                                  english(self.tr("{0} · %n people", "", n), n)).format(name))
            column.list.setAccessibleName(self.tr("Members of {0}").format(name))
            lst = column.list
            lst.blockSignals(True)
            lst.clear()
            for p in people_in:
                parts = [p.name, country_display(p.country), stakeholder_label(p.stakeholder_type)]
                text = " · ".join(x for x in parts if x)
                item = QListWidgetItem(self.tr("{0}  — pinned").format(text) if p.uuid in pinned else text)
                item.setData(UUID, p.uuid)
                item.setToolTip("\n".join(x for x in (p.name, p.organisation, country_display(p.country),
                                                      stakeholder_label(p.stakeholder_type), p.delegation) if x))
                if p.uuid in pinned:
                    item.setFont(bold)
                lst.addItem(item)
                item.setSelected(p.uuid in selected)
            lst.blockSignals(False)

    def _fill_balance(self, index: WorkshopIndex) -> None:
        from cafe.people import grouping

        people = grouping.people_of(index.snap.participants)
        groups = [[m.participant_uuid for m in index.snap.members if m.group_uuid == g.uuid and m.participant_uuid
                   in people] for g in index.snap.groups]
        table = grouping.balance_table(groups, people)
        names = [g.name for g in index.snap.groups]
        kinds = [stakeholder_label(t) if t else self.tr("(no type)") for t in table.stakeholder_types]
        rows = []
        for j, name in enumerate(names):
            countries = sum(1 for c, n in zip(table.countries, table.country_counts[j]) if c and n)
            rows.append([name, table.sizes[j], *table.stakeholder_counts[j], countries])
        self.model.set_table([self.tr("Group"), self.tr("Members"), *kinds, self.tr("Countries")], rows)
        country_rows: list[list[Any]] = []
        no_country = self.tr("(no country)")
        for i, country in enumerate(table.countries):
            counts = [table.country_counts[j][i] for j in range(len(names))]
            country_rows.append([country or no_country, *counts, sum(counts)])
        # most represented first; people without a country last
        country_rows.sort(key=lambda r: (r[0] == no_country, -r[-1], str(r[0]).casefold()))
        self.countries.set_table([self.tr("Country"), *names, self.tr("Total")], country_rows)

    def _fill_menu(self, index: WorkshopIndex) -> None:
        self.move_menu.clear()
        for g in index.snap.groups:
            action = QAction(g.name, self.move_menu)
            action.triggered.connect(lambda _=False, uuid=g.uuid: self.move_selected(uuid))
            self.move_menu.addAction(action)
        self.move_menu.addSeparator()
        out = QAction(self.tr("Not in a group"), self.move_menu)
        out.triggered.connect(lambda _=False: self.move_selected(None))
        self.move_menu.addAction(out)

    # -- the score, on the worker --------------------------------------------------------------
    def _request_score(self, *, now: bool = False) -> None:
        index = self.index
        if index is None:
            return
        if not now and not self._in_front():
            self._score_due = True
            return
        self._score_due = False
        self._request += 1
        request = self._request
        mode = self.delegations.currentData()
        participants = index.snap.participants
        group_uuids = [g.uuid for g in index.snap.groups]
        members = [(m.participant_uuid, m.group_uuid, m.pinned) for m in index.snap.members]

        def work(_service: Any) -> tuple[int, int, tuple[str, ...]] | None:
            from cafe.people import grouping

            people = grouping.people_of(participants)
            position = {u: j for j, u in enumerate(group_uuids)}
            groups: list[list[str]] = [[] for _ in group_uuids]
            pinned: dict[str, int] = {}
            for person, group, pin in members:
                if person in people and group in position:
                    groups[position[group]].append(person)
                    if pin:
                        pinned[person] = position[group]
            if not groups:
                return None
            placed = {u: people[u] for g in groups for u in g}
            result = grouping.assignment_from_groups(groups, people, delegations=mode, pinned=pinned)
            chance = grouping.random_assignment_score(placed, len(groups), mode, seed=0) if placed else 0
            return result.score, chance, result.problems

        def done(result) -> None:
            if request == self._request:
                self._show_score(result)

        self.controller.read(work, done)

    def _show_score(self, result: Any) -> None:
        index = self.index
        if result is None:
            self.score = None
            self.score_label.setText(self.tr("No groups yet: choose how many and press “Assign groups”."))
            self.problems.setText("")
            return
        score, chance, problems = result
        self.score = (score, chance)
        assert index is not None  # the score was computed for it
        placed = len(index.snap.members)
        self.score_label.setText(
            self.tr("Balance score {0} (0 is as even as the numbers allow; lower is better) · random "
                    "assignment would score about {1}.").format(number(score), number(chance))
            if placed else self.tr("Nobody is in a group yet."))
        lines = list(problems)
        outside = len(index.snap.participants) - placed
        if outside:
            lines.append(english(self.tr("%n people are not in a group.", "", outside), outside)
                         if outside != 1 else self.tr("1 person is not in a group."))
        roomless = [g.name for g in index.snap.groups
                    if index.snap.assignments and not any(a.group_uuid == g.uuid for a in index.snap.assignments)]
        if roomless:
            lines.append((self.tr("{0} has no room in any round: build the rotation again in Rounds & rooms.")
                          if len(roomless) == 1 else
                          self.tr("{0} have no room in any round: build the rotation again in Rounds & rooms."))
                         .format(", ".join(roomless)))
        self.problems.setText("\n".join(f"• {line}" for line in lines))
        self.problems.setVisible(bool(lines))

    # -- actions -------------------------------------------------------------------------------
    def selected_uuids(self) -> list[str]:
        return [u for column in self.columns for u in column.list.selected_uuids()]

    def _names(self, uuids: Sequence[str]) -> str:
        people = self._people(self.index) if self.index else {}
        if len(uuids) == 1 and uuids[0] in people:
            return people[uuids[0]].name
        return english(self.tr("%n people", "", len(uuids)), len(uuids))

    def move_people(self, uuids: list[str], group_uuid: str | None) -> None:
        """Put ``uuids`` in ``group_uuid`` (None: in no group), pinned there; one undo step."""
        if not uuids or self.index is None:
            return
        text = (self.tr("Move {0} to {1}").format(self._names(uuids), self.index.group_name(group_uuid)) if group_uuid
                else self.tr("Take {0} out of their group").format(self._names(uuids)))
        if len(uuids) == 1:
            self.controller.edit(text, call(S.move_participant, participant_uuid=uuids[0], group_uuid=group_uuid,
                                            pinned=True), on_refused=self._refused)
        else:
            mapping = {u: (group_uuid, True) if group_uuid else None for u in uuids}
            self.controller.edit(text, call(S.set_memberships, mapping=mapping), on_refused=self._refused)

    def move_selected(self, group_uuid: str | None) -> None:
        self.move_people(self.selected_uuids(), group_uuid)

    def pin_selected(self, pin: bool | None = None) -> None:
        """Pin (or release) the selected people in their current groups; one undo step."""
        if pin is None:
            pin = self.pin_button.isChecked()
        index = self.index
        uuids = [u for u in self.selected_uuids() if index is not None and u in index.group_of]
        if index is None or not uuids:  # no index: no uuids either
            self._update_selection()
            return
        mapping = {u: (index.group_of[u], pin) for u in uuids}
        text = self.tr("Pin {0}") if pin else self.tr("Release {0}")
        self.controller.edit(text.format(self._names(uuids)),
                             call(S.set_memberships, mapping=mapping), on_refused=self._refused)

    def _update_selection(self) -> None:
        uuids = self.selected_uuids()
        pinned = {m.participant_uuid for m in self.index.snap.members if m.pinned} if self.index else set()
        self.move_button.setEnabled(bool(uuids))
        in_group = [u for u in uuids if self.index is not None and u in self.index.group_of]
        self.pin_button.setEnabled(bool(in_group))
        self.pin_button.setChecked(bool(in_group) and all(u in pinned for u in in_group))
        self.selection_label.setText(english(self.tr("%n selected", "", len(uuids)), len(uuids)) if uuids else
                                     self.tr("Select people to move or pin them."))

    def _refused(self, message: str) -> None:
        self.problems.setText(self.tr("Not saved: {0}").format(message))
        self.problems.setVisible(True)
