"""The widget that paints a stage display's :class:`~ui.moderator.stage_content.StageContent`.

Every font is sized from the widget's size; it repaints only when the content
changes. Each phase has its own word *and* its own look, so colour is never the
only sign: "Running" in white with a green bar; "Wrap up · 10 minutes left" in
amber; "Final minutes" / "Final minute" in red with a red frame round the
screen; "Overtime 3:10" on a screen turned red, its digits blinking (dim on
every other shown second). Beside the words stands the end time on the
workshop's wall clock ("ends 13:05"); below the clock, when the display is
asked to, the room's guiding questions. Main thread only.

The texts are painted in the language they were written in (the workshop's
output language, :attr:`StageContent.language`); Arabic lines are aligned to
the right and read right to left, the words stand right of the end time and
the bar fills from the right; the digits always read left to right.

Assistive technology: the accessible name says what the widget is and shows
("Stage clock — Round 1 — …"), the accessible description the phase, whole
minutes left, end time and what is next (so it changes at most once a minute,
not every second), and each phase change (warning, final minutes, time up,
paused, ended) is announced once with a ``QAccessibleAnnouncementEvent``
(assertive for warning, final minutes and time up). Those texts are in the
window's language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

from cafe import i18n
from cafe.clock.text import Phase
from cafe.i18n import _, ngettext
from ui.moderator.stage_content import (
    BAR_BACK,
    BAR_COLOURS,
    DIM_ALPHA,
    EMPTY,
    FRAME_COLOURS,
    MESSAGE_BACK,
    MESSAGE_TEXT,
    OVERTIME_BAR_BACK,
    PHASE_COLOURS,
    TEXT,
    StageContent,
    empty_content,
    shown_status,
    stage_content,
)

__all__ = ["EMPTY", "PHASE_COLOURS", "StageCanvas", "StageContent", "empty_content", "shown_status",
           "stage_content"]

#: the smallest type of the guiding questions, as a share of the height (about 26 px at 1080)
QUESTION_MIN = 0.024
#: the least share of the height the digits keep when the guiding questions are shown
DIGITS_MIN = 0.24


#: phase changes announced assertively (they interrupt): the moderator must hear them at once
URGENT_PHASES = (Phase.warning, Phase.danger, Phase.overtime)


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have screen readers say ``text`` now (a ``QAccessibleAnnouncementEvent`` from ``widget``)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


class StageCanvas(QWidget):
    """Paints a :class:`StageContent`; sizes every font from the widget's size.

    Its accessible name says what it is ("Stage clock — Round 1 — …"); its
    accessible description says the phase, the whole minutes left, the end time
    and what comes next, and changes only when one of those does.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = EMPTY
        #: paint events handled (benchmarks and tests read it)
        self.paint_count = 0
        self._digit_font_cache: tuple[Any, QFont, float] | None = None
        self._question_cache: tuple[Any, QFont, int] | None = None
        #: the phase changes announced to screen readers, in order (tests read it)
        self.announced: list[str] = []
        self.setAutoFillBackground(False)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 200)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the Menu key opens the right-click menu
        self._set_accessible(self.content)

    def set_content(self, content: StageContent) -> bool:
        """Show ``content``; repaints only when it differs from what is shown. True if it did."""
        if content == self.content:
            return False
        before = self.content
        self._set_accessible(content)
        self.content = content
        if (before.phase is not None and content.phase is not None and content.phase != before.phase
                and content.announcement):
            self.announced.append(content.announcement)
            announce(self, content.announcement, content.phase in URGENT_PHASES)
        self.update()
        return True

    def _set_accessible(self, content: StageContent) -> None:
        name = QCoreApplication.translate("StageDisplay", "Stage clock — {0}").format(
            content.spoken_headline or content.headline)
        if self.accessibleName() != name:
            self.setAccessibleName(name)
        spoken = content.spoken or ". ".join(t for t in (content.words, content.next_text) if t)
        if self.accessibleDescription() != spoken:
            self.setAccessibleDescription(spoken)

    @property
    def right_to_left(self) -> bool:
        return i18n.is_rtl(self.content.language)

    # -- geometry ---------------------------------------------------------------------------------
    def layout_rects(self) -> dict[str, QRectF]:
        """Where each part goes in the current size (fractions of the height)."""
        c = self.content
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
        if c.message:
            rects["message"] = QRectF(0, h - 0.11 * h, w, 0.11 * h)
            bottom -= 0.11 * h
        rects["notice"] = QRectF(m, bottom - 0.045 * h, inner, 0.04 * h)
        bottom -= 0.05 * h
        rects["next"] = QRectF(m, bottom - 0.065 * h, inner, 0.065 * h)
        bottom -= 0.08 * h
        # the bar and the words sit just above the questions (if any), whose block takes what the
        # digits can spare: the clock keeps at least DIGITS_MIN of the height
        below_digits = 0.15 * h  # words and bar
        question_h = 0.0
        if c.questions_shown:
            free = bottom - y - below_digits - 0.02 * h
            question_h = 0.05 * h if not c.questions else min(0.34 * h, max(0.12 * h, free - DIGITS_MIN * h))
            rects["questions"] = QRectF(m, bottom - question_h, inner, question_h)
            bottom -= question_h + 0.02 * h
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

    def question_font(self, rect: QRectF, questions: Sequence[str]) -> tuple[QFont, int]:
        """(the largest font at which the numbered ``questions`` fit ``rect``, how many fit).

        Never smaller than :data:`QUESTION_MIN` of the height, so they stay legible
        from the back; when even that does not fit, the questions that fit are
        shown and a line says how many more there are.
        """
        key = (round(rect.width()), round(rect.height()), round(self.height()), tuple(questions))
        if self._question_cache is not None and self._question_cache[0] == key:
            return self._question_cache[1], self._question_cache[2]
        font = QFont(self.font())
        smallest = max(12, math.ceil(QUESTION_MIN * self.height()))
        size = max(smallest, int(min(0.05 * self.height(), rect.height() / (1.35 * max(len(questions), 1)))))
        while True:
            font.setPixelSize(size)
            heights = self._question_heights(font, rect.width(), questions)
            if sum(heights) <= rect.height() or size <= smallest:
                break
            size = max(smallest, size - 2)
        fitting, used = len(questions), sum(heights)
        if used > rect.height():
            more_line = QFontMetricsF(font).lineSpacing()
            fitting, used = 0, more_line
            for height in heights:
                if used + height > rect.height():
                    break
                fitting, used = fitting + 1, used + height
        self._question_cache = (key, QFont(font), fitting)
        return font, fitting

    @staticmethod
    def _question_heights(font: QFont, width: float, questions: Sequence[str]) -> list[float]:
        metrics = QFontMetricsF(font)
        number_width = metrics.horizontalAdvance("0.   ")
        gap = metrics.lineSpacing() * 0.3
        flags = int(Qt.TextFlag.TextWordWrap)
        return [metrics.boundingRect(QRectF(0, 0, max(width - number_width, 10.0), 1e6), flags, q).height() + gap
                for q in questions]

    def _text_font(self, height: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        font.setPixelSize(max(8, int(height * 0.72)))
        return font

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        self.paint_count += 1
        c = self.content
        with i18n.output_language(c.language):
            self._paint(c)

    def _paint(self, c: StageContent) -> None:
        rtl = self.right_to_left
        rects = self.layout_rects()
        p = QPainter(self)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        p.setLayoutDirection(direction)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), c.background)
        frame = FRAME_COLOURS.get(c.phase)
        if frame is not None:
            width = max(4.0, 0.012 * min(self.width(), self.height()))
            p.setPen(QPen(frame, width))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2))
        self._line(p, rects["headline"], c.headline, TEXT, bold=True)
        self._line(p, rects["subline"], c.subline, c.muted)

        digits_rect = rects["digits"]
        font, digit_height = self.digit_font(digits_rect, c.digits)
        colour = QColor(c.colour)
        if c.dim:
            colour.setAlpha(DIM_ALPHA)
        p.setFont(font)
        p.setPen(colour)
        width = QFontMetricsF(font).horizontalAdvance(c.digits)
        baseline = digits_rect.center().y() + digit_height / 2
        p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "−03:10" keeps its minus in front
        p.drawText(QPointF(digits_rect.center().x() - width / 2, baseline), c.digits)
        p.setLayoutDirection(direction)

        self._words(p, rects["words"], c)
        if c.fraction is not None:
            back = OVERTIME_BAR_BACK if c.phase is Phase.overtime else BAR_BACK
            self._bar(p, rects["bar"], c.fraction, BAR_COLOURS.get(c.phase, TEXT), back, rtl)
        if "questions" in rects:
            self._questions(p, rects["questions"], c)
        self._line(p, rects["next"], c.next_text, TEXT, centre=True)
        if c.notice:
            self._line(p, rects["notice"], c.notice, c.muted, centre=True)
        if c.message and "message" in rects:
            r = rects["message"]
            p.fillRect(r, MESSAGE_BACK)
            self._line(p, r.adjusted(r.height() * 0.3, r.height() * 0.12, -r.height() * 0.3, -r.height() * 0.12),
                       c.message, MESSAGE_TEXT, bold=True, centre=True)
        p.end()

    def _words(self, p: QPainter, rect: QRectF, c: StageContent) -> None:
        """The phase words in the phase's colour, then "· ends 13:05" in plain text, centred together."""
        if not c.end_text:
            self._line(p, rect, c.words, c.colour, bold=True, centre=True)
            return
        bold = self._text_font(rect.height(), True)
        plain = self._text_font(rect.height())
        tail = "  ·  " + c.end_text
        total = QFontMetricsF(bold).horizontalAdvance(c.words) + QFontMetricsF(plain).horizontalAdvance(tail)
        if total > rect.width():
            scale = max(0.5, rect.width() / total)
            for font in (bold, plain):
                font.setPixelSize(max(8, int(font.pixelSize() * scale)))
        head_width = QFontMetricsF(bold).horizontalAdvance(c.words)
        total = head_width + QFontMetricsF(plain).horizontalAdvance(tail)
        left = rect.left() + max(0.0, (rect.width() - total) / 2)
        baseline = rect.center().y() + QFontMetricsF(bold).capHeight() / 2
        shown = QFontMetricsF(plain).elidedText(tail, Qt.TextElideMode.ElideRight, rect.right() - left - head_width)
        tail_width = QFontMetricsF(plain).horizontalAdvance(shown)
        # read in the language's order: the words first (on the right in Arabic), then the end time
        words_x, tail_x = (left + tail_width, left) if self.right_to_left else (left, left + head_width)
        p.setFont(bold)
        p.setPen(c.colour)
        p.drawText(QPointF(words_x, baseline), c.words)
        p.setFont(plain)
        p.setPen(TEXT)
        p.drawText(QPointF(tail_x, baseline), shown)

    def _questions(self, p: QPainter, rect: QRectF, c: StageContent) -> None:
        """The guiding questions, numbered, wrapped, as large as fits (see :meth:`question_font`)."""
        if not c.questions:
            self._line(p, rect, _("This theme has no guiding questions yet."), c.muted, centre=True)
            return
        font, fitting = self.question_font(rect, c.questions)
        metrics = QFontMetricsF(font)
        number_width = metrics.horizontalAdvance("0.   ")
        heights = self._question_heights(font, rect.width(), c.questions)
        rtl = self.right_to_left
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        # with the text's direction set, "left" is the start of the line and "right" its end
        option = QTextOption(Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(direction)
        number_option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        number_option.setTextDirection(direction)
        # the numbers stand at the start of each line: on the left, or on the right in Arabic
        gap = metrics.horizontalAdvance("  ")
        text_left = rect.left() if rtl else rect.left() + number_width
        number_left = rect.right() - number_width + gap if rtl else rect.left()
        p.setFont(font)
        y = rect.top()
        for n, (question, height) in enumerate(zip(c.questions[:fitting], heights), start=1):
            p.setPen(c.muted)
            p.drawText(QRectF(number_left, y, number_width - gap, height), f"{n}.", number_option)
            p.setPen(TEXT)
            p.drawText(QRectF(text_left, y, rect.width() - number_width, height), question, option)
            y += height
        if fitting < len(c.questions):
            more = len(c.questions) - fitting
            p.setPen(c.muted)
            p.drawText(QRectF(text_left, y, rect.width() - number_width, metrics.lineSpacing()),
                       ngettext("… and {n} more", "… and {n} more", more).format(n=more), option)

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
        # the painter's direction turns "left" into the start of the line: the right in Arabic
        align = Qt.AlignmentFlag.AlignHCenter if centre else Qt.AlignmentFlag.AlignLeft
        p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)

    def _bar(self, p: QPainter, rect: QRectF, fraction: float, colour: QColor, back_colour: QColor,
             rtl: bool = False) -> None:
        """The time left as a bar that empties towards the start of the line (the right in Arabic)."""
        radius = rect.height() / 2
        back = QPainterPath()
        back.addRoundedRect(rect, radius, radius)
        p.fillPath(back, back_colour)
        if fraction > 0:
            width = max(rect.width() * fraction, rect.height())
            filled = QRectF(rect.right() - width if rtl else rect.left(), rect.top(), width, rect.height())
            path = QPainterPath()
            path.addRoundedRect(filled, radius, radius)
            p.fillPath(path, colour)
        else:  # overtime: an outline in the phase colour around the empty bar
            p.setPen(QPen(colour, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(back)
