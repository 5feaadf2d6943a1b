"""Light stems for matching: clitics and common suffixes off, broken plurals and news synonyms to one name.

A word is read after the "match" fold: its clitics (و ف ب ل ك ال) and common suffixes are stripped, a broken
plural maps to its singular (قواعد -> قاعدة, ``data/broken_plurals.tsv``) and a news synonym to one name
(نيران/لهيب, نزاع/صراع, ``data/synonyms.tsv``).  Letters, clitics and suffixes come from
:mod:`claimtrack.lexicon.morph`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import regex

from ..errors import LexiconError
from ..lexicon import read_rows, read_words
from ..lexicon.aliases import aliases
from ..lexicon.morph import (ALEF, CONJUNCTIONS, DEFINITE, HAMZA, HEH, IMPERFECT_PREFIXES, LAM_LAM,
                             PREPOSITION_CLITICS, SEEN, STEM_PRONOUN_SUFFIXES, TEH, WAW, YEH, stem_suffixes)
from ..normalize import fold

__all__ = ["Token", "known_words", "phrase_synonyms", "phrases_in", "stem", "stopwords", "strip_clitics", "verb_readings",
           "word_tokens"]

# A number may carry a clitic (و1.5) and the Arabic decimal and thousands separators (١٫٢, ١٬٠٠٠).
_WORD_RE = regex.compile(r"[\p{L}\p{M}]+(?:-?\d+(?:[.,\u066b\u066c]\d+)*)?|\d+(?:[.,\u066b\u066c]\d+)*")

Token = tuple[str, int, int]  # a folded word and its start and end in the text it was read from


def word_tokens(text: str) -> list[Token]:
    """The words and numbers of ``text``, folded, with their positions in ``text``."""
    return [(fold(m.group()), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


@functools.cache
def _plurals() -> dict[str, str]:
    return {strip_clitics(fold(r[0])): strip_clitics(fold(r[1])) for r in read_rows("broken_plurals.tsv", 2)}


def is_broken_plural(word: str) -> bool:
    """Is a folded word, its clitics aside, a broken plural of ``data/broken_plurals.tsv`` (مصادر)?"""
    return strip_clitics(word) in _plurals()


@functools.cache
def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for r in read_rows("synonyms.tsv", 2):
        table[_base_stem(fold(r[0]))] = _base_stem(fold(r[1]))
    return table


@functools.cache
def _synonym_words() -> frozenset[str]:
    return frozenset(strip_clitics(fold(r[0])) for r in read_rows("synonyms.tsv", 2))


@functools.cache
def phrase_synonyms() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The phrases of ``data/synonym_phrases.tsv`` by the stem of their first word: each the stems of the words
    after it and the stem it is matched as (وقف -> ((اطلاق, نار), هدن)), longest first."""
    table: dict[str, dict[tuple[str, ...], str]] = {}
    for row in read_rows("synonym_phrases.tsv", 2):
        phrase, group = row.fields
        stems = tuple(stem(w) for w in phrase.split())
        rest = table.setdefault(stems[0], {})
        if rest.get(stems[1:], stem(group)) != stem(group):
            raise LexiconError(f"{row.where('synonym_phrases.tsv')}: {phrase!r} reads as the words of another row's "
                               f"phrase, matched as another group than {group!r}")
        rest[stems[1:]] = stem(group)
    return {first: tuple(sorted(rest.items(), key=lambda r: -len(r[0]))) for first, rest in table.items()}


def phrases_in(stems: "Sequence[str | None]", together: Callable[[int], bool]) -> list[tuple[int, int, str]]:
    """Where the phrases of ``data/synonym_phrases.tsv`` stand among a text's words: (first, end, group stem) for
    each, longest first at each word, left to right.  ``stems``: each word's light stem, None for a word no phrase
    may hold (a function word, a number, a word of a name); a stem is matched with or without a preposition clitic
    the stemmer kept (بإطلاق، لإطلاق).  ``together(k)``: does word k follow word k - 1 with nothing but spaces between
    them (a phrase stands together: "الوقف. النار اشتعلت" is none)?  Asked only of a phrase's later words."""
    phrases = phrase_synonyms()

    def forms(k: int) -> tuple[str, ...]:
        s = stems[k]
        if s is None:
            return ()
        return (s, s[1:]) if len(s) > 3 and s[0] in PREPOSITION_CLITICS else (s,)

    found: list[tuple[int, int, str]] = []
    k = 0
    while k < len(stems):
        s = stems[k]
        # (most words open no phrase: a look-up of the stem and of the stem without a clitic letter says so)
        if s is None or (s not in phrases and s[1:] not in phrases):
            k += 1
            continue
        for rest, group in [r for f in forms(k) for r in phrases.get(f, ())]:
            end = k + 1 + len(rest)
            if end <= len(stems) and all(w in forms(k + 1 + j) and together(k + 1 + j) for j, w in enumerate(rest)):
                found.append((k, end, group))
                k = end - 1
                break
        k += 1
    return found


@functools.cache
def stopwords() -> frozenset[str]:
    """Folded function words a claim key leaves out (data: stopwords.txt)."""
    return frozenset(fold(w) for w in read_words("stopwords.txt"))


@functools.cache
def _alias_words() -> frozenset[str]:
    """The folded words of the aliases lexicon's names."""
    return frozenset(w for a in aliases() for w in fold(a.alias).split())


@functools.cache
def _name_words() -> frozenset[str]:
    """The words of the aliases lexicon, clitics off: names, which no suffix rule should turn into a synonym."""
    return frozenset(strip_clitics(w) for w in _alias_words())


@functools.cache
def known_words() -> frozenset[str]:
    """Words of names and synonyms: a prefix letter before one of them is a clitic (لليبيا = ل + ليبيا)."""
    words = set(_alias_words())
    words |= {fold(r[0]) for r in read_rows("synonyms.tsv", 2)}
    return frozenset(words)


# The longest Arabic words, clitics and all, have about 15 letters (أفاستسقيناكموها).
_LONGEST_WORD = 30


def strip_clitics(word: str) -> str:
    """A folded word without its proclitics: و/ف, then ب/ل/ك, then ال (والقواعد -> قواعد, لليبيا -> ليبيا);
    a letter that may be a root letter (برنامج، بلاغ) stays unless what follows is a known word."""
    w = word
    if len(w) > _LONGEST_WORD:
        return w  # no word: a run of letters (issue 17); the test below recurses once per letter
    known = known_words()
    if len(w) > 3 and w[0] in CONJUNCTIONS and w not in known:
        w2 = w[1:]
        if w2.startswith(DEFINITE) or (len(w2) > 3 and w2[0] in PREPOSITION_CLITICS) or len(w2) >= 4 or w2 in known:
            w = w2
    if len(w) > 4 and w[0] in PREPOSITION_CLITICS and w[1:].startswith(DEFINITE):
        w = w[1:]
    elif len(w) > 3 and w.startswith(LAM_LAM):  # لل: ل + ال, or ل before a word in ل (لليبيا)
        w = w[1:] if w[1:] in known else w[2:]
    elif len(w) >= 4 and w[0] in PREPOSITION_CLITICS and w not in known and (w[1:] in known or strip_clitics(w[1:]) in _synonym_words()):
        w = w[1:]  # لدعم، بإرسال; but برنامج، بلاغ keep their ب
    if w.startswith(DEFINITE) and len(w) > 4:
        w = w[2:]
    return w


def _base_stem(word: str) -> str:
    w = strip_clitics(word)
    if len(w) >= 6 and w[-1] == HAMZA and w[-2] in YEH + WAW:  # مرافيء (a misspelt مرافئ) -> مرافي; not بريء
        w = w[:-1]
    lookups = [w]
    for suffix in STEM_PRONOUN_SUFFIXES:  # ألويتها -> ألوية; قواعدها -> قواعد
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            bare = w[: -len(suffix)]
            lookups += [bare, bare[:-1] + HEH] if bare.endswith(TEH) else [bare]
            w = bare
            break
    if w.endswith(ALEF) and len(w) >= 4:  # accusative tanween alef: طرقا -> طرق (for lookups only)
        lookups.append(w[:-1])
    plurals = _plurals()
    for c in lookups:
        if c in plurals:
            return plurals[c]
        if c in _synonym_words():
            return c
    for suffix in stem_suffixes():
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    else:
        if len(w) == 3 and w.endswith(ALEF):
            w = w[:-1]  # accusative of a two-letter noun: خطا -> خط، حدا -> حد
    return w


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Light stem of one word for matching: أميركية -> امريك، والقواعد -> قاعد، بالمقاتلات -> طائر (synonym)."""
    w = fold(word)
    base = _base_stem(w)
    synonyms = _synonyms()
    if base in synonyms:
        bare = strip_clitics(w)
        if base != bare and synonyms[base] != base and bare in _name_words():
            return bare  # a name is no synonym through a suffix: سلمان is not سلم + ان (handed over -> sent)
        return synonyms[base]
    # An imperfect or future verb of a listed word: يبحث/تبحث -> بحث, تستثمر -> يستثمر, ستضخ -> ضخ.  Only a
    # listed word is taken, so a noun that merely starts like a verb (سيارة) stays as it is.
    return next((synonyms[c] for c in verb_readings(base) if c in synonyms), base)


def verb_readings(word: str) -> tuple[str, ...]:
    """What an imperfect or future verb may be listed as: تستثمر -> (ستثمر, يستثمر), ستضخ -> (ضخ, يضخ)."""
    verb = word[1:] if len(word) >= 4 and word[0] == SEEN and word[1] in IMPERFECT_PREFIXES else word
    if len(verb) >= 3 and verb[0] in IMPERFECT_PREFIXES:
        return (verb[1:], YEH + verb[1:])
    return ()
