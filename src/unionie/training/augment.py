"""Synthetic training sentences for the entity model: name lists written without separators.

Job: official lists ("治丧委员会名单", committee rosters, award lists) often run names together
with no 、 or space between them ("委员：李明王芳张建国……"). The training corpora have almost
none of these (14 MSRA train sentences hold 15 or more names, all separated), so a tagger learns
that a name is followed by punctuation or a verb and merges run-together names. This module
writes such lists from the training data's own names, so the model can learn where one name
ends and the next begins.

Input: training examples ``(text, [(start, end, type), ...])``, a random generator and a count.
Output: the same kind of examples; every name keeps its PERSON span, an organisation header
keeps its ORG span, roles and notes such as "（女）" are outside any span. Only names from the
examples passed in are used, so building lists from the training split never leaks held-out or
test names. Role words come from the package's position lexicon (``resources/positions.txt``).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from unionie.core.resources import positions
from unionie.core.types import EntityType as T

Span = tuple[int, int, str]
Example = tuple[str, list[Span]]

LIST_WORDS = ("名单", "成员名单", "组成人员名单", "获奖者名单", "代表名单")
NOTES = ("（女）", "（女）", "（回族）", "（特邀）")
SEPARATORS = ("", "", "", "", "", "、", "　", " ")


def collect_names(examples: Sequence[Example], kind: str, min_len: int = 2, max_len: int = 6) -> list[str]:
    """Distinct span texts of type ``kind`` (sorted, for a reproducible order)."""
    found = {text[s:e] for text, spans in examples for s, e, t in spans if t == kind}
    return sorted(n for n in found if min_len <= len(n) <= max_len and not any(c.isspace() for c in n))


def name_list_sentences(examples: Sequence[Example], n: int, rng: random.Random,
                        min_names: int = 4, max_names: int = 40) -> list[Example]:
    """``n`` synthetic list sentences built from the names and organisations in ``examples``."""
    names = collect_names(examples, T.PERSON)
    orgs = collect_names(examples, T.ORG, 3, 20)
    roles = sorted(r for r in positions() if 2 <= len(r) <= 6)
    if not names:
        return []
    out: list[Example] = []
    for _ in range(n):
        b = _Builder()
        if orgs and rng.random() < 0.6:
            b.add(rng.choice(orgs), T.ORG)
            b.add(rng.choice(LIST_WORDS))
            if rng.random() < 0.5:
                b.add("如下：" if rng.random() < 0.5 else "")
        sep = rng.choice(SEPARATORS)
        groups = 1 if rng.random() < 0.5 else rng.randint(2, 4)
        for _g in range(groups):
            if roles and rng.random() < 0.8:
                b.add(rng.choice(roles) + "：")
            for k in range(rng.randint(min_names, max(min_names, max_names // groups))):
                if k and sep:
                    b.add(sep)
                b.add(rng.choice(names), T.PERSON)
                if rng.random() < 0.08:
                    b.add(rng.choice(NOTES))
            if groups > 1 and (sep or rng.random() < 0.3):
                b.add("；")
        if rng.random() < 0.5:
            b.add(rng.choice(("。", "（以上按姓氏笔画为序）", "等。")))
        out.append(("".join(b.parts), b.spans))
    return out


class _Builder:
    """A sentence assembled piece by piece, with the spans of the typed pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.pos = 0

    def add(self, piece: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append((self.pos, self.pos + len(piece), kind))
        self.parts.append(piece)
        self.pos += len(piece)
