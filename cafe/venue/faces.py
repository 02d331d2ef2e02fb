"""What the venue's clock pages show at one instant, computed from a snapshot with :mod:`cafe.clock`.

A room's page shows what that room's stage display shows (``ui/moderator/stage_content.py``
composes the same parts for the window): the headline ("Round 2 — Group A → Room XI (Regular
pathways)"), the theme, the digits and the phase in words, the end time on the workshop's wall
clock, the moderator's message, what comes next (judged on the workshop's own timeline), the
group that comes in next, and the guiding questions when the moderator shows them on that room's
stage display. Every part comes from :func:`cafe.clock.overview.room_statuses`,
:func:`cafe.clock.agenda.next_up_text` and :func:`cafe.clock.text.end_time_text`.

A page counts down by itself between the server's messages, so a :class:`ClockFace` carries
the clock as the core keeps it (a running round's deadline, or the time a paused, ended or
scheduled round holds) with the thresholds of its phases, besides the texts at this instant.
:meth:`ClockFace.document` leaves out what changes every second (the digits, the time left and
the words of a running clock), so its JSON changes only when something a person would notice
changes, and the server sends it only then.

Pure functions of a snapshot and an instant: any thread may call them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cafe.clock.agenda import Progress, next_up_text
from cafe.clock.overview import RoomStatus, agenda_entries, room_statuses, taking_part
from cafe.clock.text import PHASE_WORDS, Phase, end_time_text
from cafe.clock.watch import naive_utc
from cafe.i18n import N_, _

if TYPE_CHECKING:
    from cafe.storage.snap_types import WorkshopSnapshot

#: English, marked for translation: read with ``_()`` where shown (the pages' language)
NO_ROUND = N_("No round on the agenda")
ROOM_GONE = N_("This room no longer exists")
TITLE = N_("Knowledge Café")


def epoch_ms(instant: dt.datetime) -> int:
    """A naive-UTC (or aware) instant as milliseconds since the epoch, as a browser counts."""
    aware = instant.replace(tzinfo=dt.UTC) if instant.tzinfo is None else instant
    return round(aware.timestamp() * 1000)


def _zone(snap: WorkshopSnapshot) -> str:
    return snap.workshop.time_zone if snap.workshop is not None else "UTC"


def workshop_title(snap: WorkshopSnapshot) -> str:
    return (snap.workshop.title if snap.workshop is not None else "") or _(TITLE)


@dataclass(frozen=True)
class Clock:
    """A clock as the core keeps it, for a page to count down against its own (corrected) time."""

    #: "scheduled", "running", "paused", "finished"; "" with no round
    state: str = ""
    #: a running round's deadline (naive UTC); None otherwise
    deadline: dt.datetime | None = None
    #: the time left at the instant the clock was read (negative in overtime)
    remaining_s: float = 0.0
    planned_s: float = 0.0
    warning_s: float = 600.0
    danger_s: float = 120.0
    #: the phase at that instant (None: no round)
    phase: Phase | None = None
    #: the words of the phase at that instant ("Wrap up · 9 minutes left")
    words: str = ""

    @classmethod
    def of(cls, st: RoomStatus, now: dt.datetime) -> Clock:
        deadline = naive_utc(now) + dt.timedelta(seconds=st.remaining_s) if st.state == "running" else None
        return cls(st.state, deadline, st.remaining_s, st.planned_s, st.thresholds.warning_s,
                   st.thresholds.danger_s, st.phase, st.phase_text)

    def document(self) -> dict[str, Any]:
        """The clock for a page: what stays the same while it runs (no digits, no time left)."""
        doc: dict[str, Any] = {"state": self.state, "planned": self.planned_s, "warning": self.warning_s,
                               "danger": self.danger_s}
        if self.deadline is not None:
            doc["deadline"] = epoch_ms(self.deadline)
        else:
            doc["remaining"] = round(self.remaining_s, 3)
            doc["phase"] = self.phase.value if self.phase is not None else ""
            doc["words"] = self.words
        return doc


@dataclass(frozen=True)
class ClockFace:
    """Everything one room's clock page shows at one instant (see the module docstring)."""

    room_uuid: str
    room: str
    headline: str
    subline: str
    clock: Clock
    #: "ends 13:05" / "planned 12:00–13:00" / "" at this instant; ``due_text`` is what a running
    #: round's end reads once it is in overtime ("was due 13:05")
    end_text: str = ""
    due_text: str = ""
    next_text: str = ""
    message: str = ""
    questions: tuple[str, ...] = ()
    questions_shown: bool = False
    time_zone: str = "UTC"
    title: str = ""

    def document(self) -> dict[str, Any]:
        return {"kind": "room", "title": self.title, "room": self.room, "headline": self.headline,
                "subline": self.subline, "clock": self.clock.document(), "end": self.end_text,
                "due": self.due_text, "next": self.next_text, "message": self.message,
                "questions": list(self.questions), "questions_shown": self.questions_shown,
                "zone": self.time_zone}


def phase_words() -> dict[str, str]:
    """The first word of each phase, as the core names them, for a page's own countdown."""
    return {phase.value: PHASE_WORDS[phase] for phase in PHASE_WORDS}


def guiding_questions(snap: WorkshopSnapshot, room_uuid: str) -> tuple[str, ...]:
    """The guiding questions of the theme in ``room_uuid`` (blank ones left out)."""
    theme = snap.theme_in_room(room_uuid)
    return tuple(q.strip() for q in (theme.guiding_questions if theme is not None else ()) if q and q.strip())


def _end_texts(snap: WorkshopSnapshot, st: RoomStatus, now: dt.datetime) -> tuple[str, str]:
    """(the end text now, what it reads in overtime): as the stage display words it."""
    zone = _zone(snap)
    if st.phase is Phase.scheduled:
        items = {a.uuid: a for a in snap.agenda}
        rnd = next((r for r in snap.rounds if r.uuid == st.round_uuid), None)
        item = items.get(rnd.agenda_item_uuid) if rnd is not None else None
        return (_("planned {start}–{end}").format(start=f"{item.start:%H:%M}", end=f"{item.end:%H:%M}")
                if item is not None else ""), ""
    if st.state != "running":
        return end_time_text(st.phase, st.remaining_s, now, zone), ""
    return (end_time_text(st.phase, st.remaining_s, now, zone),
            end_time_text(Phase.overtime, st.remaining_s, now, zone))


def room_face(snap: WorkshopSnapshot, room_uuid: str, now: dt.datetime, *,
              statuses: Sequence[RoomStatus] | None = None, questions: bool = False) -> ClockFace:
    """What the clock page of ``room_uuid`` shows at ``now`` (naive UTC).

    ``statuses`` are :func:`room_statuses` at ``now`` when the caller has them already (one
    computation for every room's page); ``questions`` shows the theme's guiding questions, as the
    moderator chose for that room's stage display.
    """
    if statuses is None:
        statuses = room_statuses(snap, now)
    zone, title = _zone(snap), workshop_title(snap)
    room = next((r for r in snap.rooms if r.uuid == room_uuid), None)
    name = room.name if room is not None else ""
    next_up = next_up_text(agenda_entries(snap), now, Progress.of(snap, room_uuid))
    st = next((s for s in statuses if s.room_uuid == room_uuid), None)
    if st is None or st.round_uuid is None:
        gone = room is None
        return ClockFace(room_uuid, name, _(TITLE), "", Clock(words=_(ROOM_GONE) if gone else _(NO_ROUND)),
                         next_text="" if gone else next_up, time_zone=zone, title=title)
    end_text, due_text = _end_texts(snap, st, now)
    subline = st.theme if st.theme_short and st.theme_short != st.theme else ""
    following = _("Next here: {group}").format(group=st.next_group) if st.next_group else ""
    next_text = " · ".join(t for t in (next_up, following) if t)
    asked = questions and room is not None
    return ClockFace(room_uuid, name, st.headline, subline, Clock.of(st, now), end_text, due_text, next_text,
                     st.message, guiding_questions(snap, room_uuid) if asked else (), asked, zone, title)


@dataclass(frozen=True)
class BoardRow:
    """One room on the now-and-next board."""

    room_uuid: str
    room: str
    theme: str
    group: str
    clock: Clock
    end_text: str = ""
    due_text: str = ""
    next_group: str = ""

    def document(self) -> dict[str, Any]:
        return {"room_uuid": self.room_uuid, "room": self.room, "theme": self.theme, "group": self.group,
                "clock": self.clock.document(), "end": self.end_text, "due": self.due_text,
                "next_group": self.next_group}


@dataclass(frozen=True)
class Board:
    """The now-and-next board for hallway screens: every room's round, group and time left."""

    title: str
    round_text: str
    rows: tuple[BoardRow, ...] = ()
    next_text: str = ""
    time_zone: str = "UTC"

    def document(self) -> dict[str, Any]:
        return {"kind": "board", "title": self.title, "round": self.round_text,
                "rows": [r.document() for r in self.rows], "next": self.next_text, "zone": self.time_zone}


def board(snap: WorkshopSnapshot, now: dt.datetime, *, statuses: Sequence[RoomStatus] | None = None) -> Board:
    """Every room taking part in the round shown now, with its clock, and the next agenda item."""
    if statuses is None:
        statuses = room_statuses(snap, now)
    title, zone = workshop_title(snap), _zone(snap)
    next_up = next_up_text(agenda_entries(snap), now, Progress.of(snap))
    if not statuses or statuses[0].round_uuid is None:
        return Board(title, _(NO_ROUND), (), next_up, zone)
    round_uuid = statuses[0].round_uuid
    with_group: Collection[str] = {a.room_uuid for a in snap.assignments if a.round_uuid == round_uuid}
    with_theme: Collection[str] = {t.room_uuid for t in snap.themes if t.room_uuid}
    shown = set(taking_part((r.uuid for r in snap.rooms), with_group, with_theme))
    rows = []
    for st in statuses:
        if shown and st.room_uuid not in shown:
            continue
        end_text, due_text = _end_texts(snap, st, now)
        rows.append(BoardRow(st.room_uuid, st.room, st.theme_short or st.theme, st.group, Clock.of(st, now),
                             end_text, due_text, st.next_group))
    return Board(title, _("Round {number}").format(number=statuses[0].round_number), tuple(rows), next_up, zone)
