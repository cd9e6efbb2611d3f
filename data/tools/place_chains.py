"""Join chains of administrative units that the gold records split into one PLACE mention.

The guidelines (Spans): "A chain of administrative units written together is one PLACE
(`安徽省祁门县`, `四川达州`, `林周县阿朗乡`), named and normalised as its lowest unit; it gives no
LOCATED_IN by itself." Most records follow it (`忻州市五台县`, `四川达州`, `龙海区海澄镇`); a few
annotated the chain as two adjacent PLACE mentions with a LOCATED_IN between them.

This script finds two PLACE mentions that touch (the first ends where the second starts), both
normalised to divisions, the second inside the first (same province, and the same city and county
where the first names them) and lower than it. It makes them one mention of the lower unit's
entity, drops the LOCATED_IN between the two entities, and removes the higher unit's entity when
it is left with no mention (with the relations that name it). Offsets and texts are checked
against the record's text. It reads only the gold records, never pipeline output.

Usage: python data/tools/place_chains.py [--write] [RECORD.json ...]  (default: data/annotated/*.json;
without --write it lists what it would change)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEVELS = ("province", "city", "county", "town")


def _depth(norm: dict) -> int:
    return max((i for i, k in enumerate(LEVELS) if norm.get(k)), default=-1)


def _inside(low: dict, high: dict) -> bool:
    """Whether division ``low`` lies inside ``high`` and is lower than it."""
    if _depth(low) <= _depth(high):
        return False
    return all(low.get(k) == high.get(k) for k in LEVELS[: _depth(high) + 1])


def chains(rec: dict) -> list[tuple[dict, dict, dict, dict]]:
    """``(high entity, its mention, low entity, its mention)`` for each split chain of ``rec``."""
    places = [(e, m) for e in rec["entities"] if e["type"] == "PLACE" and isinstance(e.get("normalized"), dict)
              for m in e["mentions"]]
    by_start = {m["start"]: (e, m) for e, m in places}
    out = []
    for e1, m1 in places:
        nxt = by_start.get(m1["end"])
        if nxt and nxt[0]["id"] != e1["id"] and _inside(nxt[0]["normalized"], e1["normalized"]):
            out.append((e1, m1, nxt[0], nxt[1]))
    return out


def join(rec: dict) -> list[str]:
    """Join the split chains of ``rec`` in place; one line per change."""
    notes = []
    for high, m1, low, m2 in chains(rec):
        joined = {"start": m1["start"], "end": m2["end"], "text": m1["text"] + m2["text"]}
        assert rec["text"][joined["start"] : joined["end"]] == joined["text"]
        high["mentions"].remove(m1)
        low["mentions"][low["mentions"].index(m2)] = joined
        low["mentions"].sort(key=lambda m: m["start"])
        rec["relations"] = [r for r in rec["relations"]
                            if not (r["type"] == "LOCATED_IN" and r["head"] == low["id"] and r["tail"] == high["id"])]
        notes.append(f"{rec['doc_id']}: {m1['text']}+{m2['text']} -> one mention of {low['name']}")
        if not high["mentions"]:
            gone = [r for r in rec["relations"] if high["id"] in (r["head"], r["tail"])]
            rec["relations"] = [r for r in rec["relations"] if r not in gone]
            rec["entities"].remove(high)
            notes.append(f"{rec['doc_id']}:   {high['name']} left with no mention, removed"
                         + (f" with {len(gone)} relation(s)" if gone else ""))
    return notes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("records", nargs="*", type=Path)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    for path in args.records or sorted((ROOT / "annotated").glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        notes = join(rec)
        for line in notes:
            print(line)
        if notes and args.write:
            path.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
