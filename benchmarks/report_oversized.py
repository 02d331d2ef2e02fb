"""How fast the PDF report builds with outsized text: a 1 MB round summary, as prose and as a pasted
list of short lines, and a 1 MB note in Arabic (right to left, shaped word by word).

Each is a one-room workshop built in memory, so the figures are the report's
own cost. The summary prints twice (the theme's summary, taken from the
rounds, and the annex); the note prints in the annex. Goal for each: <= 15 s
of CPU (before the fix, the 1 MB prose summary took 226 s and the list did
not finish in 300 s). ``--quick`` uses 250 KB texts. Times are CPU seconds of
this process, wall seconds beside. Prints figures and goals; exits 0.

    .venv/bin/python benchmarks/report_oversized.py [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cafe.report import fonts
from cafe.report.data import report_data
from cafe.report.pdf import build_pdf
from cafe.storage import models as m
from cafe.storage.snap_types import WorkshopSnapshot
from cafe.storage.snapshots import KINDS

GOAL_CPU = 15.0
WORDS = ("migrants", "labour", "recruitment", "fees", "rights", "access", "justice", "services", "national",
         "plan", "ministry", "cooperation", "bilateral", "agreement", "skills", "training", "inspectors")
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _snap(kind_name, **values):
    k = KINDS[kind_name]
    base = {c: None for c in k.columns}
    if "version" in base:
        base["version"] = 1
    base.update(values)
    return k.snap(**base)


def workshop(summary: str = "") -> WorkshopSnapshot:
    """One room, one theme, one round; ``summary`` is the round's summary."""
    day = _snap("day", uuid="day-1", date=dt.date(2019, 3, 21), title="Day I", position=0)
    room = _snap("room", uuid="room-1", name="Room XI", capacity=None, position=0)
    theme = _snap("theme", uuid="theme-1", title="Regular pathways", short_name="", objective_ref="",
                  room_uuid=room.uuid, position=0, guiding_questions=(), summary="")
    item = _snap("agenda_item", uuid="item-1", day_uuid=day.uuid, kind=m.AgendaKind.round, start=dt.time(9),
                 end=dt.time(10), room_uuid=None, title="Round 1", notes="", warning_minutes=None,
                 danger_minutes=None)
    rnd = _snap("round", uuid="round-1", agenda_item_uuid=item.uuid, number=1)
    summaries = (_snap("round_summary", uuid="s1", room_uuid=room.uuid, round_uuid=rnd.uuid, text=summary,
                       draft=False, updated_at=None),) if summary else ()
    w = _snap("workshop", uuid="w", title="Benchmark workshop", venue="Geneva", start_date=day.date,
              end_date=day.date, time_zone="Europe/Zurich", introduction="", warning_minutes=10,
              danger_minutes=2, auto_start_next=False)
    return WorkshopSnapshot(workshop=w, days=(day,), rooms=(room,), agenda=(item,), themes=(theme,),
                            rounds=(rnd,), summaries=summaries)


def a_note(text: str):
    return _snap("note", uuid="note-1", room_uuid="room-1", theme_uuid="theme-1", round_uuid="round-1",
                 category=m.NoteCategory.challenge, heading="", text=text, attributions=(), position=0,
                 created_at=None, updated_at=None, deleted_at=None)


def prose(size: int, rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) + str(i) for i in range(size // 6))[:size]


def short_lines(size: int, rng: random.Random) -> str:
    text = prose(size, rng)
    return "\n".join(text[i:i + 60] for i in range(0, len(text), 60))


def arabic(size: int, rng: random.Random) -> str:
    """Words of random letters: nearly every word new, as in real text (no help from caches)."""
    words = ("".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 8))) for _ in range(size))
    return " ".join(words)[:size]


def _time(fn) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run (250 KB texts)")
    args = parser.parse_args()
    fonts.register_fonts()
    size = 250_000 if args.quick else 1_000_000
    label = f"{size // 1000:,} KB"
    rng = random.Random(7)
    out = Path(tempfile.mkdtemp(prefix="cafe-oversized-bench-"))
    cases = [
        (f"(a) a {label} round summary, one paragraph of prose", workshop(prose(size, rng)), [a_note("x")]),
        (f"(b) a {label} round summary, a pasted list of 60-character lines",
         workshop(short_lines(size, rng)), [a_note("x")]),
        (f"(c) a {label} note in Arabic", workshop(), [a_note(arabic(size, rng))]),
    ]
    for n, (title, snap, notes) in enumerate(cases):
        data = report_data(snap, notes)
        target = out / f"case{n}.pdf"
        cpu, wall = _time(lambda: build_pdf(data, target))
        pages = target.read_bytes().count(b"/Type /Page\n")
        print(f"{title}: {cpu:.1f} s CPU, {wall:.1f} s wall, {pages:,} pages "
              f"(goal <= {GOAL_CPU:.0f} s{' for 1 MB' if args.quick else ''}) "
              f"{'ok' if cpu <= GOAL_CPU else 'OVER GOAL'}")
        target.unlink()
    print(f"    load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
