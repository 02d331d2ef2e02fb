"""The plenary sessions as the rapporteur records them: who spoke, and the account of what was said.

A plenary session is any agenda item that is not a round or a break (the
opening, the framing session, a panel, the wrap-up, the closing). Each has
speakers, ordered by ``position`` within the session, and at most one
account, which is saved like a round summary: every save names the version
it was written against (0 when there was no account yet), and a save made
against an older version is refused with :class:`StaleEdit` carrying the
account as it is now, so the window can offer to merge.

``set_session_account`` takes the account's ``uuid`` too (the window chooses
one before the first save): the caller forwards versions by a row's uuid, so
a second save sent before the first one's answer is made against the version
the first one wrote, never refused as someone else's.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from cafe.i18n import N_, _, format_number
from cafe.service_base import Changes, Inverse, NotFound, ServiceBase, ServiceError, StaleEdit
from cafe.storage import damage
from cafe.storage import models as m
from cafe.storage.snap_types import WorkshopSnapshot
from cafe.storage.snapshots import KINDS, to_snap, to_snaps

MAX_SPEAKER_NAME = 300
MAX_SPEAKER_LINE = 500
MAX_ACCOUNT_CHARS = 500_000
#: agenda items that are not plenary sessions: they have no speakers and no account
NOT_SESSIONS = (m.AgendaKind.round, m.AgendaKind.break_)
SPEAKER_FIELDS = frozenset({"name", "title", "organisation", "role", "participant_uuid"})


class SessionOps(ServiceBase):
    """Mixin of :class:`cafe.service.Service` (through :class:`cafe.plenary.ops.PlenaryOps`):
    the rapporteur's speakers and accounts."""

    # -- reading ---------------------------------------------------------------------------------
    def snapshot(self) -> WorkshopSnapshot:
        """The workshop's snapshot, with the plenary sessions' speakers and accounts in it."""
        snap = super().snapshot()
        if snap.speakers or snap.session_accounts:  # read with the other tables already
            return snap
        with self._session() as s:
            conn = s.connection()
            speakers = damage.read_table(conn, KINDS["speaker"])
            accounts = damage.read_table(conn, KINDS["session_account"])
            if not speakers.rows and not accounts.rows:
                return snap
            sound_items = {a.uuid for a in snap.agenda}
            sound_people = {p.uuid for p in snap.participants}
            uuid_of: dict[tuple[type, int], str] = {}
            for model, sound in ((m.AgendaItem, sound_items), (m.Participant, sound_people)):
                table = m.table_of(model)
                for row_id, uuid in conn.execute(sa.select(table.c.id, table.c.uuid)):
                    if uuid in sound:
                        uuid_of[(model, row_id)] = uuid
        # rows of a damaged or missing session are left out (the snapshot's ``skipped`` names them);
        # a link to a damaged or missing participant reads as none
        kept = [r if r.participant_id is None or (m.Participant, r.participant_id) in uuid_of
                else damage.with_values("speaker", r, {"participant_id": None})
                for r in speakers.rows if (m.AgendaItem, r.agenda_item_id) in uuid_of]
        order = {a.uuid: i for i, a in enumerate(snap.agenda)}
        return dataclasses.replace(
            snap,
            speakers=tuple(sorted(to_snaps(KINDS["speaker"], kept, uuid_of),
                                  key=lambda x: (order[x.agenda_item_uuid], x.position, x.uuid))),
            session_accounts=tuple(sorted(
                to_snaps(KINDS["session_account"],
                         [r for r in accounts.rows if (m.AgendaItem, r.agenda_item_id) in uuid_of], uuid_of),
                key=lambda x: order[x.agenda_item_uuid])))

    # -- speakers -----------------------------------------------------------------------------------
    def add_speaker(self, agenda_item_uuid: str, name: str = "", title: str = "", organisation: str = "",
                    role: m.SpeakerRole | str = m.SpeakerRole.speaker, participant_uuid: str | None = None, *,
                    index: int | None = None, origin: Any = None) -> Changes:
        """Add a speaker to a plenary session, last (or the ``index``-th).

        Chosen from the workshop's people (``participant_uuid``), the name and
        organisation default to the participant's; typed, the name is required.
        """
        fields = _speaker_fields({"name": name, "title": title, "organisation": organisation, "role": role,
                                  "participant_uuid": participant_uuid})
        with self._session() as s:
            item = _session_item(s, agenda_item_uuid)
            if participant_uuid is not None:
                person = s.exec(select(m.Participant).where(m.Participant.uuid == participant_uuid)).first()
                if person is None:
                    raise NotFound(_("This participant no longer exists; choose the speaker again or type the name."))
                fields["name"] = fields["name"] or person.name
                fields["organisation"] = fields["organisation"] or person.organisation
            if not fields["name"]:
                raise ServiceError(_("A speaker needs a name: type it, or choose someone from the participants."))
            top = s.exec(select(sa.func.max(m.Speaker.position))
                         .where(m.Speaker.agenda_item_id == item.id)).one()
        fields["agenda_item_uuid"] = agenda_item_uuid
        fields["position"] = 0 if top is None else top + 1

        def place(s: Session, speaker: m.Speaker) -> tuple[str, ...]:
            if index is not None:
                others = [x for x in _speakers(s, speaker.agenda_item_id) if x.id != speaker.id]
                others.insert(max(0, min(index, len(others))), speaker)
                _renumber(others)
            return ()
        return self._create("add_speaker", "speaker", fields, origin=origin, after=place)

    def update_speaker(self, uuid: str, expected_version: int | None, origin: Any = None, **fields) -> Changes:
        """Change a speaker's name, title, organisation, role or the participant they were chosen from."""
        unknown = set(fields) - SPEAKER_FIELDS
        if unknown:
            raise ServiceError(_("Cannot change {fields} of a speaker here.").format(fields=", ".join(sorted(unknown))))
        fields = _speaker_fields(fields)
        if "name" in fields and not fields["name"]:
            raise ServiceError(_("A speaker needs a name; delete the speaker instead."))
        return self._update("update_speaker", "speaker", uuid, expected_version, fields, origin=origin)

    def delete_speaker(self, uuid: str, expected_version: int | None = None, origin: Any = None) -> Changes:
        """Remove a speaker; undo puts them back in their place."""
        return self._delete("delete_speaker", "speaker", uuid, expected_version, origin=origin)

    def move_speaker(self, uuid: str, to_index: int, origin: Any = None) -> Changes:
        """Make the speaker the ``to_index``-th of their session (clamped to the list)."""
        with self._lock, self._session() as s:
            speaker = s.exec(select(m.Speaker).where(m.Speaker.uuid == uuid)).first()
            if speaker is None:
                raise NotFound(_("This speaker no longer exists; they were removed elsewhere."))
            speakers = _speakers(s, speaker.agenda_item_id)
            old_index = speakers.index(speaker)
            speakers.remove(speaker)
            speakers.insert(max(0, min(int(to_index), len(speakers))), speaker)
            touched = _renumber(speakers)
            s.flush()
            inverse = Inverse("move_speaker", {"uuid": uuid, "to_index": old_index})
            snap = to_snap(KINDS["speaker"], speaker, self._ref_uuids(s, KINDS["speaker"], [speaker]))
            return self._commit(s, Changes("move_speaker", frozenset({"speaker"}),
                                           frozenset(x.uuid for x in touched) | {uuid}, inverse, snap, origin))

    # -- the account ----------------------------------------------------------------------------------
    def set_session_account(self, agenda_item_uuid: str, text: str, expected_version: int | None = None, *,
                            uuid: str | None = None, origin: Any = None) -> Changes:
        """Write the rapporteur's account of a plenary session (created on the first save).

        ``expected_version`` is the version the text was written against: 0 (or
        None) when there was no account yet. An account written meanwhile by
        anyone else, even a first one at the same instant, refuses the save with
        :class:`StaleEdit` carrying that account. ``uuid`` is the account's: the
        new account's when there is none yet; when given for an existing one it
        must be that account's (another laptop's first account is another one).
        """
        text = _account_text(text)
        expected = expected_version or 0
        kind = KINDS["session_account"]
        with self._lock, self._session() as s:
            item = _session_item(s, agenda_item_uuid)
            row = s.exec(select(m.SessionAccount).where(m.SessionAccount.agenda_item_id == item.id)).first()
            if row is None:
                row = m.SessionAccount(agenda_item_id=item.id, text="", version=0)
                if uuid is not None:
                    row.uuid = uuid
                s.add(row)
            elif row.version != expected or (uuid is not None and row.uuid != uuid):
                current = to_snap(kind, row, self._ref_uuids(s, kind, [row]))
                raise StaleEdit(_("This account was changed elsewhere meanwhile; your text was not saved over it."),
                                current)
            before = row.text
            row.text = text
            row.version += 1
            row.updated_at = self._now()
            try:
                s.flush()
            except sa.exc.IntegrityError:  # another laptop wrote the first account at the same instant
                s.rollback()
                other = s.exec(select(m.SessionAccount).where(m.SessionAccount.agenda_item_id == item.id)).first()
                if other is None:
                    raise ServiceError(_("This account's identity is already taken by another row; "
                                       "nothing was saved.")) from None
                raise StaleEdit(_("This account was written elsewhere meanwhile; your text was not saved over it."),
                                to_snap(kind, other, self._ref_uuids(s, kind, [other]))) from None
            snap = to_snap(kind, row, self._ref_uuids(s, kind, [row]))
            inverse = Inverse("set_session_account", {"agenda_item_uuid": agenda_item_uuid, "text": before,
                                                      "expected_version": row.version, "uuid": row.uuid})
            return self._commit(s, Changes("set_session_account", frozenset({"session_account"}),
                                           frozenset({row.uuid}), inverse, snap, origin))


# -- helpers ------------------------------------------------------------------------------------------
def _session_item(s: Session, agenda_item_uuid: str) -> m.AgendaItem:
    item = s.exec(select(m.AgendaItem).where(m.AgendaItem.uuid == agenda_item_uuid)).first()
    if item is None:
        raise NotFound(_("This session is no longer on the agenda; it was deleted elsewhere."))
    if item.kind in NOT_SESSIONS:
        if item.kind == m.AgendaKind.round:
            text = _("“{item}” is a round, not a plenary session: speakers and accounts are recorded for "
                     "plenary sessions.")
        else:
            text = _("“{item}” is a break, not a plenary session: speakers and accounts are recorded for "
                     "plenary sessions.")
        raise ServiceError(text.format(item=item.title or _("This agenda item")))
    return item


def _speakers(s: Session, agenda_item_id: int) -> list[m.Speaker]:
    return list(s.exec(select(m.Speaker).where(m.Speaker.agenda_item_id == agenda_item_id)
                       .order_by(col(m.Speaker.position), col(m.Speaker.id))).all())


def _renumber(speakers: list[m.Speaker]) -> list[m.Speaker]:
    """Positions 0..n-1 in list order. Versions stay: a reorder never conflicts with an edit of a
    speaker's name or title (and the undo of such an edit must still apply after a move)."""
    changed = []
    for i, speaker in enumerate(speakers):
        if speaker.position != i:
            speaker.position = i
            changed.append(speaker)
    return changed


#: a speaker's field that is not text, and one too long, per field
_NOT_TEXT = {"name": N_("A speaker's name must be text."), "title": N_("A speaker's title must be text."),
             "organisation": N_("A speaker's organisation must be text.")}
_TOO_LONG = {"name": N_("A speaker's name fits on one line: at most {most} characters."),
             "title": N_("A speaker's title fits on one line: at most {most} characters."),
             "organisation": N_("A speaker's organisation fits on one line: at most {most} characters.")}


def _speaker_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """The speaker's fields checked and tidied: each text one line, a known role."""
    out = dict(fields)
    for name, limit in (("name", MAX_SPEAKER_NAME), ("title", MAX_SPEAKER_LINE),
                        ("organisation", MAX_SPEAKER_LINE)):
        if name not in out:
            continue
        value = out[name]
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ServiceError(_(_NOT_TEXT[name]))
        value = " ".join(value.split())
        if len(value) > limit:
            raise ServiceError(_(_TOO_LONG[name]).format(most=limit))
        out[name] = value
    if "role" in out:
        try:
            out["role"] = m.SpeakerRole(out["role"])
        except ValueError:
            roles = ", ".join(r.value for r in m.SpeakerRole)
            raise ServiceError(_("“{value}” is not a speaker's role (one of {roles}).").format(
                value=out["role"], roles=roles)) from None
    if "participant_uuid" in out and out["participant_uuid"] is not None \
            and not isinstance(out["participant_uuid"], str):
        raise ServiceError(_("A speaker is linked to a participant by the participant's uuid (text)."))
    return out


def _account_text(text: str) -> str:
    if not isinstance(text, str):
        raise ServiceError(_("An account is text."))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_ACCOUNT_CHARS:
        raise ServiceError(_("An account can hold at most {most} characters (this one has {n}).").format(
            most=format_number(MAX_ACCOUNT_CHARS), n=format_number(len(text))))
    return text
