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

from cafe.progress_line import ProgressLine
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

    p = sub.add_parser("check", help="integrity check; --repair moves damaged rows aside",
                       description="Check the database: SQLite integrity, every row (references, enumerations, "
                                   "dates and times, JSON fields, text encoding), schema revision and the "
                                   "workshop's rules. Exit 0 when sound, 3 with a list of problems otherwise.")
    p.add_argument("--repair", action="store_true",
                   help="move damaged rows aside: the database is backed up, the rows are written with their "
                        "values to a recovery file (JSON) beside it, then removed")

    sub.add_parser("backups", help="list the workshop file's backups",
                   description="List the backups of the workshop file, newest first: made every few minutes "
                               "while it changes, before a replacing load or import, before a restore or repair.")
    p = sub.add_parser("backup", help="back the workshop file up now",
                       description="Make a consistent copy of the workshop file now (kept with the others).")
    p = sub.add_parser("restore", help="restore a backup",
                       description="Put a backup back as the workshop, in one step. The workshop as it is is "
                                   "backed up first, so restoring that backup undoes this.")
    p.add_argument("backup", metavar="BACKUP", help="a backup's file, or its number in `cafe backups` (1: newest)")

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

    p = sub.add_parser("serve", help="serve the venue pages (room clocks, now and next, routes) on the network",
                       description="Serve the workshop's read-only venue pages to any browser on the venue "
                                   "network: each room's clock, now and next for hallway screens, and each "
                                   "participant's route (opened with the code on their slip). Follows the "
                                   "database as the laptops change it; Ctrl+C stops.")
    p.add_argument("--host", help="the address to listen on (default: this computer's address on the network; "
                                  "127.0.0.1: this computer only)")
    p.add_argument("--port", type=int, default=8080, help="the port to listen on (default: 8080)")
    p.add_argument("--questions", action="store_true", help="show each theme's guiding questions on its room's clock")
    p.add_argument("--secret-file", type=Path, metavar="FILE",
                   help="the workshop's venue secret (a copy of the moderator's), so route codes printed "
                        "on another computer open here")
    return parser


def _open_service(db_arg: str | None, *, create: bool):
    from cafe.service import Service
    from cafe.storage.db import open_database

    target: str | Path
    if db_arg is None:
        path = paths.default_db_path()
        if not create and not path.exists():
            raise CliError(f"{path}: no workshop database here yet (start the app once, or use --db).")
        path.parent.mkdir(parents=True, exist_ok=True)
        target = path
    else:
        target = db_arg
        file = _database_file(db_arg)
        if file is not None and not create and not file.exists():
            raise CliError(f"{file}: no such database.")
    service = Service(open_database(target))
    # A command makes one change: periodic backups are the app's; load --replace and check --repair back up first.
    service.periodic_backups = None
    return service


def _database_file(db_arg: str) -> Path | None:
    """The SQLite file ``--db`` names (a path is a path, whatever it contains), None for other URLs."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from cafe.storage.db import to_url

    try:
        u = make_url(to_url(db_arg))
    except ArgumentError:
        return None  # opening the database says what is wrong with the URL
    if not u.drivername.startswith("sqlite") or u.database in (None, "", ":memory:"):
        return None
    return Path(str(u.database))


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

    progress = ProgressLine()
    progress.say(f"Reading and checking {args.file}…")
    rows = workshop_file.read_rows(args.file)  # validate before creating any database
    progress.say(f"Writing {len(rows.get('participant', []))} participants and {len(rows.get('note', []))} notes "
                 "in one transaction…")
    # A load that fails leaves no new database behind: when the database file did not exist, the
    # files this command created (the database, its -wal, -shm and -journal) are removed again.
    database: Path | None = None
    if args.db is None:
        database = paths.default_db_path()
    elif "://" not in args.db:
        database = Path(args.db).expanduser()
    elif args.db.startswith("sqlite"):
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            name = make_url(args.db).database
        except ArgumentError:
            name = None  # opening the database says what is wrong with the URL
        if name and name != ":memory:" and not name.startswith("file:"):
            database = Path(name).expanduser()
    created = [] if database is None or database.exists() else [
        file for file in (Path(f"{database}{suffix}") for suffix in ("-wal", "-shm", "-journal", ""))
        if not file.exists()]
    service = None
    try:
        service = _open_service(args.db, create=True)
        workshop_file.load(service, args.file, replace=args.replace, rows=rows)
    except BaseException:
        if service is not None:
            service.db.dispose()
            service = None
        for file in created:  # the journals first: a stray -wal must not meet a later database
            try:
                file.unlink(missing_ok=True)
            except OSError:
                pass  # the error that stopped the load is the one to report
        raise
    finally:
        progress.done()
        if service is not None:
            service.db.dispose()
    # read_rows names its lists by kind ("participant", "note")
    print(f"Loaded {args.file}: {len(rows.get('participant', []))} participants, "
          f"{len(rows.get('note', []))} notes.")
    return EXIT_OK


def _cmd_dump(args) -> int:
    from cafe import workshop_file

    service = _open_service(args.db, create=False)
    try:
        if not service.has_workshop():
            raise CliError(f"{service.db.display_name}: the database holds no workshop to dump.")
        if args.file == "-":
            data, left_out = workshop_file.dump_checked(service)
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            left_out = workshop_file.write(service, Path(args.file))
            print(f"Wrote {args.file}")
    finally:
        service.db.dispose()
    _say_left_out("the workshop file", left_out)
    return EXIT_OK


def _say_left_out(what: str, problems: list) -> None:
    """Name the damaged rows an export left out: a line saying what, then one short line each."""
    from cafe.storage import damage

    if problems:
        print(f"cafe: {what} leaves out {damage.summary(problems)}; cafe check --repair moves them aside:",
              file=sys.stderr)
        for line in damage.report_lines(problems, limit=20):
            print(f"cafe:   {line}", file=sys.stderr)


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
    import sqlalchemy as sa

    from cafe.storage import damage
    from cafe.storage.db import integrity_problems

    service = _open_service(args.db, create=False)
    try:
        if args.repair:
            try:
                done = service.repair_damaged_rows()
            except sa.exc.DBAPIError as exc:
                raise CliError(f"{service.db.display_name}: cannot repair, the file itself is damaged "
                               f"({str(exc.orig).splitlines()[0]}); restore a backup (cafe backups).") from None
            if done is not None:
                kept = f" The database as it was: {done.backup}." if done.backup else ""
                print(f"Repaired: {done.rows_moved} damaged row(s) removed, {done.references_cleared} damaged or "
                      f"dangling value(s) replaced; what they held is in {done.recovery_file}.{kept}")
        problems = integrity_problems(service.db, rows=False)
        damaged: list = []
        if any(p.startswith("integrity:") for p in problems):
            problems = integrity_problems(service.db)  # the file itself is damaged: what SQLite can tell
        else:
            damaged = service.damaged_rows()
            problems += damage.report_lines(damaged) + service.consistency_problems()
    finally:
        service.db.dispose()
    if problems:
        print(f"{service.db.display_name}: {len(problems)} problem(s)", file=sys.stderr)
        for p in problems:
            print(f"  {p}", file=sys.stderr)
        if damaged:
            print(f"Damaged: {damage.summary(damaged)}. cafe check --repair moves them aside into a recovery "
                  "file, after a backup.", file=sys.stderr)
        return EXIT_UNSOUND
    print(f"{service.db.display_name}: sound")
    return EXIT_OK


def _backup_database(db_arg: str | None) -> Path:
    """The workshop file whose backups the backup commands handle."""
    if db_arg is None:
        return paths.default_db_path()
    file = _database_file(db_arg)
    if file is None:
        raise CliError("Only workshop files (SQLite) are backed up by the app; a server's workshop is backed "
                       "up by the server's own backups.")
    return file


def _cmd_backups(args) -> int:
    from cafe.storage.backups import backup_dir, list_backups

    database = _backup_database(args.db)
    found = list_backups(database)
    if not found:
        print(f"No backups of {database} yet (they are kept in {backup_dir(database)}).")
        return EXIT_OK
    print(f"Backups of {database}, newest first (in {backup_dir(database)}):")
    for i, b in enumerate(found, start=1):
        size = b.path.stat().st_size if b.path.exists() else 0
        print(f"{i:3}  {b.time.astimezone():%Y-%m-%d %H:%M:%S}  {b.reason:<15} {size / 1024:8.0f} KB  {b.path}")
    return EXIT_OK


def _cmd_backup(args) -> int:
    service = _open_service(args.db, create=False)
    try:
        path = service.make_backup("manual")
    finally:
        service.db.dispose()
    print(f"Backed up {service.db.display_name} to {path}")
    return EXIT_OK


def _cmd_restore(args) -> int:
    from cafe.storage.backups import BackupError, list_backups, restore_backup

    database = _backup_database(args.db)
    chosen = Path(args.backup).expanduser()
    if args.backup.isdigit() and not chosen.exists():
        found = list_backups(database)
        if not 1 <= int(args.backup) <= len(found):
            raise CliError(f"There is no backup number {args.backup} (cafe backups lists {len(found)}).")
        chosen = found[int(args.backup) - 1].path
    if not chosen.is_file():
        raise CliError(f"{chosen}: no such backup file.")
    if database.exists():
        service = _open_service(str(database) if args.db is None else args.db, create=False)
        try:
            before = service.restore_backup(chosen)
        finally:
            service.db.dispose()
    else:
        try:
            before = restore_backup(chosen, database)
        except BackupError as exc:
            raise CliError(str(exc)) from None
    print(f"Restored {database} from {chosen}.")
    if before is not None:
        print(f"The workshop as it was is kept in {before}; `cafe restore {before}` undoes this.")
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
    progress = ProgressLine()
    service = _open_service(args.db, create=False)
    try:
        if not service.has_workshop():
            raise CliError(f"{service.db.display_name}: the database holds no workshop to report on.")
        progress.say(f"Reading {service.db.display_name}…")
        snapshot, notes = service.snapshot(), service.notes()
    finally:
        service.db.dispose()
    warnings: list[str] = []
    try:
        path = export(snapshot, notes, args.out, fmt, include_participants=args.participants,
                      progress=lambda fraction, stage: progress.fraction(f"Writing {args.out.name}…", fraction, stage),
                      on_warning=warnings.append)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    finally:
        progress.done()
    for line in warnings:
        print(f"cafe: warning: {line}", file=sys.stderr)
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


def _cmd_report_naming_left_out(args) -> int:
    """``cafe report``, then one line per damaged row the report left out (the reads skip them)."""
    code = _cmd_report(args)
    service = _open_service(args.db, create=False)
    try:
        left_out = service.damaged_rows()
    finally:
        service.db.dispose()
    _say_left_out("the report", left_out)
    return code


def _cmd_serve(args) -> int:
    from cafe.venue.errors import VenueError
    from cafe.venue.serve import serve

    service = _open_service(args.db, create=False)
    try:
        return serve(service, args.host, args.port, questions=args.questions, secret_file=args.secret_file)
    except VenueError as exc:
        raise CliError(str(exc)) from None
    finally:
        service.db.dispose()


COMMANDS = {"serve": _cmd_serve, "sample": _cmd_sample, "load": _cmd_load, "dump": _cmd_dump, "merge": _cmd_merge,
            "report": _cmd_report_naming_left_out, "check": _cmd_check, "share": _cmd_share,
            "backups": _cmd_backups, "backup": _cmd_backup, "restore": _cmd_restore}


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
