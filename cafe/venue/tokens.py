"""Unguessable codes derived from a per-workshop secret with HMAC.

A participant's route page is ``/route/<code>``. The code is not their uuid, nor anything
derived from data others can read: it is ``HMAC-SHA256(secret, "route:" + uuid)`` cut to
:data:`CODE_LENGTH` characters of Crockford's base32 (60 bits: at the limits the server
allows a client, guessing one of 300 codes would take thousands of years). The same
:meth:`Tokens.derive` makes any later token (a room's posting link, a vote's): a different
``purpose`` gives unrelated codes, and a ``generation`` in the purpose renews them (the old
links stop working).

The secret is 32 random bytes kept per workshop in the data folder
(``venue/<workshop uuid>.key``, readable by its owner only), so the window, the route slips it
prints and a ``cafe serve`` on the same computer agree; ``cafe serve --secret-file`` reads a
copy on another computer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable
from pathlib import Path

from cafe.storage.atomic import atomic_write
from cafe.storage.paths import data_dir
from cafe.venue.errors import VenueError

#: Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper comes out right
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
_STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_STANDARD, ALPHABET)
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})
SECRET_BYTES = 32


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def normalise(code: str) -> str:
    """A code as typed ("k7qm-2xhd pw0a", "K7QM2XHDPWOA") in its canonical form, "" if it cannot be one."""
    text = re.sub(r"[\s\-._]", "", code or "").upper().translate(_READ_AS)
    if not text or len(text) > 64 or any(c not in ALPHABET for c in text):
        return ""
    return text


def pretty(code: str) -> str:
    """"K7QM-2XHD-PW0A": groups of four, as printed on a slip."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


class Tokens:
    """Codes derived from one workshop's secret (see the module docstring)."""

    def __init__(self, secret: bytes):
        if len(secret) < 16:
            raise VenueError("The venue secret is too short (it needs at least 16 bytes).")
        self._secret = bytes(secret)

    def derive(self, purpose: str, subject: str, length: int = CODE_LENGTH) -> str:
        digest = hmac.new(self._secret, f"{purpose}:{subject}".encode(), hashlib.sha256).digest()
        return base64.b32encode(digest).decode("ascii").translate(_TO_CROCKFORD)[:length]

    def check(self, purpose: str, subject: str, given: str, length: int = CODE_LENGTH) -> bool:
        """``given`` (as typed) is the code of ``subject`` for ``purpose``; compared in constant time."""
        return hmac.compare_digest(normalise(given).encode(), self.derive(purpose, subject, length).encode())

    def route_code(self, participant_uuid: str) -> str:
        return self.derive("route", participant_uuid)

    def route_codes(self, participant_uuids: Iterable[str]) -> dict[str, str]:
        """code -> participant uuid, for finding whose route a code opens."""
        return {self.route_code(uuid): uuid for uuid in participant_uuids}


def secret_path(workshop_uuid: str, folder: Path | None = None) -> Path:
    safe = workshop_uuid if re.fullmatch(r"[0-9A-Za-z-]{1,64}", workshop_uuid or "") else \
        hashlib.sha256((workshop_uuid or "").encode()).hexdigest()[:32]
    return (folder if folder is not None else data_dir() / "venue") / f"{safe}.key"


def read_secret(path: Path) -> bytes:
    """The secret in ``path`` (hex text); VenueError naming the file when it cannot be read."""
    try:
        text = Path(path).read_text(encoding="ascii").strip()
        secret = bytes.fromhex(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise VenueError(f"{path}: cannot read the venue secret ({getattr(exc, 'strerror', None) or exc}).") from None
    except ValueError:
        raise VenueError(f"{path}: not a venue secret (it should hold {2 * SECRET_BYTES} hex digits).") from None
    if len(secret) < 16:
        raise VenueError(f"{path}: the venue secret in it is too short.")
    return secret


def workshop_secret(workshop_uuid: str, folder: Path | None = None) -> bytes:
    """This workshop's secret, made (and kept, owner-only) the first time it is asked for."""
    path = secret_path(workshop_uuid, folder)
    if path.exists():
        return read_secret(path)
    secret = new_secret()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, secret.hex().encode("ascii") + b"\n", mode=0o600)
    except OSError as exc:
        raise VenueError(f"{path}: cannot keep the venue secret ({exc.strerror or exc}).") from None
    if os.name == "posix":
        os.chmod(path, 0o600)
    return secret
