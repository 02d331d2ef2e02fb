"""Plenary › Dot votes in French, Spanish and Arabic: with a vote opened on the lessons, then a phone's
dots in it, the panel's labels, buttons, column headers, the list's line, the state text and the delete
question show no text left in English, and the counted phones take the language's plural forms."""

from __future__ import annotations

import pytest
from i18n_support import language, left_in_english, visible_texts
from PySide6.QtWidgets import QMessageBox
from support import copy_database, open_in, wait_idle

LANGS = ("fr", "es", "ar")


def _window(qtbot, db):
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    win = MainWindow(controller)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    open_in(qtbot, win, db)
    return win, controller, tasks


def _panel_texts(qtbot, db, monkeypatch) -> dict:
    """Open ``db``, go to Plenary › Dot votes, open a vote on the lessons, then give one phone's dots:
    what the panel shows at each step."""
    win, controller, tasks = _window(qtbot, db)
    try:
        win.show_place("plenary")
        view = win.views["plenary"]
        panel = view.votes
        view.tabs.setCurrentWidget(panel)
        qtbot.waitUntil(panel.isVisible, timeout=5000)
        out: dict = {"empty_state": panel.state.text(), "tab": view.tabs.tabText(view.tabs.indexOf(panel))}

        controller.write(lambda s: s.open_vote("lessons"))
        wait_idle(qtbot, controller)
        qtbot.waitUntil(lambda: panel.votes.count() == 1, timeout=5000)
        out["panel"] = visible_texts(panel)
        out["opened_line"] = panel.votes.item(0).text()
        out["opened_state"] = panel.state.text()
        out["buttons"] = [b.text() for b in (panel.open_button, panel.toggle_button, panel.renew_button,
                                             panel.delete_button)]

        snap = controller.index.snap
        vote, lesson = snap.votes[0].uuid, snap.lessons[0].uuid
        controller.write(lambda s: s.cast_dots(vote, "phone-1", {lesson: 2}))
        wait_idle(qtbot, controller)
        qtbot.waitUntil(lambda: controller.index.snap.votes[0].voters == 1, timeout=5000)
        qtbot.waitUntil(lambda: panel.results.item(0, 0) is not None and panel.results.item(0, 0).text() == "2",
                        timeout=5000)
        out["voted_line"] = panel.votes.item(0).text()
        out["voted_state"] = panel.state.text()

        asked: list[tuple[str, str]] = []
        monkeypatch.setattr(QMessageBox, "question", staticmethod(
            lambda _parent, title, text, *_a, **_k: asked.append((title, text)) or QMessageBox.StandardButton.Cancel))
        panel.delete()
        out["delete_question"] = asked[0]

        controller.write(lambda s: s.set_vote(vote, open=False))
        wait_idle(qtbot, controller)
        qtbot.waitUntil(lambda: not controller.index.snap.votes[0].open, timeout=5000)
        qtbot.waitUntil(lambda: panel.votes.item(0).text() != out["voted_line"], timeout=5000)
        out["closed_line"] = panel.votes.item(0).text()
        out["closed_state"] = panel.state.text()
        out["toggle_closed"] = panel.toggle_button.text()
        out["panel"] |= visible_texts(panel)
        out["data"] = {lesson.title for lesson in snap.lessons} | {lesson.text for lesson in snap.lessons} \
            | {theme.title for theme in snap.themes}
        return out
    finally:
        controller.close()
        tasks.shutdown()


def _texts(out: dict) -> set[str]:
    """Every text of the panel gathered in ``out``, a sentence each."""
    texts = set(out["panel"]) | set(out["buttons"]) | set(out["delete_question"])
    texts |= {out[k] for k in ("empty_state", "tab", "opened_line", "opened_state", "voted_line", "voted_state",
                               "closed_line", "closed_state", "toggle_closed")}
    for line in ("opened_line", "voted_line", "closed_line"):
        texts.update(out[line].split(" · "))  # the title, the state and the phones, each on its own
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_the_dot_votes_panel_speaks_the_language(qapp, qtbot, sample_template, tmp_path, monkeypatch, lang):
    english = _panel_texts(qtbot, copy_database(sample_template, tmp_path / "en.sqlite"), monkeypatch)
    assert english["tab"] == "Dot votes"
    assert english["opened_line"] == "Cross-cutting lessons · open · 0 phones"
    assert english["voted_line"] == "Cross-cutting lessons · open · 1 phone"
    assert english["closed_line"] == "Cross-cutting lessons · closed · 1 phone"
    assert english["voted_state"].startswith("Cross-cutting lessons — 1 phone voted, 2 dots given")
    assert english["buttons"] == ["Open the vote", "Close the vote", "Renew link", "Delete…"]
    assert {"Dots per phone:", "Open a dot vote on:", "Dots", "Choice"} <= english["panel"]

    with language(qapp, lang):
        shown = _panel_texts(qtbot, copy_database(sample_template, tmp_path / f"{lang}.sqlite"), monkeypatch)

    data = english["data"]
    assert left_in_english(_texts(english), _texts(shown), data, lang) == []
    for key in ("tab", "empty_state", "opened_line", "voted_line", "closed_line", "opened_state", "voted_state",
                "closed_state", "toggle_closed"):
        assert shown[key] != english[key], key
        assert "(s)" not in shown[key] and "%n" not in shown[key], (key, shown[key])
    assert all(a != b for a, b in zip(shown["buttons"], english["buttons"], strict=True))
    assert all(a != b for a, b in zip(shown["delete_question"], english["delete_question"], strict=True))
    assert "(s)" not in shown["delete_question"][1]
    # the line's three parts: the title in the language, the state, the phones counted in its own forms
    title, state, phones = shown["voted_line"].split(" · ")
    assert title not in ("Cross-cutting lessons", "") and state not in ("open", "")
    assert shown["closed_line"].split(" · ")[1] not in (state, "closed")
    expected = {"fr": ("0 téléphone", "1 téléphone"), "es": ("0 teléfonos", "1 teléfono"),
                "ar": ("0 هاتف", "هاتف واحد")}[lang]
    assert (shown["opened_line"].split(" · ")[2], phones) == expected
