"""Plenary: each theme with its hosts, its summary and how many notes of each kind it gathered.

Note counts per theme and category are computed on the worker from the notes
(a note without a theme counts for the theme of its room).
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from .item_models import Column, RowsModel
from .setup_tabs import make_table
from .workshop_index import NOTE_CATEGORIES, WorkshopIndex, value_of


def count_notes(service: Any, theme_of_room: dict[str, str]) -> Counter:
    """(theme uuid, category) -> live notes (worker thread)."""
    counts: Counter = Counter()
    for note in service.notes():
        theme = note.theme_uuid or theme_of_room.get(note.room_uuid)
        counts[(theme, value_of(note.category))] += 1
    return counts


class PlenaryContext:
    def __init__(self, index: WorkshopIndex, counts: Counter | None):
        self.index = index
        self.counts = counts

    def count(self, theme_uuid: str, category: str) -> int | str:
        return "…" if self.counts is None else self.counts.get((theme_uuid, category), 0)


PLENARY_COLUMNS = (
    Column("Theme", lambda t, c: t.title),
    Column("Room", lambda t, c: c.index.room_name(t.room_uuid) if t.room_uuid else ""),
    Column("Hosts", lambda t, c: c.index.hosts_text(t.uuid)),
    *(Column(title, lambda t, c, cat=cat: c.count(t.uuid, cat), numeric=True) for cat, title in NOTE_CATEGORIES),
)


class PlenaryView(QWidget):
    def __init__(self, controller: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self.counts: Counter | None = None
        self._request = 0
        self.model = RowsModel(PLENARY_COLUMNS, self)
        self.table = make_table(self.model, stretch=0)
        self.detail = QTextBrowser()
        self.detail.setObjectName("plenary_detail")
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([180, 480])
        heading = QLabel("Presentation of outcomes, theme by theme")
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

    def set_snapshot(self, index: WorkshopIndex, update: Any) -> None:
        self.index = index
        if update.reopened:
            self.counts = None
        self.model.set_rows(index.snap.themes, PlenaryContext(index, self.counts))
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)
        self._show_detail()
        if update.touches("note", "theme", "room") or update.reopened:
            self._load_counts()

    def _load_counts(self) -> None:
        index = self.index
        theme_of_room = {room: t.uuid for room, t in index.theme_by_room.items()}
        self._request += 1
        request = self._request
        self.controller.read(lambda service: count_notes(service, theme_of_room),
                             lambda counts: self._counts_loaded(request, counts))

    def _counts_loaded(self, request: int, counts: Counter) -> None:
        if request != self._request or self.index is None:
            return
        self.counts = counts
        self.model.set_rows(self.index.snap.themes, PlenaryContext(self.index, counts))
        self._show_detail()

    def _show_detail(self) -> None:
        idx = self.table.currentIndex()
        theme = self.model.row_at(idx.row()) if idx.isValid() else None
        if theme is None or self.index is None:
            self.detail.setHtml("<p>No theme yet.</p>")
            return
        self.detail.setHtml(theme_html(self.index, theme, PlenaryContext(self.index, self.counts)))


def theme_html(index: WorkshopIndex, theme: Any, context: PlenaryContext) -> str:
    """What a host presents: title, hosts, questions, summary and note counts (all user text escaped)."""
    parts = [f"<h2>{escape(theme.title)}</h2>"]
    hosts = index.hosts_text(theme.uuid)
    room = index.room_name(theme.room_uuid) if theme.room_uuid else "no room"
    parts.append(f"<p>{escape(room)}{' · hosted by ' + escape(hosts) if hosts else ''}</p>")
    counts = " · ".join(f"{title}: {context.count(theme.uuid, cat)}" for cat, title in NOTE_CATEGORIES)
    parts.append(f"<p><b>Notes</b> — {escape(counts)}</p>")
    if theme.guiding_questions:
        items = "".join(f"<li>{escape(q)}</li>" for q in theme.guiding_questions)
        parts.append(f"<p><b>Guiding questions</b></p><ul>{items}</ul>")
    parts.append("<p><b>Summary</b></p>")
    if theme.summary.strip():
        parts.append("<p>" + escape(theme.summary.strip()).replace("\n", "<br>") + "</p>")
    else:
        parts.append("<p><i>No summary written yet.</i></p>")
    round_summaries = []
    for rnd in index.snap.rounds:
        summary = index.summary_of.get((rnd.uuid, theme.room_uuid)) if theme.room_uuid else None
        if summary is not None and summary.text.strip():
            text = escape(summary.text.strip()).replace("\n", "<br>")
            round_summaries.append(f"<li><b>{escape(index.round_label(rnd))}</b>: {text}</li>")
    if round_summaries:
        parts.append(f"<p><b>What each round concluded</b></p><ul>{''.join(round_summaries)}</ul>")
    return "".join(parts)
