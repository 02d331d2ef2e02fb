"""The rotation's and the group balance's sentences in the window's language: what the sizes make impossible
("4 groups but only 3 rooms…"), refused moves, a broken grid's problems, the delegation and group-size notes
and the refusals of bad input read in French, Spanish and Arabic with their names and numbers filled in
(Arabic's plural forms included), and unchanged in English."""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

import pytest

from cafe import i18n
from cafe.people.group_model import GroupingError, Person
from cafe.people.grouping import assign_groups
from cafe.people.rotation import RotationError, check_move, count_text, make_schedule, validate
from cafe.service import ServiceError

CATALOGUES = Path(i18n.__file__).resolve().parent.parent / "resources" / "i18n" / "core"
FORMS = {"fr": 2, "es": 2, "ar": 6}


@contextmanager
def interface(lang: str):
    i18n.set_interface_language(lang)
    try:
        yield
    finally:
        i18n.set_interface_language("en")


@pytest.fixture(autouse=True)
def english_after_each_test():
    yield
    i18n.set_interface_language("en")


def waiting_problem(n_groups: int, n_rooms: int, rounds: int = 1) -> str:
    return make_schedule([f"G{i}" for i in range(n_groups)], [f"R{i}" for i in range(n_rooms)], rounds).problems[0]


# --- the rotation through the service ------------------------------------------------------------------------

@pytest.mark.parametrize("lang, expected", [
    ("en", "4 groups but only 3 rooms: 1 group waits in each round, taking turns."),
    ("fr", "4 groupes mais seulement 3 salles\u00a0: à tour de rôle, 1 groupe attend à chaque tour."),
    ("es", "4 grupos pero solo 3 salas: en cada ronda 1 grupo espera, por turnos."),
    ("ar", "لدينا 4 مجموعات والمتاح 3 قاعات فقط: في كل جولة تنتظر مجموعة واحدة (1)، بالتناوب."),
])
def test_building_the_rotation_says_who_waits_in_the_window_language(workshop, lang, expected):
    workshop.set_group_count(4)
    with interface(lang):
        schedule = workshop.build_rotation().row
    assert schedule.problems == (expected,)
    assert len(workshop.snapshot().assignments) == 6  # three rooms, two rounds: the grid is built all the same


def test_the_window_language_does_not_change_what_the_rotation_stores(workshop):
    workshop.set_group_count(4)
    workshop.build_rotation()
    english = {(a.round_uuid, a.group_uuid, a.room_uuid) for a in workshop.snapshot().assignments}
    with interface("ar"):
        workshop.build_rotation()
    assert {(a.round_uuid, a.group_uuid, a.room_uuid) for a in workshop.snapshot().assignments} == english


def test_a_refused_move_names_group_room_and_round_in_french(workshop):
    workshop.set_group_count(3)
    schedule = workshop.build_rotation().row
    r1 = schedule.rounds[0]
    a, b = schedule.groups[0], schedule.groups[1]
    with interface("fr"), pytest.raises(ServiceError) as raised:
        workshop.move_in_rotation(r1, a, schedule.room_of(r1, b))
    text = str(raised.value)
    assert re.fullmatch(r"Room \w+ accueille déjà Group B au .+\u202f; permutez plutôt les deux groupes\.", text), text
    assert workshop.snapshot().assignments  # nothing changed: the grid is still there


# --- the rotation's sentences, function by function --------------------------------------------------------

@pytest.mark.parametrize("waiting, expected", [
    (1, "تنتظر مجموعة واحدة (1)"),
    (2, "تنتظر مجموعتان (2)"),
    (3, "تنتظر 3 مجموعات"),
    (11, "تنتظر 11 مجموعةً"),
])
def test_waiting_groups_take_the_arabic_plural_forms(waiting, expected):
    with interface("ar"):
        text = waiting_problem(waiting + 1, 1)
    assert f"في كل جولة {expected}، بالتناوب." in text, text


@pytest.mark.parametrize("n, expected", [
    (1, "مجموعة واحدة (1)"), (2, "مجموعتان (2)"), (3, "3 مجموعات"), (11, "11 مجموعةً"), (100, "100 مجموعة"),
])
def test_counted_groups_in_arabic(n, expected):
    with interface("ar"):
        assert count_text(n, "group") == expected
    assert count_text(n, "group") == (f"{n} group" if n == 1 else f"{n} groups")


def test_one_and_several_in_french_and_spanish():
    with interface("fr"):
        assert waiting_problem(3, 1).endswith("2 groupes attendent à chaque tour.")
        assert count_text(1, "person", "people") == "1 personne"
    with interface("es"):
        assert make_schedule(["A", "B"], ["X", "Y", "Z"], 1).problems == (
            "3 salas pero solo 2 grupos: 1 sala queda vacía en cada ronda.",)


@pytest.mark.parametrize("lang, expected", [
    ("en", "5 rounds but only 2 rooms: each group can visit at most 2 rooms, and taking turns every group has done "
           "so after 3 rounds, so rounds 4–5 leave every group waiting."),
    ("fr", "5 tours mais seulement 2 salles\u00a0: chaque groupe peut visiter au plus 2 salles et, à tour de rôle, "
           "tous l’ont fait au bout de 3 tours, donc aux tours 4 à 5, tous les groupes attendent."),
    ("es", "5 rondas pero solo 2 salas: cada grupo puede visitar como máximo 2 salas y, por turnos, todos lo han "
           "hecho al cabo de 3 rondas, así que en las rondas 4 a 5 todos los grupos esperan."),
    ("ar", "لدينا 5 جولات وقاعتان (2) فقط: أقصى ما يمكن أن تزوره كل مجموعة قاعتان (2)، وبالتناوب تكتمل زيارات "
           "كل المجموعات حين تنقضي 3 جولات، لذا تنتظر كل المجموعات في الجولات من 4 إلى 5."),
])
def test_rounds_beyond_what_the_rooms_allow(lang, expected):
    with interface(lang):
        assert make_schedule(["A", "B", "C"], ["X", "Y"], 5).problems[1] == expected


@pytest.mark.parametrize("lang, expected", [
    ("en", "4 rounds but only 3 rooms: each group can visit at most 3 rooms, so round 4 leaves every group waiting."),
    ("fr", "4 tours mais seulement 3 salles\u00a0: chaque groupe peut visiter au plus 3 salles, donc au tour 4, "
           "tous les groupes attendent."),
    ("es", "4 rondas pero solo 3 salas: cada grupo puede visitar como máximo 3 salas, así que en la ronda 4 todos "
           "los grupos esperan."),
    ("ar", "لدينا 4 جولات و3 قاعات فقط: أقصى ما يمكن أن تزوره كل مجموعة 3 قاعات، لذا تنتظر كل المجموعات في "
           "الجولة 4."),
])
def test_one_spare_round(lang, expected):
    with interface(lang):
        assert make_schedule(["A", "B", "C"], ["X", "Y", "Z"], 4).problems == (expected,)


def test_check_move_in_spanish_and_arabic_names_the_round_by_position():
    schedule = make_schedule(["A", "B", "C"], ["X", "Y", "Z"], ["r1", "r2", "r3"])
    with interface("es"):
        assert check_move(schedule, "r1", "A", "Y") == \
            "Y ya acoge a B en la ronda 1; en este caso, intercambie los dos grupos."
    with interface("ar"):
        assert check_move(schedule, "r2", "A", "X") == "X تستقبل C بالفعل في الجولة 2؛ بدّل بين المجموعتين بدلًا من ذلك."
        assert check_move(schedule, "r9", "A", "X") == "لا توجد جولة 'r9' في هذا التناوب."


@pytest.mark.parametrize("lang, expected", [
    ("en", ["Group A is listed twice.", "X holds A, B and C in round 1.", "A visits X more than once (round 1 and round 2)."]),
    ("fr", ["Le groupe A figure deux fois.", "X accueille à la fois A, B et C au tour 1.",
            "A se rend plus d’une fois dans X (tour 1 et tour 2)."]),
    ("es", ["El grupo A figura dos veces.", "X acoge a la vez a A, B y C en la ronda 1.",
            "A visita X más de una vez (ronda 1 y ronda 2)."]),
    ("ar", ["المجموعة A مُدرجة مرتين.", "X تستقبل A، B وC معًا في الجولة 1.",
            "A تزور X أكثر من مرة (الجولة 1 والجولة 2)."]),
])
def test_a_broken_grid_is_listed_in_the_language(lang, expected):
    cells = {("1", "A"): "X", ("1", "B"): "X", ("1", "C"): "X", ("2", "A"): "X"}
    with interface(lang):
        assert validate(cells, ["A", "B", "C", "A"], ["X"], 2) == expected


def test_refusals_of_bad_keys_in_french():
    with interface("fr"):
        with pytest.raises(RotationError) as twice:
            make_schedule(["A", "A"], ["X"], 1)
        assert str(twice.value) == "Le groupe 'A' figure deux fois."
        with pytest.raises(RotationError) as negative:
            make_schedule(["A"], ["X"], -1)
        assert str(negative.value) == "Le nombre de tours ne peut pas être négatif (valeur reçue\u00a0: -1)."


# --- the group balance -----------------------------------------------------------------------------------------

def kenya(n: int) -> list[Person]:
    return [Person(f"k{i}", "Kenya", "state", "", "Kenya") for i in range(n)] + [Person(f"x{i}") for i in range(8)]


@pytest.mark.parametrize("lang, expected", [
    ("en", "Delegation Kenya has 7 members but there are only 3 groups, so some groups hold 3 of them."),
    ("fr", "La délégation Kenya compte 7 membres, mais il n’y a que 3 groupes, si bien que certains groupes en "
           "comptent 3."),
    ("es", "La delegación Kenya tiene 7 miembros, pero solo hay 3 grupos, así que algunos grupos reúnen a 3 de "
           "ellos."),
    ("ar", "يضم وفد Kenya 7 أعضاء، والمتاح 3 مجموعات فقط، لذا تضم بعض المجموعات 3 منهم."),
])
def test_a_large_delegation_is_reported_in_the_language(lang, expected):
    with interface(lang):
        assert assign_groups(kenya(7), 3, seed=0).problems == (expected,)


@pytest.mark.parametrize("members, groups, expected", [
    (2, 1, "يضم وفد Kenya عضوين (2)، والمتاح مجموعة واحدة (1) فقط، لذا تضم بعض المجموعات 2 منهم."),
    (3, 2, "يضم وفد Kenya 3 أعضاء، والمتاح مجموعتان (2) فقط، لذا تضم بعض المجموعات 2 منهم."),
    (11, 3, "يضم وفد Kenya 11 عضوًا، والمتاح 3 مجموعات فقط، لذا تضم بعض المجموعات 4 منهم."),
])
def test_delegation_notes_take_the_arabic_plural_forms(members, groups, expected):
    with interface("ar"):
        assert assign_groups(kenya(members), groups, seed=0).problems[0] == expected


def test_split_delegation_and_empty_groups_in_spanish_and_french():
    people = [Person(f"k{i}", "Kenya", "state", "", "Kenya") for i in range(3)] + [Person(f"x{i}") for i in range(9)]
    with interface("es"):
        split = assign_groups(people, 3, pinned={"k0": 0, "k1": 1}, delegations="together", seed=0)
        assert split.problems[0] == "La delegación Kenya está repartida entre los grupos 1 y 2."
    with interface("fr"):
        few = assign_groups([Person("a"), Person("b")], 4, seed=0)
        assert few.problems == ("Seulement 2 personnes pour 4 groupes\u00a0: 2 groupes restent vides.",)
    with interface("ar"):
        one = assign_groups([Person("a")], 2, seed=0)
        assert one.problems == ("لدينا شخص واحد (1) فقط ومجموعتان (2): تبقى مجموعة واحدة (1) فارغة.",)
    assert assign_groups([Person("a"), Person("b")], 4, seed=0).problems == (
        "Only 2 people for 4 groups: 2 groups stay empty.",)


def test_assigning_groups_through_the_service_reports_in_the_language(workshop):
    workshop.import_participants([{"name": f"Delegate {i}", "country": "Kenya", "stakeholder_type": "state",
                                   "delegation": "Kenya"} for i in range(5)])
    with interface("fr"):
        result = workshop.assign_groups(n_groups=2, seed=0).row
    assert result.problems == ("La délégation Kenya compte 5 membres, mais il n’y a que 2 groupes, si bien que "
                               "certains groupes en comptent 3.",)


def test_a_pin_beyond_the_groups_is_refused_in_the_language():
    people = kenya(2)
    with interface("fr"), pytest.raises(GroupingError) as french:
        assign_groups(people, 1, pinned={"k0": 4})
    assert str(french.value).endswith("est fixé dans le groupe 5, mais il n’y a que 1 groupe.")
    with interface("es"), pytest.raises(GroupingError) as spanish:
        assign_groups(people, 3, pinned={"k0": 4})
    assert str(spanish.value).endswith("está fijado en el grupo 5, pero solo hay 3 grupos.")
    with pytest.raises(GroupingError) as english:
        assign_groups(people, 1, pinned={"k0": 4})
    assert str(english.value).endswith("is held in group 5, but there is only 1 group.")


# --- the catalogue ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_every_message_is_translated_with_the_same_placeholders(lang):
    from babel.messages.pofile import read_po

    with (CATALOGUES / f"rotation_{lang}.po").open("rb") as f:
        catalogue = read_po(f, locale=lang)
    assert catalogue.num_plurals == FORMS[lang]
    messages = [m for m in catalogue if m.id]
    assert len(messages) >= 40
    for message in messages:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(message.id, tuple):
            assert len(strings) == FORMS[lang], message.id
        wanted = set(re.findall(r"\{\w*\}", ids[-1]))
        assert all(set(re.findall(r"\{\w*\}", i)) == wanted for i in ids), message.id
        for text in strings:
            assert text and not message.fuzzy, message.id
            assert set(re.findall(r"\{\w*\}", text)) == wanted, (message.id, text)
            if lang != "fr":
                continue
            assert not re.search(r"[^\u00a0\u202f][:;!?](\s|$)", text), (message.id, text)  # French spacing


def test_every_message_of_the_code_is_in_the_catalogues():
    from babel.messages.extract import extract_from_file
    from babel.messages.pofile import read_po

    sources = [Path(i18n.__file__).parent / "people" / name for name in ("rotation.py", "group_balance.py")]
    keywords = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
    wanted = set()
    for source in sources:
        for _line, message, _comments, context in extract_from_file("python", source, keywords=keywords):
            wanted.add((context, message if isinstance(message, str) else message[0]))
    assert len(wanted) >= 40
    for lang in FORMS:
        with (CATALOGUES / f"rotation_{lang}.po").open("rb") as f:
            catalogue = read_po(f, locale=lang)
        have = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalogue if m.id}
        assert wanted <= have, (lang, wanted - have)
