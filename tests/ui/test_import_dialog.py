"""Importing participants from a CSV: each step, bad files, country fixes, duplicates, and nothing
written until "Import" is pressed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLabel
from support import reading, wait_idle

from ui.common.recent_files import app_settings
from ui.setup.import_dialog import NOT_IN_FILE, CsvFileDialog, ImportDialog, mapping_key

REGISTRATIONS = """Nom;Organisation;Pays;Catégorie;Courriel
Ana Cruz;Réseau Migrants;Ivory Cost;ONG;ana@example.org
Kemal Öz;Ministry of Labour;Turkey;Etat;kemal@example.org
Zed Atlantean;Deep Org;Atlantis;Autre;
;No Name Org;France;Etat;
Ana Cruz;Réseau Migrants;Ivory Cost;ONG;ana@example.org
Awa Issoufou;Mission;Côte d'Ivoire;Etat;
"""


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "registrations.csv"
    path.write_bytes(REGISTRATIONS.encode("cp1252"))  # as Excel on Windows writes it
    return path


@pytest.fixture
def dialog(qtbot, sample_window):
    dlg = ImportDialog(sample_window.controller, sample_window)
    qtbot.addWidget(dlg)
    return dlg


def load(qtbot, dlg, path) -> None:
    dlg.load_file(str(path))
    wait_idle(qtbot, dlg.controller)


def preview(qtbot, dlg) -> None:
    dlg.next()
    wait_idle(qtbot, dlg.controller)


def names_in(db) -> list[str]:
    with reading(db) as service:
        return [p.name for p in service.snapshot().participants]


def test_each_step_then_import_adds_the_chosen_rows_as_one_undo_step(qtbot, sample_window, sample_db, dialog,
                                                                     csv_file, monkeypatch):
    monkeypatch.setattr(CsvFileDialog, "ask", classmethod(lambda cls, parent: str(csv_file)))
    dialog.choose_file()
    wait_idle(qtbot, dialog.controller)
    # step 2: columns guessed from the headers, the format detected
    assert dialog.page == 1
    assert "read as Windows-1252, separated by semicolons; 6 rows" in dialog.format_label.text()
    assert {name: combo.currentText() for name, combo in dialog.combos.items()} == {
        "name": "Nom", "first_name": NOT_IN_FILE, "last_name": NOT_IN_FILE, "organisation": "Organisation",
        "country": "Pays", "stakeholder_type": "Catégorie", "delegation": NOT_IN_FILE, "email": "Courriel"}
    assert dialog.sample.item(0, 1).text() == "Réseau Migrants"

    # step 3: the preview
    preview(qtbot, dialog)
    assert dialog.page == 2
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "line 5: no name" in problems
    assert "line 4, column “Pays”: “Atlantis” is not a known country; it is imported as typed" in problems
    assert [dialog.countries.item(r, 0).text() for r in range(dialog.countries.rowCount())] == \
        ["Ivory Cost", "Atlantis", "Turkey"]
    duplicates = [dialog.duplicates.item(i).text() for i in range(dialog.duplicates.count())]
    assert duplicates == [
        "Lines 2 and 6: the same person? (same e-mail address and same name and country)",
        "Line 7: looks like Awa Issoufou, already in the workshop (same name and country)"]
    assert dialog.skip_duplicates.isChecked() and dialog.skip_duplicates.text() == \
        "Skip the 2 rows that repeat someone"
    assert dialog.import_button.text() == "Import 3 participants"
    assert names_in(sample_db).count("Ana Cruz") == 0  # nothing written yet

    dialog.import_button.click()
    wait_idle(qtbot, dialog.controller)
    names = names_in(sample_db)
    assert len(names) == 193 and {"Ana Cruz", "Kemal Öz", "Zed Atlantean"} <= set(names)
    assert names.count("Awa Issoufou") == 1
    assert sample_window.undo_action.text() == "Undo Import 3 participants from registrations.csv"
    sample_window.undo_action.trigger()
    wait_idle(qtbot, dialog.controller)
    assert len(names_in(sample_db)) == 190


def test_an_unmatched_country_is_fixed_and_a_guess_accepted(qtbot, sample_db, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    preview(qtbot, dialog)
    row = dialog.country_row("Atlantis")
    assert dialog.countries.item(row, 2).text() == "Atlantis (as typed)"
    combo = dialog.countries.cellWidget(row, 3)
    combo.setEditText("Greece")
    dialog.country_button("Atlantis", "use_country").click()
    wait_idle(qtbot, dialog.controller)
    row = dialog.country_row("Atlantis")
    assert dialog.countries.item(row, 2).text() == "Greece (your choice)"
    row = dialog.country_row("Ivory Cost")
    assert dialog.countries.item(row, 2).text() == "Ivory Cost (as typed)"
    assert dialog.countries.cellWidget(row, 3).currentText() == "Côte d'Ivoire"
    accept = dialog.country_button("Ivory Cost", "accept_country")
    assert accept.text() == "Accept" and accept.accessibleName() == "Use the country chosen for “Ivory Cost”"
    accept.click()
    wait_idle(qtbot, dialog.controller)
    assert dialog.countries.item(dialog.country_row("Ivory Cost"), 2).text() == "Côte d'Ivoire (your choice)"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert not any("Atlantis" in p or "Ivory Cost" in p for p in problems)
    dialog.do_import()
    wait_idle(qtbot, dialog.controller)
    with reading(sample_db) as service:
        country = {p.name: p.country for p in service.snapshot().participants}
    assert country["Zed Atlantean"] == "Greece" and country["Ana Cruz"] == "Côte d'Ivoire"
    assert country["Kemal Öz"] == "Türkiye"
    # the choice is remembered for the next file with the same value
    assert json.loads(app_settings().value("csv_import/country_fixes")) == {"Atlantis": "GRC", "Ivory Cost": "CIV"}


def test_a_country_not_in_the_list_is_refused_in_words(qtbot, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    preview(qtbot, dialog)
    dialog.fix_country("Atlantis", "Narnia")
    assert dialog.message.text() == "“Narnia” is not a country in the list; choose one from the list."
    assert dialog.country_row("Atlantis") >= 0
    dialog.fix_country("Atlantis", "Narnia " * 100_000)
    assert len(dialog.message.text()) < 200 and dialog.message.text().startswith("“Narnia Narnia")


def test_duplicates_can_be_imported_after_all(qtbot, sample_db, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    preview(qtbot, dialog)
    dialog.skip_duplicates.setChecked(False)
    assert dialog.import_button.text() == "Import 5 participants"
    dialog.skip_duplicates.setChecked(True)
    assert [c["name"] for c in dialog.records()] == ["Ana Cruz", "Kemal Öz", "Zed Atlantean"]
    dialog.do_import()
    wait_idle(qtbot, dialog.controller)
    assert names_in(sample_db).count("Ana Cruz") == 1 and names_in(sample_db).count("Awa Issoufou") == 1


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "registrations.csv: the file is empty"),
    (b"Name;Country\n", "registrations.csv, line 1: the file has only a header line and no participants"),
    (b"PK\x03\x04 binary workbook", "registrations.csv: this is a workbook or zip archive"),
    (b'Name,Country\n"Ana,France\nBo,Chile\n', "line 2: a quoted field starts on this line"),
])
def test_a_bad_file_shows_its_message_and_goes_no_further(qtbot, sample_db, dialog, tmp_path, content, expected):
    path = tmp_path / "registrations.csv"
    path.write_bytes(content)
    load(qtbot, dialog, path)
    assert dialog.page == 0
    assert dialog.message.text().startswith("This file cannot be imported: ")
    assert expected in dialog.message.text()
    assert "Traceback" not in dialog.message.text()
    assert not dialog.next_button.isEnabled()
    assert len(names_in(sample_db)) == 190


def test_a_missing_file_is_a_sentence(qtbot, dialog, tmp_path):
    load(qtbot, dialog, tmp_path / "gone.csv")
    assert dialog.message.text() == "This file cannot be imported: gone.csv: cannot be read (No such file or directory)"


def test_the_column_choice_is_remembered_for_the_same_headers(qtbot, sample_window, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    dialog.set_column("organisation", None)
    dialog.set_column("delegation", "Organisation")
    preview(qtbot, dialog)
    saved = json.loads(app_settings().value(mapping_key(dialog.table.headers)))
    assert saved["delegation"] == "Organisation" and saved["organisation"] is None

    again = ImportDialog(sample_window.controller, sample_window)
    qtbot.addWidget(again)
    load(qtbot, again, csv_file)
    assert again.combos["organisation"].currentText() == NOT_IN_FILE
    assert again.combos["delegation"].currentText() == "Organisation"
    preview(qtbot, again)
    assert {c["delegation"] for c in again.records()} == {"Réseau Migrants", "Ministry of Labour", "Deep Org"}


def test_without_a_name_column_there_is_no_preview(qtbot, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    dialog.set_column("name", None)
    dialog.next()
    assert dialog.page == 1
    assert dialog.message.text().startswith("Choose the column that holds the name")


def test_other_encodings_and_delimiters_are_detected(qtbot, dialog, tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes("Full name\tCountry\nDeniz Kaya\tTürkiye\nليلى حسن\tالبحرين\n".encode("utf-16"))
    load(qtbot, dialog, path)
    assert "read as UTF-16 (little-endian), separated by tabs; 2 rows" in dialog.format_label.text()
    preview(qtbot, dialog)
    assert [(c["name"], c["country"]) for c in dialog.records()] == [
        ("Deniz Kaya", "Türkiye"), ("ليلى حسن", "Bahrain")]


def test_the_candidates_model_is_a_sound_item_model(qtbot, dialog, csv_file, qtmodeltester):
    load(qtbot, dialog, csv_file)
    preview(qtbot, dialog)
    qtmodeltester.check(dialog.candidates, force_py=True)


EUROPEAN_EXCEL = ('Nom, prénom;Organisation;Pays\r\n'
                  '"Dupont, Jean";"Ministère du Travail, de l\'Emploi";France\r\n'
                  '"Lee, Ann";"UN, Genève";Pérou\r\n')


def sample_headers(dlg) -> list[str]:
    return [dlg.sample.horizontalHeaderItem(c).text() for c in range(dlg.sample.columnCount())]


def test_the_separator_is_detected_and_can_be_chosen_which_reads_the_file_again(qtbot, dialog, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(EUROPEAN_EXCEL.encode("cp1252"))
    load(qtbot, dialog, path)
    assert dialog.page == 1
    assert dialog.separator.accessibleName() == "Separator"
    assert any(label.buddy() is dialog.separator for label in dialog.findChildren(QLabel))
    assert [dialog.separator.itemText(i) for i in range(dialog.separator.count())] == [
        "Detected (semicolon)", "Comma", "Semicolon", "Tab", "Vertical bar"]
    assert dialog.separator.currentIndex() == 0
    assert sample_headers(dialog) == ["Nom, prénom", "Organisation", "Pays"]
    assert dialog.sample.item(0, 1).text() == "Ministère du Travail, de l'Emploi"

    dialog.set_separator(",")  # as choosing "Comma" in the list does
    wait_idle(qtbot, dialog.controller)
    assert dialog.page == 1 and dialog.table.delimiter == ","
    assert sample_headers(dialog) == ["Nom", "prénom;Organisation;Pays"]
    assert "separated by commas" in dialog.format_label.text()
    assert [dialog.combos["name"].itemText(i) for i in range(dialog.combos["name"].count())] == [
        NOT_IN_FILE, "Nom", "prénom;Organisation;Pays"]
    assert dialog.separator.itemText(0) == "Detected (semicolon)"  # still says what the file showed

    dialog.separator.setCurrentIndex(0)
    wait_idle(qtbot, dialog.controller)
    assert sample_headers(dialog) == ["Nom, prénom", "Organisation", "Pays"]
    dialog.set_separator(";")
    wait_idle(qtbot, dialog.controller)
    assert dialog.table.delimiter == ";" and dialog.combos["organisation"].currentText() == "Organisation"
    dialog.set_column("name", "Nom, prénom")
    preview(qtbot, dialog)
    assert [(c["name"], c["organisation"]) for c in dialog.records()] == [
        ("Dupont, Jean", "Ministère du Travail, de l'Emploi"), ("Lee, Ann", "UN, Genève")]


def test_a_separator_that_cannot_read_the_file_says_so_and_another_can_be_chosen(qtbot, dialog, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_bytes(b'Name;Notes\nAna;a,"b\nBob;c\n')  # with commas, "b… would be a quote never closed
    load(qtbot, dialog, path)
    assert dialog.separator.itemText(0) == "Detected (semicolon)"
    dialog.set_separator(",")
    wait_idle(qtbot, dialog.controller)
    assert dialog.page == 1 and dialog.table is None
    assert dialog.message.text().startswith("This file cannot be read with this separator: notes.csv, line 2")
    assert not dialog.next_button.isEnabled() and dialog.sample.columnCount() == 0
    dialog.next()
    assert dialog.page == 1
    dialog.set_separator(None)
    wait_idle(qtbot, dialog.controller)
    assert dialog.message.text() == "" and dialog.next_button.isEnabled()
    assert sample_headers(dialog) == ["Name", "Notes"]


def test_a_new_file_starts_again_from_the_detected_separator(qtbot, dialog, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(EUROPEAN_EXCEL.encode("utf-8"))
    load(qtbot, dialog, path)
    dialog.set_separator("\t")
    wait_idle(qtbot, dialog.controller)
    assert dialog.separator.currentText() == "Tab" and sample_headers(dialog) == [EUROPEAN_EXCEL.split("\r")[0]]
    dialog.back()
    tabs = tmp_path / "tabs.tsv"
    tabs.write_bytes("Full name\tCountry\nDeniz Kaya\tTürkiye\n".encode("utf-16"))
    load(qtbot, dialog, tabs)
    assert dialog.separator.currentIndex() == 0 and dialog.separator.currentText() == "Detected (tab)"
    assert sample_headers(dialog) == ["Full name", "Country"]


def test_invisible_only_names_are_listed_as_having_no_name(qtbot, dialog, tmp_path):
    path = tmp_path / "invisible.csv"
    path.write_bytes("Name,Country\n\ufeff\u200b,France\n\u200bAna Cruz\u200b,Peru\n".encode("utf-8"))
    load(qtbot, dialog, path)
    preview(qtbot, dialog)
    assert [c["name"] for c in dialog.records()] == ["Ana Cruz"]
    assert dialog.problems.item(0).text() == "line 2: no name"


# ---------------------------------------------------------------- countries: the UN's names, nothing guessed


def countries_table(dlg) -> dict[str, str]:
    return {dlg.countries.item(r, 0).text(): dlg.countries.item(r, 2).text() for r in range(dlg.countries.rowCount())}


def stored_countries(db) -> dict[str, str]:
    with reading(db) as service:
        return {p.name: p.country for p in service.snapshot().participants}


def test_a_suggestion_is_not_imported_without_the_organisers_word(qtbot, sample_db, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    preview(qtbot, dialog)
    assert "Ivory Cost" in dialog.candidates.notes[2] and "did you mean Côte d'Ivoire?" in dialog.candidates.notes[2]
    assert "accept it below, or they are imported as typed" in dialog.summary.text()
    dialog.import_button.click()
    wait_idle(qtbot, dialog.controller)
    country = stored_countries(sample_db)
    assert country["Ana Cruz"] == "Ivory Cost"  # as typed, not the suggestion
    assert country["Zed Atlantean"] == "Atlantis"  # as typed, not dropped
    assert country["Kemal Öz"] == "Türkiye"  # a recognised alias: the UN's name


UN_NAMES = """Name,Country,Delegation
Ana,Kosovo,Kosovo
Bo,South Korea,Republic of Korea
Cy,Republic of Korea,Republic of Korea
Di,Vietnam,Viet Nam
Ed,Viet Nam,Viet Nam
Fa,TÜRKIYE,TÜRKIYE
Gu,Ivory Coast,Côte d'Ivoire
Ha,Deutschland,Germany
Io,The Netherlands,The Netherlands
"""


def test_countries_are_imported_under_the_un_names_and_kosovo_as_typed(qtbot, sample_db, dialog, tmp_path):
    path = tmp_path / "un.csv"
    path.write_text(UN_NAMES, encoding="utf-8")
    load(qtbot, dialog, path)
    preview(qtbot, dialog)
    assert countries_table(dialog) == {
        "Kosovo": "Kosovo (as typed)",
        "South Korea": "Republic of Korea (UN name)",
        "Vietnam": "Viet Nam (UN name)",
        "TÜRKIYE": "Türkiye (UN name)",
        "Ivory Coast": "Côte d'Ivoire (UN name)",
        "Deutschland": "Germany (UN name)",
        "The Netherlands": "Netherlands (Kingdom of the) (UN name)",
    }
    kosovo = dialog.countries.item(dialog.country_row("Kosovo"), 2)
    assert kosovo.toolTip() == "Not a UN Member or observer State: imported exactly as typed."
    assert dialog.countries.item(dialog.country_row("Vietnam"), 2).toolTip() == \
        "“Vietnam” is another name of Viet Nam: imported under the UN's name."
    assert dialog.candidates.notes[5] == "country: Vietnam → Viet Nam"
    assert "imported under the UN's name of their country (e.g. South Korea → Republic of Korea)" in \
        dialog.summary.text()
    assert "Serbia" not in dialog.summary.text() and dialog.preview.country_guesses == {}
    dialog.import_button.click()
    wait_idle(qtbot, dialog.controller)
    assert {name: country for name, country in stored_countries(sample_db).items()
            if name in {"Ana", "Bo", "Cy", "Di", "Ed", "Fa", "Gu", "Ha", "Io"}} == {
        "Ana": "Kosovo", "Bo": "Republic of Korea", "Cy": "Republic of Korea", "Di": "Viet Nam",
        "Ed": "Viet Nam", "Fa": "Türkiye", "Gu": "Côte d'Ivoire", "Ha": "Germany",
        "Io": "Netherlands (Kingdom of the)"}


def test_keep_as_typed_takes_a_choice_back_and_forgets_it(qtbot, sample_db, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    preview(qtbot, dialog)
    dialog.country_button("Ivory Cost", "accept_country").click()
    wait_idle(qtbot, dialog.controller)
    assert {c["country"] for c in dialog.records() if c["name"] == "Ana Cruz"} == {"Côte d'Ivoire"}
    keep = dialog.country_button("Ivory Cost", "keep_as_typed")
    assert keep.accessibleName() == "Keep “Ivory Cost” as typed"
    keep.click()
    wait_idle(qtbot, dialog.controller)
    assert {c["country"] for c in dialog.records() if c["name"] == "Ana Cruz"} == {"Ivory Cost"}
    assert dialog.country_button("Ivory Cost", "accept_country") is not None  # offered again
    assert json.loads(app_settings().value("csv_import/country_fixes")) == {}


def test_a_remembered_choice_is_applied_and_shown_as_the_organisers(qtbot, sample_window, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    preview(qtbot, dialog)
    dialog.country_button("Ivory Cost", "accept_country").click()
    wait_idle(qtbot, dialog.controller)

    again = ImportDialog(sample_window.controller, sample_window)
    qtbot.addWidget(again)
    load(qtbot, again, csv_file)
    preview(qtbot, again)
    assert countries_table(again)["Ivory Cost"] == "Côte d'Ivoire (your choice)"
    assert again.country_button("Ivory Cost", "keep_as_typed") is not None


def test_a_place_can_be_chosen_from_the_list_by_name(qtbot, sample_db, dialog, tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("Name,Country\nAna,Hong Kng\nBo,Kosvo\n", encoding="utf-8")
    load(qtbot, dialog, path)
    preview(qtbot, dialog)
    assert countries_table(dialog) == {"Hong Kng": "Hong Kng (as typed)",
                                       "Kosvo": "Kosvo (as typed)"}
    row = dialog.country_row("Kosvo")
    assert dialog.countries.cellWidget(row, 3).currentText() == "Kosovo"  # itself, never another State
    dialog.country_button("Kosvo", "accept_country").click()
    wait_idle(qtbot, dialog.controller)
    dialog.country_button("Hong Kng", "accept_country").click()
    wait_idle(qtbot, dialog.controller)
    assert [(c["name"], c["country"]) for c in dialog.records()] == [("Ana", "Hong Kong"), ("Bo", "Kosovo")]
