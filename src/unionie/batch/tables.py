"""Batch tables: records.jsonl → documents, entities, mentions, facts and relations tables.

Input: a ``records.jsonl`` file (one record per line, in input order). Output: for each table,
``<name>.parquet`` and ``<name>.csv`` (UTF-8) next to it, one row per item with ``doc_id``. The
flattening is generic, read from each record's JSON rather than from a fixed column list: nested
objects become dotted columns (``normalized.province``), lists become JSON strings, and a field a
later schema adds becomes a new column. Entities and facts get the names and types of the
entities they point at (``subject_name``, ``head_type``…), mentions those of their entity. One
pass over the records writes each chunk of 1,000 records to small temporary Parquet files (built
with pandas); a second pass writes the final Parquet (one schema: columns in order of first
appearance, types promoted) and CSV chunk by chunk, so memory stays flat in the number of
records.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TABLES = ("documents", "entities", "mentions", "facts", "relations")
CHUNK_DOCS = 1000
_LAYERS = ("text", "entities", "facts", "relations")


def flatten(obj: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts → dotted keys; lists → JSON strings; scalars as they are."""
    out: dict[str, Any] = {}
    for key, value in obj.items():
        kind = type(value)  # records are parsed JSON: exact dicts, lists and scalars
        if kind is dict:
            out.update(flatten(value, f"{prefix}{key}."))
        elif kind is list:
            out[prefix + key] = json.dumps(value, ensure_ascii=False)
        else:
            out[prefix + key] = value
    return out


def record_rows(rec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows one record adds to each table."""
    doc_id = rec.get("doc_id")
    entities = rec.get("entities") or []
    facts = rec.get("facts") or []
    relations = rec.get("relations") or []
    by_id = {e.get("id"): e for e in entities}
    doc = {"doc_id": doc_id, **flatten({k: v for k, v in rec.items() if k not in _LAYERS and k != "doc_id"})}
    doc.update(n_chars=len(rec["text"]) if isinstance(rec.get("text"), str) else None,
               n_entities=len(entities), n_facts=len(facts), n_relations=len(relations))
    rows: dict[str, list[dict[str, Any]]] = {"documents": [doc], "entities": [], "mentions": [],
                                             "facts": [], "relations": []}
    for e in entities:
        mentions = e.get("mentions") or []
        rows["entities"].append({"doc_id": doc_id, **flatten({k: v for k, v in e.items() if k != "mentions"}),
                                 "n_mentions": len(mentions)})
        for m in mentions:
            rows["mentions"].append({"doc_id": doc_id, "entity_id": e.get("id"), "entity_type": e.get("type"),
                                     "entity_name": e.get("name"), **flatten(m)})
    for f in facts:
        subj = by_id.get(f.get("subject")) or {}
        rows["facts"].append({"doc_id": doc_id, **flatten(f), "subject_name": subj.get("name"),
                              "subject_type": subj.get("type")})
    for r in relations:
        head, tail = by_id.get(r.get("head")) or {}, by_id.get(r.get("tail")) or {}
        rows["relations"].append({"doc_id": doc_id, **flatten(r), "head_name": head.get("name"),
                                  "head_type": head.get("type"), "tail_name": tail.get("name"),
                                  "tail_type": tail.get("type")})
    return rows


def _iter_chunks(records_path: Path) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    with records_path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                chunk.append(json.loads(line))
            if len(chunk) >= CHUNK_DOCS:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def _arrow(rows: list[dict[str, Any]]) -> Any:
    """Rows → an Arrow table through pandas; a column of mixed types becomes strings."""
    import pandas as pd
    import pyarrow as pa

    df = pd.DataFrame.from_records(rows)
    for col in df.columns[df.isna().all()]:  # no value in this chunk: no type either (Arrow null)
        df[col] = pd.Series([None] * len(df), dtype=object, index=df.index)
    try:
        return pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        for col in [c for c in df.columns if pd.api.types.is_object_dtype(df[c])]:
            df[col] = [v if v is None or isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in df[col]]
        return pa.Table.from_pandas(df, preserve_index=False)


def _schema(paths: list[Path]) -> Any:
    """One schema for all chunks: columns in order of first appearance, types promoted (int →
    float, null → any); an object that is null in some items leaves no column beside its parts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.unify_schemas([pa.schema([("doc_id", pa.string())]), *(pq.read_schema(p) for p in paths)],
                              promote_options="permissive")
    names = schema.names
    keep = [f for f in schema if not (pa.types.is_null(f.type) and any(n.startswith(f.name + ".") for n in names))]
    plain = [f.with_type(pa.string()) if pa.types.is_null(f.type) or pa.types.is_large_string(f.type) else f
             for f in keep]
    return pa.schema(plain)  # without the chunks' pandas metadata


def _conform(table: Any, schema: Any) -> Any:
    import pyarrow as pa

    cols = [table.column(f.name).cast(f.type) if f.name in table.column_names else pa.nulls(len(table), f.type)
            for f in schema]
    return pa.Table.from_arrays(cols, schema=schema)


def _assemble(name: str, paths: list[Path], out_dir: Path) -> int:
    """Chunk files of one table → ``<name>.parquet`` and ``<name>.csv`` (renamed into place)."""
    import pandas as pd
    import pyarrow.parquet as pq

    schema = _schema(paths)
    tmp_pq, tmp_csv = (out_dir / f".{name}.{ext}.{os.getpid()}.tmp" for ext in ("parquet", "csv"))
    rows = 0
    with pq.ParquetWriter(tmp_pq, schema) as writer:
        schema.empty_table().to_pandas().to_csv(tmp_csv, index=False)  # header, also for no rows
        for path in paths:
            table = _conform(pq.read_table(path), schema)
            writer.write_table(table)
            table.to_pandas(types_mapper=pd.ArrowDtype).to_csv(tmp_csv, mode="a", header=False, index=False)
            rows += len(table)
    os.replace(tmp_pq, out_dir / f"{name}.parquet")
    os.replace(tmp_csv, out_dir / f"{name}.csv")
    return rows


def write_tables(out_dir: Path, records_path: Path | None = None) -> dict[str, int]:
    """Write every table as Parquet and CSV into ``out_dir``; returns the row count of each.

    One pass over the records writes each chunk's rows to a temporary Parquet file; a second
    pass over those small files writes the final tables with one schema.
    """
    import pyarrow.parquet as pq

    records_path = records_path or out_dir / "records.jsonl"
    chunk_files: dict[str, list[Path]] = {t: [] for t in TABLES}
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".tables-") as tmp:
        for i, chunk in enumerate(_iter_chunks(records_path)):
            rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
            for rec in chunk:
                for t, r in record_rows(rec).items():
                    rows[t].extend(r)
            for t in TABLES:
                if rows[t]:
                    path = Path(tmp) / f"{t}-{i:06d}.parquet"
                    pq.write_table(_arrow(rows[t]), path)
                    chunk_files[t].append(path)
        return {t: _assemble(t, chunk_files[t], out_dir) for t in TABLES}
