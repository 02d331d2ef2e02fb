"""The venue server's parts: codes and the secret, the limits, starting and stopping, following
a workshop file, and the ``cafe serve`` command."""

from __future__ import annotations

import datetime as dt
import io
import os
import socket
import stat
import threading
import time

import httpx
import pytest
from venue_support import StreamReader, serving, workshop_with_people

from cafe import cli
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.venue.errors import VenueError
from cafe.venue.feed import WorkshopFeed
from cafe.venue.guard import Limits
from cafe.venue.hub import VenueHub
from cafe.venue.server import VenueServer
from cafe.venue.tokens import ALPHABET, CODE_LENGTH, Tokens, normalise, pretty, secret_path, workshop_secret


def test_codes_are_long_unrelated_and_forgiving_to_type():
    tokens = Tokens(b"k" * 32)
    codes = {tokens.route_code(f"participant-{n}") for n in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == CODE_LENGTH and set(c) <= set(ALPHABET) for c in codes)
    code = tokens.route_code("p1")
    assert tokens.check("route", "p1", pretty(code).lower())
    assert tokens.check("route", "p1", code.replace("0", "O").replace("1", "l"))
    assert not tokens.check("route", "p2", code)
    assert not tokens.check("post", "p1", code)  # another purpose, another code
    assert Tokens(b"m" * 32).route_code("p1") != code
    assert normalise("<script>") == "" and normalise("") == ""
    with pytest.raises(VenueError):
        Tokens(b"short")


def test_the_secret_is_made_once_kept_for_its_owner_and_reused(tmp_path):
    first = workshop_secret("w-1", tmp_path)
    assert workshop_secret("w-1", tmp_path) == first and len(first) == 32
    assert workshop_secret("w-2", tmp_path) != first
    path = secret_path("w-1", tmp_path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    path.write_text("not hex")
    with pytest.raises(VenueError, match="not a venue secret"):
        workshop_secret("w-1", tmp_path)
    assert secret_path("../../etc/passwd", tmp_path).parent == tmp_path  # a strange uuid stays in the folder


def test_only_reading_is_allowed_and_oversized_requests_are_refused(workshop):
    with serving(workshop) as (_hub, _server, url):
        assert httpx.post(f"{url}/now", content=b"x").status_code == 405
        assert httpx.request("DELETE", f"{url}/now").status_code == 405
        assert httpx.request("GET", f"{url}/now", content=b"x" * 100).status_code == 413
        assert httpx.get(f"{url}/room/{'x' * 600}").status_code == 414
        assert httpx.get(f"{url}/now", params={"q": "y" * 400}).status_code == 414
        huge = httpx.get(f"{url}/now", headers={"x-big": "z" * 40_000})
        assert huge.status_code in (400, 431)
        assert httpx.get(f"{url}/now", headers={"host": "evil.example"}).status_code == 400
        assert httpx.get(f"{url}/static/../../README.md").status_code == 404
        assert httpx.get(f"{url}/static/app.py").status_code == 404


def test_a_client_that_asks_too_often_is_told_to_wait(workshop):
    with serving(workshop, limits=Limits(requests_per_minute=60, burst=5)) as (_hub, server, url):
        with httpx.Client() as client:
            codes = [client.get(f"{url}/now").status_code for _ in range(8)]
        assert codes[:5] == [200] * 5 and 429 in codes[5:]
        assert server.guard.refused.get(429, 0) >= 1
        refused = httpx.get(f"{url}/now")
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1


def test_a_client_holds_only_so_many_streams(workshop):
    room = workshop.snapshot().rooms[0].uuid
    with serving(workshop, limits=Limits(streams_per_client=2)) as (_hub, server, url):
        readers = [StreamReader(f"{url}/room/{room}/events") for _ in range(2)]
        for r in readers:
            r.next()
        third = StreamReader(f"{url}/room/{room}/events")
        assert third.ended.wait(5) and third.status == 429
        assert server.guard.streams == 2


def test_a_port_in_use_is_a_sentence_and_nothing_runs(workshop):
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen(1)
    port = blocker.getsockname()[1]
    try:
        server = VenueServer(VenueHub(), "127.0.0.1", port)
        with pytest.raises(VenueError, match=f"Port {port} on 127.0.0.1 is already in use"):
            server.start()
        assert not server.running
        with pytest.raises(VenueError, match="not an address of this computer"):
            VenueServer(VenueHub(), "203.0.113.9", 0).start()
    finally:
        blocker.close()


def test_stopping_ends_every_stream_and_the_server_starts_again_on_the_same_port(workshop):
    room = workshop.snapshot().rooms[0].uuid
    with serving(workshop) as (hub, server, url):
        reader = StreamReader(f"{url}/room/{room}/events")
        reader.next()
        server.stop()
        assert reader.ended.wait(10) and not server.running
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{url}/now")
        again = VenueServer(hub, "127.0.0.1", server.port)
        assert again.start() == url
        try:
            assert StreamReader(f"{url}/room/{room}/events").next()["state"]["kind"] == "room"
        finally:
            again.stop()


def test_the_feed_follows_a_workshop_file_changed_by_another_program(workshop, tmp_path):
    from cafe import workshop_file
    from cafe.storage.paths import sample_workshop_path

    path = tmp_path / "shared.sqlite"
    writer = Service(open_database(path))
    workshop_file.load(writer, sample_workshop_path())
    reader_service = Service(open_database(path))
    hub = VenueHub(secret_for=lambda _u: b"s" * 32)
    feed = WorkshopFeed(reader_service, hub, poll_s=0.05).start()
    try:
        def running() -> bool:
            snap = hub.snapshot
            return snap is not None and any(rr.state == "running" for rr in snap.room_rounds)

        assert hub.snapshot is not None and not running()
        rnd = writer.snapshot().rounds[0]
        writer.start_round(rnd.uuid)
        changed = time.monotonic()
        while not running() and time.monotonic() - changed < 10:
            time.sleep(0.02)
        # how soon: benchmarks/venue_clock.py (commit to every screen, p95 against its goal)
        assert running(), "the feed did not see the change"
    finally:
        feed.stop()
        writer.db.dispose()
        reader_service.db.dispose()


def test_cafe_serve_shares_a_workshop_and_stops_on_request(workshop, tmp_path, monkeypatch):
    from cafe.venue.serve import serve

    workshop_with_people(workshop)
    stop = threading.Event()
    out = io.StringIO()
    done: list[int] = []
    thread = threading.Thread(target=lambda: done.append(serve(workshop, "127.0.0.1", 0, stop=stop, out=out)))
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while "Ctrl+C stops sharing." not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.02)  # every line printed (the rooms' links come after "now and next")
        text = out.getvalue()
        url = text.split("now and next: ")[1].split()[0]
        assert httpx.get(url).status_code == 200
        assert "Only this computer can open these pages" in text and "No notes" in text
        # each room's posting link is printed, and a phone's contribution reaches the database
        link = text.split("(posting: ")[1].split(")")[0]
        sent = httpx.post(link, data={"category": "practice", "text": "From cafe serve", "uuid": "f" * 32})
        assert sent.status_code == 303
        assert [c.text for c in workshop.snapshot().contributions] == ["From cafe serve"]
    finally:
        stop.set()
        thread.join(10)
    assert done == [0] and "Stopped sharing." in out.getvalue()


def test_cafe_serve_refuses_an_empty_database_in_one_line(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite"
    Service(open_database(empty)).db.dispose()
    assert cli.main(["--db", str(empty), "serve", "--host", "127.0.0.1", "--port", "0"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds no workshop to share" in err


@pytest.mark.pg
def test_the_feed_follows_a_shared_workshop_through_its_change_notices(pg_database):
    from cafe import workshop_file
    from cafe.storage.paths import sample_workshop_path

    laptop = Service(open_database(pg_database))
    workshop_file.load(laptop, sample_workshop_path())
    server_side = Service(open_database(pg_database))
    hub = VenueHub(secret_for=lambda _u: b"s" * 32)
    feed = WorkshopFeed(server_side, hub).start()
    try:
        assert feed._listener.wait_connected(10)
        rnd, room = laptop.snapshot().rounds[0], laptop.snapshot().rooms[0]
        laptop.start_round(rnd.uuid)
        laptop.set_stage_message(rnd.uuid, room.uuid, "From the moderator's laptop")
        changed = time.monotonic()

        def message() -> str:
            snap = hub.snapshot
            return next((rr.message for rr in snap.room_rounds if rr.room_uuid == room.uuid
                         and rr.round_uuid == rnd.uuid), "") if snap is not None else ""

        while message() != "From the moderator's laptop" and time.monotonic() - changed < 10:
            time.sleep(0.02)
        assert message() == "From the moderator's laptop"
        # the pages count on the server's clock, as the laptops do
        assert hub.now().tzinfo is None
        assert abs((hub.now() - server_side._now().astimezone(dt.UTC).replace(tzinfo=None)).total_seconds()) < 1.0
    finally:
        feed.stop()
        laptop.db.dispose()
        server_side.db.dispose()
