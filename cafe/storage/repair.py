"""Moving damaged rows aside (``cafe check --repair``): nothing is lost, the database reads again.

:func:`repair` backs the database file up, writes every row that reads leave
out (:mod:`cafe.storage.damage`) with its raw values, and every reference it
clears with the value it held, to a recovery file (JSON) beside the database,
then removes those rows and clears those references in one transaction. If
the backup or the recovery file cannot be written, nothing is changed.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from cafe.storage import models as m
from cafe.storage.atomic import atomic_write
from cafe.storage.backups import make_backup
from cafe.storage.damage import RowProblem, raw_rows, read_all, scan
from cafe.storage.db import Database
from cafe.storage.snapshots import KINDS


@dataclass(frozen=True)
class Repair:
    """What :func:`repair` did."""

    recovery_file: Path
    #: the backup made just before (None for a server's database)
    backup: Path | None
    rows_moved: int
    references_cleared: int
    problems: tuple[RowProblem, ...]


def _json_safe(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        return {"not_utf8_hex": data.hex(), "as_text": data.decode("utf-8", "replace")}
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def recovery_document(conn: sa.Connection, problems: list[RowProblem], database: str) -> dict[str, Any]:
    """The recovery file's content: every row a repair removes with its raw values, every reference it clears."""
    by_row: dict[tuple[str, int], list[RowProblem]] = {}
    for p in problems:
        by_row.setdefault((p.kind, p.row_id), []).append(p)
    rows, cleared = [], []
    for kind_name in KINDS:
        ids = sorted({i for (k, i), ps in by_row.items() if k == kind_name})
        if not ids:
            continue
        raw = {r["id"]: r for r in raw_rows(conn, KINDS[kind_name], ids)}
        for row_id in ids:
            found = by_row[(kind_name, row_id)]
            values = {k: _json_safe(v) for k, v in raw.get(row_id, {}).items()}
            table = m.table_of(KINDS[kind_name].model).name
            if any(p.left_out for p in found):
                rows.append({"table": table, "id": row_id, "problems": [_problem_text(p) for p in found],
                             "values": values})
            else:
                for p in found:
                    cleared.append({"table": table, "id": row_id, "column": p.column, "problem": p.problem,
                                    "was": values.get(p.column or ""), "now": _json_safe(p.replacement)})
    return {"format": "knowledge-cafe-recovered-rows", "format_version": 1, "database": database,
            "made_at": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
            "explanation": "rows: what a repair removed from the database because it could not be read, with "
                           "the values each held; values_replaced: references to such rows (and damaged values of "
                           "the workshop row) that it replaced, with the value each held.",
            "rows": rows, "values_replaced": cleared}


def _problem_text(p: RowProblem) -> str:
    return f"{p.column}: {p.problem}" if p.column else p.problem


def apply_repair(conn: sa.Connection, problems: list[RowProblem]) -> tuple[int, int]:
    """Remove the left-out rows and write the values the others are read with (inside the caller's
    transaction); returns (rows removed, values replaced)."""
    gone = {(p.kind, p.row_id) for p in problems if p.left_out}
    replaced = 0
    for p in problems:
        if p.left_out or (p.kind, p.row_id) in gone or p.column is None:
            continue
        table = m.table_of(KINDS[p.kind].model)
        value = list(p.replacement) if isinstance(p.replacement, tuple) else p.replacement
        values: dict[str, Any] = {p.column: value}
        if "version" in table.c and p.column != "version":
            values["version"] = table.c.version + 1
        conn.execute(sa.update(table).where(table.c.id == p.row_id).values(**values))
        replaced += 1
    for kind_name in reversed(list(KINDS)):
        ids = sorted(i for k, i in gone if k == kind_name)
        if ids:
            table = m.table_of(KINDS[kind_name].model)
            conn.execute(sa.delete(table).where(table.c.id.in_(ids)))
    return len(gone), replaced


def recovery_path(database: Path | None, fallback_dir: Path) -> Path:
    """Where a repair writes the recovery file: beside the database file, named after it and the time."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    folder, stem = (database.parent, database.name) if database is not None else (fallback_dir, "shared-workshop")
    path = folder / f"{stem}.recovered-{stamp}.json"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}.recovered-{stamp}-{n}.json"
    return path


def dump_recovery(doc: Mapping[str, Any]) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def repair(db: Database, *, fallback_dir: Path) -> Repair | None:
    """Move every damaged row aside: a backup first (SQLite), then the recovery file, then one transaction.

    Returns None when nothing is damaged. The recovery file goes beside the
    database file (``fallback_dir`` for a server's database); if it cannot be
    written, nothing is removed.
    """
    with db.engine.connect() as conn:
        if not scan(conn):
            return None
    backup = make_backup(db, "before-repair") if db.path is not None else None
    path = recovery_path(db.path, fallback_dir)
    with db.engine.begin() as conn:
        problems = read_all(conn).problems
        atomic_write(path, dump_recovery(recovery_document(conn, problems, db.display_name)))
        moved, cleared = apply_repair(conn, problems)
    return Repair(path, backup, moved, cleared, tuple(problems))
