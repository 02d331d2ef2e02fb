"""Joining a shared workshop on the venue's PostgreSQL server, and which room this laptop serves.

Main thread; imported before the first paint, so SQLAlchemy is imported only when used.
The connection dialog builds an SQLAlchemy URL without the
password; a password the user asks to remember goes to the standard
PostgreSQL password file (:mod:`cafe.sync.pgpass`), never to settings or logs.
TLS options (``sslmode``, ``sslrootcert``) pass through to libpq.

"This laptop is Room XI" is remembered per workshop (by its uuid) in
QSettings; the room views open there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

#: libpq's TLS modes, the safe ones first ("require" is the default: a venue network is not a trusted one)
SSL_MODES = ("require", "verify-full", "prefer", "disable")
#: the modes that may send everything in clear
UNENCRYPTED_MODES = ("prefer", "disable")
#: what each mode means: the TLS list shows libpq's own word (what the server's staff configure and
#: type, the same in every language) and says what it means in the window's language beside it
SSL_MODE_TEXTS = {
    "require": str(QT_TRANSLATE_NOOP("ConnectDialog", "Encrypted")),
    "verify-full": str(QT_TRANSLATE_NOOP("ConnectDialog", "Encrypted, and the server's certificate is checked")),
    "prefer": str(QT_TRANSLATE_NOOP("ConnectDialog", "Encrypted only if the server offers it")),
    "disable": str(QT_TRANSLATE_NOOP("ConnectDialog", "Not encrypted")),
}
LAST_SERVER_KEY = "shared/last_server"


@dataclass(frozen=True)
class ServerChoice:
    host: str
    port: int
    database: str
    user: str
    password: str = ""
    sslmode: str = "require"
    remember: bool = False

    def url(self) -> str:
        """The URL to open: never with the password (libpq takes it from the password file)."""
        from sqlalchemy.engine import URL  # imported here: this module loads before the first paint

        query = {"sslmode": self.sslmode} if self.sslmode != "prefer" else {}
        return URL.create("postgresql+psycopg", self.user or None, None, self.host or "localhost",
                          self.port, self.database, query).render_as_string(hide_password=False)

    def problem(self) -> str | None:
        """What is missing, in the window's language, or None."""
        if not self.host.strip():
            return QCoreApplication.translate("ServerChoice", "Name the server (host name or address).")
        if not self.database.strip():
            return QCoreApplication.translate("ServerChoice", "Name the workshop's database on the server.")
        if not self.user.strip():
            return QCoreApplication.translate("ServerChoice", "Give the user name to connect as.")
        return None


class ConnectDialog(QDialog):
    """Asks for the server; `ask` returns a ServerChoice or None when cancelled."""

    def __init__(self, parent: QWidget | None, last: ServerChoice | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a shared workshop"))
        self.setMinimumWidth(540)
        form = QFormLayout(self)
        self.host = QLineEdit(last.host if last else "")
        self.host.setPlaceholderText(self.tr("e.g. cafe-server.local or 192.0.2.10"))
        self.host.setAccessibleName(self.tr("Server"))
        self.host.setAccessibleDescription(self.tr("The host name or address of the venue's workshop server"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(last.port if last else 5432)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = QLineEdit(last.database if last else "cafe")
        self.database.setAccessibleName(self.tr("Database"))
        self.database.setAccessibleDescription(self.tr("The workshop's database on the server"))
        self.user = QLineEdit(last.user if last else "")
        self.user.setAccessibleName(self.tr("User"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
            self.sslmode.setItemData(self.sslmode.count() - 1, self.tr(SSL_MODE_TEXTS[mode]),
                                     Qt.ItemDataRole.ToolTipRole)
        if last and last.sslmode in SSL_MODES:
            self.sslmode.setCurrentIndex(SSL_MODES.index(last.sslmode))
        self.sslmode.setAccessibleName(self.tr("TLS encryption"))
        self.remember = QCheckBox(self.tr("Remember the password (in the PostgreSQL password file ~/.pgpass)"))
        self.error = QLabel()
        self.error.setObjectName("connect_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        #: what is unsafe about the connection as chosen (not encrypted for sure, no password)
        self.safety = QLabel()
        self.safety.setObjectName("connection_safety")
        self.safety.setWordWrap(True)
        self.safety.setStyleSheet("QLabel { background: #fdecea; color: #5f2120; }")
        self.safety.setContentsMargins(6, 6, 6, 6)
        self.use_tls = QPushButton(self.tr("Use TLS (require)"))
        self.use_tls.setAccessibleName(self.tr("Encrypt the connection: TLS require"))
        self.use_tls.clicked.connect(lambda: self.sslmode.setCurrentIndex(SSL_MODES.index("require")))
        for label, widget in ((self.tr("&Server:"), self.host), (self.tr("P&ort:"), self.port),
                              (self.tr("&Database:"), self.database), (self.tr("&User:"), self.user),
                              (self.tr("Pass&word:"), self.password), (self.tr("&TLS:"), self.sslmode)):
            form.addRow(label, widget)
        form.addRow(self.remember)
        form.addRow(self.safety)
        form.addRow(self.use_tls)
        form.addRow(self.error)
        self.sslmode.currentIndexChanged.connect(self._show_safety)
        self.password.textChanged.connect(self._show_safety)
        self._show_safety()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def mode(self) -> str:
        """The chosen TLS mode, in libpq's words ("require")."""
        mode = self.sslmode.currentData()
        return mode if isinstance(mode, str) else "require"

    def _show_safety(self, *_args) -> None:
        problems = []
        meaning = self.tr(SSL_MODE_TEXTS.get(self.mode(), ""))
        self.sslmode.setToolTip(meaning)
        self.sslmode.setAccessibleDescription(
            self.tr("Whether what this laptop sends to the server is encrypted: {0}").format(meaning))
        if self.mode() in UNENCRYPTED_MODES:
            problems.append(self.tr("Not encrypted for sure: with “{0}” what this laptop sends may cross the venue "
                                    "network in clear, readable by anyone on it. Choose “{1}”.")
                            .format(self.mode(), "require"))
        if not self.password.text():
            problems.append(self.tr("No password: this works only if the password file has one for this login, "
                                    "or if the server asks for none, and then anyone on the network can change "
                                    "the workshop."))
        self.safety.setText("\n".join(problems))
        self.safety.setVisible(bool(problems))
        self.use_tls.setVisible(self.mode() in UNENCRYPTED_MODES)
        # a wrapped label's height follows its text only once the layout is asked again
        width = max(self.width(), self.minimumWidth()) - 24
        self.safety.setMinimumHeight(self.safety.heightForWidth(width) + 4 if problems else 0)
        self.adjustSize()

    def choice(self) -> ServerChoice:
        return ServerChoice(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                            self.user.text().strip(), self.password.text(), self.mode(),
                            self.remember.isChecked())

    def _accept(self) -> None:
        problem = self.choice().problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, last: ServerChoice | None = None) -> ServerChoice | None:
        dialog = cls(parent, last)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def last_server() -> ServerChoice | None:
    raw = QSettings().value(LAST_SERVER_KEY)
    if not isinstance(raw, str) or raw.count("\t") != 4:
        return None
    host, port, database, user, sslmode = raw.split("\t")
    try:
        return ServerChoice(host, int(port), database, user, "", sslmode)
    except ValueError:
        return None


def remember_server(choice: ServerChoice) -> None:
    """Keep the server for next time: no password, ever."""
    QSettings().setValue(LAST_SERVER_KEY, "\t".join(
        (choice.host, str(choice.port), choice.database, choice.user, choice.sslmode)))


def connect_to_shared(window) -> bool:
    """File → Connect to a shared workshop…: ask, remember, open. False when cancelled."""
    from sqlalchemy.engine import URL

    from cafe.sync.pgpass import remember_password

    choice = ConnectDialog.ask(window, last_server())
    if choice is None:
        return False
    url = choice.url()
    if choice.password:
        if choice.remember:
            remember_password(url, choice.password)
            open_url = url
        else:  # used for this connection only, kept in memory
            open_url = URL.create("postgresql+psycopg", choice.user, choice.password, choice.host, choice.port,
                                  choice.database, {"sslmode": choice.sslmode} if choice.sslmode != "prefer"
                                  else {}).render_as_string(hide_password=False)
    else:
        open_url = url
    remember_server(choice)
    window.files.open_target(open_url)
    return True


# -- this laptop's room ------------------------------------------------------------------------------
def _room_key(workshop_uuid: str) -> str:
    return f"laptop_room/{workshop_uuid}"


def this_laptop_room(workshop_uuid: str | None) -> str | None:
    """The room uuid this laptop serves in that workshop, or None (the moderator's laptop)."""
    if not workshop_uuid:
        return None
    value = QSettings().value(_room_key(workshop_uuid))
    return value if isinstance(value, str) and value else None


def set_this_laptop_room(workshop_uuid: str, room_uuid: str | None) -> None:
    settings = QSettings()
    if room_uuid:
        settings.setValue(_room_key(workshop_uuid), room_uuid)
    else:
        settings.remove(_room_key(workshop_uuid))
