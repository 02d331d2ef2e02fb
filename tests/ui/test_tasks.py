"""Background work: one worker, results in order on the main thread, a consistent undo history."""

from __future__ import annotations

import threading

from support import copy_database, open_in, reading, wait_idle

from cafe.storage.models import HostRole
from ui.setup.setup_tabs import ROLE_LABELS
from ui.workshop.ops import S, call
from ui.workshop.tasks import TaskRunner


def test_work_runs_in_order_on_one_worker_and_results_arrive_on_the_main_thread(qtbot):
    runner = TaskRunner()
    main = threading.get_ident()
    workers, results, errors = set(), [], []

    def work(n):
        workers.add(threading.get_ident())
        if n == 2:
            raise ValueError("two")
        return n

    for n in range(5):
        runner.submit(lambda n=n: work(n),
                      lambda r: results.append((r, threading.get_ident())),
                      lambda e: errors.append((str(e), threading.get_ident())))
    with qtbot.waitSignal(runner.idle, timeout=10000):
        pass
    runner.shutdown()
    assert [r for r, _ in results] == [0, 1, 3, 4]
    assert errors == [("two", main)]
    assert {t for _, t in results} == {main}
    assert len(workers) == 1 and main not in workers
    assert runner.submit(lambda: 1) is False


def test_an_error_without_a_handler_is_reported_not_lost(qtbot):
    runner = TaskRunner()
    with qtbot.waitSignal(runner.unhandled, timeout=10000) as signal:
        runner.submit(lambda: 1 / 0)
    runner.shutdown()
    assert isinstance(signal.args[0], ZeroDivisionError)


def test_a_refused_edit_under_a_later_one_is_dropped_from_the_history(qtbot, window, sample_db):
    """Edit A is refused after edit B was already pushed: undoing B, then A, must not touch the database."""
    open_in(qtbot, window, sample_db)
    controller = window.controller
    rooms = controller.snapshot.rooms
    first, second = rooms[0], rooms[1]
    refusals = []
    controller.edit("Rename room", call(S.update_room, uuid=first.uuid, expected_version=first.version,
                                        name=second.name),
                    on_refused=refusals.append)
    controller.edit("Change room capacity", call(S.update_room, uuid=second.uuid, expected_version=second.version,
                                                 capacity=7))
    wait_idle(qtbot, controller)
    assert refusals == [f"There is already a room called “{second.name}”."]
    assert window.save_label.text() == f"Not saved: {refusals[0]}"

    window.undo_action.trigger()
    wait_idle(qtbot, controller)
    assert window.save_label.text() == "Saved"
    with reading(sample_db) as service:
        assert service.get("room", second.uuid).capacity == second.capacity
    assert controller.undo_stack.canUndo()  # only the refused step remains below
    window.undo_action.trigger()
    wait_idle(qtbot, controller)
    assert not controller.undo_stack.canUndo()
    assert window.save_label.text() == "Saved"
    with reading(sample_db) as service:
        assert service.get("room", first.uuid).name == first.name


def test_results_for_a_workshop_that_is_no_longer_open_are_dropped(qtbot, window, sample_db, tmp_path):
    other = copy_database(sample_db, tmp_path / "other.sqlite")
    open_in(qtbot, window, sample_db)
    delivered = []
    window.controller.read(lambda service: service.db.display_name, delivered.append)
    window.files.open_target(str(other))
    window.controller.read(lambda service: service.db.display_name, delivered.append)
    wait_idle(qtbot, window.controller)
    # the second read was asked of the old workshop but would have run on the new one
    assert delivered == [str(sample_db)]
    assert window.controller.display_name == str(other)


def test_host_role_labels_cover_every_role():
    assert set(ROLE_LABELS) == {r.value for r in HostRole}
