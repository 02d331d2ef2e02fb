"""All notes as a CSV file for spreadsheets, safe against formula injection.

One row per live note, in report order (theme, room, round, column,
position). UTF-8 with a byte-order mark so Excel reads accents and Arabic
right. A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is prefixed with an apostrophe: spreadsheet programs would otherwise
run it as a formula (OWASP's advice on CSV injection). Written atomically.

The header row and the column names ("Opportunities") are in the workshop's
output language, for the people who open the file in a spreadsheet
(:data:`HEADER` is the English one); timestamps stay ISO 8601 and the last
column the note's uuid, for programs.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from pathlib import Path

from cafe.i18n import output_language, pgettext
from cafe.report.data import ALL_CATEGORIES, CATEGORY_TITLES, category_title
from cafe.report.output import atomic_write
from cafe.report.wording import workshop_language
from cafe.storage.snap_types import WorkshopSnapshot

HEADER = ("theme", "room", "round", "group", "column", "heading", "text", "attributions", "position",
          "created_at", "updated_at", "uuid")
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A cell value a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(_DANGEROUS) else value


def rows(snapshot: WorkshopSnapshot, notes: Iterable) -> list[tuple[str, ...]]:
    """The CSV's rows (header first, in the workshop's output language), cells already neutralised."""
    with output_language(workshop_language(snapshot.workshop)):
        return _rows(snapshot, notes)


def header() -> tuple[str, ...]:
    """The header row in the language in effect."""
    return tuple(pgettext("csv column", name) for name in HEADER)


def _rows(snapshot: WorkshopSnapshot, notes: Iterable) -> list[tuple[str, ...]]:
    rooms = {r.uuid: (r.position, r.name) for r in snapshot.rooms}
    themes = {t.uuid: (t.position, t.title) for t in snapshot.themes}
    theme_of_room = {t.room_uuid: t.uuid for t in snapshot.themes if t.room_uuid}
    rounds = {r.uuid: r.number for r in snapshot.rounds}
    group_names = {g.uuid: g.name for g in snapshot.groups}
    groups: dict[tuple[str, str], list[str]] = {}
    for a in snapshot.assignments:
        groups.setdefault((a.room_uuid, a.round_uuid), []).append(group_names.get(a.group_uuid, ""))

    def category(n) -> str:
        return getattr(n.category, "value", n.category)

    def key(n):
        theme = n.theme_uuid or theme_of_room.get(n.room_uuid)
        cat = category(n)
        return (themes.get(theme, (10**9, ""))[0], rooms.get(n.room_uuid, (10**9, ""))[0],
                rounds.get(n.round_uuid, 10**9), ALL_CATEGORIES.index(cat) if cat in ALL_CATEGORIES else 9,
                n.position, n.uuid)
    out: list[tuple[str, ...]] = [header()]
    for n in sorted((n for n in notes if n.deleted_at is None), key=key):
        theme = n.theme_uuid or theme_of_room.get(n.room_uuid)
        cells = (
            themes.get(theme, (0, ""))[1], rooms.get(n.room_uuid, (0, ""))[1],
            str(rounds[n.round_uuid]) if n.round_uuid in rounds else "",
            ", ".join(sorted(groups.get((n.room_uuid, n.round_uuid), []))),
            category_title(category(n)) if category(n) in CATEGORY_TITLES else category(n), n.heading, n.text, "; ".join(n.attributions),
            str(n.position), _instant(n.created_at), _instant(n.updated_at), n.uuid,
        )
        out.append(tuple(neutralise(c) for c in cells))
    return out


def _instant(value) -> str:
    return value.isoformat() if value is not None else ""


def render(snapshot: WorkshopSnapshot, notes: Iterable) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(rows(snapshot, notes))
    return buf.getvalue().encode("utf-8-sig", errors="replace")


def write_csv(snapshot: WorkshopSnapshot, notes: Iterable, path: str | os.PathLike) -> Path:
    """Write every live note to ``path`` atomically; returns the path."""
    return atomic_write(Path(path), render(snapshot, notes))
