"""A QR code as a reportlab Flowable: the route slips' link to a participant's own route page."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

#: the width with the quiet zone, and the quiet zone (modules a side)
QR_WIDTH = 23 * mm
QR_BORDER = 2


class QrCode(Flowable):
    """The QR code of ``text`` drawn as vector squares: crisp at any zoom and on any printer.

    segno makes the matrix (medium error correction, as :mod:`cafe.venue.qr`); each run of
    dark modules in a row is one rectangle of a single filled path (no seams between
    neighbours), black on the paper's white. ``width`` includes the quiet zone of ``border``
    modules a side; the module is rounded down to a hundredth of a point so that rows meet
    exactly in the PDF. Never mirrored, not even in a right-to-left printout.
    """

    def __init__(self, text: str, width: float = QR_WIDTH, border: int = QR_BORDER):
        import segno

        super().__init__()
        self.text = text
        self.matrix: tuple = segno.make(text, error="m", micro=False).matrix
        self.border = border
        span = len(self.matrix) + 2 * border
        self.module = int(width / span * 100) / 100
        self.width = self.height = self.module * span

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def runs(self) -> list[tuple[int, int, int]]:
        """(row, first column, length) of each run of dark modules, rows from the top."""
        out = []
        for r, row in enumerate(self.matrix):
            c, n = 0, len(row)
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    out.append((r, start, c - start))
                else:
                    c += 1
        return out

    def draw(self) -> None:
        m, canvas = self.module, self.canv
        left, top = self.border * m, self.height - self.border * m
        path = canvas.beginPath()
        for r, c, length in self.runs():
            path.rect(left + c * m, top - (r + 1) * m, length * m, m)
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def route_url(venue_url: str, code: str) -> str:
    """The address of the route page of ``code`` on the venue pages at ``venue_url``."""
    return f"{venue_url.rstrip('/')}/route/{code}"
