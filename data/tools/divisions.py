"""Look up administrative divisions in the vendored table, for annotators.

Usage::

    python data/tools/divisions.py 盘州 水城 柳林镇

prints every division whose full or short name is the query, as the ``normalized`` value of a
PLACE entity under schema 2 (province, city, county, code; towns add ``town`` and keep their
county's code), one JSON object per line. Renamed divisions are listed from
``division_changes.tsv`` with their successor.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "src" / "unionie" / "resources"


def rows() -> list[dict]:
    out: list[dict] = []
    prov = city = county = ""
    codes = {"prov": "", "city": "", "county": ""}
    with gzip.open(RESOURCES / "divisions.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            depth_s, full, code, short = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
            depth = int(depth_s)
            if depth == 0:
                prov, city, county, codes["prov"] = full, "", "", code
                out.append({"names": {full, short}, "norm": {"province": full, "city": None,
                                                              "county": None, "code": code}})
            elif depth == 1:
                city, county, codes["city"] = full, "", code
                out.append({"names": {full, short}, "norm": {"province": prov, "city": full,
                                                              "county": None, "code": code}})
            elif depth == 2:
                county, codes["county"] = full, code
                out.append({"names": {full, short}, "norm": {"province": prov, "city": city,
                                                              "county": full, "code": code}})
            else:
                out.append({"names": {full}, "norm": {"province": prov, "city": city, "county": county,
                                                       "code": codes["county"], "town": full}})
    return out


def main(queries: list[str]) -> None:
    table = rows()
    changes = (RESOURCES / "division_changes.tsv").read_text(encoding="utf-8").splitlines()
    for q in queries:
        hits = [r["norm"] for r in table if q in r["names"]]
        for h in hits:
            print(q, json.dumps(h, ensure_ascii=False))
        for line in changes:
            cols = line.split("\t")
            if q in cols[1:4]:
                print(q, "renamed", "\t".join(cols))
        if not hits:
            print(q, "not found")


if __name__ == "__main__":
    main(sys.argv[1:])
