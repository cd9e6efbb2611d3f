"""Regression snapshots: the whole record of every annotated article and of the reference article.

A change that alters any record fails here until the snapshots are rewritten on purpose
(``python tests/snapshots/update.py``) and the new ones are committed with the change.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("snapshot_update", HERE / "snapshots" / "update.py")
assert _spec and _spec.loader
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)

INPUTS = update.snapshot_inputs()


def _first_difference(a: dict, b: dict, path: str = "") -> str:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
        return f"{path}: length {len(a)} != {len(b)}"
    return f"{path}: {a!r} != {b!r}"


def test_every_annotated_article_has_a_snapshot():
    have = {p.stem for p in (HERE / "snapshots" / "records").glob("*.json")}
    assert {p.stem for p in INPUTS} <= have, "run python tests/snapshots/update.py"


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_record_equals_snapshot(path, pipeline):
    record, _ = pipeline.extract_file(path)
    snap = HERE / "snapshots" / "records" / f"{path.stem}.json"
    expected = snap.read_text(encoding="utf-8")
    got = update.render(record)
    if got != expected:
        where = _first_difference(json.loads(expected), json.loads(got))
        pytest.fail(f"{path.stem}: record differs from its snapshot at {where}; if the change is "
                    "meant, run python tests/snapshots/update.py and commit the snapshots")
