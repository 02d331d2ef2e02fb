"""Formatting keys and the formatted preview for the prose editors (introduction, summaries, lessons…).

The prose fields hold a small Markdown subset (:mod:`cafe.report.markup`):
people type ``**bold**``, ``*italics*``, ``- `` lists and so on. This module
helps them without changing what they type:

* :func:`install_markup_keys` gives a ``QPlainTextEdit`` or ``QTextEdit``
  Ctrl+B (bold) and Ctrl+I (italics): the selection is wrapped in ``**`` or
  ``*`` (or unwrapped when it already is), and with nothing selected the pair
  is inserted with the cursor inside it. One undo step each. The keys are
  the editor's own (they win over any window shortcut while it has focus);
  a read-only editor ignores them.
* :class:`MarkupBar` (placed under an editor by :func:`attach_markup_bar`): **B** and *I* buttons (the same
  functions, for the mouse), a short reminder of the syntax, and a "Preview"
  tick (Ctrl+Shift+P from the editor or the preview) showing a
  :class:`~ui.common.markup_preview.MarkupPreview` of the text, updated as
  it is typed. Whether the preview is shown is remembered per kind of editor
  (QSettings).

Main thread.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.markup_preview import MarkupPreview

Editor = QPlainTextEdit | QTextEdit

BOLD = "**"
ITALIC = "*"
#: QSettings key prefix of the remembered preview ticks
PREVIEW_KEY = "markup/preview/"


def _stars(text: str, from_end: bool) -> int:
    """How many ``*`` ``text`` starts (or ends) with."""
    stripped = text.rstrip("*") if from_end else text.lstrip("*")
    return len(text) - len(stripped)


def _unwraps(marker: str, stars: int) -> bool:
    """Whether runs of ``stars`` asterisks on both sides already make ``marker``'s formatting."""
    return stars >= 2 if marker == BOLD else stars % 2 == 1


def toggle_marker(editor: Editor, marker: str) -> None:
    """Wrap the selection in ``marker`` (``**`` or ``*``), or unwrap it when it already is; with nothing
    selected insert the pair (or take away an empty pair) with the cursor inside. One undo step."""
    cursor = editor.textCursor()
    doc = editor.document()
    size = len(marker)
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    selected = cursor.selection().toPlainText() if cursor.hasSelection() else ""
    # white space at the edges of a selection (a double-clicked word and its space) stays outside
    core = selected.strip()
    if core:
        start += len(selected) - len(selected.lstrip())
        end -= len(selected) - len(selected.rstrip())
    text = doc.toPlainText()
    cursor.beginEditBlock()
    try:
        inside = min(_stars(core, False), _stars(core, True)) if core and core.strip("*") else 0
        around = min(_stars(text[:start], True), _stars(text[end:], False))
        underscores = (marker == ITALIC and core and len(core) > 2 and core[0] == core[-1] == "_")
        if inside and _unwraps(marker, inside):
            _replace(cursor, start, end, core[size:-size])
            _select(editor, cursor, start, end - 2 * size)
        elif underscores:
            _replace(cursor, start, end, core[1:-1])
            _select(editor, cursor, start, end - 2)
        elif around and _unwraps(marker, around):
            _replace(cursor, start - size, end + size, text[start:end])
            _select(editor, cursor, start - size, end - size)
        elif marker == ITALIC and text[start - 1:start] == "_" == text[end:end + 1] and core:
            _replace(cursor, start - 1, end + 1, text[start:end])
            _select(editor, cursor, start - 1, end - 1)
        else:
            _replace(cursor, start, end, marker + text[start:end] + marker)
            _select(editor, cursor, start + size, end + size)
    finally:
        cursor.endEditBlock()


def _replace(cursor: QTextCursor, start: int, end: int, text: str) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


def _select(editor: Editor, cursor: QTextCursor, start: int, end: int) -> None:
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


class MarkupKeys(QObject):
    """Ctrl+B, Ctrl+I (and, with a :class:`MarkupBar`, Ctrl+Shift+P) on one editor (see :func:`install_markup_keys`)."""

    def __init__(self, editor: Editor):
        super().__init__(editor)
        self.setObjectName("markup_keys")
        self.editor = editor
        self.preview_toggle: QCheckBox | None = None
        #: the editor's bar, once it has one
        self.bar: MarkupBar | None = None
        editor.installEventFilter(self)

    def bold(self) -> None:
        if not self.editor.isReadOnly():
            toggle_marker(self.editor, BOLD)

    def italic(self) -> None:
        if not self.editor.isReadOnly():
            toggle_marker(self.editor, ITALIC)

    def _action(self, event: QKeyEvent):
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        if mods == ctrl and event.key() == Qt.Key.Key_B:
            return self.bold
        if mods == ctrl and event.key() == Qt.Key.Key_I:
            return self.italic
        if mods == ctrl | shift and event.key() == Qt.Key.Key_P and self.preview_toggle is not None:
            return self.preview_toggle.toggle
        return None

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            action = self._action(event)
            if action is not None:
                event.accept()  # ours, not a window shortcut's
                if kind == QEvent.Type.KeyPress:
                    action()
                return True
        return False


def install_markup_keys(editor: Editor) -> MarkupKeys:
    """Give ``editor`` Ctrl+B and Ctrl+I (see the module docstring); installing twice changes nothing."""
    found = editor.findChild(MarkupKeys, "markup_keys")
    return found if found is not None else MarkupKeys(editor)


def attach_markup_bar(editor: Editor, key: str | None = None, *, controls_in: QBoxLayout | None = None) -> MarkupBar:
    """A :class:`MarkupBar` for ``editor``, placed right under it in its parent's layout (a box or form
    layout; elsewhere the caller places it). ``key`` (default: the editor's object name) names the kind
    of editor for the remembered "Preview" tick. ``controls_in``: a row that already exists above the
    editor (its title's), which then holds the buttons and the tick, so the bar takes no height of its
    own until the preview is shown. Attaching twice gives the same bar."""
    keys = install_markup_keys(editor)
    if keys.bar is not None:
        return keys.bar
    bar = MarkupBar(editor, key or editor.objectName() or "text", controls_in=controls_in)
    parent = editor.parentWidget()
    layout = _layout_holding(parent.layout(), editor) if parent is not None else None
    if isinstance(layout, QBoxLayout):
        at = layout.indexOf(editor)
        if at >= 0:
            layout.insertWidget(at + 1, bar, 1)
    elif isinstance(layout, QFormLayout):
        position = cast("tuple[int, Any]", layout.getWidgetPosition(editor))
        if position[0] >= 0:
            layout.insertRow(position[0] + 1, "", bar)
    return bar


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (``layout`` or one nested in it) that holds ``widget`` itself."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        found = _layout_holding(inner, widget) if inner is not None else None
        if found is not None:
            return found
    return None


#: the short name, for callers that look the helper up by it
install = attach_markup_bar


class MarkupBar(QWidget):
    """Bold and italics buttons, the syntax in brief and the "Preview" tick, with the preview below.

    Put it under ``editor``; ``key`` names the kind of editor for the
    remembered tick (e.g. ``"round_summary"``). The buttons, the reminder and
    the tick are :attr:`controls`, in the bar's first row unless
    ``controls_in`` (another row) is given: they then follow that row's first
    item, and the bar shows only while it shows the preview.
    """

    def __init__(self, editor: Editor, key: str, parent: QWidget | None = None, *,
                 controls_in: QBoxLayout | None = None):
        super().__init__(parent)
        self.setObjectName(f"markup_bar_{key}")
        self.editor = editor
        self.key = key
        self.keys = install_markup_keys(editor)
        self.keys.bar = self
        # the letter word processors in the language show on these buttons (G for "gras", N for "negrita")
        self.bold_button = self._button(self.tr("B", "the letter on the bold button"), self.tr("Bold"),
                                        self.tr("Bold (Ctrl+B): **text**"), self.keys.bold)
        font = self.bold_button.font()
        font.setBold(True)
        self.bold_button.setFont(font)
        self.italic_button = self._button(self.tr("I", "the letter on the italics button"), self.tr("Italics"),
                                          self.tr("Italics (Ctrl+I): *text*"),
                                          self.keys.italic)
        font = QFont(self.italic_button.font())
        font.setItalic(True)
        self.italic_button.setFont(font)
        self.hint = _ElidedLabel(self.tr("**bold**  *italics*  - list  1. list  > quote  [text](https://…)"))
        self.hint.setObjectName("markup_hint")
        self.hint.setStyleSheet("color: #555; font-size: 8.5pt;")
        self.hint.setToolTip(self.tr(
            "Formatting the report prints: **bold**, *italics*, a line starting with “- ” or “1. ” for a "
            "list, “> ” for a quote, [text](https://…) for a link. A blank line starts a new paragraph."))
        self.toggle = QCheckBox(self.tr("Preview"))
        self.toggle.setObjectName("markup_preview_toggle")
        self.toggle.setToolTip(self.tr("Show the text as the report prints it (Ctrl+Shift+P)"))
        self.toggle.setAccessibleName(self.tr("Preview"))
        self.toggle.setAccessibleDescription(self.tr("Shows the text formatted below the editor"))
        self.keys.preview_toggle = self.toggle
        self.preview = MarkupPreview()
        self.preview.setMinimumHeight(60)
        self.preview_keys = _PreviewKeys(self.preview, self.toggle)
        self.controls = QWidget()
        self.controls.setObjectName("markup_controls")
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bold_button)
        row.addWidget(self.italic_button)
        row.addWidget(self.hint, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._controls_elsewhere = controls_in is not None
        if controls_in is not None:  # after the row's first item, its title
            controls_in.insertWidget(min(1, controls_in.count()), self.controls, 1)
        else:
            layout.addWidget(self.controls)
        layout.addWidget(self.preview, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        editor.textChanged.connect(self._changed)
        shown = bool(QSettings().value(PREVIEW_KEY + key, False, type=bool))
        self.toggle.setChecked(shown)
        self._show(shown)
        self.toggle.toggled.connect(self.set_preview_shown)

    def _button(self, text: str, name: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(name)
        button.setAccessibleDescription(tip)
        # a click keeps the editor's selection and focus: the keyboard and the mouse act alike
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda _checked=False: (slot(), self.editor.setFocus()))
        return button

    def set_preview_shown(self, shown: bool) -> None:
        """Show or hide the preview, and remember the choice for this kind of editor."""
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)  # comes back here through toggled
            return
        self._show(shown)
        QSettings().setValue(PREVIEW_KEY + self.key, shown)

    def _show(self, shown: bool) -> None:
        self.preview.setVisible(shown)
        if self._controls_elsewhere:  # nothing else in the bar: it takes no room while the preview is hidden
            self.setVisible(shown)
        # the bar grows with the editor only while it holds the preview
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Expanding if shown else QSizePolicy.Policy.Maximum)
        if shown:
            self.refresh()

    def _changed(self) -> None:
        if self.toggle.isChecked():
            self._timer.start()

    def refresh(self) -> None:
        """Show the editor's text in the preview now."""
        self._timer.stop()
        self.preview.set_text(self.editor.toPlainText())


class _ElidedLabel(QLabel):
    """A one-line plain-text label that ends in "…" where it is too narrow (it never widens a panel)."""

    def __init__(self, text: str):
        super().__init__()
        self.full_text = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(self.width(), 1)))


class _PreviewKeys(QObject):
    """Ctrl+Shift+P in the preview too (the reader may be there)."""

    def __init__(self, preview: MarkupPreview, toggle: QCheckBox):
        super().__init__(preview)
        self.toggle = toggle
        preview.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if (mods == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                    and event.key() == Qt.Key.Key_P):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.toggle.toggle()
                return True
        return False
