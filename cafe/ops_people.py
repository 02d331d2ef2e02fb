"""People and groups: participants, group membership, and the rotation grid.

The organiser adds participants by hand or from a registration list, lets the
app balance the groups (stakeholder types, countries, organisations,
delegations apart or together, pins kept), moves people by hand, places late
arrivals where they fit best, and builds or edits the rotation of groups
across the thematic rooms. Every edit keeps the rotation rules (no group in a
room twice, no room with two groups in one round) or is refused with the reason.

For the classic World Café, individuals rather than groups change tables
(rooms) each round: :meth:`PeopleOps.build_world_cafe_seating` stores one seat
per participant and round, and :meth:`PeopleOps.seating` reads it back.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from . import grouping, rotation
from . import models as m
from .seating import Seating, make_seating
from .service_base import Changes, Inverse, ServiceError, _required
from .snapshots import KINDS, to_snap

MAX_GROUPS = 26 * 2


def group_name(index: int) -> str:
    """"Group A" … "Group Z", then "Group AA" …"""
    letters = string.ascii_uppercase
    if index < 26:
        return f"Group {letters[index]}"
    return f"Group {letters[index // 26 - 1]}{letters[index % 26]}"


class PeopleOps:
    """Mixin of :class:`cafe.service.Service`: participants, groups and rotation."""

    # -- participants ------------------------------------------------------------------------
    def add_participant(self, name: str, organisation: str = "", country: str = "",
                        stakeholder_type: m.StakeholderType | str = m.StakeholderType.other,
                        delegation: str = "", email: str = "", *, place_in_group: bool = False,
                        origin: Any = None) -> Changes:
        """Add one participant; ``place_in_group`` puts a late arrival where they fit best."""
        fields = _participant_fields(name=name, organisation=organisation, country=country,
                                     stakeholder_type=stakeholder_type, delegation=delegation, email=email)
        with self._lock, self._session() as s:
            p = m.Participant(**fields)
            s.add(p)
            s.flush()
            kinds = {"participant"}
            if place_in_group:
                groups = self._group_rows(s)
                if groups:
                    members = self._members_by_group(s, groups)
                    people = self._people(s)
                    best = grouping.best_group_for(people[p.uuid], members, people)
                    s.add(m.GroupMember(group_id=groups[best].id, participant_id=p.id))
                    kinds.add("group_member")
            s.flush()
            snap = to_snap(KINDS["participant"], p, {})
            inverse = Inverse("delete_participants", {"uuids": (p.uuid,)})
            return self._commit(s, Changes("add_participant", frozenset(kinds), frozenset({p.uuid}),
                                           inverse, snap, origin))

    def update_participant(self, uuid: str, expected_version: int | None, origin: Any = None,
                           **fields) -> Changes:
        fields = _participant_fields(**fields)
        return self._update("update_participant", "participant", uuid, expected_version, fields,
                            origin=origin)

    def import_participants(self, records: Iterable[Mapping[str, Any]], origin: Any = None) -> Changes:
        """Add many participants (field dicts, e.g. from a CSV preview) in one transaction."""
        rows = [_participant_fields(**dict(r)) for r in records]
        if not rows:
            raise ServiceError("There is nobody to import.")
        with self._lock, self._session() as s:
            objs = [m.Participant(**r) for r in rows]
            s.add_all(objs)
            s.flush()
            uuids = tuple(o.uuid for o in objs)
            inverse = Inverse("delete_participants", {"uuids": uuids})
            return self._commit(s, Changes("import_participants", frozenset({"participant"}),
                                           frozenset(uuids), inverse, None, origin))

    def delete_participants(self, uuids: Iterable[str], origin: Any = None) -> Changes:
        """Remove participants (and their group places); undo brings both back."""
        uuids = tuple(uuids)
        with self._lock, self._session() as s:
            people = s.exec(select(m.Participant).where(m.Participant.uuid.in_(uuids))).all()
            if len(people) != len(set(uuids)):
                raise ServiceError("Some of these participants no longer exist; nothing was removed.")
            ids = [p.id for p in people]
            members = s.exec(select(m.GroupMember).where(m.GroupMember.participant_id.in_(ids))).all()
            seats = s.exec(select(m.Seat).where(m.Seat.participant_id.in_(ids))).all()
            uuid_of = _uuid_of(s, members)
            p_snaps = tuple(to_snap(KINDS["participant"], p, {}) for p in people)
            m_snaps = tuple(to_snap(KINDS["group_member"], gm, uuid_of) for gm in members)
            seat_refs = self._ref_uuids(s, KINDS["seat"], seats)
            seat_snaps = tuple(to_snap(KINDS["seat"], x, seat_refs) for x in seats)
            for row in (*members, *seats):
                s.delete(row)
            s.flush()
            for p in people:
                s.delete(p)
            s.flush()
            inverse = Inverse("restore_rows", {"rows": (("participant", p_snaps), ("group_member", m_snaps),
                                                        ("seat", seat_snaps))})
            kinds = {"participant", "group_member"} | ({"seat"} if seats else set())
            return self._commit(s, Changes("delete_participants", frozenset(kinds),
                                           frozenset(uuids), inverse, None, origin))

    def restore_rows(self, rows: tuple, origin: Any = None) -> Changes:
        """Put back rows a delete removed, kind by kind in the order given (references first)."""
        with self._lock, self._session() as s:
            uuids, kinds = [], set()
            for kind_name, snaps in rows:
                for snap in snaps:
                    self._insert_snap(s, KINDS[kind_name], snap)
                    uuids.append(snap.uuid)
                kinds.add(kind_name)
            first = rows[0][0] if rows else "participant"
            inverse = Inverse("delete_participants", {"uuids": tuple(x.uuid for x in rows[0][1])}) \
                if first == "participant" else None
            return self._commit(s, Changes("restore_rows", frozenset(kinds), frozenset(uuids), inverse,
                                           None, origin))

    # -- groups ----------------------------------------------------------------------------
    def set_group_count(self, n: int, origin: Any = None) -> Changes:
        """Make there be ``n`` groups: new ones are named "Group D"…; removed ones must be
        empty and out of the rotation (their members are not silently dropped)."""
        if not isinstance(n, int) or not 1 <= n <= MAX_GROUPS:
            raise ServiceError(f"The number of groups must be between 1 and {MAX_GROUPS}.")
        with self._lock, self._session() as s:
            groups = self._group_rows(s)
            before = tuple(to_snap(KINDS["group"], g, {}) for g in groups)
            for i in range(len(groups), n):
                s.add(m.Group(name=_free_name(s, i), position=i))
            for g in groups[n:]:
                members = s.exec(select(sa.func.count()).select_from(m.GroupMember)
                                 .where(m.GroupMember.group_id == g.id)).one()
                used = s.exec(select(sa.func.count()).select_from(m.Assignment)
                              .where(m.Assignment.group_id == g.id)).one()
                if members or used:
                    s.rollback()
                    raise ServiceError(f"{g.name} still has {members} members and {used} rotation entries; "
                                       "assign the groups again or move them first.")
                s.delete(g)
            s.flush()
            inverse = Inverse("set_group_count", {"n": len(before)})
            return self._commit(s, Changes("set_group_count", frozenset({"group"}), frozenset(), inverse,
                                           None, origin))

    def update_group(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        if "name" in fields:
            fields["name"] = _required(fields["name"], "A group needs a name.")
        return self._update("update_group", "group", uuid, expected_version, fields, origin=origin)

    def assign_groups(self, *, n_groups: int | None = None, delegations: str = "apart", seed: int = 0,
                      origin: Any = None) -> Changes:
        """Balance every participant into the groups; pinned people stay where they are.

        With ``n_groups``, first make that many groups ("Group D"… added;
        groups beyond it removed with their places in the rotation, their
        members placed anew with everyone else). One transaction; undo puts
        back the groups, the memberships and the rotation as they were.
        Returns Changes whose ``row`` is the :class:`cafe.grouping.Assignment`
        (score and problems, for the organiser to see).
        """
        if n_groups is not None and (isinstance(n_groups, bool) or not isinstance(n_groups, int)
                                     or not 1 <= n_groups <= MAX_GROUPS):
            raise ServiceError(f"The number of groups must be between 1 and {MAX_GROUPS}.")
        with self._lock, self._session() as s:
            before_state = self._group_state(s)
            kinds = {"group_member"}
            if n_groups is not None and n_groups != len(self._group_rows(s)):
                kinds |= self._resize_groups(s, n_groups)
            groups = self._group_rows(s)
            if not groups:
                raise ServiceError("There are no groups yet: choose how many groups to make.")
            people = self._people(s)
            index = {g.id: i for i, g in enumerate(groups)}
            current = s.exec(select(m.GroupMember, m.Participant.uuid)
                             .join(m.Participant, m.GroupMember.participant_id == m.Participant.id)).all()
            pinned = {puuid: index[gm.group_id] for gm, puuid in current if gm.pinned}
            try:
                result = grouping.assign_groups(people.values(), len(groups), pinned=pinned,
                                                delegations=delegations, seed=seed)
            except grouping.GroupingError as exc:
                s.rollback()
                raise ServiceError(str(exc)) from None
            mapping = {u: (groups[j].uuid, u in pinned) for j, members in enumerate(result.groups)
                       for u in members}
            self._write_memberships(s, mapping)
            inverse = Inverse("set_group_state", before_state)
            return self._commit(s, Changes("assign_groups", frozenset(kinds), frozenset(),
                                           inverse, result, origin))

    def set_group_state(self, groups: tuple, memberships: Mapping[str, tuple[str, bool] | None],
                        cells: Mapping[tuple[str, str], str | None], origin: Any = None) -> Changes:
        """Put back the groups (snapshots), everyone's membership and the rotation grid as
        recorded (the undo of :meth:`assign_groups`); people not named leave their group."""
        with self._lock, self._session() as s:
            before_state = self._group_state(s)
            wanted = {g.uuid: g for g in groups}
            for row in self._group_rows(s):
                if row.uuid not in wanted:
                    self._drop_group(s, row)
                else:
                    row.name, row.position = wanted[row.uuid].name, wanted[row.uuid].position
            present = {g.uuid for g in self._group_rows(s)}
            for snap in groups:
                if snap.uuid not in present:
                    self._insert_snap(s, KINDS["group"], snap)
            everyone = set(s.exec(select(m.Participant.uuid)).all())
            self._write_memberships(s, {u: memberships.get(u) for u in everyone})
            self._write_cells(s, cells)
            inverse = Inverse("set_group_state", before_state)
            return self._commit(s, Changes("set_group_state", frozenset({"group", "group_member", "assignment"}),
                                           frozenset(), inverse, None, origin))

    def move_participant(self, participant_uuid: str, group_uuid: str | None, *, pinned: bool | None = None,
                         origin: Any = None) -> Changes:
        """Put one person in a group (None: in no group); ``pinned`` holds them there on re-balancing."""
        with self._lock, self._session() as s:
            before = self._membership_map(s)
            old = before.get(participant_uuid)
            mapping = dict(before)
            if group_uuid is None:
                mapping.pop(participant_uuid, None)
            else:
                keep_pin = old[1] if (old and pinned is None) else bool(pinned)
                mapping[participant_uuid] = (group_uuid, keep_pin)
            self._id(s, m.Participant, participant_uuid)
            self._write_memberships(s, {participant_uuid: mapping.get(participant_uuid)})
            inverse = Inverse("set_memberships", {"mapping": {participant_uuid: old}})
            return self._commit(s, Changes("move_participant", frozenset({"group_member"}),
                                           frozenset({participant_uuid}), inverse, None, origin))

    def set_memberships(self, mapping: Mapping[str, tuple[str, bool] | None], origin: Any = None) -> Changes:
        """Set the group (and pin) of the people named; None takes someone out of every group."""
        with self._lock, self._session() as s:
            current = self._membership_map(s)
            before = {u: current.get(u) for u in mapping}
            self._write_memberships(s, mapping)
            inverse = Inverse("set_memberships", {"mapping": before})
            return self._commit(s, Changes("set_memberships", frozenset({"group_member"}),
                                           frozenset(mapping), inverse, None, origin))

    # -- rotation ------------------------------------------------------------------------------
    def build_rotation(self, origin: Any = None) -> Changes:
        """Fill the rotation grid for every round: groups × thematic rooms.

        ``row`` of the result is the :class:`cafe.rotation.Schedule`; its
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

    # -- World Café seating --------------------------------------------------------------------
    def build_world_cafe_seating(self, seed: int = 0, origin: Any = None) -> Changes:
        """Seat every participant at a table (a room with a theme) in every round so that people
        meet as many new people as possible; hosts stay at their tables and have no seat.

        Replaces any seating there was (one undo step). A room's capacity, when
        set, limits every table (tables are filled evenly). Returns Changes
        whose ``row`` is the resulting :class:`cafe.seating.Seating`.
        """
        with self._lock, self._session() as s:
            rooms = self._theme_rooms(s)
            rounds = list(s.exec(select(m.Round).order_by(m.Round.number)).all())
            people = list(s.exec(select(m.Participant).order_by(m.Participant.id)).all())
            missing = [w for w, xs in (("participants", people), ("rooms with a theme", rooms),
                                       ("rounds", rounds)) if not xs]
            if missing:
                raise ServiceError(f"World Café seating needs {', '.join(missing)} first.")
            capacities = [r.capacity for r in rooms if r.capacity]
            try:
                plan = rotation.world_cafe_tables([p.uuid for p in people], [r.uuid for r in rooms],
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
                raise ServiceError("There is no World Café seating to clear.")
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

    # -- machinery ---------------------------------------------------------------------------
    def _theme_rooms(self, s: Session) -> list[m.Room]:
        """Rooms with a theme, in display order: the tables of the rotation and of the World Café."""
        return list(s.exec(select(m.Room).join(m.Theme, m.Theme.room_id == m.Room.id)
                           .order_by(m.Room.position, m.Room.id)).all())

    def _seat_snaps(self, s: Session) -> tuple:
        seats = s.exec(select(m.Seat).order_by(m.Seat.id)).all()
        uuid_of = self._ref_uuids(s, KINDS["seat"], seats)
        return tuple(to_snap(KINDS["seat"], x, uuid_of) for x in seats)

    def _seating(self, s: Session) -> Seating:
        rounds = list(s.exec(select(m.Round.uuid).order_by(m.Round.number)).all())
        q = (select(m.Round.uuid, m.Participant.uuid, m.Room.uuid).select_from(m.Seat)
             .join(m.Round, m.Seat.round_id == m.Round.id)
             .join(m.Participant, m.Seat.participant_id == m.Participant.id)
             .join(m.Room, m.Seat.room_id == m.Room.id)
             .order_by(m.Round.number, m.Seat.id))
        return make_seating(rounds, [r.uuid for r in self._theme_rooms(s)], s.exec(q).all())

    def _group_state(self, s: Session) -> dict[str, Any]:
        """Groups, memberships and rotation as :meth:`set_group_state` takes them."""
        return {"groups": tuple(to_snap(KINDS["group"], g, {}) for g in self._group_rows(s)),
                "memberships": self._membership_map(s), "cells": self._cells(s)}

    def _resize_groups(self, s: Session, n: int) -> set[str]:
        """Add groups up to ``n`` or remove those beyond it (with their members' places and
        rotation entries); returns the kinds touched."""
        groups = self._group_rows(s)
        for i in range(len(groups), n):
            s.add(m.Group(name=_free_name(s, i), position=i))
            s.flush()
        for g in groups[n:]:
            self._drop_group(s, g)
        s.flush()
        return {"group", "assignment"}

    def _drop_group(self, s: Session, group: m.Group) -> None:
        s.exec(sa.delete(m.Assignment).where(m.Assignment.group_id == group.id))
        s.exec(sa.delete(m.GroupMember).where(m.GroupMember.group_id == group.id))
        s.flush()
        s.delete(group)
        s.flush()

    def _group_rows(self, s: Session) -> list[m.Group]:
        return list(s.exec(select(m.Group).order_by(m.Group.position, m.Group.id)).all())

    def _people(self, s: Session) -> dict[str, grouping.Person]:
        return grouping.people_of(s.exec(select(m.Participant).order_by(m.Participant.id)).all())

    def _members_by_group(self, s: Session, groups: list[m.Group]) -> list[list[str]]:
        index = {g.id: i for i, g in enumerate(groups)}
        out: list[list[str]] = [[] for _ in groups]
        q = select(m.GroupMember.group_id, m.Participant.uuid).join(
            m.Participant, m.GroupMember.participant_id == m.Participant.id).order_by(m.GroupMember.id)
        for gid, puuid in s.exec(q):
            out[index[gid]].append(puuid)
        return out

    def _membership_map(self, s: Session) -> dict[str, tuple[str, bool]]:
        q = (select(m.Participant.uuid, m.Group.uuid, m.GroupMember.pinned)
             .join(m.GroupMember, m.GroupMember.participant_id == m.Participant.id)
             .join(m.Group, m.GroupMember.group_id == m.Group.id))
        return {p: (g, bool(pin)) for p, g, pin in s.exec(q)}

    def _write_memberships(self, s: Session, mapping: Mapping[str, tuple[str, bool] | None]) -> None:
        pid = {u: i for u, i in s.exec(select(m.Participant.uuid, m.Participant.id)
                                       .where(m.Participant.uuid.in_(list(mapping))))}
        gid = dict(s.exec(select(m.Group.uuid, m.Group.id)).all())
        existing = {gm.participant_id: gm for gm in s.exec(
            select(m.GroupMember).where(m.GroupMember.participant_id.in_(list(pid.values())))).all()}
        for puuid, target in mapping.items():
            if puuid not in pid:
                raise ServiceError("A participant named in this change no longer exists; nothing was changed.")
            gm = existing.get(pid[puuid])
            if target is None:
                if gm is not None:
                    s.delete(gm)
                continue
            group_uuid, pinned = target
            if group_uuid not in gid:
                raise ServiceError("That group no longer exists; nothing was changed.")
            if gm is None:
                s.add(m.GroupMember(group_id=gid[group_uuid], participant_id=pid[puuid], pinned=pinned))
            else:
                gm.group_id, gm.pinned = gid[group_uuid], pinned
        s.flush()

    def _schedule(self, s: Session, *, build: bool = False) -> rotation.Schedule:
        groups = self._group_rows(s)
        rooms = self._theme_rooms(s)
        rounds = list(s.exec(select(m.Round).order_by(m.Round.number)).all())
        labels = {g.uuid: g.name for g in groups} | {r.uuid: r.name for r in rooms} \
            | {r.uuid: f"round {r.number}" for r in rounds}
        if not groups or not rooms or not rounds:
            missing = [w for w, xs in (("groups", groups), ("rooms with a theme", rooms), ("rounds", rounds))
                       if not xs]
            raise ServiceError(f"The rotation needs {', '.join(missing)} first.")
        args = ([g.uuid for g in groups], [r.uuid for r in rooms], [r.uuid for r in rounds])
        if build:
            return rotation.make_schedule(*args, labels=labels)
        return rotation.Schedule.from_cells(*args, self._cells(s), labels=labels)

    def _cells(self, s: Session) -> dict[tuple[str, str], str | None]:
        q = (select(m.Round.uuid, m.Group.uuid, m.Room.uuid)
             .select_from(m.Assignment)
             .join(m.Round, m.Assignment.round_id == m.Round.id)
             .join(m.Group, m.Assignment.group_id == m.Group.id)
             .join(m.Room, m.Assignment.room_id == m.Room.id))
        return {(r, g): room for r, g, room in s.exec(q)}

    def _write_cells(self, s: Session, cells: Mapping[tuple[str, str], str | None]) -> None:
        ids = {}
        for model in (m.Round, m.Group, m.Room):
            ids.update({(model, u): i for u, i in s.exec(select(model.uuid, model.id))})
        existing = {(a.round_id, a.group_id): a for a in s.exec(select(m.Assignment)).all()}
        wanted = {}
        for (round_uuid, group_uuid), room_uuid in cells.items():
            if room_uuid is None:
                continue
            try:
                key = (ids[(m.Round, round_uuid)], ids[(m.Group, group_uuid)])
                wanted[key] = ids[(m.Room, room_uuid)]
            except KeyError:
                raise ServiceError("The rotation names a round, group or room that no longer exists.") from None
        for key, a in existing.items():
            if wanted.get(key) != a.room_id:
                s.delete(a)
        s.flush()
        for key, room_id in wanted.items():
            a = existing.get(key)
            if a is None or a.room_id != room_id:
                s.add(m.Assignment(round_id=key[0], group_id=key[1], room_id=room_id))
        s.flush()


def _uuid_of(s: Session, members: list[m.GroupMember]) -> dict:
    out = {}
    gids = {gm.group_id for gm in members}
    pids = {gm.participant_id for gm in members}
    if gids:
        out.update({(m.Group, i): u for i, u in s.exec(select(m.Group.id, m.Group.uuid).where(m.Group.id.in_(gids)))})
    if pids:
        out.update({(m.Participant, i): u for i, u in s.exec(
            select(m.Participant.id, m.Participant.uuid).where(m.Participant.id.in_(pids)))})
    return out


def _free_name(s: Session, index: int) -> str:
    taken = set(s.exec(select(m.Group.name)).all())
    i = index
    while group_name(i) in taken:
        i += 1
    return group_name(i)


def _participant_fields(**fields) -> dict[str, Any]:
    out = {}
    for name, value in fields.items():
        if name not in ("name", "organisation", "country", "stakeholder_type", "delegation", "email"):
            raise ServiceError(f"A participant has no field “{name}”.")
        if name == "stakeholder_type":
            try:
                out[name] = m.StakeholderType(value or m.StakeholderType.other)
            except ValueError:
                known = ", ".join(t.value for t in m.StakeholderType)
                raise ServiceError(f"Unknown stakeholder type “{value}” (one of: {known}).") from None
        else:
            out[name] = " ".join(str(value or "").split())
    if "name" in out and not out["name"]:
        raise ServiceError("A participant needs a name.")
    if out.get("country"):
        from .countries import match_country

        found = match_country(out["country"])
        if found is not None and found.exact:
            out["country"] = found.name
    return out
