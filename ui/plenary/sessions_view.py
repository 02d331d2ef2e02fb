"""The rapporteur's place: the plenary sessions, who spoke in each, and the account of what was said.

A plenary session is every agenda item that is not a round or a break (the
opening, the framing session, the wrap-up, the panels, the closing). The
"Sessions" tab of the Plenary place lists them by day; for the chosen one it
shows its speakers (:class:`ui.plenary.speakers_panel.SpeakersPanel`) and the
rapporteur's account (:class:`SessionAccountEditor`), written while the
session happens.

The account is saved like a round summary
(:class:`ui.common.autosaved_text.AutosavedText`): at most one second after
the first unsaved keystroke, at once on leaving the editor, on choosing
another session and on close; one stretch of typing is one undo step; a text
being typed is never replaced by a reload; when another laptop changed the
account first, ours stays on screen and a merge window shows both. The
account is written in the light Markdown the report prints formatted
(**bold**, *italics*, ``- `` bullets, ``1. `` numbered points, ``> `` quotes),
with Ctrl+B and Ctrl+I and a formatted preview
(:func:`ui.common.markup_editing.attach_markup_bar`).

Main thread.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Hashable
from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe.storage.workshop_index import day_text, hhmm, value_of
from ui.common.autosaved_text import AutosavedText
from ui.common.plural import english
from ui.common.markup_editing import attach_markup_bar
from ui.plenary.speakers_panel import SpeakersPanel
from ui.workshop.ops import Call, S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import SnapshotUpdate, WorkshopIndex
    from ui.workshop.controller import WorkshopController

#: agenda items that are not plenary sessions (as the Service says: no speakers, no account)
NOT_SESSIONS = frozenset({"round", "break"})
SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


def sessions_by_day(index: WorkshopIndex) -> list[tuple[Any, list[Any]]]:
    """(day, its plenary sessions in agenda order) for every day that has one."""
    out: list[tuple[Any, list[Any]]] = []
    for day in index.snap.days:
        items = [a for a in index.snap.agenda if a.day_uuid == day.uuid and value_of(a.kind) not in NOT_SESSIONS]
        if items:
            out.append((day, items))
    return out


class SessionAccountEditor(AutosavedText):
    """The rapporteur's account of the chosen session, autosaved; conflicts are merged like summaries."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(
            self.tr("Account (rapporteur)"),
            self.tr("What was said, written as it happens: **bold** for key phrases, “- ” for bullets, "
                    "“1. ” for numbered points, “> ” for a quote. Saved as you type."),
            self._push, parent)
        self.controller = controller
        self.editor.setObjectName("session_account")
        self.editor.setAccessibleName(self.tr("Account of the session"))
        self.editor.setAccessibleDescription(self.tr(
            "The rapporteur's account for the report, in light Markdown; saved as you type"))
        self.merge_button.setObjectName("session_account_merge")
        #: the uuid of each session's account: the stored one, or the one the first save will create
        self._account_uuids: dict[str, str] = {}
        #: Ctrl+B, Ctrl+I, the same as buttons in the title's row, and the formatted preview
        self.markup = attach_markup_bar(self.editor, "session_account", controls_in=self.top)

    def show_for(self, index: WorkshopIndex | None, session_uuid: str | None) -> None:
        account = index.snap.account_of(session_uuid) if index is not None and session_uuid else None
        if account is not None:
            self._account_uuids[account.agenda_item_uuid] = account.uuid
        # no account yet: version 0, which the Service refuses once another laptop has written one
        self.show_target(session_uuid, account.text if account is not None else "",
                         version=account.version if account is not None else 0)

    def account_uuid(self, session_uuid: str) -> str:
        return self._account_uuids.setdefault(session_uuid, str(uuid_mod.uuid4()))

    def fallback_call(self, target: Hashable, current: Any, text: str) -> Call | None:
        return call(S.set_session_account, agenda_item_uuid=cast(str, target), text=text,
                    expected_version=current.version, uuid=current.uuid)

    def describe(self, target: Any) -> str:
        index = self.controller.index
        item = index.agenda.get(target) if index is not None else None
        title = item.title if item is not None and item.title else self.tr("session")
        return self.tr("Account · {0}").format(title)

    def later_hint(self) -> str:
        return self.tr("Decide later: your text stays in the editor, not saved; “Merge…” under it opens this "
                       "window again. Choosing another session before deciding saves both texts, theirs first.")

    def _push(self, target, text, *, session, base, done, refused, conflicted, combined) -> None:
        session_uuid = cast(str, target)

        def saved(changes: Any) -> None:
            row = getattr(changes, "row", None)
            if row is not None and getattr(row, "uuid", None):
                self._account_uuids[session_uuid] = row.uuid
            done(changes)

        def stale(message: str, current: Any) -> None:
            self._account_uuids[session_uuid] = current.uuid  # another laptop's account: save over that one
            conflicted(message, current)

        self.controller.typing_edit(
            self.tr("Edit account"),
            call(S.set_session_account, agenda_item_uuid=session_uuid, text=text,
                 expected_version=base if base is not None else 0, uuid=self.account_uuid(session_uuid)),
            merge_key=("session_account", session_uuid, session), on_saved=saved, on_refused=refused,
            on_conflict=stale)


class SessionsView(QWidget):
    """The plenary sessions by day; the chosen one's speakers and account."""

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.index: WorkshopIndex | None = None
        self.sessions = QTreeWidget()
        self.sessions.setObjectName("plenary_sessions")
        self.sessions.setHeaderLabels([self.tr("Session"), self.tr("Recorded")])
        self.sessions.setAccessibleName(self.tr("Plenary sessions by day"))
        self.sessions.setAccessibleDescription(self.tr(
            "Every agenda item that is not a round or a break; choose one to record its speakers and account"))
        self.sessions.setRootIsDecorated(False)
        header = self.sessions.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.currentItemChanged.connect(lambda *_: self._show_session())
        self.header = QLabel()
        self.header.setObjectName("session_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.speakers = SpeakersPanel(controller)
        self.account = SessionAccountEditor(controller)
        self.account.message.connect(controller.notice.emit)
        controller.flush_requested.connect(self.flush)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.header)
        top_layout.addWidget(self.speakers, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.account)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sessions)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._show_session()

    # -- the snapshot ------------------------------------------------------------------------------
    def set_snapshot(self, index: WorkshopIndex, update: SnapshotUpdate) -> None:
        self.index = index
        chosen = self.selected_session()
        if update.reopened:
            chosen = None
        if update.reopened or update.touches("participant", "host"):
            self.speakers.set_people(index)
        self._fill(index, chosen)
        self._show_session()

    def _fill(self, index: WorkshopIndex, chosen: str | None) -> None:
        self.sessions.blockSignals(True)
        try:
            self.sessions.clear()
            first: QTreeWidgetItem | None = None
            current: QTreeWidgetItem | None = None
            for day, items in sessions_by_day(index):
                day_item = QTreeWidgetItem([day_text(day), ""])
                day_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = day_item.font(0)
                font.setBold(True)
                day_item.setFont(0, font)
                self.sessions.addTopLevelItem(day_item)
                for item in items:
                    row = QTreeWidgetItem([f"{hhmm(item.start)}–{hhmm(item.end)}  {item.title or self.tr('(untitled)')}",
                                           self._recorded(index, item.uuid)])
                    row.setData(0, SESSION_ROLE, item.uuid)
                    row.setToolTip(0, item.title)
                    self.sessions.addTopLevelItem(row)
                    first = first or row
                    if item.uuid == chosen:
                        current = row
            chosen_item = current or first
            if chosen_item is not None:
                self.sessions.setCurrentItem(chosen_item)
        finally:
            self.sessions.blockSignals(False)

    def _recorded(self, index: WorkshopIndex, session_uuid: str) -> str:
        n = len(index.snap.speakers_of(session_uuid))
        account = index.snap.account_of(session_uuid)
        parts = [english(self.tr("%n speaker(s)", "", n), n)] if n else []
        if account is not None and account.text.strip():
            parts.append(self.tr("account"))
        return " · ".join(parts)

    # -- the chosen session --------------------------------------------------------------------------
    def selected_session(self) -> str | None:
        item = self.sessions.currentItem()
        return item.data(0, SESSION_ROLE) if item is not None else None

    def select_session(self, session_uuid: str) -> bool:
        for i in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(i)
            if item is not None and item.data(0, SESSION_ROLE) == session_uuid:
                self.sessions.setCurrentItem(item)
                return True
        return False

    def _show_session(self) -> None:
        index, session_uuid = self.index, self.selected_session()
        item = index.agenda.get(session_uuid) if index is not None and session_uuid else None
        if index is None or item is None:
            self.header.setText(self.tr("<i>No plenary session on the agenda yet: add one in Setup › Agenda "
                                        "(any item that is not a round or a break).</i>")
                                if index is not None else "")
            session_uuid = None
        else:
            where = [index.day_label(item.day_uuid), f"{hhmm(item.start)}–{hhmm(item.end)}"]
            if item.room_uuid:
                where.append(index.room_name(item.room_uuid))
            text = f"<b>{escape(item.title or self.tr('(untitled)'))}</b><br>{escape(' · '.join(where))}"
            if item.notes.strip():
                text += f"<br><i>{escape(item.notes.strip())}</i>"
            self.header.setText(text)
        self.speakers.show_session(index, session_uuid)
        self.account.show_for(index, session_uuid)

    def flush(self) -> None:
        """Save the account being typed now (a switch of place, closing, opening another workshop)."""
        self.account.save(final=True)
