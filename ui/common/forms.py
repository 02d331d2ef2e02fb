"""Forms that edit one snapshot row, one undo step per finished field edit.

A :class:`RowForm` shows one row (a Room, a Theme…) in field editors. When
the user finishes editing a field (Return, leaving the field, choosing from a
list) and its value differs from the row's, the form pushes one
``update_<kind>`` command through the controller.

What the user typed is never thrown away behind their back: a field is
*dirty* from the first keystroke until its value is saved. Reloads update
clean fields only, so a refused edit keeps the typed text on screen, next to
an inline "Not saved: …" message, until the user fixes it or picks another row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.workshop.ops import call_named

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController


class Field(QObject):
    """One editor bound to one field of a row; emits :attr:`finished` when an edit is complete."""

    finished = Signal(object)

    def __init__(self, name: str, label: str, widget: QWidget, action: str):
        super().__init__(widget)
        self.name = name
        self.label = label
        self.widget = widget
        #: the undo step's name, e.g. "Rename room"
        self.action = action
        self.dirty = False
        #: (row uuid, value) of an edit sent and not yet answered
        self.sending: tuple[str, Any] | None = None
        #: the stored value the user's edit started from (see :meth:`RowForm._commit`)
        self.base: Any = None
        self._showing = False
        widget.setObjectName(name)
        # a screen reader names the editor by its label (also its buddy, which a form's label is)
        widget.setAccessibleName(label)

    # Each subclass defines value() (the editor's value in the Service's terms)
    # and _put(value) (show a value).
    if TYPE_CHECKING:
        def value(self) -> Any: ...
        def _put(self, value: Any) -> None: ...

    def show_value(self, value: Any) -> None:
        """Display ``value`` without marking the field dirty."""
        self.dirty = False
        self.base = value
        if self.value() == value:
            return
        self._showing = True
        try:
            self._put(value)
        finally:
            self._showing = False

    def has_focus(self) -> bool:
        return self.widget.hasFocus()

    def _edited(self, *_args) -> None:
        if not self._showing:
            self.dirty = True

    def _finish(self, *_args) -> None:
        if self.dirty:
            self.finished.emit(self)


class LineField(Field):
    if TYPE_CHECKING:
        widget: QLineEdit

    def __init__(self, name: str, label: str, action: str, placeholder: str = ""):
        editor = QLineEdit()
        editor.setPlaceholderText(placeholder)
        super().__init__(name, label, editor, action)
        editor.textEdited.connect(self._edited)
        editor.editingFinished.connect(self._finish)

    def value(self) -> str:
        return self.widget.text()

    def _put(self, value: Any) -> None:
        self.widget.setText(value or "")
        self.widget.setCursorPosition(0)  # show the start of a long title


class _PlainText(QTextEdit):
    """A plain-text, multi-line editor that reports "done" on leaving it or on Ctrl+Return.

    A QTextEdit rather than a QPlainTextEdit so that paragraphs (one guiding
    question per line) can be spaced apart and read as separate items.
    """

    done = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.done.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return,
                           Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.done.emit()
            return
        super().keyPressEvent(event)


class TextField(Field):
    """Multi-line text; with ``lines=True`` the value is a tuple of non-empty lines."""

    if TYPE_CHECKING:
        widget: _PlainText

    def __init__(self, name: str, label: str, action: str, *, lines: bool = False, height: int = 90,
                 placeholder: str = ""):
        editor = _PlainText()
        editor.setAcceptRichText(False)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(height)
        editor.setPlaceholderText(placeholder)
        super().__init__(name, label, editor, action)
        self.lines = lines
        editor.textChanged.connect(self._edited)
        editor.done.connect(self._finish)

    def value(self) -> Any:
        text = self.widget.toPlainText()
        if self.lines:
            return tuple(line.strip() for line in text.splitlines() if line.strip())
        return text

    def _put(self, value: Any) -> None:
        self.widget.setPlainText("\n".join(value or ()) if self.lines else (value or ""))
        if self.lines:
            spaced = QTextBlockFormat()
            spaced.setBottomMargin(6)
            cursor = QTextCursor(self.widget.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeBlockFormat(spaced)


class SpinField(Field):
    """A whole number; with ``optional=True`` the lowest value shows "—" and means None."""

    if TYPE_CHECKING:
        widget: QSpinBox

    def __init__(self, name: str, label: str, action: str, *, minimum: int = 0, maximum: int = 100000,
                 optional: bool = False, suffix: str = ""):
        editor = QSpinBox()
        editor.setRange(minimum, maximum)
        editor.setSuffix(suffix)
        editor.setKeyboardTracking(False)
        if optional:
            editor.setSpecialValueText("—")
        super().__init__(name, label, editor, action)
        self.optional = optional
        editor.valueChanged.connect(self._edited)
        editor.editingFinished.connect(self._finish)

    def value(self) -> int | None:
        v = self.widget.value()
        return None if self.optional and v == self.widget.minimum() else v

    def _put(self, value: Any) -> None:
        self.widget.setValue(self.widget.minimum() if value is None else int(value))


def date_format() -> str:
    """A date editor's display format, the language's own (day and month names come from the locale)."""
    return QCoreApplication.translate("DateField", "ddd d MMM yyyy",
                                      "display format of a date editor (Qt date format codes)")


class DateField(Field):
    if TYPE_CHECKING:
        widget: QDateEdit

    def __init__(self, name: str, label: str, action: str):
        editor = QDateEdit()
        editor.setCalendarPopup(True)
        # the day in the window's language and its order ("jeu. 21 mars 2019", "الخميس ٢١ مارس ٢٠١٩")
        editor.setDisplayFormat(date_format())
        super().__init__(name, label, editor, action)
        editor.dateChanged.connect(self._edited)
        editor.editingFinished.connect(self._finish)
        # a date picked in the calendar pop-up is finished at once
        editor.calendarWidget().clicked.connect(self._finish)

    def value(self) -> dt.date:
        return cast(dt.date, self.widget.date().toPython())  # the stubs say object

    def _put(self, value: Any) -> None:
        if value is not None:
            self.widget.setDate(QDate(value.year, value.month, value.day))


class TimeField(Field):
    if TYPE_CHECKING:
        widget: QTimeEdit

    def __init__(self, name: str, label: str, action: str):
        editor = QTimeEdit()
        editor.setDisplayFormat("HH:mm")
        super().__init__(name, label, editor, action)
        editor.timeChanged.connect(self._edited)
        editor.editingFinished.connect(self._finish)

    def value(self) -> dt.time:
        t = self.widget.time()
        return dt.time(t.hour(), t.minute())

    def _put(self, value: Any) -> None:
        if value is not None:
            self.widget.setTime(QTime(value.hour, value.minute))


class ChoiceField(Field):
    """A choice among (label, value) pairs; a pick is finished at once."""

    if TYPE_CHECKING:
        widget: QComboBox

    def __init__(self, name: str, label: str, action: str, choices: Sequence[tuple[str, Any]] = ()):
        editor = QComboBox()
        editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        editor.setMinimumContentsLength(16)
        super().__init__(name, label, editor, action)
        self._choices: list[tuple[str, Any]] = []
        self.set_choices(choices)
        editor.activated.connect(self._picked)

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Replace the list, keeping the current value selected when it is still offered."""
        choices = list(choices)
        if choices == self._choices:
            return
        current = self.value()
        self._choices = choices
        combo = self.widget
        self._showing = True
        try:
            combo.clear()
            for text, value in choices:
                combo.addItem(text, value)
            i = self._find(current)
            combo.setCurrentIndex(i if i >= 0 else (0 if combo.count() else -1))
        finally:
            self._showing = False

    def _find(self, value: Any) -> int:
        return next((i for i, (_, v) in enumerate(self._choices) if v == value), -1)

    def value(self) -> Any:
        i = self.widget.currentIndex()
        return self._choices[i][1] if 0 <= i < len(self._choices) else None

    def _put(self, value: Any) -> None:
        self.widget.setCurrentIndex(self._find(value))

    def _picked(self, _index: int) -> None:
        self.dirty = True
        self.finished.emit(self)


_F = TypeVar("_F", bound=Field)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        return tuple(a or ()) == tuple(b or ())
    return a == b or (a in (None, "") and b in (None, ""))


class RowForm(QWidget):
    """Edits one row of one kind through ``controller.edit(…, "update_<kind>", …)``.

    ``show_row(row)`` is called by the owning view on every snapshot; it
    replaces only clean fields of the same row, and everything when the row
    changes. When ``own_only`` is set (the reload echoes this window's own
    edits) the field being typed in is left alone too.

    Two laptops may edit different fields of one row (the save names the row's
    version as last read, so the other field's change is kept). A field that
    another laptop changed while it was being typed in here is not saved over:
    the form says what it holds now, and saving the field again replaces it
    knowingly.
    """

    def __init__(self, controller: WorkshopController, op: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.op = op
        self.row: Any = None
        self.fields: list[Field] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.layout_form = QFormLayout()
        self.layout_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.layout_form)
        self.message = QLabel()
        self.message.setObjectName("inline_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000; font-weight: bold;")
        self.message.hide()
        outer.addWidget(self.message)
        outer.addStretch(1)
        self.setEnabled(False)

    def add(self, field: _F) -> _F:
        self.fields.append(field)
        # "Title:" in English, "Titre :" in French: the colon is the language's
        self.layout_form.addRow(self.tr("{0}:").format(field.label), field.widget)
        field.finished.connect(self._commit)
        return field

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def show_row(self, row: Any, own_only: bool = False) -> None:
        switching = row is None or self.row is None or row.uuid != self.row.uuid
        self.row = row
        self.setEnabled(row is not None)
        if switching:
            self.show_message("")
        for f in self.fields:
            if not switching and (f.dirty or (own_only and f.has_focus())):
                continue
            f.show_value(getattr(row, f.name) if row is not None else None)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _commit(self, field: Field) -> None:
        row = self.row
        if row is None:
            return
        value = field.value()
        if _same(value, getattr(row, field.name)):
            field.dirty = False
            return
        if field.sending is not None and field.sending == (row.uuid, value):
            return  # the same edit is already on its way (e.g. Return, then leaving the field)
        stored = getattr(row, field.name)
        if not _same(field.base, stored):  # changed on another laptop while this one typed
            field.base = stored
            shown = ", ".join(map(str, stored)) if isinstance(stored, (list, tuple)) else stored
            self.show_message(self.tr("{0} was changed on another laptop meanwhile, to “{1}”; yours is not saved. "
                                      "Save it again to replace theirs.").format(field.label, shown or ""))
            return
        uuid = row.uuid
        field.sending = (uuid, value)

        def saved(_changes) -> None:
            field.sending = None
            field.base = value
            if self.row is not None and self.row.uuid == uuid and _same(field.value(), value):
                field.dirty = False
                self.show_message("")

        def refused(message: str) -> None:
            field.sending = None
            if self.row is not None and self.row.uuid == uuid:
                self.show_message(self.tr("Not saved: {0}").format(message))

        self.controller.edit(field.action, call_named(self.op, {"uuid": uuid, "expected_version": row.version,
                                                                field.name: value}),
                             on_saved=saved, on_refused=refused)


def choices_of(rows: Sequence[Any], text: Callable[[Any], str], none: str | None = None) -> list[tuple[str, Any]]:
    """(label, uuid) pairs for a reference picker; ``none`` adds a first "no reference" entry."""
    out: list[tuple[str, Any]] = [(none, None)] if none is not None else []
    return out + [(text(r), r.uuid) for r in rows]
