"""Where the venue pages are served from this window, for the places that show their QR codes.

The moderator's sharing (``ui/moderator/venue_share.py``) sets it when the pages start and clears it
when they stop; the plenary's dot votes read it for a vote's address and token. One per
controller, found like the clock ticker. Main thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController


class VenueLink(QObject):
    """The address the venue pages are served at ("" while not shared) and their hub."""

    changed = Signal()

    def __init__(self, controller: WorkshopController):
        super().__init__(QCoreApplication.instance())
        self.controller = controller
        self.url = ""
        self.hub: Any = None

    def set(self, url: str, hub: Any) -> None:
        if (url, hub) != (self.url, self.hub):
            self.url, self.hub = url, hub
            self.changed.emit()


def venue_link_for(controller: WorkshopController) -> VenueLink:
    """The controller's venue link, created on first use."""
    app = QCoreApplication.instance()
    for link in app.findChildren(VenueLink) if app is not None else ():
        if link.controller is controller:
            return link
    return VenueLink(controller)


def qr_pixmap(text: str, size: int = 168) -> Any:
    """A QR code of ``text`` as a pixmap ``size`` pixels wide (segno, through PNG)."""
    from PySide6.QtGui import QPixmap

    from cafe.venue.qr import qr_png

    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(text, scale=6, border=2), "PNG")
    return pixmap.scaled(size, size) if not pixmap.isNull() else pixmap
