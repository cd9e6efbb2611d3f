"""Peak memory and time of `unionie extract` on one very long article.

Writes articles of 1, 2 and 5 MB (a title, then one fact-dense paragraph of ours repeated: an
organisation, a person with a title, three numeric facts per line) to a temporary folder and runs
the command line on each in a fresh process, as a user would: `unionie extract FILE --no-text`.
Reports the child's peak resident memory (from wait4) and wall time, with the article of
data/raw with most characters as a peer in the same run.
Usage: python benchmarks/memory.py [--sizes 1,2,5]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import UNIONIE_CLI, header, write_section  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
LINE = "苏州市总工会主席王明带队慰问困难职工三百余户，发放慰问金120万元。全市各级工会组织开展送温暖活动，覆盖职工2.3万人次。\n"


def run_once(path: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one `unionie extract` process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([*UNIONIE_CLI, "extract", str(path), "--no-text"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"unionie extract failed on {path}: {proc.stderr.read().decode()[-500:]}")
    return secs, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,2,5", help="article sizes in MB, comma-separated")
    args = ap.parse_args()
    sizes = [float(x) for x in args.sizes.split(",") if x.strip()]
    peer = max((ROOT / "data" / "raw").glob("*.txt"), key=lambda p: len(p.read_text(encoding="utf-8")))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        secs, mb = run_once(peer)
        rows.append((f"{peer.name} (longest article of data/raw)", peer.stat().st_size, secs, mb))
        for size in sizes:
            path = Path(tmp) / f"long-{size:g}mb.txt"
            line_bytes = len(LINE.encode("utf-8"))
            path.write_text("标题\n" + LINE * int(size * 1_000_000 / line_bytes), encoding="utf-8")
            secs, mb = run_once(path)
            rows.append((f"one article of {size:g} MB", path.stat().st_size, secs, mb))
            print(f"{rows[-1][0]}: {secs:.1f} s, {mb:.0f} MB", file=sys.stderr)
    lines = header("Memory on very long articles (benchmarks/memory.py)",
                   f"python benchmarks/memory.py --sizes {args.sizes}")
    lines += ["Each row is a fresh `unionie extract FILE --no-text` process (default NER backend).", "",
              "| input | bytes | seconds | peak memory, MB |", "| --- | ---: | ---: | ---: |"]
    lines += [f"| {name} | {n:,} | {s:.1f} | {m:.0f} |" for name, n, s, m in rows]
    print("\n".join(lines))
    write_section("memory", lines)


if __name__ == "__main__":
    main()
