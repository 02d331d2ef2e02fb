"""Moderator overview: every room at once — theme, hosts, the group inside, the round's state.

"Now" is the round running (or paused) in any room; before it starts, the
next scheduled round. Read-only; rebuilt from each snapshot.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .item_models import Column, RowsModel
from .setup_tabs import make_table
from .workshop_index import NONE_TEXT, STATE_TEXT, WorkshopIndex


class OverviewContext:
    def __init__(self, index: WorkshopIndex):
        self.index = index
        current, upcoming = index.current_round()
        self.now = current or upcoming
        self.after = upcoming if current is not None else _after(index, upcoming)

    def group(self, rnd: Any, room_uuid: str) -> str:
        if rnd is None:
            return NONE_TEXT
        group = self.index.group_in.get((rnd.uuid, room_uuid))
        return self.index.group_name(group) if group is not None else NONE_TEXT

    def state(self, room_uuid: str) -> str:
        if self.now is None:
            return NONE_TEXT
        return STATE_TEXT.get(self.index.room_state(self.now.uuid, room_uuid), "")

    def notes(self, room_uuid: str) -> int | str:
        return self.index.note_count(room_uuid, self.now.uuid) if self.now is not None else ""


def _after(index: WorkshopIndex, rnd: Any) -> Any | None:
    rounds = list(index.snap.rounds)
    if rnd is None or rnd not in rounds:
        return None
    i = rounds.index(rnd)
    return rounds[i + 1] if i + 1 < len(rounds) else None


def _theme(room: Any, c: OverviewContext) -> str:
    theme = c.index.theme_by_room.get(room.uuid)
    return theme.title if theme is not None else NONE_TEXT


def _hosts(room: Any, c: OverviewContext) -> str:
    theme = c.index.theme_by_room.get(room.uuid)
    return c.index.hosts_text(theme.uuid) if theme is not None else ""


OVERVIEW_COLUMNS = (
    Column("Room", lambda r, c: r.name),
    Column("Theme", _theme),
    Column("Hosts", _hosts),
    Column("Group", lambda r, c: c.group(c.now, r.uuid)),
    Column("State", lambda r, c: c.state(r.uuid)),
    Column("Notes", lambda r, c: c.notes(r.uuid), numeric=True),
    Column("Next group", lambda r, c: c.group(c.after, r.uuid)),
)


class OverviewView(QWidget):
    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RowsModel(OVERVIEW_COLUMNS, self)
        self.table = make_table(self.model, stretch=1)
        self.headline = QLabel()
        self.headline.setObjectName("overview_headline")
        self.headline.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.detail = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.table)

    def set_snapshot(self, index: WorkshopIndex, update: Any) -> None:
        context = OverviewContext(index)
        self.model.set_rows(index.snap.rooms, context)
        current, upcoming = index.current_round()
        if not index.snap.rounds:
            self.headline.setText("No rounds on the agenda yet")
        elif current is not None:
            self.headline.setText(f"Now: {index.round_label(current)} — {index.round_state(current.uuid)}")
        elif upcoming is not None:
            self.headline.setText(f"Next: {index.round_label(upcoming)} — not started")
        else:
            self.headline.setText("All rounds are finished")
        n = len(index.snap.rounds)
        done = sum(1 for r in index.snap.rounds if index.round_state(r.uuid) == "finished")
        self.detail.setText(f"{len(index.snap.rooms)} rooms · {n} rounds, {done} finished · "
                            f"{sum(index.snap.note_counts.values())} notes so far")
