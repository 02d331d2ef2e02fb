"""Exports on a full disk, and hidden ``.part`` files: a failed export leaves none, a killed one's are
removed by the next export of the same file, a live one's are left alone."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from report_support import note, workshop

from cafe.report import export
from cafe.report.output import ExportError
from cafe.storage.atomic import atomic_output, remove_stale_parts

ROOT = Path(__file__).resolve().parents[2]

#: Run in a child process: every file opened by the atomic writer takes 4 KB, then the disk is full.
FULL_DISK = textwrap.dedent("""
    import errno, os, sys
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fh):
            self.fh, self.written = fh, 0
        def write(self, data):
            self.written += len(data)
            if self.written > 4096:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self.fh.write(data)
        def __getattr__(self, name):
            return getattr(self.fh, name)
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            self.fh.close()

    os.fdopen = lambda fd, *a, **k: FullDisk(real_fdopen(fd, *a, **k))
    from cafe.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    from cafe import cli

    path = tmp_path_factory.mktemp("db") / "w.sqlite"
    assert cli.main(["--db", str(path), "sample"]) == 0
    return path


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".md", ".csv"])
def test_report_on_a_full_disk_says_so_in_one_line_without_a_traceback(tmp_path, sample_db, suffix):
    out = tmp_path / f"report{suffix}"
    done = subprocess.run([sys.executable, "-c", FULL_DISK, "--db", str(sample_db), "report", str(out)],
                          capture_output=True, text=True, env=_child_env(), cwd=tmp_path, timeout=120)
    assert done.returncode == 1
    assert done.stderr == f"cafe: Cannot write {out}: No space left on device.\n"
    assert list(tmp_path.iterdir()) == []  # neither the report nor a hidden part


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md", "csv"])
def test_a_failed_export_leaves_no_part_file_and_the_earlier_file(tmp_path, monkeypatch, fmt):
    target = tmp_path / f"r.{fmt}"
    target.write_bytes(b"earlier")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr("cafe.storage.atomic.os.fsync", full)
    with pytest.raises(ExportError, match="No space left on device"):
        export(workshop(), [note("n1", "An item")], target, fmt)
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from cafe.storage.atomic import atomic_output
    with atomic_output(sys.argv[1]) as fh:
        fh.write(b"half a report")
        fh.flush()
        print("writing", flush=True)
        time.sleep(60)
""")


def test_the_next_export_removes_what_a_killed_export_left(tmp_path):
    target = tmp_path / "report.pdf"
    child = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE,
                             text=True, env=_child_env())
    try:
        assert child.stdout is not None and child.stdout.readline() == "writing\n"
        (part,) = tmp_path.glob(".report.pdf.*.part")
        assert remove_stale_parts(target) == []  # still being written: left alone
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
    assert part.exists()  # the killed process could not clean up
    others = [tmp_path / ".other.pdf.0123456789ab.part", tmp_path / "report.pdf.part",
              tmp_path / ".report.pdf.notahexnumber.part"]
    for other in others:
        other.write_bytes(b"not ours")
    export(workshop(), [note("n1", "An item")], target, "pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, *(o.name for o in others)])


def test_a_part_file_being_written_in_this_process_is_left_alone(tmp_path):
    target = tmp_path / "notes.csv"
    with atomic_output(target) as fh:
        fh.write(b"a,b\n")
        (part,) = tmp_path.glob(".notes.csv.*.part")
        assert remove_stale_parts(target) == [] and part.exists()
    assert target.read_bytes() == b"a,b\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.csv"]


def test_stale_parts_of_a_missing_folder_are_no_error(tmp_path):
    assert remove_stale_parts(tmp_path / "missing" / "r.pdf") == []
