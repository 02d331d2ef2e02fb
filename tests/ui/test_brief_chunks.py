"""The host's brief goes on screen a few lines at a time (a conference room's 2,000 items never hold the
window up) and ends exactly as if it had been set at once; a refresh keeps the reader's place. And the
keyed row diff that fills every list inserts new rows in runs and still ends with exactly the new rows,
selections following their rows."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTextBrowser

from cafe.notes.brief import Line
from ui.common.item_models import sync_rows
from ui.room.brief_view import FIRST_LINES, BriefFiller, brief_html


def long_brief(items: int) -> list[Line]:
    lines = [Line("title", "Room 7 · Theme 7", "before round 20 (Group C)"),
             Line("questions", "Guiding questions"), Line("question", "What stands in the way?", "1")]
    for n in range(items):
        if n % 40 == 0:
            lines.append(Line("section", f"Challenges {n // 40}", "40 items"))
        if n % 10 == 0:
            lines.append(Line("heading", f"Access to justice {n // 10}:", "10 items"))
        lines.append(Line("item", f"Item {n}: fees & <visas> for “workers” (Côte d'Ivoire)", f"Group {n % 7}",
                          new=n % 3 == 0))
    return lines


def test_a_long_brief_fills_in_steps_and_ends_as_if_set_at_once(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(700, 500)
    browser.show()
    lines = long_brief(600)
    filler = BriefFiller(browser)
    with qtbot.waitSignal(filler.finished, timeout=20000):
        filler.fill(lines)
        assert filler.busy  # the first step shows the top, the rest follows between events
        assert "Item 0:" in browser.toPlainText() and "Item 599:" not in browser.toPlainText()
    reference = QTextBrowser()
    qtbot.addWidget(reference)
    reference.setHtml(brief_html(lines))
    assert browser.toPlainText() == reference.toPlainText()
    assert browser.document().toHtml() == reference.document().toHtml()  # every paragraph in its own format


def test_a_short_brief_is_whole_at_once(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    lines = long_brief(40)
    assert len(lines) <= FIRST_LINES
    filler = BriefFiller(browser)
    filler.fill(lines)
    assert not filler.busy and "Item 39:" in browser.toPlainText()


def test_a_new_brief_replaces_one_still_filling(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    filler = BriefFiller(browser)
    filler.fill(long_brief(800))
    assert filler.busy
    with qtbot.waitSignal(filler.finished, timeout=20000):
        filler.fill([Line("title", "Room 2"), Line("item", "Only this one", "Group A")])
    qtbot.wait(50)
    assert "Only this one" in browser.toPlainText() and "Item 700:" not in browser.toPlainText()


def test_a_refresh_keeps_the_place_the_reader_scrolled_to(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(600, 400)
    browser.show()
    filler = BriefFiller(browser)
    with qtbot.waitSignal(filler.finished, timeout=20000):
        filler.fill(long_brief(500))
    bar = browser.verticalScrollBar()
    bar.setValue(bar.maximum() * 2 // 3)
    place = bar.value()
    with qtbot.waitSignal(filler.finished, timeout=20000):
        filler.fill(long_brief(501), keep_scroll=True)
    assert bar.value() == place
    with qtbot.waitSignal(filler.finished, timeout=20000):
        filler.fill(long_brief(501))  # another brief: from the top
    assert bar.value() == 0


_ROOT = QModelIndex()


@dataclass(frozen=True)
class Row:
    key: int
    text: str


class RowList(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()].text
        return None

    def set_rows(self, rows: list[Row]) -> None:
        for first, last in sync_rows(self, self.rows, rows, lambda r: r.key):
            self.dataChanged.emit(self.index(first), self.index(last))


versions = st.lists(st.tuples(st.integers(0, 40), st.sampled_from(["a", "b"])), max_size=40, unique_by=lambda t: t[0])


@settings(max_examples=150, deadline=None)
@given(before=versions, after=versions)
def test_sync_rows_ends_with_the_new_rows_and_selections_follow_their_rows(qapp, before, after):
    model = RowList()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([Row(k, t) for k, t in before])
    held = {model.rows[i].key: QPersistentModelIndex(model.index(i)) for i in range(len(model.rows))}
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    wanted = [Row(k, t) for k, t in after]
    model.set_rows(wanted)
    assert model.rows == wanted
    assert [model.data(model.index(i)) for i in range(model.rowCount())] == [r.text for r in wanted]
    still = {r.key for r in wanted}
    for key, index in held.items():
        if key in still:
            assert index.isValid() and model.rows[index.row()].key == key  # a selection stays on its row
        else:
            assert not index.isValid()
    new = [i for i, r in enumerate(wanted) if r.key not in {k for k, _ in before}]
    runs = sum(1 for n, i in enumerate(new) if n == 0 or new[n - 1] != i - 1)
    assert len(inserted) == runs  # one insertion per run of new rows, not one per row
    del tester
