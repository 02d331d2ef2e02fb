"""Dot voting in plenary: the moderator opens a vote, every phone spreads its dots, results live.

The moderator opens a vote on the cross-cutting lessons, or on one theme's key points
(:meth:`VoteOps.open_vote`); its options are frozen then, so a lesson edited later does not
change what was voted on. Participants open the vote's page from its QR code (the venue pages,
:mod:`cafe.venue.app`) and give up to ``dots`` dots, several to one option if they like
(:meth:`VoteOps.cast_dots`); sending again replaces that device's dots, so a participant can
change their mind until the vote closes. The totals are in every snapshot
(:attr:`cafe.storage.snapshots.WorkshopSnapshot.votes`): the presentation shows them live and
the report prints them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlmodel import col, select

from cafe.clock.watch import aware_utc
from cafe.i18n import _
from cafe.plenary.sessions import SessionOps
from cafe.service_base import Changes, NotFound, ServiceError
from cafe.storage import models as m
from cafe.storage.snap_types import VoteSnap, WorkshopSnapshot

LESSONS = "lessons"
MAX_DOTS = 10
MAX_OPTIONS = 40
MAX_TITLE = 200
#: how much of an option's text a vote keeps (its page and slide show this much)
MAX_OPTION_TEXT = 400


def vote_title(vote: VoteSnap, snap: WorkshopSnapshot | None = None) -> str:
    """A vote's title: the moderator's, else what it is on ("Cross-cutting lessons" in the language
    in effect, or the theme's title)."""
    if vote.title:
        return vote.title
    if vote.subject == LESSONS:
        return _("Cross-cutting lessons")
    theme = next((t for t in snap.themes if t.uuid == vote.subject), None) if snap is not None else None
    return theme.title if theme is not None else _("Dot vote")


def vote_options(snap: WorkshopSnapshot, subject: str, key_notes: list[Any] | None = None) -> list[dict[str, str]]:
    """What a vote on ``subject`` offers now: the lessons (title, else the start of their text), or the
    key points of a theme (``key_notes``: the theme's notes marked key, in report order)."""
    if subject == LESSONS:
        out = []
        for lesson in snap.lessons:
            text = (lesson.title or lesson.text or "").strip()
            if text:
                out.append({"uuid": lesson.uuid, "text": _cut(text)})
        return out
    return [{"uuid": n.uuid, "text": _cut(n.text)} for n in key_notes or () if (n.text or "").strip()]


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_OPTION_TEXT else text[:MAX_OPTION_TEXT - 1].rstrip() + "…"


class VoteOps(SessionOps):
    """Mixin of :class:`cafe.service.Service` (through :class:`cafe.plenary.ops.PlenaryOps`): dot votes."""

    def snapshot(self) -> WorkshopSnapshot:
        """The workshop's snapshot, with every vote and its totals."""
        snap = super().snapshot()
        votes = self._votes()
        return dataclasses.replace(snap, votes=votes) if votes else snap

    def partial_kinds(self) -> frozenset[str]:
        return super().partial_kinds() | {"vote"}

    def _refreshed_fields(self, previous: WorkshopSnapshot, kinds: frozenset[str]) -> dict[str, Any] | None:
        out = super()._refreshed_fields(previous, kinds)
        if out is not None and "vote" in kinds:
            out["votes"] = self._votes()
        return out

    def _votes(self) -> tuple[VoteSnap, ...]:
        vote, dot = m.table_of(m.Vote), m.table_of(m.VoteDot)
        with self._session() as s:
            conn = s.connection()
            rows = conn.execute(sa.select(vote.c.id, vote.c.uuid, vote.c.version, vote.c.title, vote.c.subject,
                                          vote.c.options, vote.c.dots, vote.c.open, vote.c.generation,
                                          vote.c.opened_at).order_by(vote.c.opened_at, vote.c.id)).all()
            if not rows:
                return ()
            totals: dict[int, dict[str, int]] = {}
            voters: dict[int, int] = {}
            for vote_id, option, n in conn.execute(
                    sa.select(dot.c.vote_id, dot.c.option_uuid, sa.func.sum(dot.c.dots))
                    .group_by(dot.c.vote_id, dot.c.option_uuid)):
                totals.setdefault(vote_id, {})[option] = int(n or 0)
            for vote_id, n in conn.execute(sa.select(dot.c.vote_id, sa.func.count(sa.distinct(dot.c.device)))
                                           .group_by(dot.c.vote_id)):
                voters[vote_id] = int(n or 0)
        votes = []
        for vote_id, uuid, version, title, subject, options, dots, is_open, generation, opened in rows:
            offered = tuple((str(o.get("uuid", "")), str(o.get("text", ""))) for o in (options or ())
                            if isinstance(o, dict))
            votes.append(VoteSnap(uuid, version, str(title or ""), str(subject or LESSONS), offered, int(dots),
                                  bool(is_open), int(generation or 0), aware_utc(opened),
                                  totals.get(vote_id, {}), voters.get(vote_id, 0)))
        return tuple(votes)

    # -- the moderator ----------------------------------------------------------------------------
    def open_vote(self, subject: str = LESSONS, *, dots: int = 3, title: str = "",
                  uuid: str | None = None, origin: Any = None) -> Changes:
        """Open a dot vote on the lessons or one theme's key points (refused when there is nothing
        to vote on); any other open vote stays open."""
        if not isinstance(dots, int) or not 1 <= dots <= MAX_DOTS:
            raise ServiceError(_("Each phone has 1 to {n} dots.").format(n=MAX_DOTS))
        title = " ".join(str(title or "").split())
        if len(title) > MAX_TITLE:
            raise ServiceError(_("A vote's title is at most {n} characters.").format(n=MAX_TITLE))
        snap = self.snapshot()
        if subject == LESSONS:
            options = vote_options(snap, LESSONS)
            if not options:
                raise ServiceError(_("There are no cross-cutting lessons to vote on yet: write them first."))
        else:
            theme = next((t for t in snap.themes if t.uuid == subject), None)
            if theme is None:
                raise NotFound(_("This theme no longer exists."))
            notes = self.notes(theme.room_uuid) if theme.room_uuid else []
            options = vote_options(snap, subject, [n for n in notes if n.key and n.theme_uuid in (theme.uuid, None)])
            if not options:
                raise ServiceError(_("{theme} has no key points to vote on: mark them in the room view (Ctrl+K) "
                                     "first.").format(theme=theme.title))
        options = options[:MAX_OPTIONS]
        with self._lock, self._session() as s:
            row = m.Vote(title=title, subject=subject, options=options, dots=dots, opened_at=self._now())
            if uuid is not None:
                row.uuid = uuid
            s.add(row)
            s.flush()
            return self._commit(s, Changes("open_vote", frozenset({"vote"}), frozenset({row.uuid}), None, None,
                                           origin))

    def set_vote(self, uuid: str, *, open: bool | None = None, renew: bool = False, origin: Any = None) -> Changes:
        """Close or reopen a vote, and/or renew its link (the old QR code stops working)."""
        with self._lock, self._session() as s:
            row = self._vote(s, uuid)
            if open is not None:
                row.open = open
                row.closed_at = None if open else self._now()
            if renew:
                row.generation += 1
            row.version += 1
            return self._commit(s, Changes("set_vote", frozenset({"vote"}), frozenset({uuid}), None, None, origin))

    def delete_vote(self, uuid: str, *, origin: Any = None) -> Changes:
        """Delete a vote and its dots (a vote opened by mistake)."""
        with self._lock, self._session() as s:
            row = self._vote(s, uuid)
            s.delete(row)
            s.flush()
            return self._commit(s, Changes("delete_vote", frozenset({"vote"}), frozenset({uuid}), None, None,
                                           origin))

    # -- a phone -----------------------------------------------------------------------------------
    def cast_dots(self, vote_uuid: str, device: str, dots: Mapping[str, int], *, generation: int | None = None,
                  origin: Any = None) -> Changes:
        """Replace the dots ``device`` gave in a vote (option uuid -> dots; at most the vote's dots in
        all). Refused, with a sentence, when the vote is closed or its link renewed."""
        if not device:
            raise ServiceError(_("This device cannot be told apart from others: reload the page."))
        with self._lock, self._session() as s:
            row = self._vote(s, vote_uuid)
            if not row.open:
                raise ServiceError(_("This vote is closed."))
            if generation is not None and generation != row.generation:
                raise ServiceError(_("This vote's link was renewed: scan its QR code again."))
            offered = {str(o.get("uuid")) for o in row.options or () if isinstance(o, dict)}
            wanted: dict[str, int] = {}
            for option, n in dots.items():
                if option not in offered:
                    raise ServiceError(_("One of the choices is not in this vote (any more): reload the page."))
                if not isinstance(n, int) or n < 0:
                    raise ServiceError(_("Dots are whole numbers, 0 or more."))
                if n:
                    wanted[option] = n
            if sum(wanted.values()) > row.dots:
                raise ServiceError(_("You have {n} dots in all: take some back before giving more.").format(
                    n=row.dots))
            table = m.table_of(m.VoteDot)
            conn = s.connection()
            conn.execute(sa.delete(table).where(table.c.vote_id == row.id, table.c.device == device[:64]))
            if wanted:
                conn.execute(sa.insert(table), [{"vote_id": row.id, "device": device[:64], "option_uuid": option,
                                                 "dots": n} for option, n in wanted.items()])
            return self._commit(s, Changes("cast_dots", frozenset({"vote"}), frozenset({vote_uuid}), None, None,
                                           origin))

    def dots_of(self, vote_uuid: str, device: str) -> dict[str, int]:
        """The dots ``device`` gave in a vote (what its page shows when it comes back)."""
        with self._session() as s:
            row = self._vote(s, vote_uuid)
            table = m.table_of(m.VoteDot)
            return {option: int(n) for option, n in s.connection().execute(
                sa.select(table.c.option_uuid, table.c.dots)
                .where(table.c.vote_id == row.id, table.c.device == device[:64]))}

    @staticmethod
    def _vote(s: Any, uuid: str) -> m.Vote:
        row = s.exec(select(m.Vote).where(col(m.Vote.uuid) == uuid)).first()
        if row is None:
            raise NotFound(_("This vote no longer exists."))
        return row

