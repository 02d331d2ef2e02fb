"""Contributions from phones: posted in a room, queued for its note-taker, accepted or dismissed.

A participant in a room scans the room's QR code and posts an opportunity, challenge or
practice (:meth:`ContributionOps.post_contribution`, called by the venue server). It waits in
the room's queue until the note-taker accepts it (:meth:`ContributionOps.accept_contribution`:
one transaction adds the note, as the note-taker would have typed it, and marks the
contribution accepted) or dismisses it. Both are one undo step: undoing an acceptance deletes
the note it made and puts the contribution back in the queue.

A room's posting link is open or closed, and its token has a generation
(:class:`cafe.storage.models.VenueRoom`): the moderator closes rooms, or renews their links,
which ends every older one (:meth:`ContributionOps.set_posting`).

Two laptops deciding on one contribution: the first decision stands, the second is refused
with a sentence (``UPDATE … WHERE state = 'new'``, atomic on both databases).
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select

from cafe.clock.watch import aware_utc
from cafe.i18n import _
from cafe.notes.ops import NoteOps
from cafe.notes.ops import _category as _note_category
from cafe.notes.ops import _heading as _note_heading
from cafe.notes.ops import _text as _note_text
from cafe.service_base import Changes, Inverse, NotFound, ServiceError, StaleEdit
from cafe.storage import models as m
from cafe.storage.snap_types import ContributionSnap, PostingState, WorkshopSnapshot

#: what a phone may send: at most this many characters of text, of countries, of a name
MAX_TEXT = 1000
MAX_COUNTRIES = 200
MAX_NAME = 100
#: the categories a participant can choose from (the note columns but "other")
POSTED_CATEGORIES = (m.NoteCategory.opportunity, m.NoteCategory.challenge, m.NoteCategory.practice)


def device_digest(address: str) -> str:
    """A one-way digest of a device's address: enough to count its posts, nothing to read back."""
    return hashlib.sha256(f"cafe-device:{address}".encode()).hexdigest()[:32]


def clean_post(category: str, text: str, countries: str | Iterable[str], name: str) -> tuple[
        m.NoteCategory, str, list[str], str]:
    """What a phone sent, checked and tidied; ServiceError naming the field that is wrong."""
    try:
        kind = m.NoteCategory(str(category or "").strip().lower())
    except ValueError:
        kind = None
    if kind not in POSTED_CATEGORIES:
        raise ServiceError(_("Choose whether it is an opportunity, a challenge or a practice."))
    text = " ".join(str(text or "").split())
    if not text:
        raise ServiceError(_("Write your contribution first: the text is empty."))
    if len(text) > MAX_TEXT:
        raise ServiceError(_("Your contribution is too long: at most {n} characters (it has {count}).").format(
            n=MAX_TEXT, count=len(text)))
    if isinstance(countries, str):
        if len(countries) > MAX_COUNTRIES:
            raise ServiceError(_("Countries: at most {n} characters.").format(n=MAX_COUNTRIES))
        names = [part.strip() for part in re.split(r"[,;\n]", countries) if part.strip()]
    else:
        names = [str(c).strip() for c in countries if str(c).strip()]
    name = " ".join(str(name or "").split())
    if len(name) > MAX_NAME:
        raise ServiceError(_("Name: at most {n} characters.").format(n=MAX_NAME))
    return kind, text, names[:20], name


class ContributionOps(NoteOps):
    """Mixin of :class:`cafe.service.Service`: the queue of contributions from phones."""

    # -- reading ---------------------------------------------------------------------------------
    def snapshot(self) -> WorkshopSnapshot:
        """The workshop's snapshot, with the contributions waiting in each room and the rooms'
        posting links."""
        snap = super().snapshot()
        fields = self._contribution_fields(snap)
        return dataclasses.replace(snap, **fields) if fields["contributions"] or fields["posting"] else snap

    def partial_kinds(self) -> frozenset[str]:
        return super().partial_kinds() | {"contribution", "venue_room"}

    def _refreshed_fields(self, previous: WorkshopSnapshot, kinds: frozenset[str]) -> dict[str, Any] | None:
        out = super()._refreshed_fields(previous, kinds)
        if out is not None and kinds & {"contribution", "venue_room"}:
            out.update(self._contribution_fields(previous))
        return out

    def _contribution_fields(self, snap: WorkshopSnapshot) -> dict[str, Any]:
        """``contributions`` (waiting, in rooms and rounds ``snap`` has) and ``posting``, read now."""
        rooms = {r.uuid for r in snap.rooms}
        rounds = {r.uuid for r in snap.rounds}
        c, room, rnd, venue = (m.table_of(m.Contribution), m.table_of(m.Room), m.table_of(m.Round),
                               m.table_of(m.VenueRoom))
        waiting: list[ContributionSnap] = []
        posting: dict[str, PostingState] = {}
        with self._session() as s:
            conn = s.connection()
            query = (sa.select(c.c.uuid, c.c.version, room.c.uuid, rnd.c.uuid, c.c.category, c.c.text,
                               c.c.countries, c.c.name, c.c.posted_at)
                     .select_from(c.join(room, room.c.id == c.c.room_id).outerjoin(rnd, rnd.c.id == c.c.round_id))
                     .where(c.c.state == m.ContributionState.new.value).order_by(c.c.posted_at, c.c.id))
            for uuid, version, room_uuid, round_uuid, category, text, countries, name, posted in conn.execute(query):
                if room_uuid not in rooms:
                    continue
                waiting.append(ContributionSnap(
                    uuid, version, room_uuid, round_uuid if round_uuid in rounds else None,
                    getattr(category, "value", str(category)), str(text),
                    tuple(str(x) for x in (countries or ()) if isinstance(x, str)), str(name or ""), aware_utc(posted)))
            for room_uuid, is_open, generation in conn.execute(
                    sa.select(room.c.uuid, venue.c.open, venue.c.generation)
                    .select_from(venue.join(room, room.c.id == venue.c.room_id))):
                posting[room_uuid] = PostingState(bool(is_open), int(generation or 0))
        return {"contributions": tuple(waiting), "posting": posting}

    # -- posting (the venue server) --------------------------------------------------------------
    def post_contribution(self, room_uuid: str, category: str, text: str, countries: str | Iterable[str] = "",
                          name: str = "", *, device: str = "", generation: int | None = None,
                          uuid: str | None = None, origin: Any = None) -> Changes:
        """Queue a contribution in a room (its round: the one running there now, if any).

        Refused with a sentence when the room's posting is closed, or when ``generation`` is given
        and is not the room's current one (a renewed link). Idempotent on ``uuid``.
        """
        kind, text, names, name = clean_post(category, text, countries, name)
        with self._lock, self._session() as s:
            if uuid is not None:
                existing = s.exec(select(m.Contribution).where(col(m.Contribution.uuid) == uuid)).first()
                if existing is not None:
                    return Changes("post_contribution", frozenset(), frozenset({uuid}), None, None, origin)
            room_id = self._id(s, m.Room, room_uuid)
            state = s.exec(select(m.VenueRoom).where(col(m.VenueRoom.room_id) == room_id)).first()
            if state is not None and not state.open:
                raise ServiceError(_("Contributions are closed in this room."))
            if generation is not None and generation != (state.generation if state is not None else 0):
                raise ServiceError(_("This link was renewed: scan the room's QR code again."))
            running = s.exec(select(m.RoomRound.round_id).where(
                col(m.RoomRound.room_id) == room_id,
                col(m.RoomRound.state).in_([m.RoundState.running.value, m.RoundState.paused.value]))).first()
            row = m.Contribution(room_id=room_id, round_id=running, category=kind, text=text, countries=names,
                                 name=name, device=device[:64], posted_at=self._now())
            if uuid is not None:
                row.uuid = uuid
            s.add(row)
            s.flush()
            return self._commit(s, Changes("post_contribution", frozenset({"contribution"}),
                                           frozenset({row.uuid}), None, None, origin))

    # -- the note-taker's decisions ---------------------------------------------------------------
    def accept_contribution(self, uuid: str, round_uuid: str | None = None, category: str | None = None,
                            heading: str = "", text: str | None = None, *, note_uuid: str | None = None,
                            origin: Any = None) -> Changes:
        """Make a waiting contribution a note in its room, in one transaction: in ``round_uuid`` (the
        note-taker's round), in ``category``'s column (its own by default), under ``heading``, with
        ``text`` as edited before accepting; the countries named become the note's attributions.
        Refused when another laptop decided first. Idempotent on ``note_uuid`` (a retried save, or
        a redo after an undo, gives the same note back)."""
        note_uuid = note_uuid or m.new_uuid()
        with self._lock, self._session() as s:
            row = self._contribution(s, uuid)
            if row.state != m.ContributionState.new:
                if row.state == m.ContributionState.accepted and row.note_uuid == note_uuid:
                    return Changes("accept_contribution", frozenset(), frozenset({uuid, note_uuid}),
                                   Inverse("return_contribution", {"uuid": uuid, "note_uuid": note_uuid}),
                                   None, origin)
                raise StaleEdit(_decided(row), None)
            room_uuid = s.exec(select(m.Room.uuid).where(col(m.Room.id) == row.room_id)).one()
            wanted = _note_text(text if text is not None else row.text)
            if not wanted:
                raise ServiceError(_("An empty item was not added: type some text first."))
            note, snap, added = self._insert_note(s, room_uuid, round_uuid, _note_category(category or row.category),
                                                  wanted, _note_heading(heading), list(row.countries or ()),
                                                  uuid=note_uuid)
            if not added and note.deleted_at is not None:  # a redo after an undo: the same note comes back
                note.deleted_at = None
                note.version += 1
                s.flush()
                snap = self._note_snap(s, note)
            table = m.table_of(m.Contribution)
            done = s.connection().execute(
                sa.update(table).where(table.c.uuid == uuid, table.c.state == m.ContributionState.new.value)
                .values(state=m.ContributionState.accepted.value, note_uuid=note_uuid, version=table.c.version + 1))
            if done.rowcount != 1:  # another laptop decided between our read and this write
                s.rollback()
                raise StaleEdit(_("Another laptop decided on this contribution meanwhile; it is no longer "
                                  "in the queue."), None)
            inverse = Inverse("return_contribution", {"uuid": uuid, "note_uuid": note_uuid})
            return self._commit(s, Changes("accept_contribution", frozenset({"contribution", "note"}),
                                           frozenset({uuid, note_uuid}), inverse, snap, origin))

    def dismiss_contribution(self, uuid: str, *, origin: Any = None) -> Changes:
        """Take a waiting contribution out of the queue without making it a note."""
        with self._lock, self._session() as s:
            row = self._contribution(s, uuid)
            if row.state != m.ContributionState.new:
                raise StaleEdit(_decided(row), None)
            table = m.table_of(m.Contribution)
            done = s.connection().execute(
                sa.update(table).where(table.c.uuid == uuid, table.c.state == m.ContributionState.new.value)
                .values(state=m.ContributionState.dismissed.value, version=table.c.version + 1))
            if done.rowcount != 1:  # another laptop decided between our read and this write
                s.rollback()
                raise StaleEdit(_("Another laptop decided on this contribution meanwhile; it is no longer "
                                  "in the queue."), None)
            return self._commit(s, Changes("dismiss_contribution", frozenset({"contribution"}), frozenset({uuid}),
                                           Inverse("return_contribution", {"uuid": uuid}), None, origin))

    def return_contribution(self, uuid: str, note_uuid: str | None = None, *, origin: Any = None) -> Changes:
        """Put a decided contribution back in its queue (undo): the note it made is deleted."""
        with self._lock, self._session() as s:
            row = self._contribution(s, uuid)
            was = row.state
            if was == m.ContributionState.new:
                raise StaleEdit(_("This contribution is already back in the queue."), None)
            if note_uuid is not None:
                note = s.exec(select(m.Note).where(col(m.Note.uuid) == note_uuid)).first()
                if note is not None and note.deleted_at is None:
                    note.deleted_at = self._now()
                    note.version += 1
            row.note_uuid = None
            self._decide(s, row, m.ContributionState.new)
            if was == m.ContributionState.accepted:
                redo = Inverse("accept_contribution", {"uuid": uuid, "note_uuid": note_uuid, **(
                    self._placing(s, note_uuid) if note_uuid else {})})
            else:
                redo = Inverse("dismiss_contribution", {"uuid": uuid})
            uuids = {uuid} | ({note_uuid} if note_uuid else set())
            return self._commit(s, Changes("return_contribution", frozenset({"contribution", "note"}),
                                           frozenset(uuids), redo, None, origin))

    # -- the moderator's switches ----------------------------------------------------------------
    def set_posting(self, room_uuids: Iterable[str], *, open: bool | None = None, renew: bool = False,
                    origin: Any = None) -> Changes:
        """Open or close posting in some rooms, and/or renew their links (old ones stop working)."""
        wanted = list(dict.fromkeys(room_uuids))
        with self._lock, self._session() as s:
            for room_uuid in wanted:
                room_id = self._id(s, m.Room, room_uuid)
                row = s.exec(select(m.VenueRoom).where(col(m.VenueRoom.room_id) == room_id)).first()
                if row is None:
                    row = m.VenueRoom(room_id=room_id)
                    s.add(row)
                    s.flush()
                if open is not None:
                    row.open = open
                if renew:
                    row.generation += 1
                row.version += 1
            return self._commit(s, Changes("set_posting", frozenset({"venue_room"}), frozenset(wanted),
                                           None, None, origin))

    # -- helpers ------------------------------------------------------------------------------------
    @staticmethod
    def _contribution(s: Any, uuid: str) -> m.Contribution:
        row = s.exec(select(m.Contribution).where(col(m.Contribution.uuid) == uuid)).first()
        if row is None:
            raise NotFound(_("This contribution no longer exists."))
        return row

    def _decide(self, s: Any, row: m.Contribution, state: m.ContributionState) -> None:
        before = row.version
        row.state = state
        row.version = before + 1
        s.flush()

    @staticmethod
    def _placing(s: Any, note_uuid: str) -> dict[str, Any]:
        """Where an accepted contribution's note sits (for redoing the acceptance the same way)."""
        note = s.exec(select(m.Note).where(col(m.Note.uuid) == note_uuid)).first()
        if note is None:
            return {}
        round_uuid = s.exec(select(m.Round.uuid).where(col(m.Round.id) == note.round_id)).first() \
            if note.round_id is not None else None
        return {"round_uuid": round_uuid, "category": note.category.value, "heading": note.heading,
                "text": note.text}


def _decided(row: m.Contribution) -> str:
    if row.state == m.ContributionState.accepted:
        return _("This contribution was already accepted (on this or another laptop).")
    return _("This contribution was already dismissed (on this or another laptop).")


def posting_state(snap: WorkshopSnapshot, room_uuid: str) -> PostingState:
    """A room's posting link as the snapshot has it (open, generation 0 without a row)."""
    posting: Mapping[str, PostingState] = getattr(snap, "posting", None) or {}
    return posting.get(room_uuid, PostingState())


def waiting_in(snap: WorkshopSnapshot, room_uuid: str) -> list[ContributionSnap]:
    """The contributions waiting in one room's queue, oldest first."""
    return [c for c in snap.contributions if c.room_uuid == room_uuid]
