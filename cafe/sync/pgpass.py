"""Remembering a shared server's password the standard PostgreSQL way: the password file.

libpq (and so psycopg) reads ``~/.pgpass`` (or ``PGPASSFILE``) by itself when
a connection URL carries no password, so the app stores URLs without
passwords (in settings, recent lists and logs) and, when the user asks it to
remember one, writes it here with the permissions libpq requires (0600).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url


def pgpass_path() -> Path:
    override = os.environ.get("PGPASSFILE")
    return Path(override) if override else Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def without_password(url: str) -> str:
    """The URL as it may be stored or shown: the password removed."""
    u = make_url(url)
    if not u.password:
        return url
    bare = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, u.query)
    return bare.render_as_string(hide_password=False)


def remember_password(url: str, password: str, path: Path | None = None) -> Path:
    """Write (or replace) the password-file line for the URL's host, port, database and user."""
    u = make_url(url)
    path = path or pgpass_path()
    key = ":".join(_escape(str(x)) for x in (u.host or "localhost", u.port or 5432, u.database or "*",
                                               u.username or "*"))
    lines = []
    if path.exists():
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                 if not line.startswith(key + ":")]
    lines.append(f"{key}:{_escape(password)}")
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path
