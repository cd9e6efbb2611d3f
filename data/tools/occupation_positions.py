"""Batch k's occupations before a name, annotated as POSITION as batches a–j have them.

The guidelines' POSITION row: "外卖骑手, 货车司机, 高级技师 before a name" are POSITION; batches a–j
follow it since the session-6 re-check; batch k (test4) had left them out (data/README.md, "Known
inconsistencies"). A listing of every PERSON mention in batch k with no POSITION ending where it
starts (the ten characters before each, read by hand; the pipeline was not run) gave three
occupations right before a name; status words (农民工) and generic uses (600余名快递员外卖骑手) stay
unannotated. Where the employer is named right before the occupation, a HOLDS_POSITION joins the
person to it, as the session-6 re-check did (兰州陇原机床有限公司装配工拜永福).

Usage: python data/tools/occupation_positions.py [--write]   (without --write: what it would change)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (record, occupation as written, the person mention it stands before)
DECISIONS = [
    ("k02", "外卖骑手", "宁海涛"),
    ("k07", "程序員", "小蔣"),
    ("k14", "柜员", "小谭"),
]


def _next_id(rec: dict) -> str:
    return f"E{max(int(e['id'][1:]) for e in rec['entities']) + 1}"


def apply(rec: dict, title: str, person: str) -> list[str]:
    """Add POSITION ``title`` right before each mention ``person`` of a PERSON entity of ``rec``."""
    text, notes = rec["text"], []
    for ent in [e for e in rec["entities"] if e["type"] == "PERSON"]:
        for m in ent["mentions"]:
            start = m["start"] - len(title)
            if m["text"] != person or text[start : m["start"]] != title:
                continue
            mention = {"start": start, "end": m["start"], "text": title}
            if any(x["start"] < mention["end"] and mention["start"] < x["end"]
                   for e in rec["entities"] for x in e["mentions"]):
                raise SystemExit(f"{rec['doc_id']}: {title} overlaps a mention")
            pos = {"id": _next_id(rec), "type": "POSITION", "name": title, "mentions": [mention]}
            rec["entities"].append(pos)
            notes.append(f"{rec['doc_id']}: POSITION {title} before {person} ({start})")
            employer = next((e for e in rec["entities"] if e["type"] == "ORG"
                             for x in e["mentions"] if x["end"] == start), None)
            if employer is not None:
                rec["relations"].append({"type": "HOLDS_POSITION", "head": ent["id"], "tail": employer["id"],
                                         "position": title})
                notes.append(f"{rec['doc_id']}:   HOLDS_POSITION {person} -> {employer['name']} ({title})")
    return notes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    for key, title, person in DECISIONS:
        (path,) = (ROOT / "annotated").glob(f"{key}-*.json")
        rec = json.loads(path.read_text(encoding="utf-8"))
        notes = apply(rec, title, person)
        if not notes:
            raise SystemExit(f"{key}: {title} before {person} not found (already applied?)")
        print("\n".join(notes))
        if args.write:
            path.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
