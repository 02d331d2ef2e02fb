"""Round › Share on the venue network, in the window: start, what the pages show, stop."""

from __future__ import annotations

import datetime as dt
import socket

import httpx
import pytest
from PySide6.QtWidgets import QLabel, QWidget
from support import wait_idle

from cafe.clock.overview import room_statuses
from cafe.storage.workshop_index import WorkshopIndex
from cafe.venue import faces
from ui.common.recent_files import app_settings
from ui.moderator.stage_content import stage_content
from ui.moderator.stage_display import questions_key
from ui.workshop.ops import S, call


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _share(qtbot, window, port: int | None = None):
    share = window.venue_share
    share.update_action()
    assert share.action.isEnabled()
    assert share.action.text() == "Share on the &venue network…"
    assert share.action in window.round_menu.menu.actions()
    share.action.trigger()
    dialog = share._dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert "Notes, summaries, the brief and participant lists are not shared" in dialog.about.text()
    dialog.choose("127.0.0.1", port or _free_port())
    dialog.start_button.click()
    qtbot.waitUntil(lambda: share.state == "on", timeout=15000)
    return share, dialog


def test_the_moderator_shares_the_pages_sees_their_qr_codes_and_stops(qtbot, sample_window):
    window = sample_window
    share, dialog = _share(qtbot, window)
    url = share.url
    assert url.startswith("http://127.0.0.1:")
    assert share.status_label.isVisibleTo(window) and url in share.status_label.text()
    assert share.action.text() == "Sharing on the &venue network…"
    assert url in dialog.status.text() and dialog.start_button.text() == "&Stop sharing"
    snap = window.controller.index.snap
    holder = dialog.codes.widget()
    links = [w.property("link") for w in holder.findChildren(QWidget) if w.objectName() == "venue_code_tile"]
    assert links == [f"{url}/now"] + [f"{url}/room/{r.uuid}" for r in snap.rooms]
    qr_labels = [w for w in holder.findChildren(QLabel) if not w.pixmap().isNull()]
    assert len(qr_labels) == 2 * len(snap.rooms) + 1  # each room's clock and its posting link
    assert all(w.accessibleName().startswith("QR code: ") for w in qr_labels)
    assert httpx.get(f"{url}/now").status_code == 200

    # the help desk: a participant's code and QR code; the address opens their route
    person = snap.participants[3]
    dialog.person_box.setCurrentIndex(dialog.person_box.findData(person.uuid))
    assert "Code " in dialog.route_code.text() and not dialog.route_qr.pixmap().isNull()
    link = dialog.route_code.text().splitlines()[1]
    assert person.name in httpx.get(link).text

    dialog.start_button.click()
    qtbot.waitUntil(lambda: share.state == "off", timeout=10000)
    assert not share.status_label.isVisibleTo(window) and dialog.start_button.text() == "&Start sharing"
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/now")


def test_the_pages_follow_what_the_moderator_does_in_the_window(qtbot, sample_window):
    window = sample_window
    controller = window.controller
    share, _dialog = _share(qtbot, window)
    snap = controller.index.snap
    rnd, room = snap.rounds[0], snap.rooms[0]
    controller.edit("Start round 1", call(S.start_round, round_uuid=rnd.uuid))
    controller.edit("Message", call(S.set_stage_message, round_uuid=rnd.uuid, room_uuid=room.uuid,
                                    message="Coffee is served in the hall"))
    wait_idle(qtbot, controller)
    page = httpx.get(f"{share.url}/room/{room.uuid}").text
    assert "Coffee is served in the hall" in page and "Running" in page

    # the room's stage display shows the guiding questions: so does its page (within a tick)
    workshop = controller.index.snap.workshop
    settings = app_settings()
    settings.setValue(questions_key(workshop.uuid, room.uuid), True)
    settings.sync()
    qtbot.waitUntil(lambda: share.hub.questions_for(room.uuid), timeout=5000)
    theme = controller.index.snap.theme_in_room(room.uuid)
    page = httpx.get(f"{share.url}/room/{room.uuid}").text
    assert theme.guiding_questions and all(q in page for q in theme.guiding_questions)
    other = controller.index.snap.rooms[1]
    assert controller.index.snap.theme_in_room(other.uuid).guiding_questions[0] not in \
        httpx.get(f"{share.url}/room/{other.uuid}").text
    share.shutdown()


def test_a_port_in_use_is_said_plainly_and_nothing_is_shared(qtbot, sample_window):
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen(1)
    port = blocker.getsockname()[1]
    try:
        share = sample_window.venue_share
        share.action.trigger()
        dialog = share._dialog
        dialog.choose("127.0.0.1", port)
        dialog.start_button.click()
        qtbot.waitUntil(lambda: share.state == "off" and "already in use" in dialog.status.text(), timeout=15000)
        assert f"Port {port}" in dialog.status.text() and not share.status_label.isVisibleTo(sample_window)
    finally:
        blocker.close()


def test_a_rooms_page_shows_what_its_stage_display_shows(qtbot, sample_window):
    controller = sample_window.controller
    snap0 = controller.index.snap
    rnd = snap0.rounds[1]
    controller.edit("Start round 2", call(S.start_round, round_uuid=rnd.uuid))
    controller.edit("Message", call(S.set_stage_message, round_uuid=rnd.uuid, room_uuid=snap0.rooms[2].uuid,
                                    message="Wrap up your last point"))
    wait_idle(qtbot, controller)
    index = WorkshopIndex(controller.index.snap)
    rr = next(r for r in index.snap.room_rounds if r.round_uuid == rnd.uuid and r.state == "running")
    deadline = rr.deadline.astimezone(dt.UTC).replace(tzinfo=None) if rr.deadline.tzinfo else rr.deadline
    for left in (3000.2, 400.5, 61.0, 30.0, -75.5):
        now = deadline - dt.timedelta(seconds=left)
        statuses = room_statuses(index.snap, now)
        for room in index.snap.rooms:
            for questions in (False, True):
                stage = stage_content(statuses, room.uuid, index, "", now, questions)
                face = faces.room_face(index.snap, room.uuid, now, statuses=statuses, questions=questions)
                assert (face.headline, face.subline, face.clock.words, face.end_text, face.next_text,
                        face.message, face.questions) == \
                    (stage.headline, stage.subline, stage.words, stage.end_text, stage.next_text, stage.message,
                     stage.questions)
