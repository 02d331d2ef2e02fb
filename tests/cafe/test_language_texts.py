"""The core's texts in French, Spanish and Arabic: the clock's phase words and counts, the agenda's
"next", category names and the host's brief, round labels and dates, roles and stakeholder types,
route texts, report section titles and the venue pages; English exactly as before."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from venue_support import serving

from cafe import i18n, workshop_file
from cafe.clock import agenda
from cafe.clock.agenda import AgendaEntry, next_up_text
from cafe.clock.overview import room_statuses
from cafe.clock.round_clock import ClockError, RoundClock, Thresholds
from cafe.clock.text import PHASE_WORDS, Phase, end_time_text, format_span, phase_text
from cafe.notes.brief import CATEGORIES, build_brief, outline
from cafe.people import labels, routes
from cafe.plenary.report_settings import DEFAULT_REPORT_TITLE, default_sections, report_title
from cafe.service import Service
from cafe.storage.db import open_database
from cafe.storage.paths import sample_workshop_path
from cafe.storage.workshop_index import NOTE_CATEGORIES, STATE_TEXT, WorkshopIndex, day_text
from cafe.venue import faces, pages

LANGS = ("fr", "es", "ar")


@pytest.fixture(scope="module")
def sample():
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, sample_workshop_path())
    yield service
    service.db.dispose()


def _in(lang: str, make):
    with i18n.output_language(lang):
        return make()


# -- the clock -----------------------------------------------------------------------------------
def test_every_phase_has_its_own_first_words_in_every_language():
    samples = [(Phase.scheduled, 0), (Phase.normal, 900), (Phase.warning, 300), (Phase.danger, 100),
               (Phase.overtime, -70), (Phase.paused, 300), (Phase.finished, 0)]
    english = [phase_text(p, s) for p, s in samples]
    for lang in LANGS:
        texts = _in(lang, lambda: [phase_text(p, s) for p, s in samples])
        firsts = [t.split(" \u00b7 ")[0] for t in texts]
        assert len(set(firsts)) == len(firsts), (lang, firsts)
        assert not set(texts) & set(english), (lang, texts)
    assert _in("fr", lambda: phase_text(Phase.warning, 300)) == "Concluez · 5 minutes restantes"
    assert _in("es", lambda: phase_text(Phase.overtime, -70)) == "Tiempo excedido 1:10"
    assert _in("ar", lambda: phase_text(Phase.danger, 0)) == "انتهى الوقت"
    # English exactly as it always read
    assert english == ["Not started", "Running", "Wrap up · 5 minutes left", "Final minutes · 2 minutes left",
                       "Overtime 1:10", "Paused", "Ended"]


def test_minutes_left_take_each_languages_plural_forms():
    def left(lang: str, minutes: int) -> str:
        return _in(lang, lambda: phase_text(Phase.warning, minutes * 60)).split(" \u00b7 ")[1]

    assert [left("en", n) for n in (1, 2)] == ["1 minute left", "2 minutes left"]
    assert [left("fr", n) for n in (1, 2)] == ["1 minute restante", "2 minutes restantes"]
    assert [left("es", n) for n in (1, 2)] == ["Queda 1 minuto", "Quedan 2 minutos"]
    # Arabic: one, two, few (3-10) and many (11-99) are four different words
    assert [left("ar", n) for n in (1, 2, 3, 11)] == ["تبقّت دقيقة واحدة", "تبقّت دقيقتان", "تبقّت 3 دقائق",
                                                      "تبقّت 11 دقيقة"]


def test_end_times_spans_and_refusals_read_in_the_language():
    now = dt.datetime(2019, 3, 21, 11, 55)
    assert end_time_text(Phase.normal, 600, now, "Europe/Zurich") == "ends 13:05"
    assert _in("fr", lambda: end_time_text(Phase.normal, 600, now, "Europe/Zurich")) == "fin à 13:05"
    assert _in("es", lambda: end_time_text(Phase.overtime, -60, now, "Europe/Zurich")) == "debía terminar a las 12:54"
    assert format_span(3900, signed=True) == "+1 h 5 min"
    assert _in("ar", lambda: format_span(3900, signed=False)) == "1 س 5 د"
    clock = RoundClock.scheduled(3600)
    with pytest.raises(ClockError, match="^Cannot pause the round: it has not started yet.$"):
        clock.pause(now)
    with i18n.output_language("fr"), pytest.raises(ClockError, match="Impossible de mettre le tour en pause"):
        clock.pause(now)
    with i18n.output_language("es"), pytest.raises(ClockError, match="tiempo de alerta"):
        Thresholds(60, 120)


def test_tables_translate_when_read_not_when_defined():
    from cafe.i18n import N_
    from cafe.i18n_tables import TranslatedMap, TranslatedPairs

    with i18n.output_language("fr"):  # a table defined while French is in effect ...
        words = TranslatedMap({"w": N_("Wrap up")})
        columns = TranslatedPairs((("challenge", N_("Challenges")),))
    assert words["w"] == "Wrap up" and list(columns) == [("challenge", "Challenges")]  # ... reads English here
    assert _in("fr", lambda: (words["w"], columns[0])) == ("Concluez", ("challenge", "Défis"))
    assert words.english("w") == "Wrap up" and columns.english("challenge") == "Challenges"
    assert PHASE_WORDS[Phase.overtime] == "Overtime" and dict(PHASE_WORDS)[Phase.paused] == "Paused"
    assert list(NOTE_CATEGORIES) == [("opportunity", "Opportunities"), ("challenge", "Challenges"),
                                     ("practice", "Practices"), ("other", "Other")]
    assert _in("fr", lambda: [t for _k, t in NOTE_CATEGORIES]) == ["Opportunités", "Défis", "Pratiques", "Autres"]
    assert _in("es", lambda: [t for _k, t in CATEGORIES][:3]) == ["Oportunidades", "Desafíos", "Prácticas"]
    assert _in("ar", lambda: NOTE_CATEGORIES.title("challenge")) == "التحديات"
    assert STATE_TEXT["running"] == "▶ running" and _in("es", lambda: STATE_TEXT["paused"]) == "⏸ en pausa"


def test_what_comes_next_reads_in_the_language_with_its_date():
    tz = "Europe/Zurich"
    entries = [
        AgendaEntry.local("r1", "round", "", dt.date(2019, 3, 21), dt.time(12), dt.time(13), tz),
        AgendaEntry.local("b1", "break", "", dt.date(2019, 3, 21), dt.time(13), dt.time(15), tz),
        AgendaEntry.local("r2", "round", "Round 2", dt.date(2019, 3, 22), dt.time(9, 30), dt.time(10, 30), tz),
    ]
    during_round = dt.datetime(2019, 3, 21, 11, 30)  # 12:30 in Geneva
    evening = dt.datetime(2019, 3, 21, 17)
    assert next_up_text(entries, during_round) == "Next: Break until 15:00"
    assert _in("fr", lambda: next_up_text(entries, during_round)) == "Ensuite : Pause jusqu’à 15:00"
    assert _in("es", lambda: next_up_text(entries, evening)) == "Round 2 mañana a las 09:30"
    assert _in("ar", lambda: agenda.kind_word("wrap-up")) == "الختام"
    later = [entries[0], AgendaEntry.local("r3", "round", "", dt.date(2019, 3, 25), dt.time(9), dt.time(10), tz)]
    assert next_up_text(later, evening) == "Round on 25 March at 09:00"
    assert _in("fr", lambda: next_up_text(later, evening)) == "Tour le 25 mars à 09:00"


# -- the sample workshop ---------------------------------------------------------------------------
def test_the_hosts_brief_reads_in_the_language_and_english_is_unchanged(sample):
    snap = sample.snapshot()
    notes = sample.notes() if hasattr(sample, "notes") else []
    room = snap.rooms[0].uuid
    third = sorted(snap.rounds, key=lambda r: r.number)[-1].uuid
    brief = build_brief(snap, notes, room, third)
    english = outline(brief)
    french = _in("fr", lambda: outline(brief))
    arabic = _in("ar", lambda: outline(brief))
    assert english[0].kind == "title" and "before round 3" in english[0].text
    assert "avant le tour 3" in french[0].text and "قبل الجولة 3" in arabic[0].text
    sections = [line for line in english if line.kind == "section"]
    if sections:  # the sample has notes in this room
        assert sections[0].text == "Opportunities" and "item" in sections[0].detail
        assert [x.text for x in french if x.kind == "section"][0] == "Opportunités"
        assert "élément" in [x.detail for x in french if x.kind == "section"][0]
    questions = [line for line in french if line.kind == "questions"]
    assert not questions or questions[0].text in ("Question directrice", "Questions directrices")


def test_day_and_round_labels_follow_the_language(sample):
    snap = sample.snapshot()
    index = WorkshopIndex(snap)
    day = snap.days[0]
    assert day_text(day).endswith("Thu 21 Mar 2019")
    assert _in("fr", lambda: day_text(day)).endswith("jeu. 21 mars 2019")
    assert _in("es", lambda: day_text(day)).endswith("jue 21 mar 2019")
    rnd = snap.rounds[0]
    assert index.round_label(rnd) == "Round 1 · 12:00–13:00"
    assert _in("ar", lambda: index.round_label(rnd)) == "الجولة 1 · \u206612:00–13:00\u2069"  # the range kept in order


def test_route_texts_roles_and_stakeholder_types_read_in_the_language(sample):
    snap = sample.snapshot()
    second = snap.rounds[1].uuid
    assert routes.move_lines(snap, second)[0].startswith("Round 2 — Group A → ")
    assert _in("fr", lambda: routes.move_lines(snap, second))[0].startswith("Tour 2 — Group A → ")
    assert _in("ar", lambda: routes.move_lines(snap, second))[0].startswith("الجولة 2 — Group A ← ")
    assert routes.waits_text() == routes.WAITS == "waits" and _in("es", routes.waits_text) == "espera"
    assert labels.stakeholder_label("civil society") == "Civil society"
    assert _in("fr", lambda: labels.stakeholder_label("civil society")) == "Société civile"
    assert _in("es", lambda: labels.stakeholder_label("state")) == "Estado"
    assert labels.stakeholder_label("unheard of") == "Unheard of"
    assert _in("ar", lambda: labels.host_role_label("note-taker")) == "مدوّن الملاحظات"
    assert _in("fr", lambda: labels.speaker_role_label("moderator", 2)) == "Modérateurs"
    assert labels.field_label("stakeholder_type") == "Stakeholder type"
    assert _in("es", lambda: labels.field_label("stakeholder_type")) == "Tipo de parte interesada"


def test_report_titles_translate_where_read_and_stay_english_where_stored():
    section = default_sections()[0]
    assert section.default_title == "Introduction" and _in("es", lambda: section.title) == "Introducción"
    annex = next(s for s in default_sections() if s.key == "annex")
    assert _in("fr", lambda: annex.title) == "Annexe : notes complètes des séances thématiques"
    assert annex.default_title == "Annex: full notes of the thematic sessions"
    assert report_title(None) == DEFAULT_REPORT_TITLE == "Report"
    assert _in("ar", lambda: report_title(None)) == "التقرير"


# -- the venue pages -------------------------------------------------------------------------------
def test_the_venue_pages_speak_the_workshops_output_language(workshop):
    w = workshop.snapshot().workshop
    workshop.update_workshop(w.uuid, w.version, language="fr")
    room_uuid = workshop.snapshot().rooms[0].uuid
    workshop.start_round(workshop.snapshot().rounds[0].uuid)
    with serving(workshop) as (_hub, _server, url):
        index = httpx.get(url + "/").text
        room = httpx.get(f"{url}/room/{room_uuid}").text
        board = httpx.get(url + "/now").text
        missing = httpx.get(url + "/no-such-page").text
    assert '<html lang="fr">' in index and "Afficher mon parcours" in index and "Show my route" not in index
    assert "Temps restant" in room and "En cours" in room and "Plein écran" in room
    assert "&quot;warning&quot;:&quot;Concluez&quot;" in room  # the page's own countdown words
    assert "Thème" in board and "Time left" not in board
    assert "Page introuvable" in missing


def test_an_arabic_page_is_written_right_to_left_and_english_stays_as_it_was(workshop):
    snap = workshop.snapshot()
    statuses = room_statuses(snap, dt.datetime(2019, 3, 21, 11))
    face = faces.room_face(snap, snap.rooms[0].uuid, dt.datetime(2019, 3, 21, 11), statuses=statuses)
    english = pages.room_page(face, "/room/x/events")
    assert '<html lang="en">' in english and "Guiding questions" in english and "Full screen" in english
    with i18n.output_language("ar"):
        face_ar = faces.room_face(snap, snap.rooms[0].uuid, dt.datetime(2019, 3, 21, 11), statuses=statuses)
        arabic = pages.room_page(face_ar, "/room/x/events")
        texts = pages.script_texts()
    assert '<html lang="ar" dir="rtl">' in arabic and "الأسئلة التوجيهية" in arabic
    # the page's script counts minutes with Arabic's six plural forms
    assert texts["minutes_left"] == {"zero": "لم تتبقَّ أي دقيقة", "one": "تبقّت دقيقة واحدة", "two": "تبقّت دقيقتان",
                                     "few": "تبقّت {n} دقائق", "many": "تبقّت {n} دقيقة", "other": "تبقّت {n} دقيقة"}


def test_every_core_text_has_a_translation_in_every_language():
    from babel.messages.pofile import read_po

    for lang in LANGS:
        path = i18n._CATALOGUES / "core" / f"texts_{lang}.po"
        with path.open("rb") as f:
            catalogue = read_po(f, locale=lang)
        untranslated = [m.id for m in catalogue if m.id and (not m.string or (
            isinstance(m.string, tuple) and not all(m.string)))]
        assert untranslated == [], (lang, untranslated[:5])
        for m in catalogue:  # every placeholder of the English is kept
            if not m.id:
                continue
            ids = m.id if isinstance(m.id, tuple) else (m.id,)
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            wanted = {p for p in ("{number}", "{time}", "{item}", "{title}", "{group}", "{place}", "{what}",
                                  "{code}", "{start}", "{end}", "{date}", "{rounds}", "{why}", "{span}")
                      if p in ids[-1]}
            for s in strings:
                assert all(p in s for p in wanted), (lang, m.id, s)


# -- refusals read in the window's language ------------------------------------------------------------
@pytest.fixture
def french_window():
    i18n.set_interface_language("fr")
    yield
    i18n.set_interface_language("en")


def test_refusals_are_written_in_the_windows_language(workshop, french_window):
    from cafe.service_errors import NotFound, ServiceError

    with pytest.raises(ServiceError, match="^Une salle doit avoir un nom.$"):
        workshop.add_room("   ")
    with pytest.raises(ServiceError, match="^Un élément ne peut pas rester vide|^Un élément vide n’a pas été ajouté"):
        snap = workshop.snapshot()
        workshop.add_note(room_uuid=snap.rooms[0].uuid, round_uuid=snap.rounds[0].uuid, category="practice",
                          text="   ")
    with pytest.raises(NotFound, match=r"^Cet élément \(salle\) n’existe plus ; il a été supprimé ailleurs.$"):
        workshop.update_room("no-such-room", None, name="X")
    with pytest.raises(ServiceError, match="Le message de scène|Un message de scène tient sur une ligne"):
        snap = workshop.snapshot()
        workshop.set_stage_message(snap.rounds[0].uuid, snap.rooms[0].uuid, "x" * 500)


def test_refusals_stay_english_in_an_english_window(workshop):
    from cafe.service_errors import NotFound, ServiceError

    with pytest.raises(ServiceError, match="^A room needs a name.$"):
        workshop.add_room("")
    with pytest.raises(NotFound, match="^This room no longer exists; it was deleted elsewhere.$"):
        workshop.update_room("no-such-room", None, name="X")
