"""An export's warnings are for the organiser at the window: in the window's language, while the report
itself is written in the workshop's output language."""

from __future__ import annotations

import threading

from cafe import i18n, workshop_file
from cafe.service import Service
from cafe.storage import paths
from cafe.storage.db import open_database
from ui.plenary.export_dialog import _default_build


def test_warnings_in_the_windows_language_report_in_the_workshops(tmp_path):
    service = Service(open_database("sqlite://"))
    workshop_file.load(service, paths.sample_workshop_path())
    w = service.snapshot().workshop
    service.update_workshop(w.uuid, w.version, language="fr")
    theme = service.snapshot().themes[0]
    service.update_theme(theme.uuid, theme.version, title=theme.title + " \ue000")
    warned: list[str] = []
    i18n.set_interface_language("en")
    _default_build(service.snapshot(), service.notes(), tmp_path / "r.pdf", "pdf", include_participants=False,
                   progress=lambda *_a: None, cancel=threading.Event(), on_warning=warned.append)
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "r.pdf")).pages)
    assert "Rapport" in text and "Séances thématiques" in text  # the report in French
    # the warning's sentence in English; the places it names quote the report's own (French) headings
    assert warned and all("not in the bundled fonts, printed as" in line for line in warned), warned
    assert warned[0].startswith("theme 1, title")
    service.db.dispose()
