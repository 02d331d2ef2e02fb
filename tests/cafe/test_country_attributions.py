"""Countries across the workshop: UN names stay whole in note attributions and count together with the
participants' countries, the report prints one spelling, and typed countries and delegations follow the UN names."""

import pytest

from cafe.notes.attributions import parse_trailing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Return programmes (Bosnia and Herzegovina, Trinidad & Tobago)",
         ["Bosnia and Herzegovina", "Trinidad & Tobago"]),
        ("Visa waivers (United Kingdom of Great Britain and Northern Ireland and France)",
         ["United Kingdom of Great Britain and Northern Ireland", "France"]),
        ("Ports (Saint Vincent and the Grenadines and Sao Tome and Principe)",
         ["Saint Vincent and the Grenadines", "Sao Tome and Principe"]),
        ("Accords (Antigua-et-Barbuda et Trinité-et-Tobago)", ["Antigua-et-Barbuda", "Trinité-et-Tobago"]),
        ("Labour mobility (Iran (Islamic Republic of) and Egypt)", ["Iran (Islamic Republic of)", "Egypt"]),
        ("Consular support (Bolivia (Plurinational State of)).", ["Bolivia (Plurinational State of)"]),
        ("A pilot in Iran (Islamic Republic of)", []),  # a name ending the sentence, not who does it
        ("Skills (Viet Nam, Republic of Korea)", ["Viet Nam", "Republic of Korea"]),
    ],
)
def test_un_names_stay_whole(text, expected):
    assert parse_trailing(text) == expected


def test_attributions_and_countries_count_under_one_un_name():
    from cafe.notes.brief import count_citations
    from cafe.plenary.harvest import actor_key

    countries, organisations = count_citations([
        parse_trailing("Fast-track visas (Vietnam and IOM)"), parse_trailing("Hotline (Viet Nam)"),
        parse_trailing("Diaspora bonds (VIET NAM, South Korea)"), parse_trailing("Kosovo pilot (Kosovo)")])
    assert [(c.name, c.count) for c in countries] == [("Viet Nam", 3), ("Kosovo", 1), ("Republic of Korea", 1)]
    assert [(c.name, c.count) for c in organisations] == [("IOM", 1)]
    assert actor_key("Vietnam") == actor_key("Viet Nam") == ("iso:VNM", "Viet Nam")
    assert actor_key("Kosovo")[1] == "Kosovo"


def test_an_existing_workshop_with_common_names_prints_the_un_names(tmp_path):
    """A workshop file written before the UN names (participants from "Vietnam" beside "Viet Nam") still
    loads, and the report's lists print each country once, under its UN name."""
    import json

    from cafe import workshop_file
    from cafe.report.data import report_data
    from cafe.service import Service
    from cafe.storage import paths
    from cafe.storage.db import open_database

    data = json.loads(paths.sample_workshop_path().read_text(encoding="utf-8"))
    people = [p for p in data["participants"] if p["country"] == "Viet Nam"]
    people[0]["country"] = "Vietnam"
    korea = next(p for p in data["participants"] if p["country"] == "Republic of Korea")
    korea["country"] = "South Korea"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    service = Service(open_database("sqlite://"))
    try:
        workshop_file.load(service, path)
        stored = {p.uuid: p.country for p in service.snapshot().participants}
        assert stored[people[0]["uuid"]] == "Vietnam"  # what the file says is kept
        report = report_data(service.snapshot(), service.notes())
    finally:
        service.db.dispose()
    printed = {row.name: row.country for group in report.groups for row in group.participants}
    assert printed[people[0]["name"]] == printed[people[1]["name"]] == "Viet Nam"
    assert printed[korea["name"]] == "Republic of Korea"
    assert "Vietnam" not in printed.values() and "South Korea" not in printed.values()


def test_a_participant_added_by_hand_gets_the_un_name_and_kosovo_stays(workshop):
    for name, country in (("Ana", "Vietnam"), ("Bo", "Kosovo"), ("Cy", "deutschland"), ("Di", "Ivory Cost")):
        workshop.add_participant(name, country=country)
    stored = {p.name: p.country for p in workshop.snapshot().participants}
    assert stored == {"Ana": "Viet Nam", "Bo": "Kosovo", "Cy": "Germany", "Di": "Ivory Cost"}  # no guess applied


def test_groups_keep_one_delegation_apart_whatever_its_spelling(workshop):
    for i, delegation in enumerate(("TÜRKIYE", "Türkiye", "Turkey", "The Netherlands", "Netherlands", "NETHERLANDS")):
        workshop.add_participant(f"P{i}", country="Peru", delegation=delegation)
    workshop.assign_groups(n_groups=3, delegations="apart")
    snap = workshop.snapshot()
    group_of = {m.participant_uuid: m.group_uuid for m in snap.members}
    by_delegation: dict[str, set] = {}
    for p in snap.participants:
        key = "TUR" if p.delegation in ("TÜRKIYE", "Türkiye", "Turkey") else "NLD"
        by_delegation.setdefault(key, set()).add(group_of[p.uuid])
    assert len(by_delegation["TUR"]) == len(by_delegation["NLD"]) == 3
