"""A duration counted back ("قبل عام ونصف العام"، "قبل يومين أو ثلاثة أيام"), read from ``data/durations.tsv`` (the
words that count back and the days of each unit) and ``data/number_words.tsv``: :mod:`.fates` dates a death by it,
:mod:`.figures` tells a count since a period's start by its ago words."""

from __future__ import annotations

import functools

from ..claims.quantities import single_number_words
from ..lexicon import read_rows
from ..lexicon.morph import ALEF, TEH_MARBUTA, WAW, without_article
from ..normalize import fold
from ..spans import Span

__all__ = ["ago_words", "duration_days"]

_DUAL = "\u064a\u0646"  # يومين، عامين
_ACCUSATIVE = ALEF  # عاما، يوما
_OR = ALEF + WAW  # او (أو folded)


def ago_words() -> frozenset[str]:
    """durations.tsv's words of kind ``ago``, folded: what counts a duration back (قبل)."""
    return _durations()[0]


@functools.cache
def _durations() -> tuple[frozenset[str], dict[str, float]]:
    """Words that count a duration back (قبل), and the days of each unit word, with its dual and accusative."""
    ago, units = set(), {}
    for r in read_rows("durations.tsv", 3):
        word = fold(r[0])
        if r[1] != "unit":
            if r[1] == "ago":
                ago.add(word)
            continue
        days = float(r[2])
        units[word] = days
        units[word + _ACCUSATIVE] = days
        stem = word[:-1] + fold("\u062a") if word.endswith(fold(TEH_MARBUTA)) else word  # سنة -> سنتين
        units[stem + _DUAL] = -days  # a dual: two of the unit (its sign says so)
    return frozenset(ago), units


def duration_days(words: "list[tuple[str, Span]]", k: int) -> tuple[float, float] | None:
    """Days of a duration from word ``k``: "عام" (one), "يومين" (two), "ستة أشهر", "عام ونصف العام", "يومين أو
    ثلاثة أيام" (a range)."""
    first = _count(words, k)
    if first is None:
        return None
    (low, days), k = first
    high = low
    numbers, fractions = single_number_words()
    if k < len(words) and words[k][0].startswith(WAW) and words[k][0][1:] in fractions:
        low = high = low + fractions[words[k][0][1:]]
        k += 1
        if k < len(words) and _unit(words[k][0]):
            k += 1  # "ونصف العام"
    if k + 1 < len(words) and words[k][0] == _OR:
        other = _count(words, k + 1, days)
        if other is not None:
            high = max(high, other[0][0])
    return low * days, high * days


def _unit(word: str) -> float | None:
    _, units = _durations()
    bare = without_article(word)
    return units.get(bare)


def _count(words: "list[tuple[str, Span]]", k: int, days: float | None = None) -> tuple[tuple[float, float], int] | None:
    """(count, days of its unit) and the next word: a unit alone (one, or two for a dual) or a number and its
    unit ("ستة أشهر"); ``days``: the unit of a range's first end, when the second names none ("يومين أو ثلاثة")."""
    if k >= len(words):
        return None
    numbers, _ = single_number_words()
    word = words[k][0]
    unit = _unit(word)
    if unit is not None:
        return ((2.0, -unit) if unit < 0 else (1.0, unit)), k + 1
    value = float(word) if word.isdigit() else numbers.get(word)
    if value is None:
        return None
    if k + 1 < len(words) and (unit := _unit(words[k + 1][0])) is not None:
        return (value, abs(unit)), k + 2
    return ((value, days), k + 1) if days else None
