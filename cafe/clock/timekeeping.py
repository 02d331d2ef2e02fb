"""Keeping the day to its time: how far behind the agenda the day runs, and shifting the rest of it.

When rounds run late, everything after them on that day (lunch, later rounds,
the wrap-up) starts late too unless the moderator moves it or lets a break
absorb the delay. This module says by how much (:func:`day_delay`) and plans
the move (:func:`plan_shift`); :meth:`cafe.clock.ops.ClockOps.shift_agenda`
applies a plan as one undoable operation.

Pure functions of plain values: no I/O, no Qt. :func:`day_delay_in` reads a
:class:`~cafe.storage.snapshots.WorkshopSnapshot`, so the overview can call it
on every shown second.

Rules
-----
* A room's round ends when its clock ended; a running room's when its
  deadline comes, or *now* once it is in overtime; a paused room's at now plus
  the time it has left. The round ends with its slowest room.
* The day is **behind** by how much later that is than the start of the next
  agenda item of the round's day (an item that starts at or after the round's
  planned end). Once the rest of the day has been shifted, it is no longer
  behind. A finished round's delay matters until that next item is over.
* Agenda times are local times of a day. A workshop run on another date than
  its agenda's (a rehearsal) is judged on the date its round ran.
* A break absorbs a delay by starting later; it keeps at least
  :data:`MIN_BREAK_MINUTES` (people need to move between rooms). What it
  cannot absorb moves the items after it.
"""

from __future__ import annotations

import datetime as dt
import math
import zoneinfo
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cafe.clock.agenda import kind_word
from cafe.clock.round_clock import ClockState, RoundClock
from cafe.clock.watch import naive_utc
from cafe.i18n import _

if TYPE_CHECKING:  # the storage stack stays unimported until a workshop is open (startup speed)
    from cafe.storage.snap_types import WorkshopSnapshot

#: the shortest a break may become when it absorbs a delay
MIN_BREAK_MINUTES = 5
#: a delay under a minute is not worth moving the day for
MIN_BEHIND_S = 60.0
#: the last second an agenda item can end at (an item cannot run past midnight)
_LAST_SECOND = 23 * 3600 + 59 * 60


class ShiftError(ValueError):
    """A shift of the agenda that cannot be made; ``str()`` says why, for the user."""


@dataclass(frozen=True)
class Slot:
    """One agenda item of a day, in the day's local times."""

    uuid: str
    kind: str
    title: str
    start: dt.time
    end: dt.time

    @classmethod
    def of(cls, item: Any) -> Slot:
        """From an AgendaItem row or snapshot."""
        return cls(item.uuid, str(getattr(item.kind, "value", item.kind)), item.title or "", item.start, item.end)

    @property
    def label(self) -> str:
        """The title, or the kind when the item has none ("Break")."""
        return self.title.strip() or kind_word(self.kind)

    @property
    def minutes(self) -> int:
        """The item's length in whole minutes."""
        return (_seconds(self.end) - _seconds(self.start)) // 60


@dataclass(frozen=True)
class RoomEnd:
    """When one room's round ends (or ended), against the round's planned end."""

    room_uuid: str
    #: naive UTC
    end: dt.datetime
    #: seconds later than the round's planned end (negative: earlier)
    late_s: float
    #: the room's clock has ended (else the end is expected)
    ended: bool


@dataclass(frozen=True)
class DayDelay:
    """How the day stands after one round (see the module docstring)."""

    day_uuid: str
    round_uuid: str
    round_number: int
    #: the round's planned end and the end of its slowest room, aware in the workshop's time zone
    planned_end: dt.datetime
    expected_end: dt.datetime
    #: the first item after the round on its day, its start (aware, local); None when nothing follows
    next_item: Slot | None
    next_start: dt.datetime | None
    #: every started room of the round
    rooms: tuple[RoomEnd, ...]
    #: some room's clock still runs or is paused
    running: bool

    @property
    def late_s(self) -> float:
        """How much later than planned the round ends (negative: earlier)."""
        return (self.expected_end - self.planned_end).total_seconds()

    @property
    def behind_s(self) -> float:
        """How much later the round ends than the next item starts; 0 when it fits (or nothing follows)."""
        if self.next_start is None:
            return 0.0
        return max(0.0, (self.expected_end - self.next_start).total_seconds())

    @property
    def behind_minutes(self) -> int:
        """:attr:`behind_s` in whole minutes, rounded up (what a shift should move)."""
        return math.ceil(round(self.behind_s) / 60)

    @property
    def is_behind(self) -> bool:
        return self.behind_s >= MIN_BEHIND_S


def room_end(clock: RoundClock, now: dt.datetime) -> dt.datetime | None:
    """When a room's round ends (naive UTC): ended, expected, or None before it starts."""
    now = naive_utc(now)
    if clock.state is ClockState.finished:
        return clock.actual_end
    if clock.state is ClockState.running:
        assert clock.deadline is not None  # a running clock has one (checked on construction)
        return max(clock.deadline, now)
    if clock.state is ClockState.paused:
        return now + dt.timedelta(seconds=max(clock.remaining(now), 0.0))
    return None


def day_delay(slots: Sequence[Slot], day_uuid: str, day_date: dt.date, time_zone: str,
              round_slot: Slot, round_uuid: str, round_number: int,
              clocks: Mapping[str, RoundClock], now: dt.datetime) -> DayDelay | None:
    """How far behind the day is after one round (None when no room of it has started).

    ``slots`` are the agenda items of the round's day, ``clocks`` the round's
    clock in each room (room uuid -> clock), ``now`` naive UTC or aware.
    """
    tz = _zone(time_zone)
    now = naive_utc(now)
    ends = {room: (end, clock) for room, clock in clocks.items() if (end := room_end(clock, now)) is not None}
    if not ends:
        return None
    starts = [c.actual_start for c in clocks.values() if c.actual_start is not None]
    ran_on = _local(min(starts), tz).date() if starts else day_date
    planned_end = dt.datetime.combine(ran_on, round_slot.end, tz)
    rooms = tuple(sorted(
        (RoomEnd(room, end, (_local(end, tz) - planned_end).total_seconds(),
                 clock.state is ClockState.finished) for room, (end, clock) in ends.items()),
        key=lambda r: -r.late_s))
    expected_end = _local(max(end for end, _clock in ends.values()), tz)
    following = sorted((s for s in slots if s.uuid != round_slot.uuid and s.start >= round_slot.end),
                       key=lambda s: (s.start, s.end, s.uuid))
    nxt = following[0] if following else None
    return DayDelay(day_uuid, round_uuid, round_number, planned_end, expected_end, nxt,
                    dt.datetime.combine(ran_on, nxt.start, tz) if nxt else None, rooms,
                    any(c.state in (ClockState.running, ClockState.paused) for _e, c in ends.values()))


def day_delay_in(snap: WorkshopSnapshot, now: dt.datetime) -> DayDelay | None:
    """:func:`day_delay` of the round that matters now, read from a snapshot; None when none does.

    That round is the latest one whose clock runs (or is paused) in some room;
    else the latest one that has ended in some room, as long as the item
    after it has not ended yet (after that, its delay is history).
    """
    workshop = snap.workshop
    if workshop is None:
        return None
    pairs = snap.round_items()
    by_round: dict[str, dict[str, Any]] = {}
    for rr in snap.room_rounds:
        by_round.setdefault(rr.round_uuid, {})[rr.room_uuid] = rr
    dates = {d.uuid: d.date for d in snap.days}

    def delay_of(rnd: Any, item: Any) -> DayDelay | None:
        if item.day_uuid not in dates:
            return None
        planned = float(_seconds(item.end) - _seconds(item.start))
        clocks = {room: RoundClock.from_row(rr, planned) for room, rr in by_round.get(rnd.uuid, {}).items()}
        slots = [Slot.of(a) for a in snap.agenda if a.day_uuid == item.day_uuid]
        return day_delay(slots, item.day_uuid, dates[item.day_uuid], workshop.time_zone, Slot.of(item),
                         rnd.uuid, rnd.number, clocks, now)

    def states(rnd: Any) -> set[str]:
        return {str(getattr(rr.state, "value", rr.state)) for rr in by_round.get(rnd.uuid, {}).values()}

    for rnd, item in reversed(pairs):
        if states(rnd) & {"running", "paused"}:
            return delay_of(rnd, item)
    for rnd, item in reversed(pairs):
        if "finished" in states(rnd):
            delay = delay_of(rnd, item)
            if delay is None or delay.next_item is None or delay.next_start is None:
                return None
            nxt = delay.next_item
            next_end = delay.next_start + dt.timedelta(seconds=_seconds(nxt.end) - _seconds(nxt.start))
            aware_now = naive_utc(now).replace(tzinfo=dt.UTC)
            return delay if aware_now < next_end else None
    return None


def room_lateness(snap: WorkshopSnapshot, round_uuid: str | None, now: dt.datetime) -> dict[str, RoomEnd]:
    """Room uuid -> :class:`RoomEnd` of every started room of one round (for the overview's "Behind")."""
    if round_uuid is None or snap.workshop is None:
        return {}
    pair = next(((r, i) for r, i in snap.round_items() if r.uuid == round_uuid), None)
    dates = {d.uuid: d.date for d in snap.days}
    if pair is None or pair[1].day_uuid not in dates:
        return {}
    rnd, item = pair
    planned = float(_seconds(item.end) - _seconds(item.start))
    clocks = {rr.room_uuid: RoundClock.from_row(rr, planned) for rr in snap.room_rounds if rr.round_uuid == rnd.uuid}
    delay = day_delay([], item.day_uuid, dates[item.day_uuid], snap.workshop.time_zone, Slot.of(item),
                      rnd.uuid, rnd.number, clocks, now)
    return {r.room_uuid: r for r in delay.rooms} if delay is not None else {}


# -- shifting ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ShiftPlan:
    """What a shift does: each moved item's new times, and how much a break absorbed."""

    minutes: int
    #: item uuid -> (new start, new end), only the items that move
    moves: Mapping[str, tuple[dt.time, dt.time]]
    #: the break that absorbs (None: everything after the starting point moves by ``minutes``)
    absorb_in: Slot | None = None
    #: minutes the break absorbed; the items after it move by ``minutes - absorbed``
    absorbed: int = 0

    @property
    def pushed(self) -> int:
        """How many minutes the items after the absorbing break move."""
        return self.minutes - self.absorbed


def later_slots(slots: Iterable[Slot], start_from: dt.time) -> list[Slot]:
    """The items that start at or after ``start_from``, in time order."""
    return sorted((s for s in slots if s.start >= start_from), key=lambda s: (s.start, s.end, s.uuid))


def plan_shift(slots: Sequence[Slot], minutes: int, start_from: dt.time,
               absorb_in: str | None = None) -> ShiftPlan:
    """Move every item of a day that starts at or after ``start_from`` later by ``minutes``.

    With ``absorb_in`` (a break's uuid), the items before that break move by
    ``minutes``, the break starts ``minutes`` later and ends as late as it
    must to keep :data:`MIN_BREAK_MINUTES`, and the items after it move only
    by what the break could not absorb. Raises :class:`ShiftError` naming
    what is wrong; nothing is planned then.
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ShiftError(_("Shift the day by a whole number of minutes, not {value!r}.").format(value=minutes))
    if minutes < 1:
        raise ShiftError(_("Shift the day later by at least 1 minute. To bring items forward, "
                           "edit them in the agenda."))
    later = later_slots(slots, start_from)
    if not later:
        raise ShiftError(_("Nothing on this day starts at or after {time}: there is nothing to shift.").format(
            time=f"{start_from:%H:%M}"))
    brk = None
    absorbed = 0
    if absorb_in is not None:
        brk = next((s for s in slots if s.uuid == absorb_in), None)
        if brk is None:
            raise ShiftError(_("The break chosen to absorb the delay is not on this day's agenda."))
        if brk.kind != "break":
            raise ShiftError(_("Only a break can absorb a delay; “{item}” is a {kind}.").format(
                item=brk.label, kind=kind_word(brk.kind).lower()))
        if brk not in later:
            raise ShiftError(_("“{item}” ({start}) comes before the point the day is shifted from ({time}); "
                               "choose a later break.").format(item=brk.label, start=f"{brk.start:%H:%M}",
                                                               time=f"{start_from:%H:%M}"))
        absorbed = min(minutes, brk.minutes - MIN_BREAK_MINUTES)
        if absorbed < 1:
            raise ShiftError(_("“{item}” is {minutes} min long and keeps at least {least} min: it cannot absorb "
                               "any delay. Shift the rest of the day instead.").format(
                item=brk.label, minutes=brk.minutes, least=MIN_BREAK_MINUTES))
    moves: dict[str, tuple[dt.time, dt.time]] = {}
    for slot in later:
        if brk is not None and slot.uuid == brk.uuid:
            by_start, by_end = minutes, minutes - absorbed
        elif brk is not None and slot.start >= brk.start:
            by_start = by_end = minutes - absorbed
        else:
            by_start = by_end = minutes
        if not by_start and not by_end:
            continue
        end = _seconds(slot.end) + by_end * 60
        if end > _LAST_SECOND:
            over = math.ceil((end - _LAST_SECOND) / 60)
            raise ShiftError(_("“{item}” ({start}–{end}) would end after midnight; shift by at most {most} "
                               "minutes.").format(item=slot.label, start=f"{slot.start:%H:%M}",
                                                  end=f"{slot.end:%H:%M}", most=max(minutes - over, 0)))
        moves[slot.uuid] = (_time(_seconds(slot.start) + by_start * 60), _time(end))
    return ShiftPlan(minutes, moves, brk, absorbed)


def _seconds(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def _time(seconds: int) -> dt.time:
    return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)


def _zone(name: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _local(instant: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    return naive_utc(instant).replace(tzinfo=dt.UTC).astimezone(tz)
