"""The Service's database session: a write that another laptop got to first, or that the server
refuses to this login, becomes the Service's own error (see :class:`VersionedSession`).

:mod:`cafe.service_base` opens every session through it; the errors it raises are those of
:mod:`cafe.service_errors`.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from cafe.i18n import _
from cafe.service_errors import ServiceError, StaleEdit
from cafe.service_texts import kind_text, kinds_text
from cafe.storage.snapshots import KIND_OF_MODEL, ref_uuids, to_snap


class VersionedSession(Session):
    """A Session whose flush turns the version counter's refusal into :class:`StaleEdit`.

    Every versioned table is written ``UPDATE … WHERE version = <the version
    read>`` (:class:`cafe.storage.models.Versioned`). When another laptop or
    process wrote the row between our read and our write, no row matches and
    SQLAlchemy raises ``StaleDataError``; the caller gets a StaleEdit with the
    row as it is now, exactly as when the version was compared before writing.

    A write the server refuses to this laptop's role (a room laptop writing
    another room's notes on a shared workshop, :mod:`cafe.sync.access`) becomes
    a :class:`ServiceError` that says which room this laptop writes for.
    """

    def flush(self, objects: Any = None) -> None:
        pending = [(o, sa.inspect(o).identity_key, _read_version(o)) for o in self.dirty if _versioned(o)]
        written = [*pending, *((o, None, None) for o in self.new)]
        room_id = next((getattr(o, "room_id", None) for o, _x, _y in written if getattr(o, "room_id", None)), None)
        what = next((_plural(type(o)) for o, _x, _y in written), None) or _("these rows")
        try:
            super().flush(objects)
        except StaleDataError:
            raise _stale_edit(self.get_bind(), [(key, version) for _o, key, version in pending],
                              room_id, what) from None
        except sa.exc.DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient privilege (grants, row security)
                raise
            raise _read_only(self.get_bind(), room_id, what) from None


def _versioned(obj: Any) -> bool:
    mapper = getattr(type(obj), "__mapper__", None)
    return mapper is not None and mapper.version_id_col is not None


def _read_version(obj: Any) -> int | None:
    """The version ``obj`` had when it was read (before this transaction stepped it)."""
    history = sa.inspect(obj).attrs.version.history
    return history.deleted[0] if history.deleted else getattr(obj, "version", None)


def _plural(model: Any) -> str:
    kind = KIND_OF_MODEL.get(model)
    return kinds_text(kind.name) if kind is not None else _("rows")


def _read_only(bind: Any, room_id: int | None, what: str) -> ServiceError:
    from cafe.sync.access import write_refusal

    with bind.connect() as conn:
        return ServiceError(write_refusal(conn, room_id, what))


def _stale_edit(bind: Any, keys: list[tuple[Any, int | None]], room_id: int | None, what: str) -> ServiceError:
    """The refusal of a write that matched no row: another laptop's newer version (a StaleEdit with the
    row as it is now), or, when the row is just as it was read, the server's row security."""
    for key, version in keys:
        if key is None:
            continue
        model, ident = key[0], key[1]
        kind = KIND_OF_MODEL.get(model)  # None: a table outside the workshop file (a contribution, a vote)
        with Session(bind) as fresh:
            row = fresh.get(model, ident)
            if row is None:
                if kind is None:
                    return StaleEdit(_("This was deleted elsewhere meanwhile; your edit was not applied."))
                return StaleEdit(_("This {kind} was deleted elsewhere meanwhile; your edit was not applied.").format(
                    kind=kind_text(kind.name)))
            if row.version == version:  # nobody changed it: the UPDATE was not allowed to see it
                return _read_only(bind, getattr(row, "room_id", room_id), what)
            if kind is None:
                return StaleEdit(_("This was changed elsewhere meanwhile; your edit was not applied."))
            current = to_snap(kind, row, ref_uuids(fresh, kind, [row]))
        return StaleEdit(_("This {kind} was changed elsewhere meanwhile (version {version}); your edit was not "
                           "applied.").format(kind=kind_text(kind.name), version=row.version), current)
    return StaleEdit(_("This was changed elsewhere meanwhile; your edit was not applied."))
