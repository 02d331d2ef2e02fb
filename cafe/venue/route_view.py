"""One participant's route for their phone: their group, where to go this round and next.

Built from :mod:`cafe.people.routes` (the same words as the printed route slips) for the one
participant whose code was given; nothing about anyone else is in it. Pure: any thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cafe.people import routes

if TYPE_CHECKING:
    from cafe.storage.snapshots import WorkshopSnapshot

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


def _when(stop: routes.Stop) -> str:
    return f" at {stop.start_text}" if stop.start_text else ""


def route_view(snap: WorkshopSnapshot, participant_uuid: str, seats: Seats | None = None) -> RouteView | None:
    """The route of ``participant_uuid``, or None when nobody in the workshop has that uuid."""
    person = next((p for p in snap.participants if p.uuid == participant_uuid), None)
    if person is None:
        return None
    group_uuid = next((m.group_uuid for m in snap.members if m.participant_uuid == participant_uuid), None)
    group = next((g.name for g in snap.groups if g.uuid == group_uuid), "")
    seated = bool(seats and any(participant_uuid in by_person for by_person in seats.values()))
    if not group:
        group = "World Café seating: you change tables each round" if seated else "Not in a group yet"
    current, upcoming = routes.now_and_next(snap, participant_uuid, seats)
    stops = tuple(RouteStop(s.round_number, s.time_text, s.place, s.room_uuid,
                            current is not None and s.round_uuid == current.round_uuid,
                            upcoming is not None and s.round_uuid == upcoming.round_uuid)
                  for s in routes.participant_route(snap, participant_uuid, seats))
    now_text = next_text = ""
    if current is not None:
        now_text = (f"Round {current.round_number}: you wait this round" if current.room_uuid is None
                    else f"Round {current.round_number}: go to {current.place}")
        if upcoming is not None:
            next_text = (f"Then round {upcoming.round_number}{_when(upcoming)}: you wait"
                         if upcoming.room_uuid is None
                         else f"Then round {upcoming.round_number}{_when(upcoming)}: {upcoming.place}")
    elif upcoming is not None:
        now_text = (f"Round {upcoming.round_number}{_when(upcoming)}: you wait" if upcoming.room_uuid is None
                    else f"Round {upcoming.round_number}{_when(upcoming)}: go to {upcoming.place}")
    if not stops:
        now_text = "The rounds are not set up yet."
    elif current is None and upcoming is None:
        now_text = "Every round is over. Thank you for taking part."
    clock_room = current.room_uuid if current is not None else (upcoming.room_uuid if upcoming else None)
    return RouteView(participant_uuid, person.name, group, stops, now_text, next_text, clock_room)
