"""Evaluation: score predicted records against gold records, exactly as record-format.md says.

Input: pairs of ``Record`` (gold, predicted) for the same ``doc_id``. Output: a ``Report`` with
counts summed over documents (micro average) for strict and partial mentions per type, entity
linking, facts (with approx/object/subject shares among the correct ones) and relations (per type,
and HOLDS_POSITION with the position string), normalised values (DATE period, PLACE code, ORG
kind and place, fact time) among linked entities and correct facts, plus the list of errors with
context for ``--errors``. One span scorer serves every layer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from unionie.core.types import CORE_TYPES
from unionie.core.types import EntityType as T
from unionie.record import Entity, Fact, Record

# 6. Normalised values: report name -> the entity type it is read from (None: correct facts)
NORMALIZED: dict[str, str | None] = {"date": T.DATE, "place_code": T.PLACE, "org_kind": T.ORG,
                                     "org_place": T.ORG, "fact_time": None}
_NORMALIZED_LABELS = {"date": "DATE", "place_code": "PLACE code", "org_kind": "ORG kind",
                      "org_place": "ORG place", "fact_time": "fact time"}


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Linking:
    """Entity linking: precision over predicted entities, recall over gold entities."""

    linked_pred: int = 0
    n_pred: int = 0
    linked_gold: int = 0
    n_gold: int = 0

    def as_dict(self) -> dict[str, float | int]:
        p = self.linked_pred / self.n_pred if self.n_pred else 0.0
        r = self.linked_gold / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"predicted": self.n_pred, "gold": self.n_gold, "precision": round(p, 4),
                "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class Share:
    """A normalised value: how many of the gold items that carry it the prediction has right."""

    correct: int = 0
    total: int = 0

    @property
    def share(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, float | int | None]:
        share = self.share
        return {"correct": self.correct, "total": self.total,
                "share": round(share, 4) if share is not None else None}


@dataclass
class Report:
    strict: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    partial: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    entities: Linking = field(default_factory=Linking)
    facts: PRF = field(default_factory=PRF)
    fact_approx: int = 0
    fact_object: int = 0
    fact_subject: int = 0
    relations: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    normalized: dict[str, Share] = field(default_factory=lambda: {k: Share() for k in NORMALIZED})
    errors: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0

    def core(self, table: dict[str, PRF]) -> PRF:
        out = PRF()
        for t in CORE_TYPES:
            out.add(table.get(str(t), PRF()))
        return out

    def as_dict(self) -> dict[str, Any]:
        n = self.facts.tp
        return {
            "documents": self.documents,
            "mentions_strict": {"core_micro": self.core(self.strict).as_dict(),
                                **{k: v.as_dict() for k, v in sorted(self.strict.items())}},
            "mentions_partial": {"core_micro": self.core(self.partial).as_dict(),
                                 **{k: v.as_dict() for k, v in sorted(self.partial.items())}},
            "entities": self.entities.as_dict(),
            "facts": {**self.facts.as_dict(),
                      "approx_correct": round(self.fact_approx / n, 4) if n else 0.0,
                      "object_correct": round(self.fact_object / n, 4) if n else 0.0,
                      "subject_correct": round(self.fact_subject / n, 4) if n else 0.0},
            "relations": {k: v.as_dict() for k, v in sorted(self.relations.items())},
            "normalized": {k: self.normalized.get(k, Share()).as_dict() for k in NORMALIZED},
        }


def _context(text: str | None, start: int, end: int, width: int = 12) -> str:
    if not text:
        return ""
    return (text[max(0, start - width) : start] + "[" + text[start:end] + "]" + text[end : end + width]).replace("\n", " ")


def _mentions(rec: Record) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, str(e.type), e.id) for e in rec.entities for m in e.mentions]


def score_document(gold: Record, pred: Record, report: Report) -> None:
    """Add one document's comparison to the report, layer by layer (record-format.md)."""
    report.documents += 1
    text = gold.text or pred.text
    g_m, p_m = _mentions(gold), _mentions(pred)
    g_set = {(s, e, t) for s, e, t, _ in g_m}
    p_set = {(s, e, t) for s, e, t, _ in p_m}
    types = {t for _, _, t in g_set} | {t for _, _, t in p_set}
    _score_strict(gold.doc_id, text, g_set, p_set, types, report)
    _score_partial(g_set, p_set, types, report)
    links = _score_linking(gold, pred, g_m, p_m, report)
    matched = _score_facts(gold, pred, text, links, report)
    _score_relations(gold, pred, links, report)
    _score_normalized_entities(gold, pred, text, links, report)
    _score_fact_time(gold.doc_id, text, matched, report)


def _score_strict(doc_id: str, text: str | None, g_set: set, p_set: set, g_types: set, report: Report) -> None:
    """1. Mentions, strict: same start, end and type; every miss is listed as an error."""
    gold_doc_id = doc_id
    for t in g_types:
        tp = len({x for x in p_set & g_set if x[2] == t})
        report.strict[t].add(PRF(tp, len({x for x in p_set if x[2] == t}) - tp,
                                 len({x for x in g_set if x[2] == t}) - tp))
    for s, e, t in sorted(p_set - g_set):
        report.errors.append({"doc_id": gold_doc_id, "layer": "mention", "kind": "FP", "type": t,
                              "span": [s, e], "context": _context(text, s, e)})
    for s, e, t in sorted(g_set - p_set):
        report.errors.append({"doc_id": gold_doc_id, "layer": "mention", "kind": "FN", "type": t,
                              "span": [s, e], "context": _context(text, s, e)})



def _score_partial(g_set: set, p_set: set, g_types: set, report: Report) -> None:
    """2. Mentions, partial: an overlap with an unmatched gold mention of the same type."""
    for t in g_types:
        golds = sorted(x for x in g_set if x[2] == t)
        preds = sorted(x for x in p_set if x[2] == t)
        used: set[tuple[int, int, str]] = set()
        tp = 0
        for ps, pe, _ in preds:
            exact = (ps, pe, t)
            if exact in g_set and exact not in used:
                used.add(exact)
                tp += 1
                continue
            for g in golds:
                if g not in used and g[0] < pe and ps < g[1] and (ps, pe, t) not in g_set:
                    used.add(g)
                    tp += 1
                    break
        report.partial[t].add(PRF(tp, len(preds) - tp, len(golds) - tp))



def _score_linking(gold: Record, pred: Record, g_m: list, p_m: list, report: Report) -> dict[str, set[str]]:
    """4. Entities: a predicted entity links to the gold entities it shares an exact mention with."""
    span_to_gold: dict[tuple[int, int, str], set[str]] = defaultdict(set)
    for s, e, t, gid in g_m:
        span_to_gold[(s, e, t)].add(gid)
    links: dict[str, set[str]] = defaultdict(set)
    for s, e, t, pid in p_m:
        links[pid] |= span_to_gold.get((s, e, t), set())
    linked_gold = set().union(*links.values()) if links else set()
    linked_pred = {pid for pid, gs in links.items() if gs}
    report.entities.linked_pred += len(linked_pred)
    report.entities.n_pred += len(pred.entities)
    report.entities.linked_gold += len(linked_gold)
    report.entities.n_gold += len(gold.entities)
    return links


def _score_facts(gold: Record, pred: Record, text: str | None, links: dict[str, set[str]],
                 report: Report) -> list[tuple[Fact, Fact]]:
    """3. Facts (one-to-one): overlapping span, equal value and unit; approx, object, subject.

    Returns the correct facts as (predicted, gold) pairs."""
    used_g: set[str] = set()
    matched: list[tuple[Fact, Fact]] = []
    tp = 0
    for pf in pred.facts:
        match = None
        for gf in gold.facts:
            if gf.id in used_g or not (pf.start < gf.end and gf.start < pf.end):
                continue
            if abs(pf.value - gf.value) <= 1e-6 * max(abs(gf.value), 1e-9) and pf.unit == gf.unit:
                match = gf
                break
        if match is None:
            report.errors.append({"doc_id": gold.doc_id, "layer": "fact", "kind": "FP", "text": pf.text,
                                  "value": pf.value, "unit": pf.unit, "context": _context(text, pf.start, pf.end)})
            continue
        used_g.add(match.id)
        matched.append((pf, match))
        tp += 1
        if pf.approx == match.approx:
            report.fact_approx += 1
        po = (pf.object or "").replace(" ", "")
        go = (match.object or "").replace(" ", "")
        if po == go or (po and go and (po in go or go in po)):
            report.fact_object += 1
        else:
            report.errors.append({"doc_id": gold.doc_id, "layer": "fact", "kind": "object", "text": pf.text,
                                  "pred": pf.object, "gold": match.object})
        if (match.subject is None and pf.subject is None) or (
            match.subject is not None and pf.subject is not None and match.subject in links.get(pf.subject, set())
        ):
            report.fact_subject += 1
    for gf in gold.facts:
        if gf.id not in used_g:
            report.errors.append({"doc_id": gold.doc_id, "layer": "fact", "kind": "FN", "text": gf.text,
                                  "value": gf.value, "unit": gf.unit, "context": _context(text, gf.start, gf.end)})
    report.facts.add(PRF(tp, len(pred.facts) - tp, len(gold.facts) - tp))
    return matched


def _score_relations(gold: Record, pred: Record, links: dict[str, set[str]], report: Report) -> None:
    """5. Relations: same type, head and tail linked; HOLDS_POSITION also with the position."""
    names = {e.id: e.name for e in gold.entities}
    pnames = {e.id: e.name for e in pred.entities}
    for with_pos in (False, True):
        used: set[int] = set()
        per_type: dict[str, PRF] = defaultdict(PRF)
        for r in pred.relations:
            rtype = str(r.type)
            if with_pos and rtype != "HOLDS_POSITION":
                continue
            key = rtype + ("+position" if with_pos else "")
            hit = None
            for k, g in enumerate(gold.relations):
                if k in used or str(g.type) != rtype:
                    continue
                if g.head in links.get(r.head, ()) and g.tail in links.get(r.tail, ()):
                    if with_pos and (g.position or "") != (r.position or ""):
                        continue
                    hit = k
                    break
            if hit is None:
                per_type[key].fp += 1
                if not with_pos:
                    report.errors.append({"doc_id": gold.doc_id, "layer": "relation", "kind": "FP", "type": rtype,
                                          "head": pnames.get(r.head), "tail": pnames.get(r.tail),
                                          "position": r.position})
            else:
                used.add(hit)
                per_type[key].tp += 1
        for k, g in enumerate(gold.relations):
            rtype = str(g.type)
            if with_pos and rtype != "HOLDS_POSITION":
                continue
            key = rtype + ("+position" if with_pos else "")
            per_type.setdefault(key, PRF())
            if k not in used:
                per_type[key].fn += 1
                if not with_pos:
                    report.errors.append({"doc_id": gold.doc_id, "layer": "relation", "kind": "FN", "type": rtype,
                                          "head": names.get(g.head), "tail": names.get(g.tail),
                                          "position": g.position})
        for key, prf in per_type.items():
            report.relations[key].add(prf)


def _period(value: Any) -> str | None:
    """A Period as one string: "2017-09" for a point, "2018-01..2018-06" for a span."""
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if start is None or end is None:
        return None
    return start if start == end else f"{start}..{end}"


def _entity_value(name: str, ent: Entity) -> str | None:
    """The normalised value ``name`` of an entity, as a comparable string (None: not given)."""
    norm = ent.normalized
    if name == "date":
        return _period(norm)
    if name == "place_code":
        return getattr(norm, "code", None)
    if name == "org_kind":
        return None if ent.kind is None else str(ent.kind)
    if name == "org_place":
        return getattr(norm, "place", None)
    raise ValueError(f"not an entity value: {name}")


def _score_normalized_entities(gold: Record, pred: Record, text: str | None, links: dict[str, set[str]],
                               report: Report) -> None:
    """6. Normalised values of linked entities; a gold entity counts once, right if any linked one is."""
    by_id = {e.id: e for e in pred.entities}
    linked: dict[str, list[Entity]] = defaultdict(list)
    for pid, gids in links.items():
        for gid in gids:
            if pid in by_id:
                linked[gid].append(by_id[pid])
    for g in gold.entities:
        preds = linked.get(g.id)
        if not preds:
            continue
        for name, etype in NORMALIZED.items():
            if etype != str(g.type):
                continue
            want = _entity_value(name, g)
            if want is None:
                continue
            got = [_entity_value(name, p) for p in preds]
            report.normalized[name].total += 1
            if want in got:
                report.normalized[name].correct += 1
                continue
            shown = sorted({v for v in got if v is not None})
            m = g.mentions[0]
            report.errors.append({"doc_id": gold.doc_id, "layer": "normalized", "kind": name, "type": str(g.type),
                                  "name": g.name, "gold": want,
                                  "pred": None if not shown else shown[0] if len(shown) == 1 else shown,
                                  "context": _context(text, m.start, m.end)})


def _score_fact_time(doc_id: str, text: str | None, matched: list[tuple[Fact, Fact]], report: Report) -> None:
    """6. Normalised values: the time of each correct fact whose gold fact has one."""
    share = report.normalized["fact_time"]
    for pf, gf in matched:
        want = _period(gf.time)
        if want is None:
            continue
        share.total += 1
        got = _period(pf.time)
        if got == want:
            share.correct += 1
        else:
            report.errors.append({"doc_id": doc_id, "layer": "normalized", "kind": "fact_time", "text": gf.text,
                                  "gold": want, "pred": got, "context": _context(text, gf.start, gf.end)})


def score(pairs: Iterable[tuple[Record, Record]]) -> Report:
    report = Report()
    for gold, pred in pairs:
        score_document(gold, pred, report)
    return report


def format_report(report: Report) -> str:
    d = report.as_dict()
    lines = [f"documents: {d['documents']}", "",
             f"{'mentions':<22}{'strict P':>9}{'R':>7}{'F1':>7}   {'partial P':>9}{'R':>7}{'F1':>7}   {'gold':>5}"]
    keys = ["core_micro"] + [k for k in d["mentions_strict"] if k != "core_micro"]
    for k in keys:
        s = d["mentions_strict"][k]
        p = d["mentions_partial"].get(k, {"precision": 0, "recall": 0, "f1": 0})
        lines.append(f"{k:<22}{s['precision']:>9.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}   "
                     f"{p['precision']:>9.3f}{p['recall']:>7.3f}{p['f1']:>7.3f}   {s['tp'] + s['fn']:>5}")
    e = d["entities"]
    lines += ["", f"{'entities (linked)':<22}{e['precision']:>9.3f}{e['recall']:>7.3f}{e['f1']:>7.3f}"]
    f = d["facts"]
    lines += [f"{'facts':<22}{f['precision']:>9.3f}{f['recall']:>7.3f}{f['f1']:>7.3f}   "
              f"approx {f['approx_correct']:.3f}  object {f['object_correct']:.3f}  subject {f['subject_correct']:.3f}"
              f"   gold {f['tp'] + f['fn']}"]
    lines.append("")
    for k, r in d["relations"].items():
        lines.append(f"{'relation ' + k:<34}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}   gold {r['tp'] + r['fn']}")
    lines += ["", _format_normalized(d["normalized"])]
    return "\n".join(lines)


def _format_normalized(norm: dict[str, dict[str, Any]]) -> str:
    """One line: "normalised values: DATE 0.950 (57/60) · PLACE code … · fact time …"."""
    parts = []
    for name, label in _NORMALIZED_LABELS.items():
        v = norm.get(name, {"correct": 0, "total": 0, "share": None})
        share = "–" if v["share"] is None else f"{v['share']:.3f}"
        parts.append(f"{label} {share} ({v['correct']}/{v['total']})")
    return "normalised values: " + " · ".join(parts)


def format_errors(report: Report) -> str:
    out = []
    for err in report.errors:
        rest = "  ".join(f"{k}={v}" for k, v in err.items() if k not in ("doc_id", "layer", "kind"))
        out.append(f"{err['doc_id']}\t{err['layer']}\t{err['kind']}\t{rest}")
    return "\n".join(out)
