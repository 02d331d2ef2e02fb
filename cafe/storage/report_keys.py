"""The report's sections by name, the lengths its settings allow, and their checks: plain Python,
imported by the workshop's model and by the window (which must not load the storage stack to show
the settings)."""

from __future__ import annotations

from typing import Any

#: the sections of the report, in their default order (``Workshop.report_sections`` names them)
REPORT_SECTION_KEYS: tuple[str, ...] = ("introduction", "sessions", "themes", "wrapup", "annex", "participants")
#: the longest report title and section title (one line each), and the longest lead-in or statistics text
MAX_REPORT_TITLE = 300
MAX_REPORT_TEXT = 100_000


def check_report_sections(value: Any) -> None:
    """ServiceError naming what is wrong unless ``value`` is what ``Workshop.report_sections`` holds:
    a list of ``{"key": …, "title": …, "shown": …}``, each key of :data:`REPORT_SECTION_KEYS` at most
    once, each title one line ("" for the section's default title)."""
    from cafe.service_errors import ServiceError

    if not isinstance(value, (list, tuple)):
        raise ServiceError("The report's sections are a list.")
    seen: set[str] = set()
    for i, section in enumerate(value, start=1):
        if not isinstance(section, dict) or not isinstance(section.get("key"), str):
            raise ServiceError(f"Report section {i} does not say which section it is (its key).")
        key = section["key"]
        if key not in REPORT_SECTION_KEYS:
            raise ServiceError(f"The report has no section “{key}” (it has {', '.join(REPORT_SECTION_KEYS)}).")
        if key in seen:
            raise ServiceError(f"The report's section “{key}” is listed twice.")
        seen.add(key)
        if set(section) != {"key", "title", "shown"}:
            raise ServiceError(f"Report section “{key}” needs exactly a key, a title and whether it is shown.")
        title, shown = section["title"], section["shown"]
        if not isinstance(title, str) or "\n" in title or len(title) > MAX_REPORT_TITLE:
            raise ServiceError(f"The title of report section “{key}” is one line of text, at most "
                               f"{MAX_REPORT_TITLE} characters.")
        if not isinstance(shown, bool):
            raise ServiceError(f"Whether report section “{key}” is shown must be true or false.")


def check_report_text(name: str, value: Any) -> None:
    """ServiceError unless ``value`` fits the workshop's report field ``name`` (the title: one line)."""
    from cafe.service_errors import ServiceError

    what = name.replace("_", " ").replace("wrapup", "wrap-up")
    if name == "report_title":
        if not isinstance(value, str) or "\n" in value or len(value) > MAX_REPORT_TITLE:
            raise ServiceError(f"The report's title is one line of text, at most {MAX_REPORT_TITLE} characters.")
    elif not isinstance(value, str):
        raise ServiceError(f"The report's {what} must be text.")
    elif len(value) > MAX_REPORT_TEXT:
        raise ServiceError(f"The report's {what} can hold at most {MAX_REPORT_TEXT:,} characters "
                           f"(this one has {len(value):,}).")


#: The outputs' languages and the Word report's papers a workshop can choose.
OUTPUT_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ar")
REPORT_PAPERS: tuple[str, ...] = ("a4", "letter")


def check_workshop_choice(name: str, value: Any) -> None:
    """ServiceError unless ``value`` is one of the choices of the workshop's field ``name``."""
    from cafe.service_errors import ServiceError

    choices = {"language": OUTPUT_LANGUAGES, "report_paper": REPORT_PAPERS}[name]
    if value not in choices:
        what = {"language": "output language", "report_paper": "report paper"}[name]
        raise ServiceError(f"The workshop's {what} must be one of {', '.join(choices)} (not {str(value)[:40]!r}).")
