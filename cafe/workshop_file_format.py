"""The workshop file's format: its sections, how each column is written and read back, and its error.

A workshop file is one JSON document: a header (``format``, ``version``) and
one list of row objects per section. Instants are written as ISO text in UTC,
clock times as ``HH:MM``, enums as their values.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import math
import re
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cafe.storage.snapshots import KINDS, Kind

SCHEMA_PATH = Path(__file__).with_name("schema") / "workshop.schema.json"


FORMAT = "knowledge-cafe-workshop"
#: the version written; version 2 added the plenary sessions (speakers, the rapporteur's accounts)
#: and the report's settings on the workshop
FORMAT_VERSION = 2
#: the versions read: a file of version 1 reads as a workshop without any of those
READ_VERSIONS: tuple[int, ...] = (1, 2)
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
OPTIONAL_SECTIONS: dict[str, str] = {"speakers": "speaker", "session_accounts": "session_account", "seats": "seat"}
#: Sections a file of version 1 cannot have (they came with version 2).
SECTIONS_SINCE_2: frozenset[str] = frozenset({"speakers", "session_accounts"})
ALL_SECTIONS: dict[str, str] = {**SECTIONS, **OPTIONAL_SECTIONS}
#: Fields added after format version 1 was fixed (kind -> field -> default): written only when a
#: row's value differs from the default, so a workshop that does not use them gives the same file as
#: before (a note's ``key`` came within version 1, the workshop's report fields with version 2); a
#: file without them reads as the default.
OPTIONAL_FIELDS: dict[str, dict[str, Any]] = {
    "note": {"key": False},
    "workshop": {"report_title": "", "report_sections": (), "wrapup_lead_in": "", "statistics": "",
                 "language": "en", "report_paper": "a4"},
}
SECTION_OF_KIND: dict[str, str] = {kind: section for section, kind in ALL_SECTIONS.items()}
BOM = b"\xef\xbb\xbf"
SURROGATE = re.compile("[\ud800-\udfff]")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class BadNumber:
    """Stands in for a number JSON allows but a workshop file does not (NaN, 1e999, …)."""

    def __init__(self, text: str, reason: str):
        self.text = text
        self.reason = reason


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


def ref_columns(kind: Kind) -> list[str]:
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


def default_value(kind_name: str, column: str) -> Any:
    field_name = column[:-5] + "_id" if column.endswith("_uuid") and column != "uuid" else column
    info = KINDS[kind_name].model.model_fields[field_name]
    value = info.default_factory() if info.default_factory is not None else info.default
    return tuple(value) if isinstance(value, list) else value


def clock_text(value: dt.time) -> str:
    if value.second == 0 and value.microsecond == 0:
        return value.strftime("%H:%M")
    return value.isoformat()


def _instant_text(value: dt.datetime) -> str:
    """Instants are stored aware in UTC; a naive one is taken to be UTC already."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat() + "Z"


def encode_value(value: Any, where: str) -> Any:
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
        return clock_text(value)
    if isinstance(value, (list, tuple)):
        return [encode_value(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):  # the report's sections: keys in a fixed order, so files diff well
        return {k: encode_value(value[k], f"{where}.{k}") for k in sorted(value)}
    raise WorkshopFileError([f"{where}: a value of type {type(value).__name__} cannot be written"])


def decode_value(kind_name: str, column: str, value: Any) -> Any:
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
            raise ValueError(f"{show_value(value)} is not a valid instant") from None
    if typ is dt.date:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{show_value(value)} is not a valid date") from None
    if typ is dt.time:
        return dt.time.fromisoformat(value)
    if kind_name == "workshop" and column == "report_sections":
        return tuple(report_section(section) for section in value)
    if typ is list:
        return tuple(value)
    if typ is float:
        return float(value)
    if typ is int:
        return int(value)
    return value


def report_section(section: dict[str, Any]) -> dict[str, Any]:
    """One of the report's sections as the workshop holds it: a title left out is the default
    title (""), a section not said to be hidden is shown; a title is one line."""
    title = section.get("title", "")
    return {"key": section["key"], "title": " ".join(title.split()), "shown": section.get("shown", True)}


def show_value(value: Any, limit: int = 60) -> str:
    """A short JSON rendering of a value for a message."""
    if isinstance(value, BadNumber):
        return shorten(value.text, limit)
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit] + "…"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = type(value).__name__
    return text if len(text) <= limit + 2 else text[:limit] + "…"


def shorten(text: str, limit: int = 200) -> str:
    """``text`` cut to at most ``limit`` characters, ending in "…" when cut (for messages)."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


#: Longest key shown in a JSON path, and longest path shown, in characters.
PATH_KEY_LIMIT = 40
PATH_LIMIT = 240


def json_path(parts: Iterable[str | int]) -> str:
    """``("themes", 2, "room")`` -> ``$.themes[2].room``; a long key is cut to an excerpt ending in "…",
    a very long path keeps its start and its end."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif len(part) > PATH_KEY_LIMIT:
            out += f"[{json.dumps(part[:PATH_KEY_LIMIT - 1])[:-1]}…\"]"
        elif _IDENTIFIER.match(part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part)}]"
    if len(out) > PATH_LIMIT:
        half = PATH_LIMIT // 2
        out = out[:half] + "…" + out[-(PATH_LIMIT - half - 1):]
    return out


def path_sort_key(parts: Iterable[str | int]) -> tuple:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in parts)
