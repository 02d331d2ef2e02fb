"""The sample workshop's whole first day, rehearsed through the real window on a fake clock.

It reads like the day itself: late registrations are placed in groups without moving anyone; the
moderator starts round 1 in every room; each room's note-taker types; the moderator ends round 1
(asked first) and starts round 2; every room is on round 2 and what is typed now lands there; the
host's brief shows round 1's notes under the guiding questions; round 2 runs seven minutes over and
the moderator shifts the rest of the day; on day II the plenary presents and the report goes out.
"""

from __future__ import annotations

import shutil
import subprocess

from clock_support import open_with_clock, step
from notes_support import saved_column, select_text, settle, type_item
from PySide6.QtCore import Qt
from support import reading, wait_idle

from ui.dialogs import ConfirmDialog
from ui.moderator.all_rooms import AllRoomsConfirm
from ui.moderator.shift_day import ShiftDayDialog
from ui.workshop.ops import S, call

LATE = [{"name": "Élodie Martin", "country": "France", "stakeholder_type": "civil society"},
        {"name": "Kwame Mensah", "country": "Ghana", "stakeholder_type": "state", "delegation": "Ghana"}]

#: what each room's note-taker types in round 1 and in round 2 (opportunity, challenge, practice)
ROUND_ONE = {0: ("Diaspora bonds", "Visa delays", "Flexi visa (Bahrain)"),
             1: ("Skills partnerships", "Recognition of diplomas", "Mobility scheme (Germany and Morocco)"),
             2: ("Digital remittances", "High transfer costs", "Mobile wallets (Kenya)")}
ROUND_TWO = {0: ("Ethical recruitment", "Fees charged to workers", "Zero-fee policy (Philippines)"),
             1: ("Return and reintegration", "Loss of pension rights", "Portable pensions (Spain)"),
             2: ("Financial literacy", "Informal channels", "Remittance fairs (Mexico)")}


def groups_by_name(db) -> dict[str, str]:
    with reading(db) as service:
        snap = service.snapshot()
        names = {p.uuid: p.name for p in snap.participants}
        groups = {g.uuid: g.name for g in snap.groups}
        return {names[m.participant_uuid]: groups[m.group_uuid] for m in snap.members}


def agenda(win) -> dict[str, str]:
    return {a.title: f"{a.start:%H:%M}–{a.end:%H:%M}" for a in win.controller.index.snap.agenda}


def take_notes(qtbot, win, room, typed) -> None:
    view = win.views["room"]
    for category, text in zip(("opportunity", "challenge", "practice"), typed, strict=True):
        type_item(qtbot, view.columns[category], text)
    settle(qtbot, win)


def test_the_first_day_through_the_window(qtbot, window, sample_db, monkeypatch, tmp_path):
    win = window
    win.resize(1366, 768)
    win.show()  # places load what they show when they are on screen
    clock, ticker = open_with_clock(qtbot, win, sample_db)  # 12:00 in Geneva on 21 March 2019
    snap = win.controller.snapshot
    rooms = [r.uuid for r in snap.rooms]
    rounds = [r.uuid for r in snap.rounds]
    asked: list[str] = []
    monkeypatch.setattr(AllRoomsConfirm, "ask", classmethod(
        lambda cls, parent, title, text, action: asked.append(title) or True))
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(_no_question))  # placing newcomers asks nothing

    # The organiser places two late registrations; nobody already in a group moves
    before = groups_by_name(sample_db)
    win.controller.edit("Import late registrations", call(S.import_participants, records=LATE))
    wait_idle(qtbot, win.controller)
    win.show_place("setup")
    groups = win.views["setup"].groups
    assert groups.place_button.text() == "Place newcomers (2)"
    groups.place_button.click()
    wait_idle(qtbot, win.controller)
    after = groups_by_name(sample_db)
    assert {name: after[name] for name in before} == before
    assert {"Élodie Martin", "Kwame Mensah"} <= set(after)

    # The moderator starts round 1 in every room
    win.show_place("overview")
    overview = win.views["overview"]
    overview.start_all.click()
    step(qtbot, win, ticker)
    with reading(sample_db) as service:
        assert {rr.room_uuid for rr in service.snapshot().room_rounds
                if rr.round_uuid == rounds[0] and rr.state == "running"} == set(rooms)

    # Each room's note-taker types (the room view is on the running round by itself)
    win.show_place("room")
    room_view = win.views["room"]
    for n, room in enumerate(rooms):
        room_view.show_room(room)
        settle(qtbot, win)
        assert room_view.selected_round() == rounds[0]
        take_notes(qtbot, win, room, ROUND_ONE[n])
    select_text(room_view.columns["practice"], ROUND_ONE[2][2])  # the host marks a key point
    qtbot.keyClick(room_view.columns["practice"].list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)

    # 13:00: the moderator ends round 1 in every room (asked first), lunch, then starts round 2
    clock.advance(60 * 60)
    ticker.poll()
    overview.end_all.click()
    step(qtbot, win, ticker)
    assert asked and "End round 1" in asked[-1]
    clock.advance(2 * 60 * 60)  # 15:00
    ticker.poll()
    overview.select_round(rounds[1])
    overview.start_all.click()
    step(qtbot, win, ticker)

    # Every room follows round 2; what is typed now lands in round 2
    for n, room in enumerate(rooms):
        room_view.show_room(room)
        settle(qtbot, win)
        assert room_view.selected_round() == rounds[1], f"room {n + 1} stayed on another round"
        take_notes(qtbot, win, room, ROUND_TWO[n])
        assert ("", ROUND_TWO[n][1]) in saved_column(sample_db, room_view, "challenge")
        assert ("", ROUND_ONE[n][1]) not in saved_column(sample_db, room_view, "challenge")

    # The host of the first room briefs round 2's group: round 1's notes under the guiding questions
    room_view.show_room(rooms[0])
    room_view.tabs.setCurrentWidget(room_view.brief)
    room_view.brief.refresh()
    settle(qtbot, win)
    qtbot.waitUntil(lambda: room_view.brief.brief is not None and room_view.brief.brief.round_number == 2,
                    timeout=10000)
    shown = room_view.brief.browser.toPlainText()
    theme = win.controller.index.snap.theme_in_room(rooms[0])
    assert theme.guiding_questions and theme.guiding_questions[0] in shown
    assert shown.index(theme.guiding_questions[0]) < shown.index(ROUND_ONE[0][2])
    assert ROUND_TWO[0][2] not in shown  # the brief is what earlier groups said
    assert room_view.header_widget.guiding_questions == tuple(theme.guiding_questions)  # beside the clock too

    # Round 2 runs seven minutes over: the overview says so and the moderator shifts the rest of the day
    planned = agenda(win)
    clock.advance(67 * 60)  # 16:07
    ticker.poll()
    win.show_place("overview")
    assert "The day is 7 min behind" in overview.day_behind.label.text()

    def shift(dialog):
        assert dialog.minutes.value() == 7
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(ShiftDayDialog, "exec", shift)
    overview.day_behind.button.click()
    step(qtbot, win, ticker)
    moved = agenda(win)
    assert moved["Round 3"] == "16:22–17:22" and moved["Wrap-up of day I"] == "17:22–18:07"
    assert moved["Round 1"] == planned["Round 1"] and moved["Lunch break"] == planned["Lunch break"]
    overview.end_all.click()
    step(qtbot, win, ticker)

    # Day II: the plenary presents the outcomes and the report goes out
    win.show_place("plenary")
    plenary = win.views["plenary"]
    qtbot.waitUntil(lambda: plenary.data is not None and plenary.data.report is not None, timeout=20000)
    presentation = plenary.present()
    qtbot.addWidget(presentation)
    qtbot.waitUntil(presentation.isVisible, timeout=5000)
    assert presentation.isFullScreen()
    assert int(presentation.page_number().split("/")[1]) > 3  # "1 / 27": a theme over several pages
    presentation.close()

    from ui.plenary.export_dialog import ExportDialog

    dialog = ExportDialog(win.controller, "pdf", win)
    qtbot.addWidget(dialog)
    out = tmp_path / "report.pdf"
    dialog.path_edit.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.status.text().startswith(f"Wrote {out}")
    text = _pdf_text(out)
    for typed in (*ROUND_ONE.values(), *ROUND_TWO.values()):
        for item in typed:
            assert item.split(" (")[0] in text, f"{item!r} is missing from the report"


def _no_question(cls, parent, title, text, action):
    raise AssertionError(f"unexpected question: {title}")


def _pdf_text(path) -> str:
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    else:
        from pypdf import PdfReader

        out = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(out.split())
