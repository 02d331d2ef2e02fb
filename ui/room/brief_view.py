"""The host's brief on screen, on the room's projector, and printed.

* :class:`BriefView` (a tab of the room view) shows :func:`cafe.notes.brief.outline`
  of the brief for the shown room and round: short enough for a two-minute
  briefing, or in full ("Full brief").
* :class:`ProjectorWindow` shows the same in large type, full screen on the
  chosen screen: F toggles full screen, + and − change the size, Escape
  closes it.
* "Print (PDF)…" asks for a file (:class:`BriefPdfDialog`, replaceable in
  tests) and builds the PDF on the worker, written atomically
  (:func:`cafe.notes.brief.write_pdf`).

The brief is built on the worker from the room's notes and the snapshot, only
while it can be seen (the tab or the projector); changes to notes, summaries,
themes or the rotation refresh it, coalesced. Its outline (short and full) is
laid out there too, and the text goes on screen a few dozen lines at a time
between events (:class:`BriefFiller`): a conference room's full brief of 2,000
items never holds the window up; a refresh keeps the place the host has
scrolled to. Main thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cafe.report.output import file_stem
from ui.common import save_folder

if TYPE_CHECKING:
    from ui.workshop.controller import WorkshopController

_REFRESH_MS = 300
#: lines of the brief put on screen together (one piece of HTML)
FILL_LINES = 15
#: the first step shows at least this many lines at once: a usual brief appears whole, in one go
FIRST_LINES = 120
#: how long one later step may hold the window before the next event is served
FILL_BUDGET_S = 0.010


def brief_html(lines: list[Any], scale: float = 1.0) -> str:
    """The laid-out brief as HTML (every user string escaped)."""
    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    # paragraphs with explicit sizes, not <h2>/<h3>: Qt's rich text ignores sizes on headings
    small = f"font-size:{pt(9.5)}; color:#555"
    out = [f"<div style='font-size:{pt(11)}'>"]
    for line in lines:
        text, detail = escape(line.text).replace("\n", "<br>"), escape(line.detail)
        if line.kind == "title":
            out.append(f"<p style='font-size:{pt(17)}; font-weight:bold; margin:0'>{text}</p>")
            if detail:
                out.append(f"<p style='{small}; margin:2px 0 6px 0'>{detail}</p>")
        elif line.kind == "questions":
            text = escape(_caption(line.text))
            out.append(f"<p style='margin:8px 0 2px 0; font-size:{pt(12)}; font-weight:bold; color:#0b5394'>"
                       f"{text}</p>")
        elif line.kind == "question":
            out.append(f"<p style='margin:1px 0 1px 14px; font-size:{pt(12)}'><b>{detail}.</b> {text}</p>")
        elif line.kind in ("summary", "synthesis"):
            out.append(f"<p style='{small}; font-weight:bold; margin:8px 0 0 0'>{detail}</p>"
                       f"<p style='margin:2px 0 6px 12px; font-size:{pt(12)}'>{text}</p>")
        elif line.kind == "section":
            out.append(f"<p style='margin:12px 0 2px 0'><span style='font-size:{pt(14)}; font-weight:bold'>"
                       f"{text}</span> <span style='{small}'>{detail}</span></p>")
        elif line.kind == "heading":
            out.append(f"<p style='margin:6px 0 0 6px'><b>{text}</b> <span style='{small}'>{detail}</span></p>")
        elif line.kind == "item":
            new = "<b style='color:#0b5394'>" + escape(QCoreApplication.translate("BriefView", "NEW")) + "</b> · " if line.new else ""
            out.append(f"<p style='margin:1px 0 1px 22px'>• {text} <span style='{small}'>({new}{detail})</span></p>")
        elif line.kind == "more":
            out.append(f"<p style='margin:1px 0 1px 22px; color:#555'><i>{text}</i></p>")
        elif line.kind == "citations":
            out.append(f"<p style='margin-top:10px'><b>{detail}:</b> {text}</p>")
        else:
            out.append(f"<p><i>{text}</i></p>")
    out.append("</div>")
    return "".join(out)


def _caption(text: str) -> str:
    """The caption of the guiding questions in the window's language (the core writes it in English)."""
    if text == "Guiding question":
        return QCoreApplication.translate("BriefView", "Guiding question")
    return QCoreApplication.translate("BriefView", "Guiding questions")


@dataclass(frozen=True)
class LaidOut:
    """A brief and its outlines, short and full, with their reading length (made on the worker)."""

    brief: Any
    short: list[Any]
    full: list[Any]
    short_words: int
    full_words: int

    @classmethod
    def of(cls, brief: Any) -> LaidOut:
        from cafe.notes.brief import outline

        short, full = outline(brief, full=False), outline(brief, full=True)
        return cls(brief, short, full, _words(short), _words(full))


def _words(lines: list[Any]) -> int:
    return sum(len(line.text.split()) for line in lines)


class BriefFiller(QObject):
    """Puts a brief's lines into a text browser a few at a time, between events.

    The first step shows :data:`FIRST_LINES` lines at once (a usual brief is
    then complete); the rest follows :data:`FILL_LINES` at a time, each step
    holding the window at most about :data:`FILL_BUDGET_S`. A new
    :meth:`fill` replaces one under way. With ``keep_scroll`` the browser
    stays where the reader scrolled to (a refresh of the brief they are reading).
    """

    #: every line is on screen
    finished = Signal()

    def __init__(self, browser: QTextBrowser, scale: float = 1.0, parent: QObject | None = None):
        super().__init__(parent or browser)
        self.browser = browser
        self.scale = scale
        self._lines: list[Any] = []
        self._done = 0
        self._scroll: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def busy(self) -> bool:
        """Lines are still waiting to go on screen."""
        return self._done < len(self._lines)

    def stop(self) -> None:
        """Put nothing more on screen (the browser is about to show something else)."""
        self._timer.stop()
        self._lines, self._done, self._scroll = [], 0, None

    def fill(self, lines: list[Any], *, keep_scroll: bool = False, scale: float | None = None) -> None:
        """Show ``lines`` instead of what the browser shows now."""
        self._timer.stop()
        if scale is not None:
            self.scale = scale
        self._lines, self._done = list(lines), 0
        self._scroll = self.browser.verticalScrollBar().value() if keep_scroll else None
        if not self._lines:
            self.browser.setHtml(brief_html([], self.scale))
            self.finished.emit()
            return
        self._step(first=True)

    def _step(self, first: bool = False) -> None:
        started = time.perf_counter()
        while self._done < len(self._lines):
            part = self._lines[self._done:self._done + FILL_LINES]
            html = brief_html(part, self.scale)
            if self._done == 0:
                self.browser.setHtml(html)
            else:
                self._append(html)
            self._done += len(part)
            if first and self._done >= FIRST_LINES or not first and time.perf_counter() - started > FILL_BUDGET_S:
                break
        self._restore_scroll()
        if self.busy:
            self._timer.start()
        else:
            self.finished.emit()

    def _append(self, html: str) -> None:
        """Add ``html`` after the text there, each paragraph keeping its own format."""
        piece = QTextDocument()
        piece.setDefaultFont(self.browser.document().defaultFont())
        piece.setHtml(html)
        first = piece.firstBlock()
        cursor = QTextCursor(self.browser.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # a new block in the piece's first format: the piece's first paragraph fills it as its own
        cursor.insertBlock(first.blockFormat(), first.charFormat())
        cursor.insertFragment(QTextDocumentFragment(piece))

    def _restore_scroll(self) -> None:
        if self._scroll is None:
            return
        bar = self.browser.verticalScrollBar()
        if self._scroll <= bar.maximum() or not self.busy:
            bar.setValue(self._scroll)
            self._scroll = None


class BriefPdfDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        """A file name for the brief's PDF, or None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("BriefView", "Print the brief"), str(save_folder.suggested(suggested)),
                                              QCoreApplication.translate("BriefView", "PDF files (*.pdf)"))
        if path and not Path(path).suffix:
            path += ".pdf"
        if path:
            save_folder.remember(path)
        return path or None


class ProjectorWindow(QWidget):
    """The brief in large type for the room's projector (see the module docstring)."""

    closed = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Brief — projector"))
        self.setObjectName("brief_projector")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setStyleSheet("QTextBrowser { border: none; padding: 24px; }")
        self.browser.setAccessibleName(self.tr("The host's brief, in large type"))
        self.browser.setAccessibleDescription(self.tr("F: full screen on or off · + and −: size · Escape: close"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.scale = 2.0
        self._lines: list[Any] = []
        self.filler = BriefFiller(self.browser, self.scale, self)
        self.resize(1280, 800)

    def show_lines(self, lines: list[Any], *, keep_scroll: bool = False) -> None:
        self._lines = list(lines)
        self.filler.fill(self._lines, keep_scroll=keep_scroll, scale=self.scale)

    def show_on(self, screen: Any | None) -> None:
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.scale = max(1.0, min(4.0, self.scale + (0.25 if key != Qt.Key.Key_Minus else -0.25)))
            self.show_lines(self._lines, keep_scroll=True)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)


class BriefView(QWidget):
    """The brief of one room before one round (see the module docstring)."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.room_uuid: str | None = None
        self.round_uuid: str | None = None
        self.brief: Any = None
        self.lines: list[Any] = []
        #: the brief with both outlines (None: no brief yet)
        self.laid_out: LaidOut | None = None
        #: what the browser shows: (room, round, full), for keeping the reader's place on a refresh
        self._shown: tuple[str | None, str | None, bool] | None = None
        self.projector: ProjectorWindow | None = None
        self._stale = True
        self._request = 0
        self._then: Any = None
        self.full = QCheckBox(self.tr("Full brief"))
        self.full.setObjectName("brief_full")
        self.full.setToolTip(self.tr("Every item and citation, instead of what fits a two-minute briefing"))
        self.full.setAccessibleName(self.tr("Full brief"))
        self.full.toggled.connect(lambda _on: self._lay_out())
        self.screens = QComboBox()
        self.screens.setObjectName("brief_screen")
        self.screens.setAccessibleName(self.tr("Projector screen"))
        self.screens.setAccessibleDescription(self.tr("The screen the brief is shown on in large type"))
        self.project = QPushButton(self.tr("Show on projector"))
        self.project.setObjectName("brief_show_on_projector")
        self.project.setToolTip(self.tr("The brief in large type, full screen on the chosen screen "
                                        "(F: full screen, + and −: size, Escape: close)"))
        self.project.clicked.connect(self.show_projector)
        self.print_button = QPushButton(self.tr("Print (PDF)…"))
        self.print_button.setObjectName("brief_print")
        self.print_button.setToolTip(self.tr("Save the brief as a PDF to print"))
        self.print_button.clicked.connect(self.print_pdf)
        self.info = QLabel()
        self.info.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(self.full)
        bar.addStretch(1)
        bar.addWidget(self.info)
        screen_label = QLabel(self.tr("Screen:"))
        screen_label.setBuddy(self.screens)
        bar.addWidget(screen_label)
        bar.addWidget(self.screens)
        bar.addWidget(self.project)
        bar.addWidget(self.print_button)
        self.browser = QTextBrowser()
        self.browser.setObjectName("brief")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("The host's brief"))
        self.filler = BriefFiller(self.browser)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def tab_order(self) -> list[QWidget]:
        """The brief's controls in reading order (the room view chains them after the notes)."""
        return [self.full, self.screens, self.project, self.print_button, self.browser]

    # -- what to show ---------------------------------------------------------------------------
    def show_for(self, room_uuid: str | None, round_uuid: str | None) -> None:
        if (room_uuid, round_uuid) != (self.room_uuid, self.round_uuid):
            self.room_uuid, self.round_uuid = room_uuid, round_uuid
            self.changed()

    def changed(self) -> None:
        """Something the brief shows may have changed: refresh soon if it can be seen."""
        self._stale = True
        if self._seen():
            self._timer.start()

    def _seen(self) -> bool:
        return self.isVisible() or (self.projector is not None and self.projector.isVisible())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fill_screens()
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Build the brief on the worker now."""
        self._timer.stop()
        index, room, rnd = self.controller.index, self.room_uuid, self.round_uuid
        if index is None or room is None:
            self.brief, self.laid_out, self._stale = None, None, False
            self._lay_out()
            return
        self._stale = False
        self._request += 1
        request, snap = self._request, index.snap

        def build(service):
            from cafe.notes.brief import build_brief

            return LaidOut.of(build_brief(snap, service.room_notes(room), room, rnd))

        def done(laid: LaidOut) -> None:
            if request == self._request:
                self.brief, self.laid_out = laid.brief, laid
                self._lay_out()
                then, self._then = self._then, None
                if then is not None:
                    then()

        self.controller.read(build, done)

    def when_ready(self, action) -> None:
        """Run ``action`` (e.g. :meth:`print_pdf`) once the brief on screen is up to date."""
        if self.brief is not None and not self._stale:
            action()
        else:
            self._then = action
            self.refresh()

    def _lay_out(self) -> None:
        """Show the brief in the mode chosen (short or full); its outlines were made on the worker."""
        laid, full = self.laid_out, self.full.isChecked()
        same = False
        if self.brief is None or laid is None:
            self.lines = []
            self._shown = None
            self.filler.stop()
            self.browser.setHtml(self.tr("<p><i>Choose a room.</i></p>"))
            self.info.setText("")
        else:
            self.lines = laid.full if full else laid.short
            words = laid.full_words if full else laid.short_words
            shown = (self.room_uuid, self.round_uuid, full)
            same, self._shown = shown == self._shown, shown
            self.filler.fill(self.lines, keep_scroll=same)
            self.info.setText(" · ".join((self.tr("%n items", "", self.brief.item_count),
                                          self.tr("%n new", "", self.brief.new_count),
                                          self.tr("about %n min to read", "", max(1, round(words / 140))))))
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_lines(self.lines, keep_scroll=same)

    # -- projector and print -----------------------------------------------------------------------
    def _fill_screens(self) -> None:
        names = [s.name() or self.tr("Screen {0}").format(n + 1) for n, s in enumerate(QGuiApplication.screens())]
        if names != [self.screens.itemText(i) for i in range(self.screens.count())]:
            current = self.screens.currentIndex()
            self.screens.clear()
            self.screens.addItems(names)
            # the projector is usually the second screen
            self.screens.setCurrentIndex(current if 0 <= current < len(names) else min(1, len(names) - 1))

    def show_projector(self) -> None:
        if self.projector is None:
            self.projector = ProjectorWindow()
            self.projector.closed.connect(lambda: None)
        self._fill_screens()
        screens = QGuiApplication.screens()
        i = self.screens.currentIndex()
        self.projector.show_lines(self.lines)
        self.projector.show_on(screens[i] if 0 <= i < len(screens) else None)
        if self._stale:
            self.refresh()

    def print_pdf(self) -> None:
        if self.brief is None:
            return
        round_part = f"-round-{self.brief.round_number}" if self.brief.round_number else ""
        suggested = f"brief-{file_stem(self.brief.room or 'room')}{round_part}.pdf"
        path = BriefPdfDialog.ask(self, suggested)
        if not path:
            return
        lines = list(self.lines)

        def write(_service):
            from cafe.notes.brief import write_pdf

            write_pdf(lines, Path(path))
            return path

        self.controller.read(write,
                             lambda p: self.controller.notice.emit(self.tr("The brief was saved to {0}.").format(p)),
                             lambda message: self.controller.notice.emit(
                                 self.tr("The brief was not saved: {0}").format(message)))

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
