import stat

import pytest

from cafe.sync.pgpass import remember_password, without_password


def test_password_file_is_private_and_lines_are_replaced(tmp_path):
    path = tmp_path / "pgpass"
    url = "postgresql+psycopg://moderator@db.venue:5433/cafe?sslmode=require"
    remember_password(url, "first", path)
    remember_password(url, "se:cret\\x", path)
    remember_password("postgresql+psycopg://other@db.venue/cafe", "other", path)
    lines = path.read_text().splitlines()
    assert lines == ["db.venue:5433:cafe:moderator:se\\:cret\\\\x", "db.venue:5432:cafe:other:other"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_urls_are_stored_without_their_password():
    assert without_password("postgresql+psycopg://u:pw@h/db?sslmode=require") == \
        "postgresql+psycopg://u@h/db?sslmode=require"
    assert without_password("sqlite:////tmp/x.sqlite") == "sqlite:////tmp/x.sqlite"


@pytest.mark.pg
def test_libpq_reads_the_remembered_password(pg_url, tmp_path, monkeypatch):
    """The throwaway server trusts everyone, so check libpq picks the file up via PGPASSFILE."""
    import psycopg

    from cafe.sync.live import psycopg_dsn

    path = tmp_path / "pgpass"
    remember_password(pg_url, "unused-with-trust", path)
    monkeypatch.setenv("PGPASSFILE", str(path))
    with psycopg.connect(psycopg_dsn(pg_url)) as conn:
        assert conn.info.password == "unused-with-trust"
