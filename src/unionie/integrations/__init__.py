"""Bridges from unionie records to other tools: spaCy (``spacy_component``) and an HTML view (``view``).

Input: unionie records (``Record`` models, their dicts or JSON) or article texts. Output: spaCy
``Doc``/``DocBin`` objects and self-contained HTML pages. Importing this package imports neither
spaCy nor the pipeline; ``require_spacy()`` imports spaCy on demand and turns its absence into a
one-line message naming the ``[spacy]`` extra.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

SPACY_MISSING = 'spaCy is not installed: pip install "unionie[spacy]" (or pip install -e ".[spacy]")'


class SpacyMissing(ImportError):
    """spaCy is needed for this and is not installed; the message names the extra to install."""


def require_spacy() -> ModuleType:
    """Import and return spaCy, or raise ``SpacyMissing`` with a one-line message."""
    try:
        import spacy
    except ImportError:
        raise SpacyMissing(SPACY_MISSING) from None
    return spacy


def to_spacy(record: Any, nlp: Any = None) -> Any:
    """A unionie record (``Record``, dict or JSON, with text) → an annotated ``spacy.tokens.Doc``.

    See ``spacy_component.to_spacy``; raises ``SpacyMissing`` (one line) without spaCy.
    """
    require_spacy()
    from .spacy_component import to_spacy as _to_spacy

    return _to_spacy(record, nlp)
