"""The room view in French, Spanish and Arabic, and with a keyboard and a screen reader.

* Every text the room view shows (the notes with their columns, headings, Who field, summaries and
  every key; the host's brief; a column's item menu) is translated: nothing is left in English in
  fr, es or ar beyond the workshop's own names and notes.
* Every input and button has a name a screen reader says, and Tab from the room picker reaches
  every control of the view, in the reading order (pickers, then the notes, then the summaries).
* In Arabic the view is laid out right to left, and nothing of the header is cut off at 1366×768.
"""

from __future__ import annotations

import dataclasses

import pytest
from i18n_support import language, left_in_english, visible_texts
from notes_support import room_view
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget
from support import open_in, reading


@pytest.fixture
def open_window(qtbot, sample_db):
    """Builds a main window on the sample workshop (call it inside ``language``), closed at the end."""
    made = []

    def build(room_index: int = 0, round_index: int = 1):
        from ui.main_window import MainWindow
        from ui.workshop.controller import WorkshopController
        from ui.workshop.tasks import TaskRunner

        tasks = TaskRunner()
        controller = WorkshopController(tasks)
        win = MainWindow(controller)
        qtbot.addWidget(win)
        made.append((controller, tasks))
        open_in(qtbot, win, sample_db)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        return win, room_view(qtbot, win, room_index=room_index, round_index=round_index)

    yield build
    for controller, tasks in made:
        controller.close()
        tasks.shutdown()


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def data_texts(win, sample_db) -> set[str]:
    """Every name, title, question, note and summary of the workshop (its own words, not the window's)."""
    snap = win.controller.snapshot
    out: set[str] = set()
    for field in dataclasses.fields(snap):
        items = getattr(snap, field.name)
        for item in items if isinstance(items, (list, tuple)) else [items]:
            if dataclasses.is_dataclass(item):
                for f in dataclasses.fields(item):
                    out.update(_strings(getattr(item, f.name)))
    with reading(sample_db) as service:
        for room in snap.rooms:
            for note in service.room_notes(room.uuid):
                out.update([note.text, note.heading, *note.attributions])
    return {t for t in out if t}


def room_texts(qtbot, view) -> set[str]:
    """What the room view shows on both tabs, with every key shown, and a column's item menu."""
    from ui.room.notes_menu import item_menu

    view.tabs.setCurrentIndex(0)
    view.keys_button.setChecked(True)
    texts = visible_texts(view)
    column = view.columns["challenge"]
    column.step_selection(-1)
    menu = item_menu(column, view.notes)
    texts |= {a.text().replace("&", "") for a in menu.actions() if a.text()} | {menu.accessibleName()}
    texts |= {a.toolTip() for a in menu.actions() if a.toolTip()}
    menu.deleteLater()
    texts.add(column.hint.text())
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.brief.info.text() != "", timeout=15000)
    texts |= visible_texts(view.brief)
    view.tabs.setCurrentIndex(0)
    view.keys_button.setChecked(False)
    return texts


def translated_elsewhere(view) -> set[str]:
    """Texts the room view shows that other parts translate: the formatting bar (:mod:`ui.common.markup_editing`)
    and the core's phase words (the clock's phase line)."""
    out = {view.header_widget.phase.text()}
    for editor in (view.summary, view.synthesis):
        bar = editor.markup
        for w in (bar, bar.bold_button, bar.italic_button, bar.toggle, bar.hint):
            out |= visible_texts(w)
    return out


def test_nothing_of_the_room_view_is_left_in_english(qtbot, qapp, open_window, sample_db):
    win, view = open_window()
    english = room_texts(qtbot, view) - translated_elsewhere(view)
    data = data_texts(win, sample_db)
    assert "Final (host)" in english and "Opportunities" in {c.title for c in view.columns.values()}
    for lang in ("fr", "es", "ar"):
        with language(qapp, lang):
            _win, translated_view = open_window()
            translated = room_texts(qtbot, translated_view)
            assert left_in_english(english, translated, data, lang) == [], lang
            titles = [c.title for c in translated_view.columns.values()]
            assert titles != ["Opportunities", "Challenges", "Practices", "Other"], lang


def test_the_glossary_words_are_the_workshop_s_own(qtbot, qapp, open_window):
    expected = {"fr": ["Opportunités", "Défis", "Pratiques"], "es": ["Oportunidades", "Desafíos", "Prácticas"],
                "ar": ["الفرص", "التحديات", "الممارسات"]}
    for lang, words in expected.items():
        with language(qapp, lang):
            _win, view = open_window()
            assert [c.title for c in view.columns.values()][:3] == words
            assert view.summary.final.text() == {"fr": "Définitive (hôte)", "es": "Definitiva (anfitrión)",
                                                  "ar": "نهائي (المضيف)"}[lang]


def test_plural_forms_follow_the_language(qtbot, qapp, open_window):
    from ui.room.notes_header import HeaderTexts

    with language(qapp, "en"):
        assert HeaderTexts().summary_state(True, 1) == "Summary: draft (1 word)"
        assert HeaderTexts().summary_state(True, 5) == "Summary: draft (5 words)"
    with language(qapp, "fr"):
        assert HeaderTexts().summary_state(False, 1) == "Synthèse : définitive (1 mot)"
        assert HeaderTexts().summary_state(False, 7) == "Synthèse : définitive (7 mots)"
    with language(qapp, "ar"):
        forms = {HeaderTexts().summary_state(True, n) for n in (2, 5, 11)}
        assert len(forms) == 3 and any("كلمتان" in f for f in forms) and any("كلمات" in f for f in forms)


def _focusable(view: QWidget) -> list[QWidget]:
    return [w for w in view.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not w.focusProxy() and w.window() is view.window()]


def _spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_control_has_a_name_and_tab_reaches_it_in_reading_order(qtbot, qapp, open_window, lang):
    with language(qapp, lang):
        _win, view = open_window()
        for tab in (0, 1):
            view.tabs.setCurrentIndex(tab)
            view.keys_button.setChecked(True)
            column = view.columns["challenge"]
            column.list.setFocus()
            column.step_selection(-1)  # an item chosen: the Who field is enabled
            controls = _focusable(view)
            assert len(controls) >= (12 if tab == 0 else 6)
            unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in controls if not _spoken_name(w).strip()]
            assert unnamed == []
            reached: list[QWidget] = []
            w = view.room
            for _ in range(5000):
                if w in controls and w not in reached:
                    reached.append(w)
                w = w.nextInFocusChain()
                if w is view.room:
                    break
            assert set(reached) == set(controls), [x.objectName() for x in set(controls) - set(reached)]
            if tab == 0:
                # reading order: the pickers, the columns from the first to the last, then the summaries
                at = reached.index
                entries = [c.entry for c in view.columns.values()]
                assert at(view.room) < at(view.round) < at(entries[0]) < at(entries[3])
                assert at(entries[3]) < at(view.attributions.edit) < at(view.summary.editor) \
                    < at(view.synthesis.editor)
        view.tabs.setCurrentIndex(0)


def test_arabic_lays_the_room_out_right_to_left_with_nothing_cut_off(qtbot, qapp, open_window):
    with language(qapp, "ar"):
        _win, view = open_window()
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        first, last = view.columns["opportunity"], view.columns["other"]
        # the first column (Opportunities) is on the right, where an Arabic reader starts
        assert first.mapTo(view, first.rect().topLeft()).x() > last.mapTo(view, last.rect().topLeft()).x()
        assert view.room.mapTo(view, view.room.rect().topLeft()).x() > view.width() / 2
        for w in [view.summary.final, view.keys_button, *view.findChildren(QComboBox)]:
            if w.isVisible():
                assert w.width() >= w.minimumSizeHint().width(), w.objectName()
        for button in view.findChildren(QAbstractButton):
            if button.isVisible() and button.text():
                needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
                assert button.width() >= needed, button.text()
        for label in view.findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap() and label.objectName() not in (
                    "room_phase", "room_clock") and label.sizePolicy().horizontalPolicy().name != "Ignored":
                assert label.width() >= label.minimumSizeHint().width(), label.text()
