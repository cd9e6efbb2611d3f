"""Robustness to how a page is typed: each split scored as written, with its Chinese marks turned
into the ASCII ones scraped and reposted pages use, in traditional characters, and with the line
layout scraped pages have.

Nearly every stored union-news page writes ASCII commas, colons, semicolons and brackets
(县总工会,慰问; (记者 王某)) where the outlet wrote ，：；（）; the team-written splits use full-width
marks throughout. The variants keep every offset (one character for one), so the gold records
score them unchanged. ``ascii-marks``: ，：；（） → ,:;(); ``ascii-all``: also 。 → . and “” → ".
``traditional``: the text through OpenCC ``s2t`` (an article whose length that changes is left
out and counted), with the gold's names, fact objects and titles converted the same way, as the
guidelines write them in a traditional page (units stay the simplified measure words);
``plain-spaces``: ideographic spaces (paragraph indents) as ASCII spaces; ``single-breaks``:
paragraphs parted by one line break (the second becomes a space). A pipeline that reads a page's
content, not its typography, scores the same on all six.
Usage: python benchmarks/robustness.py [--splits dev test test2 test3 test4 heldout]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import header, load_split, write_section  # noqa: E402

MARKS = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"}
ALL = {"。": ".", "“": '"', "”": '"'}


def _translate(table: dict[str, str]) -> Callable[[str], str]:
    trans = str.maketrans(table)
    return lambda text: text.translate(trans)


def _traditional() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert


VARIANTS: dict[str, Callable[[], Callable[[str], str] | None]] = {
    "as written": lambda: None,
    "ascii-marks": lambda: _translate(MARKS),
    "ascii-all": lambda: _translate({**MARKS, **ALL}),
    "traditional": _traditional,
    "plain-spaces": lambda: _translate({"\u3000": " "}),
    "single-breaks": lambda: lambda text: text.replace("\n\n", "\n "),
}
CONVERTS_NAMES = {"traditional"}  # the gold's strings follow the text's script


def variant(gold, rewrite: Callable[[str], str] | None, names: bool = False):
    """``gold`` with its text rewritten by ``rewrite`` (one character for one; None when the
    rewrite changes the length) and the texts of its mentions and facts sliced again; with
    ``names``, entity names, fact objects and relation titles rewritten too."""
    if rewrite is None:
        return gold
    text = rewrite(gold.text)
    if len(text) != len(gold.text):
        return None
    out = gold.model_copy(deep=True)
    out.text = text
    for e in out.entities:
        for m in e.mentions:
            m.text = text[m.start : m.end]
        if names:
            e.name = rewrite(e.name)
    for f in out.facts:
        f.text = text[f.start : f.end]
        if names and f.object:
            f.object = rewrite(f.object)
    for r in out.relations:
        if names and r.position:
            r.position = rewrite(r.position)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--splits", nargs="+", default=["dev", "test", "test2", "test3", "test4", "heldout"])
    args = ap.parse_args()
    from unionie.evaluation.scoring import score
    from unionie.pipeline import Pipeline

    pipe = Pipeline()
    lines = header("Robustness to how a page is typed (punctuation, script, layout)",
                   "python benchmarks/robustness.py --splits " + " ".join(args.splits))
    lines += ["Core mention strict F1, facts F1, fact subject share, HOLDS_POSITION+position, RUNS and "
              "LOCATED_IN F1 of each split as written and in five variants of the same length (module "
              "docstring); `left out`: articles whose traditional form has another length.", "",
              "| split | text | left out | core F1 | facts F1 | subject | HP+pos | RUNS | LOCATED_IN |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for split in args.splits:
        golds = load_split(split)
        for name, make in VARIANTS.items():
            rewrite = make()
            kept = [g2 for g in golds for g2 in [variant(g, rewrite, name in CONVERTS_NAMES)] if g2 is not None]
            pairs = [(g, pipe.extract(g.text, doc_id=g.doc_id)) for g in kept]
            d = score(pairs).as_dict()
            rel = d["relations"]

            def f1(key: str, rel=rel) -> float:
                return rel.get(key, {"f1": 0.0})["f1"]

            lines.append(f"| {split} ({len(golds)}) | {name} | {len(golds) - len(kept)}"
                         f" | {d['mentions_strict']['core_micro']['f1']:.4f}"
                         f" | {d['facts']['f1']:.4f} | {d['facts'].get('subject_correct', 0.0):.3f}"
                         f" | {f1('HOLDS_POSITION+position'):.3f} | {f1('RUNS'):.3f} | {f1('LOCATED_IN'):.3f} |")
    print("\n".join(lines))
    write_section("robustness", lines)


if __name__ == "__main__":
    main()
