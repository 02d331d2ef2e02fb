"""Startup speed: time to the first window, and until the sample workshop can be used.

Each figure is the median over fresh processes (offscreen Qt), measured from
just before the process is started:

  (a) a bare PySide6 QMainWindow: first paint;
  (b) the app: first paint of its window;
  (c) the app on a database holding the sample workshop: its data on screen
      and the window taking input, as at every start after the first (the
      snapshot kept at the file's last close is shown while the database opens
      behind it: ui.workshop.kept_snapshot); then, from the same runs, the
      database open (an edit made before waits until then, and is saved). Also
      with nothing kept (the file changed by another program since, or a new
      data folder), and on the very first start, when the app creates the
      database and loads the sample file into it.

Goals: (b) at most 2 × (a); (c) at most 0.8 s. Beside (c), the process's CPU
seconds until then (all threads): on a machine whose cores are shared with other
work it is the steadier figure. Figures, not asserts: exits 0 unless a
measured process fails.

    python benchmarks/startup.py [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1240, 780)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"cafe-bench first-window {time.time():.6f}", flush=True),
                                          app.exit(0)))
        return False

hook = FirstPaint()
window.installEventFilter(hook)
window.show()
sys.exit(app.exec())
"""

APP = "import sys; from ui.app import main; sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))"


class Failed(Exception):
    pass


def run(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Start one process; return {mark: seconds since start}."""
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    marks = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "cafe-bench":
            # "<mark>-cpu" lines give the process's CPU seconds; the others a wall-clock time
            marks[parts[1]] = float(parts[2]) - (0.0 if parts[1].endswith("-cpu") else start)
    if proc.returncode != 0 or "first-window" not in marks:
        raise Failed(f"exit {proc.returncode}; stdout: {proc.stdout[-500:]!r}; stderr: {proc.stderr[-1500:]!r}")
    return marks


def median_of(runs: int, code: str, args_for, env_for, mark: str) -> float:
    return medians_of(runs, code, args_for, env_for, (mark,))[0]


def medians_of(runs: int, code: str, args_for, env_for, marks_wanted: tuple[str, ...]) -> list[float]:
    """The median of each mark over ``runs`` fresh processes."""
    values: dict[str, list[float]] = {mark: [] for mark in marks_wanted}
    for n in range(runs):
        marks = run(code, args_for(n), env_for(n))
        for mark in marks_wanted:
            if mark not in marks:
                raise Failed(f"no {mark!r} mark (got {sorted(marks)})")
            values[mark].append(marks[mark])
    return [statistics.median(values[mark]) for mark in marks_wanted]


def sample_database(folder: Path) -> Path:
    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path

    path = folder / "sample.sqlite"
    service = Service(open_database(path))
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 runs of each instead of 5")
    parser.add_argument("--runs", type=int, default=None, help="runs of each measurement (default 5)")
    parser.add_argument("--db", type=Path, default=None,
                        help="also open this workshop (e.g. the 50,000-note conference of benchmarks/conference.py; "
                             "goal: interactive within 1.5 s)")
    args = parser.parse_args()
    runs = args.runs or (2 if args.quick else 5)

    with tempfile.TemporaryDirectory(prefix="cafe-bench-") as tmp:
        tmp = Path(tmp)
        base_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAFE_BENCH_EXIT_WHEN_READY": "1",
                    "CAFE_DATA_DIR": str(tmp / "data")}
        db = sample_database(tmp)

        def fresh_data_dir(n: int) -> dict[str, str]:
            return {**base_env, "CAFE_DATA_DIR": str(tmp / f"first-start-{n}")}

        def nothing_kept(n: int) -> dict[str, str]:
            return {**base_env, "CAFE_DATA_DIR": str(tmp / f"nothing-kept-{n}")}

        try:
            run(APP, [str(db)], base_env)  # warm the file cache, keep the snapshot at close; not counted
            bare = median_of(runs, BARE, lambda n: [], lambda n: base_env, "first-window")
            first = median_of(runs, APP, lambda n: [str(db)], lambda n: base_env, "first-window")
            ready, ready_cpu, opened = medians_of(runs, APP, lambda n: [str(db)], lambda n: base_env,
                                                  ("interactive", "interactive-cpu", "opened"))
            cold, cold_cpu = medians_of(runs, APP, lambda n: [str(db)], nothing_kept,
                                        ("interactive", "interactive-cpu"))
            first_start = median_of(runs, APP, lambda n: [], fresh_data_dir, "interactive")
            large = None
            if args.db is not None:
                run(APP, [str(args.db)], base_env)  # migrate it and warm the file cache; not counted
                large = medians_of(runs, APP, lambda n: [str(args.db)], lambda n: base_env,
                                   ("interactive", "interactive-cpu", "opened"))
        except (Failed, subprocess.TimeoutExpired) as exc:
            print(f"startup benchmark: a measured process failed: {exc}", file=sys.stderr)
            return 1

    ratio = first / bare
    print(f"Startup, offscreen, median of {runs} fresh processes (seconds from process start)")
    print(f"  (a) bare PySide6 window, first paint       {bare:6.3f}")
    print(f"  (b) app window, first paint                {first:6.3f}   ratio {ratio:.2f} × bare "
          f"(goal ≤ 2.00: {'met' if ratio <= 2 else 'NOT met'})")
    print(f"  (c) sample workshop interactive            {ready:6.3f}   "
          f"(goal ≤ 0.800: {'met' if ready <= 0.8 else 'NOT met'}); CPU {ready_cpu:.3f} s, all threads")
    print(f"      its database open behind it            {opened:6.3f}")
    print(f"      with nothing kept from the last close  {cold:6.3f}   CPU {cold_cpu:.3f} s")
    print(f"      first start (create + load sample)     {first_start:6.3f}")
    if large is not None:
        print(f"  (d) {args.db.name} interactive   {large[0]:6.3f}   (goal ≤ 1.500 for 50,000 notes: "
              f"{'met' if large[0] <= 1.5 else 'NOT met'}); CPU {large[1]:.3f} s, all threads")
        print(f"      its database open behind it            {large[2]:6.3f}")
    print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
