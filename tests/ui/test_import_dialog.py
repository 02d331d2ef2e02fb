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
    assert "line 4, column “Pays”: “Atlantis” is not a known country" in problems
    assert [dialog.countries.item(r, 0).text() for r in range(dialog.countries.rowCount())] == \
        ["Atlantis", "Ivory Cost"]
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


def test_an_unmatched_country_is_fixed_and_a_guess_confirmed(qtbot, sample_db, dialog, csv_file):
    load(qtbot, dialog, csv_file)
    preview(qtbot, dialog)
    row = dialog.country_row("Atlantis")
    combo = dialog.countries.cellWidget(row, 2)
    combo.setEditText("Greece")
    dialog.countries.cellWidget(row, 3).click()
    wait_idle(qtbot, dialog.controller)
    assert dialog.country_row("Atlantis") == -1
    row = dialog.country_row("Ivory Cost")
    assert dialog.countries.cellWidget(row, 2).currentText() == "Côte d'Ivoire"
    assert dialog.countries.cellWidget(row, 3).text() == "Confirm"
    dialog.countries.cellWidget(row, 3).click()
    wait_idle(qtbot, dialog.controller)
    assert dialog.countries.rowCount() == 0
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert not any("Atlantis" in p or "Ivory Cost" in p for p in problems)
    dialog.do_import()
    wait_idle(qtbot, dialog.controller)
    with reading(sample_db) as service:
        country = {p.name: p.country for p in service.snapshot().participants}
    assert country["Zed Atlantean"] == "Greece" and country["Ana Cruz"] == "Côte d'Ivoire"
    # the fix is remembered for the next file with the same value
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
