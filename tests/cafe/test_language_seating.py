"""World Café seating's refusals in the window's language, with each language's plural forms."""

from __future__ import annotations

import pytest

from cafe import i18n
from cafe.people.rotation import RotationError
from cafe.people.seating import world_cafe_tables


@pytest.fixture(autouse=True)
def english_after():
    yield
    i18n.set_interface_language("en")


def _refusal(people: int, tables: int, capacity: int | None = None) -> str:
    with pytest.raises(RotationError) as raised:
        world_cafe_tables([f"p{i}" for i in range(people)], [f"t{i}" for i in range(tables)], 1, seed=0,
                          capacity=capacity)
    return str(raised.value)


@pytest.mark.parametrize(("lang", "too_many", "no_tables"), [
    ("en", "13 people do not fit at 3 tables of 4 seats (12 seats).", "There are no tables to seat 1 person."),
    ("fr", "13 personnes ne tiennent pas à 3 tables de 4 places (12 places).",
     "Il n’y a aucune table pour asseoir 1 personne."),
    ("es", "13 personas no caben en 3 mesas de 4 plazas (12 plazas).", "No hay mesas para sentar a 1 persona."),
])
def test_seating_refusals_read_in_the_language(lang, too_many, no_tables):
    i18n.set_interface_language(lang)
    assert _refusal(13, 3, capacity=4) == too_many
    assert _refusal(1, 0) == no_tables


def test_arabic_counts_tables_in_the_dual_and_plural():
    i18n.set_interface_language("ar")
    assert "طاولتان" in _refusal(13, 2, capacity=4)
    assert "طاولات" in _refusal(13, 3, capacity=4)
    assert "شخصين" in _refusal(2, 0)
