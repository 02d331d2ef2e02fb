"""In plenary: the cross-cutting lessons the moderator draws from all rooms.

The plenary sessions' speakers and the rapporteur's accounts are in
:mod:`cafe.plenary.sessions`.

Lessons are ordered by ``position``. A delete leaves a gap in the positions
rather than renumbering, so undoing it puts the lesson back exactly where it
was; the order is all that matters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, select

from cafe.i18n import _, format_number, ngettext
from cafe.plenary.votes import VoteOps
from cafe.service_base import Changes, Inverse, ServiceError, _next_position
from cafe.storage import models as m

MAX_LESSON_TITLE = 300
MAX_LESSON_TEXT = 100_000


class PlenaryOps(VoteOps):
    """Mixin of :class:`cafe.service.Service`: the moderator's lessons (and, through
    :class:`cafe.plenary.sessions.SessionOps`, the plenary sessions' speakers and accounts)."""

    def add_lesson(self, title: str, text: str = "", note_uuids: Iterable[str] = (), *,
                   index: int | None = None, origin: Any = None) -> Changes:
        """Add a lesson at the end of the list (or at ``index``), pointing at the notes it rests on."""
        title, text = _title(title), _lesson_text(text)
        if not title and not text:
            raise ServiceError(_("A lesson needs a title or some text."))
        notes = list(dict.fromkeys(note_uuids))
        with self._session() as s:
            _check_notes(s, notes)
            position = _next_position(s, m.Lesson)

        def place(s: Session, lesson: m.Lesson) -> tuple[str, ...]:
            if index is not None:
                others = [x for x in _ordered(s) if x.id != lesson.id]
                others.insert(max(0, min(index, len(others))), lesson)
                _renumber(others)
            return ()
        return self._create("add_lesson", "lesson",
                            {"title": title, "text": text, "note_uuids": notes, "position": position},
                            origin=origin, after=place)

    def update_lesson(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        """Change a lesson's title, text or the notes it points at."""
        allowed = {"title", "text", "note_uuids"}
        if set(fields) - allowed:
            raise ServiceError(_("Cannot change {fields} of a lesson here.").format(
                fields=", ".join(sorted(set(fields) - allowed))))
        if "title" in fields:
            fields["title"] = _title(fields["title"])
        if "text" in fields:
            fields["text"] = _lesson_text(fields["text"])
        if "note_uuids" in fields:
            fields["note_uuids"] = list(dict.fromkeys(fields["note_uuids"]))
            with self._session() as s:
                _check_notes(s, fields["note_uuids"])

        def check(_s, lesson):
            if not lesson.title and not lesson.text:
                raise ServiceError(_("A lesson cannot be left empty: delete it instead."))
        return self._update("update_lesson", "lesson", uuid, expected_version, fields, origin=origin, check=check)

    def delete_lesson(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        return self._delete("delete_lesson", "lesson", uuid, expected_version, origin=origin)

    def move_lesson(self, uuid: str, to_index: int, origin: Any = None) -> Changes:
        """Make the lesson the ``to_index``-th of the list (clamped to the list)."""
        with self._lock, self._session() as s:
            lessons = _ordered(s)
            lesson = next((x for x in lessons if x.uuid == uuid), None)
            if lesson is None:
                raise ServiceError(_("This lesson no longer exists; it was deleted elsewhere."))
            old_index = lessons.index(lesson)
            lessons.remove(lesson)
            lessons.insert(max(0, min(to_index, len(lessons))), lesson)
            touched = _renumber(lessons)
            s.flush()
            inverse = Inverse("move_lesson", {"uuid": uuid, "to_index": old_index})
            return self._commit(s, Changes("move_lesson", frozenset({"lesson"}),
                                           frozenset(x.uuid for x in touched) | {uuid}, inverse, None, origin))


def _ordered(s: Session) -> list[m.Lesson]:
    return list(s.exec(select(m.Lesson).order_by(col(m.Lesson.position), col(m.Lesson.id))).all())


def _renumber(lessons: list[m.Lesson]) -> list[m.Lesson]:
    """Positions 0..n-1 in list order. Versions stay: a reorder never conflicts with an edit
    of a lesson's words (and the undo of such an edit must still apply after a move)."""
    changed = []
    for i, lesson in enumerate(lessons):
        if lesson.position != i:
            lesson.position = i
            changed.append(lesson)
    return changed


def _title(title: str) -> str:
    title = " ".join((title or "").split())
    if len(title) > MAX_LESSON_TITLE:
        raise ServiceError(_("A lesson's title fits on one line: at most {most} characters.").format(
            most=MAX_LESSON_TITLE))
    return title


def _lesson_text(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > MAX_LESSON_TEXT:
        raise ServiceError(_("A lesson can hold at most {most} characters (this one has {n}).").format(
            most=format_number(MAX_LESSON_TEXT), n=format_number(len(text))))
    return text


def _check_notes(s: Session, uuids: list[str]) -> None:
    if not uuids:
        return
    if any(not isinstance(u, str) for u in uuids):
        raise ServiceError(_("A lesson points at notes by their uuid (text)."))
    found = set(s.exec(select(col(m.Note.uuid)).where(col(m.Note.uuid).in_(uuids))).all())
    missing = [u for u in uuids if u not in found]
    if missing:
        raise ServiceError(ngettext("A lesson can only point at existing notes; {n} of them does not exist "
                                    "(first: {first}).",
                                    "A lesson can only point at existing notes; {n} of them do not exist "
                                    "(first: {first}).", len(missing)).format(n=len(missing), first=missing[0]))

