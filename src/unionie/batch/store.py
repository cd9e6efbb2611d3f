"""Batch output folder: durable shard files, resume state and the final merge.

Input: result dicts from the workers (``worker.extract_one``, the record already JSON text), the
task list (input order).
Output, in OUT_DIR: ``parts/`` (one JSON Lines file per finished shard, written to a temporary name,
fsynced and renamed, so a killed run leaves only whole shards; each line a result with its record
last, so the record's JSON is copied to records.jsonl as written, never parsed again;
``parts/settings.json`` holds the
options that change the records), then ``records.jsonl``, ``errors.jsonl`` (``id``, ``source``,
``reason``) and ``warnings.jsonl`` (``id``, ``source``, ``warning``), merged in input order (so they
do not depend on the number of workers or on where a run was interrupted) and each renamed into
place. A later run skips every key with an ``ok`` result in ``parts/``; failed documents are tried
again, and the newest result of a key wins.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PART_RE = re.compile(r"^r(\d{4,})-s(\d{9,})-n(\d+)\.jsonl$")


@dataclass
class PartIndex:
    """Where the newest result of each key is: (part file, byte offset, status)."""

    where: dict[str, tuple[Path, int, str]] = field(default_factory=dict)
    last_run: int = 0

    def done(self) -> set[str]:
        return {k for k, (_p, _o, status) in self.where.items() if status == "ok"}


def atomic_write(path: Path, lines: Iterable[str]) -> None:
    """Write ``lines`` (each without newline) to a temporary file, fsync it, rename it to ``path``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def check_settings(out_dir: Path, settings: dict[str, Any]) -> str | None:
    """Record the run's settings; a message if OUT_DIR holds a run made with other settings."""
    parts = out_dir / "parts"
    parts.mkdir(parents=True, exist_ok=True)
    path = parts / "settings.json"
    if path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = None
        if old != settings:
            diff = ", ".join(f"{k}={old.get(k)!r}" for k in settings if isinstance(old, dict) and old.get(k) != settings[k])
            return (f"{out_dir} holds a run made with other options ({diff or 'unreadable settings'}); "
                    "use another -o folder or delete it")
        return None
    atomic_write(path, [json.dumps(settings, ensure_ascii=False, sort_keys=True)])
    return None


RECORD_KEY = b', "record": '  # the last key of a part line; any '"' inside the values before it is escaped


def split_line(raw: bytes) -> tuple[dict[str, Any], bytes | None]:
    """A part line → its fields without the record, and the record's JSON text (None if none).

    The fields before ``"record"`` are strings and lists of strings written by ``json.dumps``, so
    the first ``, "record": `` is the key itself. A line written with the record among the other
    fields (runs before the record came last) is parsed whole. Raises ValueError for a damaged line."""
    at = raw.find(RECORD_KEY)
    if at >= 0:
        head = json.loads(raw[:at] + b"}")
        if "warnings" in head:
            rec = raw[at + len(RECORD_KEY) :].rstrip()
            if not rec.endswith(b"}"):
                raise ValueError("damaged part line")
            rec = rec[:-1]
            return head, (None if rec == b"null" else rec)
    res = json.loads(raw)
    rec = res.pop("record", None)
    return res, (None if rec is None else json.dumps(rec, ensure_ascii=False).encode("utf-8"))


def load_index(out_dir: Path) -> PartIndex:
    """Scan ``parts/`` in run order; a later result replaces an earlier one unless that was ok."""
    index = PartIndex()
    parts = out_dir / "parts"
    files = sorted(p for p in parts.glob("r*.jsonl") if PART_RE.match(p.name)) if parts.is_dir() else []
    for path in files:
        index.last_run = max(index.last_run, int(PART_RE.match(path.name).group(1)))
        offset = 0
        with path.open("rb") as fh:
            for raw in fh:
                start, offset = offset, offset + len(raw)
                try:
                    res, _ = split_line(raw)
                except ValueError:
                    continue  # cannot happen with atomic parts; never trust a damaged line
                old = index.where.get(res["key"])
                if old is None or old[2] != "ok":
                    index.where[res["key"]] = (path, start, res["status"])
    return index


def part_line(result: dict[str, Any]) -> str:
    """One result as a part line: its fields, then its record's JSON text as the worker wrote it."""
    head = json.dumps({k: v for k, v in result.items() if k != "record"}, ensure_ascii=False)
    return f'{head[:-1]}, "record": {result.get("record") or "null"}}}'


def write_part(out_dir: Path, run: int, first_index: int, results: list[dict[str, Any]]) -> Path:
    """One finished shard → ``parts/r<run>-s<first task index>-n<count>.jsonl``."""
    path = out_dir / "parts" / f"r{run:04d}-s{first_index:09d}-n{len(results)}.jsonl"
    atomic_write(path, (part_line(r) for r in results))
    return path


def _read_at(path: Path, offset: int) -> tuple[dict[str, Any], bytes | None]:
    with path.open("rb") as fh:
        fh.seek(offset)
        return split_line(fh.readline())


@dataclass
class MergeCounts:
    ok: int = 0
    failed: int = 0
    missing: int = 0
    warnings: int = 0


def merge(out_dir: Path, tasks: list[Any]) -> MergeCounts:
    """Write records.jsonl, errors.jsonl and warnings.jsonl from ``parts/`` in task order."""
    index = load_index(out_dir)
    counts = MergeCounts()

    def results() -> Iterable[tuple[Any, tuple[dict[str, Any], bytes | None] | None]]:
        for task in tasks:
            where = index.where.get(task.key)
            yield task, (_read_at(where[0], where[1]) if where else None)

    errors: list[str] = []
    warnings: list[str] = []
    tmp_records = out_dir / f".records.jsonl.{os.getpid()}.tmp"
    with tmp_records.open("wb") as rec_fh:
        for task, found in results():
            if found is None:
                counts.missing += 1
                errors.append(json.dumps({"id": task.doc_id, "source": task.key, "reason": "not processed"},
                                         ensure_ascii=False))
                continue
            res, record = found
            for w in res.get("warnings") or []:
                warnings.append(json.dumps({"id": task.doc_id, "source": task.key, "warning": w}, ensure_ascii=False))
            if res["status"] == "ok" and record is not None:
                counts.ok += 1
                rec_fh.write(record + b"\n")
            else:
                counts.failed += 1
                errors.append(json.dumps({"id": task.doc_id, "source": task.key, "reason": res["reason"]},
                                         ensure_ascii=False))
        rec_fh.flush()
        os.fsync(rec_fh.fileno())
    os.replace(tmp_records, out_dir / "records.jsonl")
    atomic_write(out_dir / "errors.jsonl", errors)
    atomic_write(out_dir / "warnings.jsonl", warnings)
    counts.warnings = len(warnings)
    return counts
