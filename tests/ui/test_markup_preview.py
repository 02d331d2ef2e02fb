"""Light formatting while writing: Ctrl+B / Ctrl+I (and the B and I buttons), and the formatted preview."""

from __future__ import annotations

import pytest
from notes_support import room_view, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget
from support import reading, wait_idle

from cafe.report.markup import parse
from ui.common.markup_editing import MarkupBar, attach_markup_bar, install_markup_keys
from ui.common.markup_preview import MarkupPreview, to_html

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


# --- the preview -------------------------------------------------------------------------------------

def fragments(preview: MarkupPreview):
    """(text, char format) of every fragment of the preview's document, in order."""
    out = []
    block = preview.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            out.append((fragment.text(), fragment.charFormat()))
            it += 1
        block = block.next()
    return out


def test_the_html_escapes_every_text_and_links_only_safe_addresses():
    html = to_html(parse('<img src=x> <script>alert(1)</script> & "q" **<b>**\n\n'
                         "[ok](https://iom.int/?a=1&b=2) [bad](javascript:alert(1)) <file:///etc/passwd>"))
    assert "<img" not in html and "<script" not in html and "&lt;img src=x&gt;" in html
    assert "<b>&lt;b&gt;</b>" in html and "&quot;q&quot;" in html
    assert html.count("<a ") == 1 and 'href="https://iom.int/?a=1&amp;b=2"' in html
    assert "[bad](javascript:alert(1))" in html


def test_the_preview_shows_bold_italics_lists_links_and_right_to_left(qtbot):
    preview = MarkupPreview()
    qtbot.addWidget(preview)
    preview.set_text("**Ms. Arriola** said *softly* <img src=x>:\n\n- one\n3. three\n\n> quoted\n\n"
                     "[the IOM](https://iom.int) [x](javascript:alert(1))\n\nمرحبا بكم في الورشة")
    text = preview.toPlainText()
    assert "<img src=x>" in text and "[x](javascript:alert(1))" in text
    assert "one" in text and "three" in text and "quoted" in text
    found = {t: f for t, f in fragments(preview)}
    assert found["Ms. Arriola"].fontWeight() == QFont.Weight.Bold
    assert found["softly"].fontItalic()
    anchors = [(t, f.anchorHref()) for t, f in fragments(preview) if f.isAnchor()]
    assert anchors == [("the IOM", "https://iom.int")]
    assert not any(f.isImageFormat() for _t, f in fragments(preview))
    lists = [preview.document().findBlockByNumber(n).textList() for n in range(preview.document().blockCount())]
    assert sum(1 for x in lists if x is not None) == 2
    last = preview.document().lastBlock()
    assert last.text().startswith("مرحبا") and last.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert preview.isReadOnly() and preview.openExternalLinks()


# --- the keys ----------------------------------------------------------------------------------------

@pytest.fixture
def editor_window(qtbot):
    """A window with a window-wide Ctrl+B shortcut and an editor with the markup bar under it."""
    win = QMainWindow()
    fired = []
    action = QAction("Window's own Ctrl+B", win)
    action.setShortcut(QKeySequence("Ctrl+B"))
    action.triggered.connect(lambda: fired.append(True))
    win.addAction(action)
    central = QWidget()
    layout = QVBoxLayout(central)
    editor = QPlainTextEdit()
    editor.setObjectName("test_editor")
    layout.addWidget(editor)
    win.setCentralWidget(central)
    bar = attach_markup_bar(editor)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    editor.setFocus()
    return win, editor, bar, fired


def select(editor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_ctrl_b_and_ctrl_i_wrap_and_unwrap_the_selection(qtbot, editor_window):
    win, editor, bar, fired = editor_window
    assert isinstance(bar, MarkupBar) and bar.parentWidget() is editor.parentWidget()
    qtbot.keyClicks(editor, "Ms. Arriola spoke")
    select(editor, 0, 11)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.toPlainText() == "**Ms. Arriola** spoke"
    assert editor.textCursor().selectedText() == "Ms. Arriola"  # still chosen: Ctrl+I makes it bold italics
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert editor.toPlainText() == "***Ms. Arriola*** spoke"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)  # again: bold off, italics stay
    assert editor.toPlainText() == "*Ms. Arriola* spoke"
    select(editor, 0, 13)  # the markers chosen too
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert editor.toPlainText() == "Ms. Arriola spoke"
    assert not fired, "the window's shortcut took the editor's key"
    # one undo step each
    editor.undo()
    assert editor.toPlainText() == "*Ms. Arriola* spoke"


def test_with_nothing_chosen_the_pair_is_typed_around_the_cursor(qtbot, editor_window):
    _win, editor, _bar, _fired = editor_window
    qtbot.keyClicks(editor, "key ")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, "phrase")
    assert editor.toPlainText() == "key **phrase**"
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " and ")
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)  # changed my mind: the empty pair goes away
    assert editor.toPlainText() == "key **phrase** and "


def test_the_keys_work_in_a_rich_text_editor_and_not_in_a_read_only_one(qtbot):
    editor = QTextEdit()
    editor.setAcceptRichText(False)
    qtbot.addWidget(editor)
    install_markup_keys(editor)
    install_markup_keys(editor)  # twice: still one wrap per key
    editor.show()
    editor.setPlainText("first line\nsecond")
    select(editor, 11, 17)
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert editor.toPlainText() == "first line\n*second*"
    editor.setReadOnly(True)
    select(editor, 0, 5)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.toPlainText() == "first line\n*second*"


def test_the_buttons_do_what_the_keys_do(qtbot, editor_window):
    _win, editor, bar, _fired = editor_window
    qtbot.keyClicks(editor, "decent work")
    select(editor, 0, 6)
    qtbot.mouseClick(bar.bold_button, Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == "**decent** work" and editor.hasFocus()
    select(editor, 11, 15)
    qtbot.mouseClick(bar.italic_button, Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == "**decent** *work*"
    assert bar.bold_button.accessibleName() and bar.italic_button.accessibleName() and bar.toggle.accessibleName()


def test_the_preview_follows_the_text_and_its_tick_is_remembered(qtbot, editor_window):
    _win, editor, bar, _fired = editor_window
    assert bar.preview.isHidden()
    qtbot.keyClick(editor, Qt.Key.Key_P, CTRL_SHIFT)
    assert bar.toggle.isChecked() and bar.preview.isVisible()
    qtbot.keyClicks(editor, "**Opening** <b>x</b>")
    qtbot.waitUntil(lambda: "Opening <b>x</b>" in bar.preview.toPlainText())
    bar.preview.setFocus()
    qtbot.keyClick(bar.preview, Qt.Key.Key_P, CTRL_SHIFT)  # from the preview too
    assert not bar.toggle.isChecked() and bar.preview.isHidden()
    qtbot.mouseClick(bar.toggle, Qt.MouseButton.LeftButton)
    assert bar.preview.isVisible()

    other = QPlainTextEdit()
    other.setObjectName("test_editor")
    qtbot.addWidget(other)
    remembered = MarkupBar(other, "test_editor")
    assert remembered.toggle.isChecked() and not remembered.preview.isHidden()


# --- in the window -----------------------------------------------------------------------------------

def test_the_round_summary_takes_bold_from_the_keyboard_and_saves_it(qtbot, sample_window, sample_db):
    win = sample_window
    win.show()
    qtbot.waitExposed(win)
    view = room_view(qtbot, win, round_index=1)
    summary = view.summary
    assert summary.markup.bold_button.isVisible() and summary.markup.toggle.isVisible()
    assert summary.markup.controls.geometry().top() < summary.editor.geometry().top()  # beside the title
    editor = summary.editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Group B wants ")
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, "ethical recruitment")
    summary.autosave.fire()
    settle(qtbot, win)
    with reading(sample_db) as service:
        saved = [s.text for s in service.snapshot().summaries
                 if s.room_uuid == view.selected_room() and s.round_uuid == view.selected_round()]
    assert saved == ["Group B wants **ethical recruitment**"]
    qtbot.keyClick(editor, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: summary.markup.preview.toPlainText() == "Group B wants ethical recruitment")
    assert summary.markup.isVisible() and summary.markup.preview.isVisible()
    # the synthesis has its own controls, in its title's row; its bar takes no height while its preview is off
    synthesis = view.synthesis.markup
    assert synthesis is not summary.markup and synthesis.controls.isVisible() and not synthesis.isVisible()
    assert synthesis.controls.parentWidget() is view.synthesis


def test_the_setup_introduction_and_the_lessons_have_the_bar(qtbot, sample_window, sample_db):
    win = sample_window
    win.show()
    qtbot.waitExposed(win)
    win.show_place("setup")
    tab = win.views["setup"].workshop
    editor = tab.introduction.widget
    assert tab.introduction_markup.editor is editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "About 190 participants")
    select(editor, 6, 9)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)  # the field's "done"
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.snapshot().workshop.introduction == "About **190** participants"

    win.show_place("plenary")
    panel = win.views["plenary"].lessons
    qtbot.waitUntil(lambda: panel.selected() is not None)
    assert panel.markup.editor is panel.text_edit
    panel.text_edit.setFocus()
    panel.text_edit.selectAll()
    qtbot.keyClick(panel.text_edit, Qt.Key.Key_I, CTRL)
    assert panel.text_edit.toPlainText().startswith("*") and panel.text_edit.toPlainText().endswith("*")


def test_a_link_built_by_hand_with_an_unsafe_address_is_no_link_in_the_preview():
    from cafe.report.markup import Link, Para, Text

    html = to_html((Para((Link((Text("click"),), "javascript:alert(1)"),)),))
    assert "<a" not in html and "click" in html
