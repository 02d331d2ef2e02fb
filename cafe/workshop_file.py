"""The workshop file: one whole workshop as versioned JSON.

Contract
--------
* :func:`dump_bytes` turns the workshop in a database into the file's bytes;
  the output is canonical (fixed key order, deterministic row order, UTF-8,
  two-space indent, trailing newline), so dump → load → dump gives the same
  bytes.
* :func:`read_rows` parses and validates a file without touching a database
  and returns snapshots keyed by kind (the keys of :data:`cafe.snapshots.KINDS`),
  ready for :meth:`cafe.service.Service.import_rows`.
* :func:`load` validates first, then writes everything in one transaction;
  if anything is wrong nothing is written.
* Every refusal is a :class:`WorkshopFileError` whose ``errors`` each name the
  place (JSON path such as ``$.themes[2].room``, or line and column) and what
  is wrong; when the source is a file path each message begins with its name.

The format is described by ``cafe/schema/workshop.schema.json`` (JSON Schema
draft 2020-12) and documented in ``docs/workshop-file.md``. Pure Python: no
Qt, safe to call from a worker thread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
import math
import re
import types
import typing
import zoneinfo
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jsonschema
import sqlalchemy as sa

from .atomic import WriteError, atomic_write
from .models import NoteCategory
from .service import Changes, Service, ServiceError
from .snapshots import KINDS, Kind, agenda_sort_key, snap_to_row_form

SCHEMA_PATH = Path(__file__).with_name("schema") / "workshop.schema.json"
FORMAT = "knowledge-cafe-workshop"
FORMAT_VERSION = 1
#: Files larger than this are refused before they are read.
MAX_BYTES = 200 * 1024 * 1024
#: A workshop file nests four levels deep; anything far deeper is not one.
MAX_DEPTH = 32
#: How many errors ``str()`` shows before "… and N more".
SHOWN_ERRORS = 20

#: File section -> kind, in the file's order (the workshop section is a single object).
SECTIONS: dict[str, str] = {
    "workshop": "workshop", "days": "day", "rooms": "room", "agenda": "agenda_item",
    "themes": "theme", "hosts": "host", "participants": "participant", "groups": "group",
    "group_members": "group_member", "rounds": "round", "room_rounds": "room_round",
    "assignments": "assignment", "notes": "note", "round_summaries": "round_summary",
    "lessons": "lesson",
}
#: Sections added after format version 1 was fixed: written only when they hold rows, so a
#: workshop that does not use them gives the same file as before (section -> kind).
OPTIONAL_SECTIONS: dict[str, str] = {"seats": "seat"}
ALL_SECTIONS: dict[str, str] = {**SECTIONS, **OPTIONAL_SECTIONS}
SECTION_OF_KIND: dict[str, str] = {kind: section for section, kind in ALL_SECTIONS.items()}

_BOM = b"\xef\xbb\xbf"
_SURROGATE = re.compile("[\ud800-\udfff]")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class WorkshopFileError(Exception):
    """A workshop file that cannot be read or written.

    ``errors`` lists every problem found, each ``"JSON-path: message"``
    (prefixed with the file name when reading from a path); ``str()`` shows
    the first :data:`SHOWN_ERRORS`, one per line.
    """

    def __init__(self, errors: Iterable[str]):
        self.errors: list[str] = list(errors)
        super().__init__(self._text())

    def _text(self) -> str:
        shown = self.errors[:SHOWN_ERRORS]
        more = len(self.errors) - len(shown)
        return "\n".join(shown + ([f"… and {more} more"] if more > 0 else []))

    def __str__(self) -> str:
        return self._text()


# -- field names and values ------------------------------------------------------------------
def file_key(column: str) -> str:
    """The file's key for a snapshot column: ``room_uuid`` is written ``room``."""
    if column.endswith("_uuid") and column != "uuid":
        return column[:-5]
    return column


def _ref_columns(kind: Kind) -> list[str]:
    return [c for c in kind.columns if c.endswith("_uuid") and c != "uuid"]


@functools.cache
def _field_type(kind_name: str, column: str) -> Any:
    """The column's Python type with ``None`` stripped (``list`` for JSON lists)."""
    if column.endswith("_uuid"):
        return str
    annotation = KINDS[kind_name].model.model_fields[column].annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    return typing.get_origin(annotation) or annotation


def _default(kind_name: str, column: str) -> Any:
    field_name = column[:-5] + "_id" if column.endswith("_uuid") and column != "uuid" else column
    info = KINDS[kind_name].model.model_fields[field_name]
    value = info.default_factory() if info.default_factory is not None else info.default
    return tuple(value) if isinstance(value, list) else value


def _clock_text(value: dt.time) -> str:
    if value.second == 0 and value.microsecond == 0:
        return value.strftime("%H:%M")
    return value.isoformat()


def _instant_text(value: dt.datetime) -> str:
    """Instants are stored aware in UTC; a naive one is taken to be UTC already."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat() + "Z"


def _encode(value: Any, where: str) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise WorkshopFileError([f"{where}: {value} cannot be written (JSON has no NaN or Infinity)"])
        return value
    if isinstance(value, dt.datetime):
        return _instant_text(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return _clock_text(value)
    if isinstance(value, (list, tuple)):
        return [_encode(v, f"{where}[{i}]") for i, v in enumerate(value)]
    raise WorkshopFileError([f"{where}: a value of type {type(value).__name__} cannot be written"])


def _decode(kind_name: str, column: str, value: Any) -> Any:
    """A schema-valid JSON value as the snapshot holds it; ValueError names what is wrong."""
    if value is None:
        return None
    typ = _field_type(kind_name, column)
    if isinstance(typ, type) and issubclass(typ, enum.Enum):
        return typ(value)
    if typ is dt.datetime:
        try:
            return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
        except ValueError:
            raise ValueError(f"{_show(value)} is not a valid instant") from None
    if typ is dt.date:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{_show(value)} is not a valid date") from None
    if typ is dt.time:
        return dt.time.fromisoformat(value)
    if typ is list:
        return tuple(value)
    if typ is float:
        return float(value)
    if typ is int:
        return int(value)
    return value


def _show(value: Any, limit: int = 60) -> str:
    """A short JSON rendering of a value for a message."""
    if isinstance(value, _BadNumber):
        return value.text
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit] + "…"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= limit + 2 else text[:limit] + "…"


def json_path(parts: Iterable[str | int]) -> str:
    """``("themes", 2, "room")`` -> ``$.themes[2].room``."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.match(part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part)}]"
    return out


def _path_sort_key(parts: Iterable[str | int]) -> tuple:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts)


# -- writing ---------------------------------------------------------------------------------
def _sorted_rows(rows: Mapping[str, list]) -> dict[str, list]:
    """Rows of each kind in the file's deterministic order."""
    day_date = {d.uuid: d.date for d in rows["day"]}
    room_key = {r.uuid: (r.position, r.uuid) for r in rows["room"]}
    round_key = {r.uuid: (r.number, r.uuid) for r in rows["round"]}
    group_key = {g.uuid: (g.position, g.uuid) for g in rows["group"]}
    person_key = {p.uuid: (p.name.casefold(), p.name, p.uuid) for p in rows["participant"]}
    nobody = ("", "", "")
    category_rank = {c: i for i, c in enumerate(NoteCategory)}
    nowhere = (0, "")

    def by_position(r):
        return (r.position, r.uuid)

    def room_then_round(r):
        return (room_key.get(r.room_uuid, nowhere), round_key.get(r.round_uuid, nowhere), r.uuid)

    def round_then_room(r):
        return (round_key.get(r.round_uuid, nowhere), room_key.get(r.room_uuid, nowhere), r.uuid)

    def note_key(n):
        rnd = (0, nowhere) if n.round_uuid is None else (1, round_key.get(n.round_uuid, nowhere))
        return (room_key.get(n.room_uuid, nowhere), rnd, category_rank.get(n.category, len(category_rank)),
                n.position, n.uuid)

    keys = {
        "workshop": lambda w: w.uuid,
        "day": lambda d: (d.date, d.position, d.uuid),
        "room": by_position,
        "agenda_item": agenda_sort_key(day_date),
        "theme": by_position,
        "host": by_position,
        "participant": lambda p: person_key[p.uuid],
        "group": by_position,
        "group_member": lambda gm: (group_key.get(gm.group_uuid, nowhere),
                                    person_key.get(gm.participant_uuid, ("", "", "")), gm.uuid),
        "round": lambda r: (r.number, r.uuid),
        "room_round": round_then_room,
        "assignment": round_then_room,
        "note": note_key,
        "round_summary": room_then_round,
        "lesson": by_position,
        "seat": lambda s: (round_key.get(s.round_uuid, nowhere), room_key.get(s.room_uuid, nowhere),
                           person_key.get(s.participant_uuid, nobody), s.uuid),
    }
    return {name: sorted(rows.get(name, ()), key=keys[name]) for name in KINDS}


def _row_object(snap: Any, where: str) -> dict[str, Any]:
    return {file_key(col): _encode(value, f"{where}.{file_key(col)}")
            for col, value in snap_to_row_form(snap).items()}


def rows_to_document(rows: Mapping[str, list]) -> dict[str, Any]:
    """Snapshots keyed by kind -> the file's JSON object (keys and rows in canonical order)."""
    rows = _sorted_rows(rows)
    if len(rows["workshop"]) != 1:
        raise WorkshopFileError([f"$.workshop: the database holds {len(rows['workshop'])} workshops, "
                                 "a file holds exactly one"])
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    for section, kind_name in ALL_SECTIONS.items():
        if section in OPTIONAL_SECTIONS and not rows[kind_name]:
            continue
        objs = [_row_object(snap, f"$.{section}[{i}]") for i, snap in enumerate(rows[kind_name])]
        doc[section] = objs[0] if section == "workshop" else objs
    return doc


def document_bytes(doc: Mapping[str, Any]) -> bytes:
    """The canonical bytes of a file's JSON object."""
    text = json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise WorkshopFileError([f"$: the workshop holds text that is not valid Unicode "
                                 f"({exc.object[exc.start:exc.end]!r})"]) from None


def dump_bytes(service: Service) -> bytes:
    """The whole workshop in ``service``'s database (notes included) as file bytes."""
    return document_bytes(rows_to_document(service.export_rows()))


def write(service: Service, path: str | Path) -> None:
    """Save the workshop to ``path`` atomically (:mod:`cafe.atomic`): a crash leaves either
    the old file or the new one, never half of one."""
    path = Path(path)
    data = dump_bytes(service)
    try:
        atomic_write(path, data)
    except WriteError as exc:
        raise WorkshopFileError([f"{path.name}: cannot be written ({exc})"]) from None


# -- reading: bytes to JSON --------------------------------------------------------------------
class _BadNumber:
    """Stands in for a number JSON allows but a workshop file does not (NaN, 1e999, …)."""

    def __init__(self, text: str, reason: str):
        self.text = text
        self.reason = reason


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
    return value if math.isfinite(value) else _BadNumber(text, "is too large a number")


def _int(text: str) -> Any:
    # Python refuses to convert integers of more than 4300 digits; anything past 30 is not a workshop's.
    return int(text) if len(text) <= 30 else _BadNumber(text[:20] + "…", "has too many digits")


def _constant(text: str) -> Any:
    return _BadNumber(text, "is not allowed (JSON has no NaN or Infinity)")


def _line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _parse(data: bytes) -> Any:
    """Bytes -> JSON value; WorkshopFileError for anything that is not JSON text in UTF-8."""
    if len(data) > MAX_BYTES:
        raise WorkshopFileError([_too_big(len(data))])
    if data.startswith(_BOM):
        data = data[len(_BOM):]
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
        raise WorkshopFileError([f"$: not valid JSON ({exc})"]) from None


def _too_big(size: int) -> str:
    return (f"the file is {size / 1024 / 1024:.0f} MB; workshop files larger than "
            f"{MAX_BYTES // 1024 // 1024} MB are refused")


def _hostile_values(doc: Any) -> list[tuple[tuple, str]]:
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
                problems.append((path, f"the key {_show(key)} appears more than once"))
            stack.extend((v, path + (k,)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, path + (i,)) for i, v in enumerate(value))
        elif isinstance(value, _BadNumber):
            problems.append((path, f"{value.text} {value.reason}"))
        elif isinstance(value, str):
            if "\x00" in value:
                problems.append((path, "contains a NUL character (\\u0000)"))
            if _SURROGATE.search(value):
                problems.append((path, "contains an unpaired surrogate (\\ud800–\\udfff), which is not text"))
    return problems


# -- reading: shape ----------------------------------------------------------------------------
def schema() -> dict[str, Any]:
    """The file's JSON Schema (draft 2020-12), as shipped in ``cafe/schema/`` (a fresh copy)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    # The same schema with its local $refs written out in place: resolving a $ref per value
    # made validation about four times slower (3.4 s instead of 0.9 s for 10,000 notes).
    full = schema()
    return jsonschema.Draft202012Validator(_inline_refs(full, full["$defs"]))


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


def _schema_messages(error: jsonschema.ValidationError) -> list[tuple[tuple, str]]:
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
        return [(path, f"{_show(inst)} {sub['x-error']}")]
    if v == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return [(path, f"{_show(inst)} is not {' or '.join(_TYPE_WORDS.get(t, t) for t in wanted)}")]
    if v == "enum":
        return [(path, f"{_show(inst)} is not one of {', '.join(_show(x) for x in error.validator_value)}")]
    if v == "minLength" and error.validator_value == 1:
        return [(path, "must not be empty")]
    if v == "minimum":
        return [(path, f"{_show(inst)} is less than the minimum of {error.validator_value}")]
    if v == "maximum":
        return [(path, f"{_show(inst)} is more than the maximum of {error.validator_value}")]
    return [(path, error.message[:200])]


def _check_header(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise WorkshopFileError([f"$: a workshop file holds a JSON object, not {_TYPE_WORDS[_json_type(doc)]}"])
    fmt = doc.get("format")
    if fmt != FORMAT:
        found = "it has no \"format\"" if "format" not in doc else f"found {_show(fmt)}"
        raise WorkshopFileError([f"$.format: not a Knowledge Café workshop file "
                                 f"(expected \"{FORMAT}\"; {found})"])
    version = doc.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise WorkshopFileError([f"$.format_version: written by a newer version of Knowledge Café (format "
                                 f"version {version}; this version reads up to {FORMAT_VERSION}); "
                                 "update the app to open it"])
    if version != FORMAT_VERSION or isinstance(version, bool):
        found = "missing" if "format_version" not in doc else f"found {_show(version)}"
        raise WorkshopFileError([f"$.format_version: expected {FORMAT_VERSION} ({found})"])


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, _BadNumber):
        return "number"
    for name, typ in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                      ("array", list), ("object", dict)):
        if isinstance(value, typ):
            return name
    return "object"


def _raise_sorted(problems: list[tuple[tuple, str]]) -> None:
    if problems:
        # one value can break several keywords of one definition (a uuid's length and pattern)
        problems = sorted(set(problems), key=lambda p: (_path_sort_key(p[0]), p[1]))
        raise WorkshopFileError(f"{json_path(path)}: {message}" for path, message in problems)


# -- reading: rows and rules -------------------------------------------------------------------
@dataclasses.dataclass
class _Row:
    kind: str
    path: tuple
    snap: Any


def _to_rows(doc: Mapping[str, Any]) -> tuple[dict[str, list[_Row]], list[tuple[tuple, str]]]:
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
                    values[col] = _default(kind_name, col)
                    continue
                try:
                    values[col] = _decode(kind_name, col, obj[key])
                except ValueError as exc:
                    problems.append((path + (key,), str(exc)))
            if len(values) == len(columns):
                rows[kind_name].append(_Row(kind_name, path, kind.snap(**values)))
    return rows, problems


def _label(row: _Row) -> str:
    s = row.snap
    text = getattr(s, "name", None) or getattr(s, "title", None) or s.uuid
    return f"{row.kind.replace('_', ' ')} {_show(text)}"


def _rule_problems(rows: dict[str, list[_Row]]) -> list[tuple[tuple, str]]:
    problems: list[tuple[tuple, str]] = []
    by_uuid: dict[str, _Row] = {}
    for kind_rows in rows.values():
        for row in kind_rows:
            first = by_uuid.setdefault(row.snap.uuid, row)
            if first is not row:
                problems.append((row.path + ("uuid",),
                                 f"duplicate uuid {_show(row.snap.uuid)} (also used by {json_path(first.path)})"))

    def target(want_kind: str, value: str | None, path: tuple) -> _Row | None:
        if value is None:
            return None
        found = by_uuid.get(value)
        if found is None or found.kind != want_kind:
            what = want_kind.replace("_", " ")
            hint = "" if found is None else f" (that uuid is a {found.kind.replace('_', ' ')})"
            problems.append((path, f"unknown {what} uuid {_show(value)}{hint}"))
            return None
        return found

    refs: dict[tuple[str, str], _Row | None] = {}
    for kind_name, kind_rows in rows.items():
        kind = KINDS[kind_name]
        ref_columns = [(col, file_key(col), _kind_of_model(kind.refs[col])) for col in _ref_columns(kind)]
        for row in kind_rows:
            for col, key, want in ref_columns:
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
                        lambda r, first: f"there is already a room called {_show(first.snap.name)} "
                                         f"({json_path(first.path)})")
    for row in rows["agenda_item"]:
        s = row.snap
        if s.end <= s.start:
            problems.append((row.path + ("end",), f"{_label(row)} ends at {_clock_text(s.end)}, "
                                                   f"not after it starts ({_clock_text(s.start)})"))
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
                         f"unknown time zone {_show(w.time_zone)} (use a name such as Europe/Zurich)"))
    if w.start_date and w.end_date and w.end_date < w.start_date:
        problems.append((row.path + ("end_date",), f"the workshop ends ({w.end_date}) before it starts "
                                                    f"({w.start_date})"))
    if w.danger_minutes > w.warning_minutes:
        problems.append((row.path + ("danger_minutes",), f"{w.danger_minutes} is longer than "
                                                          f"warning_minutes ({w.warning_minutes})"))
    return problems


def _round_problems(rows: dict[str, list[_Row]], ref) -> list[tuple[tuple, str]]:
    problems = []
    for row in rows["round"]:
        item = ref(row, "agenda_item_uuid")
        if item is not None and item.snap.kind.value != "round":
            problems.append((row.path + ("agenda_item",),
                             f"{_label(item)} is of kind {_show(item.snap.kind.value)}; a round must point at "
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


# -- reading: the public entry points ----------------------------------------------------------
def _source_bytes(source: bytes | str | Path) -> tuple[bytes, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise WorkshopFileError([f"{path.name}: {_too_big(size)}"])
        return path.read_bytes(), path.name
    except OSError as exc:
        raise WorkshopFileError([f"{path.name}: cannot be read ({exc.strerror or exc})"]) from None


def document_rows(doc: Any) -> dict[str, list]:
    """Validate a parsed JSON value and return its snapshots keyed by kind."""
    _check_header(doc)
    _raise_sorted(_hostile_values(doc))
    problems = [p for error in _validator().iter_errors(doc) for p in _schema_messages(error)]
    _raise_sorted(problems)
    rows, problems = _to_rows(doc)
    _raise_sorted(problems)
    _raise_sorted(_rule_problems(rows))
    return {name: [r.snap for r in kind_rows] for name, kind_rows in rows.items()}


def read_rows(source: bytes | str | Path) -> dict[str, list]:
    """Parse and validate a workshop file; no database is touched.

    ``source`` is the file's bytes, or a path (``str`` or ``Path``). Returns
    snapshots keyed by kind name (every key of ``KINDS``), in file order.
    Raises :class:`WorkshopFileError` listing every problem found, sorted by
    JSON path; checks run in stages (encoding and JSON syntax; format and
    version; hostile values; the schema; values, references and rules), and a
    stage with problems stops the later ones.
    """
    data, name = _source_bytes(source)
    try:
        return document_rows(_parse(data))
    except WorkshopFileError as exc:
        if name is None:
            raise
        raise WorkshopFileError(f"{name}: {e}" for e in exc.errors) from None


def load(service: Service, source: bytes | str | Path, *, replace: bool = False) -> Changes:
    """Validate ``source`` and write it into ``service``'s database in one transaction.

    Without ``replace`` a database that already holds a workshop is refused;
    with it, the workshop there is replaced. On any problem nothing is
    written and :class:`WorkshopFileError` says why.
    """
    rows = read_rows(source)
    try:
        return service.import_rows(rows, replace=replace)
    except ServiceError as exc:
        message = str(exc)
    except sa.exc.SQLAlchemyError as exc:
        message = f"the database refused the workshop ({str(getattr(exc, 'orig', exc)).splitlines()[0]})"
    prefix = "" if isinstance(source, (bytes, bytearray, memoryview)) else f"{Path(source).name}: "
    raise WorkshopFileError([f"{prefix}$: {message}"])
