"""JSON forms of claimtrack's records, at the edge of the library (the models stay free of it).

Each record class's ``to_dict()`` calls the function here.  Every JSON output has a JSON Schema (draft
2020-12) shipped in ``claimtrack/data/schemas/<name>.schema.json``; :func:`json_schema` returns one,
self-contained.  Every field with ``start``/``end`` indexes the article text, and its ``text`` equals that
slice.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import json
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .models import Attribution, Mention, SaidOn, Sentence
from .spans import Span

if TYPE_CHECKING:
    from .contradiction import Mark
    from .matching import Cluster, Match, Story
    from .relate import Relation

__all__ = ["attribution_schema", "attribution_to_dict", "cluster_to_dict", "json_schema", "mark_to_dict",
           "match_to_dict", "relation_to_dict", "schema_names", "sentence_to_dict", "story_to_dict"]


def _span(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def _mention(m: Mention) -> dict[str, Any]:
    return {"text": m.text, **_span(m.span)}


def attribution_to_dict(a: Attribution) -> dict[str, Any]:
    """The record printed by ``claimtrack extract --format jsonl``."""
    # the spans spelt out rather than through _span (one call and one dict fewer each; the keys in the same order)
    cue, source, content, sentence = a.cue, a.source, a.content, a.sentence
    return {
        "id": a.id,
        "article": a.article,
        "outlet": a.outlet,
        "sentence": {"start": sentence.start, "end": sentence.end},
        "cue": {"text": cue.text, "start": cue.span.start, "end": cue.span.end, "lemma": cue.lemma,
                "stance": cue.stance},
        "source": {
            "text": source.text,
            "start": source.span.start,
            "end": source.span.end,
            "kind": source.kind,
            "resolved": source.resolved,
            "via": [_mention(v) for v in source.via],
        },
        "content": {
            "text": content.text,
            "start": content.span.start,
            "end": content.span.end,
            "negated": content.negated,
            "refers_to": content.refers_to,
        },
        "quote": a.quote,
        "hedges": [_mention(h) for h in a.hedges],
        "said_on": None if a.said_on is None else _said_on(a.said_on),
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


def match_to_dict(m: "Match") -> dict[str, Any]:
    """The record printed by ``claimtrack find --format jsonl``: where the corpus reports the claim searched for."""
    return {"article": m.article, "attribution": m.attribution, "score": m.score, "relation": m.relation,
            "kind": m.kind, "text": m.text, "reasons": list(m.reasons)}


def relation_to_dict(r: "Relation") -> dict[str, Any]:
    """The record printed by ``claimtrack relate``: how two claim texts relate."""
    return {"kind": r.kind, "score": r.score, "reasons": list(r.reasons)}


def sentence_to_dict(s: Sentence) -> dict[str, Any]:
    """The record printed by ``claimtrack sentences --format jsonl``."""
    return {"article": s.article, "index": s.index, "kind": s.kind, "start": s.start, "end": s.end, "text": s.text}


_SCHEMAS = "schemas"
_SUFFIX = ".schema.json"


def schema_names() -> list[str]:
    """Names of the JSON Schemas shipped in ``claimtrack/data/schemas``: ``attribution``, ``cluster``, ...

    ``attribution``, ``sentence``, ``cluster``, ``story``, ``mark``, ``match`` (a ``find`` hit) and
    ``relation`` describe one record (one line of a ``--format jsonl`` output); ``comparison`` the document
    of ``compare --format json``; ``track-*`` the outputs of the ``track`` commands.
    """
    root = importlib.resources.files("claimtrack") / "data" / _SCHEMAS
    return sorted(p.name[: -len(_SUFFIX)] for p in root.iterdir() if p.name.endswith(_SUFFIX))


@functools.cache
def _schema_file(name: str) -> dict[str, Any]:
    resource = importlib.resources.files("claimtrack") / "data" / _SCHEMAS / f"{name}{_SUFFIX}"
    try:
        text = resource.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no JSON Schema {name!r}: only {schema_names()}") from None
    return json.loads(text)


def _file_refs(node: Any) -> set[str]:
    """Names of the other schema files ``node`` refers to (``"$ref": "mark.schema.json#/..."``)."""
    if isinstance(node, dict):
        found = {name for key, value in node.items() for name in _file_refs(value)}
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            found.add(ref.split("#")[0][: -len(_SUFFIX)])
        return found
    if isinstance(node, list):
        return {name for value in node for name in _file_refs(value)}
    return set()


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) called ``name`` (see :func:`schema_names`), self-contained.

    The shipped files refer to each other by relative ``$ref`` (``"attribution.schema.json"``); the schema
    returned here carries each file it refers to in its ``$defs`` (each under its own ``$id``, as draft
    2020-12 bundles resources), so any validator takes it as it is, without a registry of files::

        jsonschema.validate(record, claimtrack.json_schema("attribution"))

    Raises :class:`InputError` for a name that is not shipped.  Returns a fresh copy: change it at will.
    """
    schema = copy.deepcopy(_schema_file(name))
    todo, bundled = sorted(_file_refs(schema) - {name}), {name}
    while todo:
        other = todo.pop()
        if other in bundled:
            continue
        bundled.add(other)
        embedded = copy.deepcopy(_schema_file(other))
        schema.setdefault("$defs", {})[f"{other}{_SUFFIX}"] = embedded
        todo.extend(sorted(_file_refs(embedded) - bundled))
    return schema


def attribution_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an attribution record: ``json_schema("attribution")``."""
    return json_schema("attribution")
