"""The notes on screen: the last read from the database plus this window's changes in flight.

The view shows a change the moment it is made (an added item, an edited text,
a deletion) although the save runs on the worker; a read that was queued
before the save must not make it flicker away. :class:`NotesState` keeps both
layers: ``read`` (what the database said) and ``local`` (changes not yet
confirmed, by uuid), and shows local over read until the save answers.

Plain Python on the main thread; no Qt.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

#: where items added here sort until the database gives them a position (after everything)
_LOCAL_POSITION = 1 << 40


@dataclass(frozen=True)
class LocalNote:
    """An item added on this laptop whose save has not answered yet (the fields views read)."""

    uuid: str
    room_uuid: str
    round_uuid: str | None
    category: str
    heading: str
    text: str
    attributions: tuple[str, ...] = ()
    position: int = _LOCAL_POSITION
    version: int = 0
    deleted_at: Any = None
    theme_uuid: str | None = None
    key: bool = False


def value_of(x: Any) -> Any:
    return getattr(x, "value", x)


class NotesState:
    """The notes of one room and round as shown (main thread)."""

    def __init__(self) -> None:
        self.room_uuid: str | None = None
        self.round_uuid: str | None = None
        self.read: dict[str, Any] = {}
        #: uuid -> the note as this window changed it, or None when deleted here
        self.local: dict[str, Any] = {}
        self._inflight: Counter = Counter()
        self._order = itertools.count()
        self._local_rank: dict[str, int] = {}

    def reset(self, room_uuid: str | None, round_uuid: str | None) -> None:
        """Start showing another room or round: nothing read yet, nothing in flight."""
        self.room_uuid, self.round_uuid = room_uuid, round_uuid
        self.read, self.local = {}, {}
        self._inflight.clear()
        self._local_rank.clear()

    def set_read(self, notes: Iterable[Any]) -> None:
        self.read = {n.uuid: n for n in notes if getattr(n, "deleted_at", None) is None}

    def get(self, uuid: str) -> Any | None:
        """The note as shown (None when absent or deleted here)."""
        if uuid in self.local:
            return self.local[uuid]
        return self.read.get(uuid)

    def read_version(self, uuid: str) -> int | None:
        note = self.read.get(uuid)
        return note.version if note is not None else None

    def change(self, uuid: str, note: Any | None) -> None:
        """Show ``note`` for ``uuid`` (None: deleted) until :meth:`settle` is called as often."""
        if uuid not in self._local_rank:
            self._local_rank[uuid] = next(self._order)
        self.local[uuid] = note
        self._inflight[uuid] += 1

    def settle(self, uuid: str, confirmed: Any | None = None) -> None:
        """One change of ``uuid`` was answered; ``confirmed`` is the row the database now has."""
        if confirmed is not None and self._mine(confirmed):
            current = self.read.get(uuid)
            if getattr(confirmed, "deleted_at", None) is not None:
                self.read.pop(uuid, None)
            elif current is None or confirmed.version >= current.version:
                self.read[uuid] = confirmed
        if self._inflight.get(uuid, 0) > 0:
            self._inflight[uuid] -= 1
            if self._inflight[uuid] == 0:
                del self._inflight[uuid]
                self.local.pop(uuid, None)

    def pending(self, uuid: str) -> bool:
        return self._inflight.get(uuid, 0) > 0

    def _mine(self, note: Any) -> bool:
        return note.room_uuid == self.room_uuid and (self.round_uuid is None or note.round_uuid == self.round_uuid)

    def notes(self) -> list[Any]:
        """Every shown note, in column order (items added here last, in the order they were added)."""
        merged = dict(self.read)
        for uuid, note in self.local.items():
            if note is None:
                merged.pop(uuid, None)
            else:
                merged[uuid] = note
        return sorted(merged.values(), key=lambda n: (n.position, self._local_rank.get(n.uuid, -1), n.uuid))

    def column(self, category: str) -> list[Any]:
        return [n for n in self.notes() if value_of(n.category) == category]


def edited(note: Any, text: str) -> Any:
    """``note`` with ``text``, attributions following the trailing parenthesis as the Service does."""
    from cafe.notes.attributions import parse_trailing

    changes: dict[str, Any] = {"text": text}
    if list(note.attributions) == parse_trailing(note.text):
        changes["attributions"] = tuple(parse_trailing(text))
    return dataclasses.replace(note, **changes)
