"""Search: where a corpus reports a given claim."""

from __future__ import annotations

import attrs

from ..claims import claim_key
from ..sentences import split_sentences
from .corpus import Corpus
from .score import RELATED, pair_score

__all__ = ["Match", "corpus_text", "find"]


@attrs.frozen
class Match:
    """A place in the corpus that reports a claim: an attribution (or a sentence), its score and why."""

    article: str
    attribution: str | None
    text: str
    score: float
    relation: str
    reasons: tuple[str, ...]


def corpus_text(corpus: Corpus, article_id: str) -> str:
    return next(a.text for a in corpus.articles if a.id == article_id)


def find(claim_text: str, corpus: Corpus, *, limit: int = 20, minimum: float = RELATED) -> list[Match]:
    """Attributions and sentences in ``corpus`` that report ``claim_text``, best first.

    Attributions are compared by their content; sentences with no attribution are compared whole, so a
    claim an outlet states in its own voice is found too.
    """
    key = claim_key(claim_text)
    weight = corpus.weight()
    matches: list[Match] = []
    covered: set[tuple[str, int]] = set()
    for c in corpus.claims:
        s = pair_score(key, c.key, weight)
        covered.add((c.attribution.article, c.attribution.sentence.start))
        if s.score >= minimum:
            a = c.attribution
            # "ونفى الجيش ذلك": show the sentence, since the content alone says nothing
            shown = a.sentence.of(corpus_text(corpus, a.article)) if a.content.refers_to else a.content.text
            matches.append(Match(a.article, c.id, shown, s.score, s.kind, s.reasons))
    for article in corpus.articles:
        for sentence in split_sentences(article, headlines=True):
            if (article.id, sentence.start) in covered:
                continue
            s = pair_score(key, claim_key(sentence.text), weight)
            if s.score >= minimum:
                matches.append(Match(article.id, None, sentence.text, s.score, s.kind, s.reasons))
    matches.sort(key=lambda m: (-m.score, m.article))
    return matches[:limit]
