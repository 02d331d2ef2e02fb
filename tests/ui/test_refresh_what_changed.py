"""The room view reads its notes again only when notes of its room changed: a note typed in another
room (on this laptop or another) costs it nothing, whatever the number of notes shown."""

from __future__ import annotations

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
