"""The agenda judged on the workshop's own day: a round that runs, and a workshop opened on another date.

A past workshop opened today (the sample, a rehearsal) or a future one must never say that nothing
more is on the agenda while a round is still to come, and a running round reads its "next" from its
own agenda item, not from today's wall clock.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from types import SimpleNamespace

import pytest

from cafe.clock.agenda import AgendaEntry, Progress, next_up_text, now_and_next_for, workshop_now

ZONE = "Europe/Zurich"
DAY1, DAY2 = dt.date(2019, 3, 21), dt.date(2019, 3, 22)


def _entry(uuid, kind, title, day, start, end):
    return AgendaEntry.local(uuid, kind, title, day, dt.time.fromisoformat(start), dt.time.fromisoformat(end), ZONE)


AGENDA = [
    _entry("f", "framing", "Framing session", DAY1, "10:00", "12:00"),
    _entry("r1", "round", "Round 1", DAY1, "12:00", "13:00"),
    _entry("l", "break", "Lunch", DAY1, "13:00", "15:00"),
    _entry("r2", "round", "Round 2", DAY1, "15:00", "16:00"),
    _entry("b", "break", "", DAY1, "16:00", "16:15"),
    _entry("r3", "round", "Round 3", DAY1, "16:15", "17:15"),
    _entry("w", "wrap-up", "Wrap-up", DAY1, "17:15", "18:00"),
    _entry("p", "presentation", "Presentation of outcomes", DAY2, "09:30", "12:30"),
]


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm), zoneinfo.ZoneInfo(ZONE))


PAST = at(dt.date(2025, 6, 10), "16:40")  # years after the workshop: the sample opened today
FUTURE = at(dt.date(2019, 3, 7), "09:15")  # two weeks before it


def progress(live=None, started=()):
    return Progress(live, frozenset(started) | ({live} if live else set()))


@pytest.mark.parametrize("now, prog, text", [
    # a past workshop: from where its rounds have got, never "nothing more" while a round is to come
    (PAST, None, "Next: Round 1 at 12:00"),
    (PAST, progress(), "Next: Round 1 at 12:00"),
    (PAST, progress("r1"), "Next: Lunch until 15:00"),
    (PAST, progress(started={"r1"}), "Lunch until 15:00"),
    (PAST, progress("r2", {"r1"}), "Next: Break until 16:15"),
    (PAST, progress(started={"r1", "r2"}), "Break until 16:15"),
    (PAST, progress("r3", {"r1", "r2"}), "Next: Wrap-up at 17:15"),
    (PAST, progress(started={"r1", "r2", "r3"}), ""),  # every round ran: the workshop is over
    # a future workshop: its first item with its date, until a rehearsal starts a round
    (FUTURE, None, "Framing session on 21 March at 10:00"),
    (FUTURE, progress("r1"), "Next: Lunch until 15:00"),
    (FUTURE, progress(started={"r1"}), "Lunch until 15:00"),
    # the workshop's own day: a running round reads from its own item
    (at(DAY1, "14:45"), progress("r2", {"r1"}), "Next: Break until 16:15"),  # started early, in lunch
    (at(DAY1, "13:10"), progress("r1"), "Next: Lunch until 15:00"),  # running late into lunch
    (at(DAY1, "15:05"), progress("r1"), "Next: Round 2 at 15:00"),  # so late that lunch has passed
    (at(DAY1, "17:00"), progress("r3", {"r1", "r2"}), "Next: Wrap-up at 17:15"),
    (at(DAY1, "12:30"), None, "Next: Lunch until 15:00"),
    (at(DAY1, "19:00"), progress(started={"r1", "r2"}), "Presentation of outcomes tomorrow at 09:30"),
])
def test_next_is_judged_on_the_workshops_own_timeline(now, prog, text):
    assert next_up_text(AGENDA, now, prog) == text


def test_a_live_round_on_another_day_is_judged_on_its_own_day():
    instant, live = workshop_now(AGENDA, PAST, progress("r3", {"r1", "r2"}))
    assert live is not None and live.uuid == "r3" and instant == live.start
    current, upcoming, _ = now_and_next_for(AGENDA, PAST, progress("w"))
    assert (current.uuid, upcoming.uuid) == ("w", "p")
    assert next_up_text(AGENDA, PAST, progress("w")) == "Next: Presentation of outcomes tomorrow at 09:30"


def test_the_wall_clock_decides_on_the_workshops_days():
    instant, live = workshop_now(AGENDA, at(DAY1, "12:30"), progress(started={"r1"}))
    assert (instant, live) == (at(DAY1, "12:30"), None)
    assert next_up_text(AGENDA, at(DAY2, "13:00"), progress(started={"r1", "r2", "r3"})) == ""
    assert workshop_now([], PAST, progress("r1")) == (PAST, None)


def _snap(states: dict[tuple[int, str], str]):
    """A snapshot's rounds and room clocks: (round number, room) -> state."""
    rounds = [SimpleNamespace(uuid=f"round{n}", number=n) for n in (1, 2, 3)]
    items = [SimpleNamespace(uuid=f"r{n}") for n in (1, 2, 3)]
    room_rounds = [SimpleNamespace(round_uuid=f"round{n}", room_uuid=room, state=state)
                   for (n, room), state in states.items()]
    return SimpleNamespace(round_items=lambda: list(zip(rounds, items)), room_rounds=room_rounds)


def test_progress_reads_the_rounds_clocks():
    snap = _snap({(1, "A"): "finished", (1, "B"): "finished", (2, "A"): "running",
                  (2, "B"): "scheduled", (3, "A"): "scheduled"})
    assert Progress.of(snap) == Progress("r2", frozenset({"r1", "r2"}))
    snap = _snap({(1, "A"): "paused", (2, "B"): "running"})
    assert Progress.of(snap).live == "r2"  # the latest live round
    assert Progress.of(snap, "A").live == "r1"  # a room's display: the round live in that room
    assert Progress.of(snap, "C").live == "r2"
    assert Progress.of(_snap({})) == Progress()
