"""How two claims relate: "same", "related", "unrelated" or "contradicts", with the reasons.

Above matching and contradiction: :func:`relate` scores two claims (:func:`~claimtrack.matching.pair_score`)
and then asks the contradiction rules whether they cannot both be true.
"""

from __future__ import annotations

from typing import Any

import attrs

from .claims import claim_key
from .contradiction.denied_object import names_report
from .contradiction.disputes import denial_mentions
from .contradiction.rules import find_contradiction
from .contradiction.statement_words import statement_words
from .contradiction.targets import negates_words, skeletons
from .lexicon.morph import has_article
from .matching.corpus import source_key
from .matching.score import SAME, pair_score
from .models import Attribution
from .polarity import first_attribution, not_denied, reported, text_polarity

__all__ = ["Relation", "Statement", "first_attribution", "relate", "relation_with_contradiction"]

_DENIAL_CUE = "\u0646\u0641\u0649"  # نفى: the cue a denied statement is read under


@attrs.frozen
class Relation:
    """How two claims relate: ``kind`` ("same", "related", "unrelated" or "contradicts"), a score in [0, 1],
    and the reasons (shared words, entities, numbers; for "contradicts", the negators, numbers or antonyms)."""

    kind: str
    score: float
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of ``claimtrack relate`` (schema ``relation``, :mod:`claimtrack.records`); ``attrs.asdict``
        gives the same keys."""
        return {"kind": self.kind, "score": self.score, "reasons": list(self.reasons)}


@attrs.frozen
class Statement:
    """A claim as :func:`relate` reads it for polarity: its text, and whether its speaker denied it.

    A text carries its own cue ("نفى الكرملين ..."); an attribution's content does not, so its denial is a flag.
    """

    text: str
    denied: bool = False

    @classmethod
    def of(cls, claim: "str | Attribution") -> "Statement":
        """A text as it stands; an attribution by its content, denied when its cue denies."""
        if isinstance(claim, Attribution):
            return cls(claim.content.text, denied=claim.cue.stance == "deny")
        return cls(claim)

    def reading(self) -> str:
        """The sentence polarity and contradiction are read from: the text, or for a denied statement the
        sentence that reports its denial (نفى + the text), so the reading sees the cue's stance."""
        return f"{_DENIAL_CUE} {self.text}" if self.denied else self.text


def relate(a: "str | Attribution", b: "str | Attribution") -> Relation:
    """Relate two claim texts (or two attributions, by their contents).

    >>> relate("ما يفوق 1 بليون دولار لدعم الجيش التونسي", "بحوالي مليار دولار للجيش التونسي").kind
    'same'
    """
    ta, tb = (x.content.text if isinstance(x, Attribution) else reported(x) for x in (a, b))
    ka, kb = claim_key(ta), claim_key(tb)
    same_source = isinstance(a, Attribution) and isinstance(b, Attribution) and bool(source_key(a) & source_key(b))
    s = pair_score(ka, kb, same_source=same_source)
    base = Relation(s.kind, s.score, s.reasons)
    return relation_with_contradiction(Statement.of(a), Statement.of(b), base)


def relation_with_contradiction(a: Statement, b: Statement, base: Relation) -> Relation:
    """``base`` with "contradicts" when the two report one claim with opposite content, or "related" when
    one only did not deny what the other asserts."""
    ra, rb = a.reading(), b.reading()
    undenied = [x for x in (ra, rb) if not_denied(x)]
    if undenied:
        # "لم ينف المتحدث وجود مفاوضات" / "أكد المتحدث وجود مفاوضات": not denying is not confirming
        kind = "related" if base.kind in ("same", "related") else base.kind
        return Relation(kind, min(base.score, SAME - 0.05) if kind == "related" else base.score,
                        base.reasons + ("did not deny: " + not_denied(undenied[0]),))
    found = find_contradiction(ra, rb)
    if found is not None:
        return Relation("contradicts", base.score, base.reasons + found[1])
    apart = _denied_apart(a, b) if base.kind in ("same", "related") else None
    return base if apart is None else Relation("contradicts", base.score, base.reasons + (apart,))


def _denied_apart(a: Statement, b: Statement) -> str | None:
    """Why one of two statements of one claim denies it where polarity is not read (the opening of the first
    clause): a phrase that calls it false ("الأنباء المتداولة حول تنفيذ قوات التحالف لعملية إنزال بري في مدينة عدن
    عارية من الصحة"), or a negator before most of the words the two share ("أعمالنا معلنة.. ولا إنزال برياً في
    عدن"; alriyadh a8f4914d43baa, 2015-08-04, against "قوات التحالف نفذت عملية إنزال بري في عدن").  None when
    neither or both do, or when polarity already tells the two apart or reads both as negative."""
    if any(text_polarity(x.reading())[0] for x in (a, b)):
        # polarity already tells the two apart (and the contradiction rules found no dispute), or reads both as
        # negative (a denial is not taken back by a negation)
        return None
    said = [set().union(*(skeletons(w) for w, _ in statement_words(x.text))) for x in (a, b)]
    shared = said[0] & said[1]
    refused: list[str | None] = []
    for x in (a, b):
        phrase = [m for m in denial_mentions(x.text, verbs_within=0) if not _describes_news(x.text, m.span.start)]
        refused.append(f"negation: {phrase[0].text}" if phrase
                       else "negation of the shared words" if shared and negates_words(x.text, shared) else None)
    if (refused[0] is None) == (refused[1] is None):
        return None  # both or neither refuse it
    return refused[0] or refused[1]


def _describes_news(text: str, start: int) -> bool:
    """Does the phrase of untruth at ``start`` describe the noun of news right before it, without the article: "نشر
    أخبار كاذبة" (ANS dev: an accusation of spreading false news, not a denial of the claim)?  Called of a report it
    denies, the phrase is its predicate: "الأنباء المتداولة حول ... عارية من الصحة"."""
    before = statement_words(text[:start])
    if not before:
        return False
    word = before[-1][0]
    return not has_article(word) and names_report(word)
