"""Shared fixtures. With CAFE_BLOCK_QT=1, Qt and the UI package cannot be imported at all,
which is how CI proves the core runs without them."""

from __future__ import annotations

import datetime as dt
import importlib.abc
import os
import sys

import pytest
from hypothesis import settings

_BLOCKED = ("PySide6", "shiboken6", "ui")


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname.split(".")[0] in _BLOCKED:
            raise ImportError(f"{fullname} is blocked: the core must run without Qt")
        return None


if os.environ.get("CAFE_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _BlockQt())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests: a loaded machine is no reason to fail (no per-example deadline). In CI the examples
# are the same at every run (derandomized), so a run fails for the change it tests, never for the
# draw; elsewhere each run explores new examples and keeps the failing ones.
settings.register_profile("cafe", deadline=None)
settings.register_profile("ci", parent=settings.get_profile("cafe"), derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "cafe")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Nothing a test does may touch the real user's data folder."""
    monkeypatch.setenv("CAFE_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def service():
    from cafe.service import Service
    from cafe.storage.db import open_database

    svc = Service(open_database("sqlite://"))
    yield svc
    svc.db.dispose()


@pytest.fixture
def workshop(service):
    """A small workshop: one day, three rooms with a theme each, two rounds, three groups."""
    service.create_workshop("Test café", time_zone="Europe/Zurich", start_date=dt.date(2019, 3, 21))
    day = service.snapshot().days[0]
    rooms = [service.add_room(name).row for name in ("Room XVI", "Room XI", "Room VII")]
    for i, room in enumerate(rooms):
        service.add_theme(f"Theme {i + 1}", short_name=f"T{i + 1}", room_uuid=room.uuid,
                          guiding_questions=[f"Question {i + 1}.1", f"Question {i + 1}.2"])
    service.add_agenda_item(day.uuid, "round", dt.time(12), dt.time(13), "Round 1")
    service.add_agenda_item(day.uuid, "round", dt.time(15), dt.time(16), "Round 2")
    return service


@pytest.fixture
def pg_url():
    """The throwaway PostgreSQL server the test command starts (CAFE_TEST_PG_URL)."""
    url = os.environ.get("CAFE_TEST_PG_URL")
    if not url:
        pytest.skip("no PostgreSQL server (run the README's test command, which starts one)")
    return url


@pytest.fixture
def pg_database(pg_url):
    """A fresh, empty PostgreSQL database on that server, dropped afterwards."""
    import uuid

    import sqlalchemy as sa

    name = "cafe_test_" + uuid.uuid4().hex[:12]
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


class PgServer:
    """Stops and restarts the throwaway server (tests of a dropped network)."""

    def __init__(self, folder: str):
        import glob

        self.folder = folder
        self.pg_ctl = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))[-1]

    def _ctl(self, *args: str) -> None:
        import subprocess

        cmd = [self.pg_ctl, "-D", f"{self.folder}/data", *args]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)

    def stop(self) -> None:
        self._ctl("-m", "immediate", "-w", "stop")

    def start(self) -> None:
        self._ctl("-w", "-l", f"{self.folder}/server.log", "start")


@pytest.fixture
def pg_server(pg_url):
    folder = os.environ.get("CAFE_TEST_PG_DIR")
    if not folder:
        pytest.skip("the throwaway server's folder is unknown (CAFE_TEST_PG_DIR)")
    server = PgServer(folder)
    yield server
    server.start() if not _pg_up(pg_url) else None


def _pg_up(url: str) -> bool:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect():
            return True
    except sa.exc.OperationalError:
        return False
    finally:
        engine.dispose()
