"""Words spelt nearly alike, which light stemming leaves apart (ستنطلق / تنطلق, مساعد / مساعدات, وجود / توجد):
what :func:`~.score.pair_score` credits as a softer overlap and doubts as a different object.

:func:`close_words` finds, once for a whole vocabulary, each word's near spellings (character-bigram Dice >=
0.75), so that a pair's soft overlap (:func:`soft_overlap`) is set intersections.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet

from ..claims import stem
from ..lexicon.morph import IMPERFECT_PREFIXES, SEEN, long_vowels

__all__ = ["alike", "any_alike", "close_to_any", "close_words", "soft_overlap", "spelt_close"]


CLOSE_DICE = 0.75  # two words are spelt alike from this character-bigram Dice on


def any_alike(words: set[str], other: tuple[str, ...]) -> bool:
    """Does one of ``words`` stand in ``other`` as a variant the stemmer left apart (لاجي/لاج, وجود/توجد)?"""
    return any(alike(x, y) for x in words for y in other if not y.startswith("e:"))


@functools.lru_cache(maxsize=65536)
def spelt_close(x: str, y: str) -> bool:
    """Spelled nearly alike: character-bigram Dice >= 0.75 (ستنطلق / تنطلق, مساعد / مساعدات)."""
    if min(len(x), len(y)) < 3:
        return False
    bx, by = _bigrams(x), _bigrams(y)
    return 2 * len(bx & by) / (len(bx) + len(by)) >= CLOSE_DICE


@functools.lru_cache(maxsize=65536)
def alike(x: str, y: str) -> bool:
    """Spelled nearly alike or with the same consonants (وجود / توجد); used only to doubt a different object,
    since the consonants also join قرار and تقرير."""
    return spelt_close(x, y) or (min(len(x), len(y)) >= 3 and _skeleton(x) == _skeleton(y))


def _skeleton(word: str) -> str:
    """The consonants of a stem: the future س, an imperfect prefix and the long vowels after the first letter
    dropped (وجود / توجد -> وجد; ستنطلق / تنطلق -> نطلق).  Used only to compare two words, so a noun that
    starts like a future verb (سيارة) is harmless unless the other word has the same consonants."""
    if len(word) >= 5 and word[0] == SEEN and word[1] in IMPERFECT_PREFIXES:
        word = word[1:]
    if len(word) >= 4 and word[0] in IMPERFECT_PREFIXES:
        word = word[1:]
    return word[0] + "".join(c for c in word[1:] if c not in long_vowels())


@functools.lru_cache(maxsize=65536)
def _bigrams(word: str) -> frozenset[str]:
    return frozenset(word[k : k + 2] for k in range(len(word) - 1))


def close_words(words: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each word of ``words`` (not an ``e:`` term) -> the other words of ``words`` spelt nearly alike
    (:func:`spelt_close`), found once for a whole vocabulary so that a pair's soft overlap is a set intersection.

    Exact, not an approximation: Dice >= 0.75 between two bigram sets of sizes m <= n needs m >= 0.6 n and
    an overlap of at least 0.6 of either set, so two close words share one of the first ``size - ceil(0.6 *
    size) + 1`` bigrams of each in one global order (prefix filtering); each such candidate is then checked
    as :func:`spelt_close` checks it."""
    vocabulary = sorted({x for x in words if len(x) >= 3 and not x.startswith("e:")})
    grams = {x: _bigrams(x) for x in vocabulary}
    df: dict[str, int] = {}
    for bs in grams.values():
        for b in bs:
            df[b] = df.get(b, 0) + 1
    index: dict[str, list[str]] = {}
    prefixes: dict[str, list[str]] = {}
    for x in vocabulary:
        rarest = sorted(grams[x], key=lambda b: (df[b], b))
        prefix = rarest[: len(rarest) - (3 * len(rarest) + 4) // 5 + 1]  # overlap >= ceil(0.6 * size)
        prefixes[x] = prefix
        for b in prefix:
            index.setdefault(b, []).append(x)
    close: dict[str, set[str]] = {}
    for x in vocabulary:
        gx = grams[x]
        size = len(gx)
        for y in {y for b in prefixes[x] for y in index[b]}:
            # each pair once; bigram sets of sizes m <= n can only be close when 5 m >= 3 n; then spelt_close's own
            # test on the bigrams at hand (every word here has three letters or more; each pair is tested once, so
            # spelt_close's cache would only be filled)
            if y > x and 5 * min(size, len(gy := grams[y])) >= 3 * max(size, len(gy)) \
                    and 2 * len(gx & gy) / (size + len(gy)) >= CLOSE_DICE:
                close.setdefault(x, set()).add(y)
                close.setdefault(y, set()).add(x)
    # Most words have no near spelling: they share one empty set (at 20,000 real articles, a set each took 50 MB).
    return {x: frozenset(close[x]) if x in close else _NO_WORDS for x in vocabulary}


_NO_WORDS: frozenset[str] = frozenset()


def close_to_any(x: str, words: set[str], near: Mapping[str, frozenset[str]] | None) -> bool:
    """Is a word of ``words`` (not an ``e:`` term) spelt nearly like ``x``?"""
    close = near.get(x) if near is not None else None
    if close is not None:
        return not close.isdisjoint(words)
    return any(spelt_close(x, y) for y in words if not y.startswith("e:"))


def soft_overlap(rest_a: AbstractSet[str], rest_b: AbstractSet[str], w: Callable[[str], float],
                  near: Mapping[str, frozenset[str]] | None = None) -> float:
    """Credit for stems that differ only in affixes the stemmer left (ندرس/يدرس, مساعد/مساعدات).  ``near``
    (:func:`close_words` over a vocabulary holding every word of both sets) makes it set intersections."""
    total = 0.0
    for x in rest_a:
        if x.startswith("e:"):
            # An entity whose own words stand in the other claim ("لواء المساعدة الأمنية" / "فرقا للدعم").
            if len(_entity_words(x) & rest_b) >= 2:
                total += 0.8 * w(x)
            continue
        if len(x) < 4:
            continue
        close = near.get(x) if near is not None else None
        if close is not None:
            if not close.isdisjoint(rest_b) and any(len(y) >= 4 for y in close & rest_b):
                total += 0.8 * w(x)
        elif any(len(y) >= 4 and not y.startswith("e:") and spelt_close(x, y) for y in rest_b):
            total += 0.8 * w(x)
    return total


@functools.lru_cache(maxsize=65536)
def _entity_words(term: str) -> frozenset[str]:
    """The stems of an ``e:`` term's own words."""
    return frozenset(stem(w) for w in term[2:].split())
