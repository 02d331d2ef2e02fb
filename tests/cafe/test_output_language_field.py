"""The workshop's output language and the Word report's paper: chosen through the service, refused when
unknown, carried by the workshop file, read as English and A4 from older files and databases."""

from __future__ import annotations

import json

import pytest

from cafe import workshop_file
from cafe.service import Service
from cafe.service_errors import ServiceError
from cafe.storage import paths
from cafe.storage.db import open_database


@pytest.fixture
def service():
    s = Service(open_database("sqlite://"))
    workshop_file.load(s, paths.sample_workshop_path())
    yield s
    s.db.dispose()


def test_a_new_workshop_writes_in_english_on_a4(service):
    w = service.snapshot().workshop
    assert (w.language, w.report_paper) == ("en", "a4")


def test_the_language_and_paper_are_chosen_and_travel_in_the_file(service, tmp_path):
    w = service.snapshot().workshop
    service.update_workshop(w.uuid, w.version, language="fr", report_paper="letter")
    path = tmp_path / "w.json"
    workshop_file.write(service, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["workshop"]["language"] == "fr" and saved["workshop"]["report_paper"] == "letter"
    other = Service(open_database("sqlite://"))
    workshop_file.load(other, path)
    again = other.snapshot().workshop
    assert (again.language, again.report_paper) == ("fr", "letter")
    other.db.dispose()


@pytest.mark.parametrize(("field", "value"), [("language", "de"), ("language", ""), ("report_paper", "A3")])
def test_an_unknown_choice_is_refused_and_changes_nothing(service, field, value):
    w = service.snapshot().workshop
    with pytest.raises(ServiceError, match="must be one of"):
        service.update_workshop(w.uuid, w.version, **{field: value})
    after = service.snapshot().workshop
    assert (after.language, after.report_paper, after.version) == ("en", "a4", w.version)


def test_a_file_with_an_unknown_language_is_refused_naming_the_field(service, tmp_path):
    path = tmp_path / "w.json"
    workshop_file.write(service, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["workshop"]["language"] = "klingon"
    path.write_text(json.dumps(doc), encoding="utf-8")
    other = Service(open_database("sqlite://"))
    with pytest.raises(workshop_file.WorkshopFileError, match="language"):
        workshop_file.load(other, path)
    assert other.snapshot().workshop is None or other.snapshot().workshop.language == "en"
    other.db.dispose()


def test_a_file_without_the_fields_reads_as_english_and_a4(service, tmp_path):
    path = tmp_path / "w.json"
    workshop_file.write(service, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "language" not in doc["workshop"]  # the default is not written: the same file as before
    other = Service(open_database("sqlite://"))
    workshop_file.load(other, path)
    assert other.snapshot().workshop.language == "en"
    other.db.dispose()
