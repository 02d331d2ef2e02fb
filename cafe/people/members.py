"""Who is in which group, read from a workshop snapshot: the one rule the views, printouts and report share."""

from __future__ import annotations

from typing import Any


def by_name(people: list[Any]) -> list[Any]:
    """Participants in the order every list shows them: by name (case-blind), then by uuid."""
    return sorted(people, key=lambda p: (p.name.casefold(), p.uuid))


def members_by_group(snap: Any) -> dict[str | None, list[Any]]:
    """Each group's participants by name, in the snapshot's group order; ``None``: people in no group.

    Every group of ``snap.groups`` has a list (maybe empty); the ``None`` list
    is always there. A membership naming an unknown participant or group is
    ignored (its person counts as in no group).
    """
    people = {p.uuid: p for p in snap.participants}
    out: dict[str | None, list[Any]] = {g.uuid: [] for g in snap.groups}
    out[None] = []
    placed = set()
    for m in snap.members:
        if m.participant_uuid in people and m.group_uuid in out and m.participant_uuid not in placed:
            out[m.group_uuid].append(people[m.participant_uuid])
            placed.add(m.participant_uuid)
    out[None] = [p for p in snap.participants if p.uuid not in placed]
    return {group: by_name(people_in) for group, people_in in out.items()}
