"""Several laptops (real processes) deciding on the same queue of contributions while phones post and
dots are cast: every contribution is decided once, and each accepted one is one note, never two.

Runs on an SQLite file shared by the processes and, with the test command's throwaway server, on
PostgreSQL. Random timing, bounded loops.
"""

from __future__ import annotations

import multiprocessing
import random
import time
import uuid
from collections import Counter

import pytest

from cafe import workshop_file
from cafe.service import Service
from cafe.service_base import ServiceError
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path

LAPTOPS = 4
POSTS = 40


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def workshop_url(request, tmp_path):
    if request.param == "sqlite":
        url = str(tmp_path / "shared.sqlite")
    else:
        url = request.getfixturevalue("pg_database")
    service = Service(open_database(url))
    workshop_file.load(service, sample_workshop_path())
    service.db.dispose()
    return url


def _laptop(url: str, me: int, results) -> None:
    """A note-taker's laptop: accept or dismiss whatever waits in the room's queue, until it is empty
    and the phones are done; also a phone casting dots."""
    service = Service(open_database(url))
    rng = random.Random(me)
    decided: list[tuple[str, str]] = []
    refused = 0
    try:
        snap = service.snapshot()
        room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
        deadline = time.monotonic() + 60
        idle = 0
        while time.monotonic() < deadline and idle < 30:
            waiting = [c for c in service.snapshot().contributions if c.room_uuid == room]
            if not waiting:
                idle += 1
                time.sleep(0.02)
                continue
            idle = 0
            c = rng.choice(waiting)
            time.sleep(rng.uniform(0, 0.01))
            try:
                if rng.random() < 0.75:
                    service.accept_contribution(c.uuid, rnd, note_uuid=str(uuid.uuid4()))
                    decided.append(("accepted", c.uuid))
                else:
                    service.dismiss_contribution(c.uuid)
                    decided.append(("dismissed", c.uuid))
            except ServiceError:
                refused += 1
            votes = service.snapshot().votes
            if votes:
                vote = votes[0]
                service.cast_dots(vote.uuid, f"phone-{me}", {vote.options[rng.randrange(len(vote.options))][0]: 1})
        results.put((me, decided, refused))
    finally:
        service.db.dispose()


def _phones(url: str, results) -> None:
    service = Service(open_database(url))
    rng = random.Random(99)
    try:
        room = service.snapshot().rooms[0].uuid
        for n in range(POSTS):
            service.post_contribution(room, rng.choice(("opportunity", "challenge", "practice")), f"Phone post {n}",
                                      "Kenya", device=f"phone-{n % 7}")
            time.sleep(rng.uniform(0, 0.03))
        results.put(("phones", POSTS, 0))
    finally:
        service.db.dispose()


def test_every_contribution_is_decided_once_and_accepted_ones_are_one_note_each(workshop_url):
    service = Service(open_database(workshop_url))
    service.open_vote("lessons", dots=5)
    service.db.dispose()
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    procs = [ctx.Process(target=_phones, args=(workshop_url, results))]
    procs += [ctx.Process(target=_laptop, args=(workshop_url, me, results)) for me in range(1, LAPTOPS + 1)]
    from concurrency_worker import gather

    outcomes = gather(procs, results, timeout=120)
    assert [p.exitcode for p in procs] == [0] * len(procs) and len(outcomes) == len(procs)
    decided = [d for _me, ds, _r in outcomes if _me != "phones" for d in ds]
    # each contribution decided by exactly one laptop
    by_uuid = Counter(uuid for _state, uuid in decided)
    assert len(by_uuid) == POSTS and set(by_uuid.values()) == {1}, by_uuid.most_common(3)

    service = Service(open_database(workshop_url))
    try:
        snap = service.snapshot()
        assert snap.contributions == ()  # nothing left waiting
        room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
        phone_notes = [n for n in service.notes(room, rnd) if n.text.startswith("Phone post ")]
        accepted = [uuid for state, uuid in decided if state == "accepted"]
        assert len(phone_notes) == len(accepted)
        assert len({n.text for n in phone_notes}) == len(phone_notes)  # no contribution twice in the notes
        vote = snap.votes[0]
        assert vote.voters <= LAPTOPS and sum(vote.totals.values()) == vote.voters  # one dot per phone, replaced
    finally:
        service.db.dispose()
