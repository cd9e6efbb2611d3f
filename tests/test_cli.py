"""The CLI as a user runs it: exit codes, one-line errors, stdout that is pure JSON."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = "苏州市总工会开展送温暖活动\n\n苏州市总工会主席王明带队慰问困难职工三百余户，发放慰问金120万元。\n"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "unionie.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=600)


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(ARTICLE.replace("苏州", "杭州").encode("gb18030"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.dat").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "en.txt").write_text("no chinese here", encoding="utf-8")
    return tmp_path


def test_single_file_is_one_json_record(files):
    r = run("extract", files / "a.txt")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["doc_id"] == "a" and rec["text"] == ARTICLE
    assert any(e["name"] == "苏州市总工会" for e in rec["entities"])


def test_several_files_are_json_lines_and_failures_are_reported(files):
    r = run("extract", files / "a.txt", files / "missing.txt", files / "b.txt", files / "empty.txt",
            files / "bin.dat", files / "en.txt", files, "-q")
    assert r.returncode == 1
    lines = r.stdout.strip().splitlines()
    assert [json.loads(x)["doc_id"] for x in lines] == ["a", "b"]
    err = r.stderr
    assert "missing.txt: no such file" in err
    assert "empty.txt: empty file" in err
    assert "bin.dat: binary file" in err
    assert "en.txt: no Chinese text" in err
    assert "is a directory" in err
    assert "b.txt: decoded as GB18030" in err
    assert "Traceback" not in err


def test_output_dir_doc_id_and_no_text(files, tmp_path):
    out = tmp_path / "out"
    r = run("extract", files / "a.txt", "-o", out, "--doc-id", "X1", "--no-text")
    assert r.returncode == 0, r.stderr
    rec = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert rec["doc_id"] == "X1" and "text" not in rec


def test_usage_errors_exit_2(files):
    assert run("extract", files / "a.txt", files / "b.txt", "--doc-id", "x").returncode == 2
    assert run("extract").returncode == 2
    assert run("evaluate", files / "nope").returncode == 2
    assert run("extract", files / "a.txt", "--ner", "nonsense").returncode == 2


def test_hanlp_backend_fails_with_one_line(files):
    r = run("extract", files / "a.txt", "--ner", "hanlp")
    assert r.returncode == 1
    assert "hanlp" in r.stderr and "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_schema_command_prints_json_schema():
    r = run("schema")
    assert r.returncode == 0 and json.loads(r.stdout)["title"] == "Record"


def test_evaluate_runs_pipeline_on_gold_text(files, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    r = run("extract", files / "a.txt", "-o", gold)
    assert r.returncode == 0
    r = run("evaluate", gold, "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["documents"] == 1 and d["mentions_strict"]["core_micro"]["f1"] == 1.0


def test_large_file_works(tmp_path):
    para = "　　六盘水市总工会新建工会221个，发展会员12500余名，投入帮扶资金2000多万元。\n"
    big = tmp_path / "big.txt"
    big.write_text("标题\n" + para * (1024 * 1024 // len(para.encode())), encoding="utf-8")
    r = run("extract", big, "--no-text")
    assert r.returncode == 0, r.stderr[-500:]
    assert len(json.loads(r.stdout)["facts"]) > 1000


def test_stdout_is_pure_json_for_library_banner_free(files):
    r = run("extract", files / "a.txt", "--pretty")
    json.loads(r.stdout)
    assert Path(files / "a.txt").exists()


def test_train_needs_an_existing_config(tmp_path):
    r = run("train", tmp_path / "nope.json")
    assert r.returncode == 2 and "no such config" in r.stderr


def test_train_rejects_a_bad_config(tmp_path):
    (tmp_path / "bad.json").write_text("[1, 2]", encoding="utf-8")
    r = run("train", tmp_path / "bad.json")
    assert r.returncode == 2 and "not a JSON object" in r.stderr and "Traceback" not in r.stderr
    (tmp_path / "odd.json").write_text('{"model": "svm"}', encoding="utf-8")
    r = run("train", tmp_path / "odd.json")
    assert r.returncode == 2 and "unknown model 'svm'" in r.stderr


def test_train_neural_without_torch_says_how_to_get_it(tmp_path):
    """The default install has no PyTorch; training the neural head must say so in one line."""
    cfg = Path(__file__).resolve().parents[1] / "configs" / "ner-head.json"
    code = ("import sys; sys.modules['torch'] = None; from unionie.cli import app; "
            f"app([\"train\", {str(cfg)!r}])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "needs PyTorch" in r.stderr and "[train]" in r.stderr and "Traceback" not in r.stderr


def test_python_dash_m_unionie_is_the_same_command(files):
    r = subprocess.run([sys.executable, "-m", "unionie", "extract", str(files / "a.txt")], capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["meta"]["title"] == "苏州市总工会开展送温暖活动"
    usage = subprocess.run([sys.executable, "-m", "unionie", "--help"], capture_output=True, text=True, timeout=600)
    assert usage.returncode == 0 and "unionie" in usage.stdout and "extract" in usage.stdout


def test_a_web_address_is_refused_with_a_hint(tmp_path):
    from typer.testing import CliRunner

    from unionie.cli import app

    result = CliRunner().invoke(app, ["extract", "https://example.com/news/1.html"])
    assert result.exit_code == 1 and "a web address, not a file" in result.output
    result = CliRunner().invoke(app, ["batch", "https://example.com/news/", "-o", str(tmp_path / "out")])
    assert result.exit_code != 0 and "a web address" in result.output
