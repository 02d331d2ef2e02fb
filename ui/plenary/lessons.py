"""The moderator's cross-cutting lessons: a list editor, and suggestions of what came up in several rooms.

Contract
--------
* :class:`LessonsPanel` is a main-thread widget. Every change is one undo step
  through ``controller.edit`` (``add_lesson``, ``update_lesson``,
  ``delete_lesson``, ``move_lesson``); the lesson's text is saved while typed
  and merges into one undo step per burst (``controller.typing_edit``).
* It shows ``controller.index``'s lessons (:meth:`LessonsPanel.set_snapshot`)
  and, when given by the plenary view, the notes' texts and the
  :class:`cafe.plenary.harvest.Suggestion` s computed on the worker
  (:meth:`LessonsPanel.set_notes`).
* :class:`AutosaveText` is the text editor the plenary uses for text saved as
  it is typed (a theme's summary, the report's introduction, a lesson). It
  holds light formatting (:mod:`cafe.report.markup`): Ctrl+B and Ctrl+I work
  in every one; the lesson's text also has the B and I buttons and the
  formatted preview (:func:`ui.common.markup_editing.attach_markup_bar`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.common.markup_editing import attach_markup_bar, install_markup_keys
from ui.common.merge_dialog import MergeDialog
from ui.workshop.ops import S, call, call_named

if TYPE_CHECKING:
    from cafe.service_base import Changes
    from cafe.storage.workshop_index import SnapshotUpdate, WorkshopIndex
    from ui.workshop.controller import WorkshopController

#: how long typing pauses before the text is saved (the flush on close saves the rest)
AUTOSAVE_MS = 700


class AutosaveText(QPlainTextEdit):
    """A text saved while it is typed, as one merged undo step per row.

    :meth:`bind` says which row it edits and how to save it; the text is saved
    :data:`AUTOSAVE_MS` after the last keystroke, when focus leaves, and on
    :meth:`flush`. While the user's text is unsaved (``dirty``), reloads do
    not overwrite it.

    Every save is made against the version of the text the user started from
    (:attr:`base`), not against a version a reload brought in meanwhile: when
    another laptop changed the text first, the save is refused and a merge
    window shows both texts (:class:`ui.common.merge_dialog.MergeDialog`);
    autosaving waits until the user chooses. Closed undecided, both texts are
    saved, theirs first.
    """

    saved = Signal()

    def __init__(self, controller: WorkshopController, name: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName(name)
        self.setPlaceholderText(placeholder)
        self.dirty = False
        self._key: Any = None
        self._save: Callable[[str], tuple[str, str, dict]] | None = None
        self._showing = False
        #: the version of the stored text the user's edit started from (None: not known)
        self.base: int | None = None
        #: the snapshot field holding the text (to show theirs in a conflict)
        self._field = "text"
        self.merge_dialog: MergeDialog | None = None
        self._current: Any = None  # the row as another laptop left it, while a merge waits
        #: saves sent and not answered yet: until they are, a reload changes neither text nor base
        self._in_flight = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._edited)
        controller.flush_requested.connect(self.flush)
        # light formatting (cafe.report.markup): Ctrl+B, Ctrl+I; a caller adds the bar and preview
        # with ui.common.markup_editing.attach_markup_bar
        install_markup_keys(self)

    def bind(self, key: Any, text: str, save: Callable[[str], tuple[str, str, dict]] | None, *,
             version: int | None = None, field: str = "text") -> None:
        """Edit the row ``key`` showing ``text`` (stored at ``version``); ``save(text)`` gives
        (undo text, op, kwargs), whose ``expected_version`` is replaced by :attr:`base`.

        A pending edit of the previous row is saved first. ``save=None`` makes
        the editor read-only (nothing to edit). ``field`` names the text in the row's snapshot.
        """
        if key != self._key:
            if self.merge_dialog is not None:  # leaving a text whose merge waits: keep both texts
                self._keep_both()
            self.flush()
            self._key, self._save = key, save
            self.dirty = False
        else:
            self._save = save
        self._field = field
        self.setReadOnly(save is None)
        self.show_text(text, version)

    def show_text(self, text: str, version: int | None = None) -> None:
        """Show the row's stored text unless the user's own is still unsaved (or waits for a merge)."""
        if self.dirty or self.merge_dialog is not None or self._in_flight:
            return
        self.base = version
        if text == self.toPlainText():
            return
        self._showing = True
        try:
            self.setPlainText(text)
        finally:
            self._showing = False

    def _edited(self) -> None:
        if self._showing or self._save is None:
            return
        self.dirty = True
        if self.merge_dialog is None:  # while a merge waits for a choice, typing on saves nothing
            self._timer.start()

    def flush(self) -> None:
        """Save now if the text has unsaved changes (main thread; queues the save)."""
        self._timer.stop()
        if not self.dirty or self._save is None or self.merge_dialog is not None:
            return
        self.dirty = False
        self._send(self.toPlainText(), self.base)

    def _send(self, text: str, base: int | None) -> None:
        assert self._save is not None  # the callers checked
        undo_text, op, kwargs = self._save(text)
        if base is not None:
            kwargs = {**kwargs, "expected_version": base}
        key = self._key
        self._in_flight += 1

        def answered(*_args: Any) -> None:
            self._in_flight -= 1

        def conflicted(message: str, current: Any) -> None:
            answered()
            self._conflict(key, text, message, current)

        if not self.controller.typing_edit(undo_text, call_named(op, kwargs), merge_key=(op, key),
                                           on_saved=answered, on_refused=answered, on_conflict=conflicted):
            self._in_flight -= 1
        self.saved.emit()

    # -- another laptop changed the text first ---------------------------------------------------------
    def _conflict(self, key: Any, sent: str, message: str, current: Any) -> None:
        if key != self._key:  # the row is no longer shown: save both texts, nothing lost
            self._save_both_elsewhere(sent, current)
            return
        theirs = str(getattr(current, self._field, "") or "")
        if self.merge_dialog is not None:  # refused again: show their newer text
            self._current = current
            self.merge_dialog.set_texts(theirs=theirs, message=message)
            return
        self.dirty = True
        self._timer.stop()
        self._current = current
        mine = self.toPlainText() if self.toPlainText().strip() else sent
        dialog = MergeDialog(self, what=self.placeholderText() or self.objectName(), message=message,
                             theirs=theirs, mine=mine,
                             later_hint=self.tr("Both texts are kept: theirs, then yours below a line."))
        dialog.save_chosen.connect(self._merged)
        dialog.theirs_chosen.connect(self._keep_theirs)
        dialog.deferred.connect(self._keep_both)
        self.merge_dialog = dialog
        dialog.show()

    def _merged(self, text: str) -> None:
        current = self._current
        self._end_conflict()
        self._showing = True
        try:
            self.setPlainText(text)
        finally:
            self._showing = False
        self.dirty = False
        self._send(text, current.version)

    def _keep_theirs(self) -> None:
        current = self._current
        self._end_conflict()
        self.dirty = False
        self.show_text(str(getattr(current, self._field, "") or ""), current.version)

    def _keep_both(self) -> None:
        from ui.common.merge_dialog import both_texts

        current = self._current
        text = both_texts(str(getattr(current, self._field, "") or ""), self.toPlainText())
        self._merged(text)

    def _save_both_elsewhere(self, sent: str, current: Any) -> None:
        """A save of a row no longer shown was refused: theirs, then ours below the line, over theirs."""
        from ui.common.merge_dialog import both_texts

        if self._save is None or not sent.strip():
            return
        save, self._save = self._save, None
        try:
            undo_text, op, kwargs = save(both_texts(str(getattr(current, self._field, "") or ""), sent))
        finally:
            self._save = save
        kwargs = {**kwargs, "uuid": current.uuid, "expected_version": current.version}
        self.controller.typing_edit(undo_text, call_named(op, kwargs), merge_key=(op, current.uuid))

    def _end_conflict(self) -> None:
        dialog, self.merge_dialog = self.merge_dialog, None
        if dialog is not None:
            dialog.dismiss()

    def focusOutEvent(self, event) -> None:
        self.flush()
        super().focusOutEvent(event)


class LessonsPanel(QWidget):
    """Lessons on the left, the selected lesson's editor in the middle, suggestions on the right."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.lessons: list[Any] = []
        self.notes: dict[str, tuple[str, str]] = {}  # uuid -> (where, text)
        self.suggestions: list[Any] = []
        self._filling = False
        self._select_uuid: str | None = None

        self.list = QListWidget()
        self.list.setObjectName("lessons")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setWordWrap(True)
        # refilling the list (set_snapshot) moves the current row through "none": not a choice of the user's
        self.list.currentRowChanged.connect(lambda _row: None if self._filling else self._show_lesson())
        self.list.model().rowsMoved.connect(self._dragged)
        self.list.setAccessibleName(self.tr("Cross-cutting lessons"))
        self.list.setAccessibleDescription(self.tr("In the order they are presented; drag to reorder"))
        add = QPushButton(self.tr("Add lesson"))
        add.setObjectName("add_lesson")
        add.clicked.connect(lambda: self.add_lesson(self.tr("New lesson")))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_lesson")
        self.delete_button.setAccessibleName(self.tr("Delete the selected lesson"))
        self.delete_button.clicked.connect(self.delete_selected)
        up = QPushButton("▲")
        up.setObjectName("lesson_up")
        up.setToolTip(self.tr("Move the lesson up"))
        up.setAccessibleName(self.tr("Move the lesson up"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton("▼")
        down.setObjectName("lesson_down")
        down.setToolTip(self.tr("Move the lesson down"))
        down.setAccessibleName(self.tr("Move the lesson down"))
        down.clicked.connect(lambda: self.move_selected(+1))
        for arrow in (up, down):  # a symbol: no wider than it needs (the pane stays narrow in every language)
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("▲") + 24)
        buttons = QHBoxLayout()
        for b in (add, self.delete_button, up, down):
            buttons.addWidget(b)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        lessons_label = QLabel(self.tr("Cross-cutting lessons, in the order they are presented"))
        lessons_label.setWordWrap(True)
        lessons_label.setBuddy(self.list)
        left_layout.addWidget(lessons_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("lesson_title")
        self.title_edit.setPlaceholderText(self.tr("The lesson in one line"))
        self.title_edit.setAccessibleName(self.tr("Title of the lesson"))
        self.title_edit.editingFinished.connect(self._title_finished)
        self.text_edit = AutosaveText(controller, "lesson_text", self.tr("What the rooms said, in a few sentences"))
        self.sources = QListWidget()
        self.sources.setObjectName("lesson_sources")
        self.sources.setWordWrap(True)
        self.sources.setAccessibleName(self.tr("Items the lesson rests on"))
        remove = QPushButton(self.tr("Remove the selected item from the lesson"))
        remove.setObjectName("remove_lesson_source")
        remove.clicked.connect(self.remove_selected_source)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        title_label = QLabel(self.tr("Title"))
        title_label.setBuddy(self.title_edit)
        middle_layout.addWidget(title_label)
        middle_layout.addWidget(self.title_edit)
        text_label = QLabel(self.tr("Text"))
        text_label.setBuddy(self.text_edit)
        middle_layout.addWidget(text_label)
        middle_layout.addWidget(self.text_edit, 2)
        self.text_edit.setAccessibleName(self.tr("Text of the lesson"))
        #: bold and italics, and the formatted preview of the lesson's text
        self.markup = attach_markup_bar(self.text_edit, "lesson")
        sources_label = QLabel(self.tr("It rests on these items"))
        sources_label.setBuddy(self.sources)
        middle_layout.addWidget(sources_label)
        middle_layout.addWidget(self.sources, 1)
        middle_layout.addWidget(remove)

        self.suggestion_list = QListWidget()
        self.suggestion_list.setObjectName("suggestions")
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setAccessibleName(self.tr("Suggestions: what came up in several rooms"))
        self.suggestion_list.currentRowChanged.connect(lambda _row: self._show_suggestion())
        self.suggestion_items = QListWidget()
        self.suggestion_items.setObjectName("suggestion_items")
        self.suggestion_items.setWordWrap(True)
        self.suggestion_items.setAccessibleName(self.tr("Items of the chosen suggestion"))
        make = QPushButton(self.tr("Make a lesson from this"))
        make.setObjectName("make_lesson")
        make.clicked.connect(self.make_lesson_from_suggestion)
        attach = QPushButton(self.tr("Add these items to the selected lesson"))
        attach.setObjectName("attach_suggestion")
        attach.clicked.connect(self.attach_suggestion)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        suggestions_label = QLabel(self.tr("Came up in several rooms"))
        suggestions_label.setBuddy(self.suggestion_list)
        right_layout.addWidget(suggestions_label)
        right_layout.addWidget(self.suggestion_list, 2)
        right_layout.addWidget(self.suggestion_items, 1)
        right_layout.addWidget(make)
        right_layout.addWidget(attach)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        for w in (left, middle, right):
            splitter.addWidget(w)
        splitter.setSizes([260, 420, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_lesson()

    # -- data -----------------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, _update: SnapshotUpdate | None = None) -> None:
        current = self.selected()
        self.lessons = list(index.snap.lessons)
        self._filling = True
        try:
            self.list.clear()
            for n, lesson in enumerate(self.lessons, start=1):
                item = QListWidgetItem(self.tr("{0}. {1}").format(n, lesson.title or self.tr("(untitled)")))
                item.setData(Qt.ItemDataRole.UserRole, lesson.uuid)
                self.list.addItem(item)
            uuids = [x.uuid for x in self.lessons]
            if current is not None and current.uuid in uuids:
                self.list.setCurrentRow(uuids.index(current.uuid))
            elif self.lessons:
                self.list.setCurrentRow(0)
        finally:
            self._filling = False
        self._select_pending()
        self._show_lesson()

    def set_notes(self, notes: dict[str, tuple[str, str]], suggestions: list[Any]) -> None:
        """The notes' (where, text) and the suggestions, computed on the worker."""
        self.notes = notes
        chosen = self.suggestion_list.currentRow()
        self.suggestions = list(suggestions)
        self.suggestion_list.clear()
        for s in self.suggestions:
            self.suggestion_list.addItem(s.label)
        if self.suggestions:
            self.suggestion_list.setCurrentRow(max(0, min(chosen, len(self.suggestions) - 1)))
        self._show_suggestion()
        self._show_sources()

    def selected(self) -> Any | None:
        row = self.list.currentRow()
        return self.lessons[row] if 0 <= row < len(self.lessons) else None

    def selected_suggestion(self) -> Any | None:
        row = self.suggestion_list.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    # -- showing --------------------------------------------------------------------------------------
    def _show_lesson(self) -> None:
        lesson = self.selected()
        self.delete_button.setEnabled(lesson is not None)
        self.title_edit.setEnabled(lesson is not None)
        if lesson is None:
            self.title_edit.setText("")
            self.text_edit.bind(None, "", None)
        else:
            if not self.title_edit.hasFocus() or self.title_edit.text() == lesson.title:
                self.title_edit.setText(lesson.title)
            # cast: mypy cannot infer a lambda with a default argument from its context
            save = cast("Callable[[str], tuple[str, str, dict]]", lambda text, uuid=lesson.uuid: (
                self.tr("Edit lesson"), "update_lesson",
                {"uuid": uuid, "expected_version": self._version(uuid), "text": text}))
            self.text_edit.bind(lesson.uuid, lesson.text, save, version=lesson.version)
        self._show_sources()

    def _show_sources(self) -> None:
        lesson = self.selected()
        self.sources.clear()
        for uuid in (lesson.note_uuids if lesson is not None else ()):
            where, text = self.notes.get(uuid, ("", self.tr("(an item that was deleted)")))
            item = QListWidgetItem(f"{where} — {text}" if where else text)
            item.setData(Qt.ItemDataRole.UserRole, uuid)
            self.sources.addItem(item)

    def _show_suggestion(self) -> None:
        s = self.selected_suggestion()
        self.suggestion_items.clear()
        for uuid in (s.note_uuids if s is not None else ()):
            where, text = self.notes.get(uuid, ("", ""))
            self.suggestion_items.addItem(f"{where} — {text}" if where else text)

    def _version(self, uuid: str) -> int | None:
        lesson = next((x for x in self.lessons if x.uuid == uuid), None)
        return lesson.version if lesson is not None else None

    # -- actions --------------------------------------------------------------------------------------
    def add_lesson(self, title: str, note_uuids: tuple[str, ...] = ()) -> None:
        self.controller.edit(self.tr("Add lesson"), call(S.add_lesson, title=title, text="", note_uuids=list(note_uuids)),
                             on_saved=self._select_new)

    def _select_new(self, changes: Changes) -> None:
        """Select the lesson just added, now or when the snapshot that lists it arrives."""
        self._select_uuid = getattr(changes.row, "uuid", None)
        self._select_pending()

    def _select_pending(self) -> None:
        uuids = [x.uuid for x in self.lessons]
        if self._select_uuid in uuids:
            self.list.setCurrentRow(uuids.index(self._select_uuid))
            self._select_uuid = None

    def delete_selected(self) -> None:
        lesson = self.selected()
        if lesson is not None:
            self.controller.edit(self.tr("Delete lesson “{0}”").format(lesson.title),
                                 call(S.delete_lesson, uuid=lesson.uuid, expected_version=lesson.version))

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        lesson = self.selected()
        if lesson is None or not 0 <= row + step < len(self.lessons):
            return
        self.controller.edit(self.tr("Move lesson"), call(S.move_lesson, uuid=lesson.uuid, to_index=row + step))

    def _dragged(self, _parent, start: int, _end: int, _dest, row: int) -> None:
        if self._filling or not 0 <= start < len(self.lessons):
            return
        to_index = row if row < start else row - 1
        if to_index != start:
            self.controller.edit(self.tr("Move lesson"), call(S.move_lesson, uuid=self.lessons[start].uuid,
                                                              to_index=to_index))

    def _title_finished(self) -> None:
        lesson = self.selected()
        title = self.title_edit.text().strip()
        if lesson is None or title == lesson.title:
            return
        if not title and not lesson.text:
            self.title_edit.setText(lesson.title)
            return
        self.controller.edit(self.tr("Rename lesson"), call(S.update_lesson, uuid=lesson.uuid,
                                                   expected_version=lesson.version, title=title))

    def remove_selected_source(self) -> None:
        lesson = self.selected()
        item = self.sources.currentItem()
        if lesson is None or item is None:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        keep = [u for u in lesson.note_uuids if u != uuid]
        self.controller.edit(self.tr("Remove item from lesson"), call(S.update_lesson, uuid=lesson.uuid,
                                                             expected_version=lesson.version, note_uuids=keep))

    def make_lesson_from_suggestion(self) -> None:
        s = self.selected_suggestion()
        if s is not None:
            self.add_lesson(s.title, s.note_uuids)

    def attach_suggestion(self) -> None:
        s, lesson = self.selected_suggestion(), self.selected()
        if s is None or lesson is None:
            return
        merged = list(dict.fromkeys([*lesson.note_uuids, *s.note_uuids]))
        if merged != list(lesson.note_uuids):
            self.controller.edit(self.tr("Add items to lesson"), call(S.update_lesson, uuid=lesson.uuid,
                                                             expected_version=lesson.version, note_uuids=merged))
