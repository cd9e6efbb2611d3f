"""``unionie batch``: outputs that do not depend on workers or engine, resume after SIGKILL, errors,
JSON Lines / CSV / Parquet inputs, tables, usage errors, timeouts and dying workers."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")
pytest.importorskip("tqdm")

from unionie.batch import tables, worker  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
N_GOOD = 8
OUTPUTS = ["records.jsonl", "errors.jsonl", "warnings.jsonl", *(f"{t}.csv" for t in tables.TABLES)]


def batch(*args, env=None):
    return subprocess.run([sys.executable, "-m", "unionie.cli", "batch", *map(str, args)], capture_output=True,
                          text=True, timeout=300, env=env)


def assert_same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    for t in tables.TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(a / f"{t}.parquet"), pd.read_parquet(b / f"{t}.parquet"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """The 8 shortest articles of data/raw in a nested folder, plus one binary file."""
    d = tmp_path_factory.mktemp("in")
    shortest = sorted(RAW.glob("*.txt"), key=lambda p: p.stat().st_size)[:N_GOOD]
    for i, p in enumerate(shortest):
        sub = d / ("sub" if i % 2 else "")
        sub.mkdir(exist_ok=True)
        shutil.copy(p, sub / p.name)
    (d / "broken.txt").write_bytes(bytes(range(256)) * 4)
    return d


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> Path:
    """An uninterrupted one-worker run over ``inputs``."""
    out = tmp_path_factory.mktemp("ref") / "out"
    r = batch(inputs, "-o", out, "--workers", "1")
    assert r.returncode == 1, r.stderr  # the binary file fails; the rest is written
    assert r.stdout == ""
    assert f"{N_GOOD} done, 0 skipped (already done), 1 failed" in r.stderr
    assert "Traceback" not in r.stderr
    return out


def test_outputs_records_errors_and_tables(reference, inputs):
    recs = [json.loads(x) for x in (reference / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) == N_GOOD and len({r["doc_id"] for r in recs}) == N_GOOD
    assert all(r["text"] for r in recs)
    errors = [json.loads(x) for x in (reference / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == [{"id": "broken", "source": str(inputs / "broken.txt"),
                       "reason": "input error: binary file (contains NUL bytes), not text"}]
    ents = pd.read_parquet(reference / "entities.parquet")
    assert len(ents) == sum(len(r["entities"]) for r in recs)
    assert {"doc_id", "id", "type", "name", "n_mentions", "normalized.province"} <= set(ents.columns)
    assert ents.loc[ents["type"] == "PLACE", "normalized.province"].notna().any()
    facts = pd.read_csv(reference / "facts.csv")
    assert len(facts) == sum(len(r["facts"]) for r in recs)
    assert {"value", "unit", "subject", "subject_name", "subject_type"} <= set(facts.columns)
    mentions = pd.read_parquet(reference / "mentions.parquet")
    assert len(mentions) == sum(len(e["mentions"]) for r in recs for e in r["entities"])
    rels = pd.read_parquet(reference / "relations.parquet")
    assert len(rels) == sum(len(r["relations"]) for r in recs)
    docs = pd.read_csv(reference / "documents.csv")
    assert list(docs["doc_id"]) == [r["doc_id"] for r in recs]


def test_two_workers_give_identical_outputs(reference, inputs, tmp_path):
    r = batch(inputs, "-o", tmp_path / "out", "--workers", "2", "-q")
    assert r.returncode == 1 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1  # -q: no progress bar, only the summary
    assert_same_outputs(reference, tmp_path / "out")


def test_rerun_skips_what_is_done(reference, inputs, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    r = batch(inputs, "-o", out, "-q")
    assert r.returncode == 1
    assert f"0 done, {N_GOOD} skipped (already done), 1 failed" in r.stderr  # failures are retried
    assert_same_outputs(reference, out)
    r = batch(inputs, "-o", out, "-q", "--no-text")
    assert r.returncode == 2 and "other options" in r.stderr


def test_killed_run_resumes_without_loss_or_duplicates(reference, inputs, tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "unionie.cli", "batch", str(inputs), "-o", str(out), "--workers", "1", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and len(list((out / "parts").glob("r*.jsonl"))) < 3:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    parts = [json.loads(x) for p in (out / "parts").glob("r*.jsonl") for x in p.read_text(encoding="utf-8").splitlines()]
    ok_before = sum(p["status"] == "ok" for p in parts)
    assert 2 <= ok_before < N_GOOD, "the run should be killed part-way"
    assert not (out / "records.jsonl").exists()
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, r.stderr
    m = re.search(r"batch: (\d+) done, (\d+) skipped \(already done\), 1 failed", r.stderr)
    done, skipped = int(m.group(1)), int(m.group(2))
    assert skipped == ok_before and done + skipped == N_GOOD
    assert_same_outputs(reference, out)


def test_dask_engine_on_a_local_cluster_matches_local(reference, inputs, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        r = batch(inputs, "-o", tmp_path / "out", "--engine", "dask", "--scheduler",
                  cluster.scheduler_address, "-q")
    assert r.returncode == 1, r.stderr
    assert f"{N_GOOD} done" in r.stderr
    assert_same_outputs(reference, tmp_path / "out")


def test_dying_worker_loses_only_its_document(reference, inputs, tmp_path):
    victim = json.loads((reference / "records.jsonl").read_text(encoding="utf-8").splitlines()[3])["doc_id"]
    env = {**os.environ, worker.CRASH_HOOK: victim}
    r = batch(inputs, "-o", tmp_path / "out", "--workers", "2", "-q", env=env)
    assert r.returncode == 1, r.stderr
    assert f"{N_GOOD - 1} done, 0 skipped (already done), 2 failed" in r.stderr
    errors = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["id"] for e in errors} == {"broken", victim}
    assert "worker process died" in next(e["reason"] for e in errors if e["id"] == victim)
    ref = [x for x in (reference / "records.jsonl").read_text(encoding="utf-8").splitlines()
           if json.loads(x)["doc_id"] != victim]
    assert (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines() == ref


def test_jsonl_csv_and_parquet_inputs(reference, tmp_path):
    recs = [json.loads(x) for x in (reference / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    a, b = recs[0], recs[1]
    jl = tmp_path / "news.jsonl"
    jl.write_text("\n".join([json.dumps({"id": "j1", "body": a["text"]}, ensure_ascii=False), "",
                             "{not json", json.dumps({"id": "j3", "title": "no body"}),
                             json.dumps({"body": b["text"]}, ensure_ascii=False)]) + "\n", encoding="utf-8")
    pd.DataFrame({"id": ["c1", "c2"], "body": [b["text"], ""]}).to_csv(tmp_path / "news.csv", index=False)
    pd.DataFrame({"body": [a["text"]]}).to_parquet(tmp_path / "news.parquet")
    out = tmp_path / "out"
    r = batch(jl, tmp_path / "news.csv", tmp_path / "news.parquet", "-o", out, "--text-field", "body", "-q")
    assert r.returncode == 1, r.stderr
    got = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["doc_id"] for g in got] == ["j1", "news-5", "c1", "news-1"]
    assert got[0]["entities"] == a["entities"] and got[0]["facts"] == a["facts"]
    assert got[2]["relations"] == b["relations"]
    errors = {e["source"]: e for e in map(json.loads, (out / "errors.jsonl").read_text(encoding="utf-8").splitlines())}
    assert set(errors) == {f"{jl}:3", f"{jl}:4", f"{tmp_path / 'news.csv'}:2"}
    assert "not valid JSON" in errors[f"{jl}:3"]["reason"]
    assert "no text in field 'body'" in errors[f"{jl}:4"]["reason"]
    assert errors[f"{tmp_path / 'news.csv'}:2"] == {"id": "c2", "source": f"{tmp_path / 'news.csv'}:2",
                                                    "reason": "input error: empty text"}


def test_usage_errors_exit_2(inputs, tmp_path):
    (tmp_path / "file").write_text("x")
    pd.DataFrame({"content": ["工会"]}).to_csv(tmp_path / "t.csv", index=False)
    cases = [
        ([tmp_path / "missing.txt", "-o", tmp_path / "o1"], "no such file or folder"),
        ([str(tmp_path / "nothing*.txt"), "-o", tmp_path / "o2"], "matches nothing"),
        ([inputs, "-o", tmp_path / "file"], "not a folder"),
        ([inputs, "-o", tmp_path / "o3", "--workers", "0"], "--workers"),
        ([inputs, "-o", tmp_path / "o4", "--scheduler", "tcp://x:1"], "--engine dask"),
        ([tmp_path / "t.csv", "-o", tmp_path / "o5"], "no column 'text'"),
        ([inputs], "Missing option"),
    ]
    for args, message in cases:
        r = batch(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert message in r.stderr and "Traceback" not in r.stderr and r.stdout == ""


def test_missing_extra_is_one_line(monkeypatch):
    import importlib.util

    from typer.testing import CliRunner

    from unionie.batch import cli as batch_cli
    from unionie.cli import app

    real = importlib.util.find_spec
    monkeypatch.setattr(batch_cli.importlib.util, "find_spec", lambda name: None if name == "pyarrow" else real(name))
    r = CliRunner().invoke(app, ["batch", "x", "-o", "y"])
    assert r.exit_code == 1
    assert "needs the [batch] extra (pyarrow missing): pip install 'unionie[batch]'" in r.output
    monkeypatch.setattr(batch_cli.importlib.util, "find_spec", lambda name: None if name == "distributed" else real(name))
    assert "[dask] extra" in batch_cli.missing_extra("dask") and batch_cli.missing_extra("local") is None


class _SlowPipe:
    def extract(self, text, doc_id="doc", published=None):
        if text == "boom":
            raise KeyError("bug")
        end = time.perf_counter() + 5
        while time.perf_counter() < end:  # Python code, as the pipeline is (a sleep in C is not interrupted)
            sum(range(100))


@pytest.mark.parametrize("in_thread", [False, True])
def test_timeout_and_internal_error_are_reported(in_thread):
    results = {}

    def go():
        results["slow"] = worker.extract_one(_SlowPipe(), {"key": "k", "doc_id": "d", "text": "x"}, 0.2, True)
        results["bug"] = worker.extract_one(_SlowPipe(), {"key": "k", "doc_id": "d", "text": "boom"}, 0.2, True)

    t0 = time.perf_counter()
    if in_thread:  # Dask runs tasks in worker threads: the timeout is raised in the thread
        th = threading.Thread(target=go)
        th.start()
        th.join()
    else:
        go()
    assert time.perf_counter() - t0 < 3
    assert results["slow"]["status"] == "failed" and results["slow"]["reason"] == "timeout: still running after 0.2 s"
    assert results["bug"]["reason"] == "internal error: KeyError: 'bug'"


def test_flattening_is_generic():
    rec = {"doc_id": "d", "text": "abc", "meta": {"title": "t", "authors": ["x"]},
           "entities": [{"id": "E1", "type": "ORG", "name": "n", "kind": "union",
                         "mentions": [{"start": 0, "end": 1, "text": "a", "extra": 1}]}],
           "facts": [{"id": "F1", "value": 2.0, "unit": "元", "subject": "E1"}],
           "relations": [{"type": "RUNS", "head": "E1", "tail": "E1"}]}
    rows = tables.record_rows(rec)
    assert rows["entities"] == [{"doc_id": "d", "id": "E1", "type": "ORG", "name": "n", "kind": "union",
                                 "n_mentions": 1}]
    assert rows["mentions"][0]["extra"] == 1 and rows["mentions"][0]["entity_name"] == "n"
    assert rows["documents"][0]["meta.authors"] == '["x"]' and rows["documents"][0]["n_chars"] == 3
    assert rows["facts"][0]["subject_name"] == "n" and rows["relations"][0]["tail_type"] == "ORG"


def test_part_lines_keep_the_record_text_as_written_and_read_older_parts():
    """A part line carries the record last, as the worker serialised it; reading it back gives the
    fields and those exact bytes, even when an id or a warning spells the record key; a line in the
    older layout (record among the fields) is read whole; a cut line is refused."""
    from unionie.batch import store

    record = json.dumps({"doc_id": 'a, "record": b', "text": "市总工会慰问职工120户", "facts": []}, ensure_ascii=False)
    ok = {"key": "k1", "id": 'a, "record": b', "status": "ok", "reason": None,
          "warnings": ['dropped, "record": {"x": 1}'], "record": record}
    line = store.part_line(ok).encode("utf-8") + b"\n"
    head, rec = store.split_line(line)
    assert rec.decode("utf-8") == record and head == {k: v for k, v in ok.items() if k != "record"}
    failed = {"key": "k2", "id": "d", "status": "failed", "record": None, "reason": "timeout", "warnings": []}
    assert store.split_line(store.part_line(failed).encode("utf-8")) == ({k: v for k, v in failed.items()
                                                                          if k != "record"}, None)
    older = json.dumps({"key": "k1", "id": "d", "status": "ok", "record": json.loads(record), "reason": None,
                        "warnings": []}, ensure_ascii=False).encode("utf-8")
    head, rec = store.split_line(older)
    assert head["status"] == "ok" and "record" not in head and rec.decode("utf-8") == record
    with pytest.raises(ValueError):
        store.split_line(line[: len(line) // 2])

