"""Setup → Participants: add, edit in the form, delete with undo, filter, and late arrivals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support import reading, wait_idle

from ui.setup.people_view import ParticipantDialog


def tab_of(win):
    return win.views["setup"].participants


def person(db, name):
    with reading(db) as service:
        snap = service.snapshot()
        found = next((p for p in snap.participants if p.name == name), None)
        groups = {g.uuid: g.name for g in snap.groups}
        group = next((groups[m.group_uuid] for m in snap.members if found and m.participant_uuid == found.uuid), None)
        return found, group


def fields(name, **more):
    base = {"name": name, "organisation": "", "country": "", "stakeholder_type": "other", "delegation": "",
            "email": ""}
    return {**base, **more}


def test_adding_a_participant_saves_and_selects_them(qtbot, sample_window, sample_db, monkeypatch):
    tab = tab_of(sample_window)
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(
        lambda cls, parent, title, intro="": fields("Zoë Ångström", country="Sweden", stakeholder_type="academia")))
    tab.add_button.click()
    wait_idle(qtbot, sample_window.controller)
    found, group = person(sample_db, "Zoë Ångström")
    assert found is not None and found.country == "Sweden" and group is None
    assert tab.selected_row().name == "Zoë Ångström"
    assert tab.form.field("name").widget.text() == "Zoë Ångström"
    assert tab.count.text() == "191 participants"


def test_a_cancelled_dialog_adds_nobody(qtbot, sample_window, sample_db, monkeypatch):
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(lambda cls, parent, title, intro="": None))
    tab_of(sample_window).add_button.click()
    wait_idle(qtbot, sample_window.controller)
    assert sample_window.controller.undo_stack.count() == 0


def test_the_dialog_needs_a_name(qtbot):
    dialog = ParticipantDialog(None, "Add participant")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.name.setText("Ana")
    dialog.country.setText("Peru")
    assert ok.isEnabled()
    assert dialog.fields()["name"] == "Ana" and dialog.fields()["stakeholder_type"] == "other"


def test_editing_a_field_in_the_form_is_one_undo_step(qtbot, sample_window, sample_db):
    tab = tab_of(sample_window)
    tab.filter.setText("Awa Issoufou")
    assert tab.proxy.rowCount() == 1
    tab.table.selectRow(0)
    assert tab.selected_row().name == "Awa Issoufou"
    editor = tab.form.field("organisation").widget
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Ministry of Foreign Affairs")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_idle(qtbot, sample_window.controller)
    found, _ = person(sample_db, "Awa Issoufou")
    assert found.organisation == "Ministry of Foreign Affairs"
    assert sample_window.undo_action.text() == "Undo Edit participant organisation"
    sample_window.undo_action.trigger()
    wait_idle(qtbot, sample_window.controller)
    assert person(sample_db, "Awa Issoufou")[0].organisation.startswith("Permanent Mission of Côte d'Ivoire")


def test_deleting_selected_people_and_undo_brings_them_back_in_their_groups(qtbot, sample_window, sample_db):
    tab = tab_of(sample_window)
    before = {name: person(sample_db, name)[1] for name in ("Awa Issoufou", "Fatma Şahin")}
    selection = tab.table.selectionModel()
    for name in before:
        source = tab.model.index(next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).name == name), 0)
        selection.select(tab.proxy.mapFromSource(source),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    assert sorted(tab.model.row_at(tab.model.row_of(u)).name for u in tab.selected_uuids()) == \
        ["Awa Issoufou", "Fatma Şahin"]
    tab.delete_selected()
    wait_idle(qtbot, sample_window.controller)
    assert person(sample_db, "Awa Issoufou")[0] is None and person(sample_db, "Fatma Şahin")[0] is None
    assert tab.count.text() == "188 participants"
    assert sample_window.undo_action.text() == "Undo Delete 2 participants"
    assert "Undo (Ctrl+Z) brings them back" in tab.notice.text()
    sample_window.undo_action.trigger()
    wait_idle(qtbot, sample_window.controller)
    assert {name: person(sample_db, name)[1] for name in before} == before


def test_a_late_arrival_is_placed_in_a_group_and_told_which(qtbot, sample_window, sample_db, monkeypatch):
    tab = tab_of(sample_window)
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(
        lambda cls, parent, title, intro="": fields("Late Comer", country="Bahrain", stakeholder_type="state")))
    tab.late_button.click()
    wait_idle(qtbot, sample_window.controller)
    found, group = person(sample_db, "Late Comer")
    assert found is not None and group in {"Group A", "Group B", "Group C"}
    # before the day starts, the group's first room (the room now and next: tests/ui/test_late_arrival_slip.py)
    assert tab.notice.text().startswith(f"Late Comer joined {group} — round 1 (12:00) in Room ")
    assert tab.selected_row().name == "Late Comer"
    row = tab.model.row_of(found.uuid)
    assert tab.model.data(tab.model.index(row, 5)) == group
    assert sample_window.undo_action.text() == "Undo Add late arrival “Late Comer”"


def test_the_filter_matches_any_column(sample_window):
    tab = tab_of(sample_window)
    tab.filter.setText("Türkiye")
    shown = tab.proxy.rowCount()
    assert 0 < shown < 190
    assert tab.count.text() == f"{shown} shown of 190 participants"
    tab.filter.setText("")
    assert tab.proxy.rowCount() == 190 and tab.count.text() == "190 participants"


def test_import_csv_opens_the_import_dialog_on_this_workshop(sample_window, monkeypatch):
    from ui.setup.import_dialog import ImportDialog

    opened = []
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, parent, controller: opened.append(controller)))
    tab_of(sample_window).import_button.click()
    assert opened == [sample_window.controller]
