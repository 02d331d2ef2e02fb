"""The agenda on a clock: what runs now, what comes next, and which rounds are due to start.

Agenda times are aware datetimes in the workshop's time zone
(:meth:`AgendaEntry.local` builds them from a day's date and local times).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from cafe.clock.watch import ClockError, naive_utc

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda item on the timeline: aware ``start`` and ``end`` in the workshop's time zone.

    ``kind`` is an :class:`cafe.storage.models.AgendaKind` value ("round", "break", ...).
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
