"""Contributions from phones, waiting for the room's note-taker: accept into the notes, or dismiss.

Shown above the note columns while the room shown has contributions waiting (posted from the
venue pages, see :mod:`cafe.venue.ops`), hidden otherwise. The list shows each one (its kind,
text, the countries it names, who sent it, when); the one chosen can be edited before it is
accepted: its column, the heading it goes under (one of that column's headings, or a new one)
and its text. *Accept* (Enter in the list) makes it an item of the round shown, like one typed;
*Dismiss* (Delete in the list) takes it out of the queue. Each is one undo step (Ctrl+Z puts
it back in the queue). A contribution another laptop decided on meanwhile is refused with a
sentence and leaves the queue with the next refresh.

Main thread. Reads the queue from the snapshot (no query of its own).
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe.storage.workshop_index import NOTE_CATEGORIES
from ui.common.plural import english
from ui.room.room_texts import category_title
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController

UUID_ROLE = Qt.ItemDataRole.UserRole
#: the kind of one contribution (the columns' titles are plural)
KIND_WORDS = {
    "opportunity": QT_TRANSLATE_NOOP("ContributionQueue", "Opportunity"),
    "challenge": QT_TRANSLATE_NOOP("ContributionQueue", "Challenge"),
    "practice": QT_TRANSLATE_NOOP("ContributionQueue", "Practice"),
    "other": QT_TRANSLATE_NOOP("ContributionQueue", "Other"),
}


class _QueueList(QListWidget):
    """The list: Enter accepts the chosen contribution, Delete dismisses it."""

    accept_wanted = Signal()
    dismiss_wanted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.accept_wanted.emit()
            return
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.dismiss_wanted.emit()
            return
        super().keyPressEvent(event)


class ContributionQueue(QWidget):
    """See the module docstring."""

    message = Signal(str)  # a sentence for the status bar

    def __init__(self, controller: WorkshopController, headings_of: Callable[[str], list[str]],
                 before_accept: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contribution_queue")
        self.controller = controller
        self._headings_of = headings_of
        self._before_accept = before_accept
        self.room_uuid: str | None = None
        self.round_uuid: str | None = None
        self._items: dict[str, Any] = {}
        self._edited: dict[str, str] = {}
        self.setStyleSheet("#contribution_queue { background: #eef5fc; border: 1px solid #9cc3e6; }")
        self.title = QLabel()
        self.title.setObjectName("contribution_queue_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.list = _QueueList()
        self.list.setObjectName("contribution_list")
        self.list.setAccessibleName(self.tr("Contributions from phones"))
        self.list.setAccessibleDescription(self.tr("Enter accepts the chosen contribution into the notes, "
                                                   "Delete dismisses it"))
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(118)
        self.list.currentItemChanged.connect(lambda _cur, _prev: self._show_chosen())
        self.list.accept_wanted.connect(self.accept)
        self.list.dismiss_wanted.connect(self.dismiss)
        self.column = QComboBox()
        self.column.setObjectName("contribution_column")
        self.column.setAccessibleName(self.tr("Column the contribution goes to"))
        for category, title in NOTE_CATEGORIES:
            self.column.addItem(category_title(category, title), category)
        self.column.currentIndexChanged.connect(lambda _i: self._fill_headings())
        self.heading = QComboBox()
        self.heading.setObjectName("contribution_heading")
        self.heading.setEditable(True)
        self.heading.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.heading.setAccessibleName(self.tr("Heading the contribution goes under (empty: none)"))
        self.heading.setMinimumContentsLength(16)
        self.text = QLineEdit()
        self.text.setObjectName("contribution_text")
        self.text.setAccessibleName(self.tr("Text of the contribution, as it will be in the notes"))
        self.text.setMaxLength(1000)
        self.text.textEdited.connect(self._remember_text)
        self.text.returnPressed.connect(self.accept)
        self.accept_button = QPushButton(self.tr("Accept into the notes"))
        self.accept_button.setObjectName("contribution_accept")
        self.accept_button.setAccessibleName(self.tr("Accept the chosen contribution into the notes"))
        self.accept_button.setToolTip(self.tr("It becomes an item of this round, under the heading chosen (Enter)"))
        self.accept_button.clicked.connect(self.accept)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("contribution_dismiss")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the chosen contribution"))
        self.dismiss_button.setToolTip(self.tr("It leaves the queue and goes nowhere (Delete in the list; "
                                               "Ctrl+Z brings it back)"))
        self.dismiss_button.clicked.connect(self.dismiss)
        column_label, heading_label, text_label = (QLabel(self.tr("Column:")), QLabel(self.tr("Under heading:")),
                                                   QLabel(self.tr("Text:")))
        column_label.setBuddy(self.column)
        heading_label.setBuddy(self.heading)
        text_label.setBuddy(self.text)
        where = QHBoxLayout()
        where.addWidget(column_label)
        where.addWidget(self.column)
        where.addSpacing(8)
        where.addWidget(heading_label)
        where.addWidget(self.heading, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(where)
        form.addRow(text_label, self.text)
        form.addRow(buttons)
        side = QWidget()
        side.setLayout(form)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 3)
        row.addWidget(side, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self.hide()

    def tab_order(self) -> list[QWidget]:
        return [self.list, self.column, self.heading, self.text, self.accept_button, self.dismiss_button]

    # -- what is shown ------------------------------------------------------------------------------
    def show_queue(self, snap: Any, room_uuid: str | None, round_uuid: str | None) -> None:
        """The queue of ``room_uuid``; accepted contributions go to ``round_uuid`` (None: read only)."""
        from cafe.venue.ops import waiting_in

        self.room_uuid, self.round_uuid = room_uuid, round_uuid
        waiting = waiting_in(snap, room_uuid) if room_uuid is not None else []
        chosen = self._chosen_uuid()
        self._items = {c.uuid: c for c in waiting}
        self._edited = {k: v for k, v in self._edited.items() if k in self._items}
        self.list.blockSignals(True)
        self.list.clear()
        for c in waiting:
            item = QListWidgetItem(self._line(c))
            item.setData(UUID_ROLE, c.uuid)
            item.setToolTip(c.text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [self.list.item(i).data(UUID_ROLE) for i in range(self.list.count())]
        if rows:
            self.list.setCurrentRow(rows.index(chosen) if chosen in rows else 0)
        self.title.setText(english(self.tr("From phones: %n contribution(s) waiting", "", len(waiting)),
                                   len(waiting)))
        editable = round_uuid is not None
        for widget in (self.accept_button, self.column, self.heading, self.text):
            widget.setEnabled(editable and bool(waiting))
        self.dismiss_button.setEnabled(bool(waiting))
        self.accept_button.setToolTip(
            self.tr("It becomes an item of this round, under the heading chosen (Enter)") if editable
            else self.tr("Choose a round to accept into (all rounds are read only)"))
        self._show_chosen()
        self.setVisible(bool(waiting))

    def _line(self, c: Any) -> str:
        kind = QCoreApplication.translate("ContributionQueue", str(KIND_WORDS.get(c.category, c.category)))
        parts = [f"{kind} · {c.text}"]
        who = ", ".join(c.countries)
        if c.name:
            who = f"{who} · {c.name}" if who else c.name
        when = ""
        if isinstance(c.posted_at, dt.datetime):
            local = c.posted_at.astimezone()
            when = f"{local.hour:02d}:{local.minute:02d}"  # 24-hour, as every clock of the app
        tail = " · ".join(x for x in (who, when) if x)
        return f"{parts[0]}  ({tail})" if tail else parts[0]

    def _chosen_uuid(self) -> str | None:
        item = self.list.currentItem()
        return item.data(UUID_ROLE) if item is not None else None

    def _show_chosen(self) -> None:
        uuid = self._chosen_uuid()
        c = self._items.get(uuid) if uuid else None
        if c is None:
            self.text.clear()
            return
        i = self.column.findData(c.category)
        self.column.blockSignals(True)
        self.column.setCurrentIndex(max(i, 0))
        self.column.blockSignals(False)
        self._fill_headings()
        self.text.setText(self._edited.get(c.uuid, c.text))
        self.text.setCursorPosition(0)

    def _fill_headings(self) -> None:
        category = self.column.currentData() or "practice"
        typed = self.heading.currentText()
        self.heading.blockSignals(True)
        self.heading.clear()
        self.heading.addItem("")
        for name in self._headings_of(category):
            self.heading.addItem(name)
        self.heading.setEditText(typed if typed and self.heading.findText(typed) >= 0 else "")
        self.heading.blockSignals(False)

    def _remember_text(self, text: str) -> None:
        uuid = self._chosen_uuid()
        if uuid:
            self._edited[uuid] = text

    # -- decisions -----------------------------------------------------------------------------------
    def accept(self) -> None:
        uuid = self._chosen_uuid()
        if uuid is None or uuid not in self._items:
            return
        if self.round_uuid is None:
            self.message.emit(self.tr("Choose a round first: all rounds are read only."))
            return
        text = self.text.text().strip()
        if not text:
            self.message.emit(self.tr("The text is empty: type it, or dismiss the contribution."))
            self.text.setFocus()
            return
        self._before_accept()
        self.controller.edit(
            self.tr("Accept a contribution"),
            call(S.accept_contribution, uuid=uuid, round_uuid=self.round_uuid, category=self.column.currentData(),
                 heading=self.heading.currentText().strip(), text=text, note_uuid=str(uuid_mod.uuid4())),
            on_refused=self.message.emit, on_conflict=lambda message, _current: self.message.emit(message))
        self._forget(uuid)

    def dismiss(self) -> None:
        uuid = self._chosen_uuid()
        if uuid is None or uuid not in self._items:
            return
        self.controller.edit(self.tr("Dismiss a contribution"), call(S.dismiss_contribution, uuid=uuid),
                             on_refused=self.message.emit,
                             on_conflict=lambda message, _current: self.message.emit(message))
        self._forget(uuid)

    def _forget(self, uuid: str) -> None:
        """Take a decided contribution off the list at once (the snapshot confirms it)."""
        self._items.pop(uuid, None)
        self._edited.pop(uuid, None)
        for i in range(self.list.count()):
            if self.list.item(i).data(UUID_ROLE) == uuid:
                self.list.takeItem(i)
                break
        count = self.list.count()
        self.title.setText(english(self.tr("From phones: %n contribution(s) waiting", "", count), count))
        if count:
            self.list.setCurrentRow(min(self.list.currentRow(), count - 1) if self.list.currentRow() >= 0 else 0)
            self.list.setFocus()
        else:
            self.hide()
