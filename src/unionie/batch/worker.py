"""Batch worker: extracts one shard of documents with a pipeline loaded once per process.

Input: a shard (list of payload dicts from ``inputs.Task.payload``: ``key``, ``doc_id`` and one of
``path``, ``text`` or ``error``) and the run's settings (NER backend, per-document timeout, whether
records keep the text, the user lexicon file if any). Output: one result dict per document, in shard order: ``key``, ``id``,
``status`` ("ok" or "failed"), ``record`` (the record as one line of JSON text, serialised here
so the main process only writes it) or ``reason``, ``warnings``;
plus the worker's pid and peak resident memory. Used by the local process pool (``init`` as its
initializer) and by Dask workers (``run_shard``; the module-level cache makes each worker
process load the pipeline once). A document that raises, fails to read or runs past the timeout
is reported, never raised.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_PIPELINES: dict[tuple[str, str | None], Any] = {}
_LOCK = threading.Lock()  # one pipeline per process; documents run one at a time through it
_SETTINGS: dict[str, Any] = {}
CRASH_HOOK = "UNIONIE_BATCH_TEST_CRASH"  # tests only: a doc_id whose worker process dies


class DocTimeout(Exception):
    """Raised inside the extraction when a document runs past the per-document timeout."""


class PipelineUnavailable(RuntimeError):
    """The NER backend cannot be loaded on this worker (message is one line for the user)."""


def get_pipeline(ner: str, lexicon: str | None = None) -> Any:
    """The process's pipeline for ``ner`` (and a user lexicon file), loaded on first use."""
    pipe = _PIPELINES.get((ner, lexicon))
    if pipe is None:
        from unionie.errors import BackendUnavailable, LexiconError
        from unionie.ner.lac_tagger import ORT_THREADS_ENV

        from ..pipeline import Pipeline

        os.environ.setdefault(ORT_THREADS_ENV, "1")  # one core per worker: workers scale, threads fight
        try:
            pipe = Pipeline(ner=ner, lexicon=lexicon)
        except (BackendUnavailable, LexiconError) as exc:
            raise PipelineUnavailable(str(exc)) from None
        _PIPELINES[(ner, lexicon)] = pipe
    return pipe


def _die_with_parent() -> None:
    """Linux: this worker is killed when the process that started it dies (kill -9 of a run)."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # other systems: the worker ends when it next asks its parent for work


def init(ner: str, timeout: float, with_text: bool, lexicon: str | None = None) -> None:
    """Process-pool initializer: remember the settings and load the pipeline now."""
    _die_with_parent()
    _SETTINGS.update(ner=ner, timeout=timeout, with_text=with_text, lexicon=lexicon)
    try:
        get_pipeline(ner, lexicon)
    except PipelineUnavailable:
        pass  # reported by the first shard, as a one-line message


def _alarm_timeout(fn: Callable[[], T], seconds: float) -> T:
    def on_alarm(signum: int, frame: Any) -> None:
        raise DocTimeout

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _thread_timeout(fn: Callable[[], T], seconds: float) -> T:
    """Timeout for a worker thread (Dask): raise DocTimeout in it asynchronously."""
    tid = threading.get_ident()
    lock = threading.Lock()
    running = [True]

    def fire() -> None:
        with lock:
            if running[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(DocTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        return fn()
    finally:
        with lock:
            running[0] = False
        timer.cancel()


def call_with_timeout(fn: Callable[[], T], seconds: float) -> T:
    """``fn()``, raising DocTimeout after ``seconds`` (0 or less: no limit)."""
    if seconds <= 0:
        return fn()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _alarm_timeout(fn, seconds)
    return _thread_timeout(fn, seconds)


def _published(item: dict[str, Any]) -> tuple[str | None, str | None]:
    """The row's publication date (``--published-field``) as ISO, or None and a warning saying
    why the value was left aside (the document is still extracted, its dates from the text)."""
    from unionie.errors import InputError
    from unionie.text.reader import given_published

    value = item.get("published")
    if value is None:
        return None, None
    try:
        return given_published(str(value)), None
    except InputError as exc:
        return None, f"published field left aside: {exc}"


def _extract(pipe: Any, item: dict[str, Any], with_text: bool) -> tuple[str, list[str]]:
    if item["doc_id"] == os.environ.get(CRASH_HOOK):
        os._exit(70)
    if "path" in item:
        record, warnings = pipe.extract_file(item["path"], doc_id=item["doc_id"])
    else:
        published, note = _published(item)
        record = pipe.extract(item["text"], doc_id=item["doc_id"], published=published)
        warnings = [*([note] if note else []), *record.warnings]
    data = record.model_dump(mode="json", exclude_none=False)
    if not with_text:
        data.pop("text", None)
    return json.dumps(data, ensure_ascii=False), list(warnings)


def extract_one(pipe: Any, item: dict[str, Any], timeout: float, with_text: bool) -> dict[str, Any]:
    """The result dict of one document; every failure becomes ``status: failed`` with a reason."""
    from unionie.errors import InputError

    result: dict[str, Any] = {"key": item["key"], "id": item["doc_id"], "status": "failed",
                              "record": None, "reason": None, "warnings": []}
    if item.get("error"):
        result["reason"] = f"input error: {item['error']}"
        return result
    try:
        record, warnings = call_with_timeout(lambda: _extract(pipe, item, with_text), timeout)
    except InputError as exc:
        result["reason"] = f"input error: {exc}"
    except DocTimeout:
        result["reason"] = f"timeout: still running after {timeout:g} s"
    except Exception as exc:  # a bug on one document must not lose the others
        result["reason"] = f"internal error: {type(exc).__name__}: {exc}"
    else:
        result.update(status="ok", record=record, warnings=warnings)
    return result


def peak_rss_mb() -> float:
    """Peak resident memory of this process, MB (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_shard(items: list[dict[str, Any]], ner: str, timeout: float, with_text: bool,
              lexicon: str | None = None) -> dict[str, Any]:
    """Extract a shard: ``{"results": [...], "pid": ..., "rss_mb": ...}``. Raises PipelineUnavailable."""
    with _LOCK:
        pipe = get_pipeline(ner, lexicon)
        results = [extract_one(pipe, item, timeout, with_text) for item in items]
    return {"results": results, "pid": os.getpid(), "rss_mb": peak_rss_mb()}


def run_pool_shard(items: list[dict[str, Any]]) -> dict[str, Any]:
    """``run_shard`` with the settings given to ``init`` (process-pool workers)."""
    return run_shard(items, _SETTINGS["ner"], _SETTINGS["timeout"], _SETTINGS["with_text"],
                     _SETTINGS.get("lexicon"))
