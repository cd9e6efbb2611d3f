"""Synthetic name lists for training (unionie.training.augment)."""

from __future__ import annotations

import random

from unionie.training.augment import collect_names, name_list_sentences


def _example(text: str, *named: tuple[str, str]) -> tuple[str, list[tuple[int, int, str]]]:
    spans = []
    for name, kind in named:
        start = text.index(name, spans[-1][1] if spans else 0)
        spans.append((start, start + len(name), kind))
    return text, spans


EXAMPLES = [
    _example("市总工会主席王建国会见了李梅。", ("市总工会", "ORG"), ("王建国", "PERSON"), ("李梅", "PERSON")),
    _example("浙江省总工会副主席欧阳春晓到宁波调研。", ("浙江省总工会", "ORG"), ("欧阳春晓", "PERSON"),
             ("宁波", "PLACE")),
    _example("张伟、刘芳芳和赵强获得表彰。", ("张伟", "PERSON"), ("刘芳芳", "PERSON"), ("赵强", "PERSON")),
]


def test_collect_names_reads_spans_of_one_type():
    assert collect_names(EXAMPLES, "PERSON") == sorted(["王建国", "李梅", "欧阳春晓", "张伟", "刘芳芳", "赵强"])
    assert collect_names(EXAMPLES, "ORG", 3, 20) == ["市总工会", "浙江省总工会"]


def test_lists_run_names_together_and_keep_every_span():
    names = set(collect_names(EXAMPLES, "PERSON"))
    out = name_list_sentences(EXAMPLES, 200, random.Random(3))
    assert len(out) == 200
    run_together = 0
    for text, spans in out:
        assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
        people = [(s, e) for s, e, t in spans if t == "PERSON"]
        assert len(people) >= 4
        assert all(text[s:e] in names for s, e in people)  # only names from the examples
        assert all(text[s:e] in {"市总工会", "浙江省总工会"} for s, e, t in spans if t == "ORG")
        run_together += sum(1 for a, b in zip(people, people[1:], strict=False) if a[1] == b[0])
    assert run_together > 1000  # most neighbouring names have nothing between them


def test_same_seed_same_lists():
    a = name_list_sentences(EXAMPLES, 20, random.Random(7))
    b = name_list_sentences(EXAMPLES, 20, random.Random(7))
    assert a == b and a != name_list_sentences(EXAMPLES, 20, random.Random(8))
    assert name_list_sentences([("没有人名。", [])], 5, random.Random(1)) == []
