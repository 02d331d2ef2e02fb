"""The service's machinery: errors, Changes, and the generic create/update/delete.

:class:`cafe.service.Service` combines this base with the action mixins; see
that module for the contract.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
import uuid as uuid_mod
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, overload

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from cafe.i18n import _
from cafe.people.members import name_key
from cafe.service_errors import NotFound, ServiceError, StaleEdit
from cafe.service_session import VersionedSession
from cafe.service_texts import child_text, kind_text
from cafe.storage import damage
from cafe.storage import models as m
from cafe.storage.backups import PeriodicBackups
from cafe.storage.db import Database
from cafe.storage.snap_types import WorkshopSnapshot, agenda_sort_key
from cafe.storage.snapshot_reads import PARTIAL_TABLES, note_counts, note_snaps, refreshed_fields
from cafe.storage.snapshots import (
    KIND_OF_MODEL,
    KINDS,
    Kind,
    ref_uuids,
    to_snap,
    to_snaps,
)

NOTIFY_CHANNEL = "cafe_changes"
#: PostgreSQL refuses payloads of 8000 bytes or more; stay well below
MAX_PAYLOAD = 7000


def notice_payload(changes: Changes, instance_id: str) -> str:
    """The NOTIFY payload: who changed what. The uuids are dropped when they would not fit;
    listeners then reload the kinds named, which is always correct, only slower."""
    body: dict[str, Any] = {"from": instance_id, "op": changes.op, "kinds": sorted(changes.kinds),
            "uuids": sorted(changes.uuids)}
    text = json.dumps(body, separators=(",", ":"))
    if len(text.encode()) >= MAX_PAYLOAD:
        body["uuids"] = None
        text = json.dumps(body, separators=(",", ":"))
    return text


@dataclass(frozen=True)
class Inverse:
    """A recorded call of a Service method that takes an action back."""

    op: str
    kwargs: Mapping[str, Any]


@dataclass(frozen=True)
class Changes:
    op: str
    kinds: frozenset[str] = frozenset()
    uuids: frozenset[str] = frozenset()
    undo: Inverse | None = None
    #: the snapshot of the row created or updated, when there is exactly one
    row: Any = None
    #: who asked for the change (an opaque token the UI passes), so a view can skip its own echo
    origin: Any = None

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds)) or "*" in self.kinds


#: Which rows hold user content that a delete must never take with it.
_BLOCKING_CHILDREN: dict[str, list[tuple[type[SQLModel], str, str]]] = {
    "day": [(m.AgendaItem, "day_id", "agenda items")],
    "room": [(m.Note, "room_id", "notes"), (m.Assignment, "room_id", "rotation entries"),
             (m.RoundSummary, "room_id", "round summaries")],
    "group": [(m.Assignment, "group_id", "rotation entries")],
    "theme": [(m.Note, "theme_id", "notes")],
}

#: References that a delete clears (and undo restores): kind -> [(model, column)]
_NULLED_REFS: dict[str, list[tuple[Any, str]]] = {
    "room": [(m.AgendaItem, "room_id"), (m.Theme, "room_id")],
    "theme": [(m.Host, "theme_id")],
}


class ServiceBase:
    def __init__(self, db: Database, *, now: Callable[[], dt.datetime] = m.utcnow):
        self.db = db
        #: tells this instance's own notifications apart from other laptops'
        self.instance_id = uuid_mod.uuid4().hex
        self._notify = db.engine.dialect.name == "postgresql"
        self.engine = db.engine
        self._now = now
        self._listeners: list[Callable[[Changes], None]] = []
        self._lock = threading.RLock()
        #: a workshop file is backed up after a commit every few minutes (None: in memory, or a server)
        self.periodic_backups = PeriodicBackups(db) if db.path is not None else None

    def set_clock(self, now: Callable[[], dt.datetime]) -> None:
        """Read instants (round starts, note times) from ``now``, e.g. the shared server's clock."""
        self._now = now

    # -- events --------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``listener(changes)`` after every commit; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _emit(self, changes: Changes) -> Changes:
        for listener in list(self._listeners):
            listener(changes)
        return changes

    def _session(self) -> Session:
        return VersionedSession(self.engine, expire_on_commit=False)

    # -- reading -------------------------------------------------------------------------
    def has_workshop(self) -> bool:
        with self._session() as s:
            return s.exec(select(col(m.Workshop.id)).limit(1)).first() is not None

    def snapshot(self) -> WorkshopSnapshot:
        """The whole workshop but its notes, one query per table.

        Damaged rows (:mod:`cafe.storage.damage`) are left out, and so are the
        rows that cannot stand without them; ``skipped`` on the snapshot lists them.
        """
        with self._session() as s:
            # plain rows, not ORM objects: this runs on every refresh and at startup
            conn = s.connection()
            got = damage.resolve({k: damage.read_table(conn, kind) for k, kind in KINDS.items() if k != "note"})
            uuid_of = got.uuid_of()
            snaps = {k: to_snaps(KINDS[k], rs, uuid_of) for k, rs in got.rows.items()}
            counts = note_counts(s, {r.id: r.uuid for r in got.rows["room"]},
                                  {r.id: r.uuid for r in got.rows["round"]})
        day_dates = {d.uuid: d.date for d in snaps["day"]}
        by_pos = lambda r: (r.position, r.uuid)  # noqa: E731
        return WorkshopSnapshot(
            workshop=snaps["workshop"][0] if snaps["workshop"] else None,
            days=tuple(sorted(snaps["day"], key=lambda d: (d.date, d.position, d.uuid))),
            rooms=tuple(sorted(snaps["room"], key=by_pos)),
            agenda=tuple(sorted(snaps["agenda_item"], key=agenda_sort_key(day_dates))),
            themes=tuple(sorted(snaps["theme"], key=by_pos)),
            hosts=tuple(sorted(snaps["host"], key=by_pos)),
            participants=tuple(sorted(snaps["participant"], key=lambda p: (name_key(p.name), p.uuid))),
            groups=tuple(sorted(snaps["group"], key=by_pos)),
            members=tuple(sorted(snaps["group_member"], key=lambda r: r.uuid)),
            rounds=tuple(sorted(snaps["round"], key=lambda r: r.number)),
            room_rounds=tuple(sorted(snaps["room_round"], key=lambda r: r.uuid)),
            assignments=tuple(sorted(snaps["assignment"], key=lambda r: r.uuid)),
            summaries=tuple(sorted(snaps["round_summary"], key=lambda r: r.uuid)),
            lessons=tuple(sorted(snaps["lesson"], key=by_pos)),
            note_counts=counts,
            skipped=tuple(got.problems),
        )

    # -- a snapshot brought up to date ------------------------------------------------------------
    def partial_kinds(self) -> frozenset[str]:
        """The kinds of change :meth:`refresh_snapshot` brings a snapshot up to date for by reading
        only what they touch (the capabilities' mixins add theirs)."""
        return frozenset({"note", *PARTIAL_TABLES})

    def refresh_snapshot(self, previous: WorkshopSnapshot | None, kinds: Iterable[str]) -> WorkshopSnapshot:
        """:meth:`snapshot` after changes of ``kinds`` since ``previous`` was read: when every kind is
        one of :meth:`partial_kinds` (a note typed, a summary saved, a clock started, a contribution,
        a dot), only what those changes touch is read again and the rest of ``previous`` is kept, so
        the cost does not grow with the workshop; anything else ("*", a room renamed, a damaged row)
        reads everything. Either way the result equals a fresh :meth:`snapshot`."""
        wanted = frozenset(kinds)
        if previous is None or previous.skipped or not wanted or not wanted <= self.partial_kinds():
            return self.snapshot()
        fields = self._refreshed_fields(previous, wanted)
        return self.snapshot() if fields is None else dataclasses.replace(previous, **fields)

    def _refreshed_fields(self, previous: WorkshopSnapshot, kinds: frozenset[str]) -> dict[str, Any] | None:
        """The snapshot's fields that changes of ``kinds`` touch, read again (None: read everything,
        e.g. a row read now is damaged). Mixins extend it for their own kinds."""
        with self._session() as s:
            return refreshed_fields(s, kinds)

    def notes(self, room_uuid: str | None = None, round_uuid: str | None = None,
              *, include_deleted: bool = False) -> list:
        """Notes (snapshots) of one room and/or round, in column order; damaged notes are left out."""
        note = m.table_of(m.Note)
        with self._session() as s:
            where = []
            if room_uuid is not None:
                where.append(note.c.room_id == self._id(s, m.Room, room_uuid))
            if round_uuid is not None:
                where.append(note.c.round_id == self._id(s, m.Round, round_uuid))
            if not include_deleted:
                where.append(note.c.deleted_at.is_(None))
            return note_snaps(s, where, (note.c.category, note.c.position, note.c.id))

    def rows(self, kind_name: str) -> list:
        """Every row of one kind as snapshots (for exports); damaged rows are left out."""
        kind = KINDS[kind_name]
        with self._session() as s:
            got = damage.resolve(damage.read_tables(s.connection(), (kind_name,)))
            return to_snaps(kind, got.rows[kind_name], got.uuid_of((kind_name,)))

    def damaged_rows(self) -> list[damage.RowProblem]:
        """Every damaged row of the database and what it takes with it (empty when all is sound).

        Reads every table, notes included: for ``cafe check`` and for saying at
        open what the window leaves out (``str()`` of each is one line).
        """
        with self._session() as s:
            return damage.read_all(s.connection()).problems

    def get(self, kind_name: str, uuid: str):
        kind = KINDS[kind_name]
        with self._session() as s:
            row = self._row(s, kind, uuid)
            return to_snap(kind, row, self._ref_uuids(s, kind, [row]))

    # -- generic machinery -----------------------------------------------------------------
    @overload
    @staticmethod
    def _id(s: Session, model: Any, uuid: str) -> int: ...

    @overload
    @staticmethod
    def _id(s: Session, model: Any, uuid: None) -> None: ...

    @overload
    @staticmethod
    def _id(s: Session, model: Any, uuid: str | None) -> int | None: ...

    @staticmethod
    def _id(s: Session, model: Any, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        found = s.exec(select(model.id).where(model.uuid == uuid)).first()
        if found is None:
            raise NotFound(_("{kind} {uuid} does not exist (any more).").format(
                kind=kind_text(KIND_OF_MODEL[model].name), uuid=uuid))
        return found

    @staticmethod
    def _row(s: Session, kind: Kind, uuid: str):
        row = s.exec(select(kind.model).where(kind.model.uuid == uuid)).first()
        if row is None:
            raise NotFound(_("This {kind} no longer exists; it was deleted elsewhere.").format(
                kind=kind_text(kind.name)))
        return row

    _ref_uuids = staticmethod(ref_uuids)

    def _set_fields(self, s: Session, kind: Kind, row: SQLModel, fields: Mapping[str, Any]) -> None:
        for name, value in fields.items():
            if name.endswith("_uuid"):
                setattr(row, name[:-5] + "_id", self._id(s, kind.refs[name], value))
            else:
                if isinstance(value, tuple):
                    value = list(value)
                setattr(row, name, value)

    def _check_editable(self, kind: Kind, fields: Mapping[str, Any]) -> None:
        unknown = set(fields) - kind.editable
        if unknown:
            raise ServiceError(_("Cannot change {fields} of a {kind}.").format(
                fields=", ".join(sorted(unknown)), kind=kind_text(kind.name)))

    def _commit(self, s: Session, changes: Changes) -> Changes:
        if self._notify:
            # delivered to the other laptops when (and only if) this transaction commits
            s.execute(sa.text("SELECT pg_notify(:channel, :payload)"),
                      {"channel": NOTIFY_CHANNEL, "payload": notice_payload(changes, self.instance_id)})
        try:
            s.commit()
        except sa.exc.IntegrityError as exc:
            s.rollback()
            raise ServiceError(_("Refused: it would break the workshop's rules ({reason}).").format(
                reason=_short(exc))) from None
        self._emit(changes)
        if self.periodic_backups is not None:
            self.periodic_backups.after_commit()  # cheap when not due; never raises
        return changes

    def _update(self, op: str, kind_name: str, uuid: str, expected_version: int | None,
                fields: Mapping[str, Any], *, origin: Any = None, check: Callable | None = None,
                after: Callable | None = None) -> Changes:
        kind = KINDS[kind_name]
        self._check_editable(kind, fields)
        with self._lock, self._session() as s:
            row = self._row(s, kind, uuid)
            if kind.versioned and expected_version is not None and row.version != expected_version:
                current = to_snap(kind, row, self._ref_uuids(s, kind, [row]))
                raise StaleEdit(
                    _("This {kind} was changed elsewhere meanwhile (version {version}, yours {yours}); "
                      "your edit was not applied.").format(kind=kind_text(kind.name), version=row.version,
                                                           yours=expected_version),
                    current,
                )
            before_snap = to_snap(kind, row, self._ref_uuids(s, kind, [row]))
            before = {k: getattr(before_snap, k) for k in fields}
            self._set_fields(s, kind, row, fields)
            if check is not None:
                check(s, row)
            if kind.versioned:
                row.version += 1
            if hasattr(row, "updated_at"):
                row.updated_at = self._now()
            extra_kinds = after(s, row) if after is not None else ()
            s.flush()
            snap = to_snap(kind, row, self._ref_uuids(s, kind, [row]))
            inverse = Inverse(op, {"uuid": uuid, "expected_version": getattr(row, "version", None), **before})
            return self._commit(s, Changes(op, frozenset({kind.name, *extra_kinds}), frozenset({uuid}),
                                           inverse, snap, origin))

    def _create(self, op: str, kind_name: str, fields: Mapping[str, Any], *, origin: Any = None,
                check: Callable | None = None, after: Callable | None = None,
                delete_op: str | None = None) -> Changes:
        kind = KINDS[kind_name]
        with self._lock, self._session() as s:
            row = kind.model()
            self._set_fields(s, kind, row, fields)
            if check is not None:
                check(s, row)
            s.add(row)
            s.flush()
            extra_kinds = after(s, row) if after is not None else ()
            snap = to_snap(kind, row, self._ref_uuids(s, kind, [row]))
            inverse = Inverse(delete_op or f"delete_{kind.name}",
                              {"uuid": row.uuid, "expected_version": getattr(row, "version", None)})
            return self._commit(s, Changes(op, frozenset({kind.name, *extra_kinds}), frozenset({row.uuid}),
                                           inverse, snap, origin))

    def _delete(self, op: str, kind_name: str, uuid: str, expected_version: int | None, *,
                origin: Any = None, before_delete: Callable | None = None) -> Changes:
        kind = KINDS[kind_name]
        with self._lock, self._session() as s:
            row = self._row(s, kind, uuid)
            if kind.versioned and expected_version is not None and row.version != expected_version:
                raise StaleEdit(_("This {kind} was changed elsewhere meanwhile; it was not deleted.").format(
                    kind=kind_text(kind.name)), to_snap(kind, row, self._ref_uuids(s, kind, [row])))
            label = getattr(row, "name", None) or getattr(row, "title", None) or kind.name
            for model, column, what in _BLOCKING_CHILDREN.get(kind.name, []):
                n = s.exec(select(sa.func.count()).select_from(model)
                           .where(getattr(model, column) == row.id)).one()
                if n:
                    raise ServiceError(_("“{label}” still has {n} {what}; move or delete them first.").format(
                        label=label, n=n, what=child_text(what)))
            extra = before_delete(s, row) if before_delete is not None else {}
            links = []
            for model, column in _NULLED_REFS.get(kind.name, []):
                for ref in s.exec(select(model).where(getattr(model, column) == row.id)).all():
                    links.append((KIND_OF_MODEL[model].name, ref.uuid, column[:-3] + "_uuid"))
                    setattr(ref, column, None)
                    if hasattr(ref, "version"):
                        ref.version += 1
            snap = to_snap(kind, row, self._ref_uuids(s, kind, [row]))
            s.delete(row)
            s.flush()
            touched = {kind.name, *(k for k, _, _ in links), *extra.get("kinds", ())}
            inverse = Inverse("restore", {"kind": kind.name, "row": snap, "links": tuple(links),
                                          "children": extra.get("children", ())})
            return self._commit(s, Changes(op, frozenset(touched), frozenset({uuid}), inverse, snap, origin))

    def restore(self, kind: str, row: Any, links: tuple = (), children: tuple = (),
                origin: Any = None) -> Changes:
        """Put a deleted row back with its uuid, its references and the links its delete cleared."""
        k = KINDS[kind]
        with self._lock, self._session() as s:
            obj = self._insert_snap(s, k, row)
            for child_kind, child in children:
                self._insert_snap(s, KINDS[child_kind], child)
            for ref_kind, ref_uuid, field_name in links:
                rk = KINDS[ref_kind]
                ref = s.exec(select(rk.model).where(rk.model.uuid == ref_uuid)).first()
                if ref is not None:
                    setattr(ref, field_name[:-5] + "_id", obj.id)
                    if hasattr(ref, "version"):
                        ref.version += 1
            s.flush()
            touched = {kind, *(lk for lk, _, _ in links), *(ck for ck, _ in children)}
            if kind == "agenda_item":
                self._renumber_rounds(s)
                touched.add("round")
            inverse = Inverse(f"delete_{kind}", {"uuid": obj.uuid, "expected_version": getattr(obj, "version", None)})
            return self._commit(s, Changes("restore", frozenset(touched), frozenset({obj.uuid}), inverse,
                                           to_snap(k, obj, self._ref_uuids(s, k, [obj])), origin))

    def _insert_snap(self, s: Session, kind: Kind, snap: Any) -> Any:
        obj = kind.model()
        for name in kind.columns:
            value = getattr(snap, name)
            if name.endswith("_uuid") and name != "uuid":
                setattr(obj, name[:-5] + "_id", self._id(s, kind.refs[name], value))
            else:
                setattr(obj, name, list(value) if isinstance(value, tuple) else value)
        s.add(obj)
        s.flush()
        return obj

    def _renumber_rounds(self, s: Session) -> bool:
        q = (select(m.Round, m.AgendaItem, m.Day).join(m.AgendaItem, col(m.Round.agenda_item_id) == m.AgendaItem.id)
             .join(m.Day, col(m.AgendaItem.day_id) == m.Day.id))
        ordered = sorted(s.exec(q).all(), key=lambda t: (t[2].date, t[1].start, t[1].id))
        changed = False
        for n, (rnd, _item, _day) in enumerate(ordered, start=1):
            if rnd.number != n:
                rnd.number = n
                changed = True
        s.flush()
        return changed

    def apply(self, inverse: Inverse, origin: Any = None) -> Changes:
        """Run a recorded inverse (undo or redo)."""
        if inverse.op.startswith("_") or not hasattr(self, inverse.op):
            raise ServiceError(_("Unknown action {op!r}.").format(op=inverse.op))
        return getattr(self, inverse.op)(**inverse.kwargs, origin=origin)

    # -- whole-workshop import/export (used by cafe.workshop_file) --------------------------
    def export_rows(self) -> dict[str, list]:
        """Every row of every kind, as snapshots, in insertion-safe order; damaged rows are left out."""
        return self.export_rows_checked()[0]

    def export_rows_checked(self) -> tuple[dict[str, list], list[damage.RowProblem]]:
        """:meth:`export_rows`, and what it left out or read without a reference (one read)."""
        with self._session() as s:
            got = damage.read_all(s.connection())
        uuid_of = got.uuid_of()
        return {name: to_snaps(KINDS[name], got.rows[name], uuid_of) for name in KINDS}, got.problems

    def import_rows(self, rows: Mapping[str, Iterable[Any]], *, replace: bool = False,
                    origin: Any = None) -> Changes:
        """Write a whole workshop (snapshots keyed by kind) in one transaction.

        All or nothing: any failure rolls everything back. Refuses a database that
        already holds a workshop unless ``replace``.
        """
        with self._lock, self._session() as s:
            if not replace and s.exec(select(col(m.Workshop.id)).limit(1)).first() is not None:
                raise ServiceError(_("This database already holds a workshop; use a new file, or replace it."))
            try:
                if replace:
                    for kind in reversed(list(KINDS.values())):
                        s.exec(sa.delete(kind.model))
                    s.flush()
                ids: dict[tuple[type, str], int] = {}
                for name, kind in KINDS.items():
                    if name == "workshop":  # one row, through its model: its checks run on every write
                        objs = [self._import_object(kind, snap, ids) for snap in rows.get(name, ())]
                        s.add_all(objs)
                        s.flush()
                        ids.update(((kind.model, obj.uuid), obj.id) for obj in objs)
                        continue
                    # many rows: one INSERT with many parameter sets (an ORM object per row cost about
                    # two thirds of a 50,000-note load), then the new ids read back by uuid
                    values = [self._import_values(kind, snap, ids) for snap in rows.get(name, ())]
                    if not values:
                        continue
                    table = kind.model.__table__
                    s.connection().execute(sa.insert(table), values)
                    ids.update(((kind.model, uuid), id_) for uuid, id_ in
                               s.connection().execute(sa.select(table.c.uuid, table.c.id)))
            except KeyError as exc:
                s.rollback()
                raise ServiceError(_("A row refers to {uuid}, which is not in the workshop.").format(
                    uuid=exc.args[0][1])) from None
            except sa.exc.IntegrityError as exc:
                s.rollback()
                raise ServiceError(_("The workshop breaks a rule of the database ({reason}).").format(
                    reason=_short(exc))) from None
            return self._commit(s, Changes("import_rows", frozenset({"*"}), frozenset(), None, None, origin))

    @staticmethod
    def _import_values(kind: Any, snap: Any, ids: Mapping[tuple[type, str], int]) -> dict[str, Any]:
        """A row of ``kind`` as column values, its references turned into the ids they were given."""
        values: dict[str, Any] = {}
        for column in kind.columns:
            value = getattr(snap, column)
            if column.endswith("_uuid") and column != "uuid":
                values[column[:-5] + "_id"] = None if value is None else ids[(kind.refs[column], value)]
            else:
                values[column] = list(value) if isinstance(value, tuple) else value
        return values

    @classmethod
    def _import_object(cls, kind: Any, snap: Any, ids: Mapping[tuple[type, str], int]) -> Any:
        obj = kind.model()
        for column, value in cls._import_values(kind, snap, ids).items():
            setattr(obj, column, value)
        return obj

    # -- checks ----------------------------------------------------------------------------
    def consistency_problems(self) -> list[str]:
        """Rule violations a database constraint cannot express, as sentences."""
        snap = self.snapshot()
        problems = []
        if snap.workshop is None:
            problems.append("workshop: the database holds no workshop")
        rooms_in_themes = Counter(t.room_uuid for t in snap.themes if t.room_uuid)
        for room_uuid, n in rooms_in_themes.items():
            if n > 1:
                problems.append(f"themes: {n} themes share room {room_uuid}")
        for item in snap.agenda:
            if item.end <= item.start:
                problems.append(f"agenda: “{item.title}” ends before it starts")
        visits = Counter((a.group_uuid, a.room_uuid) for a in snap.assignments)
        for (group, room), n in visits.items():
            if n > 1:
                problems.append(f"rotation: group {group} visits room {room} {n} times")
        return problems


# -- helpers ---------------------------------------------------------------------------------
def _short(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]


def _required(value: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ServiceError(message)
    return value


def _next_position(s: Session, model: Any) -> int:
    top = s.exec(select(sa.func.max(model.position))).one()
    return 0 if top is None else top + 1


def _unique_name(s: Session, model, column, name: str, what: str, own_id: int | None = None) -> None:
    q = select(model.id).where(sa.func.lower(column) == name.lower())
    if own_id is not None:
        q = q.where(model.id != own_id)
    if s.exec(q).first() is not None:
        raise ServiceError(_("There is already a {what} called “{name}”.").format(what=kind_text(what), name=name))
