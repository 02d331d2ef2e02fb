"""Every place can be reached, and the read-only places show the workshop's real data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support import reading, wait_idle

from cafe.storage.workshop_index import NOTE_CATEGORIES
from ui.main_window import PLACES


def test_every_place_is_reachable_from_the_view_menu_and_the_navigation(sample_window):
    win = sample_window
    for n, (key, label) in enumerate(PLACES, start=1):
        action = win.place_actions[key]
        assert action.text().replace("&&", "&") == label
        assert action.shortcut().toString() == f"Alt+{n}"
        action.trigger()
        assert win.stack.currentWidget() is win.views[key]
        assert win.current_place() == key
        assert win.nav.currentRow() == n - 1
    win.nav.setCurrentRow(0)
    assert win.current_place() == "setup"


def test_setup_lists_show_the_sample(sample_window):
    setup = sample_window.views["setup"]
    assert setup.count() == 7
    assert [setup.tabText(i) for i in range(setup.count())] == [
        "Workshop", "Agenda", "Rooms", "Themes", "Hosts", "Participants", "Groups"]
    assert setup.participants.model.rowCount() == 190
    setup.setCurrentWidget(setup.groups)  # it fills when in front
    assert setup.groups.model.rowCount() == 3
    members = sum(int(setup.groups.model.data(setup.groups.model.index(r, 1))) for r in range(3))
    assert members == 190
    setup.participants.filter.setText("Niger")
    assert 0 < setup.participants.proxy.rowCount() < 190
    assert "190 participants" in setup.participants.count.text()
    agenda = setup.agenda.model
    days = [agenda.data(agenda.index(r, 0)) for r in range(agenda.rowCount())]
    assert days[0].startswith("Day I") and sum(1 for d in days if d) == 2  # the day shows once per group


def test_the_rotation_grid_sends_every_group_to_every_room(sample_window):
    view = sample_window.views["rounds"]
    grid = view.rotation
    assert grid.rowCount() == 3 and grid.columnCount() == 3
    assert grid.headerData(0, Qt.Orientation.Horizontal) == "Round 1 · 12:00–13:00"
    assert grid.headerData(0, Qt.Orientation.Vertical) == "Group A"
    rooms = {"Room XVI", "Room XI", "Room VII"}
    for r in range(3):
        visited = {grid.cell(r, c).split(" — ")[0] for c in range(3)}
        assert visited == rooms
    by_room = view.by_room
    assert by_room.rowCount() == 3
    assert all(by_room.cell(r, c).startswith("Group ") for r in range(3) for c in range(3))


def test_room_notes_show_the_rooms_notes_in_four_columns(qtbot, sample_window, sample_db):
    win = sample_window
    view = win.views["room"]
    with reading(sample_db) as service:
        room = service.snapshot().rooms[0]
        rnd = service.snapshot().rounds[0]
        expected_all = len(service.notes(room.uuid))
        expected_round = len(service.notes(room.uuid, rnd.uuid))
    view.select(room.uuid, None)
    wait_idle(qtbot, win.controller)
    totals = [view.columns[cat].model.note_total for cat, _ in NOTE_CATEGORIES]
    assert sum(totals) == expected_all and all(totals)
    assert view.columns["opportunity"].heading.text() == f"Opportunities ({totals[0]})"
    practices = view.columns["practice"].model
    lines = [practices.data(practices.index(i)) for i in range(practices.rowCount())]
    assert any(line.endswith(":") for line in lines)  # headings
    assert any(line.startswith("• ") and line.endswith(")") for line in lines)  # attributions

    view.select(room.uuid, rnd.uuid)
    wait_idle(qtbot, win.controller)
    assert sum(view.columns[cat].model.note_total for cat, _ in NOTE_CATEGORIES) == expected_round
    assert "Summary:" in view.header.text()


def test_the_moderator_overview_shows_each_room_and_the_next_round(sample_window):
    view = sample_window.views["overview"]
    assert view.headline.text() == "Next: Round 1 · 12:00–13:00 — not started"
    model = view.model
    assert model.rowCount() == 3
    assert {model.data(model.index(r, 0)) for r in range(3)} == {"Room XVI", "Room XI", "Room VII"}
    assert {model.data(model.index(r, 3)) for r in range(3)} == {"Group A", "Group B", "Group C"}
    assert all(model.data(model.index(r, 1)) != "—" for r in range(3))


def test_the_plenary_counts_each_themes_notes_per_category(qtbot, sample_window, sample_db):
    win = sample_window
    view = win.views["plenary"]
    qtbot.waitUntil(lambda: view.counts is not None, timeout=15000)
    model = view.model
    counted = sum(int(model.data(model.index(r, c))) for r in range(model.rowCount()) for c in range(3, 7))
    with reading(sample_db) as service:
        assert counted == len(service.notes())
    view.table.selectRow(1)
    html = view.detail.toHtml()
    assert "Guiding questions" in html and "What each round concluded" in html


def test_views_follow_an_edit_made_in_setup(qtbot, sample_window, qtmodeltester):
    win = sample_window
    themes = win.views["setup"].themes
    qtmodeltester.check(win.views["plenary"].model, force_py=True)
    themes.add_theme()
    wait_idle(qtbot, win.controller)
    assert win.views["plenary"].model.rowCount() == 4
    assert themes.selected_row().title == "New theme"


def test_the_window_fits_the_screen_and_opens_where_it_was_closed(qtbot):
    from PySide6.QtGui import QGuiApplication

    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    free = QGuiApplication.primaryScreen().availableGeometry()
    tasks = TaskRunner()
    win = MainWindow(WorkshopController(tasks))
    qtbot.addWidget(win)
    assert win.height() <= free.height() - 40 and win.width() <= free.width()
    win.resize(min(700, free.width()), min(500, free.height() - 40))
    win.close()
    tasks.shutdown()
    again = MainWindow(WorkshopController(TaskRunner()))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (min(700, free.width()), min(500, free.height() - 40))
    again.controller.tasks.shutdown()


def test_setup_builds_a_tab_when_it_is_first_wanted_from_the_latest_snapshot(qtbot, sample_window):
    from ui.setup.setup_view import TAB_KEYS

    setup = sample_window.views["setup"]
    built = lambda: [key for key in TAB_KEYS if setup._pages[key].tab is not None]  # noqa: E731
    assert built() == ["workshop"]  # the tab in front; the others cost nothing at startup
    setup.setCurrentIndex(TAB_KEYS.index("rooms"))  # chosen by the user
    assert built() == ["workshop", "rooms"] and setup.currentWidget().isAncestorOf(setup.rooms)
    assert setup.rooms.model.rowCount() == 3
    # a change made while a tab is not built yet: it starts from the snapshot that has it
    from ui.workshop.ops import call_named

    assert "themes" not in built()
    with qtbot.waitSignal(sample_window.controller.snapshot_changed, timeout=10000):
        sample_window.controller.edit("Add theme", call_named("add_theme", {"title": "Late theme"}))
    wait_idle(qtbot, sample_window.controller)
    setup.setCurrentWidget(setup.themes)  # a tab as well as its page
    assert setup.currentIndex() == TAB_KEYS.index("themes") == setup.indexOf(setup.themes)
    assert setup.themes.model.rowCount() == 4
    model = setup.themes.model
    assert "Late theme" in [model.data(model.index(r, c)) for r in range(4) for c in range(model.columnCount())]
