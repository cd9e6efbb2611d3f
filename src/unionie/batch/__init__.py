"""Batch extraction of whole archives: ``unionie batch`` and its library API.

Input: article files, folders, globs, JSON Lines, CSV or Parquet (``inputs``). Output: an output
folder with ``records.jsonl``, ``errors.jsonl``, ``warnings.jsonl`` and the documents, entities,
mentions, facts and relations tables as Parquet and CSV (``store``, ``tables``), made on local
worker processes or a Dask cluster (``engines``, ``worker``), resumable after a kill (``runner``).
Needs the ``[batch]`` extra (pandas, pyarrow, tqdm); ``--engine dask`` also the ``[dask]`` extra.

    from unionie.batch import BatchOptions, run_batch
    summary = run_batch(BatchOptions(inputs=["data/raw"], out_dir=Path("out"), workers=2))
"""

from .inputs import UsageError
from .runner import BatchOptions, BatchSummary, run_batch

__all__ = ["BatchOptions", "BatchSummary", "UsageError", "run_batch"]
