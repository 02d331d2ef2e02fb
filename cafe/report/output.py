"""Writing export files atomically (see :mod:`cafe.atomic`): a failed or cancelled export
never leaves a half file over an earlier good one."""

from __future__ import annotations

from ..atomic import WriteError as ExportError
from ..atomic import atomic_output, atomic_write

__all__ = ["ExportError", "atomic_output", "atomic_write"]
