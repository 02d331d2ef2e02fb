"""A contribution's whole journey in a real browser at phone size: the room's posting page in headless
chromium, the note-taker's queue in the window, accepted, and in the exported report; markup shows as
text everywhere; a renewed link refuses the old page."""

from __future__ import annotations

import threading
import time

import pytest
from notes_support import lines, room_view
from PySide6.QtCore import Qt
from support import wait_idle
from test_contribution_queue import _posting_tiles
from test_venue_share import _share
from test_whole_day import _pdf_text
from venue_browser_support import chromium

HOSTILE = "<script>document.title='owned'</script>Cash transfers via <b>mobile</b> money"


@pytest.fixture(scope="module")
def phone():
    driver = chromium(390, 844)
    yield driver
    driver.quit()


def _in_thread(qtbot, fn):
    """``fn()`` with the browser on a thread while the window's event loop runs (the app answers a post on
    its main thread, as it does for a real phone)."""
    box: list = []
    errors: list = []

    def run():
        try:
            box.append(fn())
        except Exception as exc:  # noqa: BLE001 — handed to the test below
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=30000)
    if errors:
        raise errors[0]
    return box[0] if box else None


def test_a_practice_from_a_phone_goes_into_the_notes_and_the_report(qtbot, phone, sample_window, tmp_path):
    from selenium.webdriver.common.by import By

    window = sample_window
    share, dialog = _share(qtbot, window)
    view = room_view(qtbot, window, 0, 0)
    room = window.controller.index.snap.rooms[0]
    link = next(k for k in _posting_tiles(dialog) if f"/room/{room.uuid}/post/" in k)

    def fill_and_send():
        phone.get(link)
        phone.find_element(By.CSS_SELECTOR, "input[name=category][value=practice]").click()
        phone.find_element(By.ID, "text").send_keys(HOSTILE)
        phone.find_element(By.ID, "countries").send_keys("Kenya, Somalia")
        phone.find_element(By.ID, "name").send_keys("Amina")
        phone.find_element(By.ID, "send").click()
        deadline = time.monotonic() + 10
        while not phone.find_elements(By.ID, "sent") and time.monotonic() < deadline:
            time.sleep(0.05)
        return phone.find_element(By.ID, "sent").text, phone.title, phone.find_element(By.ID, "text").get_attribute("value")

    thanks, title, left = _in_thread(qtbot, fill_and_send)
    assert "Thank you" in thanks and title != "owned" and left == ""  # a fresh form for the next one
    qtbot.waitUntil(lambda: view.queue.list.count() == 1, timeout=10000)
    shown = view.queue.list.item(0).text()
    assert HOSTILE in shown and "Kenya, Somalia" in shown and "Amina" in shown

    view.queue.list.setFocus()
    qtbot.keyClick(view.queue.list, Qt.Key.Key_Return)
    wait_idle(qtbot, window.controller)
    practices = view.columns["practice"]
    qtbot.waitUntil(lambda: any(HOSTILE in line for line in lines(practices)), timeout=5000)

    from ui.plenary.export_dialog import ExportDialog

    export = ExportDialog(window.controller, "pdf", window)
    qtbot.addWidget(export)
    out = tmp_path / "report.pdf"
    export.path_edit.setText(str(out))
    export.start()
    qtbot.waitUntil(lambda: not export.running, timeout=60000)
    assert "Cash transfers via <b>mobile</b> money" in _pdf_text(out)

    # the moderator renews the room's link: the old page refuses, and says what to do
    tile = _posting_tiles(dialog)[link]
    from PySide6.QtWidgets import QPushButton

    next(b for b in tile.findChildren(QPushButton) if b.objectName() == "venue_posting_renew").click()
    wait_idle(qtbot, window.controller)

    def old_link_refused():
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            phone.get(link)
            if "no longer works" in phone.find_element(By.TAG_NAME, "body").text:
                return True
            time.sleep(0.2)
        return False

    assert _in_thread(qtbot, old_link_refused)
