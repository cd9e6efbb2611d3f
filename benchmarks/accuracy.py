"""Accuracy on the annotated union-news set: unionie versus two peers, one scorer.

Peers: the bare pretrained tagger (LAC: PER/ORG/LOC/TIME → PERSON/ORG/PLACE/DATE) and jieba posseg
(nr/nt/ns/t → PERSON/ORG/PLACE/DATE), both restricted to the same title/body regions as unionie.
All are scored by the code behind `unionie evaluate`. The pipeline is scored with each NER
backend, and once more with the annotation's own PERSON/ORG/PLACE mentions standing in for the
tagger: the ceiling of what any tagger could add to the pipeline as it is.
Usage: python benchmarks/accuracy.py [--split test|test2|test3|test4|heldout|dev|all|real]
(real = ../shared/real-news: published articles, read from there, never copied here;
heldout = test + test2 + test3: the articles never used to tune rules or to train the shipped models;
test3 and test4 were written blind and first scored after their sessions' changes)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import header, load_split, write_section  # noqa: E402

LAC_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE", "TIME": "DATE"}
JIEBA_MAP = {"nr": "PERSON", "nt": "ORG", "ns": "PLACE", "t": "DATE"}


def spans_to_record(doc_id: str, text: str, spans: list[tuple[int, int, str]]):
    from unionie.record import Record

    ents: dict[tuple[str, str], dict] = {}
    for s, e, t in spans:
        key = (t, text[s:e])
        ent = ents.setdefault(key, {"id": f"E{len(ents) + 1}", "type": t, "name": text[s:e], "mentions": []})
        ent["mentions"].append({"start": s, "end": e, "text": text[s:e]})
    return Record.model_validate({"doc_id": doc_id, "text": text, "entities": list(ents.values())})


def gold_tagger(golds):
    """A stand-in for a perfect tagger: the annotated PERSON/ORG/PLACE mentions, given to the
    pipeline as if a statistical backend had found them (same tier and filters as a model)."""
    from unionie.core.document import Mention
    from unionie.ner import LacBackend

    by_id = {g.doc_id: g for g in golds}

    class GoldTagger(LacBackend):
        def __call__(self, doc):
            return [Mention(m.start, m.end, e.type, doc.text[m.start : m.end], self.name)  # the analysed view's text
                    for e in by_id[doc.doc_id].entities if e.type in ("PERSON", "ORG", "PLACE")
                    for m in e.mentions]

    return GoldTagger()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["test", "test2", "test3", "test4", "heldout", "dev", "all", "real"],
                    default="test")
    args = ap.parse_args()
    from unionie.entities.stage import EntityStage
    from unionie.evaluation.scoring import score
    from unionie.ner.lac_tagger import shared_lac
    from unionie.pipeline import Pipeline
    from unionie.text.reader import make_document
    from unionie.text.segment import JiebaSegmenter

    golds = load_split(args.split)
    systems = {"unionie": Pipeline(), "unionie (CRF backend)": Pipeline(ner="crf"),
               "unionie (bare LAC backend)": Pipeline(ner="lac")}
    lac = shared_lac()
    seg = JiebaSegmenter()
    # the most any tagger could add to this pipeline: the annotation's own PERSON/ORG/PLACE
    ceiling = Pipeline(ner="lac")
    ceiling.stages = [EntityStage(gold_tagger(golds)) if isinstance(st, EntityStage) else st
                      for st in ceiling.stages]
    systems["unionie with a perfect tagger (annotated PERSON/ORG/PLACE; ceiling)"] = ceiling
    results = {}
    for name, pipe in systems.items():
        results[name] = score((g, pipe.extract(g.text, doc_id=g.doc_id)) for g in golds).as_dict()
    lac_pairs, jieba_pairs = [], []
    for g in golds:
        doc = make_document(g.text, g.doc_id)
        seg(doc)
        lac_spans, jieba_spans = [], []
        for sent in doc.sentences:
            for s, e, tag in lac.analyze(g.text[sent.start : sent.end]):
                if tag in LAC_MAP:
                    lac_spans.append((sent.start + s, sent.start + e, LAC_MAP[tag]))
        for t in doc.tokens:
            if t.pos in JIEBA_MAP:
                jieba_spans.append((t.start, t.end, JIEBA_MAP[t.pos]))
        lac_pairs.append((g, spans_to_record(g.doc_id, g.text, lac_spans)))
        jieba_pairs.append((g, spans_to_record(g.doc_id, g.text, jieba_spans)))
    results["LAC (bare, mapped)"] = score(lac_pairs).as_dict()
    results["jieba posseg (mapped)"] = score(jieba_pairs).as_dict()

    cols = ["core_micro", "PERSON", "ORG", "PLACE", "INITIATIVE", "DATE"]
    lines = header(f"Accuracy on union news, split '{args.split}' ({len(golds)} articles)",
                   f"python benchmarks/accuracy.py --split {args.split}")
    lines += ["Mentions: strict F1 (partial F1 in brackets).", "",
              "| system | " + " | ".join(cols) + " | facts F1 (obj/subj) | HOLDS_POSITION+pos F1 | RUNS F1 | ISSUED F1 |",
              "| --- |" + " ---: |" * (len(cols) + 4)]
    for name, d in results.items():
        cells = []
        for c in cols:
            s = d["mentions_strict"].get(c, {"f1": 0.0})["f1"]
            p = d["mentions_partial"].get(c, {"f1": 0.0})["f1"]
            cells.append(f"{s:.3f} ({p:.3f})")
        rel = d["relations"]
        has_facts = name.startswith("unionie")
        facts = (f"{d['facts']['f1']:.3f} ({d['facts']['object_correct']:.2f}/"
                 f"{d['facts'].get('subject_correct', 0.0):.2f})" if has_facts else "–")
        r = [f"{rel.get(k, {'f1': 0.0})['f1']:.3f}" if has_facts else "–"
             for k in ("HOLDS_POSITION+position", "RUNS", "ISSUED")]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {facts} | " + " | ".join(r) + " |")
    print("\n".join(lines))
    write_section(f"accuracy-{args.split}", lines)


if __name__ == "__main__":
    main()
