"""Large tables stay complete and correct while no longer measuring every row: a conference's 2,000
participants are all listed, one fixed row height, columns sized from a sample of rows; sorting and the
filter give exactly what Qt's own proxy gave before; a change of the rows reaches the filter."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView
from support import copy_database, groups_tab, open_in, wait_idle

ROOT = Path(__file__).resolve().parents[2]


def _conference():
    """The benchmarks' conference generator (benchmarks/conference.py), loaded by path."""
    spec = importlib.util.spec_from_file_location("conference", ROOT / "benchmarks" / "conference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("conference", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def conference_template(tmp_path_factory) -> Path:
    """2,000 participants in 20 groups, 20 rooms and rounds, a few notes (built once for the module)."""
    return _conference().build(tmp_path_factory.mktemp("conference") / "conference.sqlite", notes=200)


@pytest.fixture
def conference_window(qtbot, window, conference_template, tmp_path):
    return open_in(qtbot, window, copy_database(conference_template, tmp_path / "conference.sqlite"))


def reference_proxy(source) -> QSortFilterProxyModel:
    """The participants' proxy as it was configured before: Qt's own fixed-string filter on every column."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setSortLocaleAware(True)
    return proxy


def shown_names(proxy) -> list[str]:
    return [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]


def show_participants(qtbot, win):
    win.show()
    win.show_place("setup")
    setup = win.views["setup"]
    setup.setCurrentWidget(setup.participants)
    qtbot.waitExposed(win)
    tab = setup.participants
    qtbot.waitUntil(lambda: tab.table.isVisible())
    return tab


def test_all_2000_participants_are_listed_with_fixed_rows_and_sampled_columns(qtbot, conference_window):
    tab = show_participants(qtbot, conference_window)
    table = tab.table
    assert tab.model.rowCount() == tab.proxy.rowCount() == 2000
    assert tab.count.text() == "2000 participants"
    rows = table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert rows.count() == 2000 and rows.sectionSize(0) == rows.sectionSize(1999) > 0
    header = table.horizontalHeader()
    modes = {header.sectionResizeMode(c) for c in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    # the last row can be reached and shows its person
    table.scrollToBottom()
    last = tab.proxy.index(1999, 0)
    assert table.visualRect(last).isValid() and table.viewport().rect().intersects(table.visualRect(last))
    assert tab.proxy.data(last) == conference_window.controller.index.snap.participants[-1].name
    # the columns fit what the first rows show (a name is not cut off)
    qtbot.waitUntil(lambda: not table.column_fitter._due)
    metrics = table.fontMetrics()
    for r in range(5):
        country = tab.proxy.data(tab.proxy.index(r, 2))
        assert header.sectionSize(2) >= metrics.horizontalAdvance(country)


def test_sorting_by_a_column_header_orders_rows_as_before(qtbot, conference_window):
    tab = show_participants(qtbot, conference_window)
    reference = reference_proxy(tab.model)
    header = tab.table.horizontalHeader()
    for column in (0, 2):
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        order = tab.table.horizontalHeader().sortIndicatorOrder()
        reference.sort(column, order)
        assert header.sortIndicatorSection() == column
        mine = [tab.proxy.data(tab.proxy.index(r, column)) for r in range(tab.proxy.rowCount())]
        theirs = [reference.data(reference.index(r, column)) for r in range(reference.rowCount())]
        assert mine == theirs


@pytest.mark.parametrize("typed", ["niger", "GROUP B", "élodie", "türkiye", "ministry of labour", "zz-nobody", ""])
def test_the_filter_keeps_exactly_the_rows_qt_kept(qtbot, conference_window, typed):
    tab = show_participants(qtbot, conference_window)
    reference = reference_proxy(tab.model)
    tab.filter.setFocus()
    if typed.isascii():
        qtbot.keyClicks(tab.filter, typed)  # typed as a user does
    else:
        tab.filter.insert(typed)  # (the test's key simulation knows only ASCII)
    reference.setFilterFixedString(typed)
    assert sorted(shown_names(tab.proxy)) == sorted(shown_names(reference))
    n = tab.proxy.rowCount()
    assert tab.count.text() == ("2000 participants" if n == 2000 else f"{n} shown of 2000 participants")


def test_a_renamed_participant_is_found_by_the_filter(qtbot, sample_window):
    from ui.workshop.ops import S, call

    tab = sample_window.views["setup"].participants
    tab.filter.setText("Zanzibar-Quokka")
    assert tab.proxy.rowCount() == 0
    person = tab.model.row_at(0)
    sample_window.controller.edit("Rename", call(S.update_participant, uuid=person.uuid,
                                                 expected_version=person.version, name="Ada Zanzibar-Quokka"))
    wait_idle(qtbot, sample_window.controller)
    assert shown_names(tab.proxy) == ["Ada Zanzibar-Quokka"]
    tab.filter.setText("")
    assert tab.proxy.rowCount() == 190


def test_the_country_field_offers_the_countries_once_it_is_used(qtbot, sample_window):
    tab = sample_window.views["setup"].participants
    sample_window.show()
    sample_window.show_place("setup")
    sample_window.views["setup"].setCurrentWidget(tab)
    qtbot.waitExposed(sample_window)
    sample_window.activateWindow()
    qtbot.waitUntil(lambda: sample_window.isActiveWindow())
    field = next(f for f in tab.form.fields if f.name == "country").widget
    assert field.completer() is None  # not built while the window opens
    tab.select(tab.model.row_at(0).uuid)  # the form edits the chosen participant
    assert field.isEnabled()
    field.setFocus()
    qtbot.waitUntil(lambda: field.completer() is not None)
    completer = field.completer()
    assert completer.model().rowCount() > 190
    completer.setCompletionPrefix("Viet")
    assert completer.currentCompletion() == "Viet Nam"


def test_the_balance_tables_and_group_columns_show_a_conference(qtbot, conference_window):
    groups = groups_tab(conference_window)
    assert groups.model.rowCount() == 20
    assert sum(int(groups.model.value(r, 1)) for r in range(20)) == 2000
    assert sum(c.list.count() for c in groups.columns) == 2000
    header = groups.countries_view.horizontalHeader()
    assert {header.sectionResizeMode(c) for c in range(header.count())} == {QHeaderView.ResizeMode.Interactive}
    assert groups.countries_view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
