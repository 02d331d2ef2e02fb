"""Long commands show their progress on a terminal, and nothing in a log."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from cafe.progress_line import ProgressLine

ROOT = Path(__file__).resolve().parents[2]


def test_one_line_rewritten_in_place_then_cleared():
    out = io.StringIO()
    line = ProgressLine(out, force=True)
    line.say("Reading and checking w.json…")
    line.fraction("Writing report.pdf…", 0.42, "annex")
    line.fraction("Writing report.pdf…", 0.43, "annex")  # too soon after the last: not written
    line.done()
    text = out.getvalue()
    assert text.startswith("\rReading and checking w.json…")
    assert "\rWriting report.pdf… 42 % (annex)" in text and "43 %" not in text
    assert text.endswith("\r") and "\n" not in text


def test_nothing_is_written_when_standard_error_is_not_a_terminal():
    out = io.StringIO()  # not a terminal
    line = ProgressLine(out)
    line.say("Reading…")
    line.fraction("Writing…", 0.5)
    line.done()
    assert out.getvalue() == ""


def _run_on_a_terminal(*args: str) -> tuple[int, str, str]:
    """Run the cafe command with standard error on a pseudo-terminal: (exit status, stdout, what the terminal got)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from cafe import cli; sys.exit(cli.main(sys.argv[1:]))",
                             *args], stdout=subprocess.PIPE, stderr=slave, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    out, _err = proc.communicate(timeout=120)
    os.close(master)
    return proc.returncode, out.decode(), seen.decode(errors="replace")


def test_cafe_load_and_cafe_report_show_progress_on_a_terminal(tmp_path):
    from cafe.storage.paths import sample_workshop_path

    db = tmp_path / "w.sqlite"
    status, out, terminal = _run_on_a_terminal("--db", str(db), "load", str(sample_workshop_path()))
    assert status == 0 and out.startswith("Loaded ")
    assert "Reading and checking" in terminal and "Writing 190 participants" in terminal
    status, out, terminal = _run_on_a_terminal("--db", str(db), "report", str(tmp_path / "report.pdf"))
    assert status == 0 and out.startswith("Wrote ")
    assert "Writing report.pdf…" in terminal and " %" in terminal
    assert terminal.rstrip(" ").endswith("\r")  # the line is cleared before the result
