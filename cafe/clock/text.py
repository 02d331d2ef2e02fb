"""What a clock shows, in words and digits: the phase, the countdown, spans of time.

Countdown text rounds **up** (ceil): "00:01" shows until the true zero, and
every shown value lasts exactly one second, including "00:00" in the first
second of overtime. :func:`next_tick_delay` follows the same rule.
"""

from __future__ import annotations

import enum
import math

_MINUS = "\u2212"  # a real minus sign: same width as the digits on a stage display


class Phase(str, enum.Enum):
    """What a display shows; ``overtime`` is a running round past its deadline."""

    scheduled = "scheduled"
    normal = "normal"
    warning = "warning"
    danger = "danger"
    overtime = "overtime"
    paused = "paused"
    finished = "finished"


def _shown_seconds(seconds: float) -> int:
    return math.ceil(seconds)


def _hms(total: int, *, pad_minutes: bool) -> str:
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}" if pad_minutes else f"{minutes}:{secs:02d}"


def format_remaining(seconds: float) -> str:
    """Countdown text: "12:34", "00:00", "−03:10" in overtime, "1:02:03" from an hour.

    Rounds up, so "00:01" shows until the real zero; the first second of
    overtime shows "00:00" (never "−00:00") and "−00:01" follows at one second over.
    """
    shown = _shown_seconds(seconds)
    return (_MINUS if shown < 0 else "") + _hms(abs(shown), pad_minutes=True)


def format_span(seconds: float, *, signed: bool) -> str:
    """A duration in words for messages: "1 h", "2 min", "1 h 5 min", "30 s"; "+1 h" when signed."""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{v} {unit}" for v, unit in ((hours, "h"), (minutes, "min"), (secs, "s")) if v]
    text = " ".join(parts) or "0 s"
    if not signed:
        return text
    return ("+" if seconds >= 0 else _MINUS) + text


def phase_text(phase: Phase, remaining_s: float) -> str:
    """Words that carry the phase without colour: "2 minutes left", "Overtime 3:10", "Paused"."""
    if phase is Phase.overtime:
        return "Overtime " + _hms(abs(_shown_seconds(remaining_s)), pad_minutes=False)
    if phase in (Phase.warning, Phase.danger):
        minutes = math.ceil(max(remaining_s, 0.0) / 60)
        if minutes == 0:
            return "Time is up"
        return f"{minutes} minute{'s' if minutes != 1 else ''} left"
    return {
        Phase.scheduled: "Not started",
        Phase.normal: "Running",
        Phase.paused: "Paused",
        Phase.finished: "Ended",
    }[phase]


def next_tick_delay(remaining_s: float, margin_s: float = 0.005) -> float:
    """Seconds until :func:`format_remaining` of a running clock shows a new value, plus ``margin_s``.

    A display that sleeps this long repaints once per shown second, just
    after the change. Always in ``(margin_s, 1 + margin_s]``. The margin keeps
    a timer that fires a hair early from painting the old value twice.
    """
    return remaining_s - (_shown_seconds(remaining_s) - 1) + margin_s
