"""The plenary presentation: full screen on a chosen screen, legible from the back of a hall, a presenter timer.

Contract
--------
* :class:`PresentationWindow` is a main-thread, top-level widget showing
  :class:`cafe.report.slides.Slide` s (frozen, built on the worker) laid out
  on pages by :func:`cafe.report.slide_pages.paginate` for the window's size:
  text never smaller than 1/22.5 of the screen's height, a theme spread over
  as many pages as it needs, nothing drawn past the footer. It reads nothing
  from the database; :meth:`PresentationWindow.set_slides` replaces the
  slides (the page shown is kept by its key), and a resize lays them out again.
* :meth:`PresentationWindow.present_on` opens it full screen on the screen
  given (the plenary view offers the screens, the second one first: the
  projector is usually there).
* Keys: Right, Page Down, Space, Down, Enter: next page; Left, Page Up,
  Backspace, Up: previous; Home/End: first/last; a click: next (right click:
  previous); F: full screen on/off; T: start, pause or resume this theme's
  timer; R: reset it; H or F1: the keys on the screen; Esc: leave. The footer
  shows the timer and the page number ("3 / 14").
* Language. The slides are an output: every word the pages add ("Summary",
  "Challenges (continued)", "overtime", the keys' help) is in the workshop's
  output language (``language``, :meth:`PresentationWindow.set_language`),
  through :mod:`cafe.i18n`, not in the window's; Arabic pages are drawn right to
  left (:mod:`ui.plenary.slide_painter`). The window's title and accessible name
  are the organiser's, in the window's language; its accessible description is
  the page shown (number and text), for a screen reader.
* :class:`PresenterTimer` keeps one :class:`cafe.clock.round_clock.RoundClock` of
  :data:`PRESENT_MINUTES` per theme against an injected
  :class:`cafe.clock.round_clock.Clock`: the time shown is deadline − now, never a count
  of ticks, so a busy event loop cannot make it wrong. Its refresh timer only
  repaints.
* :class:`PresenterChoices` stores which items the presenter shows, in which
  order, in QSettings under the workshop's uuid. It is a presenter's
  preference for one laptop, not workshop content: it needs no table, is not
  shared with other laptops, and the report never depends on it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QScreen
from PySide6.QtWidgets import QWidget

from cafe import i18n
from cafe.i18n import N_
from cafe.clock.round_clock import ClockState, RoundClock
from cafe.clock.text import format_remaining, next_tick_delay
from cafe.clock.watch import Clock, SystemClock
from cafe.report.slide_pages import Block, Labels, Page, TypeScale, find_page, paginate
from cafe.report.slides import Choices, Slide
from ui.plenary.present_keys import slide_key_help
from ui.plenary.slide_painter import ACCENT, OVERTIME, QtMeasure, paint_block, paint_footer, paint_page

PRESENT_MINUTES = 10
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


def page_labels(lang: str | None = None) -> Labels:
    """The words the pages add, in ``lang`` (the workshop's output language; None: the language in effect)."""
    with i18n.output_language(lang):
        _ = i18n._
        return Labels(summary=_("Summary"), round_summary=_("Summary of round {0}"),
                      continued=_("{0} (continued)"), nothing=_("Nothing chosen for this theme yet."))


class PresentationWindow(QWidget):
    """Slides for the plenary (see the module docstring). Emits :attr:`left` when closed."""

    left = Signal()
    #: the index of the page now shown
    slide_changed = Signal(int)

    def __init__(self, slides: list[Slide], *, clock: Clock | None = None, title: str = "",
                 language: str = "en", parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("{0} — presentation").format(title) if title else self.tr("Presentation"))
        self.setAccessibleName(self.tr("Presentation of outcomes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slides: list[Slide] = []
        self.pages: list[Page] = []
        self.current = 0
        self.show_help = False
        self.measure = QtMeasure()
        #: the slides' language (the workshop's output language), whatever the window's
        self.language = language if language in i18n.LANGUAGES else "en"
        self.timer = PresenterTimer(clock, parent=self)
        self.timer.changed.connect(self.update)
        self.resize(1280, 720)
        self.set_slides(slides)

    # -- content ------------------------------------------------------------------------------------
    def set_slides(self, slides: list[Slide]) -> None:
        """Show these slides, staying on the same page (by key) when it is still there."""
        self.slides = list(slides)
        self._lay_out()

    def set_language(self, lang: str) -> None:
        """Write the pages' own words in ``lang`` from now on (the slides come with their own texts)."""
        lang = lang if lang in i18n.LANGUAGES else "en"
        if lang != self.language:
            self.language = lang
            self._lay_out()

    @property
    def rtl(self) -> bool:
        """The slides read right to left (Arabic)."""
        return i18n.is_rtl(self.language)

    def _out(self, text: str) -> str:
        """``text`` in the slides' language."""
        with i18n.output_language(self.language):
            return i18n._(text)

    def _lay_out(self) -> None:
        page = self.page
        self.pages = paginate(self.slides, self.width(), self.height(), self.measure, page_labels(self.language))
        self.current = find_page(self.pages, page.key if page is not None else None,
                                 page.slide_key if page is not None else None)
        self._shown()

    @property
    def scale(self) -> TypeScale:
        return TypeScale.for_screen(self.width(), self.height())

    @property
    def page(self) -> Page | None:
        return self.pages[self.current] if 0 <= self.current < len(self.pages) else None

    @property
    def slide(self) -> Slide | None:
        """The theme (or the lessons) the page shown belongs to."""
        page = self.page
        return next((s for s in self.slides if page is not None and s.key == page.slide_key), None)

    def page_text(self) -> str:
        page = self.page
        if page is None:
            return self._out(N_("Nothing to present yet: add themes to the workshop."))
        return page.text()

    def page_number(self) -> str:
        return f"{self.current + 1} / {len(self.pages)}" if self.pages else ""

    def go(self, index: int) -> None:
        if not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        if index != self.current:
            self.current = index
            self._shown()
            self.slide_changed.emit(index)

    def _shown(self) -> None:
        self.setAccessibleDescription(f"{self.page_number()}\n{self.page_text()}")
        self.update()

    # -- the timer ----------------------------------------------------------------------------------
    def timer_text(self) -> str:
        """"10:00", "07:42 ⏸", "−01:10  overtime": the words do not rely on colour."""
        slide = self.slide
        if slide is None:
            return ""
        text = self.timer.text(slide.key)
        if self._overtime():
            text += "  " + self._out(N_("overtime"))
        return text

    def _overtime(self) -> bool:
        slide = self.slide
        return slide is not None and self.timer.state(slide.key) is ClockState.running \
            and self.timer.remaining(slide.key) < 0

    # -- drawing ------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scale = self.scale
        paint_page(painter, self.page, scale, self.measure, rtl=self.rtl)
        if self.page is None:
            paint_block(painter, Block("empty", self.page_text(), scale.margin_x, scale.margin_top,
                                       scale.width - 2 * scale.margin_x, scale.height / 2), scale, self.measure,
                        rtl=self.rtl)
        paint_footer(painter, scale, self.measure, self.timer_text(), self.page_number(),
                     OVERTIME if self._overtime() else ACCENT, rtl=self.rtl)
        if self.show_help:
            self._paint_help(painter, scale)
        painter.end()

    def _paint_help(self, painter: QPainter, scale: TypeScale) -> None:
        width = scale.width - 2 * scale.margin_x
        with i18n.output_language(self.language):
            text = slide_key_help()
        height = self.measure(text, scale.body, False, width - scale.body)
        top = scale.footer_top(self.measure) - height - 1.2 * scale.body
        painter.fillRect(int(scale.margin_x), int(top), int(width), int(height + scale.body), QColor("#eef2f7"))
        paint_block(painter, Block("help", text, scale.margin_x + scale.body / 2, top + scale.body / 2,
                                   width - scale.body, height), scale, self.measure, rtl=self.rtl)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    # -- screens --------------------------------------------------------------------------------------
    def present_on(self, screen: QScreen | None = None, *, full_screen: bool = True) -> None:
        """Show on ``screen`` (default: the primary one), full screen unless told otherwise."""
        screen = screen or QGuiApplication.primaryScreen()
        if screen is not None:
            if self.isVisible() and self.screen() is not screen:
                self.showNormal()  # a full-screen window moves to another screen only when normal
            self.winId()  # the native window, so that it can be put on the screen before it shows
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(screen)
            if full_screen:
                self.setGeometry(screen.geometry())
            else:
                self.move(screen.availableGeometry().topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- keys and clicks --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        k = Qt.Key
        slide = self.slide
        if key in (k.Key_Right, k.Key_PageDown, k.Key_Space, k.Key_Down, k.Key_Return, k.Key_Enter):
            self.go(self.current + 1)
        elif key in (k.Key_Left, k.Key_PageUp, k.Key_Backspace, k.Key_Up):
            self.go(self.current - 1)
        elif key == k.Key_Home:
            self.go(0)
        elif key == k.Key_End:
            self.go(len(self.pages) - 1)
        elif key == k.Key_F:
            self.toggle_full_screen()
        elif key == k.Key_T and slide is not None:
            self.timer.toggle(slide.key)
        elif key == k.Key_R and slide is not None:
            self.timer.reset(slide.key)
        elif key in (k.Key_H, k.Key_F1, k.Key_Question):
            self.show_help = not self.show_help
            self.update()
        elif key == k.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.go(self.current + 1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.go(self.current - 1)
        else:
            super().mousePressEvent(event)

    def closeEvent(self, event) -> None:
        self.left.emit()
        super().closeEvent(event)
