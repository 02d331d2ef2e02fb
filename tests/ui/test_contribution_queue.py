"""Contributions from phones in the window: posted through the shared pages, queued in the note-taker's
room view, accepted (edited first) or dismissed, undone; the moderator closes a room and renews its link."""

from __future__ import annotations

import re
import threading

import httpx
from notes_support import lines, room_view, saved_column
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from support import wait_idle
from test_venue_share import _share


def _posting_tiles(dialog) -> dict[str, QWidget]:
    holder = dialog.codes.widget()
    return {w.property("link"): w for w in holder.findChildren(QWidget) if w.objectName() == "venue_posting_tile"}


def _in_thread(qtbot, fn):
    """``fn()`` on a thread while the window's event loop runs (the app answers a post on its main thread,
    as it does for a phone)."""
    box: list = []
    thread = threading.Thread(target=lambda: box.append(fn()), daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=15000)
    return box[0]


def _post(qtbot, link: str, **fields) -> httpx.Response:
    page = httpx.get(link)
    assert page.status_code == 200, page.text
    uuid = re.search(r'name="uuid" value="([0-9a-f]{32})"', page.text).group(1)
    return _in_thread(qtbot, lambda: httpx.post(link, data={"uuid": uuid, **fields}, follow_redirects=True))


def test_a_phones_practice_reaches_the_note_taker_who_accepts_it_under_a_heading(qtbot, sample_window, sample_db):
    window = sample_window
    share, dialog = _share(qtbot, window)
    view = room_view(qtbot, window, 0, 0)
    snap = window.controller.index.snap
    room = snap.rooms[0]
    links = _posting_tiles(dialog)
    assert len(links) == len(snap.rooms)
    link = next(k for k in links if f"/room/{room.uuid}/post/" in k)
    assert not view.queue.isVisibleTo(window)

    assert _post(qtbot, link, category="practice", text="Mobile courts for <b>wage</b> claims", countries="Kenya, Ghana",
                 name="Amina").status_code == 200  # followed to the thank-you page
    qtbot.waitUntil(lambda: view.queue.isVisibleTo(window) and view.queue.list.count() == 1, timeout=5000)
    assert "Mobile courts for <b>wage</b> claims" in view.queue.list.item(0).text()
    assert "Kenya, Ghana" in view.queue.list.item(0).text() and "Amina" in view.queue.list.item(0).text()
    assert view.queue.title.text() == "From phones: 1 contribution waiting"
    assert view.queue.column.currentData() == "practice"

    # the note-taker edits it, puts it under a heading of their own, and accepts it with Enter
    view.queue.text.setFocus()
    view.queue.text.selectAll()
    qtbot.keyClicks(view.queue.text, "Mobile labour courts for wage claims")
    view.queue.heading.setEditText("Access to justice:")
    view.queue.list.setFocus()
    qtbot.keyClick(view.queue.list, Qt.Key.Key_Return)
    wait_idle(qtbot, window.controller)
    practices = view.columns["practice"]
    qtbot.waitUntil(lambda: "• Mobile labour courts for wage claims (Kenya and Ghana)" in lines(practices), timeout=5000)
    assert ("Access to justice:", "Mobile labour courts for wage claims") in saved_column(sample_db, view, "practice")
    assert not view.queue.isVisibleTo(window)

    # Ctrl+Z: the item goes and the contribution is back in the queue
    window.controller.undo_stack.undo()
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: view.queue.list.count() == 1, timeout=5000)
    assert ("Access to justice:", "Mobile labour courts for wage claims") not in saved_column(
        sample_db, view, "practice")

    # dismissed with Delete: nowhere in the notes
    view.queue.list.setFocus()
    qtbot.keyClick(view.queue.list, Qt.Key.Key_Delete)
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: not view.queue.isVisibleTo(window), timeout=5000)
    assert all("Mobile" not in text for _h, text in saved_column(sample_db, view, "practice"))
    assert window.controller.index.snap.contributions == ()


def test_the_moderator_closes_a_room_and_renews_its_link(qtbot, sample_window):
    window = sample_window
    share, dialog = _share(qtbot, window)
    room = window.controller.index.snap.rooms[1]
    tiles = _posting_tiles(dialog)
    link, tile = next((k, w) for k, w in tiles.items() if f"/room/{room.uuid}/post/" in k)
    toggle = next(b for b in tile.findChildren(QPushButton) if b.objectName() == "venue_posting_toggle")
    assert toggle.text() == "Close"
    toggle.click()
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: "closed" in httpx.get(link).text, timeout=5000)
    refused = _in_thread(qtbot, lambda: httpx.post(link, data={"uuid": "a" * 32, "category": "practice",
                                                               "text": "Too late"}))
    assert refused.status_code == 200 and 'id="closed"' in refused.text
    assert window.controller.index.snap.contributions == ()

    dialog.open_all_button.click()
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: 'name="category"' in httpx.get(link).text, timeout=5000)
    tile = _posting_tiles(dialog)[link]
    renew = next(b for b in tile.findChildren(QPushButton) if b.objectName() == "venue_posting_renew")
    renew.click()
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: httpx.get(link).status_code == 403, timeout=5000)
    new_link = next(k for k in _posting_tiles(dialog) if f"/room/{room.uuid}/post/" in k)
    assert new_link != link
    assert _post(qtbot, new_link, category="challenge", text="Through the new link").status_code == 200
    qtbot.waitUntil(lambda: len(window.controller.index.snap.contributions) == 1, timeout=5000)

    dialog.close_all_button.click()
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: "closed" in httpx.get(new_link).text, timeout=5000)


def test_a_contribution_written_by_cafe_serve_on_the_same_file_reaches_the_queue(qtbot, sample_window, sample_db):
    """``cafe serve`` beside the window on one workshop file writes posts through its own connection: the
    window sees the file changed by another program and shows the queue within a second or two."""
    from support import reading

    window = sample_window
    view = room_view(qtbot, window, 0, 0)
    room = window.controller.index.snap.rooms[0].uuid
    with reading(sample_db) as serve_side:
        serve_side.post_contribution(room, "challenge", "Posted through cafe serve", device="phone")
    qtbot.waitUntil(lambda: view.queue.list.count() == 1, timeout=10000)
    assert "Posted through cafe serve" in view.queue.list.item(0).text()
