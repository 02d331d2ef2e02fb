"""Country names typed by people: the UN's names for UN States, the organiser's own words for anything else.

Contract
--------
* :func:`match_country` turns what a registration form holds ("Vietnam",
  "USA", "Deutschland", "TÜRKIYE", "République de Corée", "البحرين", "fra",
  "Kosovo") into a :class:`CountryMatch`: a code, the name to store and print,
  whether the match is certain (``exact``) or only a suggestion the organiser
  must accept, and whether it is a UN State (``un_state``).
* **UN States** (the 193 Member States and the observer States Holy See and
  State of Palestine) are named by their UN short name, as UNTERM and the M49
  list give it and as a UN workshop's report prints it: "Republic of Korea",
  "Viet Nam", "Türkiye", "Côte d'Ivoire", "Iran (Islamic Republic of)",
  "Netherlands (Kingdom of the)", "United Kingdom of Great Britain and Northern
  Ireland" (:mod:`cafe.people.un_names`). Every other form is an alias of that
  name: ISO 3166-1 names, common and official names (pycountry), the UN's
  French and Spanish names, everyday forms ("South Korea", "Ivory Coast",
  "UK"), ISO codes, and the names in the languages of the UN States (pycountry's
  translations, e.g. "Deutschland", "Nederland", "Schweiz", "España", "Brasil",
  "Россия", "日本"), with their inverted forms turned round ("Korea, Republik"
  -> "Republik Korea").
* **Anything else is kept exactly as typed** (spaces tidied): territories and
  areas ISO lists (Hong Kong, Taiwan, Puerto Rico, Greenland…), Kosovo, and
  values nothing recognises. A territory or Kosovo is recognised (``exact``,
  ``un_state`` False, its code for comparison) but its name is the organiser's
  own words, never another State's.
* **Suggestions** (``exact`` False) come only from a close spelling of a name
  ("Germny", "Ivory Cost"), never from a region or city inside a State (a
  guess by region reads "Kosovo" as "Serbia"), and never for a form shared by
  two countries ("Korea"). A suggestion is never applied by this module; the import
  preview applies one only when the organiser accepts it.
* :func:`name_key` is the one form in which two countries or two delegations
  are compared or counted: a recognised country (by name, not by code, so the
  African Union's "AU" stays itself) is its code, anything else is
  :func:`normalise`'d text, so "TÜRKIYE" = "Türkiye" = "Turkey" and
  "The Netherlands" = "Netherlands". :func:`country_display` and
  :func:`canonical_spellings` give the one spelling to print.
* Matching ignores case, accents, punctuation, a leading article ("the", "le",
  "la", "les", "l'"), "&" versus "and" and "St" versus "Saint". A form claimed
  by two countries is not exact for either.
* Pure functions; the index is built once on first use and is read-only, so
  any thread may call them. The names in other languages, most of the index,
  are added only when a name is not found without them.
"""

from __future__ import annotations

import difflib
import functools
import gettext
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pycountry

from cafe.people.un_names import ALIASES, OTHER_ALIASES, OTHER_CODES, OTHER_ENTRIES, UN_STATES

# Languages whose names of countries are recognised: the official languages of
# UN Member States for which pycountry has a translation of ISO 3166-1.
_TRANSLATION_LANGUAGES = (
    "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "da", "de", "dv", "dz", "el", "es", "et", "fa",
    "fi", "fil", "fr", "ga", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "km", "ko",
    "ky", "lo", "lt", "lv", "mk", "mn", "ms", "mt", "my", "nb_NO", "ne", "nl", "pl", "ps", "pt", "pt_BR",
    "ro", "ru", "rw", "si", "sk", "sl", "so", "sq", "sr", "sr@latin", "sv", "sw", "ta", "tg", "th", "ti",
    "tk", "tr", "uk", "ur", "uz", "vi", "zh_CN", "zh_TW",
)

# Display names for entries that are not UN States (offered in lists and as
# suggestions; what was typed is kept) where pycountry's would read badly.
_OTHER_DISPLAY = {
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
    "XKX": "Kosovo",
}

_MIN_GUESS_LENGTH = 3
_MAX_GUESS_LENGTH = 60
_CLOSE_SPELLING_CUTOFF = 0.8
_NOT_WORD = re.compile(r"[\W_]+")
_INVERTED = re.compile(r"^(?P<head>[^,]+), (?P<tail>.+ of(?: the)?)$")
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")
_LEADING_ARTICLES = frozenset({"the", "le", "la", "les", "l"})


@dataclass(frozen=True)
class CountryMatch:
    """A country recognised in some text.

    ``alpha_3`` is the ISO 3166-1 alpha-3 code (``XKX`` for Kosovo), ``name``
    the name to store and print (a UN State's UN short name; for anything else
    the text as typed, or for a suggestion the entry's usual name), ``exact``
    False when the match is a suggestion the organiser must accept, and
    ``un_state`` False for a territory or Kosovo.
    """

    alpha_3: str
    name: str
    exact: bool
    un_state: bool = True


def normalise(text: str) -> str:
    """The form names are compared in: no case, accents or punctuation.

    Also drops a leading article ("the", "le", "la", "les", "l'"), reads "&"
    as "and", "St" as "Saint", and the Arabic tatweel; Arabic hamza forms of
    alef fold to a bare alef through the same accent stripping.
    """
    return _normalise(text, _strip_marks)


def _strip_marks(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _strip_marks_fast(text: str) -> str:
    """:func:`_strip_marks` through a table, for the many names of the translations."""
    return unicodedata.normalize("NFKD", text).translate(_combining_marks())


def _normalise(text: str, strip_marks: Callable[[str], str]) -> str:
    stripped = text if text.isascii() else strip_marks(text)
    folded = stripped.casefold().replace("\u0640", "").replace("&", " and ")
    words = _NOT_WORD.sub(" ", folded).split()
    words = ["saint" if word == "st" else word for word in words]
    if len(words) > 1 and words[0] in _LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


@functools.cache
def _combining_marks() -> dict[int, None]:
    """A ``str.translate`` table deleting every combining mark (none lies beyond the first two planes)."""
    return {point: None for point in range(0x300, 0x20000) if unicodedata.combining(chr(point))}


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _turned_round(name: str) -> str | None:
    """ "Palestine, State of" -> "State of Palestine"; None if not inverted."""
    found = _INVERTED.match(name)
    if found is None:
        return None
    tail = found["tail"]
    if tail.startswith("The "):
        tail = tail[len("The "):]
    return f"{tail} {found['head']}"


def _short_forms(name: str) -> Iterable[str]:
    """The part before a comma or a trailing parenthesis, if any."""
    if "," in name:
        yield name.split(",", 1)[0]
    without = _TRAILING_PARENTHESIS.sub("", name)
    if without != name:
        yield without


def _swapped(name: str) -> Iterable[str]:
    """A translated name's inverted form turned round ("Korea, Republik" -> "Republik Korea")."""
    if name.count(",") == 1:
        head, tail = (part.strip() for part in name.split(","))
        if head and tail:
            yield f"{tail} {head}"


class _Index:
    """Normalised form -> code, built in tiers.

    A form claimed by two countries within one tier is ambiguous: it is
    dropped and no later tier may claim it either.
    """

    def __init__(self, codes: dict[str, str] | None = None, blocked: Iterable[str] = ()) -> None:
        self.codes: dict[str, str] = dict(codes or {})
        self.blocked: set[str] = set(blocked)

    def add_tier(self, pairs: Iterable[tuple[str, str]], strip_marks: Callable[[str], str] = _strip_marks) -> None:
        tier: dict[str, str] = {}
        clashes: set[str] = set()
        for text, code in pairs:
            key = _normalise(text, strip_marks)
            if not key or key in self.codes or key in self.blocked:
                continue
            if tier.get(key, code) != code:
                clashes.add(key)
            tier[key] = code
        for key in clashes:
            del tier[key]
        self.blocked |= clashes
        self.codes.update(tier)


@dataclass(frozen=True)
class _Countries:
    display: dict[str, str]      # code -> UN name, or the usual name of an entry that is no UN State
    states: frozenset[str]       # codes of the UN States
    names: dict[str, str]        # normalised form -> code (exact matches but for the translations)
    blocked: frozenset[str]      # normalised forms two countries claim
    codes: dict[str, str]        # upper-case alpha-2 or alpha-3 -> code
    everything: tuple[pycountry.db.Country, ...]

    @property
    def spellings(self) -> dict[str, str]:
        """Normalised form -> code: the forms close spellings are checked against."""
        return self.names


def _iso_names(country: pycountry.db.Country) -> list[str]:
    return [value for value in (
        country.name,
        getattr(country, "common_name", None),
        getattr(country, "official_name", None),
    ) if value]


def _other_display(country: pycountry.db.Country) -> str:
    if country.alpha_3 in _OTHER_DISPLAY:
        return _OTHER_DISPLAY[country.alpha_3]
    return getattr(country, "common_name", None) or _turned_round(country.name) or country.name


@functools.cache
def _countries() -> _Countries:
    everything = list(pycountry.countries)
    un = {code: (en, fr, es) for code, en, fr, es in UN_STATES}
    display = {c.alpha_3: un[c.alpha_3][0] if c.alpha_3 in un else _other_display(c) for c in everything}
    for code, forms in OTHER_ENTRIES.items():
        display[code] = _OTHER_DISPLAY.get(code, forms[0])

    index = _Index()
    index.add_tier([
        *((text, c.alpha_3) for c in everything for text in [*_iso_names(c), display[c.alpha_3]]),
        *((names[0], code) for code, names in un.items()),
        *((forms[0], code) for code, forms in OTHER_ENTRIES.items()),
    ])
    index.add_tier([
        *((text, c.alpha_3) for c in everything for name in _iso_names(c)
          for text in [_turned_round(name) or "", *_short_forms(name)]),
        *((text, code) for code, names in un.items() for text in _short_forms(names[0])),
    ])
    index.add_tier([
        *ALIASES.items(), *OTHER_ALIASES.items(),
        *((form, code) for code, forms in OTHER_ENTRIES.items() for form in forms),
        *((text, code) for code, names in un.items() for name in names[1:]
          for text in (name, *_short_forms(name))),
    ])

    codes: dict[str, str] = dict(OTHER_CODES)
    for c in everything:
        codes[c.alpha_2] = c.alpha_3
        codes[c.alpha_3] = c.alpha_3
    return _Countries(display=display, states=frozenset(un), names=index.codes, blocked=frozenset(index.blocked),
                      codes=codes, everything=tuple(everything))


@functools.cache
def _translations() -> dict[str, str]:
    """The last tier, the names in other languages: built only when a name is not found in the others
    (the lists, the UN's and the English names never need it, and it takes most of the time)."""
    data = _countries()
    index = _Index(data.names, data.blocked)
    index.add_tier(_translated_names(list(data.everything)), _strip_marks_fast)
    return {key: code for key, code in index.codes.items() if key not in data.names}


def _translated_names(countries: list[pycountry.db.Country]) -> Iterable[tuple[str, str]]:
    english = [(country.alpha_3, name) for country in countries for name in _iso_names(country)]
    seen: set[tuple[str, str]] = set()
    for language in _TRANSLATION_LANGUAGES:
        catalogue = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for code, name in english:
            translated = catalogue.gettext(name)
            if translated == name or (translated, code) in seen:
                continue  # untranslated (the English tiers have it), or said by another language too
            seen.add((translated, code))
            yield translated, code
            for text in (*_swapped(translated), *_short_forms(translated)):
                yield text, code


def _exact_code(text: str, *, codes: bool) -> str | None:
    data = _countries()
    key = normalise(text)
    code = data.names.get(key)
    if code is None and key not in data.blocked:
        code = _translations().get(key)
    if code is None and codes:
        bare = text.strip()
        if bare.isascii() and bare.isalpha():
            code = data.codes.get(bare.upper())
    return code


@functools.lru_cache(maxsize=4096)
def match_country(text: str, *, codes: bool = True) -> CountryMatch | None:
    """The country ``text`` names, or None if nothing plausible.

    See the module docstring: a UN State by its UN name, anything else under
    the text as typed; a close spelling only as a suggestion (``exact`` False).
    ``codes`` False reads no ISO codes: in a note's attributions "AU" is the
    African Union and "CAN" no country.
    """
    data = _countries()
    key = normalise(text)
    if not key:
        return None
    code = _exact_code(text, codes=codes)
    if code is not None:
        if code in data.states:
            return CountryMatch(code, data.display[code], exact=True)
        return CountryMatch(code, _tidy(text), exact=True, un_state=False)
    code = _guess(key, data)
    if code is None:
        return None
    return CountryMatch(code, data.display[code], exact=False, un_state=code in data.states)


def _guess(key: str, data: _Countries) -> str | None:
    if not _MIN_GUESS_LENGTH <= len(key) <= _MAX_GUESS_LENGTH:
        return None
    close = difflib.get_close_matches(key, data.spellings, n=1, cutoff=_CLOSE_SPELLING_CUTOFF)
    return data.spellings[close[0]] if close else None


@functools.lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """The form in which two countries or two delegations are compared and counted.

    A country recognised by its name (any alias, any case or accents) is
    ``"country:"`` and its code; anything else is its :func:`normalise`'d text
    ("" for blank), so "TÜRKIYE", "Türkiye" and "Turkey" are one, and so are
    "The Netherlands" and "Netherlands". Codes are not read here: a delegation
    "AU" is the African Union, not Australia.
    """
    key = normalise(text or "")
    if not key:
        return ""
    code = _exact_code(text, codes=False)
    return f"country:{code}" if code is not None else key


def country_display(text: str) -> str:
    """The spelling to print for a stored country: a UN State's UN name, anything else as typed (spaces tidied)."""
    found = match_country(text) if text and text.strip() else None
    if found is not None and found.exact and found.un_state:
        return found.name
    return _tidy(text or "")


def canonical_spellings(values: Iterable[str]) -> dict[str, str]:
    """Each of ``values`` -> the one spelling printed for everything with its :func:`name_key`.

    A UN State is printed under its UN name; anything else under the first
    spelling met. Blank values map to "".
    """
    shown: dict[str, str] = {}
    out: dict[str, str] = {}
    for value in values:
        if value in out:
            continue
        key = name_key(value)
        if not key:
            out[value] = ""
            continue
        out[value] = shown.setdefault(key, country_display(value))
    return out


def country_name(alpha_3: str) -> str | None:
    """The UN name of a UN State's code (for anything else, its usual name), or None if there is none."""
    return _countries().display.get(alpha_3.upper())


def is_un_state(alpha_3: str) -> bool:
    """Whether ``alpha_3`` is the code of a UN Member or observer State."""
    return alpha_3.upper() in _countries().states


@functools.cache
def all_countries() -> tuple[str, ...]:
    """Every name a list of countries offers, sorted ignoring case and accents (for autocomplete):
    the UN States by their UN names, then also the territories and Kosovo by their usual names."""
    names = _countries().display.values()
    return tuple(sorted(names, key=lambda name: (normalise(name), name)))


@functools.cache
def un_states() -> tuple[str, ...]:
    """The UN names of the UN Member and observer States, sorted ignoring case and accents."""
    data = _countries()
    names = (data.display[code] for code in data.states)
    return tuple(sorted(names, key=lambda name: (normalise(name), name)))
