"""QR codes of the venue pages' addresses (segno), for the window and for printouts."""

from __future__ import annotations

import io


def qr_png(text: str, *, scale: int = 6, border: int = 2) -> bytes:
    """A PNG of the QR code of ``text`` (black on white, medium error correction)."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=border)
    return buffer.getvalue()


def qr_svg(text: str, *, scale: int = 4, border: int = 2) -> str:
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="svg", scale=scale, border=border,
                                                  xmldecl=False, svgns=True)
    return buffer.getvalue().decode("utf-8")
