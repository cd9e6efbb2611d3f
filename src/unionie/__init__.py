"""unionie: information extraction from Chinese trade-union news.

Library use::

    import unionie
    record = unionie.extract(text, doc_id="a1")        # pydantic Record
    pipe = unionie.Pipeline()                          # load models once, reuse for many texts
    records = [pipe.extract(t, doc_id=str(i)) for i, t in enumerate(texts)]

Errors: ``InputError`` (input that is not an article: empty, binary, no Chinese text, too large),
``BackendUnavailable`` (a NER backend or its model cannot be had), ``GazetteerMissing`` (a
broken install); all three carry a one-line message. A wrong argument type is a ``TypeError``,
raised before any model loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from unionie.errors import BackendUnavailable, GazetteerMissing, InputError

    from .integrations import to_spacy
    from .pipeline import Pipeline
    from .record import Record

__all__ = ["BackendUnavailable", "GazetteerMissing", "InputError", "Pipeline", "Record", "extract",
           "to_spacy", "__version__"]
# names loaded on first use (importing unionie stays cheap and never imports spaCy)
_LAZY = {"Pipeline": "pipeline", "Record": "record", "InputError": "errors",
         "BackendUnavailable": "errors", "GazetteerMissing": "errors",
         "to_spacy": "integrations"}

_default = None


def extract(text: str | bytes, doc_id: str = "doc") -> Record:
    """Extract the record of one article (text, or bytes in any supported encoding) with a
    shared default pipeline. Wrong types fail before the models load."""
    global _default
    from unionie.text.reader import check_input

    check_input(text, doc_id)
    if _default is None:
        from .pipeline import Pipeline

        _default = Pipeline()
    return _default.extract(text, doc_id=doc_id)


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)
