"""The table models' pydantic validators are never built: the storage stack reads plain rows and
writes through SQLAlchemy, so building them at import (about 10 ms of every start) bought nothing."""

from __future__ import annotations

import subprocess
import sys

from cafe import workshop_file
from cafe.storage import models as m
from cafe.storage.paths import sample_workshop_path


def built(models) -> list[str]:
    return [model.__name__ for model in models if getattr(model, "__pydantic_complete__", True)]


def test_a_workshops_life_through_the_service_never_builds_a_models_validator(service):
    assert built(m.TABLES) == []  # nothing built at import
    workshop_file.load(service, sample_workshop_path())
    snap = service.snapshot()
    room, rnd = snap.rooms[0].uuid, snap.rounds[0].uuid
    service.add_note(room, rnd, "practice", "Flexi visa", attributions=["Bahrain", "ILO"])
    note = next(n for n in service.notes(room, rnd) if n.text == "Flexi visa")
    service.update_note(note.uuid, note.version, text="Flexi visa for domestic workers")
    service.delete_note(note.uuid, note.version + 1)
    service.refresh_snapshot(snap, {"note"})
    assert workshop_file.dump_bytes(service)
    assert service.damaged_rows() == []
    assert built(m.TABLES) == []


def test_a_model_still_validates_when_asked():
    """Deferred, not gone: a validation asked for builds the validator and checks the values (in a
    process of its own, so that the models of this one stay as the app keeps them)."""
    code = ("from cafe.storage import models as m\n"
            "room = m.Room.model_validate({'name': 'Room XXI', 'capacity': 12, 'position': 3})\n"
            "print(room.name, room.capacity, m.Room.__pydantic_complete__, m.Note.__pydantic_complete__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == ["Room", "XXI", "12", "True", "False"]
