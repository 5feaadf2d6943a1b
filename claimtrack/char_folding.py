"""The character table of normalization: what each profile writes for each character, and the map back.

:func:`fold_chars` folds a text character by character (``data/folding.tsv``: quotation marks, alef forms,
teh marbuta, invisible controls; Arabic marks and tatweel removed; Arabic-Indic digits as ASCII; presentation
forms decomposed) and keeps an :class:`~claimtrack.spans.OffsetMap` to the original: a removed mark goes with
the letter before it.  :mod:`claimtrack.normalize` puts it together with the spelling variants
(:mod:`claimtrack.spelling_variants`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import attrs
import regex

from .errors import LexiconError
from .lexicon.files import read_rows
from .spans import OffsetMap

__all__ = ["ARABIC_MARK_RE", "COMMON_BLOCKS", "CONCURRENT", "CharTable", "Folding", "char_changes", "char_table",
           "class_body", "fold_chars", "folding_table", "write_changes"]

TATWEEL = "\u0640"
# Arabic combining marks: Quranic annotation signs, harakat/shadda/sukun, superscript alef, small high marks.
ARABIC_MARK_RE = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]")
# regex's "concurrent" argument, given by position: keep the interpreter's lock over a match.  By default regex lets
# it go and takes it back around every match, which costs more than the short matches made here (issue 14).
CONCURRENT = False


@attrs.frozen
class Folding:
    removed: frozenset[str]  # invisible characters that only steer layout (ZWJ, LRM, bidi controls, BOM ...)
    search: dict[str, str]  # replacements in every profile: every double quotation mark -> '"'
    match: dict[str, str]  # replacements of the "match" profile: alef forms -> ALEF, TEH MARBUTA -> HEH ...


def _code_point(value: str, where: str) -> str:
    if not regex.fullmatch(r"U\+[0-9A-F]{4,6}", value):
        raise LexiconError(f"{where}: {value!r} is not a code point written U+XXXX")
    return chr(int(value[2:], 16))


@functools.cache
def folding_table() -> Folding:
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
    return Folding(frozenset(removed), search, match)


def _search_char(ch: str) -> str:
    folding = folding_table()
    if ARABIC_MARK_RE.match(ch) or ch == TATWEEL or ch in folding.removed:
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
        c = folding_table().match.get(c, c)
        low = c.lower()
        if low != c and low == low.lower() and all(_search_char(x) == x for x in low):
            c = low
        out.append(c)
    return "".join(out)


# The blocks Arabic news is written in (Latin, Arabic and its supplements, general punctuation, Arabic presentation
# forms): folded once per profile on first use.  A character outside them is folded when first met.
COMMON_BLOCKS = ((0x0000, 0x024F), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0x2000, 0x206F),
                  (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


@attrs.frozen
class CharTable:
    """What a profile writes for each character ("" when it removes it), and where a text needs a look."""

    reps: dict[str, str]  # grows as characters outside the common blocks are met
    # A common character the profile changes, or any character outside the common blocks.  (The standard
    # library's ``re`` tests a character class as a bitmap, ten times faster here than ``regex``.)
    look_re: "re.Pattern[str]"


@functools.cache
def char_table(profile: str) -> CharTable:
    convert = _match_char if profile == "match" else _search_char
    reps = {chr(c): convert(chr(c)) for a, b in COMMON_BLOCKS for c in range(a, b + 1)}
    # a common character the profile changes, or one outside the common blocks: any character but the common ones
    # it keeps, as one negated class (a text is scanned for it at the speed of a class, not of an alternation)
    return CharTable(reps, re.compile(f"[^{class_body(ord(c) for c, rep in reps.items() if rep == c)}]"))


def class_body(code_points: Iterable[int]) -> str:
    """The inside of a character class of ``code_points`` (in order), as runs ``a-b``."""
    kept: list[list[int]] = []  # runs [first, last]
    for code in code_points:
        if kept and kept[-1][1] == code - 1:
            kept[-1][1] = code
        else:
            kept.append([code, code])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in kept)


def char_changes(text: str, profile: str) -> list[tuple[int, int, str]]:
    """Each character of ``text`` the profile changes: its span and what the profile writes there."""
    table = char_table(profile)
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


def write_changes(text: str, changes: list[tuple[int, int, str]]) -> str:
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


def fold_chars(text: str, profile: str) -> tuple[str, OffsetMap]:
    """Fold each character; the map is the identity but around a character removed or written as several."""
    n = len(text)
    changes = char_changes(text, profile)
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
        elif ends and ends[-1] == i and ARABIC_MARK_RE.match(text[i], None, None, CONCURRENT):
            # A removed mark belongs to the letter before it: spans ending on that letter take the mark.
            ends[-1] = at[i + 1]
        mapped = i + 1
    if not mapped:
        return write_changes(text, changes), OffsetMap(at[:n], at[1:], n)
    starts.extend(at[mapped:n])
    ends.extend(at[mapped + 1 :])
    return write_changes(text, changes), OffsetMap(starts, ends, n)
