"""Search: where a corpus reports a given claim."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from ..claims import ClaimKey, claim_key
from ..models import Attribution
from ..sentences import split_sentences
from .corpus import Corpus
from .score import RELATED, pair_score

__all__ = ["RELATIONS", "Match", "corpus_text", "find", "related_match"]


# How a hit bears on the claim searched for, from relate()'s kind of the two.
RELATIONS = {"same": "supports", "contradicts": "contradicts", "related": "reports", "unrelated": "unrelated"}


@attrs.frozen
class Match:
    """A place in the corpus that reports a claim: an attribution (or a sentence), its score and why.

    ``relation`` says how it bears on the claim, as :func:`~claimtrack.relate` reads the two: ``supports`` (the
    same claim), ``contradicts`` (``kind`` says how: ``denies``, ``disagrees`` or ``contradicts``), ``reports``
    (a related statement) or ``unrelated``.
    """

    article: str
    attribution: str | None
    text: str
    score: float
    relation: str
    reasons: tuple[str, ...]
    kind: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of ``claimtrack find --format jsonl`` (schema ``match``, :mod:`claimtrack.records`);
        ``attrs.asdict`` gives the same keys."""
        return {"article": self.article, "attribution": self.attribution, "score": self.score,
                "relation": self.relation, "kind": self.kind, "text": self.text, "reasons": list(self.reasons)}


def corpus_text(corpus: Corpus, article_id: str) -> str:
    return next(a.text for a in corpus.articles if a.id == article_id)


# A claim of this many terms is not reported by a hit of one term.
_SEVERAL_TERMS = 3


def find(claim_text: str, corpus: Corpus, *, limit: int = 20, minimum: float = RELATED) -> list[Match]:
    """Attributions and sentences in ``corpus`` that report ``claim_text``, best first.

    Attributions are compared by their content; sentences with no attribution are compared whole, so a
    claim an outlet states in its own voice is found too.
    """
    key = claim_key(claim_text)
    weight = corpus.weight()
    matches: list[Match] = []
    covered: set[tuple[str, int]] = set()
    # A content of one word ("العمل" after "تحثّ الجميع") is wholly inside any claim that holds that word, and scores
    # as if it said the claim; it tells nothing of a claim of several words (SaudiNewsNet 2015-08-04, a50be0b9f6958)
    several = len(set(key.ordered)) >= _SEVERAL_TERMS
    for c in corpus.claims:
        s = pair_score(key, c.key, weight)
        covered.add((c.attribution.article, c.attribution.sentence.start))
        if s.score >= minimum and not (several and len(set(c.key.ordered)) < 2):
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
    by_id = {a.id: a for a in corpus.attributions}
    found = [related_match(claim_text, m, by_id) for m in matches[:limit]]
    listed = {m.attribution for m in found}
    denials = [m for m in _linked_denials(key, corpus, weight) if m.attribution not in listed]
    return sorted(found + denials, key=lambda m: (-m.score, m.article))[:limit]


def _linked_denials(key: ClaimKey, corpus: Corpus, weight: Callable[[str], float]) -> list[Match]:
    """The explicit denials of ``corpus`` that rare words link to a claim, though worded apart from it, as the
    dispute marks link them (:func:`~claimtrack.contradiction.denial_links.denial_target_linked`): "نفت وزارة الدفاع
    الأميركية ... أسر أو اعتقال أي من أفراد القوة السورية الجديدة" against "خطف ... قائد الفرقة 30 وعدد من عناصرها"
    shares too few words to score as related, yet it is what a reader tracking the claim must see."""
    from ..contradiction.denial_links import denial_target_linked  # above matching: imported when used
    from ..contradiction.denied import explicit_denial

    found = []
    for c in corpus.claims:
        a = c.attribution
        if not explicit_denial(a) or not (words := denial_target_linked(c.key, key, weight)):
            continue
        score = pair_score(key, c.key, weight).score
        found.append(Match(a.article, c.id, a.content.text, round(score, 4), "contradicts",
                           ("denial linked by: " + "، ".join(w.removeprefix("e:") for w in words),), "denies"))
    return found


def related_match(claim_text: str, m: Match, by_id: "dict[str, Attribution]") -> Match:
    """``m`` with its relation to the claim: relate() on the claim and the hit (for "ونفى الجيش ذلك", the
    denial of the claim it points back to), and for a contradiction the kind of dispute."""
    from ..contradiction.disputes import dispute_kind  # above matching: imported when used
    from ..relate import Relation, relate

    hit: "str | Attribution" = m.text if m.attribution is None else by_id[m.attribution]
    target = by_id.get(hit.content.refers_to or "") if isinstance(hit, Attribution) else None
    if isinstance(hit, Attribution) and target is not None:
        # "ونفى الجيش ذلك": relate the claim to what "ذلك" points back to; a denial of it turns support round
        r = relate(claim_text, target)
        if hit.cue.stance == "deny" and r.kind == "same":
            r = Relation("contradicts", r.score, r.reasons + (f"denial: {hit.cue.text}",))
    else:
        r = relate(claim_text, hit)
    relation = RELATIONS.get(r.kind, "reports")
    kind = dispute_kind(claim_text, hit, r.reasons) if relation == "contradicts" else ""
    return attrs.evolve(m, relation=relation, kind=kind, reasons=m.reasons + tuple(x for x in r.reasons if x not in m.reasons))
