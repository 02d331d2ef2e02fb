"""The room's autosaved text editor: :class:`ui.common.autosaved_text.AutosavedText`, shared by
every place of the window (kept importable here for the room's modules)."""

from __future__ import annotations

from ui.common.autosaved_text import AutosavedText, Conflict, new_session

__all__ = ["AutosavedText", "Conflict", "new_session"]
