"""``cafe report OUT`` — the report without a window.

Wired into :mod:`cafe.cli` by two lines: ``cli_command.add_parser(sub)`` in
``build_parser`` and ``"report": lambda args: cli_command.run(args, _open_service)``
in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from . import FORMATS, SUFFIXES


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "report", help="write the report (PDF, Markdown, Word) or the notes (CSV)",
        description="Write the workshop's report: PDF by default, or Markdown, Word, or every note as CSV. "
                    "The format follows OUT's extension unless --format says otherwise. The file is "
                    "replaced atomically: a failed export leaves an earlier file as it was. Groups and "
                    "participants are left out unless --participants (privacy).")
    p.add_argument("out", type=Path, metavar="OUT")
    p.add_argument("--format", choices=sorted(FORMATS), help="pdf, md, docx or csv (default: from OUT)")
    p.add_argument("--participants", action="store_true", help="include the groups and their participants")
    return p


def output_format(out: Path, given: str | None) -> str:
    """The format asked for, else the one OUT's extension names, else PDF."""
    if given:
        return given
    suffix = out.suffix.lower()
    return next((fmt for fmt, s in SUFFIXES.items() if s == suffix), "pdf")


def run(args, open_service: Callable[..., object]) -> int:
    """Run the command; user errors raise :class:`cafe.cli.CliError` (one line, no traceback)."""
    from ..cli import CliError
    from . import export
    from .output import ExportError

    fmt = output_format(args.out, args.format)
    if args.out.exists() and args.out.is_dir():
        raise CliError(f"{args.out}: is a folder; give a file name such as {args.out / ('report' + SUFFIXES[fmt])}.")
    service = open_service(args.db, create=False)
    try:
        if not service.has_workshop():
            raise CliError(f"{service.db.display_name}: the database holds no workshop to report on.")
        snapshot, notes = service.snapshot(), service.notes()
    finally:
        service.db.dispose()
    try:
        path = export(snapshot, notes, args.out, fmt, include_participants=args.participants)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    live = sum(1 for n in notes if n.deleted_at is None)
    print(f"Wrote {path} ({FORMATS[fmt]}, {len(snapshot.themes)} themes, {live} notes"
          f"{', with participants' if args.participants and fmt != 'csv' else ''}).", file=sys.stdout)
    return 0
