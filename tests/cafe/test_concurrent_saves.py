"""Two laptops (real processes) saving the same texts: no save ever replaces a text its author had not seen.

Runs on an SQLite file shared by two processes and, with the test command's
throwaway server, on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter

import pytest
import sqlalchemy as sa

from cafe import workshop_file
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path

PAIRS = 200  # pairs of saves made against one version at the same instant
EDITS = 40  # edits per laptop with random timing


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


def _target(url: str, what: str) -> dict[str, str]:
    service = Service(open_database(url))
    try:
        snap = service.snapshot()
        room, rnd = snap.rooms[1].uuid, snap.rounds[1].uuid
        if what == "note":
            return {"uuid": service.notes(room, rnd)[0].uuid}
        if what == "summary":
            return {"room": room, "round": rnd}
        lesson = snap.lessons[0] if snap.lessons else service.add_lesson("Cross-cutting", "").row
        return {"uuid": lesson.uuid}
    finally:
        service.db.dispose()


def _run(target_fn, args_of) -> list[tuple]:
    from concurrency_worker import gather

    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    procs = [ctx.Process(target=target_fn, args=(*args_of(me), results)) for me in (1, 2)]
    out = gather(procs, results, timeout=240)
    assert [p.exitcode for p in procs] == [0, 0]
    return out


@pytest.mark.parametrize("what", ["note", "summary", "lesson"])
def test_of_two_saves_against_one_version_at_the_same_instant_exactly_one_is_accepted(workshop_url, what):
    from concurrency_worker import same_instant

    target = _target(workshop_url, what)
    barrier = multiprocessing.get_context("spawn").Barrier(2)
    results = _run(same_instant, lambda me: (workshop_url, what, target, me, PAIRS, barrier))
    accepted = Counter(n for n, _me, outcome in results if outcome == "accepted")
    refused = Counter(n for n, _me, outcome in results if outcome == "refused")
    assert len(results) == 2 * PAIRS
    assert all(accepted[n] == 1 and refused[n] == 1 for n in range(PAIRS)), (
        [n for n in range(PAIRS) if accepted[n] != 1][:10])


@pytest.mark.parametrize("what", ["note", "summary", "lesson"])
def test_two_laptops_editing_one_text_with_random_timing_never_overwrite_each_other(workshop_url, what):
    from concurrency_worker import editing

    target = _target(workshop_url, what)
    results = _run(editing, lambda me: (workshop_url, what, target, me, EDITS, 1000 * me + 7))
    saves = [(me, base, new, text) for me, base, new, text in results if base != "conflict"]
    conflicts = [r for r in results if r[1] == "conflict"]
    assert len(saves) == 2 * EDITS
    # every accepted save was made against the version right before it: one unbroken chain,
    # so no save replaced a text its author had not seen
    chain = sorted((new, base) for _me, base, new, _text in saves)
    first = chain[0][1]
    assert [(new, base) for new, base in chain] == [(first + i + 1, first + i) for i in range(len(chain))]
    # and a conflict kept both texts: the save after it holds the other laptop's words and ours
    for _me, _tag, _version, merged in conflicts:
        assert "\n" in merged
    final = Service(open_database(workshop_url))
    try:
        text = (final.get("note", target["uuid"]).text if what == "note" else
                final.get("lesson", target["uuid"]).text if what == "lesson" else
                next(s.text for s in final.snapshot().summaries
                     if s.room_uuid == target["room"] and s.round_uuid == target["round"]))
        last = max(saves, key=lambda s: s[2])
        assert text == last[3]
    finally:
        final.db.dispose()
    assert conflicts, "with random timing over this many edits, the laptops should have met at least once"


def test_a_write_slipped_in_between_the_check_and_the_update_is_caught(workshop_url):
    """Another laptop's write lands after the Service compared the version and before its UPDATE: the
    UPDATE names the version it read, matches no row, and the save is refused with their text (on SQLite
    the write lock refuses it first as a passing failure; the retry then sees their version)."""
    from cafe.service import StaleEdit
    from cafe.storage import models as m
    from cafe.sync.caller import is_transient

    service = Service(open_database(workshop_url))
    snap = service.snapshot()
    note = service.notes(snap.rooms[0].uuid, snap.rounds[0].uuid)[0]
    other = sa.create_engine(sa.engine.make_url(service.db.engine.url))

    done: list[bool] = []

    def theirs(_mapper, _connection, _target):
        if done:
            return
        done.append(True)
        with other.begin() as conn:
            conn.execute(sa.text("UPDATE note SET version = version + 1, text = 'theirs' WHERE uuid = :u"),
                         {"u": note.uuid})

    sa.event.listen(m.Note, "before_update", theirs)
    try:
        try:
            service.update_note(note.uuid, note.version, text="mine")
        except StaleEdit as exc:
            refused = exc
        except sa.exc.OperationalError as exc:
            assert service.db.is_sqlite and is_transient(exc)
            with pytest.raises(StaleEdit) as again:  # what the window's retry gets
                service.update_note(note.uuid, note.version, text="mine")
            refused = again.value
        else:
            pytest.fail("the save replaced a text its author had not seen")
        assert refused.current.text == "theirs"
        assert service.get("note", note.uuid).text == "theirs"
    finally:
        sa.event.remove(m.Note, "before_update", theirs)
        other.dispose()
        service.db.dispose()
