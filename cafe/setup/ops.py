"""Setting a workshop up: the workshop itself, days, rooms, agenda, themes and hosts."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cafe.i18n import N_, _, ngettext
from cafe.service_base import Changes, ServiceBase, ServiceError, _next_position, _required, _unique_name
from cafe.storage import models as m
from cafe.storage.snapshots import KINDS, to_snap


class SetupOps(ServiceBase):
    """Mixin of :class:`cafe.service.Service`: actions an organiser takes beforehand."""

    # -- the workshop ---------------------------------------------------------------------
    def create_workshop(self, title: str, *, venue: str = "", time_zone: str = "UTC",
                        start_date: dt.date | None = None, origin: Any = None) -> Changes:
        """Start a new, empty workshop in an empty database."""
        if self.has_workshop():
            raise ServiceError(_("This database already holds a workshop; start a new one in a new file."))
        _check_tz(time_zone)
        start_date = start_date or dt.date.today()
        with self._lock, self._session() as s:
            w = m.Workshop(title=title.strip() or "Untitled workshop", venue=venue, time_zone=time_zone,
                           start_date=start_date, end_date=start_date)
            s.add(w)
            s.add(m.Day(date=start_date, title="Day I", position=0))
            s.flush()
            snap = to_snap(KINDS["workshop"], w, {})
            return self._commit(s, Changes("create_workshop", frozenset({"*"}), frozenset({w.uuid}),
                                           None, snap, origin))

    def update_workshop(self, uuid: str, expected_version: int | None, origin: Any = None,
                        **fields) -> Changes:
        if "time_zone" in fields:
            _check_tz(fields["time_zone"])
        for name in ("warning_minutes", "danger_minutes"):
            if name in fields and (not isinstance(fields[name], int) or fields[name] < 0):
                raise ServiceError(_(_WHOLE_MINUTES[name]))

        def check(_s, w):
            if w.start_date and w.end_date and w.end_date < w.start_date:
                raise ServiceError(_("The workshop cannot end before it starts."))
            if w.danger_minutes > w.warning_minutes:
                raise ServiceError(_("The danger time must not be longer than the warning time."))
        return self._update("update_workshop", "workshop", uuid, expected_version, fields,
                            origin=origin, check=check)

    # -- days ----------------------------------------------------------------------------
    def add_day(self, date: dt.date, title: str = "", origin: Any = None) -> Changes:
        with self._session() as s:
            if s.exec(select(m.Day).where(m.Day.date == date)).first():
                raise ServiceError(_("The workshop already has a day on {date}.").format(date=date.isoformat()))
            position = _next_position(s, m.Day)
        return self._create("add_day", "day", {"date": date, "title": title, "position": position},
                            origin=origin)

    def update_day(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        return self._update("update_day", "day", uuid, expected_version, fields, origin=origin)

    def delete_day(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        return self._delete("delete_day", "day", uuid, expected_version, origin=origin)

    # -- rooms ---------------------------------------------------------------------------
    def add_room(self, name: str, capacity: int | None = None, origin: Any = None) -> Changes:
        name = _required(name, _("A room needs a name."))
        with self._session() as s:
            _unique_name(s, m.Room, m.Room.name, name, "room")
            position = _next_position(s, m.Room)
        return self._create("add_room", "room", {"name": name, "capacity": capacity, "position": position},
                            origin=origin)

    def update_room(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        if "name" in fields:
            fields["name"] = _required(fields["name"], _("A room needs a name."))

        def check(s, row):
            _unique_name(s, m.Room, m.Room.name, row.name, "room", row.id)
        return self._update("update_room", "room", uuid, expected_version, fields, origin=origin, check=check)

    def delete_room(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        def before(s, row):
            children = []
            for rr in s.exec(select(m.RoomRound).where(m.RoomRound.room_id == row.id)).all():
                children.append(("room_round", to_snap(KINDS["room_round"], rr,
                                                        self._ref_uuids(s, KINDS["room_round"], [rr]))))
            return {"children": tuple(children), "kinds": ("room_round",) if children else ()}
        return self._delete("delete_room", "room", uuid, expected_version, origin=origin, before_delete=before)

    # -- agenda --------------------------------------------------------------------------
    def add_agenda_item(self, day_uuid: str, kind: m.AgendaKind | str, start: dt.time, end: dt.time,
                        title: str = "", room_uuid: str | None = None, notes: str = "",
                        origin: Any = None) -> Changes:
        fields = {"day_uuid": day_uuid, "kind": m.AgendaKind(kind), "start": start, "end": end,
                  "title": title.strip(), "room_uuid": room_uuid, "notes": notes}
        return self._create("add_agenda_item", "agenda_item", fields, origin=origin,
                            check=_check_agenda_item, after=self._sync_round)

    def update_agenda_item(self, uuid: str, expected_version: int | None, origin: Any = None,
                           **fields) -> Changes:
        if "kind" in fields:
            fields["kind"] = m.AgendaKind(fields["kind"])
        return self._update("update_agenda_item", "agenda_item", uuid, expected_version, fields,
                            origin=origin, check=_check_agenda_item, after=self._sync_round)

    def delete_agenda_item(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        def before(s, item):
            rnd = s.exec(select(m.Round).where(m.Round.agenda_item_id == item.id)).first()
            if rnd is None:
                return {}
            self._refuse_if_round_used(s, rnd, "delete")
            snap = to_snap(KINDS["round"], rnd, {(m.AgendaItem, item.id): item.uuid})
            s.delete(rnd)
            s.flush()
            return {"children": (("round", snap),), "kinds": ("round",)}
        changes = self._delete("delete_agenda_item", "agenda_item", uuid, expected_version, origin=origin,
                               before_delete=before)
        with self._lock, self._session() as s:
            if self._renumber_rounds(s):
                s.commit()
        return changes

    def _refuse_if_round_used(self, s: Session, rnd: m.Round, action: str) -> None:
        """Refuse ``action`` ("delete" the agenda item or "change_kind" of it) on a round already in use."""
        for model, what in ((m.Note, "notes"), (m.RoundSummary, "summaries"), (m.Assignment, "rotation")):
            n = s.exec(select(sa.func.count()).select_from(model).where(model.round_id == rnd.id)).one()
            if n:
                raise ServiceError(_round_used(what, action, n).format(round=rnd.number, n=n))
        running = s.exec(select(sa.func.count()).select_from(m.RoomRound).where(
            m.RoomRound.round_id == rnd.id, m.RoomRound.state != m.RoundState.scheduled)).one()
        if running:
            text = (_("Round {round} has already started; cannot delete this agenda item.") if action == "delete"
                    else _("Round {round} has already started; cannot change this item to another kind."))
            raise ServiceError(text.format(round=rnd.number))

    def _sync_round(self, s: Session, item: m.AgendaItem) -> tuple[str, ...]:
        """Keep exactly one Round per agenda item of kind ``round``, numbered in agenda order."""
        rnd = s.exec(select(m.Round).where(m.Round.agenda_item_id == item.id)).first()
        if item.kind == m.AgendaKind.round and rnd is None:
            s.add(m.Round(agenda_item_id=item.id, number=0))
            s.flush()
        elif item.kind != m.AgendaKind.round and rnd is not None:
            self._refuse_if_round_used(s, rnd, "change_kind")
            s.delete(rnd)
            s.flush()
        self._renumber_rounds(s)
        return ("round",)

    # -- themes and hosts ------------------------------------------------------------------
    def add_theme(self, title: str, short_name: str = "", room_uuid: str | None = None,
                  objective_ref: str = "", guiding_questions: Iterable[str] = (),
                  origin: Any = None) -> Changes:
        title = _required(title, _("A theme needs a title."))
        with self._session() as s:
            position = _next_position(s, m.Theme)
        fields = {"title": title, "short_name": short_name.strip(), "room_uuid": room_uuid,
                  "objective_ref": objective_ref.strip(),
                  "guiding_questions": _questions(guiding_questions), "position": position}
        return self._create("add_theme", "theme", fields, origin=origin, check=_check_theme_room)

    def update_theme(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        if "title" in fields:
            fields["title"] = _required(fields["title"], _("A theme needs a title."))
        if "guiding_questions" in fields:
            fields["guiding_questions"] = _questions(fields["guiding_questions"])
        return self._update("update_theme", "theme", uuid, expected_version, fields, origin=origin,
                            check=_check_theme_room)

    def delete_theme(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        return self._delete("delete_theme", "theme", uuid, expected_version, origin=origin)

    def add_host(self, name: str, organisation: str = "", theme_uuid: str | None = None,
                 role: m.HostRole | str = m.HostRole.host, email: str = "", origin: Any = None) -> Changes:
        name = _required(name, _("A host needs a name."))
        with self._session() as s:
            position = _next_position(s, m.Host)
        fields = {"name": name, "organisation": organisation.strip(), "theme_uuid": theme_uuid,
                  "role": m.HostRole(role), "email": email.strip(), "position": position}
        return self._create("add_host", "host", fields, origin=origin)

    def update_host(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        if "name" in fields:
            fields["name"] = _required(fields["name"], _("A host needs a name."))
        if "role" in fields:
            fields["role"] = m.HostRole(fields["role"])
        return self._update("update_host", "host", uuid, expected_version, fields, origin=origin)

    def delete_host(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        return self._delete("delete_host", "host", uuid, expected_version, origin=origin)


# -- helpers --------------------------------------------------------------------------------
def _questions(questions: Iterable[str]) -> list[str]:
    return [q.strip() for q in questions if q and q.strip()]


def _check_tz(name: str) -> None:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ServiceError(_("Unknown time zone “{zone}” (use a name such as Europe/Zurich).").format(
            zone=name)) from None



def _check_agenda_item(_s: Session, item: m.AgendaItem) -> None:
    if item.end <= item.start:
        raise ServiceError(_("“{item}” must end after it starts ({start}–{end}).").format(
            item=item.title or item.kind.value, start=f"{item.start:%H:%M}", end=f"{item.end:%H:%M}"))


def _check_theme_room(s: Session, theme: m.Theme) -> None:
    if theme.room_id is None:
        return
    q = select(col(m.Theme.title)).where(m.Theme.room_id == theme.room_id)
    if theme.id is not None:
        q = q.where(m.Theme.id != theme.id)
    other = s.exec(q).first()
    if other is not None:
        raise ServiceError(_("That room already hosts the theme “{theme}”.").format(theme=other))


#: the refusal of a negative or non-integer warning/danger time, per field
_WHOLE_MINUTES = {
    "warning_minutes": N_("Warning minutes must be a whole number ≥ 0."),
    "danger_minutes": N_("Danger minutes must be a whole number ≥ 0."),
}


def _round_used(what: str, action: str, n: int) -> str:
    """The refusal to ``action`` an agenda item whose round already has ``n`` of ``what`` (to format with
    ``round`` and ``n``): one whole sentence per case, so each language words it its own way."""
    if action == "delete":
        if what == "notes":
            return ngettext("Round {round} already has {n} note; cannot delete this agenda item.",
                            "Round {round} already has {n} notes; cannot delete this agenda item.", n)
        if what == "summaries":
            return ngettext("Round {round} already has {n} round summary; cannot delete this agenda item.",
                            "Round {round} already has {n} round summaries; cannot delete this agenda item.", n)
        return ngettext("Round {round} already has {n} rotation entry; cannot delete this agenda item.",
                        "Round {round} already has {n} rotation entries; cannot delete this agenda item.", n)
    if what == "notes":
        return ngettext("Round {round} already has {n} note; cannot change this item to another kind.",
                        "Round {round} already has {n} notes; cannot change this item to another kind.", n)
    if what == "summaries":
        return ngettext("Round {round} already has {n} round summary; cannot change this item to another kind.",
                        "Round {round} already has {n} round summaries; cannot change this item to another kind.",
                        n)
    return ngettext("Round {round} already has {n} rotation entry; cannot change this item to another kind.",
                    "Round {round} already has {n} rotation entries; cannot change this item to another kind.", n)
