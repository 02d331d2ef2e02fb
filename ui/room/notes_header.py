"""The room view's header: room, theme, round, the group inside and the round's time left.

The time is computed on every tick of the window's
:class:`~ui.common.clock_ticker.ClockTicker` (once per shown second) from
``controller.index`` and the ticker's instant through
:func:`cafe.clock.overview.room_statuses`: no database read per tick, and nothing
counted from ticks. Ticks are only followed while the header is visible.
Main thread.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe.storage.workshop_index import STATE_TEXT, WorkshopIndex

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController


class NotesHeader(QWidget):
    """Who and what is in the room (``label``) and the round's clock (``clock``)."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.room_uuid: str | None = None
        self.round_uuid: str | None = None
        self.label = QLabel()
        self.label.setObjectName("room_header")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.clock = QLabel()
        self.clock.setObjectName("room_clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.phase = QLabel()
        self.phase.setObjectName("room_phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.clock)
        right.addWidget(self.phase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addLayout(right)
        self._ticker: Any = None

    def show_for(self, index: WorkshopIndex | None, room_uuid: str | None, round_uuid: str | None) -> None:
        self.room_uuid, self.round_uuid = room_uuid, round_uuid
        self.label.setText(header_html(index, room_uuid, round_uuid))
        self.tick()

    def tick(self, now: Any = None) -> None:
        """Show the time left in the shown room and round at ``now`` (the ticker's, by default)."""
        index = self.controller.index
        if index is None or self.room_uuid is None or self.round_uuid is None:
            self.clock.setText("")
            self.phase.setText("")
            return
        from cafe.clock.overview import room_statuses

        if now is None:
            now = self._ticker_now()
        status = next((s for s in room_statuses(index.snap, now, self.round_uuid)
                       if s.room_uuid == self.room_uuid), None)
        if status is None or status.round_uuid != self.round_uuid:
            self.clock.setText("")
            self.phase.setText("")
            return
        self.clock.setText(status.clock_text)
        self.phase.setText(status.phase_text + (" · late" if status.late else ""))
        self.clock.setToolTip(f"{status.phase_text}: {status.clock_text} left in this round")

    def _ticker_now(self):
        from ui.common.clock_ticker import ticker_for

        if self._ticker is None:
            self._ticker = ticker_for(self.controller)
        return self._ticker.now()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        from ui.common.clock_ticker import ticker_for

        if self.controller.is_open:
            self._ticker = ticker_for(self.controller)
            self._ticker.tick.connect(self.tick)
            self.tick()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self._ticker is not None:
            try:
                self._ticker.tick.disconnect(self.tick)
            except (RuntimeError, TypeError):
                pass  # not connected (hidden before it was shown)


def header_html(index: WorkshopIndex | None, room_uuid: str | None, round_uuid: str | None) -> str:
    """Room and theme, hosts and note-takers, the round, the group inside and the summary's state."""
    if index is None or room_uuid is None:
        return "This workshop has no rooms yet."
    theme = index.theme_by_room.get(room_uuid)
    first = f"<b style='font-size:13pt'>{escape(index.room_name(room_uuid))}</b>"
    if theme is not None:
        first += f" · <b>{escape(theme.title)}</b>"
    parts = [first]
    if theme is not None:
        hosts, takers = index.hosts_text(theme.uuid), index.hosts_text(theme.uuid, "note-taker")
        people = " · ".join(x for x in (f"Hosted by {escape(hosts)}" if hosts else "",
                                        f"Note-taking: {escape(takers)}" if takers else "") if x)
        if people:
            parts.append(people)
    else:
        parts.append("No theme in this room.")
    if round_uuid is None:
        parts.append("All rounds (read only: choose a round to add items)")
        return "<br>".join(parts)
    rnd = index.rounds.get(round_uuid)
    group = index.group_in.get((round_uuid, room_uuid))
    state = STATE_TEXT.get(index.room_state(round_uuid, room_uuid), "")
    line = f"{escape(index.round_label(rnd)) if rnd else 'Round'} · "
    line += f"<b>{escape(index.group_name(group))}</b> inside" if group else "no group in this room"
    parts.append(f"{line} · {state}")
    summary = index.summary_of.get((round_uuid, room_uuid))
    if summary is None or not summary.text.strip():
        parts.append("Summary: not written yet")
    else:
        parts.append("Summary: " + ("draft" if summary.draft else "final") + f" ({len(summary.text.split())} words)")
    return "<br>".join(parts)
