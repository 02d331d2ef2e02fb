"""The core's languages: the texts the core writes (phase words, categories, report headings, door signs)
and dates, times and plurals in English, French, Spanish or Arabic.

Two languages are in play. The **interface language** is the window's (the organiser's choice, set once
by the window at start). The **output language** is the workshop's: what the report, slides, stage
display, door signs and route slips are written in (a French workshop run by an English-speaking
organiser). Code that builds output wraps itself in :func:`output_language`; everything the core
writes inside it is in that language, in that thread only (a context variable), so a report built in
a worker thread never changes the window's texts.

Contract
--------
* :func:`_` (gettext), :func:`ngettext` (plural forms by the language's own rules, Arabic's six
  included) and :func:`N_` (marks a text to translate later, returns it unchanged).
* :func:`language` is the language in effect; :func:`is_rtl` whether it is written right to left.
* :func:`format_date`, :func:`format_time`, :func:`format_day` format in the language's conventions
  ("jeudi 21 mars 2019", "15:00" in French, "15:00" in English) through Babel's CLDR data.
* Catalogues are ``resources/i18n/core/<part>_<lang>.po`` (one per part of the core), merged and compiled to ``resources/i18n/core_<lang>.mo`` by
  ``scripts/build-translations``; when the ``.mo`` is missing or older than a ``.po`` the ``.po`` files
  are read directly. A text without a translation prints in English.

Thread: any. Catalogues are loaded once per language under a lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gettext
import io
import threading
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path

LANGUAGES = ("en", "fr", "es", "ar")
#: Babel's locale name for each language (dates in these countries' usual forms).
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar"}
_CATALOGUES = Path(__file__).resolve().parent.parent / "resources" / "i18n"

_interface = "en"
_output: ContextVar[str | None] = ContextVar("cafe_output_language", default=None)
_lock = threading.Lock()
_loaded: dict[str, gettext.NullTranslations] = {}


def set_interface_language(lang: str) -> None:
    """The window's language, for the core's texts the window shows."""
    global _interface
    _interface = lang if lang in LANGUAGES else "en"


def language() -> str:
    """The language in effect here: the output language inside :func:`output_language`, else the window's."""
    return _output.get() or _interface


@contextlib.contextmanager
def output_language(lang: str | None) -> Iterator[str]:
    """Everything the core writes inside is in ``lang`` (this thread or task only); ``None``: unchanged."""
    chosen = lang if lang in LANGUAGES else (None if lang is None else "en")
    token = _output.set(chosen or _output.get())
    try:
        yield language()
    finally:
        _output.reset(token)


def is_rtl(lang: str | None = None) -> bool:
    return (lang or language()) == "ar"


#: Unicode's left-to-right isolate and its end: a time range "12:00–13:00" keeps its order in Arabic.
LRI, PDI = "\u2066", "\u2069"


def time_range(start: str, end: str, lang: str | None = None) -> tuple[str, str]:
    """``start`` and ``end`` to format around a dash: isolated left to right in a right-to-left language
    (else "12:00–13:00" reads "13:00–12:00"), unchanged otherwise."""
    return (LRI + start, end + PDI) if is_rtl(lang) else (start, end)


def _catalogue(lang: str) -> gettext.NullTranslations:
    found = _loaded.get(lang)
    if found is not None:
        return found
    with _lock:
        found = _loaded.get(lang)
        if found is None:
            found = _read(lang)
            _loaded[lang] = found
    return found


def _sources(lang: str) -> list[Path]:
    return sorted((_CATALOGUES / "core").glob(f"*_{lang}.po"))


def _merged(lang: str):
    """Every ``core/*_<lang>.po`` (one per part of the core) as one Babel catalogue.

    The first file's header gives the plural rule (the ``.po`` files' own, e.g. two forms for French,
    not Babel's CLDR rule, which may count more).
    """
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    merged: Catalog | None = None
    for po in _sources(lang):
        with po.open("rb") as f:
            part = read_po(f, locale=lang)
        if merged is None:
            merged = Catalog(locale=lang)
            merged.mime_headers = part.mime_headers  # its Plural-Forms with it
        for message in part:
            if message.id and message.string and not message.fuzzy:
                merged[message.id] = message
    return merged if merged is not None else Catalog(locale=lang)


def compile_catalogue(lang: str) -> Path:
    """Write ``core_<lang>.mo`` from the language's ``.po`` files (``scripts/build-translations``)."""
    from babel.messages.mofile import write_mo

    target = _CATALOGUES / f"core_{lang}.mo"
    with target.open("wb") as out:
        write_mo(out, _merged(lang), use_fuzzy=False)
    return target


def _read(lang: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    mo = _CATALOGUES / f"core_{lang}.mo"
    try:
        sources = _sources(lang)
        newest = max((p.stat().st_mtime for p in sources), default=0.0)
        if mo.is_file() and mo.stat().st_mtime >= newest:
            with mo.open("rb") as f:
                return gettext.GNUTranslations(f)
        if sources:
            from babel.messages.mofile import write_mo

            buffer = io.BytesIO()
            write_mo(buffer, _merged(lang), use_fuzzy=False)
            buffer.seek(0)
            return gettext.GNUTranslations(buffer)
    except (OSError, ValueError) as exc:  # a damaged catalogue: English, said once
        import sys

        print(f"cafe: warning: the {lang} texts could not be read ({exc}); they print in English",
              file=sys.stderr)
    return gettext.NullTranslations()


def _(message: str) -> str:
    """``message`` in the language in effect."""
    return _catalogue(language()).gettext(message)


def pgettext(context: str, message: str) -> str:
    """``message`` in the language in effect, where the same English word needs different translations."""
    return _catalogue(language()).pgettext(context, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for ``n`` by the language's plural rules (``{n}`` in the text is left to format)."""
    return _catalogue(language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for translation where it is defined; translate with :func:`_` where it is shown."""
    return message


def _locale(lang: str | None) -> str:
    return _LOCALES.get(lang or language(), "en_GB")


def format_date(day: dt.date, form: str = "full", lang: str | None = None) -> str:
    """A date the way the language writes it: ``full`` "Thursday, 21 March 2019" / "jeudi 21 mars 2019",
    ``long`` "21 March 2019", ``medium`` "21 Mar 2019"."""
    from babel.dates import format_date as babel_date

    return babel_date(day, format=form, locale=_locale(lang))


def format_time(time: dt.time | dt.datetime, lang: str | None = None) -> str:
    """A time of day, 24-hour, as the language writes it ("15:00"; "15 h 00" where that is the usage)."""
    from babel.dates import format_time as babel_time

    return babel_time(time, format="HH:mm", locale=_locale(lang))


def format_day(day: dt.date, lang: str | None = None) -> str:
    """A weekday and date, short: "Thu 21 Mar 2019", "jeu. 21 mars 2019"."""
    from babel.dates import format_date as babel_date

    return babel_date(day, format="EEE d MMM y", locale=_locale(lang))


def format_number(n: int | float, lang: str | None = None) -> str:
    from babel.numbers import format_decimal

    return format_decimal(n, locale=_locale(lang))
