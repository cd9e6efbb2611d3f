"""The overlap policy: which candidates survive when recognizers propose overlapping spans.

Input: candidate ``Mention``s in priority order (the registry's order: on a complete tie the
earlier one wins). Output: a flat, sorted list. ``resolve_overlaps`` is the default policy and
can be swapped (``EntityStage(policy=...)``): user lexicon entries, quoted names, 《》 documents and events (tier 3,
``core.types.TIER``) beat anything they overlap; otherwise the longer span wins, ties going to
the higher tier (rules and lexicons 2, statistical models 1, propagated aliases 0).
"""

from __future__ import annotations

from collections.abc import Callable

from unionie.core.document import Mention
from unionie.core.types import Source

OverlapPolicy = Callable[[list[Mention]], list[Mention]]


def tier(m: Mention) -> int:
    """The tier of a mention's source; an unknown source is a ValueError, never a default."""
    return Source(m.source).tier


def resolve_overlaps(cands: list[Mention]) -> list[Mention]:
    """Keep a flat set of mentions by the policy in the module docstring."""
    order = sorted(cands, key=lambda m: (-(tier(m) >= 3), -(m.end - m.start), -tier(m), m.start))
    kept: list[Mention] = []
    taken = bytearray()
    for m in order:
        if len(taken) < m.end:
            taken.extend(b"\0" * (m.end - len(taken)))
        if any(taken[m.start : m.end]):
            continue
        taken[m.start : m.end] = b"\1" * (m.end - m.start)
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept
