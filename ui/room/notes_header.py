"""The room view's header: room, theme, round, the group inside, the guiding questions and the time left.

The theme's guiding questions sit beside the clock, numbered, in a box that
folds away to one line (the button above it, Space or a click); whether it is
open is remembered (QSettings). At most about four lines high, scrolling
beyond, so the note columns keep their room on a 1366x768 laptop; the button's
tooltip lists them all. They follow the room (its theme) the view shows.

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

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from cafe.storage.workshop_index import WorkshopIndex
from ui.room.room_texts import round_label, state_text

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController

#: whether the guiding questions are shown (open) in the room view
QUESTIONS_SHOWN_KEY = "room/guiding_questions_shown"
#: how many lines of questions show before the box scrolls (about as high as the header's own text)
_QUESTION_LINES = 4


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
        self.clock.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.clock.setAccessibleName(self.tr("Time left in this round"))
        self.clock.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.phase = QLabel()
        self.phase.setObjectName("room_phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignTrailing)
        self.phase.setAccessibleName(self.tr("Phase of this round"))
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.clock)
        right.addWidget(self.phase)
        right.addStretch(1)
        #: the guiding questions shown (of the shown room's theme)
        self.guiding_questions: tuple[str, ...] = ()
        self.questions_box = self._questions_box()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 5)
        layout.addWidget(self.questions_box, 6)
        layout.addLayout(right)
        self._ticker: Any = None
        self.set_questions_open(bool(QSettings().value(QUESTIONS_SHOWN_KEY, True, type=bool)), remember=False)

    # -- the guiding questions -------------------------------------------------------------------------
    def _questions_box(self) -> QWidget:
        box = QWidget()
        box.setObjectName("guiding_questions_box")
        self.questions_toggle = QToolButton()
        self.questions_toggle.setObjectName("guiding_questions_toggle")
        self.questions_toggle.setCheckable(True)
        self.questions_toggle.setAutoRaise(True)
        self.questions_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.questions_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.questions_toggle.setAccessibleName(self.tr("Guiding questions"))
        self.questions_toggle.toggled.connect(self.set_questions_open)
        self.questions = QLabel()
        self.questions.setObjectName("guiding_questions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.questions.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.questions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.questions.font()
        font.setPointSizeF(9.5)
        self.questions.setFont(font)
        self.questions.setAccessibleName(self.tr("Guiding questions"))
        self.questions_area = QScrollArea()
        self.questions_area.setObjectName("guiding_questions_area")
        self.questions_area.setWidget(self.questions)
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        #: the tallest the box grows before it scrolls
        self._questions_max = round(self.questions.fontMetrics().lineSpacing() * _QUESTION_LINES) + 2
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.questions_toggle, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.questions_area)
        column.addStretch(1)  # folded away: the button stays at the top, level with the room's name
        return box

    def questions_open(self) -> bool:
        return self.questions_toggle.isChecked()

    def set_questions_open(self, shown: bool, *, remember: bool = True) -> None:
        """Open (``shown``) or fold away the guiding questions; remembered for the next start."""
        if self.questions_toggle.isChecked() != shown:
            blocked = self.questions_toggle.blockSignals(True)
            self.questions_toggle.setChecked(shown)
            self.questions_toggle.blockSignals(blocked)
        self.questions_area.setVisible(shown)
        if remember:
            QSettings().setValue(QUESTIONS_SHOWN_KEY, shown)
        self._label_toggle()

    def _label_toggle(self) -> None:
        n = len(self.guiding_questions)
        closed = "◂" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "▸"
        arrow = "▾" if self.questions_toggle.isChecked() else closed
        # one question has its own text: right in English even before a translation is installed
        self.questions_toggle.setText(f"{arrow} " + (self.tr("Guiding questions (%n)", "", n) if n != 1
                                                      else self.tr("Guiding question (1)")))

    def _show_questions(self, questions: tuple[str, ...]) -> None:
        self.guiding_questions = questions
        self.questions_box.setVisible(bool(questions))
        self.questions.setText("".join(f"<p style='margin:0'><b>{n}.</b> {escape(q)}</p>"
                                       for n, q in enumerate(questions, start=1)))
        plain = "\n".join(f"{n}. {q}" for n, q in enumerate(questions, start=1))
        self.questions.setAccessibleDescription(plain)
        self.questions_toggle.setToolTip(plain)
        self.questions_toggle.setAccessibleDescription(
            self.tr("Shows or hides the theme's guiding questions beside the clock.") + "\n" + plain)
        self._label_toggle()
        self._fit_questions()

    def _fit_questions(self) -> None:
        """As high as the questions need at the box's width, up to :data:`_QUESTION_LINES` lines."""
        width = self.questions_area.viewport().width()
        need = self.questions.heightForWidth(width) if width > 0 else self._questions_max
        self.questions_area.setFixedHeight(max(1, min(need, self._questions_max)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_questions()

    def show_for(self, index: WorkshopIndex | None, room_uuid: str | None, round_uuid: str | None) -> None:
        self.room_uuid, self.round_uuid = room_uuid, round_uuid
        self.label.setText(header_html(index, room_uuid, round_uuid))
        self._show_questions(guiding_questions(index, room_uuid))
        self.tick()

    def tick(self, now: Any = None) -> None:
        """Show the time left in the shown room and round at ``now`` (the ticker's, by default)."""
        index = self.controller.index
        if index is None or self.room_uuid is None or self.round_uuid is None:
            self._show_time("", "", "")
            return
        from cafe.clock.overview import room_statuses

        if now is None:
            now = self._ticker_now()
        status = next((s for s in room_statuses(index.snap, now, self.round_uuid)
                       if s.room_uuid == self.room_uuid), None)
        if status is None or status.round_uuid != self.round_uuid:
            self._show_time("", "", "")
            return
        phase = self.tr("{0} · late").format(status.phase_text) if status.late else status.phase_text
        self._show_time(status.clock_text, phase,
                        self.tr("{0}: {1} left in this round").format(status.phase_text, status.clock_text))

    def _show_time(self, clock: str, phase: str, spoken: str) -> None:
        """The clock and phase on screen, and the same said to a screen reader (its name says what it is)."""
        if self.clock.text() == clock and self.phase.text() == phase:
            return
        self.clock.setText(clock)
        self.phase.setText(phase)
        self.clock.setToolTip(spoken)
        self.clock.setAccessibleDescription(spoken)
        self.phase.setAccessibleDescription(phase)

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


def guiding_questions(index: WorkshopIndex | None, room_uuid: str | None) -> tuple[str, ...]:
    """The guiding questions of the theme in ``room_uuid`` (blank ones left out, spaces tidied)."""
    theme = index.theme_by_room.get(room_uuid) if index is not None and room_uuid is not None else None
    if theme is None:
        return ()
    return tuple(" ".join(q.split()) for q in theme.guiding_questions if q.strip())


class HeaderTexts(QObject):
    """The header's texts with a number in them (a QObject, for Qt's plural forms)."""

    def summary_state(self, draft: bool, words: int) -> str:
        return self.tr("Summary: draft (%n words)", "", words) if draft \
            else self.tr("Summary: final (%n words)", "", words)


def header_html(index: WorkshopIndex | None, room_uuid: str | None, round_uuid: str | None) -> str:
    """Room and theme, hosts and note-takers, the round, the group inside and the summary's state."""
    if index is None or room_uuid is None:
        return QCoreApplication.translate("NotesHeader", "This workshop has no rooms yet.")
    theme = index.theme_by_room.get(room_uuid)
    first = f"<b style='font-size:13pt'>{escape(index.room_name(room_uuid))}</b>"
    if theme is not None:
        first += f" · <b>{escape(theme.title)}</b>"
    parts = [first]
    if theme is not None:
        hosts, takers = index.hosts_text(theme.uuid), index.hosts_text(theme.uuid, "note-taker")
        people = " · ".join(x for x in (QCoreApplication.translate("NotesHeader", "Hosted by {0}").format(escape(hosts)) if hosts else "",
                                        QCoreApplication.translate("NotesHeader", "Note-taking: {0}").format(escape(takers)) if takers else "") if x)
        if people:
            parts.append(people)
    else:
        parts.append(QCoreApplication.translate("NotesHeader", "No theme in this room."))
    if round_uuid is None:
        parts.append(QCoreApplication.translate("NotesHeader", "All rounds (read only: choose a round to add items)"))
        return "<br>".join(parts)
    rnd = index.rounds.get(round_uuid)
    group = index.group_in.get((round_uuid, room_uuid))
    state = state_text(index.room_state(round_uuid, room_uuid))
    label = escape(round_label(index, rnd)) if rnd else QCoreApplication.translate("NotesHeader", "Round")
    inside = QCoreApplication.translate("NotesHeader", "<b>{0}</b> inside").format(escape(index.group_name(group))) if group \
        else QCoreApplication.translate("NotesHeader", "no group in this room")
    parts.append(f"{label} · {inside} · {state}")
    summary = index.summary_of.get((round_uuid, room_uuid))
    if summary is None or not summary.text.strip():
        parts.append(QCoreApplication.translate("NotesHeader", "Summary: not written yet"))
    else:
        parts.append(HeaderTexts().summary_state(summary.draft, len(summary.text.split())))
    return "<br>".join(parts)
