"""Spelling variants of loanwords and names (``data/spelling_variants.tsv``: أميركي -> أمريكي), written as one
spelling by the "match" profile of :mod:`claimtrack.normalize`, clitics and all ("والأميركية").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs
import regex

from .char_folding import CONCURRENT, fold_chars
from .lexicon.files import read_rows
from .spans import OffsetMap

__all__ = ["Variants", "WORD_RE", "may_be_variant", "replace_variants", "spelling_variants", "variant_matches"]


@attrs.frozen
class Variants:
    pattern: "regex.Pattern[str] | None"
    canonical: dict[str, str]
    # Every variant is letters only: then a match is one whole word, clitics included ("والأميركية").
    words_only: bool = False
    endings: frozenset[str] = frozenset()  # the last three letters of every variant (a two-letter one whole)


# Clitics that may stand before a listed word: conjunction و/ف, preposition ب/ك/ل, article ال (لل after ل).
_PREFIX = r"(?:[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?)"
_PREFIX_LETTERS = 4  # the longest _PREFIX: و/ف, ب/ك/ل and ال
WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")  # what the variant pattern's edges take for one word


@functools.cache
def spelling_variants() -> Variants:
    canonical: dict[str, str] = {}
    for row in read_rows("spelling_variants.tsv", 2):
        variant, target = (fold_chars(x, "match")[0] for x in row.fields)
        if variant.startswith("\u0627\u0644") and target.startswith("\u0627\u0644"):
            variant, target = variant[2:], target[2:]
        if variant != target:
            canonical[variant] = target
    # Follow chains (a -> b -> c) so that one pass is enough and the result is idempotent.
    for key in list(canonical):
        seen = {key}
        value = canonical[key]
        while value in canonical and value not in seen:
            seen.add(value)
            value = canonical[value]
        canonical[key] = value
    canonical = {k: v for k, v in canonical.items() if k != v}
    if not canonical:
        return Variants(None, {})
    words = sorted(canonical, key=lambda w: (-len(w), w))
    alternation = "|".join(regex.escape(w) for w in words)
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<pre>{_PREFIX})(?P<word>{alternation})(?![\p{{L}}\p{{M}}\p{{N}}])"
    )
    words_only = all(WORD_RE.fullmatch(w) and len(w) > 1 for w in words)
    return Variants(pattern, canonical, words_only, frozenset(w[-3:] for w in words))


def variant_matches(text: str) -> "Iterator[regex.Match[str]]":
    """The matches of the variant pattern in ``text``, in order: those of ``pattern.finditer``.

    The pattern is a long alternation, slow to try at every position; when every variant is letters only, a
    match is a whole word, so only a word that ends in a variant (after at most the clitics of _PREFIX) is
    tried, at its start."""
    variants = spelling_variants()
    if variants.pattern is None:
        return
    if not variants.words_only:
        yield from variants.pattern.finditer(text)
        return
    for word in WORD_RE.finditer(text, None, None, False, CONCURRENT):
        if may_be_variant(word.group(), variants):
            m = variants.pattern.match(text, word.start(), None, CONCURRENT)
            if m is not None:
                yield m


def may_be_variant(w: str, variants: Variants) -> bool:
    """May the whole word ``w`` be a listed variant after at most the clitics of _PREFIX (letters-only variants)?"""
    endings = variants.endings
    if w[-3:] not in endings and w[-2:] not in endings:
        return False  # (most words)
    canonical = variants.canonical
    # w[k:] for k up to _PREFIX_LETTERS (4), written out: no generator for the few words that get here
    n = len(w)
    return w in canonical or (n > 1 and (w[1:] in canonical or (n > 2 and (w[2:] in canonical or (n > 3 and (
        w[3:] in canonical or (n > 4 and w[4:] in canonical)))))))


def replace_variants(text: str) -> tuple[str, OffsetMap] | None:
    variants = spelling_variants()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    changed = False
    for m in variant_matches(text):
        ws, we = m.span("word")
        target = variants.canonical[m.group("word")]
        if target == m.group("word"):
            continue
        changed = True
        out.append(text[pos:ws])
        starts.extend(range(pos, ws))
        ends.extend(range(pos + 1, ws + 1))
        out.append(target)
        starts.extend([ws] * len(target))
        ends.extend([we] * len(target))
        pos = we
    if not changed:
        return None
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), OffsetMap(starts, ends, len(text))
