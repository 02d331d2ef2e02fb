"""Tables of texts the core shows (category titles, phase words, round states) that read in the
language in effect each time they are read, never the language of the moment they were defined.

A table is defined once at module level with English texts marked by :func:`cafe.i18n.N_`;
reading a value (``TABLE[key]``, ``.get``, iteration) translates it with :func:`cafe.i18n._` then,
so the window, the venue pages and the outputs each get their own language. Keys stay the stored
English values that programs read.

Also the day label the window and the outputs print ("Thu 21 Mar 2019" / "jeu. 21 mars 2019").

Thread: any (reading translates in the caller's language, see :mod:`cafe.i18n`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import TypeVar, overload

from cafe.i18n import _, format_day, language

K = TypeVar("K")


class TranslatedMap(Mapping[K, str]):
    """A mapping of keys to English texts (marked with ``N_``) that reads each text translated."""

    def __init__(self, english: Mapping[K, str]):
        self._english = dict(english)

    def __getitem__(self, key: K) -> str:
        return _(self._english[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def english(self, key: K) -> str:
        """The English text, as stored or written to files programs read."""
        return self._english[key]

    def __repr__(self) -> str:
        return f"TranslatedMap({self._english!r})"


class TranslatedPairs(Sequence[tuple[str, str]]):
    """``(key, title)`` pairs in a fixed order, each title read translated (``for key, title in …``)."""

    def __init__(self, pairs: Sequence[tuple[str, str]]):
        self._pairs = tuple(pairs)

    @overload
    def __getitem__(self, index: int) -> tuple[str, str]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[str, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[str, str] | Sequence[tuple[str, str]]:
        if isinstance(index, slice):
            return tuple((key, _(title)) for key, title in self._pairs[index])
        key, title = self._pairs[index]
        return key, _(title)

    def __len__(self) -> int:
        return len(self._pairs)

    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, _title in self._pairs)

    def title(self, key: str, default: str = "") -> str:
        """The translated title of ``key``, else ``default``."""
        for k, title in self._pairs:
            if k == key:
                return _(title)
        return default

    def english(self, key: str, default: str = "") -> str:
        return next((title for k, title in self._pairs if k == key), default)

    def __repr__(self) -> str:
        return f"TranslatedPairs({self._pairs!r})"


def day_label(day: dt.date) -> str:
    """A weekday and date, short: "Thu 21 Mar 2019" in English (as it always read), "jeu. 21 mars 2019"."""
    if language() == "en":
        return day.strftime("%a %d %b %Y")
    return format_day(day)
