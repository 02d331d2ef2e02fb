"""The workshop file: one whole workshop as versioned JSON.

Contract
--------
* :func:`dump_bytes` turns the workshop in a database into the file's bytes;
  the output is canonical (fixed key order, deterministic row order, UTF-8,
  two-space indent, trailing newline), so dump → load → dump gives the same
  bytes.
* :func:`read_rows` parses and validates a file without touching a database
  and returns snapshots keyed by kind (the keys of :data:`cafe.storage.snapshots.KINDS`),
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

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from cafe import workshop_file_format
from cafe.service import Changes, Service, ServiceError
from cafe.storage.atomic import WriteError, atomic_write
from cafe.storage.backups import BackupError, make_backup
from cafe.storage.damage import RowProblem
from cafe.storage.models import NoteCategory
from cafe.storage.snap_types import agenda_sort_key
from cafe.storage.snapshots import KINDS, snap_to_row_form
from cafe.workshop_file_checks import (
    check_header,
    hostile_values,
    parse_json,
    raise_sorted,
    rule_problems,
    schema,
    schema_messages,
    schema_problems,
    to_rows,
    too_big,
)
from cafe.workshop_file_format import (
    ALL_SECTIONS,
    FORMAT,
    FORMAT_VERSION,
    OPTIONAL_FIELDS,
    OPTIONAL_SECTIONS,
    SECTIONS,
    WorkshopFileError,
    encode_value,
    file_key,
)


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
    session_rank = {a.uuid: i for i, a in enumerate(sorted(rows["agenda_item"], key=agenda_sort_key(day_date)))}

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
        "speaker": lambda s: (session_rank.get(s.agenda_item_uuid, -1), s.position, s.uuid),
        "session_account": lambda a: (session_rank.get(a.agenda_item_uuid, -1), a.uuid),
    }
    return {name: sorted(rows.get(name, ()), key=keys[name]) for name in KINDS}


def _row_object(snap: Any, where: str, optional: Mapping[str, Any]) -> dict[str, Any]:
    """One row's object; a field of ``optional`` (:data:`OPTIONAL_FIELDS`) only when it is not its default."""
    return {file_key(col): encode_value(value, f"{where}.{file_key(col)}")
            for col, value in snap_to_row_form(snap).items()
            if col not in optional or not _is_default(value, optional[col])}


def _is_default(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return bool(value) == default
    if isinstance(default, (list, tuple)):
        return isinstance(value, (list, tuple)) and list(value) == list(default)
    return value == default


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
        optional = OPTIONAL_FIELDS.get(kind_name, {})
        objs = [_row_object(snap, f"$.{section}[{i}]", optional) for i, snap in enumerate(rows[kind_name])]
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
    return dump_checked(service)[0]


def dump_checked(service: Service) -> tuple[bytes, list[RowProblem]]:
    """:func:`dump_bytes`, and the damaged rows it left out (:mod:`cafe.storage.damage`; empty when
    every row reads): the file holds the sound rows, one line per problem says what is missing."""
    rows, problems = service.export_rows_checked()
    return document_bytes(rows_to_document(rows)), problems


def write(service: Service, path: str | Path) -> list[RowProblem]:
    """Save the workshop to ``path`` atomically (:mod:`cafe.storage.atomic`): a crash leaves either
    the old file or the new one, never half of one. Returns the damaged rows left out."""
    path = Path(path)
    data, problems = dump_checked(service)
    try:
        atomic_write(path, data)
    except WriteError as exc:
        raise WorkshopFileError([f"{path.name}: cannot be written ({exc})"]) from None
    return problems


# -- reading: the public entry points ----------------------------------------------------------
def _source_bytes(source: bytes | str | Path) -> tuple[bytes, str | None]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), None
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > workshop_file_format.MAX_BYTES:
            raise WorkshopFileError([f"{path.name}: {too_big(size)}"])
        return path.read_bytes(), path.name
    except OSError as exc:
        raise WorkshopFileError([f"{path.name}: cannot be read ({exc.strerror or exc})"]) from None


def document_rows(doc: Any) -> dict[str, list]:
    """Validate a parsed JSON value and return its snapshots keyed by kind."""
    check_header(doc)
    raise_sorted(hostile_values(doc))
    problems = [p for error in schema_problems(doc) for p in schema_messages(error)]
    raise_sorted(problems)
    rows, problems = to_rows(doc)
    raise_sorted(problems)
    raise_sorted(rule_problems(rows))
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
        return document_rows(parse_json(data))
    except WorkshopFileError as exc:
        if name is None:
            raise
        raise WorkshopFileError(f"{name}: {e}" for e in exc.errors) from None


def load(service: Service, source: bytes | str | Path, *, replace: bool = False,
         rows: Mapping[str, list] | None = None) -> Changes:
    """Validate ``source`` and write it into ``service``'s database in one transaction.

    Without ``replace`` a database that already holds a workshop is refused;
    with it, the workshop there is replaced, after a backup of the file
    (:mod:`cafe.storage.backups`, reason ``before-replace``; if it cannot be
    made, nothing is loaded). On any problem nothing is written and
    :class:`WorkshopFileError` says why. ``rows``: what :func:`read_rows` already returned for
    ``source`` (``cafe load`` validates before it creates a database; the file is not read twice).
    """
    if rows is None:
        rows = read_rows(source)
    prefix = "" if isinstance(source, (bytes, bytearray, memoryview)) else f"{Path(source).name}: "
    if replace and service.db.path is not None and service.has_workshop():
        try:  # the workshop being replaced stays recoverable (cafe backups, cafe restore)
            make_backup(service.db, "before-replace")
        except BackupError as exc:
            raise WorkshopFileError([f"{prefix}$: not loaded, the workshop there could not be backed up "
                                     f"first ({exc})"]) from None
    try:
        return service.import_rows(rows, replace=replace)
    except ServiceError as exc:
        message = str(exc)
    except sa.exc.SQLAlchemyError as exc:
        message = f"the database refused the workshop ({str(getattr(exc, 'orig', exc)).splitlines()[0]})"
    raise WorkshopFileError([f"{prefix}$: {message}"])


__all__ = [
    "ALL_SECTIONS", "FORMAT", "FORMAT_VERSION", "OPTIONAL_FIELDS", "SECTIONS", "WorkshopFileError", "document_bytes",
    "document_rows", "dump_bytes", "dump_checked", "file_key", "load", "read_rows", "rows_to_document", "schema",
    "write",
]
