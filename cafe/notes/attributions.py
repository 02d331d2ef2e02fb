"""Who said or does it: attributions parsed from a note's trailing parenthesis.

Note-takers write practices the way the workshop's report prints them:
"Flexi visa system (Philippines and Bahrain)". The trailing parenthesis
becomes the note's attributions, one per actor; the text keeps it, so what was
typed is never rewritten.
"""

from __future__ import annotations

import re

_TRAILING = re.compile(r"\(([^()]{1,300})\)\s*[.;:]?\s*$")
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\bet\b)\s*", re.IGNORECASE)
#: phrases that describe one joint actor and must stay whole, e.g. "IOM working with Germany"
_JOINT = re.compile(r"\b(working with|with|in cooperation with|supported by|funded by)\b", re.IGNORECASE)


def parse_trailing(text: str) -> list[str]:
    """The actors named in ``text``'s trailing parenthesis, in order, without duplicates."""
    match = _TRAILING.search(text or "")
    if not match:
        return []
    inner = match.group(1).strip()
    if not inner or inner[0].isdigit() or _JOINT.search(inner):
        return [inner] if inner and not inner[0].isdigit() else []
    parts = [p.strip(" .") for p in _SPLIT.split(inner)]
    out: list[str] = []
    for p in parts:
        if p and p not in out:
            out.append(p)
    return out


def format_attributions(names: list[str] | tuple[str, ...]) -> str:
    """"A", "A and B", "A, B and C": how a report prints a list of actors."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
