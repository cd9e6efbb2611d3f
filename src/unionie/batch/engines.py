"""Batch engines: run shards on local worker processes or on a Dask cluster.

Input: an iterator of ``Shard`` (tasks plus the payloads workers need), the run's settings, and a
callback ``on_done(shard, out)`` called in the main process for each finished shard (``out`` as
``worker.run_shard`` returns it). Only a bounded number of shards is in flight, so table texts are
read just ahead of the workers. Output: nothing but the callbacks; ``PipelineUnavailable`` from a
worker is raised. Local engine: ``--workers`` spawned processes, each loading the pipeline once (the
pool initializer); if a worker process dies (killed, out of memory), the shards it may have held
are run again one document at a time in a one-process pool, so the document that kills its worker
is named in errors.jsonl and the others are kept. Dask engine: ``--scheduler ADDRESS`` or a
``LocalCluster`` of ``--workers`` one-thread processes; each Dask worker process keeps its pipeline
in ``worker``'s module cache; a shard whose workers keep dying (``KilledWorker``) is reported as
failed.
"""

from __future__ import annotations

import logging
import multiprocessing
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from . import worker

OnDone = Callable[["Shard", dict[str, Any]], None]
DIED = "worker process died while extracting it (killed, or out of memory?)"


@dataclass
class Shard:
    first: int  # index of its first task in the input order
    tasks: list[Any]
    items: list[dict[str, Any]]


def failed_out(shard: Shard, reason: str) -> dict[str, Any]:
    """A shard result in which every document failed with ``reason``."""
    results = [{"key": it["key"], "id": it["doc_id"], "status": "failed", "record": None,
                "reason": reason, "warnings": []} for it in shard.items]
    return {"results": results, "pid": None, "rss_mb": None}


def _pool(workers: int, settings: dict[str, Any]) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=worker.init,
                               initargs=(settings["ner"], settings["timeout"], settings["with_text"],
                                         settings.get("lexicon")))


def _pool_pass(shards: Iterator[Shard], workers: int, settings: dict[str, Any], on_done: OnDone,
               max_in_flight: int) -> list[Shard]:
    """Run shards until the iterator ends ([]) or the pool breaks (the shards then unfinished)."""
    in_flight: dict[Future[dict[str, Any]], Shard] = {}
    with _pool(workers, settings) as pool:
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < max_in_flight:
                shard = next(shards, None)
                if shard is None:
                    exhausted = True
                    break
                try:
                    in_flight[pool.submit(worker.run_pool_shard, shard.items)] = shard
                except BrokenProcessPool:  # a worker died since the last wait: this shard is unfinished too
                    return sorted([*in_flight.values(), shard], key=lambda s: s.first)
            if not in_flight:
                return []
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in sorted(finished, key=lambda f: in_flight[f].first):
                try:
                    out = fut.result()
                except BrokenProcessPool:
                    continue
                on_done(in_flight.pop(fut), out)
            if any(isinstance(f.exception(), BrokenProcessPool) for f in finished):
                return sorted(in_flight.values(), key=lambda s: s.first)


def _quarantine(shards: list[Shard], settings: dict[str, Any], on_done: OnDone) -> None:
    """Run the documents of ``shards`` one at a time; a document that kills its worker fails."""
    singles = iter([Shard(t.index, [t], [it]) for s in shards for t, it in zip(s.tasks, s.items, strict=True)])
    while True:
        broken = _pool_pass(singles, 1, settings, on_done, max_in_flight=1)
        if not broken:
            return
        on_done(broken[0], failed_out(broken[0], DIED))


def run_local(shards: Iterator[Shard], workers: int, settings: dict[str, Any], on_done: OnDone) -> None:
    """The local engine: a pool of ``workers`` processes."""
    while True:
        broken = _pool_pass(shards, workers, settings, on_done, max_in_flight=2 * workers)
        if not broken:
            return
        _quarantine(broken, settings, on_done)


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except Exception as exc:  # bad address, unreachable, timeout: one line for the user
            raise OSError(f"cannot connect to the Dask scheduler {scheduler} ({type(exc).__name__}: {exc})") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_dask(shards: Iterator[Shard], workers: int, settings: dict[str, Any], on_done: OnDone,
             scheduler: str | None = None) -> None:
    """The Dask engine: one task per shard (a partition), results written as they arrive."""
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    client, cluster = _client(scheduler, workers)
    try:
        limit = 2 * max(1, sum(client.nthreads().values()))
        run_id = uuid.uuid4().hex[:8]
        in_flight: dict[str, Shard] = {}
        done = as_completed()

        def submit() -> None:
            shard = next(shards, None)
            if shard is not None:
                fut = client.submit(worker.run_shard, shard.items, settings["ner"], settings["timeout"],
                                    settings["with_text"], settings.get("lexicon"),
                                    key=f"unionie-{run_id}-{shard.first}", pure=False)
                in_flight[fut.key] = shard
                done.add(fut)

        for _ in range(limit):
            submit()
        for fut in done:
            shard = in_flight.pop(fut.key)
            try:
                out = fut.result()
            except KilledWorker as exc:
                out = failed_out(shard, f"dask workers died while extracting it ({exc})")
            fut.release()
            on_done(shard, out)
            submit()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
