"""Dot votes: opened on the lessons or a theme's key points, dots spread and replaced per device, totals."""

from __future__ import annotations

import pytest

from cafe.plenary.votes import vote_title
from cafe.service_base import ServiceError


def _lessons(service, *titles):
    for title in titles:
        service.add_lesson(title, f"Text of {title}")
    return [lesson.uuid for lesson in service.snapshot().lessons]


def test_a_vote_on_the_lessons_counts_each_devices_dots_and_replaces_them(workshop):
    a, b, c = _lessons(workshop, "Fair recruitment", "Data sharing", "Local authorities")
    vote_uuid = next(iter(workshop.open_vote("lessons", dots=3).uuids))
    vote = workshop.snapshot().votes[0]
    assert vote_title(vote) == "Cross-cutting lessons" and vote.title == "" and vote.open and vote.dots == 3
    assert [text for _u, text in vote.options] == ["Fair recruitment", "Data sharing", "Local authorities"]
    workshop.cast_dots(vote_uuid, "phone-1", {a: 2, b: 1})
    workshop.cast_dots(vote_uuid, "phone-2", {b: 3})
    workshop.cast_dots(vote_uuid, "phone-1", {c: 1})  # changed their mind: only this counts now
    vote = workshop.snapshot().votes[0]
    assert dict(vote.totals) == {b: 3, c: 1} and vote.voters == 2
    assert [(text, n) for _u, text, n in vote.ranked()] == [("Data sharing", 3), ("Local authorities", 1),
                                                           ("Fair recruitment", 0)]
    assert workshop.dots_of(vote_uuid, "phone-1") == {c: 1}


def test_the_options_are_frozen_when_the_vote_opens(workshop):
    (a,) = _lessons(workshop, "Before")
    workshop.open_vote("lessons")
    lesson = workshop.snapshot().lessons[0]
    workshop.update_lesson(lesson.uuid, lesson.version, title="After")
    assert workshop.snapshot().votes[0].options == ((a, "Before"),)


@pytest.mark.parametrize(("dots", "message"), [
    ("unknown", "not in this vote"),
    ("too-many", "3 dots in all"),
    ("negative", "0 or more"),
])
def test_bad_dots_are_refused_and_change_nothing(workshop, dots, message):
    a, b = _lessons(workshop, "One", "Two")
    vote_uuid = next(iter(workshop.open_vote("lessons", dots=3).uuids))
    workshop.cast_dots(vote_uuid, "phone", {a: 1})
    wanted = {"unknown": {"x": 1}, "too-many": {a: 2, b: 2}, "negative": {a: -1}}[dots]
    with pytest.raises(ServiceError, match=message):
        workshop.cast_dots(vote_uuid, "phone", wanted)
    assert workshop.dots_of(vote_uuid, "phone") == {a: 1}


def test_a_closed_or_renewed_vote_refuses_dots(workshop):
    a, = _lessons(workshop, "One")
    vote_uuid = next(iter(workshop.open_vote("lessons").uuids))
    workshop.set_vote(vote_uuid, renew=True)
    with pytest.raises(ServiceError, match="renewed"):
        workshop.cast_dots(vote_uuid, "phone", {a: 1}, generation=0)
    workshop.cast_dots(vote_uuid, "phone", {a: 1}, generation=1)
    workshop.set_vote(vote_uuid, open=False)
    with pytest.raises(ServiceError, match="closed"):
        workshop.cast_dots(vote_uuid, "phone", {a: 2})
    vote = workshop.snapshot().votes[0]
    assert not vote.open and dict(vote.totals) == {a: 1}


def test_nothing_to_vote_on_is_a_sentence(workshop):
    with pytest.raises(ServiceError, match="no cross-cutting lessons"):
        workshop.open_vote("lessons")
    theme = workshop.snapshot().themes[0]
    with pytest.raises(ServiceError, match="no key points"):
        workshop.open_vote(theme.uuid)
    with pytest.raises(ServiceError, match="1 to 10 dots"):
        workshop.open_vote("lessons", dots=0)
    assert workshop.snapshot().votes == ()


def test_a_vote_on_a_themes_key_points(workshop):
    snap = workshop.snapshot()
    theme, rnd = snap.themes[0], snap.rounds[0]
    key = workshop.add_note(theme.room_uuid, rnd.uuid, "practice", "Fee caps").row
    workshop.add_note(theme.room_uuid, rnd.uuid, "practice", "Not key")
    workshop.update_note(key.uuid, key.version, key=True)
    vote_uuid = next(iter(workshop.open_vote(theme.uuid, dots=2).uuids))
    vote = workshop.snapshot().votes[0]
    assert vote_title(vote, workshop.snapshot()) == theme.title and vote.options == ((key.uuid, "Fee caps"),)
    workshop.cast_dots(vote_uuid, "p", {key.uuid: 2})
    workshop.delete_vote(vote_uuid)
    assert workshop.snapshot().votes == ()
