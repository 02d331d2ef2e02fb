"""The round clock: deadlines from stored instants and an injected clock.

A round's time is never a count of timer ticks. A running round stores its
*deadline* as a wall-clock instant; a paused one stores the seconds it had
left. Remaining time is ``deadline - now``, so a busy UI thread, an app
restart or a laptop that slept all show the right time at the next read.

Conventions
-----------
* Instants are **naive UTC** :class:`datetime.datetime` values, the storage
  convention of :mod:`cafe.models`. Every function that takes an instant also
  accepts an aware one and converts it (:func:`naive_utc`).
* Agenda times are aware datetimes in the workshop's time zone
  (:meth:`AgendaEntry.local` builds them from a day's date and local times).
* Everything here is pure: :class:`RoundClock` and :class:`Thresholds` are
  frozen; each transition returns a new value. Only :class:`SystemClock`
  reads the machine, and :class:`ClockWatch` holds the one piece of mutable
  state (its last reading). Neither is thread-safe: one thread owns them.
* Countdown text rounds **up** (ceil): "00:01" shows until the true zero, and
  every shown value lasts exactly one second, including "00:00" in the first
  second of overtime. :func:`next_tick_delay` follows the same rule.

Mapping onto ``RoomRound``
--------------------------
:meth:`RoundClock.to_columns` gives exactly the columns ``state``,
``actual_start``, ``actual_end``, ``deadline``, ``paused_remaining_s``
(instants as aware UTC, which the table's sqlmodel datetime type requires);
:meth:`RoundClock.from_columns` rebuilds the clock from them plus the planned
length (the agenda item's duration), which the table does not store.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import time
import zoneinfo
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar

__all__ = [
    "COLUMNS", "AgendaEntry", "Clock", "ClockError", "ClockEvent", "ClockState", "ClockWatch",
    "FakeClock", "Phase", "Reading", "RoundClock", "Suspend", "SystemClock", "Thresholds",
    "WallJump", "due_to_start", "format_remaining", "format_span", "naive_utc",
    "next_tick_delay", "next_up_text", "now_and_next", "phase_text", "start_many",
]

#: The RoomRound columns a :class:`RoundClock` maps onto, in table order.
COLUMNS = ("state", "actual_start", "actual_end", "deadline", "paused_remaining_s")

_MINUS = "\u2212"  # a real minus sign: same width as the digits on a stage display


class ClockError(Exception):
    """A clock action or value that was refused; ``str()`` is a sentence for the user."""


def naive_utc(instant: dt.datetime) -> dt.datetime:
    """``instant`` as a naive UTC datetime; a naive value is taken to be UTC already."""
    if instant.tzinfo is None:
        return instant
    return instant.astimezone(dt.UTC).replace(tzinfo=None)


def _finite(value: float, what: str) -> float:
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ClockError(f"The {what} must be a number of seconds, not {value!r}.") from None
    if not math.isfinite(value):
        raise ClockError(f"The {what} must be a finite number of seconds, not {value}.")
    return value


# --------------------------------------------------------------------------- clocks


class Clock(Protocol):
    """Where time comes from. Inject one; never read ``time`` or ``datetime.now`` directly."""

    def wall(self) -> dt.datetime:
        """Now, as a naive UTC datetime. May jump when someone sets the system clock."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes back. May stop while suspended."""

    def suspended(self) -> float | None:
        """Total seconds spent suspended since an arbitrary origin, or None if unknown."""


class SystemClock:
    """The machine's clocks.

    ``monotonic()`` is :func:`time.monotonic` (Linux ``CLOCK_MONOTONIC``, which
    stops while the machine sleeps). ``suspended()`` is ``CLOCK_BOOTTIME`` minus
    ``CLOCK_MONOTONIC`` where the platform has ``CLOCK_BOOTTIME`` (Linux), else
    None; :class:`ClockWatch` then has to guess (see there).
    """

    def wall(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)

    def monotonic(self) -> float:
        return time.monotonic()

    def suspended(self) -> float | None:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is None:
            return None
        return time.clock_gettime(boottime) - time.monotonic()


class FakeClock:
    """A clock tests and simulations drive by hand; nothing moves unless told to.

    ``knows_suspend=False`` makes ``suspended()`` return None, like a platform
    without a suspend counter.
    """

    def __init__(self, wall: dt.datetime = dt.datetime(2019, 3, 21, 11, 0), monotonic: float = 1000.0,
                 *, knows_suspend: bool = True):
        self._wall = naive_utc(wall)
        self._monotonic = float(monotonic)
        self._suspended = 0.0
        self.knows_suspend = knows_suspend

    def wall(self) -> dt.datetime:
        return self._wall

    def monotonic(self) -> float:
        return self._monotonic

    def suspended(self) -> float | None:
        return self._suspended if self.knows_suspend else None

    def advance(self, seconds: float) -> None:
        """Real time passes while the machine runs: wall and monotonic move together."""
        if seconds < 0:
            raise ValueError("time only moves forward; use jump_wall() to set the clock back")
        self._wall += dt.timedelta(seconds=seconds)
        self._monotonic += seconds

    def jump_wall(self, seconds: float) -> None:
        """Someone sets the system clock: only the wall clock moves (either way)."""
        self._wall += dt.timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: real (wall) time passes, the monotonic clock stands still."""
        if seconds < 0:
            raise ValueError("a suspend lasts a non-negative time")
        self._wall += dt.timedelta(seconds=seconds)
        self._suspended += seconds


@dataclass(frozen=True)
class Suspend:
    """The machine slept for ``seconds``. Nothing to fix: deadlines are wall instants."""

    seconds: float

    @property
    def text(self) -> str:
        return f"The computer was asleep for {format_span(self.seconds, signed=False)}; round time is up to date."


@dataclass(frozen=True)
class WallJump:
    """The system clock was set by ``seconds`` (positive: forward).

    ``shift_s`` is what the app must add to every running round's instants
    (:meth:`RoundClock.shifted`) and persist, so remaining time stays
    continuous. It is 0 when the jump was absorbed into the server offset.
    """

    seconds: float
    shift_s: float

    @property
    def text(self) -> str:
        return f"System clock changed by {format_span(self.seconds, signed=True)}; round time kept."


ClockEvent = Suspend | WallJump


@dataclass(frozen=True)
class Reading:
    """One read of a :class:`ClockWatch`: the instant to use and what happened since the last read."""

    now: dt.datetime
    events: tuple[ClockEvent, ...] = ()

    @property
    def shift_s(self) -> float:
        """Seconds to add to running rounds' instants (0 unless the wall clock jumped)."""
        return sum(e.shift_s for e in self.events if isinstance(e, WallJump))


class ClockWatch:
    """Reads a :class:`Clock`, applies the server offset and notices clock trouble.

    Each :meth:`read` compares the wall time elapsed since the previous read
    with the monotonic time elapsed. Their difference is zero while the
    machine runs normally. Beyond ``tolerance_s`` it is one of:

    * **Suspend**: the wall clock ran on while the monotonic clock stood still.
      Real time passed and deadlines are wall instants, so the wall clock is
      trusted and nothing needs fixing; a :class:`Suspend` is reported.
    * **Wall-clock jump**: someone (or a time sync) set the system clock.
      Real elapsed time is the monotonic one, so remaining time must stay
      continuous; a :class:`WallJump` is reported.

    Telling them apart: a suspend only ever moves the wall clock *forward*
    relative to the monotonic one, so a backward difference is always a jump.
    A forward difference is split with the clock's suspend counter
    (``suspended()``, Linux ``CLOCK_BOOTTIME - CLOCK_MONOTONIC``): the part the
    counter explains is a suspend, the rest a jump. How often the program got
    to read cannot tell them apart: after a resume the first read comes at the
    usual monotonic interval, exactly as after a jump. So where the clock has
    no suspend counter, a forward difference is taken to be a suspend:
    closing the lid is common, setting the clock forward during a round rare.

    Handling a jump depends on the time reference:

    * Without a server offset the local wall clock is the reference. ``now``
      follows the new wall clock, and the reported ``shift_s`` equals the jump:
      the app shifts running rounds by it and persists the new deadlines, so
      a later restart (which sees only the new wall clock) agrees.
    * With a server offset the server's clock is the reference and it did not
      jump, so the watch absorbs the jump into the offset (``now`` stays
      continuous) and reports ``shift_s == 0``; the next measured offset
      replaces the corrected one.

    Owned by one thread (the UI thread); not thread-safe. Read it at least
    every few seconds while a round runs (the display ticks do).
    """

    def __init__(self, clock: Clock, *, tolerance_s: float = 2.0, server_offset_s: float | None = None):
        self.clock = clock
        self.tolerance_s = tolerance_s
        self._offset = server_offset_s
        self._anchor = self._sample()

    def _sample(self) -> tuple[dt.datetime, float, float | None]:
        return self.clock.wall(), self.clock.monotonic(), self.clock.suspended()

    @property
    def server_offset_s(self) -> float | None:
        """Seconds added to the local wall clock to get the server's time; None when standalone."""
        return self._offset

    def set_server_offset(self, seconds: float | None) -> None:
        """Use the server's time (local wall + ``seconds``), or the local clock again with None.

        ``now`` moves to the new reference at once; this is a correction, not
        a jump, so no event is reported.
        """
        self._offset = None if seconds is None else _finite(seconds, "server offset")

    def read(self) -> Reading:
        """The instant to use now, with what happened to the clocks since the previous read.

        Whoever reads must act on the events: apply ``reading.shift_s`` to every
        running and paused round (:meth:`RoundClock.shifted`) and persist it,
        and may show each event's ``text``. Events are reported once.
        """
        wall, mono, susp = self._sample()
        wall0, mono0, susp0 = self._anchor
        self._anchor = (wall, mono, susp)
        # wall time that the monotonic clock cannot account for
        unexplained = (wall - wall0).total_seconds() - max(mono - mono0, 0.0)
        events: list[ClockEvent] = []
        if susp is not None and susp0 is not None:
            slept = max(susp - susp0, 0.0)
            if slept > self.tolerance_s:
                events.append(Suspend(slept))
            jump = unexplained - slept
        elif unexplained > self.tolerance_s:
            events.append(Suspend(unexplained))
            jump = 0.0
        else:
            jump = unexplained
        if abs(jump) > self.tolerance_s:
            if self._offset is None:
                events.append(WallJump(jump, jump))
            else:
                self._offset -= jump
                events.append(WallJump(jump, 0.0))
        now = wall if not self._offset else wall + dt.timedelta(seconds=self._offset)
        return Reading(now, tuple(events))


# --------------------------------------------------------------------------- the round clock


class ClockState(str, enum.Enum):
    """The stored state; the values match :class:`cafe.models.RoundState`."""

    scheduled = "scheduled"
    running = "running"
    paused = "paused"
    finished = "finished"


class Phase(str, enum.Enum):
    """What a display shows; ``overtime`` is a running round past its deadline."""

    scheduled = "scheduled"
    normal = "normal"
    warning = "warning"
    danger = "danger"
    overtime = "overtime"
    paused = "paused"
    finished = "finished"


@dataclass(frozen=True)
class Thresholds:
    """When a running round turns to warning and to danger (seconds left, inclusive)."""

    warning_s: float = 600.0
    danger_s: float = 120.0

    def __post_init__(self) -> None:
        for name, words in (("warning_s", "warning time"), ("danger_s", "danger time")):
            value = _finite(getattr(self, name), words)
            if value < 0:
                raise ClockError(f"The {words} must not be negative ({value:g} s).")
            object.__setattr__(self, name, value)
        if self.danger_s > self.warning_s:
            raise ClockError(
                f"The danger time ({format_span(self.danger_s, signed=False)}) must not be longer than "
                f"the warning time ({format_span(self.warning_s, signed=False)}).")

    @classmethod
    def from_minutes(cls, warning_minutes: float, danger_minutes: float) -> Thresholds:
        """From the workshop's ``warning_minutes`` / ``danger_minutes``."""
        return cls(_finite(warning_minutes, "warning time") * 60, _finite(danger_minutes, "danger time") * 60)

    def for_item(self, warning_minutes: float | None = None, danger_minutes: float | None = None) -> Thresholds:
        """These (workshop) thresholds overridden by an agenda item's non-None minutes.

        Danger is capped at warning, so an item that only shortens its warning
        below the workshop's danger time still gets a valid pair.
        """
        warning = self.warning_s if warning_minutes is None else _finite(warning_minutes, "warning time") * 60
        danger = self.danger_s if danger_minutes is None else _finite(danger_minutes, "danger time") * 60
        return Thresholds(warning, min(danger, warning))


_FIELD_WORDS = {
    "deadline": "deadline",
    "actual_start": "start time",
    "actual_end": "end time",
    "paused_remaining_s": "time left when paused",
}

_STATE_PHRASE = {
    ClockState.scheduled: "it has not started yet",
    ClockState.running: "it is already running",
    ClockState.paused: "it is paused",
    ClockState.finished: "it has already ended",
}


@dataclass(frozen=True)
class RoundClock:
    """One room's clock for one round. Frozen: every action returns a new clock.

    Invariants (checked on construction):

    * scheduled: no instants; remaining is ``planned_s``.
    * running: ``actual_start`` and ``deadline`` set; remaining is ``deadline - now``.
    * paused: ``actual_start`` and ``paused_remaining_s`` set, no deadline.
    * finished: ``actual_start`` and ``actual_end`` set, plus the ``deadline``
      (ended while running) or ``paused_remaining_s`` (ended while paused), so
      remaining time stays the time that was left at the end.
    """

    state: ClockState = ClockState.scheduled
    planned_s: float = 0.0
    deadline: dt.datetime | None = None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    paused_remaining_s: float | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "state", ClockState(self.state))
        except ValueError:
            raise ClockError(f"Unknown round state {self.state!r}.") from None
        planned = _finite(self.planned_s, "planned length")
        if planned < 0:
            raise ClockError(f"A round cannot last a negative time ({planned:g} s).")
        object.__setattr__(self, "planned_s", planned)
        for name in ("deadline", "actual_start", "actual_end"):
            value = getattr(self, name)
            if value is not None:
                if not isinstance(value, dt.datetime):
                    raise ClockError(f"The round's {_FIELD_WORDS[name]} must be a date and time, not {value!r}.")
                object.__setattr__(self, name, naive_utc(value))
        if self.paused_remaining_s is not None:
            object.__setattr__(self, "paused_remaining_s", _finite(self.paused_remaining_s, "paused time left"))
        missing = [_FIELD_WORDS[name] for name in self._required() if getattr(self, name) is None]
        if missing:
            raise ClockError(f"A {self.state.value} round needs its {' and '.join(missing)}.")

    def _required(self) -> tuple[str, ...]:
        return {
            ClockState.scheduled: (),
            ClockState.running: ("actual_start", "deadline"),
            ClockState.paused: ("actual_start", "paused_remaining_s"),
            ClockState.finished: ("actual_start", "actual_end"),
        }[self.state]

    # construction and storage

    @classmethod
    def scheduled(cls, planned_s: float) -> RoundClock:
        """A round of ``planned_s`` seconds that has not started."""
        return cls(ClockState.scheduled, planned_s)

    @classmethod
    def from_columns(cls, planned_s: float, *, state: Any, actual_start: dt.datetime | None = None,
                     actual_end: dt.datetime | None = None, deadline: dt.datetime | None = None,
                     paused_remaining_s: float | None = None) -> RoundClock:
        """Rebuild from the stored RoomRound columns; ``planned_s`` is the agenda item's length.

        Raises ClockError naming what is missing or wrong when the columns do
        not form a valid clock. Fields the state does not use are dropped.
        """
        clock = cls(state, planned_s, deadline, actual_start, actual_end, paused_remaining_s)
        keep = set(clock._required())
        if clock.state is ClockState.finished:
            keep.add("deadline" if clock.deadline is not None else "paused_remaining_s")
        return replace(clock, **{n: None for n in COLUMNS[1:] if n not in keep})

    @classmethod
    def from_row(cls, row: Any, planned_s: float) -> RoundClock:
        """:meth:`from_columns` reading the columns as attributes of a RoomRound row or snapshot."""
        return cls.from_columns(planned_s, **{name: getattr(row, name) for name in COLUMNS})

    def to_columns(self) -> dict[str, Any]:
        """The RoomRound column values: ``state`` as its string value, instants as *aware* UTC.

        Aware because sqlmodel maps ``datetime`` fields to a UTC type that
        refuses naive values; an aware UTC value also stores right in a plain
        ``DateTime`` column. :meth:`from_columns` takes either.
        """
        def aware(instant: dt.datetime | None) -> dt.datetime | None:
            return None if instant is None else instant.replace(tzinfo=dt.UTC)

        return {
            "state": self.state.value,
            "actual_start": aware(self.actual_start),
            "actual_end": aware(self.actual_end),
            "deadline": aware(self.deadline),
            "paused_remaining_s": self.paused_remaining_s,
        }

    # transitions

    def _refuse(self, verb: str) -> ClockError:
        phrase = "it is already paused" if (verb, self.state) == ("pause", ClockState.paused) \
            else _STATE_PHRASE[self.state]
        return ClockError(f"Cannot {verb} the round: {phrase}.")

    def _running(self, start: dt.datetime, left_s: float, now: dt.datetime) -> RoundClock:
        return RoundClock(ClockState.running, self.planned_s, now + dt.timedelta(seconds=left_s), start)

    def start(self, now: dt.datetime) -> RoundClock:
        """Start a scheduled round at ``now`` with its planned length.

        Pass the agenda's start instant as ``now`` to keep to the agenda's end
        when starting late (see :func:`due_to_start`).
        """
        if self.state is not ClockState.scheduled:
            raise self._refuse("start")
        now = naive_utc(now)
        return self._running(now, self.planned_s, now)

    def pause(self, now: dt.datetime) -> RoundClock:
        """Freeze the time left (negative in overtime) until :meth:`resume`."""
        if self.state is not ClockState.running:
            raise self._refuse("pause")
        return RoundClock(ClockState.paused, self.planned_s, actual_start=self.actual_start,
                          paused_remaining_s=self.remaining(now))

    def resume(self, now: dt.datetime) -> RoundClock:
        """Run on from the time left when paused; the new deadline is ``now`` plus that time."""
        if self.state is not ClockState.paused:
            raise self._refuse("resume")
        return self._running(self.actual_start, self.paused_remaining_s, naive_utc(now))

    def extend(self, seconds: float, now: dt.datetime) -> RoundClock:
        """Add ``seconds`` (negative removes) to a running or paused round.

        Removing never takes the time left below zero, and does nothing once
        the round is in overtime: "−5 min" with three minutes left ends at
        00:00 and overtime counts from there.
        """
        if self.state not in (ClockState.running, ClockState.paused):
            raise self._refuse("change the time of")
        seconds = _finite(seconds, "time to add")
        left = self.remaining(now)
        if seconds < 0:
            seconds = max(seconds, -max(left, 0.0))
        if self.state is ClockState.paused:
            return replace(self, paused_remaining_s=left + seconds)
        return replace(self, deadline=self.deadline + dt.timedelta(seconds=seconds))

    def end(self, now: dt.datetime) -> RoundClock:
        """End a running or paused round now; the time left at the end is kept."""
        if self.state not in (ClockState.running, ClockState.paused):
            raise self._refuse("end")
        return replace(self, state=ClockState.finished, actual_end=naive_utc(now))

    def restart(self, now: dt.datetime) -> RoundClock:
        """Run a started round again from its full planned length, as if it started ``now``."""
        if self.state is ClockState.scheduled:
            raise self._refuse("restart")
        now = naive_utc(now)
        return self._running(now, self.planned_s, now)

    def shifted(self, seconds: float) -> RoundClock:
        """This clock with its live instants moved by ``seconds`` (after a :class:`WallJump`).

        Running and paused rounds move their start (and deadline), so remaining
        and elapsed time stay what they were; scheduled and finished rounds are
        unchanged (a finished round's instants are history).
        """
        if self.state not in (ClockState.running, ClockState.paused) or not seconds:
            return self
        delta = dt.timedelta(seconds=seconds)
        return replace(self, actual_start=self.actual_start + delta,
                       deadline=None if self.deadline is None else self.deadline + delta)

    # reading

    def remaining(self, now: dt.datetime) -> float:
        """Seconds left at ``now``; negative in overtime. Frozen while paused and once finished."""
        if self.state is ClockState.scheduled:
            return self.planned_s
        if self.state is ClockState.running:
            return (self.deadline - naive_utc(now)).total_seconds()
        if self.paused_remaining_s is not None:
            return self.paused_remaining_s
        if self.deadline is not None:
            return (self.deadline - self.actual_end).total_seconds()
        return 0.0

    def is_overtime(self, now: dt.datetime) -> bool:
        return self.state is ClockState.running and naive_utc(now) > self.deadline

    def phase(self, now: dt.datetime, thresholds: Thresholds) -> Phase:
        """What to show at ``now``: warning from ``warning_s`` left, danger from ``danger_s``."""
        if self.state is not ClockState.running:
            return Phase(self.state.value)
        left = self.remaining(now)
        if left < 0:
            return Phase.overtime
        if left <= thresholds.danger_s:
            return Phase.danger
        if left <= thresholds.warning_s:
            return Phase.warning
        return Phase.normal


K = TypeVar("K")


def start_many(clocks: Mapping[K, RoundClock], now: dt.datetime) -> dict[K, RoundClock]:
    """Start every scheduled clock at the same instant ("all rooms at once").

    Clocks that already run, are paused or ended stay as they are, so rooms
    started one by one keep their own start.
    """
    return {key: c.start(now) if c.state is ClockState.scheduled else c for key, c in clocks.items()}


# --------------------------------------------------------------------------- display text


def _shown_seconds(seconds: float) -> int:
    return math.ceil(seconds)


def _hms(total: int, *, pad_minutes: bool) -> str:
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}" if pad_minutes else f"{minutes}:{secs:02d}"


def format_remaining(seconds: float) -> str:
    """Countdown text: "12:34", "00:00", "−03:10" in overtime, "1:02:03" from an hour.

    Rounds up, so "00:01" shows until the real zero; the first second of
    overtime shows "00:00" (never "−00:00") and "−00:01" follows at one second over.
    """
    shown = _shown_seconds(seconds)
    return (_MINUS if shown < 0 else "") + _hms(abs(shown), pad_minutes=True)


def format_span(seconds: float, *, signed: bool) -> str:
    """A duration in words for messages: "1 h", "2 min", "1 h 5 min", "30 s"; "+1 h" when signed."""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{v} {unit}" for v, unit in ((hours, "h"), (minutes, "min"), (secs, "s")) if v]
    text = " ".join(parts) or "0 s"
    if not signed:
        return text
    return ("+" if seconds >= 0 else _MINUS) + text


def phase_text(phase: Phase, remaining_s: float) -> str:
    """Words that carry the phase without colour: "2 minutes left", "Overtime 3:10", "Paused"."""
    if phase is Phase.overtime:
        return "Overtime " + _hms(abs(_shown_seconds(remaining_s)), pad_minutes=False)
    if phase in (Phase.warning, Phase.danger):
        minutes = math.ceil(max(remaining_s, 0.0) / 60)
        if minutes == 0:
            return "Time is up"
        return f"{minutes} minute{'s' if minutes != 1 else ''} left"
    return {
        Phase.scheduled: "Not started",
        Phase.normal: "Running",
        Phase.paused: "Paused",
        Phase.finished: "Ended",
    }[phase]


def next_tick_delay(remaining_s: float, margin_s: float = 0.005) -> float:
    """Seconds until :func:`format_remaining` of a running clock shows a new value, plus ``margin_s``.

    A display that sleeps this long repaints once per shown second, just
    after the change. Always in ``(margin_s, 1 + margin_s]``. The margin keeps
    a timer that fires a hair early from painting the old value twice.
    """
    return remaining_s - (_shown_seconds(remaining_s) - 1) + margin_s


# --------------------------------------------------------------------------- agenda timeline

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item on the timeline: aware ``start`` and ``end`` in the workshop's time zone.

    ``kind`` is an :class:`cafe.models.AgendaKind` value ("round", "break", ...).
    """

    uuid: str
    kind: str
    title: str
    start: dt.datetime
    end: dt.datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ClockError(f"Agenda item {self.label!r} needs times with a time zone.")
        if self.end <= self.start:
            raise ClockError(
                f"Agenda item {self.label!r} ends ({self.end:%H:%M}) before it starts ({self.start:%H:%M}).")

    @classmethod
    def local(cls, uuid: str, kind: str, title: str, date: dt.date, start: dt.time, end: dt.time,
              time_zone: str) -> AgendaEntry:
        """From a Day's ``date`` and an AgendaItem's local ``start``/``end`` in ``time_zone``."""
        try:
            tz = zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ClockError(f"Unknown time zone {time_zone!r}.") from None
        return cls(uuid, str(getattr(kind, "value", kind)), title,
                   dt.datetime.combine(date, start, tz), dt.datetime.combine(date, end, tz))

    @property
    def label(self) -> str:
        """The title, or the kind when the item has none ("Break")."""
        return self.title.strip() or str(getattr(self.kind, "value", self.kind)).replace("-", " ").capitalize()

    @property
    def duration_s(self) -> float:
        return (self.end - self.start).total_seconds()

    @property
    def start_utc(self) -> dt.datetime:
        return naive_utc(self.start)

    @property
    def end_utc(self) -> dt.datetime:
        return naive_utc(self.end)


def _aware(now: dt.datetime) -> dt.datetime:
    return now.replace(tzinfo=dt.UTC) if now.tzinfo is None else now


def now_and_next(entries: Iterable[AgendaEntry], now: dt.datetime
                 ) -> tuple[AgendaEntry | None, AgendaEntry | None]:
    """The item running at ``now`` (start inclusive, end exclusive) and the next one to start.

    ``now`` is naive UTC or aware. Where items overlap, the current one is the
    one that started last (then the one that ends first); the next one is the
    earliest to start after ``now`` (ties keep the given order).
    """
    now = _aware(now)
    current = upcoming = None
    for entry in entries:
        if entry.start <= now < entry.end:
            if current is None or (entry.start, -entry.end.timestamp()) > (current.start, -current.end.timestamp()):
                current = entry
        elif entry.start > now and (upcoming is None or entry.start < upcoming.start):
            upcoming = entry
    return current, upcoming


def _when(entry: AgendaEntry, now: dt.datetime) -> str:
    today = now.astimezone(entry.start.tzinfo).date()
    day = entry.start.date()
    clock = f"{entry.start:%H:%M}"
    if day == today:
        return f"at {clock}"
    if day == today + dt.timedelta(days=1):
        return f"tomorrow at {clock}"
    return f"on {day.day} {_MONTHS[day.month - 1]} at {clock}"


def next_up_text(entries: Iterable[AgendaEntry], now: dt.datetime) -> str:
    """What comes next, for a stage display; "" when nothing is left.

    During a break: "Lunch until 15:00". Between items: "Round 2 at 15:00".
    During any other item: "Next: Round 3 at 16:15". A later day reads
    "tomorrow at 09:30" or "on 22 March at 09:30".
    """
    now = _aware(now)
    current, upcoming = now_and_next(entries, now)
    if current is not None and current.kind == "break":
        return f"{current.label} until {current.end:%H:%M}"
    if upcoming is None:
        return ""
    text = f"{upcoming.label} {_when(upcoming, now)}"
    return f"Next: {text}" if current is not None else text


def due_to_start(entries: Iterable[AgendaEntry], now: dt.datetime,
                 started_uuids: Collection[str]) -> AgendaEntry | None:
    """For auto-start: the item that should be running at ``now`` but has not started, else None.

    ``started_uuids`` are the items already started (in any state but
    scheduled), so a round a moderator ended early is not started again. An
    item whose time has passed is never due. Pass only the kinds that have
    a clock (rounds). To keep to the agenda when starting late, start with
    ``entry.start_utc`` as the instant; with ``now`` the round gets its full length.
    """
    current, _ = now_and_next(entries, now)
    if current is None or current.uuid in started_uuids:
        return None
    return current
