"""What a figure counts and whose it is: the measure words of ``data/quantity_measures.tsv`` (killed, wounded,
detained ...) found around a number, and the owner after an owner phrase of ``data/quantity_owners.txt``
("11 من عناصر التنظيم").  :mod:`claimtrack.claims.quantities` reads the numbers and asks this module about them."""

from __future__ import annotations

import functools
import itertools

from ..lexicon import read_rows, read_words
from ..lexicon.morph import CONJUNCTIONS, PREPOSITION_CLITICS, WAW
from ..normalize import fold
from .stems import Token, stem, strip_clitics

__all__ = ["measure_near", "measure_of", "measure_units", "measure_words", "owner_after"]


@functools.cache
def measure_words() -> dict[str, str]:
    return {strip_clitics(fold(r[0])): r[1] for r in read_rows("quantity_measures.tsv", 2)}


@functools.cache
def _owner_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(fold(w) for w in p.split()) for p in read_words("quantity_owners.txt")), key=len,
                        reverse=True))


def owner_after(tokens: list[Token], end: int) -> str | None:
    """Whose a count is: the noun after an owner phrase (data/quantity_owners.txt) within the three words after
    the number ("11 من عناصر التنظيم" -> تنظيم; "مقتل العشرات في صفوف المتمردين" -> متمرد)."""
    words = [t[0] for t in tokens]
    for k in range(end, min(len(words), end + 3)):
        for phrase in _owner_phrases():
            if tuple(words[k : k + len(phrase)]) == phrase and k + len(phrase) < len(words):
                return stem(words[k + len(phrase)])
    return None


@functools.cache
def measure_units() -> frozenset[str]:
    return frozenset(measure_words().values())


def measure_near(tokens: list[Token], start: int, end: int, coordinated: bool = False) -> str | None:
    """What a number at tokens[start:end] counts: its unit when the unit is a measure (قتيلا), else the
    nearest measure word up to three words before it (مقتل 27 شخصا، وإصابة نحو 100) or two after it
    (27 شخصا قتلوا); a number ``coordinated`` by و reads its own words after it first ("قتلوا و32 أصيبوا")."""
    before = range(start - 1, max(-1, start - 4), -1)
    after = range(end, min(len(tokens), end + 2))
    if coordinated:  # its own words first, up to the next و ("و3 آخرين وإصابة": not wounded), then those before
        order = [*itertools.takewhile(lambda k: k == end or not _joined_by_waw(tokens[k][0]), after), *before]
    else:
        order = [*before, *after]
    for k in order:
        m = measure_of(tokens[k][0])
        if m:
            return m
    return None


def _joined_by_waw(word: str) -> bool:
    """Whether ``word`` carries a conjunction و (وإصابة), not a و of its own (وفاة)."""
    return word.startswith(WAW) and strip_clitics(word) != word


def measure_of(word: str) -> str | None:
    """What a number beside ``word`` counts (data/quantity_measures.tsv), its clitics aside: لإصابات -> wounded."""
    table = measure_words()
    bare = strip_clitics(word)
    if bare in table or word in table:
        return table.get(bare) or table[word]
    if len(bare) > 4 and bare[0] in CONJUNCTIONS + PREPOSITION_CLITICS:  # لإصابات, وقتل
        return table.get(strip_clitics(bare[1:]))
    if bare[:1] in CONJUNCTIONS:  # a verb of three letters the clitics' stripping keeps whole: ولقي، فلقي
        return table.get(bare[1:])
    return None
