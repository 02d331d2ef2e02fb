"""The venue pages served on 127.0.0.1: escaping, headers, route codes, and the live streams."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import httpx
import pytest
from venue_support import SECRET, StreamReader, serving, workshop_with_people

from cafe.clock.overview import room_statuses
from cafe.clock.text import format_remaining, phase_text
from cafe.people.members import participant_code
from cafe.venue import faces, pages
from cafe.venue.guard import Limits
from cafe.venue.tokens import Tokens, pretty

HOSTILE = "<script>alert('x')</script>"
HOSTILE_ROOM = 'Room "><img src=x onerror=alert(1)>'


def _rename_hostile(service):
    snap = service.snapshot()
    theme, room = snap.themes[0], snap.rooms[0]
    service.update_theme(theme.uuid, theme.version, title=HOSTILE, guiding_questions=[HOSTILE])
    service.update_room(room.uuid, room.version, name=HOSTILE_ROOM)
    return room.uuid


class _Markup(HTMLParser):
    """The elements and attributes of a page, as a browser would parse them."""

    def __init__(self, text: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _no_injected_markup(text: str) -> None:
    tags = _Markup(text).tags
    assert not [t for t, _a in tags if t == "img"]
    assert [a for t, a in tags if t == "script"] in ([], [{"src": f"/static/venue.js?v={pages.ASSETS}", "defer": None}])
    for _tag, attrs in tags:  # no inline style or event handler anywhere
        assert not [name for name in attrs if name == "style" or name.startswith("on")]


def test_every_page_escapes_a_theme_title_and_a_room_name_holding_markup(workshop):
    room_uuid = _rename_hostile(workshop)
    workshop.start_round(workshop.snapshot().rounds[0].uuid)
    with serving(workshop) as (hub, _server, url):
        hub.set_questions(True)
        for path in ("/", "/now", f"/room/{room_uuid}"):
            page = httpx.get(url + path).text
            _no_injected_markup(page)
            assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page or "Room &quot;&gt;&lt;img" in page
        room_page = httpx.get(f"{url}/room/{room_uuid}").text
        assert "<li>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</li>" in room_page  # a guiding question
        assert "Room &quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in room_page
        # the stream carries the text as a JSON string, which the page writes with textContent
        message = StreamReader(f"{url}/room/{room_uuid}/events").next()
        assert message["state"]["questions"] == [HOSTILE]
        assert message["state"]["room"] == HOSTILE_ROOM


def test_every_response_carries_a_strict_content_security_policy_and_no_referrer(workshop):
    room_uuid = workshop.snapshot().rooms[0].uuid
    with serving(workshop) as (_hub, _server, url):
        for path in ("/", "/now", f"/room/{room_uuid}", "/static/venue.js", "/static/venue.css",
                     "/no/such/page", "/route/WRONGCODE1"):
            response = httpx.get(url + path)
            csp = response.headers["content-security-policy"]
            assert "default-src 'none'" in csp and "script-src 'self'" in csp
            assert "'unsafe-inline'" not in csp and "http" not in csp  # nothing from elsewhere
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["referrer-policy"] == "no-referrer"
        assert httpx.get(f"{url}/now").headers["cache-control"] == "no-store"
        stream = httpx.Client().send(httpx.Client().build_request("GET", f"{url}/now/events"), stream=True)
        assert stream.headers["content-type"].startswith("text/event-stream")
        assert "default-src 'none'" in stream.headers["content-security-policy"]
        stream.close()


def test_a_route_code_opens_that_participants_route_and_nothing_about_anyone_else(workshop):
    service = workshop_with_people(workshop)
    snap = service.snapshot()
    me, *others = snap.participants
    tokens = Tokens(SECRET)
    code = tokens.route_code(me.uuid)
    with serving(service) as (hub, _server, url):
        assert hub.route_code(me.uuid) == code
        page = httpx.get(f"{url}/route/{code}")
        assert page.status_code == 200
        group = next(g.name for g in snap.groups if g.uuid == next(
            m.group_uuid for m in snap.members if m.participant_uuid == me.uuid))
        assert me.name in page.text and group in page.text and pretty(code) in page.text
        stream = StreamReader(f"{url}/route/{code}/events").next()
        for other in others:
            assert other.name not in page.text
            assert other.name not in str(stream)
        assert stream["state"]["route"]["group"] == group
        # typed by hand: lower case, dashes, O for zero
        typed = pretty(code).lower().replace("0", "o")
        follow = httpx.get(f"{url}/route", params={"code": typed})
        assert follow.status_code == 303 and follow.headers["location"] == f"/route/{code}"


def test_a_wrong_code_opens_nothing_and_guessing_is_stopped(workshop):
    service = workshop_with_people(workshop)
    me = service.snapshot().participants[0]
    code = Tokens(SECRET).route_code(me.uuid)
    with serving(service) as (_hub, _server, url):
        for wrong in (participant_code(me.uuid), me.uuid, Tokens(b"t" * 32).route_code(me.uuid), "x" * 12):
            page = httpx.get(f"{url}/route/{wrong}")
            assert page.status_code == 404
            assert me.name not in page.text and "No route has this code" in page.text
            assert httpx.get(f"{url}/route/{wrong}/events").status_code == 404
        for n in range(12):
            httpx.get(f"{url}/route/ZZZZZZZZZZ{n:02d}")
        blocked = httpx.get(f"{url}/route/{code}")  # the right code too, until the wait is over
        assert blocked.status_code == 429 and me.name not in blocked.text
        assert "Too many wrong codes" in blocked.text


def test_the_stream_sends_the_state_at_once_then_each_change(workshop):
    snap = workshop.snapshot()
    room, rnd = snap.rooms[1], snap.rounds[0]
    with serving(workshop) as (hub, _server, url):
        reader = StreamReader(f"{url}/room/{room.uuid}/events")
        first = reader.next()
        assert first["state"]["kind"] == "room" and first["state"]["clock"]["state"] == "scheduled"
        assert abs(first["now"] - faces.epoch_ms(hub.now())) < 2000
        workshop.start_round(rnd.uuid)
        hub.publish(workshop.snapshot())
        running = reader.next()
        clock = running["state"]["clock"]
        rr = next(r for r in workshop.snapshot().room_rounds if r.room_uuid == room.uuid)
        assert clock["state"] == "running"
        assert clock["deadline"] == faces.epoch_ms(rr.deadline.replace(tzinfo=None) if rr.deadline.tzinfo is None
                                                   else rr.deadline)
        workshop.set_stage_message(rnd.uuid, room.uuid, "Please sit down")
        hub.publish(workshop.snapshot())
        assert reader.next()["state"]["message"] == "Please sit down"
        other = snap.rooms[0]
        workshop.set_stage_message(rnd.uuid, other.uuid, "Not for room XI")
        hub.publish(workshop.snapshot())
        with pytest.raises(AssertionError):
            reader.next(timeout=1.5)  # another room's change sends nothing here


def test_the_stream_beats_without_a_document_while_nothing_changes(workshop):
    room = workshop.snapshot().rooms[0]
    with serving(workshop, heartbeat_s=0.3) as (_hub, _server, url):
        reader = StreamReader(f"{url}/room/{room.uuid}/events")
        reader.next()
        beat = reader.next(timeout=10, with_state=False)
        assert set(beat) == {"now"}


def test_all_followers_of_a_page_share_one_document_computed_once(workshop):
    snap = workshop.snapshot()
    room = snap.rooms[0]
    with serving(workshop, limits=Limits(streams_per_client=50)) as (hub, _server, url):
        readers = [StreamReader(f"{url}/room/{room.uuid}/events") for _ in range(12)]
        for r in readers:
            r.next()
        assert hub.channels[f"room:{room.uuid}"].followers == 12
        before = hub.refreshes
        workshop.start_round(snap.rounds[0].uuid)
        hub.publish(workshop.snapshot())
        docs = {str(r.next()["state"]) for r in readers}
        assert len(docs) == 1
        assert hub.refreshes - before <= 3  # one per change (and the odd once-a-second check), not per page


def test_a_room_face_shows_what_the_clock_computes(workshop):
    snap0 = workshop.snapshot()
    rnd, room = snap0.rounds[0], snap0.rooms[2]
    workshop.start_round(rnd.uuid)
    workshop.set_stage_message(rnd.uuid, room.uuid, "Five more minutes")
    snap = workshop.snapshot()
    rr = next(r for r in snap.room_rounds if r.room_uuid == room.uuid and r.round_uuid == rnd.uuid)
    deadline = rr.deadline.astimezone(dt.UTC).replace(tzinfo=None) if rr.deadline.tzinfo else rr.deadline
    now = deadline - dt.timedelta(seconds=421.3)
    face = faces.room_face(snap, room.uuid, now)
    status = next(s for s in room_statuses(snap, now) if s.room_uuid == room.uuid)
    assert face.clock.deadline == deadline
    assert face.clock.words == phase_text(status.phase, status.remaining_s) == "Wrap up · 8 minutes left"
    assert format_remaining(face.clock.remaining_s) == "07:02"
    assert face.headline == status.headline and face.message == "Five more minutes"
    assert face.end_text.startswith("ends ") and face.due_text.startswith("was due ")
    assert face.questions == () and not face.questions_shown
    asked = faces.room_face(snap, room.uuid, now, questions=True)
    assert asked.questions == ("Question 3.1", "Question 3.2")
    doc = face.document()
    assert "remaining" not in doc["clock"] and "words" not in doc["clock"]  # nothing that changes each second
    assert faces.room_face(snap, room.uuid, now + dt.timedelta(seconds=7)).document() == doc


def test_the_board_lists_every_room_of_the_round_with_the_next_item(workshop):
    snap = workshop.snapshot()
    workshop.start_round(snap.rounds[0].uuid)
    board = faces.board(workshop.snapshot(), dt.datetime(2019, 3, 21, 11, 30))
    assert board.round_text == "Round 1"
    assert [r.room for r in board.rows] == ["Room XVI", "Room XI", "Room VII"]
    assert all(r.clock.state == "running" for r in board.rows)
    assert board.next_text.startswith("Next: Round 2")
