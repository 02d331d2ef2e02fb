"""The core's refusals and notices in the window's language: service errors, the registration CSV's
problems (naming file, line and column), the shared workshop's write refusals and the report's font
warnings read in French, Spanish and Arabic with their details filled in, and unchanged in English."""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

import pytest

from cafe import i18n
from cafe.people.csv_table import CsvImportError, read_table
from cafe.people.participants_csv import ColumnMapping, parse_participants
from cafe.report.coverage import MissingGlyphs
from cafe.service import ServiceError
from cafe.sync.access import write_refusal

CATALOGUES = Path(i18n.__file__).resolve().parent.parent / "resources" / "i18n" / "core"
FORMS = {"fr": 2, "es": 2, "ar": 6}


@contextmanager
def interface(lang: str):
    i18n.set_interface_language(lang)
    try:
        yield
    finally:
        i18n.set_interface_language("en")


def refusal(call) -> str:
    with pytest.raises(ServiceError) as raised:
        call()
    return str(raised.value)


@pytest.fixture
def people(workshop):
    workshop.import_participants([{"name": f"Person {i:02d}", "country": "France", "stakeholder_type": "state"}
                                  for i in range(12)])
    return workshop


# --- the service ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, expected", [
    ("en", "Warning minutes must be a whole number ≥ 0."),
    ("fr", "Les minutes d’avertissement doivent être un nombre entier ≥ 0."),
    ("es", "Los minutos de aviso deben ser un número entero ≥ 0."),
    ("ar", "يجب أن تكون دقائق التنبيه عددًا صحيحًا ≥ 0."),
])
def test_a_bad_warning_time_is_refused_in_the_window_language(workshop, lang, expected):
    w = workshop.snapshot().workshop
    with interface(lang):
        assert refusal(lambda: workshop.update_workshop(w.uuid, None, warning_minutes=-1)) == expected
    assert workshop.snapshot().workshop.warning_minutes == w.warning_minutes


@pytest.mark.parametrize("lang, expected", [
    ("en", "Round 1 already has 2 notes; cannot delete this agenda item."),
    ("fr", "Le tour 1 compte déjà 2 notes\u202f; impossible de supprimer ce point du programme."),
    ("es", "La ronda 1 ya tiene 2 notas; no se puede eliminar este punto del programa."),
    ("ar", "في الجولة 1 ملاحظتان (2) بالفعل؛ لا يمكن حذف هذا البند من جدول الأعمال."),
])
def test_a_round_with_notes_cannot_be_deleted_said_with_the_language_plural(workshop, lang, expected):
    snap = workshop.snapshot()
    room, (rnd, item) = snap.rooms[0], snap.round_items()[0]
    workshop.add_note(room.uuid, rnd.uuid, "practice", "Budget lines")
    workshop.add_note(room.uuid, rnd.uuid, "challenge", "Data gaps")
    with interface(lang):
        assert refusal(lambda: workshop.delete_agenda_item(item.uuid)) == expected
    assert item.uuid in {i.uuid for i in workshop.snapshot().agenda}


def test_one_note_is_singular_in_english_and_french(workshop):
    snap = workshop.snapshot()
    room, (rnd, item) = snap.rooms[0], snap.round_items()[0]
    workshop.add_note(room.uuid, rnd.uuid, "practice", "Budget lines")
    assert refusal(lambda: workshop.delete_agenda_item(item.uuid)).startswith("Round 1 already has 1 note;")
    with interface("fr"):
        assert refusal(lambda: workshop.delete_agenda_item(item.uuid)).startswith("Le tour 1 compte déjà 1 note\u202f;")


@pytest.mark.parametrize("lang, expected", [
    ("en", r"^Group D still has 3 members and 0 rotation entries; assign the groups again or move them first\.$"),
    ("fr", r"^Group D compte encore 3 membres et 0 affectation de rotation\u202f; refaites"),
    ("es", r"^Group D todavía tiene 3 miembros y 0 asignaciones de rotación; vuelva a asignar"),
    ("ar", r"^لا يزال لدى Group D 3 أعضاء و0 توزيع في التناوب؛"),
])
def test_dropping_a_group_with_members_is_refused_with_counts(people, lang, expected):
    people.assign_groups(n_groups=4, seed=1)
    with interface(lang):
        assert re.search(expected, refusal(lambda: people.set_group_count(3)))
    assert len(people.snapshot().groups) == 4


@pytest.mark.parametrize("lang, expected", [
    ("en", "World Café seating needs participants first."),
    ("fr", "La répartition aux tables du World Café nécessite d’abord\u00a0: participants."),
    ("es", "La distribución en mesas del World Café necesita primero: participantes."),
    ("ar", "يتطلب توزيع المقاعد في مقهى العالم أولًا: المشاركون."),
])
def test_seating_without_participants_names_what_is_missing(workshop, lang, expected):
    with interface(lang):
        assert refusal(workshop.build_world_cafe_seating) == expected


def test_the_rotation_lists_every_missing_thing_in_the_language(workshop):
    assert refusal(workshop.build_rotation) == "The rotation needs groups first."
    with interface("es"):
        assert refusal(workshop.build_rotation) == "La rotación necesita primero: grupos."


@pytest.mark.parametrize("lang, expected", [
    ("en", "“Lunch” is a break, not a plenary session: speakers and accounts are recorded for plenary sessions."),
    ("fr", "«\u00a0Lunch\u00a0» est une pause, pas une séance plénière\u00a0: les intervenants et les comptes "
           "rendus sont consignés pour les séances plénières."),
    ("es", "“Lunch” es una pausa, no una sesión plenaria: los oradores y las reseñas se registran para las "
           "sesiones plenarias."),
    ("ar", "«Lunch» استراحة وليست جلسة عامة: يُسجَّل المتحدثون والمحاضر للجلسات العامة."),
])
def test_speakers_are_refused_on_a_break(workshop, lang, expected):
    import datetime as dt

    day = workshop.snapshot().days[0]
    lunch = workshop.add_agenda_item(day.uuid, "break", dt.time(13), dt.time(15), "Lunch").row
    with interface(lang):
        assert refusal(lambda: workshop.add_speaker(lunch.uuid, "Amina")) == expected


def test_speaker_field_limits_and_note_fields_in_french(workshop):
    import datetime as dt

    day = workshop.snapshot().days[0]
    opening = workshop.add_agenda_item(day.uuid, "plenary", dt.time(10), dt.time(11), "Opening").row
    snap = workshop.snapshot()
    note = workshop.add_note(snap.rooms[0].uuid, snap.round_items()[0][0].uuid, "practice", "Text").row
    with interface("fr"):
        long_title = refusal(lambda: workshop.add_speaker(opening.uuid, "Amina", title="x" * 1000))
        assert re.fullmatch(r"La fonction d’un intervenant tient sur une ligne\u00a0: \d+ caractères au plus\.",
                            long_title)
        assert refusal(lambda: workshop.add_speaker(opening.uuid, "Amina", role="chair")).startswith(
            "«\u00a0chair\u00a0» n’est pas un rôle d’intervenant (rôles possibles\u00a0: moderator,")
        assert refusal(lambda: workshop.update_note(note.uuid, None, room="x")) == \
            "Impossible de modifier room d’une note ici."
    assert refusal(lambda: workshop.update_note(note.uuid, None, room="x")) == "Cannot change room of a note here."


def test_a_lesson_naming_missing_notes_in_arabic_and_spanish(workshop):
    with interface("ar"):
        text = refusal(lambda: workshop.add_lesson("Finance", note_uuids=["gone-1", "gone-2"]))
        assert text.startswith("لا يمكن أن يشير الدرس إلا إلى ملاحظات موجودة؛ ملاحظتان منها (2)") and "gone-1" in text
    with interface("es"):
        assert refusal(lambda: workshop.add_lesson("Finance", note_uuids=["gone-1"])) == \
            "Una lección solo puede remitir a notas existentes; 1 de ellas no existe (primera: gone-1)."


# --- the registration CSV ---------------------------------------------------------------------------

def test_an_empty_file_is_refused_naming_the_file():
    with pytest.raises(CsvImportError) as english:
        read_table(b"  \n", "inscriptions.csv")
    assert str(english.value) == "inscriptions.csv: the file is empty"
    for lang, expected in (("fr", "inscriptions.csv\u00a0: le fichier est vide"),
                           ("es", "inscriptions.csv: el archivo está vacío"),
                           ("ar", "inscriptions.csv: الملف فارغ")):
        with interface(lang), pytest.raises(CsvImportError) as raised:
            read_table(b"  \n", "inscriptions.csv")
        assert str(raised.value) == expected


def test_a_header_only_file_names_file_and_line():
    with interface("es"), pytest.raises(CsvImportError) as raised:
        read_table(b"Name;Email\n", "lista.csv")
    assert str(raised.value) == "lista.csv, línea 1: el archivo solo tiene una línea de encabezado y ningún participante"


def test_a_workbook_is_refused_with_the_advice_in_the_language():
    with interface("fr"), pytest.raises(CsvImportError) as raised:
        read_table(b"PK\x03\x04rest of a zip", "liste.xlsx")
    assert str(raised.value).startswith("liste.xlsx\u00a0: il s’agit d’un classeur ou d’une archive zip")
    assert "Fichier › Enregistrer sous › CSV UTF-8" in str(raised.value)


DATA = ("Name,Email,Type\n"
        "Amina Diallo,amina@example.org,state\n"
        "Karim Haddad,not-an-address,state\n"
        "Lucía Pérez,lucia@example.org\n"
        "Jean Dupont,jean@example.org,banana\n").encode()


@pytest.mark.parametrize("lang, expected", [
    ("en", ["line 3, column “Email”: “not-an-address” is not an e-mail address",
            "line 4: 2 fields where the header has 3; the missing ones are left empty",
            "line 5, column “Type”: “banana” is not a known stakeholder type; “other” is used"]),
    ("fr", ["ligne 3, colonne «\u00a0Email\u00a0»\u00a0: “not-an-address” n’est pas une adresse électronique",
            "ligne 4\u00a0: 2 champs alors que l’en-tête en compte 3\u202f; les champs manquants restent vides",
            "ligne 5, colonne «\u00a0Type\u00a0»\u00a0: “banana” n’est pas un type de partie prenante connu\u202f; "
            "«\u00a0autre\u00a0» est retenu"]),
    ("es", ["línea 3, columna “Email”: “not-an-address” no es una dirección de correo electrónico",
            "línea 4: 2 campos donde el encabezado tiene 3; los que faltan quedan vacíos",
            "línea 5, columna “Type”: “banana” no es un tipo de parte interesada conocido; se usa “otro”"]),
    ("ar", ["السطر 3، العمود «Email»: “not-an-address” ليس عنوان بريد إلكتروني",
            "السطر 4: حقلان (2) بينما يضم سطر العناوين 3؛ تُترك الحقول الناقصة فارغة",
            "السطر 5، العمود «Type»: “banana” ليس نوعًا معروفًا من الجهات المعنية؛ سيُستخدم «أخرى»"]),
])
def test_row_problems_name_line_and_column_in_the_language(lang, expected):
    with interface(lang):
        table = read_table(DATA, "list.csv")
        preview = parse_participants(table, ColumnMapping(name="Name", email="Email", stakeholder_type="Type"))
        assert [p.text for p in preview.problems] == expected
        assert len(preview.candidates) == 4


def test_a_mapping_naming_a_missing_column_names_the_field_in_the_language():
    table = read_table(DATA, "list.csv")
    with interface("fr"), pytest.raises(CsvImportError) as raised:
        parse_participants(table, ColumnMapping(name="Name", country="Pays"))
    assert str(raised.value) == ("list.csv\u00a0: la colonne «\u00a0Pays\u00a0» choisie pour «\u00a0Pays\u00a0» "
                                 "ne figure pas dans ce fichier")


# --- the shared workshop and the report -------------------------------------------------------------

class _Answer:
    def __init__(self, value):
        self.value = value

    def scalar(self):
        return self.value


class _Connection:
    """Answers the two questions write_refusal asks: this laptop's room, then the refused row's room."""

    def __init__(self, *rooms):
        self.rooms = list(rooms)

    def execute(self, *_args):
        return _Answer(self.rooms.pop(0))


def test_write_refusals_in_the_language():
    assert write_refusal(_Connection("Room XI", "Room VII"), 3, "notes") == \
        "This laptop writes for Room XI; Room VII's notes are read-only here."
    with interface("fr"):
        assert write_refusal(_Connection("Room XI", "Room VII"), 3, "notes") == \
            "Cet ordinateur saisit pour Room XI\u202f; ici, les notes de Room VII sont en lecture seule."
    with interface("es"):
        assert write_refusal(_Connection("Room XI"), None, "temas") == \
            "Este portátil solo trabaja para Room XI; aquí no se pueden modificar temas."
    with interface("ar"):
        assert write_refusal(_Connection(None), None, "المحاور") == \
            "لا يسمح حساب هذا الحاسوب بتغيير المحاور في ورشة العمل المشتركة."


def test_missing_glyph_warnings_in_the_language():
    warning = MissingGlyphs("theme 1, title", ("\ue000", "\ue001", "\ue002", "\ue003", "\ue004"))
    assert str(warning) == ("theme 1, title: U+E000, U+E001, U+E002 and 2 more not in the bundled fonts, "
                            "printed as \ufffd")
    with interface("fr"):
        assert str(warning) == ("theme 1, title\u00a0: U+E000, U+E001, U+E002 et 2 autres absent des polices "
                                "fournies, imprimé comme \ufffd")
    with interface("ar"):
        assert str(warning) == ("theme 1, title: U+E000, U+E001, U+E002 واثنان آخران (2) غير موجود في الخطوط "
                                "المرفقة، ويُطبع بالشكل \ufffd")


# --- the catalogue ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_every_message_is_translated_with_the_same_placeholders(lang):
    from babel.messages.pofile import read_po

    with (CATALOGUES / f"errors_{lang}.po").open("rb") as f:
        catalogue = read_po(f, locale=lang)
    assert catalogue.num_plurals == FORMS[lang]
    messages = [m for m in catalogue if m.id]
    assert len(messages) > 80
    for message in messages:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(message.id, tuple):
            assert len(strings) == FORMS[lang], message.id
        wanted = set(re.findall(r"\{\w*\}", ids[-1]))
        for text in strings:
            assert text and not message.fuzzy, message.id
            assert set(re.findall(r"\{\w*\}", text)) == wanted, (message.id, text)
