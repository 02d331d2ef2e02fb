"""The import dialog's last page: the participants an import would create, duplicates, and each country.

A mixin of :class:`ui.setup.import_dialog.ImportDialog` (main thread): it
fills the preview from a :class:`cafe.people.participants_csv.ImportPreview`
computed on the worker, lets the organiser untick rows, and lists every
country value that is not imported exactly as the file says it, or that should
be looked at, with what is imported for it:

* another name of a UN State is imported under the UN's name ("Vietnam →
  Viet Nam");
* a place that is not a UN State (Kosovo, Hong Kong) and a value nothing
  recognises are imported as typed;
* a suggested spelling ("Ivory Cost": Côte d'Ivoire?) is shown with an
  "Accept" button and is imported only once accepted, for every row with that
  value; "Keep as typed" takes a choice back.

Any value can be given another country from the list. Choices are remembered
and offered (applied, and shown as "your choice") for the same value next time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from ui.common.plural import english
from ui.common.recent_files import app_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QTableView, QTableWidget

    from ui.setup.import_candidates import CandidatesModel

FIXES_KEY = "csv_import/country_fixes"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


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
        def separators_name(self, delimiter: str) -> str: ...
        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...

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
            reason = _reasons(group.reasons)
            for i, line in enumerate(group.lines):
                if group.existing:
                    notes[line] = QCoreApplication.translate("ImportDialog", "already in the workshop: {0} ({1})").format(group.existing[0].name, reason)
                elif i:
                    notes[line] = QCoreApplication.translate("ImportDialog", "repeats line {0} ({1})").format(group.lines[0], reason)
        for value in preview.country_values:
            for line in value.lines:
                notes.setdefault(line, _country_note(value))
        skip = self.duplicate_lines() if self.skip_duplicates.isChecked() else set()
        # a re-preview (after a country fix) keeps the boxes the user ticked or cleared
        before = dict(zip((c.line for c in self.candidates.candidates), self.candidates.checked))
        checked = [before.get(c.line, c.line not in skip) for c in preview.candidates]
        self.candidates.set_candidates(preview.candidates, checked, notes)
        self.candidates_view.resizeColumnsToContents()

        self.problems.clear()
        self.problems.addItems([p.text for p in preview.problems] or [QCoreApplication.translate("ImportDialog", "No problems found.")])

        self.countries.setRowCount(0)
        for value in preview.country_values:
            self._add_country_row(value)
        self.countries.resizeColumnsToContents()
        self.countries.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.duplicates.clear()
        for group in preview.duplicates:
            lines = _lines_text(group.lines)
            reason = _reasons(group.reasons)
            if group.existing:
                who = ", ".join(e.name for e in group.existing)
                self.duplicates.addItem(QCoreApplication.translate("ImportDialog", "{0}: looks like {1}, already in the workshop ({2})").format(
                    lines, who, reason))
            else:
                self.duplicates.addItem(QCoreApplication.translate("ImportDialog", "{0}: the same person? ({1})").format(lines, reason))
        if not preview.duplicates:
            self.duplicates.addItem(QCoreApplication.translate("ImportDialog", "No duplicates found."))
        n_skip = len(self.duplicate_lines())
        self.skip_duplicates.setText(QCoreApplication.translate("ImportDialog", "Skip the row that repeats someone") if n_skip == 1 else
                                     english(self.tr("Skip the %n rows that repeat someone", "", n_skip), n_skip))
        self.skip_duplicates.setEnabled(bool(n_skip))

        n_rows = len(self.table.rows)
        n_people = len(preview.candidates)
        parts = [english(self.tr("{0}: %n row(s), {1} to import (read as {2}, separated by {3}).", "", n_rows), n_rows)
                 .format(self.table.filename,
                         english(self.tr("%n participant(s)", "", n_people), n_people),
                         self.table.encoding_label, self.separators_name(self.table.delimiter))]
        if preview.problems:
            n = len(preview.problems)
            parts.append(english(self.tr("%n problem(s) listed by line below.", "", n), n))
        parts.extend(_country_summary(preview.country_values))
        self.summary.setText(" ".join(parts))
        self._update_import_button()

    def _add_country_row(self, value: Any) -> None:
        from cafe.people.countries import all_countries

        row = self.countries.rowCount()
        self.countries.insertRow(row)
        self.countries.setItem(row, 0, QTableWidgetItem(value.raw))
        self.countries.setItem(row, 1, QTableWidgetItem(", ".join(str(n) for n in value.lines)))
        shown, why = _imported_as(value)
        imported = QTableWidgetItem(shown)
        imported.setToolTip(why)
        self.countries.setItem(row, 2, imported)
        raw = value.raw
        combo = QComboBox()
        combo.setObjectName("country_choice")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(list(all_countries()))
        suggestion = value.suggestion if value.status == "guess" else ""
        combo.setCurrentIndex(combo.findText(suggestion) if suggestion else -1)
        combo.setEditText(suggestion)
        combo.setAccessibleName(QCoreApplication.translate("ImportDialog", "Country for “{0}”").format(raw))
        line_edit = combo.lineEdit()
        assert line_edit is not None  # the combo is editable
        line_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", "Type or choose a country"))
        completer = QCompleter(list(all_countries()), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        self.countries.setCellWidget(row, 3, combo)

        actions = QWidget()
        layout = QHBoxLayout(actions)
        layout.setContentsMargins(0, 0, 0, 0)
        use = QPushButton(QCoreApplication.translate("ImportDialog", "Accept") if suggestion else QCoreApplication.translate("ImportDialog", "Use"))
        use.setObjectName("accept_country" if suggestion else "use_country")
        use.setAccessibleName(QCoreApplication.translate("ImportDialog", "Use the country chosen for “{0}”").format(raw))
        use.setToolTip(QCoreApplication.translate("ImportDialog", "Import every row that says “{0}” with the country in the box beside").format(raw))
        use.clicked.connect(lambda _=False, raw=raw, combo=combo: self.fix_country(raw, combo.currentText()))
        layout.addWidget(use)
        if value.status == "chosen":
            keep = QPushButton(QCoreApplication.translate("ImportDialog", "Keep as typed"))
            keep.setObjectName("keep_as_typed")
            keep.setAccessibleName(QCoreApplication.translate("ImportDialog", "Keep “{0}” as typed").format(raw))
            keep.setToolTip(QCoreApplication.translate("ImportDialog", "Take the choice back: import “{0}” as the file says it").format(raw))
            keep.clicked.connect(lambda _=False, raw=raw: self.keep_as_typed(raw))
            layout.addWidget(keep)
        self.countries.setCellWidget(row, 4, actions)

    def country_row(self, raw: str) -> int:
        # every row has its raw value in column 0 (see _add_country_row)
        return next((r for r in range(self.countries.rowCount())
                     if cast(QTableWidgetItem, self.countries.item(r, 0)).text() == raw), -1)

    def country_button(self, raw: str, name: str) -> QPushButton | None:
        """The button ``name`` ("accept_country", "use_country", "keep_as_typed") on the row of ``raw``."""
        row = self.country_row(raw)
        cell = self.countries.cellWidget(row, 4) if row >= 0 else None
        return cell.findChild(QPushButton, name) if cell is not None else None

    def fix_country(self, raw: str, country: str) -> None:
        """Use ``country`` (a name from the list) for every row whose file says ``raw``."""
        from cafe.people.countries import match_country
        from cafe.people.csv_table import quoted

        found = match_country(country) if country.strip() else None
        if found is None or not found.exact:
            self.message.setText(QCoreApplication.translate("ImportDialog", "{0} is not a country in the list; choose one from the list.").format(
                quoted(country)))
            return
        preview = self.preview

        def work(_service):
            from cafe.people.participants_csv import apply_country_fixes

            return apply_country_fixes(preview, {raw: found.alpha_3 if found.un_state else found.name})

        self._remember_fix(raw, found.alpha_3 if found.un_state else found.name)
        self._run(work, self._previewed, QCoreApplication.translate("ImportDialog", "Using {0} for “{1}”…").format(found.name, raw))

    def keep_as_typed(self, raw: str) -> None:
        """Take back the country chosen for ``raw``: its rows are imported as the file says (and it is forgotten)."""
        preview = self.preview

        def work(_service):
            from cafe.people.participants_csv import apply_country_fixes

            return apply_country_fixes(preview, {raw: None})

        self._forget_fix(raw)
        self._run(work, self._previewed, QCoreApplication.translate("ImportDialog", "Keeping “{0}” as typed…").format(raw))

    def _remembered_fixes(self) -> dict[str, str]:
        try:
            value = json.loads(str(app_settings().value(FIXES_KEY, "{}")))
        except ValueError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def _remember_fix(self, raw: str, target: str) -> None:
        fixes = self._remembered_fixes()
        fixes[raw] = target
        self._store_fixes(fixes)

    def _forget_fix(self, raw: str) -> None:
        fixes = self._remembered_fixes()
        if fixes.pop(raw, None) is not None:
            self._store_fixes(fixes)

    @staticmethod
    def _store_fixes(fixes: dict[str, str]) -> None:
        settings = app_settings()
        settings.setValue(FIXES_KEY, json.dumps(fixes, ensure_ascii=False))
        settings.sync()


def _reasons(reasons: Sequence[str]) -> str:
    """ "same e-mail and same name" (the core's reasons, joined in the window's language)."""
    if len(reasons) < 2:
        return "".join(reasons)
    return QCoreApplication.translate("ImportDialog", "{0} and {1}").format(", ".join(reasons[:-1]), reasons[-1])


def _lines_text(lines: Sequence[int]) -> str:
    if len(lines) == 1:
        return QCoreApplication.translate("ImportDialog", "Line {0}").format(lines[0])
    return QCoreApplication.translate("ImportDialog", "Lines {0} and {1}").format(", ".join(str(n) for n in lines[:-1]), lines[-1])


def _imported_as(value: Any) -> tuple[str, str]:
    """What the countries table says is imported for ``value`` (a CountryValue), and why (its tooltip)."""
    texts = {
        "guess": (QCoreApplication.translate("ImportDialog", "{0} (as typed)"), QCoreApplication.translate("ImportDialog", "Not a known country. Did you mean {1}? Press Accept to use it for "
                                            "every row that says “{0}”; otherwise it is imported as typed.")),
        "unknown": (QCoreApplication.translate("ImportDialog", "{0} (as typed)"), QCoreApplication.translate("ImportDialog", "Not a known country: imported as typed, unless you choose a "
                                              "country beside.")),
        "kept": (QCoreApplication.translate("ImportDialog", "{0} (as typed)"), QCoreApplication.translate("ImportDialog", "Not a UN Member or observer State: imported exactly as typed.")),
        "chosen": (QCoreApplication.translate("ImportDialog", "{0} (your choice)"), QCoreApplication.translate("ImportDialog", "You chose this country for every row that says “{2}”; "
                                                "Keep as typed takes it back.")),
        "renamed": (QCoreApplication.translate("ImportDialog", "{0} (UN name)"), QCoreApplication.translate("ImportDialog", "“{2}” is another name of {0}: imported under the UN's name.")),
    }
    shown, why = texts.get(value.status, ("{0}", ""))
    return shown.format(value.imported_as), why.format(value.imported_as, value.suggestion, value.raw)


def _country_note(value: Any) -> str:
    """The candidate table's note for a row with ``value`` (a CountryValue)."""
    texts = {
        "guess": QCoreApplication.translate("ImportDialog", "country “{0}”: did you mean {2}? Imported as typed unless accepted"),
        "unknown": QCoreApplication.translate("ImportDialog", "country “{0}” not recognised: imported as typed"),
        "kept": QCoreApplication.translate("ImportDialog", "country “{0}” kept as typed"),
        "chosen": QCoreApplication.translate("ImportDialog", "country: {0} → {1} (your choice)"),
        "renamed": QCoreApplication.translate("ImportDialog", "country: {0} → {1}"),
    }
    return texts.get(value.status, "").format(value.raw, value.imported_as, value.suggestion)


def _country_summary(values: Sequence[Any]) -> list[str]:
    """The sentences of the preview's summary about the countries."""
    def rows(status: str) -> int:
        return sum(len(v.lines) for v in values if v.status == status)

    def example(status: str) -> str:
        first = next(v for v in values if v.status == status)
        return f"{first.raw} → {first.imported_as}"

    parts = []
    if n := rows("guess"):
        parts.append((QCoreApplication.translate("ImportDialog", "1 row has a country with a suggested spelling: accept it below, or it is imported "
                          "as typed.") if n == 1 else
                      QCoreApplication.translate("ImportDialog", "{0} rows have a country with a suggested spelling: accept it below, or they are "
                          "imported as typed.")).format(n))
    if n := rows("unknown"):
        parts.append((QCoreApplication.translate("ImportDialog", "1 row has a country that was not recognised: it is imported as typed unless you "
                          "choose a country below.") if n == 1 else
                      QCoreApplication.translate("ImportDialog", "{0} rows have a country that was not recognised: they are imported as typed unless "
                          "you choose a country below.")).format(n))
    if n := rows("kept"):
        parts.append((QCoreApplication.translate("ImportDialog", "1 row names a place that is not a UN Member or observer State: kept as typed.")
                      if n == 1 else
                      QCoreApplication.translate("ImportDialog", "{0} rows name a place that is not a UN Member or observer State: kept as typed."))
                     .format(n))
    if n := rows("renamed"):
        parts.append((QCoreApplication.translate("ImportDialog", "1 row is imported under the UN's name of its country ({1}).") if n == 1 else
                      QCoreApplication.translate("ImportDialog", "{0} rows are imported under the UN's name of their country (e.g. {1})."))
                     .format(n, example("renamed")))
    return parts
