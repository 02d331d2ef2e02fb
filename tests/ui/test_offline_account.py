"""A rapporteur's account typed offline that another laptop overtook opens the merge window; nothing is lost."""

from __future__ import annotations

import uuid as uuids

import pytest
from support import reading, wait_idle

from ui.common.merge_dialog import MergeDialog


def _merge_dialogs(win) -> list:
    return [d for d in win.findChildren(MergeDialog) if d.isVisible()]


def _conflict(op: str, kwargs: dict, current):
    from cafe.sync.journal import Conflict, Entry

    return Conflict(Entry("e1", op, kwargs, "2019-03-21T11:00:00+00:00"),
                    "This text was changed elsewhere meanwhile; your change was not applied.", current)


@pytest.mark.parametrize("choice", ["save", "later"])
def test_an_offline_account_overtaken_elsewhere_is_merged_or_kept_beside(qtbot, sample_window, sample_db, choice):
    win = sample_window
    session = next(a for a in win.controller.snapshot.agenda if a.kind not in ("round", "break")
                   and not any(x.agenda_item_uuid == a.uuid for x in win.controller.snapshot.session_accounts))
    with reading(sample_db) as other:  # the other laptop wrote the first account while this one was offline
        theirs = other.set_session_account(session.uuid, "Their account", 0, uuid=str(uuids.uuid4())).row
    mine = {"agenda_item_uuid": session.uuid, "text": "My offline account", "expected_version": 0,
            "uuid": str(uuids.uuid4())}
    win.controller.conflicts_found.emit([_conflict("set_session_account", mine, theirs)])
    (dialog,) = _merge_dialogs(win)
    assert (dialog.theirs_text(), dialog.mine_text()) == ("Their account", "My offline account")
    if choice == "save":
        dialog.mine.setPlainText("Merged account")
        dialog.choose_save()
    else:
        dialog.reject()
    wait_idle(qtbot, win.controller)
    with reading(sample_db) as check:
        account = next(a for a in check.snapshot().session_accounts if a.agenda_item_uuid == session.uuid)
    if choice == "save":
        assert account.text == "Merged account"
    else:
        assert "Their account" in account.text and "My offline account" in account.text
