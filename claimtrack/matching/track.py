"""Track a claim: which articles of a corpus report it, article by article.

A search engine asked for a claim returns articles that report it and articles that only share its topic
("ثلث مقاتلي التنظيم" beside any article on the war against the group).  :func:`track` decides, for each
article, whether it reports the claim: a small logistic model (:func:`track_model`, ``data/track_model.tsv``)
weighs what the article's sentences name of what the claim says, its terms (names, places, rare words)
weighted by rarity: the share its best passage (two sentences running) names, the best sentence, the title,
how many sentences retell it, the best hit's score, and the lengths.  An unrelated result names the topic
words across a long page, rarely the claim's own names and words in one place.  For an article that reports
the claim, its best hit (as :func:`~claimtrack.matching.search.find` scores an attribution or a sentence)
says how it bears on the claim: supports, contradicts or reports.

The model was trained and its threshold set on the first 100 claims of the UnifiedFC Arabic corpus (Baly et
al. 2018) by ``benchmarks/train_track.py``, which also scores the other 268; see :func:`evaluate_track` and
``claimtrack eval --track``.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import attrs

from ..claims import claim_key
from ..errors import reading_file
from ..lexicon import read_rows
from ..reader import parse_json
from ..sentences import split_sentences
from .corpus import Corpus, topic_terms
from .score import pair_score
from .search import Match, related_match, corpus_text

__all__ = ["ArticleVerdict", "Evidence", "TrackModel", "TrackScore", "article_features", "baseline_related", "best_passage",
           "claim_corpus", "claim_evidence", "evaluate_track", "load_track_claims", "track", "track_model"]

# The passage a verdict shows: WINDOW consecutive sentences.  A passage, not the whole article: a long page on
# the war names every word of a claim on the war somewhere, and only an article that tells this claim names most
# of it in one place ("ضربات جوية روسية قتلت 21 شخصا في قرية على الجانب الشرقي من نهر الفرات").  Two
# sentences, for a claim retold over two.
WINDOW = 2
# A sentence that names this share of the claim's weight counts as one more place that retells it.
_MATCHING = 0.3


@attrs.frozen
class ArticleVerdict:
    """Whether an article reports the claim, and why: the share of the claim's rarity weight its best passage
    names (``coverage``), that passage (``passage``: the text of its sentences) and the claim's rare terms it
    does not name (``missing``, rarest first); ``score``, the score of the article's best hit; ``chance``, the
    model's probability that the article reports the claim (:data:`track_model`)."""

    article: str
    related: bool
    score: float
    coverage: float
    missing: tuple[str, ...] = ()
    best: Match | None = None  # the best hit, with its relation to the claim, when the article reports it
    passage: str = ""
    chance: float = 0.0

    @property
    def relation(self) -> str:
        return self.best.relation if self.best is not None else "unrelated"


@attrs.frozen
class Evidence:
    """What an article says of a claim: its sentences (``texts``, headlines first), the topic terms of each
    (``terms``) and the best score of an attribution or a sentence of it against the claim (``hit``)."""

    article: str
    texts: tuple[str, ...]
    terms: tuple[frozenset[str], ...]
    hit: float


def best_passage(wanted: dict[str, float], sentences: "list[set[str]] | tuple[frozenset[str], ...]",
                 window: int = WINDOW) -> tuple[float, int]:
    """The share of the weight of ``wanted`` (term -> weight) that the best run of ``window`` consecutive
    sentences (each a set of terms) names, and the index of its first sentence."""
    total = sum(wanted.values()) or 1.0
    best, at = 0.0, 0
    for i in range(len(sentences)):
        named = set().union(*sentences[i : i + window])
        share = sum(w for t, w in wanted.items() if t in named) / total
        if share > best:
            best, at = share, i
    return best, at


def article_features(wanted: dict[str, float], ev: Evidence,
                     passage_at: tuple[float, int] | None = None) -> dict[str, float]:
    """What :data:`track_model` weighs, for one article and a claim whose terms weigh ``wanted`` (term ->
    rarity weight): the share of the claim's weight named by the best passage of two sentences and that
    passage's length in words (a long run of scraped text names much by chance), by the best sentence and by
    the first two sentences (the title); how many sentences name a good part of it; the best score of a hit;
    the article's length in sentences.  ``passage_at`` is ``best_passage(wanted, ev.terms, WINDOW)`` when the
    caller has it already."""
    passage, at = passage_at or best_passage(wanted, ev.terms, WINDOW)
    shares = [best_passage(wanted, (t,), 1)[0] for t in ev.terms]
    return {
        "passage": passage,
        "words": math.log1p(sum(len(t.split()) for t in ev.texts[at : at + WINDOW])),
        "sentence": max(shares, default=0.0),
        "title": best_passage(wanted, ev.terms[:2], 2)[0],
        "matching": math.log1p(sum(s >= _MATCHING for s in shares)),
        "hit": ev.hit,
        "length": math.log1p(len(ev.terms)),
    }


@attrs.frozen
class TrackModel:
    """A logistic model: ``feature -> (mean, scale, weight)`` (standardized features; ``bias``: 0, 1, the
    intercept).  An article reports the claim when the probability is at least one half (the threshold set in
    training is folded into the intercept)."""

    features: Mapping[str, tuple[float, float, float]]

    def probability(self, x: Mapping[str, float]) -> float:
        z = 0.0
        for name, (mean, scale, weight) in self.features.items():
            z += weight * (1.0 if name == "bias" else (x.get(name, 0.0) - mean) / scale)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@functools.cache
def track_model() -> TrackModel:
    """The shipped model, read once from ``data/track_model.tsv`` (written by ``benchmarks/train_track.py`` from
    the first 100 UnifiedFC claims)."""
    return TrackModel({r[0]: (float(r[1]), float(r[2]), float(r[3])) for r in read_rows("track_model.tsv")})


def claim_evidence(claim_text: str, corpus: Corpus) -> tuple[dict[str, float], list[Evidence], dict[str, Match]]:
    """The claim's terms with their rarity weights, the :class:`Evidence` of each article of ``corpus`` (in
    corpus order) and each article's best hit (as :func:`~claimtrack.matching.search.find` scores an
    attribution or a sentence; no relation yet)."""
    key = claim_key(claim_text)
    weight = corpus.weight()
    wanted = {t: weight(t) for t in topic_terms(key)}
    best: dict[str, Match] = {}

    def consider(m: Match) -> None:
        if m.article not in best or m.score > best[m.article].score:
            best[m.article] = m

    attributed: set[tuple[str, int]] = set()
    for c in corpus.claims:
        a = c.attribution
        attributed.add((a.article, a.sentence.start))
        s = pair_score(key, c.key, weight)
        shown = a.sentence.of(corpus_text(corpus, a.article)) if a.content.refers_to else a.content.text
        consider(Match(a.article, c.id, shown, s.score, s.kind, s.reasons))
    top = {m.article: m.score for m in best.values()}  # the best score of a hit or any whole sentence
    evidence = []
    for article in corpus.articles:
        texts, named = [], []
        for sentence in split_sentences(article, headlines=True):
            sk = claim_key(sentence.text)
            s = pair_score(key, sk, weight)
            texts.append(sentence.text)
            named.append(frozenset(topic_terms(sk)))
            top[article.id] = max(top.get(article.id, 0.0), s.score)
            if (article.id, sentence.start) in attributed:  # as find(): the attribution stands for its sentence
                continue
            consider(Match(article.id, None, sentence.text, s.score, s.kind, s.reasons))
        evidence.append(Evidence(article.id, tuple(texts), tuple(named), top.get(article.id, 0.0)))
    return wanted, evidence, best


def track(claim_text: str, corpus: Corpus, *, model: TrackModel | None = None) -> list[ArticleVerdict]:
    """One :class:`ArticleVerdict` per article of ``corpus``, in corpus order; ``model`` defaults to the
    shipped one (:func:`track_model`)."""
    model = model or track_model()
    wanted, evidence, best = claim_evidence(claim_text, corpus)
    by_id = {a.id: a for a in corpus.attributions}
    verdicts = []
    for ev in evidence:
        coverage, at = best_passage(wanted, ev.terms, WINDOW)
        chance = model.probability(article_features(wanted, ev, (coverage, at)))
        related = chance >= 0.5
        passage = ev.terms[at : at + WINDOW]
        missing = tuple(sorted((t for t in wanted if not any(t in p for p in passage)), key=lambda t: (-wanted[t], t)))
        m = best.get(ev.article)
        relation = related_match(claim_text, m, by_id) if related and m is not None else None
        verdicts.append(ArticleVerdict(ev.article, related, round(ev.hit, 3), round(coverage, 3), missing, relation,
                                       " ".join(ev.texts[at : at + WINDOW]), round(chance, 3)))
    return verdicts


_WORD = re.compile(r"\w+")


def baseline_related(claim_text: str, article_text: str) -> bool:
    """The naive baseline: half the claim's words (of three letters or more) occur in the article."""
    def words(s: str) -> set[str]:
        return {w for w in _WORD.findall(s) if len(w) > 2}
    cw = words(claim_text)
    return len(cw & words(article_text)) / max(1, len(cw)) >= 0.5


def load_track_claims(path: "str | Path") -> list[dict]:
    """Claims with their search results (JSON lines, gzipped or not, as UnifiedFC: ``id``, ``claim``,
    ``article`` (texts) and ``stance`` (agree, disagree, discuss or unrelated, one per article))."""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with reading_file(p, "JSON lines"), opener(p, "rt", encoding="utf-8") as f:
        return [parse_json(line.rstrip("\r\n"), f"{p}, line {n}") for n, line in enumerate(f, start=1) if line.strip()]


def claim_corpus(claim: dict) -> Corpus:
    """The articles of a claim read as :func:`load_track_claims` gives it, with ids ``<claim id>_<index>``."""
    from ..reader import parse_article  # the reader sits above matching

    return Corpus([parse_article(t, id=f"{claim['id']}_{i}", layout="plain") for i, t in enumerate(claim["article"])])


@attrs.define
class TrackScore:
    claims: int = 0
    confusion: Counter = attrs.Factory(Counter)  # (gold related, said related) -> articles
    baseline: Counter = attrs.Factory(Counter)
    agree: int = 0
    agree_contradicts: int = 0
    errors: list[tuple[str, str, ArticleVerdict]] = attrs.Factory(list)  # (gold stance, claim, verdict)
    failed: list[str] = attrs.Factory(list)  # claims whose articles extraction failed on (RecursionError)

    @staticmethod
    def _pr(cf: Counter) -> tuple[float, float, float]:
        tp = cf[(True, True)]
        p = tp / max(1, tp + cf[(False, True)])
        r = tp / max(1, tp + cf[(True, False)])
        return p, r, 2 * p * r / max(1e-9, p + r)

    def as_dict(self) -> dict:
        p, r, f = self._pr(self.confusion)
        bp, br, bf = self._pr(self.baseline)
        return {"claims": self.claims, "articles": sum(self.confusion.values()),
                "related": {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)},
                "baseline": {"precision": round(bp, 3), "recall": round(br, 3), "f1": round(bf, 3)},
                "agreeing": self.agree, "agreeing_marked_contradicts": self.agree_contradicts, "failed": self.failed}

    def report(self, verbose: bool = False) -> str:
        d = self.as_dict()
        lines = [f"claims: {d['claims']}  articles: {d['articles']}"]
        for name, label in (("related", "claimtrack track (related articles)"),
                            ("baseline", "baseline (half the claim's words)")):
            x = d[name]
            lines.append(f"{label:<38} precision {x['precision']:.3f}  recall {x['recall']:.3f}  F1 {x['f1']:.3f}")
        lines.append(f"agreeing articles marked contradicts: {self.agree_contradicts} / {self.agree}")
        if self.failed:
            lines.append(f"claims whose articles extraction failed on (all said unrelated): {', '.join(self.failed)}")
        if verbose:
            for stance, claim, v in self.errors:
                lines.append(f"{v.article}\t{stance}\tsaid {'related' if v.related else 'unrelated'}\tscore {v.score}"
                             f"\tcoverage {v.coverage}\tmissing {' '.join(v.missing[:5])}\t{claim[:80]}")
        return "\n".join(lines) + "\n"


def evaluate_track(claims: Iterable[dict], corpus_of: "Callable[[dict], Corpus] | None" = None) -> TrackScore:
    """Score :func:`track` against claims labelled as UnifiedFC's: an article is related to its claim unless
    its stance is ``unrelated``; next to :func:`baseline_related`, and counting agreeing articles whose best
    hit is marked ``contradicts``."""
    score = TrackScore()
    for c in claims:
        corpus = (corpus_of or claim_corpus)(c)
        ids = [a.id for a in corpus.articles]
        score.claims += 1
        try:
            verdicts = track(c["claim"], corpus)
        except RecursionError:
            # extraction failing on one article must not stop the run: the claim counts, every article said
            # unrelated, and the report names it
            score.failed.append(c["id"])
            verdicts = [ArticleVerdict(i, False, 0.0, 0.0) for i in ids]
        for stance, text, v in zip(c["stance"], c["article"], verdicts):
            gold = stance != "unrelated"
            score.confusion[(gold, v.related)] += 1
            score.baseline[(gold, baseline_related(c["claim"], text))] += 1
            if gold != v.related:
                score.errors.append((stance, c["claim"], v))
            if stance == "agree":
                score.agree += 1
                score.agree_contradicts += v.relation == "contradicts"
    return score
