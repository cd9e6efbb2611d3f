"""The architecture's promises: one analysis stage, recognizers in one registry with their
candidates kept, a named overlap policy, typed sources, training apart from the runtime."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from unionie.core.document import Mention
from unionie.core.types import Source
from unionie.entities.overlap import resolve_overlaps
from unionie.entities.registry import Rule, run_order

SRC = Path(__file__).resolve().parents[1] / "src" / "unionie"
TEXT = "六盘水市总工会党组书记、主席刘静到盘州市调研。\n市总工会发展会员12500余名。"


def test_runtime_never_imports_training():
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).parts
        if rel[0] == "training" or path.name == "cli.py":
            continue  # the CLI's `train` command imports training lazily
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and "training" in node.module:
                pytest.fail(f"{path.relative_to(SRC)} imports {node.module}")


def test_no_repository_relative_paths_in_library_code():
    for path in SRC.rglob("*.py"):
        src = path.read_text(encoding="utf-8")
        assert "parents[2]" not in src and "parents[3]" not in src, path


def test_analysis_runs_once_and_backends_only_read_it(pipeline):
    from unionie.text.reader import make_document

    doc = make_document(TEXT)
    pipeline.stages[0](doc)  # the analysis stage
    assert doc.sentences and doc.tokens and doc.lac_words
    words = list(doc.lac_words)
    pipeline.stages[1](doc)  # entities: recognizers read the layers, never redo them
    assert list(doc.lac_words) == words


def test_candidates_are_kept_per_recognizer(pipeline):
    from unionie.text.reader import make_document

    doc = pipeline.run(make_document(TEXT))
    names = [r.name for r in pipeline.stages[1].recognizers]
    assert set(names) <= set(doc.spans)
    assert any(m.text == "刘静" for m in doc.spans["model"])
    assert any(m.text == "盘州市" for m in doc.spans["gazetteer"])


def test_run_order_follows_needs_and_reports_cycles():
    a = Rule("a", ("ORG",), lambda d: [], needs=("b",))
    b = Rule("b", ("PLACE",), lambda d: [])
    assert [x.name for x in run_order([a, b])] == ["b", "a"]
    with pytest.raises(ValueError, match="unmet"):
        run_order([Rule("c", ("ORG",), lambda d: [], needs=("missing",))])


def test_overlap_policy_and_unknown_sources():
    quoted = Mention(0, 4, "INITIATIVE", "温暖帮扶", Source.QUOTED)
    longer = Mention(0, 6, "ORG", "温暖帮扶超市", Source.NEURAL)
    assert resolve_overlaps([longer, quoted]) == [quoted]  # tier 3 beats a longer span
    rule = Mention(0, 3, "PLACE", "六盘水", Source.GAZETTEER)
    model = Mention(0, 3, "ORG", "六盘水", Source.NEURAL)
    assert resolve_overlaps([model, rule]) == [rule]  # same length: the higher tier
    with pytest.raises(ValueError):
        resolve_overlaps([Mention(0, 2, "ORG", "xx", "rule:unknown")])


def test_errors_name_the_recognizer_that_proposed_and_won(tmp_path):
    import json
    import subprocess
    import sys

    gold = json.loads((SRC.parents[1] / "data" / "annotated" / "a01-quanzong-dagongjiang.json")
                      .read_text(encoding="utf-8"))
    gold["entities"].append({"id": "EX", "type": "ORG", "name": "全总发布",
                             "mentions": [{"start": 0, "end": 4, "text": gold["text"][0:4]}]})
    (tmp_path / "a01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "unionie.cli", "evaluate", str(tmp_path), "--errors",
                           "--json"], capture_output=True, text=True, timeout=120)
    errs = [e for e in json.loads(proc.stdout)["errors"] if e["layer"] == "mention"]
    assert errs and all("proposed_by" in e for e in errs)
    fn = next(e for e in errs if e["span"] == [0, 4])
    assert fn["proposed_by"] == [] and "won_by" in fn


def test_no_long_function_without_a_stated_reason():
    """Functions over 60 lines say why in their docstring ("Long by design: …")."""
    long = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                if node.end_lineno - node.lineno + 1 > 60 and "Long by design" not in (ast.get_docstring(node) or ""):
                    long.append(f"{path.relative_to(SRC)}:{node.name}")
    assert not long, long


def test_training_code_is_apart_and_torch_is_imported_only_by_the_neural_trainer():
    for path in (SRC / "training").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {a.name.split(".")[0] for n in tree.body if isinstance(n, ast.Import) for a in n.names}
        top |= {n.module.split(".")[0] for n in tree.body if isinstance(n, ast.ImportFrom) and n.module}
        if "torch" in top:
            assert path.name in {"head.py", "neural.py"}, path


def test_lac_words_are_decoded_where_read_and_read_the_same_either_way(pipeline, monkeypatch):
    """LAC's Viterbi waits until a recognizer reads near a piece; a document read that way gets
    the same record as one decoded whole, and most pieces of a long article are never decoded."""
    from unionie.core.document import WordLayer
    from unionie.pipeline import to_record
    from unionie.text import analysis
    from unionie.text.reader import make_document

    article = TEXT + "\n" + "\n".join(
        f"{place}县总工会今年为{n}名困难职工发放慰问金，走访企业{n // 10}家。活动现场气氛热烈，大家纷纷点赞。"
        for place, n in [("宁远", 320), ("道县", 180), ("江华", 245), ("蓝山", 96)])

    def run():
        doc = make_document(article)
        for stage in pipeline.stages:
            doc = stage(doc)
        return doc

    lazy = run()
    decoded, pieces = lazy.lac_words.decoded_pieces()
    assert 0 < decoded < pieces
    monkeypatch.setattr(analysis, "LAZY_MAX_CHARS", 0)  # decode every piece at once
    eager = run()
    assert eager.lac_words.decoded_pieces() == (pieces, pieces)
    assert list(lazy.lac_words) == list(eager.lac_words)
    assert to_record(lazy, pipeline.producer).model_dump() == to_record(eager, pipeline.producer).model_dump()

    layer = WordLayer([(0, 2, "n"), (2, 4, "v"), (6, 8, "n")])  # a gap at 4..6, as between pieces
    assert layer.starting_at(2) == (2, 4, "v") and layer.starting_at(3) is None
    assert layer.ending_at(4) == (2, 4, "v") and layer.ending_at(5) is None
    assert layer.between(1, 7) == [(2, 4, "v"), (6, 8, "n")]
    assert list(layer.before(6)) == [(2, 4, "v"), (0, 2, "n")]
    assert [w[0] for w in layer.after(3)] == [6]
