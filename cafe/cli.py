"""The ``cafe`` command: the app, and the scriptable seam for tests and power users.

Every failure a user can cause ends with one line on stderr and a non-zero
exit, never a traceback. An unexpected internal error also prints one line,
and its traceback goes to ``cafe-errors.log`` in the data folder.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from cafe.storage import paths

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNSOUND = 3


class CliError(Exception):
    """A failure to report in one line."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cafe",
        description="Knowledge Café: run a live knowledge café. Without a command, opens the app.",
        epilog=f"Default database: {paths.default_db_path()}",
    )
    parser.add_argument("--db", metavar="URL",
                        help="an SQLite file path or an SQLAlchemy URL "
                             "(e.g. postgresql+psycopg://user@host/db); default: the user's data folder")
    sub = parser.add_subparsers(dest="command", metavar="<command>")

    p = sub.add_parser("sample", help="put the sample workshop into the database",
                       description="Put the sample workshop (the Geneva format) into the database. "
                                   "Refuses a database that already holds a workshop unless --replace.")
    p.add_argument("--replace", action="store_true", help="replace the workshop already there")

    p = sub.add_parser("load", help="load a workshop file",
                       description="Validate a workshop file (JSON) and load it, all or nothing. "
                                   "Refuses a database that already holds a workshop unless --replace.")
    p.add_argument("file", type=Path, metavar="FILE.json")
    p.add_argument("--replace", action="store_true", help="replace the workshop already there")

    p = sub.add_parser("dump", help="write the workshop file",
                       description="Write the workshop, notes included, as a workshop file (JSON). "
                                   "Use - for standard output.")
    p.add_argument("file", metavar="FILE.json")

    p = sub.add_parser("merge", help="merge a room laptop's workshop file",
                       description="Merge a workshop file of the same workshop (e.g. from a room laptop that "
                                   "worked offline): rows are matched by uuid, the newer version wins, nothing "
                                   "is duplicated or deleted; conflicts are listed and left as they are here.")
    p.add_argument("file", type=Path, metavar="FILE.json")

    from cafe.report import FORMATS

    p = sub.add_parser(
        "report", help="write the report (PDF, Markdown, Word) or the notes (CSV)",
        description="Write the workshop's report: PDF by default, or Markdown, Word, or every note as CSV. "
                    "The format follows OUT's extension unless --format says otherwise. The file is "
                    "replaced atomically: a failed export leaves an earlier file as it was. Groups and "
                    "participants are left out unless --participants (privacy).")
    p.add_argument("out", type=Path, metavar="OUT")
    p.add_argument("--format", choices=sorted(FORMATS), help="pdf, md, docx or csv (default: from OUT)")
    p.add_argument("--participants", action="store_true", help="include the groups and their participants")

    sub.add_parser("check", help="integrity check",
                   description="Check the database: SQLite integrity, references, schema revision and the "
                               "workshop's rules. Exit 0 when sound, 3 with a list of problems otherwise.")

    p = sub.add_parser("share", help="set up a shared workshop's logins on its PostgreSQL server",
                       description="Create (or renew) the logins of a shared workshop on its PostgreSQL server: "
                                   "one for the organiser and moderator, who may change everything, and one per "
                                   "room, which reads everything and writes only that room's notes and round "
                                   "summaries (enforced by the server's row-level security). --db is an "
                                   "administrator's URL of the workshop database, which must hold the workshop "
                                   "already (cafe --db URL load FILE). Prints each laptop's connection once; "
                                   "running it again renews every password.")
    p.add_argument("--host", help="the server's address as the laptops reach it (default: the one in --db)")
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="also write the connections to FILE (readable by you only)")
    return parser


def _open_service(db_arg: str | None, *, create: bool):
    from cafe.service import Service
    from cafe.storage.db import open_database, to_url

    if db_arg is None:
        path = paths.default_db_path()
        if not create and not path.exists():
            raise CliError(f"{path}: no workshop database here yet (start the app once, or use --db).")
        path.parent.mkdir(parents=True, exist_ok=True)
        target = str(path)
    else:
        target = db_arg
        url = to_url(target)
        if url.startswith("sqlite") and not create:
            file = Path(url.split("///", 1)[-1])
            if not file.exists():
                raise CliError(f"{file}: no such database.")
    return Service(open_database(target))


def _cmd_sample(args) -> int:
    from cafe import workshop_file

    service = _open_service(args.db, create=True)
    try:
        workshop_file.load(service, paths.sample_workshop_path(), replace=args.replace)
        snap = service.snapshot()
        print(f"Loaded the sample workshop “{snap.workshop.title}”: {len(snap.themes)} themes, "
              f"{len(snap.participants)} participants, {sum(snap.note_counts.values())} notes.")
    finally:
        service.db.dispose()
    return EXIT_OK


def _cmd_load(args) -> int:
    from cafe import workshop_file

    rows = workshop_file.read_rows(args.file)  # validate before creating any database
    service = _open_service(args.db, create=True)
    try:
        workshop_file.load(service, args.file, replace=args.replace)
        print(f"Loaded {args.file}: {len(rows.get('participants', []))} participants, "
              f"{len(rows.get('notes', []))} notes.")
    finally:
        service.db.dispose()
    return EXIT_OK


def _cmd_dump(args) -> int:
    from cafe import workshop_file

    service = _open_service(args.db, create=False)
    try:
        if not service.has_workshop():
            raise CliError(f"{service.db.display_name}: the database holds no workshop to dump.")
        if args.file == "-":
            sys.stdout.buffer.write(workshop_file.dump_bytes(service))
            sys.stdout.flush()
        else:
            workshop_file.write(service, Path(args.file))
            print(f"Wrote {args.file}")
    finally:
        service.db.dispose()
    return EXIT_OK


def _cmd_merge(args) -> int:
    from cafe import workshop_file

    rows = workshop_file.read_rows(args.file)
    service = _open_service(args.db, create=False)
    try:
        report = service.merge_rows(rows).row
    finally:
        service.db.dispose()
    print(f"Merged {args.file}: {report.summary()}")
    for _kind, _uuid, sentence in report.conflicts:
        print(f"  conflict: {sentence}", file=sys.stderr)
    return EXIT_OK


def _cmd_check(args) -> int:
    from cafe.storage.db import integrity_problems

    service = _open_service(args.db, create=False)
    try:
        problems = integrity_problems(service.db) + service.consistency_problems()
    finally:
        service.db.dispose()
    if problems:
        print(f"{service.db.display_name}: {len(problems)} problem(s)", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        return EXIT_UNSOUND
    print(f"{service.db.display_name}: sound")
    return EXIT_OK


def _no_window(_db: str | None) -> int:
    raise CliError("This installation has no window; use a command (see cafe --help).")


def output_format(out: Path, given: str | None) -> str:
    """The format asked for, else the one OUT's extension names, else PDF."""
    from cafe.report import SUFFIXES

    if given:
        return given
    suffix = out.suffix.lower()
    return next((fmt for fmt, s in SUFFIXES.items() if s == suffix), "pdf")


def _cmd_report(args) -> int:
    """``cafe report OUT``: the report without a window; user errors raise :class:`CliError`."""
    from cafe.report import FORMATS, SUFFIXES, export
    from cafe.report.output import ExportError

    fmt = output_format(args.out, args.format)
    if args.out.exists() and args.out.is_dir():
        raise CliError(f"{args.out}: is a folder; give a file name such as {args.out / ('report' + SUFFIXES[fmt])}.")
    service = _open_service(args.db, create=False)
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


def _cmd_share(args) -> int:
    from cafe.storage.atomic import atomic_write
    from cafe.sync.access import AccessError, set_up_server

    if args.db is None or "://" not in args.db:
        raise CliError("share needs --db with the PostgreSQL URL of the workshop database "
                       "(e.g. postgresql+psycopg://postgres@venue-server/geneva).")
    try:
        credentials = set_up_server(args.db, host_for_laptops=args.host)
    except AccessError as exc:
        raise CliError(str(exc)) from None
    lines = [f"{c.room or 'Organiser and moderator'}\t{c.role}\t{c.url}" for c in credentials]
    text = "# laptop\trole\tconnection (File › Connect to a shared workshop)\n" + "\n".join(lines) + "\n"
    if args.out is not None:
        atomic_write(args.out, text.encode("utf-8"), mode=0o600)
    print(text, end="")
    return 0


COMMANDS = {"sample": _cmd_sample, "load": _cmd_load, "dump": _cmd_dump, "merge": _cmd_merge,
            "report": _cmd_report, "check": _cmd_check, "share": _cmd_share}


def _log_unexpected() -> Path | None:
    try:
        log = paths.data_dir() / "cafe-errors.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return log
    except OSError:
        return None


def main(argv: list[str] | None = None, *, run_app: Callable[[str | None], int] = _no_window) -> int:
    """Run one command; without a command, ``run_app(db)`` opens the window.

    The window is passed in by the ``ui`` package's launcher: the core never imports the UI.
    """
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            # The window appears before the storage stack is imported (startup speed).
            return run_app(args.db)
        from cafe.service import ServiceError
        from cafe.storage.db import DatabaseError
        from cafe.workshop_file_format import WorkshopFileError

        try:
            return COMMANDS[args.command](args)
        except (DatabaseError, ServiceError, WorkshopFileError) as exc:
            raise CliError(str(exc)) from None
    except CliError as exc:
        print(f"cafe: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"cafe: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 — the last line of defence: one line, never a traceback
        log = _log_unexpected()
        where = f" (details in {log})" if log else ""
        print(f"cafe: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return EXIT_ERROR

if __name__ == "__main__":
    sys.exit(main())
