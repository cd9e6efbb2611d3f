"""unionie: information extraction from Chinese trade-union news.

Library use::

    import unionie
    record = unionie.extract(text, doc_id="a1")        # pydantic Record
    pipe = unionie.Pipeline()                          # load models once, reuse for many texts
    records = [pipe.extract(t, doc_id=i) for i, t in enumerate(texts)]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .pipeline import Pipeline
    from .record import Record

__all__ = ["Pipeline", "Record", "extract", "__version__"]

_default = None


def extract(text: str, doc_id: str = "doc") -> Record:
    """Extract the record of one article's text with a shared default pipeline."""
    global _default
    if _default is None:
        from .pipeline import Pipeline

        _default = Pipeline()
    return _default.extract(text, doc_id=doc_id)


def __getattr__(name: str):
    if name == "Pipeline":
        from .pipeline import Pipeline

        return Pipeline
    if name == "Record":
        from .record import Record

        return Record
    raise AttributeError(name)
