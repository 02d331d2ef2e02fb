"""This computer's addresses, to choose where the venue pages are served (no packet is sent)."""

from __future__ import annotations

import socket

LOOPBACK = "127.0.0.1"


def primary_address() -> str | None:
    """The address this computer would use to reach another network (its LAN address), or None.

    A UDP socket "connected" to an outside address picks the route without sending anything.
    """
    for target in ("192.0.2.1", "10.255.255.255"):  # TEST-NET-1 and a private address: never contacted
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            try:
                sock.connect((target, 9))
                address = sock.getsockname()[0]
            except OSError:
                continue
        if address and not address.startswith("127.") and address != "0.0.0.0":
            return address
    return None

