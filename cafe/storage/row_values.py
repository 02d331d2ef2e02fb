"""One table's rows, each value checked against its column: the reading half of :mod:`cafe.storage.damage`.

:func:`read_table` reads a table the usual way and checks every converted
value in Python (type, NULL, enumeration, date and time, JSON shape); only
when the driver itself fails (text that is not UTF-8, a value its converter
refuses) is the table read again as raw values, column by column. Damaged
rows are set apart as :class:`RowProblem` s.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import math
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.types import NullType

from cafe.storage import models as m
from cafe.storage.snapshots import KINDS, Kind

#: what a reading failure looks like when a value (not the connection) is at fault
VALUE_ERRORS = (ValueError, TypeError, KeyError, OverflowError, UnicodeError, json.JSONDecodeError)


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with one row; ``str()`` is one short line for the user."""

    kind: str
    row_id: int
    uuid: str | None
    #: a few words to recognise the row by (its name, title or text), or ""
    label: str
    #: the column at fault (the table's own name, e.g. ``room_id``), or None for the whole row
    column: str | None
    problem: str
    #: True: reads leave the row out and a repair moves it aside; False: only a reference is dropped
    left_out: bool = True
    #: the damaged row (kind, id) this problem follows from, when it is not the row's own damage
    because_of: tuple[str, int] | None = None
    #: when only ``column`` is dropped (``left_out`` False): the value the row is read with, and
    #: which a repair writes (None for a reference, the notes that remain for a lesson's list)
    replacement: Any = None

    def __str__(self) -> str:
        where = f"{self.kind.replace('_', ' ')} #{self.row_id}"
        if self.label:
            where += f" “{self.label}”"
        column = f"{self.column}: " if self.column else ""
        return f"{where}: {column}{self.problem}"



# -- the columns ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Column:
    name: str
    nullable: bool
    #: "int", "float", "bool", "text", "enum", "instant", "date", "time", "list" (of texts),
    #: "records" (a list of JSON objects: the report's sections)
    what: str
    enum_cls: Any = None
    #: the kind a ``*_id`` reference points at, and whether the row goes when its target goes
    ref: str | None = None
    cascade: bool = False


def _annotation(model: Any, name: str) -> Any:
    annotation = model.model_fields[name].annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(annotation) is list and any(typing.get_origin(a) is dict or a is dict
                                                      for a in typing.get_args(annotation)):
        return _Records
    return typing.get_origin(annotation) or annotation


class _Records:
    """The annotation of a JSON list of objects (``list[dict[str, Any]]``)."""


_WHAT = {int: "int", float: "float", bool: "bool", str: "text", dt.datetime: "instant", dt.date: "date",
         dt.time: "time", list: "list", _Records: "records"}


@functools.cache
def columns(kind_name: str) -> tuple[_Column, ...]:
    kind = KINDS[kind_name]
    table = m.table_of(kind.model)
    kind_of = {k.model: k.name for k in KINDS.values()}
    out = []
    for c in table.c:
        typ = _annotation(kind.model, c.name)
        ref, cascade = None, False
        for fk in c.foreign_keys:
            ref = kind_of[next(model for model in kind_of if m.table_of(model) is fk.column.table)]
            cascade = not c.nullable
        if isinstance(typ, type) and issubclass(typ, enum.Enum):
            out.append(_Column(c.name, bool(c.nullable), "enum", typ))
        else:
            out.append(_Column(c.name, bool(c.nullable), _WHAT[typ], None, ref, cascade))
    return tuple(out)


def _show(value: Any, limit: int = 40) -> str:
    if isinstance(value, (bytes, bytearray)):
        text = bytes(value[:limit]).decode("utf-8", "replace")
        return json.dumps(text + ("…" if len(value) > limit else ""), ensure_ascii=False)
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit] + "…"
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        return type(value).__name__


def _type_problem(col: _Column, v: Any) -> str | None:
    """What is wrong with a converted value, or None."""
    if _checker(col)(v):
        return None
    return "is empty (NULL) but must have a value" if v is None else _WRONG[col.what](v)


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "int": lambda v: type(v) is int,
    "text": lambda v: type(v) is str,
    "bool": lambda v: type(v) is bool,
    "float": lambda v: type(v) in (int, float) and math.isfinite(v),
    "instant": lambda v: isinstance(v, dt.datetime) and v.tzinfo is not None,
    "date": lambda v: type(v) is dt.date,
    "time": lambda v: isinstance(v, dt.time),
    "list": lambda v: type(v) is list and all(type(x) is str for x in v),
    "records": lambda v: type(v) is list and all(type(x) is dict for x in v),
}


_EXPRESSIONS = {
    "int": "type({v}) is int", "text": "type({v}) is str", "bool": "type({v}) is bool",
    "float": "(type({v}) is int or (type({v}) is float and isfinite({v})))",
    "instant": "(isinstance({v}, datetime) and {v}.tzinfo is not None)", "date": "type({v}) is date",
    "time": "isinstance({v}, time)", "list": "(type({v}) is list and all(type(x) is str for x in {v}))",
    "records": "(type({v}) is list and all(type(x) is dict for x in {v}))",
    "enum": "isinstance({v}, {enum})",
}


@functools.cache
def _row_check(kind_name: str) -> Callable[[Any], bool]:
    """A function telling whether every converted value of a row (a tuple in column order) is sound.

    The tests of :func:`_checker`, written out as one expression per table so that checking
    costs one call per row, not one per value: reads of thousands of notes stay fast.
    """
    namespace: dict[str, Any] = {"isfinite": math.isfinite, "datetime": dt.datetime, "date": dt.date,
                                 "time": dt.time}
    terms = []
    for i, col in enumerate(columns(kind_name)):
        term = _EXPRESSIONS[col.what].format(v=f"r[{i}]", enum=f"enum_{i}")
        if col.enum_cls is not None:
            namespace[f"enum_{i}"] = col.enum_cls
        terms.append(f"(r[{i}] is None or {term})" if col.nullable else term)
    exec(f"def check(r):\n    return {' and '.join(terms)}\n", namespace)  # built from our own columns only
    return namespace["check"]


@functools.cache
def _checker(col: _Column) -> Callable[[Any], bool]:
    """A converted value of ``col`` is sound: one call per value, so the common case stays cheap."""
    enum_cls = col.enum_cls
    check = _CHECKS[col.what] if col.what != "enum" else lambda v: isinstance(v, enum_cls)
    if col.nullable:
        return lambda v: v is None or check(v)
    return check


def _known(col: _Column) -> str:
    return ", ".join(e.value for e in col.enum_cls)


_WRONG: dict[str, Callable[[Any], str]] = {
    "int": lambda v: f"{_show(v)} is not a whole number",
    "text": lambda v: f"{_show(v)} is not text",
    "enum": lambda v: f"{_show(v)} is not a known value",
    "bool": lambda v: f"{_show(v)} is not true or false",
    "float": lambda v: f"{_show(v)} is not a number",
    "instant": lambda v: f"{_show(v)} is not a date and time",
    "date": lambda v: f"{_show(v)} is not a date",
    "time": lambda v: f"{_show(v)} is not a time of day",
    "list": lambda v: f"{_show(v)} is not a list of texts",
    "records": lambda v: f"{_show(v)} is not a list of settings",
}


def _convert_problem(col: _Column, raw: Any, exc: Exception) -> str:
    if col.what == "enum":
        return f"{_show(raw)} is not one of {_known(col)}"
    if col.what in ("list", "records"):
        return f"{_show(raw)} is not valid JSON"
    return _WRONG[col.what](raw)


# -- reading one table ------------------------------------------------------------------------
@dataclass
class TableRead:
    """One table as read: the rows whose own values are sound, every id seen, what was wrong."""

    kind: Kind
    rows: list[Any]
    ids: set[int]
    problems: list[RowProblem]


def row_label(values: Mapping[str, Any]) -> str:
    for name in ("name", "title", "heading", "text"):
        v = values.get(name)
        if isinstance(v, (bytes, bytearray)):
            v = bytes(v).decode("utf-8", "replace")
        if isinstance(v, str) and v.strip():
            v = " ".join(v.split())
            return v if len(v) <= 30 else v[:29] + "…"
    return ""


def read_table(conn: sa.Connection, kind: Kind, where: Iterable[Any] = (), order_by: Iterable[Any] = ()) -> TableRead:
    """The rows of ``kind``'s table (filtered by ``where``), damaged ones set apart."""
    table = m.table_of(kind.model)
    where, order_by = list(where), list(order_by)
    cols = columns(kind.name)
    try:
        rows = conn.execute(sa.select(table).where(*where).order_by(*order_by)).all()
    except sa.exc.DBAPIError as exc:
        if not is_value_failure(exc):
            raise
        return _careful_read(conn, kind, where, order_by)
    except VALUE_ERRORS:
        return _careful_read(conn, kind, where, order_by)
    read = TableRead(kind, [], set(), [])
    sound = _row_check(kind.name)
    at_id = [c.name for c in cols].index("id")
    for row in rows:
        read.ids.add(row[at_id])
        if sound(row):
            read.rows.append(row)
            continue
        bad = [(c.name, p) for c, v in zip(cols, row, strict=True) if (p := _type_problem(c, v)) is not None]
        if bad:
            _set_apart(read, list(row), row._asdict(), bad)
        else:
            read.rows.append(row)
    return read


#: kinds whose (single) row is never left out: a damaged value reads as the column's default
MENDED = frozenset({"workshop"})


def _set_apart(read: TableRead, values: list[Any], raw: Mapping[str, Any], bad: list[tuple[str, str]]) -> None:
    """Record a row with damaged values: left out, or (:data:`MENDED`) read with defaults instead."""
    kind = read.kind
    uuid, label = _text_or_none(raw.get("uuid")), row_label(raw)
    names = [c.name for c in columns(kind.name)]
    fields = kind.model.model_fields
    if kind.name in MENDED and uuid and all(name in fields and name not in ("id", "uuid") for name, _ in bad):
        for name, problem in bad:
            info = fields[name]
            default = info.default_factory() if info.default_factory is not None else info.default
            values[names.index(name)] = default
            read.problems.append(RowProblem(kind.name, raw["id"], uuid, label, name,
                                            f"{problem}; read as {'empty' if default is None else _show(default)}",
                                            left_out=False,
                                            replacement=default))
        read.rows.append(_row_type(kind.name)(*values))
        return
    read.problems.extend(RowProblem(kind.name, raw["id"], uuid, label, name, p) for name, p in bad)


def is_value_failure(exc: sa.exc.DBAPIError) -> bool:
    """A driver failure caused by a stored value (text that is not UTF-8), not by the connection."""
    message = str(exc.orig).lower()
    return "decode" in message or "utf-8" in message or "utf8" in message


def _text_or_none(v: Any) -> str | None:
    if isinstance(v, (bytes, bytearray, memoryview)):
        try:
            return bytes(v).decode("utf-8")
        except UnicodeDecodeError:
            return None
    return v if isinstance(v, str) else None


def _raw_select(conn: sa.Connection, kind: Kind, where: list[Any], order_by: list[Any]) -> tuple[list[str], list]:
    """Every column as the database holds it, never converted: text that is not UTF-8 arrives as bytes."""
    table = m.table_of(kind.model)
    names = [c.name for c in table.c]
    if conn.dialect.name == "sqlite":
        exprs = [sa.literal_column(f"CASE WHEN typeof(\"{n}\") = 'text' THEN CAST(\"{n}\" AS BLOB) ELSE \"{n}\" END",
                                   NullType()).label(f"c{i}") for i, n in enumerate(names)]
        exprs += [sa.literal_column(f"typeof(\"{n}\")", NullType()).label(f"t{i}") for i, n in enumerate(names)]
    else:
        exprs = [sa.type_coerce(c, NullType()).label(f"c{i}") for i, c in enumerate(table.c)]
    rows = conn.execute(sa.select(*exprs).select_from(table).where(*where).order_by(*order_by)).all()
    return names, list(rows)


def _stored_text(row: Any, width: int, i: int) -> bool:
    """Column ``i`` of a raw row came as bytes the database stores as text (SQLite: ``typeof`` is 'text')."""
    return isinstance(row[i], (bytes, bytearray, memoryview)) and (len(row) == width or row[width + i] == "text")


def raw_rows(conn: sa.Connection, kind: Kind, ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """Rows as the database holds them (text that is not UTF-8 as bytes), for the recovery file."""
    table = m.table_of(kind.model)
    where = [] if ids is None else [table.c.id.in_(list(ids))]
    names, rows = _raw_select(conn, kind, where, [table.c.id])
    out = []
    for row in rows:
        values = {}
        for i, name in enumerate(names):
            v = row[i]
            if _stored_text(row, len(names), i):
                try:
                    v = bytes(v).decode("utf-8")
                except UnicodeDecodeError:
                    v = bytes(v)
            values[name] = v
        out.append(values)
    return out


def _careful_read(conn: sa.Connection, kind: Kind, where: list[Any], order_by: list[Any]) -> TableRead:
    table = m.table_of(kind.model)
    cols = columns(kind.name)
    dialect = conn.dialect
    processors = [_processor(c, dialect) for c in table.c]
    names, rows = _raw_select(conn, kind, where, order_by)
    row_type = _row_type(kind.name)
    read = TableRead(kind, [], set(), [])
    for raw in rows:
        raw_values = {n: raw[i] for i, n in enumerate(names)}
        row_id = raw_values["id"]
        read.ids.add(row_id)
        values: list[Any] = []
        bad: list[tuple[str, str]] = []
        for i, col in enumerate(cols):
            v = raw[i]
            if _stored_text(raw, len(names), i):
                try:
                    v = bytes(v).decode("utf-8")
                except UnicodeDecodeError:
                    bad.append((col.name, f"the text is not valid UTF-8 ({_show(bytes(v))})"))
                    values.append(None)
                    continue
            process = processors[i]
            try:
                converted = v if process is None else process(v)
            except VALUE_ERRORS as exc:
                bad.append((col.name, _convert_problem(col, v, exc)))
                values.append(None)
                continue
            problem = _type_problem(col, converted)
            if problem is not None:
                bad.append((col.name, problem))
            values.append(converted)
        if bad:
            _set_apart(read, values, raw_values, bad)
        else:
            read.rows.append(row_type(*values))
    return read


def _processor(column: sa.Column, dialect: sa.Dialect) -> Callable[[Any], Any] | None:
    """The conversion SQLAlchemy applies to a column's values read from the driver, or None."""
    try:
        return column.type.dialect_impl(dialect).result_processor(dialect, None)
    except (TypeError, ValueError):  # PostgreSQL's floats want the column's type code; psycopg converts them
        return None


@functools.cache
def _row_type(kind_name: str) -> Any:
    table = m.table_of(KINDS[kind_name].model)
    return NamedTuple(f"{kind_name}_row", [(c.name, Any) for c in table.c])



# -- rows read with some values replaced --------------------------------------------------
def with_values(kind_name: str, row: Any, replaced: Mapping[str, Any]) -> Any:
    """A copy of ``row`` with some references (or a lesson's note list) replaced."""
    row_type = _row_type(kind_name)
    return row_type(*(replaced.get(k, v) for k, v in zip(row_type._fields, row, strict=True)))
