"""The :class:`Mark` record of a relation between two claims, the one line that explains it to a reader, and the
attributions marks name (:func:`mark_attributions`: an outlet's own sentences and the reports its denials tell too)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ..matching.corpus import Corpus
from ..models import Attribution, mention_to_dict, shorten
from .narration import NARRATION, TOLD, narration_claims
from .evidence import Evidence, Side

__all__ = ["Mark", "explain", "figures_why", "mark_attributions"]


def _evidence(values: "Iterable[Evidence]") -> "tuple[Evidence, ...]":
    return tuple(values)


@attrs.frozen
class Mark:
    """A relation between two attributions: contradicts, agrees, clarifies or framing.

    A ``contradicts`` mark (the two cannot both stand) says how in ``dispute``: ``denies`` (``b`` explicitly
    denies ``a``), ``updates`` (``b`` is the same speaker's later figure), ``disagrees`` (two speakers, two
    figures of one quantity) or ``contradicts`` (opposite polarity, opposed predicates, swapped actors).
    """

    a: str
    b: str
    kind: str
    evidence: tuple[Evidence, ...] = attrs.field(converter=_evidence)
    explanation: str = ""
    dispute: str = ""

    def to_dict(self, unanswered_in: "list[str] | None" = None) -> dict[str, Any]:
        """The JSON record of ``claimtrack contradictions --format jsonl``; ``unanswered_in`` lists the articles
        that carry one side without the other (schema ``mark``, :mod:`claimtrack.records`); ``attrs.asdict`` nests
        evidence spans and has no ``unanswered_in``."""
        return {
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "dispute": self.dispute,
            "evidence": [{"kind": e.kind, "a": mention_to_dict(e.a) if e.a else None,
                          "b": mention_to_dict(e.b) if e.b else None, "note": e.note} for e in self.evidence],
            "explanation": self.explanation,
            "unanswered_in": unanswered_in or [],
        }


def mark_attributions(corpus: Corpus, marks: "Iterable[Mark]" = ()) -> dict[str, Attribution]:
    """The attributions marks may name, by id: the corpus's, and, when a mark names an outlet's own sentence
    (``<article>#n<k>``) or a report its denial tells (``<article>#r<k>``: :func:`narration_claims`), those as
    attributions of stance ``narrate`` or ``told``."""
    by_id = {a.id: a for a in corpus.attributions}
    if any(x not in by_id for m in marks for x in (m.a, m.b)):
        by_id.update((c.id, c.attribution) for c in narration_claims(corpus))
    return by_id


def explain(kind: str, a: Attribution, b: Attribution, why: str, side_a: Side | None = None,
             side_b: Side | None = None) -> str:
    """One line: who said what in which article, how the two relate, and why.  Each side as compared (its
    content, a denial not made), or, without one, the attribution as it reads (its content, no such denial)."""

    def said(att: Attribution, side: Side | None) -> str:
        content = side.content.text if side is not None else att.content.text
        if att.cue.stance == NARRATION:
            return f"{att.outlet or att.article} ({att.article}) reports in its own words «{shorten(content)}»"
        if att.cue.stance == TOLD:
            return f"{att.outlet or att.article} ({att.article}) tells the report «{shorten(content)}»"
        who = att.source.text or "an unnamed source"
        verb = "does not deny" if side is not None and side.undenied else "denies" if att.cue.stance == "deny" else "says"
        return f"{who} ({att.article}) {verb} «{shorten(content)}»"

    link = {"contradicts": "contradicted by", "agrees": "agreed by", "clarifies": "clarified by",
            "framing": "framed differently by", "denies": "denied by", "updates": "updated by",
            "disagrees": "disputed by"}[kind]
    return f"{said(a, side_a)}; {link} {said(b, side_b)} — {why}"


def figures_why(kind: str, conflict: "Sequence[Evidence]") -> str:
    what = "; ".join(e.note for e in conflict)
    if kind == "updates":
        return f"the same speaker gives a new figure: {what}"
    return f"different speakers give different figures for the same quantity: {what}"
