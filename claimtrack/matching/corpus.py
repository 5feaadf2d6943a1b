"""The corpus: articles from several outlets, and what is worked out from them once and cached.

:class:`Corpus` stores articles and, on first use, extracts their attributions, keys their claims, groups
identical reprints, weighs index terms by rarity, proposes candidate pairs from an inverted index over rare
features (never all pairs), scores them (with a fallback to the source's country) and links counter-claims.
Adding an article forgets all of it.  Clustering is :mod:`.clusters`.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

import attrs

from ..attribution import extract_attributions
from ..claims import ClaimKey, claim_key, find_entities
from ..claims.stems import word_tokens
from ..dates import parse_date
from ..errors import InputError
from ..geography import claim_countries
from ..lexicon.grammar import grammar
from ..models import Article, Attribution
from ..normalize import fold
from ..polarity import negative_core
from ..reader import read_article
from ..sentences import split_paragraph
from .clusters import Cluster, cluster_claims
from .collecting import few_full_collections
from .pairs import PairScores
from .candidates import candidate_positions, iter_candidate_pairs
from .score import SAME, Claim, PairScore, pair_score, with_speakers
from .spelling import close_words
from .speaker_relation import relation
from .facets import EVENT_FACETS, tells_culprit, tells_event
from .stories import Story, cluster_facet, group_stories, headline_gives_toll
from .story_links import story_links
from .terms import idf, sentence_terms, term_counts, term_weights, topic_terms

# idf, sentence_terms, term_counts, term_weights and topic_terms: .terms's, named here as before
__all__ = ["Corpus", "content_words", "idf", "sentence_terms", "source_key", "term_counts", "term_weights", "topic_terms"]

# Index terms found in more than this share of claims are too common to propose candidates.
_COMMON_SHARE = 0.25
# Two sentences whose words are this alike (Dice) are one sentence retold (Corpus._one_sentence_retold).
_RETOLD = 0.8



def source_key(a: Attribution) -> frozenset[str]:
    """Who speaks, as canonical entity names, or the folded source text when it names none."""
    names = {c for c, _ in find_entities(a.source.text)}
    return frozenset(names) or frozenset({fold(a.source.text)}) if a.source.text else frozenset()


def content_words(key: ClaimKey) -> tuple[str, ...]:
    """The words of a claim key without fillers: reprints that differ only in fillers are one claim."""
    role = grammar().role
    return tuple(w for w in key.words if "filler" not in role(w))


# The cached analyses, forgotten when an article is added.
_ANALYSES = ("attributions", "claims", "groups", "_representative", "_topics", "_claim_places", "_weight", "_near",
             "pair_scores",
             "clusters", "stories")


class Corpus:
    """Articles from several outlets, their attributions, and the claims they share.

    >>> corpus = Corpus()
    >>> corpus.add("seeds/000_8b6cf623ab9f9948.txt", outlet="A")  # doctest: +SKIP
    >>> [c.label for c in corpus.clusters if len(c.outlets) > 1]  # doctest: +SKIP
    """

    def __init__(self, items: Iterable["str | os.PathLike[str] | Article"] = ()) -> None:
        self._articles: dict[str, Article] = {}
        for item in items:
            self.add(item)

    def add(self, item: "str | os.PathLike[str] | Article", *, outlet: str | None = None,
            published: "dt.date | str | None" = None) -> Article:
        """Add an article (a path or an :class:`Article`); ``outlet`` and ``published`` override its own."""
        if isinstance(item, Article):
            article = item
            if outlet is not None or published is not None:
                article = attrs.evolve(article, outlet=outlet or article.outlet,
                                       published=parse_date(published) or article.published)
        else:
            article = read_article(Path(item), outlet=outlet, published=published)
        if article.id in self._articles:
            where = "article" if isinstance(item, Article) else os.fspath(item)
            raise InputError(f"{where}: article id {article.id!r} is already in the corpus; "
                             "each article needs an id of its own")
        self._articles[article.id] = article
        for name in _ANALYSES:
            self.__dict__.pop(name, None)
        return article

    @classmethod
    def from_analysis(cls, articles: Iterable[Article], attributions: Iterable[Attribution],
                      clusters: "Iterable[Cluster] | None" = None) -> "Corpus":
        """A corpus whose attributions and claim clusters were found before (a tracker's store keeps them):
        they are taken as given, not extracted or matched again (without ``clusters``, the attributions only:
        the clusters are found as for any corpus).  Adding an article forgets them."""
        corpus = cls(articles)
        corpus.__dict__["attributions"] = tuple(attributions)
        if clusters is not None:
            corpus.__dict__["clusters"] = tuple(clusters)
        return corpus

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(self._articles.values())

    @functools.cached_property
    def attributions(self) -> tuple[Attribution, ...]:
        return tuple(a for art in self._articles.values() for a in extract_attributions(art))

    @functools.cached_property
    def claims(self) -> tuple[Claim, ...]:
        by_id = {a.id: a for a in self.attributions}
        out = []
        for a in self.attributions:
            target = a
            while target.content.refers_to and target.content.refers_to in by_id:
                target = by_id[target.content.refers_to]
            out.append(Claim(a, claim_key(target.content.text), source_key(a)))
        return with_speakers(out)

    @functools.cached_property
    def groups(self) -> dict[str, tuple[str, ...]]:
        """Identical claims (the same folded content, stance, negation, speaker and hedging, as when
        outlets reprint wire copy): representative id -> every id in the group.  Pairs are scored between
        representatives, so everything a mark depends on (who speaks, named or not, hedged or not) is in the key."""
        by_key: dict[tuple[object, ...], list[str]] = {}
        for c in self.claims:
            a = c.attribution
            # c.key is the referenced claim's for "ذلك", so reprinted denials collapse too
            # The folded content without filler words (data: particles.tsv, role filler), so reprints
            # that add "أيضا" or "كذلك" collapse while قبل/بعد, مع/دون keep two claims apart.
            by_key.setdefault((content_words(c.key), a.cue.stance, a.content.negated,
                               bool(a.content.refers_to), tuple(sorted(c.source_key)),
                               a.source.kind == "anonymous", bool(a.hedges)), []).append(c.id)
        return {ids[0]: tuple(ids) for ids in by_key.values()}

    @functools.cached_property
    def _representative(self) -> dict[str, str]:
        return {m: rep for rep, ms in self.groups.items() for m in ms}

    def representative(self) -> dict[str, str]:
        """Claim id -> the id of the first copy of its reprint group."""
        return self._representative

    @functools.cached_property
    @few_full_collections()
    def _weight(self) -> Callable[[str], float]:
        # Document frequency over every sentence of the corpus, not just the claims: a word common in
        # the outlets' own prose (ليبيا، الأمريكي) says little about which claim is meant.
        # The sentences of attributions keep their terms for the story links.
        kept: dict[str, set[str] | None] = dict.fromkeys(
            c.attribution.sentence.of(self._articles[c.attribution.article].text) for c in self.claims)
        df, n = term_counts(self._articles.values(), kept)
        self._topics.update((text, terms) for text, terms in kept.items() if terms is not None)
        return term_weights(df, n)

    def count_terms_elsewhere(self, df: "Counter[str]", n: int) -> None:
        """The document frequency of each term and the number of sentences, counted elsewhere (in parts, summed:
        claimtrack.dask) as :meth:`weight` counts them, are used instead of counting again."""
        self.__dict__["_weight"] = term_weights(df, n)

    def _sentence_terms(self, text: str) -> set[str]:
        """The topic terms of a sentence's text, found once (the weights and the story links both need them)."""
        terms = self._topics.get(text)
        if terms is None:
            terms = self._topics[text] = sentence_terms(text)
        return terms

    @functools.cached_property
    def _topics(self) -> dict[str, set[str]]:
        return {}

    def weight(self) -> Callable[[str], float]:
        """The rarity weight of an index term: a weighted mean of its IDF over every sentence of the corpus and
        its IDF over real news articles (:mod:`claimtrack.lexicon.background`)."""
        return self._weight

    @few_full_collections()
    def candidate_pairs(self) -> list[tuple[Claim, Claim]]:
        """Pairs sharing at least two index terms that are not too common, from articles at most
        :data:`~.candidates.WINDOW_DAYS` apart (or undated): an inverted index, not all pairs."""
        return list(self.iter_candidate_pairs())

    def iter_candidate_pairs(self) -> Iterator[tuple[Claim, Claim]]:
        """The pairs of :meth:`candidate_pairs` one by one, in the same order (at 20,000 real articles there are
        780,000)."""
        claims, dates = self._representatives()
        return ((claims[i], claims[j]) for i, j in iter_candidate_pairs(claims, _COMMON_SHARE, dates=dates))

    def _representatives(self) -> tuple[tuple[Claim, ...], list[int | None]]:
        """The claims that stand for their reprint group (the first copy), in corpus order, and the day of each
        one's article (an ordinal; None when undated): what the candidate pairs are found among."""
        reps = set(self.groups)
        claims = tuple(c for c in self.claims if c.id in reps)
        return claims, [d.toordinal() if (d := self._articles[c.attribution.article].published) else None
                        for c in claims]

    @functools.cached_property
    @few_full_collections()
    def _near(self) -> dict[str, frozenset[str]]:
        """Each word of the claims' keys -> the words spelt nearly like it (:func:`.spelling.close_words`)."""
        return close_words(w for c in self.claims for w in (*c.key.stems, *c.key.ordered))

    def scorer(self) -> "Corpus":
        """A corpus that scores pairs (:meth:`score`) as this one does: what the scores read (the term weights,
        the spelling variants, the articles' texts for their places) and nothing else, to send to other processes
        (claimtrack.dask)."""
        other = Corpus()
        other.__dict__.update(_weight=self.weight(), _near=self._near,
                              _articles=dict(self._articles))
        return other

    def score(self, a: Claim, b: Claim) -> PairScore:
        return self._score(a, b, self.weight())

    def _score(self, a: Claim, b: Claim, weight: Callable[[str], float]) -> PairScore:
        speaker = relation(a.speaker, b.speaker)
        retold = speaker == "different" and self._one_sentence_retold(a, b)
        if retold:
            speaker = ""  # nor does the source's country tell them apart (below)
        s = pair_score(a.key, b.key, weight, bool(a.source_key & b.source_key),
                       (a.attribution.cue.stance == "deny", b.attribution.cue.stance == "deny"),
                       speaker=speaker,
                       stances=(a.attribution.cue.stance, b.attribution.cue.stance), near=self._near)
        if s.kind == "same" and s.speaker != "same" and not retold and (pa := self._places(a)) \
                and (pb := self._places(b)) and not (pa & pb):
            # "يؤكد الجيش التونسي وجود تنسيق أمني" / "لفت الوكيل إلى وجود تعاون أمني بين حكومة الوفاق ...":
            # where the content names no country, the source's country tells the two apart.  Not for one speaker
            # (رفضه للتصريحات ... لنوري المالكي by the Kuwaiti speaker): his own country is no topic of his claims.
            reasons = s.reasons + ("different places: " + "، ".join(sorted(pa | pb)),)
            return attrs.evolve(s, score=min(s.score, SAME - 0.05), reasons=reasons, place_conflict=tuple(sorted(pa | pb)))
        return s

    def _one_sentence_retold(self, a: Claim, b: Claim) -> bool:
        """Whether two claims whose speakers were both found by a back-reference stand in one sentence retold by
        two outlets (:data:`_RETOLD` of its words, the back-reference among them): then the speaker is one, however
        the two resolutions read it.  "وقد حمل الملك المفدى الوزير نقل تحياته ...، مؤكداً عمق العلاقات ..." is
        the King's in eight copies of one SPA wire; in aljazirah_0724_965 a photo caption glued to the body
        ("... لدى استقباله أمس في جدةاستقبل خادم الحرمين الشريفين") made its back-reference read the Egyptian
        minister (egypt_fm_visit).  Not a carried-over speaker ("وأضاف أن ..."): his sentence names nobody."""
        if a.attribution.source.resolved != "backreference" or b.attribution.source.resolved != "backreference":
            return False
        wa, wb = (self._sentence_words(c) for c in (a, b))
        return bool(wa and wb) and 2 * len(wa & wb) >= _RETOLD * (len(wa) + len(wb))

    def _sentence_words(self, c: Claim) -> frozenset[str]:
        """The folded words of a claim's sentence."""
        text = c.attribution.sentence.of(self._articles[c.attribution.article].text)
        return frozenset(fold(t[0]) for t in word_tokens(text))

    def _places(self, c: Claim) -> frozenset[str]:
        """The countries a claim is about: its content's, or its source's when the content names none (found once
        a claim: a claim is in many pairs)."""
        places = self._claim_places.get(c.id)
        if places is None:
            places = self._claim_places[c.id] = claim_countries(c.key, c.attribution.source.text,
                                                                self._articles[c.attribution.article].text)
        return places

    @functools.cached_property
    def _claim_places(self) -> dict[str, frozenset[str]]:
        return {}

    def counter_claims(self) -> list[tuple[str, str]]:
        """A negative statement right after a claim in the same article whose negated words repeat the
        claim's ("سلموا 14 طائرة" ... "الجيش لم يتسلم طائرات مقاتلة"): the counter-claim joins the claim."""
        links = []
        claims = self.claims
        for i, b in enumerate(claims):
            core = set(negative_core(b.key, b.attribution.cue.stance == "deny"))
            if not core or b.attribution.content.refers_to:
                continue
            for a in reversed(claims[max(0, i - 3) : i]):
                if a.attribution.article != b.attribution.article or a.attribution.content.negated:
                    continue
                if b.attribution.sentence.start - a.attribution.sentence.end > 400:
                    continue
                weight = self.weight()
                shared = core & set(a.key.ordered)
                strong = {f for f in shared if weight(f) >= 3.0}
                # Two rare words, or a named thing and one more word ("اللواء الأمني ... قوات عسكرية").
                if len(strong) >= 2 or (any(f.startswith("e:") for f in strong)
                                        and any(weight(f) >= 2.5 for f in shared - strong)):
                    links.append((a.id, b.id))
                    break
        return links

    @functools.cached_property
    @few_full_collections()
    def pair_scores(self) -> PairScores:
        """Each candidate pair's score, an unrelated pair's kept compactly (:class:`.pairs.PairScores`).  The pairs
        are scored with a weight function of their own (the same weights), so that what :func:`.score.pair_score`
        remembers of each key for a weight function is forgotten once they are scored, not kept with the corpus."""
        weight = functools.partial(self.weight())
        claims, dates = self._representatives()
        # every pair found before any is scored: the indexes that propose them are gone before the scores are held
        flat = candidate_positions(claims, _COMMON_SHARE, dates=dates)
        pairs = ((claims[flat[k]], claims[flat[k + 1]]) for k in range(0, len(flat), 2))
        return PairScores(((a.id, b.id), self._score(a, b, weight)) for a, b in pairs)

    @functools.cached_property
    @few_full_collections()
    def clusters(self) -> tuple[Cluster, ...]:
        claims = self.claims
        return cluster_claims(claims, self.groups, self.counter_claims(), self.pair_scores,
                              lambda article: self._articles[article].outlet or article)

    @functools.cached_property
    @few_full_collections()
    def stories(self) -> tuple[Story, ...]:
        """The claims about one event or question (:mod:`.stories`): clusters joined by what they talk
        about, whoever speaks, on the same or neighbouring days."""
        clusters = self.clusters
        weight = self.weight()
        by_id = {c.id: c for c in self.claims}
        dates: dict[str, frozenset[dt.date]] = {}
        same_dates: dict[frozenset[dt.date], frozenset[dt.date]] = {}  # one set for every cluster of the same days
        headlines: dict[str, set[str]] = {}
        for cluster in clusters:
            # The headline's own terms (kept once a headline) for a cluster of one article, the most of them
            parts = [self._sentence_terms(h) for a in cluster.articles if (h := self._articles[a].headline)]
            headlines[cluster.id] = parts[0] if len(parts) == 1 else set().union(*parts)
            days = frozenset(d for a in cluster.articles if (d := self._articles[a].published))
            dates[cluster.id] = same_dates.setdefault(days, days)
        terms = _ClusterTerms(clusters, by_id)
        facets = {c.id: cluster_facet((by_id[m].attribution, by_id[m].key.quantities) for m in c.claims)
                  for c in clusters}
        tolls = {a.id for a in self.articles if a.headline and headline_gives_toll(a.headline)}
        # The headline and lead of the articles of the questions an event's articles answer in words of their own
        # (what is being done, what the investigation found), for those that tell an event.
        told: dict[str, set[str]] = {}
        for a in dict.fromkeys(a for c in clusters if facets[c.id] in EVENT_FACETS for a in c.articles):
            texts = [t for t in (self._articles[a].headline, self._lead(a)) if t]
            if tells_event(" ".join(texts)):
                told[a] = set().union(*(self._sentence_terms(t) for t in texts))
        culprits = {c.id for c in clusters if any(tells_culprit(by_id[m].attribution) for m in c.claims)}
        links = story_links(self.claims, self.clusters, self._articles, self._sentence_terms, self.weight())
        denials = {c.id for c in clusters if any(by_id[m].attribution.cue.stance == "deny" for m in c.claims)}
        # The sentences' terms were kept for the headlines and the links alone: they go before the stories are
        # grouped (at 20,000 real articles, 64,000 sentences and their terms: 140 MB).
        self.__dict__.pop("_topics", None)
        return group_stories(clusters, terms, weight, dates,
                             lambda article: self._articles[article].outlet or article, links,
                             headlines=headlines, facets=facets, toll_articles=tolls, culprits=culprits,
                             told=told, denials=denials)

    def _lead(self, article_id: str) -> str | None:
        """The first sentence of an article's body (its lead): with its headline, what names the event it tells."""
        article = self._articles[article_id]
        body = article.spans_of("body")
        if not body:
            return None
        pieces = split_paragraph(article.text, body[0])
        return pieces[0].of(article.text) if pieces else None

    def story_of(self, cluster_id: str) -> Story | None:
        return next((s for s in self.stories if cluster_id in s.clusters), None)

    def cluster_of(self, attribution_id: str) -> Cluster | None:
        return next((c for c in self.clusters if attribution_id in c.claims), None)


class _ClusterTerms(Mapping[str, "Counter[str]"]):
    """Cluster id -> the bag of its claims' topic terms (term -> claims), made when asked and not kept:
    :func:`.stories.group_stories` reads each cluster's bag once, as a set of its terms, so the bags of every
    cluster are never held together (at 20,000 real articles, 80,000 clusters: a Counter each took about 100 MB)."""

    def __init__(self, clusters: Iterable[Cluster], claims: Mapping[str, Claim]) -> None:
        self._members = {c.id: c.claims for c in clusters}
        self._claims = claims

    def __getitem__(self, cluster_id: str) -> "Counter[str]":
        bag: Counter[str] = Counter()
        for m in self._members[cluster_id]:
            bag.update(topic_terms(self._claims[m].key))
        return bag

    def __iter__(self) -> Iterator[str]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)
