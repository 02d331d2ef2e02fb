"""One participant's route for their phone: their group, where to go this round and next.

Built from :mod:`cafe.people.routes` (the same words as the printed route slips) for the one
participant whose code was given; nothing about anyone else is in it. Pure: any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cafe.i18n import _
from cafe.people import routes

if TYPE_CHECKING:
    from cafe.storage.snap_types import WorkshopSnapshot

Seats = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True)
class RouteStop:
    round_number: int
    time_text: str
    #: "Room XI (Regular pathways)", or "waits"
    place: str
    room_uuid: str | None
    #: this round is under way / is the next to start
    is_now: bool = False
    is_next: bool = False

    def document(self) -> dict[str, Any]:
        return {"round": self.round_number, "time": self.time_text, "place": self.place,
                "now": self.is_now, "next": self.is_next}


@dataclass(frozen=True)
class RouteView:
    """What one participant's route page shows (their name only in the page itself)."""

    participant_uuid: str
    name: str
    group: str
    stops: tuple[RouteStop, ...]
    #: where to go now / next, as sentences ("" when there is nothing to say)
    now_text: str
    next_text: str
    #: the room whose clock the page shows: the one they are in now, else the next one
    clock_room: str | None

    def document(self) -> dict[str, Any]:
        return {"kind": "route", "group": self.group, "stops": [s.document() for s in self.stops],
                "now_text": self.now_text, "next_text": self.next_text}


def _round_at(number: int, stop: routes.Stop, *, then: bool = False) -> str:
    """"Round 2 at 15:00" / "Then round 2 at 15:00" ("Round 2" when the round has no time)."""
    if stop.start_text:
        text = _("Then round {number} at {time}") if then else _("Round {number} at {time}")
    else:
        text = _("Then round {number}") if then else _("Round {number}")
    return text.format(number=number, time=stop.start_text)


def route_view(snap: WorkshopSnapshot, participant_uuid: str, seats: Seats | None = None) -> RouteView | None:
    """The route of ``participant_uuid``, or None when nobody in the workshop has that uuid."""
    person = next((p for p in snap.participants if p.uuid == participant_uuid), None)
    if person is None:
        return None
    group_uuid = next((m.group_uuid for m in snap.members if m.participant_uuid == participant_uuid), None)
    group = next((g.name for g in snap.groups if g.uuid == group_uuid), "")
    seated = bool(seats and any(participant_uuid in by_person for by_person in seats.values()))
    if not group:
        group = _("World Café seating: you change tables each round") if seated else _("Not in a group yet")
    current, upcoming = routes.now_and_next(snap, participant_uuid, seats)
    stops = tuple(RouteStop(s.round_number, s.time_text, s.place, s.room_uuid,
                            current is not None and s.round_uuid == current.round_uuid,
                            upcoming is not None and s.round_uuid == upcoming.round_uuid)
                  for s in routes.participant_route(snap, participant_uuid, seats))
    now_text = next_text = ""
    if current is not None:
        now_text = (_("Round {number}: you wait this round").format(number=current.round_number)
                    if current.room_uuid is None
                    else _("Round {number}: go to {place}").format(number=current.round_number, place=current.place))
        if upcoming is not None:
            when = _round_at(upcoming.round_number, upcoming, then=True)
            next_text = (_("{when}: you wait").format(when=when) if upcoming.room_uuid is None
                         else _("{when}: {place}").format(when=when, place=upcoming.place))
    elif upcoming is not None:
        when = _round_at(upcoming.round_number, upcoming)
        now_text = (_("{when}: you wait").format(when=when) if upcoming.room_uuid is None
                    else _("{when}: go to {place}").format(when=when, place=upcoming.place))
    if not stops:
        now_text = _("The rounds are not set up yet.")
    elif current is None and upcoming is None:
        now_text = _("Every round is over. Thank you for taking part.")
    clock_room = current.room_uuid if current is not None else (upcoming.room_uuid if upcoming else None)
    return RouteView(participant_uuid, person.name, group, stops, now_text, next_text, clock_room)
