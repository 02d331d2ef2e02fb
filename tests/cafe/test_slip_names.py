"""Route slips as people read them: names in the order a reader expects, namesakes told apart,
one person's slip on its own, and where a late arrival goes now."""

from __future__ import annotations

import dataclasses
import io
import unicodedata

import pytest
from pypdf import PdfReader

from cafe import workshop_file
from cafe.people import routes
from cafe.people.members import by_name, name_key, namesake_details, participant_code
from cafe.report import printouts
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.models import RoundState
from cafe.storage.paths import sample_workshop_path


def text_of(data: bytes) -> str:
    return " ".join(" ".join(unicodedata.normalize("NFKC", p.extract_text()).split())
                    for p in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def snap():
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    yield service.snapshot()
    service.db.dispose()


def test_names_sort_without_regard_to_accents_and_case():
    names = ["Zoe", "Élodie", "Eddie", "emma", "Łukasz", "Lucas", "Søren", "Sven", "Ólafur", "Oscar", "مريم",
             "Ahmed", "ahmed", "Elodie"]
    assert sorted(names, key=name_key) == ["Ahmed", "ahmed", "Eddie", "Elodie", "Élodie", "emma", "Lucas",
                                           "Łukasz", "Ólafur", "Oscar", "Søren", "Sven", "Zoe", "مريم"]
    # code point order, which this replaces, put Élodie after Zoe
    assert sorted(["Zoe", "Élodie", "Eddie"]) == ["Eddie", "Zoe", "Élodie"]
    # the same name composed or decomposed is the same name
    assert name_key("E\u0301lodie") == name_key("\u00c9lodie")


def test_namesakes_get_organisation_country_and_a_code_that_tells_them_apart():
    P = _Person
    people = [P("aaaaaa11-1", "Ahmed Diallo", "IOM", "Senegal"), P("aaaaaa22-2", "Ahmed  DIALLO", "IOM", "Senegal"),
              P("bbbbbb-3", "Ahmed Diallo", "", "Guinea"), P("cccccc-4", "Amina Diallo", "ILO", "Mali")]
    details = namesake_details(people)
    assert set(details) == {"aaaaaa11-1", "aaaaaa22-2", "bbbbbb-3"}  # Amina has a name of her own
    # the first two share organisation, country and the first six characters of their code
    assert details["aaaaaa11-1"] == "IOM · Senegal · code AAAAAA11"
    assert details["aaaaaa22-2"] == "IOM · Senegal · code AAAAAA22"
    assert details["bbbbbb-3"] == "Guinea · code BBBBBB3"  # namesakes share one code length
    assert participant_code("e0cd86ca-f833-4b68") == "E0CD86"


@dataclasses.dataclass
class _Person:
    uuid: str
    name: str
    organisation: str = ""
    country: str = ""


def _renamed(snap, names: dict[int, tuple[str, str]]):
    """The sample with some participants renamed (index -> (name, organisation))."""
    people = list(snap.participants)
    for i, (name, organisation) in names.items():
        people[i] = dataclasses.replace(people[i], name=name, organisation=organisation)
    return dataclasses.replace(snap, participants=tuple(people))


def test_route_slips_are_in_reading_order_and_namesakes_are_told_apart(snap):
    odd = _renamed(snap, {0: ("Zoe Adams", "UNHCR"), 1: ("Élodie Martin", "OHCHR"), 2: ("Eddie Brown", "ILO"),
                          3: ("Ahmed Diallo", "IOM"), 4: ("Ahmed Diallo", "UNDP")})
    text = text_of(printouts.route_slips(odd, invariant=True))
    assert text.index("Eddie Brown") < text.index("Élodie Martin") < text.index("Zoe Adams")
    expected = [p.name for p in by_name(odd.participants) if not any("\u0600" <= c <= "\u06ff" for c in p.name)]
    positions = [text.find(f" {name} ") for name in expected]
    assert -1 not in positions and positions == sorted(positions)
    first, second = odd.participants[3], odd.participants[4]
    for p in (first, second):
        line = f"Ahmed Diallo {p.organisation} · {p.country} · code {participant_code(p.uuid)}"
        assert line in text
    # nobody else gets a line of details
    assert text.count(" · code ") == 2


def test_one_persons_slip_only_still_telling_them_from_their_namesake(snap):
    odd = _renamed(snap, {3: ("Ahmed Diallo", "IOM"), 4: ("Ahmed Diallo", "UNDP")})
    who = odd.participants[4]
    text = text_of(printouts.route_slips(odd, invariant=True, participants=[who.uuid]))
    assert text.count("Your route") == 1
    assert f"Ahmed Diallo UNDP · {who.country} · code {participant_code(who.uuid)}" in text
    group = next(m.group_uuid for m in odd.members if m.participant_uuid == who.uuid)
    assert next(g.name for g in odd.groups if g.uuid == group) in text
    with pytest.raises(printouts.NothingToPrint, match="no longer in the workshop"):
        printouts.route_slips(odd, participants=["gone"])


def test_write_passes_the_participants_to_route_slips_only(tmp_path, snap):
    who = snap.participants[7]
    target = printouts.write("route_slips", snap, tmp_path / "one.pdf", invariant=True, participants={who.uuid})
    assert text_of(target.read_bytes()).count("Your route") == 1 and who.name in text_of(target.read_bytes())
    with pytest.raises(ValueError, match="cannot be limited"):
        printouts.write("door_signs", snap, tmp_path / "x.pdf", participants={who.uuid})
    assert not (tmp_path / "x.pdf").exists()


def _with_states(snap, states: dict[int, str]):
    """The sample with the clocks of some rounds (by number) in a state in every room."""
    by_number = {r.number: r.uuid for r in snap.rounds}
    wanted = {by_number[n]: s for n, s in states.items()}
    room_rounds = tuple(dataclasses.replace(rr, state=RoundState(wanted[rr.round_uuid]))
                        if rr.round_uuid in wanted else rr for rr in snap.room_rounds)
    return dataclasses.replace(snap, room_rounds=room_rounds)


def test_now_and_next_follow_the_round_clocks(snap):
    who = snap.participants[0]
    route = routes.participant_route(snap, who.uuid)
    now, upcoming = routes.now_and_next(snap, who.uuid)
    assert now is None and upcoming == route[0]  # before the day starts: round 1 is next
    now, upcoming = routes.now_and_next(_with_states(snap, {1: "finished", 2: "running"}), who.uuid)
    assert now == route[1] and upcoming == route[2]
    now, upcoming = routes.now_and_next(_with_states(snap, {1: "finished", 2: "paused"}), who.uuid)
    assert now == route[1]
    now, upcoming = routes.now_and_next(_with_states(snap, {1: "finished", 2: "finished", 3: "running"}), who.uuid)
    assert now == route[2] and upcoming is None
    now, upcoming = routes.now_and_next(_with_states(snap, {1: "finished"}), who.uuid)
    assert now is None and upcoming == route[1]  # between rounds
    # someone in no group has no room: the stops say so
    alone = dataclasses.replace(snap, members=tuple(m for m in snap.members if m.participant_uuid != who.uuid))
    now, upcoming = routes.now_and_next(alone, who.uuid)
    assert upcoming is not None and upcoming.room_uuid is None
