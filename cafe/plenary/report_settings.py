"""The report's settings as the organiser chooses them: its title, its sections (order, titles, shown).

The workshop keeps what the organiser changed (``report_title``,
``report_sections``); this module reads that with the defaults filled in, so
every reader (the report, the settings in the window) sees the same sections:

* the sections the workshop lists come first, in its order; a section it does
  not list (an older file, a section added later) follows them, in the
  default order, with its default title and shown unless hidden by default;
* an empty title is the section's default title;
* the list of participants is hidden by default (it names people: the
  organiser chooses to print it).

:func:`sections_value` is what the window saves through ``update_workshop``:
an empty list while everything is as by default, so a workshop that never
touched the settings keeps none. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from cafe.i18n import N_, _
from cafe.storage.report_keys import REPORT_SECTION_KEYS

#: English, as compared and stored; read it translated (``_(DEFAULT_REPORT_TITLE)``) where it is shown
DEFAULT_REPORT_TITLE = N_("Report")

#: each section's title when the organiser gave none; they read like the workshop's own final report.
#: English here (what is compared and stored); translated where read (:attr:`ReportSection.title`)
DEFAULT_TITLES: dict[str, str] = {
    "introduction": N_("Introduction"),
    "sessions": N_("Plenary sessions"),
    "themes": N_("Thematic sessions"),
    "wrapup": N_("Wrap-up of the thematic sessions"),
    "annex": N_("Annex: full notes of the thematic sessions"),
    "participants": N_("List of participants"),
}
#: sections printed unless the organiser hides them (the list of participants is asked for)
SHOWN_BY_DEFAULT: frozenset[str] = frozenset(REPORT_SECTION_KEYS) - {"participants"}


@dataclass(frozen=True)
class ReportSection:
    """One section of the report as it will be printed."""

    key: str
    #: the organiser's title, "" for the default one
    custom_title: str
    shown: bool

    @property
    def default_title(self) -> str:
        """The default title in English (translate it where it is shown, or read :attr:`default_text`)."""
        return DEFAULT_TITLES[self.key]

    @property
    def default_text(self) -> str:
        """The default title in the language in effect."""
        return _(DEFAULT_TITLES[self.key])

    @property
    def title(self) -> str:
        """The title printed: the organiser's, else the default in the language in effect."""
        return self.custom_title or self.default_text


def default_sections() -> tuple[ReportSection, ...]:
    return tuple(ReportSection(key, "", key in SHOWN_BY_DEFAULT) for key in REPORT_SECTION_KEYS)


def report_sections(stored: Iterable[Any] | None) -> tuple[ReportSection, ...]:
    """Every section in print order, from a workshop's ``report_sections`` (anything unreadable in
    it is passed over: a damaged entry never hides the report)."""
    out: list[ReportSection] = []
    seen: set[str] = set()
    for entry in stored or ():
        if not isinstance(entry, Mapping):
            continue
        key = entry.get("key")
        if key not in DEFAULT_TITLES or key in seen:
            continue
        seen.add(key)
        title = entry.get("title", "")
        shown = entry.get("shown", True)
        out.append(ReportSection(key, " ".join(title.split()) if isinstance(title, str) else "",
                                 shown if isinstance(shown, bool) else True))
    out.extend(s for s in default_sections() if s.key not in seen)
    return tuple(out)


def sections_value(sections: Iterable[ReportSection]) -> list[dict[str, Any]]:
    """What ``update_workshop(report_sections=…)`` stores for these sections: [] when they are
    the defaults (order, titles and what is shown)."""
    sections = tuple(sections)
    if sections == default_sections():
        return []
    return [{"key": s.key, "title": " ".join(s.custom_title.split()), "shown": s.shown} for s in sections]


def report_title(workshop: Any) -> str:
    """The report's title: the organiser's, else "Report" in the language in effect."""
    title = getattr(workshop, "report_title", "") if workshop is not None else ""
    return " ".join(title.split()) if isinstance(title, str) and title.strip() else _(DEFAULT_REPORT_TITLE)
