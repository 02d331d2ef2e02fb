"""The enumerations the tables store as text (a round's state, a note's category, …).

A module of their own, without the storage stack, so that a snapshot kept on disk
(:mod:`cafe.storage.snapshot_cache`) is read back without importing SQLAlchemy;
:mod:`cafe.storage.models` imports them from here.
"""

from __future__ import annotations

import enum

__all__ = ["AgendaKind", "ContributionState", "HostRole", "NoteCategory", "RoundState", "SpeakerRole",
           "StakeholderType"]


class AgendaKind(str, enum.Enum):
    plenary = "plenary"
    framing = "framing"
    round = "round"
    break_ = "break"
    wrap_up = "wrap-up"
    presentation = "presentation"


class RoundState(str, enum.Enum):
    scheduled = "scheduled"
    running = "running"
    paused = "paused"
    finished = "finished"


class NoteCategory(str, enum.Enum):
    opportunity = "opportunity"
    challenge = "challenge"
    practice = "practice"
    other = "other"


class StakeholderType(str, enum.Enum):
    state = "state"
    civil_society = "civil society"
    private_sector = "private sector"
    international_organisation = "international organisation"
    academia = "academia"
    other = "other"


class HostRole(str, enum.Enum):
    host = "host"
    note_taker = "note-taker"


class SpeakerRole(str, enum.Enum):
    """What a speaker did in a plenary session (the report groups speakers by it)."""

    moderator = "moderator"
    keynote = "keynote"
    panellist = "panellist"
    host = "host"
    speaker = "speaker"
    rapporteur = "rapporteur"


class ContributionState(str, enum.Enum):
    """Where a contribution posted from a phone stands in its room's queue."""

    new = "new"
    accepted = "accepted"
    dismissed = "dismissed"
