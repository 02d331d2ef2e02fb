"""Plenary › Dot votes in the window: the moderator opens a vote on the lessons, phones give their dots
through the shared pages, the results follow live in the panel and on the presentation, the vote
closes and the report prints the results."""

from __future__ import annotations

import re
import threading

import httpx
from support import wait_idle
from test_venue_share import _share
from test_whole_day import _pdf_text


def _in_thread(qtbot, fn):
    box: list = []
    thread = threading.Thread(target=lambda: box.append(fn()), daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=15000)
    return box[0]


def _give(qtbot, link: str, dots: dict[int, int]) -> str:
    """A phone opens the vote and gives ``dots`` (option's place on the page -> dots)."""
    def run():
        with httpx.Client() as phone:
            page = phone.get(link).text
            names = re.findall(r'name="(dots:[^"]+)"', page)
            answer = phone.post(link, data={names[i]: str(n) for i, n in dots.items()})
            return answer.text
    return _in_thread(qtbot, run)


def test_a_dot_vote_on_the_lessons_from_opening_to_the_report(qtbot, sample_window, tmp_path):
    window = sample_window
    share, _dialog = _share(qtbot, window)
    window.show_place("plenary")
    plenary = window.views["plenary"]
    panel = plenary.votes
    assert "No vote yet" in panel.state.text()
    panel.dots.setValue(2)
    panel.open_button.click()
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: panel.votes.count() == 1, timeout=5000)
    lessons = [lesson.title for lesson in window.controller.index.snap.lessons]
    assert panel.votes.item(0).text() == "Cross-cutting lessons · open · 0 phones"
    link = panel.address.text()
    assert link.startswith(f"{share.url}/vote/") and not panel.qr.pixmap().isNull()

    assert "Counted" in _give(qtbot, link, {1: 2})
    assert "Counted" in _give(qtbot, link, {0: 1, 1: 1})
    too_many = _give(qtbot, link, {0: 2, 1: 1})
    assert "2 dots in all" in too_many
    qtbot.waitUntil(lambda: panel.votes.item(0).text().endswith("2 phones"), timeout=5000)
    rows = [(panel.results.item(r, 0).text(), panel.results.item(r, 1).text())
            for r in range(panel.results.rowCount())]
    assert rows == [("3", lessons[1]), ("1", lessons[0])]

    # the presentation has a page of the results
    presentation = plenary.present(full_screen=False)  # deletes itself when closed
    qtbot.waitUntil(lambda: any(p.slide_key.startswith("vote:") for p in presentation.pages), timeout=10000)
    page = next(p for p in presentation.pages if p.slide_key.startswith("vote:"))
    text = " ".join(block.text for block in page.blocks)
    assert lessons[1] in text and "3 dots" in text and text.index(lessons[1]) < text.index(lessons[0])
    presentation.close()

    panel.toggle_button.click()
    wait_idle(qtbot, window.controller)
    qtbot.waitUntil(lambda: "closed" in panel.votes.item(0).text(), timeout=5000)
    closed = _in_thread(qtbot, lambda: httpx.get(link).text)
    assert "This vote is closed" in closed and closed.index(lessons[1]) < closed.index(lessons[0])

    from ui.plenary.export_dialog import ExportDialog

    export = ExportDialog(window.controller, "pdf", window)
    qtbot.addWidget(export)
    out = tmp_path / "report.pdf"
    export.path_edit.setText(str(out))
    export.start()
    qtbot.waitUntil(lambda: not export.running, timeout=60000)
    report = _pdf_text(out)
    assert "Dot vote: Cross-cutting lessons" in report
    assert report.index("Dot vote: Cross-cutting lessons") < report.rindex(lessons[1])
