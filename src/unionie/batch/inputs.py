"""Batch inputs: command-line INPUT arguments → an ordered list of documents to extract.

Input: paths as the user typed them (article files, folders searched recursively, glob patterns,
JSON Lines files, CSV or Parquet files with a text column) and the names of the text and id fields.
Output: ``Task`` objects in a deterministic order (arguments in order; folder and glob matches
sorted; rows in file order), each with a unique ``key`` (its source: the path, or
``path:line`` / ``path:row``, the resume key) and a unique ``doc_id``. Texts of tabular inputs are
not kept in the task list: ``TextFetcher`` reads them back shard by shard, in order, so memory does
not grow with the size of the input. Problems with a whole input (missing path, glob that matches
nothing, table without the text column) raise ``UsageError``; problems with one row (invalid JSON,
no text field) become that document's ``error``.
"""

from __future__ import annotations

import glob
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ARTICLE_SUFFIXES = (".txt", ".text", ".htm", ".html", ".shtml", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv", ".tsv")
PARQUET_SUFFIXES = (".parquet", ".pq")
CHUNK_ROWS = 2000


class UsageError(Exception):
    """A problem with the command as a whole (exit status 2); the message is one line."""


@dataclass
class Task:
    """One document to extract: read from ``path`` (article file) or from row ``row`` of a table."""

    index: int
    key: str
    doc_id: str
    kind: str  # "file", "jsonl", "csv", "parquet"
    path: str
    row: int = 0  # 0-based data row (tables) or byte offset of the line (jsonl)
    error: str | None = None

    def payload(self, text: str | None = None, error: str | None = None,
                published: Any = None) -> dict[str, Any]:
        """What a worker needs: the file path, or the text (or the error) of a row, and the row's
        publication date if the run reads one (``--published-field``)."""
        item: dict[str, Any] = {"key": self.key, "doc_id": self.doc_id}
        if self.error or error:
            item["error"] = self.error or error
        elif self.kind == "file":
            item["path"] = self.path
        else:
            item["text"] = text
            if published not in (None, ""):
                item["published"] = published
        return item


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    return "file"


def _expand_arg(arg: str) -> list[Path]:
    """One INPUT argument → the files it names, sorted where it names several."""
    p = Path(arg)
    if p.is_dir():
        found = [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES]
        if not found:
            raise UsageError(f"{arg}: folder holds no article files ({', '.join(ARTICLE_SUFFIXES)})")
        return sorted(found, key=lambda f: f.relative_to(p).as_posix())
    if p.exists():
        return [p]
    if any(ch in arg for ch in "*?["):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            raise UsageError(f"{arg}: pattern matches nothing")
        out: list[Path] = []
        for m in matches:
            out.extend(_expand_arg(m) if Path(m).is_dir() else [Path(m)])
        return out
    if re.match(r"(?:https?|ftp)://", arg, re.IGNORECASE):
        raise UsageError(f"{arg}: a web address, not a file or folder: save the pages first (batch reads files)")
    raise UsageError(f"{arg}: no such file or folder")


def _jsonl_rows(path: Path, text_field: str, id_field: str) -> Iterator[tuple[int, int, Any, str | None]]:
    """(line number, byte offset, id or None, error or None) for each non-blank line."""
    offset = 0
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield lineno, start, None, f"line {lineno}: not valid JSON ({exc})"
                continue
            if not isinstance(obj, dict):
                yield lineno, start, None, f"line {lineno}: not a JSON object"
                continue
            error = None
            if not isinstance(obj.get(text_field), str):
                error = f"line {lineno}: no text in field {text_field!r}"
            yield lineno, start, obj.get(id_field), error


def _table_columns(path: Path, kind: str) -> list[str]:
    import pandas as pd
    import pyarrow.parquet as pq

    if kind == "parquet":
        return list(pq.ParquetFile(path).schema_arrow.names)
    sep = "\t" if path.suffix.lower() == ".tsv" else ","
    return list(pd.read_csv(path, sep=sep, nrows=0).columns)


def _table_ids(path: Path, kind: str, text_field: str, id_field: str) -> Iterator[Any]:
    """The id of each row (None where the table has no id column), streaming."""
    import pandas as pd
    import pyarrow.parquet as pq

    try:
        columns = _table_columns(path, kind)
    except Exception as exc:  # pandas and pyarrow raise many types for unreadable files
        raise UsageError(f"{path}: cannot read as {kind.upper()} ({type(exc).__name__}: {exc})") from None
    if text_field not in columns:
        raise UsageError(f"{path}: no column {text_field!r} (columns: {', '.join(map(str, columns))}); "
                         "name the text column with --text-field")
    col = id_field if id_field in columns else text_field
    if kind == "parquet":
        chunks = (b.column(0).to_pylist() for b in pq.ParquetFile(path).iter_batches(CHUNK_ROWS, columns=[col]))
    else:
        sep = "\t" if path.suffix.lower() == ".tsv" else ","
        chunks = (c[col].tolist() for c in pd.read_csv(path, sep=sep, usecols=[col], dtype=str,
                                                       keep_default_na=False, chunksize=CHUNK_ROWS))
    for chunk in chunks:
        for value in chunk:
            yield value if col == id_field else None


def _tasks_of(path: Path, text_field: str, id_field: str) -> Iterator[tuple[str, str, str, int, str | None]]:
    """(key, proposed doc_id, kind, row, error) for each document of one input file."""
    kind = _kind(path)
    if kind == "file":
        yield str(path), path.stem, kind, 0, None
    elif kind == "jsonl":
        for lineno, offset, ident, error in _jsonl_rows(path, text_field, id_field):
            doc_id = str(ident) if ident not in (None, "") else f"{path.stem}-{lineno}"
            yield f"{path}:{lineno}", doc_id, kind, offset, error
    else:
        for row, ident in enumerate(_table_ids(path, kind, text_field, id_field)):
            doc_id = str(ident) if ident not in (None, "") else f"{path.stem}-{row + 1}"
            yield f"{path}:{row + 1}", doc_id, kind, row, None


def expand_inputs(args: list[str], text_field: str = "text", id_field: str = "id") -> list[Task]:
    """Every document named by the INPUT arguments, in input order; keys and doc_ids unique."""
    tasks: list[Task] = []
    seen_keys: set[str] = set()
    used_ids: set[str] = set()
    for arg in args:
        for path in _expand_arg(arg):
            for key, doc_id, kind, row, error in _tasks_of(path, text_field, id_field):
                if key in seen_keys:
                    continue
                seen_keys.add(key)
                unique, n = doc_id, 1
                while unique in used_ids:
                    n += 1
                    unique = f"{doc_id}-{n}"
                used_ids.add(unique)
                tasks.append(Task(len(tasks), key, unique, kind, str(path), row, error))
    if not tasks:
        raise UsageError("the inputs hold no documents")
    return tasks


class TextFetcher:
    """Reads the texts of table rows and JSON Lines for tasks asked for in input order (and each
    row's publication date when ``published_field`` is given and the file has it).

    One streaming reader per table file moves forward only, so a file is read once per run
    however many shards it feeds; JSON Lines are read by byte offset.
    """

    def __init__(self, text_field: str, published_field: str | None = None) -> None:
        self.text_field = text_field
        self.published_field = published_field
        self._streams: dict[str, tuple[Iterator[list[Any]], int, list[Any]]] = {}

    def payload(self, task: Task) -> dict[str, Any]:
        if task.error or task.kind == "file":
            return task.payload()
        try:
            text, published = self._jsonl(task) if task.kind == "jsonl" else self._table(task)
        except Exception as exc:  # a file changed or vanished since it was listed
            return task.payload(error=f"cannot read row: {type(exc).__name__}: {exc}")
        if not isinstance(text, str):
            return task.payload(error=f"no text in field {self.text_field!r}")
        return task.payload(text=text, published=published)

    def _jsonl(self, task: Task) -> tuple[Any, Any]:
        with open(task.path, "rb") as fh:
            fh.seek(task.row)
            obj = json.loads(fh.readline())
        return obj.get(self.text_field), obj.get(self.published_field) if self.published_field else None

    def _chunks(self, task: Task) -> Iterator[list[tuple[Any, Any]]]:
        import pandas as pd
        import pyarrow.parquet as pq

        path = Path(task.path)
        has_date = bool(self.published_field) and self.published_field in _table_columns(path, task.kind)
        cols = [self.text_field, *([self.published_field] if has_date else [])]
        if task.kind == "parquet":
            for b in pq.ParquetFile(task.path).iter_batches(CHUNK_ROWS, columns=cols):
                texts = b.column(0).to_pylist()
                dates = b.column(1).to_pylist() if has_date else [None] * len(texts)
                yield list(zip(texts, dates, strict=True))
            return
        sep = "\t" if task.path.lower().endswith(".tsv") else ","
        for c in pd.read_csv(task.path, sep=sep, usecols=cols, dtype=str, keep_default_na=False,
                             chunksize=CHUNK_ROWS):
            texts = c[self.text_field].tolist()
            dates = c[self.published_field].tolist() if has_date else [None] * len(texts)
            yield list(zip(texts, dates, strict=True))

    def _table(self, task: Task) -> tuple[Any, Any]:
        stream = self._streams.get(task.path)
        if stream is None or task.row < stream[1]:
            stream = (self._chunks(task), 0, [])
        chunks, first, rows = stream
        while task.row >= first + len(rows):
            first += len(rows)
            rows = next(chunks)
        self._streams[task.path] = (chunks, first, rows)
        return rows[task.row - first]
