"""The room view reads its notes again only when notes of its room changed: a note typed in another
room (on this laptop or another) costs it nothing, whatever the number of notes shown."""

from __future__ import annotations

import pytest

from notes_support import room_view
from support import wait_idle

from cafe.storage.workshop_index import SnapshotUpdate
from ui.workshop.ops import S, call


def test_a_note_in_another_room_does_not_reload_the_room_shown(qtbot, sample_window, monkeypatch):
    window = sample_window
    view = room_view(qtbot, window, 0, 0)
    calls: list[bool] = []
    monkeypatch.setattr(view.notes, "notes_changed", lambda own: calls.append(own))
    briefs: list[int] = []
    monkeypatch.setattr(view.brief, "changed", lambda: briefs.append(1))
    snap = window.controller.index.snap
    here, elsewhere, rnd = snap.rooms[0].uuid, snap.rooms[1].uuid, snap.rounds[0].uuid

    window.controller.edit("Add item", call(S.add_note, room_uuid=elsewhere, round_uuid=rnd, category="practice",
                                            text="Typed in another room"))
    wait_idle(qtbot, window.controller)
    assert calls == [] and briefs == []

    window.controller.edit("Add item", call(S.add_note, room_uuid=here, round_uuid=rnd, category="practice",
                                            text="Typed here"))
    wait_idle(qtbot, window.controller)
    assert calls == [True] and briefs == [1]

    shown = next(n for n in view.notes.state.notes() if n.text)
    window.controller.edit("Edit item", call(S.update_note, uuid=shown.uuid, expected_version=shown.version,
                                             text="Changed here"))
    wait_idle(qtbot, window.controller)
    assert calls == [True, True]


def test_a_change_that_names_no_rows_reloads_as_before(qtbot, sample_window, monkeypatch):
    window = sample_window
    view = room_view(qtbot, window, 0, 0)
    calls: list[bool] = []
    monkeypatch.setattr(view.notes, "notes_changed", lambda own: calls.append(own))
    index = window.controller.index
    view.set_snapshot(index, SnapshotUpdate(frozenset({"note"}), uuids=None))  # a notice too long for its uuids
    view.set_snapshot(index, SnapshotUpdate(frozenset({"*"}), uuids=frozenset()))
    assert calls == [False, False]


@pytest.mark.pg
def test_a_note_typed_on_another_laptop_in_the_room_shown_is_read_alone(qtbot, window, shared_url, monkeypatch):
    """On a shared workshop, another laptop's note in the room shown is read by itself and added to the
    column; an item put between others (their places move) reads the column again."""
    from notes_support import lines
    from support import open_in

    from cafe.service import Service
    from cafe.storage.db import open_database

    open_in(qtbot, window, shared_url)
    controller = window.controller
    qtbot.waitUntil(lambda: controller._listener is not None and controller._listener.wait_connected(0),
                    timeout=5000)
    view = room_view(qtbot, window, 1, 0)
    whole: list[int] = []
    original = view.notes.reload
    monkeypatch.setattr(view.notes, "reload", lambda: whole.append(1) or original())
    other = Service(open_database(shared_url))
    room, rnd = view.selected_room(), view.selected_round()
    practices = view.columns["practice"]
    other.add_note(room, rnd, "practice", "Typed on the room laptop")
    qtbot.waitUntil(lambda: "• Typed on the room laptop" in lines(practices), timeout=3000)
    assert whole == []  # read alone, not the whole column
    note = next(n for n in other.notes(room, rnd) if n.text == "Typed on the room laptop")
    other.update_note(note.uuid, note.version, text="Edited on the room laptop")
    qtbot.waitUntil(lambda: "• Edited on the room laptop" in lines(practices), timeout=3000)
    assert whole == []
    other.add_note(room, rnd, "practice", "Put first", index=0)
    qtbot.waitUntil(lambda: "• Put first" in lines(practices), timeout=3000)
    assert whole  # an insertion moves the others: the column is read again
    assert lines(practices).index("• Put first") < lines(practices).index("• Edited on the room laptop")
    other.db.dispose()

