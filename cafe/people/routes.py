"""Where each group and each person goes, round by round, in the words printouts and the
projector use: "Round 2 — Group A → Room XI (Regular pathways)".

Pure functions of a :class:`~cafe.storage.snapshots.WorkshopSnapshot` and, for World
Café seating, the seats (``seats[round_uuid][participant_uuid] = room_uuid``).
Times are the agenda's local times. No I/O: any thread may call them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from cafe.i18n import N_, _, ngettext
from cafe.storage.snap_types import WorkshopSnapshot

Seats = Mapping[str, Mapping[str, str]]

#: where a group with no room in a round is: read it translated, with :func:`waits_text`
WAITS = N_("waits")


def waits_text() -> str:
    """"waits" in the language in effect."""
    return _(WAITS)


@dataclass(frozen=True)
class Stop:
    """One round of a route: when, and in which room with which theme (no room: waiting)."""

    round_uuid: str
    round_number: int
    start: dt.time | None
    end: dt.time | None
    room_uuid: str | None
    room: str = ""
    theme: str = ""
    theme_short: str = ""

    @property
    def time_text(self) -> str:
        """ "12:00–13:00", or "" when the round has no agenda item."""
        if self.start is None or self.end is None:
            return ""
        return f"{self.start:%H:%M}\u2013{self.end:%H:%M}"

    @property
    def start_text(self) -> str:
        return "" if self.start is None else f"{self.start:%H:%M}"

    @property
    def place(self) -> str:
        """ "Room XI (Regular pathways)", or "waits"."""
        if self.room_uuid is None:
            return waits_text()
        label = self.theme_short or self.theme
        return f"{self.room} ({label})" if label else self.room


@dataclass(frozen=True)
class Visit:
    """Who comes into one room in one round (door signs)."""

    round_uuid: str
    round_number: int
    start: dt.time | None
    end: dt.time | None
    who: str

    @property
    def time_text(self) -> str:
        if self.start is None or self.end is None:
            return ""
        return f"{self.start:%H:%M}\u2013{self.end:%H:%M}"


def _stop(snap: WorkshopSnapshot, rnd, item, room_uuid: str | None) -> Stop:
    room = next((r for r in snap.rooms if r.uuid == room_uuid), None) if room_uuid else None
    theme = snap.theme_in_room(room_uuid) if room_uuid else None
    return Stop(
        round_uuid=rnd.uuid, round_number=rnd.number,
        start=item.start if item is not None else None, end=item.end if item is not None else None,
        room_uuid=room.uuid if room is not None else None,
        room=room.name if room is not None else "",
        theme=theme.title if theme is not None else "",
        theme_short=theme.short_name if theme is not None else "",
    )


def _rounds(snap: WorkshopSnapshot):
    items = {a.uuid: a for a in snap.agenda}
    return [(r, items.get(r.agenda_item_uuid)) for r in sorted(snap.rounds, key=lambda r: r.number)]


def group_route(snap: WorkshopSnapshot, group_uuid: str) -> tuple[Stop, ...]:
    """Every round in order with the room ``group_uuid`` sits in (or waiting)."""
    room_of = {(a.round_uuid, a.group_uuid): a.room_uuid for a in snap.assignments}
    return tuple(_stop(snap, rnd, item, room_of.get((rnd.uuid, group_uuid))) for rnd, item in _rounds(snap))


def participant_route(snap: WorkshopSnapshot, participant_uuid: str, seats: Seats | None = None) -> tuple[Stop, ...]:
    """Every round in order with the room the participant goes to.

    A World Café seat for that round wins; otherwise the room of the
    participant's group; otherwise the participant waits (no group yet).
    """
    group = next((m.group_uuid for m in snap.members if m.participant_uuid == participant_uuid), None)
    room_of = {(a.round_uuid, a.group_uuid): a.room_uuid for a in snap.assignments}
    stops = []
    for rnd, item in _rounds(snap):
        room = (seats or {}).get(rnd.uuid, {}).get(participant_uuid)
        if room is None and group is not None:
            room = room_of.get((rnd.uuid, group))
        stops.append(_stop(snap, rnd, item, room))
    return tuple(stops)


def room_visits(snap: WorkshopSnapshot, room_uuid: str, seats: Seats | None = None) -> tuple[Visit, ...]:
    """Every round in order with who comes into the room: the group's name, the number of
    people seated there (World Café), or "" when it stays empty."""
    groups = {g.uuid: g.name for g in snap.groups}
    group_in = {(a.round_uuid, a.room_uuid): a.group_uuid for a in snap.assignments}
    out = []
    for rnd, item in _rounds(snap):
        seated = [p for p, room in (seats or {}).get(rnd.uuid, {}).items() if room == room_uuid]
        if seated:
            who = ngettext("{n} person (World Café seating)", "{n} people (World Café seating)",
                           len(seated)).format(n=len(seated))
        else:
            who = groups.get(group_in.get((rnd.uuid, room_uuid)), "")
        out.append(Visit(rnd.uuid, rnd.number, item.start if item else None, item.end if item else None, who))
    return tuple(out)


def move_lines(snap: WorkshopSnapshot, round_uuid: str) -> tuple[str, ...]:
    """One line per group for the move into ``round_uuid``, in group order:
    "Round 2 — Group A → Room XI (Regular pathways)", or "Round 2 — Group D waits".
    Empty when the round does not exist."""
    rnd = next((r for r in snap.rounds if r.uuid == round_uuid), None)
    if rnd is None:
        return ()
    room_of = {a.group_uuid: a.room_uuid for a in snap.assignments if a.round_uuid == round_uuid}
    item = next((a for a in snap.agenda if a.uuid == rnd.agenda_item_uuid), None)
    lines = []
    for group in snap.groups:
        stop = _stop(snap, rnd, item, room_of.get(group.uuid))
        if stop.room_uuid is None:
            lines.append(_("Round {number} \u2014 {group} waits").format(number=rnd.number, group=group.name))
        else:
            lines.append(_("Round {number} \u2014 {group} \u2192 {place}").format(
                number=rnd.number, group=group.name, place=stop.place))
    return tuple(lines)


def next_round(snap: WorkshopSnapshot) -> str | None:
    """The round people move into next: the first whose clock has not started in any room,
    else the last round; None without rounds."""
    started = {rr.round_uuid for rr in snap.room_rounds if getattr(rr.state, "value", rr.state) != "scheduled"}
    rounds = sorted(snap.rounds, key=lambda r: r.number)
    for rnd in rounds:
        if rnd.uuid not in started:
            return rnd.uuid
    return rounds[-1].uuid if rounds else None


def _live(snap: WorkshopSnapshot) -> set[str]:
    return {rr.round_uuid for rr in snap.room_rounds if getattr(rr.state, "value", rr.state) in ("running", "paused")}


def now_and_next(snap: WorkshopSnapshot, participant_uuid: str,
                 seats: Seats | None = None) -> tuple[Stop | None, Stop | None]:
    """Where a participant is expected now and in the round to come (what a late arrival is told).

    The first is the round under way (its clock runs or is paused in some
    room; the latest such round), else None; the second is the first later
    round (or, with none under way, the first round) that no room has
    started, else None. Each stop names the participant's room in that round
    (``room_uuid`` None: they wait, or have no group yet).
    """
    stops = participant_route(snap, participant_uuid, seats)
    live = _live(snap)
    started = {rr.round_uuid for rr in snap.room_rounds if getattr(rr.state, "value", rr.state) != "scheduled"}
    current = max((s for s in stops if s.round_uuid in live), key=lambda s: s.round_number, default=None)
    after = current.round_number if current is not None else None
    upcoming = next((s for s in stops if s.round_uuid not in started
                     and (after is None or s.round_number > after)), None)
    return current, upcoming
