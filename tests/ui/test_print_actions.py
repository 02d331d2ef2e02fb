"""The Print menu writes each printout on the worker and says where; an empty workshop says why not."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader
from support import open_in, wait_idle

from ui.dialogs import ErrorDialog
from ui.print_menu import PdfFileDialog, install_actions
from ui.setup.moves_display import MovesDisplay


def text_of(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages)


def test_the_print_menu_lists_the_printouts_and_the_projector(sample_window):
    install_actions(sample_window)
    menu = sample_window.print_menu
    assert menu.title() == "&Print"
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "&Group lists…", "&Door signs…", "&Route slips…", "&Projector: moves between rounds…"]


def test_each_printout_is_saved_where_asked_with_a_notice(qtbot, sample_window, tmp_path, monkeypatch):
    actions = install_actions(sample_window)
    asked = []

    def ask(cls, parent, title, suggested):
        asked.append((title, suggested.name))
        return str(tmp_path / suggested.name)

    monkeypatch.setattr(PdfFileDialog, "ask", classmethod(ask))
    notices = []
    sample_window.controller.notice.connect(notices.append)
    for action in sample_window.print_menu.actions()[:3]:
        action.trigger()
        wait_idle(qtbot, sample_window.controller)
    slug = "thematic-workshop-on-implementing-the-global-compact-for-migration-sample"
    assert asked == [("Save group lists", f"{slug}-group-lists.pdf"), ("Save door signs", f"{slug}-door-signs.pdf"),
                     ("Save route slips", f"{slug}-route-slips.pdf")]
    saved = [tmp_path / name for _, name in asked]
    assert [n for n in notices if n.startswith("Saved to ")] == [f"Saved to {p}" for p in saved]
    assert "Côte d'Ivoire" in text_of(saved[0]) and "Türkiye" in text_of(saved[0])
    assert text_of(saved[1]).startswith("Room XVI")
    assert text_of(saved[2]).count("Your route") == 190
    assert actions is sample_window.print_actions


def test_nothing_to_print_is_explained_and_no_file_is_written(qtbot, window, tmp_path, monkeypatch):
    win = open_in(qtbot, window, tmp_path / "empty.sqlite", new_title="Empty café")
    install_actions(win)
    shown = []
    monkeypatch.setattr(ErrorDialog, "ask", classmethod(lambda cls, parent, title, message, details=(): shown.append(
        (title, message))))
    target = tmp_path / "slips.pdf"
    win.print_actions.print_to("route_slips", str(target))
    wait_idle(qtbot, win.controller)
    assert shown == [("Nothing was printed", "There are no participants yet: add or import them in Setup → "
                                            "Participants first.\n\nNo file was written.")]
    assert not target.exists()


def test_the_projector_opens_from_the_menu(qtbot, sample_window):
    install_actions(sample_window)
    sample_window.print_menu.actions()[-1].trigger()
    display = sample_window._moves_display
    qtbot.addWidget(display)
    assert isinstance(display, MovesDisplay)
    assert display.lines()[0].startswith("Group A → ")


def test_the_hosts_brief_with_no_workshop_open_says_so_and_leaves_nothing_pending(qtbot, window):
    window.prepare_views()
    brief = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                 if a.text() == "The host's &brief (PDF)…")
    brief.trigger()
    assert window.statusBar().currentMessage() == "Open a workshop first."
    assert window.views.values() == []  # no place was built for it, so nothing waits to print later
