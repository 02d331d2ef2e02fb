"""In the room: notes in four columns, headings, round summaries.

A column is the notes of one room, round and category, ordered by
``position``. A heading groups the notes that carry its name; headings are
ordered by their first note. A note with a heading and no text is a heading
with nothing under it yet (what the note-taker sees right after adding one).

A column is kept as contiguous blocks, one per heading: a new item, or one
moved into a column without an index, goes at the end of its heading's block
(the end of the column for a heading the column does not have yet), so the
order the service stores is the order the note-taker sees.

``add_note`` takes an optional ``uuid`` chosen by the caller and is
idempotent on it, so a save that is retried (after a timeout, a dropped
network, a restart) never makes a duplicate.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cafe.i18n import _, format_number
from cafe.notes.attributions import parse_trailing
from cafe.service_base import Changes, Inverse, NotFound, ServiceBase, ServiceError, StaleEdit
from cafe.storage import models as m
from cafe.storage.snapshots import KINDS, to_snap

MAX_NOTE_CHARS = 1_000_000
MAX_HEADING_CHARS = 300


class NoteOps(ServiceBase):
    """Mixin of :class:`cafe.service.Service`: the note-taker's and host's actions."""

    def add_note(self, room_uuid: str, round_uuid: str | None, category: m.NoteCategory | str,
                 text: str, heading: str = "", attributions: Iterable[str] | None = None, *,
                 index: int | None = None, uuid: str | None = None, origin: Any = None) -> Changes:
        """Add an item at the end of its heading's block (or at ``index`` in its column)."""
        category = _category(category)
        text, heading = _text(text), _heading(heading)
        if not text and not heading:
            raise ServiceError(_("An empty item was not added: type some text first."))
        attrs = list(attributions) if attributions is not None else parse_trailing(text)
        with self._lock, self._session() as s:
            note, snap, added = self._insert_note(s, room_uuid, round_uuid, category, text, heading, attrs,
                                                  index=index, uuid=uuid)
            inverse = Inverse("delete_note", {"uuid": note.uuid, "expected_version": note.version})
            if not added:
                return Changes("add_note", frozenset(), frozenset({note.uuid}), inverse, snap, origin)
            return self._commit(s, Changes("add_note", frozenset({"note"}), frozenset({note.uuid}),
                                           inverse, snap, origin))

    def _insert_note(self, s: Session, room_uuid: str, round_uuid: str | None, category: m.NoteCategory,
                     text: str, heading: str, attrs: list[str], *, index: int | None = None,
                     uuid: str | None = None) -> tuple[m.Note, Any, bool]:
        """Add a note in ``s`` without committing: (the note, its snapshot, False when a note with
        ``uuid`` was there already and is returned as it is)."""
        # one round trip for the references and one for the column's ends: adding is what
        # note-takers do all day, and each query costs more than the commit itself
        room_id, round_id, theme_id, theme_uuid, existing = s.connection().execute(
            _ADD_REFS, {"room": room_uuid, "round": round_uuid, "note": uuid}).one()
        if existing is not None:
            note = s.get_one(m.Note, existing)
            return note, self._note_snap(s, note), False
        if room_id is None:
            raise NotFound(_("room {uuid} does not exist (any more).").format(uuid=room_uuid))
        if round_uuid is not None and round_id is None:
            raise NotFound(_("round {uuid} does not exist (any more).").format(uuid=round_uuid))
        note = m.Note(room_id=room_id, round_id=round_id, theme_id=theme_id, category=category,
                      heading=heading, text=text, attributions=attrs, created_at=self._now(),
                      updated_at=self._now())
        if uuid is not None:
            note.uuid = uuid
        top, top_live, block_end = self._column_ends(s, room_id, round_id, category, heading)
        if index is None and (block_end is None or block_end == top_live):
            note.position = 0 if top is None else top + 1  # the common case: append, no renumbering
            s.add(note)
        else:
            column = self._column(s, room_id, round_id, category)
            at = index if index is not None else _block_end_index(column, heading)
            column.insert(max(0, min(at, len(column))), note)
            s.add(note)
            _renumber(column)
        s.flush()
        uuid_of: dict[tuple[type, int], str] = {(m.Room, room_id): room_uuid, (m.Theme, theme_id): theme_uuid}
        if round_uuid is not None:
            uuid_of[(m.Round, round_id)] = round_uuid
        return note, to_snap(KINDS["note"], note, uuid_of), True

    def update_note(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        """Change text, heading, attributions or ``key`` (a key point, for the plenary's slides).

        Typing a new trailing parenthesis updates attributions that came from the old one;
        attributions set by hand stay. A heading with nothing under it cannot be a key point:
        headings are on the slides anyway."""
        allowed = {"text", "heading", "attributions", "key"}
        if set(fields) - allowed:
            raise ServiceError(_("Cannot change {fields} of a note here.").format(
                fields=", ".join(sorted(set(fields) - allowed))))
        with self._lock, self._session() as s:
            note = self._live_note(s, uuid, expected_version)
            before = {k: (tuple(getattr(note, k)) if k == "attributions" else getattr(note, k)) for k in fields}
            if "text" in fields:
                new_text = _text(fields["text"])
                if "attributions" not in fields and list(note.attributions) == parse_trailing(note.text):
                    fields = {**fields, "attributions": parse_trailing(new_text)}
                    before["attributions"] = tuple(note.attributions)
                note.text = new_text
            if "heading" in fields:
                note.heading = _heading(fields["heading"])
            if "attributions" in fields:
                note.attributions = [a.strip() for a in fields["attributions"] if a and a.strip()]
            if "key" in fields:
                if not isinstance(fields["key"], bool):
                    raise ServiceError(_("A key point is marked with true or false."))
                note.key = fields["key"]
            if not note.text and not note.heading:
                raise ServiceError(_("An item cannot be left empty: delete it instead."))
            if note.key and not note.text:
                raise ServiceError(_("A heading is not a key point (headings are on the slides anyway): "
                                   "mark the items under it."))
            note.version += 1
            note.updated_at = self._now()
            s.flush()
            snap = self._note_snap(s, note)
            inverse = Inverse("update_note", {"uuid": uuid, "expected_version": note.version, **before})
            return self._commit(s, Changes("update_note", frozenset({"note"}), frozenset({uuid}), inverse,
                                           snap, origin))

    def move_note(self, uuid: str, expected_version: int | None, *, category: m.NoteCategory | str | None = None,
                  heading: str | None = None, index: int | None = None, origin: Any = None) -> Changes:
        """Move an item within its column, under another heading, or to another column.

        Without ``index`` the item goes to the end of its heading's block in the
        target column (see the module docstring).
        """
        with self._lock, self._session() as s:
            note = self._live_note(s, uuid, expected_version)
            old_column = self._column(s, note.room_id, note.round_id, note.category)
            before = {"category": note.category, "heading": note.heading, "index": old_column.index(note)}
            old_column.remove(note)
            _renumber(old_column)
            if category is not None:
                note.category = _category(category)
            if heading is not None:
                note.heading = _heading(heading)
            column = [n for n in self._column(s, note.room_id, note.round_id, note.category) if n.id != note.id]
            if index is None:
                at = _block_end_index(column, note.heading)
            else:
                at = max(0, min(index, len(column)))
            column.insert(at, note)
            _renumber(column)
            note.version += 1
            note.updated_at = self._now()
            s.flush()
            snap = self._note_snap(s, note)
            inverse = Inverse("move_note", {"uuid": uuid, "expected_version": note.version, **before})
            return self._commit(s, Changes("move_note", frozenset({"note"}), frozenset({uuid}), inverse,
                                           snap, origin))

    def move_note_step(self, uuid: str, expected_version: int | None, step: int, *,
                       origin: Any = None) -> Changes:
        """Move an item one place up (``step`` < 0) or down in the order the note-taker sees.

        Inside its heading's block the item swaps with its neighbour; from the
        top of a block it goes to the end of the block above (taking that
        heading), from the bottom to the start of the block below. At the top
        or bottom of the column nothing changes and the change has no undo.
        """
        if step not in (-1, 1):
            raise ServiceError(_("An item moves one place at a time."))
        with self._lock, self._session() as s:
            note = self._live_note(s, uuid, expected_version)
            if not note.text:
                raise ServiceError(_("This is a heading: move it with the heading's own move."))
            column = self._column(s, note.room_id, note.round_id, note.category)
            before = {"category": note.category, "heading": note.heading, "index": column.index(note)}
            blocks = _blocks(column)
            b = next(i for i, (h, _) in enumerate(blocks) if h == note.heading)
            items = [n for n in blocks[b][1] if n.text]
            i = items.index(note)
            if 0 <= i + step < len(items):
                items[i], items[i + step] = items[i + step], items[i]
                blocks[b] = (note.heading, [n for n in blocks[b][1] if not n.text] + items)
            elif 0 <= b + step < len(blocks):
                blocks[b] = (note.heading, [n for n in blocks[b][1] if n is not note])
                heading, others = blocks[b + step]
                heads = [n for n in others if not n.text]
                rest = [n for n in others if n.text]
                rest = rest + [note] if step < 0 else [note] + rest
                blocks[b + step] = (heading, heads + rest)
                note.heading = heading
            else:
                return Changes("move_note_step", frozenset(), frozenset(), None, self._note_snap(s, note), origin)
            _renumber([n for _, ns in blocks for n in ns])
            note.version += 1
            note.updated_at = self._now()
            s.flush()
            snap = self._note_snap(s, note)
            inverse = Inverse("move_note", {"uuid": uuid, "expected_version": note.version, **before})
            return self._commit(s, Changes("move_note_step", frozenset({"note"}), frozenset({uuid}), inverse,
                                           snap, origin))

    def delete_note(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        """Delete an item (kept as a tombstone, so undo and other laptops see it)."""
        with self._lock, self._session() as s:
            note = self._live_note(s, uuid, expected_version)
            note.deleted_at = self._now()
            note.version += 1
            s.flush()
            inverse = Inverse("undelete_note", {"uuid": uuid, "expected_version": note.version})
            return self._commit(s, Changes("delete_note", frozenset({"note"}), frozenset({uuid}), inverse,
                                           self._note_snap(s, note), origin))

    def undelete_note(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        with self._lock, self._session() as s:
            note = self._row(s, KINDS["note"], uuid)
            if expected_version is not None and note.version != expected_version:
                raise StaleEdit(_("This item was changed elsewhere meanwhile; it was not restored."),
                                self._note_snap(s, note))
            note.deleted_at = None
            note.version += 1
            s.flush()
            inverse = Inverse("delete_note", {"uuid": uuid, "expected_version": note.version})
            return self._commit(s, Changes("undelete_note", frozenset({"note"}), frozenset({uuid}), inverse,
                                           self._note_snap(s, note), origin))

    def rename_heading(self, room_uuid: str, round_uuid: str | None, category: m.NoteCategory | str,
                       old: str, new: str, origin: Any = None) -> Changes:
        """Rename a heading in one column; refused when the column already has the new name."""
        category, new = _category(category), _heading(new)
        with self._lock, self._session() as s:
            column = self._column(s, self._id(s, m.Room, room_uuid), self._id(s, m.Round, round_uuid), category)
            under = [n for n in column if n.heading == old]
            if not under:
                raise ServiceError(_("There is no heading “{heading}” in this column any more.").format(heading=old))
            if new != old and any(n.heading == new for n in column):
                raise ServiceError(_("There is already a heading “{heading}” in this column.").format(heading=new))
            for n in under:
                n.heading = new
                n.version += 1
                n.updated_at = self._now()
            s.flush()
            inverse = Inverse("rename_heading", {"room_uuid": room_uuid, "round_uuid": round_uuid,
                                                 "category": category, "old": new, "new": old})
            return self._commit(s, Changes("rename_heading", frozenset({"note"}),
                                           frozenset(n.uuid for n in under), inverse, None, origin))

    def move_heading(self, room_uuid: str, round_uuid: str | None, category: m.NoteCategory | str,
                     heading: str, to_index: int, origin: Any = None) -> Changes:
        """Move a heading block (its notes, in order) to be the ``to_index``-th heading.

        The notes whose place changed get a new version and are the change's
        ``uuids``; a move that changes nothing returns a change without an undo.
        """
        category = _category(category)
        with self._lock, self._session() as s:
            column = self._column(s, self._id(s, m.Room, room_uuid), self._id(s, m.Round, round_uuid), category)
            order = _heading_order(column)
            if heading not in order:
                raise ServiceError(_("There is no heading “{heading}” in this column any more.").format(
                    heading=heading))
            old_index = order.index(heading)
            order.remove(heading)
            order.insert(max(0, min(to_index, len(order))), heading)
            blocks = {h: [n for n in column if n.heading == h] for h in order}
            new_column = [n for h in order for n in blocks[h]]
            moved = _renumber(new_column)
            for n in moved:
                n.version += 1
                n.updated_at = self._now()
            s.flush()
            inverse = Inverse("move_heading", {"room_uuid": room_uuid, "round_uuid": round_uuid,
                                               "category": category, "heading": heading, "to_index": old_index})
            return self._commit(s, Changes("move_heading", frozenset({"note"}) if moved else frozenset(),
                                           frozenset(n.uuid for n in moved), inverse if moved else None,
                                           None, origin))

    def set_round_summary(self, room_uuid: str, round_uuid: str, text: str, expected_version: int | None = None,
                          *, draft: bool = True, origin: Any = None) -> Changes:
        """Write the summary of one room's round (created on first save).

        ``expected_version`` is the version the text was written against: 0 (or
        None) when there was no summary yet. A summary written meanwhile by
        anyone else, even a first one at the same instant, refuses the save
        with :class:`StaleEdit` carrying that summary.
        """
        text = _text(text)
        expected = expected_version or 0
        with self._lock, self._session() as s:
            room_id = self._id(s, m.Room, room_uuid)
            round_id = self._id(s, m.Round, round_uuid)
            row = s.exec(select(m.RoundSummary).where(m.RoundSummary.room_id == room_id,
                                                      m.RoundSummary.round_id == round_id)).first()
            if row is None:
                row = m.RoundSummary(room_id=room_id, round_id=round_id, text="", draft=True, version=0)
                s.add(row)
            elif row.version != expected:
                current = to_snap(KINDS["round_summary"], row, self._ref_uuids(s, KINDS["round_summary"], [row]))
                raise StaleEdit(_("This summary was changed elsewhere meanwhile; your text was not saved over it."),
                                current)
            before = {"text": row.text, "draft": row.draft}
            row.text, row.draft = text, draft
            row.version += 1
            row.updated_at = self._now()
            try:
                s.flush()
            except sa.exc.IntegrityError:  # another laptop wrote the first summary at the same instant
                s.rollback()
                other = s.exec(select(m.RoundSummary).where(m.RoundSummary.room_id == room_id,
                                                            m.RoundSummary.round_id == round_id)).one()
                current = to_snap(KINDS["round_summary"], other, self._ref_uuids(s, KINDS["round_summary"], [other]))
                raise StaleEdit(_("This summary was written elsewhere meanwhile; your text was not saved over it."),
                                current) from None
            snap = to_snap(KINDS["round_summary"], row, self._ref_uuids(s, KINDS["round_summary"], [row]))
            inverse = Inverse("set_round_summary", {"room_uuid": room_uuid, "round_uuid": round_uuid,
                                                    "expected_version": row.version, **before})
            return self._commit(s, Changes("set_round_summary", frozenset({"round_summary"}),
                                           frozenset({row.uuid}), inverse, snap, origin))

    def note_versions(self, uuids: Iterable[str]) -> dict[str, int]:
        """uuid -> current version of each of these notes that exists (deleted ones included)."""
        wanted = list(set(uuids))
        out: dict[str, int] = {}
        with self._session() as s:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                out.update(s.exec(select(col(m.Note.uuid), col(m.Note.version))
                                  .where(col(m.Note.uuid).in_(chunk))).all())
        return out

    def key_note_uuids(self) -> frozenset[str]:
        """The uuids of the live notes marked as key points (the plenary's selection starts from them)."""
        note = m.table_of(m.Note)
        with self._session() as s:
            try:
                return frozenset(s.connection().execute(
                    sa.select(note.c.uuid).where(note.c.key == sa.true(), note.c.deleted_at.is_(None))).scalars())
            except sa.exc.DBAPIError as exc:
                from cafe.storage.damage import is_value_failure

                if not is_value_failure(exc):
                    raise
        return frozenset(n.uuid for n in self.notes() if n.key)  # around damaged rows

    # -- machinery ---------------------------------------------------------------------------
    def _column(self, s: Session, room_id: int, round_id: int | None, category: m.NoteCategory) -> list[m.Note]:
        q = select(m.Note).where(m.Note.room_id == room_id, m.Note.category == category,
                                 col(m.Note.deleted_at).is_(None))
        q = q.where(col(m.Note.round_id).is_(None) if round_id is None else m.Note.round_id == round_id)
        return list(s.exec(q.order_by(col(m.Note.position), col(m.Note.id))).all())

    def _column_ends(self, s: Session, room_id: int, round_id: int | None, category: m.NoteCategory,
                     heading: str) -> tuple[int | None, int | None, int | None]:
        """(highest position of any note in the column, of a live one, of a live one under ``heading``)."""
        statement = _COLUMN_ENDS_NO_ROUND if round_id is None else _COLUMN_ENDS
        return s.connection().execute(statement, {"room_id": room_id, "round_id": round_id,
                                                  "category": category.value, "heading": heading}).one()

    def _live_note(self, s: Session, uuid: str, expected_version: int | None) -> m.Note:
        note = self._row(s, KINDS["note"], uuid)
        if note.deleted_at is not None:
            raise ServiceError(_("This item was deleted meanwhile; your change was not applied."))
        if expected_version is not None and note.version != expected_version:
            raise StaleEdit(_("This item was changed elsewhere meanwhile; your change was not applied."),
                            self._note_snap(s, note))
        return note

    def _note_snap(self, s: Session, note: m.Note):
        """The note's snapshot; its references' uuids come in one query."""
        refs = ((m.Room, note.room_id), (m.Theme, note.theme_id), (m.Round, note.round_id))
        uuids = s.connection().execute(sa.select(*(
            sa.select(col(model.uuid)).where(col(model.id) == ref_id).scalar_subquery() if ref_id is not None
            else sa.null() for model, ref_id in refs))).one()
        return to_snap(KINDS["note"], note, {(model, ref_id): u for (model, ref_id), u in zip(refs, uuids)
                                             if ref_id is not None})


def _category(value) -> m.NoteCategory:
    try:
        return m.NoteCategory(value)
    except ValueError:
        known = ", ".join(c.value for c in m.NoteCategory)
        raise ServiceError(_("Unknown column “{value}” (one of: {known}).").format(value=value, known=known)) from None


def _text(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(text) > MAX_NOTE_CHARS:
        raise ServiceError(_("An item can hold at most {most} characters (this one has {n}).").format(
            most=format_number(MAX_NOTE_CHARS), n=format_number(len(text))))
    return text


def _heading(text: str) -> str:
    text = " ".join((text or "").split())
    if len(text) > MAX_HEADING_CHARS:
        raise ServiceError(_("A heading fits on one line: at most {most} characters.").format(most=MAX_HEADING_CHARS))
    return text


def _heading_order(column: list[m.Note]) -> list[str]:
    order: list[str] = []
    for n in column:
        if n.heading not in order:
            order.append(n.heading)
    return order


# The two queries of every add, written out once: building them as expression trees on each
# call cost more than running them. Plain SQL that SQLite and PostgreSQL both accept.
_ADD_REFS = sa.text(
    "SELECT (SELECT id FROM room WHERE uuid = :room),"
    " (SELECT id FROM round WHERE uuid = :round),"
    " (SELECT t.id FROM theme t JOIN room r ON t.room_id = r.id WHERE r.uuid = :room ORDER BY t.id LIMIT 1),"
    " (SELECT t.uuid FROM theme t JOIN room r ON t.room_id = r.id WHERE r.uuid = :room ORDER BY t.id LIMIT 1),"
    " (SELECT id FROM note WHERE uuid = :note)")
_ENDS = ("SELECT max(position), max(CASE WHEN deleted_at IS NULL THEN position END),"
         " max(CASE WHEN deleted_at IS NULL AND heading = :heading THEN position END)"
         " FROM note WHERE room_id = :room_id AND category = :category AND ")
_COLUMN_ENDS = sa.text(_ENDS + "round_id = :round_id")
_COLUMN_ENDS_NO_ROUND = sa.text(_ENDS + "round_id IS NULL")


def _blocks(column: list[m.Note]) -> list[tuple[str, list[m.Note]]]:
    """The column as (heading, its notes in order) blocks, headings in order of first note."""
    blocks: dict[str, list[m.Note]] = {}
    for n in column:
        blocks.setdefault(n.heading, []).append(n)
    return list(blocks.items())


def _block_end_index(column: list[m.Note], heading: str) -> int:
    """The index just after the last note of ``heading`` (the column's end if it has none)."""
    last = next((i for i in range(len(column) - 1, -1, -1) if column[i].heading == heading), None)
    return len(column) if last is None else last + 1


def _renumber(column: list[m.Note]) -> list[m.Note]:
    """Number the column 0, 1, 2…; the notes whose position changed."""
    changed = []
    for i, n in enumerate(column):
        if n.position != i:
            n.position = i
            changed.append(n)
    return changed

