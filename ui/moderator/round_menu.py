"""The main window's Round menu: the moderator's clock actions and the stage display.

Light to import (only Qt at module level), so the main window can add the
menu before the first paint; the clock, the round actions and the stage
display are imported the first time the menu is used.

Contract
--------
* Main thread. :func:`install_actions` adds the menu to a main window that
  has a ``controller``; the :class:`RoundMenu` is a child of the window.
* The actions act on the round shown now (:func:`cafe.clock.overview.current_round`)
  in all rooms, each one undo step (:class:`ui.moderator.round_control.RoundControl`);
  a refusal goes to ``controller.notice`` (the status bar). Their names and
  enabled states are updated each time the menu opens. Ending or restarting
  the round in more than one room asks first (Cancel by default).
* "Shift the rest of the day…" is enabled when a round has put the day
  behind its agenda (:func:`cafe.clock.timekeeping.day_delay_in`); it opens
  the same dialog as the overview's banner (:mod:`ui.moderator.shift_day`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController


class RoundMenu(QObject):
    """The Round menu of one main window (see the module docstring)."""

    def __init__(self, main_window: QMainWindow, controller: WorkshopController):
        super().__init__(main_window)
        self.main_window = main_window
        self.controller = controller
        self._control: Any = None
        self.menu = main_window.menuBar().addMenu(self.tr("&Round"))
        self.menu.aboutToShow.connect(self.update_actions)
        self.start_action = self._add(self.tr("&Start round (all rooms)"), lambda: self.control.start())
        self.pause_action = self._add(self.tr("&Pause round"), lambda: self.control.pause_or_resume())
        self.plus1_action = self._add(self.tr("+&1 minute"), lambda: self.control.extend(1))
        self.plus5_action = self._add(self.tr("+&5 minutes"), lambda: self.control.extend(5))
        self.minus1_action = self._add(self.tr("−1 &minute"), lambda: self.control.extend(-1))
        self.end_action = self._add(self.tr("&End round"), lambda: self.control.end())
        self.restart_action = self._add(self.tr("Res&tart round"), lambda: self.control.restart())
        self.menu.addSeparator()
        self.shift_action = self._add(self.tr("S&hift the rest of the day…"), self.shift_day)
        self.menu.addSeparator()
        self.stage_action = self._add(self.tr("Stage &display…"), self.open_stage_display)
        self.stage_action.setShortcut(QKeySequence("Ctrl+Shift+D"))

    @property
    def control(self) -> Any:
        """The :class:`~ui.moderator.round_control.RoundControl` the actions use (made on first use)."""
        if self._control is None:
            from ui.common.clock_ticker import ticker_for
            from ui.moderator.round_control import RoundControl

            self._control = RoundControl(self.controller, ticker_for(self.controller), parent=self.main_window)
        return self._control

    def _add(self, text: str, slot) -> QAction:
        action = QAction(text, self.main_window)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def day_delay(self) -> Any:
        """How far behind the day is now (:class:`cafe.clock.timekeeping.DayDelay`), or None."""
        from cafe.clock.timekeeping import day_delay_in

        index = self.controller.index
        return day_delay_in(index.snap, self.control.ticker.now()) if index is not None else None

    def shift_day(self) -> None:
        """Ask how to shift the rest of the day, then shift it (one undo step)."""
        from ui.moderator.shift_day import shift_rest_of_day

        delay = self.day_delay()
        if delay is None or delay.next_item is None:
            self.controller.notice.emit(self.tr("No round has run late with anything after it today: "
                                                "nothing to shift."))
            return
        shift_rest_of_day(self.main_window, self.controller, delay, self.controller.notice.emit)

    def open_stage_display(self) -> None:
        """Ask which room and screen, then open that stage display."""
        from ui.moderator.stage_display import ask_and_open

        ask_and_open(self.main_window, self.controller)

    @staticmethod
    def _round_text(rnd: Any, asks: bool, plain: str, numbered: str, all_rooms: str) -> str:
        """The action's name: without a round, with its number, or saying it acts on all rooms and asks."""
        if rnd is None:
            return plain
        return (all_rooms if asks else numbered).format(rnd.number)

    def update_actions(self) -> None:
        """Name the round in each action and enable only what applies (called as the menu opens)."""
        is_open = self.controller.index is not None
        rnd = self.control.round() if is_open else None
        can = self.control.possible() if is_open else None
        if rnd is not None:
            self.start_action.setText(self.tr("&Start round {0} (all rooms)").format(rnd.number))
            self.pause_action.setText((self.tr("&Resume round {0}") if can and can.resume
                                       else self.tr("&Pause round {0}")).format(rnd.number))
        else:
            self.start_action.setText(self.tr("&Start round (all rooms)"))
            self.pause_action.setText(self.tr("&Resume round") if can and can.resume else self.tr("&Pause round"))
        self.start_action.setEnabled(bool(can and can.start))
        self.pause_action.setEnabled(bool(can and (can.pause or can.resume)))
        for action in (self.plus1_action, self.plus5_action, self.minus1_action):
            action.setEnabled(bool(can and can.change_time))
        asks = {verb: is_open and len(self.control.rooms_hit(verb)) > 1 for verb in ("end", "restart")}
        self.end_action.setText(self._round_text(rnd, asks["end"], self.tr("&End round"), self.tr("&End round {0}"),
                                                 self.tr("&End round {0} (all rooms)…")))
        self.end_action.setEnabled(bool(can and can.end))
        self.restart_action.setText(self._round_text(rnd, asks["restart"], self.tr("Res&tart round"),
                                                     self.tr("Res&tart round {0}"),
                                                     self.tr("Res&tart round {0} (all rooms)…")))
        self.restart_action.setEnabled(bool(can and can.restart))
        delay = self.day_delay() if is_open else None
        behind = delay is not None and delay.is_behind and delay.next_item is not None
        self.shift_action.setText(self.tr("S&hift the rest of the day ({0} min behind)…").format(delay.behind_minutes)
                                  if behind and delay is not None else self.tr("S&hift the rest of the day…"))
        self.shift_action.setEnabled(behind)
        self.stage_action.setEnabled(is_open)


def install_actions(window: MainWindow) -> RoundMenu:
    """Add the Round menu to ``window`` (a main window with a ``controller``); the window keeps it."""
    return RoundMenu(window, window.controller)
