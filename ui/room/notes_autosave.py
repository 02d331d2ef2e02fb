"""Autosave timing for the room's editors: :class:`ui.common.autosave.Autosave`, shared by every
place of the window (kept importable here for the room's modules)."""

from __future__ import annotations

from ui.common.autosave import DELAY_MS, Autosave

__all__ = ["DELAY_MS", "Autosave"]
