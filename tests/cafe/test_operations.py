"""The operation names that edits, undo steps and the offline journal store: one registry, checked."""

from __future__ import annotations

import inspect
import typing

from cafe.operations import MANY_NOTES_OPS, OPERATIONS, VERSION_STEP_OPS, is_operation
from cafe.service import Changes, Service
from cafe.sync.journal import Journal, replay


def _changing_methods() -> set[str]:
    """Every public Service method that returns Changes, as its signature says."""
    out = set()
    for name, fn in inspect.getmembers(Service, inspect.isfunction):
        if name.startswith("_") or name == "apply":  # apply runs an Inverse, which names its own operation
            continue
        hints = typing.get_type_hints(fn)
        if hints.get("return") is Changes:
            out.add(name)
    return out


def test_the_registry_names_exactly_the_services_operations():
    assert OPERATIONS == _changing_methods()


def test_the_forwarding_sets_are_operations():
    assert VERSION_STEP_OPS <= OPERATIONS and MANY_NOTES_OPS <= OPERATIONS


def test_every_inverse_the_service_records_names_an_operation():
    source = "".join(inspect.getsource(module) for module in {inspect.getmodule(c) for c in Service.__mro__}
                     if module is not None and module.__name__.startswith("cafe."))
    inverse_ops = set(__import__("re").findall(r'Inverse\(\s*"(\w+)"', source))
    assert inverse_ops and inverse_ops <= OPERATIONS, inverse_ops - OPERATIONS


def test_a_journal_line_with_an_unknown_operation_is_refused_and_the_rest_sent(tmp_path):
    path = tmp_path / "journal.jsonl"
    lines = [{"id": "1", "op": "drop_everything", "kwargs": {}},
             {"id": "2", "op": "_commit", "kwargs": {}},
             {"id": "3", "op": "update_workshop", "kwargs": {"uuid": "w", "expected_version": 1}}]
    journal = Journal(path)
    for line in lines:
        journal.append(line["op"], line["kwargs"])
    sent = []

    class FakeService:
        def update_workshop(self, **kwargs):
            sent.append(kwargs)

    result = replay(Journal(path), FakeService())
    assert [reason for _entry, reason in result.refused] == ["Unknown action 'drop_everything'.",
                                                              "Unknown action '_commit'."]
    assert sent == [{"uuid": "w", "expected_version": 1}]
    assert not is_operation("drop_everything") and is_operation("update_workshop")
