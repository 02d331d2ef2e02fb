"""Python's cyclic garbage collection, run on the main thread only.

CPython collects reference cycles in whichever thread happens to cross its allocation threshold. Here
that is often the worker (reading a workshop allocates a great deal), and a collection there frees
whatever the window left in a cycle: a closed dialog whose slots refer back to it, a view rebuilt
after a language change. Qt objects must be deleted on the thread they live on; deleted from the
worker, they can take the process down (a segmentation fault inside a collection on the worker,
seen in the test suite while another run loaded the machine). So automatic collection is switched
off and :class:`MainThreadCollector` collects on a main-thread timer, by the same counts and
thresholds Python itself uses. The pattern is calibre's and pyqtgraph's.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the main thread looks at the counts (a look costs a microsecond)
INTERVAL_MS = 200


class MainThreadCollector(QObject):
    """Collects on the main thread what automatic collection would have collected anywhere."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Switch automatic collection off; from now on the timer collects."""
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Stop collecting (automatic collection stays off: the caller decides whether it resumes)."""
        self._timer.stop()

    def check(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold, as the interpreter would
        (a collection of one generation adds one to the next one's count); the generation, or None."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if self.thresholds[generation] and counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return generation
        return None
