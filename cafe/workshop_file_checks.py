"""Checking a workshop file before anything is stored: strict JSON, the schema, and the workshop's own rules.

Every problem is named with its JSON path (``rooms[2].name``) and sorted by
where it is in the file; :class:`cafe.workshop_file.WorkshopFileError` carries
them to the user. Nothing here touches a database.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import zoneinfo
from collections.abc import Mapping
from typing import Any

import jsonschema

from cafe import workshop_file_format
from cafe.storage.report_keys import MAX_REPORT_TEXT, MAX_REPORT_TITLE
from cafe.storage.snapshots import KINDS
from cafe.workshop_file_format import (
    ALL_SECTIONS,
    BOM,
    FORMAT,
    FORMAT_VERSION,
    MAX_DEPTH,
    READ_VERSIONS,
    SCHEMA_PATH,
    SECTIONS_SINCE_2,
    SURROGATE,
    BadNumber,
    WorkshopFileError,
    clock_text,
    decode_value,
    default_value,
    file_key,
    json_path,
    path_sort_key,
    ref_columns,
    shorten,
    show_value,
)


# -- reading: bytes to JSON --------------------------------------------------------------------
class _DuplicateKeys(dict):
    """An object in which some key appeared more than once."""

    duplicates: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        dups = []
        for key, _ in pairs:
            if key in seen and key not in dups:
                dups.append(key)
            seen.add(key)
        obj = _DuplicateKeys(obj)
        obj.duplicates = dups
    return obj


def _float(text: str) -> Any:
    value = float(text)
    return value if math.isfinite(value) else BadNumber(shorten(text, 30), "is too large a number")


def _int(text: str) -> Any:
    # Python refuses to convert integers of more than 4300 digits; anything past 30 is not a workshop's.
    return int(text) if len(text) <= 30 else BadNumber(text[:20] + "…", "has too many digits")


def _constant(text: str) -> Any:
    return BadNumber(text, "is not allowed (JSON has no NaN or Infinity)")


def _line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def parse_json(data: bytes) -> Any:
    """Bytes -> JSON value; WorkshopFileError for anything that is not JSON text in UTF-8."""
    if len(data) > workshop_file_format.MAX_BYTES:
        raise WorkshopFileError([too_big(len(data))])
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[:exc.start].decode("utf-8")
        raise WorkshopFileError([f"{_line_col(good, len(good))}: not UTF-8 text (byte 0x{data[exc.start]:02x} "
                                 f"at byte offset {exc.start})"]) from None
    if not text.strip():
        raise WorkshopFileError(["line 1, column 1: the file is empty"])
    try:
        return json.loads(text, object_pairs_hook=_object, parse_float=_float, parse_int=_int,
                          parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise WorkshopFileError([f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"]) from None
    except RecursionError:
        raise WorkshopFileError(["$: the JSON is nested far too deeply to be a workshop file"]) from None
    except ValueError as exc:
        raise WorkshopFileError([f"$: not valid JSON ({shorten(str(exc))})"]) from None


def too_big(size: int) -> str:
    return (f"the file is {size / 1024 / 1024:.0f} MB; workshop files larger than "
            f"{workshop_file_format.MAX_BYTES // 1024 // 1024} MB are refused")


def hostile_values(doc: Any) -> list[tuple[tuple, str]]:
    """Values a workshop file must not hold (too deep, NaN, duplicate keys, NUL, lone surrogates)."""
    problems: list[tuple[tuple, str]] = []
    stack: list[tuple[Any, tuple]] = [(doc, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            problems.append((path, f"nested more than {MAX_DEPTH} levels deep"))
            continue
        if isinstance(value, dict):
            for key in getattr(value, "duplicates", ()):
                problems.append((path, f"the key {show_value(key)} appears more than once"))
            stack.extend((v, path + (k,)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, path + (i,)) for i, v in enumerate(value))
        elif isinstance(value, BadNumber):
            problems.append((path, f"{show_value(value)} {value.reason}"))
        elif isinstance(value, str):
            if "\x00" in value:
                problems.append((path, "contains a NUL character (\\u0000)"))
            if SURROGATE.search(value):
                problems.append((path, "contains an unpaired surrogate (\\ud800–\\udfff), which is not text"))
    return problems


# -- reading: shape ----------------------------------------------------------------------------
def schema() -> dict[str, Any]:
    """The file's JSON Schema (draft 2020-12), as shipped in ``cafe/schema/`` (a fresh copy)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@functools.cache
def validator() -> jsonschema.Draft202012Validator:
    # The same schema with its local $refs written out in place: resolving a $ref per value
    # made validation about four times slower (3.4 s instead of 0.9 s for 10,000 notes).
    full = schema()
    return jsonschema.Draft202012Validator(_inline_refs(full, full["$defs"]))


@functools.cache
def _fast_validate() -> Any:
    """The schema compiled to Python by fastjsonschema (about 20 times faster than ``validator``).

    The schema uses only keywords draft-07 has with the same meaning (type, enum, const, pattern,
    lengths, bounds, properties, patternProperties, additionalProperties, required, items as one
    schema), so with its $refs written out it compiles as draft-07; ``x-error`` is ignored.
    """
    import fastjsonschema

    full = schema()
    inlined = _inline_refs(full, full["$defs"])
    inlined["$schema"] = "http://json-schema.org/draft-07/schema#"
    return fastjsonschema.compile(inlined, use_default=False)


def schema_problems(doc: Any) -> list[Any]:
    """The schema's errors for ``doc`` (jsonschema's, for their paths and messages): none for a valid
    document, which the compiled check says in a fraction of the time."""
    import fastjsonschema

    try:
        _fast_validate()(doc)
        return []
    except fastjsonschema.JsonSchemaException:
        return list(validator().iter_errors(doc))


def _inline_refs(node: Any, defs: Mapping[str, Any]) -> Any:
    """``node`` with every ``{"$ref": "#/$defs/x", …}`` replaced by definition x merged with the rest."""
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inline_refs(v, defs) for k, v in node.items() if k not in ("$ref", "$defs")}
    if "$ref" in node:
        target = _inline_refs(defs[node["$ref"].removeprefix("#/$defs/")], defs)
        out = {**target, **out}
    return out


_TYPE_WORDS = {"string": "a string", "integer": "a whole number", "number": "a number",
               "boolean": "true or false", "null": "null", "array": "a list", "object": "an object"}


def schema_messages(error: jsonschema.ValidationError) -> list[tuple[tuple, str]]:
    """One jsonschema error as (path, message) pairs written for people."""
    path = tuple(error.absolute_path)
    v, inst, sub = error.validator, error.instance, error.schema
    if v == "required":
        missing = [k for k in error.validator_value if isinstance(inst, dict) and k not in inst]
        return [(path + (k,), "required field is missing") for k in missing]
    if v == "additionalProperties":
        known = list(sub.get("properties", {})) + [p.strip("^$") for p in sub.get("patternProperties", {})]
        extra = [k for k in inst if k not in known]
        return [(path + (k,), f"unknown field (expected one of: {', '.join(known)})") for k in extra]
    if "x-error" in sub:
        return [(path, f"{show_value(inst)} {sub['x-error']}")]
    if v == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return [(path, f"{show_value(inst)} is not {' or '.join(_TYPE_WORDS.get(t, str(t)) for t in wanted)}")]
    if v == "enum":
        return [(path, f"{show_value(inst)} is not one of {', '.join(show_value(x) for x in error.validator_value)}")]
    if v == "minLength" and error.validator_value == 1:
        return [(path, "must not be empty")]
    if v == "minimum":
        return [(path, f"{show_value(inst)} is less than the minimum of {error.validator_value}")]
    if v == "maximum":
        return [(path, f"{show_value(inst)} is more than the maximum of {error.validator_value}")]
    return [(path, error.message[:200])]


def check_header(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise WorkshopFileError([f"$: a workshop file holds a JSON object, not {_TYPE_WORDS[_json_type(doc)]}"])
    fmt = doc.get("format")
    if fmt != FORMAT:
        found = "it has no \"format\"" if "format" not in doc else f"found {show_value(fmt)}"
        raise WorkshopFileError([f"$.format: not a Knowledge Café workshop file "
                                 f"(expected \"{FORMAT}\"; {found})"])
    version = doc.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise WorkshopFileError([f"$.format_version: written by a newer version of Knowledge Café (format "
                                 f"version {version}; this version reads up to {FORMAT_VERSION}); "
                                 "update the app to open it"])
    if version not in READ_VERSIONS or isinstance(version, bool):
        found = "missing" if "format_version" not in doc else f"found {show_value(version)}"
        expected = " or ".join(str(v) for v in READ_VERSIONS)
        raise WorkshopFileError([f"$.format_version: expected {expected} ({found})"])
    if version < 2:
        newer = sorted(SECTIONS_SINCE_2.intersection(doc))
        if newer:
            raise WorkshopFileError([f"{json_path((section,))}: a file of format version {version} has no "
                                     f"{section} (they came with version 2)" for section in newer])


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, BadNumber):
        return "number"
    for name, typ in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                      ("array", list), ("object", dict)):
        if isinstance(value, typ):
            return name
    return "object"


def raise_sorted(problems: list[tuple[tuple, str]]) -> None:
    if problems:
        # one value can break several keywords of one definition (a uuid's length and pattern)
        problems = sorted(set(problems), key=lambda p: (path_sort_key(p[0]), p[1]))
        raise WorkshopFileError(f"{json_path(path)}: {message}" for path, message in problems)


# -- reading: rows and rules -------------------------------------------------------------------
@dataclasses.dataclass
class _Row:
    kind: str
    path: tuple
    snap: Any


def to_rows(doc: Mapping[str, Any]) -> tuple[dict[str, list[_Row]], list[tuple[tuple, str]]]:
    rows: dict[str, list[_Row]] = {name: [] for name in KINDS}
    problems: list[tuple[tuple, str]] = []
    for section, kind_name in ALL_SECTIONS.items():
        kind = KINDS[kind_name]
        if section == "workshop":
            items: list[tuple[tuple, Any]] = [(("workshop",), doc["workshop"])]
        else:
            items = [((section, i), obj) for i, obj in enumerate(doc.get(section, []))]
        columns = [(col, file_key(col)) for col in kind.columns]
        for path, obj in items:
            values = {}
            for col, key in columns:
                if key not in obj:
                    values[col] = default_value(kind_name, col)
                    continue
                try:
                    values[col] = decode_value(kind_name, col, obj[key])
                except ValueError as exc:
                    problems.append((path + (key,), shorten(str(exc))))
            if len(values) == len(columns):
                rows[kind_name].append(_Row(kind_name, path, kind.snap(**values)))
    return rows, problems


def _label(row: _Row) -> str:
    s = row.snap
    text = getattr(s, "name", None) or getattr(s, "title", None) or s.uuid
    return f"{row.kind.replace('_', ' ')} {show_value(text)}"


def rule_problems(rows: dict[str, list[_Row]]) -> list[tuple[tuple, str]]:
    problems: list[tuple[tuple, str]] = []
    by_uuid: dict[str, _Row] = {}
    for kind_rows in rows.values():
        for row in kind_rows:
            first = by_uuid.setdefault(row.snap.uuid, row)
            if first is not row:
                problems.append((row.path + ("uuid",),
                                 f"duplicate uuid {show_value(row.snap.uuid)} (also used by {json_path(first.path)})"))

    def target(want_kind: str, value: str | None, path: tuple) -> _Row | None:
        if value is None:
            return None
        found = by_uuid.get(value)
        if found is None or found.kind != want_kind:
            what = want_kind.replace("_", " ")
            hint = "" if found is None else f" (that uuid is a {found.kind.replace('_', ' ')})"
            problems.append((path, f"unknown {what} uuid {show_value(value)}{hint}"))
            return None
        return found

    refs: dict[tuple[tuple, str], _Row | None] = {}
    for kind_name, kind_rows in rows.items():
        kind = KINDS[kind_name]
        ref_cols = [(col, file_key(col), _kind_of_model(kind.refs[col])) for col in ref_columns(kind)]
        for row in kind_rows:
            for col, key, want in ref_cols:
                refs[(row.path, col)] = target(want, getattr(row.snap, col), row.path + (key,))
    for row in rows["lesson"]:
        for i, note_uuid in enumerate(row.snap.note_uuids):
            target("note", note_uuid, row.path + ("note_uuids", i))

    def ref(row: _Row, col: str) -> _Row | None:
        return refs.get((row.path, col))

    problems += _workshop_problems(rows["workshop"][0])
    problems += _unique(rows["day"], lambda s: s.date, "date",
                        lambda r, first: f"the workshop already has a day on {r.snap.date} "
                                         f"({json_path(first.path)})")
    problems += _unique(rows["room"], lambda s: s.name.strip().casefold(), "name",
                        lambda r, first: f"there is already a room called {show_value(first.snap.name)} "
                                         f"({json_path(first.path)})")
    for row in rows["agenda_item"]:
        s = row.snap
        if s.end <= s.start:
            problems.append((row.path + ("end",), f"{_label(row)} ends at {clock_text(s.end)}, "
                                                   f"not after it starts ({clock_text(s.start)})"))
    problems += _unique(rows["theme"], lambda s: s.room_uuid, "room",
                        lambda r, first: f"{_label(ref(r, 'room_uuid') or r)} already hosts "
                                         f"{_label(first)} ({json_path(first.path)})")
    problems += _unique(rows["group_member"], lambda s: s.participant_uuid, "participant",
                        lambda r, first: f"{_label(ref(r, 'participant_uuid') or r)} is already in "
                                         f"{_label(ref(first, 'group_uuid') or first)} ({json_path(first.path)})")
    problems += _round_problems(rows, ref)
    problems += _unique(rows["room_round"], lambda s: (s.round_uuid, s.room_uuid), "room",
                        lambda r, first: f"this room already has a clock row for the round "
                                         f"({json_path(first.path)})")
    problems += _unique(rows["round_summary"], lambda s: (s.round_uuid, s.room_uuid), "room",
                        lambda r, first: f"this room already has a summary for the round "
                                         f"({json_path(first.path)})")

    def round_no(r: _Row) -> str:
        rnd = ref(r, "round_uuid")
        return f"round {rnd.snap.number}" if rnd is not None else "the same round"

    problems += _unique(rows["assignment"], lambda s: (s.round_uuid, s.group_uuid), "group",
                        lambda r, first: f"{_label(ref(r, 'group_uuid') or r)} is already in "
                                         f"{_label(ref(first, 'room_uuid') or first)} in {round_no(r)} "
                                         f"({json_path(first.path)})")
    problems += _unique(rows["assignment"], lambda s: (s.round_uuid, s.room_uuid), "room",
                        lambda r, first: f"{_label(ref(r, 'room_uuid') or r)} already has "
                                         f"{_label(ref(first, 'group_uuid') or first)} in {round_no(r)} "
                                         f"({json_path(first.path)})")
    problems += _unique(rows["seat"], lambda s: (s.round_uuid, s.participant_uuid), "participant",
                        lambda r, first: f"{_label(ref(r, 'participant_uuid') or r)} already has a seat in "
                                         f"{round_no(r)} ({json_path(first.path)})")
    problems += _unique(rows["session_account"], lambda s: s.agenda_item_uuid, "agenda_item",
                        lambda r, first: f"{_label(ref(r, 'agenda_item_uuid') or r)} already has an account "
                                         f"({json_path(first.path)})")
    for row in rows["speaker"]:
        if not row.snap.name.strip():
            problems.append((row.path + ("name",), "a speaker needs a name"))
    return problems


def _kind_of_model(model: type) -> str:
    return next(k.name for k in KINDS.values() if k.model is model)


def _unique(rows: list[_Row], key, field_name: str, message) -> list[tuple[tuple, str]]:
    """A problem on every row whose ``key`` (when not None) an earlier row already has."""
    first: dict[Any, _Row] = {}
    problems = []
    for row in rows:
        value = key(row.snap)
        if value is None or (isinstance(value, tuple) and None in value):
            continue
        if value in first:
            problems.append((row.path + (field_name,), message(row, first[value])))
        else:
            first[value] = row
    return problems


def _workshop_problems(row: _Row) -> list[tuple[tuple, str]]:
    w, problems = row.snap, []
    try:
        zoneinfo.ZoneInfo(w.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        problems.append((row.path + ("time_zone",),
                         f"unknown time zone {show_value(w.time_zone)} (use a name such as Europe/Zurich)"))
    if w.start_date and w.end_date and w.end_date < w.start_date:
        problems.append((row.path + ("end_date",), f"the workshop ends ({w.end_date}) before it starts "
                                                    f"({w.start_date})"))
    if w.danger_minutes > w.warning_minutes:
        problems.append((row.path + ("danger_minutes",), f"{w.danger_minutes} is longer than "
                                                          f"warning_minutes ({w.warning_minutes})"))
    return problems + _report_problems(row)


def _report_problems(row: _Row) -> list[tuple[tuple, str]]:
    """The report's settings: one-line titles, each section once, texts of a bearable length."""
    w, problems = row.snap, []
    if "\n" in w.report_title or len(w.report_title) > MAX_REPORT_TITLE:
        problems.append((row.path + ("report_title",), f"the report's title is one line of at most "
                                                        f"{MAX_REPORT_TITLE} characters"))
    for name in ("wrapup_lead_in", "statistics"):
        if len(getattr(w, name)) > MAX_REPORT_TEXT:
            problems.append((row.path + (name,), f"holds {len(getattr(w, name)):,} characters; at most "
                                                 f"{MAX_REPORT_TEXT:,} are allowed"))
    first: dict[str, int] = {}
    for i, section in enumerate(w.report_sections):
        path = row.path + ("report_sections", i)
        if section["key"] in first:
            problems.append((path + ("key",), f"the section {show_value(section['key'])} is already listed "
                                              f"({json_path(row.path + ('report_sections', first[section['key']]))})"))
        first.setdefault(section["key"], i)
        if len(section["title"]) > MAX_REPORT_TITLE:
            problems.append((path + ("title",), f"a section's title is at most {MAX_REPORT_TITLE} characters"))
    return problems


def _round_problems(rows: dict[str, list[_Row]], ref) -> list[tuple[tuple, str]]:
    problems = []
    for row in rows["round"]:
        item = ref(row, "agenda_item_uuid")
        if item is not None and item.snap.kind.value != "round":
            problems.append((row.path + ("agenda_item",),
                             f"{_label(item)} is of kind {show_value(item.snap.kind.value)}; a round must point at "
                             f"an agenda item of kind \"round\""))
    problems += _unique(rows["round"], lambda s: s.agenda_item_uuid, "agenda_item",
                        lambda r, first: f"this agenda item already has a round ({json_path(first.path)})")
    problems += _unique(rows["round"], lambda s: s.number, "number",
                        lambda r, first: f"round number {r.snap.number} is used twice "
                                         f"({json_path(first.path)})")
    with_round = {r.snap.agenda_item_uuid for r in rows["round"]}
    for row in rows["agenda_item"]:
        if row.snap.kind.value == "round" and row.snap.uuid not in with_round:
            problems.append((row.path + ("kind",), f"{_label(row)} is of kind \"round\" but no row in "
                                                    "$.rounds points at it"))
    return problems
