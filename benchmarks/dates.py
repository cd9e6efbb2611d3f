"""DATE values: agreement of ``unionie.normalize.dates.DateResolver`` with the gold ``normalized``.

For every gold record (data/annotated by split, and ../shared/real-news/gold-v2, read from there,
never copied here) the DATE entities are taken in text order (by first mention); the resolver sees
``meta.published``, the article text and each entity's first mention, and its (start, end) is
compared with the gold ``normalized``. Reported: agreement over all gold DATE entities (null ==
null counts as agreement) and among the gold non-null ones, plus the time per item.
Usage: python benchmarks/dates.py [--errors] [--jionlp]
(--jionlp: also score jionlp's ``parse_time`` on the same items, with ``time_base`` the published
date and no article context; jionlp is not a dependency of unionie, so run this with a Python
where it is installed, e.g. ``PYTHONPATH=src /tmp/venv/bin/python benchmarks/dates.py --jionlp``)
"""

from __future__ import annotations

import argparse
import calendar
import json
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from unionie.normalize.dates import DateResolver  # noqa: E402

ANNOTATED = ROOT / "data" / "annotated"
SPLITS = ROOT / "data" / "splits.json"
REAL = ROOT.parent / "shared" / "real-news" / "gold-v2"

Value = tuple[str, str] | None


def load_articles(paths: list[Path]) -> list[dict]:
    """Per article: doc id, published, text and its DATE items (first mention, gold) in text order."""
    out = []
    for path in paths:
        rec = json.loads(path.read_text(encoding="utf-8"))
        dates = [e for e in rec.get("entities", []) if e.get("type") == "DATE" and e.get("mentions")]
        dates.sort(key=lambda e: min(m["start"] for m in e["mentions"]))
        items = []
        for e in dates:
            first = min(e["mentions"], key=lambda m: m["start"])
            n = e.get("normalized")
            items.append((first["text"], (n["start"], n["end"]) if n else None))
        out.append({"doc": path.stem, "published": (rec.get("meta") or {}).get("published"),
                    "text": rec.get("text", ""), "items": items})
    return out


def ours(article: dict) -> list[Value]:
    resolver = DateResolver(article["published"], text=article["text"])
    return [resolver.resolve(surface) for surface, _ in article["items"]]


def _jionlp_value(span: list[str]) -> Value:
    """A jionlp span ['2024-02-01 00:00:00', '2024-02-29 23:59:59'] at the precision it covers."""
    a, b = span[0][:10], span[1][:10]
    if not (a[:4].isdigit() and b[:4].isdigit()):
        return None
    ya, ma, da = (int(x) for x in a.split("-"))
    yb, mb, db = (int(x) for x in b.split("-"))
    if (ma, da) == (1, 1) and (mb, db) == (12, 31):
        return a[:4], b[:4]
    if da == 1 and db == calendar.monthrange(yb, mb)[1]:
        return a[:7], b[:7]
    return a, b


def make_jionlp() -> Callable[[dict], list[Value]]:
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
        import jionlp as jio

    def run(article: dict) -> list[Value]:
        pub = article["published"]
        if not pub:
            return [None] * len(article["items"])
        moment = datetime.fromisoformat(pub if len(pub) > 10 else pub + "T12:00")
        base = time.mktime(moment.timetuple())
        out: list[Value] = []
        for surface, _ in article["items"]:
            try:
                r = jio.parse_time(surface, time_base=base)
                out.append(_jionlp_value(r["time"]) if isinstance(r["time"], list) else None)
            except Exception:  # jionlp raises on what it cannot parse
                out.append(None)
        return out

    return run


def score(articles: list[dict], system: Callable[[dict], list[Value]]) -> dict:
    n = agree = nonnull = nonnull_agree = 0
    errors: list[tuple[str, str, str | None, Value, Value]] = []
    t0 = time.perf_counter()
    for art in articles:
        got = system(art)
        for (surface, gold), value in zip(art["items"], got, strict=True):
            n += 1
            ok = value == gold
            agree += ok
            if gold is not None:
                nonnull += 1
                nonnull_agree += ok
            if not ok:
                errors.append((art["doc"], surface, art["published"], gold, value))
    elapsed = time.perf_counter() - t0
    return {"n": n, "agree": agree, "nonnull": nonnull, "nonnull_agree": nonnull_agree,
            "us_per_item": 1e6 * elapsed / max(n, 1), "errors": errors}


def _row(name: str, s: dict) -> str:
    all_share = s["agree"] / s["n"] if s["n"] else 0.0
    nn_share = s["nonnull_agree"] / s["nonnull"] if s["nonnull"] else 0.0
    return (f"| {name} | {s['n']} | {all_share:.3f} | {s['nonnull']} | {nn_share:.3f} "
            f"| {s['us_per_item']:.0f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list the disagreements")
    ap.add_argument("--jionlp", action="store_true", help="also score jionlp.parse_time")
    args = ap.parse_args()

    sets: list[tuple[str, list[Path]]] = []
    if ANNOTATED.is_dir():
        paths = sorted(ANNOTATED.glob("*.json"))
        splits = json.loads(SPLITS.read_text(encoding="utf-8")) if SPLITS.exists() else {}
        for name, ids in splits.items():
            if name.startswith("_"):
                continue
            chosen = [p for p in paths if p.stem in set(ids)]
            if chosen:
                sets.append((f"annotated {name}", chosen))
        sets.append(("annotated all", paths))
    if REAL.is_dir():
        sets.append(("real-news gold-v2", sorted(REAL.glob("*.json"))))
    if not sets:
        sys.exit("no gold files found")

    systems: list[tuple[str, Callable[[dict], list[Value]]]] = [("unionie", ours)]
    if args.jionlp:
        systems.append(("jionlp", make_jionlp()))
    for sys_name, system in systems:
        print(f"\n## {sys_name}\n")
        print("| set | DATE entities | agreement | gold non-null | agreement (non-null) | µs/item |")
        print("|---|---|---|---|---|---|")
        all_errors = []
        for set_name, paths in sets:
            s = score(load_articles(paths), system)
            print(_row(set_name, s))
            if set_name in ("annotated all", "real-news gold-v2"):
                all_errors += s["errors"]
        if args.errors:
            print(f"\n### disagreements ({sys_name}): doc | surface | published | gold | got\n")
            for doc, surface, pub, gold, value in all_errors:
                print(f"- {doc} | {surface} | {pub} | {gold} | {value}")


if __name__ == "__main__":
    main()
