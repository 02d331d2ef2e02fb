"""One column of the note-taker's view (title, list, entry line) and its keyboard.

Keys (listed under the columns by :func:`key_help`, all of them in :func:`keys_tooltip`)
----------------------------------------------------------------------------------
* In an entry: type, Enter adds the item; Ctrl+H starts a heading (Enter adds
  it; items typed next go under it); Up/Down choose the row in the list
  (new items go under the chosen row's heading); Escape leaves heading mode,
  then clears the choice (items then go under no heading).
* Every item action works from the entry too, on the chosen row (the item
  just added stays chosen, so "oops, fix that" is one key away):
  F2 edits the chosen row in place (with none chosen, the last row), and the
  focus comes back to the entry when the edit ends; what is typed in the
  entry stays there. Delete on an *empty* entry deletes the chosen row
  (Ctrl+Z brings it back); with none chosen, the first Delete only chooses
  the last row and says so, the second deletes it. In an entry holding text,
  Delete deletes the character after the cursor, as everywhere: typed text
  is never taken for a command.
* Anywhere in the notes: Ctrl+1…4 go to the entry of Opportunities,
  Challenges, Practices, Other; Alt+Up/Down move the selected item (or
  heading, with its items); Alt+Left/Right or Ctrl+Shift+1…4 move the selected
  item to another column.
* In a list: F2 or a double click edits in place; Delete deletes (Ctrl+Z
  brings it back).
* Ctrl+K marks the chosen item as a key point, from the list or the entry
  (:mod:`ui.room.notes_menu`, which also gives each list its item menu).
* The room view adds Ctrl+R (go to the round running in this room); the
  window adds Alt+1…5 (the places) and Ctrl+Z / Ctrl+Shift+Z (Undo, Redo).

Ctrl+1…4 mean a column and nothing else: the main window picks a place with
Alt+1…5. :class:`NotesKeys` handles them while the focus is in the notes.
Ctrl+Z in an entry undoes typing there while it can, and otherwise reaches
the window's Undo.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.room.notes_delegate import NoteDelegate
from ui.room.notes_model import NoteColumnModel, Row


def key_help() -> str:
    """The one line of keys under the note columns."""
    return QCoreApplication.translate(
        "NotesColumn", "Enter adds · ↑↓ choose · F2 edits · Delete on an empty line deletes · Ctrl+K key point · "
        "Ctrl+H heading · Alt+↑↓ move · Alt+←→ other column · Ctrl+1–4 column · Ctrl+Z undo · F1 all keys")


def key_sections() -> list[tuple[str, list[str]]]:
    """Every key of the room view: (where, ["key — what it does", …]) in the window's language."""
    return KeyTexts().sections()


class KeyTexts(QObject):
    """The texts of :func:`key_sections` (a QObject, so that they carry its translation context)."""

    def sections(self) -> list[tuple[str, list[str]]]:
        return [
            (self.tr("In an entry line"), [
                self.tr("Enter — add the item (or the heading)"),
                self.tr("Ctrl+H — type a heading; the items typed next go under it"),
                self.tr("↑ / ↓ — choose a row of the list (new items go under its heading)"),
                self.tr("Escape — leave heading mode, then clear the choice"),
                self.tr("F2 — edit the chosen row in place (none chosen: the last row)"),
                self.tr("Delete, on an empty line — delete the chosen row (none chosen: choose the last row first)"),
            ]),
            (self.tr("In a list"), [
                self.tr("F2 or a double click — edit in place (Enter or Escape ends, keeping the text)"),
                self.tr("Delete — delete the chosen row"),
                self.tr("Right click or the Menu key — the chosen item's actions, each with its key"),
            ]),
            (self.tr("Anywhere in the notes"), [
                self.tr("Ctrl+1 … Ctrl+4 — the entry of Opportunities, Challenges, Practices, Other"),
                self.tr("Ctrl+K — mark the chosen item as a key point ★ (again: unmark it)"),
                self.tr("Alt+↑ / Alt+↓ — move the chosen item (a heading moves with its items)"),
                self.tr("Alt+← / Alt+→, Ctrl+Shift+1 … 4 — move the chosen item to another column"),
                self.tr("Ctrl+Z / Ctrl+Shift+Z — undo, redo (in an entry, its typing first)"),
            ]),
            (self.tr("In the room view"), [
                self.tr("Ctrl+R — go to the round running in this room"),
                self.tr("Alt+W — the Who field of the chosen item"),
                self.tr("In the round summary and synthesis: Ctrl+B bold, Ctrl+I italics, Ctrl+Shift+P preview"),
                self.tr("Alt+1 … Alt+5 — the places of the window"),
                self.tr("F1 — show or hide every key"),
            ]),
        ]


def keys_tooltip() -> str:
    """Every key of the room view as plain text, a paragraph per place (the tooltip of :func:`key_help`'s line)."""
    return "\n\n".join(f"{where}:\n" + "\n".join(keys) for where, keys in key_sections())


_DIGITS: dict[int, int] = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}
# Shift+digit arrives as the shifted symbol on most layouts (US: ! @ # $)
_SHIFTED_DIGITS: dict[int, int] = {Qt.Key.Key_Exclam: 0, Qt.Key.Key_At: 1, Qt.Key.Key_NumberSign: 2,
                                   Qt.Key.Key_Dollar: 3}
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_ALT = Qt.KeyboardModifier.AltModifier
_MODS = _CTRL | _SHIFT | _ALT | Qt.KeyboardModifier.MetaModifier
#: rows a column lays out between two events
LAYOUT_BATCH = 50


class NotesActions(Protocol):
    """What the keys do; implemented by the notes editor."""

    def focus_entry(self, column: int) -> None: ...
    def move_step(self, column: NotesColumn, step: int) -> None: ...
    def move_to_column(self, column: NotesColumn, target: int) -> None: ...
    def move_across(self, column: NotesColumn, delta: int) -> None: ...
    def start_heading(self, column: NotesColumn) -> None: ...
    def delete_selected(self, column: NotesColumn) -> None: ...
    def edit_from_entry(self, column: NotesColumn) -> None: ...
    def delete_from_entry(self, column: NotesColumn) -> None: ...
    def column_focused(self, column: NotesColumn) -> None: ...


def _action(event: QKeyEvent) -> tuple[str, int] | None:
    key, mods = event.key(), event.modifiers() & _MODS
    if mods == _CTRL and key in _DIGITS:
        return "focus", _DIGITS[key]
    if mods == _CTRL | _SHIFT and (key in _DIGITS or key in _SHIFTED_DIGITS):
        return "to_column", _DIGITS.get(key, _SHIFTED_DIGITS.get(key, 0))
    if mods == _ALT and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        return "step", -1 if key == Qt.Key.Key_Up else 1
    if mods == _ALT and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        return "across", -1 if key == Qt.Key.Key_Left else 1
    if mods == _CTRL and key == Qt.Key.Key_H:
        return "heading", 0
    return None


class NotesKeys(QObject):
    """The notes' keyboard for the widgets of one column (see the module docstring)."""

    def __init__(self, column: NotesColumn, actions: NotesActions):
        super().__init__(column)
        self.column = column
        self.actions = actions

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.actions.column_focused(self.column)
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            if obj is self.column.entry and (event.matches(QKeySequence.StandardKey.Undo)
                                             or event.matches(QKeySequence.StandardKey.Redo)):
                can = obj.isUndoAvailable() if event.matches(QKeySequence.StandardKey.Undo) \
                    else obj.isRedoAvailable()
                return not can  # consumed unaccepted: the window's Undo/Redo takes the key
            if _action(event) is not None:
                event.accept()
                return True
            return False
        action = _action(event)
        if action is None:
            plain = not event.modifiers() & _MODS
            if obj is self.column.list and event.key() == Qt.Key.Key_Delete and plain:
                self.actions.delete_selected(self.column)
                return True
            if obj is self.column.entry and plain and event.key() == Qt.Key.Key_F2:
                self.actions.edit_from_entry(self.column)
                return True
            # only on an empty line: with text, Delete deletes the character after the cursor
            if obj is self.column.entry and plain and event.key() == Qt.Key.Key_Delete \
                    and not self.column.entry.text():
                self.actions.delete_from_entry(self.column)
                return True
            return False
        name, arg = action
        if name == "focus":
            self.actions.focus_entry(arg)
        elif name == "to_column":
            self.actions.move_to_column(self.column, arg)
        elif name == "step":
            self.actions.move_step(self.column, arg)
        elif name == "across":
            self.actions.move_across(self.column, arg)
        elif name == "heading":
            self.actions.start_heading(self.column)
        return True


class NoteEntry(QLineEdit):
    """The line where new items are typed; Escape and Up/Down are passed to the column."""

    escape_pressed = Signal()
    arrow_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading_mode = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() & _MODS:
            if event.key() == Qt.Key.Key_Escape:
                self.escape_pressed.emit()
                return
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.arrow_pressed.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)


class NotesColumn(QWidget):
    """Title with the item count, the list of rows, the entry line and a hint under it."""

    def __init__(self, category: str, title: str, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.category = category
        self.title = title
        self.number = number
        self.heading = QLabel(title)  # the column's title (kept under this name for older callers)
        self.heading.setObjectName(f"title_{category}")
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.model = NoteColumnModel(self)
        self.list = QListView()
        self.list.setObjectName(f"list_{category}")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(1)
        self.list.setUniformItemSizes(False)
        # a long column is laid out a batch at a time between events, so a change never
        # stalls typing; select_key follows the row until its batch is placed. A batch about
        # two screens long: a room switch paints the first rows of 2,500 at once
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LAYOUT_BATCH)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = NoteDelegate(self.list, self.model.row_at)
        self.list.setItemDelegate(self.delegate)
        self.list.setAccessibleName(self.tr("{0}: items").format(title))
        self.list.setAccessibleDescription(self.tr("F2 edits the chosen item, Delete deletes it, Ctrl+K marks it "
                                                   "as a key point; the Menu key lists every action"))
        self.entry = NoteEntry()
        self.entry.setObjectName(f"entry_{category}")
        self.entry.setAccessibleName(self.tr("New item in {0}").format(title))
        self.hint = QLabel()
        self.hint.setObjectName(f"hint_{category}")
        self.hint.setStyleSheet("color: #555; font-size: 8.5pt;")
        # one line, always there: the four entries stay level whatever the hints say
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.entry)
        layout.addWidget(self.hint)
        self._follow: str | None = None
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(1500)
        self._follow_timer.timeout.connect(self._stop_following)
        self.list.verticalScrollBar().rangeChanged.connect(lambda *_: self._follow_scroll())
        self.entry.arrow_pressed.connect(self.step_selection)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.show_hint())
        self.set_editable(True)

    def install_keys(self, actions: NotesActions) -> NotesKeys:
        keys = NotesKeys(self, actions)
        for widget in (self.entry, self.list):
            widget.installEventFilter(keys)
        self.delegate.key_filter = keys
        return keys

    def set_editable(self, editable: bool) -> None:
        """All rounds at once are shown read-only: new items belong to one round."""
        self.model.editable = editable
        self.entry.setEnabled(editable)
        self.show_hint()

    # -- the selection and the heading new items go under ---------------------------------------
    def selected_row(self) -> Row | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return self.model.row_at(index.row())

    def target_heading(self) -> str:
        """The heading new items go under: the selected row's."""
        row = self.selected_row()
        return row.heading if row is not None else ""

    def select_key(self, key: str | None, *, scroll: bool = True) -> None:
        row = self.model.row_of(key) if key is not None else -1
        selection = self.list.selectionModel()
        if row < 0:
            selection.clearSelection()
            self.list.setCurrentIndex(self.model.index(-1))
        else:
            index = self.model.index(row)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if scroll:
                self.list.scrollTo(index)
                self._follow = key
                self._follow_timer.start()
        self.show_hint()

    def _follow_scroll(self) -> None:
        """Keep the row just chosen in view while later layout batches move it."""
        if self._follow is not None:
            row = self.model.row_of(self._follow)
            if row >= 0:
                self.list.scrollTo(self.model.index(row))

    def _stop_following(self) -> None:
        self._follow = None

    def step_selection(self, delta: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.selected_row()
        row = count - 1 if current is None and delta < 0 else 0 if current is None else \
            max(0, min(count - 1, self.model.row_of(current.key) + delta))
        target = self.model.row_at(row)
        assert target is not None  # 0 <= row < count
        self.select_key(target.key)

    def show_hint(self) -> None:
        if not self.model.editable:
            self.entry.setPlaceholderText(self.tr("Choose a round to add items"))
            self.entry.setAccessibleDescription(self.tr("Choose a round to add items"))
            self._hint(" ")
            return
        if self.entry.heading_mode:
            self.entry.setPlaceholderText(self.tr("New heading, e.g. Access to justice:"))
            self._hint(self.tr("Enter adds the heading · Esc: items"))
        else:
            heading = self.target_heading()
            self.entry.setPlaceholderText(self.tr("Add to {0} (Ctrl+{1})").format(self.title, self.number))
            self._hint(self.tr("Under “{0}” · Esc: none").format(heading) if heading
                       else self.tr("No heading · Ctrl+H adds one"))
        # the hint under the line is what a screen reader says about it
        self.entry.setAccessibleDescription(self.hint.text())

    def _hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setToolTip(text.strip())

    def set_count_title(self) -> None:
        self.heading.setText(f"{self.title} ({self.model.note_total})")
        self.heading.setAccessibleName(self.tr("%n items in {0}", "", self.model.note_total).format(self.title))
