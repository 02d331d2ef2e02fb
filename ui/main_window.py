"""The main window: menus, the navigation between places, the status bar.

The window appears with an empty frame; the places (views) are built when the
first snapshot arrives, so that the storage stack is imported only after the
window is on screen. Everything the window shows comes from the controller's
signals; everything it changes goes through the controller.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
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
PLACES: tuple[tuple[str, Any], ...] = (  # (key, label: translated by place_label)
    ("setup", QT_TRANSLATE_NOOP("MainWindow", "Setup")),
    ("rounds", QT_TRANSLATE_NOOP("MainWindow", "Rounds & rooms")),
    ("room", QT_TRANSLATE_NOOP("MainWindow", "Room notes")),
    ("overview", QT_TRANSLATE_NOOP("MainWindow", "Moderator overview")),
    ("plenary", QT_TRANSLATE_NOOP("MainWindow", "Plenary")),
)


def place_label(label: str) -> str:
    """A place's name in the window's language."""
    return QCoreApplication.translate("MainWindow", label)


def build_place(key: str, controller: WorkshopController) -> View:
    """The widget of one place; imported here, when the place is first wanted (startup speed)."""
    if key == "setup":
        from ui.setup.setup_view import SetupView

        return SetupView(controller)
    if key == "rounds":
        from ui.setup.rounds_view import RoundsView

        return RoundsView(controller)
    if key == "room":
        from ui.room.room_view import RoomView

        return RoomView(controller)
    if key == "overview":
        from ui.moderator.overview_view import OverviewView

        return OverviewView(controller)
    if key == "plenary":
        from ui.plenary.plenary_view import PlenaryView

        return PlenaryView(controller)
    raise KeyError(key)


class Places:
    """The window's places, each built the first time it is wanted.

    The place on screen is built with the first snapshot; the others once the window is
    interactive, one per turn of the event loop (or at once when asked for first: a menu
    action, a test). A place built late gets the current snapshot as a fresh start.
    ``values()`` and ``items()`` are the places built so far: those that receive snapshots.
    """

    def __init__(self, window: MainWindow):
        self._window = window
        self._built: dict[str, View] = {}

    def __getitem__(self, key: str) -> View:
        view = self._built.get(key)
        if view is None:
            controller = self._window.controller
            view = build_place(key, controller)
            self._built[key] = view
            self._window.stack.addWidget(view)
            index = controller.index
            if index is not None:
                from cafe.storage.workshop_index import SnapshotUpdate

                view.set_snapshot(index, SnapshotUpdate(frozenset({"*"}), reopened=True))
        return view

    def get(self, key: str, default: View | None = None) -> View | None:
        return self[key] if key in self else default

    def __contains__(self, key: object) -> bool:
        return any(key == k for k, _ in PLACES)

    def __bool__(self) -> bool:
        return True

    def values(self) -> list[View]:
        return list(self._built.values())

    def items(self) -> list[tuple[str, View]]:
        return list(self._built.items())

    def unbuilt(self) -> list[str]:
        return [k for k, _ in PLACES if k not in self._built]


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
        self.views: Places | dict[str, View] = {}
        self._ready = False
        self.setWindowTitle(APP_TITLE)
        self._fit_to_screen()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.addItems([place_label(label) for _, label in PLACES])
        self.nav.setAccessibleName(self.tr("Places"))
        self.nav.setAccessibleDescription(self.tr("The places of the window; Alt+1 to Alt+5 go to each"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px 6px; }")
        self.stack = QStackedWidget()
        self.placeholder = QLabel(self.tr("Opening the workshop…"))
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
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.save_label.setMaximumWidth(560)
        self.name_label = QLabel()
        self.name_label.setObjectName("workshop_name")
        self.name_label.setAccessibleName(self.tr("Workshop"))
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
        self.files.nothing_open.connect(self.show_nothing_open)
        # behind a kept snapshot, the places not on screen are built once the database is open: built
        # meanwhile, they would hold the interpreter lock the worker needs to open it
        controller.opened.connect(lambda _name: QTimer.singleShot(0, self._build_the_rest))

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
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New workshop…"), self.files.new_workshop, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open…"), self.files.open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import workshop file…"), self.files.import_file)
        self.export_action = self._action(file_menu, self.tr("&Export workshop file…"), self.files.export_file)
        self.merge_action = self._action(file_menu, self.tr("&Merge a room laptop's workshop file…"), self.files.merge_file)
        self.backups_action = self._action(file_menu, self.tr("&Backups…"), self.files.show_backups)
        self.repair_action = self._action(file_menu, self.tr("Move &damaged rows aside…"), self.files.repair)
        self.repair_action.setEnabled(False)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Connect to a shared workshop…"), lambda: connect_to_shared(self))
        self.laptop_menu = file_menu.addMenu(self.tr("This &laptop serves"))
        self.laptop_menu.aboutToShow.connect(self.fill_laptop_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        # through the controller, which holds back an undo the offline journal could not keep
        self.undo_action.triggered.disconnect()
        self.undo_action.triggered.connect(self.controller.undo)
        self.redo_action.triggered.disconnect()
        self.redo_action.triggered.connect(self.controller.redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.place_actions = {}
        for n, (key, label) in enumerate(PLACES, start=1):
            # "&" in a menu text marks the mnemonic: a literal one is written "&&"
            self.place_actions[key] = self._action(view_menu, place_label(label).replace("&", "&&"),
                                                   lambda key=key: self.show_place(key), f"Alt+{n}")
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.aboutToShow.connect(self.fill_language_menu)

    def fill_recent_menu(self) -> None:
        """Rebuild Open Recent: missing files are listed, greyed out."""
        menu = self.recent_menu
        menu.clear()
        paths = self.files.recent.paths()
        for n, path in enumerate(paths, start=1):
            exists = Path(path).exists()
            text = f"&{n} {path}" if exists else self.tr("&{0} {1}  (missing)").format(n, path)
            action = menu.addAction(text)
            action.setData(path)
            action.setEnabled(exists)
            action.triggered.connect(lambda _checked=False, path=path: self.files.open_recent(path))
        if not paths:
            menu.addAction(self.tr("No recent workshops")).setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.files.recent.clear)

    def fill_laptop_menu(self) -> None:
        """Which room this laptop serves in this workshop (room views open there), or every room."""
        menu = self.laptop_menu
        menu.clear()
        index = self.controller.index
        workshop = index.snap.workshop if index is not None else None
        if index is None or workshop is None:
            menu.addAction(self.tr("No workshop open")).setEnabled(False)
            return
        current = this_laptop_room(workshop.uuid)
        choices = [(None, self.tr("Every room (moderator)"))] + [(r.uuid, r.name) for r in index.snap.rooms]
        for room_uuid, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(room_uuid == current)
            action.triggered.connect(lambda _checked=False, room_uuid=room_uuid, label=label:
                                     self._serve_room(workshop.uuid, room_uuid, label))

    def fill_language_menu(self) -> None:
        """The window's language: the choice applies at the next start."""
        from ui.common.language import LANGUAGES, chosen_language

        menu = self.language_menu
        menu.clear()
        current = chosen_language()
        for code, name in LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: self._choose_language(code))

    def _choose_language(self, code: str) -> None:
        from ui.common.language import LANGUAGES, chosen_language, remember_language

        if code == chosen_language():
            return
        remember_language(code)
        self._notice(self.tr("The window will be in {0} from the next start.").format(LANGUAGES[code]))

    def _serve_room(self, workshop_uuid: str, room_uuid: str | None, label: str) -> None:
        set_this_laptop_room(workshop_uuid, room_uuid)
        self._notice(self.tr("This laptop serves: {0}").format(label))
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
        """Make the places ready to build (the one on screen is built with the first snapshot)."""
        if not self.views:
            self.views = Places(self)

    def show_nothing_open(self) -> None:
        """The workshop shown could not be opened after all (its snapshot kept from the last close was
        on screen while it opened): nothing of it stays on screen."""
        self.placeholder.setText(self.tr("No workshop is open."))
        self.stack.setCurrentWidget(self.placeholder)
        self._show_title()

    def _build_the_rest(self) -> None:
        """Build the places not yet shown, one per turn of the event loop, while the window idles."""
        if not isinstance(self.views, Places) or not self.controller.is_open:
            return
        rest = self.views.unbuilt()
        if rest:
            self.views[rest[0]]
            QTimer.singleShot(0, self._build_the_rest)

    def _snapshot_changed(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        for view in self.views.values():  # the places built so far; one built now starts from this snapshot
            view.set_snapshot(index, update)
        if self.stack.currentWidget() is self.placeholder:
            self.prepare_views()
            self.nav.setCurrentRow(max(self.nav.currentRow(), 0))
            self._nav_changed(self.nav.currentRow())
        self._show_title()
        self.repair_action.setEnabled(bool(self.files.damaged))
        starting = not self._ready
        if starting:
            self._ready = True
            QTimer.singleShot(0, self.ready.emit)
        if update.reopened or index.snap.skipped or self.files.damaged:
            def read_damage() -> None:
                self.controller.read(lambda service: service.damaged_rows(), lambda found: self._damaged(found, update))
            # at startup, once the window takes input: the worker's time (and the interpreter lock) goes to it first
            QTimer.singleShot(0, read_damage) if starting else read_damage()
        if starting and not self.controller.opening_behind:
            QTimer.singleShot(0, self._build_the_rest)

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
        warn = getattr(self.controller, "save_state_warns", False)
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
