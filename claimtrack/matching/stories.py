"""Stories: the claims about one event or question, across speakers and outlets.

A claim cluster (:mod:`.clusters`) is one speaker asserting one proposition; a :class:`Story` groups the
clusters about the same event or question: the dozen condemnations of one attack, the successive tolls, an
allegation and its denial.  Two clusters join when what they talk about overlaps enough, weighed by how rare
each term is in real news (a town's name, a rare noun), whoever says it; candidates come from an inverted
index over rare terms (never all pairs), and an average-link check keeps one close pair from chaining two
stories.  Stories are local in time: clusters whose articles are all dated more than a day apart never join.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

import attrs

from ..lexicon import str_tuple
from .clusters import Cluster

__all__ = ["STORY_SAME", "Story", "group_stories", "story_similarity"]

STORY_SAME = 0.3  # the similarity at which two clusters are about one story
_LINKAGE = 0.6  # a merged story's mean cross similarity must reach this share of STORY_SAME
_COMMON_SHARE = 0.3  # terms in more than this share of clusters propose no candidates
_DAYS = 1  # stories are local in time: the same or neighbouring days


@attrs.frozen
class Story:
    """The claims about one event or question: its claim clusters, their attributions, articles and outlets."""

    id: str
    label: str
    clusters: tuple[str, ...] = attrs.field(converter=str_tuple)
    claims: tuple[str, ...] = attrs.field(converter=str_tuple)
    articles: tuple[str, ...] = attrs.field(converter=str_tuple)
    outlets: tuple[str, ...] = attrs.field(converter=str_tuple)


def story_similarity(a: Counter[str], b: Counter[str], weight: Callable[[str], float]) -> float:
    """How much two bags of terms talk about the same thing, in [0, 1]: the rarity-weighted share of the
    smaller bag's terms that the other has, averaged with the share of both (containment and Dice)."""
    wa = sum(weight(t) for t in a)
    wb = sum(weight(t) for t in b)
    if not wa or not wb:
        return 0.0
    shared = sum(weight(t) for t in a.keys() & b.keys())
    return (shared / min(wa, wb) + 2 * shared / (wa + wb)) / 2


def _near(a: frozenset[dt.date], b: frozenset[dt.date]) -> bool:
    return not a or not b or any(abs((x - y).days) <= _DAYS for x in a for y in b)


def group_stories(clusters: Sequence[Cluster], terms: Mapping[str, Counter[str]], weight: Callable[[str], float],
                  dates: Mapping[str, frozenset[dt.date]], outlet_of: Callable[[str], str]) -> tuple[Story, ...]:
    """Stories of ``clusters``: ``terms`` gives each cluster's bag of topic terms (cluster id -> counts),
    ``weight`` a term's rarity, ``dates`` each cluster's article dates (empty when unknown) and ``outlet_of``
    an article's outlet."""
    ids = [c.id for c in clusters]
    position = {cid: i for i, cid in enumerate(ids)}
    postings: dict[str, list[int]] = defaultdict(list)
    for i, cid in enumerate(ids):
        for t in terms.get(cid, ()):
            postings[t].append(i)
    limit = max(6, int(_COMMON_SHARE * len(ids)))
    shared: Counter[tuple[int, int]] = Counter()
    for t, items in postings.items():
        if len(items) > limit:
            continue
        for k, i in enumerate(items):
            for j in items[k + 1:]:
                shared[(i, j)] += 1
    scores: dict[tuple[str, str], float] = {}
    for i, j in shared:
        a, b = ids[i], ids[j]
        if _near(dates.get(a, frozenset()), dates.get(b, frozenset())):
            scores[(a, b)] = story_similarity(terms[a], terms[b], weight)
    parent = {cid: cid for cid in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[str, list[str]] = {cid: [cid] for cid in ids}
    for (x, y), s in sorted(scores.items(), key=lambda kv: -kv[1]):
        if s < STORY_SAME:
            break
        rx, ry = find(x), find(y)
        if rx == ry:
            continue
        cross = [scores.get((p, q), scores.get((q, p), 0.0)) for p in members[rx] for q in members[ry]][:400]
        if sum(cross) / len(cross) < STORY_SAME * _LINKAGE:
            continue
        root, other = min(rx, ry, key=position.__getitem__), max(rx, ry, key=position.__getitem__)
        parent[other] = root
        members[root] += members.pop(other)
    by_id = {c.id: c for c in clusters}
    out = []
    for n, root in enumerate(sorted({find(c) for c in ids}, key=position.__getitem__), start=1):
        group = [by_id[m] for m in sorted(members[root], key=position.__getitem__)]
        biggest = max(group, key=lambda c: (len(c.outlets), len(c.claims)))
        articles = tuple(dict.fromkeys(a for c in group for a in c.articles))
        out.append(Story(f"s{n}", biggest.label, [c.id for c in group], [m for c in group for m in c.claims],
                         articles, tuple(dict.fromkeys(outlet_of(a) for a in articles))))
    return tuple(out)
