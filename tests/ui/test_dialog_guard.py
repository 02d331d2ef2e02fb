"""The suite's guard against invisible modal dialogs really fires (else a run could hang)."""

import pytest
from conftest import UnexpectedDialog

from ui.dialogs import ConfirmDialog, ErrorDialog


def test_an_unexpected_dialog_fails_instead_of_waiting(qtbot):
    with pytest.raises(UnexpectedDialog, match="Cannot open"):
        ErrorDialog.ask(None, "Cannot open the workshop", "x")
    with pytest.raises(UnexpectedDialog):
        ConfirmDialog.ask(None, "Replace?", "text", "Replace")
