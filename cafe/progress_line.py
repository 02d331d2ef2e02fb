"""Progress of long work on a terminal: one line on standard error, rewritten in place.

``cafe load`` and ``cafe report`` say what they are doing ("Checking the file…", "Writing the
report… 42 % (annex)") while a person waits at a terminal. When standard error is not a
terminal (a script, a log, CI) nothing is written: the command's result line is the record.
The line is rewritten at most every :data:`EVERY_S` seconds and cleared when the work ends, so
the result line that follows stands alone.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

EVERY_S = 0.2


class ProgressLine:
    """See the module docstring. ``stream`` defaults to standard error; ``force`` writes even when
    it is not a terminal (tests)."""

    def __init__(self, stream: TextIO | None = None, *, force: bool = False):
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.on = force or bool(isatty and isatty())
        self._shown = ""
        self._at = 0.0

    def say(self, text: str, *, now: bool = True) -> None:
        """Show ``text`` (at once when ``now``, else only if the last one is old enough)."""
        if not self.on or text == self._shown:
            return
        clock = time.monotonic()
        if not now and clock - self._at < EVERY_S:
            return
        width = max(len(self._shown), len(text))
        self.stream.write("\r" + text.ljust(width))
        self.stream.flush()
        self._shown, self._at = text, clock

    def fraction(self, what: str, fraction: float, stage: str = "") -> None:
        """"``what`` 42 % (stage)": at once when ``what`` is new, then at most every :data:`EVERY_S` seconds."""
        percent = max(0, min(100, int(fraction * 100)))
        self.say(f"{what} {percent} %" + (f" ({stage})" if stage else ""), now=not self._shown.startswith(what))

    def done(self) -> None:
        """Clear the line (the result line comes next)."""
        if self.on and self._shown:
            self.stream.write("\r" + " " * len(self._shown) + "\r")
            self.stream.flush()
            self._shown = ""
