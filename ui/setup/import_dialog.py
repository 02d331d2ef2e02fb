"""Importing participants from a registration CSV: pick the file, confirm the columns, check the
preview, then import in one undo step.

Contract
--------
* :class:`ImportDialog` is a main-thread dialog over a
  :class:`~ui.workshop.controller.WorkshopController`. Reading and parsing the file,
  and applying country fixes, run on the controller's worker thread
  (``controller.read``); the dialog only shows results.
* Nothing is written until "Import N participants" is pressed, which pushes
  one ``import_participants`` command (one undo step). A file that cannot be
  read shows its sentence in the dialog, never a traceback.
* The separator is the one the file's structure shows ("Detected (semicolon)"),
  or the one the user chooses on the columns step, which reads the file again.
* The column choice is remembered in the user's settings, as JSON keyed by the
  file's set of headers, and offered again for a file with the same headers.
  Countries the user chooses are remembered too and applied (and shown as the
  user's choice) to the same unrecognised values next time.
* Countries: a UN State is imported under its UN name, anything else as typed;
  a suggested spelling only once the user accepts it (see
  :mod:`ui.setup.import_preview`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe.people.csv_table import LoadedFile, read_file
from ui.common.plural import english
from ui.common.recent_files import app_settings
from ui.setup.import_candidates import CandidatesModel
from ui.setup.import_preview import PreviewPage
from ui.setup.texts import FIELD_TITLES, QT_TRANSLATE_NOOP
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController

CSV_FILTER = QT_TRANSLATE_NOOP("ImportDialog", "Registration lists (*.csv *.txt *.tsv);;All files (*)")
MAPPING_KEY = "csv_import/mapping/"
#: a field no column holds (translated where shown)
NOT_IN_FILE = QT_TRANSLATE_NOOP("ImportDialog", "(not in the file)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)
#: rows of the file shown under the column choice
SAMPLE_ROWS = 5


class CsvFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        title = QCoreApplication.translate("ImportDialog", "Import participants")
        path, _ = QFileDialog.getOpenFileName(parent, title, "", _tr(CSV_FILTER))
        return path or None


def mapping_key(headers: Sequence[str]) -> str:
    """The settings key under which the column choice for files with these headers is kept."""
    digest = hashlib.sha1("\x1f".join(sorted(headers)).encode("utf-8")).hexdigest()
    return MAPPING_KEY + digest


class ImportDialog(PreviewPage, QDialog):
    """Three steps on one dialog: File, Columns, Preview (see the module docstring)."""

    #: participants were imported (their number)
    imported = Signal(int)

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(1080, 720)
        self.path: str | None = None
        self.table: Any = None
        self.preview: Any = None
        self.busy = False
        self._request = 0

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())

        self.message = QLabel()
        self.message.setObjectName("import_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Message"))
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.do_import)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        self.step = QLabel()
        self.step.setStyleSheet("font-weight: bold; font-size: 11pt;")
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_page(0)

    @classmethod
    def ask(cls, parent: QWidget | None, controller: WorkshopController) -> None:
        """Run the dialog modally (main thread)."""
        cls(controller, parent).exec()

    # -- pages -----------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Choose the registration list, saved as CSV (from a registration system or Excel: "
            "File › Save As › CSV). Any of UTF-8, Windows-1252 or UTF-16, separated by commas, "
            "semicolons or tabs, is recognised.\n\nNothing is added to the workshop until you press "
            "“Import” on the last step."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the registration file"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setAccessibleName(self.tr("File chosen"))
        self.file_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        from cafe.people.participants_csv import FIELD_LABELS, FIELDS

        page = QWidget()
        layout = QVBoxLayout(page)
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        layout.addWidget(self.format_label)
        self.separator = QComboBox()
        self.separator.setObjectName("separator")
        self.separator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.separator.setAccessibleName(self.tr("Separator"))
        self.separator.setToolTip(self.tr("The character between the fields; choose another one if the "
                                          "columns below are split wrongly."))
        self.separator.addItem(self.tr("Detected"), None)
        for delimiter, label in ((",", self.tr("Comma")), (";", self.tr("Semicolon")), ("\t", self.tr("Tab")),
                                 ("|", self.tr("Vertical bar"))):
            self.separator.addItem(label, delimiter)
        self.separator.currentIndexChanged.connect(self._separator_chosen)
        separator_label = QLabel(self.tr("&Separator:"))
        separator_label.setBuddy(self.separator)
        separator_row = QHBoxLayout()
        separator_row.addWidget(separator_label)
        separator_row.addWidget(self.separator)
        separator_row.addStretch(1)
        layout.addLayout(separator_row)
        note = QLabel(self.tr("Which column holds each field? The name may come from one column, or from first "
                              "and last name. Your choice is remembered for files with the same columns."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for name in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.setMinimumContentsLength(24)
            self.combos[name] = combo
            title = self.tr(FIELD_TITLES[name]) if name in FIELD_TITLES else FIELD_LABELS[name]
            combo.setAccessibleName(self.tr("Column for {0}").format(title))
            form.addRow(self.tr("{0}:").format(title), combo)
        layout.addLayout(form)
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().hide()
        self.sample.setAccessibleName(self.tr("The first rows of the file"))
        layout.addWidget(QLabel(self.tr("The first rows of the file:")))
        layout.addWidget(self.sample, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.candidates = CandidatesModel(self)
        self.candidates.dataChanged.connect(lambda *_: self._update_import_button())
        self.candidates_view = QTableView()
        self.candidates_view.setModel(self.candidates)
        self.candidates_view.verticalHeader().hide()
        self.candidates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.candidates_view.horizontalHeader().setStretchLastSection(True)
        self.candidates_view.setAccessibleName(self.tr("Participants to import"))
        self.candidates_view.setAccessibleDescription(self.tr(
            "One row per participant found in the file; untick a row to leave that person out"))

        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems, by line"))
        self.countries = QTableWidget(0, 5)
        self.countries.setObjectName("country_fixes")
        self.countries.setAccessibleName(self.tr("Countries"))
        self.countries.setAccessibleDescription(self.tr(
            "Each country in the file that is imported otherwise than typed, or that should be checked: "
            "what is imported for it, a country to choose instead, and a button to use it"))
        self.countries.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("Lines"), self.tr("Imported as"), self.tr("Or choose"), ""])
        self.countries.verticalHeader().hide()
        self.countries.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.countries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates = QListWidget()
        self.duplicates.setObjectName("import_duplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setAccessibleName(self.tr("Possible duplicates"))
        self.skip_duplicates = QCheckBox(self.tr("Skip the rows that repeat someone"))
        self.skip_duplicates.setChecked(True)
        self.skip_duplicates.toggled.connect(self._skip_toggled)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setChildrenCollapsible(False)
        # the countries get the most room: each row holds a choice and its buttons
        for title, widgets in ((self.tr("Problems, by line"), (self.problems,)),
                               (self.tr("Countries"), (self.countries,)),
                               (self.tr("Possible duplicates"), (self.duplicates, self.skip_duplicates))):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            box_layout.addWidget(heading)
            for w in widgets:
                box_layout.addWidget(w)
            lower.addWidget(box)
        lower.setSizes([300, 620, 300])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.candidates_view)
        split.addWidget(lower)
        split.setSizes([380, 260])
        layout.addWidget(split, 1)
        return page

    def _show_page(self, n: int) -> None:
        self.pages.setCurrentIndex(n)
        self.step.setText((self.tr("Step 1 of 3: the file"), self.tr("Step 2 of 3: the columns"),
                           self.tr("Step 3 of 3: check and import"))[n])
        self.back_button.setEnabled(n > 0 and not self.busy)
        self.next_button.setVisible(n < 2)
        self.next_button.setEnabled(not self.busy and n < 2 and self.table is not None)
        self.import_button.setVisible(n == 2)
        self._update_import_button()

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if text or not busy:
            self.message.setText(text)
        self.choose_button.setEnabled(not busy)
        self.separator.setEnabled(not busy)
        self._show_page(self.page)

    def _run(self, fn: Callable[[Any], Any], done: Callable[[Any], None], text: str) -> None:
        """Run ``fn`` on the worker; ``done(result)`` unless a later request superseded it."""
        self._request += 1
        request = self._request
        self._set_busy(True, text)

        def finished(result: Any) -> None:
            if request == self._request:
                self._set_busy(False)
                done(result)

        def failed(message: Any) -> None:
            if request == self._request:
                self._set_busy(False, self.tr("Not done: {0}").format(message))

        self.controller.read(fn, finished, failed)

    # -- step 1: the file --------------------------------------------------------------------
    def choose_file(self) -> None:
        path = CsvFileDialog.ask(self)
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read ``path`` on the worker, then show the column choice (or why it cannot be read)."""
        self.path = path
        self.table = None
        self.preview = None
        self.candidates.set_candidates([], [], {})
        self.file_label.setText(path)
        self.separator.blockSignals(True)
        self.separator.setCurrentIndex(0)
        self.separator.setItemText(0, self.tr("Detected"))
        self.separator.blockSignals(False)
        self._show_page(0)
        self._read(None)

    def _read(self, delimiter: str | None) -> None:
        """Read the file with ``delimiter`` (None: the one its structure shows) on the worker."""
        path = self.path
        if path is None:
            return
        self._run(lambda _service: read_file(path, delimiter),
                  lambda loaded: self._loaded(loaded, delimiter), self.tr("Reading the file…"))

    def _loaded(self, loaded: LoadedFile, delimiter: str | None = None) -> None:
        if loaded.error is not None:
            if self.page == 1:  # read again with the chosen separator: the user may choose another
                self.table = None
                self._clear_columns()
                self.message.setText(self.tr("This file cannot be read with this separator: {0}")
                                     .format(loaded.error))
                self._show_page(1)
                return
            self.message.setText(self.tr("This file cannot be imported: {0}").format(loaded.error))
            self._show_page(0)
            return
        self.table = loaded.table
        if delimiter is None:  # the item "Detected (…)" says which one the file's structure showed
            name = self._separator_name(loaded.table.delimiter)
            self.separator.setItemText(0, self.tr("Detected ({0})").format(name))
        self._fill_columns(loaded.table)
        self.message.setText("")
        self._show_page(1)

    def _separator_name(self, delimiter: str) -> str:
        names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"), "|": self.tr("vertical bar")}
        return names.get(delimiter, repr(delimiter))

    def separators_name(self, delimiter: str) -> str:
        """The separators in the plural, as in "separated by semicolons"."""
        names = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs"),
                 "|": self.tr("vertical bars")}
        return names.get(delimiter, repr(delimiter))

    def _separator_chosen(self, _index: int) -> None:
        """Read the file again with the separator now chosen (its data; None: the detected one)."""
        if self.path is None:
            return
        self.preview = None
        self.candidates.set_candidates([], [], {})
        self._read(self.separator.currentData())

    def set_separator(self, delimiter: str | None) -> None:
        """Choose ``delimiter`` (None: the detected one) as the user would; the file is read again."""
        self.separator.setCurrentIndex(max(0, self.separator.findData(delimiter)) if delimiter else 0)

    # -- step 2: the columns ------------------------------------------------------------------
    def _clear_columns(self) -> None:
        for combo in self.combos.values():
            combo.clear()
            combo.addItem(_tr(NOT_IN_FILE), None)
        self.sample.clear()
        self.sample.setRowCount(0)
        self.sample.setColumnCount(0)
        self.format_label.setText("")

    def _fill_columns(self, table: Any) -> None:
        mapping = self.remembered_mapping(table.headers)
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(_tr(NOT_IN_FILE), None)
            for header in table.headers:
                combo.addItem(header, header)
            chosen = getattr(mapping, name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        rows = table.rows[:SAMPLE_ROWS]
        self.sample.clear()
        self.sample.setColumnCount(len(table.headers))
        self.sample.setRowCount(len(rows))
        self.sample.setHorizontalHeaderLabels(list(table.headers))
        for r, row in enumerate(rows):
            for c, value in enumerate(row.values):
                shown = value if len(value) <= 80 else value[:79] + "…"
                self.sample.setItem(r, c, QTableWidgetItem(shown))
        n = len(table.rows)
        self.format_label.setText(english(self.tr("{0}: read as {1}, separated by {2}; %n row(s) after the header.",
                                                  "", n), n).format(table.filename, table.encoding_label,
                                                                    self.separators_name(table.delimiter)))

    def remembered_mapping(self, headers: Sequence[str]) -> Any:
        """The saved column choice for these headers, else a guess from their names."""
        from cafe.people.csv_table import CsvImportError
        from cafe.people.participants_csv import ColumnMapping, guess_mapping

        saved = app_settings().value(mapping_key(headers))
        if saved:
            try:
                return ColumnMapping.from_dict(json.loads(str(saved))).restricted_to(headers)
            except (ValueError, CsvImportError):
                pass  # an unreadable saved choice: guess again
        return guess_mapping(headers)

    def mapping(self) -> Any:
        from cafe.people.participants_csv import ColumnMapping

        return ColumnMapping(**{name: combo.currentData() for name, combo in self.combos.items()})

    def set_column(self, field: str, header: str | None) -> None:
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(header)) if header else 0)

    def _remember_mapping(self, mapping: Any) -> None:
        settings = app_settings()
        settings.setValue(mapping_key(self.table.headers), json.dumps(mapping.to_dict()))
        settings.sync()

    # -- step 3: the preview ------------------------------------------------------------------
    def next(self) -> None:
        if self.page == 0 and self.table is not None:
            self._show_page(1)
        elif self.page == 1 and self.table is not None:
            self.show_preview()

    def back(self) -> None:
        if self.page > 0 and not self.busy:
            self.message.setText("")
            self._show_page(self.page - 1)

    def show_preview(self) -> None:
        """Parse the table with the chosen columns (on the worker) and show what would be imported."""
        mapping = self.mapping()
        if not mapping.has_name():
            self.message.setText(self.tr("Choose the column that holds the name (or the columns for first and last "
                                         "name)."))
            return
        self._remember_mapping(mapping)
        self.candidates.set_candidates([], [], {})  # new columns: the check boxes start afresh
        table = self.table
        existing = self._existing()
        fixes = self._remembered_fixes()

        def work(_service):
            from cafe.people.csv_table import CsvImportError
            from cafe.people.participants_csv import apply_country_fixes, parse_participants

            try:
                preview = parse_participants(table, mapping, existing)
                wanted = {raw: target for raw, target in fixes.items()
                          if raw in preview.unmatched_countries or raw in preview.country_guesses}
                return apply_country_fixes(preview, wanted) if wanted else preview
            except CsvImportError as exc:
                return str(exc)

        self._run(work, self._previewed, self.tr("Preparing the preview…"))

    def _existing(self) -> list[Any]:
        from cafe.people.participants_csv import ExistingParticipant

        index = self.controller.index
        people = index.snap.participants if index is not None else ()
        return [ExistingParticipant(p.name, p.email, p.country, p.uuid) for p in people]

    def _previewed(self, result: Any) -> None:
        if isinstance(result, str):
            self.message.setText(self.tr("Not done: {0}").format(result))
            return
        self.preview = result
        self._fill_preview(result)
        self._show_page(2)

    def _skip_toggled(self, on: bool) -> None:
        self.candidates.set_checked_lines(self.duplicate_lines(), not on)
        self._update_import_button()

    def _update_import_button(self) -> None:
        n = len(self.candidates.chosen()) if self.preview is not None else 0
        self.import_button.setText(english(self.tr("Import %n participant(s)", "", n), n))
        self.import_button.setEnabled(self.page == 2 and n > 0 and not self.busy)

    # -- importing ---------------------------------------------------------------------------
    def records(self) -> list[dict[str, Any]]:
        """The participants that "Import" would create, as field dicts."""
        return [c.participant_fields() for c in self.candidates.chosen()]

    def do_import(self) -> None:
        records = self.records()
        if not records or self.busy:
            return
        n = len(records)
        name = Path(self.path).name if self.path else self.tr("the file")
        self._set_busy(True, english(self.tr("Importing %n participant(s)…", "", n), n))

        def saved(_changes) -> None:
            self._set_busy(False)
            self.controller.notice.emit(english(self.tr("Imported %n participant(s) from {0}.", "", n), n).format(name))
            self.imported.emit(n)
            self.accept()

        def refused(message: str) -> None:
            self._set_busy(False, self.tr("Not imported: {0}").format(message))

        self.controller.edit(english(self.tr("Import %n participant(s) from {0}", "", n), n).format(name),
                             call(S.import_participants, records=records), on_saved=saved, on_refused=refused)


