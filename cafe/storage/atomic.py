"""Writing a file atomically: a failed or cancelled write never leaves half a file.

The bytes go to a temporary file in the destination's folder (same file
system, so the rename is atomic), which is flushed and fsync'ed, then renamed
over the destination, and the folder is fsync'ed so the rename survives a
power cut. Any exception removes the temporary file and leaves an earlier
file at the destination exactly as it was. A replaced file keeps its
permissions; a new one gets the usual ones (the umask decides, not 0600).

The temporary file is ``.NAME.<12 hex digits>.part`` beside the destination,
locked (``flock``) while it is written. A process killed mid-write cannot
remove its own: the next write of the same destination removes every such
file that no live writer holds locked, so hidden leftovers do not pile up.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class WriteError(Exception):
    """A file could not be written; ``str()`` is a sentence for the user."""


@contextmanager
def atomic_output(path: str | os.PathLike, *, mode: int | None = None) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` only if the block completes.

    ``mode`` (e.g. ``0o600`` for passwords) is set before any byte is written.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_parts(target)
    tmp = folder / f".{target.name}.{secrets.token_hex(6)}.part"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666 if mode is None else mode)
    except OSError as exc:
        raise WriteError(f"Cannot write in {folder}: {exc.strerror or exc}.") from None
    _lock(fd)  # tells a later remove_stale_parts that this file is being written
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        elif target.exists():
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise WriteError(f"Cannot write {target}: {exc.strerror or exc}.") from None
        raise
    _fsync_folder(folder)


def atomic_write(path: str | os.PathLike, data: bytes, *, mode: int | None = None) -> Path:
    """Replace ``path`` with ``data`` atomically; returns the path."""
    with atomic_output(path, mode=mode) as fh:
        fh.write(data)
    return Path(path)


def _part_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(name)}\.[0-9a-f]{{12}}\.part")


#: Without file locks (Windows), a temporary file is taken for abandoned once it is this old (seconds).
STALE_AFTER = 3600.0


def remove_stale_parts(path: str | os.PathLike) -> list[Path]:
    """Remove the temporary files that killed writes of ``path`` left behind; returns those removed.

    A temporary file that a live process is still writing (it holds its lock)
    is left alone; so are files that only look alike (other names, folders,
    links). Errors are ignored: this is housekeeping, never a reason to fail.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    pattern = _part_pattern(target.name)
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if pattern.fullmatch(e.name)]
    except OSError:
        return removed
    for entry in entries:
        part = Path(entry.path)
        try:
            if not entry.is_file(follow_symlinks=False) or not _abandoned(part):
                continue
            part.unlink()
            removed.append(part)
        except OSError:
            continue
    return removed


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be removed there anyway
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass


def _abandoned(part: Path) -> bool:
    """True when no live process holds ``part`` open for writing (its lock is free)."""
    try:
        import fcntl
    except ImportError:
        return time.time() - part.stat().st_mtime > STALE_AFTER
    fd = os.open(part, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # also releases the lock just taken
    return True


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); folders cannot be opened on Windows, where this is skipped."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
