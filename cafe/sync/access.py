"""Who may write what on a shared workshop: PostgreSQL roles, grants and row-level security.

:func:`set_up_server` prepares a workshop database on a PostgreSQL server for a
venue, run once by whoever administers the server (a superuser, or a role with
CREATEROLE that owns the database):

* an **organiser** role (the moderator's and organiser's laptops) that may
  change everything;
* one **room** role per room (that room's laptop): it reads everything, and
  writes only its own room's notes and round summaries. The server enforces
  this with row-level security policies, whatever the app on the laptop does;
  any other write is refused by the server ("permission denied").

Which room a role writes for is kept in ``cafe_access.room_role`` (a schema of
its own, apart from the workshop's tables). Passwords are generated, shown
once, and returned so the caller can hand each laptop its connection. Running
it again renews the passwords and the policies and adds roles for new rooms.

Every statement is composed with psycopg's ``sql`` module (identifiers and
literals quoted by the driver), never by string formatting.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from cafe.i18n import _
from cafe.storage.db import open_database

#: the tables a room laptop writes, each limited to the rows of its own room (a contribution: accepted
#: or dismissed by the room's note-taker)
ROOM_TABLES = ("note", "round_summary", "contribution")
SCHEMA = "cafe_access"


class AccessError(Exception):
    """The server could not be set up; ``str()`` says why, for the person running the command."""


@dataclass(frozen=True)
class Credential:
    """One laptop's login: the role, its password, the room it writes for (None: the organiser)."""

    role: str
    password: str
    room: str | None
    url: str


def role_names(database: str, rooms: list[tuple[int, str]]) -> tuple[str, dict[int, str]]:
    """The organiser's role and each room's (by room id), derived from the database's name.

    Role names are cluster-wide in PostgreSQL, so they carry the database's
    name: ``geneva_organiser``, ``geneva_room_xi``. Non-ASCII letters and
    symbols become ``_``; two rooms whose names fold alike get their position.
    """
    base = _slug(database) or "cafe"
    organiser = f"{base}_organiser"[:63]
    out: dict[int, str] = {}
    taken = {organiser}
    for position, (room_id, name) in enumerate(rooms, start=1):
        word = _slug(name).removeprefix("room_")  # "Room XI" -> room_xi, not room_room_xi
        role = f"{base}_room_{word or position}"[:63]
        if role in taken:
            role = f"{role[:58]}_{position}"
        taken.add(role)
        out[room_id] = role
    return organiser, out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def set_up_server(admin_url: str, *, host_for_laptops: str | None = None) -> list[Credential]:
    """Create or renew the roles, grants and policies of the workshop database at ``admin_url``.

    The database must already hold a workshop (``cafe --db URL load FILE``).
    Returns the organiser's credential first, then one per room.
    """
    from psycopg import sql

    db = open_database(admin_url)
    try:
        engine = db.engine
        if engine.dialect.name != "postgresql":
            raise AccessError("Roles and row-level security need a PostgreSQL database; this is "
                              f"{engine.dialect.name}.")
        url = engine.url
        database = str(url.database)
        with engine.connect() as conn:
            rooms = [(rid, name) for rid, name in conn.execute(sa.text("SELECT id, name FROM room "
                                                                       "ORDER BY position, id"))]
            if conn.execute(sa.text("SELECT count(*) FROM workshop")).scalar() == 0:
                raise AccessError(f"{database}: holds no workshop yet; load one first (cafe --db URL load FILE).")
        organiser, room_roles = role_names(database, rooms)
        passwords = {role: secrets.token_urlsafe(18) for role in [organiser, *room_roles.values()]}
        with engine.begin() as conn:
            driver = conn.connection.driver_connection
            assert driver is not None  # an open connection has its driver's
            cur = driver.cursor()

            def run(statement: Any, *args: Any) -> None:
                cur.execute(statement, args or None)

            for role, password in passwords.items():
                exists = conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
                verb = "ALTER" if exists else "CREATE"
                run(sql.SQL(verb + " ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD {}")
                    .format(sql.Identifier(role), sql.Literal(password)))
            everyone = sql.SQL(", ").join(sql.Identifier(r) for r in passwords)
            rooms_only = sql.SQL(", ").join(sql.Identifier(r) for r in room_roles.values())
            run(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database), everyone))
            run(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(everyone))
            run(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(everyone))
            run(sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}")
                .format(sql.Identifier(organiser)))
            run(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(everyone))
            run(sql.SQL("REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {}").format(everyone))
            # which room each room role writes for
            run(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(SCHEMA)))
            run(sql.SQL("CREATE TABLE IF NOT EXISTS {}.room_role (role_name text PRIMARY KEY, "
                        "room_id integer NOT NULL REFERENCES public.room(id) ON DELETE CASCADE)")
                .format(sql.Identifier(SCHEMA)))
            run(sql.SQL("DELETE FROM {}.room_role").format(sql.Identifier(SCHEMA)))
            for room_id, role in room_roles.items():
                run(sql.SQL("INSERT INTO {}.room_role VALUES (%s, %s)").format(sql.Identifier(SCHEMA)),
                    role, room_id)
            run(sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(SCHEMA), everyone))
            run(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(sql.Identifier(SCHEMA), everyone))
            own_room = sql.SQL("room_id IN (SELECT room_id FROM {}.room_role WHERE role_name = current_user)") \
                .format(sql.Identifier(SCHEMA))
            for table in ROOM_TABLES:
                t = sql.Identifier(table)
                run(sql.SQL("GRANT INSERT, UPDATE ON {} TO {}").format(t, rooms_only))
                run(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(t))
                for policy in ("cafe_read", "cafe_organiser", "cafe_room_insert", "cafe_room_update"):
                    run(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(sql.Identifier(policy), t))
                run(sql.SQL("CREATE POLICY cafe_read ON {} FOR SELECT USING (true)").format(t))
                run(sql.SQL("CREATE POLICY cafe_organiser ON {} FOR ALL TO {} USING (true) WITH CHECK (true)")
                    .format(t, sql.Identifier(organiser)))
                run(sql.SQL("CREATE POLICY cafe_room_insert ON {} FOR INSERT TO {} WITH CHECK ({})")
                    .format(t, rooms_only, own_room))
                run(sql.SQL("CREATE POLICY cafe_room_update ON {} FOR UPDATE TO {} USING ({}) WITH CHECK ({})")
                    .format(t, rooms_only, own_room, own_room))
        names = {rid: name for rid, name in rooms}
        host = host_for_laptops or url.host
        out = [Credential(organiser, passwords[organiser], None,
                          _laptop_url(url, organiser, passwords[organiser], host))]
        out += [Credential(role, passwords[role], names[rid], _laptop_url(url, role, passwords[role], host))
                for rid, role in room_roles.items()]
        return out
    except sa.exc.DBAPIError as exc:
        detail = str(exc.orig if exc.orig is not None else exc).splitlines()[0]
        raise AccessError(f"The server refused to set up the roles ({detail}). Run this as a superuser, or as "
                          "a role with CREATEROLE that owns the database.") from None
    finally:
        db.dispose()


def _laptop_url(url: sa.URL, role: str, password: str, host: str | None) -> str:
    return url.set(username=role, password=password, host=host).render_as_string(hide_password=False)


def write_refusal(conn: Any, room_id: int | None, what: str) -> str:
    """The sentence for a write the server refused to this laptop's role, naming its room if it has one.

    ``conn`` is a connection on a fresh transaction; ``room_id`` the room of the
    row that was refused (None when the table has no room).
    """
    mine = target = None
    try:
        mine = conn.execute(sa.text(f"SELECT r.name FROM {SCHEMA}.room_role rr JOIN room r ON r.id = rr.room_id "
                                    "WHERE rr.role_name = current_user")).scalar()
        if room_id is not None:
            target = conn.execute(sa.text("SELECT name FROM room WHERE id = :id"), {"id": room_id}).scalar()
    except sa.exc.DBAPIError:  # no access schema: a server set up by hand
        pass
    if mine and target:
        return _("This laptop writes for {mine}; {target}'s {what} are read-only here.").format(
            mine=mine, target=target, what=what)
    if mine:
        return _("This laptop writes for {mine} only; {what} are read-only here.").format(mine=mine, what=what)
    return _("This laptop's login may not change {what} on the shared workshop.").format(what=what)
