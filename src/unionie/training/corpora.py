"""Training corpora: the public NER sets in ``../shared/datasets`` and our annotated union news.

Input: a corpus name (``msra_train``, ``cluener_dev``, ``resume_test``, ``weibo_train``,
``union_dev``…) and the folder of the public sets. Output: ``Example`` pairs (sentence text,
``[(start, end, TYPE)]`` spans with our entity types: PERSON, ORG, PLACE). Used by both trainers
and by ``benchmarks/ner_public.py``; nothing here trains.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from unionie.core.types import EntityType as T
from unionie.ner.crf import Span, bio_to_spans

Example = tuple[str, list[Span]]

DEFAULT_DATA_DIR = "../shared/datasets"  # relative to the current folder (the repository root)
MSRA_MAP = {"PER": T.PERSON, "ORG": T.ORG, "LOC": T.PLACE}
CLUENER_MAP = {
    "name": T.PERSON,
    "organization": T.ORG,
    "government": T.ORG,
    "company": T.ORG,
    "address": T.PLACE,
}
RESUME_MAP = {"NAME": T.PERSON, "ORG": T.ORG, "LOC": T.PLACE}
WEIBO_MAP = {"PER.NAM": T.PERSON, "ORG.NAM": T.ORG, "LOC.NAM": T.PLACE, "GPE.NAM": T.PLACE}


def _read_char_columns(path: Path, sep: str | None) -> list[tuple[list[str], list[str]]]:
    """Blank-line separated ``char<sep>tag`` files. An empty tag is read as ``O``."""
    sents: list[tuple[list[str], list[str]]] = []
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if chars:
                    sents.append((chars, tags))
                chars, tags = [], []
                continue
            if sep is None:
                parts = line.rsplit(" ", 1)
            else:
                parts = line.split(sep)
            ch = parts[0]
            tag = parts[1].strip() if len(parts) > 1 else ""
            chars.append(ch)
            tags.append(tag or "O")
    if chars:
        sents.append((chars, tags))
    return sents


def _tags_to_spans(tags: Sequence[str], mapping: dict[str, str]) -> list[Span]:
    """BIO or BMES tags -> spans of mapped types (unmapped types dropped)."""
    bio = []
    for t in tags:
        if t == "O" or "-" not in t:
            bio.append("O")
            continue
        prefix, typ = t.split("-", 1)
        prefix = {"S": "B", "M": "I", "E": "I"}.get(prefix, prefix)
        bio.append(prefix + "-" + typ)
    out = []
    for s, e, typ in bio_to_spans(bio):
        if typ in mapping:
            out.append((s, e, mapping[typ]))
    return out


def read_msra(path: Path) -> list[Example]:
    out = []
    for chars, tags in _read_char_columns(path, "\t"):
        out.append(("".join(chars), _tags_to_spans(tags, MSRA_MAP)))
    return out


def read_resume(path: Path) -> list[Example]:
    out = []
    for chars, tags in _read_char_columns(path, None):
        out.append(("".join(chars), _tags_to_spans(tags, RESUME_MAP)))
    return out


def read_weibo(path: Path) -> list[Example]:
    out = []
    for chars, tags in _read_char_columns(path, "\t"):
        # first column is the character followed by a word-position digit
        text = "".join(c[:-1] if len(c) > 1 and c[-1].isdigit() else c for c in chars)
        if len(text) != len(tags):
            continue
        out.append((text, _tags_to_spans(tags, WEIBO_MAP)))
    return out


def read_cluener(path: Path) -> list[Example]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"]
            spans = []
            for typ, ents in rec.get("label", {}).items():
                if typ not in CLUENER_MAP:
                    continue
                for _ent, positions in ents.items():
                    for s, e in positions:
                        spans.append((s, e + 1, CLUENER_MAP[typ]))  # inclusive end -> exclusive
            # drop spans overlapping an earlier one (rare nesting)
            spans.sort()
            flat: list[Span] = []
            for sp in spans:
                if flat and sp[0] < flat[-1][1]:
                    continue
                flat.append(sp)
            out.append((text, flat))
    return out


CORPORA = {
    "msra_train": ("msra_ner/msra_train_bio", read_msra),
    "msra_test": ("msra_ner/msra_test_bio", read_msra),
    "cluener_train": ("cluener2020/train.json", read_cluener),
    "cluener_dev": ("cluener2020/dev.json", read_cluener),
    "resume_train": ("resume_ner/train.char.bmes", read_resume),
    "resume_dev": ("resume_ner/dev.char.bmes", read_resume),
    "resume_test": ("resume_ner/test.char.bmes", read_resume),
    "weibo_train": ("weibo_ner/weiboNER_2nd_conll.train", read_weibo),
    "weibo_dev": ("weibo_ner/weiboNER_2nd_conll.dev", read_weibo),
    "weibo_test": ("weibo_ner/weiboNER_2nd_conll.test", read_weibo),
}


# the annotated union-news set: $UNIONIE_UNION_DATA, else data/ under the current folder (the
# repository root); library code holds no path into the repository
def union_data() -> Path:
    return Path(os.environ.get("UNIONIE_UNION_DATA", "data"))
UNION_TYPES = {T.PERSON, T.ORG, T.PLACE}


def read_union(split: str, types: Iterable[str] = UNION_TYPES) -> list[Example]:
    """Sentences of the annotated union-news set (data/annotated), spans of ``types``.

    ``split`` is ``dev``, ``test`` or ``test2`` from data/splits.json, or a split with ``_a``/``_b``
    (alternate halves, for cross-validating the choice to train on it: ``dev_a``, ``test2_b``).
    """
    from unionie.text.reader import make_document
    from unionie.text.segment import split_sentences

    splits = json.loads((union_data() / "splits.json").read_text(encoding="utf-8"))
    base, _, half = split.partition("_")
    ids = splits[base]
    if half:
        ids = ids[0::2] if half == "a" else ids[1::2]
    out: list[Example] = []
    for doc_id in ids:
        rec = json.loads((union_data() / "annotated" / f"{doc_id}.json").read_text(encoding="utf-8"))
        text = rec["text"]
        spans = sorted((m["start"], m["end"], e["type"]) for e in rec["entities"] if e["type"] in types
                       for m in e["mentions"])
        doc = make_document(text, doc_id)
        for region in doc.regions:
            for sent in split_sentences(text, region.start, region.end):
                inside = [(a - sent.start, b - sent.start, t) for a, b, t in spans
                          if sent.start <= a and b <= sent.end]
                out.append((text[sent.start : sent.end], inside))
    return out


def data_dir(cfg: dict | None = None) -> Path:
    return Path(
        os.environ.get("UNIONIE_DATA_DIR") or (cfg or {}).get("data_dir") or DEFAULT_DATA_DIR
    )


def load_corpus(name: str, ddir: Path, union_types: Iterable[str] = UNION_TYPES) -> list[Example]:
    if name.startswith("union_"):  # our own annotated set, read from the repository
        return read_union(name.removeprefix("union_"), set(union_types))
    rel, reader = CORPORA[name]
    return reader(ddir / rel)
