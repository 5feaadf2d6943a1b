"""Stories: claims joined into clusters, one cluster per claim as reported across outlets.

Identical reprints, ``ذلك`` back-references and counter-claims join outright; pairs that score as the same
claim join by average linkage, so one close pair does not chain two different claims together.  Each
cluster is labelled with its plainest positive wording.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice
from typing import Any

import attrs

from ..lexicon import str_tuple
from ..models import id_order, shorten
from ..claims.key import first_clause_negated, negated_predicates
from ..claims.quantities import Quantity
from .score import SAME, Claim, PairScore, unmatched_figures
from .speaker_relation import relation
from .unionfind import UnionFind

__all__ = ["Cluster", "cluster_claims"]

_LINKAGE = 0.8  # a merged group's mean cross score must reach this share of SAME


@attrs.frozen
class Cluster:
    """One claim as reported across outlets: the attributions that carry it."""

    id: str
    label: str
    claims: tuple[str, ...] = attrs.field(converter=str_tuple)
    articles: tuple[str, ...] = attrs.field(converter=str_tuple)
    outlets: tuple[str, ...] = attrs.field(converter=str_tuple)
    # What the claims' figures count (killed, wounded, detained; data/quantity_measures.tsv): a toll's
    # successive figures are a story of their own, apart from who did it or what is done about it.
    measures: frozenset[str] = frozenset()

    def to_dict(self, story: "str | None" = None) -> dict[str, Any]:
        """The JSON record of ``claimtrack match --format jsonl``, with ``story`` (an id) when given
        (schema ``cluster``, :mod:`claimtrack.records`); ``attrs.asdict`` keeps ``measures``."""
        record = {"id": self.id, "label": self.label, "claims": list(self.claims), "articles": list(self.articles),
                  "outlets": list(self.outlets)}
        if story is not None:
            record["story"] = story
        return record


def cluster_claims(claims: Sequence[Claim], groups: Mapping[str, tuple[str, ...]],
                   counter_claims: Iterable[tuple[str, str]], scores: Mapping[tuple[str, str], PairScore],
                   outlet_of: Callable[[str], str]) -> tuple[Cluster, ...]:
    """Clusters of ``claims``: reprint ``groups`` (representative -> copies), ``ذلك`` links and
    ``counter_claims`` join outright, then scored pairs of the same polarity by average linkage.
    ``outlet_of`` names an article's outlet."""
    uf = UnionFind(c.id for c in claims)
    for rep, copies in groups.items():
        for m in copies[1:]:
            uf.union(rep, m)
    for c in claims:
        ref = c.attribution.content.refers_to
        if ref is not None and ref in uf.parent:
            uf.union(c.id, ref)
    for x, y in counter_claims:
        uf.union(x, y)
    by_id = {c.id: c for c in claims}
    # Similarity groups for the average-link check: joined only by scores (and identical copies),
    # not by "ذلك" or counter-claim links, which say nothing about how alike two wordings are.
    similar = UnionFind(groups)
    members: dict[str, set[str]] = {rep: {rep} for rep in groups}
    # The figures a group gives, so that a claim without figures does not bridge two that give different ones.
    figures: dict[str, tuple[Quantity, ...]] = {rep: by_id[rep].key.quantities for rep in groups}
    # Only the pairs that score "same" can join (in score order; ties in the order they were scored).
    for (x, y), s in sorted(((pair, s) for pair, s in scores.items() if s.kind == "same"), key=lambda kv: -kv[1].score):
        if s.identity_conflict or uf.find(x) == uf.find(y):
            continue  # different speakers, or a different figure of the same thing: two claims
        if _opposite(by_id[x], by_id[y]):
            continue  # a claim and its negation join only through a link (ذلك, a counter-statement)
        sx, sy = similar.find(x), similar.find(y)
        # Average linkage: two groups merge only if their members agree on the whole, so one
        # close pair does not chain two different claims together.
        pairs = list(islice(((p, q) for p in members[sx] for q in members[sy]), 400))
        cross = [scores.get((p, q)) or scores.get((q, p)) for p, q in pairs]
        mean = sum(c.score for c in cross if c is not None) / len(cross)
        if mean < SAME * _LINKAGE:
            continue
        # A claim is one speaker's: two groups whose members' speakers differ, or whose figures of one
        # thing differ, stay apart however close one pair is.  A scored pair's speakers are as its score read
        # them (one sentence retold by two outlets has one speaker, however its back-references resolved).
        if any(c is not None and c.identity_conflict for c in cross) or any(
                (c.speaker if c is not None else relation(by_id[p].speaker, by_id[q].speaker)) == "different"
                for (p, q), c in zip(pairs, cross)):
            continue
        if unmatched_figures(figures[sx], figures[sy]):
            continue
        uf.union(x, y)
        similar.union(x, y)
        root = similar.find(x)
        members[root] = members.pop(sx, set()) | members.pop(sy, set())
        joined = figures.pop(sx, ()) + figures.pop(sy, ())
        figures[root] = tuple({(q.low, q.high, q.unit, q.counts, q.owner): q for q in joined}.values())
    by_root: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_root[uf.find(c.id)].append(c)
    out = []
    for n, cluster in enumerate(sorted(by_root.values(), key=lambda m: id_order(m[0].id)), start=1):
        # The label is the plainest positive wording: not a denial, not "ذلك", not a fragment.
        label = min(cluster, key=lambda m: (bool(m.attribution.content.refers_to), m.attribution.negative,
                                            len(m.attribution.content.text.split()) < 4,
                                            len(m.attribution.content.text))).key.text
        arts = tuple(dict.fromkeys(m.attribution.article for m in cluster))
        outlets = tuple(dict.fromkeys(outlet_of(a) for a in arts))
        measures = frozenset(q.counts for m in cluster for q in m.key.quantities if q.counts)
        out.append(Cluster(f"c{n}", _label(label), [m.id for m in cluster], arts, outlets, measures))
    return tuple(out)


def _opposite(a: Claim, b: Claim) -> bool:
    """Do two claims have opposite polarity?  Both readings must say so: the attribution's (a negator among
    the content's first words) and the first clause's (a negator anywhere in it), so that two
    wordings of one statement whose negator stands a word later in one ("هذا التصريح المسيء للمملكة العربية
    السعودية ودول مجلس التعاون لا يخدم" / "... للسعودية ... لا يخدم") are not read as a claim and its denial."""
    if a.attribution.negative == b.attribution.negative or _key_negative(a) == _key_negative(b):
        return False
    # One negated predicate in both: "تصريحات المالكي ضد المملكة "مستفزة" ولا تخدم استقرار المنطقة" / "تصريحات
    # المالكي ضد المملكة لا تخدم الاستقرار" (maliki_reactions) say the same, though only the second opens negated.
    return not negated_predicates(a.key.text) & negated_predicates(b.key.text)


def _key_negative(c: Claim) -> bool:
    return (c.attribution.cue.stance == "deny") != first_clause_negated(c.key.text)


def _label(text: str) -> str:
    return shorten(text.replace("\n", " "))
