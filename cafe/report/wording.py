"""Dates, times and the output language as the printed outputs write them.

Everything the report, the door signs, the route slips and the slides print
is in the workshop's **output language** (``workshop.language``: en, fr, es
or ar; :func:`workshop_language`). Code that builds an output wraps itself in
:func:`cafe.i18n.output_language`; the functions here then write dates and
times in that language's conventions (Babel's CLDR data through
:mod:`cafe.i18n`):

* English keeps the report's own forms: "Thursday 21 March 2019",
  "21–22 March 2019", "15:00", "12:00–13:00".
* French writes dates as French documents do ("jeudi 21 mars 2019",
  "21–22 mars 2019") and times in the typographic usage of French official
  documents, hours and minutes with "h" between them: "15 h 00", a range
  "12 h 00 – 13 h 00" (spaced dash, since each end holds spaces). The spaces
  inside a time are no-break spaces, so a time never splits over two lines.
* Spanish and Arabic write dates the CLDR way ("jueves, 21 de marzo de 2019",
  "الخميس، 21 مارس 2019") and times on the 24-hour clock ("15:00"). Arabic
  digits are the Western ones CLDR's "ar" locale uses, as UN Arabic documents
  printed in Geneva commonly do.

Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from cafe.i18n import LANGUAGES, format_date, language

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_LOCALES = {"fr": "fr_FR", "es": "es_ES", "ar": "ar"}
_NBSP = "\u00a0"


def workshop_language(workshop: Any) -> str:
    """The workshop's output language ("en" when it has none or an unknown one)."""
    value = str(getattr(workshop, "language", "") or "en").strip().lower() if workshop is not None else "en"
    return value if value in LANGUAGES else "en"


def _month(date: dt.date) -> str:
    return _MONTHS[date.month - 1]  # English whatever the machine's locale


def format_day(date: dt.date) -> str:
    """A day with its weekday: "Thursday 21 March 2019", "jeudi 21 mars 2019"."""
    if language() == "en":
        return f"{_WEEKDAYS[date.weekday()]} {date.day} {_month(date)} {date.year}"
    return format_date(date, "full")


def format_dates(start: dt.date | None, end: dt.date | None) -> str:
    """"21–22 March 2019", "30 March – 2 April 2019", "21 March 2019" (in the language in effect)."""
    if start is None and end is None:
        return ""
    start = cast(dt.date, start or end)  # one of them is set
    end = end or start
    lang = language()
    if lang != "en":
        if end == start:
            return format_date(start, "long")
        from babel.dates import format_interval

        return format_interval(start, end, "yMMMMd", locale=_LOCALES[lang])
    if end == start:
        return f"{start.day} {_month(start)} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_month(end)} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_month(start)} – {end.day} {_month(end)} {end.year}"
    return f"{start.day} {_month(start)} {start.year} – {end.day} {_month(end)} {end.year}"


def clock(time: dt.time) -> str:
    """A time of day: "15:00"; French "15 h 00"."""
    if language() == "fr":
        return f"{time.hour}{_NBSP}h{_NBSP}{time.minute:02d}"
    return f"{time:%H:%M}"


def time_range(start: dt.time | None, end: dt.time | None) -> str:
    """"12:00–13:00", French "12 h 00 – 13 h 00"; just the start when there is no end; "" without a start."""
    if start is None:
        return ""
    if end is None:
        return clock(start)
    dash = " \u2013 " if language() == "fr" else "\u2013"
    return f"{clock(start)}{dash}{clock(end)}"
