"""What a stage display shows: its content at one instant, and the colours of each phase.

:func:`stage_content` turns the rooms' statuses (:func:`cafe.clock.overview.room_statuses`)
into a :class:`StageContent`; :class:`ui.moderator.stage_canvas.StageCanvas` paints one.

Each phase has its own word *and* its own look, so colour is never the only
sign: "Running" in white with a green bar; "Wrap up · 10 minutes left" in
amber; "Final minutes" / "Final minute" in red with a red frame round the
screen; "Overtime 3:10" on a screen turned red, its digits blinking (dim on
every other shown second). Beside the words stands the end time on the
workshop's wall clock ("ends 13:05"), and below the clock, when the
display is asked to, the room's guiding questions. Main thread only.

Language: what the display shows is *output* in the workshop's output language
(:func:`output_language` of ``workshop.language``), not the window's. The texts
here come from :func:`cafe.i18n._` (catalogue ``resources/i18n/core/stage_*.po``),
so :func:`stage_content` is called inside ``cafe.i18n.output_language(lang)``;
each :class:`StageContent` records the language it was written in
(``language``), so the canvas paints Arabic right to left.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

from cafe import i18n
from cafe.clock.agenda import Progress, next_up_text
from cafe.clock.overview import RoomStatus, agenda_entries, round_room_uuids
from cafe.clock.text import PHASE_WORDS, Phase, end_time_text
from cafe.i18n import _, ngettext

if TYPE_CHECKING:
    from cafe.storage.workshop_index import WorkshopIndex

BACKGROUND = QColor("#101418")
TEXT = QColor("#f4f4f4")
MUTED = QColor("#a9b1ba")
BAR_BACK = QColor("#2b323a")
MESSAGE_BACK = QColor("#ffd54f")
MESSAGE_TEXT = QColor("#111111")
#: overtime turns the whole screen red (seen from the back of a room without reading anything)
OVERTIME_BACKGROUND = QColor("#8c0a0a")
OVERTIME_MUTED = QColor("#f3d3d3")
OVERTIME_BAR_BACK = QColor("#5e0606")
#: digits and words by phase; each phase also has its own words, so colour is never the only sign.
#: Every colour keeps at least 4.5:1 against its background (amber 11:1, red 6:1, white on red 9:1).
PHASE_COLOURS: dict[Phase | None, QColor] = {
    Phase.normal: QColor("#f4f4f4"),
    Phase.warning: QColor("#ffc400"),  # amber: wrap up
    Phase.danger: QColor("#ff5a4f"),  # red: the final minutes
    Phase.overtime: QColor("#ffffff"),  # white on the red screen
    Phase.paused: QColor("#8ec5ff"),
    Phase.scheduled: QColor("#c7ced6"),
    Phase.finished: QColor("#8a939c"),
}
#: the accent of the bar: green while there is plenty of time
BAR_COLOURS: dict[Phase | None, QColor] = {**PHASE_COLOURS, Phase.normal: QColor("#43a047")}
#: a frame round the whole screen in the final minutes (and in overtime), a sign that is not a hue
FRAME_COLOURS: dict[Phase | None, QColor] = {Phase.danger: QColor("#ff5a4f"), Phase.overtime: QColor("#ffffff")}
DIM_ALPHA = 80


def output_language(index: WorkshopIndex | None) -> str:
    """The workshop's output language ("en", "fr", "es" or "ar"): what its stage displays speak."""
    workshop = index.snap.workshop if index is not None else None
    lang = getattr(workshop, "language", None) or "en"
    return lang if lang in i18n.LANGUAGES else "en"


def _reads_right_to_left(text: str) -> bool:
    """Whether ``text``'s first strong letter is Arabic or Hebrew (a name written right to left)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def move_text(group: str, room: str) -> str:
    """"Group A → Room XI": the arrow points the way the names read, and in right-to-left output
    each move is set apart, so "Group A → Room XI" keeps its order among Arabic words."""
    text = f"{group} {'←' if _reads_right_to_left(group + room) else '→'} {room}"
    return f"\u2068{text}\u2069" if i18n.is_rtl() else text


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
    #: "ends 13:05", "was due 13:00", "planned 12:00–13:00" or ""
    end_text: str = ""
    #: the room's guiding questions when the display shows them, else ()
    questions: tuple[str, ...] = ()
    #: the display is asked to show questions (a room without any says so)
    questions_shown: bool = False
    #: what a screen reader says: phase, minutes left, end time, what is next (changes at most once a minute)
    spoken: str = ""
    #: the language the texts are written in (Arabic is painted right to left)
    language: str = "en"
    #: what a screen reader announces when the phase changes ("Wrap up. 10 minutes left")
    announcement: str = ""
    #: the headline as a screen reader says it (the window's language); "" for :attr:`headline`
    spoken_headline: str = ""

    @property
    def colour(self) -> QColor:
        return PHASE_COLOURS.get(self.phase, TEXT)

    @property
    def background(self) -> QColor:
        return OVERTIME_BACKGROUND if self.phase is Phase.overtime else BACKGROUND

    @property
    def muted(self) -> QColor:
        return OVERTIME_MUTED if self.phase is Phase.overtime else MUTED


def empty_content(words: str = "", next_text: str = "", notice: str = "") -> StageContent:
    """What a display shows with no round to show ("No round on the agenda" unless ``words``)."""
    words = words or _("No round on the agenda")
    return StageContent(_("Knowledge Café"), "", "--:--", words, None, None, next_text, "", notice=notice,
                        spoken=". ".join(t for t in (words, next_text) if t), language=i18n.language())


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
        move = move_text(st.group, st.room) if st.group else st.room
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


def _end_text(st: RoomStatus, index: WorkshopIndex | None, now: dt.datetime | None) -> str:
    """"ends 13:05" while the clock runs; the agenda's slot before it starts; else ""."""
    if index is None or now is None:
        return ""
    zone = index.snap.workshop.time_zone if index.snap.workshop is not None else "UTC"
    if st.phase is Phase.scheduled and st.round_uuid in index.rounds:
        item = index.round_item(index.rounds[st.round_uuid])
        if item is None:
            return ""
        return _("planned {start}–{end}").format(start=i18n.format_time(item.start), end=i18n.format_time(item.end))
    return end_time_text(st.phase, st.remaining_s, now, zone)  # the core writes it in the language in effect


def _spoken(st: RoomStatus, end_text: str, next_text: str) -> str:
    """The phase, whole minutes left (or over) and the end time: for a screen reader, once a minute."""
    minutes = math.ceil(abs(st.remaining_s) / 60)
    if st.phase in (Phase.normal, Phase.warning, Phase.danger, Phase.paused, Phase.scheduled):
        amount = ngettext("{n} min left", "{n} min left", minutes).format(n=minutes)
    elif st.phase is Phase.overtime:
        amount = ngettext("{n} min over", "{n} min over", minutes).format(n=minutes)
    else:
        amount = ""
    # the phase's own word without the seconds (the core translates its words)
    word = _(PHASE_WORDS[st.phase]) if st.phase is Phase.overtime else st.phase_text.split(" · ")[0]
    parts = [word, amount, end_text, next_text, st.message]
    return ". ".join(p for p in parts if p)


def _announcement(st: RoomStatus) -> str:
    """What is announced as the clock enters ``st.phase``: its word and the whole minutes left."""
    if st.phase is Phase.overtime:
        return _("Time is up: the round is now in overtime.")
    if st.phase in (Phase.normal, Phase.warning, Phase.danger):
        minutes = math.ceil(max(st.remaining_s, 0.0) / 60)
        left = ngettext("{n} min left", "{n} min left", minutes).format(n=minutes)
        return _("{phase}. {time_left}").format(phase=_(PHASE_WORDS[st.phase]), time_left=left)
    return _(PHASE_WORDS[st.phase])


def spoken_in(content: StageContent, spoken: StageContent) -> StageContent:
    """``content`` (painted, in the output language) with what a screen reader says taken from
    ``spoken`` (the same instant in the window's language): a moderator hears their own language."""
    return replace(content, spoken=spoken.spoken, announcement=spoken.announcement,
                   spoken_headline=spoken.headline)


def guiding_questions(index: WorkshopIndex | None, room_uuid: str | None) -> tuple[str, ...]:
    """The guiding questions of the theme in ``room_uuid`` (blank ones left out)."""
    if index is None or room_uuid is None:
        return ()
    theme = index.theme_by_room.get(room_uuid)
    return tuple(q.strip() for q in (theme.guiding_questions if theme is not None else ()) if q and q.strip())


def stage_content(statuses: Sequence[RoomStatus], room_uuid: str | None, index: WorkshopIndex | None = None,
                  notice: str = "", now: dt.datetime | None = None, questions: bool = False) -> StageContent:
    """What a display for ``room_uuid`` (None: all rooms) shows, from the rooms' statuses.

    With ``index`` and ``now`` the next line is judged on the workshop's own
    timeline (:func:`cafe.clock.agenda.next_up_text` with the rooms' progress)
    and the end time is shown; ``questions`` adds the room's guiding questions.
    """
    next_up = None
    if index is not None and now is not None:
        next_up = next_up_text(agenda_entries(index.snap), now, Progress.of(index.snap, room_uuid))
    st, shown = shown_status(statuses, room_uuid, index)
    if st is None:
        if room_uuid is not None and statuses and statuses[0].round_uuid is not None:
            return empty_content(_("This room no longer exists"), notice=notice)
        fallback = statuses[0].next_up if statuses else ""
        return empty_content(next_text=next_up if next_up is not None else fallback, notice=notice)
    end_text = _end_text(st, index, now)
    if room_uuid is not None:
        subline = st.theme if st.theme_short and st.theme_short != st.theme else ""
        following = _("Next here: {group}").format(group=st.next_group) if st.next_group else ""
        next_text = " · ".join(t for t in (next_up if next_up is not None else st.next_line, following) if t)
        asked = questions and room_uuid is not None
        return StageContent(st.headline, subline, st.clock_text, st.phase_text, st.phase, _bar_fraction(st),
                            next_text, st.message, _blink(st), notice, end_text,
                            guiding_questions(index, room_uuid) if asked else (), asked,
                            _spoken(st, end_text, next_text), i18n.language(), _announcement(st))
    same = all(s.clock_text == st.clock_text and s.state == st.state for s in shown)
    if same:
        subline = _moves(shown)
    else:
        subline = " · ".join(_("{room} {time} (paused)").format(room=s.room, time=s.clock_text)
                             if s.state == "paused" else f"{s.room} {s.clock_text}" for s in shown)
    # a message sent to one room stays in that room; the moderator's clock shows one sent to all
    messages = {s.message for s in shown}
    message = messages.pop() if len(messages) == 1 else ""
    next_text = next_up if next_up is not None else st.next_line
    return StageContent(_("Round {number} — all rooms").format(number=st.round_number), subline, st.clock_text,
                        st.phase_text, st.phase, _bar_fraction(st), next_text, message, _blink(st), notice,
                        end_text, spoken=_spoken(replace(st, message=message), end_text, next_text),
                        language=i18n.language(), announcement=_announcement(st))
