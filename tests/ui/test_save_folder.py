"""Save and open dialogs start in a folder people can find; a written export opens in one click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from support import copy_database, open_in

from cafe.storage.paths import data_dir
from ui.common import save_folder


def test_dialogs_never_start_in_the_hidden_data_folder(qtbot, window, sample_template):
    data_dir().mkdir(parents=True, exist_ok=True)
    in_data = copy_database(sample_template, data_dir() / "workshop.sqlite")
    open_in(qtbot, window, in_data)
    start = window.files._start_dir()
    assert not save_folder.is_hidden_place(start)
    assert data_dir().resolve() not in (start.resolve(), *start.resolve().parents)


def test_a_visible_workshop_folder_is_where_dialogs_start(qtbot, window, sample_template, tmp_path):
    visible = tmp_path / "Workshops"
    visible.mkdir()
    open_in(qtbot, window, copy_database(sample_template, visible / "gfmd.sqlite"))
    assert window.files._start_dir() == visible


def test_the_export_remembers_its_folder_and_offers_open_and_show_folder(qtbot, sample_window, tmp_path,
                                                                         monkeypatch):
    from ui.plenary.export_dialog import ExportDialog, suggested_path

    opened: list[QUrl] = []
    monkeypatch.setattr(save_folder.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    out_dir = tmp_path / "Reports"
    out_dir.mkdir()
    dialog = ExportDialog(sample_window.controller, "md", sample_window)
    qtbot.addWidget(dialog)
    assert not dialog.saved_buttons.isVisibleTo(dialog)
    dialog.path_edit.setText(str(out_dir / "report.md"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30000)
    assert (out_dir / "report.md").exists()
    assert dialog.saved_buttons.isVisibleTo(dialog)
    dialog.saved_buttons.open_button.click()
    dialog.saved_buttons.folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [out_dir / "report.md", out_dir]
    # the next export, of any kind, is suggested in the same folder
    assert Path(suggested_path("GFMD workshop", "pdf")).parent == out_dir


def test_a_remembered_folder_inside_the_data_folder_is_not_used(qtbot, tmp_path):
    hidden = data_dir() / "exports"
    hidden.mkdir(parents=True)
    save_folder.remember(hidden / "x.pdf")
    assert save_folder.save_folder() != hidden
    assert not save_folder.is_hidden_place(save_folder.save_folder())


def test_printouts_and_the_brief_are_suggested_outside_the_data_folder(qtbot, window, sample_template, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.print_menu import PrintActions
    from ui.room.brief_view import BriefPdfDialog

    data_dir().mkdir(parents=True, exist_ok=True)
    open_in(qtbot, window, copy_database(sample_template, data_dir() / "workshop.sqlite"))
    suggested = PrintActions(window, window.controller).suggested_path("route-slips")
    assert not save_folder.is_hidden_place(suggested.parent)
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, start, filters: offered.append(start) or ("", "")))
    BriefPdfDialog.ask(None, "brief-room-xi.pdf")
    assert Path(offered[0]).name == "brief-room-xi.pdf" and not save_folder.is_hidden_place(Path(offered[0]).parent)
