"""The day keeps its time, through the real window: a round runs 7 minutes over, the overview says
so, the moderator shifts the rest of the day (or lets a break absorb it) and Ctrl+Z puts it back;
ending or restarting every room asks first, and Cancel changes nothing."""

from __future__ import annotations

import pytest
from clock_support import open_with_clock, rooms, step
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from support import reading, wait_idle

from ui.moderator.overview_view import BEHIND_COLUMN, NOTES_COLUMN, SUMMARY_COLUMN
from ui.moderator.shift_day import ShiftDayDialog
from ui.workshop.ops import S, call


@pytest.fixture
def live(qtbot, window, sample_db):
    clock, ticker = open_with_clock(qtbot, window, sample_db)
    return window, window.views["overview"], clock, ticker


def cells(view, column: int) -> dict[str, str]:
    model = view.model
    return {model.data(model.index(r, 0)): model.data(model.index(r, column)) for r in range(model.rowCount())}


def agenda(window) -> dict[str, str]:
    """Title -> "HH:MM–HH:MM" of every agenda item, as the window has it."""
    return {a.title: f"{a.start:%H:%M}–{a.end:%H:%M}" for a in window.controller.index.snap.agenda}


def undo_texts(window) -> list[str]:
    stack = window.controller.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def drive_dialog(monkeypatch, seen: list, choose=None, accept: bool = True) -> None:
    """Replace the shift dialog's exec: record what it offers, optionally choose, then press Shift or Cancel."""
    def exec_(self):
        seen.append({"minutes": self.minutes.value(), "preview": self.preview.text(), "intro": self.intro.text(),
                     "ok": self.ok.isEnabled(), "default": self.ok.isDefault()})
        if choose is not None:
            choose(self)
            seen.append({"preview": self.preview.text(), "problem": self.problem.text()})
        (self.ok if accept else self.buttons.button(self.buttons.StandardButton.Cancel)).click()
        return self.result()

    monkeypatch.setattr(ShiftDayDialog, "exec", exec_)


def run_round_one_seven_minutes_over(qtbot, window, view, clock, ticker) -> None:
    view.start_all.click()
    step(qtbot, window, ticker)
    clock.advance(67 * 60)  # 13:07 in Geneva: every room is still talking
    ticker.poll()


def test_a_round_seven_minutes_over_is_shifted_and_ctrl_z_restores_the_day(qtbot, live, sample_db, monkeypatch):
    window, view, clock, ticker = live
    planned = agenda(window)
    assert view.day_behind.isHidden()
    run_round_one_seven_minutes_over(qtbot, window, view, clock, ticker)

    # the overview says how far behind the day is, and who is behind
    assert not view.day_behind.isHidden()
    text = view.day_behind.label.text()
    assert text.startswith("The day is 7 min behind: round 1 runs at least until 13:07 in Room XVI, Room XI")
    assert "Lunch break starts at 13:00 on the agenda" in text
    assert set(cells(view, BEHIND_COLUMN).values()) == {"7 min behind"}
    red = view.model.data(view.model.index(0, BEHIND_COLUMN), Qt.ItemDataRole.ForegroundRole).color()
    assert red.red() > 180 and red.green() < 80
    next_before = view.next_up.text()
    with reading(sample_db) as service:
        deadlines = {rr.room_uuid: rr.deadline for rr in service.snapshot().room_rounds if rr.state == "running"}

    # the moderator shifts the rest of the day by the 7 minutes offered
    seen: list = []
    drive_dialog(monkeypatch, seen)
    view.day_behind.button.click()
    step(qtbot, window, ticker)
    assert seen[0]["minutes"] == 7 and seen[0]["ok"] and seen[0]["default"]
    assert "Lunch break  13:00–15:00  →  13:07–15:07" in seen[0]["preview"]
    assert seen[0]["intro"] == text
    assert undo_texts(window)[-1] == "Shift the rest of Day I by 7 min"
    moved = agenda(window)
    assert moved == {**planned, "Lunch break": "13:07–15:07", "Round 2": "15:07–16:07", "Break": "16:07–16:22",
                     "Round 3": "16:22–17:22", "Wrap-up of day I": "17:22–18:07"}
    with reading(sample_db) as service:  # it reached the database; running clocks keep their deadlines
        assert {a.title: f"{a.start:%H:%M}–{a.end:%H:%M}" for a in service.snapshot().agenda} == moved
        assert {rr.room_uuid: rr.deadline for rr in service.snapshot().room_rounds
                if rr.state == "running"} == deadlines
    assert view.day_behind.isHidden()  # the day is on its (new) time
    assert set(cells(view, BEHIND_COLUMN).values()) == {"7 min behind"}  # the round itself is still late
    assert view.next_up.text() != next_before and "15:00" not in view.next_up.text()
    assert view.headline.text().startswith("Now: Round 1 · 12:00–13:00")  # the round keeps its own times

    # Ctrl+Z puts every time back, exactly
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    window.undo_action.trigger()
    wait_idle(qtbot, window.controller)
    ticker.poll()
    assert agenda(window) == planned
    with reading(sample_db) as service:
        assert {a.title: f"{a.start:%H:%M}–{a.end:%H:%M}" for a in service.snapshot().agenda} == planned
    assert not view.day_behind.isHidden()
    assert view.next_up.text() == next_before


def test_a_break_absorbs_the_delay_and_nothing_after_it_moves(qtbot, live, monkeypatch):
    window, view, clock, ticker = live
    planned = agenda(window)
    run_round_one_seven_minutes_over(qtbot, window, view, clock, ticker)
    lunch = next(a.uuid for a in window.controller.index.snap.agenda if a.title == "Lunch break")
    seen: list = []
    drive_dialog(monkeypatch, seen, choose=lambda d: d.choose_break(lunch))
    view.day_behind.button.click()
    step(qtbot, window, ticker)
    assert "What comes after Lunch break stays as it is." in seen[1]["preview"]
    assert agenda(window) == {**planned, "Lunch break": "13:07–15:00"}
    assert undo_texts(window)[-1] == "Let Lunch break absorb 7 min"
    assert view.day_behind.isHidden()


def test_cancelling_the_shift_changes_nothing_and_an_impossible_one_cannot_be_confirmed(qtbot, live, monkeypatch):
    window, view, clock, ticker = live
    planned = agenda(window)
    run_round_one_seven_minutes_over(qtbot, window, view, clock, ticker)
    seen: list = []
    drive_dialog(monkeypatch, seen, choose=lambda d: d.minutes.setValue(400), accept=False)
    view.day_behind.button.click()
    step(qtbot, window, ticker)
    assert "would end after midnight" in seen[1]["problem"]
    assert agenda(window) == planned and undo_texts(window) == ["Start round 1"]


def test_the_overview_counts_notes_and_says_whether_the_summary_is_written(qtbot, live):
    window, view, _clock, ticker = live
    view.start_all.click()
    step(qtbot, window, ticker)
    index = window.controller.index
    rnd = index.snap.rounds[0]
    xi = rooms(window)["Room XI"]
    before = index.note_count(xi, rnd.uuid)
    assert cells(view, NOTES_COLUMN)["Room XI"] == str(before)
    assert set(cells(view, SUMMARY_COLUMN).values()) == {"✓ Final"}  # the sample's hosts marked theirs final
    window.controller.edit("Add item", call(S.add_note, room_uuid=xi, round_uuid=rnd.uuid, category="practice",
                                            text="Flexi visa system (Philippines and Bahrain)"))
    summary = index.summary_of[(rnd.uuid, xi)]
    window.controller.edit("Summary", call(S.set_round_summary, room_uuid=xi, round_uuid=rnd.uuid,
                                           text="Pathways need employers at the table.",
                                           expected_version=summary.version, draft=True))
    step(qtbot, window, ticker)
    assert cells(view, NOTES_COLUMN)["Room XI"] == str(before + 1)
    assert cells(view, SUMMARY_COLUMN)["Room XI"] == "Draft"
    summary = window.controller.index.summary_of[(rnd.uuid, xi)]
    window.controller.edit("Clear", call(S.set_round_summary, room_uuid=xi, round_uuid=rnd.uuid,
                                         text="", expected_version=summary.version))
    step(qtbot, window, ticker)
    assert cells(view, SUMMARY_COLUMN) == {"Room XVI": "✓ Final", "Room XI": "Not yet", "Room VII": "✓ Final"}
    assert set(cells(view, BEHIND_COLUMN).values()) == {"On time"}


def test_end_all_asks_first_and_cancel_changes_nothing(qtbot, live, sample_db, monkeypatch):
    window, view, clock, ticker = live
    view.start_all.click()
    step(qtbot, window, ticker)
    clock.advance(600)
    asked = []

    def answer(choice: str):
        def exec_(box):
            asked.append({"title": box.windowTitle(), "text": box.text(), "default": box.defaultButton().text(),
                          "escape": box.escapeButton() is box.defaultButton(),
                          "buttons": [b.text() for b in box.buttons()]})
            target = box.defaultButton() if choice == "cancel" else next(
                b for b in box.buttons() if b is not box.defaultButton())
            target.click()
            return 0
        monkeypatch.setattr(QMessageBox, "exec", exec_)

    answer("cancel")
    view.end_all.click()
    step(qtbot, window, ticker)
    assert asked[0]["title"] == "End round 1 in all 3 rooms?"
    assert "Room XVI, Room XI and Room VII" in asked[0]["text"] and "Notes and summaries stay" in asked[0]["text"]
    assert asked[0]["default"] == "Cancel" and asked[0]["escape"]
    assert "&End round 1 in all 3 rooms" in asked[0]["buttons"]
    assert undo_texts(window) == ["Start round 1"]
    with reading(sample_db) as service:
        assert {rr.state for rr in service.snapshot().room_rounds if rr.state != "scheduled"} == {"running"}

    # one room stays one click
    view.select_room(rooms(window)["Room XI"])
    view.end_room.click()
    step(qtbot, window, ticker)
    assert len(asked) == 1 and undo_texts(window)[-1] == "End round 1 in Room XI"

    # restart all: asks, names the rooms it resets and the full length; confirmed, it acts
    answer("go")
    view.restart_all.click()
    step(qtbot, window, ticker)
    assert asked[1]["title"] == "Restart round 1 in all 3 rooms?" and "from 1:00:00" in asked[1]["text"]
    assert undo_texts(window)[-1] == "Restart round 1"
    assert window.controller.index.round_state(window.controller.index.snap.rounds[0].uuid) == "running"

    # ending the two rooms still running from the Round menu asks too, naming them
    view.select_room(rooms(window)["Room XI"])
    view.end_room.click()
    step(qtbot, window, ticker)
    from ui.moderator.round_menu import install_actions

    menu = install_actions(window)
    menu.update_actions()
    assert menu.end_action.text() == "&End round 1 (all rooms)…"
    answer("cancel")
    menu.end_action.trigger()
    step(qtbot, window, ticker)
    assert asked[2]["title"] == "End round 1 in 2 of its 3 rooms?"
    assert "Room XVI and Room VII" in asked[2]["text"]
    assert undo_texts(window)[-1] == "End round 1 in Room XI"


def test_the_round_menu_offers_the_shift_when_the_day_is_behind(qtbot, live, monkeypatch):
    from ui.moderator.round_menu import install_actions

    window, view, clock, ticker = live
    menu = install_actions(window)
    menu.update_actions()
    assert not menu.shift_action.isEnabled()
    run_round_one_seven_minutes_over(qtbot, window, view, clock, ticker)
    clock.advance(60)  # 13:08
    menu.update_actions()
    assert menu.shift_action.isEnabled() and menu.shift_action.text() == "S&hift the rest of the day (8 min behind)…"
    seen: list = []
    drive_dialog(monkeypatch, seen)
    menu.shift_action.trigger()
    step(qtbot, window, ticker)
    assert seen[0]["minutes"] == 8
    assert agenda(window)["Round 2"] == "15:08–16:08"


def test_the_shift_dialog_is_reachable_by_keyboard_and_names_its_controls(qtbot, live):
    window, view, clock, ticker = live
    run_round_one_seven_minutes_over(qtbot, window, view, clock, ticker)
    assert view.day_behind.button.focusPolicy() & Qt.FocusPolicy.TabFocus
    from cafe.clock.timekeeping import day_delay_in
    from ui.moderator.shift_day import day_slots

    delay = day_delay_in(window.controller.index.snap, ticker.now())
    assert delay is not None
    dialog = ShiftDayDialog(window, day_slots(window.controller.index, delay.day_uuid), delay)
    qtbot.addWidget(dialog)
    for widget in (dialog.minutes, dialog.shift, dialog.absorb, dialog.breaks, dialog.ok):
        assert widget.accessibleName()
    assert dialog.ok.text() == "&Shift"
    assert [dialog.breaks.itemText(i) for i in range(dialog.breaks.count())] == [
        "Lunch break 13:00–15:00", "Break 16:00–16:15"]
    dialog.choose_break(dialog.breaks.itemData(1))
    dialog.minutes.setValue(14)
    assert dialog.preview.text().splitlines()[-1] == (
        "Break keeps at least 5 min, so it absorbs 10 min; the items after it move by 4 min.")
    assert "Round 3  16:15–17:15  →  16:19–17:19" in dialog.preview.text()
    assert dialog.ok.isEnabled() and not dialog.problem.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_an_agenda_edit_before_the_shift_can_still_be_undone_after_undoing_the_shift(qtbot, live, monkeypatch):
    window, view, clock, ticker = live
    lunch = next(a for a in window.controller.index.snap.agenda if a.title == "Lunch break")
    window.controller.edit("Rename", call(S.update_agenda_item, uuid=lunch.uuid, expected_version=lunch.version,
                                          title="Lunch"))
    wait_idle(qtbot, window.controller)
    run_round_one_seven_minutes_over(qtbot, window, view, clock, ticker)
    drive_dialog(monkeypatch, [])
    view.day_behind.button.click()
    step(qtbot, window, ticker)
    assert agenda(window)["Lunch"] == "13:07–15:07"
    failures: list[str] = []
    window.controller.notice.connect(failures.append)
    assert undo_texts(window)[-3:] == ["Rename", "Start round 1", "Shift the rest of Day I by 7 min"]
    for _ in range(3):  # the shift, the start, then the rename, whose row the shift and its undo stepped since
        window.undo_action.trigger()
        wait_idle(qtbot, window.controller)
    assert agenda(window)["Lunch break"] == "13:00–15:00"
    assert not [n for n in failures if "changed" in n.lower()]
