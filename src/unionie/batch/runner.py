"""Batch runner: the whole ``unionie batch`` run, usable from Python as ``run_batch(BatchOptions(...))``.

Input: ``BatchOptions`` (inputs, output folder, workers, engine, fields, timeout, NER backend).
Output: the files in OUT_DIR (see ``store`` and ``tables``: ``records.jsonl``, ``errors.jsonl``,
``warnings.jsonl``, five tables as Parquet and CSV, ``parts/``) and a ``BatchSummary`` (documents
done in this run, skipped because an earlier run finished them, failed; warnings; time; peak
memory of each worker process). Steps: list the documents, skip the keys ``parts/`` already holds,
cut the rest into shards (at most 64 documents, about 16 per worker so a kill loses little and
the last shards balance), run them on the engine, writing each finished shard at once, then merge
in input order and build the tables. Raises ``UsageError`` for bad options or inputs and
``worker.PipelineUnavailable`` when the NER backend cannot load.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import engines, store
from .inputs import TextFetcher, UsageError, expand_inputs


@dataclass
class BatchOptions:
    inputs: list[str]
    out_dir: Path
    workers: int = 1
    engine: str = "local"
    scheduler: str | None = None
    text_field: str = "text"
    id_field: str = "id"
    published_field: str | None = None  # a field or column holding each row's publication date
    timeout: float = 300.0
    ner: str = "auto"
    lexicon: str | None = None  # a user lexicon file, read by each worker
    lexicon_sha256: str | None = None  # its SHA-256: a resumed run must use the same lexicon
    with_text: bool = True
    quiet: bool = False
    shard_size: int = 0  # 0: chosen from the number of documents and workers


@dataclass
class BatchSummary:
    total: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    warnings: int = 0
    seconds: float = 0.0
    peak_rss_mb: dict[int, float] = field(default_factory=dict)
    rss_trace: list[tuple[int, int, float]] = field(default_factory=list)  # (docs so far, pid, peak MB)
    tables: dict[str, int] = field(default_factory=dict)

    def line(self, out_dir: Path) -> str:
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        mem = f"; peak memory per worker {max(self.peak_rss_mb.values()):.0f} MB" if self.peak_rss_mb else ""
        tail = " (see errors.jsonl)" if self.failed else ""
        warn = f", {self.warnings} warning(s) (warnings.jsonl)" if self.warnings else ""
        return (f"batch: {self.done} done, {self.skipped} skipped (already done), {self.failed} failed{tail}"
                f"{warn}; {self.seconds:.1f} s, {rate:.2f} docs/s{mem}; outputs in {out_dir}")


def _check(opts: BatchOptions) -> None:
    if opts.workers < 1:
        raise UsageError("--workers must be at least 1")
    if opts.engine not in ("local", "dask"):
        raise UsageError(f"--engine {opts.engine}: local or dask")
    if opts.scheduler and opts.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if opts.out_dir.exists() and not opts.out_dir.is_dir():
        raise UsageError(f"-o {opts.out_dir}: exists and is not a folder")
    if not opts.inputs:
        raise UsageError("no inputs")


def _sha256(path: str) -> str:
    from unionie.entities.lexicon import UserLexicon
    from unionie.errors import LexiconError

    try:
        return UserLexicon.load(path).sha256 or ""
    except LexiconError as exc:
        raise UsageError(str(exc)) from None


def shard_size(n_pending: int, workers: int) -> int:
    return max(1, min(64, math.ceil(n_pending / (workers * 16))))


def make_shards(tasks: list[Any], size: int, text_field: str,
                published_field: str | None = None) -> Iterator[engines.Shard]:
    """Shards of consecutive pending tasks, their table texts read only when the shard is made."""
    fetcher = TextFetcher(text_field, published_field)
    for i in range(0, len(tasks), size):
        chunk = tasks[i : i + size]
        yield engines.Shard(chunk[0].index, chunk, [fetcher.payload(t) for t in chunk])


def _progress(total: int, quiet: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="docs", desc="batch", file=sys.stderr, disable=quiet or total == 0,
                smoothing=0.1, mininterval=0.5, dynamic_ncols=True)


def run_batch(opts: BatchOptions) -> BatchSummary:
    """Run a batch; see the module docstring."""
    _check(opts)
    t0 = time.perf_counter()
    tasks = expand_inputs(opts.inputs, opts.text_field, opts.id_field)
    opts.out_dir.mkdir(parents=True, exist_ok=True)
    settings = {"ner": opts.ner, "text_field": opts.text_field, "id_field": opts.id_field,
                "with_text": opts.with_text}
    if opts.published_field is not None:  # only then, as for the lexicon below
        settings["published_field"] = opts.published_field
    if opts.lexicon is not None:  # only then, so folders of runs without one still resume
        settings["lexicon_sha256"] = opts.lexicon_sha256 or _sha256(opts.lexicon)
    message = store.check_settings(opts.out_dir, settings)
    if message:
        raise UsageError(message)
    index = store.load_index(opts.out_dir)
    done_keys = index.done()
    pending = [t for t in tasks if t.key not in done_keys]
    summary = BatchSummary(total=len(tasks), skipped=len(tasks) - len(pending))
    run = index.last_run + 1
    bar = _progress(len(pending), opts.quiet)

    def on_done(shard: engines.Shard, out: dict[str, Any]) -> None:
        store.write_part(opts.out_dir, run, shard.first, out["results"])
        ok = sum(r["status"] == "ok" for r in out["results"])
        summary.done += ok
        summary.failed += len(out["results"]) - ok
        if out.get("pid") is not None:
            summary.peak_rss_mb[out["pid"]] = max(out["rss_mb"], summary.peak_rss_mb.get(out["pid"], 0.0))
            summary.rss_trace.append((summary.done + summary.failed, out["pid"], out["rss_mb"]))
        bar.update(len(out["results"]))
        if summary.failed:
            bar.set_postfix(failed=summary.failed, refresh=False)

    worker_settings = {"ner": opts.ner, "timeout": opts.timeout, "with_text": opts.with_text,
                       "lexicon": opts.lexicon}
    size = opts.shard_size or shard_size(len(pending), opts.workers)
    shards = make_shards(pending, size, opts.text_field, opts.published_field)
    try:
        if pending and opts.engine == "dask":
            engines.run_dask(shards, opts.workers, worker_settings, on_done, opts.scheduler)
        elif pending:
            engines.run_local(shards, opts.workers, worker_settings, on_done)
    finally:
        bar.close()
    counts = store.merge(opts.out_dir, tasks)
    summary.failed = counts.failed + counts.missing
    summary.warnings = counts.warnings
    from .tables import write_tables

    summary.tables = write_tables(opts.out_dir)
    summary.seconds = time.perf_counter() - t0
    return summary
