"""What the presenter shows of the selected theme: per column, a tick for each heading and item, drag to reorder.

The selection starts from the headings and the items marked as key points
(★) in the room (:func:`cafe.report.slides.starts_shown`); the presenter ticks
other items or unticks some. What is stored is only what differs from that
starting point (:class:`cafe.report.slides.Choice`), so a key point marked
later still appears. Every change is stored at once in the presenter's
choices (QSettings, :class:`ui.plenary.presentation.PresenterChoices`) and
announced with :attr:`ItemsChooser.changed`, so an open presentation follows.
Main thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: True when the entry is ticked unless the presenter chose otherwise (a heading or a key point)
DEFAULT_ROLE = Qt.ItemDataRole.UserRole + 1
_CATEGORIES = (("opportunity", "Opportunities"), ("challenge", "Challenges"), ("practice", "Practices"))


class ItemsChooser(QWidget):
    """Per column of the selected theme: tick what to present, drag to set the order."""

    #: the presenter's choices changed (stored already)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.choices_store: Any = None
        self.theme_uuid: str | None = None
        self.key_uuids: frozenset[str] = frozenset()
        self._section: Any = None
        self._filling = False
        self.lists: dict[str, QListWidget] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        titles = {"opportunity": self.tr("Opportunities"), "challenge": self.tr("Challenges"),
                  "practice": self.tr("Practices")}
        row = QHBoxLayout()
        for category, _english in _CATEGORIES:
            box = QVBoxLayout()
            title = QLabel(f"<b>{titles[category]}</b>")
            box.addWidget(title)
            lst = QListWidget()
            title.setBuddy(lst)
            lst.setObjectName(f"present_{category}")
            lst.setAccessibleName(self.tr("{0} to present").format(titles[category]))
            lst.setAccessibleDescription(self.tr("Ticked entries are on the slides, in this order; "
                                                 "Space ticks or unticks, drag to reorder."))
            lst.setWordWrap(True)
            lst.setAlternatingRowColors(True)
            lst.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            lst.itemChanged.connect(lambda _item, category=category: self._store(category))
            lst.model().rowsMoved.connect(lambda *_args, category=category: self._store(category))
            self.lists[category] = lst
            box.addWidget(lst, 1)
            row.addLayout(box, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Headings and key points"))
        self.start_button.setObjectName("present_key_points")
        self.start_button.setAccessibleName(self.tr("Start again from the headings and key points"))
        self.start_button.setToolTip(self.tr("Tick only the headings and the items marked ★ in the room "
                                             "(your own ticks and order for this theme are forgotten)"))
        self.start_button.clicked.connect(self.start_from_key_points)
        self.all_button = QPushButton(self.tr("Every item"))
        self.all_button.setObjectName("present_every_item")
        self.all_button.setAccessibleName(self.tr("Tick every item of this theme"))
        self.all_button.clicked.connect(self.tick_everything)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(row, 1)
        self._show_hint()

    # -- showing ------------------------------------------------------------------------------------
    def show_theme(self, theme_section: Any | None, store: Any, key_uuids: frozenset[str] | None = None) -> None:
        """Fill the lists with ``theme_section``'s entries (a :class:`cafe.report.data.ThemeSection`)."""
        from cafe.report.slides import arrange, column_items, starts_shown  # not before a workshop is open

        self.choices_store = store
        self.theme_uuid = theme_section.uuid if theme_section is not None else None
        self._section = theme_section
        if key_uuids is not None:
            self.key_uuids = key_uuids
        choices = store.load() if store is not None else None
        default = starts_shown(self.key_uuids)
        self._filling = True
        try:
            for category, lst in self.lists.items():
                lst.clear()
                if theme_section is None or choices is None:
                    continue
                column = next(c for c in theme_section.columns if c.category == category)
                choice = choices.get(theme_section.uuid, category)
                for it in arrange(column_items(column, self.key_uuids), choice, include_hidden=True):
                    lst.addItem(self._entry(it, choice.is_shown(it, default), bool(default and default(it))))
        finally:
            self._filling = False
        self._show_hint()

    def _entry(self, it: Any, shown: bool, by_default: bool) -> QListWidgetItem:
        if it.is_heading:
            item = QListWidgetItem(it.heading)
            item.setFont(self._bold)
            item.setToolTip(self.tr("A heading: on the slides while ticked, and always above a ticked item under it"))
        else:
            star = "★ " if it.key else ""
            item = QListWidgetItem(("\u2003" if it.heading else "") + star + it.text)
            if it.key:
                item.setToolTip(self.tr("A key point, marked in the room"))
        item.setData(Qt.ItemDataRole.UserRole, it.uuid)
        item.setData(DEFAULT_ROLE, by_default)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
        item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        return item

    def _show_hint(self) -> None:
        section = self._section
        marked = section is not None and any(
            item.uuid in self.key_uuids for column in section.columns for group in column.groups
            for item in group.items)
        if section is None or marked:
            self.hint.setText(self.tr("Ticked entries are on the slides, in this order (drag to reorder). "
                                      "The selection starts from the headings and the key points (★)."))
        else:
            self.hint.setText(self.tr("No item of this theme is marked as a key point yet: tick the items to "
                                      "present, or mark key points in the room (Ctrl+K)."))

    # -- storing --------------------------------------------------------------------------------------
    def _store(self, category: str) -> None:
        if self._filling or self.choices_store is None or self.theme_uuid is None:
            return
        from cafe.report.slides import Choice

        lst = self.lists[category]
        items = [lst.item(i) for i in range(lst.count())]
        order = tuple(i.data(Qt.ItemDataRole.UserRole) for i in items)
        ticked = {i.data(Qt.ItemDataRole.UserRole): i.checkState() == Qt.CheckState.Checked for i in items}
        by_default = {i.data(Qt.ItemDataRole.UserRole): bool(i.data(DEFAULT_ROLE)) for i in items}
        hidden = frozenset(u for u, on in ticked.items() if not on and by_default[u])
        shown = frozenset(u for u, on in ticked.items() if on and not by_default[u])
        choices = self.choices_store.load().with_choice(self.theme_uuid, category, Choice(order, hidden, shown))
        self.choices_store.save(choices)
        self.changed.emit()

    def start_from_key_points(self) -> None:
        """Forget this theme's ticks and order: the headings and key points again."""
        if self.choices_store is None or self.theme_uuid is None:
            return
        self.choices_store.save(self.choices_store.load().without_theme(self.theme_uuid))
        self.show_theme(self._section, self.choices_store)
        self.changed.emit()

    def tick_everything(self) -> None:
        """Tick every heading and item of this theme (the order stays)."""
        self._filling = True
        try:
            for lst in self.lists.values():
                for i in range(lst.count()):
                    lst.item(i).setCheckState(Qt.CheckState.Checked)
        finally:
            self._filling = False
        for category in self.lists:
            self._store(category)
