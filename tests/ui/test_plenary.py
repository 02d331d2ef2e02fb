"""The plenary place: summaries, presenter choices, the presentation, lessons and exports."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support import reading, wait_idle

from cafe.clock.watch import FakeClock
from cafe.report.slides import heading_id
from ui.workshop.ops import S, call


@pytest.fixture
def plenary(qtbot, sample_window):
    """The sample workshop's plenary on screen, its report content loaded."""
    win = sample_window
    win.show()
    win.show_place("plenary")
    view = win.views["plenary"]
    qtbot.waitUntil(lambda: view.data is not None and view.data.report is not None, timeout=15000)
    return win, view


def test_a_typed_summary_is_saved_and_undone_in_one_step(qtbot, plenary, sample_db):
    win, view = plenary
    view.table.selectRow(0)
    view.theme_tabs.setCurrentIndex(1)
    view.summary_edit.setFocus()
    qtbot.keyClicks(view.summary_edit, "Rights first.")
    view.summary_edit.flush()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.snapshot().themes[0].summary == "Rights first."
    win.controller.undo_stack.undo()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.snapshot().themes[0].summary == ""


def mark_key_points(qtbot, win, view, uuids) -> None:
    """Mark notes as key points through the window's own edits, and wait for the plenary to read them."""
    with reading(win.controller.target) as service:
        versions = {u: service.get("note", u).version for u in uuids}
    for uuid, version in versions.items():
        win.controller.edit("Mark key point", call(S.update_note, uuid=uuid, expected_version=version, key=True))
    wait_idle(qtbot, win.controller)
    qtbot.waitUntil(lambda: set(uuids) <= view.key_uuids and view.data.report is not None, timeout=15000)


def rows(lst):
    return [(lst.item(i).text(), lst.item(i).checkState() == Qt.CheckState.Checked) for i in range(lst.count())]


def test_the_presenters_choice_starts_from_headings_and_key_points_and_is_kept(qtbot, plenary):
    win, view = plenary
    view.table.selectRow(0)
    column = view.data.report.themes[0].columns[0]
    items = [i for g in column.groups for i in g.items]
    headings = [g.heading for g in column.groups if g.heading]
    mark_key_points(qtbot, win, view, [items[1].uuid, items[3].uuid])
    view.table.selectRow(0)
    view._show_theme()
    lst = view.chooser.lists["opportunity"]
    assert lst.count() == len(items) + len(headings) == 8
    ticked = {lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
              if lst.item(i).checkState() == Qt.CheckState.Checked}
    assert ticked == {heading_id(h) for h in headings} | {items[1].uuid, items[3].uuid}
    assert sum(text.lstrip("\u2003").startswith("★ ") for text, _on in rows(lst)) == 2
    if os.environ.get("CAFE_SCREENSHOTS"):
        win.resize(1366, 768)
        view.theme_tabs.setCurrentWidget(view.chooser)
        win.grab().save(os.path.join(os.environ["CAFE_SCREENSHOTS"], "plenary-items-to-present.png"))
    deck = view.slides()
    shown = deck[0].columns[0][1]
    assert [i.heading for i in shown if i.is_heading] == headings
    assert [i.uuid for i in shown if not i.is_heading] == [items[1].uuid, items[3].uuid]
    # tick one more item, untick a key point, drag an item up
    by_uuid = {lst.item(i).data(Qt.ItemDataRole.UserRole): lst.item(i) for i in range(lst.count())}
    by_uuid[items[0].uuid].setCheckState(Qt.CheckState.Checked)
    by_uuid[items[3].uuid].setCheckState(Qt.CheckState.Unchecked)
    row_of = {lst.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(lst.count())}
    assert lst.model().moveRow(lst.rootIndex(), row_of[items[1].uuid], lst.rootIndex(), 0)
    shown = [i.uuid for i in view.slides()[0].columns[0][1] if not i.is_heading]
    assert shown == [items[1].uuid, items[0].uuid]
    # kept across a rebuild of the list (QSettings)
    view.chooser.show_theme(view.data.report.themes[0], view.choices_store(), view.key_uuids)
    assert lst.item(0).data(Qt.ItemDataRole.UserRole) == items[1].uuid
    states = {lst.item(i).data(Qt.ItemDataRole.UserRole): lst.item(i).checkState() for i in range(lst.count())}
    assert states[items[0].uuid] == Qt.CheckState.Checked and states[items[3].uuid] == Qt.CheckState.Unchecked
    # every item, then back to the headings and key points
    view.chooser.all_button.click()
    assert all(on for _text, on in rows(lst))
    assert len([i for i in view.slides()[0].columns[0][1] if not i.is_heading]) == len(items)
    view.chooser.start_button.click()
    shown = [i.uuid for i in view.slides()[0].columns[0][1] if not i.is_heading]
    assert shown == [items[1].uuid, items[3].uuid]


def test_presentation_keys_pages_and_timer(qtbot, plenary):
    _win, view = plenary
    clock = FakeClock(dt.datetime(2019, 3, 22, 9, 0))
    view.clock = clock
    view.chooser.all_button.click()  # the first theme with all 19 items: more than one page
    window = view.present(full_screen=False)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    themes = view.data.report.themes
    first = [p for p in window.pages if p.slide_key == themes[0].uuid]
    assert len(first) >= 5 and window.pages[-1].slide_key == "lessons"
    assert window.page.title == themes[0].title and window.page_number() == f"1 / {len(window.pages)}"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    qtbot.keyClick(window, Qt.Key.Key_Down)
    assert window.current == 4 and window.page_number().startswith("5 / ")
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.current == 2
    qtbot.keyClick(window, Qt.Key.Key_End)
    assert window.current == len(window.pages) - 1
    qtbot.keyClick(window, Qt.Key.Key_Home)
    assert window.current == 0 and window.timer_text() == "10:00"
    qtbot.keyClick(window, Qt.Key.Key_T)
    clock.advance(61)
    assert window.timer_text() == "08:59"
    qtbot.keyClick(window, Qt.Key.Key_Right)  # the theme's timer runs on over its pages
    assert window.timer_text() == "08:59"
    qtbot.keyClick(window, Qt.Key.Key_T)  # pause
    clock.advance(100)
    assert window.timer_text() == "08:59 ⏸"
    qtbot.keyClick(window, Qt.Key.Key_T)  # resume
    clock.advance(600)
    assert window.timer_text() == "−01:01  overtime"
    window.go(len(first))  # the next theme has its own timer
    assert window.page.slide_key == themes[1].uuid and window.timer_text() == "10:00"
    window.go(0)
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert window.timer_text() == "10:00"
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.show_help
    window.grab()  # draws the page, the footer and the keys without an error
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    with qtbot.waitSignal(window.left, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert view.presentation is None


def test_ticking_an_item_updates_an_open_presentation(qtbot, plenary):
    _win, view = plenary
    view.table.selectRow(0)
    window = view.present(full_screen=False)
    qtbot.addWidget(window)
    before = len(window.pages)
    view.chooser.all_button.click()
    assert len(window.pages) > before
    window.close()


def test_lessons_are_added_renamed_moved_and_deleted_with_undo(qtbot, plenary, sample_db):
    win, view = plenary
    panel = view.lessons
    stack = win.controller.undo_stack

    def titles():
        with reading(sample_db) as service:
            return [x.title for x in service.snapshot().lessons]
    before = titles()
    assert len(before) == 2
    panel.add_lesson("Data gaps everywhere")
    wait_idle(qtbot, win.controller)
    assert titles() == [*before, "Data gaps everywhere"]
    qtbot.waitUntil(lambda: panel.selected() is not None and panel.selected().title == "Data gaps everywhere")
    panel.title_edit.setText("Data gaps in every room")
    panel.title_edit.editingFinished.emit()
    wait_idle(qtbot, win.controller)
    assert titles()[-1] == "Data gaps in every room"
    panel.move_selected(-2)
    wait_idle(qtbot, win.controller)
    assert titles()[0] == "Data gaps in every room"
    panel.list.setCurrentRow(0)
    panel.delete_selected()
    wait_idle(qtbot, win.controller)
    assert titles() == before
    assert [stack.text(i) for i in range(stack.count())][-4:] == [
        "Add lesson", "Rename lesson", "Move lesson", "Delete lesson “Data gaps in every room”"]
    for _ in range(4):
        stack.undo()
    wait_idle(qtbot, win.controller)
    assert titles() == before
    stack.redo()
    wait_idle(qtbot, win.controller)
    assert titles() == [*before, "Data gaps everywhere"]


@pytest.mark.parametrize("choice", ["save", "theirs", "later"])
def test_a_lesson_changed_elsewhere_while_typing_opens_the_merge_window(qtbot, plenary, sample_db, choice):
    """The lesson's text saves against the version it was shown at: their change, reloaded meanwhile, wins
    the race and the moderator sees both texts; nothing is overwritten or lost."""
    from ui.common.merge_dialog import SEPARATOR

    win, view = plenary
    panel = view.lessons
    panel.list.setCurrentRow(0)
    lesson = panel.selected()
    editor = panel.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Mine.")
    with reading(sample_db) as other_laptop:
        other_laptop.update_lesson(lesson.uuid, lesson.version, text="Laptop B's lesson text.")
    win.controller._request_reload({"lesson"}, own=False)  # as a live refresh brings it
    qtbot.waitUntil(lambda: panel.selected().version == lesson.version + 1, timeout=5000)
    assert editor.toPlainText().endswith(" Mine.")
    editor.flush()
    qtbot.waitUntil(lambda: editor.merge_dialog is not None, timeout=5000)
    with reading(sample_db) as service:
        assert service.get("lesson", lesson.uuid).text == "Laptop B's lesson text."
    dialog = editor.merge_dialog
    assert dialog.theirs_text() == "Laptop B's lesson text." and dialog.mine_text().endswith(" Mine.")
    qtbot.keyClicks(editor, " Typed on.")  # typing on while the window is open saves nothing
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.get("lesson", lesson.uuid).text == "Laptop B's lesson text."
    if choice == "save":
        dialog.choose_save()
    elif choice == "theirs":
        dialog.choose_theirs()
    else:
        dialog.reject()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        stored = service.get("lesson", lesson.uuid).text
    assert editor.merge_dialog is None
    if choice == "save":
        assert stored.endswith(" Mine.")
    elif choice == "theirs":
        assert stored == "Laptop B's lesson text." and editor.toPlainText() == stored
    else:
        assert stored.startswith("Laptop B's lesson text.") and SEPARATOR in stored and "Typed on." in stored


def test_a_suggestion_becomes_a_lesson_pointing_at_its_items(qtbot, plenary, sample_db):
    win, view = plenary
    panel = view.lessons
    view.tabs.setCurrentIndex(1)
    labels = [panel.suggestion_list.item(i).text() for i in range(panel.suggestion_list.count())]
    assert labels[0].startswith("Heading: Capacity building — 7 items in 3 rooms")
    panel.suggestion_list.setCurrentRow(0)
    assert panel.suggestion_items.count() == 7
    panel.make_lesson_from_suggestion()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        lesson = service.snapshot().lessons[-1]
    assert lesson.title == "Capacity building" and len(lesson.note_uuids) == 7


def test_the_report_introduction_is_edited_here(qtbot, plenary, sample_db):
    win, view = plenary
    view.tabs.setCurrentIndex(2)
    view.introduction.setPlainText("A new introduction.")
    view.introduction.flush()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.snapshot().workshop.introduction == "A new introduction."


# --- exports -----------------------------------------------------------------------------

def test_export_actions_are_installed_in_the_file_menu(sample_window):
    from ui.plenary.export_dialog import install_actions

    actions = install_actions(sample_window)
    file_menu = next(a.menu() for a in sample_window.menuBar().actions() if a.text() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    assert [a.text() for a in actions] == ["Export report (PDF)…", "Export report (Markdown)…",
                                           "Export report (Word)…", "Export notes (CSV)…"]
    assert all(t in texts for t in (a.text() for a in actions))
    assert texts.index("Export notes (CSV)…") < texts.index("&Quit")


def test_the_export_dialog_writes_the_pdf_off_the_ui_thread(qtbot, sample_window, tmp_path):
    from ui.plenary.export_dialog import ExportDialog

    dialog = ExportDialog(sample_window.controller, "pdf", sample_window)
    qtbot.addWidget(dialog)
    out = tmp_path / "report.pdf"
    dialog.path_edit.setText(str(out))
    assert not dialog.participants.isChecked()
    seen = []
    dialog.progress.valueChanged.connect(seen.append)
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.progress.value() == 1000 and dialog.status.text() == f"Wrote {out}"
    assert len(seen) > 3 and seen == sorted(seen)


def test_the_export_dialog_names_the_notes_with_characters_no_font_has(qtbot, sample_window, tmp_path):
    from ui.plenary.export_dialog import ExportDialog

    win = sample_window
    snap = win.controller.snapshot
    win.controller.edit("Add item", call(S.add_note, room_uuid=snap.rooms[0].uuid, round_uuid=snap.rounds[0].uuid,
                                         category="challenge", text="Budget line \ue000 unreadable"))
    wait_idle(qtbot, win.controller)
    dialog = ExportDialog(win.controller, "pdf", win)
    qtbot.addWidget(dialog)
    out = tmp_path / "report.pdf"
    dialog.path_edit.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert out.read_bytes().startswith(b"%PDF")
    assert "printed with the mark �" in dialog.status.text() and "Budget line" in dialog.status.text()
    assert "U+E000" in dialog.status.text()


def test_cancelling_an_export_writes_nothing(qtbot, sample_window, tmp_path):
    from cafe.report.pdf import Cancelled
    from ui.plenary.export_dialog import ExportDialog

    def build(snapshot, notes, path, fmt, *, include_participants, progress, cancel):
        assert snapshot.themes and notes
        progress(0.5, "Laying out pages")
        assert cancel.wait(30)
        raise Cancelled()
    dialog = ExportDialog(sample_window.controller, "pdf", sample_window, build=build)
    qtbot.addWidget(dialog)
    out = tmp_path / "report.pdf"
    out.write_bytes(b"earlier report")
    dialog.path_edit.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.value() == 500, timeout=15000)
    assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.running, timeout=15000)
    assert "Cancelled" in dialog.status.text()
    assert out.read_bytes() == b"earlier report"
    assert dialog.export_button.isEnabled()


def test_a_failed_export_says_why(qtbot, sample_window, tmp_path):
    from ui.plenary.export_dialog import ExportDialog

    dialog = ExportDialog(sample_window.controller, "md", sample_window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "missing" / "folder" / "r.md"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=15000)
    assert dialog.status.text().startswith("Not exported: Cannot write in")
    assert not Path(tmp_path / "missing").exists()
