"""The "Share on the venue network" dialog: what is shared, where, and the QR codes to open it.

Not modal: sharing goes on when it closes (the status bar keeps the address in view). The
address list holds this computer's addresses on its networks and 127.0.0.1 (this computer
only); the choice and the port are remembered. While sharing it shows the address, a QR code
for "now and next" and for each room's clock, and a participant's route code and QR code (for
the help desk: a participant scans it from the screen). Every control has an accessible name;
every action has a button and a keyboard mnemonic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.common.recent_files import app_settings
from ui.common.venue_link import qr_pixmap

if TYPE_CHECKING:
    from ui.moderator.venue_share import VenueShare

#: where the chosen address and port are remembered (QSettings)
SETTINGS_HOST = "venue/host"
SETTINGS_PORT = "venue/port"
LOOPBACK = "127.0.0.1"


def local_addresses() -> list[tuple[str, str]]:
    """(address, label) of this computer's IPv4 addresses on its networks, then 127.0.0.1."""
    found: list[tuple[str, str]] = []
    flags = QNetworkInterface.InterfaceFlag
    for iface in QNetworkInterface.allInterfaces():
        if not (iface.flags() & flags.IsUp) or iface.flags() & flags.IsLoopBack:
            continue
        for entry in iface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not ip.isLoopback():
                found.append((ip.toString(), f"{ip.toString()} ({iface.humanReadableName()})"))
    try:
        from cafe.venue.addresses import primary_address

        primary = primary_address()
    except OSError:
        primary = None
    if primary is not None:
        found.sort(key=lambda pair: pair[0] != primary)  # the one the computer routes through first
    found.append((LOOPBACK, QCoreApplication.translate("VenueShareDialog", "127.0.0.1 (this computer only)")))
    return found


class VenueShareDialog(QDialog):
    """See the module docstring."""

    def __init__(self, share: VenueShare, parent: QWidget | None = None):
        super().__init__(parent)
        self.share = share
        self.setWindowTitle(self.tr("Share on the venue network"))
        self.setModal(False)
        self.resize(760, 720)
        layout = QVBoxLayout(self)

        self.about = QLabel(self.tr(
            "Anyone on the network you choose can open these pages in a browser, read-only, with nothing to "
            "install: each room's clock as its stage display shows it (time left, phase, your message, what "
            "comes next, and the guiding questions where that room's stage display shows them); now and next "
            "for hallway screens (every room's round, group and time left, and the next agenda item); and each "
            "participant's own route (their group and rooms), which opens only with that participant's code. "
            "Notes, summaries, the brief and participant lists are not shared. Participants can send an "
            "opportunity, challenge or practice to a room's note-taker through that room's posting link (its "
            "QR code below), which the note-taker accepts into the notes or dismisses; close contributions per "
            "room or everywhere, or renew a room's link to end the old one. Sharing stops when you stop it or "
            "close the app."))
        self.about.setWordWrap(True)
        self.about.setAccessibleName(self.tr("What is shared"))
        layout.addWidget(self.about)

        form = QFormLayout()
        self.address_box = QComboBox()
        self.address_box.setAccessibleName(self.tr("Address on the venue network"))
        self.address_box.setAccessibleDescription(self.tr("The pages are served on this address only"))
        address_label = QLabel(self.tr("&Address:"))
        address_label.setBuddy(self.address_box)
        self.port_box = QSpinBox()
        self.port_box.setRange(1024, 65535)
        self.port_box.setAccessibleName(self.tr("Port"))
        port_label = QLabel(self.tr("&Port:"))
        port_label.setBuddy(self.port_box)
        form.addRow(address_label, self.address_box)
        form.addRow(port_label, self.port_box)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("&Start sharing"))
        self.start_button.setAccessibleName(self.tr("Start or stop sharing"))
        self.start_button.clicked.connect(self.start_or_stop)
        self.copy_button = QPushButton(self.tr("&Copy address"))
        self.copy_button.setAccessibleName(self.tr("Copy the address"))
        self.copy_button.clicked.connect(self.copy_address)
        self.open_button = QPushButton(self.tr("&Open in browser"))
        self.open_button.setAccessibleName(self.tr("Open the start page in a browser"))
        self.open_button.clicked.connect(self.open_in_browser)
        for button in (self.start_button, self.copy_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel()
        self.status.setObjectName("venue_share_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(self.status.textInteractionFlags()
                                            | self.status.textInteractionFlags().TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Sharing state"))
        layout.addWidget(self.status)

        posting = QHBoxLayout()
        self.posting_label = QLabel(self.tr("Contributions from phones:"))
        self.open_all_button = QPushButton(self.tr("Open in &every room"))
        self.open_all_button.setAccessibleName(self.tr("Take contributions from phones in every room"))
        self.open_all_button.clicked.connect(lambda: self.share.set_posting(None, open=True))
        self.close_all_button = QPushButton(self.tr("C&lose in every room"))
        self.close_all_button.setAccessibleName(self.tr("Take no more contributions from phones in any room"))
        self.close_all_button.clicked.connect(lambda: self.share.set_posting(None, open=False))
        posting.addWidget(self.posting_label)
        posting.addWidget(self.open_all_button)
        posting.addWidget(self.close_all_button)
        posting.addStretch(1)
        layout.addLayout(posting)

        self.codes = QScrollArea()
        self.codes.setWidgetResizable(True)
        self.codes.setAccessibleName(self.tr("QR codes of the pages"))
        layout.addWidget(self.codes, 1)

        route = QFormLayout()
        self.person_box = QComboBox()
        self.person_box.setEditable(True)
        self.person_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_box.setAccessibleName(self.tr("Participant whose route to show"))
        completer = QCompleter(self.person_box.model(), self.person_box)
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.person_box.setCompleter(completer)
        self.person_box.currentIndexChanged.connect(lambda _i: self.show_route())
        person_label = QLabel(self.tr("A participant's &route:"))
        person_label.setBuddy(self.person_box)
        route.addRow(person_label, self.person_box)
        self.route_code = QLabel()
        self.route_code.setObjectName("venue_route_code")
        self.route_code.setAccessibleName(self.tr("Route code and address"))
        self.route_code.setWordWrap(True)
        self.route_qr = QLabel()
        self.route_qr.setAccessibleName(self.tr("QR code of the participant's route"))
        row = QHBoxLayout()
        row.addWidget(self.route_qr)
        row.addWidget(self.route_code, 1)
        route.addRow(row)
        layout.addLayout(route)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(close)

        self._shown_for: Any = None
        self._fill_addresses()
        share.state_changed.connect(self._state_changed)
        share.controller.snapshot_changed.connect(lambda _index, _update: self._refresh_codes())
        self._state_changed(share.state, share.message)

    # -- choices ----------------------------------------------------------------------------------
    def _fill_addresses(self) -> None:
        settings = app_settings()
        remembered = str(settings.value(SETTINGS_HOST, "") or "")
        self.address_box.clear()
        for address, label in local_addresses():
            self.address_box.addItem(label, address)
        found = self.address_box.findData(remembered)
        self.address_box.setCurrentIndex(max(found, 0))
        port = settings.value(SETTINGS_PORT, 8080)
        try:
            self.port_box.setValue(int(str(port)))
        except ValueError:
            self.port_box.setValue(8080)

    def choose(self, address: str, port: int) -> None:
        """Choose ``address`` (added to the list when missing) and ``port``: what a click does, for tests."""
        found = self.address_box.findData(address)
        if found < 0:
            self.address_box.addItem(address, address)
            found = self.address_box.count() - 1
        self.address_box.setCurrentIndex(found)
        self.port_box.setValue(port)

    # -- actions ----------------------------------------------------------------------------------
    def start_or_stop(self) -> None:
        if self.share.state == "on":
            self.share.stop()
            return
        host = self.address_box.currentData()
        if not host:
            self.status.setText(self.tr("Choose an address first."))
            return
        settings = app_settings()
        settings.setValue(SETTINGS_HOST, host)
        settings.setValue(SETTINGS_PORT, self.port_box.value())
        settings.sync()
        self.share.start(str(host), self.port_box.value())

    def copy_address(self) -> None:
        if self.share.url:
            QGuiApplication.clipboard().setText(self.share.url + "/")

    def open_in_browser(self) -> None:
        if self.share.url:
            QDesktopServices.openUrl(QUrl(self.share.url + "/"))

    # -- showing ----------------------------------------------------------------------------------
    def _state_changed(self, state: str, message: str) -> None:
        on = state == "on"
        busy = state in ("starting", "stopping")
        self.start_button.setText(self.tr("&Stop sharing") if on else self.tr("&Start sharing"))
        self.start_button.setEnabled(not busy)
        self.address_box.setEnabled(state == "off")
        self.port_box.setEnabled(state == "off")
        self.copy_button.setEnabled(on)
        self.open_button.setEnabled(on)
        self.person_box.setEnabled(on)
        for button in (self.open_all_button, self.close_all_button):
            button.setEnabled(on)
        if on:
            text = self.tr("Shared at {0}/ — open it on any screen or phone on this network. Now and next, "
                           "and each room's clock:").format(self.share.url)
        elif state == "starting":
            text = self.tr("Starting…")
        elif state == "stopping":
            text = self.tr("Stopping…")
        else:
            text = message or self.tr("Not shared. Choose the address of this computer on the venue network, "
                                      "then Start sharing.")
        self.status.setText(text)
        self._shown_for = None
        self._refresh_codes()

    def _refresh_codes(self) -> None:
        url = self.share.url
        rooms = tuple(self.share.rooms()) if url else ()
        posting = tuple(self.share.posting(uuid) for uuid, _name in rooms)
        key = (url, rooms, posting)
        if key == self._shown_for:
            return
        self._shown_for = key
        scrolled = self.codes.verticalScrollBar().value()
        holder = QWidget()
        grid = QGridLayout(holder)
        if url:
            top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
            grid.addWidget(self._code_tile(self.tr("Now and next"), f"{url}/now"), 0, 0, top)
            for n, ((uuid, name), (is_open, link)) in enumerate(zip(rooms, posting, strict=True), start=1):
                grid.addWidget(self._code_tile(self.tr("{0}: clock").format(name), f"{url}/room/{uuid}"), n, 0, top)
                grid.addWidget(self._posting_tile(uuid, name, is_open, link), n, 1, top)
            grid.setColumnStretch(2, 1)
        self.codes.setWidget(holder)
        self.codes.verticalScrollBar().setValue(scrolled)
        self._fill_people()

    def _posting_tile(self, room_uuid: str, name: str, is_open: bool, link: str) -> QWidget:
        """A room's posting link: its QR code, open or closed, and the buttons that change it."""
        title = self.tr("{0}: contributions").format(name)
        tile = self._code_tile(title, link)
        tile.setObjectName("venue_posting_tile")
        state = QLabel(self.tr("Open: phones can send contributions to this room's note-taker.") if is_open
                       else self.tr("Closed: this room takes no contributions now."))
        state.setObjectName("venue_posting_state")
        state.setWordWrap(True)
        state.setStyleSheet("color: #1b5e20;" if is_open else "color: #8a1c1c; font-weight: bold;")
        toggle = QPushButton(self.tr("Close") if is_open else self.tr("Open"))
        toggle.setObjectName("venue_posting_toggle")
        toggle.setAccessibleName((self.tr("Close contributions in {0}") if is_open
                                  else self.tr("Open contributions in {0}")).format(name))
        toggle.clicked.connect(lambda _c=False: self.share.set_posting([room_uuid], open=not is_open))
        renew = QPushButton(self.tr("Renew link"))
        renew.setObjectName("venue_posting_renew")
        renew.setAccessibleName(self.tr("Renew the posting link of {0}").format(name))
        renew.setToolTip(self.tr("A new link and QR code; the old ones stop working (print or show the new one)"))
        renew.clicked.connect(lambda _c=False: self.share.set_posting([room_uuid], renew=True))
        row = QHBoxLayout()
        row.addWidget(toggle)
        row.addWidget(renew)
        row.addStretch(1)
        box = tile.layout()
        assert isinstance(box, QVBoxLayout)
        box.addWidget(state)
        box.addLayout(row)
        return tile

    def _code_tile(self, title: str, link: str) -> QWidget:
        tile = QWidget()
        box = QVBoxLayout(tile)
        caption = QLabel(f"<b>{_escape(title)}</b>")
        code = QLabel()
        code.setPixmap(qr_pixmap(link))
        code.setAccessibleName(self.tr("QR code: {0}").format(title))
        code.setAccessibleDescription(link)
        code.setToolTip(link)
        address = QLabel(_escape(link))
        address.setWordWrap(True)
        address.setTextInteractionFlags(address.textInteractionFlags()
                                        | address.textInteractionFlags().TextSelectableByMouse)
        address.setAccessibleName(self.tr("Address: {0}").format(title))
        for widget in (caption, code, address):
            box.addWidget(widget)
        tile.setObjectName("venue_code_tile")
        tile.setProperty("link", link)
        return tile

    def _fill_people(self) -> None:
        index = self.share.controller.index
        people = [(p.name, p.uuid) for p in index.snap.participants] if index is not None and self.share.url else []
        current = self.person_box.currentData()
        if [(self.person_box.itemText(i), self.person_box.itemData(i))
                for i in range(self.person_box.count())] == people:
            return
        self.person_box.blockSignals(True)
        self.person_box.clear()
        for name, uuid in people:
            self.person_box.addItem(name, uuid)
        found = self.person_box.findData(current)
        self.person_box.setCurrentIndex(found)
        self.person_box.blockSignals(False)
        self.show_route()

    def show_route(self) -> None:
        """The chosen participant's route code, address and QR code (for the help desk)."""
        uuid = self.person_box.currentData()
        hub, url = self.share.hub, self.share.url
        if not uuid or hub is None or not url:
            self.route_code.setText(self.tr("Choose a participant to show the code and QR code of their route."))
            self.route_qr.clear()
            return
        from cafe.venue.tokens import pretty

        code = hub.route_code(uuid)
        link = f"{url}/route/{code}"
        self.route_code.setText(self.tr("Code {0}\n{1}\nOnly for this participant: it opens their route.")
                                .format(pretty(code), link))
        self.route_qr.setPixmap(qr_pixmap(link, 132))
        self.route_qr.setAccessibleDescription(link)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
