"""The room views on a large conference: switching rooms with "All rounds", and the host's full brief.

The window (offscreen, 1240×780) opens the generated conference
(:mod:`conference`: 20 rooms, 2,000 participants, 20 rounds; 50,000 notes by
default, so a room holds 2,500 notes and the brief before the last round 2,375
items), then, paired in the same run against a bare Qt baseline:

  (a) room switch with "All rounds": from picking another room until its four
      columns are painted with all its notes. Baseline: four bare QListViews
      (QStringListModel) set to the same texts, until painted. Goal: ≤ 100 ms.
  (b) the host's full brief before the last round: the longest stall of the
      window (the longest time the event loop did not turn, read off a 1 ms
      timer) from asking for the brief until it is all on screen and laid out.
      Baseline: a bare QTextBrowser given the same brief's HTML at once.
      Goal: ≤ 50 ms.

Medians over the repeats; figures, not asserts (exits 0 unless the window fails).

    python benchmarks/room_views.py [--quick] [--notes N] [--db FILE] [--repeats N]

``--quick``: 5,000 notes (250 a room) and 2 repeats, a smoke run of well under a minute.
``--db``: a conference built before (``python benchmarks/conference.py FILE``), reused as it is.
Cyclic garbage is collected on the main thread, as in the app (:mod:`ui.common.collector`);
``CAFE_BENCH_AUTOMATIC_GC=1`` leaves Python's automatic collection on instead, to compare.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListView, QTextBrowser, QWidget

SWITCH_GOAL_S = 0.100
STALL_GOAL_S = 0.050
TIMEOUT_S = 60.0


class Stalls(QObject):
    """The longest time the event loop did not turn, read off a 1 ms timer on the main thread."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest


class Painted(QObject):
    """When each watched widget last painted."""

    def __init__(self, widgets) -> None:
        super().__init__()
        self.at: dict[int, float] = {}
        self.widgets = list(widgets)
        for w in self.widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.at[id(obj)] = time.perf_counter()
        return False

    def all_since(self, t0: float) -> float | None:
        """The time the last of the widgets painted after ``t0``, or None while one has not."""
        times = [self.at.get(id(w), 0.0) for w in self.widgets]
        return max(times) if all(t > t0 for t in times) else None


def spin_until(app: QApplication, done, timeout: float = TIMEOUT_S) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.0005)


def open_window(app: QApplication, db: Path):
    from ui.main_window import MainWindow
    from ui.workshop.controller import WorkshopController
    from ui.workshop.tasks import TaskRunner

    tasks = TaskRunner()
    controller = WorkshopController(tasks)
    window = MainWindow(controller)
    window.resize(1240, 780)
    window.show()
    window.files.open_target(str(db))
    spin_until(app, lambda: controller.index is not None and controller.idle)
    if os.environ.get("CAFE_BENCH_AUTOMATIC_GC") != "1":  # as the app: collections on the main thread
        from ui.common.collector import MainThreadCollector

        MainThreadCollector(window).start()
    return window, tasks


def notes_shown(view) -> int:
    return sum(c.model.note_total for c in view.columns.values())


def switch_room(app, window, view, room: str, expected: int) -> float:
    """Seconds from picking ``room`` (All rounds) until its four columns are painted with its notes."""
    painted = Painted(c.list.viewport() for c in view.columns.values())
    t0 = time.perf_counter()
    view.select(room, None)
    spin_until(app, lambda: notes_shown(view) == expected and window.controller.idle)
    rows_in = time.perf_counter()
    spin_until(app, lambda: painted.all_since(rows_in) is not None)
    return painted.all_since(rows_in) - t0  # type: ignore[operator]


def bare_lists(app, texts_by_column: list[list[str]], views: list[QListView]) -> float:
    """The baseline: the same texts into four bare QListViews, until all four have painted."""
    painted = Painted(v.viewport() for v in views)
    t0 = time.perf_counter()
    for view, texts in zip(views, texts_by_column):
        view.model().setStringList(texts)
    spin_until(app, lambda: painted.all_since(t0) is not None)
    return painted.all_since(t0) - t0  # type: ignore[operator]


def column_texts(view) -> list[list[str]]:
    out = []
    for column in view.columns.values():
        model = column.model
        out.append([model.data(model.index(i)) for i in range(model.rowCount())])
    return out


def brief_stall(app, view, room: str, rnd: str, stalls: Stalls) -> tuple[float, int]:
    """The longest stall from asking for the full brief of ``room`` before ``rnd`` until it is on screen."""
    brief = view.brief
    view.select(room, rnd)
    spin_until(app, lambda: view.notes.controller.idle)
    brief.brief = None
    stalls.start()
    brief.refresh()
    filler = getattr(brief, "filler", None)

    def complete() -> bool:
        if brief.brief is None or not view.notes.controller.idle:
            return False
        if filler is not None and filler.busy:
            return False
        last = next((line for line in reversed(brief.lines) if line.kind == "item"), None)
        return last is None or last.text.split("\n")[0][:40] in brief.browser.toPlainText()[-20000:]

    spin_until(app, complete)
    settle = time.perf_counter() + 0.7  # the document's layout goes on in steps after the text is in
    spin_until(app, lambda: time.perf_counter() > settle)
    return stalls.stop(), brief.brief.item_count


def bare_brief(app, html: str, browser: QTextBrowser, stalls: Stalls) -> float:
    browser.setHtml("")
    spin_until(app, lambda: True)
    stalls.start()
    QTimer.singleShot(0, lambda: browser.setHtml(html))
    settle = time.perf_counter() + 0.9
    spin_until(app, lambda: time.perf_counter() > settle)
    return stalls.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 notes and 2 repeats: a smoke run")
    parser.add_argument("--notes", type=int, default=None, help="notes in the conference (default 50,000)")
    parser.add_argument("--db", type=Path, default=None, help="a conference database built before, reused")
    parser.add_argument("--repeats", type=int, default=None, help="paired runs of each figure (default 7)")
    args = parser.parse_args()
    notes = args.notes if args.notes is not None else (5_000 if args.quick else 50_000)
    repeats = args.repeats or (2 if args.quick else 7)

    import conference

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="cafe-room-bench-") as tmp:
        os.environ["CAFE_DATA_DIR"] = str(Path(tmp) / "data")
        db = args.db
        if db is None:
            started = time.perf_counter()
            db = conference.build(Path(tmp) / "conference.sqlite", notes=notes)
            print(f"conference with {notes:,} notes built in {time.perf_counter() - started:.1f} s")
        window, tasks = open_window(app, db)
        try:
            return measure(app, window, repeats)
        except TimeoutError as exc:
            print(f"room views benchmark: {exc}", file=sys.stderr)
            return 1
        finally:
            window.controller.close()
            tasks.shutdown()
            window.close()


def measure(app, window, repeats: int) -> int:
    snap = window.controller.index.snap
    rooms = [r.uuid for r in snap.rooms]
    last = max(snap.rounds, key=lambda r: r.number)
    window.show_place("room")
    view = window.views["room"]
    view.tabs.setCurrentWidget(view.split)

    # (a) room switch, all rounds
    counts = {}
    view.select(rooms[-1], None)
    spin_until(app, lambda: window.controller.idle)
    ours, bare = [], []
    holder = QWidget()
    holder.setWindowTitle("bare lists")
    layout = QHBoxLayout(holder)
    lists = []
    for _ in range(4):
        lv = QListView()
        lv.setWordWrap(True)
        lv.setModel(QStringListModel(lv))
        layout.addWidget(lv)
        lists.append(lv)
    holder.resize(1000, 560)
    holder.show()
    for n in range(repeats):
        room = rooms[n % 2]
        if room not in counts:
            counts[room] = len(_room_notes(window, room))
        view.select(rooms[(n + 1) % 2], None)  # leave it first: every switch reads and lays out anew
        spin_until(app, lambda: window.controller.idle)
        ours.append(switch_room(app, window, view, room, counts[room]))
        texts = column_texts(view)
        for lv in lists:
            lv.model().setStringList([])
        spin_until(app, lambda: True)
        bare.append(bare_lists(app, texts, lists))
    holder.close()
    room_notes = counts[rooms[0]]
    ours_s, bare_s = statistics.median(ours), statistics.median(bare)
    print(f"(a) room switch, All rounds, {room_notes:,} notes: {ours_s * 1000:.0f} ms "
          f"(goal ≤ {SWITCH_GOAL_S * 1000:.0f} ms: {'met' if ours_s <= SWITCH_GOAL_S else 'NOT met'}); "
          f"bare QListViews with the same rows {bare_s * 1000:.0f} ms ({ours_s / bare_s:.1f} ×); "
          f"median of {repeats}")

    # (b) the host's full brief before the last round
    view.tabs.setCurrentWidget(view.brief)
    view.brief.full.setChecked(True)
    stalls = Stalls()
    browser = QTextBrowser()
    browser.resize(view.brief.browser.size())
    browser.show()
    ours, bare = [], []
    items = 0
    from ui.room.brief_view import brief_html

    for n in range(repeats):
        stall, items = brief_stall(app, view, rooms[n % 2], last.uuid, stalls)
        ours.append(stall)
        bare.append(bare_brief(app, brief_html(view.brief.lines), browser, stalls))
    browser.close()
    ours_s, bare_s = statistics.median(ours), statistics.median(bare)
    print(f"(b) host's full brief, {items:,} items: longest stall {ours_s * 1000:.0f} ms "
          f"(goal ≤ {STALL_GOAL_S * 1000:.0f} ms: {'met' if ours_s <= STALL_GOAL_S else 'NOT met'}); "
          f"a bare QTextBrowser given the same HTML at once {bare_s * 1000:.0f} ms; median of {repeats}")
    if room_notes < 2_500:
        print(f"    (the goals are set for the 50,000-note conference, 2,500 notes a room; this run had "
              f"{room_notes:,}: a smoke run)")
    print(f"    load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


def _room_notes(window, room: str):
    from cafe.service import Service
    from cafe.storage.db import open_database

    db = open_database(window.controller.target)
    try:
        return [n for n in Service(db).room_notes(room) if n.text]
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
