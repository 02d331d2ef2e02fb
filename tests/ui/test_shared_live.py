"""Two laptops on one PostgreSQL workshop: what one saves appears on the other's screen."""

from __future__ import annotations

import pytest
from support import open_in

from cafe.service import Service
from cafe.storage.db import open_database

pytestmark = pytest.mark.pg


def test_a_note_saved_on_another_laptop_appears_by_itself(qtbot, window, shared_url):
    open_in(qtbot, window, shared_url)
    controller = window.controller
    assert controller.server_offset_s is not None and abs(controller.server_offset_s) < 1.0
    qtbot.waitUntil(lambda: controller._listener is not None and controller._listener.wait_connected(0),
                    timeout=5000)
    before = sum(controller.index.snap.note_counts.values())
    other = Service(open_database(shared_url))  # the room laptop
    snap = other.snapshot()
    other.add_note(snap.rooms[1].uuid, snap.rounds[0].uuid, "practice", "Flexi visa system (Bahrain)")
    qtbot.waitUntil(lambda: sum(controller.index.snap.note_counts.values()) == before + 1, timeout=10000)
    room = next(r for r in snap.rooms if r.uuid == snap.rooms[1].uuid)
    other.update_room(room.uuid, room.version, name="Room XI (east)")
    qtbot.waitUntil(lambda: controller.index.snap.rooms[1].name == "Room XI (east)", timeout=10000)
    other.db.dispose()


def test_the_round_clock_uses_the_servers_time(qtbot, window, shared_url):
    from ui.common.clock_ticker import ticker_for

    open_in(qtbot, window, shared_url)
    ticker = ticker_for(window.controller)
    assert ticker.watch.server_offset_s == window.controller.server_offset_s


def test_a_contribution_posted_beside_a_shared_workshop_reaches_the_room_laptop_and_its_acceptance_the_others(
        qtbot, window, shared_url):
    """``cafe serve`` writes a phone's post on the server; the room laptop's queue shows it by itself;
    once accepted there, every laptop (the server's side here) has the note and an empty queue."""
    from notes_support import room_view
    from PySide6.QtCore import Qt
    from support import wait_idle

    open_in(qtbot, window, shared_url)
    controller = window.controller
    qtbot.waitUntil(lambda: controller._listener is not None and controller._listener.wait_connected(0),
                    timeout=5000)
    view = room_view(qtbot, window, 1, 0)
    serve_side = Service(open_database(shared_url))
    snap = serve_side.snapshot()
    room, rnd = snap.rooms[1].uuid, snap.rounds[0].uuid
    serve_side.post_contribution(room, "practice", "Flexi visa system", "Bahrain", device="phone")
    qtbot.waitUntil(lambda: view.queue.list.count() == 1, timeout=10000)
    view.queue.list.setFocus()
    qtbot.keyClick(view.queue.list, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: serve_side.snapshot().contributions == (), timeout=3000)
    assert any(n.text == "Flexi visa system" and n.attributions == ("Bahrain",)
               for n in serve_side.notes(room, rnd))
    serve_side.db.dispose()
