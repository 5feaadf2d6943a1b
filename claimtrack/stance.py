"""Stance of a claim towards a reference claim: "agree", "disagree" or "other".

The question of the ANS corpus (Khouja 2020): given a real headline and a second headline, does the second
restate it (agree), say something it rules out (disagree: a negation, an antonym, another number, entity or
date), or speak of something else (other)?  :func:`stance` answers it on top of :func:`~claimtrack.relate`:

- the relation, its kind and its reasons (polarity, numbers, opposed predicates, swapped actors, different
  places or people) are the rule evidence;
- the words only one side has are weighed with learned evidence (``data/stance_words.tsv``: how often a
  word added or dropped went with a disagreeing rewrite rather than a paraphrase on the ANS training set),
  so "تتجاهل"، "دون سقوط ضحايا"، "هدوء" count against agreement;
- a small multinomial logistic model (``data/stance_model.tsv``) weighs the two; a contradiction relate()
  finds on rule evidence is a disagreement whatever the model says.

Both files are written by ``benchmarks/train_stance.py`` (pure Python, from the ANS training split) and
checked against their schemas on load.  The words are light stems as :func:`~claimtrack.claims.claim_key`
makes them, so the files are to be regenerated when stemming changes.

:func:`relate` itself stays precision-first: it says "contradicts" only on rule evidence.  :func:`stance`
is for a reader who knows the second text restates the first and asks whether faithfully.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

import attrs
import regex

from .claims import claim_key
from .lexicon import read_rows
from .lexicon.grammar import grammar
from .lexicon.morph import ALEF, HEH, MEEM, NOON, TEH, WAW, YEH, without_conjunction
from .normalize import fold
from .relate import Relation, relate

__all__ = ["STANCES", "Stance", "StanceModel", "differing", "stance", "stance_features", "stance_model"]

STANCES = ("agree", "disagree", "other")
KINDS = ("same", "related", "unrelated", "contradicts")
# Reasons of relate() read as evidence, by the words they start with.
REASONS = ("denial", "negation", "conflicting numbers", "opposed predicates", "actors swapped",
           "different places or people", "same action, different object")
SIDES = ("added", "dropped")  # a word only the claim has, a word only the reference has
_WEAK = ALEF + WAW + YEH + HEH  # long vowels and the folded teh marbuta: not part of a word's skeleton
_DERIVATIONAL = TEH + NOON + MEEM + YEH  # prefixes of derived forms and of the imperfect
_DIGITS_RE = regex.compile(r"\p{Nd}+")
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")


@attrs.frozen
class Stance:
    """The stance of a claim towards a reference: ``label`` (one of :data:`STANCES`), the probability of each
    label, the :class:`~claimtrack.Relation` it was read from, and the learned words that weighed most."""

    label: str
    probabilities: tuple[tuple[str, float], ...]
    relation: Relation
    words: tuple[str, ...] = ()


@attrs.frozen
class StanceModel:
    """Learned word evidence (``(side, stem) -> weight``, > 0 for disagreement) and a logistic model
    (``feature -> (mean, scale, weight per label)``)."""

    words: Mapping[tuple[str, str], float]
    features: Mapping[str, tuple[float, float, tuple[float, ...]]]

    def probabilities(self, x: Mapping[str, float]) -> dict[str, float]:
        z = [0.0] * len(STANCES)
        for name, (mean, scale, weights) in self.features.items():
            v = 1.0 if name == "bias" else (x.get(name, 0.0) - mean) / scale
            for i, w in enumerate(weights):
                z[i] += w * v
        top = max(z)
        e = [math.exp(v - top) for v in z]
        return {label: v / sum(e) for label, v in zip(STANCES, e)}


@functools.cache
def stance_model() -> StanceModel:
    """The shipped model, read once from ``data/stance_words.tsv`` and ``data/stance_model.tsv``."""
    words = {(r[1], r[0]): float(r[2]) for r in read_rows("stance_words.tsv")}
    features = {r[0]: (float(r[1]), float(r[2]), tuple(float(r[i]) for i in (3, 4, 5))) for r in read_rows("stance_model.tsv")}
    return StanceModel(words, features)


def _skeleton(word_stem: str) -> str:
    """The consonants of a stem, a derivational prefix off: انخفاض -> نخفض، ترفع -> رفع، زيادة -> زد."""
    core = "".join(c for c in word_stem if c not in _WEAK)
    return core[1:] if len(core) > 3 and core[0] in _DERIVATIONAL else core


def _inside(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _variant(x: str, y: str) -> bool:
    """Two stems of one word family (خفض/انخفاض، يرتفع/ترفع، وقف/تتوقف): the shorter skeleton (or stem), of
    three letters or more, runs through the longer with at most two letters more."""
    for sx, sy in (sorted((_skeleton(x), _skeleton(y)), key=len), sorted((x, y), key=len)):
        if len(sx) >= 3 and len(sy) - len(sx) <= 2 and _inside(sx, sy):
            return True
    return False


def differing(reference: set[str], claim: set[str]) -> tuple[set[str], set[str]]:
    """The stems only the claim has (added) and only the reference has (dropped), leaving out a stem whose
    word family the other side has in another form (a paraphrase's "خفض" for "انخفاض")."""
    added, dropped = claim - reference, reference - claim
    return ({s for s in added if not any(_variant(s, t) for t in dropped)},
            {s for s in dropped if not any(_variant(s, t) for t in added)})


def _numbers(text: str) -> frozenset[int]:
    return frozenset(int(m.group()) for m in _DIGITS_RE.finditer(text))


def _negators(text: str) -> frozenset[str]:
    # Not ما, as often a relative or "دائما ما" as a negator (polarity reads it the same way).
    negators = {n[0] for n in grammar().negators if len(n) == 1} - {MEEM + ALEF}
    return frozenset(w for w in (fold(m.group()) for m in _WORD_RE.finditer(text)) if without_conjunction(w) in negators)


def stance_features(reference: str, claim: str, relation: Relation | None = None,
                    words: Mapping[tuple[str, str], float] | None = None) -> dict[str, float]:
    """The features :func:`stance` weighs: the relation's kind, score and reasons, the learned evidence of the
    words only one side has (``words``, default the shipped table), and how much of each side the other covers."""
    rel = relation if relation is not None else relate(reference, claim)
    table = stance_model().words if words is None else words
    ka, kb = set(claim_key(reference).stems), set(claim_key(claim).stems)
    added, dropped = differing(ka, kb)
    x = {"score": rel.score}
    for kind in KINDS:
        x["kind=" + kind] = float(rel.kind == kind)
    for reason in REASONS:
        x["reason=" + reason] = float(any(r.startswith(reason) for r in rel.reasons))
    for side, only in (("added", added), ("dropped", dropped)):
        known = [table[(side, s)] for s in only if (side, s) in table]
        x[side + "_for"] = sum(w for w in known if w > 0)
        x[side + "_against"] = sum(w for w in known if w < 0)
        x[side + "_max"] = max(known, default=0.0)
        x[side + "_min"] = min(known, default=0.0)
        x[side + "_unknown"] = float(len(only) - len(known))
        x[side + "_count"] = float(len(only))
    na, nb = _numbers(reference), _numbers(claim)
    x["numbers_differ"] = float(bool(na) and bool(nb) and na != nb)
    x["numbers_one_side"] = float(bool(na) != bool(nb))
    ga, gb = _negators(reference), _negators(claim)
    x["negator_added"] = float(bool(gb - ga))
    x["negator_dropped"] = float(bool(ga - gb))
    # One or two words swapped for others in an otherwise shared headline: the shape of a manipulation
    # (ريانا -> لانا ديل راي، الدولار -> اليورو), rarer in a paraphrase, which rewords more.
    shared = len(ka & kb)
    swap = bool(added) and bool(dropped) and len(added) <= 2 and len(dropped) <= 2 and shared >= 2
    x["swap"] = float(swap)
    x["swap_unknown"] = float(swap and any((side, s) not in table for side, only in (("added", added), ("dropped", dropped))
                                           for s in only))
    x["only_added"] = float(bool(added) and not dropped)
    x["only_dropped"] = float(bool(dropped) and not added)
    x["jaccard"] = len(ka & kb) / max(1, len(ka | kb))
    x["covered_reference"] = len(ka & kb) / max(1, len(ka))
    x["covered_claim"] = len(ka & kb) / max(1, len(kb))
    return x


def stance(reference: str, claim: str, *, model: StanceModel | None = None) -> Stance:
    """The stance of ``claim`` towards ``reference``: "agree", "disagree" or "other".

    >>> stance("الذهب يتراجع مع تصريحات ترامب حول كوريا الشمالية", "الذهب يرتفع مع تصريحات ترامب حول كوريا الشمالية").label
    'disagree'

    ``model`` defaults to the shipped one (:func:`stance_model`).
    """
    model = model or stance_model()
    rel = relate(reference, claim)
    p = model.probabilities(stance_features(reference, claim, rel, model.words))
    # Rule evidence decides: a contradiction relate() finds (polarity, numbers, opposed predicates, swapped
    # actors) is a disagreement whatever the words weigh.
    label = "disagree" if rel.kind == "contradicts" else max(STANCES, key=lambda k: p[k])
    added, dropped = differing(set(claim_key(reference).stems), set(claim_key(claim).stems))
    weighed = [(abs(model.words[(side, s)]), s) for side, only in (("added", added), ("dropped", dropped))
               for s in only if (side, s) in model.words]
    return Stance(label, tuple((k, round(p[k], 3)) for k in STANCES), rel,
                  tuple(s for _, s in sorted(weighed, reverse=True)[:3]))
