"""Schema-2 values and the deep record on each split: what issue 13's targets measure.

For every split: the normalised-value shares of `unionie evaluate` (DATE start/end among linked
DATE entities, PLACE code, ORG kind and ORG place among linked ones, fact time among correct facts;
only gold items that carry a value count), the fact subject and object shares, LOCATED_IN and
ISSUED F1, and core mention F1 (so a gain here is seen beside any loss there). The real split is
../shared/real-news/gold-v2 (read from there, never copied). For it a second row gives each
article the publication date its README lists ("date as given": the page's CMS line, an e-paper
footer), as a user with an archive's metadata would pass it (``published=``, ``--published``,
batch ``--published-field``): the figures an article without a year in its text reaches that way.
Usage: python benchmarks/normalized.py [--splits test test2 test3 test4 dev real]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import REAL_NEWS, header, load_split, write_section  # noqa: E402

SHARES = ("date", "place_code", "org_kind", "org_place", "fact_time")
LABELS = {"date": "DATE", "place_code": "PLACE code", "org_kind": "ORG kind", "org_place": "ORG place",
          "fact_time": "fact time"}


def archive_dates() -> dict[str, str]:
    """doc id → publication date (ISO) from ../shared/real-news/README.md's "date as given" column,
    where that column holds a full date (2015-08-31 15:36:06, 2020-5-22, 2026年01月16日)."""
    out: dict[str, str] = {}
    readme = REAL_NEWS.parent / "README.md"
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 4 or not re.fullmatch(r"[a-z]-\d+", cells[0]):
            continue
        m = re.search(r"(\d{4})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})", cells[3])
        if m:
            out[cells[0]] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return out


def row(name: str, d: dict) -> str:
    """One table row from ``score(...).as_dict()``."""
    cells = []
    for k in SHARES:
        x = d["normalized"][k]
        cells.append(f"{x['share']:.3f} ({x['correct']}/{x['total']})" if x["total"] else "–")
    loc = d["relations"].get("LOCATED_IN", {"precision": 0.0, "recall": 0.0, "f1": 0.0})
    iss = d["relations"].get("ISSUED", {"f1": 0.0})
    f = d["facts"]
    return (f"| {name} | " + " | ".join(cells)
            + f" | {f.get('subject_correct', 0.0):.3f} | {f['object_correct']:.3f}"
            + f" | {loc['precision']:.2f}/{loc['recall']:.2f}/{loc['f1']:.3f} | {iss['f1']:.3f}"
            + f" | {d['mentions_strict']['core_micro']['f1']:.4f} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--splits", nargs="+", default=["test", "test2", "test3", "test4", "real"])
    args = ap.parse_args()
    from unionie.evaluation.scoring import score
    from unionie.pipeline import Pipeline

    pipe = Pipeline()
    lines = header("Normalised values and the deep record (issue 13)",
                   "python benchmarks/normalized.py --splits " + " ".join(args.splits))
    lines += ["Shares: correct / gold items that carry the value (linked entities; correct facts).", "",
              "| split | " + " | ".join(LABELS[k] for k in SHARES)
              + " | fact subject | fact object | LOCATED_IN P/R/F1 | ISSUED F1 | core F1 |",
              "| --- |" + " ---: |" * (len(SHARES) + 5)]
    for split in args.splits:
        golds = load_split(split)
        d = score((g, pipe.extract(g.text, doc_id=g.doc_id)) for g in golds).as_dict()
        lines.append(row(f"{split} ({len(golds)})", d))
        if split == "real":
            dates = archive_dates()
            d = score((g, pipe.extract(g.text, doc_id=g.doc_id, published=dates.get(g.doc_id)))
                      for g in golds).as_dict()
            lines.append(row(f"real, publication dates from the archive ({len(dates)} of {len(golds)})", d))
    print("\n".join(lines))
    write_section("normalized", lines)


if __name__ == "__main__":
    main()
