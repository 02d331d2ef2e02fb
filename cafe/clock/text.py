"""What a clock shows, in words and digits: the phase, the countdown, the end time, spans of time.

Each phase has its own first word ("Running", "Wrap up", "Final minutes" /
"Final minute", "Overtime", "Paused", "Ended", "Not started"), so a display
read without colour, or by a screen reader, tells the phases apart by words
alone (:func:`phase_text`). The end time is on the workshop's wall clock
(:func:`end_time_text`: "ends 13:05").

Countdown text rounds **up** (ceil): "00:01" shows until the true zero, and
every shown value lasts exactly one second, including "00:00" in the first
second of overtime. :func:`next_tick_delay` follows the same rule.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import zoneinfo

from cafe.i18n import N_, _, ngettext
from cafe.i18n_tables import TranslatedMap

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
    units = ((hours, _("{n} h")), (minutes, _("{n} min")), (secs, _("{n} s")))
    parts = [unit.format(n=v) for v, unit in units if v]
    text = " ".join(parts) or _("{n} s").format(n=0)
    if not signed:
        return text
    return ("+" if seconds >= 0 else _MINUS) + text


#: the word that names each phase on its own, before any count: distinct for every phase, so a
#: display read without colour (or by a screen reader) still tells warning from danger from overtime;
#: read in the language in effect (``PHASE_WORDS[phase]``), English as defined
PHASE_WORDS: TranslatedMap[Phase] = TranslatedMap({
    Phase.scheduled: N_("Not started"),
    Phase.normal: N_("Running"),
    Phase.warning: N_("Wrap up"),
    Phase.danger: N_("Final minutes"),
    Phase.overtime: N_("Overtime"),
    Phase.paused: N_("Paused"),
    Phase.finished: N_("Ended"),
})
_SEP = " \u00b7 "


def _minutes_left(seconds: float) -> str:
    minutes = math.ceil(max(seconds, 0.0) / 60)
    return ngettext("{n} minute left", "{n} minutes left", minutes).format(n=minutes)


def phase_text(phase: Phase, remaining_s: float) -> str:
    """Words that carry the phase without colour, each phase with its own first word.

    "Running"; "Wrap up · 10 minutes left" (warning); "Final minutes · 2 minutes left",
    then "Final minute" in the last 60 seconds and "Time is up" at zero (danger);
    "Overtime 3:10"; "Paused"; "Ended"; "Not started".
    """
    if phase is Phase.overtime:
        return _("Overtime {time}").format(time=_hms(abs(_shown_seconds(remaining_s)), pad_minutes=False))
    if phase is Phase.warning:
        return PHASE_WORDS[phase] + _SEP + _minutes_left(remaining_s)
    if phase is Phase.danger:
        shown = _shown_seconds(remaining_s)
        if shown <= 0:
            return _("Time is up")
        if shown <= 60:
            return _("Final minute")
        return PHASE_WORDS[phase] + _SEP + _minutes_left(remaining_s)
    return PHASE_WORDS[phase]


def clock_time(instant: dt.datetime, time_zone: str) -> str:
    """"13:05": ``instant`` (naive UTC or aware) on the wall clocks of ``time_zone``.

    Rounded to the second first, then shown to the minute as a wall clock shows
    it (13:05:59 reads 13:05). An unknown zone reads as UTC.
    """
    aware = instant.replace(tzinfo=dt.UTC) if instant.tzinfo is None else instant
    try:
        zone: dt.tzinfo = zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    local = (aware + dt.timedelta(microseconds=500_000)).replace(microsecond=0).astimezone(zone)
    return f"{local:%H:%M}"


def end_time_text(phase: Phase, remaining_s: float, now: dt.datetime, time_zone: str) -> str:
    """When a running round ends, on the workshop's wall clock: "ends 13:05".

    Overtime reads "was due 13:00". A paused round has no end time until it
    runs again (its words say "Paused" and its digits the time it keeps), and
    a round that has not started or has ended has none either: "".
    """
    if phase not in (Phase.normal, Phase.warning, Phase.danger, Phase.overtime):
        return ""
    deadline = now + dt.timedelta(seconds=remaining_s)
    if phase is Phase.overtime:
        return _("was due {time}").format(time=clock_time(deadline, time_zone))
    return _("ends {time}").format(time=clock_time(deadline, time_zone))


def next_tick_delay(remaining_s: float, margin_s: float = 0.005) -> float:
    """Seconds until :func:`format_remaining` of a running clock shows a new value, plus ``margin_s``.

    A display that sleeps this long repaints once per shown second, just
    after the change. Always in ``(margin_s, 1 + margin_s]``. The margin keeps
    a timer that fires a hair early from painting the old value twice.
    """
    return remaining_s - (_shown_seconds(remaining_s) - 1) + margin_s
