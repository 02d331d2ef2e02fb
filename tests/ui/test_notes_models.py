"""The column model passes Qt's checks; the shown-state overlay and the drafts file behave."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace

from PySide6.QtCore import QPersistentModelIndex, Qt

from ui.common.item_models import HEADING_ROLE, UUID_ROLE
from ui.room.notes_drafts import DraftBook, DraftKey, drafts_path, read_drafts, write_drafts
from ui.room.notes_model import HEADING_NAME_ROLE, NoteColumnModel, layout_rows
from ui.room.notes_state import LocalNote, NotesState, edited


@dataclass(frozen=True)
class Note:
    uuid: str
    heading: str
    text: str
    position: int
    version: int = 1
    attributions: tuple = ()
    room_uuid: str = "room"
    round_uuid: str = "round"
    category: str = "challenge"
    deleted_at: object = None


def test_rows_group_items_under_headings_and_a_textless_note_is_its_heading():
    rows = layout_rows([Note("h", "Access:", "", 0), Note("a", "Access:", "Legal aid", 1), Note("b", "", "Loose", 2),
                        Note("c", "Access:", "Courts", 3)])
    assert [(r.is_heading, r.heading, r.uuid) for r in rows] == [
        (True, "Access:", None), (False, "Access:", "a"), (False, "Access:", "c"), (False, "", "b")]
    assert rows[0].note.uuid == "h"


def test_the_model_diffs_without_resets_and_keeps_persistent_indexes(qtmodeltester):
    model = NoteColumnModel()
    qtmodeltester.check(model, force_py=True)
    notes = [Note("a", "", "alpha", 0), Note("b", "", "beta", 1), Note("c", "H", "gamma", 2)]
    model.set_notes(notes)
    kept = QPersistentModelIndex(model.index(1))  # beta
    events = []
    for name in ("rowsInserted", "rowsRemoved", "layoutChanged", "modelReset", "dataChanged"):
        getattr(model, name).connect(lambda *a, name=name: events.append(name))

    model.set_notes([Note("b", "", "beta", 0), Note("a", "", "alpha edited", 1), Note("c", "H", "gamma", 2),
                     Note("d", "H", "delta", 3)])

    assert "modelReset" not in events and {"layoutChanged", "rowsInserted", "dataChanged"} <= set(events)
    assert kept.isValid() and kept.row() == 0
    assert [model.data(model.index(i)) for i in range(model.rowCount())] == [
        "• beta", "• alpha edited", "H", "• gamma", "• delta"]
    assert model.data(model.index(2), HEADING_ROLE) is True
    assert model.data(model.index(3), HEADING_NAME_ROLE) == "H" and model.data(model.index(3), UUID_ROLE) == "c"
    assert model.data(model.index(1), Qt.ItemDataRole.EditRole) == "alpha edited"
    assert model.note_total == 4 and model.headings() == ["", "H"]
    events.clear()
    model.set_notes([Note("b", "", "beta", 0), Note("a", "", "alpha edited", 1), Note("c", "H", "gamma", 2),
                     Note("d", "H", "delta", 3)])
    assert events == []  # nothing changed, nothing emitted
    model.set_notes([])
    assert model.rowCount() == 0


def test_set_data_asks_the_view_to_save_and_changes_nothing_itself():
    model = NoteColumnModel()
    model.set_notes([Note("a", "", "alpha", 0)])
    asked = []
    model.edit_committed.connect(lambda row, text: asked.append((row.key, text)))
    assert model.setData(model.index(0), "alpha!") is True
    assert asked == [("a", "alpha!")] and model.data(model.index(0)) == "• alpha"
    model.editable = False
    assert not model.setData(model.index(0), "again")
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEditable


def test_local_changes_show_until_their_save_answers_and_stale_reads_do_not_undo_them():
    state = NotesState()
    state.reset("room", "round")
    state.set_read([Note("a", "", "alpha", 0), Note("b", "", "beta", 1)])
    state.change("n", LocalNote("n", "room", "round", "challenge", "", "new one"))
    state.change("a", edited(state.get("a"), "alpha (Egypt)"))
    state.change("b", None)
    state.set_read([Note("a", "", "alpha", 0), Note("b", "", "beta", 1)])  # a read queued before the saves
    assert [n.text for n in state.column("challenge")] == ["alpha (Egypt)", "new one"]
    assert state.get("a").attributions == ("Egypt",)

    state.settle("a", Note("a", "", "alpha (Egypt)", 0, version=2, attributions=("Egypt",)))
    state.settle("n", Note("n", "", "new one", 2))
    state.settle("b", replace(Note("b", "", "beta", 1, version=2), deleted_at="now"))
    assert not state.local and [n.text for n in state.notes()] == ["alpha (Egypt)", "new one"]
    assert state.read_version("a") == 2
    state.settle("x", Note("x", "", "another room's", 0, room_uuid="elsewhere"))
    assert state.get("x") is None


def test_a_draft_book_round_trips_and_skips_what_it_cannot_read(tmp_path):
    book = DraftBook()
    key = DraftKey("room", "round", "practice")
    first = book.put(key, "Half typed")
    assert book.put(key, "Half typed more").uuid == first.uuid  # the same item-to-be
    book.put(DraftKey("room", "round", "other"), "", heading_mode=True)
    path = tmp_path / "w.sqlite.drafts.json"
    write_drafts(path, book.to_json())
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind
    again = read_drafts(path)
    assert again.get(key).text == "Half typed more" and again.get(key).uuid == first.uuid
    assert again.get(DraftKey("room", "round", "other")).heading_mode
    assert again.drop_added({first.uuid}) == 1 and again.get(key) is None

    path.write_text(json.dumps({"format": "knowledge-cafe-drafts", "drafts": {"bad": {"text": 1}, "a/b/c": "x"}}))
    assert len(read_drafts(path)) == 0
    path.write_text("{not json")
    assert len(read_drafts(path)) == 0
    assert len(read_drafts(tmp_path / "missing.json")) == 0

    left = tmp_path / f".{path.name}.abc123.tmp"  # a kill between writing and renaming
    left.write_text("{}")
    fresh = tmp_path / f".{path.name}.def456.tmp"
    fresh.write_text("{}")
    os.utime(left, (1, 1))
    read_drafts(path)
    assert not left.exists() and fresh.exists()


def test_drafts_live_beside_a_file_or_in_the_data_folder_without_a_password(tmp_path):
    assert drafts_path(str(tmp_path / "w.sqlite"), tmp_path) == tmp_path / "w.sqlite.drafts.json"
    server = drafts_path("postgresql+psycopg://cafe:secret@venue:5432/cafe", tmp_path)
    assert server.parent == tmp_path / "drafts" and "secret" not in str(server)
    assert server == drafts_path("postgresql+psycopg://cafe:other@venue:5432/cafe", tmp_path)
