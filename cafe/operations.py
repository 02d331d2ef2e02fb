"""The Service's operations by name: what an edit, an undo step and the offline journal may call.

The journal stores an action as an operation name and its keyword arguments,
so these names are a stored format: renaming a Service method means keeping
its old name here (and in the Service) for journals written before.
``tests/cafe/test_operations.py`` checks this list against the Service.
Plain data, cheap to import (the window imports it before the storage stack).
"""

from __future__ import annotations

#: every Service method that changes the workshop and returns ``Changes``
OPERATIONS: frozenset[str] = frozenset({
    # setup
    "create_workshop", "update_workshop", "add_day", "update_day", "delete_day",
    "add_agenda_item", "update_agenda_item", "delete_agenda_item",
    "add_room", "update_room", "delete_room", "add_theme", "update_theme", "delete_theme",
    "add_host", "update_host", "delete_host",
    # people, groups, rotation, seating
    "add_participant", "update_participant", "delete_participants", "import_participants",
    "assign_groups", "place_newcomers", "set_group_count", "set_group_state", "update_group", "set_memberships",
    "move_participant", "build_rotation", "set_rotation", "move_in_rotation",
    "build_world_cafe_seating", "clear_seating", "set_seating",
    # the round clock
    "start_round", "pause_round", "resume_round", "end_round", "restart_round", "extend_round",
    "set_clock_columns", "shift_clocks", "set_stage_message", "set_stage_messages",
    "shift_agenda", "set_agenda_times",
    # notes and the brief
    "add_note", "update_note", "delete_note", "undelete_note", "move_note", "move_note_step",
    "rename_heading", "move_heading", "set_round_summary",
    # plenary
    "add_lesson", "update_lesson", "delete_lesson", "move_lesson",
    "add_speaker", "update_speaker", "delete_speaker", "move_speaker", "set_session_account",
    "open_vote", "set_vote", "delete_vote", "cast_dots",
    # contributions from phones (the venue pages)
    "post_contribution", "accept_contribution", "dismiss_contribution", "return_contribution", "set_posting",
    # merging and undo
    "import_rows", "merge_rows", "restore", "restore_rows",
})

#: operations that step one row's version by one and return that row (their versions are forwarded)
VERSION_STEP_OPS: frozenset[str] = frozenset({"move_note", "move_note_step", "delete_note", "undelete_note",
                                               "set_round_summary", "set_session_account"})
#: operations that step the version of every note they report
MANY_NOTES_OPS: frozenset[str] = frozenset({"rename_heading", "move_heading"})
#: operations that step the version of every row of one kind they report (operation -> kind)
MANY_ROWS_OPS: dict[str, str] = {"shift_agenda": "agenda_item", "set_agenda_times": "agenda_item"}


def is_operation(name: str) -> bool:
    """``name`` is one of the Service's operations (an ``update_<kind>`` included)."""
    return name in OPERATIONS
