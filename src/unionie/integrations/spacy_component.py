"""spaCy integration: the ``unionie`` pipeline component, ``to_spacy`` and the ``DocBin`` export.

Input: a spaCy ``Doc`` (the component runs unionie's ``Pipeline`` on ``doc.text``), or a unionie
record (``Record``, dict or JSON, with ``text``) for ``to_spacy``, or record files for
``export_docbin``. Output: the same annotations in spaCy's terms:

- ``doc.ents``: the core entities' mentions (labels PERSON, ORG, PLACE, INITIATIVE), flat;
- ``doc.spans["unionie"]``: every mention of all eight types (PERSON … POSITION), one span group
  whose labels are the types; each span's ``id_`` is the entity id (E1…) and ``kb_id_`` the
  entity's canonical name (so ``六盘水市总工会`` for the mention ``市总工会``);
- ``doc.spans["unionie_facts"]``: one span per numeric fact (label ``FACT``, ``id_`` = F1…);
- ``doc._.unionie_facts``, ``doc._.unionie_relations``: the record's facts and relations (dicts as
  in the JSON record), ``doc._.unionie_record``: the whole record as a dict. They are read-only
  getters over the record's JSON kept in ``doc.user_data["unionie_record_json"]``, so they survive
  ``DocBin(store_user_data=True)`` unchanged (msgpack would turn lists into tuples);
- ``doc.user_data["title"]`` (displaCy shows it), ``["doc_id"]`` and ``["unionie_alignment"]``
  (counts of mentions that were expanded to token boundaries, lost, or left out of ``doc.ents``).

Character offsets are mapped to tokens with ``doc.char_span``: strict first, then ``expand``.
spaCy's default Chinese tokenizer (``spacy.blank("zh")``) splits per character, so offsets align;
with another tokenizer (jieba, pkuseg) a mention inside a token is widened to the token, counted,
and a ``UnionieAlignmentWarning`` is issued; widened mentions that would overlap in ``doc.ents``
stay in the span group. The component replaces ``doc.ents`` set by earlier components.

The factory is registered by ``@Language.factory`` when this module is imported and, through the
``spacy_factories`` entry point in pyproject.toml, whenever spaCy builds a ``Language``, so
``spacy.blank("zh").add_pipe("unionie")`` works without importing unionie first. This module
imports spaCy; nothing else in unionie imports it at import time.
"""

from __future__ import annotations

import json
import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from unionie.core.types import CORE_TYPES
from unionie.core.types import EntityType as T

from .records_io import RecordError, check_record, iter_records, record_dict

SPANS_KEY = "unionie"
FACTS_KEY = "unionie_facts"
CORE_LABELS = CORE_TYPES
ALL_LABELS = tuple(T)
EXTENSIONS = ("unionie_facts", "unionie_relations", "unionie_record")

_PIPELINES: dict[str, Any] = {}
_BLANK: dict[str, Language] = {}


class UnionieAlignmentWarning(UserWarning):
    """Some mentions did not fall on token boundaries (widened, lost or left out of doc.ents)."""


RECORD_KEY = "unionie_record_json"


def _record(doc: Doc) -> dict[str, Any] | None:
    raw = doc.user_data.get(RECORD_KEY)
    return json.loads(raw) if raw else None


def _facts(doc: Doc) -> list[dict[str, Any]] | None:
    record = _record(doc)
    return None if record is None else record.get("facts", [])


def _relations(doc: Doc) -> list[dict[str, Any]] | None:
    record = _record(doc)
    return None if record is None else record.get("relations", [])


def register_extensions() -> None:
    """Register the read-only ``doc._.unionie_*`` attributes (getters over the record's JSON in
    ``doc.user_data``, so a ``DocBin`` round trip gives back the same dicts and lists)."""
    for name, getter in zip(EXTENSIONS, (_facts, _relations, _record), strict=True):
        Doc.set_extension(name, getter=getter, force=True)


register_extensions()


def shared_pipeline(ner: str = "auto") -> Any:
    """unionie's ``Pipeline`` for this backend, loaded once per process and shared by components."""
    if ner not in _PIPELINES:
        from ..pipeline import Pipeline

        _PIPELINES[ner] = Pipeline(ner=ner)
    return _PIPELINES[ner]


def _span(doc: Doc, start: int, end: int, label: str, stats: Counter[str]) -> Span | None:
    span = doc.char_span(start, end, label=label, alignment_mode="strict")
    if span is None:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        stats["expanded" if span is not None else "lost"] += 1
    return span


def _mention_spans(doc: Doc, data: dict[str, Any], stats: Counter[str]) -> list[Span]:
    text = doc.text
    spans = []
    for ent in data.get("entities", []):
        for m in ent.get("mentions", []):
            start, end = m["start"], m["end"]
            if text[start:end] != m.get("text", text[start:end]) or end <= start:
                stats["mismatched"] += 1  # offsets that do not point at the mention's text
                continue
            span = _span(doc, start, end, ent["type"], stats)
            if span is None:
                continue
            span.id_ = ent.get("id") or ""
            span.kb_id_ = ent.get("name") or ""
            spans.append(span)
    return sorted(spans, key=lambda s: (s.start, s.end, s.label_))


def annotate(doc: Doc, data: dict[str, Any]) -> dict[str, int]:
    """Write one record's annotations (a dict whose offsets index ``doc.text``) onto ``doc``.

    Returns the alignment counts (also in ``doc.user_data["unionie_alignment"]``) and warns when
    any mention had to be widened, was lost, or could not join ``doc.ents``.
    """
    stats: Counter[str] = Counter()
    spans = _mention_spans(doc, data, stats)
    core = [s for s in spans if s.label_ in CORE_LABELS]
    ents = filter_spans(core)
    stats["not_in_ents"] = len(core) - len(ents)
    doc.set_ents(ents, default="outside")
    doc.spans[SPANS_KEY] = spans
    facts = []
    for f in data.get("facts", []):
        span = _span(doc, f["start"], f["end"], "FACT", stats)
        if span is not None:
            span.id_ = f.get("id") or ""
            facts.append(span)
    doc.spans[FACTS_KEY] = facts
    doc.user_data[RECORD_KEY] = json.dumps(data, ensure_ascii=False)
    doc.user_data["doc_id"] = data.get("doc_id")
    title = (data.get("meta") or {}).get("title")
    if title:
        doc.user_data["title"] = title
    counts = {k: stats[k] for k in ("expanded", "lost", "mismatched", "not_in_ents")}
    doc.user_data["unionie_alignment"] = counts
    if any(counts.values()):
        warnings.warn(
            f"unionie: {data.get('doc_id')}: mentions off token boundaries: {counts['expanded']} "
            f"widened, {counts['lost']} lost, {counts['mismatched']} with offsets not matching "
            f"their text; {counts['not_in_ents']} core mention(s) overlapping after widening "
            f"kept only in doc.spans[{SPANS_KEY!r}]",
            UnionieAlignmentWarning,
            stacklevel=2,
        )
    return counts


class UnionieComponent:
    """The spaCy component: runs unionie on ``doc.text`` and annotates the doc (see module doc)."""

    def __init__(self, nlp: Language, name: str = "unionie", ner: str = "auto") -> None:
        self.name = name
        self.ner = ner
        self.pipeline = shared_pipeline(ner)

    def __call__(self, doc: Doc) -> Doc:
        from unionie.errors import InputError

        doc_id = str(doc.user_data.get("doc_id") or "doc")
        try:
            data = self.pipeline.extract(doc.text, doc_id=doc_id).model_dump(mode="json")
        except InputError:  # empty text or no Chinese: nothing to find, not an error here
            data = {"doc_id": doc_id, "text": doc.text, "meta": {}, "entities": [],
                    "facts": [], "relations": []}
        annotate(doc, data)
        return doc


@Language.factory(
    "unionie",
    default_config={"ner": "auto"},
    assigns=["doc.ents", "doc.spans", *(f"doc._.{e}" for e in EXTENSIONS)],
)
def make_unionie_component(nlp: Language, name: str, ner: str) -> UnionieComponent:
    """spaCy factory for ``nlp.add_pipe("unionie", config={"ner": "auto|neural|crf|lac|hanlp"})``."""
    return UnionieComponent(nlp, name, ner=ner)


def blank_zh() -> Language:
    """A shared ``spacy.blank("zh")`` (per-character tokenizer): the default for ``to_spacy``."""
    if "zh" not in _BLANK:
        import spacy

        _BLANK["zh"] = spacy.blank("zh")
    return _BLANK["zh"]


def to_spacy(record: Any, nlp: Language | None = None) -> Doc:
    """A unionie record (``Record``, dict or JSON, with text) → an annotated spaCy ``Doc``.

    Only ``nlp``'s tokenizer is run (``nlp.make_doc``), not its pipeline; default ``spacy.blank("zh")``.
    """
    data = check_record(record_dict(record))
    doc = (nlp or blank_zh()).make_doc(data["text"])
    annotate(doc, data)
    return doc


def records_to_docbin(records: Iterable[Any], nlp: Language | None = None) -> DocBin:
    """Records → a ``DocBin`` (with user data, so ``doc._.unionie_*`` survive the round trip)."""
    docbin = DocBin(store_user_data=True)
    for record in records:
        docbin.add(to_spacy(record, nlp))
    return docbin


def export_docbin(inputs: Iterable[str | Path], output: str | Path,
                  nlp: Language | None = None) -> tuple[int, list[str], list[str]]:
    """Record files/folders/``records.jsonl`` → ``output`` (.spacy).

    Returns (docs written, errors: records that could not be used, alignment warnings).
    """
    docbin = DocBin(store_user_data=True)
    errors: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UnionieAlignmentWarning)
        for label, item in iter_records(inputs):
            try:
                if isinstance(item, RecordError):
                    raise item
                docbin.add(to_spacy(item, nlp))
            except RecordError as exc:
                errors.append(str(exc) if str(exc).startswith(label) else f"{label}: {exc}")
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(output)
    return len(docbin), errors, [str(w.message) for w in caught]
