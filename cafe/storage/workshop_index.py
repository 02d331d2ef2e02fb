"""Lookups derived from one :class:`cafe.storage.snapshots.WorkshopSnapshot`, for the views.

Plain Python on frozen data: built once per snapshot on the main thread and
shared by every view; safe to read from any thread.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from cafe.i18n import N_, _, time_range
from cafe.i18n_tables import TranslatedMap, TranslatedPairs, day_label

NONE_TEXT = "—"

#: the order and names of note columns, everywhere in the UI; each title reads in the language in
#: effect when it is read (``for category, title in NOTE_CATEGORIES``), so read it where it is shown
NOTE_CATEGORIES = TranslatedPairs((
    ("opportunity", N_("Opportunities")),
    ("challenge", N_("Challenges")),
    ("practice", N_("Practices")),
    ("other", N_("Other")),
))

#: how a room's round state reads (not by colour alone: each has a word); read where shown
STATE_TEXT: TranslatedMap[str] = TranslatedMap({
    "scheduled": N_("not started"), "running": N_("▶ running"), "paused": N_("⏸ paused"),
    "finished": N_("✓ finished")})


@dataclass(frozen=True)
class SnapshotUpdate:
    """Why a view receives a new snapshot."""

    #: kinds of rows that changed since the previous snapshot ("*": anything)
    kinds: frozenset[str]
    #: every change came from this window (its own edits, undo or redo)
    own_only: bool = False
    #: a different workshop was opened: views start afresh
    reopened: bool = False
    #: the rows that changed, by uuid, when every change named them (None: not known, e.g. a
    #: notice too long to carry them, or a full read): a view may skip what names none of its rows
    uuids: frozenset[str] | None = None

    def touches(self, *kinds: str) -> bool:
        return "*" in self.kinds or bool(self.kinds.intersection(kinds))


def value_of(x: Any) -> Any:
    """An enum's stored value, anything else unchanged."""
    return getattr(x, "value", x)


def hhmm(t: dt.time | None) -> str:
    return "" if t is None else t.strftime("%H:%M")


def day_text(day: Any) -> str:
    """"Day 1 · Thu 21 Mar 2019" ("jeu. 21 mars 2019" in French)."""
    date = day_label(day.date)
    return f"{day.title} · {date}" if day.title else date


class WorkshopIndex:
    """Dictionaries and derived facts over one snapshot (``snap``)."""

    def __init__(self, snap: Any):
        self.snap = snap
        self.rooms = {r.uuid: r for r in snap.rooms}
        self.themes = {t.uuid: t for t in snap.themes}
        self.days = {d.uuid: d for d in snap.days}
        self.groups = {g.uuid: g for g in snap.groups}
        self.agenda = {a.uuid: a for a in snap.agenda}
        self.rounds = {r.uuid: r for r in snap.rounds}
        self.theme_by_room = {t.room_uuid: t for t in snap.themes if t.room_uuid}
        self.hosts_by_theme: dict[str | None, list[Any]] = defaultdict(list)
        for h in snap.hosts:
            self.hosts_by_theme[h.theme_uuid].append(h)
        self.group_of = {m.participant_uuid: m.group_uuid for m in snap.members}
        self.member_count = Counter(m.group_uuid for m in snap.members)
        self.room_of = {(a.round_uuid, a.group_uuid): a.room_uuid for a in snap.assignments}
        self.group_in = {(a.round_uuid, a.room_uuid): a.group_uuid for a in snap.assignments}
        self.room_round = {(rr.round_uuid, rr.room_uuid): rr for rr in snap.room_rounds}
        self.summary_of = {(s.round_uuid, s.room_uuid): s for s in snap.summaries}

    # -- names -----------------------------------------------------------------------------
    @property
    def title(self) -> str:
        w = self.snap.workshop
        return (w.title if w is not None else "") or _("Untitled workshop")

    def room_name(self, uuid: str | None) -> str:
        room = self.rooms.get(uuid)
        return room.name if room is not None else NONE_TEXT

    def theme_title(self, uuid: str | None) -> str:
        theme = self.themes.get(uuid)
        return theme.title if theme is not None else NONE_TEXT

    def group_name(self, uuid: str | None) -> str:
        group = self.groups.get(uuid)
        return group.name if group is not None else NONE_TEXT

    def day_label(self, uuid: str | None) -> str:
        day = self.days.get(uuid)
        return day_text(day) if day is not None else NONE_TEXT

    def round_item(self, rnd: Any) -> Any | None:
        return self.agenda.get(rnd.agenda_item_uuid)

    def round_label(self, rnd: Any) -> str:
        item = self.round_item(rnd)
        if item is None:
            return _("Round {number}").format(number=rnd.number)
        start, end = time_range(hhmm(item.start), hhmm(item.end))
        return _("Round {number} · {start}–{end}").format(number=rnd.number, start=start, end=end)

    def hosts_text(self, theme_uuid: str | None, role: str = "host") -> str:
        """``"OHCHR (Ana Ruiz, Li Wei)"``-style list of a theme's hosts of one role."""
        hosts = [h for h in self.hosts_by_theme.get(theme_uuid, ()) if value_of(h.role) == role]
        by_org: dict[str, list[str]] = {}
        for h in hosts:
            by_org.setdefault(h.organisation, []).append(h.name)
        parts = []
        for org, names in by_org.items():
            parts.append(f"{org} ({', '.join(names)})" if org else ", ".join(names))
        return "; ".join(parts)

    # -- rounds --------------------------------------------------------------------------------
    def room_state(self, round_uuid: str, room_uuid: str) -> str:
        rr = self.room_round.get((round_uuid, room_uuid))
        return value_of(rr.state) if rr is not None else "scheduled"

    def round_state(self, round_uuid: str) -> str:
        """One state for a whole round: running or paused in any room wins; finished only when all are."""
        states = [value_of(rr.state) for (rnd, _), rr in self.room_round.items() if rnd == round_uuid]
        for state in ("running", "paused"):
            if state in states:
                return state
        if states and all(s == "finished" for s in states):
            return "finished"
        return "scheduled"

    def current_round(self) -> tuple[Any | None, Any | None]:
        """(round now under way or None, the next round to start or None)."""
        rounds = list(self.snap.rounds)
        for i, rnd in enumerate(rounds):
            if self.round_state(rnd.uuid) in ("running", "paused"):
                nxt = next((r for r in rounds[i + 1:] if self.round_state(r.uuid) == "scheduled"), None)
                return rnd, nxt
        return None, next((r for r in rounds if self.round_state(r.uuid) == "scheduled"), None)

    def note_count(self, room_uuid: str, round_uuid: str | None = None) -> int:
        """Live notes of a room in one round, or in all rounds when ``round_uuid`` is None."""
        counts = self.snap.note_counts
        if round_uuid is not None:
            return counts.get((room_uuid, round_uuid), 0)
        return sum(n for (room, _), n in counts.items() if room == room_uuid)
