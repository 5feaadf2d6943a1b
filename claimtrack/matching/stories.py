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
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..lexicon import str_tuple
from .clusters import Cluster
from .unionfind import UnionFind

__all__ = ["STORY_SAME", "Story", "group_stories", "story_similarity"]

STORY_SAME = 0.2  # the similarity at which two clusters are about one story
_LINKAGE = 0.6  # two stories about to merge must, as wholes, still reach this share of STORY_SAME
_COMMON_SHARE = 0.3  # terms in more than this share of clusters propose no candidates
_MOST = 64  # nor terms in more than this many, however large the corpus (pairs would grow as its square)
_DAYS = 1  # stories are local in time: the same or neighbouring days
# Terms in more than this share of the clusters (and in more than _COMMON_FLOOR) are what the whole corpus is
# about (المالكي، تصريحات in a wave of reactions to one remark): they tell no story from another and weigh
# nothing in story similarity.  On maliki_reactions this takes story precision from 0.63 to 0.86.
_EVERYWHERE_SHARE = 0.2
_COMMON_FLOOR = 6


@attrs.frozen
class Story:
    """The claims about one event or question: its claim clusters, their attributions, articles and outlets."""

    id: str
    label: str
    clusters: tuple[str, ...] = attrs.field(converter=str_tuple)
    claims: tuple[str, ...] = attrs.field(converter=str_tuple)
    articles: tuple[str, ...] = attrs.field(converter=str_tuple)
    outlets: tuple[str, ...] = attrs.field(converter=str_tuple)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of a story (:func:`claimtrack.records.story_to_dict`); ``attrs.asdict`` gives the same
        keys."""
        from ..records import story_to_dict  # serialization lives at the edge; imported when used

        return story_to_dict(self)


def story_similarity(a: Counter[str], b: Counter[str], weight: Callable[[str], float]) -> float:
    """How much two bags of terms talk about the same thing, in [0, 1]: the rarity-weighted share of the
    smaller bag's terms that the other has, averaged with the share of both (containment and Dice)."""
    return _similarity(a, b, weight, sum(weight(t) for t in a), sum(weight(t) for t in b))


def _similarity(a: Counter[str], b: Counter[str], weight: Callable[[str], float], wa: float, wb: float) -> float:
    """:func:`story_similarity` given the two bags' total weights ``wa`` and ``wb``."""
    if not wa or not wb:
        return 0.0
    shared = sum(weight(t) for t in a.keys() & b.keys())
    return (shared / min(wa, wb) + 2 * shared / (wa + wb)) / 2


def _without_everywhere_terms(bags: Iterable[Counter[str]], weight: Callable[[str], float]) -> Callable[[str], float]:
    """``weight``, but nothing for a term found in more than ``_EVERYWHERE_SHARE`` of the ``bags`` (and in
    more than ``_COMMON_FLOOR`` of them, so that a handful of clusters keeps every term)."""
    bags = list(bags)
    df: Counter[str] = Counter(t for bag in bags for t in bag)
    limit = max(_COMMON_FLOOR, _EVERYWHERE_SHARE * len(bags))
    everywhere = frozenset(t for t, n in df.items() if n > limit)
    if not everywhere:
        return weight
    return lambda t: 0.0 if t in everywhere else weight(t)


def _near(a: frozenset[dt.date], b: frozenset[dt.date]) -> bool:
    return not a or not b or any(abs((x - y).days) <= _DAYS for x in a for y in b)


def group_stories(clusters: Sequence[Cluster], terms: Mapping[str, Counter[str]], weight: Callable[[str], float],
                  dates: Mapping[str, frozenset[dt.date]], outlet_of: Callable[[str], str],
                  links: Iterable[tuple[str, str]] = ()) -> tuple[Story, ...]:
    """Stories of ``clusters``: ``terms`` gives each cluster's bag of topic terms (cluster id -> counts),
    ``weight`` a term's rarity, ``dates`` each cluster's article dates (empty when unknown), ``outlet_of``
    an article's outlet, and ``links`` pairs of clusters that are one story outright (one speaker's
    statements in a row), unless one gives a toll (:attr:`Cluster.measures`) and the other none."""
    ids = [c.id for c in clusters]
    position = {cid: i for i, cid in enumerate(ids)}
    uf = UnionFind(ids, order=position.__getitem__)
    find = uf.find

    def union(x: str, y: str) -> str:
        rx, ry = find(x), find(y)
        root = uf.union(rx, ry)
        other = ry if root == rx else rx
        bags[root].update(bags.pop(other))  # in place: a growing story is not copied at each merge
        mass[root] = sum(weight(t) for t in bags[root])
        mass.pop(other)
        days[root] = days[root] | days.pop(other)
        return root

    bags: dict[str, Counter[str]] = {cid: Counter(terms.get(cid, {})) for cid in ids}
    weight = _without_everywhere_terms(bags.values(), weight)
    days: dict[str, frozenset[dt.date]] = {cid: dates.get(cid, frozenset()) for cid in ids}
    # One speaker's statements in a row are one story, except a toll and what is not one: the interior
    # ministry's 27 dead and its "عمل إرهابي" are the toll and the response (suruc_bombing).
    toll = {c.id: bool(c.measures) for c in clusters}
    mass = {cid: sum(weight(t) for t in bag) for cid, bag in bags.items()}  # each bag's total weight
    for x, y in links:
        if x in uf.parent and y in uf.parent and find(x) != find(y) and toll[find(x)] == toll[find(y)]:
            union(x, y)
    roots = [cid for cid in ids if find(cid) == cid]
    postings: dict[str, list[str]] = defaultdict(list)
    for root in roots:
        for t in bags[root]:
            postings[t].append(root)
    limit = min(max(_COMMON_FLOOR, int(_COMMON_SHARE * len(roots))), _MOST)
    pairs: set[tuple[str, str]] = set()
    for items in postings.values():
        if len(items) > limit:
            continue
        for k, x in enumerate(items):
            pairs.update((x, y) for y in items[k + 1:])
    scores = sorted(((_similarity(bags[x], bags[y], weight, mass[x], mass[y]), x, y) for x, y in pairs
                     if _near(days[x], days[y])), reverse=True)
    for score, x, y in scores:
        if score < STORY_SAME:
            break
        rx, ry = find(x), find(y)
        if rx == ry or not _near(days[rx], days[ry]):
            continue
        # The two stories as they now stand must still be alike, so one close pair does not chain two stories.
        if (rx, ry) != (x, y) and _similarity(bags[rx], bags[ry], weight, mass[rx], mass[ry]) < STORY_SAME * _LINKAGE:
            continue
        union(rx, ry)
    by_id = {c.id: c for c in clusters}
    members: dict[str, list[str]] = defaultdict(list)
    for cid in ids:
        members[find(cid)].append(cid)
    out = []
    for n, root in enumerate(sorted(members, key=position.__getitem__), start=1):
        group = [by_id[m] for m in members[root]]
        biggest = max(group, key=lambda c: (len(c.outlets), len(c.claims)))
        articles = tuple(dict.fromkeys(a for c in group for a in c.articles))
        out.append(Story(f"s{n}", biggest.label, [c.id for c in group], [m for c in group for m in c.claims],
                         articles, tuple(dict.fromkeys(outlet_of(a) for a in articles))))
    return tuple(out)
