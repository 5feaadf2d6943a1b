"""JSON forms of claimtrack's records, at the edge of the library (the models stay free of it).

The attribution record's JSON Schema ships as ``claimtrack/data/attribution.schema.json``; every field
with ``start``/``end`` indexes the article text, and its ``text`` equals that slice.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from typing import Any

from typing import TYPE_CHECKING

from .models import Attribution, Mention, SaidOn, Sentence

if TYPE_CHECKING:
    from .contradiction import Mark
    from .matching import Cluster, Story
from .spans import Span

__all__ = ["attribution_schema", "attribution_to_dict", "cluster_to_dict", "mark_to_dict", "sentence_to_dict",
           "story_to_dict"]


def _span(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def _mention(m: Mention) -> dict[str, Any]:
    return {"text": m.text, **_span(m.span)}


def attribution_to_dict(a: Attribution) -> dict[str, Any]:
    """The record printed by ``claimtrack extract --format jsonl``."""
    return {
        "id": a.id,
        "article": a.article,
        "outlet": a.outlet,
        "sentence": _span(a.sentence),
        "cue": {"text": a.cue.text, **_span(a.cue.span), "lemma": a.cue.lemma, "stance": a.cue.stance},
        "source": {
            "text": a.source.text,
            **_span(a.source.span),
            "kind": a.source.kind,
            "resolved": a.source.resolved,
            "via": [_mention(v) for v in a.source.via],
        },
        "content": {
            "text": a.content.text,
            **_span(a.content.span),
            "negated": a.content.negated,
            "refers_to": a.content.refers_to,
        },
        "quote": a.quote,
        "hedges": [_mention(h) for h in a.hedges],
        "said_on": _said_on(a.said_on),
    }


def _said_on(s: SaidOn | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"from": s.first.isoformat() if s.first else None, "to": s.last.isoformat() if s.last else None,
            "text": s.text, **_span(s.span)}


def mark_to_dict(m: "Mark", unanswered_in: "list[str] | None" = None) -> dict[str, Any]:
    """The record printed by ``claimtrack contradictions --format jsonl``."""
    return {
        "a": m.a,
        "b": m.b,
        "kind": m.kind,
        "dispute": m.dispute,
        "evidence": [{"kind": e.kind, "a": _mention(e.a) if e.a else None, "b": _mention(e.b) if e.b else None,
                      "note": e.note} for e in m.evidence],
        "explanation": m.explanation,
        "unanswered_in": unanswered_in or [],
    }


def cluster_to_dict(c: "Cluster", story: str | None = None) -> dict[str, Any]:
    """The record printed by ``claimtrack match --format jsonl``; ``story`` is the id of the cluster's story
    (:attr:`claimtrack.matching.Corpus.stories`)."""
    record = {"id": c.id, "label": c.label, "claims": list(c.claims), "articles": list(c.articles),
              "outlets": list(c.outlets)}
    if story is not None:
        record["story"] = story
    return record


def story_to_dict(s: "Story") -> dict[str, Any]:
    """A story as JSON: its id, label, claim clusters, attributions, articles and outlets."""
    return {"id": s.id, "label": s.label, "clusters": list(s.clusters), "claims": list(s.claims),
            "articles": list(s.articles), "outlets": list(s.outlets)}


def sentence_to_dict(s: Sentence) -> dict[str, Any]:
    return {"article": s.article, "index": s.index, "kind": s.kind, "start": s.start, "end": s.end, "text": s.text}


@functools.cache
def attribution_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an attribution record."""
    text = (importlib.resources.files("claimtrack") / "data" / "attribution.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
