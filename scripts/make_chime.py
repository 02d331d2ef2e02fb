"""Write resources/sounds/chime.wav: a short, soft two-note bell (about 1.4 s, 44.1 kHz, 16-bit mono).

Each note is a sum of a few bell-like partials with an exponential decay and
a 5 ms attack, so it starts without a click and fades out by itself. The file
is committed; run this again only to change the sound:

    .venv/bin/python scripts/make_chime.py [--out PATH]
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from pathlib import Path

RATE = 44_100
LENGTH_S = 1.4
#: (start s, fundamental Hz): E6 then C6, a gentle falling third
NOTES = ((0.0, 1318.5), (0.28, 1046.5))
#: (frequency ratio, relative amplitude, decay time constant s) of a small bell
PARTIALS = ((1.0, 1.0, 0.45), (2.0, 0.35, 0.25), (3.01, 0.12, 0.15), (0.5, 0.18, 0.6))
ATTACK_S = 0.005
PEAK = 0.6  # of full scale, leaves headroom where the notes overlap


def sample(t: float) -> float:
    total = 0.0
    for start, freq in NOTES:
        u = t - start
        if u < 0:
            continue
        envelope = min(1.0, u / ATTACK_S)
        for ratio, amp, decay in PARTIALS:
            total += amp * envelope * math.exp(-u / decay) * math.sin(2 * math.pi * freq * ratio * u)
    return total


def render() -> list[float]:
    values = [sample(n / RATE) for n in range(int(LENGTH_S * RATE))]
    fade = int(0.05 * RATE)  # the tail ends at exactly zero
    for i in range(fade):
        values[-1 - i] *= i / fade
    peak = max(abs(v) for v in values) or 1.0
    return [v / peak * PEAK for v in values]


def write(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = b"".join(struct.pack("<h", round(v * 32767)) for v in render())
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    write(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {LENGTH_S} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
