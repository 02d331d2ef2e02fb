"""Rows of a registration list that look like the same person, among themselves or against the workshop.

:func:`duplicates` joins rows (and participants already in the workshop) that
share an e-mail address, or a name (its words in any order, case and accents
aside) and a country (compared as :func:`cafe.people.countries.name_key`
compares them, so "Vietnam" and "Viet Nam" are one). Pure functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from cafe.people.countries import name_key


class _Candidate(Protocol):
    """A :class:`cafe.people.participants_csv.ParticipantCandidate`, as far as this module reads it."""

    @property
    def line(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str: ...

    @property
    def country_raw(self) -> str: ...

    @property
    def country_code(self) -> str: ...


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", bare.casefold()).split())


@dataclass(frozen=True)
class ExistingParticipant:
    """A participant already in the workshop, as duplicate checks need it."""

    name: str
    email: str = ""
    country: str = ""
    uuid: str = ""


@dataclass(frozen=True)
class DuplicateGroup:
    """Rows (and existing participants) that look like one person."""

    lines: tuple[int, ...]
    existing: tuple[ExistingParticipant, ...]
    reasons: tuple[str, ...]


def _name_key(name: str) -> str:
    return " ".join(sorted(fold(name).split()))


def _country_key(country: str, code: str = "") -> str:
    """A country as duplicates compare it (see :func:`cafe.people.countries.name_key`)."""
    return f"country:{code}" if code else name_key(country)


def duplicates(candidates: Sequence[_Candidate],
               existing: tuple[ExistingParticipant, ...]) -> tuple[DuplicateGroup, ...]:
    """Groups joined by a shared e-mail or a shared name and country, each
    with at least one candidate."""
    emails = [c.email.casefold() for c in candidates] + [e.email.strip().casefold() for e in existing]
    names = ([(_name_key(c.name), _country_key(c.country_raw, c.country_code)) for c in candidates]
             + [(_name_key(e.name), _country_key(e.country)) for e in existing])
    parent = list(range(len(emails)))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for keys, usable in ((emails, bool), (names, lambda key: bool(key[0]))):
        first: dict[object, int] = {}
        for node, key in enumerate(keys):
            if usable(key):
                parent[root(node)] = root(first.setdefault(key, node))

    members: dict[int, list[int]] = {}
    for node in range(len(emails)):
        members.setdefault(root(node), []).append(node)
    groups = []
    for nodes in members.values():
        lines = tuple(candidates[n].line for n in nodes if n < len(candidates))
        if len(nodes) < 2 or not lines:
            continue
        reasons = tuple(reason for reason, keys in (("same e-mail address", emails),
                                                    ("same name and country", names))
                        if _shared([keys[n] for n in nodes]))
        groups.append(DuplicateGroup(
            lines=lines, existing=tuple(existing[n - len(candidates)] for n in nodes
                                        if n >= len(candidates)), reasons=reasons))
    return tuple(sorted(groups, key=lambda group: group.lines))


def _shared(keys: list[object]) -> bool:
    usable = [key for key in keys if key and (not isinstance(key, tuple) or key[0])]
    return len(usable) != len(set(usable))
