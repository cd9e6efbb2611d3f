"""Turn a hand-written annotation spec into a gold record for data/annotated/.

Annotators write mentions by their surface string instead of counting characters; this tool
finds the offsets, checks the result and writes the record in the contract format
(../shared/record-format.md). It is an authoring aid for the gold set, not part of the pipeline.

Usage:  python data/tools/build_record.py SPEC.json [...]
Writes: data/annotated/<doc_id>.json (text read from data/raw/<doc_id>.txt)

Spec format (JSON):
{
  "doc_id": "hz-001",
  "meta": {"title": ..., "published": ..., "source": ..., "authors": [...], "editor": ...},
  "body_end": "编辑：",            # optional: mentions and facts must start before this marker
  "entities": [
    {"key": "p1", "type": "PERSON", "name": "王建华",
     "mentions": ["王建华", "王建华@3"]}        # surface, or surface@N = its N-th occurrence (1-based)
  ],
  "facts": [
    {"text": "12500余名", "value": 12500, "unit": "名", "approx": "more_than",
     "object": "会员", "subject": "o1", "predicate": "发展", "value_max": null}  # text may use @N too
  ],
  "relations": [{"type": "HOLDS_POSITION", "head": "p1", "tail": "o1", "position": "主席"}]
}
A bare surface without @N means *every* occurrence of that string that is not inside a longer
mention listed elsewhere in the spec. Overlaps between mentions are reported as errors.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TYPES = {"PERSON", "ORG", "PLACE", "INITIATIVE", "DOCUMENT", "EVENT", "DATE", "POSITION"}
APPROX = {"exact", "more_than", "at_least", "about", "nearly", "less_than", "at_most"}
REL_TYPES = {"HOLDS_POSITION", "RUNS", "ISSUED", "LOCATED_IN"}


def occurrences(text: str, surface: str, limit: int) -> list[int]:
    out, i = [], text.find(surface)
    while i != -1 and i < limit:
        out.append(i)
        i = text.find(surface, i + 1)
    return out


def split_ref(ref: str) -> tuple[str, int | None]:
    if "@" in ref:
        surface, n = ref.rsplit("@", 1)
        if n.isdigit():
            return surface, int(n)
    return ref, None


def build(spec_path: Path) -> list[str]:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    doc_id = spec["doc_id"]
    text = (ROOT / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    limit = text.find(spec["body_end"]) if spec.get("body_end") else len(text)
    if limit < 0:
        return [f"{doc_id}: body_end marker {spec['body_end']!r} not found"]
    errors: list[str] = []

    # explicit spans first, so "all occurrences" refs can skip spans inside longer mentions
    explicit: list[tuple[int, int]] = []
    for ent in spec["entities"]:
        for ref in ent["mentions"]:
            surface, n = split_ref(ref)
            occ = occurrences(text, surface, limit)
            if n is not None:
                if n > len(occ):
                    errors.append(f"{doc_id}: {ref!r}: only {len(occ)} occurrences")
                else:
                    explicit.append((occ[n - 1], occ[n - 1] + len(surface)))
            else:
                explicit.extend((s, s + len(surface)) for s in occ)

    def inside_longer(s: int, e: int) -> bool:
        return any(a <= s and e <= b and (b - a) > (e - s) for a, b in explicit)

    entities, key2id, spans = [], {}, []
    for i, ent in enumerate(spec["entities"], 1):
        if ent["type"] not in TYPES:
            errors.append(f"{doc_id}: bad type {ent['type']}")
        eid = f"E{i}"
        key2id[ent["key"]] = eid
        mentions = []
        for ref in ent["mentions"]:
            surface, n = split_ref(ref)
            occ = occurrences(text, surface, limit)
            if not occ:
                errors.append(f"{doc_id}: mention {surface!r} not found")
                continue
            if n is not None:
                starts = [occ[n - 1]] if n <= len(occ) else []
            else:
                starts = [s for s in occ if not inside_longer(s, s + len(surface))]
            for s in starts:
                mentions.append({"start": s, "end": s + len(surface), "text": surface})
                spans.append((s, s + len(surface), ent["type"], ent["key"]))
        mentions.sort(key=lambda m: m["start"])
        if not mentions:
            errors.append(f"{doc_id}: entity {ent['key']} has no mentions")
        rec = {"id": eid, "type": ent["type"], "name": ent["name"], "mentions": mentions}
        if ent.get("normalized"):
            rec["normalized"] = ent["normalized"]
        entities.append(rec)

    spans.sort()
    for (s1, e1, _t1, k1), (s2, e2, _t2, k2) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            errors.append(f"{doc_id}: overlapping mentions {text[s1:e1]!r}({k1}) and {text[s2:e2]!r}({k2})")

    facts = []
    for i, f in enumerate(spec.get("facts", []), 1):
        surface, n = split_ref(f["text"])
        occ = occurrences(text, surface, limit)
        if not occ or (n or 1) > len(occ):
            errors.append(f"{doc_id}: fact {f['text']!r} not found")
            continue
        s = occ[(n or 1) - 1]
        if n is None and len(occ) > 1:
            errors.append(f"{doc_id}: fact {surface!r} occurs {len(occ)} times; say which with @N")
        if f.get("approx", "exact") not in APPROX:
            errors.append(f"{doc_id}: fact {surface!r}: bad approx {f.get('approx')}")
        subj = f.get("subject")
        if subj is not None and subj not in key2id:
            errors.append(f"{doc_id}: fact {surface!r}: unknown subject key {subj}")
        fact = {
            "id": f"F{i}", "start": s, "end": s + len(surface), "text": surface,
            "value": float(f["value"]), "unit": f["unit"], "approx": f.get("approx", "exact"),
            "object": f.get("object"), "subject": key2id.get(subj) if subj else None,
            "predicate": f.get("predicate"), "time": f.get("time"),
        }
        if f.get("value_max") is not None:
            fact["value_max"] = float(f["value_max"])
        facts.append(fact)
    facts.sort(key=lambda x: x["start"])
    for i, f in enumerate(facts, 1):
        f["id"] = f"F{i}"

    relations = []
    for r in spec.get("relations", []):
        if r["type"] not in REL_TYPES:
            errors.append(f"{doc_id}: bad relation type {r['type']}")
        if r["head"] not in key2id or r["tail"] not in key2id:
            errors.append(f"{doc_id}: relation {r} names an unknown key")
            continue
        rel = {"type": r["type"], "head": key2id[r["head"]], "tail": key2id[r["tail"]]}
        if r["type"] == "HOLDS_POSITION":
            if not r.get("position"):
                errors.append(f"{doc_id}: HOLDS_POSITION without position: {r}")
            rel["position"] = r.get("position")
        relations.append(rel)

    record = {
        "schema_version": "2", "doc_id": doc_id, "text": text, "meta": spec.get("meta", {}),
        "entities": entities, "facts": facts, "relations": relations,
    }
    out = ROOT / "annotated" / f"{doc_id}.json"
    out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return errors


def main(argv: list[str]) -> int:
    bad = 0
    for arg in argv:
        errs = build(Path(arg))
        for e in errs:
            print("ERROR", e)
        bad += bool(errs)
        print(("FAIL " if errs else "ok   ") + arg)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
