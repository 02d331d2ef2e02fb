"""The interpreter the set-up makes .venv with (scripts/pick-python): the one PYTHON names, else the
distribution's optimised python3 when it is recent enough and can make a venv, else python3."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pick(**env: str) -> str:
    done = subprocess.run(["bash", str(ROOT / "scripts" / "pick-python")], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def usable(python: str) -> bool:
    return subprocess.run([python, "-c", "import sys, ensurepip; sys.exit(sys.version_info < (3, 11))"],
                          capture_output=True, timeout=60, check=False).returncode == 0


def test_python_names_the_interpreter():
    assert pick(PYTHON="/opt/some/python3.12") == "/opt/some/python3.12"


def test_the_distributions_python_when_it_can_make_a_venv_else_python3():
    system = Path("/usr/bin/python3")
    expected = "/usr/bin/python3" if system.exists() and usable(str(system)) else "python3"
    assert pick(PYTHON="") == expected  # an empty PYTHON is no choice
