"""The words the Service's refusals are made of: the kinds of rows as people name them, in the
language in effect (the window's: a refusal is read in the window).

English stays what it always was ("agenda item", "round summary"); :func:`kind_text` and
:func:`kinds_text` translate where the sentence is made.
"""

from __future__ import annotations

from cafe.i18n import N_, _

#: each kind of row (:data:`cafe.storage.kinds.KINDS` names) as one word group, singular
KIND_NAMES: dict[str, str] = {
    "agenda_item": N_("agenda item"),
    "assignment": N_("assignment"),
    "day": N_("day"),
    "group": N_("group"),
    "group_member": N_("group member"),
    "host": N_("host"),
    "lesson": N_("lesson"),
    "note": N_("note"),
    "participant": N_("participant"),
    "room": N_("room"),
    "room_round": N_("room round"),
    "round": N_("round"),
    "round_summary": N_("round summary"),
    "seat": N_("seat"),
    "session_account": N_("session account"),
    "speaker": N_("speaker"),
    "theme": N_("theme"),
    "workshop": N_("workshop"),
}

#: the same, plural (what a laptop may not change: "notes", "round summaries")
KIND_PLURALS: dict[str, str] = {
    "agenda_item": N_("agenda items"),
    "assignment": N_("assignments"),
    "day": N_("days"),
    "group": N_("groups"),
    "group_member": N_("group members"),
    "host": N_("hosts"),
    "lesson": N_("lessons"),
    "note": N_("notes"),
    "participant": N_("participants"),
    "room": N_("rooms"),
    "room_round": N_("room rounds"),
    "round": N_("rounds"),
    "round_summary": N_("round summaries"),
    "seat": N_("seats"),
    "session_account": N_("session accounts"),
    "speaker": N_("speakers"),
    "theme": N_("themes"),
    "workshop": N_("workshops"),
}

#: what keeps a row from being deleted (``_BLOCKING_CHILDREN``'s words)
CHILD_WORDS: dict[str, str] = {
    "agenda items": N_("agenda items"),
    "notes": N_("notes"),
    "rotation entries": N_("rotation entries"),
    "round summaries": N_("round summaries"),
}


def kind_text(name: str) -> str:
    """A kind of row in words: "agenda item" / "élément du programme"."""
    english = KIND_NAMES.get(name)
    return _(english) if english is not None else name.replace("_", " ")


def kinds_text(name: str) -> str:
    """A kind of row in words, plural: "round summaries"."""
    english = KIND_PLURALS.get(name)
    return _(english) if english is not None else name.replace("_", " ") + "s"


def child_text(words: str) -> str:
    english = CHILD_WORDS.get(words)
    return _(english) if english is not None else words
