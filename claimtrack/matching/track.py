"""Track a claim: which articles of a corpus report it, article by article.

A search engine asked for a claim returns articles that report it and articles that only share its topic
("ثلث مقاتلي التنظيم" beside any article on the war against the group).  :func:`track` decides, for each
article, whether it reports the claim: some passage of it (two sentences running) must name enough of what
the claim says, its terms (names, places, rare words) weighted by rarity.  An unrelated result names the
topic words across a long page, rarely the claim's own names and words in one place.  For an article that
reports the claim, its best hit (as :func:`~claimtrack.matching.search.find` scores an attribution or a
sentence) says how it bears on the claim: supports, contradicts or reports.

The thresholds were set on the first 100 claims of the UnifiedFC Arabic corpus (Baly et al. 2018); see
:func:`evaluate_track` and ``claimtrack eval --track``.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs

from ..claims import ClaimKey, claim_key
from ..sentences import split_sentences
from .corpus import Corpus, topic_terms
from .score import pair_score
from .search import Match, related_match, corpus_text

__all__ = ["ArticleVerdict", "TrackScore", "baseline_related", "best_passage", "evaluate_track", "load_track_claims", "track"]

# An article reports the claim when some passage of WINDOW consecutive sentences names at least COVERED of the
# claim's rarity weight.  A passage, not the whole article: a long page on the war names every word of a claim
# on the war somewhere, and only an article that tells this claim names most of it in one place ("ضربات جوية
# روسية قتلت 21 شخصا في قرية على الجانب الشرقي من نهر الفرات").  Two sentences, for a claim retold over two.
# Set on the first 100 UnifiedFC claims (related-article F1 0.745 there; one sentence 0.744, three 0.742).
WINDOW = 2
COVERED = 0.45


@attrs.frozen
class ArticleVerdict:
    """Whether an article reports the claim, and why: the share of the claim's rarity weight its best passage
    names (``coverage``), that passage (``passage``: the text of its sentences) and the claim's rare terms it
    does not name (``missing``, rarest first); ``score``, the score of the article's best hit."""

    article: str
    related: bool
    score: float
    coverage: float
    missing: tuple[str, ...] = ()
    best: Match | None = None  # the best hit, with its relation to the claim, when the article reports it
    passage: str = ""

    @property
    def relation(self) -> str:
        return self.best.relation if self.best is not None else "unrelated"


def best_passage(wanted: dict[str, float], sentences: list[set[str]], window: int = WINDOW) -> tuple[float, int]:
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


def track(claim_text: str, corpus: Corpus, *, covered: float = COVERED, window: int = WINDOW) -> list[ArticleVerdict]:
    """One :class:`ArticleVerdict` per article of ``corpus``, in corpus order."""
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
    by_id = {a.id: a for a in corpus.attributions}
    verdicts = []
    for article in corpus.articles:
        sentences = split_sentences(article, headlines=True)
        named = []
        for sentence in sentences:
            sk = claim_key(sentence.text)
            named.append(topic_terms(sk))
            s = pair_score(key, sk, weight)
            top[article.id] = max(top.get(article.id, 0.0), s.score)
            if (article.id, sentence.start) in attributed:  # as find(): the attribution stands for its sentence
                continue
            consider(Match(article.id, None, sentence.text, s.score, s.kind, s.reasons))
        coverage, at = best_passage(wanted, named, window)
        related = coverage >= covered
        passage = named[at : at + window]
        missing = tuple(sorted((t for t in wanted if not any(t in p for p in passage)), key=lambda t: (-wanted[t], t)))
        m = best.get(article.id)
        relation = related_match(claim_text, m, by_id) if related and m is not None else None
        verdicts.append(ArticleVerdict(article.id, related, round(top.get(article.id, 0.0), 3), round(coverage, 3),
                                       missing, relation, " ".join(s.text for s in sentences[at : at + window])))
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
    with opener(p, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


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
    from ..reader import parse_article  # the reader sits above matching

    score = TrackScore()
    for c in claims:
        ids = [f"{c['id']}_{i}" for i in range(len(c["article"]))]
        corpus = Corpus([parse_article(t, id=i, layout="plain") for i, t in zip(ids, c["article"])])
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
