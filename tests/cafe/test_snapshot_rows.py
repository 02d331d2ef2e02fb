"""Snapshots made in bulk from plain rows (:func:`cafe.storage.snapshots.to_snaps`, every read of the
window and the exports) are the same frozen objects the snapshot class makes from an ORM row."""

from __future__ import annotations

import dataclasses

import pytest
from sqlmodel import Session, select

from cafe import workshop_file
from cafe.storage import damage
from cafe.storage.paths import sample_workshop_path
from cafe.storage.snapshots import KINDS, to_snap, to_snaps


def test_bulk_snapshots_equal_those_made_one_by_one_for_every_table(service):
    workshop_file.load(service, sample_workshop_path())
    snap = service.snapshot()
    room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    service.add_note(room, rnd, "practice", "Flexi visa", attributions=["Bahrain", "ILO"])
    service.add_note(room, None, "other", "No round, no theme")
    with Session(service.db.engine) as s:
        got = damage.read_all(s.connection())
        uuid_of = got.uuid_of()
        filled = 0
        for name, kind in KINDS.items():
            bulk = to_snaps(kind, got.rows[name], uuid_of)
            one_by_one = [to_snap(kind, row, uuid_of)
                          for row in s.exec(select(kind.model).order_by(kind.model.id)).all()]
            assert bulk == one_by_one, name
            assert [hash(a) for a in bulk] == [hash(b) for b in one_by_one], name
            assert [dataclasses.replace(a) for a in bulk] == bulk, name
            filled += bool(bulk)
    assert filled >= 12  # the sample fills most tables; the notes above add a list and empty references
    notes = {n.text: n for n in to_snaps(KINDS["note"], got.rows["note"], uuid_of)}
    assert notes["Flexi visa"].attributions == ("Bahrain", "ILO")  # a list becomes a tuple
    assert notes["No round, no theme"].round_uuid is None and notes["No round, no theme"].room_uuid == room
    with pytest.raises(dataclasses.FrozenInstanceError):
        notes["Flexi visa"].text = "changed"  # type: ignore[misc]
