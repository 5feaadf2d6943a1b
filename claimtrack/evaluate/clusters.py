"""Scoring claim clusters and stories against gold groups of gold rows: pairwise precision, recall and F1."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from ..errors import InputError
from ..models import Attribution
from ..reader import parse_json, read_text
from .attributions import GoldAttribution, align, gold_name, prf

if TYPE_CHECKING:
    from ..baselines import BaselineCluster
    from ..matching.clusters import Cluster
    from ..matching.stories import Story

__all__ = ["ClusterScore", "evaluate_clusters", "load_gold_clusters", "load_gold_stories"]


def load_gold_clusters(path: "str | Path", gold: Sequence[GoldAttribution], *, field: str = "clusters") -> dict[str, str]:
    """Gold claim clusters (``{"clusters": {name: [member, ...]}}``, members named as by :func:`gold_name`):
    member -> cluster name, for the members whose article is among ``gold``'s.  Fails, naming the file,
    on malformed JSON, a member that names no gold row of a loaded article, or a member in two clusters.
    ``field`` names the object that holds the groups (``"stories"`` in a ``stories.json``)."""
    p = Path(path)
    data = parse_json(read_text(p), str(p))
    clusters = data.get(field) if isinstance(data, dict) else None
    if not isinstance(clusters, dict):
        raise InputError(f"{p}: expected an object with a \"{field}\" object (name -> member list)")
    names = {gold_name(g) for g in gold}
    articles = {g.article for g in gold}
    cluster_of: dict[str, str] = {}
    listed = 0
    for name, members in clusters.items():
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise InputError(f"{p}: cluster {name!r}: expected a list of \"<article id>:<row>\" strings")
        for m in members:
            article, _, row = m.rpartition(":")
            if not article or not row.isdigit():
                raise InputError(f"{p}: cluster {name!r}: {m!r} is not \"<article id>:<row>\" (row: a 0-based number)")
            listed += 1
            if article not in articles:
                continue
            if m not in names:
                raise InputError(f"{p}: cluster {name!r}: {m!r} names no gold attribution (article {article} "
                                 f"has {sum(1 for g in gold if g.article == article)} rows)")
            if m in cluster_of:
                where = f"twice in cluster {name!r}" if cluster_of[m] == name else \
                    f"in two clusters, {cluster_of[m]!r} and {name!r}"
                raise InputError(f"{p}: {m!r} is listed {where}")
            cluster_of[m] = name
    if listed and not cluster_of:
        raise InputError(f"{p}: no member names an article of the gold file ({', '.join(sorted(articles))})")
    return cluster_of


def load_gold_stories(path: "str | Path", gold: Sequence[GoldAttribution]) -> dict[str, str]:
    """Gold stories (``{"stories": {slug: [member, ...]}}``, every row by story, as the ``stories.json`` of
    ``tests/data/real_stories/*``): member -> story slug, checked as :func:`load_gold_clusters` checks clusters."""
    return load_gold_clusters(path, gold, field="stories")


@attrs.frozen
class ClusterScore:
    """Pairwise scores of claim clusters: a pair of gold rows is *same* when one gold cluster holds both,
    *found* when the attributions extracted for them fall in one cluster.  A gold row with no extracted
    attribution finds none of its pairs."""

    gold_pairs: int
    found_pairs: int
    hits: int
    missed: tuple[tuple[str, str], ...]
    wrong: tuple[tuple[str, str], ...]
    unextracted: tuple[str, ...]

    @property
    def prf(self) -> tuple[float, float, float]:
        return prf(self.hits, self.found_pairs, self.gold_pairs)

    def as_dict(self) -> dict:
        p, r, f = self.prf
        return {"gold_pairs": self.gold_pairs, "found_pairs": self.found_pairs, "hits": self.hits,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_clusters(gold: Sequence[GoldAttribution], gold_clusters: dict[str, str],
                      predicted: Iterable[Attribution], clusters: "Iterable[Cluster | Story | BaselineCluster]", *,
                      cross_article: bool = False) -> ClusterScore:
    """Pairwise precision and recall of ``clusters`` against ``gold_clusters`` (from :func:`load_gold_clusters`;
    a gold row it does not list is a cluster of its own).  With ``cross_article`` only pairs of rows from
    different articles count: what matching across outlets is for."""
    matched = align(gold, predicted)
    found_of = {m: c.id for c in clusters for m in c.claims}
    names = [gold_name(g) for g in gold]
    gold_of = {name: gold_clusters.get(name, name) for name in names}
    extracted = {names[n]: a.id for n, a in matched.items()}
    hits = gold_pairs = found_pairs = 0
    missed: list[tuple[str, str]] = []
    wrong: list[tuple[str, str]] = []
    article_of = {gold_name(g): g.article for g in gold}
    for i, x in enumerate(names):
        for y in names[i + 1:]:
            if cross_article and article_of[x] == article_of[y]:
                continue
            same = gold_of[x] == gold_of[y]
            ax, ay = extracted.get(x), extracted.get(y)
            found = ax is not None and ay is not None and found_of.get(ax, ax) == found_of.get(ay, ay)
            gold_pairs += same
            found_pairs += found
            hits += same and found
            if same and not found:
                missed.append((x, y))
            elif found and not same:
                wrong.append((x, y))
    return ClusterScore(gold_pairs, found_pairs, hits, tuple(missed), tuple(wrong),
                        tuple(x for x in names if x not in extracted))
