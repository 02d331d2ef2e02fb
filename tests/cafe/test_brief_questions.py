"""The host's brief opens with the theme's guiding questions (also printed), and its counts are honest."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe.notes.brief import build_brief, outline, write_pdf


@pytest.fixture
def room(workshop):
    svc = workshop
    day = svc.snapshot().days[0]
    svc.add_agenda_item(day.uuid, "round", dt.time(16, 15), dt.time(17, 15), "Round 3")
    snap = svc.snapshot()
    return svc, snap.rooms[0].uuid, [r.uuid for r in snap.rounds]


def brief_of(svc, room_uuid, rnd):
    return build_brief(svc.snapshot(), svc.notes(room_uuid), room_uuid, rnd)


def test_the_guiding_questions_open_every_brief_even_the_first_groups(room):
    svc, room_uuid, rounds = room
    theme = svc.snapshot().theme_in_room(room_uuid)
    svc.update_theme(theme.uuid, theme.version,
                     guiding_questions=["Which pathways  work well?", "  ", "What role for\nregional agreements?"])
    first = outline(brief_of(svc, room_uuid, rounds[0]))
    assert [(x.kind, x.text, x.detail) for x in first[1:4]] == [
        ("questions", "Guiding questions", ""), ("question", "Which pathways work well?", "1"),
        ("question", "What role for regional agreements?", "2")]
    assert first[4].kind == "empty"  # nothing from earlier groups yet, but the questions are there

    svc.add_note(room_uuid, rounds[0], "challenge", "Visa delays")
    svc.set_round_summary(room_uuid, rounds[0], "Group one: visas.")
    brief = brief_of(svc, room_uuid, rounds[1])
    for lines in (outline(brief), outline(brief, full=True)):
        assert [x.kind for x in lines[:5]] == ["title", "questions", "question", "question", "summary"]


def test_one_question_is_captioned_as_one_and_none_adds_no_caption(room):
    svc, room_uuid, rounds = room
    theme = svc.snapshot().theme_in_room(room_uuid)
    svc.update_theme(theme.uuid, theme.version, guiding_questions=["Only this?"])
    assert [x.text for x in outline(brief_of(svc, room_uuid, rounds[0]))[1:3]] == ["Guiding question", "Only this?"]
    theme = svc.snapshot().theme_in_room(room_uuid)
    svc.update_theme(theme.uuid, theme.version, guiding_questions=[])
    assert not [x for x in outline(brief_of(svc, room_uuid, rounds[0])) if x.kind in ("questions", "question")]


def test_the_printed_brief_carries_the_guiding_questions(room, tmp_path):
    from pypdf import PdfReader

    svc, room_uuid, rounds = room
    svc.add_note(room_uuid, rounds[0], "practice", "Flexi visa (Bahrain)")
    target = tmp_path / "brief.pdf"
    write_pdf(outline(brief_of(svc, room_uuid, rounds[1])), target)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Guiding questions" in text
    assert "1. Question 1.1" in text and "2. Question 1.2" in text
    assert text.index("Question 1.2") < text.index("Flexi visa")  # at the top, before the items


def _counts_are_honest(lines):
    """Every heading's shown items plus its "… N more" add up to its count, and N is never 1."""
    current, shown, problems = None, 0, []

    def close():
        if current is not None:
            total = int(current.detail.split()[0])
            more = next((int(x.text.split()[1]) for x in block if x.kind == "more"), 0)
            if shown + more != total or more == 1:
                problems.append((current.text, current.detail, shown, more))

    block: list = []
    for line in lines:
        if line.kind in ("heading", "section", "citations"):
            close()
            current, shown, block = (line if line.kind == "heading" else None), 0, []
        elif line.kind == "item":
            shown += 1
        block.append(line)
    close()
    return problems


def test_the_short_brief_never_hides_an_item_behind_one_more(room):
    svc, room_uuid, rounds = room
    # the last group's many short items take the budget; an older, longer item sits alone under its heading
    for n in range(40):
        svc.add_note(room_uuid, rounds[1], "challenge", f"New short point {n} on fees", heading="Fees:")
    svc.add_note(room_uuid, rounds[0], "opportunity",
                 "Bilateral labour agreements can set common standards for admission, recognition of skills, "
                 "social security and return, and should be monitored jointly with trade unions",
                 heading="Regulatory frameworks:")
    brief = brief_of(svc, room_uuid, rounds[2])
    lines = outline(brief)

    at = next(i for i, x in enumerate(lines) if x.kind == "heading" and x.text == "Regulatory frameworks:")
    assert lines[at].detail == "1 item"
    assert lines[at + 1].kind == "item" and lines[at + 1].text.startswith("Bilateral labour agreements")
    assert not [x for x in lines if x.kind == "more" and x.text.startswith("… 1 more")]
    assert [x for x in lines if x.kind == "more"]  # the short brief still leaves items out elsewhere
    assert _counts_are_honest(lines) == []


@pytest.mark.parametrize("budget", [0, 15, 40, 80, 160, 280])
def test_counts_stay_honest_at_any_budget(room, budget):
    svc, room_uuid, rounds = room
    for n in range(7):
        svc.add_note(room_uuid, rounds[0], "practice", f"Old practice {n} with quite a few words in it",
                     heading="Capacity building:" if n % 2 else "Regulatory frameworks:")
    for n in range(5):
        svc.add_note(room_uuid, rounds[1], "challenge", f"Fresh challenge {n}", heading="Fees:" if n < 4 else "")
    lines = outline(brief_of(svc, room_uuid, rounds[2]), word_budget=budget)
    assert _counts_are_honest(lines) == []
    assert not [x for x in lines if x.kind == "more" and x.text.startswith("… 1 more")]
