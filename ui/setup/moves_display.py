"""The projector view for the move between rounds.

A window for the chosen round (by default the next round to start), sized to
fill the screen: the round once as a heading ("Now moving to round 2 · 15:00"),
a clock, the break, then one big line per group ("Group A → Room XI (Regular
pathways)"). The clock (:func:`cafe.clock.between.move_clock`) counts the time
left in the round before while it still runs, then the time until the round
starts ("12:34 until round 2 starts at 15:00"), then the time left in the round
itself; the break line says "Lunch break until 15:00". F toggles full screen,
Esc leaves full screen (or closes the window). A bar at the top, hidden in full
screen, chooses the round and the screen to show it on. The lines come from
:func:`cafe.people.routes.move_lines` and follow every change of the workshop;
the clock follows the window's clock ticker (once a second).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cafe.storage.workshop_index import WorkshopIndex
from ui.common.clock_ticker import ClockTicker, ticker_for

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController

BACKGROUND = "#101820"
FOREGROUND = "#ffffff"
#: the clock's caption and the break line
MUTED = "#c9d1d9"
#: the largest and smallest point sizes of the lines
MAX_POINTS = 96
MIN_POINTS = 12


class MovesDisplay(QWidget):
    """See the module docstring. Main thread; follows ``controller.snapshot_changed``."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None, round_uuid: str | None = None,
                 ticker: ClockTicker | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.ticker = ticker if ticker is not None else ticker_for(controller)
        self.setWindowTitle(self.tr("Moves between rounds"))
        self.setStyleSheet(f"background: {BACKGROUND}; color: {FOREGROUND};")
        self.resize(1100, 620)
        self._chosen = round_uuid
        self.index: WorkshopIndex | None = None

        self.round_choice = QComboBox()
        self.round_choice.currentIndexChanged.connect(self._round_picked)
        self.screen_choice = QComboBox()
        self.screen_choice.currentIndexChanged.connect(self._screen_picked)
        self.round_choice.setAccessibleName(self.tr("Round"))
        self.screen_choice.setAccessibleName(self.tr("Screen"))
        self.full_button = QPushButton(self.tr("Full screen (F)"))
        self.full_button.setAccessibleName(self.tr("Full screen"))
        self.full_button.clicked.connect(self.toggle_full_screen)
        hint = QLabel(self.tr("F: full screen · Esc: leave full screen"))
        round_label = QLabel(self.tr("&Round:"))
        round_label.setBuddy(self.round_choice)
        screen_label = QLabel(self.tr("&Screen:"))
        screen_label.setBuddy(self.screen_choice)
        self.bar = QWidget()
        self.bar.setStyleSheet("QWidget { background: #e8e8e8; color: #000; }")
        bar = QHBoxLayout(self.bar)
        bar.addWidget(round_label)
        bar.addWidget(self.round_choice)
        bar.addWidget(screen_label)
        bar.addWidget(self.screen_choice)
        bar.addWidget(self.full_button)
        bar.addStretch(1)
        bar.addWidget(hint)

        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setAccessibleName(self.tr("Round"))
        self.clock_digits = QLabel()
        self.clock_digits.setAccessibleName(self.tr("Clock"))
        self.clock_caption = QLabel()
        self.clock_caption.setStyleSheet(f"color: {MUTED};")
        self.clock_caption.setAccessibleName(self.tr("What the clock counts"))
        clock_row = QHBoxLayout()
        clock_row.addStretch(1)
        clock_row.addWidget(self.clock_digits, 0, Qt.AlignmentFlag.AlignBaseline)
        clock_row.addSpacing(24)
        clock_row.addWidget(self.clock_caption, 0, Qt.AlignmentFlag.AlignBaseline)
        clock_row.addStretch(1)
        self.break_label = QLabel()
        self.break_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.break_label.setStyleSheet(f"color: {MUTED};")
        self.break_label.setAccessibleName(self.tr("Break"))
        self.line_labels: list[QLabel] = []
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(18)
        body = QVBoxLayout()
        body.setContentsMargins(48, 24, 48, 24)
        body.addWidget(self.heading)
        body.addLayout(clock_row)
        body.addWidget(self.break_label)
        body.addStretch(1)
        body.addLayout(self.lines_box)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addLayout(body, 1)

        self._fill_screens()
        self.ticker.tick.connect(self.show_clock)
        controller.snapshot_changed.connect(self.set_snapshot)
        if controller.index is not None:
            self.set_snapshot(controller.index, None)

    # -- content ---------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, _update: SnapshotUpdate | None) -> None:
        from cafe.people import routes

        self.index = index
        wanted = [(index.round_label(r), r.uuid) for r in index.snap.rounds]
        current = self._chosen or self.round_choice.currentData() or routes.next_round(index.snap)
        self.round_choice.blockSignals(True)
        self.round_choice.clear()
        for text, uuid in wanted:
            self.round_choice.addItem(text, uuid)
        found = self.round_choice.findData(current)
        self.round_choice.setCurrentIndex(found if found >= 0 else (0 if wanted else -1))
        self.round_choice.blockSignals(False)
        self._show_lines()

    def lines(self) -> list[str]:
        """The lines on screen, top to bottom."""
        return [label.text() for label in self.line_labels]

    def choose_round(self, round_uuid: str) -> None:
        found = self.round_choice.findData(round_uuid)
        if found >= 0:
            self.round_choice.setCurrentIndex(found)

    def _round_picked(self, _i: int) -> None:
        self._chosen = self.round_choice.currentData()
        self._show_lines()

    def _show_lines(self) -> None:
        from cafe.people import routes

        index = self.index
        round_uuid = self.round_choice.currentData()
        rnd = index.rounds.get(round_uuid) if index is not None and round_uuid else None
        texts = list(routes.move_lines(index.snap, round_uuid)) if index is not None and round_uuid else []
        if rnd is not None:  # the heading names the round once: no "Round 2 —" on every line
            prefix = f"Round {rnd.number} \u2014 "
            texts = [t.removeprefix(prefix) for t in texts]
        if index is not None and round_uuid and not texts:
            texts = [self.tr("No group has a room in this round yet.")]
        if index is not None and not index.snap.rounds:
            texts = [self.tr("The agenda has no rounds yet.")]
        while len(self.line_labels) < len(texts):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.lines_box.addWidget(label)
            self.line_labels.append(label)
        while len(self.line_labels) > len(texts):
            label = self.line_labels.pop()
            label.setParent(None)
            label.deleteLater()
        for label, text in zip(self.line_labels, texts):
            label.setText(text)
        item = index.round_item(rnd) if index is not None and rnd is not None else None
        heading = ""
        if rnd is not None:
            heading = (self.tr("Now moving to round {0} · {1}").format(rnd.number, QLocale().toString(QTime(item.start.hour, item.start.minute), "HH:mm"))
                       if item else self.tr("Now moving to round {0}").format(rnd.number))
        self.heading.setText(heading)
        self.show_clock(self.ticker.now())
        self._fit_fonts()

    def show_clock(self, now: dt.datetime) -> None:
        """The move's clock and the break at ``now`` (on every tick; only changed texts are set)."""
        from cafe.clock.between import MoveClock, move_clock

        index = self.index
        round_uuid = self.round_choice.currentData()
        shown = move_clock(index.snap, round_uuid, now) if index is not None and round_uuid else MoveClock()
        for label, text in ((self.clock_digits, shown.digits), (self.clock_caption, shown.caption),
                            (self.break_label, shown.break_text)):
            if label.text() != text:
                label.setText(text)
            if label.isHidden() == bool(text):
                label.setVisible(bool(text))

    def clock_text(self) -> str:
        """The clock as shown: "12:34 until round 2 starts at 15:00"."""
        return " ".join(t for t in (self.clock_digits.text(), self.clock_caption.text()) if t)

    def _fit_fonts(self) -> None:
        """The largest size at which every line fits the width and all fit the height."""
        texts = self.lines()
        if not texts:
            return
        width = max(200, self.width() - 110)
        height = max(120, self.height() - (0 if self.isFullScreen() else self.bar.sizeHint().height()) - 140)
        # the heading, the clock (1.6 lines) and the break take about three lines' height
        size = min(MAX_POINTS, max(MIN_POINTS, int(height / ((len(texts) + 3.2) * 1.75))))
        font = QFont(self.font())
        font.setBold(True)
        while size > MIN_POINTS:
            font.setPointSize(size)
            metrics = QFontMetrics(font)
            if max(metrics.horizontalAdvance(t) for t in texts) <= width:
                break
            size -= 2
        font.setPointSize(size)
        for label in self.line_labels:
            label.setFont(font)
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSize(max(MIN_POINTS, int(size * 0.8)))
        self.heading.setFont(heading)
        digits = QFont(self.font())
        digits.setBold(True)
        digits.setPointSize(max(MIN_POINTS, int(size * 1.6)))
        self.clock_digits.setFont(digits)
        caption = QFont(self.font())
        caption.setPointSize(max(MIN_POINTS, int(size * 0.6)))
        self.clock_caption.setFont(caption)
        self.break_label.setFont(caption)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    # -- screens and full screen -----------------------------------------------------------------
    def _fill_screens(self) -> None:
        self.screen_choice.blockSignals(True)
        self.screen_choice.clear()
        for n, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            self.screen_choice.addItem(self.tr("{0}: {1} ({2}×{3})").format(
                n, screen.name() or self.tr("screen"), size.width(), size.height()), n - 1)
        self.screen_choice.blockSignals(False)

    def _screen_picked(self, i: int) -> None:
        screens = QGuiApplication.screens()
        if not 0 <= i < len(screens):
            return
        screen = screens[i]
        was_full = self.isFullScreen()
        if was_full:
            self.showNormal()
        handle = self.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        self.move(screen.availableGeometry().topLeft())
        if was_full:
            self.showFullScreen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            self.bar.show()
        else:
            self.bar.hide()
            self.showFullScreen()
        self._fit_fonts()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.toggle_full_screen()
            else:
                self.close()
        else:
            super().keyPressEvent(event)


def open_moves_display(controller: WorkshopController, parent: QWidget | None = None,
                       round_uuid: str | None = None) -> MovesDisplay:
    """Show the projector view (one per parent window: an open one is raised and reused)."""
    existing = getattr(parent, "_moves_display", None) if parent is not None else None
    if existing is not None:
        try:
            existing.raise_()
            existing.activateWindow()
            if round_uuid:
                existing.choose_round(round_uuid)
            return existing
        except RuntimeError:
            pass  # the window was closed and deleted
    display = MovesDisplay(controller, parent, round_uuid)
    display.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        cast(Any, parent)._moves_display = display  # kept on any window: not a declared attribute
        display.destroyed.connect(lambda *_: setattr(parent, "_moves_display", None))
    display.show()
    return display
