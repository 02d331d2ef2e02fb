"""The chime: when it sounds (logic with a fake player) and that it is silent without Qt Multimedia."""

from __future__ import annotations

import logging
import sys
import wave

import pytest

from cafe.clock.text import Phase
from ui.moderator import sound
from ui.moderator.sound import WARNING, ZERO, ChimeTracker, SilentPlayer

N, W, D, O = Phase.normal, Phase.warning, Phase.danger, Phase.overtime


class FakePlayer:
    available = True

    def __init__(self):
        self.played: list[str] = []

    def play(self, kind: str) -> None:
        self.played.append(kind)


def run(phases, key="room") -> list[str]:
    player = FakePlayer()
    tracker = ChimeTracker(player)
    for phase in phases:
        tracker.observe(key, phase)
    return player.played


@pytest.mark.parametrize("phases, chimes", [
    ([N, N, W, W, W, D, D, O, O, O], [WARNING, ZERO]),  # once per crossing, not per tick
    ([W, W, D, O], [ZERO]),  # first seen in warning (a restart after it): no warning chime
    ([O, O], []),  # first seen in overtime: silent
    ([N, O], [ZERO]),  # slept through both: one chime, the latest
    ([N, N, Phase.paused, W], [WARNING]),  # time removed while paused: the crossing counts on resume
    ([N, W, N, W, D, O, D, O], [WARNING, ZERO]),  # "+5 min" and over again: at most once per threshold
    ([N, Phase.scheduled, Phase.finished, N], []),
])
def test_the_chime_sounds_once_per_threshold(phases, chimes):
    assert run(phases) == chimes


def test_each_clock_has_its_own_chimes():
    player = FakePlayer()
    tracker = ChimeTracker(player)
    for key in ("Room XI", "Room VII", ("Room XI", "restarted")):
        tracker.observe(key, N)
        assert tracker.observe(key, W) == WARNING
    assert player.played == [WARNING, WARNING, WARNING]


def test_without_qt_multimedia_the_player_is_silent_and_says_why_once(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails like a missing Addons
    monkeypatch.setattr(sound, "_shared", None)
    with caplog.at_level(logging.INFO, logger="ui.moderator.sound"):
        player = sound.shared_player()
        assert sound.shared_player() is player
    assert isinstance(player, SilentPlayer) and not player.available
    player.play(WARNING)
    player.play(ZERO)
    messages = [r.getMessage() for r in caplog.records if r.name == "ui.moderator.sound"]
    assert len(messages) == 1 and "PySide6-Addons" in messages[0]


def test_the_player_here_is_silent_or_real_without_errors():
    player = sound.make_player()
    player.play(WARNING)  # no audio device on a build machine: silent, no exception
    assert player.available is not isinstance(player, SilentPlayer)


def test_a_missing_sound_file_is_silence(tmp_path, monkeypatch):
    player = sound.make_player(tmp_path / "none.wav")
    assert isinstance(player, SilentPlayer)


def test_the_chime_file_is_a_short_mono_wav():
    with wave.open(str(sound.CHIME_PATH)) as w:
        seconds = w.getnframes() / w.getframerate()
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
    assert 0.5 < seconds < 3
