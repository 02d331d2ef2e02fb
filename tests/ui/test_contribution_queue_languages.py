"""Contributions from phones in French, Spanish and Arabic: the room view's queue (its title, labels, buttons,
the kind of each contribution) and the posting tiles of the sharing dialog show no text left in English, and
the dialog's new buttons keep a keyboard mnemonic of their own."""

from __future__ import annotations

import socket

import pytest
from i18n_support import language, left_in_english, visible_texts
from notes_support import room_view
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget
from support import copy_database, open_in, wait_idle

LANGS = ("fr", "es", "ar")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _without_links(texts: set[str]) -> set[str]:
    """The texts without the pages' addresses (their port changes from one run to the next)."""
    return {t for t in texts if "http://" not in t}


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" (Alt+letter), lower case; None without one."""
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].lower() if 0 <= i < len(plain) - 1 else None


def _queue_and_dialog(qtbot, db) -> dict:
    """Open ``db``, post a practice to the first room, share the pages; what the queue and dialog show."""
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    win = MainWindow(controller)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    share = win.venue_share
    try:
        open_in(qtbot, win, db)
        view = room_view(qtbot, win, 0, 0)
        room = controller.snapshot.rooms[0]
        controller.write(lambda s: s.post_contribution(room.uuid, "practice", "Texte", device="t"))
        wait_idle(qtbot, controller)
        qtbot.waitUntil(lambda: view.queue.isVisibleTo(win) and view.queue.list.count() == 1, timeout=5000)
        queue = view.queue
        out: dict = {
            # the workshop's own words: room names, the text posted, the headings typed in the notes
            "data": {room.name for room in controller.snapshot.rooms} | {"Texte"}
            | {view.queue.heading.itemText(i) for i in range(view.queue.heading.count())},
            "queue": visible_texts(queue),
            "title": queue.title.text(),
            "kind": queue.list.item(0).text().split(" · ")[0],
            "queue_buttons": [queue.accept_button.text(), queue.dismiss_button.text()],
        }

        share.update_action()
        share.action.trigger()
        dialog = share._dialog
        dialog.choose("127.0.0.1", _free_port())
        dialog.start_button.click()
        qtbot.waitUntil(lambda: share.state == "on", timeout=15000)
        holder = dialog.codes.widget()
        tiles = [w for w in holder.findChildren(QWidget) if w.objectName() == "venue_posting_tile"]
        assert len(tiles) == len(controller.snapshot.rooms)
        tile_texts: set[str] = set()
        for tile in tiles:
            tile_texts |= visible_texts(tile)
        for widget in (dialog.posting_label, dialog.open_all_button, dialog.close_all_button):
            tile_texts |= visible_texts(widget)
        out["tiles"] = _without_links(tile_texts)
        out["tile_buttons"] = sorted(b.text() for tile in tiles for b in tile.findChildren(QPushButton))
        out["about"] = dialog.about.text()
        out["posting_buttons"] = [dialog.open_all_button.text(), dialog.close_all_button.text()]
        out["other_mnemonics"] = [
            _mnemonic(w.text()) for w in [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]
            if w not in (dialog.open_all_button, dialog.close_all_button) and w.isVisibleTo(dialog)
            and _mnemonic(w.text())]
        return out
    finally:
        share.shutdown()
        controller.close()
        tasks.shutdown()


@pytest.mark.parametrize("lang", LANGS)
def test_the_contribution_queue_and_posting_tiles_speak_the_language(qapp, qtbot, sample_template, tmp_path, lang):
    english = _queue_and_dialog(qtbot, copy_database(sample_template, tmp_path / "en.sqlite"))
    assert english["title"] == "From phones: 1 contribution waiting"
    assert english["kind"] == "Practice"
    assert english["posting_buttons"] == ["Open in &every room", "C&lose in every room"]

    with language(qapp, lang):
        shown = _queue_and_dialog(qtbot, copy_database(sample_template, tmp_path / f"{lang}.sqlite"))

    data = english["data"]
    assert left_in_english(english["queue"], shown["queue"], data, lang) == []
    assert left_in_english(english["tiles"], shown["tiles"], data, lang) == []
    assert shown["title"] != english["title"] and "(s)" not in shown["title"] and "%n" not in shown["title"]
    assert shown["kind"] != "Practice"
    assert all(a != b for a, b in zip(shown["queue_buttons"], english["queue_buttons"], strict=True))
    assert set(english["tile_buttons"]) == {"Close", "Renew link"}
    assert len(shown["tile_buttons"]) == len(english["tile_buttons"])
    assert set(shown["tile_buttons"]).isdisjoint({"Close", "Open", "Renew link"})
    assert shown["about"] != english["about"] and "QR" in shown["about"]  # the text that tells of the posting links
    # the new buttons keep an Alt+letter each, not taken by another control of the dialog
    letters = [_mnemonic(text) for text in shown["posting_buttons"]]
    assert None not in letters and len(set(letters)) == 2
    assert set(letters).isdisjoint(shown["other_mnemonics"])
