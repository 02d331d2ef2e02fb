"""The clock of the move between rounds: what the projector shows while groups change rooms.

:func:`move_clock` says, for the round people move into, what a big clock
counts and which break they are in:

* the round before still runs: the time left in it ("left in round 1"), and
  the break that follows ("Then: Lunch break until 15:00");
* the round has not started: the time until its agenda start on the
  workshop's day ("until round 2 starts at 15:00"), or that it is due
  ("Round 2 was due at 15:00"), with the break before it ("Lunch break until
  15:00"); on another day (a rehearsal) its start without a countdown;
* the round runs or is paused: the time left in it (the least of its rooms);
* the round has ended in every room: no digits, "Round 2 has ended".

Pure: a snapshot and an instant in, words and digits out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cafe.clock import round_clock as ck
from cafe.clock.agenda import AgendaEntry
from cafe.clock.overview import agenda_entries
from cafe.clock.text import format_remaining
from cafe.i18n import _

if TYPE_CHECKING:
    from cafe.storage.snap_types import WorkshopSnapshot

_LIVE = ("running", "paused")


@dataclass(frozen=True)
class MoveClock:
    """What the move's clock shows: ``digits`` ("" for none), what they count, and the break."""

    digits: str = ""
    caption: str = ""
    break_text: str = ""


def _state(rr: Any) -> str:
    return str(getattr(rr.state, "value", rr.state))


def _clocks(snap: WorkshopSnapshot, round_uuid: str, entry: AgendaEntry | None) -> list[ck.RoundClock]:
    planned = entry.duration_s if entry is not None else 0.0
    return [ck.RoundClock.from_row(rr, planned) for rr in snap.room_rounds if rr.round_uuid == round_uuid]


def _previous_round(snap: WorkshopSnapshot, round_uuid: str) -> Any | None:
    """The round before ``round_uuid`` in agenda order, or None."""
    rounds = [rnd for rnd, _item in snap.round_items()]
    at = next((i for i, rnd in enumerate(rounds) if rnd.uuid == round_uuid), 0)
    return rounds[at - 1] if at > 0 else None


def _break_before(entries: list[AgendaEntry], entry: AgendaEntry, previous: AgendaEntry | None) -> AgendaEntry | None:
    """The last break that ends by ``entry``'s start, on its day, after the previous round began."""
    breaks = [e for e in entries if e.kind == "break" and e.end <= entry.start
              and e.start.date() == entry.start.date()
              and (previous is None or e.start >= previous.start)]
    return max(breaks, key=lambda e: e.end, default=None)


def _running_text(number: int, clocks: list[ck.RoundClock], now: dt.datetime) -> tuple[str, str] | None:
    live = [c for c in clocks if c.state.value in _LIVE]
    if not live:
        return None
    least = min(live, key=lambda c: c.remaining(now))
    paused = all(c.state is ck.ClockState.paused for c in live)
    return format_remaining(least.remaining(now)), (
        _("round {number} paused") if paused else _("left in round {number}")).format(number=number)


def move_clock(snap: WorkshopSnapshot, round_uuid: str | None, now: dt.datetime) -> MoveClock:
    """The move's clock for the round ``round_uuid`` at ``now`` (see the module docstring)."""
    rnd = next((r for r in snap.rounds if r.uuid == round_uuid), None)
    if rnd is None:
        return MoveClock()
    entries = agenda_entries(snap)
    by_uuid = {e.uuid: e for e in entries}
    entry = by_uuid.get(rnd.agenda_item_uuid)
    clocks = _clocks(snap, rnd.uuid, entry)
    running = _running_text(rnd.number, clocks, now)
    if running is not None:
        return MoveClock(*running)
    if clocks and all(c.state is ck.ClockState.finished for c in clocks):
        return MoveClock("", _("Round {number} has ended").format(number=rnd.number))
    if entry is None:
        return MoveClock("", _("Round {number}").format(number=rnd.number))
    previous = _previous_round(snap, rnd.uuid)
    previous_entry = by_uuid.get(previous.agenda_item_uuid) if previous is not None else None
    pause = _break_before(entries, entry, previous_entry)
    break_text = _("{item} until {time}").format(item=pause.label, time=f"{pause.end:%H:%M}") if pause else ""
    if previous is not None:
        before = _running_text(previous.number, _clocks(snap, previous.uuid, previous_entry), now)
        if before is not None:
            return MoveClock(*before, _("Then: {what}").format(what=break_text) if break_text else "")
    wall = (now if now.tzinfo else now.replace(tzinfo=dt.UTC)).astimezone(entry.start.tzinfo)
    start = f"{entry.start:%H:%M}"
    if wall.date() != entry.start.date():  # another day (a rehearsal): no countdown to a date far away
        return MoveClock("", _("Round {number} at {time}").format(number=rnd.number, time=start), break_text)
    if wall < entry.start:
        return MoveClock(format_remaining((entry.start - wall).total_seconds()),
                         _("until round {number} starts at {time}").format(number=rnd.number, time=start),
                         break_text)
    return MoveClock("", _("Round {number} was due at {time}").format(number=rnd.number, time=start), break_text)
