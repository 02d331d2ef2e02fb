"""The chime at warning and at zero: played where sound is available, silent elsewhere.

Qt Multimedia (``QSoundEffect``) comes with ``PySide6-Addons``, which the app
does not require. :func:`shared_player` tries it once per process; without it,
without an audio output or without the sound file, every chime is silent and
the reason is logged once at info level. Nothing here raises.

:class:`ChimeTracker` decides *when* to chime; it is plain logic over
:class:`cafe.clock.round_clock.Phase` values, tested with a fake player.

When a chime sounds
-------------------
* Once when a running clock crosses into its warning time, and once when it
  crosses zero (overtime). Danger has no chime of its own.
* At most once per threshold for each clock ``key``: a display passes
  (display, round, start instant), so "+5 min" that takes a room back above
  the threshold does not make it chime a second time, while a restarted
  round (a new start instant) chimes again.
* A clock is first *seen*, never heard: a display opened (or an app
  restarted) after a threshold passed stays silent about it. A crossing is
  a change between two observations of a running clock; a paused, scheduled
  or finished clock is not an observation, so resuming past a threshold
  changed while paused does chime.
* Several crossings between two observations (a laptop that slept through
  the warning and zero) give one chime, the latest.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from pathlib import Path
from typing import Protocol

from cafe.clock.text import Phase
from cafe.storage import paths

log = logging.getLogger(__name__)

CHIME_PATH = paths.RESOURCES / "sounds" / "chime.wav"
WARNING = "warning"
ZERO = "zero"

#: how far along a running clock is: 0 normal, 1 warning or danger, 2 overtime
_LEVEL = {Phase.normal: 0, Phase.warning: 1, Phase.danger: 1, Phase.overtime: 2}


class Player(Protocol):
    #: False when :meth:`play` does nothing
    available: bool

    def play(self, kind: str) -> None:
        """Sound the chime for ``kind`` (:data:`WARNING` or :data:`ZERO`); never raises."""


class SilentPlayer:
    """A player that plays nothing; ``reason`` says why."""

    available = False

    def __init__(self, reason: str = ""):
        self.reason = reason

    def play(self, kind: str) -> None:
        return None


class SoundEffectPlayer:
    """Plays the chime through a ``QSoundEffect`` (once at warning, twice at zero)."""

    available = True

    def __init__(self, effect) -> None:
        self.effect = effect

    def play(self, kind: str) -> None:
        try:
            self.effect.stop()
            self.effect.setLoopCount(2 if kind == ZERO else 1)
            self.effect.play()
        except RuntimeError as exc:  # the effect's C++ object went away with the application
            log.info("chime not played: %s", exc)


def make_player(path: Path = CHIME_PATH) -> Player:
    """A player for the chime at ``path``, or a :class:`SilentPlayer` saying why there is no sound."""
    try:
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except (ImportError, OSError) as exc:
        return SilentPlayer(f"Qt Multimedia is not available ({exc}); install PySide6-Addons for the chime")
    try:
        if not QMediaDevices.audioOutputs():
            return SilentPlayer("there is no audio output")
    except RuntimeError as exc:
        return SilentPlayer(f"audio outputs could not be listed ({exc})")
    if not path.is_file():
        return SilentPlayer(f"the chime sound {path} is missing")
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(path)))
    effect.setVolume(0.8)
    return SoundEffectPlayer(effect)


_shared: Player | None = None


def shared_player() -> Player:
    """The process's one player, made on first use; the reason for silence is logged once."""
    global _shared
    if _shared is None:
        _shared = make_player()
        if isinstance(_shared, SilentPlayer):
            log.info("the chime is silent: %s", _shared.reason)
    return _shared


class ChimeTracker:
    """Turns observations of clocks into chimes (see the module docstring)."""

    def __init__(self, player: Player):
        self.player = player
        self._level: dict[Hashable, int] = {}
        self._fired: set[tuple[Hashable, str]] = set()

    def observe(self, key: Hashable, phase: Phase) -> str | None:
        """Note that clock ``key`` shows ``phase`` now; returns the chime played (or None)."""
        level = _LEVEL.get(phase)
        if level is None:
            return None
        previous = self._level.get(key)
        self._level[key] = level
        if previous is None or level <= previous:
            return None
        kind = ZERO if level == 2 else WARNING
        if (key, kind) in self._fired:
            return None
        self._fired.add((key, kind))
        self.player.play(kind)
        return kind
