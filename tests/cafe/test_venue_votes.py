"""A dot vote on phones: the vote's page, each phone's dots (a cookie tells phones apart), changing
one's mind, refusals that keep what was given, the results once closed, a renewed link."""

from __future__ import annotations

import re

import httpx
from venue_support import SECRET, serving

from cafe.venue.poster import ServicePoster
from cafe.venue.tokens import Tokens


def _lessons(service):
    for title in ("Fair recruitment", "Data <b>sharing</b>", "Local authorities"):
        service.add_lesson(title, "")
    return [lesson.uuid for lesson in service.snapshot().lessons]


def _path(vote_uuid: str, generation: int = 0) -> str:
    return f"/vote/{vote_uuid}/{Tokens(SECRET).derive('vote', f'{vote_uuid}:{generation}')}"


def _given(page: str) -> dict[str, int]:
    return {m.group(1): int(m.group(2)) for m in re.finditer(r'name="dots:([^"]+)"[^>]*value="(\d+)"', page)}


def test_phones_give_their_dots_change_them_and_see_the_results_once_closed(workshop):
    a, b, c = _lessons(workshop)
    vote_uuid = next(iter(workshop.open_vote("lessons", dots=3).uuids))
    poster = ServicePoster(workshop)
    with serving(workshop) as (hub, _server, url):
        hub.set_poster(poster)
        path = _path(vote_uuid)
        with httpx.Client(base_url=url) as one, httpx.Client(base_url=url) as two:
            page = one.get(path)
            assert page.status_code == 200 and "cafe_device" in page.headers["set-cookie"]
            assert "Data &lt;b&gt;sharing&lt;/b&gt;" in page.text and "<b>sharing" not in page.text
            assert _given(page.text) == {a: 0, b: 0, c: 0}
            sent = one.post(path, data={f"dots:{a}": "2", f"dots:{b}": "1", f"dots:{c}": ""})
            assert sent.status_code == 200 and 'id="counted"' in sent.text and "you gave 3 dots" in sent.text
            two.get(path)
            assert two.post(path, data={f"dots:{b}": "3"}).status_code == 200
            # the first phone comes back: its dots are shown, and it changes its mind
            assert _given(one.get(path).text) == {a: 2, b: 1, c: 0}
            assert one.post(path, data={f"dots:{c}": "1"}).status_code == 200
            too_many = one.post(path, data={f"dots:{a}": "3", f"dots:{b}": "3"})
            assert too_many.status_code == 400 and "3 dots in all" in too_many.text
            assert _given(too_many.text) == {a: 3, b: 3, c: 0}  # what was given stays on the page
            vote = next(v for v in workshop.snapshot().votes if v.uuid == vote_uuid)
            assert dict(vote.totals) == {b: 3, c: 1} and vote.voters == 2
            workshop.set_vote(vote_uuid, open=False)
            hub.publish(workshop.snapshot())
            closed = one.get(path).text
            assert "This vote is closed" in closed and "<form" not in closed
            assert closed.index("Data &lt;b&gt;sharing&lt;/b&gt;") < closed.index("Local authorities") \
                < closed.index("Fair recruitment")
            assert one.post(path, data={f"dots:{a}": "1"}).status_code == 200  # the results again, nothing counted
    poster.close()
    vote = next(v for v in workshop.snapshot().votes if v.uuid == vote_uuid)
    assert dict(vote.totals) == {b: 3, c: 1}


def test_a_renewed_vote_link_opens_nothing(workshop):
    a, _b, _c = _lessons(workshop)
    vote_uuid = next(iter(workshop.open_vote("lessons").uuids))
    poster = ServicePoster(workshop)
    with serving(workshop) as (hub, _server, url):
        hub.set_poster(poster)
        old = _path(vote_uuid)
        workshop.set_vote(vote_uuid, renew=True)
        hub.publish(workshop.snapshot())
        assert httpx.get(url + old).status_code == 403
        assert httpx.post(url + old, data={f"dots:{a}": "1"}).status_code == 403
        assert httpx.get(url + _path(vote_uuid, 1)).status_code == 200
        assert httpx.get(f"{url}/vote/{vote_uuid}/AAAAAAAAAAAA").status_code == 403
    poster.close()
    assert workshop.snapshot().votes[0].voters == 0
