"""Negation and polarity: is a claim asserted or denied, and which words say so.

- **negators** of a clause (لم، ليست، لا) from ``data/negators.tsv``, read by
  :meth:`~claimtrack.lexicon.grammar.Grammar.negation_at`;
- **denials** (نفى، ينفي) among the opening words, and a denial that was not made ("ولم ينف");
- **polarity** of a claim text, read through extraction when it reports speech ("وقال ... إن الجيش لم يتسلم"):
  the cue's stance times the content's negation;
- **negative core**: what a negative claim says is not so, for matching a claim with its denial.

Below both matching and contradiction: both read polarity here.
"""

from __future__ import annotations

import functools

import regex

from .reader import parse_article
from .attribution import extract_attributions
from .claims import ClaimKey
from .clauses import CLAUSE_WORD_RE, clause_words
from .lexicon.grammar import grammar
from .lexicon.morph import ALEF, IMPERFECT_PREFIXES, MEEM, YEH, has_conjunction, without_conjunction
from .models import Article, Attribution
from .normalize import fold, normalize
from .spans import Span

__all__ = ["denial_at", "first_attribution", "negated_cue", "negates", "negation_at", "negation_echoed",
           "negative_core", "not_denied", "raw_polarity", "reported", "text_polarity", "word_span"]

_LAST_WORD_RE = regex.compile(r"(\S+)\s+$")


@functools.lru_cache(maxsize=4096)
def first_attribution(text: str) -> Attribution | None:
    """The first attribution of a one-sentence text ("وقال X إن ..."), or None.  Cached: relate() reads one
    text for its content, its polarity and whether a denial was made."""
    try:
        found = extract_attributions(parse_article(text, id="claim", layout="plain"))
    except ValueError:
        return None
    return found[0] if found else None


def reported(text: str) -> str:
    """What a sentence reports: the content of its first attribution ("وقال X إن ..."), else the sentence."""
    a = first_attribution(text)
    return a.content.text if a is not None and not a.content.refers_to else text


def negation_at(words: list[str]) -> int | None:
    """Index of the first negating word among the opening words of a clause, or None."""
    return grammar().negation_at(words)


def word_span(text: str, index: int) -> Span | None:
    """Span (in ``text``) of its ``index``-th clause word, on search-normalized text."""
    norm = normalize(text)
    words = list(CLAUSE_WORD_RE.finditer(norm.text))
    if index >= len(words):
        return None
    return norm.span(*words[index].span())


def _clause_words(text: str) -> list[str]:
    return clause_words(normalize(text).text)


@functools.lru_cache(maxsize=8192)
def _polarity_cached(text: str) -> tuple[bool, tuple[tuple[str, Span], ...]]:
    negative, evidence = _text_polarity(text)
    return negative, tuple(evidence)


def text_polarity(text: str) -> tuple[bool, list[tuple[str, Span]]]:
    """Polarity of a claim text (True = negative) and its evidence (cached: claims repeat)."""
    negative, evidence = _polarity_cached(text)
    return negative, list(evidence)


def _text_polarity(text: str) -> tuple[bool, list[tuple[str, Span]]]:
    """Polarity of a claim text (True = negative) and its evidence, read through extraction.

    When the text reports speech ("وقال الناطق ... إن الجيش لم يتسلم"), the polarity is the cue's stance
    times the content's negation; otherwise the text itself is read ("ينفي الجيش وجود قواعد" is a denial).
    """
    a = first_attribution(text)
    if a is not None:
        negative, evidence = raw_polarity(a.content.text)
        shifted = [(k, s.shift(a.content.span.start)) for k, s in evidence]
        if a.cue.stance == "deny" and negated_cue(text, a.cue.span) is None:
            return not negative, [("denial", a.cue.span)] + shifted
        return negative, shifted
    return raw_polarity(text)


def raw_polarity(text: str) -> tuple[bool, list[tuple[str, Span]]]:
    """Polarity of a claim text (True = negative) with the evidence: negators and denial verbs.

    "ينفي الجيش وجود قواعد" is negative (a denial), "أكد أنه لا توجد قواعد" is negative (a negation), "نفى
    أنه لم يتسلم" is positive (both).
    """
    words = _clause_words(text)
    evidence: list[tuple[str, Span]] = []
    negative = False
    start = 0
    k = denial_at(words)
    if k is not None and negates(words, k):
        start = k + 1  # "ولم ينف": no denial, and its negator is spent
    elif k is not None:
        negative = not negative
        span = word_span(text, k)
        if span:
            evidence.append(("denial", span))
    for _ in range(2):  # "لا توجد طائرة واحدة لم يصلحها": two negations make a positive
        found = negation_at(words[start:])
        if found is None:
            break
        negative = not negative
        span = word_span(text, start + found)
        if span:
            evidence.append(("negation", span))
        start += found + 1
    return negative, evidence


def negation_echoed(negative: str, evidence: list[tuple[str, Span]], other: str) -> bool:
    """Does ``other`` carry the very negation that makes ``negative`` negative (its negator and the word after
    it, "لم يتبق"), though deeper than its opening, where polarity is read?  A frame extraction missed ("قال #
    التحالف ... إنه لم يتبق") or a headline run into the sentence leaves the negation inside the other text:
    the two then negate the same thing, read at different depths, and do not differ in polarity.  Only for one
    plain negation: a denial verb, or two negations, are read as they stand."""
    if [k for k, _ in evidence] != ["negation"]:
        return False
    words = _clause_words(negative[evidence[0][1].start :])
    if len(words) < 2:
        return False
    pair = (without_conjunction(words[0]), _verb_core(words[1]))
    seen = _clause_words(other)
    return any((without_conjunction(seen[i]), _verb_core(seen[i + 1])) == pair for i in range(len(seen) - 1))


def _verb_core(word: str) -> str:
    """A negated word without its imperfect prefix, so that one negation echoes in another person: "لا أرغب في
    إخراج المزيد" (Mendes's words, the headline) / "إنه لا يرغب في إخراج المزيد" (the report; SaudiNewsNet
    2015-07-21, a7ec79511d0f5)."""
    w = fold(word)
    return w[1:] if len(w) >= 4 and w[0] in IMPERFECT_PREFIXES + ALEF else w


def denial_at(words: list[str]) -> int | None:
    """Index of a denial verb (نفى، ينفي) among the first six words, or None."""
    g = grammar()
    for k, w in enumerate(words[:6]):
        bare = without_conjunction(w)
        negated = negates(words, k)
        forms = [(w, bare)] + ([(w + YEH, bare + YEH)] if negated else [])  # jussive: لم ينف for ينفي
        found = [f for x, y in forms for f in g.cue_forms(x, y) if f.verb.stance == "deny"]
        if found and (not negated or any(f.form in ("perfect", "imperfect") for f in found)):
            return k
    return None


def negates(words: list[str], k: int) -> bool:
    """Is word ``k`` a verb negated by the word right before it ("لم ينف", "ولا ينفي")?"""
    return k > 0 and _verb_negator(words[k - 1])


@functools.cache
def _denial_negators() -> frozenset[str]:
    # Not ما, which is as often "دائما ما ينفي" (always denies) as a negator; not غير ("غير نفي": only a denial).
    return grammar().verb_negators - {MEEM + ALEF}


def _verb_negator(word: str) -> bool:
    negators = _denial_negators()
    return word in negators or (has_conjunction(word) and word[1:] in negators)


def negated_cue(text: str, cue: Span) -> Span | None:
    """The negator right before a cue ("ولم ينف", "لا ينفي"): a denial that was not made, or None."""
    before = text[max(0, cue.start - 12) : cue.start]
    m = _LAST_WORD_RE.search(before)
    if m and _verb_negator(fold(m.group(1))):
        start = cue.start - len(before) + m.start(1)
        return Span(start, start + len(m.group(1)))
    return None


@functools.lru_cache(maxsize=4096)
def not_denied(text: str) -> str:
    """For a text that reports a denial not made ("ولم ينف الكرملين ..."), the negated cue as written, else ""."""
    a = first_attribution(text)
    if a is not None and a.cue.stance == "deny":
        span = negated_cue(text, a.cue.span)
        return text[span.start : a.cue.span.end] if span else ""
    words = _clause_words(text)
    k = denial_at(words)
    if k is None or not negates(words, k):
        return ""
    first, last = word_span(text, k - 1), word_span(text, k)
    return text[first.start : last.end] if first and last else " ".join(words[k - 1 : k + 1])


def negative_core(key: ClaimKey, denied: bool = False) -> tuple[str, ...]:
    """What a negative claim says is not so: the words after its negator, or for a denial its opening."""
    if key.negated_part:
        return key.negated_part
    return key.ordered[:4] if denied else ()
