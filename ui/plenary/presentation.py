"""The plenary presentation: one theme per slide, full screen on a chosen screen, a presenter timer.

Contract
--------
* :class:`PresentationWindow` is a main-thread, top-level widget showing
  :class:`cafe.report.slides.Slide` s (frozen, built on the worker). It reads
  nothing from the database; :meth:`PresentationWindow.set_slides` replaces
  the slides (the current one is kept by its key).
* Keys: Right, Page Down, Space, Down: next slide; Left, Page Up, Backspace,
  Up: previous; Home/End: first/last; F: full screen on/off; T: start, pause
  or resume this slide's timer; R: reset it; Esc: leave the presentation.
* :class:`PresenterTimer` keeps one :class:`cafe.clock.round_clock.RoundClock` of
  :data:`PRESENT_MINUTES` per slide against an injected
  :class:`cafe.clock.round_clock.Clock`: the time shown is deadline − now, never a count
  of ticks, so a busy event loop cannot make it wrong. Its refresh timer only
  repaints.
* :class:`PresenterChoices` stores which items the presenter shows, in which
  order, in QSettings under the workshop's uuid. It is a presenter's
  preference for one laptop, not workshop content: it needs no table, is not
  shared with other laptops, and the report never depends on it.
"""

from __future__ import annotations

import html
from typing import Any, cast

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayoutItem, QSizePolicy, QVBoxLayout, QWidget

from cafe.clock.round_clock import ClockState, RoundClock
from cafe.clock.text import format_remaining, next_tick_delay
from cafe.clock.watch import Clock, SystemClock
from cafe.report.slides import Choices, Slide

PRESENT_MINUTES = 10
#: the smallest share of the normal text size a crowded slide shrinks to
MIN_SCALE = 0.55
_SETTINGS_KEY = "plenary/choices/"


class PresenterChoices:
    """The presenter's item choices per workshop, kept in QSettings (main thread)."""

    def __init__(self, workshop_uuid: str):
        self.key = _SETTINGS_KEY + workshop_uuid

    def load(self) -> Choices:
        value = QSettings().value(self.key, "")
        return Choices.from_json(value if isinstance(value, str) else "")

    def save(self, choices: Choices) -> None:
        settings = QSettings()
        settings.setValue(self.key, choices.to_json())
        settings.sync()


class PresenterTimer(QObject):
    """One ten-minute clock per slide key; :attr:`changed` when what it shows may have changed."""

    changed = Signal()

    def __init__(self, clock: Clock | None = None, minutes: float = PRESENT_MINUTES,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.clock = clock or SystemClock()
        self.planned_s = minutes * 60.0
        self.clocks: dict[str, RoundClock] = {}
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setTimerType(Qt.TimerType.PreciseTimer)
        self._refresh.timeout.connect(self._repaint)

    def clock_of(self, key: str) -> RoundClock:
        return self.clocks.get(key) or RoundClock.scheduled(self.planned_s)

    def toggle(self, key: str) -> None:
        """Start, pause or resume the slide's timer (a finished one starts again)."""
        now = self.clock.wall()
        clock = self.clock_of(key)
        if clock.state is ClockState.running:
            clock = clock.pause(now)
        elif clock.state is ClockState.paused:
            clock = clock.resume(now)
        elif clock.state is ClockState.scheduled:
            clock = clock.start(now)
        else:
            clock = clock.restart(now)
        self.clocks[key] = clock
        self._repaint()

    def reset(self, key: str) -> None:
        self.clocks.pop(key, None)
        self._repaint()

    def remaining(self, key: str) -> float:
        return self.clock_of(key).remaining(self.clock.wall())

    def state(self, key: str) -> ClockState:
        return self.clock_of(key).state

    def text(self, key: str) -> str:
        """"10:00", "07:42 ⏸", "−01:10" (overtime): the words do not rely on colour."""
        clock = self.clock_of(key)
        shown = format_remaining(clock.remaining(self.clock.wall()))
        if clock.state is ClockState.paused:
            return shown + " ⏸"
        return shown

    def _repaint(self) -> None:
        self.changed.emit()
        running = [c for c in self.clocks.values() if c.state is ClockState.running]
        if running:
            now = self.clock.wall()
            delay = min(next_tick_delay(c.remaining(now)) for c in running)
            self._refresh.start(max(20, int(delay * 1000)))
        else:
            self._refresh.stop()


class PresentationWindow(QWidget):
    """Slides for the plenary (see the module docstring). Emits :attr:`left` when closed."""

    left = Signal()
    slide_changed = Signal(int)

    def __init__(self, slides: list[Slide], *, clock: Clock | None = None, title: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(f"{title} — presentation" if title else "Presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setStyleSheet("QWidget#presentation { background: #ffffff; } QLabel { color: #1b1b1b; }")
        self.slides: list[Slide] = []
        self.current = 0
        self.timer = PresenterTimer(clock, parent=self)
        self.timer.changed.connect(self._show_timer)

        self.title = QLabel()
        self.title.setObjectName("slide_title")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("slide_subtitle")
        self.subtitle.setWordWrap(True)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("presenter_timer")
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel()
        self.summary.setObjectName("slide_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.columns = [QLabel() for _ in range(3)]
        for n, label in enumerate(self.columns):
            label.setObjectName(f"slide_column_{n}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.footer = QLabel()
        self.footer.setObjectName("slide_footer")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignRight)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        top.addLayout(heading, 1)
        top.addWidget(self.clock_label)
        body = QHBoxLayout()
        body.setSpacing(28)
        for label in self.columns:
            body.addWidget(label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 24)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(self.footer)
        self.resize(1280, 720)
        self.set_slides(slides)

    # -- content ------------------------------------------------------------------------------------
    def set_slides(self, slides: list[Slide]) -> None:
        """Show these slides, staying on the same slide (by key) when it is still there."""
        key = self.slides[self.current].key if self.slides else None
        self.slides = list(slides)
        keys = [s.key for s in self.slides]
        self.current = keys.index(key) if key in keys else min(self.current, max(0, len(keys) - 1))
        self._show()

    @property
    def slide(self) -> Slide | None:
        return self.slides[self.current] if self.slides else None

    def go(self, index: int) -> None:
        if not self.slides:
            return
        index = max(0, min(index, len(self.slides) - 1))
        if index != self.current:
            self.current = index
            self._show()
            self.slide_changed.emit(index)

    def _show(self) -> None:
        slide = self.slide
        self._apply_fonts()
        if slide is None:
            self.title.setText("Nothing to present yet")
            self.subtitle.setText("Add themes to the workshop first.")
            self.summary.setText("")
            for label in self.columns:
                label.setText("")
            self.footer.setText("")
            self._show_timer()
            return
        self.title.setText(slide.title)
        self.subtitle.setText(slide.subtitle)
        if slide.lessons:
            self.summary.setText("")
            half = (len(slide.lessons) + 1) // 2
            parts = [slide.lessons[:half], slide.lessons[half:], ()]
            for label, lessons in zip(self.columns, parts):
                label.setText("".join(f"<p><b>{_h(t)}</b><br>{_h(x)}</p>" for t, x in lessons))
        else:
            self.summary.setText("".join(f"<p>{_h(p)}</p>" for p in slide.summary))
            for label, (title, items) in zip(self.columns, slide.columns):
                label.setText(_column_html(title, items))
        self.footer.setText(f"{self.current + 1} / {len(self.slides)}   ·   ← →  slides   T  timer   "
                            "F  full screen   Esc  leave")
        self._show_timer()
        self._fit()

    def _show_timer(self) -> None:
        slide = self.slide
        if slide is None:
            self.clock_label.setText("")
            return
        state = self.timer.state(slide.key)
        text = self.timer.text(slide.key)
        overtime = state is ClockState.running and self.timer.remaining(slide.key) < 0
        self.clock_label.setText(text + ("  overtime" if overtime else ""))
        self.clock_label.setStyleSheet("color: #b00020;" if overtime else "color: #1f4e79;")

    def _apply_fonts(self, scale: float = 1.0) -> None:
        # Scale with the window, so the same slide reads on a laptop and on a projector.
        base = max(9.0, self.height() / 48)
        for label, factor, bold in ((self.title, 2.0, True), (self.subtitle, 1.05, False),
                                    (self.clock_label, 1.8, True), (self.summary, scale, False),
                                    (self.footer, 0.7, False), *((c, 0.95 * scale, False) for c in self.columns)):
            font = QFont(label.font())
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            label.setFont(font)

    def _fit(self) -> None:
        """Shrink the summary and the columns until the slide fits the window (down to a floor)."""
        layout = cast(QVBoxLayout, self.layout())  # see __init__
        body = cast(QHBoxLayout, cast(QLayoutItem, layout.itemAt(2)).layout())  # the columns (see __init__)
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        col_width = max(50, (width - 2 * body.spacing()) // 3)
        scale = 1.0
        while True:
            self._apply_fonts(scale)
            used = (self.title.heightForWidth(width - self.clock_label.sizeHint().width())
                    + self.subtitle.heightForWidth(width) + self.footer.sizeHint().height()
                    + margins.top() + margins.bottom() + 4 * layout.spacing())
            if self.summary.text():
                used += self.summary.heightForWidth(width)
            used += max(c.heightForWidth(col_width) for c in self.columns)
            if used <= self.height() or scale <= MIN_SCALE:
                return
            scale = round(scale - 0.05, 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- screens --------------------------------------------------------------------------------------
    def present_on(self, screen: QScreen | None = None, *, full_screen: bool = True) -> None:
        """Show on ``screen`` (default: the primary one), full screen unless told otherwise."""
        screen = screen or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- keys -----------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        k = Qt.Key
        if key in (k.Key_Right, k.Key_PageDown, k.Key_Space, k.Key_Down):
            self.go(self.current + 1)
        elif key in (k.Key_Left, k.Key_PageUp, k.Key_Backspace, k.Key_Up):
            self.go(self.current - 1)
        elif key == k.Key_Home:
            self.go(0)
        elif key == k.Key_End:
            self.go(len(self.slides) - 1)
        elif key == k.Key_F:
            self.toggle_full_screen()
        elif key == k.Key_T and self.slide is not None:
            self.timer.toggle(self.slide.key)
        elif key == k.Key_R and self.slide is not None:
            self.timer.reset(self.slide.key)
        elif key == k.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.left.emit()
        super().closeEvent(event)


def _h(text: str) -> str:
    """User text for a rich-text label: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def _column_html(title: str, items: Any) -> str:
    parts = [f"<p style='font-weight:600; color:#1f4e79'>{_h(title)}</p>"]
    heading = None
    for item in items:
        if item.heading and item.heading != heading:
            parts.append(f"<p style='margin-top:6px'><b>{_h(item.heading)}</b></p>")
        heading = item.heading
        parts.append(f"<p style='margin-left:10px'>• {_h(item.text)}</p>")
    if not items:
        parts.append("<p><i>Nothing chosen for this column.</i></p>")
    return "".join(parts)
