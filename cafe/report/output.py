"""Writing export files atomically: a failed or cancelled export never leaves a half file.

The bytes go to a temporary file in the destination's folder (same file
system, so the rename is atomic), which is flushed and fsynced, then renamed
over the destination, and the folder is fsynced so the rename survives a
power cut. Any exception removes the temporary file and leaves an earlier
file at the destination exactly as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


class ExportError(Exception):
    """An export could not be written; ``str()`` is a sentence for the user."""


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` only if the block completes."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"Cannot write in {folder}: {exc.strerror or exc}.") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"Cannot write {target}: {exc.strerror or exc}.") from None
        raise
    _fsync_folder(folder)


def atomic_write(path: str | os.PathLike, data: bytes) -> Path:
    """Replace ``path`` with ``data`` atomically; returns the path."""
    with atomic_output(path) as fh:
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
