"""Setup and Rounds & rooms in French, Spanish and Arabic, with a screen reader and a keyboard, and the
workshop's output language chosen in Setup → Workshop.

Each place of this part (every Setup tab, Rounds & rooms with its two tabs, the CSV import dialog's three
steps and the projector view of the moves) is built with the sample workshop in English and then in each
language; no text a user sees or hears stays in English beyond the workshop's own data. Every focusable
control has a name a screen reader says, and Tab reaches every control.
"""

from __future__ import annotations

import pprint

import pytest
from i18n_support import language, left_in_english, visible_texts
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QTabWidget,
    QWidget,
)
from support import reading, wait_idle

from cafe.storage.workshop_index import SnapshotUpdate
from ui.common.language import LANGUAGES

FULL = SnapshotUpdate(frozenset({"*"}), reopened=True)


def data_texts(index) -> set[str]:
    """Every name, title and text of the workshop itself, and the texts the core writes for it."""
    snap = index.snap
    out: set[str] = set()
    rows = [snap.workshop, *snap.days, *snap.agenda, *snap.rounds, *snap.rooms, *snap.themes, *snap.hosts,
            *snap.participants, *snap.groups]
    for row in rows:
        for value in vars(row).values():
            if isinstance(value, str):
                out.add(value)
            elif isinstance(value, (list, tuple)):
                out.update(v for v in value if isinstance(v, str))
    from cafe.people.countries import country_display
    from cafe.storage.workshop_index import day_text

    out.update(country_display(p.country) for p in snap.participants)
    out.update(index.round_label(r) for r in snap.rounds)  # the core's own words (translated there)
    out.update(day_text(d) for d in snap.days)
    return {t for t in out if t}


def build_places(controller):
    """Each place of this part, filled with the controller's workshop: (name, widget) pairs."""
    from ui.setup.import_dialog import ImportDialog
    from ui.setup.moves_display import MovesDisplay
    from ui.setup.rounds_view import RoundsView
    from ui.setup.setup_view import SetupView

    setup = SetupView(controller)
    setup.set_snapshot(controller.index, FULL)
    rounds = RoundsView(controller)
    rounds.set_snapshot(controller.index, FULL)
    dialog = ImportDialog(controller)
    moves = MovesDisplay(controller)
    places = []
    for i in range(setup.count()):
        setup.setCurrentIndex(i)  # each tab is built, and filled, when it comes to the front
        places.append((f"setup/{i}", setup.tab(i)))
    places.append(("setup/tabs", setup.tabBar()))
    places += [(f"rounds/{i}", rounds.tabs.widget(i)) for i in range(rounds.tabs.count())]
    places.append(("rounds", rounds))
    for page in range(3):
        places.append((f"import/{page}", dialog.pages.widget(page)))
    places.append(("import", dialog))
    places.append(("moves", moves))
    return [setup, rounds, dialog, moves], places


def texts_of(places) -> dict[str, set[str]]:
    return {name: visible_texts(widget) for name, widget in places}


#: the places built by a test, kept alive until its worker reads have come back
_KEPT: list[QWidget] = []


def built(qtbot, controller):
    owners, places = build_places(controller)
    for owner in owners:
        qtbot.addWidget(owner)
    _KEPT.extend(owners)
    wait_idle(qtbot, controller)  # the score, the seating: read on the worker
    return owners, places


@pytest.fixture
def english_texts(qtbot, sample_window):
    _owners, places = built(qtbot, sample_window.controller)
    yield texts_of(places)
    wait_idle(qtbot, sample_window.controller)
    _KEPT.clear()


#: words written the same in English and the language, beyond the helper's list
SAME_HERE = {"fr": {"participants"}, "es": {"Academia"}, "ar": set()}


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_no_text_of_setup_stays_in_english(qtbot, qapp, sample_window, english_texts, lang):
    controller = sample_window.controller
    data = data_texts(controller.index) | SAME_HERE[lang]
    data |= set(LANGUAGES.values())  # each language is offered under its own name
    with language(qapp, lang):
        owners, places = built(qtbot, controller)
        translated = texts_of(places)
        # the formatting bar under the introduction is the common part's (its own language test)
        data |= visible_texts(owners[0].workshop.introduction_markup)
        # longest first: a title is taken out whole before a shorter name inside it
        data = sorted(data, key=len, reverse=True)
        assert translated.keys() == english_texts.keys()
        left = {name: left_in_english(english_texts[name], translated[name], data, lang) for name in translated}
        left = {name: texts for name, texts in left.items() if texts}
        assert not left, pprint.pformat(left)
        # the translations are really there: a few texts of each place read differently
        for name in ("setup/0", "setup/tabs", "rounds", "import/0", "moves"):
            assert translated[name] != english_texts[name]
        wait_idle(qtbot, controller)
        for owner in owners:
            owner.close()


def _inner(widget: QWidget) -> bool:
    """A part of another control (a spin box's or combo box's line edit, a scroll bar)."""
    parent = widget.parentWidget()
    if isinstance(widget, (QScrollArea, QTabWidget)):  # containers: the focus goes to what they hold
        return True
    return isinstance(widget, QScrollBar) or isinstance(parent, (QAbstractSpinBox, QComboBox)) or (
        isinstance(parent, QAbstractScrollArea) and widget is parent.viewport())


def focusable(root: QWidget) -> list[QWidget]:
    from PySide6.QtCore import Qt

    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _inner(w)]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader names the control by (on Linux a combo box's name is its current value, and its
    label comes as a relation: its own accessible name counts too)."""
    face = QAccessible.queryAccessibleInterface(widget)
    spoken = face.text(QAccessible.Text.Name).strip() if face is not None else ""
    return widget.accessibleName().strip() if isinstance(widget, QComboBox) else spoken


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_control_has_a_spoken_name_and_tab_reaches_it(qtbot, qapp, sample_window, lang):
    controller = sample_window.controller
    with language(qapp, lang):
        owners, _places = built(qtbot, controller)
        setup, rounds, dialog, moves = owners
        screens: list[tuple[str, QWidget, QTabWidget | None, int]] = []
        screens += [(f"setup {i}", setup, setup, i) for i in range(setup.count())]
        screens += [(f"rounds {i}", rounds, rounds.tabs, i) for i in range(rounds.tabs.count())]
        screens += [(f"import {i}", dialog, None, i) for i in range(3)]
        screens += [("moves", moves, None, 0)]
        unnamed: dict[str, list[str]] = {}
        unreached: dict[str, list[str]] = {}
        for name, top, tabs, i in screens:
            top.resize(1366, 768)
            top.show()
            if tabs is not None:
                tabs.setCurrentIndex(i)
            elif top is dialog:
                dialog._show_page(i)
            qtbot.waitExposed(top)
            controls = focusable(top)
            assert controls, name
            missing = [f"{type(w).__name__} {w.objectName()}" for w in controls if not spoken_name(w)]
            if missing:
                unnamed[name] = missing
            reached, w = set(), top.nextInFocusChain()
            while w is not top and w not in reached:
                reached.add(w)
                w = w.nextInFocusChain()
            lost = [f"{type(w).__name__} {w.objectName()}" for w in controls if w not in reached]
            if lost:
                unreached[name] = lost
            top.hide()
        wait_idle(qtbot, controller)
        assert not unnamed, pprint.pformat(unnamed)
        assert not unreached, pprint.pformat(unreached)
        for owner in owners:
            owner.close()
    _KEPT.clear()


def test_the_output_language_is_chosen_in_setup_and_saved_as_one_undo_step(qtbot, sample_window, sample_db):
    win = sample_window
    tab = win.views["setup"].workshop
    combo = tab.language.widget
    assert [combo.itemText(i) for i in range(combo.count())] == list(LANGUAGES.values())
    assert [combo.itemData(i) for i in range(combo.count())] == list(LANGUAGES)
    assert combo.currentData() == "en"
    assert combo.accessibleName() == "Output language"
    assert "report" in combo.toolTip() and "door signs" in combo.toolTip()

    # a keyboard user picks French: the choice is saved at once, as one undo step
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.snapshot().workshop.language == "fr"
    assert win.undo_action.text() == "Undo Change output language"
    assert win.controller.index.snap.workshop.language == "fr"

    win.undo_action.trigger()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as service:
        assert service.snapshot().workshop.language == "en"
    assert combo.currentData() == "en"

    # redo puts French back, and the form shows it
    win.redo_action.trigger()
    wait_idle(qtbot, win.controller)
    assert combo.currentData() == "fr" and combo.currentText() == "Français"
