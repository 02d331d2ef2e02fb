"""The rotation grid and World Café seating, as Service actions.

Groups rotate across the thematic rooms: the organiser builds the grid
(:func:`cafe.people.rotation.make_schedule`) or edits it cell by cell, and
every edit keeps the rotation rules (no group in a room twice, no room with
two groups in one round) or is refused with the reason. For the classic World
Café, individuals rather than groups change tables (rooms) each round:
:meth:`RotationOps.build_world_cafe_seating` stores one seat per participant
and round, and :meth:`RotationOps.seating` reads it back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cafe.i18n import N_, _, pgettext
from cafe.people import rotation
from cafe.people.seating import Seating, make_seating, world_cafe_tables
from cafe.service_base import Changes, Inverse, ServiceBase, ServiceError
from cafe.storage import models as m
from cafe.storage.snapshots import KINDS, to_snap


class RotationOps(ServiceBase):
    """Mixin of :class:`cafe.service.Service`: the rotation grid and World Café seating."""

    def build_rotation(self, origin: Any = None) -> Changes:
        """Fill the rotation grid for every round: groups × thematic rooms.

        ``row`` of the result is the :class:`cafe.people.rotation.Schedule`; its
        ``problems`` say what the sizes cannot satisfy.
        """
        with self._lock, self._session() as s:
            schedule = self._schedule(s, build=True)
            before = self._cells(s)
            self._write_cells(s, schedule.cells)
            inverse = Inverse("set_rotation", {"cells": before})
            return self._commit(s, Changes("build_rotation", frozenset({"assignment"}), frozenset(), inverse,
                                           schedule, origin))

    def move_in_rotation(self, round_uuid: str, group_uuid: str, room_uuid: str | None,
                         origin: Any = None) -> Changes:
        """Put a group in a room for one round (None: the group waits); refused with the reason
        when it would break a rule."""
        with self._lock, self._session() as s:
            schedule = self._schedule(s)
            reason = rotation.check_move(schedule, round_uuid, group_uuid, room_uuid)
            if reason:
                raise ServiceError(reason)
            before = self._cells(s)
            new = rotation.apply_move(schedule, round_uuid, group_uuid, room_uuid)
            self._write_cells(s, new.cells)
            inverse = Inverse("set_rotation", {"cells": before})
            return self._commit(s, Changes("move_in_rotation", frozenset({"assignment"}),
                                           frozenset({group_uuid}), inverse, new, origin))

    def set_rotation(self, cells: Mapping[tuple[str, str], str | None], origin: Any = None) -> Changes:
        """Replace the whole grid (undo of a rotation edit); refused if it breaks a rule."""
        with self._lock, self._session() as s:
            schedule = self._schedule(s)
            problems = rotation.validate(cells, schedule.groups, schedule.rooms, schedule.rounds,
                                         labels=schedule.labels)
            if problems:
                raise ServiceError(problems[0])
            before = self._cells(s)
            self._write_cells(s, cells)
            inverse = Inverse("set_rotation", {"cells": before})
            return self._commit(s, Changes("set_rotation", frozenset({"assignment"}), frozenset(), inverse,
                                           None, origin))

    def build_world_cafe_seating(self, seed: int = 0, origin: Any = None) -> Changes:
        """Seat every participant at a table (a room with a theme) in every round so that people
        meet as many new people as possible; hosts stay at their tables and have no seat.

        Replaces any seating there was (one undo step). A room's capacity, when
        set, limits every table (tables are filled evenly). Returns Changes
        whose ``row`` is the resulting :class:`cafe.people.seating.Seating`.
        """
        with self._lock, self._session() as s:
            rooms = self._theme_rooms(s)
            rounds = list(s.exec(select(m.Round).order_by(col(m.Round.number))).all())
            people = list(s.exec(select(m.Participant).order_by(col(m.Participant.id))).all())
            missing = [w for w, xs in ((_PARTICIPANTS, people), (_THEME_ROOMS, rooms), (_ROUNDS, rounds)) if not xs]
            if missing:
                raise ServiceError(_("World Café seating needs {missing} first.").format(missing=_listed(missing)))
            capacities = [r.capacity for r in rooms if r.capacity]
            try:
                plan = world_cafe_tables([p.uuid for p in people], [r.uuid for r in rooms],
                                         len(rounds), seed, min(capacities) if capacities else None)
            except rotation.RotationError as exc:
                raise ServiceError(str(exc)) from None
            before = self._seat_snaps(s)
            s.exec(sa.delete(m.Seat))
            pid = {p.uuid: p.id for p in people}
            rid = {r.uuid: r.id for r in rooms}
            s.add_all(m.Seat(round_id=rnd.id, participant_id=pid[person], room_id=rid[room])
                      for rnd, seating in zip(rounds, plan) for person, room in seating.items())
            s.flush()
            result = self._seating(s)
            inverse = Inverse("set_seating", {"seats": before})
            return self._commit(s, Changes("build_world_cafe_seating", frozenset({"seat"}), frozenset(),
                                           inverse, result, origin))

    def clear_seating(self, origin: Any = None) -> Changes:
        """Remove the World Café seating (groups rotate again); undo brings it back."""
        with self._lock, self._session() as s:
            before = self._seat_snaps(s)
            if not before:
                raise ServiceError(_("There is no World Café seating to clear."))
            s.exec(sa.delete(m.Seat))
            s.flush()
            inverse = Inverse("set_seating", {"seats": before})
            return self._commit(s, Changes("clear_seating", frozenset({"seat"}), frozenset(), inverse,
                                           None, origin))

    def set_seating(self, seats: tuple, origin: Any = None) -> Changes:
        """Replace every seat by ``seats`` (seat snapshots, e.g. recorded by an undo)."""
        with self._lock, self._session() as s:
            before = self._seat_snaps(s)
            s.exec(sa.delete(m.Seat))
            s.flush()
            for snap in seats:
                self._insert_snap(s, KINDS["seat"], snap)
            inverse = Inverse("set_seating", {"seats": before})
            return self._commit(s, Changes("set_seating", frozenset({"seat"}), frozenset(), inverse,
                                           None, origin))

    def seating(self) -> Seating:
        """The World Café seating (empty when groups rotate instead), scored against chance."""
        with self._session() as s:
            return self._seating(s)

    def _theme_rooms(self, s: Session) -> list[m.Room]:
        """Rooms with a theme, in display order: the tables of the rotation and of the World Café."""
        return list(s.exec(select(m.Room).join(m.Theme, col(m.Theme.room_id) == m.Room.id)
                           .order_by(col(m.Room.position), col(m.Room.id))).all())

    def _seat_snaps(self, s: Session) -> tuple:
        seats = s.exec(select(m.Seat).order_by(col(m.Seat.id))).all()
        uuid_of = self._ref_uuids(s, KINDS["seat"], seats)
        return tuple(to_snap(KINDS["seat"], x, uuid_of) for x in seats)

    def _seating(self, s: Session) -> Seating:
        rounds = list(s.exec(select(col(m.Round.uuid)).order_by(col(m.Round.number))).all())
        q = (select(col(m.Round.uuid), col(m.Participant.uuid), col(m.Room.uuid)).select_from(m.Seat)
             .join(m.Round, col(m.Seat.round_id) == m.Round.id)
             .join(m.Participant, col(m.Seat.participant_id) == m.Participant.id)
             .join(m.Room, col(m.Seat.room_id) == m.Room.id)
             .order_by(col(m.Round.number), col(m.Seat.id)))
        return make_seating(rounds, [r.uuid for r in self._theme_rooms(s)], s.exec(q).all())

    def _schedule(self, s: Session, *, build: bool = False) -> rotation.Schedule:
        groups = self._group_rows(s)
        rooms = self._theme_rooms(s)
        rounds = list(s.exec(select(m.Round).order_by(col(m.Round.number))).all())
        labels = {g.uuid: g.name for g in groups} | {r.uuid: r.name for r in rooms} \
            | {r.uuid: rotation.round_label(r.number) for r in rounds}
        if not groups or not rooms or not rounds:
            missing = [w for w, xs in ((_GROUPS, groups), (_THEME_ROOMS, rooms), (_ROUNDS, rounds)) if not xs]
            raise ServiceError(_("The rotation needs {missing} first.").format(missing=_listed(missing)))
        args = ([g.uuid for g in groups], [r.uuid for r in rooms], [r.uuid for r in rounds])
        if build:
            return rotation.make_schedule(*args, labels=labels)
        return rotation.Schedule.from_cells(*args, self._cells(s), labels=labels)

    def _cells(self, s: Session) -> dict[tuple[str, str], str | None]:
        q = (select(col(m.Round.uuid), col(m.Group.uuid), col(m.Room.uuid))
             .select_from(m.Assignment)
             .join(m.Round, col(m.Assignment.round_id) == m.Round.id)
             .join(m.Group, col(m.Assignment.group_id) == m.Group.id)
             .join(m.Room, col(m.Assignment.room_id) == m.Room.id))
        return {(r, g): room for r, g, room in s.exec(q)}

    def _write_cells(self, s: Session, cells: Mapping[tuple[str, str], str | None]) -> None:
        ids = {}
        for model in (m.Round, m.Group, m.Room):
            ids.update({(model, u): i for u, i in s.exec(select(model.uuid, model.id))})
        existing: dict[tuple[int, int], m.Assignment] = {(a.round_id, a.group_id): a
                                                         for a in s.exec(select(m.Assignment)).all()}
        wanted = {}
        for (round_uuid, group_uuid), room_uuid in cells.items():
            if room_uuid is None:
                continue
            try:
                key = (ids[(m.Round, round_uuid)], ids[(m.Group, group_uuid)])
                wanted[key] = ids[(m.Room, room_uuid)]
            except KeyError:
                raise ServiceError(_("The rotation names a round, group or room that no longer exists.")) from None
        for key, a in existing.items():
            if wanted.get(key) != a.room_id:
                s.delete(a)
        s.flush()
        for key, room_id in wanted.items():
            found = existing.get(key)
            if found is None or found.room_id != room_id:
                s.add(m.Assignment(round_id=key[0], group_id=key[1], room_id=room_id))
        s.flush()

    def _group_rows(self, s: Session) -> list[m.Group]:
        return list(s.exec(select(m.Group).order_by(col(m.Group.position), col(m.Group.id))).all())


#: what a rotation or a seating needs before it can be made ("… needs groups, rounds first")
_PARTICIPANTS, _GROUPS = N_("participants"), N_("groups")
_THEME_ROOMS, _ROUNDS = N_("rooms with a theme"), N_("rounds")


def _listed(words: list[str]) -> str:
    """``words`` in the language in effect, one after the other ("groups, rounds")."""
    return pgettext("list separator", ", ").join(_(w) for w in words)
