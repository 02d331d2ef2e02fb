"""The shipped sample workshop: it loads, it has the shape of the Geneva format, and it is
exactly what scripts/make_sample_workshop.py writes (so it can never go stale)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from cafe import workshop_file as wf
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.models import NoteCategory, RoundState, StakeholderType
from cafe.storage.paths import sample_workshop_path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_sample_workshop.py"
ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def sample() -> Service:
    service = Service(open_database("sqlite://"))
    wf.load(service, sample_workshop_path())
    return service


@pytest.fixture(scope="module")
def snap(sample):
    return sample.snapshot()


def test_the_committed_sample_is_what_the_script_generates(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("make_sample_workshop", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    out = tmp_path / "sample.json"
    assert script.main(["--output", str(out)]) == 0
    assert out.read_bytes() == sample_workshop_path().read_bytes(), (
        "resources/sample-workshop.json is stale: run scripts/make_sample_workshop.py")
    assert "190 participants" in capsys.readouterr().out


def test_the_sample_round_trips_byte_for_byte(sample):
    assert wf.dump_bytes(sample) == sample_workshop_path().read_bytes()


def test_the_sample_keeps_the_rules(sample):
    assert sample.consistency_problems() == []


def test_the_workshop_is_labelled_a_sample_in_geneva(snap):
    w = snap.workshop
    assert "sample" in w.title.lower() and "global compact for migration" in w.title
    assert w.venue == "Palais des Nations, Geneva" and w.time_zone == "Europe/Zurich"
    assert (w.start_date, w.end_date) == (dt.date(2019, 3, 21), dt.date(2019, 3, 22))
    assert "synthetic" in w.introduction
    assert [d.date for d in snap.days] == [dt.date(2019, 3, 21), dt.date(2019, 3, 22)]


def test_the_agenda_has_the_real_times(snap):
    day_of = {d.uuid: d.date.day for d in snap.days}
    agenda = [(day_of[a.day_uuid], a.kind.value, f"{a.start:%H:%M}–{a.end:%H:%M}") for a in snap.agenda]
    assert agenda == [
        (21, "plenary", "10:00–10:45"), (21, "framing", "10:45–12:00"), (21, "round", "12:00–13:00"),
        (21, "break", "13:00–15:00"), (21, "round", "15:00–16:00"), (21, "break", "16:00–16:15"),
        (21, "round", "16:15–17:15"), (21, "wrap-up", "17:15–18:00"),
        (22, "presentation", "10:00–11:00"), (22, "plenary", "11:00–12:00"), (22, "plenary", "12:00–12:30"),
    ]
    assert [r.number for r in snap.rounds] == [1, 2, 3]


def test_three_themes_in_three_rooms_with_their_hosts(snap):
    assert [r.name for r in snap.rooms] == ["Room XVI", "Room XI", "Room VII"]
    assert len(snap.themes) == 3 and len({t.room_uuid for t in snap.themes}) == 3
    for theme in snap.themes:
        assert theme.short_name and theme.objective_ref.startswith(("Objective", "Guiding"))
        assert 2 <= len(theme.guiding_questions) <= 4
    hosts = defaultdict(list)
    for h in snap.hosts:
        hosts[(h.theme_uuid, h.role.value)].append(h.organisation)
    orgs = [sorted(hosts[(t.uuid, "host")]) for t in snap.themes]
    assert orgs == [["OHCHR"], ["UNDP"], ["ILO", "ILO"]]
    assert all(len(hosts[(t.uuid, "note-taker")]) == 1 for t in snap.themes)


def test_about_190_participants_from_at_least_80_countries(snap):
    people = snap.participants
    assert 180 <= len(people) <= 200
    countries = {p.country for p in people if p.country}
    assert len(countries) >= 80
    assert {"Côte d'Ivoire", "Türkiye", "Bahrain"} <= countries
    kinds = Counter(p.stakeholder_type for p in people)
    assert 140 <= kinds[StakeholderType.state] <= 160
    assert 30 <= len(people) - kinds[StakeholderType.state] <= 50
    assert {StakeholderType.civil_society, StakeholderType.private_sector,
            StakeholderType.international_organisation, StakeholderType.academia} <= set(kinds)
    delegations = Counter(p.delegation for p in people if p.stakeholder_type == StakeholderType.state)
    assert set(delegations.values()) == {1, 2, 3}
    assert any(ARABIC.search(p.name) for p in people)
    assert any(ARABIC.search(p.organisation) for p in people)
    emails = [p.email for p in people] + [h.email for h in snap.hosts]
    assert all(e.endswith("@example.org") for e in emails) and len(set(emails)) == len(emails)


def test_every_participant_is_in_one_of_three_balanced_groups(snap):
    assert [g.name for g in snap.groups] == ["Group A", "Group B", "Group C"]
    members = [m.participant_uuid for m in snap.members]
    assert sorted(members) == sorted(p.uuid for p in snap.participants)
    sizes = Counter(m.group_uuid for m in snap.members).values()
    assert max(sizes) - min(sizes) <= 1


def test_the_rotation_is_a_latin_square(snap):
    grid = {(a.round_uuid, a.group_uuid): a.room_uuid for a in snap.assignments}
    rooms, groups = {r.uuid for r in snap.rooms}, [g.uuid for g in snap.groups]
    assert len(grid) == 9
    for rnd in snap.rounds:
        assert {grid[(rnd.uuid, g)] for g in groups} == rooms  # each room once per round
    for g in groups:
        assert {grid[(r.uuid, g)] for r in snap.rounds} == rooms  # each group sees every room


def test_notes_in_every_room_and_round(sample, snap):
    rooms_by_uuid = {r.uuid: r for r in snap.rooms}
    for room in snap.rooms:
        theme = snap.theme_in_room(room.uuid)
        for rnd in snap.rounds:
            notes = sample.notes(room.uuid, rnd.uuid)
            assert 3 <= len(notes) <= 8, (room.name, rnd.number)
            assert {n.category for n in notes} >= {NoteCategory.opportunity, NoteCategory.challenge,
                                                   NoteCategory.practice}
            assert all(n.theme_uuid == theme.uuid for n in notes)
    notes = sample.notes()
    assert set(rooms_by_uuid) == {n.room_uuid for n in notes}
    assert {"Access to justice:", "Capacity building:", "Regulatory frameworks:"} <= {n.heading for n in notes}
    practices = [n for n in notes if n.category == NoteCategory.practice]
    assert all(n.attributions and n.text.endswith(")") for n in practices)
    texts = {n.text for n in practices}
    assert any(t.endswith("(Philippines and Bahrain)") for t in texts)
    assert any(t.endswith("(ECOWAS)") for t in texts)
    assert any(t.endswith("(IOM working with Germany)") for t in texts)


def test_round_summaries_clocks_and_lessons(sample, snap):
    cells = {(r.uuid, rnd.uuid) for r in snap.rooms for rnd in snap.rounds}
    assert {(s.room_uuid, s.round_uuid) for s in snap.summaries} == cells
    assert all(s.text for s in snap.summaries)
    assert {(rr.room_uuid, rr.round_uuid) for rr in snap.room_rounds} == cells
    assert {rr.state for rr in snap.room_rounds} == {RoundState.scheduled}
    assert all(rr.actual_start is None and rr.deadline is None for rr in snap.room_rounds)
    assert 1 <= len(snap.lessons) <= 2
    note_uuids = {n.uuid for n in sample.notes()}
    assert all(lesson.note_uuids and set(lesson.note_uuids) <= note_uuids for lesson in snap.lessons)
