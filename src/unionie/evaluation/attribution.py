"""Attribution of mention errors to recognizers, for ``unionie evaluate --errors``.

Input: a scoring ``Report`` and the pipeline's ``Document`` of each article (when evaluate ran
the pipeline itself, so the candidates of every recognizer are still in ``doc.spans``). Output:
each mention error gains ``proposed_by`` (the recognizers whose candidates held exactly that
span and type; empty: nobody proposed it) and, where a kept mention overlaps it, ``won_by``
(that mention's source, type and text: what the overlap policy chose instead).
"""

from __future__ import annotations

from bisect import bisect_left

from unionie.core.document import Document
from unionie.entities.stage import proposers, winner_over
from unionie.evaluation.scoring import Report


def attribute(report: Report, docs: dict[str, Document]) -> None:
    for err in report.errors:
        doc = docs.get(err["doc_id"])
        if doc is None or err["layer"] != "mention":
            continue
        s, e = err["span"]
        if doc.original_offsets is not None:  # spans as written -> the analysed text without glosses
            s, e = bisect_left(doc.original_offsets, s), bisect_left(doc.original_offsets, e)
        err["proposed_by"] = proposers(doc, s, e, err["type"])
        won = winner_over(doc, s, e)
        if won is not None and not (won.start == s and won.end == e and won.type == err["type"]):
            err["won_by"] = f"{won.source}:{won.type}:{won.text}"
