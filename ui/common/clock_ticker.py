"""The clock a window's displays count against, and the tick that repaints them.

Contract
--------
* :class:`ClockTicker` is a main-thread QObject, one per controller (get it
  with :func:`ticker_for`). It is a child of the application, not of the
  controller, and keeps only a weak reference to the controller: the last
  reference to a controller may be dropped on the worker thread, and a timer
  must never be destroyed there. Once its controller is gone the ticker stops
  and deletes itself (on the main thread). It owns a
  :class:`cafe.clock.round_clock.ClockWatch` over an injected :class:`cafe.clock.round_clock.Clock`
  (:class:`~cafe.clock.round_clock.SystemClock` in the app, a
  :class:`~cafe.clock.round_clock.FakeClock` in tests).
* :meth:`ClockTicker.now` is the instant to show and to act at (naive UTC).
  Displays compute what they show from ``controller.index`` and that instant
  (:func:`cafe.clock.overview.room_statuses`); nothing is counted from ticks.
* :attr:`ClockTicker.tick` ``(now)`` is emitted once per change of the shown
  second of any running round; while no round runs, once per wall-clock
  second. A single-shot precise :class:`QTimer` is re-armed after each poll
  with :func:`cafe.clock.round_clock.next_tick_delay`, so a late or blocked event loop
  only delays the next tick; it never makes the time wrong.
* Clock trouble: after a suspend the clock is already right (deadlines are
  wall-clock instants) and a notice says so. After a change of the system
  clock (:class:`cafe.clock.round_clock.WallJump`) the ticker asks the Service, on the
  worker, to shift every running and paused round by the jump
  (``shift_clocks``; not an undo step) and says "System clock changed by
  +1 h; round time kept."; until the shifted rounds are on screen, :meth:`now`
  subtracts the jump so the time shown never leaps.
* Auto start: when the workshop's ``auto_start_next`` is on and no round runs
  or is paused, the round the agenda says should be running is started in all
  its rooms at its agenda start instant (one undo step, "Start round 2
  (automatic)"). Each round is tried at most once per ticker, so undoing an
  automatic start does not start it again.
* Notices go to ``controller.notice`` (the main window's status bar).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTime, QTimer, Signal

from cafe.clock.agenda import due_to_start
from cafe.clock.overview import agenda_entries
from cafe.clock.round_clock import RoundClock
from cafe.clock.text import next_tick_delay
from cafe.clock.watch import Clock, ClockError, ClockWatch, Suspend, SystemClock, WallJump
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.service_base import Changes
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

log = logging.getLogger(__name__)

#: seconds between polls while no round runs (aligned to the wall-clock second)
IDLE_INTERVAL_S = 1.0
#: added to every delay so a timer that fires a hair early still sees the new second
MARGIN_S = 0.005

_LIVE = ("running", "paused")


@dataclass
class _Shift:
    """A wall-clock jump being written to the database; subtracted from ``now`` until it is on screen."""

    seconds: float
    generation: int
    #: the controller's index when the shift was stored; any later index already includes it
    stored_under: Any = None
    stored: bool = False


def planned_seconds(item: Any) -> float:
    """An agenda item's planned length in seconds (its end minus its start, same day)."""
    day = dt.date(2000, 1, 1)
    return (dt.datetime.combine(day, item.end) - dt.datetime.combine(day, item.start)).total_seconds()


class ClockTicker(QObject):
    """The window's clock and its once-per-shown-second tick (see the module docstring)."""

    #: the shown second changed: (now, naive UTC)
    tick = Signal(object)

    def __init__(self, controller: WorkshopController, clock: Clock | None = None, parent: QObject | None = None):
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self._controller = weakref.ref(controller)
        self.clock = clock if clock is not None else SystemClock()
        self.watch = ClockWatch(self.clock)
        # on a shared workshop every laptop shows the server's time, whatever its own clock says
        controller.server_offset_changed.connect(self.watch.set_server_offset)
        if getattr(controller, "server_offset_s", None) is not None:
            self.watch.set_server_offset(controller.server_offset_s)
        #: how many ticks were emitted (for benchmarks and tests)
        self.tick_count = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._shifts: list[_Shift] = []
        self._shown_key: Any = None
        self._auto_tried: set[str] = set()
        self._clocks_for: Any = None
        self._clocks: list[RoundClock] = []
        controller.snapshot_changed.connect(self._snapshot_changed)
        self._arm(self.now())

    @property
    def controller(self) -> Any | None:
        """The controller this ticker serves, or None once it is gone."""
        return self._controller()

    # -- time ------------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """The instant to show and to act at (naive UTC); handles clock events the read reports."""
        reading = self.watch.read()
        for event in reading.events:
            self._clock_event(event)
        self._settle_shifts()
        pending = sum(s.seconds for s in self._shifts)
        return reading.now - dt.timedelta(seconds=pending) if pending else reading.now

    @property
    def interval_ms(self) -> int:
        """The delay the timer is armed with (ms), or -1 when it is not armed."""
        return self._timer.interval() if self._timer.isActive() else -1

    def poll(self) -> None:
        """Read the clock: handle clock events, start a due round, emit :attr:`tick` if the
        shown second changed, and re-arm the timer. The timer calls this; tests may too."""
        if self.controller is None:
            self._timer.stop()
            self.deleteLater()
            return
        now = self.now()
        self._auto_start(now)
        key = self._shown_key_at(now)
        if key != self._shown_key:
            self._shown_key = key
            self.tick_count += 1
            self.tick.emit(now)
        self._arm(now)

    def running_clocks(self) -> list[RoundClock]:
        """The clocks of every room whose round runs now, from the latest snapshot."""
        controller = self.controller
        index = controller.index if controller is not None else None
        if index is not self._clocks_for:
            self._clocks_for = index
            self._clocks = []
            if index is not None:
                for rr in index.snap.room_rounds:
                    if rr.state != "running":
                        continue
                    rnd = index.rounds.get(rr.round_uuid)
                    item = index.agenda.get(rnd.agenda_item_uuid) if rnd is not None else None
                    if item is None:
                        continue
                    try:
                        self._clocks.append(RoundClock.from_row(rr, planned_seconds(item)))
                    except ClockError as exc:
                        log.warning("room round %s has a clock that cannot be read: %s", rr.uuid, exc)
        return self._clocks

    def _shown_key_at(self, now: dt.datetime) -> Any:
        clocks = self.running_clocks()
        if clocks:
            return tuple(math.ceil(c.remaining(now)) for c in clocks)
        return ("idle", math.floor(now.replace(tzinfo=dt.UTC).timestamp()))

    def _arm(self, now: dt.datetime) -> None:
        clocks = self.running_clocks()
        if clocks:
            delay = min(next_tick_delay(c.remaining(now), MARGIN_S) for c in clocks)
        else:
            delay = IDLE_INTERVAL_S - now.microsecond / 1e6 + MARGIN_S
        self._timer.start(max(1, math.ceil(delay * 1000)))

    def _snapshot_changed(self, _index: Any, _update: SnapshotUpdate) -> None:
        self._arm(self.now())

    # -- clock trouble -------------------------------------------------------------------------------
    def _clock_event(self, event: Suspend | WallJump) -> None:
        log.info("clock event: %s", event.text)
        controller = self.controller
        if controller is None:
            return
        if isinstance(event, WallJump) and event.shift_s and self._has_live_rounds(controller):
            self._shift_rounds(controller, event.shift_s)
        controller.notice.emit(event.text)

    @staticmethod
    def _has_live_rounds(controller: WorkshopController) -> bool:
        index = controller.index
        return index is not None and any(rr.state in _LIVE for rr in index.snap.room_rounds)

    def _shift_rounds(self, controller: WorkshopController, seconds: float) -> None:
        shift = _Shift(seconds, controller.generation)
        self._shifts.append(shift)

        def stored(_changes: Changes) -> None:
            shift.stored_under = controller.index
            shift.stored = True

        def refused(message: Any) -> None:
            if shift in self._shifts:
                self._shifts.remove(shift)
            controller.notice.emit(self.tr("The round times could not be corrected after the clock change: {0}")
                                   .format(message))

        controller.read(lambda service: service.shift_clocks(seconds), stored, refused)

    def _settle_shifts(self) -> None:
        """Forget shifts the displayed snapshot already contains (or that belong to another workshop).

        Snapshots are taken on the worker in submission order, so one that
        arrives after the shift was stored was taken after it.
        """
        if not self._shifts:
            return
        controller = self.controller
        if controller is None:
            self._shifts = []
            return
        index, generation = controller.index, controller.generation
        self._shifts = [s for s in self._shifts
                        if s.generation == generation and index is not None
                        and not (s.stored and index is not s.stored_under)]

    # -- auto start ------------------------------------------------------------------------------------
    def _auto_start(self, now: dt.datetime) -> None:
        controller = self.controller
        index = controller.index if controller is not None else None
        if (controller is None or index is None or index.snap.workshop is None
                or not index.snap.workshop.auto_start_next):
            return
        snap = index.snap
        if any(rr.state in _LIVE for rr in snap.room_rounds):
            return
        round_of_item = {rnd.agenda_item_uuid: rnd for rnd in snap.rounds}
        try:
            entries = [e for e in agenda_entries(snap) if e.kind == "round" and e.uuid in round_of_item]
        except ClockError as exc:
            log.info("auto start skipped: %s", exc)
            return
        started_rounds = {rr.round_uuid for rr in snap.room_rounds if rr.state != "scheduled"}
        started = {rnd.agenda_item_uuid for rnd in snap.rounds if rnd.uuid in started_rounds}
        due = due_to_start(entries, now, started | self._auto_tried)
        if due is None:
            return
        self._auto_tried.add(due.uuid)
        rnd = round_of_item[due.uuid]
        at = due.start_utc
        local = QLocale().toString(QTime(due.start.hour, due.start.minute), "HH:mm")
        number = QLocale().toString(rnd.number)

        def saved(_changes: Changes) -> None:
            controller.notice.emit(self.tr("Round {0} started automatically at {1}.").format(number, local))

        def refused(message: str) -> None:
            controller.notice.emit(self.tr("Round {0} could not start automatically: {1}").format(number, message))

        controller.edit(self.tr("Start round {0} (automatic)").format(number),
                        call(S.start_round, round_uuid=rnd.uuid, at=at), on_saved=saved, on_refused=refused)


def ticker_for(controller: WorkshopController, clock: Clock | None = None) -> ClockTicker:
    """The controller's ticker, created on first use (with ``clock``, else the system clock).

    Tests install one with a :class:`~cafe.clock.round_clock.FakeClock` before the views
    are built; ``clock`` is ignored once the ticker exists.
    """
    app = QCoreApplication.instance()
    for ticker in app.findChildren(ClockTicker) if app is not None else ():
        if ticker.controller is controller:
            return ticker
    return ClockTicker(controller, clock)
