"""Re-annotate party groups named right before a title the way published union news is annotated.

``重庆市总工会党组成员、副主席王平``: real-news gold records give ORG 重庆市总工会 and the title
党组成员 (HOLDS_POSITION 王平 → 重庆市总工会, 党组成员), where this set had ORG 重庆市总工会党组 and
the title 成员. A party group or committee standing alone (六盘水市总工会党组将…) stays an
organisation of its own. This tool applies the change to data/annotated/ in place: each ORG
entity whose every mention ends in a party unit (``title_party_units`` in the package's
organizations.json) followed by a title that the unit completes (positions.txt) loses the unit;
it joins the ORG entity of that name if the record has one (relations, fact subjects and implied
bodies follow), else it is renamed and its kind recomputed; the titles grow by the unit and join
the POSITION entity of their new name; HOLDS_POSITION relations move with them. An authoring aid
for the gold set, not part of the pipeline.

Usage:  python data/tools/party_titles.py [data/annotated/*.json]   (prints what it changed)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from unionie.core.resources import organizations, positions
from unionie.normalize.orgs import org_kind

ROOT = Path(__file__).resolve().parents[2]


def _unit_of(name: str) -> str | None:
    units = sorted(organizations()["title_party_units"], key=len, reverse=True)
    return next((u for u in units if name.endswith(u) and len(name) > len(u)), None)


def _position_entity(rec: dict, name: str) -> dict:
    for e in rec["entities"]:
        if e["type"] == "POSITION" and e["name"] == name:
            return e
    ids = [int(e["id"][1:]) for e in rec["entities"] if e["id"][1:].isdigit()]
    new = {"id": f"E{max(ids, default=0) + 1}", "type": "POSITION", "name": name, "mentions": []}
    rec["entities"].append(new)
    return new


def _redirect(rec: dict, old: str, new: str) -> None:
    for r in rec["relations"]:
        r["head"] = new if r["head"] == old else r["head"]
        r["tail"] = new if r["tail"] == old else r["tail"]
    for f in rec["facts"]:
        if f.get("subject") == old:
            f["subject"] = new
    for x in rec.get("implied") or []:
        for key in ("place", "head_of"):
            if x.get(key) == old:
                x[key] = new


def migrate(rec: dict) -> list[str]:
    """Apply the change to one record (in place); what changed, one line each."""
    titles = positions()
    text = rec["text"]
    changes = []
    for org in [e for e in rec["entities"] if e["type"] == "ORG"]:
        unit = _unit_of(org["name"])
        if unit is None:
            continue
        after = {m["start"]: (e, m) for e in rec["entities"] if e["type"] == "POSITION" for m in e["mentions"]}
        pairs = [(m, after.get(m["end"])) for m in org["mentions"]]
        if not pairs or any(p is None or unit + p[1]["text"] not in titles or not m["text"].endswith(unit)
                            for m, p in pairs):
            continue  # the body also stands alone: it stays an organisation of its own
        renamed = {}
        for m, (pos_entity, pm) in pairs:
            m["end"] -= len(unit)
            m["text"] = text[m["start"] : m["end"]]  # empty for a bare 党组 before 书记: dropped below
            pos_entity["mentions"].remove(pm)
            renamed[pm["text"]] = unit + pm["text"]
            pm["start"] -= len(unit)
            pm["text"] = text[pm["start"] : pm["end"]]
            target = _position_entity(rec, pm["text"])
            target["mentions"] = sorted([*target["mentions"], pm], key=lambda x: x["start"])
        org["mentions"] = [m for m in org["mentions"] if m["end"] > m["start"]]
        base = org["name"][: -len(unit)]
        same = next((e for e in rec["entities"] if e["type"] == "ORG" and e["name"] == base and e is not org), None)
        for r in rec["relations"]:
            if r["type"] == "HOLDS_POSITION" and r["tail"] == org["id"] and r.get("position") in renamed:
                r["position"] = renamed[r["position"]]
        if same is not None:
            same["mentions"] = sorted(same["mentions"] + org["mentions"], key=lambda x: x["start"])
            _redirect(rec, org["id"], same["id"])
            rec["entities"].remove(org)
            changes.append(f"{org['name']} -> {base} (joined {same['id']}); titles {sorted(set(renamed.values()))}")
        else:
            org["name"] = base
            org["kind"] = org_kind(base)
            changes.append(f"{org['name']}{unit} -> {base} (renamed, kind {org['kind']}); titles {sorted(set(renamed.values()))}")
    for e in [e for e in rec["entities"] if e["type"] == "POSITION" and not e["mentions"]]:
        rec["entities"].remove(e)
    seen, relations = set(), []
    for r in rec["relations"]:
        key = json.dumps(r, sort_keys=True, ensure_ascii=False)
        if key not in seen:
            seen.add(key)
            relations.append(r)
    rec["relations"] = relations
    return changes


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or sorted((ROOT / "data" / "annotated").glob("*.json"))
    for path in files:
        rec = json.loads(path.read_text(encoding="utf-8"))
        changes = migrate(rec)
        if changes:
            path.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            for c in changes:
                print(f"{path.stem}: {c}")


if __name__ == "__main__":
    main(sys.argv[1:])
