"""The core's languages: catalogues merged from each part's .po with their own plural rule, the output
language kept to the thread that builds an output, dates in each language's conventions, and English
whenever a catalogue is missing or damaged."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from cafe import i18n

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: {rule}\\n"\n\n'
FR_RULE = "nplurals=2; plural=(n > 1);"


@pytest.fixture
def catalogues(tmp_path, monkeypatch):
    core = tmp_path / "core"
    core.mkdir()
    (core / "a_fr.po").write_text(HEADER.format(rule=FR_RULE) + 'msgid "Opportunities"\nmsgstr "Opportunités"\n\n'
                                  'msgid "{n} note"\nmsgid_plural "{n} notes"\nmsgstr[0] "{n} note"\n'
                                  'msgstr[1] "{n} notes (fr)"\n', encoding="utf-8")
    (core / "b_fr.po").write_text(HEADER.format(rule=FR_RULE) + 'msgid "Challenges"\nmsgstr "Défis"\n',
                                  encoding="utf-8")
    monkeypatch.setattr(i18n, "_CATALOGUES", tmp_path)
    monkeypatch.setattr(i18n, "_loaded", {})
    yield tmp_path
    i18n.set_interface_language("en")


def test_every_part_of_a_language_is_one_catalogue_with_its_own_plural_rule(catalogues):
    with i18n.output_language("fr"):
        assert (i18n._("Opportunities"), i18n._("Challenges")) == ("Opportunités", "Défis")
        assert [i18n.ngettext("{n} note", "{n} notes", n) for n in (0, 1, 2, 5)] == [
            "{n} note", "{n} note", "{n} notes (fr)", "{n} notes (fr)"]  # French: 0 and 1 singular
    assert i18n._("Opportunities") == "Opportunities"  # back to the window's language, English


def test_a_compiled_catalogue_is_used_and_a_newer_po_wins(catalogues):
    path = i18n.compile_catalogue("fr")
    assert path.is_file()
    with i18n.output_language("fr"):
        assert i18n._("Challenges") == "Défis"


def test_the_output_language_stays_in_its_thread(catalogues):
    i18n.set_interface_language("en")
    seen = {}
    inside = threading.Event()
    release = threading.Event()

    def build():
        with i18n.output_language("fr"):
            seen["worker"] = i18n._("Opportunities")
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=build)
    worker.start()
    inside.wait(5)
    seen["window"] = i18n._("Opportunities")  # the window's texts while a French report is built
    release.set()
    worker.join()
    assert seen == {"worker": "Opportunités", "window": "Opportunities"}


def test_a_missing_or_damaged_catalogue_prints_english(catalogues, capsys):
    (catalogues / "core" / "a_es.po").write_bytes(b"\xff\xfe not a po file")
    with i18n.output_language("es"):
        assert i18n._("Opportunities") == "Opportunities"
    with i18n.output_language("ar"):
        assert i18n._("Opportunities") == "Opportunities"


@pytest.mark.parametrize(("lang", "full", "time"), [
    ("en", "Thursday 21 March 2019", "15:00"),
    ("fr", "jeudi 21 mars 2019", "15:00"),
    ("es", "jueves, 21 de marzo de 2019", "15:00"),
])
def test_dates_and_times_in_each_languages_conventions(lang, full, time):
    assert i18n.format_date(dt.date(2019, 3, 21), lang=lang).replace(",", "") == full.replace(",", "")
    assert i18n.format_time(dt.time(15, 0), lang=lang) == time


def test_arabic_is_right_to_left_and_its_dates_arabic():
    assert i18n.is_rtl("ar") and not i18n.is_rtl("fr")
    assert "مارس" in i18n.format_date(dt.date(2019, 3, 21), lang="ar")


def test_a_time_range_keeps_its_order_in_arabic():
    assert i18n.time_range("12:00", "13:00", "fr") == ("12:00", "13:00")
    start, end = i18n.time_range("12:00", "13:00", "ar")
    assert f"{start}–{end}" == "\u206612:00–13:00\u2069"  # isolated left to right inside Arabic text


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_every_part_of_a_language_has_the_same_plural_rule(lang):
    """The merged catalogue takes the first part's rule: every part must count its forms alike."""
    from babel.messages.pofile import read_po

    rules = set()
    for po in sorted((i18n._CATALOGUES / "core").glob(f"*_{lang}.po")):
        with po.open("rb") as f:
            catalog = read_po(f, locale=lang)
        rules.add(catalog.num_plurals)
        for message in catalog:
            if message.id and isinstance(message.id, tuple) and message.string:
                assert len(message.string) == catalog.num_plurals, (po.name, message.id)
    assert len(rules) == 1, rules
