"""Telling another program's commits to a workshop file from this process's own.

SQLite's ``PRAGMA data_version``, read on a connection of its own, changes whenever any other
connection commits: this process's own service included. :meth:`FileWatch.mark` is called after
each of this process's commits (the service's change listener), so :meth:`FileWatch.changed`
is true only when something else wrote the file since (``cafe serve`` posting contributions, a
``cafe`` command, another window). A commit of another program that lands between one of ours
and its mark is taken for ours; the next one is seen.

Thread: one thread at a time (the window's worker).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class FileWatch:
    """See the module docstring."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._seen: int | None = None
        self._closed = False
        self.mark()

    def _read(self) -> int | None:
        if self._closed:  # for good: a read-only connection left open keeps the log out of the file
            return None
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=1,
                                             check_same_thread=False)
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            self.close()
            return None

    def mark(self) -> None:
        """What the file holds now is known (after a commit of our own)."""
        self._seen = self._read()

    def changed(self) -> bool:
        """Another program committed since the last :meth:`mark` or :meth:`changed`."""
        now = self._read()
        if now is None or now == self._seen:
            return False
        self._seen = now
        return True

    def close(self) -> None:
        """Close the connection for good (later reads see nothing: they never open it again)."""
        self._closed = True
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None


def each_watch(watches: list) -> list[FileWatch]:
    """The watches named: each item a :class:`FileWatch`, None, or a list of them (an opening's)."""
    return [w for item in watches for w in (item if isinstance(item, list) else [item]) if w is not None]


def close_watches(watches: list) -> None:
    """Close every watch named (as :func:`each_watch` reads them)."""
    for watch in each_watch(watches):
        watch.close()
