"""Merging a room laptop's workshop file into the main workshop, without duplicates.

When a room laptop worked without any network, its workshop file is merged
into the main workshop afterwards. Rows are matched by uuid (and, for rows a
laptop creates on its own, such as a room's clock for a round, by what they
are about: the same round and room; a plenary session's account, by its
session). For a row both sides have, the higher version wins; equal versions
with different content are a conflict, reported and left as the main workshop
has them. A merge never deletes: a delete travels as a note's tombstone
(``deleted_at``), which is an edit like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from cafe.service_base import Changes, NotFound, ServiceBase, ServiceError, _short
from cafe.storage.snapshots import KINDS, to_snap

#: rows that may be created on two laptops independently, matched by what they describe
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "round": ("agenda_item_uuid",),
    "room_round": ("round_uuid", "room_uuid"),
    "assignment": ("round_uuid", "group_uuid"),
    "round_summary": ("round_uuid", "room_uuid"),
    "group_member": ("participant_uuid",),
    "session_account": ("agenda_item_uuid",),
}


@dataclass
class MergeReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    #: (kind, uuid, sentence) for rows both sides changed to different content at the same version
    conflicts: list[tuple[str, str, str]] = field(default_factory=list)

    def summary(self) -> str:
        def part(counts: dict[str, int]) -> str:
            return ", ".join(f"{n} {kind.replace('_', ' ')}{'s' if n != 1 else ''}"
                             for kind, n in sorted(counts.items())) or "nothing"
        text = f"Added {part(self.added)}; updated {part(self.updated)}; {self.unchanged} already the same."
        if self.conflicts:
            text += f" {len(self.conflicts)} conflict(s) kept as in this workshop."
        return text


class MergeOps(ServiceBase):
    """Mixin of :class:`cafe.service.Service`: merge another copy of the same workshop."""

    def merge_rows(self, rows: Mapping[str, Iterable[Any]], origin: Any = None) -> Changes:
        """Merge snapshots keyed by kind (as :func:`cafe.workshop_file.read_rows` gives them).

        All or nothing; the Changes' ``row`` is a :class:`MergeReport`.
        Not undoable (it is an import), like loading a file.
        """
        report = MergeReport()
        touched: set[str] = set()
        with self._lock, self._session() as s:
            mine = s.exec(select(KINDS["workshop"].model)).first()
            theirs = list(rows.get("workshop", ()))
            if mine is None:
                raise ServiceError("This database holds no workshop to merge into; load the file instead.")
            if theirs and theirs[0].uuid != mine.uuid:
                raise ServiceError(f"The file holds another workshop (“{theirs[0].title}”), "
                                   f"not “{mine.title}”: nothing was merged.")
            try:
                for name, kind in KINDS.items():
                    for snap in rows.get(name, ()):
                        outcome = self._merge_one(s, kind, snap, report)
                        if outcome:
                            touched.add(name)
                    s.flush()
            except NotFound as exc:
                s.rollback()
                raise ServiceError(f"A row in the file refers to something neither workshop has ({exc}); "
                                   "nothing was merged.") from None
            except sa.exc.IntegrityError as exc:
                s.rollback()
                raise ServiceError(f"The file clashes with this workshop ({_short(exc)}); nothing was merged.") \
                    from None
            return self._commit(s, Changes("merge_rows", frozenset(touched) or frozenset({"workshop"}),
                                           frozenset(), None, report, origin))

    def _merge_one(self, s: Session, kind, snap: Any, report: MergeReport) -> bool:
        model = kind.model
        row = s.exec(select(model).where(model.uuid == snap.uuid)).first()
        if row is None and kind.name in NATURAL_KEYS:
            row = self._by_natural_key(s, kind, snap)
        if row is None:
            self._insert_snap(s, kind, snap)
            report.added[kind.name] = report.added.get(kind.name, 0) + 1
            return True
        current = to_snap(kind, row, self._ref_uuids(s, kind, [row]))
        same = all(_same(getattr(current, c), getattr(snap, c)) for c in kind.columns if c not in ("uuid",))
        if same:
            report.unchanged += 1
            return False
        theirs_v, mine_v = getattr(snap, "version", None), getattr(current, "version", None)
        if theirs_v is not None and mine_v is not None and theirs_v <= mine_v:
            if theirs_v == mine_v:
                report.conflicts.append((kind.name, current.uuid,
                                         f"{kind.name.replace('_', ' ')} {current.uuid} was changed differently "
                                         "on both laptops"))
            else:
                report.unchanged += 1
            return False
        for col in kind.columns:
            if col == "uuid":
                continue
            value = getattr(snap, col)
            if col.endswith("_uuid"):
                setattr(row, col[:-5] + "_id", self._id(s, kind.refs[col], value))
            else:
                setattr(row, col, list(value) if isinstance(value, tuple) else value)
        report.updated[kind.name] = report.updated.get(kind.name, 0) + 1
        return True

    def _by_natural_key(self, s: Session, kind, snap: Any):
        q = select(kind.model)
        for col in NATURAL_KEYS[kind.name]:
            ref_id = self._id(s, kind.refs[col], getattr(snap, col))
            q = q.where(getattr(kind.model, col[:-5] + "_id") == ref_id)
        return s.exec(q).first()


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, tuple):
        a = list(a)
    if isinstance(b, tuple):
        b = list(b)
    return a == b
