"""CPU use and repaints of a stage display left running, with the real clock (offscreen Qt).

A copy of the sample workshop is opened, Round 1 is started in every room, and
a stage display for Room XI (1280 × 800) runs for N seconds; then the round is
paused and the display runs N/2 seconds more with nothing counting down.
For each phase it prints the process CPU time (all threads) as a share of one
core, paints and ticks per second, and how late each repaint came after the
true change of the shown second (``shown value − true remaining`` at paint time).

Goals: about one paint per second while a round runs (0.9–1.1), none while it
is paused; CPU under 2 % of one core; every repaint at most 100 ms after the
true change. Figures, not asserts: exits 0.

    python benchmarks/stage_display_cpu.py [--quick] [--seconds N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CPU_GOAL = 0.02
LATE_GOAL_S = 0.100


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="how long the running phase lasts")
    parser.add_argument("--quick", action="store_true", help="a 5-second smoke run")
    args = parser.parse_args()
    seconds = 5.0 if args.quick else args.seconds

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from cafe import workshop_file
    from cafe.clock.round_clock import RoundClock
    from cafe.clock.watch import SystemClock
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path
    from ui.app import load_fonts
    from ui.common.clock_ticker import planned_seconds, ticker_for
    from ui.moderator.stage_display import StageDisplay
    from ui.workshop.controller import WorkshopController
    from ui.workshop.ops import S, call
    from ui.workshop.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts(app)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite"
        service = Service(open_database(db))
        workshop_file.load(service, sample_workshop_path())
        rnd = service.snapshot().rounds[0]
        service.start_round(rnd.uuid)
        service.db.dispose()

        tasks = TaskRunner()
        controller = WorkshopController(tasks)
        ticker = ticker_for(controller, SystemClock())
        controller.open(str(db))
        deadline = time.monotonic() + 15
        while (controller.index is None or not controller.idle) and time.monotonic() < deadline:
            app.processEvents()
        if controller.index is None:
            print("The workshop did not open.")
            return 0
        room = next(r for r in controller.index.snap.rooms if r.name == "Room XI")
        display = StageDisplay(controller, room.uuid)
        display.resize(1280, 800)
        display.show()

        rr = controller.index.room_round[(rnd.uuid, room.uuid)]
        item = controller.index.round_item(controller.index.rounds[rnd.uuid])
        clock = RoundClock.from_row(rr, planned_seconds(item))
        lateness: list[float] = []
        paint = display.canvas.paintEvent

        def measured_paint(event) -> None:
            content = display.canvas.content
            if content.phase is not None and content.phase.value == "normal":
                shown = 0
                for part in content.digits.split(":"):
                    shown = shown * 60 + int(part)
                lateness.append(shown - clock.remaining(ticker.now()))
            paint(event)

        display.canvas.paintEvent = measured_paint

        def spin(for_s: float) -> None:
            loop = QEventLoop()
            QTimer.singleShot(int(for_s * 1000), loop.quit)
            loop.exec()

        def run(for_s: float) -> tuple[float, float, int, int]:
            spin(0.3)  # let the first paints settle
            lateness.clear()
            cpu0, wall0 = cpu_seconds(), time.monotonic()
            paints0, ticks0 = display.canvas.paint_count, ticker.tick_count
            spin(for_s)
            return (cpu_seconds() - cpu0, time.monotonic() - wall0,
                    display.canvas.paint_count - paints0, ticker.tick_count - ticks0)

        running = run(seconds)
        late_running = list(lateness)
        controller.edit("Pause round 1", call(S.pause_round, round_uuid=rnd.uuid))
        paused = run(max(seconds / 2, 2.0))
        display.close()
        controller.close()
        tasks.shutdown()

    print(f"Stage display for Room XI, 1280×800, offscreen, real clock ({sys.platform}, Python "
          f"{sys.version.split()[0]})")
    print(f"{'phase':<9} {'seconds':>7} {'CPU':>7} {'paints/s':>9} {'ticks/s':>8}")
    for name, (cpu, wall, paints, ticks) in (("running", running), ("paused", paused)):
        print(f"{name:<9} {wall:>7.1f} {cpu / wall:>6.2%} {paints / wall:>9.2f} {ticks / wall:>8.2f}")
    late_ms = [x * 1000 for x in late_running]
    if late_ms:
        print(f"repaint after the true change of the shown second: min {min(late_ms):.1f} ms, "
              f"median {statistics.median(late_ms):.1f} ms, "
              f"max {max(late_ms):.1f} ms over {len(late_ms)} paints")
    cpu_r, wall_r, paints_r, _ = running
    cpu_p, wall_p, paints_p, _ = paused
    goals = [
        (0.9 <= paints_r / wall_r <= 1.1, f"about one paint per second while running ({paints_r / wall_r:.2f}/s)"),
        (paints_p <= 1, f"no repaint while paused ({paints_p} in {wall_p:.0f} s)"),
        (cpu_r / wall_r < CPU_GOAL, f"CPU while running under {CPU_GOAL:.0%} of a core ({cpu_r / wall_r:.2%})"),
        (cpu_p / wall_p < CPU_GOAL, f"CPU while paused under {CPU_GOAL:.0%} of a core ({cpu_p / wall_p:.2%})"),
        (bool(late_ms) and max(late_ms) <= LATE_GOAL_S * 1000 and min(late_ms) >= 0,
         f"every repaint within 0–{LATE_GOAL_S * 1000:.0f} ms of the true change"
         + (f" (max {max(late_ms):.1f} ms)" if late_ms else " (no paints measured)")),
    ]
    print("Goals:")
    for ok, text in goals:
        print(f"  {'PASS' if ok else 'MISS'}  {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
