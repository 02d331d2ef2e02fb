"""Participants from a registration CSV, up to a preview; nothing is stored here.

Contract
--------
* :func:`cafe.people.csv_table.read_table` turns the file into a :class:`Table`
  (encodings, delimiters and damaged lines are decided there).
* :func:`guess_mapping` proposes which column holds which field;
  :class:`ColumnMapping` is what the user confirms and what the caller stores
  (``to_dict`` / ``from_dict``).
* :func:`parse_participants` turns a table and a mapping into an
  :class:`ImportPreview`: candidate participants with normalised fields,
  line-numbered problems, each country value and what an import stores for
  it, stakeholder types it could not recognise, and groups of rows that look
  like the same person (among themselves or against participants already in
  the workshop). :func:`apply_country_fixes` returns a new preview with
  countries the user chose. The caller imports the candidates once the user
  accepts.
* Functions are pure.

Decisions on bad input
----------------------
* Fields of any length are read; a mapped value longer than
  :data:`MAX_VALUE_LENGTH` characters is cut, with a problem.
* Invisible characters (zero-width spaces, byte-order marks, …) at the edges
  of a value are removed; a row without a name, or whose name is made only of
  them, gives the problem "no name" and no candidate.

Decisions on countries (see :mod:`cafe.people.import_countries`)
----------------------------------------------------------------
* A UN State is stored under its UN name ("Vietnam" -> "Viet Nam"), and the
  preview says so; anything else (a territory, Kosovo, a value nothing
  recognises) is stored as typed.
* A suggested country ("Ivory Cost": "Côte d'Ivoire"?) is never stored unless
  the user accepts it: until then the row is imported as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, cast

from cafe.i18n import _, format_number
from cafe.people.countries import CountryMatch, country_name, match_country, name_key
from cafe.people.csv_table import (
    CONTROL_CHARACTERS,
    CsvImportError,
    Problem,
    Table,
    excerpt,
    quoted,
    strip_invisible,
)
from cafe.people.import_countries import (
    CountryValue,
    chosen_fields,
    country_fields,
    country_problems,
    country_values,
)
from cafe.people.import_duplicates import DuplicateGroup, ExistingParticipant, fold
from cafe.people.import_duplicates import duplicates as find_duplicates
from cafe.people.labels import field_label
from cafe.storage.models import StakeholderType

MAX_VALUE_LENGTH = 500


# ---------------------------------------------------------------- mapping


FIELDS = ("name", "first_name", "last_name", "organisation", "country",
          "stakeholder_type", "delegation", "email")
FIELD_LABELS = {
    "name": "Name", "first_name": "First name", "last_name": "Last name",
    "organisation": "Organisation", "country": "Country", "stakeholder_type": "Stakeholder type",
    "delegation": "Delegation", "email": "E-mail",
}


@dataclass(frozen=True)
class ColumnMapping:
    """Which header holds each field (None: not in the file).

    The name comes from ``name``, or, on rows where that is empty or not
    mapped, from ``first_name`` and ``last_name`` joined by a space.
    """

    name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    organisation: str | None = None
    country: str | None = None
    stakeholder_type: str | None = None
    delegation: str | None = None
    email: str | None = None

    def has_name(self) -> bool:
        return bool(self.name or self.first_name or self.last_name)

    def to_dict(self) -> dict[str, str | None]:
        """A JSON-able dict, one key per field in :data:`FIELDS`."""
        return {name: getattr(self, name) for name in FIELDS}

    @classmethod
    def from_dict(cls, data: object) -> ColumnMapping:
        """The mapping ``to_dict`` wrote. Unknown keys are ignored (a newer
        version may store more); a value that is not a string or None raises
        :class:`CsvImportError`."""
        if not isinstance(data, Mapping):
            raise CsvImportError(_("the saved column choice is not a set of field names and columns"))
        values = {}
        for name in FIELDS:
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                raise CsvImportError(
                    _("the saved column for {field} is not a column name").format(field=field_label(name)))
            values[name] = value or None
        return cls(**values)

    def restricted_to(self, headers: Iterable[str]) -> ColumnMapping:
        """This mapping without the headers a file does not have (for reusing
        a saved mapping on a new file)."""
        present = set(headers)
        return ColumnMapping(**{name: value if value in present else None
                                for name, value in self.to_dict().items()})


_HEADER_NAMES = {
    "name": ("name", "full name", "fullname", "participant", "participant name", "name of participant",
             "delegate", "delegate name", "attendee", "attendee name", "nom complet", "nom et prenom",
             "prenom et nom", "nom prenom", "prenom nom", "nom du participant", "participant e"),
    "first_name": ("first name", "firstname", "given name", "given names", "forename", "first",
                   "prenom", "prenoms"),
    "last_name": ("last name", "lastname", "surname", "family name", "last", "nom", "nom de famille"),
    "organisation": ("organisation", "organization", "org", "organisation name", "organization name",
                     "institution", "affiliation", "company", "entity", "agency", "employer",
                     "organisme", "entite", "structure", "institution organisation",
                     "organisation institution", "organization institution"),
    "country": ("country", "pays", "nationality", "nationalite", "country of origin",
                "country territory", "country represented", "member state", "pays d origine"),
    "stakeholder_type": ("stakeholder", "stakeholder type", "stakeholder group", "stakeholder category",
                         "category", "type", "sector", "constituency", "participant type",
                         "type of organisation", "type of organization", "organisation type",
                         "organization type", "categorie", "type d acteur", "type de participant",
                         "secteur", "partie prenante", "type de partie prenante",
                         "type d organisation"),
    "delegation": ("delegation", "delegation name", "representing", "nom de la delegation"),
    "email": ("email", "e mail", "email address", "e mail address", "mail", "courriel",
              "adresse electronique", "adresse e mail", "adresse email", "adresse courriel"),
}
# Words that give a header away when no name above matches it exactly,
# tried in this order (so "Organisation type" is a stakeholder type).
_HEADER_WORDS = (
    ("email", {"email", "courriel", "mail"}),
    ("stakeholder_type", {"stakeholder", "category", "categorie", "sector", "secteur", "constituency"}),
    ("country", {"country", "pays", "nationality", "nationalite"}),
    ("organisation", {"organisation", "organization", "affiliation", "institution", "organisme",
                      "company", "entreprise"}),
    ("delegation", {"delegation"}),
    ("first_name", {"first", "given", "prenom", "forename"}),
    ("last_name", {"last", "surname", "family"}),
    ("name", {"name", "nom"}),
)


def guess_mapping(headers: Iterable[str]) -> ColumnMapping:
    """A mapping from common header names in English and French.

    Exact names first (after folding case, accents and punctuation), then
    headers containing a telling word; each header serves one field, the
    leftmost wins. A lone "Nom" or "Last name" (no first-name column and no
    full-name column) is taken as the name.
    """
    headers = list(headers)
    folded = [fold(header) for header in headers]
    chosen: dict[str, str] = {}
    used: set[int] = set()
    for name, accepted in _HEADER_NAMES.items():
        for index, form in enumerate(folded):
            if index not in used and form in accepted:
                chosen[name] = headers[index]
                used.add(index)
                break
    for index, form in enumerate(folded):
        if index in used:
            continue
        words = set(form.split())
        if "e mail" in form:
            words.add("email")
        for name, telling in _HEADER_WORDS:
            if name not in chosen and words & telling:
                chosen[name] = headers[index]
                used.add(index)
                break
    if "name" not in chosen and ("first_name" in chosen) != ("last_name" in chosen):
        chosen["name"] = chosen.pop("first_name", "") or chosen.pop("last_name")
    return ColumnMapping(**chosen)


# ---------------------------------------------------------------- values


_STAKEHOLDER_NAMES = {
    StakeholderType.state: (
        "state", "states", "member state", "member states", "government", "governments", "gov",
        "govt", "governmental", "national government", "ministry", "public sector",
        "public authority", "public authorities", "state actor", "etat", "etats", "etat membre",
        "etats membres", "gouvernement", "secteur public"),
    StakeholderType.civil_society: (
        "civil society", "civil society organisation", "civil society organization", "cso", "csos",
        "ngo", "ngos", "non governmental", "non governmental organisation",
        "non governmental organization", "nongovernmental organization", "nonprofit", "non profit", "npo",
        "community based organisation", "community based organization", "cbo",
        "faith based organisation", "faith based organization", "societe civile", "ong", "osc",
        "organisation de la societe civile", "organisation non gouvernementale"),
    StakeholderType.private_sector: (
        "private sector", "private", "business", "businesses", "company", "companies", "industry",
        "corporate", "private company", "enterprise", "secteur prive", "entreprise", "entreprises",
        "prive"),
    StakeholderType.international_organisation: (
        "international organisation", "international organization", "international organisations",
        "international organizations", "io", "ios", "igo", "igos", "intergovernmental",
        "inter governmental organisation", "inter governmental organization",
        "intergovernmental organisation",
        "intergovernmental organization", "un", "united nations", "un agency", "un system",
        "un entity", "multilateral", "organisation internationale", "organisations internationales",
        "oi", "nations unies", "organisation intergouvernementale"),
    StakeholderType.academia: (
        "academia", "academic", "academics", "university", "universities", "research",
        "research institute", "research institution", "think tank", "universite", "universites",
        "recherche", "milieu universitaire", "milieux academiques", "academique"),
    StakeholderType.other: ("other", "others", "autre", "autres"),
}
_STAKEHOLDER_LOOKUP = {
    fold(text): kind for kind, texts in _STAKEHOLDER_NAMES.items()
    for text in (*texts, kind.value, kind.name)
}


def stakeholder_type(text: str) -> StakeholderType | None:
    """The stakeholder type a registration form's wording means, or None.

    Recognises common English and French wordings ("Member State", "NGO",
    "Business", "UN", "University"…); a value made of parts such as
    "NGO / Civil society" is recognised when all its parts agree.
    """
    found = _STAKEHOLDER_LOOKUP.get(fold(text))
    if found is not None:
        return found
    parts = {_STAKEHOLDER_LOOKUP.get(fold(part)) for part in re.split(r"[/()|,;–-]+", text)
             if fold(part)}
    return parts.pop() if len(parts) == 1 else None


_DOMAIN_LABEL = re.compile(r"^[^\W_](?:[\w-]*[^\W_])?$")


def clean_email(text: str) -> str | None:
    """The address in ``text`` (surrounding "<>" or "mailto:" removed), or
    None if it is not one."""
    value = text.strip().removeprefix("mailto:").strip().removeprefix("<").removesuffix(">").strip()
    local, at, domain = value.rpartition("@")
    if not at or not local or "@" in local or any(ch.isspace() for ch in value):
        return None
    if any(ch in local for ch in '<>()[]\\,;:"') or local.startswith(".") or local.endswith("."):
        return None
    labels = domain.split(".")
    if len(labels) < 2 or len(labels[-1]) < 2 or not all(_DOMAIN_LABEL.match(x) for x in labels):
        return None
    return value


def _clean(value: str) -> str:
    """Control characters removed, spaces collapsed, no invisible characters at the edges."""
    return strip_invisible(" ".join(CONTROL_CHARACTERS.sub("", value).split()))


# ---------------------------------------------------------------- preview


@dataclass(frozen=True)
class ParticipantCandidate:
    """One row as a participant would be created from it.

    ``country`` is what is stored (the UN name of a UN State, otherwise the
    file's value as typed, or the user's choice), ``country_code`` its alpha-3
    code ("" when nothing was recognised), ``country_raw`` what the file said,
    ``country_status`` how it was read and ``country_suggestion`` a suggested
    name the user has not accepted (see :mod:`cafe.people.import_countries`).
    """

    line: int
    name: str
    organisation: str = ""
    country: str = ""
    country_code: str = ""
    country_raw: str = ""
    country_status: str = ""
    country_suggestion: str = ""
    stakeholder_type: StakeholderType = StakeholderType.other
    stakeholder_raw: str = ""
    delegation: str = ""
    email: str = ""

    @property
    def country_guessed(self) -> bool:
        """True while a suggested country awaits the user's word (the row is imported as typed till then)."""
        return self.country_status == "guess"

    def participant_fields(self) -> dict[str, object]:
        """Keyword arguments for a ``Participant`` row."""
        return {"name": self.name, "organisation": self.organisation, "country": self.country,
                "stakeholder_type": self.stakeholder_type, "delegation": self.delegation,
                "email": self.email}


@dataclass(frozen=True)
class CountryGuess:
    """A suggested country (never applied until accepted), and the lines whose value it is for."""

    match: CountryMatch
    lines: tuple[int, ...]


@dataclass(frozen=True)
class ImportPreview:
    """What an import would create, and what the user should look at first.

    ``unmatched_countries`` and ``unmatched_stakeholder_types`` map each raw
    value to the lines that have it; ``country_guesses`` likewise, with the
    suggestion (not filled into the candidates: they keep the value as typed
    until the user accepts it). ``country_values`` lists every country value
    that is stored otherwise than the file says it or that the user should
    check. Candidates with an unknown stakeholder type have "other".
    """

    candidates: tuple[ParticipantCandidate, ...]
    problems: tuple[Problem, ...]
    unmatched_countries: dict[str, tuple[int, ...]]
    country_guesses: dict[str, CountryGuess]
    unmatched_stakeholder_types: dict[str, tuple[int, ...]]
    duplicates: tuple[DuplicateGroup, ...]
    existing: tuple[ExistingParticipant, ...] = field(default=(), repr=False)
    country_values: tuple[CountryValue, ...] = ()
    country_column: str | None = field(default=None, repr=False)
    #: the problems that do not depend on the countries chosen
    row_problems: tuple[Problem, ...] = field(default=(), repr=False)


def parse_participants(table: Table, mapping: ColumnMapping,
                       existing: Iterable[ExistingParticipant] = ()) -> ImportPreview:
    """The preview of importing ``table`` with ``mapping``.

    Raises :class:`CsvImportError` when the mapping has no name column or
    names a column the table does not have.
    """
    _check_mapping(table, mapping)
    positions = {header: index for index, header in enumerate(table.headers)}
    columns = {name: header for name, header in mapping.to_dict().items() if header is not None}
    problems = list(table.problems)
    candidates = []
    for row in table.rows:
        values: dict[str, str] = {}
        for name, header in columns.items():
            value = _clean(row.values[positions[header]])
            if len(value) > MAX_VALUE_LENGTH:
                problems.append(Problem(
                    row.line, header, _("the value is {n} characters long; only the first {most} are kept").format(
                        n=format_number(len(value)), most=format_number(MAX_VALUE_LENGTH)), field=name))
                value = value[:MAX_VALUE_LENGTH].rstrip()
            values[name] = value
        candidate, row_problems = _candidate(row.line, values, columns)
        problems.extend(row_problems)
        if candidate is not None:
            candidates.append(candidate)
    return _preview(tuple(candidates), problems, tuple(existing), columns.get("country"))


def _check_mapping(table: Table, mapping: ColumnMapping) -> None:
    if not mapping.has_name():
        raise CsvImportError(
            _("choose the column that holds the name (or the columns for first and last name)"),
            filename=table.filename or None)
    present = set(table.headers)
    for name, header in mapping.to_dict().items():
        if header is not None and header not in present:
            raise CsvImportError(
                _("the column “{column}” chosen for {field} is not in this file").format(
                    column=excerpt(header), field=field_label(name)),
                filename=table.filename or None)


def _candidate(line: int, values: dict[str, str], columns: dict[str, str]
               ) -> tuple[ParticipantCandidate | None, list[Problem]]:
    name = values.get("name") or " ".join(
        part for part in (values.get("first_name", ""), values.get("last_name", "")) if part)
    if not name:
        return None, [Problem(line, None, _("no name"), field="name")]
    problems = []
    country_raw = values.get("country", "")
    country = country_fields(country_raw)
    stakeholder_raw = values.get("stakeholder_type", "")
    kind = stakeholder_type(stakeholder_raw) if stakeholder_raw else StakeholderType.other
    if kind is None:
        kind = StakeholderType.other
        problems.append(Problem(
            line, columns["stakeholder_type"], _("{value} is not a known stakeholder type; “other” is used").format(
                value=quoted(stakeholder_raw)),
            field="stakeholder_type",
            value=stakeholder_raw))
    email_raw = values.get("email", "")
    email = clean_email(email_raw) if email_raw else ""
    if email is None:
        email = ""
        problems.append(Problem(line, columns["email"], _("{value} is not an e-mail address").format(
                                    value=quoted(email_raw)),
                                field="email", value=email_raw))
    return ParticipantCandidate(
        line=line, name=name, organisation=values.get("organisation", ""), country_raw=country_raw,
        stakeholder_type=kind, stakeholder_raw=stakeholder_raw, delegation=values.get("delegation", ""),
        email=email, **country), problems


def _preview(candidates: tuple[ParticipantCandidate, ...], row_problems: list[Problem],
             existing: tuple[ExistingParticipant, ...], country_column: str | None) -> ImportPreview:
    unmatched: dict[str, list[int]] = {}
    guessed: dict[str, list[int]] = {}
    unknown_kinds: dict[str, list[int]] = {}
    for candidate in candidates:
        if candidate.country_status == "unknown":
            unmatched.setdefault(candidate.country_raw, []).append(candidate.line)
        elif candidate.country_status == "guess":
            guessed.setdefault(candidate.country_raw, []).append(candidate.line)
    for problem in row_problems:
        if problem.field == "stakeholder_type" and problem.value:
            unknown_kinds.setdefault(problem.value, []).append(problem.line or 0)
    # a suggestion is one match_country found (see country_fields)
    guesses = {raw: CountryGuess(cast(CountryMatch, match_country(raw)), tuple(lines))
               for raw, lines in guessed.items()}
    problems = [*row_problems, *country_problems(candidates, country_column)]
    return ImportPreview(
        candidates=candidates,
        problems=tuple(sorted(problems, key=_problem_order)),
        unmatched_countries={raw: tuple(lines) for raw, lines in unmatched.items()},
        country_guesses=guesses,
        unmatched_stakeholder_types={raw: tuple(lines) for raw, lines in unknown_kinds.items()},
        duplicates=find_duplicates(candidates, existing),
        existing=existing,
        country_values=country_values(candidates),
        country_column=country_column,
        row_problems=tuple(row_problems),
    )


def _problem_order(problem: Problem) -> tuple[int, int]:
    """By line, then in the order of the fields (a row's country before its e-mail)."""
    return problem.line or 0, FIELDS.index(problem.field) if problem.field in FIELDS else -1


def apply_country_fixes(preview: ImportPreview, fixes: Mapping[str, str | None]) -> ImportPreview:
    """``preview`` with the countries the user chose: ``fixes`` maps a raw
    value from the file to an alpha-3 code or a country's name, or to None to
    go back to the value as the file says it (a suggestion not accepted).

    A fix may also replace a country that was recognised. Fixes for values no
    row has are ignored, so a remembered set of fixes can be applied whole. A
    fix naming no known country raises :class:`CsvImportError`.
    """
    present = {candidate.country_raw for candidate in preview.candidates}
    chosen: dict[str, dict[str, Any]] = {}
    for raw, target in fixes.items():
        if raw not in present:
            continue
        if target is None:
            chosen[raw] = {"country": "", "country_code": "", "country_status": "", "country_suggestion": "",
                           **country_fields(raw)}
            continue
        found = match_country(target)
        if found is None or not found.exact:
            raise CsvImportError(_("{value} is not a known country").format(value=quoted(target)))
        if not found.un_state and name_key(target) != f"country:{found.alpha_3}":
            # a place that is no UN State, named by its code: its usual name rather than the code
            found = replace(found, name=country_name(found.alpha_3) or found.name)
        chosen[raw] = chosen_fields(found)
    candidates = tuple(
        replace(candidate, **chosen[candidate.country_raw]) if candidate.country_raw in chosen else candidate
        for candidate in preview.candidates)
    return _preview(candidates, list(preview.row_problems), preview.existing, preview.country_column)


__all__ = [
    "MAX_VALUE_LENGTH", "FIELDS", "FIELD_LABELS", "CsvImportError", "Problem",
    "Table", "ColumnMapping", "guess_mapping", "stakeholder_type",
    "clean_email", "ExistingParticipant", "ParticipantCandidate", "CountryGuess", "CountryValue", "DuplicateGroup",
    "ImportPreview", "parse_participants", "apply_country_fixes",
]
