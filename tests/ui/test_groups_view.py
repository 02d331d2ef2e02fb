"""Setup → Groups: assign with a score against chance, move by drag and drop or by command, pin,
and the balance tables follow every move."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel
from support import groups_tab, open_in, reading, wait_idle

from ui.dialogs import ConfirmDialog
from ui.setup.group_columns import MIME


def tab_of(win):
    return groups_tab(win)


def memberships(db) -> dict[str, tuple[str, bool]]:
    with reading(db) as service:
        snap = service.snapshot()
        names = {p.uuid: p.name for p in snap.participants}
        groups = {g.uuid: g.name for g in snap.groups}
        return {names[m.participant_uuid]: (groups[m.group_uuid], m.pinned) for m in snap.members}


def wait_for_score(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.score is not None, timeout=15000)
    wait_idle(qtbot, tab.controller)


def members_column(tab, row: int) -> int:
    return int(tab.model.value(row, 1))


def test_the_sample_groups_show_side_by_side_with_their_balance(qtbot, sample_window):
    tab = tab_of(sample_window)
    wait_for_score(qtbot, tab)
    assert [c.title.text() for c in tab.columns] == ["Group A · 64 people", "Group B · 63 people",
                                                     "Group C · 63 people"]
    assert tab.model.headers[:2] == ["Group", "Members"] and tab.model.headers[-1] == "Countries"
    assert "State" in tab.model.headers and "Civil society" in tab.model.headers
    assert [members_column(tab, r) for r in range(3)] == [64, 63, 63]
    assert tab.countries.headers == ["Country", "Group A", "Group B", "Group C", "Total"]
    assert sum(tab.countries.value(r, 4) for r in range(tab.countries.rowCount())) == 190
    assert any("Hosts and note-takers are not participants and are never in a group" in label.text()
               for label in tab.findChildren(QLabel))
    score, chance = tab.score
    assert score < chance
    assert tab.score_label.text() == (f"Balance score {score:,} (0 is as even as the numbers allow; lower is "
                                      f"better) · random assignment would score about {chance:,}.")


def agree_to_reshuffle(monkeypatch) -> list[str]:
    """Answer "Reshuffle everyone" to the question; returns the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(
        lambda cls, parent, title, text, action: asked.append(text) or True))
    return asked


def test_assign_makes_the_groups_asked_for_reproducibly_and_undo_restores(qtbot, sample_window, sample_db,
                                                                          monkeypatch):
    agree_to_reshuffle(monkeypatch)
    tab = tab_of(sample_window)
    before = memberships(sample_db)
    tab.n_groups.setValue(4)
    tab.seed.setValue(7)
    tab.delegations.setCurrentIndex(tab.delegations.findData("together"))
    tab.assign_button.click()
    wait_idle(qtbot, sample_window.controller)
    first = memberships(sample_db)
    assert sorted({g for g, _ in first.values()}) == ["Group A", "Group B", "Group C", "Group D"]
    assert [c.title.text().split(" · ")[0] for c in tab.columns] == ["Group A", "Group B", "Group C", "Group D"]
    assert tab.model.rowCount() == 4
    wait_for_score(qtbot, tab)
    assert tab.score[0] < tab.score[1]
    assert "Group D has no room in any round" in tab.problems.text()
    sample_window.undo_action.trigger()
    wait_idle(qtbot, sample_window.controller)
    assert memberships(sample_db) == before
    tab.assign_button.click()
    wait_idle(qtbot, sample_window.controller)
    assert memberships(sample_db) == first


def test_dragging_people_onto_another_group_moves_and_pins_them(qtbot, sample_window, sample_db):
    tab = tab_of(sample_window)
    source, target = tab.columns[0].list, tab.columns[2].list
    items = [source.item(0), source.item(1)]
    names = [i.text().split(" · ")[0] for i in items]
    mime = source.mimeData(items)
    assert mime.hasFormat(MIME)
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)
    assert event.isAccepted()
    wait_idle(qtbot, sample_window.controller)
    after = memberships(sample_db)
    assert [after[n] for n in names] == [("Group C", True), ("Group C", True)]
    assert [members_column(tab, r) for r in range(3)] == [62, 63, 65]
    assert tab.columns[2].title.text() == "Group C · 65 people"
    moved = [target.item(i).text() for i in range(target.count()) if target.item(i).text().startswith(names[0])]
    assert moved and moved[0].endswith("— pinned")
    assert sample_window.undo_action.text() == "Undo Move 2 people to Group C"
    sample_window.undo_action.trigger()
    wait_idle(qtbot, sample_window.controller)
    assert [memberships(sample_db)[n] for n in names] == [("Group A", False), ("Group A", False)]
    assert [members_column(tab, r) for r in range(3)] == [64, 63, 63]


def test_a_drop_of_something_else_is_ignored(qtbot, sample_window):
    from PySide6.QtCore import QMimeData

    tab = tab_of(sample_window)
    mime = QMimeData()
    mime.setText("not people")
    event = QDropEvent(QPoint(5, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tab.columns[1].list.dropEvent(event)
    assert not event.isAccepted()
    wait_idle(qtbot, sample_window.controller)
    assert sample_window.controller.undo_stack.count() == 0


def test_move_to_command_and_pin_toggle(qtbot, sample_window, sample_db, monkeypatch):
    agree_to_reshuffle(monkeypatch)
    tab = tab_of(sample_window)
    first = tab.columns[1].list.item(0)
    name = first.text().split(" · ")[0]
    first.setSelected(True)
    assert tab.move_button.isEnabled() and tab.selection_label.text() == "1 selected"
    group_c = next(a for a in tab.move_menu.actions() if a.text() == "Group C")
    group_c.trigger()
    wait_idle(qtbot, sample_window.controller)
    assert memberships(sample_db)[name] == ("Group C", True)
    assert sample_window.undo_action.text() == f"Undo Move {name} to Group C"

    # the person stays selected in their new group; "Pin" shows they are pinned and releases them
    assert tab.selected_uuids() and tab.pin_button.isChecked()
    tab.pin_button.click()
    wait_idle(qtbot, sample_window.controller)
    assert memberships(sample_db)[name] == ("Group C", False)
    assert not tab.pin_button.isChecked()
    tab.pin_button.click()
    wait_idle(qtbot, sample_window.controller)
    assert memberships(sample_db)[name] == ("Group C", True)
    # a pinned person stays where they are when the groups are assigned again
    tab.assign_button.click()
    wait_idle(qtbot, sample_window.controller)
    assert memberships(sample_db)[name] == ("Group C", True)


def test_taking_someone_out_of_every_group_shows_a_column_for_them(qtbot, sample_window, sample_db):
    tab = tab_of(sample_window)
    item = tab.columns[0].list.item(0)
    name = item.text().split(" · ")[0]
    item.setSelected(True)
    next(a for a in tab.move_menu.actions() if a.text() == "Not in a group").trigger()
    wait_idle(qtbot, sample_window.controller)
    assert name not in memberships(sample_db)
    assert tab.columns[-1].title.text() == "Not in a group · 1 person"
    wait_for_score(qtbot, tab)
    assert "1 person is not in a group." in tab.problems.text()


def test_the_balance_models_are_sound_item_models(sample_window, qtmodeltester):
    tab = tab_of(sample_window)
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.countries, force_py=True)


def test_a_change_elsewhere_costs_no_recount(qtbot, sample_window):
    from cafe.storage.workshop_index import SnapshotUpdate

    tab = tab_of(sample_window)
    wait_for_score(qtbot, tab)
    requests = tab._request
    tab.set_snapshot(sample_window.controller.index, SnapshotUpdate(frozenset({"note"})))
    assert tab._request == requests
    tab.set_snapshot(sample_window.controller.index, SnapshotUpdate(frozenset({"group_member"})))
    assert tab._request == requests + 1


def test_the_groups_tab_fills_and_scores_only_once_in_front(qtbot, sample_window, sample_db):
    """Behind another tab it costs nothing (at startup the first frame comes first); chosen, it shows everything."""
    setup = sample_window.views["setup"]
    tab = setup.groups
    assert not setup.currentWidget().isAncestorOf(tab)
    wait_idle(qtbot, tab.controller)
    assert tab.score is None and tab.columns == [] and tab.model.rowCount() == 0
    assert tab.place_button.text() == "Place newcomers (0)"  # the buttons follow the workshop even so
    setup.setCurrentWidget(tab)
    wait_for_score(qtbot, tab)
    assert tab.model.rowCount() == 3 and len(tab.columns) == 3
    # another workshop opened while the tab is behind: filled again when the window shows it in front
    setup.setCurrentWidget(setup.workshop)
    open_in(qtbot, sample_window, sample_db)
    wait_idle(qtbot, tab.controller)
    assert tab.score is None and tab._fill_due
    setup.tabBar().setCurrentIndex(setup.indexOf(tab))
    wait_for_score(qtbot, tab)
    assert tab.model.rowCount() == 3 and not tab._fill_due
    # in a window on screen, Groups in front in Setup while the user is in another place: coming
    # back to Setup, its show event fills it (no tab is picked then)
    sample_window.show()
    qtbot.waitExposed(sample_window)
    assert tab.isVisible()
    sample_window.show_place("room")
    open_in(qtbot, sample_window, sample_db)
    assert tab.score is None and tab._fill_due and not tab.isVisible()
    sample_window.show_place("setup")
    wait_for_score(qtbot, tab)
    assert tab.isVisible() and tab.model.rowCount() == 3 and not tab._fill_due
