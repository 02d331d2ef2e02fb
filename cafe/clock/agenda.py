"""The agenda on a clock: what runs now, what comes next, and which rounds are due to start.

Agenda times are aware datetimes in the workshop's time zone
(:meth:`AgendaEntry.local` builds them from a day's date and local times).

"Now" on the agenda is the workshop's own: a round whose clock runs places the
workshop in that round's item, and a workshop opened after (or rehearsed
before) its days reads from where its rounds have got, never from today's
date alone (:func:`workshop_now`, :class:`Progress`).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cafe.clock.watch import ClockError, naive_utc
from cafe.i18n import _, format_date, pgettext

if TYPE_CHECKING:
    from cafe.storage.snap_types import WorkshopSnapshot


def kind_word(kind: object) -> str:
    """An agenda item's kind in words, in the language in effect ("Break", "Pause"): how an item
    without a title reads."""
    value = str(getattr(kind, "value", kind))
    words = {
        "plenary": pgettext("agenda item", "Plenary"),
        "framing": pgettext("agenda item", "Framing"),
        "round": pgettext("agenda item", "Round"),
        "break": pgettext("agenda item", "Break"),
        "wrap-up": pgettext("agenda item", "Wrap up"),
        "presentation": pgettext("agenda item", "Presentation"),
    }
    return words[value] if value in words else value.replace("-", " ").capitalize()


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
            raise ClockError(_("Agenda item {item!r} needs times with a time zone.").format(item=self.label))
        if self.end <= self.start:
            raise ClockError(_("Agenda item {item!r} ends ({end}) before it starts ({start}).").format(
                item=self.label, end=f"{self.end:%H:%M}", start=f"{self.start:%H:%M}"))

    @classmethod
    def local(cls, uuid: str, kind: str, title: str, date: dt.date, start: dt.time, end: dt.time,
              time_zone: str) -> AgendaEntry:
        """From a Day's ``date`` and an AgendaItem's local ``start``/``end`` in ``time_zone``."""
        try:
            tz = zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ClockError(_("Unknown time zone {zone!r}.").format(zone=time_zone)) from None
        return cls(uuid, str(getattr(kind, "value", kind)), title,
                   dt.datetime.combine(date, start, tz), dt.datetime.combine(date, end, tz))

    @property
    def label(self) -> str:
        """The title, or the kind when the item has none ("Break")."""
        return self.title.strip() or kind_word(self.kind)

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


@dataclass(frozen=True)
class Progress:
    """How far the workshop's rounds have got by their clocks: where the workshop stands on its
    own agenda, whatever the date today (a workshop rehearsed after its days, or before them).

    ``live`` is the agenda item of the round whose clock runs or is paused (the latest if
    several); ``started`` the agenda items of every round started in some room (running,
    paused or ended).
    """

    live: str | None = None
    started: frozenset[str] = frozenset()

    @classmethod
    def of(cls, snap: WorkshopSnapshot, room_uuid: str | None = None) -> Progress:
        """Read from a snapshot's rounds and room clocks. With ``room_uuid``, the round live in
        that room comes first (rooms started one by one may be in different rounds)."""
        def state(rr: Any) -> str:
            return str(getattr(rr.state, "value", rr.state))

        pairs = snap.round_items()
        live_anywhere = {rr.round_uuid for rr in snap.room_rounds if state(rr) in _LIVE}
        live_here = {rr.round_uuid for rr in snap.room_rounds
                     if state(rr) in _LIVE and rr.room_uuid == room_uuid} if room_uuid else set()
        started = {rr.round_uuid for rr in snap.room_rounds if state(rr) != "scheduled"}
        live = None
        for wanted in (live_here, live_anywhere):
            items = [item.uuid for rnd, item in pairs if rnd.uuid in wanted]
            if items:
                live = items[-1]
                break
        return cls(live, frozenset(item.uuid for rnd, item in pairs if rnd.uuid in started))


_LIVE = ("running", "paused")
#: the instant before an item starts: the workshop stands just ahead of it
_JUST_BEFORE = dt.timedelta(microseconds=1)


def workshop_now(entries: Sequence[AgendaEntry], now: dt.datetime, progress: Progress | None = None
                 ) -> tuple[dt.datetime, AgendaEntry | None]:
    """(the instant the agenda is judged at, the item the workshop is in by its clocks or None).

    The rule, in order:

    1. A round's clock runs or is paused (``progress.live``): the workshop is in that
       round's agenda item, whatever the wall clock says (a round started early, one
       running late, a rehearsal on another day). The instant is ``now`` on one of the
       workshop's days, else that item's start.
    2. Today is after the workshop's last day, or before its first day with a round
       already started (a rehearsal), and some round has not started yet: the workshop
       stands just before the first such round's start on its own day.
    3. Otherwise the wall clock: ``now`` (the workshop's day itself, a day between its
       days, a future workshop not yet rehearsed, or a past one whose rounds all ran).
    """
    now = _aware(now)
    progress = progress or Progress()
    if not entries:
        return now, None
    today = now.astimezone(entries[0].start.tzinfo).date()
    days = {e.start.date() for e in entries}
    live = next((e for e in entries if e.uuid == progress.live), None)
    if live is not None:
        return (now if today in days else live.start), live
    unrun = sorted((e for e in entries if e.kind == "round" and e.uuid not in progress.started),
                   key=lambda e: e.start)
    after = today > max(days)
    rehearsing = today < min(days) and bool(progress.started)
    if unrun and (after or rehearsing):
        return unrun[0].start - _JUST_BEFORE, None
    return now, None


def _when(entry: AgendaEntry, now: dt.datetime) -> str:
    today = now.astimezone(entry.start.tzinfo).date()
    day = entry.start.date()
    clock = f"{entry.start:%H:%M}"
    if day == today:
        return _("at {time}").format(time=clock)
    if day == today + dt.timedelta(days=1):
        return _("tomorrow at {time}").format(time=clock)
    # "22 March": the day and the month's name as the language writes them
    return _("on {date} at {time}").format(date=format_date(day, "d MMMM"), time=clock)


def _until(entry: AgendaEntry) -> str:
    return _("{item} until {time}").format(item=entry.label, time=f"{entry.end:%H:%M}")


def next_prefix() -> str:
    """The words before what comes next ("Next: "), in the language in effect."""
    return _("Next: {what}").partition("{what}")[0]


def now_and_next_for(entries: Iterable[AgendaEntry], now: dt.datetime, progress: Progress | None = None
                     ) -> tuple[AgendaEntry | None, AgendaEntry | None, dt.datetime]:
    """:func:`now_and_next` judged on the workshop's own timeline (:func:`workshop_now`):
    (the current item, the next one, the instant they were judged at).

    While a round's clock runs the current item is that round's; the next is the
    first item to start after it that has not already ended by the wall clock of
    the workshop's day.
    """
    listed = list(entries)
    at, live = workshop_now(listed, now, progress)
    if live is None:
        current, upcoming = now_and_next(listed, at)
        return current, upcoming, at
    wall = _aware(now)
    # on one of the workshop's days an item the wall clock has already seen end is not "next";
    # on another day the workshop's day is judged at the live item, where nothing after it has passed
    on_its_days = wall.astimezone(live.start.tzinfo).date() in {e.start.date() for e in listed}
    later = [e for e in listed if e is not live and e.start > live.start and (e.end > wall or not on_its_days)]
    upcoming = min(later, key=lambda e: e.start, default=None)
    return live, upcoming, at


def next_up_text(entries: Iterable[AgendaEntry], now: dt.datetime, progress: Progress | None = None) -> str:
    """What comes next, for a stage display and the moderator's overview; "" when nothing is left.

    During a break: "Lunch until 15:00". A break that follows the current item
    directly: "Next: Lunch until 15:00" (when to be back). During any other
    item: "Next: Round 3 at 16:15". Between items: "Round 2 at 15:00". A later
    day reads "tomorrow at 09:30" or "on 22 March at 09:30".

    Judged on the workshop's own timeline (:func:`workshop_now`): pass the
    rounds' ``progress`` (:meth:`Progress.of`) so a running round, or a
    workshop opened on another day, reads from where the workshop stands.
    Without it the agenda is read as if no round had started yet.
    """
    current, upcoming, at = now_and_next_for(entries, now, progress)
    if current is not None and current.kind == "break":
        return _until(current)
    if upcoming is None:
        return ""
    if upcoming.kind == "break" and current is not None and upcoming.start <= current.end:
        text = _until(upcoming)
    else:
        text = _("{item} {when}").format(item=upcoming.label, when=_when(upcoming, at))
    return _("Next: {what}").format(what=text) if current is not None else text


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
