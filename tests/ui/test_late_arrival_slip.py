"""A late arrival is told where their group is now and next, and their route slip prints on its own."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader
from support import reading, wait_idle

from cafe.people.members import participant_code
from cafe.venue.tokens import Tokens, pretty, workshop_secret
from ui.print_menu import PdfFileDialog
from ui.setup.people_view import ParticipantDialog
from ui.workshop.ops import S, call


def tab_of(win):
    return win.views["setup"].participants


def fields(name, **more):
    base = {"name": name, "organisation": "", "country": "", "stakeholder_type": "other", "delegation": "",
            "email": ""}
    return {**base, **more}


def arrive(qtbot, win, monkeypatch, name: str, **more) -> None:
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(
        lambda cls, parent, title, intro="": fields(name, **more)))
    tab_of(win).late_button.click()
    wait_idle(qtbot, win.controller)


def route_of(db, name: str):
    from cafe.people import routes

    with reading(db) as service:
        snap = service.snapshot()
        person = next(p for p in snap.participants if p.name == name)
        group = next(g.name for g in snap.groups for m in snap.members
                     if m.participant_uuid == person.uuid and m.group_uuid == g.uuid)
        return person, group, routes.participant_route(snap, person.uuid)


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)


def test_during_a_round_the_late_arrival_hears_the_room_now_and_next(qtbot, sample_window, sample_db, monkeypatch):
    controller = sample_window.controller
    rounds = controller.index.snap.rounds
    controller.edit("Start round 1", call(S.start_round, round_uuid=rounds[0].uuid))
    wait_idle(qtbot, controller)
    arrive(qtbot, sample_window, monkeypatch, "Amina Diallo", country="Mali", stakeholder_type="state")
    _person, group, route = route_of(sample_db, "Amina Diallo")
    expected = (f"Amina Diallo joined {group} — now in {route[0].room} ({route[0].theme_short}), "
                f"next round in {route[1].room}.")
    assert tab_of(sample_window).notice.text() == expected


def test_after_the_last_round_starts_there_is_no_next_room(qtbot, sample_window, sample_db, monkeypatch):
    controller = sample_window.controller
    for rnd in controller.index.snap.rounds:
        controller.edit("Start", call(S.start_round, round_uuid=rnd.uuid))
        wait_idle(qtbot, controller)
        if rnd.number < 3:
            controller.edit("End", call(S.end_round, round_uuid=rnd.uuid))
            wait_idle(qtbot, controller)
    arrive(qtbot, sample_window, monkeypatch, "Late Three")
    _person, group, route = route_of(sample_db, "Late Three")
    assert tab_of(sample_window).notice.text() == (
        f"Late Three joined {group} — now in {route[2].place}, this is the last round.")


def test_print_route_slip_prints_the_late_arrivals_slip_only_told_from_a_namesake(qtbot, sample_window, sample_db,
                                                                                   tmp_path, monkeypatch):
    tab = tab_of(sample_window)
    assert not tab.slip_button.isEnabled()  # nobody selected yet
    assert tab.slip_button.accessibleName() == "Print route slip"
    # a second "Abdoulaye Koné" arrives: the sample already has one
    arrive(qtbot, sample_window, monkeypatch, "Abdoulaye Koné", organisation="IOM", country="Senegal",
           stakeholder_type="international organisation")
    assert tab.notice.text().startswith("Abdoulaye Koné joined Group ")
    assert tab.selected_row().organisation == "IOM" and tab.slip_button.isEnabled()
    with reading(sample_db) as service:
        snap = service.snapshot()
        newcomer = next(p for p in snap.participants if p.name == "Abdoulaye Koné" and p.organisation == "IOM")
        group = next(g.name for g in snap.groups for m in snap.members
                     if m.participant_uuid == newcomer.uuid and m.group_uuid == g.uuid)
    asked = []

    def ask(cls, parent, title, suggested):
        asked.append((title, suggested.name))
        return str(tmp_path / "slip.pdf")

    monkeypatch.setattr(PdfFileDialog, "ask", classmethod(ask))
    notices = []
    sample_window.controller.notice.connect(notices.append)
    tab.slip_button.click()
    wait_idle(qtbot, sample_window.controller)
    assert asked == [("Save the route slip of Abdoulaye Koné",
                      "thematic-workshop-on-implementing-the-global-compact-for-migration-sample-route-slip-"
                      "abdoulaye-koné.pdf")]
    text = pdf_text(tmp_path / "slip.pdf")
    assert text.count("Your route") == 1
    route_code = Tokens(workshop_secret(snap.workshop.uuid)).route_code(newcomer.uuid)
    assert (f"Abdoulaye Koné IOM · Senegal · code {participant_code(newcomer.uuid)} {group} "
            f"Your code {pretty(route_code)} ") in text
    assert " 1 12:00–13:00 " in text
    assert f"Saved to {tmp_path / 'slip.pdf'}" in notices
