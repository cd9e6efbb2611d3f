"""unionie: information extraction from Chinese trade-union news.

Library use::

    import unionie
    record = unionie.extract(text, doc_id="a1")        # pydantic Record
    pipe = unionie.Pipeline()                          # load models once, reuse for many texts
    records = [pipe.extract(t, doc_id=str(i)) for i, t in enumerate(texts)]
    record = unionie.extract(text, lexicon="my.tsv")   # with a user lexicon (entities/lexicon.py)
    record = unionie.extract(text, published="2025-07-15")  # the date an archive gives the article

Errors: ``InputError`` (input that is not an article: empty, binary, no Chinese text, too large;
``LexiconError``, one of them: a missing or malformed user lexicon),
``BackendUnavailable`` (a NER backend or its model cannot be had), ``GazetteerMissing`` (a
broken install); all three carry a one-line message. A wrong argument type is a ``TypeError``,
raised before any model loads.
"""

from __future__ import annotations

from os import PathLike
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from unionie.errors import BackendUnavailable, GazetteerMissing, InputError, LexiconError

    from .integrations import to_spacy
    from .pipeline import Pipeline
    from .record import Record

__all__ = ["BackendUnavailable", "GazetteerMissing", "InputError", "LexiconError", "Pipeline", "Record",
           "extract", "to_spacy", "__version__"]
# names loaded on first use (importing unionie stays cheap and never imports spaCy)
_LAZY = {"Pipeline": "pipeline", "Record": "record", "InputError": "errors",
         "BackendUnavailable": "errors", "GazetteerMissing": "errors", "LexiconError": "errors",
         "to_spacy": "integrations"}

_default = None
_with_lexicon: dict[str, Pipeline] = {}  # one pipeline per user lexicon path


def extract(text: str | bytes, doc_id: str = "doc", lexicon: str | PathLike[str] | None = None,
            published: str | None = None) -> Record:
    """Extract the record of one article (text, or bytes in any supported encoding) with a
    shared default pipeline; with ``lexicon`` (a user lexicon file), with a pipeline for that
    file, built once per path. ``published``: the publication date when an archive knows it
    (``Pipeline.extract``). Wrong types and a bad date fail before the models load."""
    global _default
    from unionie.text.reader import check_input

    check_input(text, doc_id)
    if published is not None:
        from unionie.text.reader import given_published

        given_published(published)
    if lexicon is not None:
        from pathlib import Path

        from .pipeline import Pipeline

        key = str(Path(lexicon).resolve())
        pipe = _with_lexicon.get(key)
        if pipe is None:
            pipe = _with_lexicon[key] = Pipeline(lexicon=key)
        return pipe.extract(text, doc_id=doc_id, published=published)
    if _default is None:
        from .pipeline import Pipeline

        _default = Pipeline()
    return _default.extract(text, doc_id=doc_id, published=published)


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)
