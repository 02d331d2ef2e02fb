"""Delegations and countries compare without case, accents, spaces or a leading article, in grouping and counting."""

from __future__ import annotations

from cafe.people.group_model import Person
from cafe.people.grouping import assign_groups, balance_table, score


def _people(*delegations: str) -> list[Person]:
    return [Person(f"u{i}", "", "state", f"Org {i}", delegation, f"P{i}") for i, delegation in enumerate(delegations)]


def test_spellings_of_one_delegation_are_kept_apart_as_one():
    people = _people("TÜRKIYE", "Türkiye", " türkiye ", "The Netherlands", "Netherlands", "netherlands")
    result = assign_groups(people, 3)
    group_of = {uuid: j for j, members in enumerate(result.groups) for uuid in members}
    assert len({group_of["u0"], group_of["u1"], group_of["u2"]}) == 3
    assert len({group_of["u3"], group_of["u4"], group_of["u5"]}) == 3
    assert result.problems == ()


def test_a_delegation_spelt_two_ways_in_one_group_is_a_violation_and_named_once():
    people = _people("TÜRKIYE", "Türkiye", "The Netherlands", "Netherlands")
    crowded = (("u0", "u1"), ("u2", "u3"))
    assert score(crowded, people) > score((("u0", "u2"), ("u1", "u3")), people)
    # with more members than groups, the sentence names the delegation once, as its first member writes it
    result = assign_groups(_people("TÜRKIYE", "Türkiye", "turkiye"), 2)
    assert result.problems == (
        "Delegation TÜRKIYE has 3 members but there are only 2 groups, so some groups hold 2 of them.",)


def test_kept_together_whatever_the_spelling():
    people = _people("The Netherlands", "Netherlands", "NETHERLANDS", "", "", "")
    result = assign_groups(people, 2, delegations="together")
    group_of = {uuid: j for j, members in enumerate(result.groups) for uuid in members}
    assert group_of["u0"] == group_of["u1"] == group_of["u2"]


def test_different_delegations_stay_different():
    people = _people("Niger", "Nigeria", "AU", "Australia")
    assert score((("u0", "u1"), ("u2", "u3")), people) == score((("u0", "u2"), ("u1", "u3")), people)


def test_the_balance_table_counts_a_country_once_under_its_un_name():
    people = [Person("a", "Vietnam", "state"), Person("b", "Viet Nam", "state"), Person("c", "VIET NAM", "state"),
              Person("d", "Kosovo", "state"), Person("e", "Atlantis", "state"), Person("f", "ATLANTIS", "state")]
    table = balance_table((("a", "b", "d"), ("c", "e", "f")), people)
    assert table.countries == ("Atlantis", "Kosovo", "Viet Nam")
    assert table.country_counts == ((0, 1, 2), (2, 0, 1))


def test_countries_spelt_two_ways_count_as_one_for_the_mix():
    same = [Person("a", "Vietnam", "state"), Person("b", "Viet Nam", "state"),
            Person("c", "Peru", "state"), Person("d", "Perú", "state")]
    # both Viet Nam in one group and both Peru in the other is the worst mix
    assert score((("a", "b"), ("c", "d")), same) > score((("a", "c"), ("b", "d")), same)
