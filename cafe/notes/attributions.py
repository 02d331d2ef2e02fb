"""Who said or does it: attributions parsed from a note's trailing parenthesis.

Note-takers write practices the way the workshop's report prints them:
"Flexi visa system (Philippines and Bahrain)". The trailing parenthesis
becomes the note's attributions, one per actor; the text keeps it, so what was
typed is never rewritten.

* The trailing parenthesis may hold parentheses of its own, as the UN's names
  do: "(Iran (Islamic Republic of) and Egypt)" names two actors. A note that
  merely ends with such a name ("… in Bolivia (Plurinational State of)")
  names none.
* Actors are separated by commas, semicolons, "&", "and" and "et"; a UN
  State whose name holds one of them ("Bosnia and Herzegovina", "Trinité-et-
  Tobago", "United Kingdom of Great Britain and Northern Ireland") stays whole.
* The module stays light (regular expressions and the UN names' table): the
  window calls it for every note it draws.
"""

from __future__ import annotations

import re
import unicodedata

from cafe.people.un_names import UN_STATES

_MAX_INNER = 300
_TRAILING_END = re.compile(r"\)\s*[.;:]?\s*$")
# a separator: a comma or semicolon (with an Oxford "and" after it), "&", or "and"/"et" between words
_SPLIT = re.compile(r"\s*[,;]\s*(?:(?:and|et)\s+)?|\s*&\s*|\s+(?:and|et)\s+", re.IGNORECASE)
_JOINED_BY_WORD = re.compile(r"&|\band\b|\bet\b", re.IGNORECASE)
#: phrases that describe one joint actor and must stay whole, e.g. "IOM working with Germany"
_JOINT = re.compile(r"\b(working with|with|in cooperation with|supported by|funded by)\b", re.IGNORECASE)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(bare.replace("&", " and ").replace("’", "'").split())


#: UN names (English, French) that hold a separator word, folded
_WHOLE_NAMES = frozenset(_fold(name) for _code, *names in UN_STATES for name in names[:2]
                         if _JOINED_BY_WORD.search(name))
#: the part of a UN name in parentheses, folded, with the word before it: ("iran", "islamic republic of")
_QUALIFIED = frozenset(
    (_fold(name[:name.index("(")]).rsplit(" ", 1)[-1], _fold(name[name.index("(") + 1:-1]))
    for _code, *names in UN_STATES for name in names if name.endswith(")") and "(" in name)


def _trailing(text: str) -> tuple[str, str] | None:
    """(text before, inside) of the balanced parenthesis that ends ``text``, or None."""
    end = _TRAILING_END.search(text)
    if end is None:
        return None
    close = end.start()
    depth = 0
    for i in range(close, max(-1, close - _MAX_INNER - 2), -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return text[:i], text[i + 1:close]
    return None


def _top_level_parts(inner: str) -> list[tuple[str, str]]:
    """(part, separator before it) for each part, splitting only outside nested parentheses."""
    depth = 0
    masked = []
    for ch in inner:
        depth += ch == "("
        masked.append("\0" if depth else ch)
        depth -= ch == ")" and depth > 0
    parts: list[tuple[str, str]] = []
    start, separator = 0, ""
    for found in _SPLIT.finditer("".join(masked)):
        parts.append((inner[start:found.start()], separator))
        start, separator = found.end(), found.group()
    parts.append((inner[start:], separator))
    return parts


def parse_trailing(text: str) -> list[str]:
    """The actors named in ``text``'s trailing parenthesis, in order, without duplicates."""
    found = _trailing(text or "")
    if found is None:
        return []
    before, inner = found
    inner = inner.strip()
    if not inner or inner[0].isdigit():
        return []
    last_word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    if last_word and (_fold(last_word), _fold(inner)) in _QUALIFIED:
        return []  # "… in Iran (Islamic Republic of)": a name, not who does it
    if _JOINT.search(inner):
        return [inner]
    out: list[str] = []
    for part, separator in _top_level_parts(inner):
        part = part.strip(" .")
        if out and _JOINED_BY_WORD.search(separator) and _fold(f"{out[-1]}{separator}{part}") in _WHOLE_NAMES:
            out[-1] = f"{out[-1]}{separator}{part}"  # "Bosnia" + " and " + "Herzegovina"
        elif part:
            out.append(part)
    unique: list[str] = []
    for name in out:
        if name not in unique:
            unique.append(name)
    return unique


def format_attributions(names: list[str] | tuple[str, ...]) -> str:
    """"A", "A and B", "A, B and C": how a report prints a list of actors."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
