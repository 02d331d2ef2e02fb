"""Group lists, door signs and route slips: read back from the PDF, every name right."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from cafe import workshop_file
from cafe.people.members import by_name
from cafe.report import printouts
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path

ARABIC_NAME = "مريم عبد الله"


@pytest.fixture(scope="module")
def sample():
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    yield service
    service.db.dispose()


@pytest.fixture(scope="module")
def snap(sample):
    return sample.snapshot()


def pages(data: bytes) -> list[str]:
    """Each page's text, compatibility-normalised (Arabic prints as presentation forms), with
    runs of white space (line and cell breaks) as single spaces."""
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
            for p in PdfReader(io.BytesIO(data)).pages]


def is_arabic(name: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in name)


def words(text: str) -> set[str]:
    return set(text.split())


def test_group_lists_give_each_group_its_members_by_name_with_organisation_and_country(snap):
    text = pages(printouts.group_lists(snap, invariant=True))
    everything = " ".join(text)
    people = {p.uuid: p for p in snap.participants}
    heads = []
    for group in snap.groups:
        members = [people[m.participant_uuid] for m in snap.members if m.group_uuid == group.uuid]
        heads.append(everything.find(f"{group.name} {snap.workshop.title} · {len(members)} members"))
    assert -1 not in heads and heads == sorted(heads)
    for n, group in enumerate(snap.groups):
        body = everything[heads[n]:heads[n + 1] if n + 1 < len(heads) else None]
        members = by_name(people[m.participant_uuid] for m in snap.members if m.group_uuid == group.uuid)
        latin = [p.name for p in members if not is_arabic(p.name)]
        positions = [body.find(name) for name in latin]
        assert -1 not in positions, [n for n, pos in zip(latin, positions) if pos < 0]
        assert positions == sorted(positions)  # in name order, accents aside ("José" before "Joseph")
        assert "Route Round Time Room Theme 1 12:00–13:00 Room" in body
    awa = next(p for p in snap.participants if p.name == "Awa Issoufou")
    assert f"Awa Issoufou {awa.organisation} Côte d'Ivoire" in everything
    assert "Côte d'Ivoire" in everything and "Türkiye" in everything
    assert {"مريم", "عبد", "الله"} <= words(everything)


def test_a_door_sign_per_themed_room_says_who_comes_in_which_round(snap):
    text = pages(printouts.door_signs(snap, invariant=True))
    assert len(text) == 3
    room = snap.rooms[0]
    group_in = {a.round_uuid: a.group_uuid for a in snap.assignments if a.room_uuid == room.uuid}
    names = {g.uuid: g.name for g in snap.groups}
    expected = (f"Room XVI Human rights-based approaches to national implementation plans "
                f"Host: OHCHR (Amina Yusuf) "
                f"Round 1 12:00–13:00 — {names[group_in[snap.rounds[0].uuid]]} "
                f"Round 2 15:00–16:00 — {names[group_in[snap.rounds[1].uuid]]} "
                f"Round 3 16:15–17:15 — {names[group_in[snap.rounds[2].uuid]]}")
    assert text[0] == expected
    assert "Host: ILO (Ingrid Solberg, Kwabena Asante)" in text[2]


def test_one_route_slip_per_participant_in_name_order(snap):
    text = pages(printouts.route_slips(snap, invariant=True))
    everything = " ".join(text)
    assert everything.count("Your route") == len(snap.participants) == 190
    assert len(text) == 19  # ten slips to a page
    latin = [p.name for p in by_name(snap.participants) if not is_arabic(p.name)]
    positions = [everything.find(f" {name} Group ") for name in latin]
    assert -1 not in positions and positions == sorted(positions)
    assert {"مريم", "عبد", "الله"} <= words(text[-1])
    slip = everything.split("Your route")[1]
    assert slip.endswith("Abdoulaye Koné Group A 1 12:00–13:00 Room XVI Human rights 2 15:00–16:00 Room XI "
                         "Regular pathways 3 16:15–17:15 Room VII Fair recruitment ")


def test_route_slips_follow_world_cafe_seats(sample, snap):
    service = Service(open_database("sqlite://"))
    try:
        workshop_file.load(service, sample_workshop_path())
        service.build_world_cafe_seating(seed=1)
        seating = service.seating()
        own = service.snapshot()
        seats = seating.seats
    finally:
        service.db.dispose()
    person = own.participants[0]
    data = printouts.route_slips(own, seats, invariant=True)
    first = pages(data)[0]
    rooms = {r.uuid: r.name for r in own.rooms}
    expected = [rooms[seating.table_of(r, person.uuid)] for r in seating.rounds]
    slip = first.split("Your route")[1]
    assert [w for w in slip.split() if w in ("XVI", "XI", "VII")] == [name.split()[1] for name in expected]
    signs = pages(printouts.door_signs(own, seats, invariant=True))
    assert "(World Café seating)" in signs[0]


def test_nothing_to_print_is_a_sentence_and_writes_nothing(tmp_path, snap):
    import dataclasses

    empty = dataclasses.replace(snap, groups=(), members=(), participants=())
    target = tmp_path / "groups.pdf"
    with pytest.raises(printouts.NothingToPrint, match="no groups yet"):
        printouts.write("group_lists", empty, target)
    with pytest.raises(printouts.NothingToPrint, match="no participants yet"):
        printouts.write("route_slips", empty, target)
    assert list(tmp_path.iterdir()) == []


def test_writing_is_atomic_and_replaces_an_older_file(tmp_path, snap):
    target = tmp_path / "signs.pdf"
    target.write_bytes(b"old")
    assert printouts.write("door_signs", snap, target, invariant=True) == target
    assert target.read_bytes() == printouts.door_signs(snap, invariant=True)
    assert [p.name for p in tmp_path.iterdir()] == ["signs.pdf"]
    with pytest.raises(printouts.PrintoutError, match="Cannot write in"):
        printouts.write("door_signs", snap, tmp_path / "missing" / "x.pdf")


def test_user_text_prints_literally(snap):
    import dataclasses

    person = dataclasses.replace(snap.participants[0], name="<b>Ana & Co</b> <img src='/etc/passwd'/>")
    odd = dataclasses.replace(snap, participants=(person,))
    text = pages(printouts.route_slips(odd, invariant=True))[0]
    assert "<b>Ana & Co</b> <img src='/etc/passwd'/>" in text
