"""What the moderator's overview and the stage displays show, computed from a snapshot.

Pure functions of a :class:`~cafe.storage.snapshots.WorkshopSnapshot` and an instant:
the views call them on every shown-second change, so they do no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cafe.clock import round_clock as ck
from cafe.clock.agenda import AgendaEntry, Progress, next_prefix, next_up_text
from cafe.clock.text import Phase, format_remaining, phase_text
from cafe.clock.timekeeping import room_lateness
from cafe.i18n import _

if TYPE_CHECKING:  # the storage stack stays unimported until a workshop is open (startup speed)
    from cafe.storage.snap_types import WorkshopSnapshot


#: a stage message is one line a room can read from the back
MAX_MESSAGE = 200

@dataclass(frozen=True)
class RoomStatus:
    """One room in one round, as a display shows it."""

    room_uuid: str
    room: str
    round_uuid: str | None
    round_number: int | None
    theme: str
    theme_short: str
    group: str
    state: str
    phase: Phase
    remaining_s: float
    clock_text: str
    phase_text: str
    late: bool
    next_up: str
    message: str
    thresholds: ck.Thresholds
    #: the round's planned length (the agenda item's duration), for a bar of time left
    planned_s: float = 0.0
    #: when this room's clock (re)started, naive UTC; None before it starts
    started_at: dt.datetime | None = None
    #: the group that comes into this room in the following round ("" if none)
    next_group: str = ""
    #: live notes of this room in this round
    notes: int = 0
    #: this room's round summary: "final", "draft" (written, not marked final) or "" (none yet)
    summary: str = ""
    #: seconds this room's round ends (or ended) after its planned end, negative when earlier;
    #: None before its clock starts (see :func:`cafe.clock.timekeeping.room_end`)
    late_s: float | None = None
    #: this room's clock has ended
    ended: bool = False

    @property
    def next_line(self) -> str:
        """What comes next, for people in the room: ``next_up``, read as coming *after* this room's
        round while its clock still runs ("Then: Lunch until 15:00" once the agenda says lunch)."""
        if self.state in ("running", "paused") and self.next_up and not self.next_up.startswith(next_prefix()):
            return _("Then: {what}").format(what=self.next_up)
        return self.next_up

    @property
    def headline(self) -> str:
        """"Round 2 — Group A → Room XI (Regular pathways)"."""
        parts = []
        if self.round_number is not None:
            parts.append(_("Round {number}").format(number=self.round_number))
        move = f"{self.group} → {self.room}" if self.group else self.room
        if self.theme_short or self.theme:
            move += f" ({self.theme_short or self.theme})"
        parts.append(move)
        return " — ".join(parts)


def agenda_entries(snap: WorkshopSnapshot) -> list[AgendaEntry]:
    tz = snap.workshop.time_zone if snap.workshop else "UTC"
    dates = {d.uuid: d.date for d in snap.days}
    return [AgendaEntry.local(a.uuid, a.kind, a.title, dates[a.day_uuid], a.start, a.end, tz)
            for a in snap.agenda if a.day_uuid in dates]


def workshop_thresholds(snap: WorkshopSnapshot) -> ck.Thresholds:
    if snap.workshop is None:
        return ck.Thresholds()
    return ck.Thresholds.from_minutes(snap.workshop.warning_minutes, snap.workshop.danger_minutes)


def current_round(snap: WorkshopSnapshot, now: dt.datetime):
    """The round to show at ``now``: one whose clock runs (or is paused), else the one the
    agenda says is on, else the next one to come, else the first that no room has started
    (a workshop whose dates have passed, run again for practice), else the last. None
    without rounds."""
    pairs = snap.round_items()
    if not pairs:
        return None
    live = {rr.round_uuid for rr in snap.room_rounds if rr.state in ("running", "paused")}
    for rnd, item in pairs:
        if rnd.uuid in live:
            return rnd
    entries = {e.uuid: e for e in agenda_entries(snap)}
    now_aware = now if now.tzinfo else now.replace(tzinfo=dt.UTC)
    for rnd, item in pairs:
        e = entries.get(item.uuid)
        if e and e.start <= now_aware < e.end:
            return rnd
    for rnd, item in pairs:
        e = entries.get(item.uuid)
        if e and e.start > now_aware:
            return rnd
    started = {rr.round_uuid for rr in snap.room_rounds if rr.state != "scheduled"}
    for rnd, _item in pairs:
        if rnd.uuid not in started:
            return rnd
    return pairs[-1][0]


def following_round(snap: WorkshopSnapshot, round_uuid: str | None):
    """The round after ``round_uuid`` in agenda order, or None."""
    rounds = [rnd for rnd, _item in snap.round_items()]
    for i, rnd in enumerate(rounds):
        if rnd.uuid == round_uuid:
            return rounds[i + 1] if i + 1 < len(rounds) else None
    return None


def room_statuses(snap: WorkshopSnapshot, now: dt.datetime, round_uuid: str | None = None) -> list[RoomStatus]:
    """Every room with its theme, the group inside, phase and time, for one round (default: current)."""
    rnd = None
    if round_uuid is not None:
        rnd = next((r for r in snap.rounds if r.uuid == round_uuid), None)
    if rnd is None:
        rnd = current_round(snap, now)
    items = {a.uuid: a for a in snap.agenda}
    item = items.get(rnd.agenda_item_uuid) if rnd else None
    groups = {g.uuid: g.name for g in snap.groups}
    entries = agenda_entries(snap)
    next_up = next_up_text(entries, now, Progress.of(snap))
    base = workshop_thresholds(snap)
    thresholds = base.for_item(item.warning_minutes, item.danger_minutes) if item else base
    planned = (_seconds(item.end) - _seconds(item.start)) if item else 0.0
    after = following_round(snap, rnd.uuid) if rnd else None
    next_groups = {a.room_uuid: groups.get(a.group_uuid, "") for a in snap.assignments
                   if after is not None and a.round_uuid == after.uuid}
    lateness = room_lateness(snap, rnd.uuid if rnd else None, now)
    summaries = {s.room_uuid: s for s in snap.summaries if rnd is not None and s.round_uuid == rnd.uuid}
    out = []
    for room in snap.rooms:
        theme = snap.theme_in_room(room.uuid)
        group = ""
        rr = None
        if rnd is not None:
            group = next((groups.get(a.group_uuid, "") for a in snap.assignments
                          if a.round_uuid == rnd.uuid and a.room_uuid == room.uuid), "")
            rr = next((x for x in snap.room_rounds if x.round_uuid == rnd.uuid and x.room_uuid == room.uuid), None)
        if rr is not None:
            clock = ck.RoundClock.from_row(rr, planned)
        else:
            clock = ck.RoundClock.scheduled(planned)
        remaining = clock.remaining(now)
        phase = clock.phase(now, thresholds)
        late = phase is Phase.overtime or (clock.state is ck.ClockState.paused and remaining < 0)
        out.append(RoomStatus(
            room_uuid=room.uuid, room=room.name,
            round_uuid=rnd.uuid if rnd else None, round_number=rnd.number if rnd else None,
            theme=theme.title if theme else "", theme_short=theme.short_name if theme else "",
            group=group, state=clock.state.value, phase=phase, remaining_s=remaining,
            clock_text=format_remaining(remaining), phase_text=phase_text(phase, remaining),
            late=late, next_up=next_up, message=rr.message if rr else "", thresholds=thresholds,
            planned_s=planned, started_at=clock.actual_start, next_group=next_groups.get(room.uuid, ""),
            notes=snap.note_counts.get((room.uuid, rnd.uuid), 0) if rnd else 0,
            summary=_summary_state(summaries.get(room.uuid)),
            late_s=lateness[room.uuid].late_s if room.uuid in lateness else None,
            ended=clock.state is ck.ClockState.finished,
        ))
    return out


def _summary_state(summary: Any) -> str:
    if summary is None or not (summary.text or "").strip():
        return ""
    return "draft" if summary.draft else "final"


def _seconds(t: dt.time) -> float:
    return t.hour * 3600 + t.minute * 60 + t.second


def taking_part(room_order: Iterable[str], with_group: Collection[str], with_theme: Collection[str]) -> list[str]:
    """The rooms taking part in a round, in room order: those with a group assigned in it, else
    those with a theme. The rule "all rooms" means, for the Service and for every view."""
    order = list(room_order)
    return [r for r in order if r in with_group] or [r for r in order if r in with_theme]


def round_room_uuids(index: Any, round_uuid: str) -> list[str]:
    """:func:`taking_part` read from a :class:`~cafe.storage.workshop_index.WorkshopIndex`."""
    with_group = {room for (rnd, room) in index.group_in if rnd == round_uuid}
    return taking_part((r.uuid for r in index.snap.rooms), with_group, index.theme_by_room)


def running_round_in(snap: WorkshopSnapshot, room_uuid: str | None) -> Any | None:
    """The round whose clock runs (or is paused) in ``room_uuid`` now, the latest if several; else None."""
    live = {rr.round_uuid for rr in snap.room_rounds
            if rr.room_uuid == room_uuid and getattr(rr.state, "value", rr.state) in ("running", "paused")}
    return max((r for r in snap.rounds if r.uuid in live), key=lambda r: r.number, default=None)
