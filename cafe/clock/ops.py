"""Running the rounds: start, pause, resume, extend, end, restart; stage messages; shifting the
rest of a day that runs late (:mod:`cafe.clock.timekeeping`).

Each room keeps its own clock for each round (a ``RoomRound`` row), created on
first use. An action names one round and either some rooms or none, meaning
every room that takes part in the round (the moderator's default). Acting on
every room skips the rooms where the action does not apply (starting a round
that already runs in Room XI still starts the others); naming one room where
it does not apply is refused with the reason.

``at`` is the instant of the action as the caller's clock reads it (naive UTC
or aware), so the instants stored agree with the clock the display counts
against (a :class:`cafe.clock.round_clock.ClockWatch`, possibly corrected to a server's
time). Without it the service's own clock is used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlmodel import Session, col, select

from cafe.clock import round_clock as ck
from cafe.clock import timekeeping as tk
from cafe.clock.overview import MAX_MESSAGE, taking_part
from cafe.clock.watch import ClockError
from cafe.i18n import _
from cafe.service_base import Changes, Inverse, ServiceBase, ServiceError
from cafe.storage import models as m
from cafe.storage.snapshots import KINDS, to_snap


class ClockOps(ServiceBase):
    """Mixin of :class:`cafe.service.Service`: the moderator's and hosts' clock actions."""

    def start_round(self, round_uuid: str, room_uuids: Iterable[str] | None = None, *,
                    at: dt.datetime | None = None, origin: Any = None) -> Changes:
        return self._clock_action("start_round", round_uuid, room_uuids, lambda c, now: c.start(now), origin, at)

    def pause_round(self, round_uuid: str, room_uuids: Iterable[str] | None = None, *,
                    at: dt.datetime | None = None, origin: Any = None) -> Changes:
        return self._clock_action("pause_round", round_uuid, room_uuids, lambda c, now: c.pause(now), origin, at)

    def resume_round(self, round_uuid: str, room_uuids: Iterable[str] | None = None, *,
                    at: dt.datetime | None = None, origin: Any = None) -> Changes:
        return self._clock_action("resume_round", round_uuid, room_uuids, lambda c, now: c.resume(now), origin, at)

    def extend_round(self, round_uuid: str, seconds: float, room_uuids: Iterable[str] | None = None, *,
                     at: dt.datetime | None = None, origin: Any = None) -> Changes:
        """Add ``seconds`` (negative: remove) to running or paused rooms (see :meth:`RoundClock.extend`)."""
        return self._clock_action("extend_round", round_uuid, room_uuids,
                                  lambda c, now: c.extend(seconds, now), origin, at)

    def end_round(self, round_uuid: str, room_uuids: Iterable[str] | None = None, *,
                    at: dt.datetime | None = None, origin: Any = None) -> Changes:
        return self._clock_action("end_round", round_uuid, room_uuids, lambda c, now: c.end(now), origin, at)

    def restart_round(self, round_uuid: str, room_uuids: Iterable[str] | None = None, *,
                      at: dt.datetime | None = None, origin: Any = None) -> Changes:
        return self._clock_action("restart_round", round_uuid, room_uuids,
                                  lambda c, now: c.restart(now), origin, at)

    def shift_clocks(self, seconds: float, origin: Any = None) -> Changes:
        """Move every running or paused clock by ``seconds`` (after a system clock change)."""
        with self._lock, self._session() as s:
            touched = set()
            for rr, item in self._live_room_rounds(s):
                clock = ck.RoundClock.from_row(rr, _planned_s(item))
                shifted = clock.shifted(seconds)
                if shifted != clock:
                    _write(rr, shifted)
                    touched.add(rr.uuid)
            return self._commit(s, Changes("shift_clocks", frozenset({"room_round"}), frozenset(touched),
                                           None, None, origin))

    def set_clock_columns(self, round_uuid: str, columns: Mapping[str, Mapping[str, Any]],
                          origin: Any = None) -> Changes:
        """Put rooms' clocks back to recorded column values (the inverse of a clock action)."""
        with self._lock, self._session() as s:
            rnd = self._row(s, KINDS["round"], round_uuid)
            before = {}
            touched = set()
            for room_uuid, values in columns.items():
                rr = self._room_round(s, rnd, room_uuid)
                before[room_uuid] = {n: getattr(rr, n) for n in ck.COLUMNS}
                for name, value in values.items():
                    setattr(rr, name, value)
                rr.version += 1
                touched.add(rr.uuid)
            inverse = Inverse("set_clock_columns", {"round_uuid": round_uuid, "columns": before})
            return self._commit(s, Changes("set_clock_columns", frozenset({"room_round"}), frozenset(touched),
                                           inverse, None, origin))

    def set_stage_message(self, round_uuid: str, room_uuid: str, message: str,
                          origin: Any = None) -> Changes:
        """The one-line message a room's stage display shows during this round ("" clears it)."""
        message = " ".join((message or "").split())
        if len(message) > MAX_MESSAGE:
            raise ServiceError(_("A stage message fits on one line: at most {most} characters (this one has "
                                 "{n}).").format(most=MAX_MESSAGE, n=len(message)))
        with self._lock, self._session() as s:
            rnd = self._row(s, KINDS["round"], round_uuid)
            rr = self._room_round(s, rnd, room_uuid)
            old = rr.message
            rr.message = message
            rr.version += 1
            s.flush()
            snap = to_snap(KINDS["room_round"], rr, self._ref_uuids(s, KINDS["room_round"], [rr]))
            inverse = Inverse("set_stage_message", {"round_uuid": round_uuid, "room_uuid": room_uuid,
                                                    "message": old})
            return self._commit(s, Changes("set_stage_message", frozenset({"room_round"}),
                                           frozenset({rr.uuid}), inverse, snap, origin))

    def set_stage_messages(self, round_uuid: str, messages: Mapping[str, str],
                           origin: Any = None) -> Changes:
        """Several rooms' stage messages in one step (``{room_uuid: message}``; "" clears).

        All or nothing: one message that is too long refuses them all. The
        undo puts back each room's previous message.
        """
        cleaned = {room_uuid: " ".join((text or "").split()) for room_uuid, text in messages.items()}
        if not cleaned:
            raise ServiceError(_("Choose at least one room for the message."))
        for text in cleaned.values():
            if len(text) > MAX_MESSAGE:
                raise ServiceError(_("A stage message fits on one line: at most {most} characters (this one "
                                     "has {n}).").format(most=MAX_MESSAGE, n=len(text)))
        with self._lock, self._session() as s:
            rnd = self._row(s, KINDS["round"], round_uuid)
            before: dict[str, str] = {}
            touched: set[str] = set()
            for room_uuid, text in cleaned.items():
                rr = self._room_round(s, rnd, room_uuid)
                before[room_uuid] = rr.message
                if rr.message != text:
                    rr.message = text
                    rr.version += 1
                    touched.add(rr.uuid)
            inverse = Inverse("set_stage_messages", {"round_uuid": round_uuid, "messages": before})
            return self._commit(s, Changes("set_stage_messages", frozenset({"room_round"}), frozenset(touched),
                                           inverse, None, origin))

    # -- the day's time ---------------------------------------------------------------------
    def shift_agenda(self, day_uuid: str, minutes: int, *, from_item_uuid: str | None = None,
                     after: dt.time | None = None, absorb_in_break_uuid: str | None = None,
                     origin: Any = None) -> Changes:
        """Move the rest of a day ``minutes`` later, in one step (see :func:`cafe.clock.timekeeping.plan_shift`).

        The rest starts at the item ``from_item_uuid`` or at the first item
        that starts at or after ``after``; every item of that day from there
        on moves, or, with ``absorb_in_break_uuid``, that break starts later
        and gets shorter and the items after it move only by what it could not
        absorb. Items of other days never move. Round clocks that already run
        keep their deadlines (a clock stores its own), and a round's planned
        length never changes. The undo puts every moved item's times back.
        """
        if (from_item_uuid is None) == (after is None):
            raise ServiceError(_("Say where the shift starts: from an agenda item, or from a time of the day."))
        if after is not None and not isinstance(after, dt.time):
            raise ServiceError(_("The time to shift the day from must be a time of day, not {value!r}.").format(
                value=after))
        with self._lock, self._session() as s:
            day = self._row(s, KINDS["day"], day_uuid)
            items = list(s.exec(select(m.AgendaItem).where(m.AgendaItem.day_id == day.id)).all())
            if from_item_uuid is not None:
                first = next((i for i in items if i.uuid == from_item_uuid), None)
                if first is None:
                    raise ServiceError(_("The item to shift from is not on the agenda of {day}.").format(
                        day=day.title or day.date))
                after = first.start
            assert after is not None  # one of the two was given
            try:
                plan = tk.plan_shift([tk.Slot.of(i) for i in items], minutes, after, absorb_in_break_uuid)
            except tk.ShiftError as exc:
                raise ServiceError(str(exc)) from None
            return self._set_agenda_times(s, "shift_agenda", items, plan.moves, origin)

    def set_agenda_times(self, times: Mapping[str, Sequence[dt.time]],
                         expected_times: Mapping[str, Sequence[dt.time]] | None = None,
                         origin: Any = None) -> Changes:
        """Put agenda items' times back (``{item uuid: (start, end)}``) in one step: a shift's undo.

        All or nothing: an item deleted, or moved since (its times are not
        the ones in ``expected_times``), refuses them all. Only the times are
        compared, so a title corrected meanwhile does not stand in the way.
        """
        with self._lock, self._session() as s:
            items = list(s.exec(select(m.AgendaItem).where(col(m.AgendaItem.uuid).in_(list(times)))).all())
            found = {i.uuid for i in items}
            if found != set(times):
                raise ServiceError(_("An agenda item of this change was deleted meanwhile; its times were not put back."))
            for item in items:
                expected = (expected_times or {}).get(item.uuid)
                if expected is not None and (item.start, item.end) != tuple(expected):
                    raise ServiceError(_("“{item}” was moved meanwhile (now {start}–{end}); the agenda times were "
                                         "not put back.").format(item=tk.Slot.of(item).label,
                                                                 start=f"{item.start:%H:%M}", end=f"{item.end:%H:%M}"))
            moves = {}
            for uuid, pair in times.items():
                start, end = pair
                if not isinstance(start, dt.time) or not isinstance(end, dt.time):
                    raise ServiceError(_("Agenda times must be times of day, not {start!r} and {end!r}.").format(
                        start=start, end=end))
                moves[uuid] = (start, end)
            return self._set_agenda_times(s, "set_agenda_times", items, moves, origin)

    def _set_agenda_times(self, s: Session, op: str, items: Sequence[m.AgendaItem],
                          moves: Mapping[str, tuple[dt.time, dt.time]], origin: Any) -> Changes:
        before: dict[str, tuple[dt.time, dt.time]] = {}
        after: dict[str, tuple[dt.time, dt.time]] = {}
        for item in items:
            if item.uuid not in moves:
                continue
            start, end = moves[item.uuid]
            if end <= start:
                raise ServiceError(_("“{item}” must end after it starts ({start}–{end}).").format(
                    item=tk.Slot.of(item).label, start=f"{start:%H:%M}", end=f"{end:%H:%M}"))
            before[item.uuid] = (item.start, item.end)
            item.start, item.end = start, end
            item.version += 1
            after[item.uuid] = (start, end)
        kinds = {"agenda_item"}
        if self._renumber_rounds(s):
            kinds.add("round")
        inverse = Inverse("set_agenda_times", {"times": before, "expected_times": after})
        return self._commit(s, Changes(op, frozenset(kinds), frozenset(before), inverse, None, origin))

    # -- machinery -------------------------------------------------------------------------
    def _clock_action(self, op: str, round_uuid: str, room_uuids: Iterable[str] | None, action,
                      origin: Any, at: dt.datetime | None = None) -> Changes:
        if at is not None and not isinstance(at, dt.datetime):
            raise ServiceError(_("The time of a clock action must be a date and time, not {value!r}.").format(
                value=at))
        now = self._now() if at is None else at
        with self._lock, self._session() as s:
            rnd = self._row(s, KINDS["round"], round_uuid)
            item = s.get_one(m.AgendaItem, rnd.agenda_item_id)
            explicit = room_uuids is not None
            targets = list(room_uuids) if room_uuids is not None else self._round_room_uuids(s, rnd)
            if not targets:
                raise ServiceError(_("Round {number} has no rooms yet: give the themes a room, or put groups into "
                                     "rooms for this round.").format(number=rnd.number))
            before: dict[str, dict[str, Any]] = {}
            touched: set[str] = set()
            refusals: list[str] = []
            for room_uuid in targets:
                rr = self._room_round(s, rnd, room_uuid)
                clock = ck.RoundClock.from_row(rr, _planned_s(item))
                try:
                    new = action(clock, now)
                except ClockError as exc:
                    room = s.get_one(m.Room, rr.room_id)
                    refusals.append(f"{room.name}: {exc}")
                    continue
                before[room_uuid] = {n: getattr(rr, n) for n in ck.COLUMNS}
                _write(rr, new)
                touched.add(rr.uuid)
            if not touched:
                s.rollback()
                raise ServiceError(" ".join(refusals) if len(refusals) == 1 or explicit
                                   else _("Nothing to do: {reasons}").format(reasons=" ".join(refusals)))
            inverse = Inverse("set_clock_columns", {"round_uuid": round_uuid, "columns": before})
            return self._commit(s, Changes(op, frozenset({"room_round"}), frozenset(touched),
                                           inverse, None, origin))

    def _round_room_uuids(self, s: Session, rnd: m.Round) -> list[str]:
        """The rooms taking part in a round (:func:`cafe.clock.overview.taking_part`)."""
        order = s.exec(select(col(m.Room.uuid)).order_by(col(m.Room.position), col(m.Room.uuid))).all()
        with_group = set(s.exec(select(col(m.Room.uuid)).join(m.Assignment, col(m.Assignment.room_id) == m.Room.id)
                                .where(m.Assignment.round_id == rnd.id)).all())
        with_theme = set(s.exec(select(col(m.Room.uuid)).join(m.Theme, col(m.Theme.room_id) == m.Room.id)).all())
        return taking_part(order, with_group, with_theme)

    def _room_round(self, s: Session, rnd: m.Round, room_uuid: str) -> m.RoomRound:
        room_id = self._id(s, m.Room, room_uuid)
        rr = s.exec(select(m.RoomRound).where(m.RoomRound.round_id == rnd.id,
                                              m.RoomRound.room_id == room_id)).first()
        if rr is None:
            rr = m.RoomRound(round_id=rnd.id, room_id=room_id)
            s.add(rr)
            s.flush()
        return rr

    def _live_room_rounds(self, s: Session) -> list[tuple[m.RoomRound, m.AgendaItem]]:
        q = (select(m.RoomRound, m.AgendaItem).join(m.Round, col(m.RoomRound.round_id) == m.Round.id)
             .join(m.AgendaItem, col(m.Round.agenda_item_id) == m.AgendaItem.id)
             .where(col(m.RoomRound.state).in_([m.RoundState.running, m.RoundState.paused])))
        return list(s.exec(q).all())


def _planned_s(item: m.AgendaItem) -> float:
    today = dt.date(2000, 1, 1)
    return (dt.datetime.combine(today, item.end) - dt.datetime.combine(today, item.start)).total_seconds()


def _write(rr: m.RoomRound, clock: ck.RoundClock) -> None:
    for name, value in clock.to_columns().items():
        setattr(rr, name, value)
    rr.version += 1
