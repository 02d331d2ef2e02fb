"""The rapporteur in the Plenary place: the plenary sessions by day, speakers chosen from the people or
typed, edited in place, reordered and removed, and an account that autosaves, undoes and merges; and the
report's settings in the Report tab."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit
from support import reading, wait_idle

from cafe.plenary.report_settings import report_sections
from ui.common.merge_dialog import both_texts


@pytest.fixture
def sessions(qtbot, sample_window):
    """The sample workshop's Plenary place, on its Sessions tab."""
    win = sample_window
    win.show()
    win.show_place("plenary")
    plenary = win.views["plenary"]
    plenary.tabs.setCurrentWidget(plenary.sessions)
    return win, plenary.sessions


def session_uuid(view, title: str) -> str:
    return next(a.uuid for a in view.index.snap.agenda if a.title == title)


def stored(db, title: str):
    """(speakers, account) of one session as the database holds them."""
    with reading(db) as service:
        snap = service.snapshot()
        item = next(a for a in snap.agenda if a.title == title)
        return snap.speakers_of(item.uuid), snap.account_of(item.uuid)


def editors(table, kind) -> list:
    """The cell editors open in ``table``."""
    return [w for w in table.viewport().findChildren(kind) if w.isVisible()]


def type_at_end(qtbot, editor, text: str) -> None:
    """Type ``text`` at the end of ``editor``, a new line pressed as Return."""
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(editor, line)


def test_the_sessions_are_the_agendas_plenary_items_by_day(sessions):
    _win, view = sessions
    tree = view.sessions
    lines = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert lines[0].startswith("Day I")
    assert "10:00–10:45  Opening plenary" in lines and "12:00–12:30  Closing" in lines
    assert not any("Round" in line or "Lunch" in line or "Break" in line for line in lines)
    assert lines.index("17:15–18:00  Wrap-up of day I") < next(i for i, t in enumerate(lines) if t.startswith("Day II"))
    opening = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if tree.topLevelItem(i).text(0).endswith("Opening plenary"))
    assert opening.text(1) == "3 speakers · account"
    assert view.select_session(session_uuid(view, "Opening plenary"))
    assert "Opening plenary" in view.header.text()
    assert view.speakers.model.rowCount() == 3 and view.speakers.model.row_at(0).name == "Daniel Okoro"
    assert view.speakers.model.index(2, 3).data() == "Keynote speaker"
    assert view.account.editor.toPlainText().startswith("The moderator, **Daniel Okoro**")


def test_a_rapporteur_adds_speakers_from_the_people_and_typed_then_edits_moves_and_removes(qtbot, sessions,
                                                                                            sample_db):
    win, view = sessions
    title = "Cross-cutting lessons"
    assert view.select_session(session_uuid(view, title))
    panel = view.speakers
    assert panel.model.rowCount() == 0

    # chosen from the participants: the completion fills in the name and organisation, and links the person
    panel.name_edit.setFocus()
    qtbot.keyClicks(panel.name_edit, "Rosario Bau")
    completions = panel.completer.completionModel()
    assert completions.rowCount() == 1
    assert completions.index(0, 0).data() == ("Rosario Bautista — Permanent Mission of the Philippines to the "
                                              "United Nations Office at Geneva")
    popup = panel.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # chosen with the keyboard
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert panel.name_edit.text() == "Rosario Bautista"
    assert panel.organisation_edit.text().startswith("Permanent Mission of the Philippines")
    qtbot.keyClicks(panel.title_edit, "Ambassador")
    panel.role_choice.setCurrentIndex(panel.role_choice.findData("keynote"))
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, win.controller)

    # typed: nobody by that name, so nobody is linked
    qtbot.keyClicks(panel.name_edit, "Ingrid Halvorsen")
    qtbot.keyClicks(panel.title_edit, "Co-chair")
    panel.role_choice.setCurrentIndex(panel.role_choice.findData("moderator"))
    panel.add_button.click()
    wait_idle(qtbot, win.controller)
    speakers, _account = stored(sample_db, title)
    assert [(s.name, s.title, s.role.value) for s in speakers] == [
        ("Rosario Bautista", "Ambassador", "keynote"), ("Ingrid Halvorsen", "Co-chair", "moderator")]
    assert speakers[0].participant_uuid is not None and speakers[1].participant_uuid is None
    assert panel.model.rowCount() == 2

    # a name left empty adds nobody and says why
    panel.add_button.click()
    assert "name" in panel.hint.text() and panel.model.rowCount() == 2

    # edited in place: F2 on the title cell, then the role from its list
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(1, 1))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    [cell] = editors(panel.table, QLineEdit)
    assert cell.text() == "Co-chair"
    cell.selectAll()
    qtbot.keyClicks(cell, "Co-chair of the organising committee")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    wait_idle(qtbot, win.controller)
    panel.table.setCurrentIndex(panel.model.index(1, 3))
    panel.table.edit(panel.model.index(1, 3))
    [roles] = editors(panel.table, QComboBox)
    assert roles.currentData() == "moderator"
    roles.setCurrentIndex(roles.findData("speaker"))
    panel.table.commitData(roles)
    wait_idle(qtbot, win.controller)
    speakers, _ = stored(sample_db, title)
    assert (speakers[1].title, speakers[1].role.value) == ("Co-chair of the organising committee", "speaker")

    # the moderator first: Alt+Up in the table, then undone with the window's undo
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    wait_idle(qtbot, win.controller)
    assert [s.name for s in stored(sample_db, title)[0]] == ["Ingrid Halvorsen", "Rosario Bautista"]
    assert panel.selected().name == "Ingrid Halvorsen"  # the moved speaker stays selected
    win.controller.undo_stack.undo()
    wait_idle(qtbot, win.controller)
    assert [s.name for s in stored(sample_db, title)[0]] == ["Rosario Bautista", "Ingrid Halvorsen"]

    # removed, and brought back by undo
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.remove_button.click()
    wait_idle(qtbot, win.controller)
    assert [s.name for s in stored(sample_db, title)[0]] == ["Ingrid Halvorsen"]
    win.controller.undo_stack.undo()
    wait_idle(qtbot, win.controller)
    assert [s.name for s in stored(sample_db, title)[0]] == ["Rosario Bautista", "Ingrid Halvorsen"]
    assert panel.model.rowCount() == 2


def test_the_account_autosaves_as_typed_and_undoes_in_one_step(qtbot, sessions, sample_db):
    win, view = sessions
    title = "Cross-cutting lessons"
    view.select_session(session_uuid(view, title))
    account = view.account
    assert account.editor.toPlainText() == "" and account.editor.isEnabled()
    type_at_end(qtbot, account.editor, "The moderator drew **three lessons**:\n\n- capacity")
    assert account.autosave.pending  # saved within a second of the first keystroke
    account.autosave.fire()
    type_at_end(qtbot, account.editor, "\n- access to justice")
    account.autosave.fire()
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text == "The moderator drew **three lessons**:\n\n- capacity\n- access to justice"
    assert account.status.text() == "Saved"

    # choosing another session saves at once; coming back shows the stored text
    type_at_end(qtbot, account.editor, "\n- data")
    view.select_session(session_uuid(view, "Closing"))
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text.endswith("- data")
    assert account.editor.toPlainText().startswith("**Ingrid Halvorsen** thanked")
    view.select_session(session_uuid(view, title))
    assert account.editor.toPlainText().endswith("- data")

    # the saves of one stretch of typing (until the session was left) are one undo step
    assert win.controller.undo_stack.undoText() == "Edit account"
    win.controller.undo_stack.undo()
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text == ""
    qtbot.waitUntil(lambda: account.editor.toPlainText() == "", timeout=5000)
    win.controller.undo_stack.redo()
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text.endswith("- access to justice\n- data")
    qtbot.waitUntil(lambda: account.editor.toPlainText().endswith("- data"), timeout=5000)


def test_the_account_has_bold_and_italics_keys_and_a_formatted_preview(qtbot, sessions, sample_db):
    win, view = sessions
    title = "Presentation of outcomes"
    view.select_session(session_uuid(view, title))
    editor = view.account.editor
    type_at_end(qtbot, editor, "Each host presented for ten minutes")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfWord)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)  # "minutes"
    qtbot.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "Each host presented for ten **minutes**"
    view.account.markup.toggle.setChecked(True)
    view.account.markup.refresh()
    preview = view.account.markup.preview
    assert preview.isVisibleTo(view) and preview.toPlainText().strip() == "Each host presented for ten minutes"
    assert re.search(r"font-weight:\s*[6-9]00[^>]*>minutes<", preview.toHtml())  # printed bold, no asterisks
    view.account.save(final=True)
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text == "Each host presented for ten **minutes**"


def test_an_account_changed_on_another_laptop_opens_the_merge_window(qtbot, sessions, sample_db):
    win, view = sessions
    title = "Opening plenary"
    view.select_session(session_uuid(view, title))
    account = view.account
    original = account.editor.toPlainText()
    with reading(sample_db) as other_laptop:  # laptop B edits the same account meanwhile
        item = session_uuid(view, title)
        current = other_laptop.snapshot().account_of(item)
        other_laptop.set_session_account(item, "Laptop B: the opening, shortened.", current.version,
                                          uuid=current.uuid)
    type_at_end(qtbot, account.editor, "\n\nLaptop A: and a final word.")
    account.autosave.fire()
    wait_idle(qtbot, win.controller)

    dialog = account.merge_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.theirs_text() == "Laptop B: the opening, shortened."
    assert dialog.mine_text() == original + "\n\nLaptop A: and a final word."
    assert "Account · Opening plenary" in dialog.what.text()
    assert stored(sample_db, title)[1].text == "Laptop B: the opening, shortened."  # not overwritten
    assert not account.merge_button.isHidden() and "another laptop" in account.status.text()

    dialog.mine.setPlainText("Laptop B's opening, with laptop A's final word.")
    dialog.save_button.click()
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text == "Laptop B's opening, with laptop A's final word."
    assert account.conflict is None and account.status.text() == "Saved"


def test_an_undecided_conflict_keeps_both_texts_when_another_session_is_chosen(qtbot, sessions, sample_db):
    win, view = sessions
    title = "Closing"
    view.select_session(session_uuid(view, title))
    account = view.account
    with reading(sample_db) as other_laptop:
        item = session_uuid(view, title)
        current = other_laptop.snapshot().account_of(item)
        other_laptop.set_session_account(item, "Laptop B's closing.", current.version, uuid=current.uuid)
    type_at_end(qtbot, account.editor, " Laptop A adds this.")
    mine = account.editor.toPlainText()
    account.autosave.fire()
    wait_idle(qtbot, win.controller)
    account.merge_dialog.later_button.click()
    view.select_session(session_uuid(view, "Opening plenary"))
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text == both_texts("Laptop B's closing.", mine)


def test_a_first_account_written_elsewhere_is_never_replaced(qtbot, sessions, sample_db):
    win, view = sessions
    title = "Presentation of outcomes"
    item = session_uuid(view, title)
    view.select_session(item)
    with reading(sample_db) as other_laptop:
        other_laptop.set_session_account(item, "Laptop B was first.", 0)
    type_at_end(qtbot, view.account.editor, "Laptop A thought it was first.")
    view.account.autosave.fire()
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text == "Laptop B was first."
    dialog = view.account.merge_dialog
    assert dialog.theirs_text() == "Laptop B was first."
    dialog.theirs_button.click()  # keep theirs: ours is dropped, theirs shown
    assert view.account.editor.toPlainText() == "Laptop B was first."
    type_at_end(qtbot, view.account.editor, " And A agrees.")
    view.account.autosave.fire()
    wait_idle(qtbot, win.controller)
    assert stored(sample_db, title)[1].text == "Laptop B was first. And A agrees."


# -- the report's settings ------------------------------------------------------------------------
@pytest.fixture
def report_tab(qtbot, sample_window):
    win = sample_window
    win.show()
    win.show_place("plenary")
    plenary = win.views["plenary"]
    plenary.tabs.setCurrentIndex(2)
    return win, plenary.report_settings


def stored_workshop(db):
    with reading(db) as service:
        return service.snapshot().workshop


def test_the_organiser_sets_the_title_and_the_sections_each_an_undoable_step(qtbot, report_tab, sample_db):
    win, settings = report_tab
    assert settings.title_edit.placeholderText() == "Report"
    settings.title_edit.setFocus()
    qtbot.keyClicks(settings.title_edit, "Final Report")
    qtbot.keyClick(settings.title_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, win.controller)
    assert stored_workshop(sample_db).report_title == "Final Report"

    table = settings.sections
    keys = [table.item(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(table.rowCount())]
    assert keys == ["introduction", "sessions", "themes", "wrapup", "annex", "participants"]
    assert table.item(5, 0).checkState() == Qt.CheckState.Unchecked  # the list of people is asked for
    table.item(2, 1).setText("Thematic Sessions")  # an edited title
    wait_idle(qtbot, win.controller)
    table.item(4, 0).setCheckState(Qt.CheckState.Unchecked)  # no annex
    wait_idle(qtbot, win.controller)
    table.setFocus()
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # themes before the sessions
    wait_idle(qtbot, win.controller)
    sections = report_sections(stored_workshop(sample_db).report_sections)
    assert [s.key for s in sections] == ["introduction", "themes", "sessions", "wrapup", "annex", "participants"]
    assert sections[1].title == "Thematic Sessions" and not sections[4].shown
    assert table.currentRow() == 1

    win.controller.undo_stack.undo()  # the move
    wait_idle(qtbot, win.controller)
    assert [s.key for s in report_sections(stored_workshop(sample_db).report_sections)][1] == "sessions"
    settings.defaults_button.click()
    wait_idle(qtbot, win.controller)
    assert stored_workshop(sample_db).report_sections == ()


def test_the_statistics_sentence_is_offered_from_the_data_and_edited(qtbot, report_tab, sample_db):
    statistics = pytest.importorskip("cafe.report.statistics")
    win, settings = report_tab
    with reading(sample_db) as service:
        offered = statistics.offer(service.snapshot())
    assert "participants" in offered and stored_workshop(sample_db).statistics == ""
    assert settings.offered.text() == "Offered from the data: " + offered
    settings.offer_button.click()
    wait_idle(qtbot, win.controller)
    assert stored_workshop(sample_db).statistics == offered
    settings.statistics.setFocus()
    settings.statistics.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(settings.statistics, "In all, ")
    settings.statistics.flush()
    wait_idle(qtbot, win.controller)
    assert stored_workshop(sample_db).statistics == "In all, " + offered


def test_the_wrapup_lead_in_is_edited_here(qtbot, report_tab, sample_db):
    win, settings = report_tab
    assert settings.lead_in.toPlainText().startswith("The outcomes of the thematic sessions were presented")
    settings.lead_in.setPlainText("Presented by the three hosts; moderated by **Daniel Okoro**.")
    settings.lead_in.flush()
    wait_idle(qtbot, win.controller)
    assert stored_workshop(sample_db).wrapup_lead_in == "Presented by the three hosts; moderated by **Daniel Okoro**."
