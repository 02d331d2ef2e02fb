"""The workshop's tables: one module, sqlmodel as its docs show it.

One database holds one workshop. Every row that can travel between laptops or
files carries a stable ``uuid``; references inside a workshop file use those
uuids, never the integer keys, which are local to one database.

Primary keys are typed ``int``: the database assigns them at the first flush,
and no code reads one before that.

Every row a user edits carries a ``version`` that the service increments on
each write; an update that names a stale version is refused (optimistic
concurrency), so two laptops never overwrite each other silently. The check is
atomic: :class:`Versioned` makes SQLAlchemy write ``UPDATE … WHERE version =
<the version read>``, so of two saves made against one version at the same
instant exactly one is applied, the other raises ``StaleDataError``.

Times: agenda items are local wall-clock times of the workshop's time zone
(``Day.date`` + ``AgendaItem.start``); instants (round starts, note edits) are
timezone-aware UTC datetimes (sqlmodel stores them as UTC and refuses naive ones).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid as uuid_mod
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy import JSON, Column, String, Text, TypeDecorator, UniqueConstraint
from sqlalchemy.orm import declared_attr, validates
from sqlmodel import Field, SQLModel
from sqlmodel.main import SQLModelConfig

from cafe.storage.enums import (
    AgendaKind,
    ContributionState,
    HostRole,
    NoteCategory,
    RoundState,
    SpeakerRole,
    StakeholderType,
)
from cafe.storage.report_keys import check_report_sections, check_report_text, check_workshop_choice


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


def utcnow() -> dt.datetime:
    """Now as an aware UTC datetime, microseconds kept (the storage convention)."""
    return dt.datetime.now(dt.UTC)


class Table(SQLModel):
    """The base of every table model.

    Pydantic's validator and serializer of a model are built on first use
    (``defer_build``): the app never validates or dumps a table model through
    pydantic (rows are read as plain tuples and written through SQLAlchemy), so
    they are never built, and the storage stack loads about 10 ms sooner at
    every start (the window's, each ``cafe`` command's, a report's).
    """

    model_config = SQLModelConfig(defer_build=True)


class Versioned:
    """A table whose ``version`` column is SQLAlchemy's version counter (``version_id_col``).

    The service still chooses every value (``version_id_generator=False``):
    it steps the version by one on each write, and SQLAlchemy adds
    ``WHERE version = <the value read>`` to the UPDATE, so a row another
    laptop changed between our read and our write is never overwritten.
    """

    @declared_attr  # type: ignore[arg-type]  # declared_attr's hints cover mapped attributes only
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": getattr(cls, "__table__").c.version, "version_id_generator": False}


class EnumText(TypeDecorator):
    """An enum stored as its value in a plain text column.

    Plain text rather than a native enum type: adding a value later is then a
    code change, not a PostgreSQL ``ALTER TYPE``, and the database reads well.
    """

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_cls: type[enum.Enum]):
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value, dialect):
        return None if value is None else self.enum_cls(value).value

    def process_result_value(self, value, dialect):
        return None if value is None else self.enum_cls(value)


class StrictBool(TypeDecorator):
    """True or false, and nothing else, when read.

    SQLite keeps a boolean as an integer but accepts any value in the column;
    SQLAlchemy's own conversion would read another program's ``'perhaps'`` (or a
    damaged page's bytes) as true. Here such a value raises ``ValueError``, so
    the damaged-row reads (:mod:`cafe.storage.row_values`) set the row apart
    and say what is wrong. The column's type in the database is unchanged.
    """

    impl = sa.Boolean
    cache_ok = True

    def result_processor(self, dialect, coltype):
        def process(value):
            if value is None or type(value) is bool:
                return value
            if type(value) is int and value in (0, 1):
                return bool(value)
            raise ValueError(f"{value!r} is not true or false")
        return process


def _bool_field(default: bool, **kwargs: Any):
    return Field(default=default, sa_type=StrictBool, nullable=False, **kwargs)


def _enum_field(default: enum.Enum):
    return Field(default=default, sa_type=EnumText(type(default)), nullable=False)


def _uuid_field() -> str:
    return Field(default_factory=new_uuid, max_length=36, unique=True, index=True)


class Workshop(Versioned, Table, table=True):
    """The workshop itself (one row).

    The report's settings are its last columns (added in schema 0004; older
    files and databases read as the defaults): ``report_title`` ("" reads as
    "Report"), ``report_sections`` (the sections in order, each
    ``{"key": …, "title": …, "shown": …}``, :data:`REPORT_SECTION_KEYS`; empty
    means the default order and titles), ``wrapup_lead_in`` (who presented the
    outcomes and who moderated) and ``statistics`` (the introduction's
    sentence of figures; "" means the one offered from the data). Schema 0005
    adds ``language`` (the outputs' language) and ``report_paper`` (a4 or letter).
    """

    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    title: str = ""
    venue: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    time_zone: str = "UTC"
    introduction: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    warning_minutes: int = 10
    danger_minutes: int = 2
    auto_start_next: bool = _bool_field(False)
    report_title: str = Field(default="", sa_column_kwargs={"server_default": ""})
    report_sections: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    wrapup_lead_in: str = Field(default="", sa_column=Column(Text, nullable=False, default="", server_default=""))
    statistics: str = Field(default="", sa_column=Column(Text, nullable=False, default="", server_default=""))
    #: the outputs' language (report, slides, stage display, door signs, route slips): en, fr, es or ar
    language: str = Field(default="en", max_length=8, sa_column_kwargs={"server_default": "en"})
    #: the Word report's paper: a4 or letter (the PDF is always A4)
    report_paper: str = Field(default="a4", max_length=8, sa_column_kwargs={"server_default": "a4"})

    # every write is checked (an edit, a file, a merge, an undo); a refused value changes nothing
    @validates("report_sections")
    def _check_report_sections(self, _name: str, value: Any) -> Any:
        check_report_sections(value)
        return value

    @validates("language", "report_paper")
    def _check_choice(self, name: str, value: Any) -> Any:
        check_workshop_choice(name, value)
        return value

    @validates("report_title", "wrapup_lead_in", "statistics")
    def _check_report_text(self, name: str, value: Any) -> Any:
        check_report_text(name, value)
        return value


class Day(Versioned, Table, table=True):
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    date: dt.date
    title: str = ""
    position: int = 0


class Room(Versioned, Table, table=True):
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    name: str
    capacity: int | None = None
    position: int = 0


class AgendaItem(Versioned, Table, table=True):
    __tablename__ = "agenda_item"
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    day_id: int = Field(foreign_key="day.id", index=True, ondelete="CASCADE")
    kind: AgendaKind = _enum_field(AgendaKind.plenary)
    start: dt.time
    end: dt.time
    room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="SET NULL")
    title: str = ""
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    warning_minutes: int | None = None
    danger_minutes: int | None = None


class Theme(Versioned, Table, table=True):
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    title: str
    short_name: str = ""
    objective_ref: str = ""
    guiding_questions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    room_id: int | None = Field(default=None, foreign_key="room.id", ondelete="SET NULL")
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    position: int = 0


class Host(Versioned, Table, table=True):
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    name: str
    organisation: str = ""
    email: str = ""
    role: HostRole = _enum_field(HostRole.host)
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    position: int = 0


class Participant(Versioned, Table, table=True):
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    name: str
    organisation: str = ""
    country: str = ""
    stakeholder_type: StakeholderType = _enum_field(StakeholderType.other)
    delegation: str = ""
    email: str = ""


class Group(Versioned, Table, table=True):
    __tablename__ = "cafe_group"  # "group" is an SQL keyword
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    name: str
    position: int = 0


class GroupMember(Table, table=True):
    __tablename__ = "group_member"
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    group_id: int = Field(foreign_key="cafe_group.id", index=True, ondelete="CASCADE")
    participant_id: int = Field(foreign_key="participant.id", unique=True, ondelete="CASCADE")
    pinned: bool = _bool_field(False)


class Round(Versioned, Table, table=True):
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    agenda_item_id: int = Field(foreign_key="agenda_item.id", unique=True, ondelete="CASCADE")
    number: int


class RoomRound(Versioned, Table, table=True):
    """One room during one round: its own actual start, end and clock state."""

    __tablename__ = "room_round"
    __table_args__ = (UniqueConstraint("round_id", "room_id"),)
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    room_id: int = Field(foreign_key="room.id", ondelete="CASCADE")
    state: RoundState = _enum_field(RoundState.scheduled)
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    deadline: dt.datetime | None = None
    paused_remaining_s: float | None = None
    message: str = ""


class Assignment(Table, table=True):
    """Which group sits in which room during a round."""

    __table_args__ = (
        UniqueConstraint("round_id", "group_id"),
        UniqueConstraint("round_id", "room_id"),
    )
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    group_id: int = Field(foreign_key="cafe_group.id", ondelete="CASCADE")
    room_id: int = Field(foreign_key="room.id", ondelete="CASCADE")


class Note(Versioned, Table, table=True):
    """One item a note-taker captured in a room during a round.

    ``deleted_at`` keeps a tombstone instead of removing the row, so a delete
    travels between laptops and files like any other edit, and undo restores it.

    ``key`` marks a key point: the host (or the note-taker for them) starred the
    item, and the plenary's slides start from the headings and these items. It
    is the last column (added in schema 0003): older workshop files and
    databases read as "not a key point".

    The index on room, round and deletion (schema 0005) covers the count of live notes per room and
    round every snapshot makes: the count reads the index alone, not the notes' texts.
    """

    __table_args__ = (sa.Index("ix_note_room_round_live", "room_id", "round_id", "deleted_at"),)
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    room_id: int = Field(foreign_key="room.id", index=True, ondelete="CASCADE")
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    round_id: int | None = Field(default=None, foreign_key="round.id", index=True, ondelete="SET NULL")
    category: NoteCategory = _enum_field(NoteCategory.other)
    heading: str = ""
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    attributions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    position: int = 0
    created_at: dt.datetime = Field(default_factory=utcnow)
    updated_at: dt.datetime = Field(default_factory=utcnow)
    deleted_at: dt.datetime | None = None
    key: bool = _bool_field(False, sa_column_kwargs={"server_default": sa.false()})


class RoundSummary(Versioned, Table, table=True):
    __tablename__ = "round_summary"
    __table_args__ = (UniqueConstraint("round_id", "room_id"),)
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    room_id: int = Field(foreign_key="room.id", ondelete="CASCADE")
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    draft: bool = _bool_field(True)
    updated_at: dt.datetime = Field(default_factory=utcnow)


class Lesson(Versioned, Table, table=True):
    """A cross-cutting lesson for the plenary, pointing at the notes it rests on."""

    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    title: str = ""
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    note_uuids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    position: int = 0


class Speaker(Versioned, Table, table=True):
    """Someone who spoke in a plenary session: as the report names them, "**Ms. Sarah Lou
    Arriola**, Undersecretary for Migrant Workers' Affairs of the Philippines".

    ``participant_id`` links the speaker to the workshop's list of people when
    they were chosen from it (the name, title and organisation are still the
    speaker's own, as the rapporteur wrote them); ``position`` orders the
    speakers of one session.
    """

    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    agenda_item_id: int = Field(foreign_key="agenda_item.id", index=True, ondelete="CASCADE")
    name: str
    title: str = ""
    organisation: str = ""
    role: SpeakerRole = _enum_field(SpeakerRole.speaker)
    participant_id: int | None = Field(default=None, foreign_key="participant.id", ondelete="SET NULL")
    position: int = 0


class SessionAccount(Versioned, Table, table=True):
    """The rapporteur's account of one plenary session (one per agenda item), in the light
    Markdown the report prints formatted; saved like a round summary."""

    __tablename__ = "session_account"
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    agenda_item_id: int = Field(foreign_key="agenda_item.id", unique=True, ondelete="CASCADE")
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    updated_at: dt.datetime = Field(default_factory=utcnow)


class Seat(Table, table=True):
    """World Café seating: which table (room) one participant sits at during a round.

    Individuals, not whole groups, change tables between rounds; hosts stay at
    their tables and have no seat.
    """

    __table_args__ = (UniqueConstraint("round_id", "participant_id"),)
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    participant_id: int = Field(foreign_key="participant.id", ondelete="CASCADE")
    room_id: int = Field(foreign_key="room.id", ondelete="CASCADE")


class Contribution(Versioned, Table, table=True):
    """An opportunity, challenge or practice a participant posted from their phone in a room.

    It waits in that room's queue (``state`` new) until the room's note-taker accepts it, which
    makes it a note like any other (``note_uuid``), or dismisses it. ``device`` is a one-way
    digest of the posting device's address, for the per-device limits; nothing else about the
    device is kept. ``round_id`` is the round that ran in the room when it was posted.
    """

    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    room_id: int = Field(foreign_key="room.id", index=True, ondelete="CASCADE")
    round_id: int | None = Field(default=None, foreign_key="round.id", ondelete="SET NULL")
    category: NoteCategory = _enum_field(NoteCategory.practice)
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    countries: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    name: str = ""
    state: ContributionState = _enum_field(ContributionState.new)
    note_uuid: str | None = Field(default=None, max_length=36)
    device: str = Field(default="", max_length=64)
    posted_at: dt.datetime = Field(default_factory=utcnow)


class VenueRoom(Versioned, Table, table=True):
    """A room's posting link on the venue network: open or closed, and which generation of its
    token is valid (renewing the token steps ``generation``, which ends every older link).
    A room without a row is open, at generation 0."""

    __tablename__ = "venue_room"
    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    room_id: int = Field(foreign_key="room.id", unique=True, ondelete="CASCADE")
    open: bool = _bool_field(True)
    generation: int = 0


class Vote(Versioned, Table, table=True):
    """A dot vote the moderator opens in plenary: each phone spreads ``dots`` dots over ``options``.

    ``subject`` is ``"lessons"`` (the cross-cutting lessons) or a theme's uuid (that theme's key
    points); ``options`` are frozen when the vote opens (``[{"uuid": …, "text": …}]``), so a
    lesson edited meanwhile does not change what was voted on. ``generation`` renews the vote's
    link as a room's posting link is renewed.
    """

    id: int = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    version: int = 1
    title: str = ""
    subject: str = Field(default="lessons", max_length=64)
    options: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    dots: int = 3
    open: bool = _bool_field(True)
    generation: int = 0
    opened_at: dt.datetime = Field(default_factory=utcnow)
    closed_at: dt.datetime | None = None


class VoteDot(Table, table=True):
    """The dots one device gave one option of a vote (a device's dots are replaced as a whole)."""

    __tablename__ = "vote_dot"
    __table_args__ = (UniqueConstraint("vote_id", "device", "option_uuid"),)
    id: int = Field(default=None, primary_key=True)
    vote_id: int = Field(foreign_key="vote.id", index=True, ondelete="CASCADE")
    device: str = Field(max_length=64)
    option_uuid: str = Field(max_length=64)
    dots: int = 1


#: Every table, in an order where a row's references come before it.
TABLES: tuple[type[SQLModel], ...] = (
    Workshop, Day, Room, AgendaItem, Theme, Host, Participant, Group, GroupMember,
    Round, RoomRound, Assignment, Note, RoundSummary, Lesson, Seat, Speaker, SessionAccount,
    Contribution, VenueRoom, Vote, VoteDot,
)


def table_of(model: type[SQLModel]) -> sa.Table:
    """The table behind a table model (sqlmodel sets ``__table__``; its type hints do not say so)."""
    return cast(sa.Table, getattr(model, "__table__"))
