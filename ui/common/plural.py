"""English plural forms when no translation is installed.

Counted texts are written once, the Qt way: ``self.tr("%n change(s) were sent.", "", n)``. With the
language's translations installed (English ones too), Qt picks the right form for ``n`` (two in
English, French and Spanish, six in Arabic). Without any (a test run, a ``.qm`` file not built yet) Qt
returns the source with ``%n`` filled in and "(s)" left as typed; :func:`english` turns that into the
English form, so "1 change was sent" and "3 changes were sent" read right either way. Source texts are
written in the plural ("were", "are"); the singular verb is put in only for such an untranslated text.
"""

from __future__ import annotations

_SINGULAR_VERBS = ((" were ", " was "), (" are ", " is "))


def english(text: str, n: int) -> str:
    """``text`` with any "(s)" left by a missing translation made singular or plural for ``n``."""
    if "(s)" not in text:
        return text
    if n != 1:
        return text.replace("(s)", "s")
    text = text.replace("(s)", "")
    for plural, singular in _SINGULAR_VERBS:
        text = text.replace(plural, singular)
    return text
