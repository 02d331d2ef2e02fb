"""World Café seating in Rounds & rooms, and the projector view of the moves between rounds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support import reading, wait_idle

from ui.setup.moves_display import MovesDisplay


def test_seating_everyone_shows_tables_per_round_and_repeats_against_chance(qtbot, sample_window, sample_db):
    view = sample_window.views["rounds"]
    panel = view.seating
    qtbot.waitUntil(lambda: panel.seating is not None, timeout=15000)
    assert panel.summary.text().startswith("No World Café seating")
    assert not panel.clear_button.isEnabled()
    panel.seed.setValue(3)
    panel.seat_button.click()
    wait_idle(qtbot, sample_window.controller)
    qtbot.waitUntil(lambda: not panel.seating.is_empty, timeout=15000)
    with reading(sample_db) as service:
        seating = service.seating()
    assert all(len(seating.seats[r]) == 190 for r in seating.rounds)
    text = panel.summary.text()
    assert text.startswith("190 people at 3 tables over 3 rounds: ")
    assert f"{seating.repeat_encounters:,} repeat encounters" in text
    assert f"random seating would give about {round(seating.random_repeats):,}." in text
    assert seating.repeat_encounters < seating.random_repeats
    headings = panel.table_texts()
    assert len(headings) == 3
    assert headings[0].startswith("Room XVI — Human rights · ") and "host: OHCHR (Amina Yusuf)" in headings[0]
    assert sum(int(h.split(" · ")[1].split()[0]) for h in headings) == 190
    panel.round_choice.setCurrentIndex(1)
    second = seating.at_tables(seating.rounds[1])
    assert [int(h.split(" · ")[1].split()[0]) for h in panel.table_texts()] == [len(v) for v in second.values()]
    first_table = panel.tables.topLevelItem(0)
    people = {p.uuid: p.name for p in sample_window.controller.index.snap.participants}
    assert sorted(first_table.child(i).text(0) for i in range(first_table.childCount())) == \
        sorted(people[u] for u in next(iter(second.values())))

    panel.clear_button.click()
    wait_idle(qtbot, sample_window.controller)
    qtbot.waitUntil(lambda: panel.seating.is_empty, timeout=15000)
    assert panel.table_texts() == []
    sample_window.undo_action.trigger()
    wait_idle(qtbot, sample_window.controller)
    qtbot.waitUntil(lambda: not panel.seating.is_empty, timeout=15000)
    with reading(sample_db) as service:
        assert service.seating().seats == seating.seats


def test_the_projector_shows_every_group_move_of_the_next_round(qtbot, sample_window):
    view = sample_window.views["rounds"]
    display = view.open_projector()
    qtbot.addWidget(display)
    assert isinstance(display, MovesDisplay) and display.isVisible()
    snap = sample_window.controller.index.snap
    rooms = {r.uuid: r.name for r in snap.rooms}
    shorts = {t.room_uuid: t.short_name for t in snap.themes}

    def expected(n):
        rnd = snap.rounds[n - 1]
        room_of = {a.group_uuid: a.room_uuid for a in snap.assignments if a.round_uuid == rnd.uuid}
        return [f"{g.name} → {rooms[room_of[g.uuid]]} ({shorts[room_of[g.uuid]]})" for g in snap.groups]

    assert display.lines() == expected(1)  # nothing has started: the next round is the first
    assert display.lines()[0] == "Group A → Room XVI (Human rights)"
    assert display.heading.text() == "Now moving to round 1 · 12:00"
    display.choose_round(snap.rounds[1].uuid)
    assert display.lines() == expected(2)
    # the same window is reused when asked again
    assert view.open_projector() is display


def test_the_projector_follows_changes_and_full_screen_keys(qtbot, sample_window):
    view = sample_window.views["rounds"]
    display = view.open_projector()
    qtbot.addWidget(display)
    combo = view.panel.editor(0, 0)  # Group A, round 1: "waits" is the last choice
    combo.setCurrentIndex(combo.count() - 1)
    combo.activated.emit(combo.count() - 1)
    wait_idle(qtbot, sample_window.controller)
    assert display.lines()[0] == "Group A waits"
    qtbot.keyClick(display, Qt.Key.Key_F)
    assert display.isFullScreen() and not display.bar.isVisible()
    qtbot.keyClick(display, Qt.Key.Key_Escape)
    assert not display.isFullScreen() and display.bar.isVisible()
    assert display.screen_choice.count() >= 1
