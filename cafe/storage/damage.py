"""Damaged rows: found, read around, and moved aside.

A damaged disk page, another program or a bug can leave a row that SQLite's
own checks accept but the app cannot read: an unknown category, a timestamp
that is not one, attributions that are not JSON, a reference to a row that is
not there, text that is not UTF-8. One such row must not take the workshop
down, so every read of whole tables goes through :func:`read_table`, which
checks each value against its column (type, NULL, enumeration, date and time,
JSON shape, UTF-8) and sets damaged rows apart, and :func:`resolve`, which
follows the references:

* a row whose own values are damaged is **left out**;
* a row whose required reference (``ON DELETE CASCADE``) points at a missing
  or left-out row is left out too, as the database would delete it;
* an optional reference (``ON DELETE SET NULL``) to a missing or left-out row
  reads as empty, as the database would clear it; the row is kept;
* a lesson's ``note_uuids`` keep only notes that are there and sound.

Each finding is a :class:`RowProblem` naming the row and what is wrong;
:mod:`cafe.storage.repair` moves them aside.

The reading of one table is :mod:`cafe.storage.row_values`; its names are
available here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from cafe.storage import models as m
from cafe.storage.row_values import (
    MENDED,
    RowProblem,
    TableRead,
    columns,
    is_value_failure,
    raw_rows,
    read_table,
    row_label,
    with_values,
)
from cafe.storage.snapshots import KINDS

__all__ = ["MENDED", "Resolved", "RowProblem", "TableRead", "is_value_failure", "needed_kinds", "raw_rows", "read_all",
           "read_table", "read_tables", "report_lines", "resolve", "scan", "summary"]


def _plural(kind: str, n: int) -> str:
    word = kind.replace("_", " ")
    if n == 1:
        return f"1 {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def summary(problems: Iterable[RowProblem]) -> str:
    """"2 damaged rows and 1 damaged or dangling value (read as empty)" (or "" when there is nothing)."""
    problems = list(problems)
    rows = len({(p.kind, p.row_id) for p in problems if p.left_out})
    refs = len({(p.kind, p.row_id, p.column) for p in problems if not p.left_out})
    parts = []
    if rows:
        parts.append(f"{rows} damaged row{'s' if rows != 1 else ''}")
    if refs:
        parts.append(f"{refs} damaged or dangling value{'s' if refs != 1 else ''} (read as empty)")
    return " and ".join(parts)


def report_lines(problems: Iterable[RowProblem], limit: int | None = None) -> list[str]:
    """One short line per damaged row (its own damage), then one per damaged row that others depend
    on, counting what goes with it; at most ``limit`` lines, the last saying how many more."""
    lines: list[str] = []
    follows: dict[tuple[str, int], dict[tuple[str, bool], int]] = {}
    for p in problems:
        if p.because_of is None:
            lines.append(str(p))
        else:
            counts = follows.setdefault(p.because_of, {})
            counts[(p.kind, p.left_out)] = counts.get((p.kind, p.left_out), 0) + 1
    for (kind, row_id), counts in follows.items():
        gone = [_plural(k, n) for (k, left_out), n in counts.items() if left_out]
        kept = [_plural(k, n) for (k, left_out), n in counts.items() if not left_out]
        parts = ([f"{', '.join(gone)} left out with it"] if gone else []) + \
            ([f"{', '.join(kept)} read without it"] if kept else [])
        lines.append(f"{kind.replace('_', ' ')} #{row_id} is damaged: {'; '.join(parts)}")
    if limit is not None and len(lines) > limit:
        more = len(lines) - (limit - 1)
        lines = lines[:limit - 1] + [f"… and {more} more (cafe check lists them all)"]
    return lines


# -- references -------------------------------------------------------------------------------
@dataclass
class Resolved:
    """Tables after following references: the rows to show, and every problem found."""

    rows: dict[str, list[Any]] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)

    def uuid_of(self, for_kinds: Iterable[str] | None = None) -> dict[tuple[type, int], str]:
        """(model, id) -> uuid of the rows that rows of ``for_kinds`` (default: any) may refer to."""
        wanted = set(self.rows) if for_kinds is None else {c.ref for k in for_kinds for c in columns(k) if c.ref}
        return {(KINDS[k].model, r.id): r.uuid for k, rows in self.rows.items() if k in wanted for r in rows}

    def left_out(self) -> dict[str, set[int]]:
        out: dict[str, set[int]] = {}
        for p in self.problems:
            if p.left_out:
                out.setdefault(p.kind, set()).add(p.row_id)
        return out


def needed_kinds(kind_names: Iterable[str]) -> list[str]:
    """These kinds and every kind they refer to, in an order where references come first."""
    wanted: set[str] = set()
    todo = list(kind_names)
    while todo:
        k = todo.pop()
        if k not in wanted:
            wanted.add(k)
            todo.extend(c.ref for c in columns(k) if c.ref)
    return [k for k in KINDS if k in wanted]


def resolve(reads: Mapping[str, TableRead], *, full: bool = False) -> Resolved:
    """Follow references across ``reads`` (keyed by kind; every kind referred to must be there).

    ``full``: every table was read, notes included, so a lesson's note list can be checked too.
    """
    out = Resolved()
    sound_ids: dict[str, set[int]] = {}
    for name in KINDS:
        if name not in reads:
            continue
        read = reads[name]
        out.problems.extend(read.problems)
        cols = columns(name)
        refs = [(i, col, col.ref, sound_ids[col.ref]) for i, col in enumerate(cols) if col.ref]
        kept = []
        for row in read.rows:
            if all(row[i] is None or row[i] in ids for i, _col, _ref, ids in refs):
                kept.append(row)
            else:
                row = _follow(name, row, refs, reads, out.problems)
                if row is not None:
                    kept.append(row)
        out.rows[name] = kept
        sound_ids[name] = {r.id for r in kept}
    if "round" in out.rows and "agenda_item" in out.rows:
        _without_their_rounds(out, sound_ids)
    if full and "lesson" in out.rows:
        notes = {r.uuid for r in out.rows.get("note", ())}
        lessons = []
        for row in out.rows["lesson"]:
            lost = [u for u in row.note_uuids if u not in notes]
            if lost:
                kept = [u for u in row.note_uuids if u in notes]
                out.problems.append(RowProblem("lesson", row.id, row.uuid, row_label({"title": row.title}),
                                               "note_uuids", f"names {len(lost)} note(s) that are damaged or "
                                               "missing; read without them", left_out=False, replacement=tuple(kept)))
                row = with_values("lesson", row, {"note_uuids": kept})
            lessons.append(row)
        out.rows["lesson"] = lessons
    return out


def _without_their_rounds(out: Resolved, sound_ids: dict[str, set[int]]) -> None:
    """Leave out the agenda items of kind "round" whose round is left out: the app keeps exactly
    one round per such item, and a workshop file with one without the other would not load."""
    with_round = {r.agenda_item_id for r in out.rows["round"]}
    kept = []
    for item in out.rows["agenda_item"]:
        if item.kind == m.AgendaKind.round and item.id not in with_round:
            out.problems.append(RowProblem("agenda_item", item.id, item.uuid, row_label(item._asdict()), "kind",
                                           "is a round, but its round is damaged or missing"))
        else:
            kept.append(item)
    out.rows["agenda_item"] = kept
    sound_ids["agenda_item"] = {r.id for r in kept}


def _follow(name: str, row: Any, refs: list, reads: Mapping[str, TableRead], problems: list[RowProblem]) -> Any:
    """A row with a reference to a missing or left-out row: None when it goes too, else it without them."""
    replaced: dict[str, Any] = {}
    label = row_label(row._asdict())
    for i, col, ref, ids in refs:
        target = row[i]
        if target is None or target in ids:
            continue
        what = ref.replace("_", " ")
        missing = target not in reads[ref].ids
        state = "which does not exist (a broken foreign key)" if missing else "which is damaged"
        cause = None if missing else (ref, target)
        if col.cascade:
            problems.append(RowProblem(name, row.id, row.uuid, label, col.name, f"refers to {what} #{target}, {state}",
                                       because_of=cause))
            return None
        replaced[col.name] = None
        problems.append(RowProblem(name, row.id, row.uuid, label, col.name,
                                   f"refers to {what} #{target}, {state}; read as no {what}", left_out=False,
                                   because_of=cause, replacement=None))
    return with_values(name, row, replaced)


def read_tables(conn: sa.Connection, kind_names: Iterable[str]) -> dict[str, TableRead]:
    """Every row of these kinds and of the kinds they refer to, by id (references not yet followed)."""
    return {name: read_table(conn, KINDS[name], order_by=[m.table_of(KINDS[name].model).c.id])
            for name in needed_kinds(kind_names)}


def read_all(conn: sa.Connection) -> Resolved:
    """Every row of every table, references followed."""
    return resolve(read_tables(conn, KINDS), full=True)


def scan(conn: sa.Connection) -> list[RowProblem]:
    """Everything damaged in the database, row by row (empty when every row reads)."""
    return read_all(conn).problems
