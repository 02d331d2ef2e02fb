"""Plenary: present each theme's outcomes, draw the cross-cutting lessons, hand out the report.

Three tabs:

* **Themes** — the themes with their note counts; for the selected one, what
  the host presents (overview), its summary (edited here, saved as typed
  through ``update_theme``), and the items to present: per column, a tick for
  each heading and item on the slides, and drag to reorder
  (:class:`ui.plenary.items_chooser.ItemsChooser`).
* **Cross-cutting lessons** — :class:`ui.plenary.lessons.LessonsPanel`.
* **Report** — the report's introduction (saved as typed through
  ``update_workshop``), its settings (:mod:`ui.plenary.report_settings`) and
  the exports (:mod:`ui.plenary.export_dialog`).
* **Sessions** — the rapporteur's plenary sessions: speakers and accounts
  (:mod:`ui.plenary.sessions_view`).

"Present" opens :class:`ui.plenary.presentation.PresentationWindow` full screen on the
chosen screen (the second one unless the moderator chose another: a projector is
usually there); the items to present start from the headings and the key points
marked in the room (:mod:`ui.plenary.items_chooser`).

Threads: note counts, the report's content (:func:`cafe.report.data.report_data`)
and the suggestions (:func:`cafe.plenary.harvest.cross_cutting`) are computed on the
controller's worker from the notes (one read, milliseconds for a Geneva-sized
workshop; the key points' uuids with one more query); the report's content and suggestions only while this place is on
screen, else on the next showing. The presenter's choices live in QSettings
(:class:`ui.plenary.presentation.PresenterChoices`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cafe import i18n
from cafe.plenary.harvest import PlenaryData, load_plenary
from cafe.storage.workshop_index import NOTE_CATEGORIES, WorkshopIndex
from ui.common.item_models import Column, RowsModel, make_table
from ui.common.markup_editing import attach_markup_bar
from ui.plenary.items_chooser import ItemsChooser
from ui.plenary.present_keys import key_help
from ui.plenary.lessons import AutosaveText, LessonsPanel
from ui.plenary.report_settings import ReportSettings
from ui.plenary.sessions_view import SessionsView
from ui.plenary.votes_view import VotesPanel

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate
    from ui.workshop.controller import WorkshopController


class PlenaryContext:
    def __init__(self, index: WorkshopIndex, counts: Counter | None):
        self.index = index
        self.counts = counts

    def count(self, theme_uuid: str, category: str) -> int | str:
        return "…" if self.counts is None else self.counts.get((theme_uuid, category), 0)


def output_language_of(index: WorkshopIndex | None) -> str:
    """The workshop's output language (slides, report): "en", "fr", "es" or "ar"."""
    workshop = index.snap.workshop if index is not None else None
    lang = getattr(workshop, "language", "en") if workshop is not None else "en"
    return lang if lang in i18n.LANGUAGES else "en"


def plenary_columns() -> tuple[Column, ...]:
    """The themes table's columns, their headers in the window's language."""
    return (
        Column(QCoreApplication.translate("PlenaryView", "Theme"), lambda t, c: t.title),
        Column(QCoreApplication.translate("PlenaryView", "Room"),
               lambda t, c: c.index.room_name(t.room_uuid) if t.room_uuid else ""),
        Column(QCoreApplication.translate("PlenaryView", "Hosts"), lambda t, c: c.index.hosts_text(t.uuid)),
        # cast: mypy cannot infer a lambda with a default argument from its context
        *(Column(i18n._(title), cast("Callable[[Any, Any], Any]", lambda t, c, cat=cat: c.count(t.uuid, cat)),
                 numeric=True)
          for cat, title in NOTE_CATEGORIES),
    )


class PlenaryView(QWidget):
    def __init__(self, controller: WorkshopController, parent: QWidget | None = None, *, clock: Any = None):
        super().__init__(parent)
        self.controller = controller
        #: the clock the presenter timer counts against (None: the system clock)
        self.clock = clock
        self.index: WorkshopIndex | None = None
        self.counts: Counter | None = None
        self.data: PlenaryData | None = None
        self.presentation: Any = None
        #: the notes marked as key points (read with the report's content)
        self.key_uuids: frozenset[str] = frozenset()
        self._request = 0
        self._stale = True

        # -- themes tab
        self.model = RowsModel(plenary_columns(), self)
        self.table = make_table(self.model, stretch=0)
        self.table.setObjectName("plenary_themes")
        self.table.setAccessibleName(self.tr("Themes"))
        self.table.setAccessibleDescription(self.tr("Each theme with its room, hosts and note counts; "
                                                    "choose one to see and edit what is presented"))
        self.detail = QTextBrowser()
        self.detail.setObjectName("plenary_detail")
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Overview of the theme"))
        self.summary_edit = AutosaveText(controller, "theme_summary", self.tr(
            "The theme's summary for the plenary and the report: a few paragraphs."))
        self.summary_edit.setAccessibleName(self.tr("Summary of the theme"))
        self.summary_edit.setAccessibleDescription(self.tr("Printed in the report and shown on the slides; "
                                                           "saved as you type"))
        self.chooser = ItemsChooser()
        self.chooser.changed.connect(self._choices_changed)
        self.theme_tabs = QTabWidget()
        self.theme_tabs.addTab(self.detail, self.tr("Overview"))
        self.theme_tabs.addTab(self.summary_edit, self.tr("Summary"))
        self.theme_tabs.addTab(self.chooser, self.tr("Items to present"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.theme_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 500])

        # -- lessons tab
        self.lessons = LessonsPanel(controller)

        # -- report tab
        self.introduction = AutosaveText(controller, "report_introduction", self.tr(
            "The report's introduction: what the workshop was, who came, why."))
        self.introduction.setAccessibleName(self.tr("Introduction of the report"))
        report = QWidget()
        report_layout = QVBoxLayout(report)
        intro_row = QHBoxLayout()
        intro_label = QLabel(self.tr("<b>Introduction</b> (first section of the report)"))
        intro_label.setBuddy(self.introduction)
        intro_row.addWidget(intro_label)
        report_layout.addLayout(intro_row)
        report_layout.addWidget(self.introduction, 1)
        self.introduction_markup = attach_markup_bar(self.introduction, "report_introduction", controls_in=intro_row)
        self.report_settings = ReportSettings(controller)
        report_layout.addWidget(self.report_settings, 1)
        exports = QHBoxLayout()
        for fmt, label in (("pdf", self.tr("Export PDF…")), ("md", self.tr("Export Markdown…")),
                           ("docx", self.tr("Export Word…")), ("csv", self.tr("Export notes (CSV)…"))):
            button = QPushButton(label)
            button.setObjectName(f"export_{fmt}_button")
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.export(fmt))
            exports.addWidget(button)
        exports.addStretch(1)
        report_layout.addLayout(exports)

        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Themes"))
        self.tabs.addTab(self.lessons, self.tr("Cross-cutting lessons"))
        self.tabs.addTab(report, self.tr("Report"))
        self.sessions = SessionsView(controller)
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.votes = VotesPanel(controller)
        self.votes.message.connect(controller.notice.emit)
        self.tabs.addTab(self.votes, self.tr("Dot votes"))

        heading = QLabel(self.tr("Presentation of outcomes, theme by theme"))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.screen_choice = QComboBox()
        self.screen_choice.setObjectName("presentation_screen")
        self.screen_choice.setAccessibleName(self.tr("Screen to present on"))
        self.screen_choice.setToolTip(self.tr("The presentation opens full screen here; "
                                              "the second screen (usually the projector) is chosen first"))
        #: the screen the moderator chose by hand (its name), kept while it stays connected
        self._chosen_screen: str | None = None
        self.screen_choice.activated.connect(self._screen_chosen)
        self.present_button = QPushButton(self.tr("Present ▶"))
        self.present_button.setObjectName("present")
        self.present_button.setAccessibleName(self.tr("Present full screen on the chosen screen"))
        self.present_button.setToolTip(self.tr("Full screen on the chosen screen.") + "\n" + key_help())
        self.present_button.clicked.connect(lambda _checked=False: self.present())
        screen_label = QLabel(self.tr("Screen:"))
        screen_label.setBuddy(self.screen_choice)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(screen_label)
        top.addWidget(self.screen_choice)
        top.addWidget(self.present_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._fill_screens()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # a projector plugged in or out while the app runs
            app.screenAdded.connect(lambda _screen: self._fill_screens())
            app.screenRemoved.connect(lambda _screen: self._fill_screens())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_theme())
        # reading order: the screen and Present at the top, then the tabs, the themes and the chosen theme
        chain = (self.screen_choice, self.present_button, self.tabs, self.table, self.theme_tabs, self.detail,
                 self.summary_edit)
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # -- snapshot and data -------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        self.index = index
        if update.reopened:
            self.counts = None
            self.data = None
        self.model.set_rows(index.snap.themes, PlenaryContext(index, self.counts))
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))  # selectRow picks none in RTL before layout
        self.lessons.set_snapshot(index, update)
        self.sessions.set_snapshot(index, update)
        self.votes.set_snapshot(index, update)
        self.report_settings.set_snapshot(index)
        if self.presentation is not None:
            self.presentation.set_language(output_language_of(index))
        workshop = index.snap.workshop
        self.introduction.bind(workshop.uuid if workshop else None, workshop.introduction if workshop else "",
                               self._introduction_save if workshop else None,
                               version=workshop.version if workshop else None, field="introduction")
        self._show_theme()
        if update.reopened or update.touches("note", "theme", "room", "round", "host", "lesson", "workshop",
                                             "round_summary", "assignment", "group", "agenda_item", "day",
                                             "vote"):
            self._stale = True
            self._load()

    def _on_screen(self) -> bool:
        window = self.window()
        return window is not None and self.isVisibleTo(window) and window.isVisible()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fill_screens()
        if self._stale or (self.data is not None and self.data.report is None):
            self._load()

    def _load(self) -> None:
        index = self.index
        if index is None:
            return
        theme_of_room = {room: t.uuid for room, t in index.theme_by_room.items()}
        full = self._on_screen() or self.presentation is not None
        if full:
            self._stale = False
        self._request += 1
        request = self._request

        lang = output_language_of(index)

        def work(service) -> tuple[PlenaryData, frozenset[str] | None]:
            # the report's content feeds the slides: built in the workshop's output language
            with i18n.output_language(lang):
                data = load_plenary(service, theme_of_room, full)
            return data, service.key_note_uuids() if full else None

        self.controller.read(work, lambda result: self._loaded(request, *result))

    def _loaded(self, request: int, data: PlenaryData, key_uuids: frozenset[str] | None = None) -> None:
        if request != self._request or self.index is None:
            return
        if key_uuids is not None:
            self.key_uuids = key_uuids
        self.counts = data.counts
        if data.report is None and self.data is not None and self.data.report is not None:
            data = PlenaryData(data.counts, self.data.report, self.data.suggestions, self.data.notes)
        self.data = data
        self.model.set_rows(self.index.snap.themes, PlenaryContext(self.index, data.counts))
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))  # the rows were set again: a theme stays chosen
        if data.notes is not None:
            self.lessons.set_notes(data.notes, list(data.suggestions))
        self._show_theme()
        if self.presentation is not None and data.report is not None:
            self.presentation.set_slides(self.slides())

    # -- the selected theme --------------------------------------------------------------------------
    def selected_theme(self) -> Any | None:
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _show_theme(self) -> None:
        theme = self.selected_theme()
        if theme is None or self.index is None:
            self.detail.setHtml("<p>{0}</p>".format(escape(self.tr("No theme yet."))))
            self.summary_edit.bind(None, "", None)
            self.chooser.show_theme(None, None)
            return
        self.detail.setHtml(theme_html(self.index, theme, PlenaryContext(self.index, self.counts)))
        # cast: mypy cannot infer a lambda with a default argument from its context
        save = cast("Callable[[str], tuple[str, str, dict]]", lambda text, uuid=theme.uuid: (
            self.tr("Edit theme summary"), "update_theme",
            {"uuid": uuid, "expected_version": self._theme_version(uuid), "summary": text}))
        self.summary_edit.bind(theme.uuid, theme.summary, save, version=theme.version, field="summary")
        section = None
        if self.data is not None and self.data.report is not None:
            section = next((t for t in self.data.report.themes if t.uuid == theme.uuid), None)
        self.chooser.show_theme(section, self.choices_store(), self.key_uuids)

    def _theme_version(self, uuid: str) -> int | None:
        theme = self.index.themes.get(uuid) if self.index is not None else None
        return theme.version if theme is not None else None

    def _introduction_save(self, text: str) -> tuple[str, str, dict]:
        assert self.index is not None  # bound by set_snapshot
        workshop = self.index.snap.workshop
        return (self.tr("Edit report introduction"), "update_workshop",
                {"uuid": workshop.uuid, "expected_version": workshop.version, "introduction": text})

    def choices_store(self) -> Any:
        from ui.plenary.presentation import PresenterChoices

        workshop = self.index.snap.workshop if self.index is not None else None
        return PresenterChoices(workshop.uuid) if workshop is not None else None

    # -- presenting ------------------------------------------------------------------------------------
    def _fill_screens(self) -> None:
        """List the screens; the one chosen by hand stays chosen while it is there, else the second
        screen (a projector is usually the second screen), else the only one."""
        screens = QGuiApplication.screens()
        names = [self.tr("{0}: {1} ({2}×{3})").format(n, s.name() or self.tr("screen"), s.geometry().width(),
                                                       s.geometry().height())
                 for n, s in enumerate(screens, start=1)]
        if names == [self.screen_choice.itemText(i) for i in range(self.screen_choice.count())]:
            return
        self.screen_choice.clear()
        self.screen_choice.addItems(names)
        for i, s in enumerate(screens):
            self.screen_choice.setItemData(i, s.name(), Qt.ItemDataRole.UserRole)
        chosen = [s.name() for s in screens].index(self._chosen_screen) \
            if self._chosen_screen in [s.name() for s in screens] else None
        self.screen_choice.setCurrentIndex(chosen if chosen is not None else min(1, len(names) - 1))

    def _screen_chosen(self, row: int) -> None:
        self._chosen_screen = self.screen_choice.itemData(row, Qt.ItemDataRole.UserRole)

    def chosen_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        row = self.screen_choice.currentIndex()
        return screens[row] if 0 <= row < len(screens) else None

    def slides(self) -> list:
        from cafe.report.slides import slides

        if self.data is None or self.data.report is None:
            return []
        store = self.choices_store()
        with i18n.output_language(output_language_of(self.index)):
            return slides(self.data.report, store.load() if store is not None else None, self.key_uuids)

    def _choices_changed(self) -> None:
        """The presenter ticked, unticked or reordered: an open presentation follows at once."""
        if self.presentation is not None:
            self.presentation.set_slides(self.slides())

    def present(self, *, full_screen: bool = True) -> Any:
        """Open the presentation (or bring it back) on the chosen screen; returns the window."""
        from ui.plenary.presentation import PresentationWindow

        if self.presentation is None:
            title = self.index.title if self.index is not None else ""
            self.presentation = PresentationWindow(self.slides(), clock=self.clock, title=title,
                                                   language=output_language_of(self.index))
            self.presentation.left.connect(self._presentation_left)
            if self.data is None or self.data.report is None:
                self._load()
        self._fill_screens()
        self.presentation.present_on(self.chosen_screen(), full_screen=full_screen)
        return self.presentation

    def _presentation_left(self) -> None:
        window, self.presentation = self.presentation, None
        if window is not None:
            window.deleteLater()

    def export(self, fmt: str) -> Any:
        from ui.plenary.export_dialog import ExportDialog

        self.introduction.flush()
        self.summary_edit.flush()
        self.report_settings.flush()
        self.sessions.flush()
        return ExportDialog.open_for(self.window(), self.controller, fmt)


def theme_html(index: WorkshopIndex, theme: Any, context: PlenaryContext) -> str:
    """What a host presents: title, hosts, questions, summary and note counts (all user text escaped)."""
    parts = [f"<h2>{escape(theme.title)}</h2>"]
    hosts = index.hosts_text(theme.uuid)
    room = index.room_name(theme.room_uuid) if theme.room_uuid else QCoreApplication.translate("PlenaryView", "no room")
    where = QCoreApplication.translate("PlenaryView", "{0} · hosted by {1}").format(room, hosts) if hosts else room
    parts.append(f"<p>{escape(where)}</p>")
    count_of = QCoreApplication.translate("PlenaryView", "{0}: {1}")
    counts = " · ".join(count_of.format(i18n._(title), context.count(theme.uuid, cat))
                        for cat, title in NOTE_CATEGORIES)
    notes = QCoreApplication.translate("PlenaryView", "Notes")
    parts.append("<p><b>{0}</b> — {1}</p>".format(escape(notes), escape(counts)))
    if theme.guiding_questions:
        items = "".join(f"<li>{escape(q)}</li>" for q in theme.guiding_questions)
        questions = QCoreApplication.translate("PlenaryView", "Guiding questions")
        parts.append("<p><b>{0}</b></p><ul>{1}</ul>".format(escape(questions), items))
    parts.append("<p><b>{0}</b></p>".format(escape(QCoreApplication.translate("PlenaryView", "Summary"))))
    if theme.summary.strip():
        parts.append("<p>" + escape(theme.summary.strip()).replace("\n", "<br>") + "</p>")
    else:
        parts.append("<p><i>{0}</i></p>".format(
            escape(QCoreApplication.translate("PlenaryView", "No summary written yet (write it in the Summary tab)."))))
    round_summaries = []
    for rnd in index.snap.rounds:
        summary = index.summary_of.get((rnd.uuid, theme.room_uuid)) if theme.room_uuid else None
        if summary is not None and summary.text.strip():
            text = escape(summary.text.strip()).replace("\n", "<br>")
            round_summaries.append(f"<li><b>{escape(index.round_label(rnd))}</b>: {text}</li>")
    if round_summaries:
        concluded = QCoreApplication.translate("PlenaryView", "What each round concluded")
        parts.append("<p><b>{0}</b></p><ul>{1}</ul>".format(escape(concluded), "".join(round_summaries)))
    return "".join(parts)
