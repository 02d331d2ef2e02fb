"""Room rotation for a knowledge café: which group sits in which room in each round.

A rotation grid says, for every round and every group, which room the group
sits in, or ``None`` when it waits. Two rules hold in every grid this module
builds or accepts:

1. no room holds two groups in the same round;
2. no group visits the same room twice.

:func:`make_schedule` builds a grid that seats as many groups as the rules
allow. With as many groups as rooms and rounds it is the cyclic Latin square
"group g in round k sits in room (g + k) mod R", so every group sees every
theme once. With more groups than rooms the groups take turns waiting, spread
evenly over the rounds and across groups (seat counts differ by at most one);
with fewer groups than rooms some rooms stay empty; rounds after every group
has visited every room leave everyone waiting. What cannot be satisfied is
listed in :attr:`Schedule.problems` as sentences for the organiser.

The organiser edits the grid cell by cell: :func:`check_move` says whether an
edit keeps the rules (``None``) or why not (a sentence), :func:`apply_move`
performs it, :func:`swap` exchanges two groups within a round, and
:func:`validate` lists every violation of a grid read from elsewhere.

World Café seating of individuals is in :mod:`cafe.people.seating`.

Everything here is plain Python on plain values (uuids as strings), free of
threads and shared state: any thread may call it. Keys are strings; a round
key names a round (its uuid); ``labels`` maps any key to the name shown in
sentences (a key without a label is shown as itself, a round without one as
"round N" by its position). The sentences are in the language in effect (:mod:`cafe.i18n`), made
when they are asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from cafe.i18n import _, ngettext, pgettext

Cell = tuple[str, str]
"""A grid cell key: ``(round, group)``."""


class RotationError(ValueError):
    """A request that breaks a rotation rule; ``str()`` is a sentence for the user."""


@dataclass(frozen=True)
class Schedule:
    """A rotation grid: ``cells[(round, group)]`` is a room key or ``None`` (waiting).

    ``cells`` has a key for every round × group pair. Treat a schedule as a
    value: the functions in this module return new schedules and never change
    one in place. ``problems`` are sentences about what the sizes alone prevent
    (groups waiting, rooms empty, rounds beyond what the rooms allow); rule
    violations of an edited grid come from :func:`validate` instead.
    """

    groups: tuple[str, ...]
    rooms: tuple[str, ...]
    rounds: tuple[str, ...]
    cells: Mapping[Cell, str | None]
    problems: tuple[str, ...] = ()
    labels: Mapping[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def from_cells(
        cls,
        groups: Sequence[str],
        rooms: Sequence[str],
        rounds: int | Sequence[str],
        cells: Mapping[Cell, str | None],
        *,
        labels: Mapping[str, str] | None = None,
    ) -> Schedule:
        """Wrap a grid stored elsewhere; missing cells mean waiting.

        Does not check the rules (call :func:`validate` for that) but raises
        :class:`RotationError` for keys that name no known round or group.
        """
        groups_t, rooms_t, rounds_t = _keys(groups, rooms, rounds)
        known_rounds, known_groups = set(rounds_t), set(groups_t)
        for rnd, grp in cells:
            if rnd not in known_rounds:
                raise RotationError(_unknown_in_grid("round", rnd))
            if grp not in known_groups:
                raise RotationError(_unknown_in_grid("group", grp))
        full = {(r, g): cells.get((r, g)) for r in rounds_t for g in groups_t}
        return cls(
            groups_t,
            rooms_t,
            rounds_t,
            full,
            _size_problems(len(groups_t), len(rooms_t), len(rounds_t)),
            dict(labels or {}),
        )

    def room_of(self, round_key: str, group: str) -> str | None:
        """The room ``group`` sits in during ``round_key``, or ``None`` if it waits."""
        return self.cells[(round_key, group)]

    def group_in(self, round_key: str, room: str) -> str | None:
        """The group sitting in ``room`` during ``round_key``, or ``None`` if it is empty."""
        for grp in self.groups:
            if self.cells[(round_key, grp)] == room:
                return grp
        return None

    @property
    def waiting(self) -> dict[str, tuple[str, ...]]:
        """Per round key, the groups that wait (sit in no room), in group order."""
        return {
            rnd: tuple(g for g in self.groups if self.cells[(rnd, g)] is None)
            for rnd in self.rounds
        }

    def name(self, key: str) -> str:
        """The display name of a group, room or round key, as used in sentences."""
        if key in self.labels:
            return self.labels[key]
        if key in self.rounds:
            return round_label(self.rounds.index(key) + 1)
        return key


def make_schedule(
    groups: Sequence[str],
    rooms: Sequence[str],
    rounds: int | Sequence[str],
    *,
    labels: Mapping[str, str] | None = None,
) -> Schedule:
    """Build a rotation that keeps both rules and seats as many groups as possible.

    ``rounds`` is a sequence of round keys in order, or an int K standing for
    rounds keyed "1" … "K". Raises :class:`RotationError` if a key is listed
    twice. The result seats min(K·min(G, R), G·min(K, R)) group-rounds, the
    most any grid can; seat counts of the groups differ by at most one.
    """
    groups_t, rooms_t, rounds_t = _keys(groups, rooms, rounds)
    n_groups, n_rooms = len(groups_t), len(rooms_t)
    cells: dict[Cell, str | None] = {}
    if n_groups <= n_rooms:
        for k, rnd in enumerate(rounds_t):
            for g, grp in enumerate(groups_t):
                cells[(rnd, grp)] = rooms_t[(g + k) % n_rooms] if k < n_rooms else None
    else:
        # A cyclic Latin square on G "lanes": group g is in lane (g + k) mod G in
        # round k, so no group meets a lane twice within G rounds. R lanes are
        # rooms, the rest mean waiting. Choosing the room lanes maximally evenly
        # round the cycle spreads each group's waits instead of bunching them,
        # and any K consecutive rounds then seat each group floor or ceil of
        # K·R/G times.
        room_of_lane = {(i * n_groups) // n_rooms: i for i in range(n_rooms)}
        for k, rnd in enumerate(rounds_t):
            for g, grp in enumerate(groups_t):
                index = room_of_lane.get((g + k) % n_groups) if k < n_groups else None
                cells[(rnd, grp)] = None if index is None else rooms_t[index]
    return Schedule(
        groups_t,
        rooms_t,
        rounds_t,
        cells,
        _size_problems(n_groups, n_rooms, len(rounds_t)),
        dict(labels or {}),
    )


def check_move(schedule: Schedule, round_key: str, group: str, room: str | None) -> str | None:
    """Whether putting ``group`` in ``room`` (``None``: waiting) in ``round_key`` keeps the rules.

    Returns ``None`` if it does, otherwise the reason as a sentence naming the
    group, room and round. Moving a group where it already is is allowed.
    """
    name = schedule.name
    if round_key not in schedule.rounds:
        return _no_such("round", round_key)
    if group not in schedule.groups:
        return _no_such("group", group)
    if room is None or schedule.cells[(round_key, group)] == room:
        return None
    if room not in schedule.rooms:
        return _no_such("room", room)
    other = schedule.group_in(round_key, room)
    if other is not None:
        return _("{room} already holds {group} in {round}; swap the two groups instead.").format(
            room=name(room), group=name(other), round=name(round_key))
    for rnd in schedule.rounds:
        if rnd != round_key and schedule.cells[(rnd, group)] == room:
            return _("{group} already visits {room} in {round}.").format(
                group=name(group), room=name(room), round=name(rnd))
    return None


def apply_move(schedule: Schedule, round_key: str, group: str, room: str | None) -> Schedule:
    """The schedule with ``group`` moved to ``room`` in ``round_key``.

    Raises :class:`RotationError` with the reason from :func:`check_move` if
    the move breaks a rule; ``schedule`` itself never changes.
    """
    reason = check_move(schedule, round_key, group, room)
    if reason is not None:
        raise RotationError(reason)
    cells = dict(schedule.cells)
    cells[(round_key, group)] = room
    return _with_cells(schedule, cells)


def swap(schedule: Schedule, round_key: str, group_a: str, group_b: str) -> Schedule:
    """Exchange the seats (room or waiting) of two groups in one round.

    If that alone would make either group visit a room twice, the exchange
    extends to the other rounds involved in the conflict, repeatedly, until
    both groups' visits are distinct again (in the worst case their whole
    rows are exchanged, which always keeps the rules). Rounds not involved
    keep their seats. Raises :class:`RotationError` for unknown keys.
    """
    for key, kind, known in (
        (round_key, "round", schedule.rounds),
        (group_a, "group", schedule.groups),
        (group_b, "group", schedule.groups),
    ):
        if key not in known:
            raise RotationError(_no_such(kind, key))
    if group_a == group_b:
        return schedule
    cells = schedule.cells
    swapped = {round_key}
    while True:
        conflicts = set()
        for mine, theirs in ((group_a, group_b), (group_b, group_a)):
            incoming = {cells[(r, theirs)] for r in swapped} - {None}
            for rnd in schedule.rounds:
                if rnd not in swapped and cells[(rnd, mine)] in incoming:
                    conflicts.add(rnd)
        if not conflicts:
            break
        swapped |= conflicts
    new_cells = dict(cells)
    for rnd in swapped:
        new_cells[(rnd, group_a)] = cells[(rnd, group_b)]
        new_cells[(rnd, group_b)] = cells[(rnd, group_a)]
    return _with_cells(schedule, new_cells)


def validate(
    cells: Mapping[Cell, str | None],
    groups: Sequence[str],
    rooms: Sequence[str],
    rounds: int | Sequence[str],
    *,
    labels: Mapping[str, str] | None = None,
) -> list[str]:
    """Every rule violation in a grid, as sentences; an empty list means the grid is sound.

    Reports keys listed twice, cells naming an unknown round, group or room,
    rooms holding two groups in one round and groups visiting a room twice.
    Missing cells mean waiting.
    """
    round_keys = (
        [str(k) for k in range(1, rounds + 1)] if isinstance(rounds, int) else list(rounds)
    )
    labels = dict(labels or {})
    position: dict[str, int] = {}
    for i, rnd in enumerate(round_keys):
        position.setdefault(rnd, i)

    def name(key: str) -> str:
        if key in labels:
            return labels[key]
        if key in position:
            return round_label(position[key] + 1)
        return key

    problems: list[str] = []
    for kind, keys in (("Group", groups), ("Room", rooms), ("Round", round_keys)):
        seen: set[str] = set()
        for key in keys:
            if key in seen:
                problems.append(_listed_twice(kind, name(key)))
            seen.add(key)
    known_groups, known_rooms = set(groups), set(rooms)
    for (rnd, grp), room in cells.items():
        if rnd not in position:
            problems.append(_unknown_in_grid("round", rnd))
        if grp not in known_groups:
            problems.append(_unknown_in_grid("group", grp))
        if room is not None and room not in known_rooms:
            problems.append(_("The grid puts {group} in room {room}, which is not in this schedule.").format(
                group=name(grp), room=repr(room)))
    ordered_groups = list(dict.fromkeys(groups))
    for rnd in dict.fromkeys(round_keys):
        holders: dict[str, list[str]] = {}
        for grp in ordered_groups:
            room = cells.get((rnd, grp))
            if room is not None:
                holders.setdefault(room, []).append(grp)
        for room, grps in holders.items():
            if len(grps) > 1:
                problems.append(_("{room} holds {groups} in {round}.").format(
                    room=name(room), groups=_and(name(g) for g in grps), round=name(rnd)))
    for grp in ordered_groups:
        visits: dict[str, list[str]] = {}
        for rnd in dict.fromkeys(round_keys):
            room = cells.get((rnd, grp))
            if room is not None:
                visits.setdefault(room, []).append(rnd)
        for room, rnds in visits.items():
            if len(rnds) > 1:
                problems.append(_("{group} visits {room} more than once ({rounds}).").format(
                    group=name(grp), room=name(room), rounds=_and(name(r) for r in rnds)))
    return problems


# --- World Café seating -------------------------------------------------------


# --- internals ----------------------------------------------------------------


def _keys(
    groups: Sequence[str], rooms: Sequence[str], rounds: int | Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    if isinstance(rounds, int):
        if rounds < 0:
            raise RotationError(_("The number of rounds cannot be negative (got {rounds}).").format(rounds=rounds))
        rounds = [str(k) for k in range(1, rounds + 1)]
    return unique_keys(groups, "Group"), unique_keys(rooms, "Room"), unique_keys(rounds, "Round")


def unique_keys(keys: Iterable[str], kind: str) -> tuple[str, ...]:
    """``keys`` as a tuple; :class:`RotationError` if one is listed twice (``kind``: "Group", "Room",
    "Round", "Person" or "Table", the word of the sentence)."""
    result = tuple(keys)
    seen: set[str] = set()
    for key in result:
        if key in seen:
            raise RotationError(_listed_twice(kind, repr(key)))
        seen.add(key)
    return result


def _listed_twice(kind: str, key: str) -> str:
    """"Group 'A' is listed twice." for a kind of key, in the language in effect."""
    if kind == "Group":
        return _("Group {key} is listed twice.").format(key=key)
    if kind == "Room":
        return _("Room {key} is listed twice.").format(key=key)
    if kind == "Round":
        return _("Round {key} is listed twice.").format(key=key)
    if kind == "Person":
        return _("Person {key} is listed twice.").format(key=key)
    if kind == "Table":
        return _("Table {key} is listed twice.").format(key=key)
    return f"{kind} {key} is listed twice."


def _no_such(kind: str, key: str) -> str:
    """"There is no round 'x' in this schedule." for a round, group or room key."""
    if kind == "round":
        return _("There is no round {key} in this schedule.").format(key=repr(key))
    if kind == "group":
        return _("There is no group {key} in this schedule.").format(key=repr(key))
    return _("There is no room {key} in this schedule.").format(key=repr(key))


def _unknown_in_grid(kind: str, key: str) -> str:
    """"The grid names round 'x', which is not in this schedule." for a round or group key."""
    if kind == "round":
        return _("The grid names round {key}, which is not in this schedule.").format(key=repr(key))
    return _("The grid names group {key}, which is not in this schedule.").format(key=repr(key))


def _with_cells(schedule: Schedule, cells: dict[Cell, str | None]) -> Schedule:
    return Schedule(
        schedule.groups, schedule.rooms, schedule.rounds, cells, schedule.problems, schedule.labels
    )


def _size_problems(n_groups: int, n_rooms: int, n_rounds: int) -> tuple[str, ...]:
    """What the numbers of groups, rooms and rounds alone make impossible."""
    if not n_groups or not n_rounds:
        return ()
    if not n_rooms:
        return (_("There are no rooms, so every group waits in every round."),)
    problems = []
    seated_rounds = max(n_groups, n_rooms)
    if n_groups > n_rooms:
        waiting = n_groups - n_rooms
        problems.append(_("{groups} but only {rooms}: {waiting} in each round, taking turns.").format(
            groups=count_text(n_groups, "group"), rooms=count_text(n_rooms, "room"),
            waiting=ngettext("{n} group waits", "{n} groups wait", waiting).format(n=waiting)))
    elif n_groups < n_rooms:
        empty = n_rooms - n_groups
        problems.append(_("{rooms} but only {groups}: {empty} in each round.").format(
            rooms=count_text(n_rooms, "room"), groups=count_text(n_groups, "group"),
            empty=ngettext("{n} room stays empty", "{n} rooms stay empty", empty).format(n=empty)))
    if n_rounds > seated_rounds:
        spare = n_rounds - seated_rounds
        idle = ngettext("{spare} leaves every group waiting", "{spare} leave every group waiting", spare).format(
            spare=_rounds_range(seated_rounds + 1, n_rounds))
        if n_groups > n_rooms:
            problems.append(_(
                "{rounds} but only {rooms}: each group can visit at most {rooms}, and taking turns every group "
                "has done so after {seated}, so {idle}."
            ).format(rounds=count_text(n_rounds, "round"), rooms=count_text(n_rooms, "room"),
                     seated=count_text(n_groups, "round"), idle=idle))
        else:
            problems.append(_("{rounds} but only {rooms}: each group can visit at most {rooms}, so {idle}.").format(
                rounds=count_text(n_rounds, "round"), rooms=count_text(n_rooms, "room"), idle=idle))
    return tuple(problems)


def round_label(number: int) -> str:
    """A round named in a sentence, "round 3", in the language in effect."""
    return pgettext("rotation", "round {number}").format(number=number)


def _rounds_range(first: int, last: int) -> str:
    """"round 4" or "rounds 4–6" in the language in effect."""
    if first == last:
        return round_label(first)
    return pgettext("rotation", "rounds {first}\u2013{last}").format(first=first, last=last)


def count_text(n: int, singular: str, plural: str | None = None) -> str:
    """"1 group", "3 groups": ``n`` things in the language in effect for the words this module and
    :mod:`cafe.people.seating` count (group, room, round, person, table); others in English."""
    if singular == "group":
        text = ngettext("{n} group", "{n} groups", n)
    elif singular == "room":
        text = ngettext("{n} room", "{n} rooms", n)
    elif singular == "round":
        text = ngettext("{n} round", "{n} rounds", n)
    elif singular == "person":
        text = ngettext("{n} person", "{n} people", n)
    elif singular == "table":
        text = ngettext("{n} table", "{n} tables", n)
    else:
        return f"{n} {singular if n == 1 else plural or singular + 's'}"
    return text.format(n=n)


def _and(items: Iterable[str]) -> str:
    """"A, B and C" in the language in effect."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    head = pgettext("list separator", ", ").join(items[:-1])
    return pgettext("list", "{items} and {last}").format(items=head, last=items[-1])
