"""The round clock: deadlines from stored instants and an injected clock.

A round's time is never a count of timer ticks. A running round stores its
*deadline* as a wall-clock instant; a paused one stores the seconds it had
left. Remaining time is ``deadline - now``, so a busy UI thread, an app
restart or a laptop that slept all show the right time at the next read.

Conventions
-----------
* Instants are **naive UTC** :class:`datetime.datetime` values, the storage
  convention of :mod:`cafe.storage.models`. Every function that takes an instant also
  accepts an aware one and converts it (:func:`naive_utc`).
* Everything here is pure: :class:`RoundClock` and :class:`Thresholds` are
  frozen; each transition returns a new value.
* The clock sources and their jumps are in :mod:`cafe.clock.watch`, the words
  and digits a display shows in :mod:`cafe.clock.text`, the agenda's now and
  next in :mod:`cafe.clock.agenda`.

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
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from cafe.clock.text import Phase, format_span
from cafe.clock.watch import ClockError, _finite, naive_utc
from cafe.i18n import N_, _

__all__ = ["COLUMNS", "ClockState", "RoundClock", "Thresholds", "start_many"]

#: The RoomRound columns a :class:`RoundClock` maps onto, in table order.
COLUMNS = ("state", "actual_start", "actual_end", "deadline", "paused_remaining_s")


# --------------------------------------------------------------------------- clocks


# --------------------------------------------------------------------------- the round clock


class ClockState(str, enum.Enum):
    """The stored state; the values match :class:`cafe.storage.models.RoundState`."""

    scheduled = "scheduled"
    running = "running"
    paused = "paused"
    finished = "finished"


@dataclass(frozen=True)
class Thresholds:
    """When a running round turns to warning and to danger (seconds left, inclusive)."""

    warning_s: float = 600.0
    danger_s: float = 120.0

    def __post_init__(self) -> None:
        for name, words in (("warning_s", N_("warning time")), ("danger_s", N_("danger time"))):
            value = _finite(getattr(self, name), words)
            if value < 0:
                raise ClockError(_("The {what} must not be negative ({value} s).").format(
                    what=_(words), value=f"{value:g}"))
            object.__setattr__(self, name, value)
        if self.danger_s > self.warning_s:
            raise ClockError(
                _("The danger time ({danger}) must not be longer than the warning time ({warning}).").format(
                    danger=format_span(self.danger_s, signed=False),
                    warning=format_span(self.warning_s, signed=False)))

    @classmethod
    def from_minutes(cls, warning_minutes: float, danger_minutes: float) -> Thresholds:
        """From the workshop's ``warning_minutes`` / ``danger_minutes``."""
        return cls(_finite(warning_minutes, N_("warning time")) * 60,
                   _finite(danger_minutes, N_("danger time")) * 60)

    def for_item(self, warning_minutes: float | None = None, danger_minutes: float | None = None) -> Thresholds:
        """These (workshop) thresholds overridden by an agenda item's non-None minutes.

        Danger is capped at warning, so an item that only shortens its warning
        below the workshop's danger time still gets a valid pair.
        """
        warning = self.warning_s if warning_minutes is None else _finite(warning_minutes, N_("warning time")) * 60
        danger = self.danger_s if danger_minutes is None else _finite(danger_minutes, N_("danger time")) * 60
        return Thresholds(warning, min(danger, warning))


_FIELD_WORDS = {
    "deadline": N_("deadline"),
    "actual_start": N_("start time"),
    "actual_end": N_("end time"),
    "paused_remaining_s": N_("time left when paused"),
}

_STATE_PHRASE = {
    ClockState.scheduled: N_("it has not started yet"),
    ClockState.running: N_("it is already running"),
    ClockState.paused: N_("it is paused"),
    ClockState.finished: N_("it has already ended"),
}

#: what a refused action reads as, whole sentences (``{why}``: the round's state)
_REFUSED = {
    "start": N_("Cannot start the round: {why}."),
    "pause": N_("Cannot pause the round: {why}."),
    "resume": N_("Cannot resume the round: {why}."),
    "change the time of": N_("Cannot change the time of the round: {why}."),
    "end": N_("Cannot end the round: {why}."),
    "restart": N_("Cannot restart the round: {why}."),
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
            raise ClockError(_("Unknown round state {state!r}.").format(state=self.state)) from None
        planned = _finite(self.planned_s, N_("planned length"))
        if planned < 0:
            raise ClockError(_("A round cannot last a negative time ({value} s).").format(value=f"{planned:g}"))
        object.__setattr__(self, "planned_s", planned)
        for name in ("deadline", "actual_start", "actual_end"):
            value = getattr(self, name)
            if value is not None:
                if not isinstance(value, dt.datetime):
                    raise ClockError(_("The round's {what} must be a date and time, not {value!r}.").format(
                        what=_(_FIELD_WORDS[name]), value=value))
                object.__setattr__(self, name, naive_utc(value))
        if self.paused_remaining_s is not None:
            object.__setattr__(self, "paused_remaining_s", _finite(self.paused_remaining_s, N_("paused time left")))
        missing = [_(_FIELD_WORDS[name]) for name in self._required() if getattr(self, name) is None]
        if missing:
            raise ClockError(_("A {state} round needs its {what}.").format(
                state=self.state.value, what=_(" and ").join(missing)))

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
        dropped: dict[str, Any] = {n: None for n in COLUMNS[1:] if n not in keep}
        return replace(clock, **dropped)

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
        phrase = _("it is already paused") if (verb, self.state) == ("pause", ClockState.paused) \
            else _(_STATE_PHRASE[self.state])
        return ClockError(_(_REFUSED[verb]).format(why=phrase))

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
        # a paused clock has both (checked on construction)
        return self._running(cast(dt.datetime, self.actual_start), cast(float, self.paused_remaining_s),
                             naive_utc(now))

    def extend(self, seconds: float, now: dt.datetime) -> RoundClock:
        """Add ``seconds`` (negative removes) to a running or paused round.

        Removing never takes the time left below zero, and does nothing once
        the round is in overtime: "−5 min" with three minutes left ends at
        00:00 and overtime counts from there.
        """
        if self.state not in (ClockState.running, ClockState.paused):
            raise self._refuse("change the time of")
        seconds = _finite(seconds, N_("time to add"))
        left = self.remaining(now)
        if seconds < 0:
            seconds = max(seconds, -max(left, 0.0))
        if self.state is ClockState.paused:
            return replace(self, paused_remaining_s=left + seconds)
        return replace(self, deadline=cast(dt.datetime, self.deadline) + dt.timedelta(seconds=seconds))

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
        return replace(self, actual_start=cast(dt.datetime, self.actual_start) + delta,
                       deadline=None if self.deadline is None else self.deadline + delta)

    # reading

    def remaining(self, now: dt.datetime) -> float:
        """Seconds left at ``now``; negative in overtime. Frozen while paused and once finished."""
        if self.state is ClockState.scheduled:
            return self.planned_s
        if self.state is ClockState.running:
            return (cast(dt.datetime, self.deadline) - naive_utc(now)).total_seconds()
        if self.paused_remaining_s is not None:
            return self.paused_remaining_s
        if self.deadline is not None:
            return (self.deadline - cast(dt.datetime, self.actual_end)).total_seconds()
        return 0.0

    def is_overtime(self, now: dt.datetime) -> bool:
        return self.state is ClockState.running and naive_utc(now) > cast(dt.datetime, self.deadline)

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


# --------------------------------------------------------------------------- agenda timeline


