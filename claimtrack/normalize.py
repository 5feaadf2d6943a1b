"""Orthographic normalization of Arabic news text, with an exact map back to the original.

Two profiles:

``"search"``
    What every later stage reads: Arabic diacritics (harakat, shadda, sukun, superscript alef) and tatweel
    removed; Arabic-Indic and Persian digits as ASCII; NBSP and other spaces as a plain space; zero-width
    and bidi control characters removed; every double quotation mark (" “ ” « » „ ‟) as ``"``; Arabic
    presentation forms decomposed (``ﻻ`` -> ``لا``).
``"match"``
    ``search`` plus what cross-outlet matching needs: alef forms (أ إ آ ٱ) as bare alef, alef maqsura as
    ya, teh marbuta as heh, hamza on waw/ya as waw/ya, Latin lower case, and the spelling variants of
    loanwords and names listed in ``data/spelling_variants.tsv`` (أميركي -> أمريكي).

Both are idempotent, and the :class:`~claimtrack.spans.OffsetMap` they return maps every normalized
position back to the original text: ``normalize("قالَ")`` is ``"قال"`` and its map sends the span of
``ل`` to the span ``لَ`` (a removed mark goes with the letter before it).
"""


from __future__ import annotations

import functools
import re
import sys
import unicodedata
from typing import Literal

import attrs
import regex

from .char_folding import (COMMON_BLOCKS, CONCURRENT, char_changes, char_table, class_body, fold_chars, folding_table,
                           write_changes)
from .spans import OffsetMap, Span
from .spelling_variants import WORD_RE, may_be_variant, replace_variants, spelling_variants, variant_matches

__all__ = ["Normalized", "ascii_digits", "fold", "fold_line", "fold_start", "kept_marks", "normalize"]

Profile = Literal["search", "match"]
PROFILES: tuple[str, ...] = ("search", "match")


def fold_word(word: str) -> str:
    """``fold_line(word)`` of one word (the "match" profile), quicker for a word that folding leaves as it is (most
    words of a text: no character the profile changes, and no spelling variant's ending).  Any other text is folded
    as ``fold_line`` folds it too, character by character: quicker for a short text, slower for a long one."""
    if _kept_word_re().fullmatch(word) is not None:
        variants = spelling_variants()
        if variants.words_only and not may_be_variant(word, variants):
            return word  # what _fold_text makes of it: no change, and the variant pattern is not tried
        return _fold_text(word, "match")
    # each character as the profile writes it, read from the table in C (a word is a few characters, most of them
    # the table's; what char_changes changes, for a character the look pattern passes over is written as it is);
    # a character the table has not met yet is folded, and kept there, by char_changes
    reps = char_table("match").reps
    try:
        return _fold_variants("".join(map(reps.__getitem__, word)))
    except KeyError:
        return _fold_text(word, "match")


@functools.cache
def _kept_word_re() -> "re.Pattern[str]":
    """One word of WORD_RE (letters, marks and digits) that the "match" profile writes as it is, character for
    character: the characters of the common blocks that both are (one class, which the standard library's ``re``
    tests as a bitmap: a word is read at the speed of ``look_re``, with no second pattern)."""
    reps = char_table("match").reps
    return re.compile(f"[{class_body(c for a, b in COMMON_BLOCKS for c in range(a, b + 1) if reps[chr(c)] == chr(c) and WORD_RE.fullmatch(chr(c)))}]+")


def _fold_text(text: str, profile: str) -> str:
    """What :func:`normalize` makes of ``text``, without the map."""
    text = write_changes(text, char_changes(text, profile))
    return _fold_variants(text) if profile == "match" else text


def _fold_variants(text: str) -> str:
    """``text``, folded character by character for the "match" profile, with its spelling variants written as one."""
    variants = spelling_variants()
    if variants.words_only and WORD_RE.fullmatch(text, None, None, CONCURRENT):
        # one word (a token, a lexicon key): the variant pattern is tried at its start, or not at all
        m = variants.pattern.match(text, None, None, CONCURRENT) if may_be_variant(text, variants) else None  # type: ignore[union-attr]
        return text if m is None else write_changes(text, [(m.start("word"), m.end("word"), variants.canonical[m.group("word")])])
    canonical = variants.canonical
    return write_changes(text, [(m.start("word"), m.end("word"), canonical[m.group("word")]) for m in variant_matches(text)])


@attrs.frozen
class Normalized:
    """A normalized string, the original it came from, and the map between them."""

    text: str
    original: str
    offsets: OffsetMap
    profile: str

    def span(self, start: int, end: int) -> Span:
        """Original span of the normalized span ``[start, end)``."""
        return self.offsets.to_original(start, end)

    def original_text(self, start: int, end: int) -> str:
        """Original text behind the normalized span ``[start, end)``."""
        return self.span(start, end).of(self.original)

    def __str__(self) -> str:
        return self.text


def normalize(text: str, *, profile: Profile = "search") -> Normalized:
    """Normalize ``text`` for ``profile`` (``"search"`` or ``"match"``) and keep a map to the original."""
    if profile not in PROFILES:
        raise ValueError(f"unknown normalization profile {profile!r}; choose one of {list(PROFILES)}")
    folded, offsets = fold_chars(text, profile)
    if profile == "match":
        replaced = replace_variants(folded)
        if replaced is not None:
            folded, later = replaced
            offsets = offsets.then(later)
    return Normalized(folded, text, offsets, profile)


@functools.lru_cache(maxsize=65536)
def fold(text: str, profile: Profile = "match") -> str:
    """Normalized text only, cached: for lexicon keys and words (a line: :func:`fold_line`)."""
    # (fold_word folds any text as fold_line does, character by character from the table: quicker on a short one)
    # Interned: the words of every claim key are folds, and the same word folded again after this cache forgot it
    # would be a string of its own in each key that holds it.
    return sys.intern(fold_word(text) if profile == "match" else fold_line(text, profile))


def fold_start(text: str, length: int, profile: Profile = "match") -> str:
    """A prefix of ``fold_line(text, profile)`` at least ``length`` characters long (all of it when shorter), for a
    look at how a line starts without folding all of it.

    Folding changes one character, or one word (a spelling variant), at a time, and writes a plain space as it is,
    so the fold of ``text`` up to a plain space is the folds of its words, each through the cache of words, joined
    by spaces, and a prefix of the fold of ``text``; variants written with a space would break that, and then the
    whole line is folded."""
    if profile == "match" and not spelling_variants().words_only:
        return fold_line(text, profile)
    words: list[str] = []
    size = -1  # of " ".join(words)
    at = 0
    while (cut := text.find(" ", at)) >= 0 and cut - at <= _WORD_CACHED:
        words.append(fold(text[at:cut], profile))
        size += len(words[-1]) + 1
        if size >= length:
            return " ".join(words)
        at = cut + 1
    return fold_line(text, profile)


_WORD_CACHED = 64  # the longest run between spaces that fold_start folds through the cache of words


# Punctuation that may be kept as a line's fold-invariant marks (each one is checked in _kept_marks).
_MARK_CANDIDATES = "!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u060c\u061b\u061f\u066a"  # ... ARABIC COMMA, SEMICOLON, QUESTION MARK, PERCENT SIGN


@functools.cache
def _kept_marks() -> str:
    """The candidate marks the "match" fold writes as they are and writes for no other character: neither the
    character table nor folding.tsv nor a spelling variant writes one (the lower case of a character outside the
    table, the only other thing the fold writes, is never punctuation)."""
    reps = char_table("match").reps
    written = "".join(rep for c, rep in reps.items() if rep != c) + "".join(folding_table().search.values()) \
        + "".join(folding_table().match.values()) + "".join(k + v for k, v in spelling_variants().canonical.items())
    return "".join(c for c in _MARK_CANDIDATES if reps[c] == c and c not in written)


@functools.cache
def _kept_marks_re() -> "re.Pattern[str]":
    return re.compile(f"[{re.escape(_kept_marks())}]")


def kept_marks(text: str) -> str:
    """The punctuation marks of ``text`` that folding keeps and never writes, in order: ``fold_line(text)`` holds
    the same ones, so two texts whose marks differ fold differently (a cheap test before folding whole lines to
    compare them)."""
    return "".join(_kept_marks_re().findall(text))


def fold_line(text: str, profile: Profile = "match") -> str:
    """Normalized text only, not cached: for lines and paragraphs, which a cache of words would only churn."""
    if profile not in PROFILES:
        raise ValueError(f"unknown normalization profile {profile!r}; choose one of {list(PROFILES)}")
    return _fold_text(text, profile)


_DIGIT_RE = regex.compile(r"\d")


def ascii_digits(text: str) -> str | None:
    """``text`` with every decimal digit written as its ASCII digit (``"١٢.5"`` -> ``"12.5"``), other characters
    kept; ``None`` when a character the patterns read as a digit (``\\d`` is every Unicode Nd) is no decimal
    digit that this Python's ``unicodedata`` knows, say one of a script newer than its tables (U+11BF5).

    ``int()`` and ``float()`` would raise on such a digit; callers leave the token as text instead.
    """
    out = []
    for ch in text:
        if "0" <= ch <= "9" or not _DIGIT_RE.match(ch):
            out.append(ch)
            continue
        value = unicodedata.decimal(ch, None)
        if value is None:
            return None
        out.append(str(value))
    return "".join(out)
