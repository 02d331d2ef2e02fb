"""The Print menu's brief actions: "The host's brief (PDF)…" and "Projector: the host's brief".

Kept apart from :mod:`ui.room_view` so the main window can add them without
importing the room view before its first paint. Main thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction


def install_actions(window: Any) -> list[QAction]:
    """Add "The host's brief (PDF)…" and "Projector: the host's brief" to ``window``'s Print menu.

    ``window`` is the MainWindow (``menuBar()``, ``views``, ``show_place``); the
    menu is created when no other part of the window made one. Each action
    shows the room place's Brief tab, then prints or projects it.
    """
    bar = window.menuBar()
    menu = next((a.menu() for a in bar.actions() if a.menu() is not None
                 and a.text().replace("&", "") == "Print"), None) or bar.addMenu("&Print")

    def brief_then(do) -> None:
        view = window.views.get("room") if getattr(window, "views", None) else None
        if view is None:
            return
        window.show_place("room")
        view.tabs.setCurrentWidget(view.brief)
        view.brief.when_ready(lambda: do(view.brief))

    menu.addSeparator()
    actions = []
    for text, do in (("The host's &brief (PDF)…", lambda brief: brief.print_pdf()),
                     ("Projector: the host's b&rief", lambda brief: brief.show_projector())):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, do=do: brief_then(do))
        menu.addAction(action)
        actions.append(action)
    return actions
