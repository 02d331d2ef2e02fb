"""Rounds & rooms → World Café seating: individuals change tables each round.

In the classic World Café the hosts stay at their tables while everyone else
moves to a new table each round, so that they meet as many new people as
possible. Each room with a theme is one table. "Seat everyone" asks the
service for a seating (one undo step; the seed makes it reproducible), "Clear
seating" removes it (groups rotate again). The panel shows, per round, each
table with its host and the people seated there, and how many repeat
encounters the seating has next to what random seating would give. The
seating is read on the worker thread whenever seats, people, rooms or rounds
change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe.people.countries import country_display
from cafe.storage.workshop_index import WorkshopIndex
from ui.common.plural import english
from ui.setup.group_assign import number
from ui.setup.texts import QT_TRANSLATE_NOOP
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

INTRO = QT_TRANSLATE_NOOP("SeatingPanel", "Classic World Café: instead of whole groups rotating, every participant changes tables each round "
         "so that they meet as many new people as possible; the hosts stay at their tables. Each room with a "
         "theme is one table. Route slips and door signs follow the seating when there is one.")


class SeatingPanel(QWidget):
    """See the module docstring. ``seating`` is the last :class:`cafe.people.seating.Seating` read."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self.seating: Any = None
        self._request = 0

        intro = QLabel(QCoreApplication.translate("SeatingPanel", INTRO))
        intro.setWordWrap(True)
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setValue(1)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(self.tr("The same seed always gives the same seating"))
        self.seat_button = QPushButton(self.tr("Seat everyone"))
        self.seat_button.setToolTip(self.tr("Seat every participant at a new table each round (one undo step)"))
        self.seat_button.clicked.connect(self.build)
        self.clear_button = QPushButton(self.tr("Clear seating"))
        self.clear_button.setToolTip(self.tr("Remove the seating: the groups rotate again"))
        self.clear_button.clicked.connect(self.clear)
        self.round_choice = QComboBox()
        self.round_choice.setAccessibleName(self.tr("Round shown"))
        self.round_choice.currentIndexChanged.connect(lambda _i: self._show_round())
        seed_label = QLabel(self.tr("S&eed:"))
        seed_label.setBuddy(self.seed)
        round_label = QLabel(self.tr("R&ound:"))
        round_label.setBuddy(self.round_choice)
        controls = QHBoxLayout()
        controls.addWidget(seed_label)
        controls.addWidget(self.seed)
        controls.addWidget(self.seat_button)
        controls.addWidget(self.clear_button)
        controls.addStretch(1)
        controls.addWidget(round_label)
        controls.addWidget(self.round_choice)
        self.summary = QLabel()
        self.summary.setObjectName("seating_summary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Seating summary"))
        self.tables = QTreeWidget()
        self.tables.setAccessibleName(self.tr("Tables in the round shown"))
        self.tables.setHeaderLabels([self.tr("Table"), self.tr("Country"), self.tr("Organisation")])
        self.tables.setColumnWidth(0, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.tables, 1)
        self._update_buttons()

    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        self.index = index
        labels = [(index.round_label(r), r.uuid) for r in index.snap.rounds]
        current = self.round_choice.currentData()
        if [(self.round_choice.itemText(i), self.round_choice.itemData(i))
                for i in range(self.round_choice.count())] != labels:
            self.round_choice.blockSignals(True)
            self.round_choice.clear()
            for text, uuid in labels:
                self.round_choice.addItem(text, uuid)
            found = self.round_choice.findData(current)
            self.round_choice.setCurrentIndex(found if found >= 0 else 0)
            self.round_choice.blockSignals(False)
        if self.seating is None or update.reopened or update.touches("seat", "participant", "room", "theme",
                                                                      "round", "agenda_item", "host"):
            self.refresh()
        else:
            self._show_round()

    def refresh(self) -> None:
        """Read the seating on the worker, then show it."""
        self._request += 1
        request = self._request

        def done(seating) -> None:
            if request == self._request:
                self.seating = seating
                self._show()

        self.controller.read(lambda service: service.seating(), done)

    def _show(self) -> None:
        seating, index = self.seating, self.index
        if seating is None or index is None:
            return
        if seating.is_empty:
            self.summary.setText(self.tr("No World Café seating: the groups rotate (see “Groups rotate”). Press "
                                         "“Seat everyone” to seat individuals instead."))
        else:
            seated = max(len(s) for s in seating.seats.values())
            rounds = sum(1 for s in seating.seats.values() if s)
            self.summary.setText(english(self.tr(
                "{0} people at {1} tables over %n round(s): {2} repeat encounters (two people at the same table "
                "again); random seating would give about {3}.", "", rounds), rounds).format(
                seated, len(seating.tables), number(seating.repeat_encounters), number(round(seating.random_repeats))))
        self._update_buttons()
        self._show_round()

    def _show_round(self) -> None:
        self.tables.clear()
        seating, index = self.seating, self.index
        round_uuid = self.round_choice.currentData()
        if seating is None or index is None or seating.is_empty or round_uuid is None:
            return
        people = {p.uuid: p for p in index.snap.participants}
        for table, seated in seating.at_tables(round_uuid).items():
            theme = index.theme_by_room.get(table)
            hosts = index.hosts_text(theme.uuid) if theme is not None else ""
            title = f"{index.room_name(table)} — {(theme.short_name or theme.title) if theme else ''}".rstrip(" —")
            text = english(self.tr("{0} · %n people", "", len(seated)), len(seated)).format(title)
            if hosts:
                text = self.tr("{0} · host: {1}").format(text, hosts)
            head = QTreeWidgetItem([text, "", ""])
            for uuid in sorted(seated, key=lambda u: people[u].name.casefold() if u in people else u):
                p = people.get(uuid)
                if p is not None:
                    head.addChild(QTreeWidgetItem([p.name, country_display(p.country), p.organisation]))
            self.tables.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            head.setExpanded(True)

    def _update_buttons(self) -> None:
        self.clear_button.setEnabled(self.seating is not None and not self.seating.is_empty)

    def table_texts(self) -> list[str]:
        """The table headings shown for the chosen round."""
        return [cast(QTreeWidgetItem, self.tables.topLevelItem(i)).text(0)
                for i in range(self.tables.topLevelItemCount())]

    # -- actions -------------------------------------------------------------------------------
    def build(self) -> None:
        seed = self.seed.value()
        self.controller.edit(self.tr("Seat everyone (World Café, seed {0})").format(seed),
                             call(S.build_world_cafe_seating, seed=seed),
                             on_refused=lambda message: self.summary.setText(self.tr("Not seated: {0}").format(message)))

    def clear(self) -> None:
        self.controller.edit(self.tr("Clear World Café seating"), call(S.clear_seating),
                             on_refused=lambda message: self.summary.setText(self.tr("Not cleared: {0}").format(message)))
