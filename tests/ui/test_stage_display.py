"""The stage display: what it shows, its keys and menus, the message, the screen it remembers, the chime."""

from __future__ import annotations

import pytest
from clock_support import (
    open_with_clock,
    room_round,
    rooms,
    step,
)
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication
from PySide6.QtTest import QTest
from support import reading

from cafe.clock.text import Phase
from ui.moderator import stage_display
from ui.moderator.sound import WARNING, ZERO
from ui.moderator.stage_canvas import PHASE_COLOURS
from ui.moderator.stage_display import StageDisplay, open_stage_display


class FakePlayer:
    available = True

    def __init__(self):
        self.played: list[str] = []

    def play(self, kind: str) -> None:
        self.played.append(kind)


@pytest.fixture
def live(qtbot, window, sample_db):
    clock, ticker = open_with_clock(qtbot, window, sample_db)
    return window, clock, ticker


def display_for(qtbot, window, room: str | None, player=None) -> StageDisplay:
    room_uuid = rooms(window)[room] if room else None
    display = StageDisplay(window.controller, room_uuid, player=player or FakePlayer(), parent=window)
    display.show()
    qtbot.waitExposed(display)
    display.activateWindow()
    qtbot.waitUntil(display.isActiveWindow)
    return display


def test_a_room_display_shows_the_move_the_theme_and_what_comes_next(qtbot, live):
    window, _clock, _ticker = live
    c = display_for(qtbot, window, "Room XI").canvas.content
    assert c.headline == "Round 1 — Group B → Room XI (Regular pathways)"
    assert c.subline == "Creating regular pathways for migration"
    assert (c.digits, c.words, c.phase) == ("1:00:00", "Not started", Phase.scheduled)
    assert c.next_text == "Next: Lunch break until 15:00 · Next here: Group A"
    assert c.end_text == "planned 12:00–13:00"
    assert c.fraction == 1.0


def test_the_moderators_display_shows_every_move(qtbot, live):
    window, _clock, _ticker = live
    c = display_for(qtbot, window, None).canvas.content
    assert c.headline == "Round 1 — all rooms"
    assert c.subline == "Group A → Room XVI · Group B → Room XI · Group C → Room VII"


def test_keys_start_pause_and_change_the_time_of_this_room_only(qtbot, live, sample_db):
    window, clock, ticker = live
    display = display_for(qtbot, window, "Room XI")
    r = rooms(window)
    rnd = window.controller.index.snap.rounds[0].uuid
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    clock.advance(90)
    ticker.poll()
    assert display.canvas.content.digits == "58:30"
    QTest.keyClick(display, Qt.Key.Key_Plus)
    step(qtbot, window, ticker)
    assert display.canvas.content.digits == "59:30"
    QTest.keyClick(display, Qt.Key.Key_Minus)
    QTest.keyClick(display, Qt.Key.Key_Minus)
    step(qtbot, window, ticker)
    assert display.canvas.content.digits == "57:30"
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    clock.advance(60)
    ticker.poll()
    assert (display.canvas.content.digits, display.canvas.content.words) == ("57:30", "Paused")
    with reading(sample_db) as service:
        assert room_round(service, rnd, r["Room XI"]).state == "paused"
        assert room_round(service, rnd, r["Room VII"]).state == "scheduled"
    stack = window.controller.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Start round 1 in Room XI", "Add 1 minute to Room XI", "Remove 1 minute from Room XI",
        "Remove 1 minute from Room XI", "Pause round 1 in Room XI"]


def test_f_toggles_full_screen_and_esc_leaves_it(qtbot, live):
    window, _clock, _ticker = live
    display = display_for(qtbot, window, "Room XI")
    QTest.keyClick(display, Qt.Key.Key_F)
    qtbot.waitUntil(display.isFullScreen)
    assert display.menuBar().isHidden() and display.full_screen_action.isChecked()
    QTest.keyClick(display, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not display.isFullScreen())
    assert not display.menuBar().isHidden()
    QTest.keyClick(display, Qt.Key.Key_F)
    qtbot.waitUntil(display.isFullScreen)
    QTest.keyClick(display, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not display.isFullScreen())


def test_every_action_is_in_the_menu_bar_and_the_right_click_menu(qtbot, live):
    window, _clock, _ticker = live
    display = display_for(qtbot, window, "Room XI")
    in_bar = {a.text() for menu in display.menuBar().actions() for a in menu.menu().actions()}
    in_context = {a.text() for a in display.context_menu().actions()}
    wanted = {"Start / pause", "+1 minute", "−1 minute", "+5 minutes", "End round", "Restart round",
              "Full screen", "Leave full screen", "Close"}
    assert wanted <= in_bar and wanted <= in_context
    shortcuts = {a.text(): [s.toString() for s in a.shortcuts()] for a in display.actions()}
    assert shortcuts["Start / pause"] == ["Space"] and "F" in shortcuts["Full screen"]
    assert "Esc" in shortcuts["Leave full screen"] and "+" in shortcuts["+1 minute"]


def test_a_message_from_the_overview_reaches_the_rooms_display(qtbot, live):
    window, _clock, ticker = live
    room = display_for(qtbot, window, "Room XI")
    moderator = display_for(qtbot, window, None)
    overview = window.views["overview"]
    overview.select_room(rooms(window)["Room XI"])
    overview.message.setText("Please wrap up")
    overview.send_room.click()
    step(qtbot, window, ticker)
    assert room.canvas.content.message == "Please wrap up"
    assert moderator.canvas.content.message == ""  # a message for one room stays there
    overview.message.setText("Lunch is served")
    overview.send_all.click()
    step(qtbot, window, ticker)
    assert room.canvas.content.message == moderator.canvas.content.message == "Lunch is served"


def test_overtime_has_words_colour_an_empty_bar_and_a_blink_on_the_tick(qtbot, live):
    window, clock, ticker = live
    display = display_for(qtbot, window, "Room XI")
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    clock.advance(3600 + 65)
    ticker.poll()
    c = display.canvas.content
    assert (c.digits, c.words, c.phase, c.fraction) == ("\u221201:05", "Overtime 1:05", Phase.overtime, 0.0)
    assert c.colour == PHASE_COLOURS[Phase.overtime]
    dims = []
    for _ in range(4):
        clock.advance(1)
        ticker.poll()
        dims.append(display.canvas.content.dim)
    assert dims in ([True, False, True, False], [False, True, False, True])
    clock.advance(0.4)  # the same shown second: no blink, no new content
    content = display.canvas.content
    ticker.poll()
    assert display.canvas.content is content


def test_warning_and_danger_have_their_own_words(qtbot, live):
    window, clock, ticker = live
    display = display_for(qtbot, window, "Room XI")
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    clock.advance(3600 - 9 * 60 - 30)
    ticker.poll()
    assert (display.canvas.content.words, display.canvas.content.phase) == ("Wrap up · 10 minutes left",
                                                                            Phase.warning)
    clock.advance(8 * 60)
    ticker.poll()
    assert (display.canvas.content.words, display.canvas.content.phase) == ("Final minutes · 2 minutes left",
                                                                            Phase.danger)
    clock.advance(60)
    ticker.poll()
    assert (display.canvas.content.words, display.canvas.content.phase) == ("Final minute", Phase.danger)


def test_it_repaints_once_per_shown_second(qtbot, live):
    window, clock, ticker = live
    display = display_for(qtbot, window, "Room XI")
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    qtbot.waitUntil(lambda: display.canvas.content.phase is Phase.normal)
    painted = display.canvas.paint_count
    clock.advance(1)
    ticker.poll()
    qtbot.waitUntil(lambda: display.canvas.paint_count > painted)
    painted = display.canvas.paint_count
    for _ in range(5):  # polls within the same shown second change nothing
        clock.advance(0.1)
        ticker.poll()
        QGuiApplication.processEvents()
    assert display.canvas.paint_count == painted


def test_the_digits_fill_the_window_whatever_its_size(qtbot, live):
    window, _clock, _ticker = live
    canvas = display_for(qtbot, window, "Room XI").canvas
    sizes = []
    for w, h in ((400, 300), (1280, 800), (1920, 1080)):
        rect = QRectF(0, 0, w * 0.94, h * 0.5)
        font, digit_height = canvas.digit_font(rect, "\u221212:34")
        width = QFontMetricsF(font).horizontalAdvance("\u221212:34")
        assert width <= rect.width() and digit_height <= rect.height()
        assert width > 0.8 * rect.width() or digit_height > 0.8 * rect.height()  # fills one way
        sizes.append(font.pixelSize())
    assert sizes == sorted(sizes) and sizes[-1] > 3 * sizes[0]


def test_the_screen_choice_is_remembered_per_room(qtbot, live, monkeypatch):
    window, _clock, _ticker = live
    r = rooms(window)
    screen = QGuiApplication.screens()[0]
    asked = []

    def ask(cls, parent, room_list, screens, room_uuid=None, screen_index=0):
        asked.append((room_uuid, screen_index, list(screens)))
        return r["Room VII"], 0

    monkeypatch.setattr(stage_display.StageDisplayDialog, "ask", classmethod(ask))
    display = stage_display.ask_and_open(window, window.controller)
    assert display.room_uuid == r["Room VII"] and display.isVisible()
    settings = stage_display.app_settings()
    assert settings.value(stage_display.SETTINGS_PREFIX + r["Room VII"]) == stage_display.screen_id(screen)
    assert stage_display.remembered_screen(r["Room VII"]) is screen
    assert stage_display.remembered_screen(r["Room XI"]) is None
    assert open_stage_display(window, window.controller, r["Room VII"]) is display  # brought forward
    settings.setValue(stage_display.SETTINGS_PREFIX + r["Room XI"], "HDMI-9")  # a screen since unplugged
    other = open_stage_display(window, window.controller, r["Room XI"])
    assert other.screen() is screen and other is not display
    assert asked[0][2][0].startswith("1: ")


def test_the_chime_sounds_once_at_warning_and_once_at_zero(qtbot, live):
    window, clock, ticker = live
    player = FakePlayer()
    display = display_for(qtbot, window, "Room XI", player)
    QTest.keyClick(display, Qt.Key.Key_Space)
    step(qtbot, window, ticker)
    for _ in range(3700 // 20):
        clock.advance(20)
        ticker.poll()
    assert player.played == [WARNING, ZERO]
    display.extend(5)  # back above zero, then past it again: no second chime
    step(qtbot, window, ticker)
    clock.advance(400)
    ticker.poll()
    assert player.played == [WARNING, ZERO]
    reopened = display_for(qtbot, window, "Room XI", FakePlayer())  # a restart past both thresholds
    clock.advance(30)
    ticker.poll()
    assert reopened.chimes.player.played == []
