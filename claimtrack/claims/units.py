"""Units of measure: what a number is counted in (طائرة -> aircraft, في المئة -> percent, عقود -> decades as years:
``data/units.tsv``, ``data/unit_scales.tsv``), read after a number or named without one ("أرسلت مقاتلات" names
aircraft).  :mod:`claimtrack.claims.quantities` asks :func:`unit_at` for the unit after each number it reads."""

from __future__ import annotations

import functools

from ..lexicon import read_rows
from ..lexicon.morph import BEH, DEFINITE, LAM_LAM
from ..normalize import fold, normalize
from .measures import measure_words
from .stems import Token, strip_clitics, word_tokens

__all__ = ["named_units", "unit_at", "unit_of", "unit_scales"]


@functools.cache
def _units() -> dict[str, str]:
    """One-word units by their folded word without clitics; a unit written with its preposition and article
    (بالمئة, "by the hundred") keeps them: bare, مئة is a number ("(190) مائة وتسعون" writes 190 out)."""
    units = {}
    for r in read_rows("units.tsv", 2):
        if " " in r[0]:
            continue
        word = fold(r[0])
        units[word if word.startswith((BEH + DEFINITE, LAM_LAM)) else strip_clitics(word)] = r[1]
    return units


def unit_of(word: str) -> str | None:
    """The unit a folded word names (:func:`_units`): read without its clitics, else as written (بالمئة)."""
    units = _units()
    return units.get(strip_clitics(word)) or units.get(word)


@functools.cache
def _phrase_units() -> dict[tuple[str, str], str]:
    """Two-word units (في المئة، كيلومتر مربع), by their folded words, the first keeping its clitics."""
    return {(w[0], strip_clitics(w[1])): r[1] for r in read_rows("units.tsv", 2)
            if len(w := [fold(x) for x in r[0].split()]) == 2}


PERCENT_SIGNS = "%\u066a"  # % and ٪, which are no word tokens


def unit_at(text: str, tokens: list[Token], j: int) -> tuple[str | None, int]:
    """The unit after a number that ends before token ``j``, and the token after it: a percent sign right
    after the number ("23.3%", which also ends the number: "8.3% عام 2013" is no duration), a two-word unit
    ("23.3 في المائة") or a one-word unit ("14 طائرة")."""
    end = tokens[j - 1][2]
    if text[end : end + 2].lstrip(" ")[:1] in tuple(PERCENT_SIGNS):
        return "percent", j
    if j + 1 < len(tokens):
        unit = _phrase_units().get((tokens[j][0], strip_clitics(tokens[j + 1][0])))
        if unit:
            return unit, j + 2
    if j < len(tokens):
        unit = unit_of(tokens[j][0])
        if unit:
            return unit, j + 1
    return None, j


@functools.cache
def unit_scales() -> dict[str, tuple[str, float]]:
    return {r[0]: (r[1], float(r[2])) for r in read_rows("unit_scales.tsv", 3)}


@functools.lru_cache(maxsize=65536)
def named_units(text: str) -> frozenset[str]:
    """The units and measures that ``text`` names with or without a number: "أرسلت مقاتلات" names aircraft,
    so it can be "سلموا 14 طائرة" without the figure; a percent sign names percent."""
    written = [t[0] for t in word_tokens(normalize(text).text)]
    words = [strip_clitics(w) for w in written]
    found = {u for w in written if (u := unit_of(w))}
    found |= {u for w in words if (u := measure_words().get(w))}
    found |= {u for pair in zip(words, words[1:]) if (u := _phrase_units().get(pair))}
    if any(c in text for c in PERCENT_SIGNS):
        found.add("percent")
    return frozenset(found)
