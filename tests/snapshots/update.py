"""Rewrite the record snapshots that tests/test_snapshots.py compares against.

Run it deliberately, when a change is meant to alter records, and commit the new snapshots with
that change:  python tests/snapshots/update.py
Snapshots: records/<stem>.json for every article of data/raw that the annotated splits use (the
files named in data/splits.json) and for the reference article when ../shared is present. The
article text is left out (it is in data/raw); everything else is kept, provenance included.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = ROOT.parent / "shared" / "examples" / "seed-liupanshui.txt"


def snapshot_inputs() -> list[Path]:
    splits = json.loads((ROOT / "data" / "splits.json").read_text(encoding="utf-8"))
    stems = sorted({s for k, v in splits.items() if not k.startswith("_") for s in v})
    paths = [ROOT / "data" / "raw" / f"{s}.txt" for s in stems]
    return paths + ([SEED] if SEED.exists() else [])


def render(record) -> str:
    data = json.loads(record.to_json(with_text=False))
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    from unionie.pipeline import Pipeline

    pipe = Pipeline()
    out = HERE / "records"
    out.mkdir(exist_ok=True)
    for path in snapshot_inputs():
        record, _ = pipe.extract_file(path)
        (out / f"{path.stem}.json").write_text(render(record), encoding="utf-8")
    print(f"{len(snapshot_inputs())} snapshots written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
