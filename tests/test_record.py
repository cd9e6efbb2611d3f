import json

import pytest
from pydantic import ValidationError

from unionie.record import Record, json_schema


def minimal(**kw):
    base = {"doc_id": "x", "text": "刘静在市总工会", "entities": [
        {"id": "E1", "type": "PERSON", "name": "刘静", "mentions": [{"start": 0, "end": 2, "text": "刘静"}]},
        {"id": "E2", "type": "ORG", "name": "六盘水市总工会", "mentions": [{"start": 3, "end": 7, "text": "市总工会"}]}],
        "relations": [{"type": "HOLDS_POSITION", "head": "E1", "tail": "E2", "position": "主席"}]}
    base.update(kw)
    return base


def test_valid_record_round_trips():
    r = Record.model_validate(minimal())
    again = Record.model_validate_json(r.to_json())
    assert again == r
    assert "text" not in json.loads(r.to_json(with_text=False))


def test_schema_is_generated_from_models():
    schema = json_schema()
    assert set(schema["properties"]) >= {"schema_version", "doc_id", "text", "meta", "entities", "facts", "relations"}
    assert "PERSON" in json.dumps(schema) and "more_than" in json.dumps(schema)


@pytest.mark.parametrize(
    "bad",
    [
        {"entities": [{"id": "E1", "type": "PERSON", "name": "刘静", "mentions": [{"start": 0, "end": 2, "text": "刘"}]}], "relations": []},
        {"relations": [{"type": "RUNS", "head": "E1", "tail": "E9"}]},
        {"relations": [{"type": "HOLDS_POSITION", "head": "E1", "tail": "E2"}]},
        {"entities": [{"id": "E1", "type": "NOBODY", "name": "x", "mentions": [{"start": 0, "end": 1, "text": "刘"}]}], "relations": []},
    ],
)
def test_inconsistent_records_are_rejected(bad):
    with pytest.raises(ValidationError):
        Record.model_validate(minimal(**bad))


def test_unknown_fields_are_kept_for_readers_to_ignore():
    r = Record.model_validate(minimal(extra_field={"a": 1}))
    assert json.loads(r.to_json())["extra_field"] == {"a": 1}
