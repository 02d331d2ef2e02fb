"""Round › Share on the venue network: the venue pages, served by this app while it runs.

Off until the moderator turns it on in the dialog (:mod:`ui.moderator.venue_share_dialog`),
which says what is shared, lets them choose this computer's address on the venue network and a
port, and shows the addresses with their QR codes. While sharing, the status bar shows the
address and the menu item reads "Sharing on the venue network…".

Contract
--------
* Main thread. :class:`VenueShare` owns one :class:`cafe.venue.hub.VenueHub` and, while
  sharing, one :class:`cafe.venue.server.VenueServer`. The server runs on a thread of its
  own; starting it (importing the web stack, binding, reading the seating) runs on the
  controller's worker and stopping it on a short-lived thread, so the UI thread never waits.
* The pages follow the window: every snapshot the controller emits is handed to the hub (no
  database read per page), the seating is read again when it changed, the clock is the
  ticker's clock with the shared server's offset (what the window shows), and a room's page
  shows the guiding questions when that room's stage display does (its remembered choice,
  read once a second).
* The server stops with the app (``aboutToQuit``) and when the window goes.
* Only Qt is imported at module level (the window builds the menu before its first paint).
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate, WorkshopIndex
    from ui.workshop.controller import WorkshopController


class VenueShare(QObject):
    """Sharing the venue pages from one main window (see the module docstring)."""

    #: the state changed: "off", "starting", "on", "stopping"; with a message ("" or an error)
    state_changed = Signal(str, str)
    _stopped = Signal()
    _post_wanted = Signal(object, object)  # a phone's write, from the server's thread: (kwargs, future)

    def __init__(self, window: QMainWindow, controller: WorkshopController):
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.state = "off"
        self.message = ""
        self.hub: Any = None
        self.server: Any = None
        self._questions: frozenset[str] = frozenset()
        self._dialog: Any = None
        self._stopped.connect(self._on_stopped, Qt.ConnectionType.QueuedConnection)
        self._post_wanted.connect(self._write_post, Qt.ConnectionType.QueuedConnection)
        self.status_label = QLabel()
        self.status_label.setObjectName("venue_share_state")
        self.status_label.setAccessibleName(self.tr("Venue pages"))
        self.status_label.hide()
        window.statusBar().addPermanentWidget(self.status_label)
        self.action = QAction(self.tr("Share on the &venue network…"), window)
        self.action.setObjectName("venue_share_action")
        self.action.setStatusTip(self.tr("Show the room clocks, now and next, and each participant's route "
                                         "in any browser on the venue network"))
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        window.destroyed.connect(lambda _obj=None: self.shutdown())

    # -- the dialog ---------------------------------------------------------------------------------
    def open_dialog(self) -> Any:
        """Show the dialog (one per window; not modal: the moderator works on while it is open)."""
        from ui.moderator.venue_share_dialog import VenueShareDialog

        if self._dialog is None:
            self._dialog = VenueShareDialog(self, self.window)
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()
        return self._dialog

    @property
    def url(self) -> str:
        return self.server.url if self.server is not None and self.state == "on" else ""

    def posting(self, room_uuid: str) -> tuple[bool, str]:
        """(open, the address of its posting page) of a room, while sharing."""
        index, hub = self.controller.index, self.hub
        if index is None or hub is None or not self.url:
            return False, ""
        from cafe.venue.ops import posting_state

        return posting_state(index.snap, room_uuid).open, f"{self.url}/room/{room_uuid}/post/{hub.post_token(room_uuid, index.snap)}"

    def set_posting(self, room_uuids: list[str] | None, *, open: bool | None = None, renew: bool = False) -> None:
        """Open or close contributions in some rooms (None: every room), or renew their links."""
        rooms = room_uuids if room_uuids is not None else [uuid for uuid, _name in self.rooms()]
        if rooms:
            self.controller.write(lambda service: service.set_posting(rooms, open=open, renew=renew))

    def _post(self, kwargs: dict[str, Any]) -> concurrent.futures.Future[Any]:
        """The hub's poster (any thread): the window's worker writes the contribution."""
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        self._post_wanted.emit(kwargs, future)
        return future

    def _write_post(self, kwargs: dict[str, Any], future: concurrent.futures.Future[Any]) -> None:
        from cafe.service_errors import ServiceError

        if not self.controller.is_open:
            future.set_exception(ConnectionError("no workshop"))
            return

        def failed(problem: Any) -> None:
            if not future.done():
                future.set_exception(ServiceError(str(problem)))

        def done(result: Any) -> None:
            if not future.done():
                future.set_result(result)

        from cafe.venue.poster import run_post

        self.controller.read(lambda service: run_post(service, kwargs), done, failed)

    def rooms(self) -> list[tuple[str, str]]:
        """(uuid, name) of every room of the open workshop."""
        index = self.controller.index
        return [(r.uuid, r.name) for r in index.snap.rooms] if index is not None else []

    # -- starting and stopping ------------------------------------------------------------------------
    def _set_state(self, state: str, message: str = "") -> None:
        self.state, self.message = state, message
        sharing = state == "on"
        self.action.setText(self.tr("Sharing on the &venue network…") if sharing
                            else self.tr("Share on the &venue network…"))
        self.status_label.setText(self.tr("Venue pages: {0}").format(self.url) if sharing else "")
        self.status_label.setVisible(sharing)
        self.state_changed.emit(state, message)

    def start(self, host: str, port: int) -> None:
        """Start serving on ``host``:``port`` (on the worker; the answer comes by :attr:`state_changed`)."""
        index = self.controller.index
        if self.state in ("starting", "on", "stopping"):
            return
        if index is None:
            self._set_state("off", self.tr("Open a workshop first."))
            return
        self._set_state("starting")
        now = self._clock()
        snap = index.snap

        def work(service: Any) -> Any:
            from cafe.venue.errors import VenueError
            from cafe.venue.hub import VenueHub
            from cafe.venue.server import VenueServer

            try:
                hub = VenueHub(now=now)
                hub.publish(snap, service.seating().seats)
                server = VenueServer(hub, host, port)
                server.start()
            except VenueError as exc:
                return exc
            return server

        self.controller.read(work, self._started, lambda message: self._set_state("off", str(message)))

    def _started(self, result: Any) -> None:
        from cafe.venue.errors import VenueError

        if isinstance(result, VenueError):
            self._set_state("off", str(result))
            return
        self.server, self.hub = result, result.hub
        index = self.controller.index
        if index is not None:
            self.hub.publish(index.snap)
        self.hub.set_poster(self._post)
        from ui.common.venue_link import venue_link_for

        venue_link_for(self.controller).set(self.server.url, self.hub)
        self.controller.snapshot_changed.connect(self._snapshot_changed)
        from ui.common.clock_ticker import ticker_for

        ticker_for(self.controller).tick.connect(self._tick)
        self._questions = frozenset()
        self._read_questions()
        self._set_state("on")

    def stop(self) -> None:
        """Stop serving (on a short-lived thread); the pages say they are reconnecting."""
        server = self.server
        if server is None or self.state != "on":
            return
        self._disconnect()
        self._clear_link()
        self._set_state("stopping")

        def work() -> None:
            server.stop(wait=True)
            self._stopped.emit()

        threading.Thread(target=work, name="cafe-venue-stop", daemon=True).start()

    def _on_stopped(self) -> None:
        if self.hub is not None:
            self.hub.set_poster(None)
        self.server = self.hub = None
        self._clear_link()
        self._set_state("off")

    def _clear_link(self) -> None:
        from ui.common.venue_link import venue_link_for

        try:
            venue_link_for(self.controller).set("", None)
        except RuntimeError:  # the controller is already gone
            pass

    def shutdown(self) -> None:
        """Stop at once (the app is quitting or the window is going)."""
        server = self.server
        self.server = self.hub = None
        if server is not None:
            self._disconnect()
            server.stop(wait=True, timeout=2.0)

    def _disconnect(self) -> None:
        try:
            self.controller.snapshot_changed.disconnect(self._snapshot_changed)
        except (RuntimeError, TypeError):
            pass
        try:
            from ui.common.clock_ticker import ticker_for

            ticker_for(self.controller).tick.disconnect(self._tick)
        except (RuntimeError, TypeError):
            pass

    # -- following the window ---------------------------------------------------------------------------
    def _clock(self) -> Any:
        """The window's clock for the pages: the ticker's clock with the shared server's offset."""
        from ui.common.clock_ticker import ticker_for

        ticker = ticker_for(self.controller)
        clock, watch = ticker.clock, ticker.watch

        def now() -> dt.datetime:
            offset = watch.server_offset_s
            wall = clock.wall()
            return wall + dt.timedelta(seconds=offset) if offset else wall
        return now

    def _snapshot_changed(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        hub = self.hub
        if hub is None:
            return
        hub.publish(index.snap)
        if update.reopened or update.touches("seat", "participant", "room", "round"):
            self.controller.read(lambda service: service.seating().seats,
                                 lambda seats: self.hub.set_seats(seats) if self.hub is not None else None)
        self._read_questions()

    def _tick(self, _now: Any) -> None:
        self._read_questions()

    def _read_questions(self) -> None:
        """The rooms whose stage display shows the guiding questions (the moderator's remembered choice)."""
        index = self.controller.index
        if self.hub is None or index is None or index.snap.workshop is None:
            return
        workshop = index.snap.workshop
        from ui.common.recent_files import app_settings
        from ui.moderator.stage_display import questions_key

        settings = app_settings()
        shown = frozenset(r.uuid for r in index.snap.rooms
                          if settings.value(questions_key(workshop.uuid, r.uuid), False, type=bool) is True)
        if shown != self._questions:
            self._questions = shown
            self.hub.set_questions(shown)

    def update_action(self) -> None:
        self.action.setEnabled(self.controller.index is not None or self.state != "off")


def install_actions(window: Any) -> VenueShare:
    """Add "Share on the venue network…" to the window's Round menu; the window keeps the returned object."""
    share = VenueShare(window, window.controller)
    menu = window.round_menu.menu
    menu.addSeparator()
    menu.addAction(share.action)
    menu.aboutToShow.connect(share.update_action)
    return share
