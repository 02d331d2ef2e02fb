"""The values that grouping works on: people, an assignment, the balance table, the weights of the score.

See :mod:`cafe.people.grouping` for how the score is defined and how groups are found.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

DelegationMode = Literal["apart", "together", "ignore"]


DELEGATION_MODES: tuple[str, ...] = ("apart", "together", "ignore")
ATTRIBUTES: tuple[str, ...] = ("stakeholder_type", "country", "organisation")
ATTRIBUTE_WEIGHTS: Mapping[str, int] = {"stakeholder_type": 1, "country": 1, "organisation": 1}
SIZE_WEIGHT = 2
DELEGATION_WEIGHT = 100


class GroupingError(ValueError):
    """Bad input to a grouping function; ``str()`` is a sentence for the user."""


@dataclass(frozen=True)
class Person:
    """A participant as grouping sees them; blank strings mean "not known".

    Enum values (e.g. ``StakeholderType``) are stored as their string value
    and surrounding spaces are dropped, so equal-looking values compare equal.
    ``name`` is used only in sentences (the uuid stands in when blank).
    """

    uuid: str
    country: str = ""
    stakeholder_type: str = ""
    organisation: str = ""
    delegation: str = ""
    name: str = ""

    def __post_init__(self) -> None:
        for attr in ("country", "stakeholder_type", "organisation", "delegation", "name"):
            value = getattr(self, attr)
            if isinstance(value, enum.Enum):
                value = value.value
            object.__setattr__(self, attr, "" if value is None else str(value).strip())

    @property
    def label(self) -> str:
        return self.name or self.uuid


@dataclass(frozen=True)
class Assignment:
    """Groups of participant uuids, their balance score and what could not be met.

    ``pinned`` maps uuids to the group index they are held in. ``problems``
    are sentences for the organiser (a delegation too large to keep apart,
    uneven sizes forced by pins, …). ``people`` are the participants the score
    was computed from; treat the whole value as immutable.
    """

    groups: tuple[tuple[str, ...], ...]
    score: int
    delegations: DelegationMode
    pinned: Mapping[str, int]
    problems: tuple[str, ...]
    people: Mapping[str, Person] = field(repr=False, compare=False)

    def group_of(self, uuid: str) -> int | None:
        """The index of the group holding ``uuid``, or ``None``."""
        for j, members in enumerate(self.groups):
            if uuid in members:
                return j
        return None


@dataclass(frozen=True)
class BalanceTable:
    """Counts per group for the setup view.

    ``stakeholder_counts[j][i]`` is how many people of type
    ``stakeholder_types[i]`` group ``j`` holds; likewise for countries. Column
    values are sorted; a blank (``""``) column appears when someone has no
    value, so each row sums to the group's size.
    """

    sizes: tuple[int, ...]
    stakeholder_types: tuple[str, ...]
    stakeholder_counts: tuple[tuple[int, ...], ...]
    countries: tuple[str, ...]
    country_counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class Reshuffle:
    """What balancing everyone again would do, worked out on a copy before anything changes.

    ``assignment`` is the new division; ``placed`` how many people are in a
    group now; ``moving`` how many of those would land in another group (the
    people whose printed route slips and group lists would become wrong);
    ``pinned`` how many are held where they are.
    """

    assignment: Assignment
    placed: int
    moving: int
    pinned: int

    @property
    def total(self) -> int:
        """Everyone who would be in a group afterwards."""
        return sum(len(g) for g in self.assignment.groups)
