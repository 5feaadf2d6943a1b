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
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Literal

import attrs
import regex

from .errors import LexiconError
from .lexicon import read_rows
from .spans import OffsetMap, Span

__all__ = ["Normalized", "ascii_digits", "fold", "fold_line", "fold_start", "kept_marks", "normalize"]

Profile = Literal["search", "match"]
PROFILES: tuple[str, ...] = ("search", "match")

TATWEEL = "\u0640"
# Arabic combining marks: Quranic annotation signs, harakat/shadda/sukun, superscript alef, small high marks.
_ARABIC_MARK_RE = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]")
# regex's "concurrent" argument, given by position: keep the interpreter's lock over a match.  By default regex lets
# it go and takes it back around every match, which costs more than the short matches made here (issue 14).
_CONCURRENT = False


@attrs.frozen
class _Folding:
    removed: frozenset[str]  # invisible characters that only steer layout (ZWJ, LRM, bidi controls, BOM ...)
    search: dict[str, str]  # replacements in every profile: every double quotation mark -> '"'
    match: dict[str, str]  # replacements of the "match" profile: alef forms -> ALEF, TEH MARBUTA -> HEH ...


def _code_point(value: str, where: str) -> str:
    if not regex.fullmatch(r"U\+[0-9A-F]{4,6}", value):
        raise LexiconError(f"{where}: {value!r} is not a code point written U+XXXX")
    return chr(int(value[2:], 16))


@functools.cache
def _folding() -> _Folding:
    """The character table of ``data/folding.tsv``; each row's name must be the Unicode name of its character."""
    removed: set[str] = set()
    search: dict[str, str] = {}
    match: dict[str, str] = {}
    for row in read_rows("folding.tsv", 4):
        where = row.where("folding.tsv")
        char = _code_point(row[0], where)
        if row[3].split(" -> ")[0] != unicodedata.name(char, ""):
            raise LexiconError(f"{where}: {row[0]} is {unicodedata.name(char, 'unnamed')}, not {row[3]!r}")
        if row[1] == "-":
            removed.add(char)
        else:
            (search if row[2] == "search" else match)[char] = _code_point(row[1], where)
    return _Folding(frozenset(removed), search, match)


def _search_char(ch: str) -> str:
    folding = _folding()
    if _ARABIC_MARK_RE.match(ch) or ch == TATWEEL or ch in folding.removed:
        return ""
    cp = ord(ch)
    if 0x0660 <= cp <= 0x0669:
        return chr(cp - 0x0660 + 0x30)  # ARABIC-INDIC DIGIT -> ASCII
    if 0x06F0 <= cp <= 0x06F9:
        return chr(cp - 0x06F0 + 0x30)  # EXTENDED ARABIC-INDIC (PERSIAN) DIGIT -> ASCII
    if ch in folding.search:
        return folding.search[ch]
    if ch != " " and unicodedata.category(ch) == "Zs":
        return " "
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            return "".join(_search_char(c) for c in decomposed)
    return ch


def _match_char(ch: str) -> str:
    out = []
    for c in _search_char(ch):
        c = _folding().match.get(c, c)
        low = c.lower()
        if low != c and low == low.lower() and all(_search_char(x) == x for x in low):
            c = low
        out.append(c)
    return "".join(out)


# The blocks Arabic news is written in (Latin, Arabic and its supplements, general punctuation, Arabic presentation
# forms): folded once per profile on first use.  A character outside them is folded when first met.
_COMMON_BLOCKS = ((0x0000, 0x024F), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0x2000, 0x206F),
                  (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


@attrs.frozen
class _CharTable:
    """What a profile writes for each character ("" when it removes it), and where a text needs a look."""

    reps: dict[str, str]  # grows as characters outside the common blocks are met
    # A common character the profile changes, or any character outside the common blocks.  (The standard
    # library's ``re`` tests a character class as a bitmap, ten times faster here than ``regex``.)
    look_re: "re.Pattern[str]"


@functools.cache
def _char_table(profile: str) -> _CharTable:
    convert = _match_char if profile == "match" else _search_char
    reps = {chr(c): convert(chr(c)) for a, b in _COMMON_BLOCKS for c in range(a, b + 1)}
    # a common character the profile changes, or one outside the common blocks: any character but the common ones
    # it keeps, as one negated class (a text is scanned for it at the speed of a class, not of an alternation)
    return _CharTable(reps, re.compile(f"[^{_class_body(ord(c) for c, rep in reps.items() if rep == c)}]"))


def _class_body(code_points: Iterable[int]) -> str:
    """The inside of a character class of ``code_points`` (in order), as runs ``a-b``."""
    kept: list[list[int]] = []  # runs [first, last]
    for code in code_points:
        if kept and kept[-1][1] == code - 1:
            kept[-1][1] = code
        else:
            kept.append([code, code])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in kept)


def _changes(text: str, profile: str) -> list[tuple[int, int, str]]:
    """Each character of ``text`` the profile changes: its span and what the profile writes there."""
    table = _char_table(profile)
    reps = table.reps
    changes = []
    for m in table.look_re.finditer(text):
        ch = m.group()
        rep = reps.get(ch)
        if rep is None:
            rep = reps[ch] = (_match_char if profile == "match" else _search_char)(ch)
        if rep != ch:
            changes.append((m.start(), m.end(), rep))
    return changes


def _written(text: str, changes: list[tuple[int, int, str]]) -> str:
    """``text`` with each change (start, end, what is written instead; in order, apart) made."""
    if not changes:
        return text
    out: list[str] = []
    copied = 0
    for start, end, rep in changes:
        out.append(text[copied:start])
        out.append(rep)
        copied = end
    out.append(text[copied:])
    return "".join(out)


def _fold_chars(text: str, profile: str) -> tuple[str, OffsetMap]:
    """Fold each character; the map is the identity but around a character removed or written as several."""
    n = len(text)
    changes = _changes(text, profile)
    # Every position of the map is one of 0..n: the map's two sequences share one object of each (a text is
    # thousands of positions, and each is made once instead of twice or more).
    at = tuple(range(n + 1))
    starts: list[int] = []
    ends: list[int] = []
    mapped = 0  # the original text before ``mapped`` is mapped
    for i, _, rep in changes:
        if len(rep) == 1:
            continue  # one character for one: the identity map holds
        starts.extend(at[mapped:i])
        ends.extend(at[mapped + 1 : i + 1])
        if rep:
            starts.extend([at[i]] * len(rep))
            ends.extend([at[i + 1]] * len(rep))
        elif ends and ends[-1] == i and _ARABIC_MARK_RE.match(text[i], None, None, _CONCURRENT):
            # A removed mark belongs to the letter before it: spans ending on that letter take the mark.
            ends[-1] = at[i + 1]
        mapped = i + 1
    if not mapped:
        return _written(text, changes), OffsetMap(at[:n], at[1:], n)
    starts.extend(at[mapped:n])
    ends.extend(at[mapped + 1 :])
    return _written(text, changes), OffsetMap(starts, ends, n)


def fold_word(word: str) -> str:
    """``fold_line(word)`` of one word (the "match" profile), quicker for a word that folding leaves as it is (most
    words of a text: no character the profile changes, and no spelling variant's ending)."""
    if _kept_word_re().fullmatch(word) is not None:
        variants = _variants()
        if variants.words_only and not _may_be_variant(word, variants):
            return word  # what _fold_text makes of it: no change, and the variant pattern is not tried
    return _fold_text(word, "match")


@functools.cache
def _kept_word_re() -> "re.Pattern[str]":
    """One word of _WORD_RE (letters, marks and digits) that the "match" profile writes as it is, character for
    character: the characters of the common blocks that both are (one class, which the standard library's ``re``
    tests as a bitmap: a word is read at the speed of ``look_re``, with no second pattern)."""
    reps = _char_table("match").reps
    return re.compile(f"[{_class_body(c for a, b in _COMMON_BLOCKS for c in range(a, b + 1) if reps[chr(c)] == chr(c) and _WORD_RE.fullmatch(chr(c)))}]+")


def _fold_text(text: str, profile: str) -> str:
    """What :func:`normalize` makes of ``text``, without the map."""
    text = _written(text, _changes(text, profile))
    if profile == "match":
        variants = _variants()
        if variants.words_only and _WORD_RE.fullmatch(text, None, None, _CONCURRENT):
            # one word (a token, a lexicon key): the variant pattern is tried at its start, or not at all
            m = variants.pattern.match(text, None, None, _CONCURRENT) if _may_be_variant(text, variants) else None  # type: ignore[union-attr]
            return text if m is None else _written(text, [(m.start("word"), m.end("word"), variants.canonical[m.group("word")])])
        canonical = variants.canonical
        text = _written(text, [(m.start("word"), m.end("word"), canonical[m.group("word")]) for m in _variant_matches(text)])
    return text


@attrs.frozen
class _Variants:
    pattern: "regex.Pattern[str] | None"
    canonical: dict[str, str]
    # Every variant is letters only: then a match is one whole word, clitics included ("والأميركية").
    words_only: bool = False
    endings: frozenset[str] = frozenset()  # the last three letters of every variant (a two-letter one whole)


# Clitics that may stand before a listed word: conjunction و/ف, preposition ب/ك/ل, article ال (لل after ل).
_PREFIX = r"(?:[\u0648\u0641]?(?:[\u0628\u0643\u0644]?\u0627\u0644|\u0644\u0644|[\u0628\u0643\u0644])?)"
_PREFIX_LETTERS = 4  # the longest _PREFIX: و/ف, ب/ك/ل and ال
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{N}]+")  # what the variant pattern's edges take for one word


@functools.cache
def _variants() -> _Variants:
    canonical: dict[str, str] = {}
    for row in read_rows("spelling_variants.tsv", 2):
        variant, target = (_fold_chars(x, "match")[0] for x in row.fields)
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
        return _Variants(None, {})
    words = sorted(canonical, key=lambda w: (-len(w), w))
    alternation = "|".join(regex.escape(w) for w in words)
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<pre>{_PREFIX})(?P<word>{alternation})(?![\p{{L}}\p{{M}}\p{{N}}])"
    )
    words_only = all(_WORD_RE.fullmatch(w) and len(w) > 1 for w in words)
    return _Variants(pattern, canonical, words_only, frozenset(w[-3:] for w in words))


def _variant_matches(text: str) -> "Iterator[regex.Match[str]]":
    """The matches of the variant pattern in ``text``, in order: those of ``pattern.finditer``.

    The pattern is a long alternation, slow to try at every position; when every variant is letters only, a
    match is a whole word, so only a word that ends in a variant (after at most the clitics of _PREFIX) is
    tried, at its start."""
    variants = _variants()
    if variants.pattern is None:
        return
    if not variants.words_only:
        yield from variants.pattern.finditer(text)
        return
    for word in _WORD_RE.finditer(text, None, None, False, _CONCURRENT):
        if _may_be_variant(word.group(), variants):
            m = variants.pattern.match(text, word.start(), None, _CONCURRENT)
            if m is not None:
                yield m


def _may_be_variant(w: str, variants: _Variants) -> bool:
    """May the whole word ``w`` be a listed variant after at most the clitics of _PREFIX (letters-only variants)?"""
    endings = variants.endings
    return (w[-3:] in endings or w[-2:] in endings) \
        and any(w[k:] in variants.canonical for k in range(min(len(w), _PREFIX_LETTERS + 1)))


def _replace_variants(text: str) -> tuple[str, OffsetMap] | None:
    variants = _variants()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    changed = False
    for m in _variant_matches(text):
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
    folded, offsets = _fold_chars(text, profile)
    if profile == "match":
        replaced = _replace_variants(folded)
        if replaced is not None:
            folded, later = replaced
            offsets = offsets.then(later)
    return Normalized(folded, text, offsets, profile)


@functools.lru_cache(maxsize=65536)
def fold(text: str, profile: Profile = "match") -> str:
    """Normalized text only, cached: for lexicon keys and words (a line: :func:`fold_line`)."""
    return fold_line(text, profile)


def fold_start(text: str, length: int, profile: Profile = "match") -> str:
    """A prefix of ``fold_line(text, profile)`` at least ``length`` characters long (all of it when shorter), for a
    look at how a line starts without folding all of it.

    Folding changes one character, or one word (a spelling variant), at a time, so the fold of ``text`` up to a
    plain space is a prefix of the fold of ``text``; variants written with a space would break that, and then the
    whole line is folded."""
    if profile == "match" and not _variants().words_only:
        return fold_line(text, profile)
    reach = length
    while (cut := text.find(" ", reach)) >= 0:
        folded = fold_line(text[:cut], profile)
        if len(folded) >= length:
            return folded
        reach = cut + reach + 1
    return fold_line(text, profile)


# Punctuation that may be kept as a line's fold-invariant marks (each one is checked in _kept_marks).
_MARK_CANDIDATES = "!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u060c\u061b\u061f\u066a"  # ... ARABIC COMMA, SEMICOLON, QUESTION MARK, PERCENT SIGN


@functools.cache
def _kept_marks() -> str:
    """The candidate marks the "match" fold writes as they are and writes for no other character: neither the
    character table nor folding.tsv nor a spelling variant writes one (the lower case of a character outside the
    table, the only other thing the fold writes, is never punctuation)."""
    reps = _char_table("match").reps
    written = "".join(rep for c, rep in reps.items() if rep != c) + "".join(_folding().search.values()) \
        + "".join(_folding().match.values()) + "".join(k + v for k, v in _variants().canonical.items())
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
