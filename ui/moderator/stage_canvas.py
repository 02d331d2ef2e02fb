"""What a stage display shows, and the widget that paints it.

:func:`stage_content` turns the rooms' statuses (:func:`cafe.clock.overview.room_statuses`)
into a :class:`StageContent`; :class:`StageCanvas` paints one, sizing every font
from its own size, and repaints only when the content changes. Warning, danger
and overtime show by colour *and* words *and* a bar of time left; overtime digits
blink (dim on every other shown second). Main thread only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QWidget

from cafe.clock.overview import RoomStatus, round_room_uuids
from cafe.clock.text import Phase

if TYPE_CHECKING:
    from cafe.storage.workshop_index import WorkshopIndex

BACKGROUND = QColor("#101418")
TEXT = QColor("#f4f4f4")
MUTED = QColor("#a9b1ba")
BAR_BACK = QColor("#2b323a")
MESSAGE_BACK = QColor("#ffd54f")
MESSAGE_TEXT = QColor("#111111")
#: digits and words by phase; each phase also has its own words, so colour is never the only sign
PHASE_COLOURS: dict[Phase | None, QColor] = {
    Phase.normal: QColor("#f4f4f4"),
    Phase.warning: QColor("#ffb300"),
    Phase.danger: QColor("#ff7a3d"),
    Phase.overtime: QColor("#ff3b30"),
    Phase.paused: QColor("#8ec5ff"),
    Phase.scheduled: QColor("#c7ced6"),
    Phase.finished: QColor("#8a939c"),
}
#: the accent of the bar: green while there is plenty of time
BAR_COLOURS: dict[Phase | None, QColor] = {**PHASE_COLOURS, Phase.normal: QColor("#43a047")}
DIM_ALPHA = 80


@dataclass(frozen=True)
class StageContent:
    """Everything a stage display shows at one instant; equal content means no repaint."""

    headline: str
    subline: str
    digits: str
    words: str
    phase: Phase | None
    #: share of the planned time left, 0..1; None for no bar
    fraction: float | None
    next_text: str
    message: str
    #: the digits are dimmed (overtime blink)
    dim: bool = False
    notice: str = ""

    @property
    def colour(self) -> QColor:
        return PHASE_COLOURS.get(self.phase, TEXT)


EMPTY = StageContent("Knowledge Café", "", "--:--", "No round on the agenda", None, None, "", "")


def _bar_fraction(status: RoomStatus) -> float | None:
    if status.planned_s <= 0:
        return None
    return min(max(status.remaining_s / status.planned_s, 0.0), 1.0)


def _blink(status: RoomStatus) -> bool:
    """Dim on every other shown second of overtime (the blink follows the tick)."""
    return status.phase is Phase.overtime and math.ceil(status.remaining_s) % 2 == 1


def _moves(statuses: Sequence[RoomStatus]) -> str:
    parts = []
    for st in statuses:
        move = f"{st.group} → {st.room}" if st.group else st.room
        parts.append(move)
    return " · ".join(parts)


def shown_status(statuses: Sequence[RoomStatus], room_uuid: str | None,
                 index: WorkshopIndex | None = None) -> tuple[RoomStatus | None, list[RoomStatus]]:
    """(the status whose clock a display shows, the rooms it covers).

    For one room: that room. For all rooms: the rooms taking part in the
    round, and among their live clocks the one with the least time left.
    """
    if not statuses or statuses[0].round_uuid is None:
        return None, []
    if room_uuid is not None:
        st = next((s for s in statuses if s.room_uuid == room_uuid), None)
        return st, [st] if st is not None else []
    taking_part = set(round_room_uuids(index, statuses[0].round_uuid)) if index is not None else set()
    shown = [s for s in statuses if s.room_uuid in taking_part] or list(statuses)
    live = [s for s in shown if s.state in ("running", "paused")]
    return (min(live, key=lambda s: s.remaining_s) if live else shown[0]), shown


def stage_content(statuses: Sequence[RoomStatus], room_uuid: str | None, index: WorkshopIndex | None = None,
                  notice: str = "") -> StageContent:
    """What a display for ``room_uuid`` (None: all rooms) shows, from the rooms' statuses."""
    st, shown = shown_status(statuses, room_uuid, index)
    if st is None:
        if room_uuid is not None and statuses and statuses[0].round_uuid is not None:
            return replace(EMPTY, words="This room no longer exists", notice=notice)
        return replace(EMPTY, next_text=statuses[0].next_up if statuses else "", notice=notice)
    if room_uuid is not None:
        subline = st.theme if st.theme_short and st.theme_short != st.theme else ""
        following = f"Next here: {st.next_group}" if st.next_group else ""
        next_text = " · ".join(t for t in (st.next_line, following) if t)
        return StageContent(st.headline, subline, st.clock_text, st.phase_text, st.phase, _bar_fraction(st),
                            next_text, st.message, _blink(st), notice)
    same = all(s.clock_text == st.clock_text and s.state == st.state for s in shown)
    if same:
        subline = _moves(shown)
    else:
        subline = " · ".join(f"{s.room} {s.clock_text}" + (" (paused)" if s.state == "paused" else "")
                             for s in shown)
    # a message sent to one room stays in that room; the moderator's clock shows one sent to all
    messages = {s.message for s in shown}
    message = messages.pop() if len(messages) == 1 else ""
    return StageContent(f"Round {st.round_number} — all rooms", subline, st.clock_text, st.phase_text, st.phase,
                        _bar_fraction(st), st.next_line, message, _blink(st), notice)


# --------------------------------------------------------------------------- painting


class StageCanvas(QWidget):
    """Paints a :class:`StageContent`; sizes every font from the widget's size."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = EMPTY
        #: paint events handled (benchmarks and tests read it)
        self.paint_count = 0
        self._digit_font_cache: tuple[Any, QFont, float] | None = None
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 200)

    def set_content(self, content: StageContent) -> bool:
        """Show ``content``; repaints only when it differs from what is shown. True if it did."""
        if content == self.content:
            return False
        self.content = content
        self.update()
        return True

    # -- geometry ---------------------------------------------------------------------------------
    def layout_rects(self) -> dict[str, QRectF]:
        """Where each part goes in the current size (fractions of the height)."""
        w, h = float(self.width()), float(self.height())
        m = 0.03 * min(w, h)
        inner = w - 2 * m
        rects: dict[str, QRectF] = {}
        y = m
        rects["headline"] = QRectF(m, y, inner, 0.075 * h)
        y += 0.075 * h
        rects["subline"] = QRectF(m, y, inner, 0.055 * h)
        y += 0.065 * h
        bottom = h
        if self.content.message:
            rects["message"] = QRectF(0, h - 0.11 * h, w, 0.11 * h)
            bottom -= 0.11 * h
        rects["notice"] = QRectF(m, bottom - 0.045 * h, inner, 0.04 * h)
        bottom -= 0.05 * h
        rects["next"] = QRectF(m, bottom - 0.065 * h, inner, 0.065 * h)
        bottom -= 0.085 * h
        rects["bar"] = QRectF(m, bottom - 0.03 * h, inner, 0.03 * h)
        bottom -= 0.05 * h
        rects["words"] = QRectF(m, bottom - 0.1 * h, inner, 0.1 * h)
        bottom -= 0.1 * h
        rects["digits"] = QRectF(m, y, inner, max(bottom - y, 10.0))
        return rects

    def digit_font(self, rect: QRectF, text: str) -> tuple[QFont, float]:
        """The largest bold font whose ``text`` fits ``rect`` and the height of its digits.

        Sized on a pattern with every digit replaced by 0, so the size does
        not change from second to second (the bundled font's digits share
        one width).
        """
        pattern = "".join("0" if c.isdigit() else c for c in text)
        key = (round(rect.width()), round(rect.height()), pattern)
        if self._digit_font_cache is not None and self._digit_font_cache[0] == key:
            return self._digit_font_cache[1], self._digit_font_cache[2]
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(200)
        metrics = QFontMetricsF(font)
        advance = max(metrics.horizontalAdvance(pattern), 1.0)
        ink = max(metrics.tightBoundingRect("0").height(), 1.0)
        size = max(8, int(min(rect.width() * 0.96 * 200 / advance, rect.height() * 0.92 * 200 / ink)))
        font.setPixelSize(size)
        digit_height = ink * size / 200
        self._digit_font_cache = (key, font, digit_height)
        return font, digit_height

    def _text_font(self, height: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        font.setPixelSize(max(8, int(height * 0.72)))
        return font

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        self.paint_count += 1
        c = self.content
        rects = self.layout_rects()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), BACKGROUND)
        self._line(p, rects["headline"], c.headline, TEXT, bold=True)
        self._line(p, rects["subline"], c.subline, MUTED)

        digits_rect = rects["digits"]
        font, digit_height = self.digit_font(digits_rect, c.digits)
        colour = QColor(c.colour)
        if c.dim:
            colour.setAlpha(DIM_ALPHA)
        p.setFont(font)
        p.setPen(colour)
        width = QFontMetricsF(font).horizontalAdvance(c.digits)
        baseline = digits_rect.center().y() + digit_height / 2
        p.drawText(QPointF(digits_rect.center().x() - width / 2, baseline), c.digits)

        self._line(p, rects["words"], c.words, c.colour, bold=True, centre=True)
        if c.fraction is not None:
            self._bar(p, rects["bar"], c.fraction, BAR_COLOURS.get(c.phase, TEXT))
        self._line(p, rects["next"], c.next_text, TEXT, centre=True)
        if c.notice:
            self._line(p, rects["notice"], c.notice, MUTED, centre=True)
        if c.message and "message" in rects:
            r = rects["message"]
            p.fillRect(r, MESSAGE_BACK)
            self._line(p, r.adjusted(r.height() * 0.3, r.height() * 0.12, -r.height() * 0.3, -r.height() * 0.12),
                       c.message, MESSAGE_TEXT, bold=True, centre=True)
        p.end()

    def _line(self, p: QPainter, rect: QRectF, text: str, colour: QColor, *, bold: bool = False,
              centre: bool = False) -> None:
        if not text:
            return
        font = self._text_font(rect.height(), bold)
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(text) > rect.width():  # shrink a little before eliding
            font.setPixelSize(max(8, int(font.pixelSize() * max(0.6, rect.width() / metrics.horizontalAdvance(text)))))
            metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        p.setFont(font)
        p.setPen(colour)
        align = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
        p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)

    def _bar(self, p: QPainter, rect: QRectF, fraction: float, colour: QColor) -> None:
        radius = rect.height() / 2
        back = QPainterPath()
        back.addRoundedRect(rect, radius, radius)
        p.fillPath(back, BAR_BACK)
        if fraction > 0:
            filled = QRectF(rect.left(), rect.top(), max(rect.width() * fraction, rect.height()), rect.height())
            path = QPainterPath()
            path.addRoundedRect(filled, radius, radius)
            p.fillPath(path, colour)
        else:  # overtime: an outline in the phase colour around the empty bar
            p.setPen(colour)
            p.drawPath(back)
