"""Reading registration CSVs up to an import preview."""

from __future__ import annotations

import csv
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cafe.people.csv_table import MAX_FILE_BYTES, CsvImportError, read_file, read_table, strip_invisible
from cafe.people.participants_csv import (
    MAX_VALUE_LENGTH,
    ColumnMapping,
    ExistingParticipant,
    apply_country_fixes,
    clean_email,
    guess_mapping,
    parse_participants,
    stakeholder_type,
)
from cafe.storage.models import StakeholderType

HEADER = "Name,Organisation,Country,Stakeholder,Email"
FIELD_SIZE_LIMIT = csv.field_size_limit()  # read_table must leave it as it found it
MAPPING = ColumnMapping(name="Name", organisation="Organisation", country="Country",
                        stakeholder_type="Stakeholder", email="Email")


def table_of(text: str, filename: str = "reg.csv"):
    return read_table(text.encode("utf-8"), filename)


def preview_of(*rows: str, existing=()):
    return parse_participants(table_of("\n".join([HEADER, *rows]) + "\n"), MAPPING, existing)


def texts(preview) -> list[str]:
    return [problem.text for problem in preview.problems]


def refused(data: bytes) -> CsvImportError:
    with pytest.raises(CsvImportError) as caught:
        read_table(data, "reg.csv")
    return caught.value


# ---------------------------------------------------------------- encodings

ACCENTED = "Name;Country\r\nZoë Müller;Côte d'Ivoire\r\nJosé Ñúñez;Türkiye\r\n"


@pytest.mark.parametrize(("encoded", "encoding"), [
    (ACCENTED.encode("utf-8"), "utf-8"),
    (ACCENTED.encode("utf-8-sig"), "utf-8-sig"),
    (ACCENTED.replace("Türkiye", "Turquie").encode("cp1252"), "cp1252"),
    (b"\xff\xfe" + ACCENTED.encode("utf-16-le"), "utf-16-le"),
    (b"\xfe\xff" + ACCENTED.encode("utf-16-be"), "utf-16-be"),
    (ACCENTED.encode("utf-16-le"), "utf-16-le"),
    (ACCENTED.encode("utf-16-be"), "utf-16-be"),
    (ACCENTED.encode("utf-32"), "utf-32-le"),
])
def test_encodings_are_detected(encoded: bytes, encoding: str) -> None:
    table = read_table(encoded, "reg.csv")
    assert table.encoding == encoding
    assert table.headers == ("Name", "Country")
    assert table.rows[0].values == ("Zoë Müller", "Côte d'Ivoire")
    assert table.rows[1].values[0] == "José Ñúñez"
    assert [row.line for row in table.rows] == [2, 3]
    assert table.problems == ()


def test_arabic_in_utf16() -> None:
    text = "Name,Country\nسارة أحمد,البحرين\n"
    table = read_table(b"\xff\xfe" + text.encode("utf-16-le"), "reg.csv")
    preview = parse_participants(table, ColumnMapping(name="Name", country="Country"))
    assert preview.candidates[0].name == "سارة أحمد"
    assert preview.candidates[0].country == "Bahrain"


def test_mixed_utf8_and_cp1252_is_read_with_a_warning() -> None:
    data = "Name,Country\nZoë,France\n".encode("utf-8") + "René,France\n".encode("cp1252")
    table = read_table(data, "reg.csv")
    assert table.encoding == "cp1252"
    assert [problem.line for problem in table.problems] == [3]
    assert "Windows-1252" in table.problems[0].text


def test_bytes_no_encoding_fits_are_refused_with_their_line() -> None:
    error = refused(b"Name,Country\nAna,France\nBob,Sp\x81in\nCarla,Peru\n")
    assert error.line == 3
    assert "0x81" in str(error) and "reg.csv" in str(error)


def test_bom_with_invalid_utf16_is_refused() -> None:
    error = refused(b"\xff\xfe" + "Name\nAna\n".encode("utf-16-le") + b"\x00\xdc")
    assert "UTF-16" in str(error)


# ---------------------------------------------------------------- delimiters


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters_are_sniffed(delimiter: str) -> None:
    rows = [["Name", "Organisation", "Country"],
            ["Dupont, Jean", "Org; one", "France"],
            ["Ana\tLima", "Org two", "Brazil"],
            ["Bob", "Org three", "Chile"]]
    text = "".join(delimiter.join(f'"{value}"' if any(d in value for d in ",;\t") else value
                                  for value in row) + "\r\n" for row in rows)
    table = table_of(text)
    assert table.delimiter == delimiter
    assert [row.values for row in table.rows] == [tuple(row) for row in rows[1:]]


def test_semicolon_file_with_commas_in_unquoted_values() -> None:
    table = table_of("Name;Country\nSmith, John;France\nDoe, Jane;Spain\nLee, Ann;Peru\n")
    assert table.delimiter == ";"
    assert table.rows[0].values == ("Smith, John", "France")


EUROPEAN_EXCEL = ('Nom;Organisation;Pays;Courriel\r\n'
                  '"Dupont, Jean";"Ministère du Travail, de l\'Emploi";France;jd@example.fr\r\n'
                  '"Lee, Ann";"UN, Genève";Pérou;\r\n'
                  'Kaya;"OIM; Bureau, Genève";Turquie;dk@example.org\r\n')


def test_european_excel_file_with_commas_inside_quoted_fields() -> None:
    table = read_table(EUROPEAN_EXCEL.encode("cp1252"), "reg.csv")
    assert (table.delimiter, table.delimiter_label) == (";", "semicolon")
    assert table.headers == ("Nom", "Organisation", "Pays", "Courriel")
    assert [row.values for row in table.rows] == [
        ("Dupont, Jean", "Ministère du Travail, de l'Emploi", "France", "jd@example.fr"),
        ("Lee, Ann", "UN, Genève", "Pérou", ""),
        ("Kaya", "OIM; Bureau, Genève", "Turquie", "dk@example.org")]
    assert table.problems == ()


def test_a_header_with_a_comma_does_not_make_the_comma_the_separator() -> None:
    # The old guess (csv.Sniffer on the first 20 lines, where every line has as many commas
    # as the others) read this as comma-separated: "Nom" and "prénom;Organisation;Pays".
    rows = ["Dupont, Jean;ILO;France"] * 25 + ['"Lee, Ann";"UN, Genève";Pérou', "Kaya, Deniz;OIM;Turquie"]
    table = table_of("\r\n".join(["Nom, prénom;Organisation;Pays", *rows]) + "\r\n")
    assert table.delimiter == ";"
    assert table.headers == ("Nom, prénom", "Organisation", "Pays")
    assert table.rows[0].values == ("Dupont, Jean", "ILO", "France")
    assert table.rows[25].values == ("Lee, Ann", "UN, Genève", "Pérou")
    assert table.problems == ()


def test_the_separator_that_lines_the_fields_up_wins_over_one_splitting_rows_unevenly() -> None:
    # Commas split the header in two and every row too, but into varying numbers of fields.
    text = ("Name, as registered;Organisation\n"
            "Dupont, Jean;UN, Geneva, Palais des Nations\n"
            "Lee;WHO, Geneva\n"
            "Kaya, Deniz;OIM\n")
    table = table_of(text)
    assert table.delimiter == ";"
    assert [row.values for row in table.rows] == [
        ("Dupont, Jean", "UN, Geneva, Palais des Nations"), ("Lee", "WHO, Geneva"), ("Kaya, Deniz", "OIM")]


@pytest.mark.parametrize(("delimiter", "label"), [("\t", "tab"), ("|", "vertical bar")])
def test_tab_and_vertical_bar_files(delimiter: str, label: str) -> None:
    lines = [["Name", "Organisation", "Country"], ["Dupont, Jean", "UN; Geneva", "France"],
             ["Lee, Ann", "WHO, Geneva", "Peru"]]
    text = "".join(delimiter.join(line) + "\n" for line in lines)
    table = read_table(text.encode("utf-16"), "reg.tsv")
    assert (table.delimiter, table.delimiter_label) == (delimiter, label)
    assert [row.values for row in table.rows] == [tuple(line) for line in lines[1:]]


def test_a_chosen_separator_overrides_the_detected_one(tmp_path) -> None:
    data = EUROPEAN_EXCEL.encode("utf-8")
    table = read_table(data, "reg.csv", delimiter=",")
    assert table.delimiter == ","
    assert table.headers == ("Nom;Organisation;Pays;Courriel",)
    assert table.rows[0].values[0] == "Dupont, Jean;\"Ministère du Travail"
    path = tmp_path / "reg.csv"
    path.write_bytes(data)
    assert read_file(str(path)).table.delimiter == ";"
    assert read_file(str(path), "\t").table.headers == ("Nom;Organisation;Pays;Courriel",)
    assert read_file(str(path), ";").table.headers == ("Nom", "Organisation", "Pays", "Courriel")
    with pytest.raises(ValueError, match="not a delimiter"):
        read_table(data, "reg.csv", delimiter=":")


def test_the_separator_is_found_in_a_large_file_from_its_start() -> None:
    text = "Name;Organisation\n" + 'Dupont, Jean;"UN, Geneva"\n' * 50_000 + f'Ana;"{"x, " * 100_000}"\n'
    table = table_of(text)
    assert table.delimiter == ";" and len(table.rows) == 50_001


def test_single_column_file_falls_back_to_comma() -> None:
    table = table_of("Name\nAna\nBob\n")
    assert (table.delimiter, table.headers) == (",", ("Name",))
    assert [row.values for row in table.rows] == [("Ana",), ("Bob",)]


# ---------------------------------------------------------------- line numbers and quoting


def test_embedded_newlines_keep_later_line_numbers_right() -> None:
    text = ('Name,Notes\r\n'
            'Ana,"two\r\nlines"\r\n'
            '\r\n'
            'Bob,"three\nmixed\rbreaks"\n'
            'Carla,plain\n')
    table = table_of(text)
    assert [(row.line, row.values[0]) for row in table.rows] == [(2, "Ana"), (5, "Bob"), (8, "Carla")]
    assert table.rows[0].values[1] == "two\r\nlines"


def test_unterminated_quote_names_the_line_where_the_field_starts() -> None:
    text = 'Name,Notes,Country\nAna,ok,Peru\nBob,"multi\nline","never closed\nCarla,x,Chile\nDan,y,Togo\n'
    error = refused(text.encode())
    assert error.line == 4
    assert "closing" in str(error)
    assert csv.field_size_limit() == FIELD_SIZE_LIMIT


def test_quote_after_text_is_read_leniently() -> None:
    table = table_of('Name,Organisation\nAna,"UN"DP\nBob,O"Neil Ltd\n')
    assert [row.values[1] for row in table.rows] == ["UNDP", 'O"Neil Ltd']


def test_nul_byte_is_removed_and_reported_with_its_line() -> None:
    table = read_table(b"Name,Country\nAna,Peru\nB\x00ob,Chile\n", "reg.csv")
    assert table.rows[1].values == ("Bob", "Chile")
    assert [(problem.line, "NUL" in problem.text) for problem in table.problems] == [(3, True)]


def test_huge_field_is_read_then_cut_with_a_message() -> None:
    text = f'Name,Organisation\nAna,"{"x" * 200_000}"\nBob,UN\n'
    table = table_of(text)
    assert len(table.rows[0].values[1]) == 200_000
    assert csv.field_size_limit() == FIELD_SIZE_LIMIT
    preview = parse_participants(table, ColumnMapping(name="Name", organisation="Organisation"))
    assert len(preview.candidates[0].organisation) == MAX_VALUE_LENGTH
    assert texts(preview) == [f"line 2, column “Organisation”: the value is 200,000 characters long; "
                              f"only the first {MAX_VALUE_LENGTH} are kept"]


def test_names_of_invisible_characters_only_are_refused_with_their_line() -> None:
    table = table_of("Name,Organisation,Country\n"
                     "\ufeff\u200b,UN,France\n"
                     "\u200bAna Cruz\u200b,\ufeffUN\u2060,\u200bPeru\n"
                     " \u2060 \u200b ,WHO,Chile\n"
                     "Bob,ILO,Togo\n")
    preview = parse_participants(table, ColumnMapping(name="Name", organisation="Organisation", country="Country"))
    assert [(c.line, c.name, c.organisation, c.country) for c in preview.candidates] == [
        (3, "Ana Cruz", "UN", "Peru"), (5, "Bob", "ILO", "Togo")]
    assert texts(preview) == ["line 2: no name", "line 4: no name"]
    first_last = parse_participants(table_of("First,Last\n\u200b,\ufeff\nAna,\u200b\n"),
                                    ColumnMapping(first_name="First", last_name="Last"))
    assert [c.name for c in first_last.candidates] == ["Ana"]
    assert texts(first_last) == ["line 2: no name"]


@pytest.mark.parametrize(("text", "expected"), [
    ("\ufeff\u200b\u2060", ""),
    (" \u200bAna Cruz\u200b\u200e ", "Ana Cruz"),
    ("Ana\u200bCruz", "Ana\u200bCruz"),  # only the edges
    ("Ana \u200b\ufe0f", "Ana"),
    ("Ana \u2764\ufe0f", "Ana \u2764\ufe0f"),  # a variation selector belongs to its character
    ("\u0d05\u0d30\u0d4d\u200d", "\u0d05\u0d30\u0d4d\u200d"),  # a Malayalam chillu keeps its joiner
    ("Ana\u200d", "Ana"),
    ("\u0600\u0661\u0662", "\u0600\u0661\u0662"),  # the Arabic number sign is visible
    ("\u3164\u00ad", ""),
])
def test_strip_invisible(text: str, expected: str) -> None:
    assert strip_invisible(text) == expected


def test_long_headers_and_values_are_cut_short_in_messages() -> None:
    long = "H" * 100_000
    table = table_of(f"Name,{long},{long},Country\nAna,x,y,{'Atlantis' * 10_000}\nBob,x,y,Peru,{'z' * 100_000}\n")
    assert table.headers[2] == f"{long} (2)"
    preview = parse_participants(table, ColumnMapping(name="Name", organisation=f"{long} (2)", country="Country"))
    problems = texts(preview)
    assert [text[:12] for text in problems] == ["line 1: the ", "line 2, colu", "line 2, colu", "line 3: 5 fi"]
    assert all(len(text) < 300 for text in problems)
    assert "the column “HHHH" in problems[0] and "H…” appears 2 times" in problems[0]
    assert "“AtlantisAtlantis" in problems[2] and "…” is not a known country" in problems[2]
    assert "“zzzz" in problems[3] and "z…”" in problems[3]
    with pytest.raises(CsvImportError) as caught:
        parse_participants(table_of("Name\nAna\n"), ColumnMapping(name="Name", email=long))
    assert len(str(caught.value)) < 200 and "…" in str(caught.value)


# ---------------------------------------------------------------- refused files


@pytest.mark.parametrize("data", [
    b"", b"\r\n\n  \n", b"\xff\xfe", "\n\n".encode("utf-16"), b",,,\n , ,\n"])
def test_empty_files(data: bytes) -> None:
    assert str(refused(data)) == "reg.csv: the file is empty"


def test_header_only() -> None:
    error = refused(b"\n" + HEADER.encode() + b"\n\n")
    assert error.line == 2
    assert "only a header" in str(error)


def test_file_too_large() -> None:
    error = refused(b"a" * (MAX_FILE_BYTES + 1))
    assert "50 MB" in str(error)


@pytest.mark.parametrize(("data", "words"), [
    (b"PK\x03\x04\x14\x00\x06\x00", "workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Excel"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
    (bytes(range(256)) * 4, "not look like a text file"),
    (b"Name,Country\n" + b"\x00\x01\x02\x03\x04\x05" * 20, "not look like a text file"),
])
def test_non_text_files(data: bytes, words: str) -> None:
    assert words in str(refused(data))


# ---------------------------------------------------------------- headers and field counts


def test_duplicate_headers_are_renamed_and_still_usable() -> None:
    table = table_of("Name,Email,Email,Email\nAna,a@un.org,ana@home.net,\n")
    assert table.headers == ("Name", "Email", "Email (2)", "Email (3)")
    assert [problem.text for problem in table.problems] == [
        "line 1: the column “Email” appears 3 times; the later ones are called “Email (2)”, “Email (3)”"]
    preview = parse_participants(table, ColumnMapping(name="Name", email="Email (2)"))
    assert preview.candidates[0].email == "ana@home.net"


def test_empty_header_gets_a_name() -> None:
    assert table_of("Name,,Country\nAna,x,Peru\n").headers == ("Name", "Column 2", "Country")


def test_too_many_and_too_few_fields() -> None:
    table = table_of("Name,Organisation,Country\nAna,UN\nBob,UN,Peru,extra,more\nCarla,UN,Chile,,\n")
    assert [row.values for row in table.rows] == [
        ("Ana", "UN", ""), ("Bob", "UN", "Peru"), ("Carla", "UN", "Chile")]
    assert [problem.text for problem in table.problems] == [
        "line 2: 2 fields where the header has 3; the missing ones are left empty",
        "line 3: 5 fields where the header has 3; the extra ones are ignored: “extra”, “more”",
    ]


# ---------------------------------------------------------------- mapping


@pytest.mark.parametrize(("headers", "expected"), [
    (["Full name", "Organization", "Country", "Stakeholder", "E-mail"],
     dict(name="Full name", organisation="Organization", country="Country",
          stakeholder_type="Stakeholder", email="E-mail")),
    (["First name", "Last name", "Organisation", "Category", "Delegation", "Email address"],
     dict(first_name="First name", last_name="Last name", organisation="Organisation",
          stakeholder_type="Category", delegation="Delegation", email="Email address")),
    (["Prénom", "Nom", "Organisme", "Pays", "Catégorie", "Délégation", "Courriel"],
     dict(first_name="Prénom", last_name="Nom", organisation="Organisme", country="Pays",
          stakeholder_type="Catégorie", delegation="Délégation", email="Courriel")),
    (["Nom", "Pays"], dict(name="Nom", country="Pays")),
    (["Participant's name", "Organisation type", "Name of organisation", "Country of residence",
      "Contact e-mail"],
     dict(name="Participant's name", stakeholder_type="Organisation type",
          organisation="Name of organisation", country="Country of residence", email="Contact e-mail")),
    (["Timestamp", "Notes"], {}),
])
def test_guess_mapping(headers: list[str], expected: dict[str, str]) -> None:
    assert guess_mapping(headers) == ColumnMapping(**expected)


def test_mapping_round_trips_through_json() -> None:
    mapping = ColumnMapping(first_name="Prénom", last_name="Nom", country="Pays")
    stored = json.loads(json.dumps(mapping.to_dict()))
    assert ColumnMapping.from_dict(stored) == mapping
    assert ColumnMapping.from_dict({**stored, "added_later": "x"}) == mapping


@pytest.mark.parametrize("stored", [["Name"], {"name": 3}, None])
def test_damaged_stored_mapping_is_refused(stored: object) -> None:
    with pytest.raises(CsvImportError):
        ColumnMapping.from_dict(stored)


def test_saved_mapping_restricted_to_a_new_file() -> None:
    assert MAPPING.restricted_to(["Name", "Email", "Pays"]) == ColumnMapping(name="Name", email="Email")


def test_mapping_must_name_a_name_column_present_in_the_file() -> None:
    table = table_of(HEADER + "\nAna,UN,Peru,NGO,a@un.org\n")
    with pytest.raises(CsvImportError, match="holds the name"):
        parse_participants(table, ColumnMapping(country="Country"))
    with pytest.raises(CsvImportError, match="“Pays” chosen for Country is not in this file"):
        parse_participants(table, ColumnMapping(name="Name", country="Pays"))


# ---------------------------------------------------------------- values


def test_candidates_hold_normalised_fields() -> None:
    preview = preview_of('"  Ana\n Lima ",  UNDP ,ivory coast,Member State,ana@undp.org')
    assert preview.problems == ()
    [candidate] = preview.candidates
    assert (candidate.line, candidate.name, candidate.organisation) == (2, "Ana Lima", "UNDP")
    assert (candidate.country, candidate.country_code, candidate.country_raw) == (
        "Côte d'Ivoire", "CIV", "ivory coast")
    assert candidate.stakeholder_type is StakeholderType.state
    assert candidate.participant_fields()["country"] == "Côte d'Ivoire"


def test_name_from_first_and_last_name() -> None:
    table = table_of("Prénom,Nom,Nom complet\nJean,Dupont,\n,,Ana Lima\nMarie,,\n")
    mapping = ColumnMapping(name="Nom complet", first_name="Prénom", last_name="Nom")
    assert [c.name for c in parse_participants(table, mapping).candidates] == [
        "Jean Dupont", "Ana Lima", "Marie"]


def test_problem_messages_name_line_and_column() -> None:
    fillers = [f"P{i},UN,Peru,NGO,p{i}@un.org" for i in range(12)]
    preview = preview_of(*fillers, "Tom,UN,Narnia,NGO,tom@un.org", "Sue,UN,Peru,NGO,sue@un.org",
                         ",UN,Peru,NGO,x@un.org", "Bob,UN,Peru,Donor,bob@")
    assert texts(preview) == [
        "line 14, column “Country”: “Narnia” is not a known country; it is imported as typed",
        "line 16: no name",
        "line 17, column “Stakeholder”: “Donor” is not a known stakeholder type; “other” is used",
        "line 17, column “Email”: “bob@” is not an e-mail address",
    ]
    assert [c.line for c in preview.candidates][-3:] == [14, 15, 17]
    assert preview.unmatched_countries == {"Narnia": (14,)}
    assert preview.unmatched_stakeholder_types == {"Donor": (17,)}
    bob = preview.candidates[-1]
    assert (bob.email, bob.stakeholder_type) == ("", StakeholderType.other)


@pytest.mark.parametrize(("text", "expected"), [
    ("Member State", StakeholderType.state),
    ("GOVERNMENT", StakeholderType.state),
    ("État membre", StakeholderType.state),
    ("NGO", StakeholderType.civil_society),
    ("CSO", StakeholderType.civil_society),
    ("Civil society", StakeholderType.civil_society),
    ("Non-governmental organization", StakeholderType.civil_society),
    ("NGO / Civil society", StakeholderType.civil_society),
    ("Private sector", StakeholderType.private_sector),
    ("Business", StakeholderType.private_sector),
    ("Secteur privé", StakeholderType.private_sector),
    ("IO", StakeholderType.international_organisation),
    ("UN", StakeholderType.international_organisation),
    ("International organization", StakeholderType.international_organisation),
    ("international organisation", StakeholderType.international_organisation),
    ("Academia", StakeholderType.academia),
    ("University", StakeholderType.academia),
    ("Think tank", StakeholderType.academia),
    ("Other", StakeholderType.other),
    ("Donor", None),
    ("NGO / Government", None),
])
def test_stakeholder_types(text: str, expected: StakeholderType | None) -> None:
    assert stakeholder_type(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ana@un.org", "ana@un.org"),
    (" <Ana.Lima@undp.org> ", "Ana.Lima@undp.org"),
    ("mailto:bob@ministère.gouv.fr", "bob@ministère.gouv.fr"),
    ("bob@", None),
    ("@un.org", None),
    ("bob@un", None),
    ("bob@un.o", None),
    ("a b@un.org", None),
    ("a@b@un.org", None),
    ("ana@un..org", None),
    ("ana@-un.org", None),
])
def test_clean_email(text: str, expected: str | None) -> None:
    assert clean_email(text) == expected


# ---------------------------------------------------------------- duplicates


def test_duplicates_by_email_and_by_name_and_country() -> None:
    preview = preview_of(
        "Ana Lima,UN,Peru,NGO,ana@un.org",
        "Bob Diaz,UN,Chile,NGO,",
        "Other Ana,UN,Peru,NGO,ANA@UN.ORG",
        '"Díaz, Bob",UNDP,CL,NGO,bob@undp.org',
        "Bob Diaz,UN,Spain,NGO,",
        "Carla Ruiz,UN,Peru,NGO,",
    )
    assert [(group.lines, group.reasons) for group in preview.duplicates] == [
        ((2, 4), ("same e-mail address",)),
        ((3, 5), ("same name and country",)),
    ]


def test_duplicates_against_existing_participants() -> None:
    existing = (ExistingParticipant("Ana Lima", country="Peru", uuid="u1"),
                ExistingParticipant("Someone", email="bob@un.org", uuid="u2"),
                ExistingParticipant("Carla Ruiz", country="Chile", uuid="u3"))
    preview = preview_of("ana lima,UN,PER,NGO,", "Bob,UN,,NGO,Bob@un.org", "Carla Ruiz,UN,Peru,NGO,",
                         existing=existing)
    assert [(group.lines, [e.uuid for e in group.existing], group.reasons)
            for group in preview.duplicates] == [
        ((2,), ["u1"], ("same name and country",)),
        ((3,), ["u2"], ("same e-mail address",)),
    ]


def test_groups_join_through_either_reason() -> None:
    preview = preview_of("Ana,UN,Peru,NGO,a@un.org", "Ana,UN,Peru,NGO,", "Other,UN,Peru,NGO,a@un.org")
    assert [(group.lines, group.reasons) for group in preview.duplicates] == [
        ((2, 3, 4), ("same e-mail address", "same name and country"))]


# ---------------------------------------------------------------- country fixes


def test_a_suggested_country_is_shown_but_not_filled_in() -> None:
    preview = preview_of("Ana,UN,Germny,NGO,", "Bob,UN,Germny,NGO,")
    assert [(c.country, c.country_code, c.country_suggestion) for c in preview.candidates] == [
        ("Germny", "", "Germany"), ("Germny", "", "Germany")]
    assert [c.participant_fields()["country"] for c in preview.candidates] == ["Germny", "Germny"]
    assert all(c.country_guessed for c in preview.candidates)
    guess = preview.country_guesses["Germny"]
    assert (guess.match.alpha_3, guess.match.name, guess.lines) == ("DEU", "Germany", (2, 3))
    assert texts(preview) == [
        f"line {n}, column “Country”: “Germny” is not a known country; did you mean “Germany”? "
        "It is imported as typed unless you accept that" for n in (2, 3)]
    assert [(v.raw, v.lines, v.status, v.imported_as, v.suggestion) for v in preview.country_values] == [
        ("Germny", (2, 3), "guess", "Germny", "Germany")]


def test_apply_country_fixes() -> None:
    preview = preview_of("Ana,UN,Narnia,NGO,", "Bob,UN,Germny,NGO,", "Carla,UN,Narnia,NGO,",
                         "Dan,UN,Atlantis,NGO,bob@")
    fixed = apply_country_fixes(preview, {"Narnia": "Türkiye", "Germny": "AUT", "Not there": "xx"})
    assert [(c.country, c.country_code, c.country_status) for c in fixed.candidates] == [
        ("Türkiye", "TUR", "chosen"), ("Austria", "AUT", "chosen"), ("Türkiye", "TUR", "chosen"),
        ("Atlantis", "", "unknown")]
    assert fixed.unmatched_countries == {"Atlantis": (5,)}
    assert fixed.country_guesses == {}
    assert texts(fixed) == ["line 5, column “Country”: “Atlantis” is not a known country; it is imported as typed",
                            "line 5, column “Email”: “bob@” is not an e-mail address"]
    assert [(v.raw, v.status, v.imported_as) for v in fixed.country_values] == [
        ("Atlantis", "unknown", "Atlantis"), ("Narnia", "chosen", "Türkiye"), ("Germny", "chosen", "Austria")]
    assert set(preview.unmatched_countries) == {"Narnia", "Atlantis"}  # the old preview is unchanged

    # None goes back to what the file says: the suggestion is offered again, nothing is filled in
    back = apply_country_fixes(fixed, {"Germny": None, "Narnia": None})
    assert [(c.country, c.country_code, c.country_status) for c in back.candidates] == [
        ("Narnia", "", "unknown"), ("Germny", "", "guess"), ("Narnia", "", "unknown"),
        ("Atlantis", "", "unknown")]
    assert texts(back) == texts(preview)


def test_countries_use_the_un_names_and_anything_else_is_kept_as_typed() -> None:
    preview = preview_of("Ana,UN,Vietnam,NGO,", "Bo,UN,Viet Nam,NGO,", "Cy,UN,South Korea,NGO,",
                         "Di,UN,Kosovo,NGO,", "Ed,UN,Deutschland,NGO,", "Fa,UN,TÜRKIYE,NGO,",
                         "Gu,UN,Ivory Coast,NGO,", "Ha,UN,Taiwan,NGO,", "Io,UN,Atlantis,NGO,")
    assert [(c.country, c.country_code, c.country_status) for c in preview.candidates] == [
        ("Viet Nam", "VNM", "renamed"), ("Viet Nam", "VNM", ""), ("Republic of Korea", "KOR", "renamed"),
        ("Kosovo", "XKX", "kept"), ("Germany", "DEU", "renamed"), ("Türkiye", "TUR", "renamed"),
        ("Côte d'Ivoire", "CIV", "renamed"), ("Taiwan", "TWN", "kept"), ("Atlantis", "", "unknown")]
    assert [(v.raw, v.status, v.imported_as) for v in preview.country_values] == [
        ("Atlantis", "unknown", "Atlantis"), ("Kosovo", "kept", "Kosovo"), ("Taiwan", "kept", "Taiwan"),
        ("Vietnam", "renamed", "Viet Nam"), ("South Korea", "renamed", "Republic of Korea"),
        ("Deutschland", "renamed", "Germany"), ("TÜRKIYE", "renamed", "Türkiye"),
        ("Ivory Coast", "renamed", "Côte d'Ivoire")]
    assert preview.country_guesses == {}  # Kosovo is never read as another State
    assert [p.value for p in preview.problems] == ["Atlantis"]


def test_duplicates_compare_countries_by_the_un_name() -> None:
    preview = preview_of("Ana Cruz,UN,Vietnam,NGO,", existing=[ExistingParticipant("Cruz Ana", "", "Viet Nam", "u1")])
    assert [(group.lines, group.reasons) for group in preview.duplicates] == [((2,), ("same name and country",))]


def test_fixes_update_duplicates_and_refuse_unknown_countries() -> None:
    preview = preview_of("Ana,UN,Peru,NGO,", "Ana,UN,Xyzzy,NGO,")
    assert preview.duplicates == ()
    fixed = apply_country_fixes(preview, {"Xyzzy": "Peru"})
    assert [group.lines for group in fixed.duplicates] == [(2, 3)]
    with pytest.raises(CsvImportError, match="“Narnia” is not a known country"):
        apply_country_fixes(preview, {"Xyzzy": "Narnia"})


# ---------------------------------------------------------------- fuzzing


def _parse_any(table) -> None:
    mapping = guess_mapping(table.headers)
    if not mapping.has_name():
        headers = table.headers
        mapping = ColumnMapping(name=headers[0], country=headers[-1], email=headers[len(headers) // 2],
                                stakeholder_type=headers[-1])
    preview = parse_participants(table, mapping, [ExistingParticipant("a", "a@b.cd", "Peru")])
    assert all(candidate.name for candidate in preview.candidates)
    apply_country_fixes(preview, {raw: "FRA" for raw in preview.unmatched_countries})


def _import_or_refuse(data: bytes) -> None:
    try:
        table = read_table(data, "fuzz.csv")
        _parse_any(table)
    except CsvImportError as error:
        assert str(error).strip()
    assert csv.field_size_limit() == FIELD_SIZE_LIMIT


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise_anything_else(data: bytes) -> None:
    _import_or_refuse(data)


CSV_ALPHABET = st.sampled_from(list(',;\t"\n\r \x00') + list("aéZ@.ü") + ["البحرين", "France", "NGO"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["", "Name,Country,Email\n", "Nom;Pays;Courriel\r\nAna;France;a@b.org\r\n"]),
       st.lists(CSV_ALPHABET, max_size=300).map("".join),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"]))
def test_csv_like_text_never_raises_anything_else(start: str, text: str, encoding: str) -> None:
    _import_or_refuse((start + text).encode(encoding, errors="replace"))
