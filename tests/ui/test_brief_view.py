"""The host's brief in the room view, on the projector and printed; summaries carry over."""

from __future__ import annotations

from notes_support import room_view, settle, type_item

from ui.room.brief_view import BriefPdfDialog


def open_brief(qtbot, win, round_index: int):
    view = room_view(qtbot, win, round_index=round_index)
    view.tabs.setCurrentWidget(view.brief)
    view.brief.refresh()
    settle(qtbot, win)
    qtbot.waitUntil(lambda: view.brief.brief is not None and view.brief.brief.round_number == round_index + 1,
                    timeout=10000)
    return view


def test_the_brief_shows_earlier_summaries_first_then_items_with_their_group(qtbot, sample_window):
    win = sample_window
    view = open_brief(qtbot, win, 2)
    lines = view.brief.lines
    index = win.controller.index
    room, rounds = view.selected_room(), win.controller.snapshot.rounds
    groups = [index.group_name(index.group_in[(r.uuid, room)]) for r in rounds]

    questions = index.theme_by_room[room].guiding_questions
    assert [line.kind for line in lines[:2 + len(questions)]] == ["title", "questions"] + ["question"] * len(questions)
    summaries = [line for line in lines if line.kind == "summary"]
    assert lines[2 + len(questions)] is summaries[0]  # the questions first, then what earlier groups concluded
    assert summaries[0].detail.startswith(f"Round 1 · {groups[0]}")
    assert summaries[1].detail.startswith(f"Round 2 · {groups[1]}")
    items = [line for line in lines if line.kind == "item"]
    assert items and {line.detail for line in items} <= {groups[0], groups[1]}
    assert all(line.new == (line.detail == groups[1]) for line in items)  # new since the last group
    html = view.brief.browser.toHtml()
    assert "NEW" in html and groups[1] in html
    assert f"{view.brief.brief.item_count} items" in view.brief.info.text()

    shown = len(lines)
    view.brief.full.setChecked(True)
    assert len(view.brief.lines) >= shown
    assert len([x for x in view.brief.lines if x.kind == "item"]) == view.brief.brief.item_count


def test_a_round_summary_written_in_the_room_is_in_the_next_rounds_brief(qtbot, sample_window):
    win = sample_window
    view = room_view(qtbot, win, round_index=1)
    view.summary.editor.setFocus()
    view.summary.editor.selectAll()
    qtbot.keyClicks(view.summary.editor, "Group two wants fair recruitment first.")
    view.summary.autosave.fire()
    type_item(qtbot, view.columns["challenge"], "Brand new challenge from round two")
    settle(qtbot, win)

    view = open_brief(qtbot, win, 2)
    summaries = [line for line in view.brief.lines if line.kind == "summary"]
    assert summaries[-1].text == "Group two wants fair recruitment first."
    view.brief.full.setChecked(True)
    new = [line for line in view.brief.lines if line.kind == "item" and line.new]
    assert "Brand new challenge from round two" in [line.text for line in new]


def test_the_projector_shows_the_brief_large_and_closes_on_escape(qtbot, sample_window):
    from PySide6.QtCore import Qt

    win = sample_window
    view = open_brief(qtbot, win, 1)
    view.brief.show_projector()
    projector = view.brief.projector
    qtbot.addWidget(projector)
    assert projector.isVisible()
    assert view.brief.lines[0].text in projector.browser.toPlainText()
    qtbot.keyClick(projector, Qt.Key.Key_F)
    qtbot.keyClick(projector, Qt.Key.Key_Plus)
    assert projector.scale == 2.25
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_the_brief_prints_to_a_pdf_built_on_the_worker(qtbot, sample_window, tmp_path, monkeypatch):
    win = sample_window
    view = open_brief(qtbot, win, 2)
    target = tmp_path / "brief.pdf"
    asked = []
    monkeypatch.setattr(BriefPdfDialog, "ask", classmethod(lambda cls, parent, suggested: asked.append(suggested)
                                                          or str(target)))
    with qtbot.waitSignal(win.controller.notice, timeout=15000) as notice:
        view.brief.print_pdf()
    assert notice.args == [f"The brief was saved to {target}."]
    assert asked == ["brief-room-xvi-round-3.pdf"]
    assert target.read_bytes().startswith(b"%PDF")


def test_the_print_menu_prints_the_brief_of_the_room_shown(qtbot, sample_window, tmp_path, monkeypatch):
    win = sample_window
    room_view(qtbot, win, round_index=1)
    win.show_place("setup")
    menu = next(a.menu() for a in win.menuBar().actions() if a.text().replace("&", "") == "Print")
    by_text = {a.text(): a for a in menu.actions()}
    printing = by_text["The host's &brief (PDF)…"]
    projecting = by_text["Projector: the host's b&rief"]
    target = tmp_path / "from-menu.pdf"
    monkeypatch.setattr(BriefPdfDialog, "ask", classmethod(lambda cls, parent, suggested: str(target)))
    with qtbot.waitSignal(win.controller.notice, timeout=15000):
        printing.trigger()
    assert win.current_place() == "room" and target.read_bytes().startswith(b"%PDF")
    projecting.trigger()
    settle(qtbot, win)
    projector = win.views["room"].brief.projector
    qtbot.addWidget(projector)
    assert projector.isVisible() and "before round 2" in projector.browser.toPlainText()
