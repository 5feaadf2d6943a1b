"""Finding time expressions in a text: a cursor over its words reads each expression, with its span.

Only a word that can open an expression (or a number before one, or a d/m/y date) starts a reading; most
sentences hold none of them and are passed over in one regular-expression pass.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Collection

import regex

from ..normalize import Normalized, ascii_digits, normalize
from ..spans import Span
from .expression import TimeExpression, calendar_date
from .words import DateWords, date_words, letter_folds, month_leads, month_names, month_nouns, year_leads

__all__ = ["find_time_expressions"]

# Words (with digits and d/m/y dates) and the brackets and quote marks that matter around them.
_TOKEN_RE = regex.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\p{L}+|\d+|[()\"]")
_DMY_RE = regex.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_WORD_RE = regex.compile(r"\p{L}+")
# regex's "concurrent" argument, given by position: keep the interpreter's lock over a match (issue 14).
_CONCURRENT = False
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
# The same by length, shortest first as listed: a word begins with one clitic of each length at most.
_CLITICS_BY_LENGTH = tuple((n, frozenset(c for c in _CLITICS if len(c) == n)) for n in sorted({len(c) for c in _CLITICS}))
_YEAR_SUFFIX = "م"  # "2015م": the Gregorian era letter written after the year
# The tables of DateWords a phrase is read from, by their role (a field of DateWords).
_PHRASE_TABLES = ("day", "day_lead", "day_part", "not_after", "period_part", "weekdays")


class _Reader:
    """A cursor over the tokens of one text; each ``take_*`` returns the tokens it used (0: none)."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens  # the texts of the tokens
        self.w = date_words()
        self.firsts = _first_words(self.w)

    def word(self, i: int) -> str | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def phrase(self, i: int, role: str, *, clitic: bool = False) -> tuple[str | None, int]:
        """The longest entry of the table of ``role`` (one of ``_PHRASE_TABLES``) starting at token ``i`` (with a
        clitic on its first word if allowed)."""
        if i >= len(self.tokens):
            return None, 0
        first = self.tokens[i]
        table: Collection[str] = getattr(self.w, role)
        firsts = self.firsts[role]  # no entry begins with any other word (most words)
        heads = [first] if first in firsts else []
        if clitic:
            for n, clitics in _CLITICS_BY_LENGTH:
                if first[:n] in clitics and len(first) > n + 1 and first[n:] in firsts:
                    heads.append(first[n:])
        if not heads:
            return None, 0
        for n in range(min(self.w.longest, len(self.tokens) - i), 0, -1):
            rest = "".join(" " + t for t in self.tokens[i + 1:i + n])
            for head in heads:
                if head + rest in table:
                    return head + rest, n
        return None, 0

    def weekday(self, i: int, *, clitic: bool = False) -> tuple[int | None, int]:
        """A weekday at ``i``, bare or in brackets ("(الاثنين)")."""
        if self.word(i) == "(" and self.word(i + 2) == ")":
            found, n = self.weekday(i + 1)
            return (found, 3) if found else (None, 0)
        word, n = self.phrase(i, "weekdays", clitic=clitic)
        return (self.w.weekdays[word], n) if word else (None, 0)

    def not_a_day(self, i: int) -> bool:
        """Does a word at ``i`` show that the word before is no day ("اليوم الأول"، "الاثنين في المائة")?"""
        return self.phrase(i, "not_after")[0] is not None

    def number(self, i: int, low: int, high: int) -> int | None:
        word = self.word(i)
        if word is None or not word.isdigit():
            return None
        digits = ascii_digits(word)
        value = int(digits) if digits else -1
        return value if low <= value <= high else None

    def month(self, i: int) -> tuple[int | None, int]:
        """A month name at ``i`` (one or two words), with a bracketed other name after it ("يوليو (تموز)")."""
        names = month_names()
        for n in (2, 1):
            if i + n <= len(self.tokens):
                number = names.get(" ".join(self.tokens[i:i + n]))
                if number:
                    if self.word(i + n) == "(":
                        for k in (2, 1):
                            if self.word(i + n + 1 + k) == ")" and names.get(
                                    " ".join(self.tokens[i + n + 1:i + n + 1 + k])) == number:
                                return number, n + k + 2
                    return number, n
        return None, 0

    def year(self, i: int) -> tuple[int | None, int]:
        lead = 1 if self.word(i) in year_leads() else 0
        word = self.word(i + lead)
        if word is not None and word.isdigit() and len(word) == 4:
            digits = ascii_digits(word)
            if digits:
                return int(digits), lead + 1 + (self.word(i + lead + 1) == _YEAR_SUFFIX)
        return None, 0

    def direction(self, i: int) -> tuple[str | None, int]:
        word = self.word(i)
        return (self.w.direction[word], 1) if word in self.w.direction else (None, 0)

    def expression(self, i: int) -> tuple[int, dict[str, object]] | None:
        """The time expression that starts at token ``i``: (tokens used, fields), or None."""
        j = i
        first = True
        part, n = self.phrase(j, "day_part", clitic=True)
        if part:
            j, first = j + n, False
        lead, n = self.phrase(j, "day_lead", clitic=first)
        if lead:
            j, first = j + n, False
        day, n = self.phrase(j, "day", clitic=first)
        if day:
            j += n
            weekday, n = self.weekday(j)
            if weekday:
                return j + n - i, {"kind": "day", "offset": self.w.day[day], "weekday": weekday}
            if self.not_a_day(j) or self._quoted(j - 1):
                return None
            return j - i, {"kind": "day", "offset": self.w.day[day]}
        weekday, n = self.weekday(j, clitic=first)
        if weekday:
            j += n
            written = self.written_date(j)
            if written:
                return j + written[0] - i, written[1]
            if not (part or lead) and self.not_a_day(j):
                return None
            direction, n = self.direction(j)
            return j + n - i, {"kind": "weekday", "weekday": weekday, "direction": direction}
        if part or lead:
            return None
        written = self.written_date(j)
        if written:
            return written[0], written[1]
        return self.period(j)

    def written_date(self, j: int) -> tuple[int, dict[str, object]] | None:
        """"13 يوليو"، "7 اغسطس 2013"، "4 مايو (أيار) الماضي"، "15/5/2015"."""
        word = self.word(j)
        if word is not None and (m := _DMY_RE.fullmatch(word)):
            digits = [ascii_digits(g) for g in m.groups()]
            if None in digits:
                return None
            d, mo, y = (int(x) for x in digits)  # type: ignore[arg-type]
            return (1, {"kind": "date", "day": d, "month": mo, "year": y}) if calendar_date(y, mo, d) else None
        day = self.number(j, 1, 31)
        if day is None:
            return None
        k = j + 1
        if self.word(k) in month_leads():
            k += 1
        month, n = self.month(k)
        if not month:
            return None
        k += n
        year, n = self.year(k)
        k += n
        direction, n = (None, 0) if year else self.direction(k)
        if year and not calendar_date(year, month, day):
            return None
        return k + n - j, {"kind": "date", "day": day, "month": month, "year": year, "direction": direction}

    def period(self, j: int) -> tuple[int, dict[str, object]] | None:
        """"الأسبوع الماضي"، "مطلع الأسبوع الجاري"، "هذا الشهر"، "العام الماضي"، "مارس الماضي"، "أواخر يونيو"."""
        k = j
        part_word, n = self.phrase(k, "period_part", clitic=True)
        part = self.w.period_part[part_word] if part_word else None
        k += n
        this = self.word(k) in self.w.this
        k += this
        unit = self.w.unit.get(self.word(k) or "")
        if unit:
            direction, n = self.direction(k + 1)
            if not (part or this or direction):
                return None  # "خلال الشهر نفسه": no period of its own
            if not direction and self.not_a_day(k + 1):
                return None  # "نهاية الشهر الثاني عشر من 2012": the twelfth month
            return k + 1 + n - j, {"kind": "period", "unit": unit, "direction": direction or ("this" if this else None),
                                   "part": part}
        lead = self.word(k) in month_nouns()
        month, n = self.month(k + lead)
        if not month:
            return None
        k += lead + n
        year, n = self.year(k)
        k += n
        direction, m = (None, 0) if year else self.direction(k)
        if not (part or lead or year or direction):
            return None  # a bare month name may be a verb ("مارس")
        return k + m - j, {"kind": "month", "month": month, "year": year, "direction": direction, "part": part}

    def _quoted(self, i: int) -> bool:
        """Is token ``i`` a name in quote marks («اليوم», the newspaper)?"""
        return self.word(i - 1) == '"' and self.word(i + 1) == '"'


@functools.cache
def _openers() -> frozenset[str]:
    """Every word an expression can open with, bare and with each clitic (وأمس، بالأمس، وفي is not one)."""
    firsts = date_words().firsts
    return frozenset([*firsts, *(c + w for c in _CLITICS for w in firsts)])


@functools.cache
def _word_openers() -> frozenset[str]:
    """The openers that are words of letters (``_WORD_RE``): a text with none of them and no d/m/y date holds no
    expression."""
    return frozenset(w for w in _openers() if _WORD_RE.fullmatch(w))


def _may_open(tokens: list[str], i: int, openers: frozenset[str]) -> bool:
    """Can an expression begin at token ``i``: an opening word, a d/m/y date, or a number before an opening
    word ("13 يوليو"، "12 من شهر يونيو")?"""
    word = tokens[i]
    if word in openers:
        return True
    if not word[:1].isdigit():
        return False
    return "/" in word or "." in word or "-" in word or any(
        k < len(tokens) and tokens[k] in openers for k in (i + 1, i + 2))


def _first_words(w: DateWords) -> dict[str, frozenset[str]]:
    """The first words of the entries of each table of ``w`` a phrase is read from, by role (entries of several
    words are joined by one space): a phrase of the table begins only at one of them.  Made once for the words in
    use and kept beside them (only the last: a new lexicon's words replace them)."""
    last = _LAST_FIRSTS[0]
    if last is None or last[0] is not w:
        last = _LAST_FIRSTS[0] = (w, {role: frozenset(entry.split(" ", 1)[0] for entry in getattr(w, role))
                                      for role in _PHRASE_TABLES})
    return last[1]


_LAST_FIRSTS: list[tuple[DateWords, dict[str, frozenset[str]]] | None] = [None]


@functools.cache
def _letter_pairs() -> tuple[tuple[str, str], ...] | None:
    """:func:`letter_folds` as (letter, what it is written as) pairs, or None should one letter be written as another
    that is folded (never: a fold is written as it is folded again).  Replaced one after the other, the pairs do
    what ``str.translate`` does with the table, about twenty times faster (a few ``str.replace`` passes in C
    against a dictionary look-up per character)."""
    folds = letter_folds()
    pairs = tuple((chr(k), v) for k, v in folds.items())
    return None if any(ord(c) in folds for _, v in pairs for c in v) else pairs


def _fold_letters(text: str) -> str:
    """``text.translate(letter_folds())``."""
    pairs = _letter_pairs()
    if pairs is None:
        return text.translate(letter_folds())
    for letter, written in pairs:
        text = text.replace(letter, written)
    return text


def find_time_expressions(text: str, *, normalized: Normalized | None = None,
                          within: Span | None = None) -> list[TimeExpression]:
    """Every time expression of ``text`` (or of its part ``within``), in order, with spans in ``text``.

    ``normalized`` may give ``text`` already normalized in the "search" profile (``normalize(text)``), as
    extraction has it: the words are then read from it without normalizing again.
    """
    norm = normalized if normalized is not None else normalize(text)
    if norm.profile != "search" or norm.original != text:
        raise ValueError("normalized must be normalize(text) in the 'search' profile")
    lo, hi = (0, len(norm.text)) if within is None else (
        bisect_left(norm.offsets.starts, within.start), bisect_left(norm.offsets.starts, within.end))
    folded = _fold_letters(norm.text[lo:hi])
    openers = _openers()
    tokens = _TOKEN_RE.findall(folded, None, None, False, _CONCURRENT)
    # (the tokens of letters are the words of _WORD_RE, and no other token is one of letters)
    if _word_openers().isdisjoint(tokens) and not _DMY_RE.search(folded, None, None, _CONCURRENT):
        return []  # most sentences: passed over in C
    # where an expression may begin (most tokens are passed over without a call)
    opening = [i for i, word in enumerate(tokens)
               if word in openers or (word[:1].isdigit() and _may_open(tokens, i, openers))]
    if not opening:
        return []
    reader = _Reader(tokens)
    spans = _Spans(folded, tokens, lo)
    found: list[TimeExpression] = []
    i = 0
    for k in opening:
        if k < i:
            continue  # inside the expression found last
        got = reader.expression(k)
        if got is None:
            continue
        n, fields = got
        span = norm.span(spans.start(k), spans.end(k + n - 1))
        found.append(TimeExpression(span.of(text), span, **fields))  # type: ignore[arg-type]
        i = k + n
    return found


class _Spans:
    """Where each token of ``folded`` (``_TOKEN_RE``'s texts, in order) starts and ends, plus ``lo``, found as far
    as asked.  A token's start is where its text is next found: what lies between two tokens holds no letter, no
    digit, no bracket and no quote mark, and every token begins with one of these."""

    def __init__(self, folded: str, tokens: list[str], lo: int) -> None:
        self.folded, self.tokens, self.lo = folded, tokens, lo
        self.starts: list[int] = []
        self.pos = 0  # the end of the last token found

    def start(self, k: int) -> int:
        starts, tokens, find = self.starts, self.tokens, self.folded.find
        while len(starts) <= k:
            at = find(tokens[len(starts)], self.pos)
            starts.append(at)
            self.pos = at + len(tokens[len(starts) - 1])
        return starts[k] + self.lo

    def end(self, k: int) -> int:
        return self.start(k) + len(self.tokens[k])
