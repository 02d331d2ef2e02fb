"""Where time comes from: the machine's clock or a fake one, and the jumps a laptop's clock makes.

:class:`ClockWatch` reads an injected :class:`Clock` and notices a suspend (the
monotonic clock stopped while the wall clock went on) or a wall-clock jump;
:class:`FakeClock` is what tests advance. Instants are naive UTC (:func:`naive_utc`).
"""

from __future__ import annotations

import datetime as dt
import math
import time
from dataclasses import dataclass
from typing import Protocol

from cafe.clock.text import format_span
from cafe.i18n import N_, _


class ClockError(Exception):
    """A clock action or value that was refused; ``str()`` is a sentence for the user."""


def naive_utc(instant: dt.datetime) -> dt.datetime:
    """``instant`` as a naive UTC datetime; a naive value is taken to be UTC already."""
    if instant.tzinfo is None:
        return instant
    return instant.astimezone(dt.UTC).replace(tzinfo=None)


def aware_utc(instant: dt.datetime) -> dt.datetime:
    """``instant`` with its time zone; a naive value is taken to be UTC (as the database reads them)."""
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=dt.UTC)


def _finite(value: float, what: str) -> float:
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise ClockError(_("The {what} must be a number of seconds, not {value!r}.").format(
            what=_(what), value=value)) from None
    if not math.isfinite(value):
        raise ClockError(_("The {what} must be a finite number of seconds, not {value}.").format(
            what=_(what), value=value))
    return value


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
        return _("The computer was asleep for {span}; round time is up to date.").format(
            span=format_span(self.seconds, signed=False))


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
        return _("System clock changed by {span}; round time kept.").format(span=format_span(self.seconds, signed=True))


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
        self._offset = None if seconds is None else _finite(seconds, N_("server offset"))

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
