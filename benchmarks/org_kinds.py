"""ORG kinds: agreement of ``unionie.normalize.orgs.org_kind`` with the gold ``kind``.

For every gold record (data/annotated, and ../shared/real-news/gold-v2, read from there, never
copied here) each ORG entity's canonical ``name`` is classified and compared with its gold
``kind``. Reported: agreement per corpus and overall (entities, not distinct names), and with
``--errors`` the disagreements (document, name, gold kind, ours).
Usage: python benchmarks/org_kinds.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from unionie.normalize.orgs import org_kind  # noqa: E402

CORPORA = {
    "annotated": ROOT / "data" / "annotated",
    "real-news": ROOT.parent / "shared" / "real-news" / "gold-v2",
}


def load_items(folder: Path) -> list[tuple[str, str, str]]:
    """(document, name, gold kind) for every ORG entity with a kind in the folder's records."""
    items = []
    for path in sorted(folder.glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        for ent in rec.get("entities", []):
            if ent.get("type") == "ORG" and ent.get("kind") and ent.get("name"):
                items.append((path.stem, ent["name"], ent["kind"]))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the disagreements")
    args = parser.parse_args(argv)

    total = agree_total = 0
    for corpus, folder in CORPORA.items():
        if not folder.is_dir():
            print(f"{corpus:10s} (not present: {folder})")
            continue
        items = load_items(folder)
        errors = [(doc, name, gold, org_kind(name)) for doc, name, gold in items
                  if org_kind(name) != gold]
        agree = len(items) - len(errors)
        total += len(items)
        agree_total += agree
        share = agree / len(items) if items else 0.0
        print(f"{corpus:10s} {agree:4d}/{len(items):4d} = {share:.3f}")
        if args.errors and errors:
            pairs = Counter((gold, ours) for _, _, gold, ours in errors)
            print("  confusions (gold -> ours): "
                  + ", ".join(f"{g}->{o} {n}" for (g, o), n in pairs.most_common()))
            for doc, name, gold, ours in errors:
                print(f"  {doc:28s} {name}  gold={gold} ours={ours}")
    if total:
        print(f"{'overall':10s} {agree_total:4d}/{total:4d} = {agree_total / total:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
