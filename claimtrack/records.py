"""JSON forms of claimtrack's records and their schemas.

Each record writes its own JSON form (``to_dict()``, beside its fields, so that a record imports nothing of the
edge); the ``*_to_dict`` functions here are the same forms for callers that hold a record of any kind, and
import no record class above the models but for type checkers.  Every JSON output has a JSON Schema (draft
2020-12) shipped in ``claimtrack/data/schemas/<name>.schema.json``; :func:`json_schema` returns one,
self-contained.  Every field with ``start``/``end`` indexes the article text, and its ``text`` equals that slice.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import json
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .models import Attribution, Sentence

if TYPE_CHECKING:
    from .contradiction import Mark
    from .matching import Cluster, Match, Story
    from .relate import Relation

__all__ = ["attribution_schema", "attribution_to_dict", "cluster_to_dict", "json_schema", "mark_to_dict",
           "match_to_dict", "relation_to_dict", "schema_names", "sentence_to_dict", "story_to_dict"]


def attribution_to_dict(a: Attribution) -> dict[str, Any]:
    """The record printed by ``claimtrack extract --format jsonl``: :meth:`Attribution.to_dict`."""
    return a.to_dict()


def mark_to_dict(m: "Mark", unanswered_in: "list[str] | None" = None) -> dict[str, Any]:
    """The record printed by ``claimtrack contradictions --format jsonl``: :meth:`Mark.to_dict`."""
    return m.to_dict(unanswered_in)


def cluster_to_dict(c: "Cluster", story: str | None = None) -> dict[str, Any]:
    """The record printed by ``claimtrack match --format jsonl``; ``story`` is the id of the cluster's story
    (:attr:`claimtrack.matching.Corpus.stories`): :meth:`Cluster.to_dict`."""
    return c.to_dict(story)


def story_to_dict(s: "Story") -> dict[str, Any]:
    """A story as JSON: its id, label, claim clusters, attributions, articles and outlets: :meth:`Story.to_dict`."""
    return s.to_dict()


def match_to_dict(m: "Match") -> dict[str, Any]:
    """The record printed by ``claimtrack find --format jsonl``: where the corpus reports the claim searched for
    (:meth:`Match.to_dict`)."""
    return m.to_dict()


def relation_to_dict(r: "Relation") -> dict[str, Any]:
    """The record printed by ``claimtrack relate``: how two claim texts relate (:meth:`Relation.to_dict`)."""
    return r.to_dict()


def sentence_to_dict(s: Sentence) -> dict[str, Any]:
    """The record printed by ``claimtrack sentences --format jsonl``: :meth:`Sentence.to_dict`."""
    return s.to_dict()


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
