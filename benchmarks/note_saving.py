"""Note-taking speed: save latency, UI stalls while typing, and a room with 2,000 items.

  (a) Save latency per change through the Service on an SQLite file
      (WAL, synchronous=FULL, as the app opens it): adding an item, editing
      its text. Median and 95th percentile. Goal: median ≤ 2 ms.
  (b) UI stalls while typing: the real window (offscreen) on the sample
      workshop; QTest types items into the entry lines, Enter every item, and
      edits in place with autosaves, while a 5 ms QTimer probe records the
      largest gap in the event loop. Goal: never a gap over 50 ms.
  (c) A room with 2,000 items in one column: time to show it, to add one more
      (Enter until the row is on screen, and until it is saved), and the
      largest gap while scrolling from top to bottom. Goal: no lag (each
      under 100 ms, stalls under 50 ms).

Figures, not asserts: exits 0 unless something fails to run.

    python benchmarks/note_saving.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ["visa", "fees", "recruitment", "agencies", "bilateral", "labour", "agreements", "skills", "partnerships",
         "diaspora", "remittances", "legal", "aid", "inspectors", "training", "portability", "pensions", "housing", "language", "courts"]


def sample_service(path: Path):
    from cafe import workshop_file
    from cafe.service import Service
    from cafe.storage.db import open_database
    from cafe.storage.paths import sample_workshop_path

    service = Service(open_database(path))
    workshop_file.load(service, sample_workshop_path())
    return service


def ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(ordered) * 1000:.2f} ms · p95 {p95 * 1000:.2f} ms"


def _changes(service, room: str, rnd: str, n: int) -> tuple[list[float], list[float]]:
    adds, edits = [], []
    for i in range(n):
        start = time.perf_counter()
        note = service.add_note(room, rnd, "challenge", f"Item {i} " + " ".join(WORDS[:8])).row
        adds.append(time.perf_counter() - start)
        start = time.perf_counter()
        service.update_note(note.uuid, note.version, text=f"Item {i} edited (Egypt and ILO)")
        edits.append(time.perf_counter() - start)
    return adds, edits


def save_latency(folder: Path, n: int) -> None:
    """Three figures: a session's first changes (the WAL file still growing), the steady state
    (the WAL at its working size, reused after each checkpoint), and the Service's own work
    (the same changes with synchronous=OFF: everything but waiting for the disk)."""
    from sqlalchemy import event

    service = sample_service(folder / "latency.sqlite")
    snap = service.snapshot()
    room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    first = _changes(service, room, rnd, n)
    _changes(service, room, rnd, 3 * n)  # past the first automatic checkpoint
    steady = _changes(service, room, rnd, n)
    service.db.dispose()
    event.listen(service.engine, "connect", lambda con, _rec: con.execute("PRAGMA synchronous=OFF"))
    cpu = _changes(service, room, rnd, n)
    service.db.dispose()
    for label, (adds, edits) in (("first changes of a session", first), ("steady state", steady),
                                 ("the Service's own work (no disk wait)", cpu)):
        print(f"(a) save latency, {label}, {n} changes each: add {ms(adds)}; edit {ms(edits)}")
    print("    goal: median ≤ 2 ms (SQLite in WAL mode, synchronous=FULL: every commit waits for the disk)")


class Probe:
    """Records the largest gap between runs of a 5 ms timer (the event loop's stalls)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def reset(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()

    def worst(self) -> float:
        return max(self.gaps) if self.gaps else 0.0


def run_until(app, condition, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise RuntimeError("timed out")
        app.processEvents()
        time.sleep(0.001)


def pump(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def open_window(app, db: Path):
    from ui.app import load_fonts
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    load_fonts(app)
    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    window = MainWindow(controller)
    window.resize(1280, 800)
    window.show()
    window.files.open_target(str(db))
    run_until(app, lambda: controller.index is not None and window.views and controller.idle)
    window.show_place("room")
    run_until(app, lambda: controller.idle)
    from ui.common.collector import MainThreadCollector

    MainThreadCollector(window).start()  # as the app does once the workshop is on screen
    return window


def typing_stalls(app, folder: Path, items: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    sample_service(folder / "typing.sqlite").db.dispose()
    window = open_window(app, folder / "typing.sqlite")
    view, controller = window.views["room"], window.controller
    probe = Probe()
    pump(app, 0.2)
    probe.reset()
    columns = list(view.columns.values())
    for i in range(items):
        column = columns[i % len(columns)]
        column.entry.setFocus()
        text = f"Item {i}: " + " ".join(WORDS[(i + k) % len(WORDS)] for k in range(8))
        for start in range(0, len(text), 3):  # about a fast typist's pace, the loop running in between
            QTest.keyClicks(column.entry, text[start:start + 3])
            pump(app, 0.03)
        QTest.keyClick(column.entry, Qt.Key.Key_Return)
        pump(app, 0.03)
        if i % 5 == 4:  # edit the item just added, in place, with an autosave in the middle
            QTest.keyClick(column.list, Qt.Key.Key_F2)
            editor = view.notes.open_editor()
            if editor is not None:
                QTest.keyClicks(editor, " more")
                view.notes.editor_autosave.fire()
                pump(app, 0.03)
                QTest.keyClick(editor, Qt.Key.Key_Return)
                pump(app, 0.03)
    run_until(app, lambda: controller.idle)
    worst = probe.worst()
    over = sum(1 for g in probe.gaps if g > 0.05)
    print(f"(b) UI while typing {items} items (saves, reloads, drafts, edits): largest event-loop gap "
          f"{worst * 1000:.1f} ms, gaps over 50 ms: {over}, median gap "
          f"{statistics.median(probe.gaps) * 1000:.1f} ms — goal: never over 50 ms")
    probe.timer.stop()
    window.close()
    controller.tasks.shutdown()


def _visible(column) -> bool:
    row = column.selected_row()
    if row is None:
        return False
    index = column.model.index(column.model.row_of(row.key))
    return column.list.visualRect(index).intersects(column.list.viewport().rect())


def big_room(app, folder: Path, n: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    service = sample_service(folder / "big.sqlite")
    snap = service.snapshot()
    room, rnd = snap.rooms[1].uuid, snap.rounds[1].uuid
    for i in range(n):
        heading = f"Heading {i // 50}:" if i % 3 else ""
        service.add_note(room, rnd, "challenge", f"Challenge {i}: " + " ".join(WORDS[i % 7:i % 7 + 9]),
                         heading=heading)
    service.db.dispose()
    window = open_window(app, folder / "big.sqlite")
    view, controller = window.views["room"], window.controller
    column = view.columns["challenge"]
    probe = Probe()
    start = time.perf_counter()
    view.select(room, rnd)
    run_until(app, lambda: column.model.note_total >= n and controller.idle)
    app.processEvents()
    column.list.viewport().repaint()
    shown = time.perf_counter() - start

    on_screen, saved, add_stall = [], [], 0.0
    for i in range(5):
        column.entry.setFocus()
        QTest.keyClicks(column.entry, f"One more challenge {i}")
        pump(app, 0.05)
        probe.reset()  # from Enter on: what adding costs, not the typing simulated just before
        start = time.perf_counter()
        QTest.keyClick(column.entry, Qt.Key.Key_Return)
        run_until(app, lambda: _visible(column))
        on_screen.append(time.perf_counter() - start)
        run_until(app, lambda: controller.idle)
        saved.append(time.perf_counter() - start)
        pump(app, 0.2)
        add_stall = max(add_stall, probe.worst())

    bar = column.list.verticalScrollBar()
    bar.setValue(0)
    pump(app, 0.1)
    probe.reset()
    steps, start = 0, time.perf_counter()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        column.list.viewport().repaint()
        app.processEvents()
        steps += 1
    scrolled = time.perf_counter() - start
    print(f"(c) a column of {n} items: shown in {shown * 1000:.0f} ms; one more added: on screen (scrolled to) "
          f"in {statistics.median(on_screen) * 1000:.0f} ms, saved and reloaded in "
          f"{statistics.median(saved) * 1000:.0f} ms (medians of 5; largest gap {add_stall * 1000:.0f} ms); "
          f"scrolled top to bottom in {steps} pages, {scrolled / max(steps, 1) * 1000:.1f} ms a page, "
          f"largest gap {probe.worst() * 1000:.0f} ms — goal: no lag (under 100 ms, stalls under 50 ms)")
    probe.timer.stop()
    window.close()
    controller.tasks.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Note-taking speed")
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="cafe-bench-notes-") as tmp:
        folder = Path(tmp)
        os.environ["CAFE_DATA_DIR"] = str(folder / "data")
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        save_latency(folder, 30 if args.quick else 300)
        typing_stalls(app, folder, 5 if args.quick else 40)
        big_room(app, folder, 300 if args.quick else 2000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
