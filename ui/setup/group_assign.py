"""Setup → Groups, the actions that put people into groups: assign, place newcomers, reshuffle.

Before there are groups, "Assign groups" balances everyone. Once groups exist,
"Place newcomers (N)" is the action at hand (first, in bold): it places only the
N people not yet in a group and nobody else moves, so route slips and group
lists already printed stay right; "Print their route slips…" then prints the
slips of those people only. "Reshuffle everyone…" first works out on the worker
thread, on a copy, how many people would change group (the Service's
``preview_reshuffle``), then asks with that number; Cancel is the default and
changes nothing. Each change is one undo step. Main thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSpinBox, QWidget

from ui.common.plural import english
from ui.dialogs import ConfirmDialog
from ui.workshop.ops import S, call

if TYPE_CHECKING:
    from cafe.storage.workshop_index import WorkshopIndex
    from ui.print_menu import PrintActions
    from ui.workshop.controller import WorkshopController


def number(n: int) -> str:
    """``n`` with the language's digit grouping ("12,345", "12 345"); English grouping without a language."""
    locale = QLocale()
    return f"{n:,}" if locale.language() == QLocale.Language.C else locale.toString(n)


class AssignActions(QWidget):
    """The assigning part of :class:`ui.setup.groups_view.GroupsTab` (which builds the controls)."""

    controller: WorkshopController
    index: WorkshopIndex | None
    n_groups: QSpinBox
    delegations: QComboBox
    seed: QSpinBox
    place_button: QPushButton
    assign_button: QPushButton
    print_newcomers: QPushButton
    outcome: QLabel
    #: the people the last "Place newcomers" placed, whose slips "Print their route slips…" prints
    newcomers_placed: tuple[str, ...] = ()
    _print: PrintActions | None = None

    if TYPE_CHECKING:  # GroupsTab's: shows a refusal beside the buttons
        def _refused(self, message: str) -> None: ...

    def newcomer_count(self) -> int:
        """How many participants are in no group (0 while there are no groups)."""
        index = self.index
        if index is None or not index.snap.groups:
            return 0
        return sum(1 for p in index.snap.participants if p.uuid not in index.group_of)

    def _update_buttons(self) -> None:
        """Before there are groups: "Assign groups". Once they exist: "Place newcomers (N)" first and
        in bold, and "Reshuffle everyone…", which asks."""
        have_groups = self.index is not None and bool(self.index.snap.groups)
        n = self.newcomer_count()
        if self.newcomers_placed and (self.index is None
                                      or not all(u in self.index.group_of for u in self.newcomers_placed)):
            self.newcomers_placed = ()  # undone, or moved out again: no slips to offer
            self.print_newcomers.hide()
        self.place_button.setVisible(have_groups)
        self.place_button.setText(self.tr("Place newcomers ({0})").format(n))
        self.place_button.setEnabled(have_groups and n > 0)
        if n:
            self.place_button.setToolTip(
                self.tr("Put the person not yet in a group where they fit best (stakeholder types, countries, "
                        "delegations, group sizes); nobody already in a group moves, so printed route slips stay "
                        "right.") if n == 1 else
                english(self.tr("Put the %n people not yet in a group where they fit best (stakeholder types, "
                                "countries, delegations, group sizes); nobody already in a group moves, so printed "
                                "route slips stay right.", "", n), n))
        else:
            self.place_button.setToolTip(self.tr("Everyone is already in a group: there is nobody new to place."))
        self.place_button.setStyleSheet("font-weight: bold;" if have_groups else "")
        self.assign_button.setStyleSheet("" if have_groups else "font-weight: bold;")
        if have_groups:
            self.assign_button.setText(self.tr("Reshuffle everyone…"))
            self.assign_button.setAccessibleName(self.tr("Reshuffle everyone"))
            self.assign_button.setToolTip(self.tr(
                "Balance everyone into the groups again from scratch (pinned people stay). Asks first, with how "
                "many people would change group: route slips and group lists already printed become wrong."))
        else:
            self.assign_button.setText(self.tr("Assign groups"))
            self.assign_button.setAccessibleName(self.tr("Assign groups"))
            self.assign_button.setToolTip(self.tr("Divide every participant into balanced groups"))

    def place_newcomers(self) -> None:
        """Put the people in no group into the groups; nobody else moves (one undo step)."""
        n = self.newcomer_count()
        if n == 0:
            return
        mode = self.delegations.currentData()
        seed = self.seed.value()

        def saved(changes) -> None:
            index = self.index
            placed = tuple(changes.uuids)
            where = {u: j for j, group in enumerate(changes.row.groups) for u in group}
            names = [g.name for g in index.snap.groups] if index is not None else []
            counts = [sum(1 for u in placed if where.get(u) == j) for j in range(len(names))]
            spread = ", ".join(f"{name} {count}" for name, count in zip(names, counts) if count)
            text = (self.tr("Placed 1 newcomer ({0}); nobody else moved.") if len(placed) == 1 else
                    self.tr("Placed {1} newcomers ({0}); nobody else moved.")).format(spread, len(placed))
            self.newcomers_placed = placed
            self._show_outcome(text, slips=True)
            self.controller.notice.emit(text)

        label = self.tr("Place 1 newcomer") if n == 1 else self.tr("Place {0} newcomers").format(n)
        self.controller.edit(label, call(S.place_newcomers, delegations=mode, seed=seed),
                             on_saved=saved, on_refused=self._refused)

    def assign(self) -> None:
        """Assign the groups; once anyone is in a group, work out who would move and ask first."""
        n = self.n_groups.value()
        mode = self.delegations.currentData()
        seed = self.seed.value()
        index = self.index
        if index is None or not index.snap.members:  # nobody is in a group: no printed slip can be wrong
            self._assign(n, mode, seed)
            return
        if not self.controller.is_open:
            return
        self.assign_button.setEnabled(False)  # until the question is answered (enabled again on reopening)

        def work(service: Any):
            return service.preview_reshuffle(n_groups=n, delegations=mode, seed=seed)

        def done(preview: Any) -> None:
            self.assign_button.setEnabled(True)
            if preview.moving and not self._confirm_reshuffle(preview, n):
                self._show_outcome(self.tr("Reshuffle cancelled: nobody moved."))
                return
            self._assign(n, mode, seed)

        def failed(problem: Any) -> None:
            self.assign_button.setEnabled(True)
            self._refused(str(problem))

        self.controller.read(work, done, failed)

    def reshuffle_question(self, preview: Any, n_groups: int) -> str:
        """"Reshuffle all 250 people? About 180 would change group; route slips and group lists already
        printed become wrong." (with the pinned people and a change in the number of groups, if any)."""
        total, moving = preview.total, preview.moving
        lines = [self.tr("Reshuffle all {0} people?").format(total) if total != 1 else
                 self.tr("Reshuffle the 1 person?"),
                 self.tr("About {0} would change group; route slips and group lists already printed become "
                         "wrong.").format(moving)]
        if preview.pinned:
            lines.append(self.tr("{0} pinned people stay where they are.").format(preview.pinned)
                         if preview.pinned != 1 else self.tr("1 pinned person stays where they are."))
        before = len(self.index.snap.groups) if self.index is not None else n_groups
        if n_groups != before:
            lines.append(self.tr("There will be {0} groups instead of {1}.").format(n_groups, before))
        return " ".join(lines[:2]) + "".join(f"\n{line}" for line in lines[2:])

    def _confirm_reshuffle(self, preview: Any, n_groups: int) -> bool:
        return ConfirmDialog.ask(self, self.tr("Reshuffle everyone?"), self.reshuffle_question(preview, n_groups),
                                 self.tr("Reshuffle everyone"))

    def _assign(self, n: int, mode: Any, seed: int) -> None:
        first = self.index is None or not self.index.snap.members

        def saved(changes) -> None:
            result = changes.row
            placed = sum(len(g) for g in result.groups)
            text = self.tr("Assigned {0} people to {1} groups (seed {2}); balance score {3}.").format(
                placed, n, seed, number(result.score))
            self._show_outcome(text)
            self.controller.notice.emit(text)

        label = self.tr("Assign {0} groups").format(n) if first else self.tr("Reshuffle everyone into {0} groups").format(n)
        self.controller.edit(label, call(S.assign_groups, n_groups=n, delegations=mode, seed=seed),
                             on_saved=saved, on_refused=self._refused)

    def _show_outcome(self, text: str, *, slips: bool = False) -> None:
        self.outcome.setText(text)
        self.print_newcomers.setVisible(slips and bool(self.newcomers_placed))

    def print_newcomer_slips(self) -> None:
        """Ask where to save the route slips of the newcomers just placed, then write them (worker)."""
        if not self.newcomers_placed:
            return
        from ui.print_menu import PrintActions

        if self._print is None:
            self._print = PrintActions(self, self.controller)
        people = {p.uuid: p.name for p in self.index.snap.participants} if self.index is not None else {}
        placed = self.newcomers_placed
        who = people.get(placed[0], "") if len(placed) == 1 else ""
        self._print.ask_and_print_slips(placed, who)
