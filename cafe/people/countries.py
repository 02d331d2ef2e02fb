"""Country names typed by people, matched to ISO 3166-1 through pycountry.

Contract
--------
* :func:`match_country` turns what a registration form holds ("Ivory Coast",
  "USA", "Bolivia (Plurinational State of)", "ALLEMAGNE", "البحرين", "fra") into
  a :class:`CountryMatch`: the ISO alpha-3 code, the display name and whether
  the match is certain (``exact``) or a guess the user must confirm.
* The list of countries is pycountry's (ISO 3166-1, 249 entries including
  territories), never a table of our own. The only hand-kept data here are a
  few everyday forms ISO does not list (``_ALIASES``) and three display names
  the general rule cannot produce (``_DISPLAY_OVERRIDES``).
* Display name, the one a report prints: pycountry's ``common_name`` where it
  has one ("Bolivia", "Iran", "Vietnam", "South Korea", "Syria"), otherwise its
  ``name`` ("Türkiye", "Côte d'Ivoire", "Russian Federation"), with ISO's
  inverted forms turned round ("Palestine, State of" -> "State of Palestine",
  "Congo, The Democratic Republic of the" -> "Democratic Republic of the
  Congo").
* Exact matches, in order: ISO names (name, common and official names, display
  name, the inverted forms turned round, the part before a comma or a
  parenthesis when only one country has it), everyday aliases, alpha-2 and
  alpha-3 codes, then pycountry's translations of the names into the other
  official UN languages (Arabic, French, Spanish, Russian, Chinese). Matching
  ignores case, accents, punctuation, a leading "the", "&" versus "and" and
  "St" versus "Saint". A form shared by two countries ("Korea", "Virgin
  Islands") is not exact for either.
* Guesses (``exact=False``), last: pycountry's fuzzy search (which also finds
  the country of a region or city it knows, e.g. "Texas"), then a close
  spelling of an English name ("Germny"). Values shorter than 3 or longer
  than 60 characters are never guessed.
* Pure functions; the index is built once on first use and is read-only, so
  any thread may call them.
"""

from __future__ import annotations

import difflib
import functools
import gettext
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry

# The official UN languages other than English: registration forms at
# multilateral meetings are often filled in one of them.
_TRANSLATION_LANGUAGES = ("ar", "fr", "es", "ru", "zh_CN")

# Everyday forms that ISO 3166-1 (and so pycountry) does not list. Keys are
# written as people type them; they are normalised when the index is built.
_ALIASES = {
    "UK": "GBR",
    "U.K.": "GBR",
    "Great Britain": "GBR",
    "Britain": "GBR",
    "USA": "USA",
    "U.S.A.": "USA",
    "US": "USA",
    "U.S.": "USA",
    "Ivory Coast": "CIV",
    "Turkey": "TUR",
    "Russia": "RUS",
    "DRC": "COD",
    "DR Congo": "COD",
    "Democratic Republic of Congo": "COD",
    "Congo-Kinshasa": "COD",
    "Congo-Brazzaville": "COG",
    "Republic of Congo": "COG",
    "Vatican": "VAT",
    "Vatican City": "VAT",
    "Palestine": "PSE",
    "UAE": "ARE",
    "Brunei": "BRN",
    "Burma": "MMR",
    "Cape Verde": "CPV",
    "East Timor": "TLS",
    "Swaziland": "SWZ",
    "Macedonia": "MKD",
    "Holland": "NLD",
    "Bosnia": "BIH",
    "Lao PDR": "LAO",
    "Czech Republic": "CZE",
}

# Display names that the general rule (common name, else name turned round)
# would print badly.
_DISPLAY_OVERRIDES = {
    "VAT": "Holy See",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
}

_MIN_GUESS_LENGTH = 3
_MAX_GUESS_LENGTH = 60
_CLOSE_SPELLING_CUTOFF = 0.8
_NOT_WORD = re.compile(r"[\W_]+")
_INVERTED = re.compile(r"^(?P<head>[^,]+), (?P<tail>.+ of(?: the)?)$")
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)$")


@dataclass(frozen=True)
class CountryMatch:
    """A country recognised in some text.

    ``alpha_3`` is the ISO 3166-1 alpha-3 code, ``name`` the display name,
    ``exact`` False when the match is a guess the user must confirm.
    """

    alpha_3: str
    name: str
    exact: bool


def normalise(text: str) -> str:
    """The form names are compared in: no case, accents or punctuation.

    Also drops a leading "the", reads "&" as "and", "St" as "Saint", and the
    Arabic tatweel; Arabic hamza forms of alef fold to a bare alef through the
    same accent stripping.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().replace("\u0640", "").replace("&", " and ")
    words = _NOT_WORD.sub(" ", folded).split()
    words = ["saint" if word == "st" else word for word in words]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _display_name(country: pycountry.db.Country) -> str:
    alpha_3 = country.alpha_3
    if alpha_3 in _DISPLAY_OVERRIDES:
        return _DISPLAY_OVERRIDES[alpha_3]
    common = getattr(country, "common_name", None)
    if common:
        return common
    return _turned_round(country.name) or country.name


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


class _Index:
    """Normalised form -> alpha-3, built in tiers.

    A form claimed by two countries within one tier is ambiguous: it is
    dropped and no later tier may claim it either.
    """

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self._blocked: set[str] = set()

    def add_tier(self, pairs: Iterable[tuple[str, str]]) -> None:
        tier: dict[str, str] = {}
        clashes: set[str] = set()
        for text, alpha_3 in pairs:
            key = normalise(text)
            if not key or key in self.codes or key in self._blocked:
                continue
            if tier.get(key, alpha_3) != alpha_3:
                clashes.add(key)
            tier[key] = alpha_3
        for key in clashes:
            del tier[key]
        self._blocked |= clashes
        self.codes.update(tier)


@dataclass(frozen=True)
class _Countries:
    display: dict[str, str]      # alpha-3 -> display name
    names: dict[str, str]        # normalised form -> alpha-3 (exact matches)
    codes: dict[str, str]        # upper-case alpha-2 or alpha-3 -> alpha-3
    english: dict[str, str]      # normalised English form -> alpha-3 (for close spellings)


def _iso_names(country: pycountry.db.Country) -> list[str]:
    return [value for value in (
        country.name,
        getattr(country, "common_name", None),
        getattr(country, "official_name", None),
    ) if value]


@functools.cache
def _countries() -> _Countries:
    everything = list(pycountry.countries)
    display = {c.alpha_3: _display_name(c) for c in everything}

    index = _Index()
    index.add_tier(
        (text, c.alpha_3)
        for c in everything
        for text in [*_iso_names(c), display[c.alpha_3]]
    )
    index.add_tier(
        (text, c.alpha_3)
        for c in everything
        for name in _iso_names(c)
        for text in [_turned_round(name) or "", *_short_forms(name)]
    )
    index.add_tier(_ALIASES.items())
    english = dict(index.codes)
    index.add_tier(_translated_names(everything))

    codes: dict[str, str] = {}
    for c in everything:
        codes[c.alpha_2] = c.alpha_3
        codes[c.alpha_3] = c.alpha_3
    return _Countries(display=display, names=index.codes, codes=codes, english=english)


def _translated_names(countries: list[pycountry.db.Country]) -> Iterable[tuple[str, str]]:
    for language in _TRANSLATION_LANGUAGES:
        catalogue = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for country in countries:
            for name in _iso_names(country):
                yield catalogue.gettext(name), country.alpha_3


@functools.lru_cache(maxsize=4096)
def match_country(text: str) -> CountryMatch | None:
    """The country ``text`` names, or None if nothing plausible.

    See the module docstring for the order of exact matches and guesses.
    """
    data = _countries()
    key = normalise(text)
    if not key:
        return None
    alpha_3 = data.names.get(key)
    if alpha_3 is None:
        bare = text.strip()
        if bare.isascii() and bare.isalpha():
            alpha_3 = data.codes.get(bare.upper())
    if alpha_3 is not None:
        return CountryMatch(alpha_3, data.display[alpha_3], exact=True)
    alpha_3 = _guess(key, data)
    if alpha_3 is None:
        return None
    return CountryMatch(alpha_3, data.display[alpha_3], exact=False)


def _guess(key: str, data: _Countries) -> str | None:
    if not _MIN_GUESS_LENGTH <= len(key) <= _MAX_GUESS_LENGTH:
        return None
    try:
        found = pycountry.countries.search_fuzzy(key)
    except LookupError:
        found = []
    if found:
        return found[0].alpha_3
    close = difflib.get_close_matches(key, data.english, n=1, cutoff=_CLOSE_SPELLING_CUTOFF)
    return data.english[close[0]] if close else None


def country_name(alpha_3: str) -> str | None:
    """The display name for an ISO alpha-3 code, or None if there is none."""
    return _countries().display.get(alpha_3.upper())


@functools.cache
def all_countries() -> tuple[str, ...]:
    """Every display name, sorted ignoring case and accents (for autocomplete)."""
    names = _countries().display.values()
    return tuple(sorted(names, key=lambda name: (normalise(name), name)))
