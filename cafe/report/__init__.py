"""The workshop's report and exports: PDF, Markdown, Word and CSV, built offline.

:func:`export` is the one entry point the command line and the window use:
it takes a snapshot and the notes (both frozen, so any thread may hold them),
builds the content once (:func:`cafe.report.data.report_data`) and writes the
chosen format atomically. Heavy imports (reportlab, python-docx) happen on
first use, so importing this package is cheap.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

FORMATS: dict[str, str] = {
    "pdf": "PDF report",
    "md": "Markdown report",
    "docx": "Word report",
    "csv": "notes (CSV)",
}
SUFFIXES: dict[str, str] = {"pdf": ".pdf", "md": ".md", "docx": ".docx", "csv": ".csv"}


def export(snapshot, notes: Iterable, path: str | os.PathLike, fmt: str = "pdf", *,
           include_participants: bool = False, progress: Callable[[float, str], None] | None = None,
           cancel=None, on_warning: Callable[[str], None] | None = None) -> Path:
    """Write the report (or the notes, for ``csv``) to ``path`` in ``fmt``; returns the path.

    Raises ``ValueError`` for an unknown format, :class:`cafe.report.pdf.Cancelled`
    when ``cancel`` is set, :class:`cafe.report.output.ExportError` when the
    file cannot be written. ``progress(fraction, stage)`` is called from this thread.

    ``on_warning(line)`` is called from this thread, once the PDF is written,
    for each note (or other text) holding characters that no bundled font has
    (they print as the visible mark U+FFFD): one short line naming the note and
    the code points (:class:`cafe.report.coverage.MissingGlyphs`). Word and
    Markdown files carry the text itself, so they need no such check.
    """
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format “{fmt}” (one of: {', '.join(FORMATS)}).")
    notes = list(notes)
    if fmt == "csv":
        from cafe.report.csv_export import write_csv

        return write_csv(snapshot, notes, path)
    from cafe.report.data import report_data

    data = report_data(snapshot, notes)
    if fmt == "pdf":
        from cafe.report.coverage import missing_glyphs
        from cafe.report.pdf import build_pdf

        written = build_pdf(data, path, progress=progress, cancel=cancel, include_participants=include_participants)
        if on_warning is not None:
            for warning in missing_glyphs(data, include_participants=include_participants):
                on_warning(str(warning))
            from cafe.report.shaping import unshaped_texts

            for line in unshaped_texts(data, include_participants=include_participants):
                on_warning(line)
        return written
    if fmt == "md":
        from cafe.report.markdown import write_markdown

        return write_markdown(data, path, include_participants=include_participants)
    from cafe.report.docx import write_docx

    return write_docx(data, path, include_participants=include_participants, cancel=cancel)
