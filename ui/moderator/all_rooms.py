"""Asking before a clock action that stops or resets every room at once.

Ending or restarting a round in all rooms interrupts every discussion in the
building; a misclick must not do that. The question names the round, how many
rooms and which, and what happens to them; Cancel is the default button (Enter
and Esc both keep the rooms as they are), the action has its own mnemonic.
Actions on one room stay one click.

Main thread. :meth:`AllRoomsConfirm.ask` is the one place that opens the
question, so tests can replace it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

#: the window's language for the texts here (lupdate reads the calls)
translate = QCoreApplication.translate

def names_text(names: Sequence[str]) -> str:
    """"Room XVI, Room XI and Room VII"."""
    names = list(names)
    if len(names) < 2:
        return "".join(names)
    return translate("AllRoomsConfirm", "{0} and {1}").format(", ".join(names[:-1]), names[-1])


def question(verb: str, number: int, names: Sequence[str], total: int, planned: str) -> tuple[str, str, str]:
    """(title, text, action button) for ending (``verb`` "end") or restarting a round in several rooms.

    ``total`` is how many rooms take part in the round; ``planned`` the round's
    planned length as shown ("1:00:00").
    """
    count = len(names)
    where = (translate("AllRoomsConfirm", "all {0} rooms").format(count) if count == total
             else translate("AllRoomsConfirm", "{0} of its {1} rooms").format(count, total))
    if verb == "end":
        title = translate("AllRoomsConfirm", "End round {0} in {1}?").format(number, where)
        text = translate("AllRoomsConfirm", "The clocks of {0} stop now. Notes and summaries stay as they are; "
                   "Undo (Ctrl+Z) starts the clocks again.").format(names_text(names))
        action = translate("AllRoomsConfirm", "&End round {0} in {1}").format(number, where)
    else:
        title = translate("AllRoomsConfirm", "Restart round {0} in {1}?").format(number, where)
        text = translate("AllRoomsConfirm", "The clocks of {0} start again from {1} now; "
                         "the time they have run is lost. "
                   "Notes and summaries stay as they are; Undo (Ctrl+Z) puts the clocks back.").format(
                       names_text(names), planned)
        action = translate("AllRoomsConfirm", "&Restart round {0} in {1}").format(number, where)
    return title, text, action


class AllRoomsConfirm:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """True when the user chose ``action``; Cancel is the default (Enter and Esc cancel)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                          parent if parent is not None else QApplication.activeWindow())
        box.setObjectName("all_rooms_confirm")
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        ok = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        ok.setAccessibleName(action.replace("&", ""))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("AllRoomsConfirm", "Cancel: keep every room as it is"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        cancel.setFocus()
        box.exec()
        return box.clickedButton() is ok
