"""The pipeline: reading → analysis (sentences, jieba and LAC words) → entities → facts →
relations → normalisation (dates, divisions, organisation kinds and places, fact times, implied
bodies) → record.

Input: text (or a file). Output: a validated ``Record``. ``Pipeline`` loads the models once and
is reused for many documents; ``extract()`` in the package root uses a shared default instance.
Each stage has a ``name`` and is a callable ``stage(doc) -> doc`` that adds its layer. A user
lexicon (``Pipeline(lexicon=PATH)``, ``entities/lexicon.py``) is read before any model loads and
handed to the entity, fact and normalisation stages; ``meta.produced_by.lexicon_sha256`` names it.
"""

from __future__ import annotations

from pathlib import Path

from unionie.core.document import Document
from unionie.core.types import EntityType as T
from unionie.entities.lexicon import UserLexicon, as_lexicon
from unionie.entities.stage import EntityStage
from unionie.facts.stage import FactStage
from unionie.ner import file_sha256, make_backend
from unionie.normalize.stage import NormalizeStage
from unionie.relations.stage import RelationStage
from unionie.text.analysis import Analysis
from unionie.text.reader import (
    check_input,
    given_published,
    make_document,
    read_bytes_as_document,
    read_file,
    set_published,
)
from unionie.text.script import ScriptMap

from . import __version__
from .record import (
    Entity,
    Fact,
    ImpliedEntity,
    Meta,
    OrgNorm,
    Period,
    PlaceNorm,
    Producer,
    Record,
    Relation,
)
from .record import Mention as MentionModel


class Pipeline:
    """Build once, then call ``extract`` or ``extract_file`` for each article."""

    def __init__(self, ner: str = "auto", model_path: str | None = None,
                 lexicon: str | Path | UserLexicon | None = None) -> None:
        """``lexicon``: a user lexicon file (or a loaded ``UserLexicon``); a bad one is a
        ``LexiconError``, raised before the models load."""
        self.lexicon = as_lexicon(lexicon)
        lex = self.lexicon
        self.backend = make_backend(ner, model_path)
        readers = (self.backend,) if hasattr(self.backend, "read_states") else ()
        self.stages = [Analysis(readers), EntityStage(self.backend, lexicon=lex),
                       FactStage(lex.units if lex is not None else None), RelationStage(),
                       NormalizeStage(lex)]
        model = self.backend.model_file
        self.producer = Producer(
            unionie=__version__, ner=self.backend.name, model=model.name if model else None,
            model_sha256=file_sha256(model) if model else None,
            lexicon_sha256=lex.sha256 if lex is not None else None)

    @property
    def ner_name(self) -> str:
        return self.backend.name

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def extract(self, text: str | bytes, doc_id: str = "doc", published: str | None = None) -> Record:
        """The record of one article given as text or as bytes (any supported encoding).
        ``published``: its publication date when known from outside the text (an archive's
        metadata; ISO 8601 or 2025/7/15, 2025年7月15日): it becomes ``meta.published`` and
        resolves the article's relative dates. A bad one is an InputError."""
        check_input(text, doc_id)
        date = given_published(published) if published is not None else None  # fails before any work
        doc = read_bytes_as_document(text, doc_id) if isinstance(text, bytes) else make_document(text, doc_id)
        set_published(doc, date)
        return to_record(self.run(doc), self.producer)

    def extract_file(self, path: str | Path, doc_id: str | None = None,
                     published: str | None = None) -> tuple[Record, list[str]]:
        """The record of one file (``-``: standard input) and its warnings; ``published`` as
        for :meth:`extract`."""
        if doc_id is not None:
            check_input("", doc_id)
        date = given_published(published) if published is not None else None
        doc, warnings = read_file(path, doc_id=doc_id)
        set_published(doc, date)
        record = to_record(self.run(doc), self.producer)
        return record, list(record.warnings)


def to_record(doc: Document, producer: Producer | None = None) -> Record:
    """Layers of the document → the pydantic record (ids E1…, F1… in text order).

    For a traditional-character page the layers were found on its simplified view, for a page
    with pinyin glosses on the text without them: every string and every offset is taken from,
    or mapped back to, the text as written.
    """
    text, orig, offsets = doc.text, doc.original_text, doc.original_offsets
    conv = ScriptMap(orig, text, offsets) if orig is not None else (lambda s: s)
    src = orig if orig is not None else text
    at = offsets.__getitem__ if offsets is not None else (lambda i: i)  # view offset -> as written

    def written(s: str | None, near: int) -> str | None:
        """A string of the view as the article writes it, taken from the text near ``near`` when it
        stands there (its glosses, its ASCII marks and its characters as written)."""
        if s is None or orig is None:
            return conv(s)
        i = text.find(s, max(0, near - 60), near + 60 + len(s))
        return src[at(i) : at(i + len(s))] if i >= 0 else conv(s)
    eid = {i: f"E{i + 1}" for i in range(len(doc.entities))}
    entities = []
    shapes = {T.DATE: Period, T.PLACE: PlaceNorm, T.ORG: OrgNorm}
    for i, cl in enumerate(doc.entities):
        shape = shapes.get(cl.type)
        # division names are given in simplified characters, as the division list writes them
        norm = shape(**cl.normalized) if shape and cl.normalized else None
        entities.append(Entity(
            id=eid[i], type=cl.type, name=conv(cl.name),
            mentions=[MentionModel(start=at(m.start), end=at(m.end), text=src[at(m.start) : at(m.end)],
                                   source=m.source) for m in cl.mentions],
            kind=cl.kind, normalized=norm,
        ))
    facts = [
        Fact(id=f"F{k + 1}", start=at(f.start), end=at(f.end), text=src[at(f.start) : at(f.end)], value=f.value,
             value_max=f.value_max, unit=f.unit, approx=f.approx, object=written(f.object, f.start),
             subject=eid.get(f.subject) if f.subject is not None else None,
             predicate=conv(f.predicate),
             time=Period(start=f.time[0], end=f.time[1]) if f.time else None)
        for k, f in enumerate(doc.facts)
    ]
    relations = [
        Relation(type=r.type, head=eid[r.head], tail=eid[r.tail], position=conv(r.position),
                 source=r.source)
        for r in doc.relations
    ]
    implied = [
        ImpliedEntity(id=f"I{k + 1}", type=x.type, name=conv(x.name), kind=x.kind,
                      normalized=OrgNorm(**x.normalized) if x.normalized else None,
                      place=eid[x.place], head_of=eid[x.head_of], start=at(x.start), end=at(x.end))
        for k, x in enumerate(doc.implied)
    ]
    meta = {k: v for k, v in doc.meta.items() if k in Meta.model_fields}
    for key in ("source", "editor"):
        meta[key] = conv(meta.get(key))
    title = meta.get("title")  # the headline as written, glosses and all, where the view holds it
    meta["title"] = written(title, text.find(title)) if title and title in text else conv(title)
    meta["authors"] = [conv(a) for a in meta.get("authors", [])]
    return Record(doc_id=doc.doc_id, text=src, meta=Meta(**meta, produced_by=producer),
                  entities=entities, facts=facts, relations=relations, implied=implied,
                  warnings=list(doc.warnings))
