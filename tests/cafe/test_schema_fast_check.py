"""The compiled schema check (fastjsonschema) agrees with jsonschema: it never lets through a document
jsonschema refuses, on the sample workshop and on thousands of random damages to it."""

from __future__ import annotations

import copy
import json
import random

import fastjsonschema
import pytest

from cafe.storage import paths
from cafe.workshop_file_checks import _fast_validate, schema_problems, validator


def _sample() -> dict:
    return json.loads(paths.sample_workshop_path().read_text(encoding="utf-8"))


def _paths(node, at=()):
    yield at
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*at, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*at, i))


VALUES = (None, True, False, 0, -1, 1.5, 10**12, "", "x" * 5000, "not-a-uuid", "2019-02-30", "25:00", [], {},
          ["x"], {"a": 1}, "00000000-0000-0000-0000-000000000000", "opportunity", "Europe/Zurich")


def _damage(doc: dict, rng: random.Random) -> dict:
    doc = copy.deepcopy(doc)
    spots = [p for p in _paths(doc) if p]
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(spots)
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        what = rng.random()
        try:
            if what < 0.6:
                parent[key] = rng.choice(VALUES)
            elif what < 0.8 and isinstance(parent, dict):
                del parent[key]
            elif isinstance(parent, dict):
                parent["unexpected_" + str(rng.randint(0, 9))] = rng.choice(VALUES)
        except (KeyError, IndexError, TypeError):
            pass
    return doc


def test_the_sample_passes_both():
    doc = _sample()
    _fast_validate()(doc)
    assert list(validator().iter_errors(doc)) == [] and schema_problems(doc) == []


@pytest.mark.parametrize("seed", range(2))
def test_a_damaged_document_refused_by_jsonschema_is_refused_by_the_compiled_check(seed):
    rng = random.Random(seed)
    sample = _sample()
    refused = 0
    for _ in range(150):
        doc = _damage(sample, rng)
        errors = list(validator().iter_errors(doc))
        try:
            _fast_validate()(doc)
            fast_ok = True
        except fastjsonschema.JsonSchemaException:
            fast_ok = False
        if errors:
            refused += 1
            assert not fast_ok, [e.message for e in errors][:3]
        assert [e.message for e in schema_problems(doc)] == [e.message for e in errors]
    assert refused > 60  # the damages do reach the schema
