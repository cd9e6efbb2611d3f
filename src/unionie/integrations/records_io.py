"""Reading records for the spaCy export and the HTML view.

Input: a ``Record`` model, a dict or a JSON string; or paths: a record ``.json`` file (one record
or a list of them), a JSON Lines file (``records.jsonl`` from ``unionie batch``: one record per
line), a folder holding ``records.jsonl`` (a batch output folder: only that file is read) or a
folder of ``*.json`` records (``data/annotated``). Output: plain record dicts (the JSON form of
``unionie.record.Record``), one per record, each with a label naming where it came from; a record
that cannot be read is yielded as a ``RecordError`` so callers count it and go on. Records are
read as dicts, not re-validated with the pydantic model, so records of a newer schema version
(extra or richer fields) are accepted; ``check_record`` checks what the consumers rely on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


class RecordError(ValueError):
    """A record that cannot be used; the message says where and why, in one line."""


def record_dict(record: Any) -> dict[str, Any]:
    """A ``Record`` model, its dict or its JSON text (str/bytes) → the record as a dict."""
    if hasattr(record, "model_dump"):
        return record.model_dump(mode="json")
    if isinstance(record, bytes | str):
        try:
            record = json.loads(record)
        except ValueError as exc:
            raise RecordError(f"not JSON ({exc})") from None
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, not {type(record).__name__}")
    return record


def check_record(data: dict[str, Any], *, need_text: bool = True) -> dict[str, Any]:
    """Check the fields the spaCy export and the view read; returns ``data`` or raises RecordError."""
    if not isinstance(data.get("doc_id"), str):
        raise RecordError("no doc_id: not a unionie record")
    text = data.get("text")
    if need_text and not isinstance(text, str):
        raise RecordError(f"{data['doc_id']}: the record has no text (written with --no-text?)")
    for key in ("entities", "facts", "relations"):
        if not isinstance(data.get(key, []), list):
            raise RecordError(f"{data['doc_id']}: {key} is not a list")
    return data


def _json_file(path: Path) -> Iterator[tuple[str, dict[str, Any] | RecordError]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        yield str(path), RecordError(f"{path}: cannot read a record ({str(exc).splitlines()[0]})")
        return
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items):
        label = str(path) if len(items) == 1 else f"{path}[{i}]"
        yield label, _checked(label, item)


def _jsonl_file(path: Path) -> Iterator[tuple[str, dict[str, Any] | RecordError]]:
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        yield str(path), RecordError(f"{path}: cannot read ({exc.strerror})")
        return
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            label = f"{path}:{n}"
            try:
                item = json.loads(line)
            except ValueError as exc:
                yield label, RecordError(f"{label}: not JSON ({exc})")
                continue
            yield label, _checked(label, item)


def _checked(label: str, item: Any) -> dict[str, Any] | RecordError:
    try:
        return check_record(record_dict(item), need_text=False)
    except RecordError as exc:
        return RecordError(f"{label}: {exc}")


def iter_records(paths: Iterable[str | Path]) -> Iterator[tuple[str, dict[str, Any] | RecordError]]:
    """Yield ``(label, record dict or RecordError)`` for every record in the given paths, in order."""
    for p in map(Path, paths):
        if p.is_dir():
            jsonl = p / "records.jsonl"
            if jsonl.is_file():
                yield from _jsonl_file(jsonl)
                continue
            files = sorted(p.glob("*.json"))
            if not files:
                yield str(p), RecordError(f"{p}: no records.jsonl and no *.json records in this folder")
            for f in files:
                yield from _json_file(f)
        elif p.suffix == ".jsonl":
            yield from _jsonl_file(p)
        elif p.exists():
            yield from _json_file(p)
        else:
            yield str(p), RecordError(f"{p}: no such file or folder")


def is_record_file(path: Path) -> bool:
    """True when the file is JSON or JSON Lines (a record), False for a plain article text."""
    if path.suffix in (".json", ".jsonl"):
        return True
    try:
        head = path.read_bytes()[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return head.startswith(b"{") or head.startswith(b"[")
