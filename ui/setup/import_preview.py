"""The import dialog's last page: the participants an import would create, duplicates and countries to confirm.

A mixin of :class:`ui.setup.import_dialog.ImportDialog` (main thread): it
fills the preview from a :class:`cafe.people.participants_csv.ImportPreview`
computed on the worker, lets the organiser untick rows and choose a country
for each name that was not recognised, and remembers those choices.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QPushButton,
    QTableWidgetItem,
)

from ui.common.recent_files import app_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QTableView, QTableWidget

    from ui.setup.import_candidates import CandidatesModel

FIXES_KEY = "csv_import/country_fixes"


class PreviewPage:
    """Part of :class:`ui.setup.import_dialog.ImportDialog` (a mixin; see the module docstring)."""

    if TYPE_CHECKING:  # provided by ImportDialog
        table: Any
        preview: Any
        message: QLabel
        summary: QLabel
        candidates: CandidatesModel
        candidates_view: QTableView
        problems: QListWidget
        countries: QTableWidget
        duplicates: QListWidget
        skip_duplicates: QCheckBox

        def _run(self, fn: Callable[[Any], Any], done: Callable[[Any], None], text: str) -> None: ...
        def _previewed(self, result: Any) -> None: ...
        def _update_import_button(self) -> None: ...

    def duplicate_lines(self) -> set[int]:
        """The lines skipped when duplicates are skipped: every row matching someone already in the
        workshop, and every row but the first of each group within the file."""
        skip: set[int] = set()
        for group in self.preview.duplicates if self.preview is not None else ():
            skip |= set(group.lines) if group.existing else set(group.lines[1:])
        return skip

    def _fill_preview(self, preview: Any) -> None:
        notes: dict[int, str] = {}
        for group in preview.duplicates:
            reason = " and ".join(group.reasons)
            for i, line in enumerate(group.lines):
                if group.existing:
                    notes[line] = f"already in the workshop: {group.existing[0].name} ({reason})"
                elif i:
                    notes[line] = f"repeats line {group.lines[0]} ({reason})"
        for raw, lines in preview.unmatched_countries.items():
            for line in lines:
                notes.setdefault(line, f"country “{raw}” not recognised")
        for raw, guess in preview.country_guesses.items():
            for line in guess.lines:
                notes.setdefault(line, f"country “{raw}” read as {guess.match.name}")
        skip = self.duplicate_lines() if self.skip_duplicates.isChecked() else set()
        # a re-preview (after a country fix) keeps the boxes the user ticked or cleared
        before = dict(zip((c.line for c in self.candidates.candidates), self.candidates.checked))
        checked = [before.get(c.line, c.line not in skip) for c in preview.candidates]
        self.candidates.set_candidates(preview.candidates, checked, notes)
        self.candidates_view.resizeColumnsToContents()

        self.problems.clear()
        self.problems.addItems([p.text for p in preview.problems] or ["No problems found."])

        self.countries.setRowCount(0)
        for raw, lines in preview.unmatched_countries.items():
            self._add_country_row(raw, lines, "", "Apply")
        for raw, guess in preview.country_guesses.items():
            self._add_country_row(raw, guess.lines, guess.match.name, "Confirm")
        self.countries.resizeColumnsToContents()

        self.duplicates.clear()
        for group in preview.duplicates:
            lines = _lines_text(group.lines)
            reason = " and ".join(group.reasons)
            if group.existing:
                who = ", ".join(e.name for e in group.existing)
                self.duplicates.addItem(f"{lines}: looks like {who}, already in the workshop ({reason})")
            else:
                self.duplicates.addItem(f"{lines}: the same person? ({reason})")
        if not preview.duplicates:
            self.duplicates.addItem("No duplicates found.")
        n_skip = len(self.duplicate_lines())
        self.skip_duplicates.setText(f"Skip the {n_skip} row{'s' if n_skip != 1 else ''} that repeat someone")
        self.skip_duplicates.setEnabled(bool(n_skip))

        n_rows = len(self.table.rows)
        unmatched = sum(len(v) for v in preview.unmatched_countries.values())
        guessed = sum(len(g.lines) for g in preview.country_guesses.values())
        parts = [f"{self.table.filename}: {n_rows} row{'s' if n_rows != 1 else ''}, "
                 f"{len(preview.candidates)} participant{'s' if len(preview.candidates) != 1 else ''} to import "
                 f"(read as {self.table.encoding_label}, separated by {self.table.delimiter_label}s)."]
        if preview.problems:
            parts.append(f"{len(preview.problems)} problem{'s' if len(preview.problems) != 1 else ''} "
                         "listed by line below.")
        if unmatched:
            parts.append(f"{unmatched} row{'s have' if unmatched != 1 else ' has'} a country that was not "
                         "recognised: choose it below, or they are imported without a country.")
        if guessed:
            parts.append(f"{guessed} row{'s have' if guessed != 1 else ' has'} a guessed country: confirm or "
                         "correct it below (unconfirmed guesses are imported as guessed).")
        self.summary.setText(" ".join(parts))
        self._update_import_button()

    def _add_country_row(self, raw: str, lines: Sequence[int], value: str, action: str) -> None:
        from cafe.people.countries import all_countries

        row = self.countries.rowCount()
        self.countries.insertRow(row)
        self.countries.setItem(row, 0, QTableWidgetItem(raw))
        self.countries.setItem(row, 1, QTableWidgetItem(", ".join(str(n) for n in lines)))
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(all_countries()))
        combo.setCurrentIndex(combo.findText(value) if value else -1)
        combo.setEditText(value)
        line_edit = combo.lineEdit()
        assert line_edit is not None  # the combo is editable
        line_edit.setPlaceholderText("Type or choose a country")
        completer = QCompleter(list(all_countries()), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        self.countries.setCellWidget(row, 2, combo)
        button = QPushButton(action)
        button.clicked.connect(lambda _=False, raw=raw, combo=combo: self.fix_country(raw, combo.currentText()))
        self.countries.setCellWidget(row, 3, button)

    def country_row(self, raw: str) -> int:
        # every row has its raw value in column 0 (see _add_country_row)
        return next((r for r in range(self.countries.rowCount())
                     if cast(QTableWidgetItem, self.countries.item(r, 0)).text() == raw), -1)

    def fix_country(self, raw: str, country: str) -> None:
        """Use ``country`` (a name from the list) for every row whose file says ``raw``."""
        from cafe.people.countries import match_country
        from cafe.people.csv_table import quoted

        found = match_country(country) if country.strip() else None
        if found is None or not found.exact:
            self.message.setText(f"{quoted(country)} is not a country in the list; choose one from the list.")
            return
        preview = self.preview

        def work(_service):
            from cafe.people.participants_csv import apply_country_fixes

            return apply_country_fixes(preview, {raw: found.alpha_3})

        self._remember_fix(raw, found.alpha_3)
        self._run(work, self._previewed, f"Using {found.name} for “{raw}”…")

    def _remembered_fixes(self) -> dict[str, str]:
        try:
            value = json.loads(str(app_settings().value(FIXES_KEY, "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def _remember_fix(self, raw: str, alpha_3: str) -> None:
        fixes = self._remembered_fixes()
        fixes[raw] = alpha_3
        settings = app_settings()
        settings.setValue(FIXES_KEY, json.dumps(fixes, ensure_ascii=False))
        settings.sync()


def _lines_text(lines: Sequence[int]) -> str:
    if len(lines) == 1:
        return f"Line {lines[0]}"
    return "Lines " + ", ".join(str(n) for n in lines[:-1]) + f" and {lines[-1]}"
