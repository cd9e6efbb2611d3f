"""The combination policy, measured: what the pipeline gains or loses when the pretrained tagger's
own entity tags are added to the trained model's, or when alias propagation trusts fewer names.

Variants (each is the whole pipeline with the default neural backend; one scorer):
- ``policy``: the shipped policy (``entities.stage.EntityStage``; variants are configurations of
  it: an extra recognizer, other propagation steps): the trained model's spans, the domain
  recognizers, LAC's tags unused;
- ``+ LAC PER`` / ``+ LAC LOC`` / ``+ LAC ORG`` / ``+ LAC all``: LAC's entity words of those types
  added as candidates (source ``lac``) wherever the trained model proposed nothing overlapping;
- ``propagate only LAC-confirmed short names``: names of at most 4 characters found by the model
  alone are not propagated to their other occurrences unless LAC tagged the same span.

Splits: the held-out articles (``test``, ``test2``, ``test3``) with the shipped model, and, with
``--cv-model PATH``, the second half of ``dev`` with a model trained without it, e.g.
``unionie train configs/ner-head.json --set 'train=["msra_train","union_dev_a"]'
--set 'repeat={"union_dev_a":20}' --set 'limit={"msra_train":15000}' --set epochs=5
--set output=work-tmp/cv/base/ner-head.onnx``.
Usage: python benchmarks/combination.py [--cv-model PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import header, load_golds, split_ids, write_section  # noqa: E402

COLS = ("core_micro", "PERSON", "ORG", "PLACE")


def lac_tags_recognizer(backend, tags: tuple[str, ...]):
    """A recognizer (run after the model, filtered like it) that adds LAC's ``tags`` words where
    the trained model proposed nothing overlapping."""
    from unionie.core.document import Mention
    from unionie.entities.registry import ModelRecognizer
    from unionie.ner import LAC_TYPES

    class LacTags(ModelRecognizer):
        name = "lac_tags"
        needs = ("model",)

        def __init__(self) -> None:
            super().__init__(self._lac)

        @staticmethod
        def _lac(doc):
            taken = bytearray(len(doc.text) + 1)
            for m in doc.spans["model"]:
                taken[m.start : m.end] = b"\1" * (m.end - m.start)
            return [Mention(s, e, LAC_TYPES[t], doc.text[s:e], "lac") for s, e, t in doc.lac_words
                    if t in tags and not any(taken[s:e])]

    return LacTags()


def confirmed_propagation(max_len: int = 4):
    """``propagate`` that skips short model-only names LAC did not tag on the same span."""
    from unionie.core.types import MODEL_SOURCES
    from unionie.entities.recognizers import propagate

    def confirmed(doc, found):
        lac = {(s, e) for s, e, t in doc.lac_words if t in ("PER", "ORG", "LOC")}
        return propagate(doc, [m for m in found if not (m.source in MODEL_SOURCES and len(m.text) <= max_len
                                                        and (m.start, m.end) not in lac)])

    return confirmed


def variant(pipe, tags: tuple[str, ...] | None):
    """The pipeline with its entity stage configured for one variant."""
    from unionie.entities.recognizers import head_anaphora
    from unionie.entities.registry import default_recognizers
    from unionie.entities.stage import EntityStage

    i, stage = next((i, s) for i, s in enumerate(pipe.stages) if isinstance(s, EntityStage))
    if tags is None:
        pipe.stages[i] = EntityStage(stage.backend, propagation=(confirmed_propagation(), head_anaphora))
    elif tags:
        recs = default_recognizers(stage.backend) + [lac_tags_recognizer(stage.backend, tags)]
        pipe.stages[i] = EntityStage(stage.backend, recognizers=recs)
    return pipe


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv-model", help="a model trained without the second half of dev (see the docstring)")
    args = ap.parse_args()
    from unionie.evaluation.scoring import score
    from unionie.pipeline import Pipeline

    sets = [("held-out (test + test2 + test3)", load_golds(split_ids("heldout")), None)]
    if args.cv_model:
        sets.append(("dev, second half (model trained without it)", load_golds(split_ids("dev")[1::2]),
                     args.cv_model))
    variants = [("policy", ()), ("+ LAC PER", ("PER",)), ("+ LAC LOC", ("LOC",)), ("+ LAC ORG", ("ORG",)),
                ("+ LAC all", ("PER", "LOC", "ORG")), ("propagate only LAC-confirmed short names", None)]
    lines = header("Combination policy: the trained model with or without LAC's tags",
                   "python benchmarks/combination.py" + (" --cv-model PATH" if args.cv_model else ""))
    lines += ["Core mentions strict F1 of the whole pipeline (default neural backend).", "",
              "| split | variant | " + " | ".join(COLS) + " |", "| --- | --- |" + " ---: |" * len(COLS)]
    for split_name, golds, model in sets:
        for name, tags in variants:
            pipe = variant(Pipeline(ner="neural", model_path=model), tags)
            d = score((g, pipe.extract(g.text, doc_id=g.doc_id)) for g in golds).as_dict()["mentions_strict"]
            cells = [f"{d.get(c, {'f1': 0.0})['f1']:.3f}" for c in COLS]
            lines.append(f"| {split_name} | {name} | " + " | ".join(cells) + " |")
            print(lines[-1], flush=True)
    print("\n".join(lines))
    write_section("combination", lines)


if __name__ == "__main__":
    main()
