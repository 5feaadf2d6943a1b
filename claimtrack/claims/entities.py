"""What a claim names: entities through their aliases, the place a word names (by name or nisba adjective),
the ministries named by portfolio, and whether the claim is planned or decided.

Entities are canonical names from ``data/aliases.tsv`` (أفريكوم = القيادة العسكرية الأمريكية في إفريقيا =
AFRICOM; ميغ-29 = ميج 29), matched longest alias first.
"""

from __future__ import annotations

import functools

from ..lexicon import read_rows, read_words
from ..lexicon.aliases import aliases
from ..lexicon.morph import ALEF, CONJUNCTIONS, LAM_LAM, PLACE_KEY_ENDINGS, PREPOSITION_CLITICS, WAW
from ..normalize import fold
from .stems import Token, stem, strip_clitics, verb_readings, word_tokens

__all__ = ["entity_matches", "find_entities", "in_model_code", "modality_of", "nisba_place", "portfolio_of", "portfolios_in"]


@functools.cache
def _aliases() -> tuple[dict[tuple[str, ...], str], dict[str, str], int]:
    table: dict[tuple[str, ...], str] = {}
    types: dict[str, str] = {}
    for a in aliases():
        key = tuple(strip_clitics(w) for w in fold(a.alias).split())
        if key:
            table.setdefault(key, a.canonical)
            types[a.canonical] = a.type
    return table, types, max(len(k) for k in table)


@functools.cache
def _alias_heads() -> frozenset[str]:
    """The first word of each alias (as :func:`entity_matches` reads words)."""
    return frozenset(key[0] for key in _aliases()[0])


@functools.lru_cache(maxsize=65536)
def _alias_word(word: str) -> str:
    """A word as aliases are looked up: folded, without its proclitics (once per word, not per occurrence)."""
    return strip_clitics(fold(word))


def entity_matches(folded: list[str]) -> list[tuple[str, str, int, int]]:
    """Alias matches over folded tokens, longest first: (canonical, type, start token, end token)."""
    table, types, longest = _aliases()
    heads = _alias_heads()
    words = list(map(_alias_word, folded))
    found: list[tuple[str, str, int, int]] = []
    if heads.isdisjoint(words):
        return found  # no alias starts anywhere (a third of a day's sentences)
    i = 0
    while i < len(words):
        if words[i] not in heads:  # no alias starts here (most words)
            i += 1
            continue
        for size in range(min(longest, len(words) - i), 0, -1):
            canonical = table.get(tuple(words[i : i + size]))
            if canonical:
                found.append((canonical, types[canonical], i, i + size))
                i += size
                break
        else:
            i += 1
    return found


def find_entities(text: str) -> list[tuple[str, str]]:
    """Canonical entities named in ``text`` (longest alias first), as (canonical, type) pairs."""
    return [(c, t) for c, t, _, _ in entity_matches([t[0] for t in word_tokens(fold(text))])]


@functools.cache
def _place_names() -> dict[str, str]:
    """Place names and their nisba forms (الليبي، الليبية -> ليبيا) from the alias table."""
    table: dict[str, str] = {}
    for a in aliases():
        if a.type == "place" and " " not in a.alias:
            table[_place_key(fold(a.alias))] = a.canonical
    return table


def _place_key(word: str) -> str:
    w = strip_clitics(word)
    for suffix in PLACE_KEY_ENDINGS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
    return w


def nisba_place(word: str) -> str | None:
    """The place a folded word names, by name or nisba adjective (الروسي -> روسيا), or None."""
    return _place_names().get(_place_key(word))


@functools.cache
def _modality() -> dict[str, str]:
    """Stem -> "plan" or "decided" (data: modality.tsv, read through the same stemming as claims)."""
    return {stem(r[0]): r[1] for r in read_rows("modality.tsv", 2)}


def modality_of(stems: tuple[str, ...]) -> frozenset[str]:
    """"plan" (تدرس، تعتزم) and/or "decided" (تقرر، أقرت) for the stems of a claim's predicate."""
    table = _modality()
    return frozenset(kind for s in stems  # "تقرر" is read as قرر
                     for kind in [table.get(s) or next((table[c] for c in verb_readings(s) if c in table), None)] if kind)


@functools.cache
def _portfolio_table() -> tuple[dict[str, str], frozenset[str]]:
    """Portfolio word -> portfolio, and the titles they follow (rows whose portfolio is "-")."""
    rows = read_rows("portfolios.tsv", 2)
    return ({fold(r[0]): r[1] for r in rows if r[1] != "-"}, frozenset(fold(r[0]) for r in rows if r[1] == "-"))


def portfolios_in(tokens: list[str]) -> frozenset[str]:
    """Portfolios named after a minister's or ministry's title: "وزير الداخلية" -> الداخلية; "وزير التجارة
    والصناعة" names both (so it meets "وزير الصناعة والتجارة")."""
    table, titles = _portfolio_table()
    found = set()
    for k in range(len(tokens) - 1):
        if strip_clitics(tokens[k]) in titles or tokens[k] in titles:
            j = k + 1
            while j < len(tokens):
                word = tokens[j] if j == k + 1 else (tokens[j][1:] if tokens[j][:1] == WAW else "")
                portfolio = table.get(word) or table.get(word[1:] if word[:1] in CONJUNCTIONS + PREPOSITION_CLITICS else word)
                if not portfolio:
                    break
                found.add(portfolio)
                j += 1
    return frozenset(found)


def portfolio_of(word: str) -> str | None:
    """The portfolio a folded word names on its own, its clitics aside (الخارجية, والداخلية -> الداخلية), or
    None: in a speaker's mention a bare portfolio is the ministry (المتحدث باسم الخارجية)."""
    table, _ = _portfolio_table()
    for w in (word, word[1:] if word[:1] in CONJUNCTIONS + PREPOSITION_CLITICS else ""):
        if w in table:
            return table[w]
        if w.startswith(LAM_LAM) and ALEF + w[1:] in table:  # للخارجية -> الخارجية
            return table[ALEF + w[1:]]
    return None


@functools.cache
def _model_code_heads() -> frozenset[str]:
    """model_code_heads.txt, folded: the words before a number that make it a code (إف، إتش، بوينغ)."""
    return frozenset(fold(w) for w in read_words("model_code_heads.txt"))


def in_model_code(text: str, tokens: "list[Token]", i: int) -> bool:
    """Is the number at token ``i`` (of ``text``'s word tokens) part of a model, flight or product code, a name and no
    count: right after a word of model_code_heads.txt, nothing between but one space, dot or hyphen ("إم إتش 370"،
    "أم.اتش.370"، "إف-16"، "بوينغ 777")?"""
    if i == 0:
        return False
    word, _, end = tokens[i - 1]
    return text[end : tokens[i][1]] in _CODE_JOINS and word in _model_code_heads()


_CODE_JOINS = frozenset({"", " ", ".", "-"})
