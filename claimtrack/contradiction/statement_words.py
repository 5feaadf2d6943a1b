"""The words of a statement as the dispute rules read them: each folded word with its span in the statement's text
(through the normalisation's offset map), and a word's readings without its clitics (ولا، وبعدم، لعدم).  Every
rule of :mod:`claimtrack.contradiction` that reads a statement word by word asks this module, so one statement is
read once for all of them."""

from __future__ import annotations

import functools

import regex

from ..lexicon.morph import ALEF, BEH, DEFINITE, LAM, LAM_LAM, without_conjunction
from ..normalize import fold, normalize
from ..spans import Span

__all__ = ["bare_readings", "fused_apart", "punctuation_between", "statement_words", "with_article"]

_WORD_RE = regex.compile(r"[\p{L}\p{M}]+")


def statement_words(text: str) -> list[tuple[str, Span]]:
    """The folded words of a statement, each with its span in ``text`` (through the normalisation's offset map)."""
    return list(_statement_words(text))


# A word's span, by its start and end: one object for every statement's word at those offsets (a Span is
# immutable; a day's statements hold some 2 million words at a few tens of thousands of distinct offsets).
_WORD_SPANS: dict[int, Span] = {}
_WORD_SPANS_MOST = 1 << 18


@functools.lru_cache(maxsize=4096)  # a statement is read by several rules, some in passes over every statement
def _statement_words(text: str) -> tuple[tuple[str, Span], ...]:
    norm = normalize(text)
    starts, ends = norm.offsets.starts, norm.offsets.ends  # a word is never empty: norm.span, without its checks
    spans = _WORD_SPANS
    found = []
    for m in _WORD_RE.finditer(norm.text):
        a, b = starts[m.start()], ends[m.end() - 1]
        span = spans.get(k := (a << 32) | b)
        if span is None:
            if len(spans) >= _WORD_SPANS_MOST:
                spans.clear()
            span = spans[k] = Span(a, b)
        found.append((fold(m.group()), span))
    return tuple(found)


@functools.lru_cache(maxsize=65536)  # asked of every word of every statement, many times over
def bare_readings(word: str) -> tuple[str, ...]:
    """A folded word and its readings without a conjunction and a preposition clitic (ولا، وبعدم، لعدم)."""
    forms = [word]
    w = without_conjunction(word)
    forms.append(w)
    if len(w) > 3 and w[0] in (BEH, LAM):
        forms.append(w[1:])
    if len(w) > 4 and w.startswith(ALEF + LAM):  # an adjective agreeing with its noun: "التصريحات الباطلة"
        forms.append(w[2:])
    return tuple(dict.fromkeys(forms))


def with_article(reading: str) -> str:
    """A reading of :func:`bare_readings` with the article ل wrote over (لل: "للبلاد" -> "البلاد"), else itself."""
    return DEFINITE + reading[2:] if reading.startswith(LAM_LAM) else reading


def fused_apart(words: "list[tuple[str, Span]]", head: str, tails: "frozenset[str]") -> "list[tuple[str, Span]]":
    """``words`` with each word written as ``head`` and one of ``tails`` run together ("لاصحة"، "ولاصحة": a
    conjunction stays on the head) read as the two words: the first keeps the word's start, the second its end (the
    cut between them counts folded letters, so only the outer ends may bound a mention's span)."""
    def fused(w: str) -> bool:
        bare = without_conjunction(w)
        return bare.startswith(head) and bare[len(head):] in tails

    if not any(fused(w) for w, _ in words):
        return words
    out: list[tuple[str, Span]] = []
    for w, span in words:
        if fused(w):
            cut = len(w) - len(without_conjunction(w)) + len(head)
            out += [(w[:cut], Span(span.start, span.start + cut)), (w[cut:], Span(span.start + cut, span.end))]
        else:
            out.append((w, span))
    return out


_CLAUSE_MARK_RE = regex.compile(r"[،,؛;:.!?؟…–—]")


def punctuation_between(text: str, words: "list[tuple[str, Span]]", k: int) -> bool:
    """Does a punctuation mark stand between word ``k - 1`` and word ``k`` of ``words`` (``text``'s
    :func:`statement_words`)?"""
    return _CLAUSE_MARK_RE.search(text, words[k - 1][1].end, words[k][1].start) is not None
