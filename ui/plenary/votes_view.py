"""Plenary › Dot votes: the moderator opens a vote, shows its QR code, watches the dots come in, closes it.

* *Open a vote on*: the cross-cutting lessons, or one theme's key points; *dots per phone* (3 by
  default). The options are frozen when the vote opens (:mod:`cafe.plenary.votes`).
* The list holds every vote (open or closed, how many phones voted); the one chosen shows its
  results, most dots first, updated with every snapshot (each phone's dots arrive like any other
  change), and, while the venue pages are shared (Round › Share on the venue network), the QR
  code and address of its page. *Close* / *Reopen*, *Renew link* (the old QR code stops working)
  and *Delete*.
* The presentation shows each vote's results on a page of its own after the lessons, live; the
  report prints them after the lessons (:mod:`cafe.report.data`).

Main thread; every change goes through the controller's worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.plural import english
from ui.common.venue_link import qr_pixmap, venue_link_for

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate, WorkshopIndex
    from ui.workshop.controller import WorkshopController

UUID_ROLE = Qt.ItemDataRole.UserRole
LESSONS = "lessons"


class VotesPanel(QWidget):
    """See the module docstring."""

    message = Signal(str)

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self.link = venue_link_for(controller)
        self.link.changed.connect(self._show_vote)

        self.subject = QComboBox()
        self.subject.setObjectName("vote_subject")
        self.subject.setAccessibleName(self.tr("What the vote is on"))
        # a theme's title can be long: the box does not widen the window for it (its list shows it whole)
        self.subject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject.setMinimumContentsLength(24)
        self.dots = QSpinBox()
        self.dots.setObjectName("vote_dots")
        self.dots.setRange(1, 10)
        self.dots.setValue(3)
        self.dots.setAccessibleName(self.tr("Dots per phone"))
        inner = self.dots.findChild(QLineEdit)
        if inner is not None:  # a screen reader names the field typed in, not only its box
            inner.setAccessibleName(self.tr("Dots per phone"))
        self.open_button = QPushButton(self.tr("Open the vote"))
        self.open_button.setObjectName("vote_open")
        self.open_button.setAccessibleName(self.tr("Open a dot vote"))
        self.open_button.clicked.connect(self.open_vote)
        subject_label, dots_label = QLabel(self.tr("Open a dot vote on:")), QLabel(self.tr("Dots per phone:"))
        subject_label.setBuddy(self.subject)
        dots_label.setBuddy(self.dots)
        top = QHBoxLayout()
        top.addWidget(subject_label)
        top.addWidget(self.subject, 1)
        top.addWidget(dots_label)
        top.addWidget(self.dots)
        top.addWidget(self.open_button)

        self.votes = QListWidget()
        self.votes.setObjectName("vote_list")
        self.votes.setAccessibleName(self.tr("Dot votes"))
        self.votes.setMaximumWidth(340)
        self.votes.setWordWrap(True)  # "… · open · 23 phones" whole, not behind a scroll bar
        self.votes.currentItemChanged.connect(lambda _cur, _prev: self._show_vote())
        self.results = QTableWidget(0, 2)
        self.results.setObjectName("vote_results")
        self.results.setAccessibleName(self.tr("Results of the chosen vote, most dots first"))
        self.results.setHorizontalHeaderLabels([self.tr("Dots"), self.tr("Choice")])
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(True)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.state = QLabel()
        self.state.setObjectName("vote_state")
        self.state.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setObjectName("vote_qr")
        self.qr.setAccessibleName(self.tr("QR code of the vote's page"))
        self.address = QLabel()
        self.address.setObjectName("vote_address")
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setAccessibleName(self.tr("Address of the vote's page"))
        self.toggle_button = QPushButton(self.tr("Close the vote"))
        self.toggle_button.setObjectName("vote_toggle")
        self.toggle_button.clicked.connect(self.toggle)
        self.renew_button = QPushButton(self.tr("Renew link"))
        self.renew_button.setObjectName("vote_renew")
        self.renew_button.setAccessibleName(self.tr("Renew the vote's link"))
        self.renew_button.setToolTip(self.tr("A new link and QR code; the old ones stop working"))
        self.renew_button.clicked.connect(self.renew)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("vote_delete")
        self.delete_button.setAccessibleName(self.tr("Delete the chosen vote and its dots"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.toggle_button, self.renew_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        side.addWidget(self.address)
        side.addStretch(1)
        detail = QVBoxLayout()
        detail.addWidget(self.state)
        body = QHBoxLayout()
        body.addWidget(self.results, 1)
        body.addLayout(side)
        detail.addLayout(body, 1)
        detail.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.votes)
        row.addLayout(detail, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        self._show_vote()

    # -- the snapshot ---------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        self.index = index
        snap = index.snap
        chosen = self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        self.subject.addItem(self.tr("The cross-cutting lessons"), LESSONS)
        for theme in snap.themes:
            self.subject.addItem(self.tr("Key points of {0}").format(theme.title), theme.uuid)
        found = self.subject.findData(chosen)
        self.subject.setCurrentIndex(max(found, 0))
        self.subject.view().setMinimumWidth(self.subject.view().sizeHintForColumn(0) + 24)  # whole titles
        self.subject.blockSignals(False)
        current = self._chosen()
        self.votes.blockSignals(True)
        self.votes.clear()
        for vote in reversed(snap.votes):  # the newest first
            item = QListWidgetItem(self._vote_line(vote))
            item.setData(UUID_ROLE, vote.uuid)
            self.votes.addItem(item)
        rows = [self.votes.item(i).data(UUID_ROLE) for i in range(self.votes.count())]
        if rows:
            self.votes.setCurrentRow(rows.index(current) if current in rows else 0)
        self.votes.blockSignals(False)
        self._show_vote()

    def _vote_line(self, vote: Any) -> str:
        phones = english(self.tr("%n phone(s)", "", vote.voters), vote.voters)
        state = self.tr("open") if vote.open else self.tr("closed")
        return f"{self._title(vote)} · {state} · {phones}"

    def _title(self, vote: Any) -> str:
        """The vote's title in the window's language."""
        if vote.title:
            return vote.title
        if vote.subject == LESSONS:
            return self.tr("Cross-cutting lessons")
        theme = self.index.themes.get(vote.subject) if self.index is not None else None
        return theme.title if theme is not None else self.tr("Dot vote")

    def _chosen(self) -> str | None:
        item = self.votes.currentItem()
        return item.data(UUID_ROLE) if item is not None else None

    def _vote(self) -> Any | None:
        uuid = self._chosen()
        if self.index is None or uuid is None:
            return None
        return next((v for v in self.index.snap.votes if v.uuid == uuid), None)

    def _show_vote(self) -> None:
        vote = self._vote()
        for button in (self.toggle_button, self.renew_button, self.delete_button):
            button.setEnabled(vote is not None)
        self.results.setRowCount(0)
        if vote is None:
            self.state.setText(self.tr("No vote yet. Write the cross-cutting lessons (or mark key points in a "
                                       "room), then open a vote and show its QR code."))
            self.qr.clear()
            self.address.clear()
            return
        ranked = vote.ranked()
        self.results.setRowCount(len(ranked))
        for row, (_uuid, text, dots) in enumerate(ranked):
            count = QTableWidgetItem(str(dots))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.results.setItem(row, 0, count)
            self.results.setItem(row, 1, QTableWidgetItem(text))
        phones = english(self.tr("%n phone(s) voted", "", vote.voters), vote.voters)
        given = sum(vote.totals.values())
        self.state.setText(self.tr("{0} — {1}, {2} dots given, {3} per phone.").format(
            self._title(vote), phones, given, vote.dots) + " " + (
            self.tr("Open: phones can give their dots.") if vote.open else self.tr("Closed.")))
        self.toggle_button.setText(self.tr("Close the vote") if vote.open else self.tr("Reopen"))
        self.toggle_button.setAccessibleName(self.tr("Close the chosen vote") if vote.open
                                             else self.tr("Reopen the chosen vote"))
        url, hub = self.link.url, self.link.hub
        token = hub.vote_token(vote.uuid, self.index.snap) if hub is not None and self.index is not None else None
        if url and token:
            address = f"{url}/vote/{vote.uuid}/{token}"
            if address != self.address.text():  # drawn again only for a new address, not for every dot
                self.qr.setPixmap(qr_pixmap(address, 180))
                self.qr.setAccessibleDescription(address)
                self.address.setText(address)
        else:
            self.qr.clear()
            self.address.setText(self.tr("Share the venue pages (Round › Share on the venue network) to show "
                                         "this vote's QR code."))

    # -- actions --------------------------------------------------------------------------------------
    def open_vote(self) -> None:
        subject = self.subject.currentData() or LESSONS
        dots = self.dots.value()
        self.controller.write(lambda service: service.open_vote(subject, dots=dots),
                              on_error=lambda problem: self.message.emit(str(problem)))

    def toggle(self) -> None:
        vote = self._vote()
        if vote is not None:
            wanted = not vote.open
            self.controller.write(lambda service: service.set_vote(vote.uuid, open=wanted),
                                  on_error=lambda problem: self.message.emit(str(problem)))

    def renew(self) -> None:
        vote = self._vote()
        if vote is not None:
            self.controller.write(lambda service: service.set_vote(vote.uuid, renew=True),
                                  on_error=lambda problem: self.message.emit(str(problem)))

    def delete(self) -> None:
        vote = self._vote()
        if vote is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the vote"),
            self.tr("Delete the vote “{0}” and the dots {1} gave? This cannot be undone.").format(
                self._title(vote), english(self.tr("%n phone(s)", "", vote.voters), vote.voters)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.write(lambda service: service.delete_vote(vote.uuid),
                                  on_error=lambda problem: self.message.emit(str(problem)))
