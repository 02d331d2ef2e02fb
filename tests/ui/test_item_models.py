"""The item models pass Qt's model checks through inserts, removals, moves and resets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex, Qt

from ui.common.item_models import HEADING_ROLE, UUID_ROLE, Column, GridModel, NotesModel, RowsModel, note_line


@dataclass(frozen=True)
class Row:
    uuid: str
    name: str


@dataclass(frozen=True)
class Note:
    uuid: str
    heading: str
    text: str
    attributions: tuple = ()


COLUMNS = (Column("Name", lambda r, ctx: r.name), Column("Context", lambda r, ctx: ctx, numeric=True))


def rows(*names: str) -> list[Row]:
    return [Row(n.lower(), n) for n in names]


def test_rows_model_diffs_by_uuid_and_keeps_persistent_indexes(qtmodeltester):
    model = RowsModel(COLUMNS)
    model.set_rows(rows("A", "B", "C", "D"), 1)
    qtmodeltester.check(model, force_py=True)  # and keeps checking every change below
    kept = QPersistentModelIndex(model.index(2, 0))  # "C"
    events = []
    model.rowsRemoved.connect(lambda *a: events.append("removed"))
    model.rowsInserted.connect(lambda *a: events.append("inserted"))
    model.modelReset.connect(lambda: events.append("reset"))

    model.set_rows([Row("a", "A"), Row("c", "C renamed"), Row("e", "E"), Row("d", "D")], 2)

    assert events == ["removed", "inserted"]
    assert [model.data(model.index(i, 0)) for i in range(model.rowCount())] == ["A", "C renamed", "E", "D"]
    assert kept.isValid() and kept.row() == 1
    assert model.data(model.index(0, 1)) == "2"
    assert model.data(model.index(0, 0), UUID_ROLE) == "a"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_rows_model_moves_rows_without_losing_the_selection(qtmodeltester):
    model = RowsModel(COLUMNS)
    model.set_rows(rows("A", "B", "C"))
    qtmodeltester.check(model, force_py=True)
    kept = QPersistentModelIndex(model.index(0, 0))
    events = []
    model.layoutChanged.connect(lambda *a: events.append("layout"))
    model.modelReset.connect(lambda: events.append("reset"))

    model.set_rows(rows("C", "B", "A"))

    assert events == ["layout"]
    assert kept.row() == 2
    assert model.row_of("c") == 0 and model.row_at(2).name == "A"
    model.set_rows([])
    assert model.rowCount() == 0


def test_grid_model_updates_in_place_or_resets_on_a_new_shape(qtmodeltester):
    model = GridModel()
    model.set_grid(["Group A", "Group B"], ["Round 1"], [["Room XVI"], ["Room XI"]])
    qtmodeltester.check(model, force_py=True)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_grid(["Group A", "Group B"], ["Round 1"], [["Room VII"], ["Room XI"]])
    assert resets == [] and model.cell(0, 0) == "Room VII"
    model.set_grid(["Group A"], ["Round 1", "Round 2"], [["Room VII", "Room XI"]])
    assert resets == [1]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Round 2"
    assert model.headerData(0, Qt.Orientation.Vertical) == "Group A"


def test_notes_model_groups_notes_under_bold_headings(qtmodeltester):
    model = NotesModel()
    qtmodeltester.check(model, force_py=True)
    model.set_notes([
        Note("1", "Access to justice", "Free legal aid", ("Philippines",)),
        Note("2", "", "Firewalls between services and enforcement"),
        Note("3", "Access to justice:", "Mobile courts", ("Egypt", "Italy")),
    ])
    texts = [model.data(model.index(i)) for i in range(model.rowCount())]
    assert texts == ["Access to justice:", "• Free legal aid (Philippines)", "• Mobile courts (Egypt and Italy)",
                     "• Firewalls between services and enforcement"]
    assert model.data(model.index(0), HEADING_ROLE) is True
    assert model.data(model.index(0), Qt.ItemDataRole.FontRole).bold()
    assert model.note_total == 3


def test_note_line_keeps_the_text_and_names_who_does_it_once():
    assert note_line(Note("1", "", "  Bilateral labour agreements \n", ("Egypt", "", "Italy"))) == \
        "• Bilateral labour agreements (Egypt and Italy)"
    assert note_line(Note("2", "", "Flexi visa system (Philippines and Bahrain)", ("Philippines", "Bahrain"))) == \
        "• Flexi visa system (Philippines and Bahrain)"
