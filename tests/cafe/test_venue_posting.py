"""A room's posting page on 127.0.0.1: tokens, renewal, closing, limits, escaping, nothing typed lost."""

from __future__ import annotations

import concurrent.futures
import re

import httpx
from venue_support import SECRET, serving

from cafe.venue.guard import Limits
from cafe.venue.ops import waiting_in
from cafe.venue.poster import ServicePoster
from cafe.venue.tokens import Tokens

HOSTILE = "<script>alert('x')</script>"


def _link(service, room_uuid: str, generation: int = 0) -> str:
    return f"/room/{room_uuid}/post/{Tokens(SECRET).derive('post', f'{room_uuid}:{generation}')}"


def _form(page: str) -> dict[str, str]:
    return {"uuid": re.search(r'name="uuid" value="([0-9a-f]{32})"', page).group(1)}


def _post(url: str, path: str, **fields) -> httpx.Response:
    return httpx.post(url + path, data=fields, follow_redirects=False)


def test_a_phone_posts_a_practice_into_its_rooms_queue_once(workshop):
    room = workshop.snapshot().rooms[0].uuid
    poster = ServicePoster(workshop)
    with serving(workshop) as (hub, _server, url):
        hub.set_poster(poster)
        path = _link(workshop, room)
        page = httpx.get(url + path)
        assert page.status_code == 200 and 'name="category" value="practice"' in page.text
        assert "Theme 1" in page.text and "Question 1.1" in page.text
        fields = {"category": "practice", "text": "Bilateral agreements with fee caps",
                  "countries": "Philippines, Kenya", "name": "Amina", **_form(page.text)}
        sent = _post(url, path, **fields)
        assert sent.status_code == 303 and sent.headers["location"] == path + "?sent=1"
        again = _post(url, path, **fields)  # the same form sent twice (a double tap, the back button)
        assert again.status_code == 303
        thanks = httpx.get(url + sent.headers["location"]).text
        assert 'id="sent"' in thanks
    poster.close()
    waiting = waiting_in(workshop.snapshot(), room)
    assert [(c.category, c.text, c.countries, c.name) for c in waiting] == [
        ("practice", "Bilateral agreements with fee caps", ("Philippines", "Kenya"), "Amina")]


def test_a_wrong_or_renewed_link_opens_nothing_and_posts_nothing(workshop):
    room, other = (r.uuid for r in workshop.snapshot().rooms[:2])
    poster = ServicePoster(workshop)
    with serving(workshop) as (hub, _server, url):
        hub.set_poster(poster)
        old = _link(workshop, room)
        assert httpx.get(url + _link(workshop, other).replace(other, room, 1)).status_code == 403  # another room's token
        assert httpx.get(f"{url}/room/{room}/post/AAAAAAAAAAAA").status_code == 403
        workshop.set_posting([room], renew=True)
        hub.publish(workshop.snapshot())
        refused = _post(url, old, category="practice", text="Through the old link", uuid="a" * 32)
        assert refused.status_code == 403 and "renewed" in refused.text
        new = _link(workshop, room, 1)
        assert _post(url, new, category="practice", text="Through the new link", uuid="b" * 32).status_code == 303
    poster.close()
    assert [c.text for c in workshop.snapshot().contributions] == ["Through the new link"]


def test_a_closed_room_says_so_and_takes_nothing(workshop):
    room = workshop.snapshot().rooms[0].uuid
    poster = ServicePoster(workshop)
    workshop.set_posting([room], open=False)
    with serving(workshop) as (hub, _server, url):
        hub.set_poster(poster)
        path = _link(workshop, room)
        page = httpx.get(url + path).text
        assert 'id="closed"' in page and "<form" not in page
        assert _post(url, path, category="practice", text="Late", uuid="c" * 32).status_code == 200
    poster.close()
    assert workshop.snapshot().contributions == ()


def test_a_refused_post_shows_why_and_keeps_everything_typed_escaped(workshop):
    room = workshop.snapshot().rooms[0].uuid
    poster = ServicePoster(workshop)
    with serving(workshop) as (hub, _server, url):
        hub.set_poster(poster)
        path = _link(workshop, room)
        refused = _post(url, path, category="", text=HOSTILE, countries="Kenya & <b>Ghana</b>", name="Eve",
                        uuid="d" * 32)
        assert refused.status_code == 400
        assert "opportunity, a challenge or a practice" in refused.text
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</textarea>" in refused.text
        assert 'value="Kenya &amp; &lt;b&gt;Ghana&lt;/b&gt;"' in refused.text and 'value="Eve"' in refused.text
        assert "<script>alert" not in refused.text
        ok = _post(url, path, category="challenge", text=HOSTILE, uuid="d" * 32)
        assert ok.status_code == 303
    poster.close()
    assert [c.text for c in workshop.snapshot().contributions] == [HOSTILE]


def test_limits_per_device_on_rate_and_size(workshop):
    room = workshop.snapshot().rooms[0].uuid
    poster = ServicePoster(workshop)
    with serving(workshop, limits=Limits(posts_per_minute=2, post_burst=2, max_post=2048)) as (hub, _server, url):
        hub.set_poster(poster)
        path = _link(workshop, room)
        codes = [_post(url, path, category="practice", text=f"Item {i}", uuid=f"{i:032x}").status_code
                 for i in range(3)]
        assert codes == [303, 303, 429]
        too_big = httpx.post(url + path, content=b"text=" + b"x" * 3000,
                             headers={"content-type": "application/x-www-form-urlencoded"})
        assert too_big.status_code == 413
        assert httpx.request("PUT", url + path, content=b"x").status_code == 405
        assert httpx.post(f"{url}/room/{room}", content=b"x").status_code == 405
    poster.close()
    assert len(workshop.snapshot().contributions) == 2


def test_when_the_app_does_not_answer_the_text_stays_on_the_phone(workshop):
    room = workshop.snapshot().rooms[0].uuid

    def broken(_kwargs):
        future: concurrent.futures.Future = concurrent.futures.Future()
        future.set_exception(OSError("database is locked"))
        return future

    with serving(workshop) as (hub, _server, url):
        hub.set_poster(broken)
        path = _link(workshop, room)
        answer = _post(url, path, category="practice", text="Keep me", countries="Chad", uuid="e" * 32)
        assert answer.status_code == 503
        assert ">Keep me</textarea>" in answer.text and 'value="Chad"' in answer.text
        hub.set_poster(None)
        assert "not taking contributions" in httpx.get(url + path).text
    assert workshop.snapshot().contributions == ()
