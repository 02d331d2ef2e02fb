"""The day keeps its time: the overview's "The day is 7 min behind" banner and the shift dialog.

When a round runs late, the banner says by how much the rest of the day is
behind and who is late; "Shift the rest of the day…" opens a dialog that moves
everything after the round by N minutes, or lets a break absorb them (moving
only what comes before it). The change is one undo step (Ctrl+Z puts every time
back); the stage displays' "next" lines read the agenda, so they follow.

Contract
--------
* Main thread. The delay comes from :func:`cafe.clock.timekeeping.day_delay_in`
  on the snapshot the caller already has (no database read); the shift is one
  ``controller.edit`` of :meth:`cafe.service.Service.shift_agenda`.
* :meth:`ShiftDayDialog.ask` is the one place the dialog opens modally, so
  tests can drive the real dialog by replacing its ``exec``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafe.clock.timekeeping import (
    MIN_BREAK_MINUTES,
    DayDelay,
    ShiftError,
    ShiftPlan,
    Slot,
    later_slots,
    plan_shift,
)
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import WorkshopIndex
    from ui.workshop.controller import WorkshopController

#: the window's language for the texts here (lupdate reads the calls)
translate = QCoreApplication.translate
#: the most a shift moves the day at once (the dialog's limit; midnight is the Service's)
MAX_SHIFT_MINUTES = 12 * 60


def minutes_words(minutes: int) -> str:
    return translate("ShiftDay", "{0} min").format(minutes)


def hhmm(t: Any) -> str:
    """A time of day as the window's language writes it ("13:07")."""
    return QLocale().toString(QTime(t.hour, t.minute), "HH:mm")


def _rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def span(start: Any, end: Any) -> str:
    """"13:00–15:00", kept in that order when the window reads right to left."""
    text = f"{hhmm(start)}–{hhmm(end)}"
    return f"\u2066{text}\u2069" if _rtl() else text


def rtl_mark() -> str:
    return "\u200f" if _rtl() else ""


def arrow() -> str:
    """"→", or "←" when the window reads right to left."""
    return "\u2190" if _rtl() else "\u2192"


def day_slots(index: WorkshopIndex, day_uuid: str) -> list[Slot]:
    """The agenda items of one day as :class:`Slot` values, in time order."""
    return [Slot.of(a) for a in index.snap.agenda if a.day_uuid == day_uuid]


def slowest_rooms(delay: DayDelay, index: WorkshopIndex) -> list[str]:
    """The names of the rooms that end last (within a minute of the slowest)."""
    if not delay.rooms:
        return []
    worst = max(r.late_s for r in delay.rooms)
    return [index.room_name(r.room_uuid) for r in delay.rooms if r.late_s >= worst - 60]


def delay_text(delay: DayDelay, index: WorkshopIndex) -> str:
    """"The day is 7 min behind: round 1 ended at 13:07 in Room XI; Lunch break starts at 13:00 on the agenda."."""
    rooms = ", ".join(slowest_rooms(delay, index))
    behind, number, end = minutes_words(delay.behind_minutes), delay.round_number, hhmm(delay.expected_end)
    if delay.next_item is None or delay.next_start is None:
        text = (translate("ShiftDay", "The day is {0} behind: round {1} runs at least until {2} in {3}.")
                if delay.running else translate("ShiftDay", "The day is {0} behind: round {1} ended at {2} in {3}."))
        return text.format(behind, number, end, rooms)
    text = (translate("ShiftDay", "The day is {0} behind: round {1} runs at least until {2} in {3}; "
                "{4} starts at {5} on the agenda.") if delay.running
            else translate("ShiftDay", "The day is {0} behind: round {1} ended at {2} in {3}; "
                           "{4} starts at {5} on the agenda."))
    return text.format(behind, number, end, rooms, delay.next_item.label, hhmm(delay.next_start))


@dataclass(frozen=True)
class ShiftRequest:
    """What the moderator chose: move the day from an item by N minutes, perhaps into a break."""

    minutes: int
    from_item_uuid: str
    absorb_in_break_uuid: str | None = None


def plan_lines(slots: Sequence[Slot], plan: ShiftPlan) -> list[str]:
    """One line per item that moves ("Lunch break 13:00–15:00 → 13:07–15:07"), then what stays."""
    lines = []
    for slot in sorted(slots, key=lambda s: (s.start, s.end, s.uuid)):
        if slot.uuid in plan.moves:
            start, end = plan.moves[slot.uuid]
            # in a right-to-left window the line starts with a right-to-left mark, so it reads from
            # the right even when the item's label is in Latin letters, and the arrow points left
            lines.append(f"{rtl_mark()}{slot.label}  {span(slot.start, slot.end)}  {arrow()}  {span(start, end)}")
    if plan.absorb_in is not None and plan.pushed == 0:
        lines.append(translate("ShiftDay", "What comes after {0} stays as it is.").format(plan.absorb_in.label))
    return lines


class ShiftDayDialog(QDialog):
    """Shift the rest of the day by N minutes, or absorb them in a break (see the module docstring)."""

    def __init__(self, parent: QWidget | None, slots: Sequence[Slot], delay: DayDelay, intro: str = ""):
        super().__init__(parent)
        assert delay.next_item is not None  # the banner offers a shift only when something follows
        self.slots = list(slots)
        self.delay = delay
        self.start_from = delay.next_item
        self.setWindowTitle(self.tr("Shift the rest of the day"))
        self.setObjectName("shift_day_dialog")

        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("shift_minutes")
        self.minutes.setRange(1, MAX_SHIFT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(max(1, delay.behind_minutes))
        self.minutes.setAccessibleName(self.tr("Minutes to shift the rest of the day by"))
        self.shift = QRadioButton(self.tr("Move everything from {0} ({1}) to the end of the day").format(
            self.start_from.label, hhmm(self.start_from.start)))
        self.shift.setAccessibleName(self.tr("Move the rest of the day later"))
        self.absorb = QRadioButton(self.tr("Let a break absorb it (only what comes before the break moves):"))
        self.absorb.setAccessibleName(self.tr("Let a break absorb the delay"))
        self.breaks = QComboBox()
        self.breaks.setObjectName("shift_break")
        self.breaks.setAccessibleName(self.tr("The break that absorbs the delay"))
        for slot in later_slots(self.slots, self.start_from.start):
            if slot.kind == "break":
                self.breaks.addItem(f"{slot.label} {span(slot.start, slot.end)}", slot.uuid)
        modes = QButtonGroup(self)
        modes.addButton(self.shift)
        modes.addButton(self.absorb)
        self.shift.setChecked(True)
        self.absorb.setEnabled(self.breaks.count() > 0)
        self.breaks.setEnabled(False)

        self.preview = QLabel()
        self.preview.setObjectName("shift_preview")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What moves"))
        self.problem = QLabel()
        self.problem.setObjectName("shift_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(self.tr("&Shift"))
        self.ok.setObjectName("shift_ok")
        self.ok.setAccessibleName(self.tr("Shift the agenda (one undo step)"))
        self.ok.setDefault(True)
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Shift &by:"), self.minutes)
        absorb_row = QHBoxLayout()
        absorb_row.addWidget(self.absorb)
        absorb_row.addWidget(self.breaks, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.shift)
        layout.addLayout(absorb_row)
        layout.addWidget(QLabel(self.tr("What moves:")))
        layout.addWidget(self.preview)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel: the agenda stays as it is"))
        for first, second in ((self.minutes, self.shift), (self.shift, self.absorb), (self.absorb, self.breaks)):
            QWidget.setTabOrder(first, second)

        self.minutes.valueChanged.connect(self._update)
        self.absorb.toggled.connect(self._update)
        self.breaks.currentIndexChanged.connect(self._update)
        self._update()
        self.minutes.setFocus()
        self.minutes.selectAll()

    def choose_break(self, break_uuid: str) -> None:
        """Absorb in this break (as choosing it in the dialog does)."""
        self.absorb.setChecked(True)
        self.breaks.setCurrentIndex(max(0, self.breaks.findData(break_uuid)))

    def request(self) -> ShiftRequest:
        absorb = self.breaks.currentData() if self.absorb.isChecked() else None
        return ShiftRequest(self.minutes.value(), self.start_from.uuid, absorb)

    def plan(self) -> ShiftPlan:
        """The shift as chosen; raises :class:`ShiftError` with the reason it cannot be made."""
        req = self.request()
        return plan_shift(self.slots, req.minutes, self.start_from.start, req.absorb_in_break_uuid)

    def _update(self, *_args: Any) -> None:
        self.breaks.setEnabled(self.absorb.isChecked())
        try:
            plan = self.plan()
        except ShiftError as exc:
            self.preview.setText("")
            self.problem.setText(str(exc))
            self.ok.setEnabled(False)
            return
        lines = plan_lines(self.slots, plan)
        if plan.absorb_in is not None and plan.pushed:
            lines.append(self.tr("{0} keeps at least {1}, so it absorbs {2}; the items after it move by {3}.").format(
                plan.absorb_in.label, minutes_words(MIN_BREAK_MINUTES), minutes_words(plan.absorbed),
                minutes_words(plan.pushed)))
        self.preview.setText("\n".join(lines))
        self.problem.setText("")
        self.ok.setEnabled(True)

    @classmethod
    def ask(cls, parent: QWidget | None, slots: Sequence[Slot], delay: DayDelay,
            intro: str = "") -> ShiftRequest | None:
        """The moderator's choice, or None when cancelled."""
        dialog = cls(parent, slots, delay, intro)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.request()
        finally:
            dialog.deleteLater()


def undo_text(request: ShiftRequest, slots: Sequence[Slot], day_label: str) -> str:
    """The undo step's name: "Shift the rest of Day I by 7 min" or "Let Lunch break absorb 7 min"."""
    if request.absorb_in_break_uuid is not None:
        brk = next((s for s in slots if s.uuid == request.absorb_in_break_uuid), None)
        if brk is not None:
            return translate("ShiftDay", "Let {0} absorb {1}").format(brk.label, minutes_words(request.minutes))
    return translate("ShiftDay", "Shift the rest of {0} by {1}").format(day_label, minutes_words(request.minutes))


def shift_rest_of_day(parent: QWidget | None, controller: WorkshopController, delay: DayDelay,
                      on_refused: Callable[[str], None] | None = None) -> bool:
    """Ask how to shift the rest of ``delay``'s day, then shift it as one undo step; False when cancelled."""
    index = controller.index
    if index is None or delay.next_item is None:
        return False
    slots = day_slots(index, delay.day_uuid)
    request = ShiftDayDialog.ask(parent, slots, delay, delay_text(delay, index) if delay.is_behind else "")
    if request is None:
        return False
    day = index.days.get(delay.day_uuid)
    label = (day.title or QLocale().toString(QDate(day.date.year, day.date.month, day.date.day), "d MMMM")
             if day is not None else translate("ShiftDay", "the day"))
    shift = call(S.shift_agenda, day_uuid=delay.day_uuid, minutes=request.minutes,
                 from_item_uuid=request.from_item_uuid, absorb_in_break_uuid=request.absorb_in_break_uuid)
    return controller.edit(undo_text(request, slots, label), shift, on_refused=on_refused) is not None


class DayBehindBanner(QFrame):
    """One line over the rooms: how far behind the day is, and the button that shifts it."""

    shift_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("day_behind")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#day_behind { background: #fff4e5; border: 1px solid #c43c00; }")
        self.label = QLabel()
        self.label.setObjectName("day_behind_text")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-weight: bold; color: #7a2e00;")
        self.button = QPushButton(self.tr("Shift the rest of the day…"))
        self.button.setObjectName("day_behind_shift")
        self.button.setAccessibleName(self.tr("Shift the rest of the day"))
        self.button.setAccessibleDescription(self.tr("Move the later agenda items, or let a break absorb the delay; "
                                                     "one undo step"))
        self.button.clicked.connect(lambda _checked=False: self.shift_requested.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.delay: DayDelay | None = None
        self.setVisible(False)

    def show_delay(self, delay: DayDelay | None, index: WorkshopIndex | None) -> None:
        """Show ``delay`` when the day is behind and something follows; hide otherwise."""
        shown = delay is not None and delay.is_behind and delay.next_item is not None and index is not None
        self.delay = delay if shown else None
        if shown:
            assert delay is not None and index is not None
            text = delay_text(delay, index)
            if self.label.text() != text:
                self.label.setText(text)
                self.setAccessibleDescription(text)
        if self.isHidden() == shown:
            self.setVisible(shown)
