"""Stories: the claims about one event or question, across speakers and outlets.

A claim cluster (:mod:`.clusters`) is one speaker asserting one proposition; a :class:`Story` groups the
clusters about the same event or question: the dozen condemnations of one attack, the successive tolls, an
allegation and its denial.  Two clusters join when what they talk about overlaps enough, weighed by how rare
each term is in real news (a town's name, a rare noun), whoever says it; candidates come from an inverted
index over rare terms (never all pairs).  Stories are local in time: clusters whose articles are all dated
more than a day apart never join.

Once a story holds more than one unit (a cluster, or the clusters one speaker's statements in a row tie),
what it may still absorb is judged by average link on specific evidence (:class:`_Stories`): names,
places and words that real news uses in some dozens to hundreds of articles, weighed by the share of the
story's units that use them.  Single link on every rare word chained a whole day of real news into one
story (1,000 SaudiNewsNet articles: 5,909 of 7,039 claims) through word forms seen once (احساسا، تهويل).

An event asks several questions, and a reader follows each as a story of its own (:mod:`.facets`): who
condemned it, who did it, what the investigation found, what is being done about it, and how many people it
concerns (its toll, the defendants referred to a court).  Clusters that answer two different questions are
never one story, and a toll never joins what answers none; the condemnations of one event, a wave of
reactions in the same few words, join on a narrow anchor they share (سروج, or سوروج as another outlet spells
it), whatever else they say.  And an event is a place, a time and participants: two units join
only on a place, a named participant or a rare name they share (in their claims or their articles'
headlines), never on the kind of event alone (هجوم، انتحارية، قتيلا).

A long article can cover several stories.  Two units of one and the same article that the links did not tie
(the article changed topic between them) never join each other directly: only stories of other articles
can bring them together, so one article does not bridge its stories into one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..lexicon import str_tuple
from .clusters import Cluster
from .facets import EVENT_FACETS, PERPETRATOR, TOLL, WAVES, claim_facet, cluster_facet, gives_toll, headline_gives_toll
from .story_terms import (COMMON_FLOOR, anchor, clause, narrow, similarity, specific, spelt,
                          story_similarity, without_everywhere_terms)
from .unionfind import UnionFind

__all__ = ["STORY_SAME", "TOLL", "Story", "claim_facet", "clause", "cluster_facet", "gives_toll", "group_stories",
           "headline_gives_toll", "story_similarity"]

STORY_SAME = 0.2  # the similarity at which two clusters are about one story
_LINKAGE = 0.3  # a story of several units must, on specific evidence, still reach this share of STORY_SAME
_COMMON_SHARE = 0.3  # terms in more than this share of clusters propose no candidates
_MOST = 64  # nor terms in more than this many, however large the corpus (pairs would grow as its square)
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

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of a story (schema ``story``, :mod:`claimtrack.records`); ``attrs.asdict`` gives the same
        keys."""
        return {"id": self.id, "label": self.label, "clusters": list(self.clusters), "claims": list(self.claims),
                "articles": list(self.articles), "outlets": list(self.outlets)}


def _compatible(a: str, b: str) -> bool:
    """Whether units of facets ``a`` and ``b`` may be one story: the same facet, or one without a facet
    joining what is not a toll (a toll and what gives none stay two questions)."""
    return a == b or (not a and b != TOLL) or (not b and a != TOLL)


def _alike(a: str, b: str) -> bool:
    """Whether units of facets ``a`` and ``b`` may join on their likeness: the same facet, or a wave's
    (:data:`.facets.WAVES`) or none and what has none.  A wave's speakers react in few words of their own, and
    what its speaker adds ("وأكد رفضه الإرهاب بكافة صوره") has no facet word (such a join must still agree on
    specific evidence: :func:`group_stories`); the other questions share the event's words with everything else
    told about it ("الانفجار الذي هز بلدة سروج ... قرب الحدود مع سوريا": the blast's scene, who did it and the
    ministry's call for calm, suruc_bombing)."""
    return a == b or (not a and b in WAVES) or (not b and a in WAVES)


class _Stories:
    """Stories as they grow: for each root, how many units it holds, how many of them use each specific term,
    the sum of the units' specific weight, and their days.  Two stories are compared through their centroids
    (each term weighed by the share of the story's units that use it), which is the mean similarity of their
    units' pairs: a term that one unit of a large story brought along counts for that unit only, so a story
    does not chain through what its edges mention.  A merge folds the smaller term table into the larger, so
    merges cost near-linear time however large a story grows."""

    def __init__(self, bags: Mapping[str, Iterable[str]], weight: Callable[[str], float],
                 days: Mapping[str, frozenset[dt.date]], order: Callable[[str], int],
                 facet: Mapping[str, str]) -> None:
        self.uf = UnionFind(bags, order=order)
        self.weight = weight
        self.size = dict.fromkeys(bags, 1)
        self.df: dict[str, dict[str, int]] = {r: {t: 1 for t in bag if specific(t)} for r, bag in bags.items()}
        self.mass = {r: sum(weight(t) for t in df) for r, df in self.df.items()}
        self.days = dict(days)
        self.facet = dict(facet)

    def near(self, rx: str, ry: str) -> bool:
        """Stories are local in time: some day of one is within ``_DAYS`` of some day of the other."""
        a, b = self.days[rx], self.days[ry]
        return not a or not b or any(abs((x - y).days) <= _DAYS for x in a for y in b)

    def similarity(self, rx: str, ry: str) -> float:
        """:func:`story_similarity` of the two stories' centroids over their specific terms."""
        dx, dy, nx, ny = self.df[rx], self.df[ry], self.size[rx], self.size[ry]
        if len(dx) > len(dy):
            dx, dy = dy, dx
        weight = self.weight
        shared = sum(weight(t) * n * dy[t] for t, n in dx.items() if t in dy) / (nx * ny)
        mx, my = self.mass[rx] / nx, self.mass[ry] / ny
        if not shared or not mx or not my:
            return 0.0
        return (shared / min(mx, my) + 2 * shared / (mx + my)) / 2

    def union(self, rx: str, ry: str) -> None:
        """Join the stories of roots ``rx`` and ``ry``."""
        root = self.uf.union(rx, ry)
        other = ry if root == rx else rx
        big, small = self.df.pop(root), self.df.pop(other)
        if len(big) < len(small):
            big, small = small, big
        for t, n in small.items():
            big[t] = big.get(t, 0) + n
        self.df[root] = big
        self.size[root] += self.size.pop(other)
        self.mass[root] += self.mass.pop(other)
        self.days[root] = self.days[root] | self.days.pop(other)
        facet = self.facet.pop(other)  # popped whatever the root has, as every other field of the merged unit
        self.facet[root] = self.facet[root] or facet


def _pairs(postings: Iterable[list[str]], limit: int, alone: Mapping[str, str],
           anchors: Mapping[str, frozenset[str]] | None = None) -> set[tuple[str, str]]:
    """The pairs of units that a posting list of at most ``limit`` units holds, but two units ``alone`` in one
    and the same article (that article's different stories), and with ``anchors`` two units that share none."""
    pairs: set[tuple[str, str]] = set()
    for items in postings:
        if len(items) > limit:
            continue
        for k, x in enumerate(items):
            own = alone.get(x)
            mine = anchors[x] if anchors is not None else None
            pairs.update((x, y) for y in items[k + 1:] if (own is None or alone.get(y) != own)
                         and (mine is None or not mine.isdisjoint(anchors[y])))  # type: ignore[index]
    return pairs


def _told_pairs(units: Iterable[str], facet: Mapping[str, str], articles_of: Mapping[str, Collection[str]],
                told: Mapping[str, Collection[str]], weight: Callable[[str], float], limit: int,
                alone: Mapping[str, str]) -> set[tuple[str, str]]:
    """The pairs of ``units`` (of :data:`.facets.EVENT_FACETS`) that answer the same question of one event: in
    articles that tell an event (``told``: article -> the terms of its headline and lead) naming a rare word
    (:func:`anchor`, not an entity: the day's shared participants are many) and told alike on specific evidence
    (:func:`specific`, as a story of several units is held to): the Suruc articles of the interior ministry's call
    for unity and of the prime minister's security measures 0.25 (suruc_bombing; 0.18 on all their terms),
    the Suruc blast and a car bomb in Mosul 0.19 (SaudiNewsNet 2015-07-21; 0.12), a man drowned in a well near
    Medina and a stabbing in Qassim that both name a man in his thirties (ثلاثيني) 0.13 (2015-08-03; 0.19)."""
    by_word: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in units:
        words = {spelt(t) for a in articles_of[r] if a in told for t in told[a]
                 if not t.startswith("e:") and anchor(t)}
        for w in words:
            by_word[facet[r], w].append(r)
    evidence = {a: {t for t in terms if specific(t)} for a, terms in told.items()}
    mass = {a: sum(weight(t) for t in terms) for a, terms in evidence.items()}
    return {(x, y) for x, y in _pairs(by_word.values(), limit, alone)
            if any(similarity(evidence[p], evidence[q], weight, mass[p], mass[q]) >= STORY_SAME
                   for p in articles_of[x] if p in told for q in articles_of[y] if q in told and p != q)}


def group_stories(clusters: Sequence[Cluster], terms: Mapping[str, Counter[str]], weight: Callable[[str], float],
                  dates: Mapping[str, frozenset[dt.date]], outlet_of: Callable[[str], str],
                  links: Iterable[tuple[str, str]] = (), tolls: Collection[str] = (),
                  headlines: Mapping[str, Collection[str]] | None = None,
                  facets: Mapping[str, str] | None = None, toll_articles: Collection[str] = (),
                  culprits: Collection[str] = (), told: Mapping[str, Collection[str]] | None = None,
                  denials: Collection[str] = ()) -> tuple[Story, ...]:
    """Stories of ``clusters``: ``terms`` gives each cluster's bag of topic terms (cluster id -> counts),
    ``weight`` a term's rarity, ``dates`` each cluster's article dates (empty when unknown), ``outlet_of``
    an article's outlet, ``links`` pairs of clusters that are one story outright (one speaker's statements
    in a row) and ``tolls`` the clusters that give a toll (:func:`gives_toll`; a cluster whose figures have a
    measure, :attr:`Cluster.measures`, gives one too).  A toll and what gives none are two questions of an
    event (how many were killed or referred to a court; who did it, what they are charged with): they are
    never joined, by a link or on their likeness, so they are never one story.  ``facets`` (cluster id ->
    :func:`cluster_facet`; :class:`~claimtrack.Corpus` always gives them) names the question each cluster
    answers, the toll included: two different questions never join either, a question joins what answers none
    only through the links (but a wave's: :func:`_alike`), and two units of a wave
    (:data:`.facets.WAVES`: condemnations) that share a narrow anchor (:func:`narrow`) are alike enough
    (``STORY_SAME``) to join, and such a join is not held to the average link of a story of several units.

    An event is a place, a time and participants.  Given ``headlines`` (the topic terms of the headlines of
    each cluster's articles; :class:`~claimtrack.Corpus` always gives them), two units join on their likeness
    only when they share an anchor (:func:`anchor`: a place, a named participant or a rare name) in their
    terms or their headlines (a toll's claim seldom names the town its headline names).  The kind of event
    (هجوم، انتحارية، قتيلا) is no anchor: it joined different attacks of a real day into one story.

    ``toll_articles`` names the articles whose headline gives a toll (:func:`headline_gives_toll`): the clusters
    that give a toll in one of them are one story.  ``culprits`` names the clusters that say who did the event
    their articles tell (:func:`.facets.tells_culprit`): who did it is a wave of its own among them, on a narrow
    anchor of their headlines.  ``told`` gives the topic terms of the headline and lead of each article that tells
    an event (:func:`.facets.tells_event`; :class:`~claimtrack.Corpus` always gives them): the units of a
    question of :data:`.facets.EVENT_FACETS` join when their articles tell one event, but the units that hold one
    of the clusters ``denials`` names (a denial's)."""
    ids = [c.id for c in clusters]
    position = {cid: i for i, cid in enumerate(ids)}
    links_uf = UnionFind(ids, order=position.__getitem__)
    find = links_uf.find
    bags: dict[str, set[str]] = {cid: set(terms.get(cid, ())) for cid in ids}
    weight = without_everywhere_terms(bags.values(), weight)
    # One speaker's statements in a row are one story, except a toll and what is not one: the interior
    # ministry's 27 dead and its "عمل إرهابي" are the toll and the response (suruc_bombing).
    facet = {c.id: (facets or {}).get(c.id) or (TOLL if c.measures or c.id in tolls else "") for c in clusters}
    days = {cid: dates.get(cid, frozenset()) for cid in ids}

    def tie(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry and _compatible(facet[rx], facet[ry]):
            root = links_uf.union(rx, ry)
            other = ry if root == rx else rx
            bags[root] |= bags.pop(other)
            days[root] = days[root] | days.pop(other)
            facet[root] = facet[root] or facet[other]

    for x, y in links:
        if x in position and y in position:
            tie(x, y)
    # An article whose headline gives a toll ("27 قتيلاً بانفجار في بلدة تركية") is about that toll: the figures
    # its claims give (the ministry's 27, a channel's first 10, witnesses' 20 or more, an official's 20 to 25
    # wounded) answer that one question, whoever gives them, though they seldom share a word (alyaum_0721_2242,
    # aawsat_0721_37, aljazirah_0721_981 of suruc_bombing).
    headline_tolls: dict[str, str] = {}
    for c in clusters:
        if facet[c.id] == TOLL:
            for article in c.articles:
                if article in toll_articles:
                    tie(headline_tolls.setdefault(article, c.id), c.id)
    # The units: each cluster, or the clusters that links tied (the bag of their terms together).
    units = {r: bags[r] for r in ids if find(r) == r}
    stories = _Stories(units, weight, {r: days[r] for r in units}, position.__getitem__,
                       {r: facet[r] for r in units})
    mass = {r: sum(weight(t) for t in bag) for r, bag in units.items()}
    postings: dict[str, list[str]] = defaultdict(list)
    for r, bag in units.items():
        for t in bag:
            postings[t].append(r)
    limit = min(max(COMMON_FLOOR, int(_COMMON_SHARE * len(units))), _MOST)
    # The article of a unit that lies in one article only: two such units of one article that the links did not
    # tie are that article's different stories (aawsat_0724_831: the Saudi visit, the UAE talks and the Kuwait
    # trip, rumours), so they are no pair; only stories of other articles may bring them together.
    articles_of: dict[str, set[str]] = defaultdict(set)
    for c in clusters:
        articles_of[find(c.id)].update(c.articles)
    alone = {r: next(iter(a)) for r, a in articles_of.items() if len(a) == 1}
    affine: set[tuple[str, str]] = set()
    if headlines is None:
        pairs = _pairs(postings.values(), limit, alone)
    else:
        context: dict[str, set[str]] = defaultdict(set)
        for c in clusters:
            context[find(c.id)].update(headlines.get(c.id, ()))
        anchors = {r: frozenset(t for t in bag | context[r] if anchor(t)) for r, bag in units.items()}
        # only the pairs that share an anchor are ever held (at 20,000 real articles the others took 400 MB)
        pairs = _pairs(postings.values(), limit, alone, anchors)
        # A wave of reactions to one event: units of a facet of WAVES that share a narrow anchor (an entity real
        # news seldom names, or a rare word of their articles' headlines: سروج, however its transliteration
        # spells it) are alike enough to be one story however little else their words share (Egypt's,
        # Germany's president's and the UN's condemnations of one attack, suruc_bombing).  A rare word of the
        # claims alone is no such anchor: on a real day it joined a fashion designer's "تندد" to a raid.
        # So are the units that say who did the event their articles tell (:func:`.facets.tells_culprit`), on a
        # narrow anchor of their headlines: the prime minister's "وحمّل التنظيم الجهادي مسؤولية الهجوم" and the
        # PKK's "بالوقوف وراء التفجير" (suruc_bombing) share little with what the others said of who did the
        # Suruc bombing but the town their headlines name.
        culprit_units = {find(c) for c in culprits if c in position}
        by_facet: dict[tuple[str, str], list[str]] = defaultdict(list)
        for r in units:
            culprit = facet[r] == PERPETRATOR and r in culprit_units
            if facet[r] in WAVES or culprit:
                for t in anchors[r]:
                    if narrow(t) and ((t.startswith("e:") and not culprit) or t in context[r]):
                        by_facet[facet[r], spelt(t)].append(r)
        affine = _pairs(by_facet.values(), limit, alone)
        # What is being done, what the investigation found: the units that answer one of these questions join when
        # their articles tell one event (the Turkish interior ministry's "ندعو الجميع إلى التوحد" and the prime
        # minister's "سنتباحث في خطة عمل تشمل إجراءات أمنية جديدة على حدودنا"; his identified suspect and an
        # official's "منفذ الهجوم رجل في العشرين", suruc_bombing), however little their words share.  Not a unit
        # that holds a denial: it answers an allegation, a question of its own ("تنفي ذلك باستمرار" and "تركيا
        # اتخذت دائما إجراءات ضد داعش" answer the allies' blame of Turkey's policy, alriyadh_0722_693).
        if told:
            denied = {find(c) for c in denials if c in position}
            affine |= _told_pairs([r for r in units if facet[r] in EVENT_FACETS and r not in denied], facet,
                                  articles_of, told, weight, limit, alone)
        pairs |= affine
    # A question and what answers none do not join on their own likeness either, but a wave's (:func:`_alike`):
    # the toll and what gives none (the prosecutor's "41 متهماً" referred to the court and what he says the
    # group did: uae_41_trial; the toll and the blast's scene or the condemnations: suruc_bombing), who did it
    # and the blast's scene, what is being done and the shootings elsewhere (suruc_bombing): every claim about
    # one event is told in the same words of its place and its blast.  What one speaker says in a row still
    # joins (the links above).
    scores = sorted(((max(STORY_SAME if (x, y) in affine else 0.0,
                          similarity(units[x], units[y], weight, mass[x], mass[y])), x, y) for x, y in pairs
                     if _alike(facet[x], facet[y]) and stories.near(x, y)), reverse=True)
    for score, x, y in scores:
        if score < STORY_SAME:
            break
        rx, ry = stories.uf.find(x), stories.uf.find(y)
        if rx == ry or not stories.near(rx, ry) or not _alike(stories.facet[rx], stories.facet[ry]):
            continue
        # Two units join on their own likeness; a story of several units must still be alike, as a whole and
        # on specific evidence, to what it absorbs, so one close pair does not chain two stories.  So must what
        # answers no question and a wave's unit: the event's own account ("انفجارا وقع في مركز ثقافي ببلدة سروج
        # جنوب شرقي تركيا", aawsat_0721_37) talks like the UN's condemnation ("أدان ... التفجير الذي وقع في بلدة
        # سوروج جنوب شرق تركيا", alriyadh_0722_695) in the event's common words alone (suruc_bombing).
        # A wave's speakers share the event, not their words, so a wave join is not held to that check.
        if ((x, y) not in affine and (stories.size[rx] > 1 or stories.size[ry] > 1
                                      or stories.facet[rx] != stories.facet[ry])
                and stories.similarity(rx, ry) < STORY_SAME * _LINKAGE):
            continue
        stories.union(rx, ry)
    by_id = {c.id: c for c in clusters}
    members: dict[str, list[str]] = defaultdict(list)
    for cid in ids:
        members[stories.uf.find(find(cid))].append(cid)
    out = []
    for n, root in enumerate(sorted(members, key=position.__getitem__), start=1):
        group = [by_id[m] for m in members[root]]
        biggest = max(group, key=lambda c: (len(c.outlets), len(c.claims)))
        articles = tuple(dict.fromkeys(a for c in group for a in c.articles))
        out.append(Story(f"s{n}", biggest.label, [c.id for c in group], [m for c in group for m in c.claims],
                         articles, tuple(dict.fromkeys(outlet_of(a) for a in articles))))
    return tuple(out)
