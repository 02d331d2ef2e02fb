"""Cyclic garbage is collected on the main thread only (ui.common.collector): a collection on the worker
could free the window's Qt objects from the wrong thread and take the process down."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from ui.common.collector import MainThreadCollector


class Cycle:
    """A Qt object held by an object that refers to itself: freed by a collection only."""

    def __init__(self):
        self.qt = QObject()
        self.me = self


def test_a_worker_allocating_past_every_threshold_collects_nothing_and_the_main_thread_does(qtbot):
    main = threading.get_ident()
    collected_in: list[int] = []

    def record(phase, _info):
        if phase == "start":
            collected_in.append(threading.get_ident())

    was = gc.isenabled()
    gc.enable()  # as when the app starts
    collector = MainThreadCollector(interval_ms=20)
    gc.callbacks.append(record)
    try:
        collector.start()
        assert not gc.isenabled() and collector.active
        left = Cycle()
        gone = weakref.ref(left)
        del left

        def allocate():  # a worker reading a large workshop
            junk = []
            for i in range(20 * gc.get_threshold()[0]):
                node: list = [i]
                node.append(node)
                junk.append(node)

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert collected_in == [] and gone() is not None  # nothing collected on the worker
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
        assert set(collected_in) == {main}
    finally:
        gc.callbacks.remove(record)
        collector.stop()
        (gc.enable if was else gc.disable)()


def test_the_check_collects_the_oldest_generation_past_its_threshold():
    collector = MainThreadCollector()
    collector.thresholds = (10, 10, 10)
    was = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        assert collector.check() is None  # nothing due just after a full collection
        junk = [[] for _ in range(50)]  # more than ten new containers
        assert collector.check() == 0 and gc.get_count()[0] < 10
        del junk
    finally:
        (gc.enable if was else gc.disable)()
