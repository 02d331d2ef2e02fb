"""Opening a workshop database: URL handling, safety checks, pragmas, migrations.

``open_database(url)`` is the one way in. It refuses, with a
:class:`DatabaseError` whose message a user can act on, anything that is not a
workshop database it may write: a file of another kind, an empty, truncated or
corrupt file, a locked one, or one written by a newer version of the app. A
refused file is never modified: every check runs on a read-only connection
before anything writes.

A SQLite file is written only when it holds nothing yet or carries the app's
marker (``PRAGMA application_id`` = :data:`APPLICATION_ID`), which every
database the app opens gets; a workshop database of an earlier version (the
app's tables and Alembic revisions, no views or triggers, no marker) is
recognised and marked. A path is always a path: only ``scheme://…`` is read
as a URL, so ``%20`` or ``?`` in a file name stay part of the name.
"""

from __future__ import annotations

import ast
import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import StaticPool

from cafe.storage import models  # registers the tables on the metadata
from cafe.storage.paths import is_url

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: ``PRAGMA application_id`` of every workshop database: "KCaf"
APPLICATION_ID = int.from_bytes(b"KCaf", "big")


class DatabaseError(Exception):
    """A database the app cannot (or must not) open; ``str()`` is for the user."""


@dataclass(frozen=True)
class Database:
    url: str
    engine: Engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file, or None (in memory, or a server)."""
        u = make_url(self.url)
        if not u.drivername.startswith("sqlite") or u.database in (None, "", ":memory:"):
            return None
        return Path(str(u.database))

    @property
    def display_name(self) -> str:
        u = make_url(self.url)
        if u.drivername.startswith("sqlite"):
            return u.database or "(in memory)"
        return u.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def to_url(target: str | Path) -> str:
    """A path becomes a SQLite URL naming exactly that file; a ``scheme://`` string is taken as a URL."""
    if is_url(target):
        return str(target)
    path = Path(target).expanduser().resolve()
    # URL.create escapes what a URL would read otherwise (%, ?, #, @): the path survives unchanged
    return sa.engine.URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for sqlite3.connect(..., uri=True) that names exactly ``path``."""
    from urllib.parse import quote, urlencode

    query = f"?{urlencode(params)}" if params else ""
    name = path.resolve().as_posix()
    return "file:" + quote(name if name.startswith("/") else "/" + name, safe="/:") + query


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def check_sqlite_file(path: Path) -> bool:
    """Validate an existing file read-only; return False when it does not exist yet."""
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError(f"{path}: the folder {path.parent} does not exist.")
        return False
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a workshop database.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror}).") from None
    if len(header) == 0:
        raise DatabaseError(f"{path}: the file is empty; it is not a workshop database.")
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseError(f"{path}: not a workshop database (not an SQLite file).")
    if len(header) < 100:
        raise DatabaseError(f"{path}: the file is truncated ({len(header)} bytes).")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    wal = path.with_name(path.name + "-wal")
    if page_size and page_count and size < page_size * page_count and not wal.exists():
        raise DatabaseError(
            f"{path}: the file is truncated ({size} bytes, header says {page_size * page_count})."
        )
    try:
        con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot be opened ({exc}).") from None
    con.text_factory = lambda data: data.decode("utf-8", "replace")  # a damaged page may quote any bytes
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            detail = "; ".join(r[0] for r in rows[:3])
            raise DatabaseError(f"{path}: the database is damaged ({detail}).")
        objects = con.execute("SELECT type, name FROM sqlite_master").fetchall()
        application_id = con.execute("PRAGMA application_id").fetchone()[0]
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        tables = {name for kind, name in objects if kind == "table"}
        revisions = set()
        if "alembic_version" in tables:
            revisions = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
        wrong = _schema_problem(con) if revisions == schema_heads() else None
    except sqlite3.DatabaseError as exc:
        msg = str(exc)
        if "locked" in msg or "busy" in msg:
            raise DatabaseError(f"{path}: the database is locked by another program; try again.") from None
        raise DatabaseError(f"{path}: the database is damaged or not a database ({msg}).") from None
    except UnicodeDecodeError:  # SQLite's own message quotes a damaged schema that is not even UTF-8
        raise DatabaseError(f"{path}: the database is damaged (its list of tables cannot be read).") from None
    finally:
        con.close()
    if application_id != APPLICATION_ID:
        if application_id != 0:
            raise DatabaseError(f"{path}: an SQLite database of another program (application id "
                                f"{application_id:#x}), not a workshop database; it was not changed.")
        if (objects or user_version) and not _earlier_workshop(objects, revisions, user_version):
            raise DatabaseError(f"{path}: an SQLite database of another program, not a workshop database; "
                                "it was not changed.")
    _refuse_newer(revisions, f"{path}: ")
    if wrong:
        raise DatabaseError(f"{path}: the database is damaged ({wrong}); restore a backup (cafe backups).")
    return True


def _schema_problem(con: sqlite3.Connection) -> str | None:
    """What differs between the tables of a database at the newest revision and the app's, or None
    (a damaged page of the schema can rename a column and still pass SQLite's quick check)."""
    for table in models.SQLModel.metadata.sorted_tables:
        found = [r[1] for r in con.execute(f'PRAGMA table_info("{table.name}")')]
        if not found:
            return f"the table {table.name} is missing"
        missing = [c.name for c in table.c if c.name not in found]
        if missing:
            return f"the table {table.name} has no column {', '.join(missing)}"
    return None


def _earlier_workshop(objects: list[tuple[str, str]], revisions: set[str], user_version: int) -> bool:
    """A workshop database written before the marker existed: the app's tables and revisions, nothing else."""
    ours = set(models.SQLModel.metadata.tables) | {"alembic_version"}
    tables = {name for kind, name in objects if kind == "table" and not name.startswith("sqlite_")}
    return (user_version == 0 and bool(revisions) and {"alembic_version", "workshop"} <= tables <= ours
            and all(kind in ("table", "index") for kind, _name in objects))


def _mark(engine: Engine) -> None:
    """Give the database the app's marker (a new file, or one an earlier version wrote)."""
    with engine.begin() as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def make_engine(url: str) -> Engine:
    u = make_url(url)
    if u.drivername.startswith("sqlite"):
        if not u.database or u.database == ":memory:":
            engine = sa.create_engine(
                url, connect_args={"check_same_thread": False}, poolclass=StaticPool
            )
        else:
            engine = sa.create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A venue's network can drop without closing anything: without these, a save or a connect would
    # wait for the operating system's TCP timeout (minutes) before the app could say it is offline.
    # Options given in the URL win.
    given = set(u.query)
    connect_args = {k: v for k, v in _PG_NETWORK_DEFAULTS.items() if k not in given} \
        if u.drivername.startswith("postgresql") else {}
    return sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args)


#: libpq options: give up connecting after 5 s; notice a silent peer within about 10 s
_PG_NETWORK_DEFAULTS = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 5,
                        "keepalives_interval": 2, "keepalives_count": 2, "tcp_user_timeout": 10000}


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*=\s*(.+)$", re.MULTILINE)


@functools.cache
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> the revisions it follows, read from the migration files' text.

    Reading the two assignment lines instead of importing Alembic keeps the
    common case (a database already at the newest schema) from paying for
    Alembic's import at startup; a test checks this agrees with Alembic.
    """
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values = dict((k, ast.literal_eval(v.strip())) for k, v in _REVISION_LINE.findall(path.read_text("utf-8")))
        if "revision" in values:
            down = values.get("down_revision")
            graph[values["revision"]] = tuple(down) if isinstance(down, (tuple, list)) else \
                (() if down is None else (down,))
    return graph


def schema_heads() -> set[str]:
    graph = _revision_graph()
    followed = {d for downs in graph.values() for d in downs}
    return set(graph) - followed


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        # asking directly is much cheaper than reflection (sa.inspect) at startup
        try:
            return {r[0] for r in conn.execute(sa.text("SELECT version_num FROM alembic_version"))}
        except sa.exc.ProgrammingError:  # PostgreSQL: no such table
            return set()
        except sa.exc.OperationalError as exc:  # SQLite: no such table
            if "no such table" in str(exc.orig):
                return set()
            raise


def _refuse_newer(revisions: set[str], prefix: str = "") -> None:
    unknown = revisions - known_revisions()
    if unknown:
        raise DatabaseError(
            f"{prefix}this workshop database was written by a newer version of Knowledge Café "
            f"(schema {', '.join(sorted(unknown))}); update the app to open it. "
            "The database was not changed."
        )


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision; refuse a newer database unchanged."""
    current = current_revisions(engine)
    _refuse_newer(current)
    if current == schema_heads():
        return  # the usual case: Alembic is not even imported
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")


def open_database(target: str | Path) -> Database:
    """Open (creating when new) a workshop database and migrate it to the newest schema."""
    url = to_url(target)
    try:
        u = make_url(url)
    except sa.exc.ArgumentError:
        raise DatabaseError(f"{target}: not a database path or URL.") from None
    is_file = u.drivername.startswith("sqlite") and u.database not in (None, "", ":memory:")
    if is_file:
        check_sqlite_file(Path(str(u.database)))
    try:
        engine = make_engine(url)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise DatabaseError(f"{u.render_as_string(hide_password=True)}: cannot connect ({exc}).") from None
    try:
        if is_file:
            with engine.connect() as conn:
                mode = conn.exec_driver_sql("PRAGMA journal_mode=WAL").scalar()
                if str(mode).lower() != "wal":
                    raise DatabaseError(f"{u.database}: cannot switch the database to WAL mode ({mode}).")
        if u.drivername.startswith("sqlite"):
            _mark(engine)
        upgrade(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except sa.exc.OperationalError as exc:
        engine.dispose()
        msg = str(exc.orig) if exc.orig is not None else str(exc)
        if "locked" in msg or "busy" in msg:
            raise DatabaseError(f"{u.database}: the database is locked by another program; try again.") from None
        raise DatabaseError(f"{u.render_as_string(hide_password=True)}: cannot open ({msg}).") from None
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        raise DatabaseError(f"{u.render_as_string(hide_password=True)}: cannot open ({exc.orig}).") from None
    return Database(url=url, engine=engine)


def integrity_problems(db: Database, *, rows: bool = True) -> list[str]:
    """Everything wrong with a database, as sentences; empty when it is sound.

    SQLite's own integrity check, then (``rows``) every row checked value by
    value and reference by reference (:mod:`cafe.storage.damage`; SQLite's
    foreign key check when the file itself is damaged), then the schema revision.
    """
    from cafe.storage import damage

    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            try:  # as bytes: the report of a damaged page may quote text that is not UTF-8
                lines = [bytes(r[0]).decode("utf-8", "replace") for r in conn.exec_driver_sql(
                    "SELECT CAST(integrity_check AS BLOB) FROM pragma_integrity_check").fetchall()]
            except sa.exc.DBAPIError as exc:
                lines = [f"the check itself failed ({str(exc.orig).splitlines()[0]})"]
            if lines != ["ok"]:
                problems.extend(f"integrity: {r}" for r in lines[:20])
            if rows and problems:  # rows cannot be read one by one: what SQLite can tell
                try:
                    fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                except sa.exc.DBAPIError:
                    fk = []
                problems.extend(f"foreign key: table {r[0]} row {r[1]} points at a missing {r[2]}" for r in fk[:20])
        if rows and not problems:
            try:
                problems.extend(damage.report_lines(damage.scan(conn)))
            except sa.exc.DBAPIError as exc:
                problems.append(f"rows: cannot be read ({str(exc.orig).splitlines()[0]})")
    if current_revisions(db.engine) != schema_heads():
        problems.append("schema: the database is not at the newest revision")
    return problems
