"""Shared helpers for the benchmark scripts: the annotated set's splits, the results header and
RESULTS.md assembly."""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS_DIR = HERE / "results"
UNIONIE_CLI = [sys.executable, "-m", "unionie.cli"]  # the command line, run by this interpreter
DATA = HERE.parent / "data"
# splits that name several of data/splits.json's splits together
SPLIT_GROUPS = {"all": ("dev", "test", "test2", "test3", "test4"),
                "heldout": ("test", "test2", "test3")}
# real published articles with gold records, read from ../shared (never copied here)
REAL_NEWS = HERE.parent.parent / "shared" / "real-news" / "gold-v2"  # schema 2: same spans as gold/, plus normalised values


def split_ids(name: str) -> list[str]:
    """Article ids of a split of data/splits.json, or of a group in SPLIT_GROUPS."""
    splits = json.loads((DATA / "splits.json").read_text(encoding="utf-8"))
    return [i for k in SPLIT_GROUPS.get(name, (name,)) for i in splits[k]]


def load_split(name: str):
    """The gold records of a split: ``real`` is ../shared/real-news, the rest data/annotated."""
    if name == "real":
        from unionie.record import Record

        if not REAL_NEWS.is_dir():
            raise SystemExit(f"split 'real' needs {REAL_NEWS} (../shared beside the repository)")
        return [Record.model_validate_json(p.read_text(encoding="utf-8"))
                for p in sorted(REAL_NEWS.glob("*.json"))]
    return load_golds(split_ids(name))


def load_golds(ids: list[str]):
    """The gold records of data/annotated for ``ids``, in that order."""
    from unionie.record import Record

    return [Record.model_validate_json((DATA / "annotated" / f"{i}.json").read_text(encoding="utf-8"))
            for i in ids]


def header(title: str, command: str) -> list[str]:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                cwd=HERE, timeout=10).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        commit = "unknown"
    return [f"## {title}", "",
            f"- date: {_dt.datetime.now().isoformat(timespec='seconds')}",
            f"- machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
            f"- commit: {commit}", f"- command: `{command}`", ""]


def write_section(name: str, lines: list[str]) -> None:
    """Write results/<name>.md and rebuild RESULTS.md from every section."""
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / f"{name}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    parts = ["# Benchmark results", "",
             "Rewritten by the scripts in benchmarks/ (each writes results/<name>.md; this file joins them).", ""]
    for p in sorted(RESULTS_DIR.glob("*.md")):
        parts.append(p.read_text(encoding="utf-8"))
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")
