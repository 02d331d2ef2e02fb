"""How the people's stored values read to users: stakeholder types, host roles and speakers' roles.

The stored values (:class:`cafe.storage.models.StakeholderType`, ``HostRole``, ``SpeakerRole``)
stay English for programs and files; these functions give the words a person reads, in the
language in effect (the window's, or an output's inside :func:`cafe.i18n.output_language`).
An unknown value reads as itself, capitalised.
"""

from __future__ import annotations

from typing import Any

from cafe.i18n import N_, _, pgettext

#: StakeholderType values, in the order people choose among them, and how they read
STAKEHOLDER_TYPES: tuple[tuple[str, str], ...] = (
    ("state", N_("State")),
    ("civil society", N_("Civil society")),
    ("private sector", N_("Private sector")),
    ("international organisation", N_("International organisation")),
    ("academia", N_("Academia")),
    ("other", N_("Other")),
)


def _value(x: Any) -> str:
    return str(getattr(x, "value", x))


def stakeholder_label(value: Any) -> str:
    """"Civil society" / "Société civile" for the stored "civil society"."""
    v = _value(value)
    english = dict(STAKEHOLDER_TYPES).get(v)
    return _(english) if english is not None else v.capitalize()


def host_role_label(value: Any) -> str:
    """A theme's host or note-taker: "Host" / "Note-taker" (stored "host", "note-taker")."""
    v = _value(value)
    words = {"host": pgettext("host role", "Host"), "note-taker": pgettext("host role", "Note-taker")}
    return words.get(v, v.capitalize())


def speaker_role_label(value: Any, count: int = 1) -> str:
    """What a speaker did in a plenary session, one or several: "Moderator" / "Moderators"."""
    v = _value(value)
    one = {
        "moderator": pgettext("speaker role", "Moderator"),
        "keynote": pgettext("speaker role", "Keynote speaker"),
        "panellist": pgettext("speaker role", "Panellist"),
        "host": pgettext("speaker role", "Host"),
        "speaker": pgettext("speaker role", "Speaker"),
        "rapporteur": pgettext("speaker role", "Rapporteur"),
    }
    several = {
        "moderator": pgettext("speaker roles", "Moderators"),
        "keynote": pgettext("speaker roles", "Keynote speakers"),
        "panellist": pgettext("speaker roles", "Panellists"),
        "host": pgettext("speaker roles", "Hosts"),
        "speaker": pgettext("speaker roles", "Speakers"),
        "rapporteur": pgettext("speaker roles", "Rapporteurs"),
    }
    table = one if count == 1 else several
    return table.get(v, v.capitalize())


#: participant fields as the registration import names them (see
#: :data:`cafe.people.participants_csv.FIELD_LABELS`, the English)
def field_label(name: str) -> str:
    """A participant field's name for people: "Stakeholder type" / "Type de partie prenante"."""
    words = {
        "name": _("Name"), "first_name": _("First name"), "last_name": _("Last name"),
        "organisation": _("Organisation"), "country": _("Country"),
        "stakeholder_type": _("Stakeholder type"), "delegation": _("Delegation"), "email": _("E-mail"),
    }
    return words.get(name, name)
