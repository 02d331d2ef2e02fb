"""Writing a file atomically: a failed or cancelled write never leaves half a file.

The bytes go to a temporary file in the destination's folder (same file
system, so the rename is atomic), which is flushed and fsync'ed, then renamed
over the destination, and the folder is fsync'ed so the rename survives a
power cut. Any exception removes the temporary file and leaves an earlier
file at the destination exactly as it was. A replaced file keeps its
permissions; a new one gets the usual ones (the umask decides, not 0600).
"""

from __future__ import annotations

import os
import secrets
import stat
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
    tmp = folder / f".{target.name}.{secrets.token_hex(6)}.part"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666 if mode is None else mode)
    except OSError as exc:
        raise WriteError(f"Cannot write in {folder}: {exc.strerror or exc}.") from None
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
