"""Building small workshops in memory and reading PDFs back, for the report tests."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from cafe.storage import models as m
from cafe.storage.snap_types import WorkshopSnapshot
from cafe.storage.snapshots import KINDS

TITLE = "Test workshop"


def snap(kind_name: str, **values):
    kind = KINDS[kind_name]
    row = {c: None for c in kind.columns}
    if "version" in row:
        row["version"] = 1
    row.update(values)
    return kind.snap(**row)


def note(uuid: str, text: str, *, room: str = "room-0", rnd: str = "round-0", category: str = "practice",
         heading: str = "", attributions=(), position: int = 0, deleted: bool = False):
    return snap("note", uuid=uuid, room_uuid=room, theme_uuid=None, round_uuid=rnd,
                category=m.NoteCategory(category), heading=heading, text=text, attributions=tuple(attributions),
                position=position, created_at=None, updated_at=None,
                deleted_at=dt.datetime(2019, 3, 21, tzinfo=dt.UTC) if deleted else None)


def workshop(*, rooms: int = 2, rounds: int = 1, title: str = TITLE, introduction: str = "",
             summary: str = "", lessons=(), participants=()) -> WorkshopSnapshot:
    """A small workshop: ``rooms`` rooms with a theme each (the last one gets no notes in most tests)."""
    day = snap("day", uuid="day-0", date=dt.date(2019, 3, 21), title="Day I", position=0)
    room_rows = tuple(snap("room", uuid=f"room-{i}", name=f"Room {i + 1}", capacity=None, position=i)
                      for i in range(rooms))
    themes = tuple(snap("theme", uuid=f"theme-{i}", title=f"Theme {i + 1}", short_name="", objective_ref="",
                        guiding_questions=(f"Question {i + 1}?",), room_uuid=r.uuid,
                        summary=summary if i == 0 else "", position=i) for i, r in enumerate(room_rows))
    agenda = tuple(snap("agenda_item", uuid=f"item-{i}", day_uuid=day.uuid, kind=m.AgendaKind.round,
                        start=dt.time(12 + i), end=dt.time(13 + i), room_uuid=None, title=f"Round {i + 1}",
                        notes="", warning_minutes=None, danger_minutes=None) for i in range(rounds))
    round_rows = tuple(snap("round", uuid=f"round-{i}", agenda_item_uuid=a.uuid, number=i + 1)
                       for i, a in enumerate(agenda))
    groups = tuple(snap("group", uuid=f"group-{i}", name=f"Group {chr(65 + i)}", position=i) for i in range(rooms))
    assignments = tuple(snap("assignment", uuid=f"as-{r}-{g}", round_uuid=round_rows[r].uuid,
                             group_uuid=groups[g].uuid, room_uuid=room_rows[(g + r) % rooms].uuid)
                        for r in range(rounds) for g in range(rooms))
    hosts = (snap("host", uuid="host-0", name="Ingrid Solberg", organisation="ILO", email="",
                  role=m.HostRole.host, theme_uuid="theme-0", position=0),)
    people = tuple(snap("participant", uuid=f"p-{i}", name=name, organisation="Mission", country="Türkiye",
                        stakeholder_type=m.StakeholderType.state, delegation="", email="")
                   for i, name in enumerate(participants))
    members = tuple(snap("group_member", uuid=f"gm-{i}", group_uuid=groups[0].uuid, participant_uuid=p.uuid,
                         pinned=False) for i, p in enumerate(people))
    lesson_rows = tuple(snap("lesson", uuid=f"lesson-{i}", title=t, text=x, note_uuids=tuple(u), position=i)
                        for i, (t, x, u) in enumerate(lessons))
    w = snap("workshop", uuid="w", title=title, venue="Palais des Nations, Geneva", start_date=day.date,
             end_date=dt.date(2019, 3, 22), time_zone="Europe/Zurich", introduction=introduction,
             warning_minutes=10, danger_minutes=2, auto_start_next=False)
    return WorkshopSnapshot(workshop=w, days=(day,), rooms=room_rows, agenda=agenda, themes=themes, hosts=hosts,
                            participants=people, groups=groups, members=members, rounds=round_rows,
                            assignments=assignments, lessons=lesson_rows)


_FOOTER = re.compile(r"^Page \d+ of \n?\d+\n")


def page_texts(path: Path, title: str = TITLE) -> list[str]:
    """Each page's text without its footer (page number and running title)."""
    from pypdf import PdfReader

    out = []
    for page in PdfReader(str(path)).pages:
        text = page.extract_text()
        footer = _FOOTER.match(text)
        if footer:
            text = text[footer.end():]
            text = text.removeprefix(title)
        out.append(text)
    return out


def pdf_text(path: Path, title: str = TITLE) -> str:
    return "\n".join(page_texts(path, title))


def squeeze(text: str) -> str:
    """Text compared across line breaks: no whitespace, compatibility forms folded."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
