"""Country matching against pycountry's ISO 3166-1 list."""

from __future__ import annotations

import pycountry
import pytest

from cafe.people.countries import all_countries, country_name, match_country, normalise


@pytest.mark.parametrize(("text", "alpha_3", "display"), [
    ("France", "FRA", "France"),
    ("  FRANCE ", "FRA", "France"),
    ("Cote d'Ivoire", "CIV", "Côte d'Ivoire"),
    ("Côte d’Ivoire", "CIV", "Côte d'Ivoire"),
    ("Ivory Coast", "CIV", "Côte d'Ivoire"),
    ("Turkey", "TUR", "Türkiye"),
    ("turkiye", "TUR", "Türkiye"),
    ("UK", "GBR", "United Kingdom"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR", "United Kingdom"),
    ("USA", "USA", "United States"),
    ("United States of America", "USA", "United States"),
    ("Russia", "RUS", "Russian Federation"),
    ("Bolivia", "BOL", "Bolivia"),
    ("Bolivia (Plurinational State of)", "BOL", "Bolivia"),
    ("Iran", "IRN", "Iran"),
    ("Iran (Islamic Republic of)", "IRN", "Iran"),
    ("Syria", "SYR", "Syria"),
    ("Syrian Arab Republic", "SYR", "Syria"),
    ("Viet Nam", "VNM", "Vietnam"),
    ("Vietnam", "VNM", "Vietnam"),
    ("Republic of Korea", "KOR", "South Korea"),
    ("Democratic People's Republic of Korea", "PRK", "North Korea"),
    ("DRC", "COD", "Democratic Republic of the Congo"),
    ("Democratic Republic of the Congo", "COD", "Democratic Republic of the Congo"),
    ("Congo", "COG", "Congo"),
    ("Holy See", "VAT", "Holy See"),
    ("State of Palestine", "PSE", "State of Palestine"),
    ("Palestine", "PSE", "State of Palestine"),
    ("Czech Republic", "CZE", "Czechia"),
    ("The Gambia", "GMB", "Gambia"),
    ("the Netherlands", "NLD", "Netherlands"),
    ("St. Lucia", "LCA", "Saint Lucia"),
    ("Trinidad & Tobago", "TTO", "Trinidad and Tobago"),
    ("United Republic of Tanzania", "TZA", "Tanzania"),
    ("fra", "FRA", "France"),
    ("DE", "DEU", "Germany"),
    ("Allemagne", "DEU", "Germany"),
    ("Estados Unidos", "USA", "United States"),
    ("البحرين", "BHR", "Bahrain"),
    ("مصر", "EGY", "Egypt"),
])
def test_exact_matches(text: str, alpha_3: str, display: str) -> None:
    found = match_country(text)
    assert found is not None
    assert (found.alpha_3, found.name, found.exact) == (alpha_3, display, True)


@pytest.mark.parametrize(("text", "alpha_3"), [
    ("Germny", "DEU"),      # a typo: close spelling
    ("Texas", "USA"),       # a region pycountry knows
    ("Korea", None),        # two countries share it: never exact
])
def test_guesses_are_flagged(text: str, alpha_3: str | None) -> None:
    found = match_country(text)
    assert found is not None
    assert found.exact is False
    if alpha_3 is not None:
        assert found.alpha_3 == alpha_3


@pytest.mark.parametrize("text", ["Narnia", "", "   ", "x", "--", "q" * 500, "\x00\x01"])
def test_no_match(text: str) -> None:
    assert match_country(text) is None


def test_display_names_print_as_a_report_would() -> None:
    names = all_countries()
    assert "Türkiye" in names
    assert "Côte d'Ivoire" in names
    assert "State of Palestine" in names
    assert "Holy See" in names
    assert not [name for name in names if name.endswith(" of") or ", The " in name]


def test_all_countries_is_every_iso_country_sorted_without_accents() -> None:
    names = all_countries()
    assert len(names) == len(set(names)) == len(pycountry.countries)
    assert names.index("Åland Islands") < names.index("Albania")
    assert names.index("Costa Rica") < names.index("Côte d'Ivoire") < names.index("Croatia")


def test_every_display_name_and_code_matches_back_exactly() -> None:
    for name in all_countries():
        found = match_country(name)
        assert found is not None and found.exact and found.name == name, name
    for country in pycountry.countries:
        found = match_country(country.alpha_3.lower())
        assert found is not None and found.alpha_3 == country.alpha_3


def test_country_name_by_code() -> None:
    assert country_name("civ") == "Côte d'Ivoire"
    assert country_name("ZZZ") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("  The  Côte-d’Ivoire ", "cote d ivoire"),
    ("St Kitts & Nevis", "saint kitts and nevis"),
    ("الإمارات", "الامارات"),
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected
