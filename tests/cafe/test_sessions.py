"""The plenary sessions: speakers and the rapporteur's accounts, and the report's settings, kept in the
database, undone, refused when stale, carried by the workshop file (version 2, version 1 still read),
merged from a laptop's file, and added to a database of the previous schema."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from cafe import workshop_file as wf
from cafe.plenary.report_settings import (
    DEFAULT_REPORT_TITLE,
    ReportSection,
    default_sections,
    report_sections,
    report_title,
    sections_value,
)
from cafe.service import NotFound, Service, ServiceError, StaleEdit
from cafe.storage.db import _alembic_config, current_revisions, make_engine, open_database, schema_heads
from cafe.storage.models import SpeakerRole
from cafe.storage.paths import sample_workshop_path
from cafe.sync.caller import Caller


@pytest.fixture
def plenary(workshop):
    """The small workshop with an opening session and a break before its rounds."""
    day = workshop.snapshot().days[0]
    opening = workshop.add_agenda_item(day.uuid, "plenary", dt.time(10), dt.time(10, 45), "Opening session").row
    lunch = workshop.add_agenda_item(day.uuid, "break", dt.time(13), dt.time(15), "Lunch").row
    return workshop, opening, lunch


def names(svc, item) -> list[str]:
    return [s.name for s in svc.snapshot().speakers_of(item.uuid)]


# -- speakers -------------------------------------------------------------------------------------
def test_speakers_are_added_in_order_edited_moved_and_removed_each_one_undoable_step(plenary):
    svc, opening, _lunch = plenary
    keynote = svc.add_speaker(opening.uuid, "Sarah Lou Arriola",
                              "Undersecretary for Migrant Workers' Affairs of the Philippines",
                              role="keynote").row
    welcome = svc.add_speaker(opening.uuid, "  Ingrid   Halvorsen ", "Co-chair", role=SpeakerRole.speaker).row
    moderator = svc.add_speaker(opening.uuid, "Daniel Okoro", role="moderator", index=0).row
    assert names(svc, opening) == ["Daniel Okoro", "Sarah Lou Arriola", "Ingrid Halvorsen"]
    assert keynote.role == SpeakerRole.keynote and welcome.name == "Ingrid Halvorsen"  # one line, tidied

    edited = svc.update_speaker(keynote.uuid, keynote.version, title="Undersecretary", organisation="DOLE")
    assert (edited.row.title, edited.row.organisation, edited.row.version) == ("Undersecretary", "DOLE", 2)
    svc.apply(edited.undo)
    assert svc.get("speaker", keynote.uuid).title.startswith("Undersecretary for Migrant")

    moved = svc.move_speaker(welcome.uuid, 1)
    assert names(svc, opening) == ["Daniel Okoro", "Ingrid Halvorsen", "Sarah Lou Arriola"]
    svc.apply(moved.undo)
    assert names(svc, opening) == ["Daniel Okoro", "Sarah Lou Arriola", "Ingrid Halvorsen"]

    removed = svc.delete_speaker(moderator.uuid, svc.get("speaker", moderator.uuid).version)
    assert names(svc, opening) == ["Sarah Lou Arriola", "Ingrid Halvorsen"]
    svc.apply(removed.undo)  # back in its place, with its uuid
    assert names(svc, opening) == ["Daniel Okoro", "Sarah Lou Arriola", "Ingrid Halvorsen"]
    assert svc.get("speaker", moderator.uuid).role == SpeakerRole.moderator


def test_a_speaker_chosen_from_the_participants_takes_their_name_and_organisation(plenary):
    svc, opening, _lunch = plenary
    person = svc.add_participant("Rosario Bautista", "Permanent Mission of the Philippines", "Philippines",
                                 "state").row
    speaker = svc.add_speaker(opening.uuid, title="Ambassador", role="keynote", participant_uuid=person.uuid).row
    assert (speaker.name, speaker.organisation, speaker.participant_uuid) == (
        "Rosario Bautista", "Permanent Mission of the Philippines", person.uuid)
    own = svc.add_speaker(opening.uuid, "H.E. Rosario Bautista", organisation="Philippines",
                          participant_uuid=person.uuid).row
    assert (own.name, own.organisation) == ("H.E. Rosario Bautista", "Philippines")  # the rapporteur's words


def test_a_speaker_keeps_their_words_when_the_participant_is_deleted(plenary):
    svc, opening, _lunch = plenary
    person = svc.add_participant("Kamau Kato", "Migrant Rights Network", "Kenya", "civil society").row
    speaker = svc.add_speaker(opening.uuid, role="panellist", participant_uuid=person.uuid).row
    svc.delete_participants([person.uuid])
    kept = svc.snapshot().speakers_of(opening.uuid)[0]
    assert (kept.uuid, kept.name, kept.organisation, kept.participant_uuid) == (
        speaker.uuid, "Kamau Kato", "Migrant Rights Network", None)


@pytest.mark.parametrize("call, message", [
    (lambda svc, item, lunch: svc.add_speaker(item.uuid, "   "), "needs a name"),
    (lambda svc, item, lunch: svc.add_speaker(item.uuid, "A", role="chair"), "not a speaker's role"),
    (lambda svc, item, lunch: svc.add_speaker(item.uuid, "A" * 301), "at most 300 characters"),
    (lambda svc, item, lunch: svc.add_speaker(lunch.uuid, "A"), "is a break, not a plenary session"),
    (lambda svc, item, lunch: svc.add_speaker(svc.snapshot().rounds[0].agenda_item_uuid, "A"),
     "is a round, not a plenary session"),
    (lambda svc, item, lunch: svc.add_speaker(item.uuid, "A", participant_uuid="nobody"),
     "participant no longer exists"),
])
def test_bad_speakers_are_refused_with_a_clear_message_and_change_nothing(plenary, call, message):
    svc, opening, lunch = plenary
    with pytest.raises(ServiceError, match=message):
        call(svc, opening, lunch)
    assert svc.snapshot().speakers == ()


def test_a_stale_or_empty_speaker_edit_is_refused(plenary):
    svc, opening, _lunch = plenary
    speaker = svc.add_speaker(opening.uuid, "Daniel Okoro", role="moderator").row
    svc.update_speaker(speaker.uuid, speaker.version, title="Moderator")
    with pytest.raises(StaleEdit) as stale:
        svc.update_speaker(speaker.uuid, speaker.version, title="Chair")
    assert stale.value.current.title == "Moderator"
    with pytest.raises(ServiceError, match="needs a name"):
        svc.update_speaker(speaker.uuid, None, name=" ")
    with pytest.raises(ServiceError, match="Cannot change position"):
        svc.update_speaker(speaker.uuid, None, position=3)
    assert svc.get("speaker", speaker.uuid).title == "Moderator"


def test_deleting_a_session_takes_its_speakers_and_account_and_undo_brings_the_session_back(plenary):
    svc, opening, _lunch = plenary
    svc.add_speaker(opening.uuid, "Daniel Okoro", role="moderator")
    svc.set_session_account(opening.uuid, "Welcome.", 0)
    svc.delete_agenda_item(opening.uuid)
    snap = svc.snapshot()
    assert snap.speakers == () and snap.session_accounts == ()


# -- the account ----------------------------------------------------------------------------------
def test_the_account_is_saved_like_a_round_summary(plenary):
    svc, opening, _lunch = plenary
    first = svc.set_session_account(opening.uuid, "The **opening**:\r\n\r\n1. welcome\r\n2. keynote", 0)
    account = first.row
    assert (account.version, account.text) == (1, "The **opening**:\n\n1. welcome\n2. keynote")
    assert svc.snapshot().account_of(opening.uuid) == account
    second = svc.set_session_account(opening.uuid, account.text + "\n\n> A quote", account.version,
                                     uuid=account.uuid)
    assert second.row.version == 2 and second.row.uuid == account.uuid
    with pytest.raises(StaleEdit) as stale:  # written against version 1: someone else's text is newer
        svc.set_session_account(opening.uuid, "Mine", account.version)
    assert stale.value.current.text.endswith("> A quote")
    with pytest.raises(StaleEdit):  # a first account written elsewhere meanwhile is not overwritten
        svc.set_session_account(opening.uuid, "Mine", 0)
    undone = svc.apply(second.undo)
    assert svc.snapshot().account_of(opening.uuid).text == account.text
    svc.apply(undone.undo)  # redo
    assert svc.snapshot().account_of(opening.uuid).text.endswith("> A quote")


def test_an_account_for_another_laptops_first_account_is_stale(plenary):
    """Two laptops each chose a uuid for their first account; the second to save is refused."""
    svc, opening, _lunch = plenary
    svc.set_session_account(opening.uuid, "Laptop B's account", 0, uuid="b" * 8 + "-0000-4000-8000-" + "0" * 12)
    with pytest.raises(StaleEdit) as stale:
        svc.set_session_account(opening.uuid, "Laptop A's account", 1, uuid="a" * 8 + "-0000-4000-8000-" + "0" * 12)
    assert stale.value.current.text == "Laptop B's account"


def test_accounts_only_for_plenary_sessions_and_of_bearable_length(plenary):
    svc, opening, lunch = plenary
    with pytest.raises(ServiceError, match="not a plenary session"):
        svc.set_session_account(lunch.uuid, "Lunch was good.", 0)
    with pytest.raises(ServiceError, match="at most 500,000 characters"):
        svc.set_session_account(opening.uuid, "x" * 500_001, 0)
    with pytest.raises(NotFound):
        svc.set_session_account("no-such-item", "Text", 0)
    assert svc.snapshot().session_accounts == ()


def test_the_callers_forwarding_keeps_quick_saves_of_one_account_from_refusing_each_other(plenary):
    """Two autosaves sent before the first one's answer: the second is made against the version the
    first wrote (forwarded by the account's uuid), not refused as someone else's change."""
    svc, opening, _lunch = plenary
    caller = Caller()
    caller.swap(svc, 1, None)
    uuid = "c" * 8 + "-0000-4000-8000-" + "0" * 12
    caller.call("set_session_account", {"agenda_item_uuid": opening.uuid, "text": "The open", "expected_version": 0,
                                        "uuid": uuid}, None)
    caller.call("set_session_account", {"agenda_item_uuid": opening.uuid, "text": "The opening", "expected_version": 0,
                                        "uuid": uuid}, None)
    account = svc.snapshot().account_of(opening.uuid)
    assert (account.text, account.version) == ("The opening", 2)
    svc.set_session_account(opening.uuid, "Another laptop's text", 2, uuid=uuid)  # not this window's step
    with pytest.raises(StaleEdit):
        caller.call("set_session_account", {"agenda_item_uuid": opening.uuid, "text": "Mine", "expected_version": 2,
                                            "uuid": uuid}, None, retry=False)


# -- the report's settings --------------------------------------------------------------------------
def test_report_settings_are_edited_through_update_workshop_and_checked(workshop):
    w = workshop.snapshot().workshop
    assert (w.report_title, w.report_sections, w.wrapup_lead_in, w.statistics) == ("", (), "", "")
    assert report_title(w) == DEFAULT_REPORT_TITLE and report_sections(w.report_sections) == default_sections()
    order = [s.key for s in default_sections()]
    sections = [ReportSection(k, "Thematic session" if k == "themes" else "", k not in ("annex", "participants"))
                for k in [order[0], order[2], order[1], *order[3:]]]
    changed = workshop.update_workshop(w.uuid, w.version, report_title="Final Report",
                                       report_sections=sections_value(sections), wrapup_lead_in="Presented by …",
                                       statistics="About 190 participants")
    w2 = changed.row
    assert report_title(w2) == "Final Report"
    shown = report_sections(w2.report_sections)
    assert [s.key for s in shown] == ["introduction", "themes", "sessions", "wrapup", "annex", "participants"]
    assert [s.title for s in shown][:2] == ["Introduction", "Thematic session"]
    assert [s.shown for s in shown] == [True, True, True, True, False, False]
    for bad, message in [
        ({"report_sections": [{"key": "preface", "title": "", "shown": True}]}, "has no section “preface”"),
        ({"report_sections": [{"key": "annex", "title": "", "shown": True}] * 2}, "listed twice"),
        ({"report_sections": [{"key": "annex", "title": "A\nB", "shown": True}]}, "one line"),
        ({"report_sections": [{"key": "annex"}]}, "needs exactly a key, a title"),
        ({"report_title": "Final\nReport"}, "one line"),
        ({"statistics": 190}, "must be text"),
    ]:
        with pytest.raises(ServiceError, match=message):
            workshop.update_workshop(w2.uuid, w2.version, **bad)
    assert workshop.snapshot().workshop == w2
    workshop.apply(changed.undo)
    assert workshop.snapshot().workshop.report_sections == ()


def test_the_sections_read_around_anything_unreadable_and_save_as_nothing_when_default():
    stored = ({"key": "annex", "title": " Annex ", "shown": False}, {"key": "annex", "title": "again"},
              "junk", {"key": "preface"}, {"key": "themes", "title": 3, "shown": "yes"})
    got = report_sections(stored)
    assert [s.key for s in got] == ["annex", "themes", "introduction", "sessions", "wrapup", "participants"]
    assert (got[0].title, got[0].shown, got[1].title, got[1].shown) == ("Annex", False, "Thematic sessions", True)
    assert sections_value(default_sections()) == []
    assert sections_value(got)[0] == {"key": "annex", "title": "Annex", "shown": False}


# -- the workshop file ------------------------------------------------------------------------------
def test_the_file_carries_sessions_and_report_settings_and_round_trips_byte_for_byte(plenary):
    svc, opening, _lunch = plenary
    person = svc.add_participant("Rosario Bautista", "Permanent Mission", "Philippines", "state").row
    svc.add_speaker(opening.uuid, "Daniel Okoro", "Moderator", role="moderator")
    svc.add_speaker(opening.uuid, title="Ambassador", role="keynote", participant_uuid=person.uuid)
    svc.set_session_account(opening.uuid, "**Welcome** to Geneva.\n\n- one\n- two", 0)
    w = svc.snapshot().workshop
    svc.update_workshop(w.uuid, w.version, report_title="Final Report", wrapup_lead_in="Moderated by **X**.",
                        report_sections=[{"title": "", "shown": False, "key": "annex"}])
    data = wf.dump_bytes(svc)
    doc = json.loads(data)
    assert doc["format_version"] == 2
    assert [s["name"] for s in doc["speakers"]] == ["Daniel Okoro", "Rosario Bautista"]
    assert doc["speakers"][1]["participant"] == person.uuid and doc["speakers"][1]["role"] == "keynote"
    assert doc["session_accounts"][0]["text"].startswith("**Welcome**")
    assert doc["workshop"]["report_sections"] == [{"key": "annex", "shown": False, "title": ""}]
    assert "statistics" not in doc["workshop"]  # a default is not written
    assert list(doc)[-2:] == ["speakers", "session_accounts"]
    again = Service(open_database("sqlite://"))
    wf.load(again, data)
    assert wf.dump_bytes(again) == data
    snap = again.snapshot()
    assert snap.account_of(opening.uuid).text.endswith("- two")
    assert snap.workshop.report_title == "Final Report"


def test_a_file_of_version_1_still_loads_as_a_workshop_without_sessions():
    doc = json.loads(sample_workshop_path().read_bytes())
    for section in ("speakers", "session_accounts"):
        doc.pop(section)
    for field in ("report_title", "report_sections", "wrapup_lead_in", "statistics"):
        doc["workshop"].pop(field, None)
    doc["format_version"] = 1
    service = Service(open_database("sqlite://"))
    wf.load(service, json.dumps(doc).encode())
    snap = service.snapshot()
    assert snap.speakers == () and snap.session_accounts == () and snap.workshop.report_sections == ()
    assert json.loads(wf.dump_bytes(service))["format_version"] == 2


def test_a_version_1_file_with_sessions_or_a_bad_section_is_refused_with_its_place():
    doc = json.loads(sample_workshop_path().read_bytes())
    doc["format_version"] = 1
    with pytest.raises(wf.WorkshopFileError) as old:
        wf.read_rows(json.dumps(doc).encode())
    assert old.value.errors == ["$.session_accounts: a file of format version 1 has no session_accounts "
                                "(they came with version 2)",
                                "$.speakers: a file of format version 1 has no speakers (they came with version 2)"]
    doc = json.loads(sample_workshop_path().read_bytes())
    doc["workshop"]["report_sections"] = [{"key": "annex"}, {"key": "annex", "title": "Again"}]
    doc["session_accounts"].append(dict(doc["session_accounts"][0], uuid="e" * 8 + "-0000-4000-8000-" + "0" * 12))
    doc["speakers"][0]["role"] = "chair"
    with pytest.raises(wf.WorkshopFileError) as bad:
        wf.read_rows(json.dumps(doc).encode())
    assert any(e.startswith("$.speakers[0].role: \"chair\" is not one of") for e in bad.value.errors)
    doc["speakers"][0]["role"] = "moderator"
    with pytest.raises(wf.WorkshopFileError) as rules:
        wf.read_rows(json.dumps(doc).encode())
    assert "$.workshop.report_sections[1].key: the section \"annex\" is already listed " \
           "($.workshop.report_sections[0])" in rules.value.errors
    assert any(e.startswith("$.session_accounts[4].agenda_item: ") and "already has an account" in e
               for e in rules.value.errors), rules.value.errors


def test_a_section_written_by_hand_reads_with_its_defaults():
    doc = json.loads(sample_workshop_path().read_bytes())
    doc["workshop"]["report_sections"] = [{"key": "themes", "title": "  Thematic\tsessions "}]
    rows = wf.read_rows(json.dumps(doc).encode())
    assert rows["workshop"][0].report_sections == ({"key": "themes", "title": "Thematic sessions", "shown": True},)


def test_the_sample_has_the_plenary_sessions_in_a_rapporteurs_words():
    service = Service(open_database("sqlite://"))
    wf.load(service, sample_workshop_path())
    snap = service.snapshot()
    by_title = {a.title: a for a in snap.agenda}
    opening = snap.speakers_of(by_title["Opening plenary"].uuid)
    assert [s.role.value for s in opening] == ["moderator", "speaker", "keynote"]
    keynote = opening[2]
    assert keynote.participant_uuid in {p.uuid for p in snap.participants}
    account = snap.account_of(by_title["Opening plenary"].uuid).text
    assert f"**{keynote.name}**" in account and "\n1. " in account and "\n- " in account and "\n> " in account
    for title in ("Framing session: the three themes and their guiding questions", "Wrap-up of day I", "Closing"):
        assert snap.speakers_of(by_title[title].uuid) and snap.account_of(by_title[title].uuid).text
    assert "moderated by **Daniel Okoro**" in snap.workshop.wrapup_lead_in


# -- merging a laptop's file ----------------------------------------------------------------------
def test_a_merged_laptop_file_brings_its_speakers_and_account(plenary):
    svc, opening, _lunch = plenary
    laptop = Service(open_database("sqlite://"))
    wf.load(laptop, wf.dump_bytes(svc))
    laptop.add_speaker(opening.uuid, "Daniel Okoro", role="moderator")
    laptop.set_session_account(opening.uuid, "Written offline.", 0)
    report = svc.merge_rows(wf.read_rows(wf.dump_bytes(laptop))).row
    assert report.added == {"speaker": 1, "session_account": 1}
    assert svc.snapshot().account_of(opening.uuid).text == "Written offline."
    # both wrote a first account: matched by its session, the same version with other words is a conflict
    other = Service(open_database("sqlite://"))
    wf.load(other, wf.dump_bytes(svc))
    svc2 = Service(open_database("sqlite://"))
    wf.load(svc2, wf.dump_bytes(svc))
    current = svc2.snapshot().account_of(opening.uuid)
    svc2.set_session_account(opening.uuid, "Main text.", current.version, uuid=current.uuid)
    account = other.snapshot().account_of(opening.uuid)
    other.set_session_account(opening.uuid, "Laptop text.", account.version, uuid=account.uuid)
    conflict = svc2.merge_rows(wf.read_rows(wf.dump_bytes(other))).row
    assert conflict.conflicts and svc2.snapshot().account_of(opening.uuid).text == "Main text."


def test_a_merged_first_account_of_another_laptop_is_matched_by_its_session(plenary):
    svc, opening, _lunch = plenary
    laptop = Service(open_database("sqlite://"))
    wf.load(laptop, wf.dump_bytes(svc))
    laptop.set_session_account(opening.uuid, "Laptop's first text.", 0)
    svc.set_session_account(opening.uuid, "Main first text.", 0)
    svc.set_session_account(opening.uuid, "Main second text.", 1, uuid=svc.snapshot().account_of(opening.uuid).uuid)
    report = svc.merge_rows(wf.read_rows(wf.dump_bytes(laptop))).row
    assert report.added == {} and svc.snapshot().account_of(opening.uuid).text == "Main second text."


# -- the database ---------------------------------------------------------------------------------
def _workshop_of_schema_0003(path) -> None:
    from alembic import command

    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0003")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO workshop (uuid, version, title, venue, time_zone, introduction, warning_minutes,"
                " danger_minutes, auto_start_next) VALUES ('w-1', 4, 'Kept', '', 'UTC', 'Intro', 10, 2, 0)")
    con.execute("INSERT INTO day (uuid, version, date, title, position) VALUES ('d-1', 1, '2019-03-21', 'Day I', 0)")
    con.execute("INSERT INTO agenda_item (uuid, version, day_id, kind, start, \"end\", title, notes)"
                " VALUES ('a-1', 1, 1, 'plenary', '10:00:00.000000', '10:45:00.000000', 'Opening', '')")
    con.commit()
    con.close()


def test_a_database_of_schema_0003_gets_the_tables_and_columns_and_reads_as_the_defaults(tmp_path):
    path = tmp_path / "old.sqlite"
    _workshop_of_schema_0003(path)
    con = sqlite3.connect(path)
    assert "report_title" not in {r[1] for r in con.execute("PRAGMA table_info(workshop)")}
    con.close()
    db = open_database(path)
    assert current_revisions(db.engine) == schema_heads() == {"0007"}
    service = Service(db)
    w = service.snapshot().workshop
    assert (w.title, w.version, w.report_title, w.report_sections, w.wrapup_lead_in, w.statistics) == (
        "Kept", 4, "", (), "", "")
    assert (w.language, w.report_paper) == ("en", "a4")  # schema 0005: outputs in English, Word on A4
    service.add_speaker("a-1", "Daniel Okoro", role="moderator")
    service.set_session_account("a-1", "Opened.", 0)
    service.update_workshop("w-1", 4, report_sections=[{"key": "annex", "title": "", "shown": False}])
    db.dispose()
    again = Service(open_database(path))
    snap = again.snapshot()
    assert [s.name for s in snap.speakers] == ["Daniel Okoro"] and snap.account_of("a-1").text == "Opened."
    assert snap.workshop.report_sections == ({"key": "annex", "title": "", "shown": False},)
    assert again.damaged_rows() == []
    again.db.dispose()


def test_damaged_session_rows_are_left_out_and_named(tmp_path):
    path = tmp_path / "w.sqlite"
    service = Service(open_database(path))
    service.periodic_backups = None
    wf.load(service, sample_workshop_path())
    speakers = len(service.snapshot().speakers)
    service.db.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE speaker SET role = 'chair' WHERE id = 1")
    con.execute("UPDATE workshop SET report_sections = 'not json'")
    con.commit()
    con.close()
    service = Service(open_database(path))
    snap = service.snapshot()
    assert len(snap.speakers) == speakers - 1 and snap.workshop.report_sections == ()  # the workshop reads its default
    lines = [str(p) for p in service.damaged_rows()]
    assert any(line.startswith("speaker #1") and "chair" in line for line in lines), lines
    assert any(line.startswith("workshop #1") and "report_sections" in line for line in lines), lines
    service.db.dispose()


def test_on_postgresql_the_migration_adds_the_sessions_and_they_are_written(pg_database):
    from alembic import command

    engine = make_engine(pg_database)
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0003")
        conn.exec_driver_sql(
            "INSERT INTO workshop (uuid, version, title, venue, time_zone, introduction, warning_minutes,"
            " danger_minutes, auto_start_next) VALUES ('w-1', 1, 'Kept', '', 'UTC', '', 10, 2, false)")
        conn.exec_driver_sql("INSERT INTO day (uuid, version, date, title, position)"
                             " VALUES ('d-1', 1, '2019-03-21', 'Day I', 0)")
        conn.exec_driver_sql("INSERT INTO agenda_item (uuid, version, day_id, kind, start, \"end\", title, notes)"
                             " VALUES ('a-1', 1, 1, 'plenary', '10:00', '10:45', 'Opening', '')")
    engine.dispose()
    db = open_database(pg_database)
    assert current_revisions(db.engine) == schema_heads()
    service = Service(db)
    assert service.snapshot().workshop.report_sections == ()
    service.add_speaker("a-1", "Daniel Okoro", role="moderator")
    service.set_session_account("a-1", "Opened.", 0)
    service.update_workshop("w-1", 1, report_title="Final Report",
                            report_sections=[{"key": "themes", "title": "Thematic sessions", "shown": True}])
    snap = service.snapshot()
    assert snap.account_of("a-1").text == "Opened." and snap.speakers[0].role == SpeakerRole.moderator
    assert snap.workshop.report_sections == ({"key": "themes", "title": "Thematic sessions", "shown": True},)
    with pytest.raises(StaleEdit):
        service.set_session_account("a-1", "Stale.", 0)
    db.dispose()
