"""The report's settings, in the Plenary place's Report tab: title, sections, wrap-up lead-in, statistics.

Contract
--------
* :class:`ReportSettings` is a main-thread widget showing the workshop's
  report settings from the controller's snapshot (:meth:`ReportSettings.set_snapshot`).
* Every change is one undo step through ``update_workshop``: the title when
  its line is left (or Enter), the sections at each tick, title or move
  (stored as :func:`cafe.plenary.report_settings.sections_value`: nothing
  while they are the defaults), the wrap-up's lead-in and the statistics
  sentence as they are typed (:class:`ui.plenary.lessons.AutosaveText`, merged
  into one undo step per burst, with the merge window when another laptop
  changed them first).
* "Offer from the data" puts the sentence :func:`cafe.report.statistics.offer`
  builds from the participants into the statistics editor, to be edited; an
  empty statistics text means the report prints the offered sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe import i18n
from cafe.plenary.report_settings import (
    DEFAULT_REPORT_TITLE,
    ReportSection,
    default_sections,
    report_sections,
    sections_value,
)
from ui.common.markup_editing import attach_markup_bar
from ui.plenary.lessons import AutosaveText
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import WorkshopIndex
    from ui.workshop.controller import WorkshopController

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def offered_statistics(snapshot: Any) -> str:
    """The statistics sentence offered from the participants ("" when the report offers none yet)."""
    try:
        from cafe.report.statistics import offer
    except ImportError:
        return ""
    return offer(snapshot)


class ReportSettings(QWidget):
    """The report's title, its sections (shown, title, order), the wrap-up's lead-in and the statistics."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self._filling = False

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("report_title")
        self.title_edit.setPlaceholderText(DEFAULT_REPORT_TITLE)
        self.title_edit.setAccessibleName(self.tr("Report title"))
        self._show_default_title()
        self.title_edit.editingFinished.connect(self._title_finished)

        self.sections = QTableWidget(0, 2)
        self.sections.setObjectName("report_sections")
        self.sections.setHorizontalHeaderLabels([self.tr("Printed"), self.tr("Title in the report")])
        self.sections.setAccessibleName(self.tr("Sections of the report, in print order"))
        self.sections.setAccessibleDescription(self.tr(
            "Tick to print a section; edit its title (empty: the default title); Alt+Up and Alt+Down reorder"))
        self.sections.verticalHeader().hide()
        self.sections.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.sections.horizontalHeader().setStretchLastSection(True)
        self.sections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rows = self.sections.verticalHeader()
        rows.setDefaultSectionSize(self.sections.fontMetrics().height() + 8)
        # every section without scrolling, and no more: the introduction above keeps the height
        self.sections.setFixedHeight(rows.defaultSectionSize() * 6 + self.sections.horizontalHeader().sizeHint().height()
                                     + 2 * self.sections.frameWidth())
        self.sections.itemChanged.connect(self._section_changed)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("report_section_up")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("report_section_down")
        self.sections.installEventFilter(self)
        self.defaults_button = QPushButton(self.tr("Default sections"))
        self.defaults_button.setObjectName("report_sections_default")
        for button, text in ((self.up_button, self.tr("Move the section up (Alt+Up)")),
                             (self.down_button, self.tr("Move the section down (Alt+Down)")),
                             (self.defaults_button, self.tr("Every section in the default order, with its default "
                                                            "title; the list of participants not printed"))):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.up_button.clicked.connect(lambda _checked=False: self.move_selected(-1))
        self.down_button.clicked.connect(lambda _checked=False: self.move_selected(1))
        self.defaults_button.clicked.connect(lambda _checked=False: self._save_sections(default_sections(),
                                                                                          select=None))

        self.lead_in = AutosaveText(controller, "wrapup_lead_in", self.tr(
            "Opens the wrap-up: who presented the outcomes of the thematic sessions, who moderated."))
        self.lead_in.setAccessibleName(self.tr("Lead-in of the wrap-up"))
        self.lead_in.setAccessibleDescription(self.tr("Light Markdown: **bold** names, *italics*; "
                                                      "Ctrl+B and Ctrl+I"))
        self.statistics = AutosaveText(controller, "report_statistics", self.tr(
            "The introduction's figures: “About 190 participants from 89 UN Member States …”"))
        self.statistics.setAccessibleName(self.tr("Statistics sentence of the introduction"))
        self.offer_button = QPushButton(self.tr("Offer from the data"))
        self.offer_button.setObjectName("offer_statistics")
        self.offer_button.setToolTip(self.tr("Write the sentence from the participants (how many, from how many "
                                             "States, which other stakeholders), to edit"))
        self.offer_button.setAccessibleName(self.tr("Offer the statistics sentence from the participants"))
        self.offer_button.clicked.connect(lambda _checked=False: self.offer_statistics())
        for editor in (self.lead_in, self.statistics):
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 3 + 12)
        self.offered = QLabel()
        self.offered.setObjectName("offered_statistics")
        self.offered.setWordWrap(True)
        self.offered.setStyleSheet("color: #555; font-size: 8.5pt;")

        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        moves.addWidget(self.defaults_button)
        left = QVBoxLayout()
        form = QFormLayout()
        title_label = QLabel(self.tr("Report &title:"))
        title_label.setBuddy(self.title_edit)
        form.addRow(title_label, self.title_edit)
        left.addLayout(form)
        sections_label = QLabel(self.tr("<b>Sections</b> (in print order)"))
        sections_label.setBuddy(self.sections)
        left.addWidget(sections_label)
        left.addWidget(self.sections)
        left.addLayout(moves)
        left.addStretch(1)
        right = QVBoxLayout()
        lead_label = QLabel(self.tr("<b>Wrap-up lead-in</b>"))
        lead_label.setBuddy(self.lead_in)
        lead_row = QHBoxLayout()
        lead_row.addWidget(lead_label)
        right.addLayout(lead_row)
        right.addWidget(self.lead_in, 1)
        statistics_top = QHBoxLayout()
        statistics_label = QLabel(self.tr("<b>Statistics</b> (empty: the offered sentence)"))
        statistics_label.setBuddy(self.statistics)
        statistics_top.addWidget(statistics_label, 1)
        statistics_top.addWidget(self.offer_button)
        right.addLayout(statistics_top)
        right.addWidget(self.statistics, 1)
        right.addWidget(self.offered)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        #: bold and italics buttons beside the lead-in's title, and its formatted preview under it
        self.lead_in_markup = attach_markup_bar(self.lead_in, "wrapup_lead_in", controls_in=lead_row)

    def output_language(self) -> str:
        """The workshop's output language: the report's own words (titles, sentences) are shown in it."""
        workshop = self.index.snap.workshop if self.index is not None else None
        lang = getattr(workshop, "language", "en") if workshop is not None else "en"
        return lang if lang in i18n.LANGUAGES else "en"

    def _show_default_title(self) -> None:
        """The report's default title, as the report prints it (in the output language)."""
        with i18n.output_language(self.output_language()):
            title = i18n._(DEFAULT_REPORT_TITLE)
        self.title_edit.setPlaceholderText(title)
        self.title_edit.setToolTip(self.tr("Empty: the report is called “{0}”").format(title))

    def sizeHint(self) -> QSize:
        """As low as it can be: on a laptop screen the introduction above shares the height evenly."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return False  # the wrapped sentence under the statistics must not make the whole panel tall

    def eventFilter(self, obj, event) -> bool:
        """Alt+↑/↓ in the sections move the selected one."""
        if obj is self.sections and event.type() == QEvent.Type.KeyPress \
                and self.sections.state() != QAbstractItemView.State.EditingState \
                and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.AltModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(obj, event)

    # -- the snapshot ------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex) -> None:
        self.index = index
        workshop = index.snap.workshop
        enabled = workshop is not None
        for widget in (self.title_edit, self.sections, self.up_button, self.down_button, self.defaults_button,
                       self.offer_button):
            widget.setEnabled(enabled)
        if workshop is None:
            self.lead_in.bind(None, "", None)
            self.statistics.bind(None, "", None)
            return
        if not self.title_edit.hasFocus():
            self.title_edit.setText(workshop.report_title)
        self._show_default_title()
        self._fill_sections(report_sections(workshop.report_sections))
        self.lead_in.bind(workshop.uuid, workshop.wrapup_lead_in, self._save_field("wrapup_lead_in"),
                          version=workshop.version, field="wrapup_lead_in")
        self.statistics.bind(workshop.uuid, workshop.statistics, self._save_field("statistics"),
                             version=workshop.version, field="statistics")
        with i18n.output_language(self.output_language()):
            offered = offered_statistics(index.snap)
        self.offered.setText(self.tr("Offered from the data: {0}").format(offered) if offered else "")

    def _save_field(self, name: str):
        undo_text = {"wrapup_lead_in": self.tr("Edit wrap-up lead-in"),
                     "statistics": self.tr("Edit statistics sentence")}[name]

        def save(text: str) -> tuple[str, str, dict]:
            assert self.index is not None and self.index.snap.workshop is not None  # bound by set_snapshot
            workshop = self.index.snap.workshop
            return undo_text, "update_workshop", {"uuid": workshop.uuid, "expected_version": workshop.version,
                                                  name: text}
        return save

    def _fill_sections(self, sections: tuple[ReportSection, ...], select: str | None = None) -> None:
        # the sections' default titles are the report's headings: shown in the output language
        with i18n.output_language(self.output_language()):
            self._fill_sections_in(sections, select)

    def _fill_sections_in(self, sections: tuple[ReportSection, ...], select: str | None) -> None:
        selected = select or self.selected_key()
        column = max(self.sections.currentColumn(), 0)
        self._filling = True
        try:
            self.sections.setRowCount(len(sections))
            for row, section in enumerate(sections):
                shown = QTableWidgetItem(section.default_title)
                shown.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                               | Qt.ItemFlag.ItemIsUserCheckable)
                shown.setCheckState(Qt.CheckState.Checked if section.shown else Qt.CheckState.Unchecked)
                shown.setData(KEY_ROLE, section.key)
                shown.setToolTip(self.tr("Ticked: “{0}” is printed").format(section.title))
                title = QTableWidgetItem(section.custom_title)
                title.setToolTip(self.tr("Empty: “{0}”").format(section.default_title))
                self.sections.setItem(row, 0, shown)
                self.sections.setItem(row, 1, title)
                if section.key == selected:
                    self.sections.setCurrentCell(row, column)
        finally:
            self._filling = False

    # -- reading the table ---------------------------------------------------------------------------
    def shown_sections(self) -> tuple[ReportSection, ...]:
        """The sections as the table shows them now."""
        out = []
        for row in range(self.sections.rowCount()):
            shown, title = self.sections.item(row, 0), self.sections.item(row, 1)
            if shown is None:
                continue
            out.append(ReportSection(shown.data(KEY_ROLE), " ".join((title.text() if title else "").split()),
                                     shown.checkState() == Qt.CheckState.Checked))
        return tuple(out)

    def selected_key(self) -> str | None:
        row = self.sections.currentRow()
        item = self.sections.item(row, 0) if row >= 0 else None
        return item.data(KEY_ROLE) if item is not None else None

    # -- saving -----------------------------------------------------------------------------------------
    def _title_finished(self) -> None:
        workshop = self.index.snap.workshop if self.index is not None else None
        title = " ".join(self.title_edit.text().split())
        if workshop is None or title == workshop.report_title:
            return
        self.controller.edit(self.tr("Edit report title"), call(S.update_workshop, uuid=workshop.uuid,
                                                                 expected_version=workshop.version,
                                                                 report_title=title))

    def _section_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self._save_sections(self.shown_sections(), select=self.selected_key())

    def move_selected(self, step: int) -> None:
        sections = list(self.shown_sections())
        row = self.sections.currentRow()
        if not (0 <= row < len(sections) and 0 <= row + step < len(sections)):
            return
        sections[row], sections[row + step] = sections[row + step], sections[row]
        self._save_sections(tuple(sections), select=sections[row + step].key)

    def _save_sections(self, sections: tuple[ReportSection, ...], *, select: str | None) -> None:
        workshop = self.index.snap.workshop if self.index is not None else None
        if workshop is None:
            return
        self._fill_sections(sections, select)  # at once, before the snapshot comes back
        value = sections_value(sections)
        if value == list(workshop.report_sections):
            return
        self.controller.edit(self.tr("Change report sections"), call(
            S.update_workshop, uuid=workshop.uuid, expected_version=workshop.version, report_sections=value))

    def offer_statistics(self) -> None:
        """Put the sentence offered from the data into the statistics editor, saved as an edit."""
        if self.index is None:
            return
        with i18n.output_language(self.output_language()):
            offered = offered_statistics(self.index.snap)
        if not offered:
            self.offered.setText(self.tr("Nothing to offer: the workshop has no participants yet."))
            return
        self.statistics.setPlainText(offered)
        self.statistics.flush()
        self.statistics.setFocus()

    def flush(self) -> None:
        self._title_finished()
        self.lead_in.flush()
        self.statistics.flush()
