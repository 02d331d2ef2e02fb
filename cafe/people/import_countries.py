"""The countries of a registration list as an import would store them, and what the organiser is told about them.

Contract
--------
* :func:`country_fields` reads one row's country (see
  :mod:`cafe.people.countries`) into the fields of a
  :class:`cafe.people.participants_csv.ParticipantCandidate`, with a status:

  ========== ============================================ ==================
  status     the value in the file                         imported as
  ========== ============================================ ==================
  ``""``     empty, or already the UN's name               the file's value
  renamed    another name of a UN State ("Vietnam")        the UN's name
  kept       a place that is not a UN State ("Kosovo")     as typed
  unknown    nothing recognised, nothing to suggest        as typed
  guess      not recognised, a close spelling suggested    as typed
  chosen     the organiser chose a country for it          the choice
  ========== ============================================ ==================

  A suggestion is only ever shown (``country_suggestion``); it becomes the
  country when the organiser accepts it (:func:`chosen_fields`), for every row
  with that value.
* :func:`country_values` lists each value that is not imported exactly as the
  file says it or that the organiser should look at, with its lines, first
  those to check (guess, unknown), then kept, chosen and renamed ones.
* :func:`country_problems` gives the line-numbered problems for unknown values
  and suggestions.
* Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from cafe.people.countries import CountryMatch, match_country
from cafe.people.csv_table import Problem, quoted

#: every status, in the order the preview lists them
STATUSES = ("guess", "unknown", "kept", "chosen", "renamed", "")


class _Candidate(Protocol):
    """A :class:`cafe.people.participants_csv.ParticipantCandidate`, as far as this module reads it."""

    @property
    def line(self) -> int: ...

    @property
    def country(self) -> str: ...

    @property
    def country_raw(self) -> str: ...

    @property
    def country_status(self) -> str: ...

    @property
    def country_suggestion(self) -> str: ...


@dataclass(frozen=True)
class CountryValue:
    """One value of the file's country column, the lines that have it and what an import stores for it.

    ``suggestion`` is the suggested name while ``status`` is "guess".
    """

    raw: str
    lines: tuple[int, ...]
    status: str
    imported_as: str
    suggestion: str = ""


def country_fields(raw: str) -> dict[str, Any]:
    """The candidate's country fields for the file's value ``raw`` (already tidied)."""
    if not raw:
        return {}
    found = match_country(raw)
    if found is None:
        return {"country": raw, "country_status": "unknown"}
    if not found.exact:
        return {"country": raw, "country_status": "guess", "country_suggestion": found.name}
    if not found.un_state:
        return {"country": raw, "country_code": found.alpha_3, "country_status": "kept"}
    return {"country": found.name, "country_code": found.alpha_3,
            "country_status": "" if found.name == raw else "renamed"}


def chosen_fields(found: CountryMatch) -> dict[str, Any]:
    """The candidate's country fields once the organiser chose ``found`` (an exact match)."""
    return {"country": found.name, "country_code": found.alpha_3, "country_status": "chosen",
            "country_suggestion": ""}


def country_values(candidates: Iterable[_Candidate]) -> tuple[CountryValue, ...]:
    """Each value worth showing the organiser, in :data:`STATUSES` order, then by first line."""
    found: dict[str, tuple[_Candidate, list[int]]] = {}
    for candidate in candidates:
        if candidate.country_raw and candidate.country_status:
            found.setdefault(candidate.country_raw, (candidate, []))[1].append(candidate.line)
    values = [CountryValue(raw, tuple(lines), first.country_status, first.country, first.country_suggestion)
              for raw, (first, lines) in found.items()]
    return tuple(sorted(values, key=lambda value: (STATUSES.index(value.status), value.lines[0])))


def country_problems(candidates: Iterable[_Candidate], column: str | None) -> list[Problem]:
    """The problems to list for values nothing recognised and for suggestions not accepted yet."""
    problems = []
    for candidate in candidates:
        raw = candidate.country_raw
        if candidate.country_status == "unknown":
            text = f"{quoted(raw)} is not a known country; it is imported as typed"
        elif candidate.country_status == "guess":
            text = (f"{quoted(raw)} is not a known country; did you mean “{candidate.country_suggestion}”? "
                    "It is imported as typed unless you accept that")
        else:
            continue
        problems.append(Problem(candidate.line, column, text, field="country", value=raw))
    return problems
