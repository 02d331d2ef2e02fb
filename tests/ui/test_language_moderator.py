"""The moderator's places in French, Spanish and Arabic, with a keyboard and a screen reader.

* The overview, the Round menu, the shift dialog, the stage display's window and its dialog, the
  question before acting on all rooms and the venue sharing dialog say nothing in English in fr, es
  and ar beyond the workshop's own names (the phase words and agenda lines come from the core).
* Every input and button of those places has a name a screen reader says, and Tab from the first
  control reaches every control.
* The stage display speaks the workshop's output language (not the window's), Arabic right to left;
  what a screen reader hears of it is in the window's language, and a phase change (warning, final
  minutes, time up) is announced once, not every second.
"""

from __future__ import annotations

import dataclasses

import pytest
from clock_support import open_with_clock, rooms, step
from i18n_support import language, left_in_english, visible_texts
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QWidget,
)
from support import wait_idle

from cafe.clock.text import Phase
from ui.workshop.ops import S, call

LANGS = ("fr", "es", "ar")
#: texts written the same way in the language (the French "minute" and "Port")
SAME_HERE = {"fr": {"+1 minute", "−1 minute", "+5 minutes", "+1 minute", "Port"}}


class FakePlayer:
    available = True

    def play(self, kind: str) -> None:
        pass


@pytest.fixture
def build(qtbot, sample_db):
    """A main window on the sample workshop with a fake clock (call it inside ``language``)."""
    made = []

    def make():
        from ui.main_window import MainWindow
        from ui.workshop.controller import WorkshopController
        from ui.workshop.tasks import TaskRunner

        tasks = TaskRunner()
        controller = WorkshopController(tasks)
        win = MainWindow(controller)
        qtbot.addWidget(win)
        made.append((controller, tasks))
        clock, ticker = open_with_clock(qtbot, win, sample_db)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        return win, clock, ticker

    yield make
    for controller, tasks in made:
        controller.close()
        tasks.shutdown()


def data_texts(win) -> set[str]:
    """The workshop's own words (names, titles, agenda labels), and the core's lines the overview shows."""
    snap = win.controller.snapshot
    out: set[str] = set()
    for field in dataclasses.fields(snap):
        items = getattr(snap, field.name)
        for item in items if isinstance(items, (list, tuple)) else [items]:
            if dataclasses.is_dataclass(item):
                for f in dataclasses.fields(item):
                    value = getattr(item, f.name)
                    if isinstance(value, str):
                        out.add(value)
    from cafe.clock.timekeeping import Slot

    index = win.controller.index
    out |= {index.round_label(rnd) for rnd in snap.rounds}
    out |= {Slot.of(item).label for item in snap.agenda}  # the agenda's labels ("Lunch break"): the core's
    view = win.views["overview"]
    out.add(view.next_up.text())  # the agenda's next line: the core's words
    return {t for t in out if t}


def shift_dialog(qtbot, win, clock, ticker):
    """Round 1 runs seven minutes over, and the shift dialog opens on the late day."""
    from cafe.clock.timekeeping import day_delay_in
    from ui.moderator.shift_day import ShiftDayDialog, day_slots, delay_text

    view = win.views["overview"]
    view.start_all.click()
    step(qtbot, win, ticker)
    clock.advance(67 * 60)
    ticker.poll()
    index = win.controller.index
    delay = day_delay_in(index.snap, ticker.now())
    dialog = ShiftDayDialog(win, day_slots(index, delay.day_uuid), delay, delay_text(delay, index))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def venue_dialog(qtbot, win):
    dialog = win.venue_share.open_dialog()
    qtbot.waitExposed(dialog)
    return dialog


def stage_window(qtbot, win, room: str | None):
    from ui.moderator.stage_display import StageDisplay

    display = StageDisplay(win.controller, rooms(win)[room] if room else None, player=FakePlayer(), parent=win)
    display.show()
    qtbot.waitExposed(display)
    return display


def menu_texts(actions) -> set[str]:
    out = set()
    for action in actions:
        if action.text():
            out.add(action.text().replace("&", ""))
        if action.toolTip() and action.toolTip() != action.text():
            out.add(action.toolTip().replace("&", ""))
        if action.menu() is not None:
            out |= menu_texts(action.menu().actions())
    return out


def moderator_texts(qtbot, win, clock, ticker) -> set[str]:
    """What the moderator's places show, the shift dialog last (it starts the round)."""
    from ui.moderator.all_rooms import question
    from ui.moderator.stage_display import StageDisplayDialog

    view = win.views["overview"]
    texts = visible_texts(view) | {view.headline.text()}
    win.round_menu.update_actions()
    texts |= menu_texts(win.round_menu.menu.actions())
    texts |= visible_texts(venue_dialog(qtbot, win))
    display = stage_window(qtbot, win, "Room XI")
    texts |= menu_texts(display.menuBar().actions()) | {display.windowTitle()}
    texts.add(display.canvas.accessibleName().split(" — ")[0])
    display.close()
    chooser = StageDisplayDialog(win, [(None, "x")], ["1: HDMI-1"])
    qtbot.addWidget(chooser)
    texts |= visible_texts(chooser) - {"x", "1: HDMI-1"}
    texts |= set(question("end", 1, ["Room XI", "Room VII"], 3, "1:00:00"))
    texts |= set(question("restart", 1, ["Room XI", "Room VII", "Room XVI"], 3, "1:00:00"))
    dialog = shift_dialog(qtbot, win, clock, ticker)
    texts |= visible_texts(dialog)
    dialog.reject()
    return {t.replace("&", "") for t in texts if t}


@pytest.mark.parametrize("lang", LANGS)
def test_nothing_of_the_moderator_s_places_is_left_in_english(qtbot, qapp, build, lang):
    win, clock, ticker = build()
    data = data_texts(win)
    english = moderator_texts(qtbot, win, clock, ticker)
    assert {"Start all", "Time left", "Send to all rooms", "Share on the venue network"} <= english
    with language(qapp, lang):
        other, clock, ticker = build()
        translated = moderator_texts(qtbot, other, clock, ticker)
        left = left_in_english(english, translated, data, lang)
        assert [t for t in left if t not in SAME_HERE.get(lang, set())] == [], (lang, left)


UNDO_STEPS = {"fr": ("Démarrer le tour 1", "Ajouter 5 minutes au tour 1", "Ajouter 1 minute au tour 1"),
              "es": ("Iniciar la ronda 1", "Añadir 5 minutos a la ronda 1", "Añadir 1 minuto a la ronda 1"),
              "ar": ("بدء الجولة 1", "إضافة 5 دقائق إلى الجولة 1", "إضافة دقيقة واحدة إلى الجولة 1")}


@pytest.mark.parametrize("lang", LANGS)
def test_undo_steps_and_plurals_are_in_the_window_s_language(qtbot, qapp, build, lang):
    start, five, one = UNDO_STEPS[lang]
    with language(qapp, lang):
        win, _clock, ticker = build()
        view = win.views["overview"]
        view.start_all.click()
        step(qtbot, win, ticker)
        view.plus5_all.click()
        step(qtbot, win, ticker)
        view.plus1_all.click()
        step(qtbot, win, ticker)
        stack = win.controller.undo_stack
        assert [stack.text(i) for i in range(stack.count())] == [start, five, one], lang


# --------------------------------------------------------------------------- keyboard and screen reader


def focusable(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds) or not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # a combo's or spin box's own line edit: the box carries the name
        if not w.focusPolicy() & w.focusPolicy().TabFocus:
            continue
        out.append(w)
    return out


def spoken_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def reached_by_tab(first: QWidget, root: QWidget) -> set[QWidget]:
    seen: set[QWidget] = set()
    w = first
    for _ in range(2000):
        seen.add(w)
        w = w.nextInFocusChain()
        if w is first:
            break
    return seen


def check_place(root: QWidget, first: QWidget) -> None:
    controls = focusable(root)
    assert controls
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in controls if not spoken_name(w).strip()]
    assert unnamed == [], root
    missed = [f"{type(w).__name__} {w.objectName()}" for w in controls if w not in reached_by_tab(first, root)]
    assert missed == [], root


def test_every_control_has_a_name_and_tab_reaches_it(qtbot, build):
    from ui.moderator.stage_display import StageDisplayDialog

    win, clock, ticker = build()
    view = win.views["overview"]
    win.show_place("overview")
    view.table.selectRow(0)
    check_place(view, view.round_box)
    dialog = venue_dialog(qtbot, win)
    check_place(dialog, dialog.address_box)
    chooser = StageDisplayDialog(win, [(None, "All rooms")], ["1: HDMI-1"])
    qtbot.addWidget(chooser)
    chooser.show()
    check_place(chooser, chooser.room_box)
    display = stage_window(qtbot, win, "Room XI")
    assert spoken_name(display.canvas).startswith("Stage clock — ")
    display.close()
    shift = shift_dialog(qtbot, win, clock, ticker)
    check_place(shift, shift.minutes)
    shift.reject()


def test_the_overview_tabs_in_reading_order(qtbot, build):
    win, _clock, _ticker = build()
    view = win.views["overview"]
    order = [view.round_box, view.auto_start, view.start_all]
    w = view.round_box
    for expected in order[1:]:
        w = w.nextInFocusChain()
        while not (w.isEnabled() and w.focusPolicy() & w.focusPolicy().TabFocus and w.isVisibleTo(view)):
            w = w.nextInFocusChain()
        assert w is expected


# --------------------------------------------------------------------------- the stage display


def set_output_language(qtbot, win, lang: str) -> None:
    w = win.controller.index.snap.workshop
    win.controller.edit("Output language", call(S.update_workshop, uuid=w.uuid, expected_version=w.version,
                                                language=lang))
    wait_idle(qtbot, win.controller)
    assert win.controller.index.snap.workshop.language == lang


@pytest.mark.parametrize("lang, headline", [("fr", "Tour 1 — toutes les salles"),
                                            ("es", "Ronda 1 — todas las salas"),
                                            ("ar", "الجولة 1 — كل القاعات")])
def test_the_stage_display_speaks_the_workshop_s_output_language(qtbot, build, lang, headline):
    win, _clock, ticker = build()
    set_output_language(qtbot, win, lang)
    display = stage_window(qtbot, win, None)
    display.refresh(ticker.now())
    content = display.canvas.content
    assert content.language == lang
    assert content.headline == headline
    assert display.canvas.right_to_left is (lang == "ar")
    # the window around it and what a screen reader hears stay in the window's language (English here)
    assert display.windowTitle() == "Stage display — all rooms"
    assert display.canvas.accessibleName() == "Stage clock — Round 1 — all rooms"
    assert display.canvas.accessibleDescription().startswith("Not started. 60 min left")
    image = display.canvas.grab().toImage()  # paints in that language without error
    assert not image.isNull()
    display.close()


def test_the_stage_display_in_english_is_unchanged(qtbot, build):
    win, _clock, ticker = build()
    display = stage_window(qtbot, win, None)
    display.refresh(ticker.now())
    assert display.canvas.content.headline == "Round 1 — all rooms"
    assert display.canvas.content.language == "en"
    display.close()


def test_a_phase_change_is_announced_once_and_the_time_is_in_the_description(qtbot, build, monkeypatch):
    sent: list[tuple[str, object]] = []
    real = QAccessible.updateAccessibility

    def record(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            sent.append((event.message(), event.politeness()))
        return real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    win, clock, ticker = build()
    display = stage_window(qtbot, win, "Room XI")
    canvas = display.canvas
    display.toggle()  # Space: start Room XI
    step(qtbot, win, ticker)
    assert canvas.content.phase is Phase.normal
    before = canvas.accessibleDescription()
    assert before.startswith("Running. 60 min left")
    clock.advance(30)
    ticker.poll()
    assert canvas.accessibleDescription() == before  # not every second
    sent.clear()
    canvas.announced.clear()
    warning_at = win.controller.index.snap.workshop.warning_minutes * 60
    clock.advance(60 * 60 - 30 - warning_at + 1)  # into the warning time
    ticker.poll()
    assert canvas.content.phase is Phase.warning
    assert canvas.announced == [canvas.content.announcement]
    assert canvas.announced[0].startswith("Wrap up")
    assert sent and sent[-1][0] == canvas.announced[0]
    assert sent[-1][1] == QAccessible.AnnouncementPoliteness.Assertive
    assert canvas.accessibleDescription().startswith("Wrap up")
    clock.advance(1)
    ticker.poll()
    assert len(canvas.announced) == 1  # the same phase: nothing more is said
    clock.advance(warning_at + 1)  # past zero
    ticker.poll()
    assert canvas.content.phase is Phase.overtime
    assert canvas.announced[-1] == "Time is up: the round is now in overtime."
    display.close()


def test_what_a_screen_reader_hears_follows_the_window_s_language(qtbot, qapp, build):
    with language(qapp, "fr"):
        win, _clock, ticker = build()
        set_output_language(qtbot, win, "en")
        display = stage_window(qtbot, win, None)
        display.refresh(ticker.now())
        assert display.canvas.content.headline == "Round 1 — all rooms"  # painted: the output language
        assert display.canvas.accessibleName() == "Horloge de scène — Tour 1 — toutes les salles"
        assert display.windowTitle() == "Affichage scène — toutes les salles"
        display.close()


def test_arabic_plural_forms_on_the_stage():
    from cafe import i18n
    from cafe.i18n import ngettext

    with i18n.output_language("ar"):
        assert ngettext("{n} min left", "{n} min left", 2).format(n=2) == "دقيقتان متبقيتان"
        assert ngettext("{n} min left", "{n} min left", 5).format(n=5) == "5 دقائق متبقية"
        assert ngettext("{n} min left", "{n} min left", 1).format(n=1) == "دقيقة واحدة متبقية"
    with i18n.output_language("fr"):
        assert ngettext("{n} min left", "{n} min left", 1).format(n=1) == "1 min restante"
    assert ngettext("{n} min left", "{n} min left", 5).format(n=5) == "5 min left"
