"""Setup → Groups after late registrations: "Place newcomers (N)" places only them, nobody else moves,
their slips print on their own; "Reshuffle everyone…" says how many would move and asks first."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader
from support import groups_tab, open_in, reading, wait_idle

from ui.dialogs import ConfirmDialog
from ui.print_menu import PdfFileDialog
from ui.workshop.ops import S, call

LATE = [{"name": "Élodie Martin", "country": "France", "stakeholder_type": "civil society"},
        {"name": "Kwame Mensah", "country": "Ghana", "stakeholder_type": "state", "delegation": "Ghana"},
        {"name": "Sofía Rojas", "country": "Chile", "stakeholder_type": "academia"}]


def tab_of(win):
    return groups_tab(win)


def groups_by_name(db) -> dict[str, str]:
    with reading(db) as service:
        snap = service.snapshot()
        names = {p.uuid: p.name for p in snap.participants}
        groups = {g.uuid: g.name for g in snap.groups}
        return {names[m.participant_uuid]: groups[m.group_uuid] for m in snap.members}


def register_late(qtbot, win) -> None:
    win.controller.edit("Import late registrations", call(S.import_participants, records=LATE))
    wait_idle(qtbot, win.controller)


def questions(monkeypatch, answer: bool) -> list[tuple[str, str, str]]:
    asked: list[tuple[str, str, str]] = []
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(
        lambda cls, parent, title, text, action: asked.append((title, text, action)) or answer))
    return asked


def test_once_groups_exist_place_newcomers_comes_first_and_is_off_with_nobody_new(sample_window):
    tab = tab_of(sample_window)
    assert not tab.place_button.isHidden()
    assert tab.place_button.text() == "Place newcomers (0)" and not tab.place_button.isEnabled()
    assert tab.place_button.toolTip() == "Everyone is already in a group: there is nobody new to place."
    assert tab.place_button.accessibleName() == "Place newcomers"
    assert tab.assign_button.text() == "Reshuffle everyone…"
    controls = tab.layout().itemAt(0).layout()
    assert -1 < controls.indexOf(tab.place_button) < controls.indexOf(tab.assign_button)  # first, in bold
    assert "bold" in tab.place_button.styleSheet() and "bold" not in tab.assign_button.styleSheet()


def test_a_new_workshop_offers_assign_groups_and_no_newcomers_button(qtbot, window, tmp_path):
    win = open_in(qtbot, window, tmp_path / "new.sqlite", new_title="New café")
    tab = tab_of(win)
    assert tab.place_button.isHidden()
    assert tab.assign_button.text() == "Assign groups"


def test_place_newcomers_places_only_them_and_prints_their_slips(qtbot, sample_window, sample_db, tmp_path,
                                                                  monkeypatch):
    tab = tab_of(sample_window)
    asked = questions(monkeypatch, True)
    before = groups_by_name(sample_db)
    register_late(qtbot, sample_window)
    assert tab.place_button.text() == "Place newcomers (3)" and tab.place_button.isEnabled()
    assert "Put the 3 people not yet in a group" in tab.place_button.toolTip()
    tab.place_button.click()
    wait_idle(qtbot, sample_window.controller)
    after = groups_by_name(sample_db)
    assert {name: after[name] for name in before} == before  # nobody else moved
    assert {p["name"] for p in LATE} <= set(after)
    # the three go to the two smaller groups first (64, 63, 63 → 65, 64, 64)
    sizes = [int(c.title.text().split(" · ")[1].split()[0]) for c in tab.columns]
    assert sizes == [65, 64, 64]
    assert asked == []  # placing newcomers never asks
    assert tab.outcome.text().startswith("Placed 3 newcomers (") and tab.outcome.text().endswith(
        "); nobody else moved.")
    assert tab.place_button.text() == "Place newcomers (0)" and not tab.place_button.isEnabled()
    assert sample_window.undo_action.text() == "Undo Place 3 newcomers"

    # their slips, and only theirs
    assert not tab.print_newcomers.isHidden()
    saved = []

    def ask(cls, parent, title, suggested):
        saved.append((title, suggested.name))
        return str(tmp_path / "late.pdf")

    monkeypatch.setattr(PdfFileDialog, "ask", classmethod(ask))
    tab.print_newcomers.click()
    wait_idle(qtbot, sample_window.controller)
    assert saved and saved[0][0] == "Save the route slips of 3 participants"
    assert saved[0][1].endswith("-route-slips-3-people.pdf")
    reader = PdfReader(io.BytesIO((tmp_path / "late.pdf").read_bytes()))
    text = " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)
    assert text.count("Your route") == 3
    assert text.index("Élodie Martin") < text.index("Kwame Mensah") < text.index("Sofía Rojas")

    sample_window.undo_action.trigger()
    wait_idle(qtbot, sample_window.controller)
    assert groups_by_name(sample_db) == before
    assert tab.place_button.text() == "Place newcomers (3)"
    assert tab.print_newcomers.isHidden()  # undone: no slips of people in no group to offer


def test_reshuffle_says_how_many_would_move_and_cancel_changes_nothing(qtbot, sample_window, sample_db,
                                                                       monkeypatch):
    tab = tab_of(sample_window)
    register_late(qtbot, sample_window)
    before = groups_by_name(sample_db)
    with reading(sample_db) as service:
        preview = service.preview_reshuffle(n_groups=3, delegations=tab.delegations.currentData(),
                                            seed=tab.seed.value())
    assert preview.moving > 20
    asked = questions(monkeypatch, False)
    undo_steps = sample_window.controller.undo_stack.count()
    tab.assign_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    wait_idle(qtbot, sample_window.controller)
    title, text, action = asked[0]
    assert (title, action) == ("Reshuffle everyone?", "Reshuffle everyone")
    assert text == (f"Reshuffle all 193 people? About {preview.moving} would change group; route slips and "
                    "group lists already printed become wrong.")
    assert groups_by_name(sample_db) == before  # Cancel: nothing changed
    assert sample_window.controller.undo_stack.count() == undo_steps
    assert tab.outcome.text() == "Reshuffle cancelled: nobody moved."
    assert tab.assign_button.isEnabled()

    asked = questions(monkeypatch, True)
    tab.assign_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    wait_idle(qtbot, sample_window.controller)
    after = groups_by_name(sample_db)
    assert sum(1 for name, group in before.items() if after[name] != group) == preview.moving
    assert len(after) == 193  # the newcomers were placed too
    assert sample_window.undo_action.text() == "Undo Reshuffle everyone into 3 groups"
    sample_window.undo_action.trigger()
    wait_idle(qtbot, sample_window.controller)
    assert groups_by_name(sample_db) == before


def test_the_question_names_pins_and_a_change_in_the_number_of_groups(qtbot, sample_window, monkeypatch):
    tab = tab_of(sample_window)
    first = tab.columns[0].list.item(0)
    first.setSelected(True)
    tab.pin_button.click()
    wait_idle(qtbot, sample_window.controller)
    asked = questions(monkeypatch, False)
    tab.n_groups.setValue(4)
    tab.assign_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    wait_idle(qtbot, sample_window.controller)
    lines = asked[0][1].split("\n")
    assert lines[0].startswith("Reshuffle all 190 people? About ")
    assert lines[1:] == ["1 pinned person stays where they are.", "There will be 4 groups instead of 3."]
    assert len(sample_window.controller.index.snap.groups) == 3
