"""Approximators (``data/approximators.tsv``): the expressions that qualify a figure ("نحو 100"، "أكثر من 27"،
"13 شخصا على الأقل"), read once here for every module that asks: which expression stands at a place, which may follow
the figure, and the range each kind makes of the number it qualifies."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ..lexicon import read_rows
from ..normalize import fold
from .stems import Token

__all__ = ["approximator_at", "approximator_range", "approximator_rows", "expressions", "more_than",
           "trailing_approximator"]

_APPROX_WIDTH = {"approx": (0.85, 1.15), "more": (1.0, 1.5), "less": (0.5, 1.0), "at_least": (1.0, 1.5),
                 "at_most": (0.5, 1.0), "up_to": (0.85, 1.0)}
# After the figure, a floor is the figure it states, not a range: "قتل 13 شخصا على الأقل" is how news tells a toll so
# far, and two sources' "13 شخصا على الاقل" and "15 شخصاً" of one boat's sinking, or "at least 30" and "at least 28"
# of Nepal's landslides, are two accounts (the twelve judged days: 51 of 62 such marks judged right, 11 a rising toll;
# read as ranges, none of the 62 is marked).  Before the figure ("ما لا يقل عن 39 شخصا") it stays a range: read as
# stated too, it added three marks on those days, two of them between two events (Sousse's 39 and another attack's 91).
_TRAILING_WIDTH = {**_APPROX_WIDTH, "at_least": (1.0, 1.0)}


@functools.cache
def _rows() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """approximators.tsv: each expression's folded words, its kind and its place, the longest first."""
    rows = [(tuple(fold(w) for w in r[0].split()), r[1], r[2]) for r in read_rows("approximators.tsv", 3)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@functools.cache
def approximator_rows() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each expression's folded words and its kind, the longest first."""
    return tuple((words, kind) for words, kind, _ in _rows())


@functools.cache
def _trailing_rows() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The expressions that may also follow the figure (place ``both``: "على الأقل"، "تقريبا"), the longest first."""
    return tuple((words, kind) for words, kind, place in _rows() if place == "both")


@functools.cache
def expressions() -> tuple[str, ...]:
    """Every expression, folded ("علي الاقل"، "نحو"، "اكثر من")."""
    return tuple(" ".join(words) for words, _ in approximator_rows())


@functools.cache
def more_than() -> tuple[str, ...]:
    """The expressions that put a figure strictly above (أكثر من، يزيد على، يفوق), folded."""
    return tuple(" ".join(words) for words, kind in approximator_rows() if kind == "more")


def approximator_at(words: "Sequence[str]") -> int:
    """How many of ``words`` (folded), from the first, an approximator takes ("أكثر من"، "نحو"، "أقل من"), or 0."""
    return next((len(w) for w, _ in approximator_rows() if tuple(words[: len(w)]) == w), 0)


def trailing_approximator(tokens: list[Token], j: int) -> tuple[str, int]:
    """The kind of the approximator right after a figure that ends before token ``j`` and how many tokens it takes:
    "قتل 13 شخصا على الأقل" and "13 على الأقل" are at least 13, "50 ألف دولار تقريبا" about 50,000; ("", 0) when
    none follows, or punctuation stands between ("13 شخصا، على الأقل في ...")."""
    if j >= len(tokens) or tokens[j][1] - tokens[j - 1][2] > 1:
        return "", 0
    for words, kind in _trailing_rows():
        n = len(words)
        if tuple(t[0] for t in tokens[j : j + n]) == words and all(
                tokens[k][1] - tokens[k - 1][2] <= 1 for k in range(j + 1, j + n)):
            return kind, n
    return "", 0


def approximator_range(value: float, kind: str, after: bool = False) -> tuple[float, float]:
    """The range an approximator of ``kind`` makes of ``value``, written before the figure or ``after`` it (a floor
    after its figure is the figure it states)."""
    a, b = (_TRAILING_WIDTH if after else _APPROX_WIDTH).get(kind, (1.0, 1.0))
    return value * a, value * b
