"""The host sees the theme's guiding questions beside the clock, in the brief, on its projector view and its PDF."""

from __future__ import annotations

import unicodedata

from notes_support import room_view, settle
from PySide6.QtCore import QSettings, Qt

from ui.room.brief_view import BriefPdfDialog
from ui.room.notes_header import QUESTIONS_SHOWN_KEY, NotesHeader
from ui.workshop.ops import S, call


def questions_of(win, room_uuid):
    return list(win.controller.index.theme_by_room[room_uuid].guiding_questions)


def test_the_questions_sit_beside_the_clock_and_follow_the_room(qtbot, sample_window):
    win = sample_window
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    view = room_view(qtbot, win, room_index=0, round_index=1)
    header = view.header_widget
    first = questions_of(win, view.selected_room())
    assert first and header.questions_box.isVisible() and header.questions_area.isVisible()
    text = header.questions.text()
    assert all(q.replace("'", "&#x27;") in text or q in text for q in first)
    assert header.questions_toggle.text().endswith(f"Guiding questions ({len(first)})")
    assert header.questions_toggle.accessibleName() == "Guiding questions"
    assert first[0] in header.questions_toggle.toolTip() and first[0] in header.questions.accessibleDescription()
    # beside the clock: on the same band of the header, left of it
    box, clock = header.questions_box.geometry(), header.clock.geometry()
    assert box.right() <= clock.left() and box.top() < clock.bottom() and clock.top() < box.bottom()
    # compact: the note columns keep most of a 1366x768 screen
    assert header.height() <= 110
    assert view.columns["challenge"].list.height() >= 240

    snap = win.controller.snapshot
    view.select(snap.rooms[2].uuid, snap.rounds[2].uuid)  # another room and round: its theme's questions
    settle(qtbot, win)
    other = questions_of(win, snap.rooms[2].uuid)
    assert other != first and header.guiding_questions == tuple(other)
    assert first[0] not in header.questions.text()


def test_a_theme_edited_in_setup_shows_at_once_and_no_theme_hides_the_box(qtbot, sample_window):
    win = sample_window
    view = room_view(qtbot, win)
    header = view.header_widget
    theme = win.controller.index.theme_by_room[view.selected_room()]
    win.controller.edit("Edit guiding questions", call(S.update_theme, uuid=theme.uuid, expected_version=theme.version,
                                                       guiding_questions=["Who <pays> the fees?"]))
    settle(qtbot, win)
    assert header.guiding_questions == ("Who <pays> the fees?",)
    assert "Who &lt;pays&gt; the fees?" in header.questions.text()  # shown as typed, never as markup
    assert header.questions_toggle.text().endswith("Guiding question (1)")
    header.show_for(win.controller.index, None, None)
    assert header.questions_box.isHidden()


def test_the_questions_fold_away_by_keyboard_or_mouse_and_that_is_remembered(qtbot, sample_window):
    win = sample_window
    win.show()
    qtbot.waitExposed(win)
    view = room_view(qtbot, win)
    header = view.header_widget
    assert header.questions_open()
    header.questions_toggle.setFocus()
    qtbot.keyClick(header.questions_toggle, Qt.Key.Key_Space)
    assert not header.questions_open() and header.questions_area.isHidden()
    assert header.questions_toggle.text().startswith("▸")
    assert QSettings().value(QUESTIONS_SHOWN_KEY, True, type=bool) is False
    again = NotesHeader(win.controller)  # the next start
    qtbot.addWidget(again)
    assert not again.questions_open()
    qtbot.mouseClick(header.questions_toggle, Qt.MouseButton.LeftButton)
    assert header.questions_open() and header.questions_area.isVisible()
    assert QSettings().value(QUESTIONS_SHOWN_KEY, False, type=bool) is True


def open_brief(qtbot, win, room_index: int, round_index: int):
    view = room_view(qtbot, win, room_index=room_index, round_index=round_index)
    view.tabs.setCurrentWidget(view.brief)
    view.brief.refresh()
    settle(qtbot, win)
    qtbot.waitUntil(lambda: view.brief.brief is not None and view.brief.brief.round_number == round_index + 1,
                    timeout=10000)
    return view


def test_the_brief_opens_with_the_questions_on_screen_and_on_the_projector(qtbot, sample_window):
    win = sample_window
    view = open_brief(qtbot, win, 1, 0)  # round 1: nothing from earlier groups, the questions all the same
    questions = questions_of(win, view.selected_room())
    screen = view.brief.browser.toPlainText()
    assert "Guiding questions" in screen
    assert screen.index("Guiding questions") < screen.index(questions[0]) < screen.index("Nothing from earlier")
    assert all(q in screen for q in questions)
    view.brief.show_projector()
    projector = view.brief.projector
    qtbot.addWidget(projector)
    assert all(q in projector.browser.toPlainText() for q in questions)
    view.brief.close_projector()


def test_the_briefs_pdf_carries_the_questions(qtbot, sample_window, tmp_path, monkeypatch):
    from pypdf import PdfReader

    win = sample_window
    view = open_brief(qtbot, win, 2, 2)
    questions = questions_of(win, view.selected_room())
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(BriefPdfDialog, "ask", classmethod(lambda cls, parent, suggested: str(target)))
    with qtbot.waitSignal(win.controller.notice, timeout=15000):
        view.brief.print_pdf()
    text = " ".join(unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in PdfReader(target).pages))
                    .split())
    assert "Guiding questions" in text
    for n, q in enumerate(questions, start=1):
        assert f"{n}. {q}" in text
    first_item = next(line.text for line in view.brief.lines if line.kind == "item")
    assert text.index(questions[-1]) < text.index(" ".join(first_item.split()[:4]))


def test_this_laptop_serves_a_room_shows_that_room_and_its_questions(qtbot, sample_window):
    win = sample_window
    view = room_view(qtbot, win, room_index=0)
    snap = win.controller.snapshot
    win.fill_laptop_menu()
    action = next(a for a in win.laptop_menu.actions() if a.text() == snap.rooms[2].name)
    action.trigger()
    settle(qtbot, win)
    assert win.current_place() == "room" and view.selected_room() == snap.rooms[2].uuid
    assert view.selected_round() is not None  # a round to type into, not "All rounds"
    assert view.header_widget.guiding_questions == tuple(questions_of(win, snap.rooms[2].uuid))
