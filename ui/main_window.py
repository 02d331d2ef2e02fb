"""The main window: menus, the navigation between places, the status bar.

The window appears with an empty frame; the places (views) are built when the
first snapshot arrives, so that the storage stack is imported only after the
window is on screen. Everything the window shows comes from the controller's
signals; everything it changes goes through the controller.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.common.recent_files import RecentFiles
from ui.dialogs import UnsavedOnCloseDialog
from ui.file_actions import FileActions
from ui.workshop.controller import WorkshopController
from ui.workshop.shared_workshop import connect_to_shared, set_this_laptop_room, this_laptop_room

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from cafe.storage.workshop_index import SnapshotUpdate, WorkshopIndex
    from ui.moderator.overview_view import OverviewView
    from ui.plenary.plenary_view import PlenaryView
    from ui.print_menu import PrintActions
    from ui.room.replay_conflicts import ReplayConflicts
    from ui.room.room_view import RoomView
    from ui.setup.rounds_view import RoundsView
    from ui.setup.setup_view import SetupView

    #: what a place shows
    View = SetupView | RoundsView | RoomView | OverviewView | PlenaryView

APP_TITLE = "Knowledge Café"

#: (key, label) of each place, in navigation order (View menu: Alt+1…; Ctrl+1…4 are the note columns')
GEOMETRY_KEY = "window/geometry"
PLACES: tuple[tuple[str, str], ...] = (
    ("setup", "Setup"),
    ("rounds", "Rounds & rooms"),
    ("room", "Room notes"),
    ("overview", "Moderator overview"),
    ("plenary", "Plenary"),
)


def build_views(controller: WorkshopController) -> dict[str, View]:
    """One widget per place; imported here, after the first snapshot (startup speed)."""
    from ui.moderator.overview_view import OverviewView
    from ui.plenary.plenary_view import PlenaryView
    from ui.room.room_view import RoomView
    from ui.setup.rounds_view import RoundsView
    from ui.setup.setup_view import SetupView

    return {"setup": SetupView(controller), "rounds": RoundsView(controller), "room": RoomView(controller),
            "overview": OverviewView(controller), "plenary": PlenaryView(controller)}


class MainWindow(QMainWindow):
    #: the first workshop is on screen and the window takes input
    ready = Signal()

    if TYPE_CHECKING:  # set by ui.print_menu.install_actions
        print_actions: PrintActions
        print_menu: QMenu

    def __init__(self, controller: WorkshopController, recent: RecentFiles | None = None):
        super().__init__()
        self.controller = controller
        self.files = FileActions(self, controller, recent or RecentFiles())
        self.views: dict[str, View] = {}
        self._ready = False
        self.setWindowTitle(APP_TITLE)
        self._fit_to_screen()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.addItems([label for _, label in PLACES])
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        self.placeholder = QLabel("Opening the workshop…")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)

        # permanent widgets: a temporary status message must not hide the save state
        self.save_label = QLabel(controller.save_state)
        self.save_label.setObjectName("save_state")
        self.save_label.setMaximumWidth(560)
        self.name_label = QLabel()
        self.name_label.setObjectName("workshop_name")
        self.name_label.setMaximumWidth(360)
        self.name_label.setStyleSheet("font-weight: bold;")
        #: shown while the shared workshop's connection is not encrypted or asked no password
        self.security_label = QLabel()
        self.security_label.setObjectName("connection_security")
        self.security_label.setAccessibleName(self.tr("Connection security"))
        self.security_label.setStyleSheet("QLabel { background: #b3261e; color: white; font-weight: bold; "
                                          "padding: 1px 8px; border-radius: 3px; }")
        self.security_label.hide()
        self.statusBar().addPermanentWidget(self.security_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.name_label)

        self._build_menus()
        # both import only Qt, so the first paint stays fast
        from ui.moderator.round_menu import install_actions as install_round_actions
        from ui.plenary.export_dialog import install_actions as install_export_actions
        from ui.print_menu import install_actions as install_print_actions
        from ui.print_menu import install_brief_actions

        self.round_menu = install_round_actions(self)
        from ui.moderator.venue_share import install_actions as install_venue_share

        self.venue_share = install_venue_share(self)
        install_print_actions(self)
        install_brief_actions(self)
        install_export_actions(self)
        #: made when the offline journal's replay finds its first conflict
        self.replay_conflicts: ReplayConflicts | None = None
        controller.conflicts_found.connect(self._conflicts_found)
        controller.snapshot_changed.connect(self._snapshot_changed)
        controller.save_state_changed.connect(self._save_state_changed)
        controller.notice.connect(self._notice)
        controller.opened.connect(lambda _name: self.security_label.hide())
        controller.insecure_connection.connect(self._insecure_connection)
        self.files.message.connect(self._notice)

    # -- menus --------------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New workshop…", self.files.new_workshop, QKeySequence.StandardKey.New)
        self._action(file_menu, "&Open…", self.files.open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, "&Import workshop file…", self.files.import_file)
        self.export_action = self._action(file_menu, "&Export workshop file…", self.files.export_file)
        self.merge_action = self._action(file_menu, "&Merge a room laptop's workshop file…", self.files.merge_file)
        self.backups_action = self._action(file_menu, "&Backups…", self.files.show_backups)
        self.repair_action = self._action(file_menu, "Move &damaged rows aside…", self.files.repair)
        self.repair_action.setEnabled(False)
        file_menu.addSeparator()
        self._action(file_menu, "&Connect to a shared workshop…", lambda: connect_to_shared(self))
        self.laptop_menu = file_menu.addMenu("This &laptop serves")
        self.laptop_menu.aboutToShow.connect(self.fill_laptop_menu)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("&Edit")
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        # through the controller, which holds back an undo the offline journal could not keep
        self.undo_action.triggered.disconnect()
        self.undo_action.triggered.connect(self.controller.undo)
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(self.controller.redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu("&View")
        self.place_actions = {}
        for n, (key, label) in enumerate(PLACES, start=1):
            # "&" in a menu text marks the mnemonic: a literal one is written "&&"
            self.place_actions[key] = self._action(view_menu, label.replace("&", "&&"),
                                                   lambda key=key: self.show_place(key), f"Alt+{n}")

    def fill_recent_menu(self) -> None:
        """Rebuild Open Recent: missing files are listed, greyed out."""
        menu = self.recent_menu
        menu.clear()
        paths = self.files.recent.paths()
        for n, path in enumerate(paths, start=1):
            exists = Path(path).exists()
            action = menu.addAction(f"&{n} {path}" + ("" if exists else "  (missing)"))
            action.setData(path)
            action.setEnabled(exists)
            action.triggered.connect(lambda _checked=False, path=path: self.files.open_recent(path))
        if not paths:
            menu.addAction("No recent workshops").setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction("Clear list")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.files.recent.clear)

    def fill_laptop_menu(self) -> None:
        """Which room this laptop serves in this workshop (room views open there), or every room."""
        menu = self.laptop_menu
        menu.clear()
        index = self.controller.index
        workshop = index.snap.workshop if index is not None else None
        if index is None or workshop is None:
            menu.addAction("No workshop open").setEnabled(False)
            return
        current = this_laptop_room(workshop.uuid)
        choices = [(None, "Every room (moderator)")] + [(r.uuid, r.name) for r in index.snap.rooms]
        for room_uuid, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(room_uuid == current)
            action.triggered.connect(lambda _checked=False, room_uuid=room_uuid, label=label:
                                     self._serve_room(workshop.uuid, room_uuid, label))

    def _serve_room(self, workshop_uuid: str, room_uuid: str | None, label: str) -> None:
        set_this_laptop_room(workshop_uuid, room_uuid)
        self._notice(f"This laptop serves: {label}")
        if room_uuid is not None and "room" in self.views:
            view = self.views["room"]
            if hasattr(view, "show_room"):
                view.show_room(room_uuid)
            self.show_place("room")

    # -- places ---------------------------------------------------------------------------------
    def show_place(self, key: str) -> None:
        row = [k for k, _ in PLACES].index(key)
        self.nav.setCurrentRow(row)

    def current_place(self) -> str | None:
        widget = self.stack.currentWidget()
        return next((k for k, v in self.views.items() if v is widget), None)

    def _nav_changed(self, row: int) -> None:
        if self.views and self.controller.is_open and 0 <= row < len(PLACES):
            self.stack.setCurrentWidget(self.views[PLACES[row][0]])

    # -- controller signals ----------------------------------------------------------------------------
    def prepare_views(self) -> None:
        """Build the places (behind the "Opening…" frame until the first snapshot arrives)."""
        if not self.views:
            self.views = build_views(self.controller)
            for view in self.views.values():
                self.stack.addWidget(view)

    def _snapshot_changed(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        if self.stack.currentWidget() is self.placeholder:
            self.prepare_views()
            self.nav.setCurrentRow(max(self.nav.currentRow(), 0))
            self._nav_changed(self.nav.currentRow())
        for view in self.views.values():
            view.set_snapshot(index, update)
        self._show_title()
        self.repair_action.setEnabled(bool(self.files.damaged))
        if update.reopened or index.snap.skipped or self.files.damaged:
            self.controller.read(lambda service: service.damaged_rows(), lambda found: self._damaged(found, update))
        if not self._ready:
            self._ready = True
            QTimer.singleShot(0, self.ready.emit)

    def _damaged(self, found: list, update: SnapshotUpdate) -> None:
        """Damaged rows were left out of what the window shows (read on the worker)."""
        self.files.damaged = list(found)
        self.repair_action.setEnabled(bool(found))
        if found and update.reopened:
            from cafe.storage.damage import summary

            self.controller.notice.emit(self.tr("This workshop opened without {0}: File › Move damaged rows "
                                                "aside… keeps them in a recovery file and repairs the database.")
                                        .format(summary(found)))

    def _conflicts_found(self, conflicts: list) -> None:
        if self.replay_conflicts is None:
            from ui.room.replay_conflicts import ReplayConflicts

            self.replay_conflicts = ReplayConflicts(self)
        self.replay_conflicts.show(conflicts)

    def _save_state_changed(self, _state: str) -> None:
        self._show_title()

    def _notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _insecure_connection(self, warnings: list[tuple[str, str]]) -> None:
        words = {"unencrypted": self.tr("⚠ Not encrypted"), "no_password": self.tr("⚠ No password")}
        self.security_label.setText(" · ".join(words.get(kind, "⚠") for kind, _ in warnings))
        sentences = [text for _, text in warnings]
        self.security_label.setToolTip("\n\n".join(sentences))
        self.security_label.setAccessibleDescription(" ".join(sentences))
        self.security_label.show()
        self._notice(sentences[0])

    def _show_title(self) -> None:
        index = self.controller.index
        state = self.controller.save_state
        self.save_label.setText(state)
        self.save_label.setToolTip(state)
        # a state that needs the user's eye (offline, not saved) stands out from "Saved"/"Saving…"
        warn = state.startswith(("Offline", "Not saved"))
        self.save_label.setStyleSheet("QLabel { background: #f6c344; color: #222; font-weight: bold; "
                                      "padding: 1px 8px; border-radius: 3px; }" if warn else "")
        if index is None:
            self.setWindowTitle(APP_TITLE)
            self.name_label.setText("")
            return
        metrics = self.name_label.fontMetrics()
        self.name_label.setText(metrics.elidedText(index.title, Qt.TextElideMode.ElideRight,
                                                   self.name_label.maximumWidth() - 8))
        self.name_label.setToolTip(f"{index.title}\n{self.controller.display_name}")
        self.setWindowTitle(f"{index.title} · {state} — {APP_TITLE}")

    def _fit_to_screen(self) -> None:
        """Open where it was last closed, else 1240×780, never larger than the screen's free area
        (a 1366×768 laptop keeps the status bar, the only place that says Saved or Offline, on screen)."""
        from PySide6.QtCore import QSettings

        saved = QSettings().value(GEOMETRY_KEY)
        if saved is not None and self.restoreGeometry(saved):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = 1240, 780
        if free is not None:
            width, height = min(width, free.width()), min(height, free.height() - 40)  # the title bar
        self.resize(width, height)

    def closeEvent(self, event) -> None:
        waiting = self.controller.unsaved_changes()
        if waiting and not UnsavedOnCloseDialog.ask(self, waiting, self.controller.failure):
            event.ignore()  # keep waiting: the saves go on being retried
            return
        from PySide6.QtCore import QSettings

        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.controller.close()
        super().closeEvent(event)
