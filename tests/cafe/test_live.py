"""Two laptops on one PostgreSQL workshop: notices, reconnects, conflicts, the server's clock."""

from __future__ import annotations

import datetime as dt
import queue

import pytest
import sqlalchemy as sa

from cafe.service import Changes, Service, StaleEdit
from cafe.service_base import notice_payload
from cafe.storage.db import open_database
from cafe.sync.live import Listener, Notice, offset_clock, parse_notice, psycopg_dsn, server_offset_s

pytestmark = pytest.mark.pg


@pytest.fixture
def laptops(pg_database):
    a = Service(open_database(pg_database))
    b = Service(open_database(pg_database))
    a.create_workshop("Shared café", time_zone="Europe/Zurich", start_date=dt.date(2019, 3, 21))
    day = a.snapshot().days[0]
    room = a.add_room("Room XI").row
    a.add_theme("Regular pathways", room_uuid=room.uuid)
    a.add_agenda_item(day.uuid, "round", dt.time(12), dt.time(13), "Round 1")
    yield a, b, pg_database
    a.db.dispose()
    b.db.dispose()


def listen(url, service):
    notices: queue.Queue = queue.Queue()
    states: queue.Queue = queue.Queue()
    listener = Listener(url, notices.put, own_instance=service.instance_id, on_state=states.put,
                        retry_s=0.2).start()
    assert listener.wait_connected(10)
    return listener, notices, states


def test_a_note_saved_on_one_laptop_is_announced_to_the_other(laptops):
    a, b, url = laptops
    listener, notices, _ = listen(url, b)
    try:
        snap = a.snapshot()
        note = a.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "practice", "Flexi visa (Bahrain)").row
        notice = notices.get(timeout=10)
        assert notice.kinds == {"note"} and notice.uuids == {note.uuid}
        assert [n.text for n in b.notes(snap.rooms[0].uuid)] == ["Flexi visa (Bahrain)"]
        # b's own change is not announced back to b
        b.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "other", "from b")
        with pytest.raises(queue.Empty):
            notices.get(timeout=0.5)
    finally:
        listener.stop()


def test_nothing_is_announced_for_a_refused_change(laptops):
    a, b, url = laptops
    listener, notices, _ = listen(url, b)
    try:
        room = a.snapshot().rooms[0]
        a.update_room(room.uuid, room.version, name="Salle XI")
        notices.get(timeout=10)
        with pytest.raises(StaleEdit):
            a.update_room(room.uuid, room.version, name="stale")
        with pytest.raises(queue.Empty):
            notices.get(timeout=0.5)
    finally:
        listener.stop()


def test_two_laptops_editing_one_summary_never_overwrite_silently(laptops):
    a, b, _ = laptops
    snap = a.snapshot()
    room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    first = a.set_round_summary(room, rnd, "Text from laptop A").row
    seen_by_b = b.snapshot().summaries[0]
    a.set_round_summary(room, rnd, "Laptop A again", first.version)
    with pytest.raises(StaleEdit) as info:
        b.set_round_summary(room, rnd, "Text from laptop B", seen_by_b.version)
    assert info.value.current.text == "Laptop A again"  # what the user merges with
    assert b.snapshot().summaries[0].text == "Laptop A again"


def test_listener_reconnects_after_its_connection_is_killed_and_asks_for_a_reload(laptops):
    a, b, url = laptops
    listener, notices, states = listen(url, b)
    try:
        assert states.get(timeout=10) is True
        with a.db.engine.connect() as conn:
            killed = conn.execute(sa.text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE query LIKE 'LISTEN%' OR query = 'SELECT 1' AND pid <> pg_backend_pid()")).scalar()
        assert killed >= 1
        assert states.get(timeout=5) is False
        assert states.get(timeout=5) is True
        assert notices.get(timeout=5) == Notice(reload=True)
        snap = a.snapshot()
        a.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "other", "after the reconnect")
        assert notices.get(timeout=10).kinds == {"note"}
    finally:
        listener.stop()


def test_a_service_survives_its_connection_being_killed_mid_edit(laptops):
    a, b, _ = laptops
    room = a.snapshot().rooms[0]
    with b.db.engine.connect() as conn:
        conn.execute(sa.text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                             "WHERE pid <> pg_backend_pid() AND datname = current_database()"))
    # pool_pre_ping replaces the dead connection: the next action just works
    a.update_room(room.uuid, room.version, name="Room XI (east)")
    assert b.snapshot().rooms[0].name == "Room XI (east)"


def test_server_offset_is_measured_and_applied():
    offset = {"s": 90.0}
    now = offset_clock(lambda: offset["s"])
    local = dt.datetime.now(dt.UTC)
    assert (now() - local).total_seconds() == pytest.approx(90.0, abs=1.0)


def test_server_offset_on_a_real_server_is_small(laptops):
    a, _, _ = laptops
    measured = server_offset_s(a.db.engine)
    assert measured is not None and abs(measured) < 1.0  # same machine, same clock


def test_payloads_stay_below_the_postgresql_limit():
    changes = Changes("import_rows", frozenset({"note"}), frozenset(f"{i:036d}" for i in range(1000)))
    payload = notice_payload(changes, "me")
    assert len(payload.encode()) < 8000
    notice = parse_notice(payload, "someone else")
    assert notice.uuids is None and notice.kinds == {"note"}
    assert parse_notice(payload, "me") is None
    assert parse_notice("not json", "me") == Notice(reload=True)


def test_dsn_keeps_tls_options_and_the_password():
    from psycopg.conninfo import conninfo_to_dict

    dsn = psycopg_dsn("postgresql+psycopg://cafe:s3cret@db.venue:5433/workshop?sslmode=require")
    assert conninfo_to_dict(dsn) == {"host": "db.venue", "port": "5433", "dbname": "workshop", "user": "cafe",
                                     "password": "s3cret", "sslmode": "require"}


AWKWARD_PASSWORD = "it's a \\ back slash, spaces and Genève's naïve café"


def test_a_password_with_quotes_backslashes_spaces_and_accents_reaches_libpq_unchanged():
    from psycopg.conninfo import conninfo_to_dict

    url = sa.engine.URL.create("postgresql+psycopg", "room11", AWKWARD_PASSWORD, "db.venue", 5432, "geneva")
    dsn = psycopg_dsn(url.render_as_string(hide_password=False))
    assert conninfo_to_dict(dsn)["password"] == AWKWARD_PASSWORD


def test_a_listener_that_cannot_connect_says_it_is_offline():
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    states: queue.Queue = queue.Queue()
    listener = Listener(f"postgresql+psycopg://nobody:pw@127.0.0.1:{port}/none", lambda n: None,
                        on_state=states.put, retry_s=0.2).start()
    try:
        assert states.get(timeout=10) is False
        with pytest.raises(queue.Empty):  # said once, not at every retry
            states.get(timeout=0.6)
    finally:
        listener.stop()


def test_a_listener_whose_password_has_quotes_and_backslashes_connects_and_hears(laptops, pg_url):
    a, _b, url = laptops
    role = "laptop_" + url.rsplit("_", 1)[-1]
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    from psycopg import sql

    with admin.connect() as conn:
        cursor = conn.connection.driver_connection.cursor()
        cursor.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role),
                                                                          sql.Literal(AWKWARD_PASSWORD)))
    try:
        laptop_url = sa.engine.make_url(url).set(username=role, password=AWKWARD_PASSWORD)
        listener, notices, states = listen(laptop_url.render_as_string(hide_password=False), a)
        try:
            assert states.get(timeout=5) is True
            b_url = sa.engine.make_url(url)
            other = Service(open_database(b_url.render_as_string(hide_password=False)))
            snap = other.snapshot()
            other.add_note(snap.rooms[0].uuid, snap.rounds[0].uuid, "practice", "Heard through the awkward password")
            assert notices.get(timeout=5).kinds == {"note"}
            other.db.dispose()
        finally:
            listener.stop()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()
