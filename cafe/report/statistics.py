"""The introduction's figures, offered from the participants: "About 190 participants from 89 UN Member States …".

A report's introduction says who came, the way a writer would put it:
"About 190 participants from 89 UN Member States and over 40 representatives
of civil society, the private sector and international organisations took
part." :func:`offer` builds that sentence from the workshop's participants,
so nobody has to count; the organiser may edit it (the workshop's
``statistics`` text), and the report prints the organiser's text when there
is one (:func:`sentence`).

Decisions:

* People of stakeholder type *state* are the participants "from N UN Member
  States"; everybody else is a representative of the other types present, in
  the order of :class:`cafe.storage.models.StakeholderType` ("civil society,
  the private sector, international organisations and academia"; people of
  type *other* as "other organisations", or "other participants" when nobody
  has another type). A workshop with only one kind of people reads "12
  participants from 5 countries".
* Countries are compared as :func:`cafe.people.countries.name_key` does
  ("Turkey" = "Türkiye"). They are called "UN Member States" only when the
  people counted are state representatives and every one of their countries
  is a UN Member State (not an observer State, not a territory, not a
  misspelling); otherwise "countries". One country is named: "from Senegal".
* Rounding as a writer rounds: below 20, and any multiple of ten, exactly;
  otherwise the participants "about" the nearest ten (the nearest hundred
  from 1,000; a half rounds down, so "about" never overstates a tie), the
  representatives "over" the ten below, and countries always exactly.

The sentence is written in the language in effect (the report's output
language): French, Spanish and Arabic each have their own sentence, with
their own grammar and plural forms (:mod:`cafe.report.statistics_lang`), from
the same figures.

Pure; reads only the snapshot's participants.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from cafe.i18n import language

#: The observer States: UN States, but not Member States.
_OBSERVER_STATES = frozenset({"VAT", "PSE"})

#: How each stakeholder type reads after "representatives of", in the enum's order.
_TYPE_WORDS = {
    "civil society": "civil society",
    "private sector": "the private sector",
    "international organisation": "international organisations",
    "academia": "academia",
    "other": "other organisations",
}


def offer(snapshot: Any) -> str:
    """The statistics sentence built from ``snapshot.participants``; "" when there is nobody."""
    people = list(getattr(snapshot, "participants", ()) or ())
    if not people:
        return ""
    states = [p for p in people if _type(p) == "state"]
    others = [p for p in people if _type(p) != "state"]
    lang = language()
    if lang != "en":
        from cafe.report.statistics_lang import Figures, compose

        group = states if states and others else people
        return compose(lang, Figures(
            main=approx_parts(len(group), "about"), origin=_origin_parts(group, bool(states)),
            others=approx_parts(len(others), "over") if states and others else None,
            kinds=tuple(k for k in _TYPE_WORDS if k in {_type(p) for p in others}) if states and others else ()))
    if states and others:
        first = f"{_approx(len(states), 'about')} {_plural(len(states), 'participant')}{_origin(states, True)}"
        phrase = f"{first} and {_others(others)}"
    else:
        phrase = f"{_approx(len(people), 'about')} {_plural(len(people), 'participant')}{_origin(people, bool(states))}"
    return phrase[0].upper() + phrase[1:] + " took part."


def sentence(workshop: Any, snapshot: Any) -> str:
    """What the report prints: the organiser's ``statistics`` text when there is one, else :func:`offer`."""
    own = str(getattr(workshop, "statistics", "") or "").strip() if workshop is not None else ""
    return own or offer(snapshot)


# --- pieces -----------------------------------------------------------------------------------

def _type(person: Any) -> str:
    value = getattr(person.stakeholder_type, "value", person.stakeholder_type)
    return value if value in ("state", *_TYPE_WORDS) else "other"


def _plural(n: int, word: str) -> str:
    return word if n == 1 else word + "s"


def _number(n: int) -> str:
    return f"{n:,}"


def approx_parts(n: int, word: str) -> tuple[str, int]:
    """``n`` as a writer gives it: ("", n) exact below 20 and for round numbers, else ("about", the
    nearest round number) or ("over", the round number below)."""
    if n < 20 or n % 10 == 0:
        return "", n
    step = 100 if n >= 1_000 else 10
    if word == "about":
        rounded = (n + step // 2 - 1) // step * step
        return ("about", rounded) if rounded != n else ("", n)
    return "over", n // step * step


def _approx(n: int, word: str) -> str:
    """``n`` as a writer gives it: exact below 20 and for round numbers, else "about"/"over" a round one."""
    qualifier, shown = approx_parts(n, word)
    return f"{qualifier} {_number(shown)}" if qualifier else _number(shown)


def _countries(people: Iterable[Any]) -> tuple[list[str], bool]:
    """The distinct countries of ``people`` (one spelling each, in order of first appearance), and
    whether every one of them is a UN Member State."""
    from cafe.people.countries import country_display, match_country, name_key

    seen: dict[str, str] = {}
    members = True
    for person in people:
        text = (person.country or "").strip()
        if not text:
            continue
        key = name_key(text)
        if not key or key in seen:
            continue
        seen[key] = country_display(text)
        found = match_country(text)
        if found is None or not found.exact or not found.un_state or found.alpha_3 in _OBSERVER_STATES:
            members = False
    return list(seen.values()), members


def _origin_parts(people: Sequence[Any], state_representatives: bool) -> tuple[str, str | int]:
    """Where ``people`` come from: ("", "") unknown, ("one", "Senegal"), ("members", 89) or ("countries", 5)."""
    names, members = _countries(people)
    if not names:
        return "", ""
    if len(names) == 1:
        return "one", names[0]
    return ("members" if state_representatives and members else "countries"), len(names)


def _origin(people: Sequence[Any], state_representatives: bool) -> str:
    """" from 89 UN Member States", " from 5 countries", " from Senegal" or ""."""
    names, members = _countries(people)
    if not names:
        return ""
    if len(names) == 1:
        return f" from {names[0]}"
    word = "UN Member States" if state_representatives and members else "countries"
    return f" from {_number(len(names))} {word}"


def _others(people: Sequence[Any]) -> str:
    """"over 40 representatives of civil society, the private sector and international organisations"."""
    count = _approx(len(people), "over")
    present = {_type(p) for p in people}
    kinds = [words for kind, words in _TYPE_WORDS.items() if kind in present]
    if kinds == [_TYPE_WORDS["other"]]:
        return f"{count} other {_plural(len(people), 'participant')}"
    return f"{count} {_plural(len(people), 'representative')} of {_join(kinds)}"


def _join(words: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c" (no serial comma, as UN documents write)."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]
