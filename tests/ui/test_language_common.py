"""The shared widgets and dialogs in English, French, Spanish and Arabic, and with a screen reader.

Each place (the merge window, the shared-workshop connection, the formatting bar and its preview, an
autosaved text, a row form, the backups list, the Print menu) is built in English, then again with
each language installed, and no word a user reads may stay in English. Every focusable control must
have a name a screen reader says, and Tab must reach it. The save state (Saved, Saving…, Offline —
N changes waiting) is counted in each language's plural forms; dates follow the language.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from i18n_support import language, left_in_english, visible_texts
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

LANGS = ("fr", "es", "ar")
#: texts the places below show that are data, not the window's words: what the test fills in, the
#: server's name and libpq's TLS modes (the words the server's staff configure, the same everywhere)
DATA = ["Round summary · Room XI, round 2", "Recruitment fees dominated the discussion.",
        "Laptop B: recruitment fees and visas.", "My summary of the round.", "Title", "Rename room",
        "Capacity", "Start", "Date", "Access to justice", "require", "verify-full", "prefer", "disable",
        "cafe", "room11", "cafe.local", "periodic"]


# -- the places ----------------------------------------------------------------------------------------
def merge_dialog(qtbot):
    from ui.common.merge_dialog import MergeDialog

    dialog = MergeDialog(None, what="Round summary · Room XI, round 2",
                         message="Recruitment fees dominated the discussion.",
                         theirs="Laptop B: recruitment fees and visas.", mine="My summary of the round.",
                         later_hint=_autosaved(qtbot).later_hint())
    return dialog


def connect_dialog(_qtbot):
    from ui.workshop.shared_workshop import ConnectDialog, ServerChoice

    dialog = ConnectDialog(None, ServerChoice("cafe.local", 5432, "cafe", "room11", sslmode="prefer"))
    dialog.error.setText(ServerChoice("", 5432, "cafe", "room11").problem() or "")
    return dialog


def _autosaved(_qtbot):
    from ui.common.autosaved_text import AutosavedText

    return AutosavedText("Round summary · Room XI, round 2", "Recruitment fees dominated the discussion.",
                         lambda *a, **k: None)


def autosaved_with_bar(qtbot):
    from ui.common.markup_editing import attach_markup_bar
    from ui.common.save_folder import SavedFileButtons

    page = QWidget()
    layout = QVBoxLayout(page)
    text = _autosaved(qtbot)
    layout.addWidget(text)
    bar = attach_markup_bar(text.editor, "language_test")
    bar.set_preview_shown(True)
    text.status.setText(text.tr("Saving within a second…"))
    text.merge_button.show()
    buttons = SavedFileButtons()
    buttons.set_path("/tmp/report.pdf")
    layout.addWidget(buttons)
    return page


def row_form(qtbot):
    from ui.common.forms import DateField, LineField, RowForm, SpinField, TextField, TimeField
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    controller = WorkshopController(TaskRunner())
    form = RowForm(controller, "update_room")
    form.add(LineField("name", "Title", "Rename room"))
    form.add(SpinField("capacity", "Capacity", "Rename room"))
    form.add(TimeField("start", "Start", "Rename room"))
    form.add(DateField("day", "Date", "Rename room"))
    form.add(TextField("questions", "Access to justice", "Rename room", lines=True))
    form.show_row(SimpleNamespace(uuid="r1", version=1, name="Title", capacity=3, start=dt.time(15, 0),
                                  day=dt.date(2019, 3, 21), questions=("Access to justice",)))
    form.show_message(form.tr("Not saved: {0}").format("Capacity"))
    form._controller_for_test = controller  # kept alive with the form
    return form


def backups_dialog(qtbot, monkeypatch=None):
    """The backups list as BackupsDialog.ask builds it (its exec replaced to hand the dialog back)."""
    from ui.dialogs import BackupsDialog

    shown: list[QDialog] = []

    def keep(self):
        shown.append(self)
        return QDialog.DialogCode.Rejected

    original = QDialog.exec
    QDialog.exec = keep
    try:
        when = dt.datetime(2019, 3, 21, 14, 5, 9, tzinfo=dt.UTC)
        BackupsDialog.ask(None, [SimpleNamespace(path="/tmp/a.sqlite", time=when, reason=r)
                                 for r in ("periodic", "before-replace", "manual")])
    finally:
        QDialog.exec = original
    return shown[0]


def print_menu(qtbot):
    from ui.print_menu import install_actions, install_brief_actions
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    window = QMainWindow()
    window.controller = WorkshopController(TaskRunner())  # type: ignore[attr-defined]
    install_actions(window)  # type: ignore[arg-type]
    install_brief_actions(window)  # type: ignore[arg-type]
    window.setCentralWidget(QWidget())
    return window


PLACES = {"merge": merge_dialog, "connect": connect_dialog, "autosaved text and formatting bar": autosaved_with_bar,
          "row form": row_form, "backups": backups_dialog, "print menu": print_menu}


def _build(qtbot, name):
    widget = PLACES[name](qtbot)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(widget) -> set[str]:
    texts = visible_texts(widget)
    for menu in widget.findChildren(__import__("PySide6.QtWidgets", fromlist=["QMenu"]).QMenu):
        texts |= {a.text().replace("&", "") for a in menu.actions() if a.text()}
        texts.add(menu.title().replace("&", ""))
    return texts


# -- no word left in English -------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(PLACES))
def test_every_place_speaks_each_language(qtbot, qapp, name):
    english = _texts(_build(qtbot, name))
    assert english, "the place shows texts"
    for lang in LANGS:
        with language(qapp, lang):
            translated = _texts(_build(qtbot, name))
            assert left_in_english(english, translated, DATA, lang) == [], (name, lang)
            if lang == "ar":
                assert any("\u0600" <= ch <= "\u06ff" for text in translated for ch in text)


# -- a screen reader and the keyboard reach every control ----------------------------------------------
_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QAbstractItemView)


def _controls(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget)
            if isinstance(w, _INPUTS) and w.isVisible() and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is window
            # a spin box's or combo's own line edit: the reader says the spin box or combo
            and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("name", list(PLACES))
def test_every_control_has_a_spoken_name_and_tab_reaches_it(qtbot, qapp, name, lang):
    with language(qapp, lang):
        window = _build(qtbot, name)
        controls = _controls(window)
        assert controls or name == "print menu"
        for control in controls:
            spoken = QAccessible.queryAccessibleInterface(control).text(QAccessible.Text.Name)
            assert spoken.strip(), (name, lang, type(control).__name__, control.objectName())
        if not controls:
            return
        reached, w = set(), controls[0]
        for _ in range(len(window.findChildren(QWidget)) + 2):
            reached.add(w)
            w = w.nextInFocusChain()
            if w is controls[0]:
                break
        assert [c for c in controls if c not in reached] == []


# -- counted texts, save states and dates --------------------------------------------------------------
def _offline_state(controller, waiting: int) -> str:
    controller.shared, controller._journal, controller._server_down, controller._waiting = True, object(), True, waiting
    controller._set_save_state()
    return controller.save_state


@pytest.fixture
def controller():
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    tasks = TaskRunner()
    yield WorkshopController(tasks)
    tasks.shutdown()


EXPECTED_OFFLINE = {
    "en": {1: "Offline — 1 change waiting", 3: "Offline — 3 changes waiting"},
    "fr": {1: "Hors ligne — 1 modification en attente", 3: "Hors ligne — 3 modifications en attente"},
    "es": {1: "Sin conexión — 1 cambio pendiente", 3: "Sin conexión — 3 cambios pendientes"},
}


AGAIN = {"en": "Connected to the shared workshop again", "fr": "De nouveau connecté à l’atelier partagé",
         "es": "De nuevo conectado al taller compartido"}
NOT_SAVED = {"en": "Not saved: disk full", "fr": "Non enregistré : disk full", "es": "No guardado: disk full"}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_save_state_counts_in_the_language_and_warns(qapp, controller, lang):
    saved = {"en": "Saved", "fr": "Enregistré", "es": "Guardado"}[lang]
    with language(qapp, lang):
        for n, text in EXPECTED_OFFLINE[lang].items():
            assert _offline_state(controller, n) == text
            assert controller.save_state_warns
        controller._server_down, controller._waiting = False, 0
        notices = []
        controller.notice.connect(notices.append)
        controller._set_save_state()
        assert controller.save_state == saved and not controller.save_state_warns
        assert notices and notices[0].startswith(AGAIN[lang])
        controller._last_error = "disk full"
        controller._set_save_state()
        assert controller.save_state == NOT_SAVED[lang] and controller.save_state_warns


def test_arabic_counts_changes_in_its_six_forms(qapp, controller):
    with language(qapp, "ar"):
        states = [_offline_state(controller, n) for n in (1, 2, 3, 11, 100)]
        assert len(set(states)) == 5 and all(s.startswith("غير متصل") for s in states)
        assert "تغييران" in states[1] and "تغييرات" in states[2] and "تغييرًا" in states[3]


def test_counted_texts_read_right_in_english_without_translations(qapp, controller):
    from ui.common.plural import english
    from ui.dialogs import UnsavedOnCloseDialog

    assert _offline_state(controller, 1) == "Offline — 1 change waiting"
    assert english("%n change(s) made while offline were sent.".replace("%n", "1"), 1) == \
        "1 change made while offline was sent."
    assert UnsavedOnCloseDialog().sentence(1, "disk full") == "1 change is not saved yet (disk full)."
    assert UnsavedOnCloseDialog().sentence(4, None) == "4 changes are not saved yet."
    with language(qapp, "fr"):
        assert UnsavedOnCloseDialog().sentence(4, None) == "4 modifications ne sont pas encore enregistrées."


def test_backup_times_follow_the_language(qtbot, qapp):
    from ui.dialogs import local_time

    when = dt.datetime(2019, 3, 21, 14, 5, 9, tzinfo=dt.UTC)
    english = local_time(when)
    assert "Mar" in english and "2019" in english
    with language(qapp, "fr"):
        french = local_time(when)
        assert "mars" in french and "2019" in french and " à " in french
        dialog = backups_dialog(qtbot)
        listing = dialog.findChild(QAbstractItemView)
        assert "toutes les quelques minutes" in listing.model().index(0, 0).data()
    with language(qapp, "es"):
        assert "mar" in local_time(when)
    with language(qapp, "ar"):
        assert "مارس" in local_time(when)


def test_the_print_menu_is_found_by_name_in_any_language(qtbot, qapp):
    with language(qapp, "fr"):
        window = print_menu(qtbot)
        qtbot.addWidget(window)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        assert [m.title() for m in menus] == ["&Imprimer"]  # the brief's actions joined it, no second menu
        texts = [a.text() for a in menus[0].actions() if not a.isSeparator()]
        assert "&Fiches de parcours…" in texts and "Point de passation de l’&hôte (PDF)…" in texts


def test_accelerators_are_unique_in_the_print_menu(qtbot, qapp):
    for lang in LANGS:
        with language(qapp, lang):
            window = print_menu(qtbot)
            qtbot.addWidget(window)
            menu = window.menuBar().actions()[0].menu()
            keys = [a.text().split("&", 1)[1][0].lower() for a in menu.actions() if "&" in a.text()]
            assert len(keys) == len(set(keys)) == 6, (lang, keys)
