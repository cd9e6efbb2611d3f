"""The pipeline: reading → segmentation → entities → facts → relations → record.

Input: text (or a file). Output: a validated ``Record``. ``Pipeline`` loads the models once and
is reused for many documents; ``extract()`` in the package root uses a shared default instance.
Each stage has a ``name`` and is a callable ``stage(doc) -> doc`` that adds its layer.
"""

from __future__ import annotations

from pathlib import Path

from .document import Document
from .entities import EntityStage
from .facts import FactStage
from .ner import make_backend
from .reader import make_document, read_file
from .record import Entity, Fact, Meta, PlaceNorm, Record, Relation
from .record import Mention as MentionModel
from .relations import RelationStage
from .segment import JiebaSegmenter


class Pipeline:
    """Build once, then call ``extract`` or ``extract_file`` for each article."""

    def __init__(self, ner: str = "auto", model_path: str | None = None) -> None:
        self.backend = make_backend(ner, model_path)
        self.stages = [JiebaSegmenter(), EntityStage(self.backend), FactStage(), RelationStage()]

    @property
    def ner_name(self) -> str:
        return self.backend.name

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def extract(self, text: str, doc_id: str = "doc") -> Record:
        return to_record(self.run(make_document(text, doc_id=doc_id)))

    def extract_file(self, path: str | Path, doc_id: str | None = None) -> tuple[Record, list[str]]:
        doc, warnings = read_file(path)
        if doc_id:
            doc.doc_id = doc_id
        return to_record(self.run(doc)), warnings


def to_record(doc: Document) -> Record:
    """Layers of the document → the pydantic record (ids E1…, F1… in text order)."""
    eid = {i: f"E{i + 1}" for i in range(len(doc.entities))}
    entities = []
    for i, cl in enumerate(doc.entities):
        entities.append(Entity(
            id=eid[i], type=cl.type, name=cl.name,
            mentions=[MentionModel(start=m.start, end=m.end, text=m.text, source=m.source) for m in cl.mentions],
            normalized=PlaceNorm(**cl.normalized) if cl.normalized else None,
        ))
    facts = [
        Fact(id=f"F{k + 1}", start=f.start, end=f.end, text=f.text, value=f.value, value_max=f.value_max,
             unit=f.unit, approx=f.approx, object=f.object,
             subject=eid.get(f.subject) if f.subject is not None else None,
             predicate=f.predicate, time=f.time)
        for k, f in enumerate(doc.facts)
    ]
    relations = [
        Relation(type=r.type, head=eid[r.head], tail=eid[r.tail], position=r.position,
                 source=r.source)
        for r in doc.relations
    ]
    meta = Meta(**{k: v for k, v in doc.meta.items() if k in Meta.model_fields})
    return Record(doc_id=doc.doc_id, text=doc.text, meta=meta, entities=entities, facts=facts,
                  relations=relations)
