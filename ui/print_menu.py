"""The Print menu: group lists, door signs and route slips as PDF, and the projector view of the moves.

:func:`install_actions` adds the menu to a main window. Each printout asks
where to save (:class:`PdfFileDialog`), then builds and writes the PDF on the
controller's worker thread (:mod:`cafe.report.printouts`, atomically) and reports
"Saved to …" through ``controller.notice``, or shows why nothing was written.
:meth:`PrintActions.ask_and_print_slips` prints the route slips of some people
only (a late arrival, the newcomers just placed). Route slips carry each
participant's route code (from the workshop's venue secret, computed on the
worker) and, when the moderator last chose an address other than this computer
in Round › Share on the venue network, the QR code of their route page there
(:func:`venue_url`).
:func:`install_brief_actions` adds the host's brief (PDF, projector), shown from the room place.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from cafe.report.output import file_stem
from ui.common import save_folder
from ui.common.plural import english
from ui.common.recent_files import app_settings
from ui.dialogs import ErrorDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.room.room_view import RoomView
    from ui.workshop.controller import WorkshopController

PDF_FILTER = str(QT_TRANSLATE_NOOP("print_menu", "PDF documents (*.pdf);;All files (*)"))
#: (printout name in cafe.report.printouts, menu text, file name ending); texts translated where shown
MENU: tuple[tuple[str, str, str], ...] = (
    ("group_lists", str(QT_TRANSLATE_NOOP("print_menu", "&Group lists…")), "group-lists"),
    ("door_signs", str(QT_TRANSLATE_NOOP("print_menu", "&Door signs…")), "door-signs"),
    ("route_slips", str(QT_TRANSLATE_NOOP("print_menu", "&Route slips…")), "route-slips"),
)
#: the title of the save dialog of each printout
SAVE_TITLES = {
    "group_lists": str(QT_TRANSLATE_NOOP("print_menu", "Save group lists")),
    "door_signs": str(QT_TRANSLATE_NOOP("print_menu", "Save door signs")),
    "route_slips": str(QT_TRANSLATE_NOOP("print_menu", "Save route slips")),
}
#: the Print menu's object name (how other parts of the window find it, whatever its language)
MENU_NAME = "print_menu"


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    """A text defined with ``QT_TRANSLATE_NOOP("print_menu", …)``, translated."""
    return translate("print_menu", text)


class PdfFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: Path) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(PDF_FILTER))
        if path and not Path(path).suffix:
            path += ".pdf"
        if path:
            save_folder.remember(path)
        return path or None


@dataclass(frozen=True)
class _Refused:
    message: str


@dataclass(frozen=True)
class _Saved:
    path: str
    #: why the route slips carry no route codes ("" when they do, or for other printouts)
    without_codes: str = ""


#: hosts whose address means nothing on a participant's phone
_NOT_ON_THE_NETWORK = ("", "localhost", "0.0.0.0", "::", "::1")
#: where Round › Share on the venue network remembers the address and port chosen (the keys of
#: ui.moderator.venue_share_dialog, spelt out here: the Print menu serves every place of the window,
#: which do not import each other)
VENUE_HOST, VENUE_PORT = "venue/host", "venue/port"


def venue_url() -> str | None:
    """The venue pages' address for route slips ("http://10.0.0.5:8080"): the address and port the
    moderator last chose in Round › Share on the venue network (remembered in the settings), or None
    when none was chosen or it is this computer only (127.0.0.1 opens nothing on a phone). Main thread."""
    settings = app_settings()
    host = str(settings.value(VENUE_HOST, "") or "").strip()
    if host in _NOT_ON_THE_NETWORK or host.startswith("127."):
        return None
    try:
        port = int(str(settings.value(VENUE_PORT, 8080)))
    except ValueError:
        return None
    if not 0 < port < 65536:
        return None
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def route_codes(snap) -> tuple[Mapping[str, str] | None, str]:
    """(participant uuid -> route code, "") for every participant of ``snap``, from the workshop's
    venue secret (made and kept the first time); (None, the reason) when the secret cannot be had.
    Worker thread: it may write the secret's file."""
    from cafe.venue.errors import VenueError
    from cafe.venue.tokens import Tokens, workshop_secret

    if snap.workshop is None:
        return None, ""
    try:
        tokens = Tokens(workshop_secret(snap.workshop.uuid))
    except VenueError as exc:
        return None, str(exc)
    return {p.uuid: tokens.route_code(p.uuid) for p in snap.participants}, ""


class PrintActions(QObject):
    """The printouts of one window (main thread)."""

    #: a printout was written (its path)
    saved = Signal(str)
    #: nothing was written (the sentence why)
    failed = Signal(str)

    def __init__(self, window: QWidget, controller: WorkshopController):
        super().__init__(window)
        self.window = window
        self.controller = controller

    def suggested_path(self, ending: str) -> Path:
        index = self.controller.index
        title = index.title if index is not None else self.tr("workshop", "file name of a workshop without title")
        near = Path(self.controller.display_name).parent if self.controller.is_file else None
        return save_folder.suggested(f"{file_stem(title, limit=None)}-{ending}.pdf", near)

    def ask_and_print(self, name: str) -> None:
        """Ask where to save printout ``name``, then write it (see :meth:`print_to`)."""
        ending = next(e for n, _, e in MENU if n == name)
        path = PdfFileDialog.ask(self.window, _tr(SAVE_TITLES[name]), self.suggested_path(ending))
        if path:
            self.print_to(name, path)

    def ask_and_print_slips(self, uuids: Collection[str], who: str = "") -> None:
        """Ask where to save the route slips of the participants ``uuids`` only (e.g. a late arrival's),
        then write them. ``who`` (one person's name) goes into the suggested file name."""
        if not uuids:
            return
        if who:
            ending, title = f"route-slip-{file_stem(who, limit=40)}", self.tr("Save the route slip of {0}").format(who)
        else:  # never the name of the whole set's file, which this must not replace by accident
            ending = f"route-slips-{len(uuids)}-people"
            count = len(uuids)
            title = english(self.tr("Save the route slips of %n participant(s)", "", count), count)
        path = PdfFileDialog.ask(self.window, title, self.suggested_path(ending))
        if path:
            self.print_to("route_slips", path, participants=frozenset(uuids))

    def print_to(self, name: str, path: str, participants: Collection[str] | None = None) -> None:
        """Build printout ``name`` from the current workshop and write it to ``path`` (worker thread);
        ``participants`` limits route slips to those people. Route slips carry the participants'
        route codes (worked out on the worker) and, given :func:`venue_url`, their QR codes."""
        if not self.controller.is_open:
            return
        slips = name == "route_slips"
        address = venue_url() if slips else None  # settings are read here, on the main thread

        def work(service):
            from cafe.report import printouts

            try:
                seats = service.seating().seats
                snap = service.snapshot()
                if not slips:
                    printouts.write(name, snap, path, seats)
                    return _Saved(path)
                codes, problem = route_codes(snap)
                printouts.write(name, snap, path, seats, participants=participants, codes=codes,
                                venue_url=address if codes else None)
            except printouts.PrintoutError as exc:
                return _Refused(str(exc))
            return _Saved(path, problem)

        def done(result) -> None:
            if isinstance(result, _Refused):
                self._failed(result.message)
                return
            if result.without_codes:
                self.controller.notice.emit(self.tr("Saved to {0}, without route codes: {1}").format(
                    result.path, result.without_codes))
            else:
                self.controller.notice.emit(self.tr("Saved to {0}").format(result.path))
            self.saved.emit(result.path)

        self.controller.notice.emit(self.tr("Preparing {0}…").format(Path(path).name))
        self.controller.read(work, done, lambda problem: self._failed(str(problem)))

    def _failed(self, message: str) -> None:
        self.failed.emit(message)
        ErrorDialog.ask(self.window, self.tr("Nothing was printed"),
                        self.tr("{0}\n\nNo file was written.").format(message))

    def open_moves(self):
        from ui.setup.moves_display import open_moves_display

        if self.controller.is_open:
            return open_moves_display(self.controller, self.window)
        return None


def install_actions(window: MainWindow) -> PrintActions:
    """Add the "Print" menu to ``window`` (a MainWindow: ``menuBar()`` and ``controller``).

    The menu holds Group lists…, Door signs…, Route slips… and the projector view
    of the moves between rounds. Returns the :class:`PrintActions` (kept on the
    window as ``print_actions``).
    """
    actions = PrintActions(window, window.controller)
    window.print_actions = actions
    menu = window.menuBar().addMenu(translate("print_menu", "&Print"))
    menu.setObjectName(MENU_NAME)
    window.print_menu = menu
    for name, text, _ending in MENU:
        action = QAction(_tr(text), window)
        action.triggered.connect(lambda _checked=False, name=name: actions.ask_and_print(name))
        menu.addAction(action)
    menu.addSeparator()
    moves = QAction(translate("print_menu", "&Projector: moves between rounds…"), window)
    moves.triggered.connect(lambda _checked=False: actions.open_moves())
    menu.addAction(moves)
    return actions

def install_brief_actions(window: MainWindow) -> list[QAction]:
    """Add "The host's brief (PDF)…" and "Projector: the host's brief" to ``window``'s Print menu.

    ``window`` is the MainWindow (``menuBar()``, ``views``, ``show_place``); the
    menu is created when no other part of the window made one. Each action
    shows the room place's Brief tab, then prints or projects it.
    """
    bar = window.menuBar()
    menu = bar.findChild(QMenu, MENU_NAME)
    if menu is None:
        menu = bar.addMenu(translate("print_menu", "&Print"))
        menu.setObjectName(MENU_NAME)

    def brief_then(do) -> None:
        if getattr(window.controller, "index", None) is None:  # no workshop open: no brief to print
            window.statusBar().showMessage(translate("print_menu", "Open a workshop first."), 8000)
            return
        view = cast("RoomView | None", window.views.get("room") if getattr(window, "views", None) else None)
        if view is None:
            return
        window.show_place("room")
        view.tabs.setCurrentWidget(view.brief)
        view.brief.when_ready(lambda: do(view.brief))

    menu.addSeparator()
    actions = []
    for text, do in ((translate("print_menu", "The host's &brief (PDF)…"), lambda brief: brief.print_pdf()),
                     (translate("print_menu", "Projector: the host's b&rief"), lambda brief: brief.show_projector())):
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False, do=do: brief_then(do))
        menu.addAction(action)
        actions.append(action)
    return actions
