"""The moderator's live overview: every room's clock, the round's controls, messages, undo."""

from __future__ import annotations

import pytest
from clock_support import (
    T0,
    open_with_clock,
    room_round,
    rooms,
    step,
)
from PySide6.QtCore import Qt
from support import reading, wait_idle

from cafe.clock.text import Phase
from ui.moderator.all_rooms import AllRoomsConfirm
from ui.moderator.overview_view import COLUMNS, PHASE_COLUMN, TIME_COLUMN


@pytest.fixture
def live(qtbot, window, sample_db):
    clock, ticker = open_with_clock(qtbot, window, sample_db)
    view = window.views["overview"]
    return window, view, clock, ticker


def cells(view, column: int) -> dict[str, str]:
    model = view.model
    return {model.data(model.index(r, 0)): model.data(model.index(r, column)) for r in range(model.rowCount())}


def undo_texts(window) -> list[str]:
    stack = window.controller.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_every_room_shows_theme_group_phase_and_time(live, qtmodeltester):
    _window, view, _clock, _ticker = live
    qtmodeltester.check(view.model, force_py=True)
    assert view.model.columnCount() == len(COLUMNS)
    assert view.headline.text() == "Next: Round 1 · 12:00–13:00 — not started"
    assert cells(view, TIME_COLUMN) == {"Room XVI": "1:00:00", "Room XI": "1:00:00", "Room VII": "1:00:00"}
    assert set(cells(view, 3).values()) == {"Group A", "Group B", "Group C"}
    assert set(cells(view, PHASE_COLUMN).values()) == {"Not started"}
    assert cells(view, 1)["Room XI"] == "Creating regular pathways for migration"
    assert all(cells(view, 7).values())  # the group coming next
    assert view.next_up.text() == "Next: Lunch break until 15:00"
    assert view.start_all.isEnabled() and not view.pause_all.isEnabled() and not view.end_all.isEnabled()


def test_start_all_then_the_shown_time_follows_the_clock(qtbot, live, sample_db):
    window, view, clock, ticker = live
    view.start_all.click()
    step(qtbot, window, ticker)
    assert view.headline.text() == "Now: Round 1 · 12:00–13:00 — running"
    clock.advance(65.5)
    ticker.poll()
    assert set(cells(view, TIME_COLUMN).values()) == {"58:55"}
    assert set(cells(view, PHASE_COLUMN).values()) == {"Running"}
    with reading(sample_db) as service:
        snap = service.snapshot()
        rnd = snap.rounds[0]
        starts = {rr.actual_start.replace(tzinfo=None) for rr in snap.room_rounds if rr.round_uuid == rnd.uuid}
    assert starts == {T0}  # the instant of the ticker's clock, not the machine's
    assert undo_texts(window) == ["Start round 1"]
    window.controller.undo_stack.undo()
    wait_idle(qtbot, window.controller)
    with reading(sample_db) as service:
        assert {rr.state for rr in service.snapshot().room_rounds} == {"scheduled"}
    assert set(cells(view, TIME_COLUMN).values()) == {"1:00:00"}


def test_pause_extend_resume_and_end_reach_the_database_and_undo(qtbot, live, sample_db, monkeypatch):
    window, view, clock, ticker = live
    asked = []
    monkeypatch.setattr(AllRoomsConfirm, "ask", classmethod(lambda cls, parent, title, text, action:
                                                            asked.append(title) or True))
    r = rooms(window)
    view.start_all.click()
    step(qtbot, window, ticker)
    clock.advance(600)
    view.pause_all.click()
    step(qtbot, window, ticker)
    assert view.pause_all.text() == "Resume all"
    view.plus5_all.click()
    step(qtbot, window, ticker)
    rnd_uuid = window.controller.index.snap.rounds[0].uuid
    with reading(sample_db) as service:
        rr = room_round(service, rnd_uuid, r["Room XI"])
        assert (rr.state, rr.paused_remaining_s) == ("paused", 3300)
    clock.advance(30)  # paused: nothing moves
    ticker.poll()
    assert set(cells(view, TIME_COLUMN).values()) == {"55:00"}
    assert set(cells(view, PHASE_COLUMN).values()) == {"Paused"}
    view.pause_all.click()  # now "Resume all"
    step(qtbot, window, ticker)
    clock.advance(60)
    view.minus1_all.click()
    step(qtbot, window, ticker)
    assert set(cells(view, TIME_COLUMN).values()) == {"53:00"}
    view.end_all.click()
    step(qtbot, window, ticker)
    assert asked == ["End round 1 in all 3 rooms?"]
    with reading(sample_db) as service:
        assert room_round(service, rnd_uuid, r["Room VII"]).state == "finished"
    assert undo_texts(window) == ["Start round 1", "Pause round 1", "Add 5 minutes to round 1",
                                  "Resume round 1", "Remove 1 minute from round 1", "End round 1"]
    window.controller.undo_stack.undo()
    wait_idle(qtbot, window.controller)
    with reading(sample_db) as service:
        assert room_round(service, rnd_uuid, r["Room VII"]).state == "running"
    ticker.poll()
    assert set(cells(view, TIME_COLUMN).values()) == {"53:00"}


def test_one_room_starts_and_gets_more_time_on_its_own(qtbot, live, sample_db):
    window, view, clock, ticker = live
    r = rooms(window)
    view.select_room(r["Room XI"])
    assert view.room_label.text() == "Room XI:"
    view.start_room.click()
    step(qtbot, window, ticker)
    view.plus5_room.click()
    step(qtbot, window, ticker)
    clock.advance(1)
    ticker.poll()
    assert cells(view, TIME_COLUMN) == {"Room XVI": "1:00:00", "Room XI": "1:04:59", "Room VII": "1:00:00"}
    assert undo_texts(window) == ["Start round 1 in Room XI", "Add 5 minutes to Room XI"]
    assert view.start_all.isEnabled()  # the other rooms can still start
    with reading(sample_db) as service:
        states = {rr.room_uuid: rr.state for rr in service.snapshot().room_rounds
                  if rr.round_uuid == window.controller.index.snap.rounds[0].uuid}
    assert states == {r["Room XVI"]: "scheduled", r["Room XI"]: "running", r["Room VII"]: "scheduled"}


def test_a_refusal_is_shown_and_leaves_no_undo_step(qtbot, live):
    window, view, _clock, ticker = live
    view.control.pause(None, [rooms(window)["Room XI"]])
    step(qtbot, window, ticker)
    assert view.notice.text() == "Room XI: Cannot pause the round: it has not started yet."
    assert undo_texts(window) == []
    assert not view.send_room.isEnabled()  # no room selected
    view.send_to_room()  # Enter in the message box
    assert "Select a room" in view.notice.text()


def test_overtime_is_red_and_in_words(qtbot, live):
    window, view, clock, ticker = live
    view.start_all.click()
    step(qtbot, window, ticker)
    clock.advance(3600 + 70)
    ticker.poll()
    model = view.model
    row = model.row_of(rooms(window)["Room XI"])
    assert model.data(model.index(row, PHASE_COLUMN)) == "Overtime 1:10"
    assert model.data(model.index(row, TIME_COLUMN)) == "\u221201:10"
    red = model.data(model.index(row, TIME_COLUMN), Qt.ItemDataRole.ForegroundRole).color()
    assert red.red() > 180 and red.green() < 80
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.status(row).phase is Phase.overtime


def test_messages_go_to_one_room_or_all_and_clear(qtbot, live, sample_db):
    window, view, _clock, ticker = live
    r = rooms(window)
    view.select_room(r["Room XI"])
    view.message.setText("Please wrap up")
    view.send_room.click()
    step(qtbot, window, ticker)
    assert view.message.text() == ""
    assert cells(view, 6) == {"Room XVI": "", "Room XI": "Please wrap up", "Room VII": ""}
    view.message.setText("Lunch is served")
    view.send_all.click()
    step(qtbot, window, ticker)
    assert set(cells(view, 6).values()) == {"Lunch is served"}
    view.clear_message.click()  # Room XI is still selected
    step(qtbot, window, ticker)
    assert cells(view, 6)["Room XI"] == "" and cells(view, 6)["Room VII"] == "Lunch is served"
    assert undo_texts(window) == ["Message to Room XI", "Message to all rooms", "Clear the message in Room XI"]
    rnd_uuid = window.controller.index.snap.rounds[0].uuid
    with reading(sample_db) as service:
        assert room_round(service, rnd_uuid, r["Room XVI"]).message == "Lunch is served"


def test_any_round_can_be_shown_and_run(qtbot, live, sample_db):
    window, view, _clock, ticker = live
    second = window.controller.index.snap.rounds[1]
    view.select_round(second.uuid)
    assert view.headline.text() == "Next: Round 2 · 15:00–16:00 — not started"
    view.start_all.click()
    step(qtbot, window, ticker)
    with reading(sample_db) as service:
        states = {rr.round_uuid: rr.state for rr in service.snapshot().room_rounds if rr.state != "scheduled"}
    assert states == {second.uuid: "running"}
    assert window.controller.undo_stack.text(0) == "Start round 2"
    view.select_round(None)  # "Current round": the running one
    assert view.headline.text().startswith("Now: Round 2")


def test_auto_start_follows_the_agenda_and_respects_undo(qtbot, live, sample_db):
    window, view, clock, ticker = live
    view.auto_start.setChecked(True)
    step(qtbot, window, ticker)  # Round 1 is due at 12:00 (now): it starts, timed from 12:00
    wait_idle(qtbot, window.controller)
    with reading(sample_db) as service:
        assert service.snapshot().workshop.auto_start_next is True
    rounds = window.controller.index.snap.rounds
    assert window.controller.index.round_state(rounds[0].uuid) == "running"
    assert window.controller.undo_stack.text(1) == "Start round 1 (automatic)"
    window.controller.undo_stack.undo()
    step(qtbot, window, ticker)
    wait_idle(qtbot, window.controller)
    assert window.controller.index.round_state(rounds[0].uuid) == "scheduled"  # not started again
    clock.advance(3 * 3600 + 30)  # 15:00:30 in Geneva: Round 2 is due
    step(qtbot, window, ticker)
    step(qtbot, window, ticker)
    assert window.controller.index.round_state(rounds[1].uuid) == "running"
    assert set(cells(view, TIME_COLUMN).values()) == {"59:30"}  # kept to the agenda's 16:00
    view.auto_start.setChecked(False)
    wait_idle(qtbot, window.controller)
    assert window.controller.index.snap.workshop.auto_start_next is False


def test_a_new_window_on_the_same_database_shows_the_same_time_at_once(qtbot, live, sample_db):
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    window, view, clock, ticker = live
    view.start_all.click()
    step(qtbot, window, ticker)
    clock.advance(1234.5)
    ticker.poll()
    before = cells(view, TIME_COLUMN)
    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    other = MainWindow(controller)
    qtbot.addWidget(other)
    try:
        open_with_clock(qtbot, other, sample_db, at=clock.wall())  # the restarted app reads the same instant
        assert cells(other.views["overview"], TIME_COLUMN) == before == {
            "Room XVI": "39:26", "Room XI": "39:26", "Room VII": "39:26"}
    finally:
        controller.close()
        tasks.shutdown()


def test_the_round_menu_acts_on_the_current_round(qtbot, live, monkeypatch):
    from ui.moderator import stage_display
    from ui.moderator.round_menu import install_actions
    from ui.moderator.stage_display import StageDisplay, StageDisplayDialog

    window, view, _clock, ticker = live
    menu = install_actions(window)
    assert "&Round" in [a.text() for a in window.menuBar().actions()]
    menu.update_actions()
    assert menu.start_action.text() == "&Start round 1 (all rooms)"
    assert not menu.pause_action.isEnabled()
    menu.start_action.trigger()
    step(qtbot, window, ticker)
    menu.update_actions()
    assert menu.pause_action.text() == "&Pause round 1" and menu.pause_action.isEnabled()
    menu.plus5_action.trigger()
    step(qtbot, window, ticker)
    assert set(cells(view, TIME_COLUMN).values()) == {"1:05:00"}
    asked = []
    monkeypatch.setattr(StageDisplayDialog, "ask", classmethod(
        lambda cls, parent, rooms, screens, room_uuid=None, screen_index=0: asked.append(rooms) or (None, 0)))
    menu.stage_action.trigger()
    displays = window.findChildren(StageDisplay)
    assert len(displays) == 1 and displays[0].room_uuid is None
    assert asked[0][0][1].startswith("All rooms")
    assert stage_display.remembered_screen(None) is not None


def test_the_round_menu_waits_for_a_workshop(window):
    from ui.moderator.round_menu import install_actions

    menu = install_actions(window)
    menu.update_actions()
    assert not menu.start_action.isEnabled() and not menu.stage_action.isEnabled()
    assert menu.stage_action.shortcut().toString() == "Ctrl+Shift+D"
