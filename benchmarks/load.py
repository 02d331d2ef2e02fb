"""How long ``cafe load`` takes for a 50,000-note conference file, against a bare baseline.

Run: ``.venv/bin/python benchmarks/load.py`` (``--quick``: 2,000 notes, one run). Builds the
generated conference (``benchmarks/conference.py``), writes its workshop file with ``cafe dump``,
then times, interleaved, N runs of:

* ``cafe load`` into a new SQLite file: the whole process (start, read, every check, write);
* the bare baseline: a process that parses the same JSON with the standard library and writes the
  same rows with ``sqlite3.executemany`` into tables of the same columns, without any check.

Prints the medians (wall and CPU), the ratio, and the goal (``cafe load`` at 50,000 notes <= 10 s).
Always exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
CAFE = str(Path(sys.executable).with_name("cafe"))

BARE = r"""
import json, sqlite3, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
con = sqlite3.connect(sys.argv[2])
for section, rows in doc.items():
    if not isinstance(rows, list) or not rows or not isinstance(rows[0], dict):
        continue
    columns = sorted({k for row in rows for k in row})
    con.execute(f"CREATE TABLE t_{section} (id INTEGER PRIMARY KEY, " + ", ".join(f'"{c}"' for c in columns) + ")")
    con.executemany(f"INSERT INTO t_{section} (" + ", ".join(f'"{c}"' for c in columns) + ") VALUES ("
                    + ", ".join("?" for _ in columns) + ")",
                    [[json.dumps(row.get(c)) if isinstance(row.get(c), (list, dict)) else row.get(c)
                      for c in columns] for row in rows])
con.commit()
"""


def _run(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the child) of one process."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2,000 notes, one run")
    parser.add_argument("--notes", type=int, default=None)
    args = parser.parse_args()
    notes = args.notes or (2_000 if args.quick else 50_000)
    runs = 1 if args.quick else 5
    from conference import build

    with tempfile.TemporaryDirectory(prefix="cafe-load-bench-") as tmp:
        folder = Path(tmp)
        build(folder / "conference.sqlite", notes=notes)
        subprocess.run([CAFE, "--db", str(folder / "conference.sqlite"), "dump", str(folder / "w.json")],
                       check=True, stdout=subprocess.DEVNULL)
        cafe, bare = [], []
        for n in range(runs):
            cafe.append(_run([CAFE, "--db", str(folder / f"load-{n}.sqlite"), "load", str(folder / "w.json")]))
            bare.append(_run([sys.executable, "-c", BARE, str(folder / "w.json"), str(folder / f"bare-{n}.sqlite")]))
    wall, cpu = statistics.median(w for w, _ in cafe), statistics.median(c for _, c in cafe)
    bare_wall, bare_cpu = statistics.median(w for w, _ in bare), statistics.median(c for _, c in bare)
    goal = 10.0  # at 50,000 notes; a smaller file is a smoke run against the same bound
    print(f"cafe load, {notes:,} notes (median of {runs}): {wall:.2f} s wall, {cpu:.2f} s CPU; "
          f"bare json + sqlite3: {bare_wall:.2f} s wall, {bare_cpu:.2f} s CPU; ratio {wall / bare_wall:.1f} "
          f"(goal <= {goal:.0f} s wall at 50,000) "
          f"{'ok' if wall <= goal else 'OVER GOAL'}")
    try:
        import os

        print(f"    load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
