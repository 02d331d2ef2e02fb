"""The Qt binding must keep Python's reference counts: PySide6 6.12.0 on Python 3.11 takes one
reference from None on every call that returns nothing, and a running stage display then aborts
the app within the hour ("Fatal Python error: none_dealloc")."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(int)


def test_calls_and_signals_do_not_eat_references(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("12:34")
        emitter.fired.emit(1)
    # other threads may hold a few more or fewer meanwhile; a leak would be thousands
    assert abs(sys.getrefcount(None) - none_before) < 200
    assert abs(sys.getrefcount(True) - true_before) < 200
