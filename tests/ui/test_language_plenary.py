"""The Plenary place in English, French, Spanish and Arabic, with a keyboard and a screen reader; its slides in the
workshop's output language, whatever the window's.

* Every tab of the place (themes and their three sub-tabs, cross-cutting lessons, report, sessions), the export
  dialog and the export actions: nothing a user sees is left in English in FR, ES or AR beyond the workshop's own
  data and the texts the core writes (its category names; the report's own words, in the output language).
* Every focusable input and button has a name a screen reader says, and the focus chain reaches every one.
* The presentation writes its own words ("Summary", "… (continued)", "overtime", the keys) in the output language;
  Arabic slides are drawn right to left.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from i18n_support import language, left_in_english, visible_texts
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from support import open_in, wait_idle

from cafe.clock.watch import FakeClock
from cafe.plenary.report_settings import DEFAULT_REPORT_TITLE, default_sections
from cafe.storage.workshop_index import NOTE_CATEGORIES
from ui.workshop.ops import S, call

SHOTS = os.environ.get("CAFE_SCREENSHOTS")
INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)


@contextlib.contextmanager
def plenary_window(qtbot, db: Path):
    """A main window made in the language in place, showing the sample's plenary at 1366×768."""
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    win = MainWindow(controller)
    try:
        open_in(qtbot, win, db)
        win.resize(1366, 768)
        win.show()
        win.show_place("plenary")
        view = win.views["plenary"]
        qtbot.waitUntil(lambda: view.data is not None and view.data.report is not None, timeout=15000)
        yield win, view
    finally:
        controller.close()
        tasks.shutdown()
        # gone now, in this language, not at some later garbage collection during another test; the
        # timers already due (column fitting) run first, while their tables still exist
        win.close()
        qtbot.wait(20)
        win.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def data_texts(win) -> set[str]:
    """The workshop's own texts (names, titles, notes), and the texts of the core and of the outputs."""
    snap = win.controller.index.snap
    out: set[str] = {win.controller.index.title}
    for rows, fields in ((snap.themes, ("title", "summary")), (snap.rooms, ("name",)),
                         (snap.hosts, ("name", "organisation")), (snap.participants, ("name", "organisation")),
                         (snap.agenda, ("title", "notes")), (snap.days, ("title",)), (snap.lessons, ("title", "text")),
                         (snap.groups, ("name",)), (getattr(snap, "speakers", ()), ("name", "title", "organisation"))):
        for row in rows:
            out.update(str(getattr(row, f, "") or "") for f in fields)
    for theme in snap.themes:
        out.update(theme.guiding_questions)
    # the core translates its category names (its own catalogue and tests); the report's title and section titles
    # are the report's words, shown in the workshop's output language (English in the sample)
    out.update(title for _cat, title in NOTE_CATEGORIES)
    out.update({DEFAULT_REPORT_TITLE, *(s.default_title for s in default_sections())})
    out.update(s.name() for s in QGuiApplication.screens())
    return {t for t in out if t}


def common_texts(view) -> set[str]:
    """The texts of the formatting bars the place borrows from ``ui.common`` (translated with that part)."""
    from ui.common.markup_editing import MarkupBar

    out: set[str] = set()
    for bar in view.findChildren(MarkupBar):
        for widget in (bar, bar.controls):
            out |= visible_texts(widget)
    return out


def place_texts(win, view) -> set[str]:
    """What the place shows in each of its tabs and sub-tabs, the export dialogs and the export actions."""
    from PySide6.QtGui import QAction

    from ui.plenary.export_dialog import ExportDialog

    texts: set[str] = set()
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        if i == 0:
            for j in range(view.theme_tabs.count()):
                view.theme_tabs.setCurrentIndex(j)
                texts |= visible_texts(view)
        texts |= visible_texts(view)
    for fmt in ("pdf", "md", "docx", "csv"):
        dialog = ExportDialog(win.controller, fmt, win)
        texts |= visible_texts(dialog)
        dialog.deleteLater()
        action = win.findChild(QAction, f"export_{fmt}")
        assert action is not None
        texts.add(action.text().replace("&", ""))
    view.tabs.setCurrentIndex(0)
    view.theme_tabs.setCurrentIndex(0)
    return texts


def test_nothing_of_the_plenary_is_left_in_english(qtbot, qapp, sample_db, tmp_path):
    with plenary_window(qtbot, sample_db) as (win, view):
        english = place_texts(win, view)
        data = data_texts(win) | common_texts(view)
        assert "Cross-cutting lessons" in english and "Speakers of the session" in english
    for lang in ("fr", "es", "ar"):
        with language(qapp, lang), plenary_window(qtbot, sample_db) as (win, view):
            translated = place_texts(win, view)
            left = left_in_english(english, translated, data, lang)
            assert left == [], "\n".join([lang, *left])
            if lang == "ar":
                assert view.isRightToLeft()
            shots = [(f"plenary-{lang}-{n}", n) for n in range(view.tabs.count())]
            for name, n in shots:
                view.tabs.setCurrentIndex(n)
                image = win.grab()
                image.save(str(tmp_path / f"{name}.png"))
                if SHOTS:
                    Path(SHOTS).mkdir(parents=True, exist_ok=True)
                    image.save(str(Path(SHOTS) / f"{name}.png"))


def focusable(root: QWidget) -> list[QWidget]:
    return [w for w in (root, *root.findChildren(QWidget))
            if isinstance(w, INPUTS) and w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def check_keyboard_and_names(root: QWidget) -> int:
    controls = focusable(root)
    assert controls
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in controls if not spoken_name(w)]
    assert unnamed == []
    reached: set[int] = set()
    w = controls[0]
    for _ in range(5000):
        reached.add(id(w))
        w = w.nextInFocusChain()
        if w is controls[0]:
            break
    missed = [f"{type(c).__name__} {c.objectName()!r}" for c in controls if id(c) not in reached]
    assert missed == []
    return len(controls)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_control_has_a_spoken_name_and_the_tab_key_reaches_it(qtbot, qapp, sample_db, lang):
    from ui.plenary.export_dialog import ExportDialog

    with language(qapp, lang), plenary_window(qtbot, sample_db) as (win, view):
        checked = 0
        for i in range(view.tabs.count()):
            view.tabs.setCurrentIndex(i)
            if i == 0:
                for j in range(view.theme_tabs.count()):
                    view.theme_tabs.setCurrentIndex(j)
                    checked += check_keyboard_and_names(view)
            else:
                checked += check_keyboard_and_names(view)
        dialog = ExportDialog(win.controller, "pdf", win)
        dialog.show()
        qtbot.waitExposed(dialog)
        checked += check_keyboard_and_names(dialog)
        dialog.close()
        assert checked > 40
        # the reading order at the top: the screen, then Present, then the tabs
        assert view.screen_choice.nextInFocusChain() is view.present_button
        assert view.present_button.nextInFocusChain() is view.tabs


def set_output_language(qtbot, win, view, lang: str) -> None:
    workshop = win.controller.index.snap.workshop
    win.controller.edit("Output language", call(S.update_workshop, uuid=workshop.uuid,
                                                expected_version=workshop.version, language=lang))
    wait_idle(qtbot, win.controller)
    qtbot.waitUntil(lambda: getattr(win.controller.index.snap.workshop, "language", "en") == lang, timeout=15000)
    qtbot.waitUntil(lambda: view.data is not None and view.data.report is not None, timeout=15000)


def test_the_slides_speak_the_output_language_not_the_windows(qtbot, qapp, sample_db):
    with language(qapp, "fr"), plenary_window(qtbot, sample_db) as (win, view):
        assert view.tabs.tabText(1) == "Enseignements transversaux"  # the window is in French
        clock = FakeClock()
        view.clock = clock
        window = view.present(full_screen=False)
        window.resize(1366, 768)
        texts = "\n".join(p.text() for p in window.pages)
        assert "Summary" in texts and "Synthèse" not in texts  # the workshop's output language: English
        set_output_language(qtbot, win, view, "es")
        qtbot.waitUntil(lambda: "Síntesis" in "\n".join(p.text() for p in window.pages), timeout=15000)
        texts = "\n".join(p.text() for p in window.pages)
        assert "Summary" not in texts
        window.go(0)
        assert "Síntesis" in window.accessibleDescription()  # what a screen reader reads of the page shown
        window.timer.toggle(window.slide.key)
        clock.advance(11 * 60)
        assert window.timer_text().endswith("tiempo excedido")
        view.presentation.close()


def test_the_window_in_english_presents_in_french(qtbot, qapp, sample_db):
    with language(qapp, "en"), plenary_window(qtbot, sample_db) as (win, view):
        set_output_language(qtbot, win, view, "fr")
        assert view.tabs.tabText(1) == "Cross-cutting lessons"
        deck = view.slides()
        window = view.present(full_screen=False)
        window.resize(1366, 768)
        assert len(deck) == len(window.slides)
        assert any(p.section.startswith("Synthèse") for p in window.pages)
        assert window.page_text() in window.accessibleDescription()
        window.close()


def _accent_side(image, width: int, height: int) -> float:
    """The mean x of the timer's blue pixels in the footer band (the timer is drawn in the accent colour)."""
    xs = []
    for y in range(int(height * 0.86), height, 2):
        for x in range(0, width, 2):
            c = image.pixelColor(x, y)
            if c.blue() > c.red() + 40 and c.blue() > 80:
                xs.append(x)
    assert xs, "no timer drawn in the footer"
    return sum(xs) / len(xs) / width


def test_arabic_slides_are_drawn_right_to_left(qtbot):
    from cafe.report.slides import Slide
    from ui.plenary.presentation import PresentationWindow

    deck = [Slide("t1", "التنقل", "القاعة 16", summary=("فقرة",), summaries=((None, ("فقرة أولى " * 40,) * 6),))]
    shown = {}
    for lang in ("en", "ar"):
        window = PresentationWindow(deck, language=lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        image = window.grab().toImage()
        shown[lang] = (_accent_side(image, image.width(), image.height()), window)
    assert shown["en"][0] < 0.5 < shown["ar"][0]  # the timer stands at the start of the line: left, or right
    arabic = shown["ar"][1]
    assert arabic.rtl and not shown["en"][1].rtl
    assert any(p.section == "الملخص" for p in arabic.pages)
    assert any(p.section == "الملخص (تتمة)" for p in arabic.pages)
    arabic.show_help = True
    arabic.repaint()
    for _lang, (_side, window) in shown.items():
        window.close()
    QApplication.processEvents()


@pytest.mark.parametrize(("lang", "continued"), [("en", "Summary (continued)"), ("fr", "Synthèse (suite)"),
                                                 ("es", "Síntesis (continuación)")])
def test_a_long_summary_continues_in_the_output_language(qtbot, lang, continued):
    from cafe.report.slides import Slide
    from ui.plenary.presentation import PresentationWindow

    deck = [Slide("t1", "Mobility", "Room XVI", summaries=((None, ("A long paragraph of findings. " * 30,) * 6),))]
    window = PresentationWindow(deck, language=lang)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    sections = [p.section for p in window.pages]
    assert len(sections) > 1 and sections[1:] == [continued] * (len(sections) - 1)
