"""People and groups: participants and group membership, as Service actions.

The organiser adds participants by hand or from a registration list, lets the
app balance the groups (stakeholder types, countries, organisations,
delegations apart or together, pins kept), moves people by hand, places late
arrivals where they fit best, and places the people of late registrations
without moving anyone already in a group (:meth:`PeopleOps.place_newcomers`;
:meth:`PeopleOps.preview_reshuffle` says beforehand how many people balancing
everyone again would move). The rotation of groups across the rooms and
World Café seating are in :mod:`cafe.people.rotation_ops`.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cafe.i18n import _, ngettext
from cafe.people import grouping
from cafe.people.csv_table import strip_invisible
from cafe.people.rotation_ops import RotationOps
from cafe.service_base import Changes, Inverse, ServiceError, _required
from cafe.storage import models as m
from cafe.storage.snapshots import KINDS, to_snap

MAX_GROUPS = 26 * 2


def group_name(index: int) -> str:
    """"Group A" … "Group Z", then "Group AA" …"""
    letters = string.ascii_uppercase
    if index < 26:
        return f"Group {letters[index]}"
    return f"Group {letters[index // 26 - 1]}{letters[index % 26]}"


class PeopleOps(RotationOps):
    """Mixin of :class:`cafe.service.Service`: participants and groups."""

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
            raise ServiceError(_("There is nobody to import."))
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
            people = s.exec(select(m.Participant).where(col(m.Participant.uuid).in_(uuids))).all()
            if len(people) != len(set(uuids)):
                raise ServiceError(_("Some of these participants no longer exist; nothing was removed."))
            ids = [p.id for p in people]
            members = s.exec(select(m.GroupMember).where(col(m.GroupMember.participant_id).in_(ids))).all()
            seats = s.exec(select(m.Seat).where(col(m.Seat.participant_id).in_(ids))).all()
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
            raise ServiceError(_("The number of groups must be between 1 and {most}.").format(most=MAX_GROUPS))
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
                    raise ServiceError(_("{group} still has {members} and {entries}; assign the groups again "
                                         "or move them first.").format(
                        group=g.name,
                        members=ngettext("{n} member", "{n} members", members).format(n=members),
                        entries=ngettext("{n} rotation entry", "{n} rotation entries", used).format(n=used)))
                s.delete(g)
            s.flush()
            inverse = Inverse("set_group_count", {"n": len(before)})
            return self._commit(s, Changes("set_group_count", frozenset({"group"}), frozenset(), inverse,
                                           None, origin))

    def update_group(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        if "name" in fields:
            fields["name"] = _required(fields["name"], _("A group needs a name."))
        return self._update("update_group", "group", uuid, expected_version, fields, origin=origin)

    def assign_groups(self, *, n_groups: int | None = None, delegations: grouping.DelegationMode = "apart",
                      seed: int = 0,
                      origin: Any = None) -> Changes:
        """Balance every participant into the groups; pinned people stay where they are.

        With ``n_groups``, first make that many groups ("Group D"… added;
        groups beyond it removed with their places in the rotation, their
        members placed anew with everyone else). One transaction; undo puts
        back the groups, the memberships and the rotation as they were.
        Returns Changes whose ``row`` is the :class:`cafe.people.grouping.Assignment`
        (score and problems, for the organiser to see).
        """
        if n_groups is not None and (isinstance(n_groups, bool) or not isinstance(n_groups, int)
                                     or not 1 <= n_groups <= MAX_GROUPS):
            raise ServiceError(_("The number of groups must be between 1 and {most}.").format(most=MAX_GROUPS))
        with self._lock, self._session() as s:
            before_state = self._group_state(s)
            kinds = {"group_member"}
            if n_groups is not None and n_groups != len(self._group_rows(s)):
                kinds |= self._resize_groups(s, n_groups)
            groups = self._group_rows(s)
            if not groups:
                raise ServiceError(_("There are no groups yet: choose how many groups to make."))
            people = self._people(s)
            index = {g.id: i for i, g in enumerate(groups)}
            current = s.exec(select(m.GroupMember, col(m.Participant.uuid))
                             .join(m.Participant, col(m.GroupMember.participant_id) == m.Participant.id)).all()
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

    def place_newcomers(self, *, delegations: grouping.DelegationMode = "apart", seed: int = 0,
                        origin: Any = None) -> Changes:
        """Place only the people in no group yet (late registrations); everyone else stays put.

        The newcomers are balanced into the existing groups as
        :meth:`assign_groups` balances everyone (see
        :func:`cafe.people.grouping.place_newcomers`), so route slips and group
        lists already printed stay right. One transaction; undo takes the
        newcomers out of their groups again. Returns Changes whose ``uuids``
        are the newcomers and whose ``row`` is the whole
        :class:`~cafe.people.grouping.Assignment` (score and problems).
        """
        with self._lock, self._session() as s:
            groups = self._group_rows(s)
            if not groups:
                raise ServiceError(_("There are no groups yet: assign the groups first."))
            members = self._members_by_group(s, groups)
            people = self._people(s)
            arriving = grouping.newcomers(people, members)
            if not arriving:
                raise ServiceError(_("Everyone is already in a group: there is nobody new to place."))
            try:
                result = grouping.place_newcomers(people.values(), members, pinned=self._pins(s, groups),
                                                  delegations=delegations, seed=seed)
            except grouping.GroupingError as exc:
                s.rollback()
                raise ServiceError(str(exc)) from None
            where = {u: j for j, group in enumerate(result.groups) for u in group}
            self._write_memberships(s, {u: (groups[where[u]].uuid, False) for u in arriving})
            inverse = Inverse("set_memberships", {"mapping": {u: None for u in arriving}})
            return self._commit(s, Changes("place_newcomers", frozenset({"group_member"}),
                                           frozenset(arriving), inverse, result, origin))

    def preview_reshuffle(self, *, n_groups: int | None = None, delegations: grouping.DelegationMode = "apart",
                          seed: int = 0) -> grouping.Reshuffle:
        """What :meth:`assign_groups` with these arguments would do, worked out on a copy; changes nothing.

        The same people in the same order, the same pins and the same seed as
        :meth:`assign_groups`, so ``moving`` is exactly how many people already
        in a group it would put in another one (``n_groups`` None: as many
        groups as now).
        """
        with self._lock, self._session() as s:
            groups = self._group_rows(s)
            n = len(groups) if n_groups is None else n_groups
            if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= MAX_GROUPS:
                raise ServiceError(_("The number of groups must be between 1 and {most}.").format(most=MAX_GROUPS))
            members = self._members_by_group(s, groups)
            pins = self._pins(s, groups)
            people = self._people(s)
        try:
            return grouping.reshuffle(people.values(), members, n, pinned=pins, delegations=delegations, seed=seed)
        except grouping.GroupingError as exc:
            raise ServiceError(str(exc)) from None

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
            everyone = set(s.exec(select(col(m.Participant.uuid))).all())
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
    # -- World Café seating --------------------------------------------------------------------
    # -- machinery ---------------------------------------------------------------------------
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
        s.exec(sa.delete(m.Assignment).where(col(m.Assignment.group_id) == group.id))
        s.exec(sa.delete(m.GroupMember).where(col(m.GroupMember.group_id) == group.id))
        s.flush()
        s.delete(group)
        s.flush()

    def _people(self, s: Session) -> dict[str, grouping.Person]:
        return grouping.people_of(s.exec(select(m.Participant).order_by(col(m.Participant.id))).all())

    def _members_by_group(self, s: Session, groups: list[m.Group]) -> list[list[str]]:
        index = {g.id: i for i, g in enumerate(groups)}
        out: list[list[str]] = [[] for _ in groups]
        q = select(col(m.GroupMember.group_id), col(m.Participant.uuid)).join(
            m.Participant, col(m.GroupMember.participant_id) == m.Participant.id).order_by(col(m.GroupMember.id))
        for gid, puuid in s.exec(q):
            out[index[gid]].append(puuid)
        return out

    def _pins(self, s: Session, groups: list[m.Group]) -> dict[str, int]:
        """The people held in their group by hand: uuid -> the group's index in ``groups``."""
        index = {g.id: i for i, g in enumerate(groups)}
        q = (select(col(m.Participant.uuid), col(m.GroupMember.group_id))
             .join(m.GroupMember, col(m.GroupMember.participant_id) == m.Participant.id)
             .where(col(m.GroupMember.pinned)))
        return {u: index[gid] for u, gid in s.exec(q) if gid in index}

    def _membership_map(self, s: Session) -> dict[str, tuple[str, bool]]:
        q = (select(col(m.Participant.uuid), col(m.Group.uuid), col(m.GroupMember.pinned))
             .join(m.GroupMember, col(m.GroupMember.participant_id) == m.Participant.id)
             .join(m.Group, col(m.GroupMember.group_id) == m.Group.id))
        return {p: (g, bool(pin)) for p, g, pin in s.exec(q)}

    def _write_memberships(self, s: Session, mapping: Mapping[str, tuple[str, bool] | None]) -> None:
        pid = {u: i for u, i in s.exec(select(col(m.Participant.uuid), col(m.Participant.id))
                                       .where(col(m.Participant.uuid).in_(list(mapping))))}
        gid = dict(s.exec(select(col(m.Group.uuid), col(m.Group.id))).all())
        existing = {gm.participant_id: gm for gm in s.exec(
            select(m.GroupMember).where(col(m.GroupMember.participant_id).in_(list(pid.values())))).all()}
        for puuid, target in mapping.items():
            if puuid not in pid:
                raise ServiceError(_("A participant named in this change no longer exists; nothing was changed."))
            gm = existing.get(pid[puuid])
            if target is None:
                if gm is not None:
                    s.delete(gm)
                continue
            group_uuid, pinned = target
            if group_uuid not in gid:
                raise ServiceError(_("That group no longer exists; nothing was changed."))
            if gm is None:
                s.add(m.GroupMember(group_id=gid[group_uuid], participant_id=pid[puuid], pinned=pinned))
            else:
                gm.group_id, gm.pinned = gid[group_uuid], pinned
        s.flush()

def _uuid_of(s: Session, members: Sequence[m.GroupMember]) -> dict:
    out: dict[tuple[type, int], str] = {}
    gids = {gm.group_id for gm in members}
    pids = {gm.participant_id for gm in members}
    if gids:
        out.update({(m.Group, i): u for i, u in s.exec(
            select(col(m.Group.id), col(m.Group.uuid)).where(col(m.Group.id).in_(gids)))})
    if pids:
        out.update({(m.Participant, i): u for i, u in s.exec(
            select(col(m.Participant.id), col(m.Participant.uuid)).where(col(m.Participant.id).in_(pids)))})
    return out


def _free_name(s: Session, index: int) -> str:
    taken = set(s.exec(select(col(m.Group.name))).all())
    i = index
    while group_name(i) in taken:
        i += 1
    return group_name(i)


def _participant_fields(**fields) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in ("name", "organisation", "country", "stakeholder_type", "delegation", "email"):
            raise ServiceError(_("A participant has no field “{name}”.").format(name=name))
        if name == "stakeholder_type":
            try:
                out[name] = m.StakeholderType(value or m.StakeholderType.other)
            except ValueError:
                known = ", ".join(t.value for t in m.StakeholderType)
                raise ServiceError(_("Unknown stakeholder type “{value}” (one of: {known}).").format(
                    value=value, known=known)) from None
        else:
            # no invisible characters (zero-width spaces, byte-order marks, …) at the edges either
            out[name] = strip_invisible(" ".join(str(value or "").split()))
    if "name" in out and not out["name"]:
        raise ServiceError(_("A participant needs a name."))
    if out.get("country"):
        from cafe.people.countries import match_country

        found = match_country(out["country"])
        if found is not None and found.exact:
            out["country"] = found.name
    return out
