"""The stage display a moderator can trust: a word and a look for each phase, the end time, the next
agenda item judged on the workshop's own day, Space that never pauses every room, the guiding
questions on demand, and what a screen reader hears."""

from __future__ import annotations

import datetime as dt

import pytest
from clock_support import open_with_clock, rooms, step
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from cafe.clock.text import Phase
from ui.moderator import stage_display
from ui.moderator.stage_canvas import DIGITS_MIN, QUESTION_MIN
from ui.moderator.stage_content import BACKGROUND, FRAME_COLOURS, OVERTIME_BACKGROUND, PHASE_COLOURS
from ui.moderator.stage_display import StageDisplay


class FakePlayer:
    available = True

    def play(self, kind: str) -> None:
        pass


def display_for(qtbot, window, room: str | None) -> StageDisplay:
    room_uuid = rooms(window)[room] if room else None
    display = StageDisplay(window.controller, room_uuid, player=FakePlayer(), parent=window)
    display.show()
    qtbot.waitExposed(display)
    display.activateWindow()
    qtbot.waitUntil(display.isActiveWindow)
    return display


def room_states(window) -> set[str]:
    index = window.controller.index
    rnd = index.snap.rounds[0].uuid
    return {index.room_state(rnd, room) for room in rooms(window).values()}


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def live(qtbot, window, sample_db):
    clock, ticker = open_with_clock(qtbot, window, sample_db)
    return window, clock, ticker


def test_each_phase_has_its_own_word_its_own_look_and_the_end_time(qtbot, live):
    window, clock, ticker = live
    display = display_for(qtbot, window, "Room XI")
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    seen = {}
    for advance, phase in ((60, Phase.normal), (51 * 60, Phase.warning), (7 * 60 + 30, Phase.danger),
                           (2 * 60 + 5, Phase.overtime)):
        clock.advance(advance)
        ticker.poll()
        c = display.canvas.content
        assert c.phase is phase
        seen[phase] = c
        assert contrast(c.colour, c.background) >= 4.5  # legible on a washed-out projector
    words = {phase: c.words.split(" ")[0] for phase, c in seen.items()}
    assert words == {Phase.normal: "Running", Phase.warning: "Wrap", Phase.danger: "Final",
                     Phase.overtime: "Overtime"}
    assert seen[Phase.warning].words == "Wrap up · 8 minutes left"
    assert seen[Phase.danger].words == "Final minute"
    assert seen[Phase.normal].end_text == seen[Phase.warning].end_text == "ends 13:00"
    assert seen[Phase.overtime].end_text == "was due 13:00"
    amber, red = PHASE_COLOURS[Phase.warning], PHASE_COLOURS[Phase.danger]
    assert abs(amber.hsvHue() - red.hsvHue()) >= 30  # amber and red, not two oranges
    assert seen[Phase.overtime].background == OVERTIME_BACKGROUND != BACKGROUND
    assert Phase.danger in FRAME_COLOURS and Phase.warning not in FRAME_COLOURS
    display.extend(5)
    step(qtbot, window, ticker)
    assert display.canvas.content.end_text == "ends 13:05"
    QTest.keyClick(display, Qt.Key.Key_Space)  # paused: no end time, the words say so
    step(qtbot, window, ticker)
    assert (display.canvas.content.words, display.canvas.content.end_text) == ("Paused", "")


def test_a_past_workshop_opened_today_reads_next_from_its_own_day(qtbot, window, sample_db):
    clock, ticker = open_with_clock(qtbot, window, sample_db, dt.datetime(2025, 6, 10, 14, 40))
    overview = window.views["overview"]
    overview.refresh()
    assert overview.next_up.text() != "Nothing more on the agenda"
    display = display_for(qtbot, window, "Room XI")
    c = display.canvas.content
    assert c.headline.startswith("Round 1 — ")
    assert c.next_text == "Next: Round 1 at 12:00 · Next here: Group A"
    assert c.end_text == "planned 12:00–13:00"
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    assert display.canvas.content.next_text == "Next: Lunch break until 15:00 · Next here: Group A"
    assert display.canvas.content.end_text == "ends 17:40"  # started now (16:40 in Geneva): ends by today's wall clock
    overview.refresh()
    assert overview.next_up.text() == "Next: Lunch break until 15:00"


def test_space_on_the_all_rooms_display_changes_no_clock(qtbot, live):
    window, _clock, ticker = live
    display = display_for(qtbot, window, None)
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    assert room_states(window) == {"scheduled"}
    assert window.controller.undo_stack.count() == 0
    assert "one room's display" in display.canvas.content.notice
    shortcuts = {a.text(): [s.toString() for s in a.shortcuts()] for a in display.actions()}
    assert shortcuts["Start / pause all rooms"] == []  # every room: chosen in the menu, never a stray key
    in_menus = {a.text() for a in display.context_menu().actions()}
    assert "Start / pause all rooms" in in_menus
    display.toggle_action.trigger()
    step(qtbot, window, ticker)
    assert room_states(window) == {"running"}
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    assert room_states(window) == {"running"}


def test_the_guiding_questions_show_on_demand_and_are_remembered(qtbot, live):
    window, _clock, _ticker = live
    r = rooms(window)
    index = window.controller.index
    wanted = tuple(index.theme_by_room[r["Room XI"]].guiding_questions)
    display = display_for(qtbot, window, "Room XI")
    assert display.canvas.content.questions == ()
    assert "Guiding questions" in {a.text() for a in display.context_menu().actions()}
    QTest.keyClick(display, Qt.Key.Key_Q)
    c = display.canvas.content
    assert c.questions == wanted and len(wanted) == 4 and display.questions_action.isChecked()
    assert "questions" in display.canvas.layout_rects()
    key = stage_display.questions_key(index.snap.workshop.uuid, r["Room XI"])
    assert stage_display.app_settings().value(key, type=bool) is True
    display.close()
    again = display_for(qtbot, window, "Room XI")
    assert again.canvas.content.questions == wanted  # remembered for this workshop's room
    assert display_for(qtbot, window, "Room VII").canvas.content.questions == ()
    moderator = display_for(qtbot, window, None)
    QTest.keyClick(moderator, Qt.Key.Key_Q)  # all rooms: no one theme's questions
    assert not moderator.questions_shown and "one room's display" in moderator.canvas.content.notice
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    QTest.keyClick(again, Qt.Key.Key_Q)
    assert again.canvas.content.questions == () and not again.questions_action.isChecked()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_questions_fit_the_screen_at_a_legible_size(qtbot, live, size):
    window, _clock, _ticker = live
    display = display_for(qtbot, window, "Room XI")
    display.set_questions_shown(True)
    canvas = display.canvas
    canvas.resize(*size)
    rect = canvas.layout_rects()["questions"]
    questions = display.canvas.content.questions
    font, fitting = canvas.question_font(rect, questions)
    assert fitting == len(questions) == 4
    assert font.pixelSize() >= QUESTION_MIN * size[1]
    assert canvas.layout_rects()["digits"].height() >= DIGITS_MIN * size[1] - 1  # the clock stays big
    many = tuple(q + " " + q for q in questions) * 3
    font, fitting = canvas.question_font(rect, many)
    assert 1 <= fitting < len(many) and font.pixelSize() >= QUESTION_MIN * size[1]
    assert canvas.question_font(QRectF(rect), many) == (font, fitting)
    display.control.send_message("Please wrap up", None, [display.room_uuid])  # a message takes room too
    qtbot.waitUntil(lambda: display.canvas.content.message == "Please wrap up")
    rects = canvas.layout_rects()
    assert rects["digits"].height() >= DIGITS_MIN * size[1] - 1
    assert canvas.question_font(rects["questions"], questions)[0].pixelSize() >= QUESTION_MIN * size[1]


def test_a_screen_reader_hears_the_phase_once_it_changes(qtbot, live):
    window, clock, ticker = live
    display = display_for(qtbot, window, "Room XI")
    canvas = display.canvas
    assert canvas.accessibleName().startswith("Stage clock — Round 1")
    assert canvas.accessibleDescription().startswith("Not started. 60 min left. planned 12:00–13:00")
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    clock.advance(20)
    ticker.poll()
    described = canvas.accessibleDescription()
    assert described.startswith("Running. 60 min left. ends 13:00")
    clock.advance(5)  # the same minute: the digits change, the description does not
    ticker.poll()
    assert canvas.accessibleDescription() == described
    clock.advance(51 * 60)
    ticker.poll()
    assert canvas.accessibleDescription().startswith("Wrap up. 9 min left. ends 13:00")
    clock.advance(8 * 60 + 30)
    ticker.poll()
    assert canvas.accessibleDescription().startswith("Final minute. 1 min left. ends 13:00")
