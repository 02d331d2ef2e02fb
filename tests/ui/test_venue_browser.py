"""The venue pages in a real browser: a room's clock in headless chromium shows the app's time
within a second, follows a change of phase and message, and comes back by
itself after the server was stopped and started again."""

from __future__ import annotations

import datetime as dt
import math
import time

import pytest
from support import reading
from venue_browser_support import chromium

from cafe.clock.overview import room_statuses
from cafe.clock.text import phase_text
from cafe.clock.watch import SystemClock
from cafe.venue.hub import VenueHub
from cafe.venue.server import VenueServer

CLOCK = SystemClock()


def _seconds(digits: str) -> int:
    """"12:34" / "1:02:03" / "−00:05" as signed seconds."""
    sign = -1 if digits.startswith("\u2212") else 1
    parts = [int(p) for p in digits.lstrip("\u2212").split(":")]
    total = 0
    for part in parts:
        total = total * 60 + part
    return sign * total


@pytest.fixture(scope="module")
def browser():
    driver = chromium(1280, 800)
    yield driver
    driver.quit()


def _wait(check, timeout: float, step: float = 0.02):
    """(the first true result of ``check()``, seconds it took); AssertionError after ``timeout``."""
    started = time.monotonic()
    while True:
        got = check()
        if got:
            return got, time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise AssertionError(f"not seen within {timeout} s")
        time.sleep(step)


def _page(driver) -> dict:
    return driver.execute_script(
        "var t = function (id) { var el = document.getElementById(id); return el ? el.textContent : ''; };"
        "return {digits: t('digits'), words: t('words'), message: t('message'), link: t('link'),"
        " end: t('end'), phase: document.body.className,"
        " messageShown: !document.getElementById('message').hidden};")


def _core_seconds(service_snap, room_uuid: str) -> float:
    status = next(s for s in room_statuses(service_snap, CLOCK.wall()) if s.room_uuid == room_uuid)
    return status.remaining_s


def _assert_same_time(driver, snap, room_uuid: str) -> None:
    """The page's digits against the core's at the same instant (bracketed by two reads)."""
    before = _core_seconds(snap, room_uuid)
    shown = _seconds(_page(driver)["digits"])
    after = _core_seconds(snap, room_uuid)
    assert math.ceil(after) - 1 <= shown <= math.ceil(before) + 1, (shown, before, after)


def test_the_room_clock_in_a_browser_keeps_the_apps_time_and_comes_back_after_a_restart(browser, sample_db):
    with reading(sample_db) as service:
        snap = service.snapshot()
        rnd, room = snap.rounds[0], snap.rooms[1]
        service.start_round(rnd.uuid)
        hub = VenueHub(now=CLOCK.wall)
        hub.publish(service.snapshot(), service.seating().seats)
        server = VenueServer(hub, "127.0.0.1", 0)
        url = server.start()
        try:
            browser.get(f"{url}/room/{room.uuid}")
            _wait(lambda: _page(browser)["link"] == "Live", 10)
            for _ in range(5):  # the digits are the app's, second after second
                _assert_same_time(browser, service.snapshot(), room.uuid)
                time.sleep(0.37)
            assert _page(browser)["words"] == "Running" and "phase-normal" in _page(browser)["phase"]

            # the moderator's message appears (how soon: benchmarks/venue_clock.py)
            service.set_stage_message(rnd.uuid, room.uuid, "Please move to the plenary after this round")
            hub.publish(service.snapshot())
            _wait(lambda: _page(browser)["message"] == "Please move to the plenary after this round"
                  and _page(browser)["messageShown"], 10)

            # five minutes left: the phase turns to "Wrap up" in words and colour
            left = _core_seconds(service.snapshot(), room.uuid)
            service.extend_round(rnd.uuid, -(left - 290.4), [room.uuid])
            snap = service.snapshot()
            hub.publish(snap)
            page, _took = _wait(lambda: p if "phase-warning" in (p := _page(browser))["phase"] else None, 10)
            status = next(s for s in room_statuses(snap, CLOCK.wall()) if s.room_uuid == room.uuid)
            assert page["words"] == phase_text(status.phase, status.remaining_s) == "Wrap up · 5 minutes left"
            _assert_same_time(browser, snap, room.uuid)

            # the server goes away: the page says so and keeps counting by itself
            server.stop()
            _wait(lambda: _page(browser)["link"].startswith("Reconnecting"), 5)
            first = _page(browser)["digits"]
            _wait(lambda: _page(browser)["digits"] != first, 3)
            _assert_same_time(browser, snap, room.uuid)

            # ... and it comes back by itself when the server does, with what changed meanwhile
            service.set_stage_message(rnd.uuid, room.uuid, "Back in the room")
            hub.publish(service.snapshot())
            again = VenueServer(hub, "127.0.0.1", server.port)
            again.start()
            try:
                _wait(lambda: _page(browser)["message"] == "Back in the room", 15)
                assert _page(browser)["link"] == "Live"
                _assert_same_time(browser, service.snapshot(), room.uuid)
                service.pause_round(rnd.uuid, [room.uuid])
                hub.publish(service.snapshot())
                _wait(lambda: _page(browser)["words"] == "Paused", 10)
                assert "phase-paused" in _page(browser)["phase"]
                frozen = _page(browser)["digits"]
                time.sleep(1.2)
                assert _page(browser)["digits"] == frozen
            finally:
                again.stop()
        finally:
            server.stop()


def test_now_and_next_and_a_route_in_a_browser(browser, sample_db):
    with reading(sample_db) as service:
        snap = service.snapshot()
        service.start_round(snap.rounds[0].uuid)
        hub = VenueHub(now=CLOCK.wall)
        hub.publish(service.snapshot(), service.seating().seats)
        server = VenueServer(hub, "127.0.0.1", 0)
        url = server.start()
        try:
            browser.get(f"{url}/now")
            _wait(lambda: browser.execute_script("return document.getElementById('link').textContent") == "Live", 10)
            rows = browser.execute_script(
                "return Array.from(document.querySelectorAll('#rows tr')).map(function (tr) {"
                " return [tr.querySelector('th').textContent, tr.querySelector('.small-digits').textContent]; });")
            assert [r[0] for r in rows] == [r.name for r in snap.rooms]
            assert all(r[1].count(":") >= 1 and r[1] != "--:--" for r in rows)
            wall = browser.execute_script("return document.getElementById('wall').textContent")
            zone_now = dt.datetime.now(dt.UTC).astimezone(__import__("zoneinfo").ZoneInfo(snap.workshop.time_zone))
            assert wall in (f"{zone_now:%H:%M}", f"{zone_now - dt.timedelta(minutes=1):%H:%M}")

            person = snap.participants[0]
            browser.get(f"{url}/route/{hub.route_code(person.uuid)}")
            _wait(lambda: browser.execute_script("return document.getElementById('link').textContent") == "Live", 10)
            text = browser.execute_script("return document.body.innerText")
            assert person.name in text and "Round 1: go to" in text
            assert not [p.name for p in snap.participants[1:] if p.name in text and p.name != person.name]
        finally:
            server.stop()
