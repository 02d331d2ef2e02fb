"""Writing export files atomically (see :mod:`cafe.storage.atomic`): a failed or cancelled export
never leaves a half file over an earlier good one."""

from __future__ import annotations

import re

from cafe.storage.atomic import WriteError as ExportError
from cafe.storage.atomic import atomic_output, atomic_write

__all__ = ["ExportError", "atomic_output", "atomic_write", "file_stem"]


def file_stem(title: str, *, limit: int | None = 60) -> str:
    """A file name's stem from a title: lower case, words joined by "-", at most ``limit`` characters
    (``None``: the whole title).

    Letters of every script are kept ("atelier-genève", "ورشة"); "workshop" stands in for an empty title.
    """
    stem = re.sub(r"[^\w-]+", "-", title.strip().lower()).strip("-")
    return (stem[:limit].strip("-") if limit is not None else stem) or "workshop"
