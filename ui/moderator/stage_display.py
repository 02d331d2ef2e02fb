"""The stage display: a big clock for a projector or a second screen.

What it shows
-------------
A window for one room shows that room's clock in the round shown now
(:func:`cafe.clock.overview.current_round`): huge digits that fill the window,
"Round 2 — Group A → Room XI (Regular pathways)", the theme, what comes next
and the moderator's one-line message. Opened without a room it is the
*moderator's clock* for all rooms: the digits of the room with the least
time left (rooms started together show the same time), and every room's
group move ("Group A → Room XVI · Group B → Room XI").

Every phase has its own words and look ("Running"; "Wrap up · 10 minutes
left" in amber; "Final minutes" then "Final minute" in red inside a red frame;
"Overtime 1:05" on a red screen, the digits blinking) and a bar of time left,
so colour is never the only sign. Beside the words, the end time on the
workshop's wall clock ("ends 13:05"; "planned 12:00–13:00" before the start;
none while paused). The next line follows the workshop's own timeline
(:func:`cafe.clock.agenda.next_up_text`): "Next: Lunch break until 15:00". On a
room's display the moderator can show the theme's guiding questions beneath
the clock (Q, or the right-click menu), remembered per workshop and room in
QSettings (``stage_display/questions/<workshop uuid>/<room uuid>``). The
content is in :mod:`ui.moderator.stage_content`, its painting in
:mod:`ui.moderator.stage_canvas`.

Contract
--------
* Main-thread widgets. A :class:`StageDisplay` repaints when what it shows
  changes: on the ticker's tick (once per shown second) and on a new snapshot,
  never on a timer of its own; :attr:`StageCanvas.paint_count` counts paints.
* Every action (Space start/pause, +/− a minute, end, restart) goes through
  :class:`ui.moderator.round_control.RoundControl`: one undo step each, for this room
  (or all rooms). All are in the menu bar and in a right-click menu (the
  menu bar is hidden in full screen); F toggles full screen, Esc leaves it.
* Space acts on one room's display only. On the all-rooms display it changes
  no clock and says how to start or pause every room (Round › Start / pause
  all rooms): a stray key on the projector laptop must not stop every
  discussion in the building.
* The screen a display goes to is remembered per room in QSettings
  (``stage_display/screen/<room uuid or "all">``, the screen's name).
* A chime sounds at warning and at zero where sound is available
  (:mod:`ui.moderator.sound`).
* What the display paints is in the workshop's output language
  (``workshop.language``; Arabic right to left); its menus, window title and
  what a screen reader says are in the window's language (the moderator's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMainWindow,
    QMenu,
    QWidget,
)

from cafe import i18n
from cafe.clock.overview import room_statuses
from ui.common.clock_ticker import ClockTicker, ticker_for
from ui.common.recent_files import app_settings
from ui.moderator.round_control import RoundControl
from ui.moderator.sound import ChimeTracker, Player, shared_player
from ui.moderator.stage_canvas import StageCanvas, empty_content, shown_status, stage_content
from ui.moderator.stage_content import guiding_questions, output_language, spoken_in

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

#: seconds a notice (a refusal, a clock change) stays on the display
NOTICE_S = 8.0
SETTINGS_PREFIX = "stage_display/screen/"
QUESTIONS_PREFIX = "stage_display/questions/"


# --------------------------------------------------------------------------- screens


def screen_id(screen: QScreen) -> str:
    """A screen's remembered name: its name, or its position when it has none."""
    screens = QGuiApplication.screens()
    name = screen.name()
    if name and sum(1 for s in screens if s.name() == name) == 1:
        return name
    return f"#{screens.index(screen) if screen in screens else 0}"


def screen_label(screen: QScreen) -> str:
    """"2: HDMI-1 · 1920×1080 (primary)"."""
    screens = QGuiApplication.screens()
    n = screens.index(screen) + 1 if screen in screens else 1
    size = screen.geometry()
    name = screen.name() or QCoreApplication.translate("StageDisplay", "Screen")
    if screen is QGuiApplication.primaryScreen():
        return QCoreApplication.translate("StageDisplay", "{0}: {1} · {2}×{3} (primary)").format(
            n, name, size.width(), size.height())
    return f"{n}: {name} · {size.width()}×{size.height()}"


def find_screen(ident: str | None) -> QScreen | None:
    for screen in QGuiApplication.screens():
        if ident and screen_id(screen) == ident:
            return screen
    return None


def remembered_screen(room_uuid: str | None) -> QScreen | None:
    """The screen last chosen for this room's display, if it is still connected."""
    # remember_screen stores a screen_id string
    return find_screen(cast("str | None", app_settings().value(SETTINGS_PREFIX + (room_uuid or "all"), None)))


def remember_screen(room_uuid: str | None, screen: QScreen) -> None:
    settings = app_settings()
    settings.setValue(SETTINGS_PREFIX + (room_uuid or "all"), screen_id(screen))
    settings.sync()


def questions_key(workshop_uuid: str, room_uuid: str | None) -> str:
    """Where a display remembers whether it shows the guiding questions."""
    return f"{QUESTIONS_PREFIX}{workshop_uuid}/{room_uuid or 'all'}"


def default_screen(near: QWidget | None) -> QScreen:
    """A screen other than the one ``near`` is on (the projector), else that one."""
    here = near.screen() if near is not None else QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not here]
    return others[0] if others else (here or QGuiApplication.primaryScreen())


# --------------------------------------------------------------------------- the window


class StageDisplay(QMainWindow):
    """One stage display window (see the module docstring). Deleted when closed."""

    def __init__(self, controller: WorkshopController, room_uuid: str | None = None, *,
                 ticker: ClockTicker | None = None,
                 player: Player | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller = controller
        self.room_uuid = room_uuid
        self.ticker = ticker if ticker is not None else ticker_for(controller)
        self.control = RoundControl(controller, self.ticker, self.show_notice, parent=self)
        self.chimes = ChimeTracker(player if player is not None else shared_player())
        self.canvas = StageCanvas(self)
        self.setCentralWidget(self.canvas)
        self.resize(1280, 800)
        #: the guiding questions are shown beneath the clock (a room's display only)
        self.questions_shown = False
        self._questions_workshop: str | None = None
        self._notice = ""
        self._notice_until: dt.datetime | None = None
        self._build_actions()
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(
            lambda pos: self.context_menu().exec(self.canvas.mapToGlobal(pos)))
        self.ticker.tick.connect(self.refresh)
        controller.snapshot_changed.connect(self._snapshot_changed)
        self.refresh(self.ticker.now())

    @property
    def rooms(self) -> list[str] | None:
        """The rooms this display acts on: its room, or None for all rooms."""
        return None if self.room_uuid is None else [self.room_uuid]

    # -- actions ----------------------------------------------------------------------------------
    def _action(self, text: str, slot,
                shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = ()) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts keep working while the menu bar is hidden
        return action

    def _build_actions(self) -> None:
        keypad = Qt.KeyboardModifier.KeypadModifier
        if self.room_uuid is not None:
            self.toggle_action = self._action(self.tr("Start / pause"), self.toggle, ["Space"])
        else:  # no key: starting or pausing every room is a choice made in the menu
            self.toggle_action = self._action(self.tr("Start / pause all rooms"), self.toggle)
            self.space_action = self._action(self.tr("Space"), self.space_on_all_rooms, ["Space"])
        self.plus_action = self._action(self.tr("+1 minute"), lambda: self.extend(1),
                                        ["+", "=", QKeySequence(keypad | Qt.Key.Key_Plus)])
        self.minus_action = self._action(self.tr("−1 minute"), lambda: self.extend(-1),
                                         ["-", QKeySequence(keypad | Qt.Key.Key_Minus), "\u2212"])
        self.plus5_action = self._action(self.tr("+5 minutes"), lambda: self.extend(5))
        self.end_action = self._action(self.tr("End round"), lambda: self.control.end(None, self.rooms))
        self.restart_action = self._action(self.tr("Restart round"), lambda: self.control.restart(None, self.rooms))
        self.questions_action = self._action(self.tr("Guiding questions"), self.toggle_questions, ["Q"])
        self.questions_action.setCheckable(True)
        self.questions_action.setToolTip(self.tr("Show this room's guiding questions beneath the clock (Q)"))
        self.full_screen_action = self._action(self.tr("Full screen"), self.toggle_full_screen, ["F", "F11"])
        self.full_screen_action.setCheckable(True)
        self.leave_action = self._action(self.tr("Leave full screen"), self.leave_full_screen, ["Esc"])
        self.close_action = self._action(self.tr("Close"), self.close, [QKeySequence.StandardKey.Close])

        bar = self.menuBar()
        display = bar.addMenu(self.tr("&Display"))
        display.addAction(self.questions_action)
        display.addSeparator()
        display.addAction(self.full_screen_action)
        display.addAction(self.leave_action)
        self.screen_menu = display.addMenu(self.tr("&Screen"))
        self.screen_menu.aboutToShow.connect(lambda: self._fill_screen_menu(self.screen_menu))
        display.addSeparator()
        display.addAction(self.close_action)
        round_menu = bar.addMenu(self.tr("&Round"))
        for action in self._round_actions():
            round_menu.addAction(action)

    def _round_actions(self) -> list[QAction]:
        return [self.toggle_action, self.plus_action, self.minus_action, self.plus5_action,
                self.end_action, self.restart_action]

    def context_menu(self) -> QMenu:
        """The right-click menu: every action, for when the menu bar is hidden (full screen)."""
        menu = QMenu(self)
        for action in self._round_actions():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.questions_action)
        menu.addAction(self.full_screen_action)
        menu.addAction(self.leave_action)
        screens = menu.addMenu(self.tr("Screen"))
        self._fill_screen_menu(screens)
        menu.addSeparator()
        menu.addAction(self.close_action)
        menu.aboutToHide.connect(menu.deleteLater)
        return menu

    def _fill_screen_menu(self, menu: QMenu) -> None:
        menu.clear()
        for screen in QGuiApplication.screens():
            action = menu.addAction(screen_label(screen))
            action.setCheckable(True)
            action.setChecked(screen is self.screen())
            action.triggered.connect(lambda _checked=False, s=screen: self.move_to_screen(s))

    def toggle(self) -> None:
        self.control.toggle(None, self.rooms)

    def space_on_all_rooms(self) -> None:
        """Space on the all-rooms display: no clock changes; say how to act on every room."""
        self.show_notice(self.tr("Space starts or pauses one room's display only. For every room: "
                                 "Round › Start / pause all rooms (right-click in full screen)."))

    # -- guiding questions ------------------------------------------------------------------------
    def toggle_questions(self) -> None:
        """Show or hide the room's guiding questions beneath the clock, and remember the choice."""
        self.set_questions_shown(not self.questions_shown)

    def set_questions_shown(self, shown: bool, *, remember: bool = True) -> None:
        index = self.controller.index
        if shown and self.room_uuid is None:
            shown = False
            self.show_notice(self.tr("The guiding questions show on one room's display: "
                                     "open the stage display for that room."))
        elif shown and index is not None and not guiding_questions(index, self.room_uuid):
            self.show_notice(self.tr("This room's theme has no guiding questions yet "
                                     "(Setup › Rooms & themes)."))
        self.questions_shown = shown
        self.questions_action.setChecked(shown)
        workshop = index.snap.workshop if index is not None else None
        if remember and workshop is not None and self.room_uuid is not None:
            settings = app_settings()
            settings.setValue(questions_key(workshop.uuid, self.room_uuid), shown)
            settings.sync()
        self.refresh(self.ticker.now())

    def _restore_questions(self) -> None:
        """Read the remembered choice when the display first sees a workshop (or another one)."""
        index = self.controller.index
        workshop = index.snap.workshop if index is not None else None
        uuid = workshop.uuid if workshop is not None else None
        if uuid == self._questions_workshop:
            return
        self._questions_workshop = uuid
        shown = False
        if uuid is not None and self.room_uuid is not None:
            shown = app_settings().value(questions_key(uuid, self.room_uuid), False, type=bool) is True
        self.questions_shown = shown
        self.questions_action.setChecked(shown)

    def extend(self, minutes: int) -> None:
        self.control.extend(minutes, None, self.rooms)

    # -- screens and full screen ----------------------------------------------------------------
    def move_to_screen(self, screen: QScreen, full_screen: bool | None = None) -> None:
        """Put the window on ``screen`` (full screen or not; None keeps the current mode) and remember it."""
        full = self.isFullScreen() if full_screen is None else full_screen
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        area = screen.availableGeometry()
        self.resize(min(1280, int(area.width() * 0.9)), min(800, int(area.height() * 0.9)))
        self.move(area.center() - self.rect().center())
        remember_screen(self.room_uuid, screen)
        if full:
            self.enter_full_screen()
        else:
            self.show()

    def enter_full_screen(self) -> None:
        self.menuBar().hide()
        self.showFullScreen()
        self.full_screen_action.setChecked(True)

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        self.menuBar().show()
        self.full_screen_action.setChecked(False)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self.enter_full_screen()

    # -- showing ----------------------------------------------------------------------------------
    def show_notice(self, text: str) -> None:
        """Show ``text`` at the bottom for a few seconds (refusals, clock changes)."""
        self._notice = text
        self._notice_until = self.ticker.now() + dt.timedelta(seconds=NOTICE_S)
        self.refresh(self.ticker.now())

    def _snapshot_changed(self, _index: Any, _update: SnapshotUpdate) -> None:
        self.refresh(self.ticker.now())

    def refresh(self, now: dt.datetime) -> None:
        """Recompute what to show at ``now``; repaint only if it changed; chime on a crossing."""
        index = self.controller.index
        if self._notice_until is not None and now >= self._notice_until:
            self._notice, self._notice_until = "", None
        if index is None:
            self.canvas.set_content(empty_content(self.tr("No workshop is open"), notice=self._notice))
            return
        self._restore_questions()
        lang = output_language(index)
        with i18n.output_language(lang):  # what the room reads: the workshop's output language
            statuses = room_statuses(index.snap, now)
            content = stage_content(statuses, self.room_uuid, index, self._notice, now, self.questions_shown)
        if lang != i18n.language():  # what the moderator hears: the window's language
            spoken = stage_content(room_statuses(index.snap, now), self.room_uuid, index, self._notice, now,
                                   self.questions_shown)
            content = spoken_in(content, spoken)
        self.canvas.set_content(content)
        room_name = index.room_name(self.room_uuid) if self.room_uuid else self.tr("all rooms")
        title = self.tr("Stage display — {0}").format(room_name)
        if self.windowTitle() != title:
            self.setWindowTitle(title)
        st, _rooms = shown_status(statuses, self.room_uuid, index)
        if st is not None:
            self.chimes.observe((self.room_uuid or "all", st.round_uuid, st.started_at), st.phase)


# --------------------------------------------------------------------------- opening


class StageDisplayDialog(QDialog):
    """Which room's display to open, and on which screen."""

    def __init__(self, parent: QWidget | None, rooms: Sequence[tuple[str | None, str]],
                 screens: Sequence[str], room_uuid: str | None = None, screen_index: int = 0):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a stage display"))
        self.room_box = QComboBox()
        for uuid, label in rooms:
            self.room_box.addItem(label, uuid)
        self.room_box.setCurrentIndex(max(0, self.room_box.findData(room_uuid)))
        self.screen_box = QComboBox()
        self.screen_box.addItems(list(screens))
        self.screen_box.setCurrentIndex(min(max(screen_index, 0), max(len(screens) - 1, 0)))
        form = QFormLayout(self)
        self.room_box.setAccessibleName(self.tr("Show"))
        self.screen_box.setAccessibleName(self.tr("On screen"))
        form.addRow(self.tr("Show"), self.room_box)
        form.addRow(self.tr("On screen"), self.screen_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, rooms: Sequence[tuple[str | None, str]], screens: Sequence[str],
            room_uuid: str | None = None, screen_index: int = 0) -> tuple[str | None, int] | None:
        """(room uuid or None for all rooms, index into ``screens``), or None when cancelled."""
        dialog = cls(parent, rooms, screens, room_uuid, screen_index)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.room_box.currentData(), dialog.screen_box.currentIndex()


def open_stage_display(window: QWidget, controller: WorkshopController, room_uuid: str | None = None, *,
                       screen: QScreen | None = None, full_screen: bool | None = None) -> StageDisplay:
    """Open (or bring forward) the stage display for ``room_uuid`` (None: all rooms).

    It goes to ``screen``, else the screen remembered for that room, else a
    screen other than the main window's. It opens full screen when
    ``full_screen`` is True, or for None when it is not on the main window's
    screen (a projector); on the main window's own screen it opens as a
    window (F for full screen).
    """
    display = next((d for d in window.findChildren(StageDisplay) if d.room_uuid == room_uuid), None)
    if display is None:
        display = StageDisplay(controller, room_uuid, parent=window)
    target = screen or remembered_screen(room_uuid) or default_screen(window)
    if full_screen is None:
        full_screen = target is not window.screen()
    display.move_to_screen(target, full_screen)
    display.raise_()
    display.activateWindow()
    return display


def ask_and_open(window: QWidget, controller: WorkshopController, room_uuid: str | None = None) -> StageDisplay | None:
    """Ask which room and screen (:class:`StageDisplayDialog`), then open that display."""
    index = controller.index
    if index is None:
        return None
    rooms: list[tuple[str | None, str]] = [
        (None, QCoreApplication.translate("StageDisplay", "All rooms (the moderator's clock)"))]
    for room in index.snap.rooms:
        theme = index.theme_by_room.get(room.uuid)
        rooms.append((room.uuid, f"{room.name} — {theme.title}" if theme else room.name))
    screens = QGuiApplication.screens()
    preferred = remembered_screen(room_uuid) or default_screen(window)
    answer = StageDisplayDialog.ask(window, rooms, [screen_label(s) for s in screens], room_uuid,
                                    screens.index(preferred) if preferred in screens else 0)
    if answer is None:
        return None
    chosen_room, screen_index = answer
    screen = screens[screen_index] if 0 <= screen_index < len(screens) else None
    return open_stage_display(window, controller, chosen_room, screen=screen)
