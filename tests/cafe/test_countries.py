"""Countries: the UN's names for UN States, every other form an alias of them, anything else kept as typed."""

from __future__ import annotations

import pycountry
import pytest

from cafe.people.countries import (
    all_countries,
    canonical_spellings,
    country_display,
    country_name,
    is_un_state,
    match_country,
    name_key,
    normalise,
    un_states,
)
from cafe.people.un_names import UN_STATES


@pytest.mark.parametrize(("text", "alpha_3", "un_name"), [
    ("France", "FRA", "France"),
    ("  FRANCE ", "FRA", "France"),
    ("Republic of Korea", "KOR", "Republic of Korea"),
    ("South Korea", "KOR", "Republic of Korea"),
    ("Korea, Republic of", "KOR", "Republic of Korea"),
    ("République de Corée", "KOR", "Republic of Korea"),
    ("대한민국", "KOR", "Republic of Korea"),
    ("Democratic People's Republic of Korea", "PRK", "Democratic People's Republic of Korea"),
    ("North Korea", "PRK", "Democratic People's Republic of Korea"),
    ("Viet Nam", "VNM", "Viet Nam"),
    ("Vietnam", "VNM", "Viet Nam"),
    ("VIETNAM", "VNM", "Viet Nam"),
    ("Việt Nam", "VNM", "Viet Nam"),
    ("Türkiye", "TUR", "Türkiye"),
    ("TÜRKIYE", "TUR", "Türkiye"),
    ("turkiye", "TUR", "Türkiye"),
    ("Turkey", "TUR", "Türkiye"),
    ("Turquie", "TUR", "Türkiye"),
    ("Cote d'Ivoire", "CIV", "Côte d'Ivoire"),
    ("Côte d’Ivoire", "CIV", "Côte d'Ivoire"),
    ("Ivory Coast", "CIV", "Côte d'Ivoire"),
    ("Costa de Marfil", "CIV", "Côte d'Ivoire"),
    ("Deutschland", "DEU", "Germany"),
    ("Allemagne", "DEU", "Germany"),
    ("DE", "DEU", "Germany"),
    ("España", "ESP", "Spain"),
    ("Brasil", "BRA", "Brazil"),
    ("Nederland", "NLD", "Netherlands (Kingdom of the)"),
    ("The Netherlands", "NLD", "Netherlands (Kingdom of the)"),
    ("Pays-Bas", "NLD", "Netherlands (Kingdom of the)"),
    ("Holland", "NLD", "Netherlands (Kingdom of the)"),
    ("Schweiz", "CHE", "Switzerland"),
    ("Suisse", "CHE", "Switzerland"),
    ("Svizzera", "CHE", "Switzerland"),
    ("Österreich", "AUT", "Austria"),
    ("Россия", "RUS", "Russian Federation"),
    ("Alemanha", "DEU", "Germany"),             # names in other languages: pycountry's translations
    ("Niederlande", "NLD", "Netherlands (Kingdom of the)"),
    ("Republik Korea", "KOR", "Republic of Korea"),  # "Korea, Republik" turned round
    ("Russia", "RUS", "Russian Federation"),
    ("日本", "JPN", "Japan"),
    ("UK", "GBR", "United Kingdom of Great Britain and Northern Ireland"),
    ("United Kingdom", "GBR", "United Kingdom of Great Britain and Northern Ireland"),
    ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "GBR",
     "United Kingdom of Great Britain and Northern Ireland"),
    ("USA", "USA", "United States of America"),
    ("Estados Unidos", "USA", "United States of America"),
    ("Bolivia", "BOL", "Bolivia (Plurinational State of)"),
    ("Bolivie (État plurinational de)", "BOL", "Bolivia (Plurinational State of)"),
    ("Iran", "IRN", "Iran (Islamic Republic of)"),
    ("République islamique d'Iran", "IRN", "Iran (Islamic Republic of)"),
    ("Irán (República Islámica del)", "IRN", "Iran (Islamic Republic of)"),
    ("Syria", "SYR", "Syrian Arab Republic"),
    ("Venezuela", "VEN", "Venezuela (Bolivarian Republic of)"),
    ("Tanzania", "TZA", "United Republic of Tanzania"),
    ("Moldova", "MDA", "Republic of Moldova"),
    ("Laos", "LAO", "Lao People's Democratic Republic"),
    ("Czech Republic", "CZE", "Czechia"),
    ("Swaziland", "SWZ", "Eswatini"),
    ("Cape Verde", "CPV", "Cabo Verde"),
    ("DRC", "COD", "Democratic Republic of the Congo"),
    ("Congo", "COG", "Congo"),
    ("The Gambia", "GMB", "Gambia"),
    ("St. Lucia", "LCA", "Saint Lucia"),
    ("Trinidad & Tobago", "TTO", "Trinidad and Tobago"),
    ("Holy See", "VAT", "Holy See"),
    ("Vatican", "VAT", "Holy See"),
    ("Palestine", "PSE", "State of Palestine"),
    ("État de Palestine", "PSE", "State of Palestine"),
    ("fra", "FRA", "France"),
    ("البحرين", "BHR", "Bahrain"),
    ("مصر", "EGY", "Egypt"),
])
def test_un_states_are_named_the_un_way(text: str, alpha_3: str, un_name: str) -> None:
    found = match_country(text)
    assert found is not None
    assert (found.alpha_3, found.name, found.exact, found.un_state) == (alpha_3, un_name, True, True)


@pytest.mark.parametrize(("text", "alpha_3"), [
    ("Kosovo", "XKX"),
    ("KOSOVO", "XKX"),
    ("Kosova", "XKX"),
    ("Taiwan", "TWN"),
    ("Chinese Taipei", "TWN"),
    ("Hong Kong", "HKG"),
    ("Hong Kong SAR", "HKG"),
    ("Puerto Rico", "PRI"),
    ("Greenland", "GRL"),
])
def test_places_that_are_not_un_states_are_kept_as_typed(text: str, alpha_3: str) -> None:
    found = match_country(f"  {text} ")
    assert found is not None
    assert (found.alpha_3, found.name, found.exact, found.un_state) == (alpha_3, text, True, False)


def test_kosovo_is_never_read_as_another_state() -> None:
    for text in ("Kosovo", "Kosova", "Kosovë", "Republic of Kosovo", "Kosovo*"):
        found = match_country(text)
        assert found is not None and found.exact and found.alpha_3 == "XKX", text
        assert name_key(text) == "country:XKX" != name_key("Serbia")
    assert country_display("Kosovo") == "Kosovo"
    typo = match_country("Kosvo")  # a close spelling suggests Kosovo itself
    assert typo is not None and (typo.name, typo.exact, typo.un_state) == ("Kosovo", False, False)


@pytest.mark.parametrize(("text", "alpha_3", "suggested"), [
    ("Germny", "DEU", "Germany"),
    ("Ivory Cost", "CIV", "Côte d'Ivoire"),
    ("Viet Nan", "VNM", "Viet Nam"),
])
def test_close_spellings_are_only_suggestions(text: str, alpha_3: str, suggested: str) -> None:
    found = match_country(text)
    assert found is not None
    assert (found.alpha_3, found.name, found.exact) == (alpha_3, suggested, False)


@pytest.mark.parametrize("text", [
    "Texas",       # a region inside a State is not that State
    "Scotland",    # nor a part of one
    "Korea",       # two countries share it: neither is suggested
    "Narnia", "", "   ", "x", "--", "q" * 500, "\x00\x01",
])
def test_no_match(text: str) -> None:
    assert match_country(text) is None


def test_the_un_list_has_every_member_and_observer_state_once() -> None:
    codes = [code for code, *_ in UN_STATES]
    assert len(codes) == len(set(codes)) == 195
    assert all(pycountry.countries.get(alpha_3=code) is not None for code in codes)
    assert is_un_state("vnm") and is_un_state("PSE") and not is_un_state("TWN") and not is_un_state("XKX")


def test_every_un_name_in_english_french_and_spanish_matches_its_state() -> None:
    for code, *names in UN_STATES:
        for name in names:
            found = match_country(name)
            assert found is not None and found.exact and found.alpha_3 == code, name
            assert found.name == names[0]


def test_lists_offer_the_un_names_and_the_other_places() -> None:
    states = un_states()
    assert len(states) == 195
    assert {"Türkiye", "Côte d'Ivoire", "Viet Nam", "Republic of Korea", "State of Palestine", "Holy See"} <= set(states)
    assert not {"Vietnam", "South Korea", "Turkey", "Kosovo", "Taiwan"} & set(states)
    names = all_countries()
    assert set(states) < set(names) and {"Kosovo", "Taiwan", "Hong Kong"} <= set(names)
    assert len(names) == len(set(names)) == len(pycountry.countries) + 1  # and Kosovo
    assert names.index("Costa Rica") < names.index("Côte d'Ivoire") < names.index("Croatia")


def test_every_listed_name_and_code_matches_back_exactly() -> None:
    for name in all_countries():
        found = match_country(name)
        assert found is not None and found.exact and found.name == name, name
    for country in pycountry.countries:
        found = match_country(country.alpha_3.lower())
        assert found is not None and found.alpha_3 == country.alpha_3


def test_country_name_by_code() -> None:
    assert country_name("civ") == "Côte d'Ivoire"
    assert country_name("KOR") == "Republic of Korea"
    assert country_name("XKX") == "Kosovo"
    assert country_name("ZZZ") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("  The  Côte-d’Ivoire ", "cote d ivoire"),
    ("St Kitts & Nevis", "saint kitts and nevis"),
    ("الإمارات", "الامارات"),
    ("Les Pays-Bas", "pays bas"),
    ("El Salvador", "el salvador"),  # "El" is part of the name
    ("The", "the"),
])
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(("first", "second"), [
    ("TÜRKIYE", "Türkiye"),
    ("Turkey", "Türkiye"),
    ("The Netherlands", "Netherlands"),
    ("Vietnam", "Viet Nam"),
    ("IOM", "iom"),
    ("International  Organization for Migration", "international organization for migration"),
    ("Ministère de l'Intérieur", "MINISTERE DE L'INTERIEUR"),
])
def test_name_key_compares_without_case_accents_spaces_or_article(first: str, second: str) -> None:
    assert name_key(first) == name_key(second) != ""


def test_codes_can_be_left_unread() -> None:
    assert match_country("AU") is not None and match_country("AU", codes=False) is None
    found = match_country("Australia", codes=False)
    assert found is not None and found.alpha_3 == "AUS"


def test_name_key_keeps_different_things_apart() -> None:
    assert name_key("Niger") != name_key("Nigeria")
    assert name_key("Kosovo") != name_key("Serbia")
    assert name_key("AU") != name_key("Australia")  # codes are not read: "AU" is the African Union
    assert name_key("") == name_key("  ") == ""


def test_one_spelling_per_country() -> None:
    values = ["Vietnam", "Viet Nam", "VIET NAM", "Kosovo", "kosovo", "Atlantis", "ATLANTIS", "", "Turkey"]
    assert canonical_spellings(values) == {
        "Vietnam": "Viet Nam", "Viet Nam": "Viet Nam", "VIET NAM": "Viet Nam", "Kosovo": "Kosovo",
        "kosovo": "Kosovo", "Atlantis": "Atlantis", "ATLANTIS": "Atlantis", "": "", "Turkey": "Türkiye"}
    assert country_display("South Korea") == "Republic of Korea"
    assert country_display(" Hong  Kong ") == "Hong Kong"
    assert country_display("Atlantis") == "Atlantis"
