"""Robustness to how a page is punctuated: each split scored as written and with its Chinese marks
turned into the ASCII ones scraped and reposted pages use.

Nearly every stored union-news page writes ASCII commas, colons, semicolons and brackets
(县总工会,慰问; (记者 王某)) where the outlet wrote ，：；（）; the team-written splits use full-width
marks throughout. The variants keep every offset (one character for one), so the gold records
score them unchanged. ``ascii-marks``: ，：；（） → ,:;(); ``ascii-all``: also 。 → . and “” → ".
A pipeline that reads a page's content, not its typography, scores the same on all three.
Usage: python benchmarks/robustness.py [--splits dev test test2 test3 test4 heldout]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import header, load_split, write_section  # noqa: E402

MARKS = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"}
VARIANTS = {
    "as written": {},
    "ascii-marks": MARKS,
    "ascii-all": {**MARKS, "。": ".", "“": '"', "”": '"'},
}


def variant(gold, table: dict[str, str]):
    """``gold`` with its text (and the texts of its mentions and facts) translated by ``table``."""
    if not table:
        return gold
    text = gold.text.translate(str.maketrans(table))
    out = gold.model_copy(deep=True)
    out.text = text
    for e in out.entities:
        for m in e.mentions:
            m.text = text[m.start : m.end]
    for f in out.facts:
        f.text = text[f.start : f.end]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--splits", nargs="+", default=["dev", "test", "test2", "test3", "test4", "heldout"])
    args = ap.parse_args()
    from unionie.evaluation.scoring import score
    from unionie.pipeline import Pipeline

    pipe = Pipeline()
    lines = header("Robustness to ASCII punctuation (scraped pages)",
                   "python benchmarks/robustness.py --splits " + " ".join(args.splits))
    lines += ["Core mention strict F1, facts F1, fact subject share, HOLDS_POSITION+position, RUNS and "
              "LOCATED_IN F1 of each split as written and in its two ASCII variants (same offsets).", "",
              "| split | text | core F1 | facts F1 | subject | HP+pos | RUNS | LOCATED_IN |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for split in args.splits:
        golds = load_split(split)
        for name, table in VARIANTS.items():
            pairs = [(g2, pipe.extract(g2.text, doc_id=g.doc_id)) for g in golds for g2 in [variant(g, table)]]
            d = score(pairs).as_dict()
            rel = d["relations"]

            def f1(key: str, rel=rel) -> float:
                return rel.get(key, {"f1": 0.0})["f1"]

            lines.append(f"| {split} ({len(golds)}) | {name} | {d['mentions_strict']['core_micro']['f1']:.4f}"
                         f" | {d['facts']['f1']:.4f} | {d['facts'].get('subject_correct', 0.0):.3f}"
                         f" | {f1('HOLDS_POSITION+position'):.3f} | {f1('RUNS'):.3f} | {f1('LOCATED_IN'):.3f} |")
    print("\n".join(lines))
    write_section("robustness", lines)


if __name__ == "__main__":
    main()
