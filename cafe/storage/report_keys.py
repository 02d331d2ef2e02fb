"""The report's sections by name, and the lengths its settings allow: plain data, imported by the
workshop's model and by the window (which must not load the storage stack to show the settings)."""

from __future__ import annotations

#: the sections of the report, in their default order (``Workshop.report_sections`` names them)
REPORT_SECTION_KEYS: tuple[str, ...] = ("introduction", "sessions", "themes", "wrapup", "annex", "participants")
#: the longest report title and section title (one line each), and the longest lead-in or statistics text
MAX_REPORT_TITLE = 300
MAX_REPORT_TEXT = 100_000
