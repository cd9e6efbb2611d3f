"""Build the vendored administrative-division table ``src/unionie/resources/divisions.tsv.gz``.

Source: the division list that ships inside the ``jionlp`` wheel (Apache License 2.0,
https://github.com/dongrixinyu/JioNLP): ``jionlp/dictionary/china_location.zip`` (provinces,
cities, counties with 6-digit codes; towns below them) and ``china_location_change.txt``
(renamed and merged divisions). Run it by hand when that list is updated; the pipeline never
imports jionlp (its import prints a banner and costs 0.5 s, and it pulls in an 85 MB segmenter).

Usage:  python data/tools/build_divisions.py PATH/TO/jionlp/dictionary
Writes: divisions.tsv.gz (depth, name, code, short name; file order kept: a row's parents are
the rows above it with smaller depth; villages, depth 4, are left out) and
division_changes.tsv (date, old province/city/county, new province/city/county).
"""

from __future__ import annotations

import gzip
import io
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src" / "unionie" / "resources"


def divisions(dictionary: Path) -> list[str]:
    rows = []
    with zipfile.ZipFile(dictionary / "china_location.zip") as zf, zf.open(zf.namelist()[0]) as fh:
        for raw in io.TextIOWrapper(fh, encoding="utf-8"):
            depth = len(raw) - len(raw.lstrip("\t"))
            if depth > 3 or not raw.strip():
                continue
            parts = raw.strip().split("\t") + ["", ""]
            rows.append("\t".join((str(depth), parts[0], parts[1], parts[2])))
    return rows


def changes(dictionary: Path) -> list[str]:
    """'2017-04-09 民批 贵州省 贵州 六盘水市 六盘水 盘县 盘县=>贵州省 六盘水市 盘州市' → one row."""
    out = []
    for line in (dictionary / "china_location_change.txt").read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>", 1)
        o, n = old.split("\t"), new.split("\t")
        date, full_old = o[0], o[2::2]  # full names sit at even places after the kind
        out.append("\t".join([date, *(full_old + ["", "", ""])[:3], *(n + ["", "", ""])[:3]]))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("Usage:")[1].split("\n")[0].strip())
        return 2
    src = Path(argv[0])
    rows = divisions(src)
    with gzip.GzipFile(OUT / "divisions.tsv.gz", "wb", mtime=0) as fh:
        fh.write(("\n".join(rows) + "\n").encode("utf-8"))
    (OUT / "division_changes.tsv").write_text("\n".join(changes(src)) + "\n", encoding="utf-8")
    print(f"{len(rows)} divisions written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
