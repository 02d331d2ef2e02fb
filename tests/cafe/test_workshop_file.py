"""The workshop file: canonical output, exact round trips, and every kind of bad file refused
with a message that names the place, leaving the database untouched."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import os
import stat
import uuid as uuid_mod
from pathlib import Path

import jsonschema
import pytest

from cafe import workshop_file as wf
from cafe import workshop_file_format
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.models import NoteCategory, RoundState, StakeholderType
from cafe.storage.snapshots import KINDS

UTC = dt.UTC


def new_service() -> Service:
    return Service(open_database("sqlite://"))


def is_empty(service: Service) -> bool:
    return all(not rows for rows in service.export_rows().values())


def _uuid(n: int) -> str:
    return str(uuid_mod.UUID(int=n, version=4))


def build_edited_workshop() -> Service:
    """A small workshop set up through the service, edited, then given the rows the service
    has no actions for (people, rotation, notes, …) with awkward values: microseconds,
    seconds in a time, a tombstone, a paused clock, text in several scripts."""
    draft = new_service()
    w = draft.create_workshop("Café « test »", venue="Genève", time_zone="Europe/Zurich",
                              start_date=dt.date(2019, 3, 21)).row
    draft.update_workshop(w.uuid, w.version, end_date=dt.date(2019, 3, 22), introduction="Line one\nLine two")
    day = draft.snapshot().days[0]
    room_a = draft.add_room("Room XVI", 80).row
    room_b = draft.add_room("Room XI").row
    draft.add_agenda_item(day.uuid, "plenary", dt.time(10), dt.time(10, 45), "Opening")
    draft.add_agenda_item(day.uuid, "round", dt.time(12), dt.time(13), "Round 1")
    item = draft.add_agenda_item(day.uuid, "round", dt.time(15), dt.time(16), "Round 2").row
    draft.update_agenda_item(item.uuid, item.version, start=dt.time(15, 0, 30), warning_minutes=5)
    theme_a = draft.add_theme("Human rights", "HR", room_a.uuid, "Objective 7", ["Who?", "How?"]).row
    theme_b = draft.add_theme("Pathways", "", room_b.uuid).row
    draft.update_theme(theme_b.uuid, theme_b.version, title="Regular pathways", guiding_questions=["Which?"])
    draft.update_room(room_b.uuid, room_b.version, name="Room XI (annex)")
    draft.add_host("Amina Yusuf", "OHCHR", theme_a.uuid)
    draft.add_host("Tomás Novak", "Secretariat", theme_b.uuid, "note-taker")

    rows = draft.export_rows()
    rounds = sorted(rows["round"], key=lambda r: r.number)
    people = [KINDS["participant"].snap(uuid=_uuid(100 + i), version=1, name=name, organisation=org, country=c,
                                        stakeholder_type=st, delegation=c, email=f"p{i}@example.org")
              for i, (name, org, c, st) in enumerate([
                  ("مريم عبد الله", "Permanent Mission", "Bahrain", StakeholderType.state),
                  ("Ayşe Yılmaz", "Ministry of Labour", "Türkiye", StakeholderType.state),
                  ("Adjoua Kouamé", "Réseau \"Migration\"", "Côte d'Ivoire", StakeholderType.civil_society)])]
    groups = [KINDS["group"].snap(uuid=_uuid(200 + i), version=1, name=f"Group {x}", position=i)
              for i, x in enumerate("AB")]
    members = [KINDS["group_member"].snap(uuid=_uuid(300 + i), group_uuid=groups[i % 2].uuid,
                                          participant_uuid=p.uuid, pinned=i == 0) for i, p in enumerate(people)]
    rooms = [room_a, room_b]
    assignments = [KINDS["assignment"].snap(uuid=_uuid(400 + 2 * r + g), round_uuid=rnd.uuid,
                                            group_uuid=groups[g].uuid, room_uuid=rooms[(g + r) % 2].uuid)
                   for r, rnd in enumerate(rounds) for g in range(2)]
    started = dt.datetime(2019, 3, 21, 11, 0, 0, 123456, tzinfo=UTC)
    room_rounds = [KINDS["room_round"].snap(
        uuid=_uuid(500), version=3, round_uuid=rounds[0].uuid, room_uuid=room_a.uuid, state=RoundState.paused,
        actual_start=started, actual_end=None, deadline=started + dt.timedelta(hours=1),
        paused_remaining_s=1234.5678, message="Back in 5 minutes")]
    notes = [KINDS["note"].snap(
        uuid=_uuid(600 + i), version=1 + i, room_uuid=room, theme_uuid=theme, round_uuid=rnd,
        category=cat, heading=heading, text=text, attributions=attrs, position=pos,
        created_at=started + dt.timedelta(minutes=i, microseconds=i), updated_at=started + dt.timedelta(minutes=i),
        deleted_at=deleted)
        for i, (room, theme, rnd, cat, heading, text, attrs, pos, deleted) in enumerate([
            (room_a.uuid, theme_a.uuid, rounds[0].uuid, NoteCategory.practice, "Capacity building:",
             "Flexi visa system (Philippines and Bahrain)", ("Philippines", "Bahrain"), 0, None),
            (room_a.uuid, theme_a.uuid, rounds[0].uuid, NoteCategory.opportunity, "", "Line\nbreak & <tag>", (), 0,
             None),
            (room_a.uuid, None, None, NoteCategory.other, "", "Before the rounds", (), 0, None),
            (room_b.uuid, theme_b.uuid, rounds[1].uuid, NoteCategory.challenge, "", "Deleted", (), 1,
             started + dt.timedelta(hours=2)),
        ])]
    summaries = [KINDS["round_summary"].snap(uuid=_uuid(700), version=2, room_uuid=room_a.uuid,
                                             round_uuid=rounds[0].uuid, text="Group A built on …", draft=True,
                                             updated_at=started)]
    lessons = [KINDS["lesson"].snap(uuid=_uuid(800), version=1, title="Capacity", text="Everywhere",
                                    note_uuids=(notes[0].uuid,), position=0)]
    rows.update(participant=people, group=groups, group_member=members, assignment=assignments,
                room_round=room_rounds, note=notes, round_summary=summaries, lesson=lessons)
    service = new_service()
    service.import_rows(rows)
    return service


@pytest.fixture(scope="module")
def edited_bytes() -> bytes:
    return wf.dump_bytes(build_edited_workshop())


@pytest.fixture
def doc(edited_bytes) -> dict:
    return json.loads(edited_bytes)


def refused(source, *, service: Service | None = None, replace: bool = False) -> wf.WorkshopFileError:
    """Load ``source`` and return the error; the database must be exactly as before."""
    service = service or new_service()
    before = service.export_rows()
    with pytest.raises(wf.WorkshopFileError) as info:
        wf.load(service, source, replace=replace)
    assert service.export_rows() == before
    return info.value


def encode(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode()


# -- writing and round trips -------------------------------------------------------------------------
def test_round_trip_of_an_edited_workshop_is_byte_identical(edited_bytes):
    service = new_service()
    wf.load(service, edited_bytes)
    assert wf.dump_bytes(service) == edited_bytes


def test_output_is_canonical(edited_bytes, doc):
    text = edited_bytes.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "مريم عبد الله" in text and "\\u" not in text  # UTF-8, not escaped
    assert list(doc) == ["format", "format_version", "workshop", "days", "rooms", "agenda", "themes", "hosts",
                         "participants", "groups", "group_members", "rounds", "room_rounds", "assignments",
                         "notes", "round_summaries", "lessons"]
    assert doc["format"] == "knowledge-cafe-workshop" and doc["format_version"] == 2
    for section, kind in wf.SECTIONS.items():
        objs = [doc[section]] if section == "workshop" else doc[section]
        for obj in objs:
            optional = wf.OPTIONAL_FIELDS.get(kind, {})  # written only when not their default
            assert list(obj) == [wf.file_key(c) for c in KINDS[kind].columns
                                 if c not in optional or wf.file_key(c) in obj]
    assert json.dumps(doc, indent=2, ensure_ascii=False) + "\n" == text


def test_values_are_written_in_the_documented_forms(doc):
    agenda = {a["title"]: a for a in doc["agenda"]}
    assert agenda["Opening"]["start"] == "10:00"
    assert agenda["Round 2"]["start"] == "15:00:30"
    assert doc["workshop"]["start_date"] == "2019-03-21"
    assert doc["room_rounds"][0]["actual_start"] == "2019-03-21T11:00:00.123456Z"
    assert doc["room_rounds"][0]["deadline"] == "2019-03-21T12:00:00.123456Z"
    assert doc["room_rounds"][0]["state"] == "paused"
    assert {h["role"] for h in doc["hosts"]} == {"host", "note-taker"}
    assert "civil society" in {p["stakeholder_type"] for p in doc["participants"]}
    rooms = {r["name"]: r["uuid"] for r in doc["rooms"]}
    assert {t["title"]: t["room"] for t in doc["themes"]}["Human rights"] == rooms["Room XVI"]


def test_rows_are_sorted_deterministically(doc):
    assert [r["name"] for r in doc["rooms"]] == ["Room XVI", "Room XI (annex)"]
    assert [a["title"] for a in doc["agenda"]] == ["Opening", "Round 1", "Round 2"]
    assert [r["number"] for r in doc["rounds"]] == [1, 2]
    room_order = [r["uuid"] for r in doc["rooms"]]
    note_rooms = [room_order.index(n["room"]) for n in doc["notes"]]
    assert note_rooms == sorted(note_rooms)
    first_room = [n for n in doc["notes"] if n["room"] == room_order[0]]
    assert first_room[0]["round"] is None  # notes outside any round come first
    assert [n["category"] for n in first_room[1:]] == ["opportunity", "practice"]


def test_the_order_of_rows_in_the_input_does_not_change_the_output(doc, edited_bytes):
    shuffled = copy.deepcopy(doc)
    for section in wf.SECTIONS:
        if section != "workshop":
            shuffled[section].reverse()
    service = new_service()
    wf.load(service, encode(shuffled))
    assert wf.dump_bytes(service) == edited_bytes


def test_write_is_atomic_and_keeps_the_mode_of_the_file_it_replaces(tmp_path, edited_bytes):
    service = new_service()
    wf.load(service, edited_bytes)
    target = tmp_path / "workshop.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    wf.write(service, target)
    assert target.read_bytes() == edited_bytes
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["workshop.json"]


def test_write_into_a_missing_folder_is_a_clear_error(tmp_path, edited_bytes):
    service = new_service()
    wf.load(service, edited_bytes)
    with pytest.raises(wf.WorkshopFileError, match=r"^nope\.json: cannot be written"):
        wf.write(service, tmp_path / "missing" / "nope.json")


def test_dumping_an_empty_database_is_refused():
    with pytest.raises(wf.WorkshopFileError, match=r"\$\.workshop: the database holds 0 workshops"):
        wf.dump_bytes(new_service())


# -- reading --------------------------------------------------------------------------------------
def test_optional_fields_may_be_omitted_and_are_then_written_with_their_defaults():
    minimal = {
        "format": "knowledge-cafe-workshop", "format_version": 1,
        "workshop": {"uuid": _uuid(1)},
        "days": [{"uuid": _uuid(2), "date": "2019-03-21"}],
        "rooms": [{"uuid": _uuid(3), "name": "Room XVI"}],
        "agenda": [{"uuid": _uuid(4), "day": _uuid(2), "kind": "round", "start": "12:00", "end": "13:00"}],
        "rounds": [{"uuid": _uuid(5), "agenda_item": _uuid(4), "number": 1}],
        "notes": [{"uuid": _uuid(6), "room": _uuid(3)}],
    }
    rows = wf.read_rows(encode(minimal))
    assert rows["note"][0].category == NoteCategory.other and rows["note"][0].version == 1
    assert rows["note"][0].created_at.tzinfo is not None
    assert rows["workshop"][0].time_zone == "UTC"
    service = new_service()
    wf.load(service, encode(minimal))
    out = json.loads(wf.dump_bytes(service))
    assert out["rooms"][0] == {"uuid": _uuid(3), "version": 1, "name": "Room XVI", "capacity": None,
                               "position": 0}
    assert out["hosts"] == [] and out["agenda"][0]["room"] is None


def test_read_rows_returns_snapshots_keyed_by_kind(edited_bytes, tmp_path):
    rows = wf.read_rows(edited_bytes)
    assert set(rows) == set(KINDS)
    path = tmp_path / "w.json"
    path.write_bytes(edited_bytes)
    assert wf.read_rows(path) == rows == wf.read_rows(str(path))
    note = next(n for n in rows["note"] if n.deleted_at is not None)
    assert note.deleted_at == dt.datetime(2019, 3, 21, 13, 0, 0, 123456, tzinfo=UTC)
    assert isinstance(rows["theme"][0].guiding_questions, tuple)


def test_a_byte_order_mark_is_accepted(edited_bytes):
    service = new_service()
    wf.load(service, b"\xef\xbb\xbf" + edited_bytes)
    assert wf.dump_bytes(service) == edited_bytes


def test_loading_into_a_database_that_holds_a_workshop_is_refused_without_replace(edited_bytes):
    service = new_service()
    service.create_workshop("Already here")
    err = refused(edited_bytes, service=service)
    assert err.errors == ["$: This database already holds a workshop; use a new file, or replace it."]


def test_replace_swaps_the_whole_workshop(edited_bytes):
    service = new_service()
    service.create_workshop("Already here")
    wf.load(service, edited_bytes, replace=True)
    assert wf.dump_bytes(service) == edited_bytes


def test_a_bad_file_with_replace_leaves_the_old_workshop(doc):
    service = new_service()
    service.create_workshop("Already here")
    doc["agenda"][0]["start"] = "25:00"
    refused(encode(doc), service=service, replace=True)
    assert service.snapshot().workshop.title == "Already here"


# -- bad files: each refused, each message naming the place ----------------------------------------
def test_not_json_gives_line_and_column():
    data = b'{"format": "knowledge-cafe-workshop",\n  "format_version": 1\n  "workshop": {}}'
    assert refused(data).errors == ["line 3, column 3: not valid JSON (Expecting ',' delimiter)"]


def test_an_empty_file_is_refused():
    assert refused(b"  \n").errors == ["line 1, column 1: the file is empty"]


def test_non_utf8_bytes_give_the_byte_offset(edited_bytes):
    at = edited_bytes.index(b"Opening")
    data = edited_bytes[:at] + b"\xff" + edited_bytes[at:]
    line = edited_bytes[:at].count(b"\n") + 1
    [message] = refused(data).errors
    assert message.startswith(f"line {line}, column ")
    assert f"not UTF-8 text (byte 0xff at byte offset {at})" in message


@pytest.mark.parametrize("token, message", [
    ("NaN", "NaN is not allowed (JSON has no NaN or Infinity)"),
    ("Infinity", "Infinity is not allowed (JSON has no NaN or Infinity)"),
    ("-Infinity", "-Infinity is not allowed (JSON has no NaN or Infinity)"),
    ("1e999", "1e999 is too large a number"),
])
def test_nan_and_infinity_are_refused_with_their_path(edited_bytes, token, message):
    text = edited_bytes.decode().replace('"paused_remaining_s": 1234.5678', f'"paused_remaining_s": {token}')
    assert refused(text.encode()).errors == [f"$.room_rounds[0].paused_remaining_s: {message}"]


def test_recursion_deep_json_is_refused():
    data = b'{"format": "knowledge-cafe-workshop", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert refused(data).errors == ["$: the JSON is nested far too deeply to be a workshop file"]


def test_moderately_deep_json_is_refused_at_its_place(doc):
    nested: list = []
    for _ in range(40):
        nested = [nested]
    doc["themes"][0]["guiding_questions"] = nested
    [message] = refused(encode(doc)).errors
    assert message.startswith("$.themes[0].guiding_questions[0][0]") and "nested more than 32 levels" in message


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(workshop_file_format.MAX_BYTES + 1)  # sparse: no disk or memory is spent
    assert refused(path).errors == ["huge.json: the file is 200 MB; workshop files larger than 200 MB are refused"]


def test_bytes_over_the_size_limit_are_refused(monkeypatch, edited_bytes):
    monkeypatch.setattr(workshop_file_format, "MAX_BYTES", 1000)
    [message] = refused(edited_bytes).errors
    assert "workshop files larger than 0 MB are refused" in message


def test_a_missing_file_names_itself(tmp_path):
    [message] = refused(tmp_path / "gone.json").errors
    assert message == "gone.json: cannot be read (No such file or directory)"


@pytest.mark.parametrize("data, message", [
    (b"[1, 2]", "$: a workshop file holds a JSON object, not a list"),
    (b'{"title": "x"}', '$.format: not a Knowledge Café workshop file (expected "knowledge-cafe-workshop"; '
                        'it has no "format")'),
    (b'{"format": "docx"}', '$.format: not a Knowledge Café workshop file (expected "knowledge-cafe-workshop"; '
                            'found "docx")'),
    (b'{"format": "knowledge-cafe-workshop", "format_version": 3}',
     "$.format_version: written by a newer version of Knowledge Café (format version 3; this version reads up "
     "to 2); update the app to open it"),
    (b'{"format": "knowledge-cafe-workshop", "format_version": "1"}',
     '$.format_version: expected 1 or 2 (found "1")'),
    (b'{"format": "knowledge-cafe-workshop"}', "$.format_version: expected 1 or 2 (missing)"),
])
def test_wrong_format_or_version(data, message):
    assert refused(data).errors == [message]


def test_every_schema_violation_is_reported_sorted_by_path(doc):
    doc["themes"][1]["colour"] = "red"
    doc["agenda"][0]["start"] = "25:00"
    doc["rooms"][1]["name"] = 5
    doc["rooms"][0]["capacity"] = 0
    del doc["participants"][2]["name"]
    doc["notes"][0]["category"] = "idea"
    doc["workshop"]["auto_start_next"] = "yes"
    doc["lessons"][0]["note_uuids"] = ["not-a-uuid"]
    doc["rounds"][0]["number"] = 10**12
    err = refused(encode(doc))
    assert err.errors == [
        '$.agenda[0].start: "25:00" is not a time HH:MM',
        '$.lessons[0].note_uuids[0]: "not-a-uuid" is not a uuid (8-4-4-4-12 lowercase hexadecimal digits)',
        '$.notes[0].category: "idea" is not one of "opportunity", "challenge", "practice", "other"',
        "$.participants[2].name: required field is missing",
        "$.rooms[0].capacity: 0 is less than the minimum of 1",
        "$.rooms[1].name: 5 is not a string",
        "$.rounds[0].number: 1000000000000 is more than the maximum of 2147483647",
        "$.themes[1].colour: unknown field (expected one of: uuid, version, title, short_name, objective_ref, "
        "guiding_questions, room, summary, position)",
        '$.workshop.auto_start_next: "yes" is not true or false',
    ]


def test_many_errors_are_all_kept_but_str_shows_twenty(doc):
    for p in doc["participants"]:
        p["stakeholder_type"] = "alien"
    doc["participants"] = doc["participants"] * 9  # 27 rows, one error each
    err = refused(encode(doc))
    assert len(err.errors) == 27
    lines = str(err).splitlines()
    assert len(lines) == 21 and lines[-1] == "… and 7 more"


def test_messages_begin_with_the_file_name(tmp_path, doc):
    doc["agenda"][0]["start"] = "25:00"
    path = tmp_path / "setup.json"
    path.write_bytes(encode(doc))
    assert refused(path).errors == ['setup.json: $.agenda[0].start: "25:00" is not a time HH:MM']
    assert refused(str(path)).errors == ['setup.json: $.agenda[0].start: "25:00" is not a time HH:MM']


def test_impossible_dates_and_instants(doc):
    doc["days"][0]["date"] = "2019-02-30"
    doc["notes"][0]["created_at"] = "2019-02-29T10:00:00Z"
    assert refused(encode(doc)).errors == [
        '$.days[0].date: "2019-02-30" is not a valid date',
        '$.notes[0].created_at: "2019-02-29T10:00:00Z" is not a valid instant',
    ]


def test_dangling_references(doc):
    ghost = _uuid(999)
    doc["themes"][1]["room"] = ghost
    doc["group_members"][0]["participant"] = doc["groups"][0]["uuid"]
    doc["lessons"][0]["note_uuids"].append(ghost)
    assert refused(encode(doc)).errors == [
        f'$.group_members[0].participant: unknown participant uuid "{doc["groups"][0]["uuid"]}" '
        "(that uuid is a group)",
        f'$.lessons[0].note_uuids[1]: unknown note uuid "{ghost}"',
        f'$.themes[1].room: unknown room uuid "{ghost}"',
    ]


def test_duplicate_uuids(doc):
    doc["rooms"][1]["uuid"] = doc["rooms"][0]["uuid"]
    doc["participants"][0]["uuid"] = doc["days"][0]["uuid"]
    errors = refused(encode(doc)).errors
    assert f'$.participants[0].uuid: duplicate uuid "{doc["days"][0]["uuid"]}" (also used by $.days[0])' in errors
    assert f'$.rooms[1].uuid: duplicate uuid "{doc["rooms"][0]["uuid"]}" (also used by $.rooms[0])' in errors


def test_duplicate_keys_are_refused(edited_bytes):
    text = edited_bytes.decode().replace('"name": "Room XVI",', '"name": "Room XVI", "name": "Room X",', 1)
    assert refused(text.encode()).errors == ['$.rooms[0]: the key "name" appears more than once']


def test_nul_and_lone_surrogates_are_refused(doc):
    doc["rooms"][0]["name"] = "Room\u0000XVI"
    text = encode(doc).decode().replace('"Human rights"', '"Human \\ud800rights"')
    errors = refused(text.encode()).errors
    assert errors == ["$.rooms[0].name: contains a NUL character (\\u0000)",
                      "$.themes[0].title: contains an unpaired surrogate (\\ud800–\\udfff), which is not text"]


BIG = "k" * 1_000_000  # one megabyte of text where a key or a value is expected


@pytest.mark.parametrize("damage", [
    "unknown key in a row", "unknown key at the top", "long name of the wrong type", "long enum value",
    "long time", "long date", "long instant", "long uuid", "long reference", "long time zone", "long format",
    "long format version", "duplicate long key", "huge float", "huge integer", "deep long keys",
    "NUL under a long key", "long duplicate room name", "long key in a nested list", "long unicode key",
])
def test_errors_are_short_however_long_the_input(doc, damage):
    def put(obj, key, value):
        obj[key] = value
        return encode(doc)

    data = {
        "unknown key in a row": lambda: put(doc["rooms"][0], BIG, 1),
        "unknown key at the top": lambda: put(doc, BIG, 1),
        "long name of the wrong type": lambda: put(doc["rooms"][0], "name", [BIG]),
        "long enum value": lambda: put(doc["notes"][0], "category", BIG),
        "long time": lambda: put(doc["agenda"][0], "start", BIG),
        "long date": lambda: put(doc["days"][0], "date", BIG),
        "long instant": lambda: put(doc["notes"][0], "created_at", BIG),
        "long uuid": lambda: put(doc["rooms"][0], "uuid", BIG),
        "long reference": lambda: put(doc["themes"][0], "room", BIG),
        "long time zone": lambda: put(doc["workshop"], "time_zone", BIG),
        "long format": lambda: put(doc, "format", BIG),
        "long format version": lambda: put(doc, "format_version", BIG),
        "duplicate long key": lambda: encode(doc).replace(b'"name": "Room XVI"',
                                                          f'"{BIG}": 1, "{BIG}": 2, "name": "Room XVI"'.encode()),
        "huge float": lambda: encode(doc).replace(b'"paused_remaining_s": 1234.5678',
                                                  b'"paused_remaining_s": 1' + b"0" * 1_000_000 + b".5"),
        "huge integer": lambda: encode(doc).replace(b'"capacity": 80', b'"capacity": ' + b"9" * 1_000_000),
        "deep long keys": lambda: put(doc, "x", functools.reduce(lambda inner, i: {f"{i}{'x' * 50_000}": inner},
                                                                 range(40), {})),
        "NUL under a long key": lambda: put(doc["rooms"][0], BIG, "a\u0000b"),
        "long duplicate room name": lambda: [put(room, "name", BIG) for room in doc["rooms"]][-1],
        "long key in a nested list": lambda: put(doc["themes"][0], "guiding_questions", [{BIG: [BIG]}]),
        "long unicode key": lambda: put(doc["rooms"][0], "é" * 1_000_000, 1),
    }[damage]()
    error = refused(data)
    assert error.errors
    assert all(len(message) <= 400 for message in error.errors), [len(m) for m in error.errors]
    assert len(str(error)) <= 21 * 400
    assert "…" in str(error)


def test_long_keys_in_a_path_are_cut_and_long_paths_keep_both_ends():
    assert workshop_file_format.json_path(("rooms", 0, "k" * 50)) == f'$.rooms[0]["{"k" * 39}…"]'
    assert workshop_file_format.json_path(("rooms", 0, "k" * 40)) == f'$.rooms[0].{"k" * 40}'
    long = workshop_file_format.json_path(["a" * 39] * 20 + ["end"])
    assert len(long) == workshop_file_format.PATH_LIMIT
    assert long.startswith("$.aaa") and long.endswith(".end") and "…" in long


def test_an_agenda_item_must_end_after_it_starts(doc):
    doc["agenda"][0]["end"] = "09:00"
    assert refused(encode(doc)).errors == ['$.agenda[0].end: agenda item "Opening" ends at 09:00, '
                                           "not after it starts (10:00)"]


def test_two_themes_in_one_room(doc):
    doc["themes"][1]["room"] = doc["themes"][0]["room"]
    assert refused(encode(doc)).errors == ['$.themes[1].room: room "Room XVI" already hosts theme '
                                           '"Human rights" ($.themes[0])']


def test_a_group_twice_in_a_round_and_a_room_twice_in_a_round(doc):
    first, second = doc["assignments"][0], doc["assignments"][1]
    assert first["round"] == second["round"] and first["group"] != second["group"]
    group = second["group"]
    second["group"] = first["group"]
    errors = refused(encode(doc)).errors
    assert errors == ['$.assignments[1].group: group "Group A" is already in room "Room XVI" in round 1 '
                      "($.assignments[0])"]
    second["group"], second["room"] = group, first["room"]
    errors = refused(encode(doc)).errors
    assert errors == ['$.assignments[1].room: room "Room XVI" already has group "Group A" in round 1 '
                      "($.assignments[0])"]


def test_a_round_must_point_at_an_agenda_item_of_kind_round(doc):
    opening = doc["agenda"][0]["uuid"]
    doc["rounds"][0]["agenda_item"] = opening
    assert refused(encode(doc)).errors == [
        '$.agenda[1].kind: agenda item "Round 1" is of kind "round" but no row in $.rounds points at it',
        '$.rounds[0].agenda_item: agenda item "Opening" is of kind "plenary"; a round must point at an agenda '
        'item of kind "round"',
    ]


def test_workshop_settings_are_checked(doc):
    doc["workshop"]["time_zone"] = "Mars/Olympus"
    doc["workshop"]["end_date"] = "2019-03-01"
    doc["workshop"]["danger_minutes"] = 30
    assert refused(encode(doc)).errors == [
        "$.workshop.danger_minutes: 30 is longer than warning_minutes (10)",
        "$.workshop.end_date: the workshop ends (2019-03-01) before it starts (2019-03-21)",
        '$.workshop.time_zone: unknown time zone "Mars/Olympus" (use a name such as Europe/Zurich)',
    ]


def test_unique_rows_per_room_and_round(doc):
    doc["round_summaries"].append(dict(doc["round_summaries"][0], uuid=_uuid(701)))
    doc["room_rounds"].append(dict(doc["room_rounds"][0], uuid=_uuid(501)))
    doc["group_members"].append(dict(doc["group_members"][0], uuid=_uuid(390)))
    doc["rooms"].append(dict(doc["rooms"][0], uuid=_uuid(901), name="room xvi"))
    errors = refused(encode(doc)).errors
    assert errors == [
        '$.group_members[3].participant: participant "Adjoua Kouamé" is already in group "Group A" '
        "($.group_members[0])",
        "$.room_rounds[1].room: this room already has a clock row for the round ($.room_rounds[0])",
        '$.rooms[2].name: there is already a room called "Room XVI" ($.rooms[0])',
        "$.round_summaries[1].room: this room already has a summary for the round ($.round_summaries[0])",
    ]


# -- the schema file ------------------------------------------------------------------------------
def test_the_schema_is_valid_draft_2020_12_and_matches_the_model():
    schema = wf.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(schema["properties"]) == ["format", "format_version", *wf.SECTIONS]
    for section, kind_name in wf.SECTIONS.items():
        kind = KINDS[kind_name]
        definition = schema["$defs"][kind_name]
        assert schema["properties"][section] in ({"$ref": f"#/$defs/{kind_name}"},
                                                 {"type": "array", "items": {"$ref": f"#/$defs/{kind_name}"}})
        assert list(definition["properties"]) == [wf.file_key(c) for c in kind.columns], section
        no_default = {wf.file_key(c) for c in kind.columns if c != "uuid"
                      and kind.model.model_fields[c[:-5] + "_id" if c.endswith("_uuid") else c].is_required()}
        assert set(definition["required"]) - {"uuid"} >= no_default, section
        assert "uuid" in definition["required"]


def test_the_dumped_file_validates_against_the_schema(doc):
    assert not list(jsonschema.Draft202012Validator(wf.schema()).iter_errors(doc))


def test_snapshots_survive_the_file_unchanged():
    service = build_edited_workshop()
    rows = wf.read_rows(wf.dump_bytes(service))
    for name, snaps in service.export_rows().items():
        assert sorted(snaps, key=lambda s: s.uuid) == sorted(rows[name], key=lambda s: s.uuid), name


def test_the_documented_example_is_a_valid_file():
    text = (Path(__file__).resolve().parents[2] / "docs" / "workshop-file.md").read_text(encoding="utf-8")
    example = text.split("## An abridged example", 1)[1].split("```json\n", 1)[1].split("\n```", 1)[0]
    rows = wf.read_rows(example.encode("utf-8"))
    assert {name: len(snaps) for name, snaps in rows.items()} == dict.fromkeys(KINDS, 1)
    service = new_service()
    wf.load(service, example.encode("utf-8"))
    assert wf.dump_bytes(service) == (example + "\n").encode("utf-8")  # the example is canonical too
