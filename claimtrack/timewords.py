"""Time expressions in Arabic news and the days they name, read against a publication date.

:func:`find_time_expressions` finds the relative expressions that statements are dated with ("أمس"،
"اليوم (الاثنين)"، "أول أمس"، "مساء أمس السبت"، "الثلاثاء الماضي"، "صباح الخميس"، "مطلع الأسبوع الجاري"،
"الشهر الماضي") and written dates with or without a year ("13 يوليو"، "الاربعاء 7 اغسطس 2013"، "15/5/2015"),
each with its span in the text.  :meth:`TimeExpression.resolve` turns one into the day or the range of days it
names, given the day the text was published::

    >>> import datetime as dt
    >>> (e,) = find_time_expressions("وقال أوباما الثلاثاء الماضي إن التراجع")
    >>> e.text, e.resolve(dt.date(2015, 7, 21))
    ('الثلاثاء الماضي', (datetime.date(2015, 7, 14), datetime.date(2015, 7, 14)))

The words come from ``data/date_words.tsv``, ``data/weekdays.txt`` and ``data/months.tsv``; the rules of
reading (a weekday named with أمس decides the day; a period ends no later than the publication day) are
those of ``tests/data/ANNOTATION.md`` ("When it was said").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from bisect import bisect_left
from collections.abc import Container

import attrs
import regex

from .dates import month_number
from .errors import LexiconError
from .lexicon import read_rows
from .normalize import Normalized, ascii_digits, fold, normalize
from .spans import Span

__all__ = ["TimeExpression", "find_time_expressions"]

Range = tuple[dt.date, dt.date]


@attrs.frozen
class TimeExpression:
    """A time expression: its words and span, and what they say.

    ``kind`` is ``"day"`` (a day relative to publication: ``offset`` days from it), ``"weekday"``, ``"date"``
    (``day``, ``month`` and maybe ``year``), ``"period"`` (``unit`` week, month or year) or ``"month"`` (a named
    month).  ``weekday`` is 1 (الأحد) .. 7 (السبت); ``direction`` is ``"past"``, ``"next"``, ``"this"`` or
    ``None``; ``part`` ``"begin"``, ``"middle"``, ``"end"`` or ``None``.
    """

    text: str
    span: Span
    kind: str
    offset: int = 0
    weekday: int | None = None
    direction: str | None = None
    unit: str | None = None
    part: str | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None

    def resolve(self, published: dt.date | None) -> Range | None:
        """The first and last day named, read against ``published``; ``None`` when it cannot be read (a
        relative expression without a publication date, a written date without its year and without one)."""
        if self.kind == "date" and self.year is not None:
            day = _date(self.year, self.month, self.day)
            return (day, day) if day else None
        if published is None:
            return None
        if self.kind == "day":
            base = published + dt.timedelta(days=self.offset)
            if self.weekday is not None:  # "أمس السبت": the weekday decides (the date given may be a day late)
                base = _nearest_weekday(base, self.weekday)
            return base, base
        if self.kind == "weekday":
            if self.direction == "past":
                day = _on_or_before(published - dt.timedelta(days=1), self.weekday)  # type: ignore[arg-type]
            elif self.direction == "next":
                day = _on_or_before(published + dt.timedelta(days=7), self.weekday)  # type: ignore[arg-type]
            else:
                day = _on_or_before(published, self.weekday)  # type: ignore[arg-type]
            return day, day
        if self.kind == "date":
            found = _nearest_date(self.day, self.month, published, self.direction)  # type: ignore[arg-type]
            return (found, found) if found else None
        if self.kind == "month":
            year = self.year if self.year is not None else _month_year(self.month, published, self.direction)  # type: ignore[arg-type]
            return _clip(_part(_month_range(year, self.month), self.part, "month"), published)  # type: ignore[arg-type]
        return _clip(_part(_period(self.unit, self.direction, published), self.part, self.unit), published)  # type: ignore[arg-type]


def _date(year: int, month: int | None, day: int | None) -> dt.date | None:
    try:
        return dt.date(year, month or 0, day or 0)
    except ValueError:
        return None


def _python_weekday(number: int) -> int:
    """1 (الأحد) .. 7 (السبت) -> Python's 0 (Monday) .. 6 (Sunday)."""
    return (number - 2) % 7


def _on_or_before(day: dt.date, weekday: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - _python_weekday(weekday)) % 7)


def _nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    """The day named ``weekday`` nearest ``day`` (the earlier of two as near)."""
    back = (day.weekday() - _python_weekday(weekday)) % 7
    return day - dt.timedelta(days=back) if back <= 3 else day + dt.timedelta(days=7 - back)


def _nearest_date(day: int, month: int, published: dt.date, direction: str | None) -> dt.date | None:
    """The day/month in the year that puts it nearest ``published``, not after it (after it for المقبل)."""
    years = [published.year + k for k in (-1, 0, 1)]
    dates = [d for d in (_date(y, month, day) for y in years) if d is not None]
    if direction == "next":
        later = [d for d in dates if d >= published]
        return min(later) if later else None
    earlier = [d for d in dates if d <= published]
    return max(earlier) if earlier else None


def _month_year(month: int, published: dt.date, direction: str | None) -> int:
    if direction == "next":
        return published.year + (month <= published.month)
    if direction == "past":
        return published.year - (month >= published.month)
    return published.year if direction == "this" or month <= published.month else published.year - 1


def _month_range(year: int, month: int) -> Range:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _period(unit: str, direction: str | None, published: dt.date) -> Range:
    step = {"past": -1, "next": 1}.get(direction or "", 0)
    if unit == "week":
        start = _on_or_before(published, _words().week_start) + dt.timedelta(days=7 * step)
        return start, start + dt.timedelta(days=6)
    if unit == "month":
        month = published.month - 1 + step
        return _month_range(published.year + month // 12, month % 12 + 1)
    year = published.year + step
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _part(span: Range, part: str | None, unit: str) -> Range:
    """The first, middle or last part of a period: three days of a week, ten of a month, four months of a year."""
    first, last = span
    if part is None:
        return span
    if unit == "week":
        lo, hi = {"begin": (0, 2), "middle": (2, 4), "end": (4, 6)}[part]
        return first + dt.timedelta(days=lo), first + dt.timedelta(days=hi)
    if unit == "month":
        lo, hi = {"begin": (1, 10), "middle": (11, 20), "end": (21, last.day)}[part]
        return first.replace(day=lo), first.replace(day=hi)
    lo, hi = {"begin": (1, 4), "middle": (5, 8), "end": (9, 12)}[part]
    return _month_range(first.year, lo)[0], _month_range(first.year, hi)[1]


def _clip(span: Range, published: dt.date) -> Range:
    """A period that holds the publication day ends on it: what was said was said by then."""
    first, last = span
    return (first, published) if first <= published < last else span


@attrs.frozen
class _Words:
    day: dict[str, int]  # "امس" -> -1, "امس الاول" -> -2
    day_lead: frozenset[str]
    day_part: frozenset[str]
    direction: dict[str, str]
    this: frozenset[str]
    unit: dict[str, str]
    period_part: dict[str, str]
    week_start: int
    not_after: frozenset[str]
    weekdays: dict[str, int]
    longest: int  # words in the longest multi-word entry
    firsts: frozenset[str]  # the words an expression can begin with (besides digits)


_CHOICES: dict[str, frozenset[str]] = {
    "direction": frozenset({"past", "next", "this"}), "unit": frozenset({"week", "month", "year"}),
    "period_part": frozenset({"begin", "middle", "end"}), "month_lead": frozenset({"", "noun"}),
}


def _key(word: str) -> str:
    """A data word as the text is read: "search"-normalized, then its letters folded one for one."""
    return normalize(word).text.translate(_letters())


@functools.cache
def _letters() -> dict[int, str]:
    """The letters that the "match" profile folds one for one (أ إ آ -> ا, ى -> ي, ة -> ه, ئ -> ي ...), for
    ``str.translate`` on "search"-normalized text (the spelling variants of names are left alone)."""
    letters = {c: fold(chr(c)) for c in [*range(0x0621, 0x064B), 0x0671]}
    return {k: v for k, v in letters.items() if len(v) == 1 and v != chr(k)}


@functools.cache
def _months() -> dict[str, int]:
    """Month names of every region (data/months.tsv, validated by claimtrack.dates) -> number."""
    return {_key(row[0]): month_number(row[0]) or 0 for row in read_rows("months.tsv", 3)}


@functools.cache
def _words() -> _Words:
    table: dict[str, dict[str, str]] = {role: {} for role in
                                        ("day", "day_lead", "day_part", "direction", "this", "unit", "period_part",
                                         "week_start", "not_after")}
    where = "claimtrack/data/date_words.tsv"
    for row in read_rows("date_words.tsv", 3):
        word, role, value = _key(row[0]), row[1], row[2]
        if role in _CHOICES and value not in _CHOICES[role]:
            raise LexiconError(f"{where}, line {row.line}: value {value!r} of {role!r} is not one of "
                               f"{sorted(_CHOICES[role])}")
        if role == "day" and not regex.fullmatch(r"-?\d+", value):
            raise LexiconError(f"{where}, line {row.line}: a day's value is a number of days, found {value!r}")
        if role not in _CHOICES and role != "day" and value:
            raise LexiconError(f"{where}, line {row.line}: role {role!r} takes no value, found {value!r}")
        if role not in table:
            continue  # month_lead, year_lead: the written dates of claimtrack.dates
        table[role][word] = value
    weekdays = {_key(row[0]): int(row[1]) for row in read_rows("weekdays.txt", 2)}
    if len(table["week_start"]) != 1 or next(iter(table["week_start"])) not in weekdays:
        raise LexiconError(f"{where}: week_start must be one weekday of weekdays.txt, found {sorted(table['week_start'])}")
    entries = [w for role in table.values() for w in role]
    openers = [*table["day"], *table["day_lead"], *table["day_part"], *table["this"], *table["unit"],
               *table["period_part"], *weekdays, *_months(), *_month_nouns()]
    return _Words(
        day={w: int(v) for w, v in table["day"].items()},
        day_lead=frozenset(table["day_lead"]),
        day_part=frozenset(table["day_part"]),
        direction=table["direction"],
        this=frozenset(table["this"]),
        unit=table["unit"],
        period_part=table["period_part"],
        week_start=weekdays[next(iter(table["week_start"]))],
        not_after=frozenset(table["not_after"]),
        weekdays=weekdays,
        longest=max(len(w.split()) for w in entries),
        firsts=frozenset(w.split()[0] for w in openers),
    )


# Words (with digits and d/m/y dates) and the brackets and quote marks that matter around them.
_TOKEN_RE = regex.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\p{L}+|\d+|[()\"]")
_DMY_RE = regex.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_WORD_RE = regex.compile(r"\p{L}+")
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
_YEAR_SUFFIX = "م"  # "2015م": the Gregorian era letter written after the year


class _Reader:
    """A cursor over the tokens of one text; each ``take_*`` returns the tokens it used (0: none)."""

    def __init__(self, tokens: list[tuple[str, int, int]]) -> None:
        self.tokens = tokens
        self.w = _words()

    def word(self, i: int) -> str | None:
        return self.tokens[i][0] if 0 <= i < len(self.tokens) else None

    def phrase(self, i: int, table: Container[str], *, clitic: bool = False) -> tuple[str | None, int]:
        """The longest entry of ``table`` starting at token ``i`` (with a clitic on its first word if allowed)."""
        if i >= len(self.tokens):
            return None, 0
        first = self.tokens[i][0]
        heads = [first]
        if clitic:
            heads += [first[len(c):] for c in _CLITICS if first.startswith(c) and len(first) > len(c) + 1]
        for n in range(min(self.w.longest, len(self.tokens) - i), 0, -1):
            rest = "".join(" " + t[0] for t in self.tokens[i + 1:i + n])
            for head in heads:
                if head + rest in table:
                    return head + rest, n
        return None, 0

    def weekday(self, i: int, *, clitic: bool = False) -> tuple[int | None, int]:
        """A weekday at ``i``, bare or in brackets ("(الاثنين)")."""
        if self.word(i) == "(" and self.word(i + 2) == ")":
            found, n = self.weekday(i + 1)
            return (found, 3) if found else (None, 0)
        word, n = self.phrase(i, self.w.weekdays, clitic=clitic)
        return (self.w.weekdays[word], n) if word else (None, 0)

    def not_a_day(self, i: int) -> bool:
        """Does a word at ``i`` show that the word before is no day ("اليوم الأول"، "الاثنين في المائة")?"""
        return self.phrase(i, self.w.not_after)[0] is not None

    def number(self, i: int, low: int, high: int) -> int | None:
        word = self.word(i)
        if word is None or not word.isdigit():
            return None
        digits = ascii_digits(word)
        value = int(digits) if digits else -1
        return value if low <= value <= high else None

    def month(self, i: int) -> tuple[int | None, int]:
        """A month name at ``i`` (one or two words), with a bracketed other name after it ("يوليو (تموز)")."""
        names = _months()
        for n in (2, 1):
            if i + n <= len(self.tokens):
                number = names.get(" ".join(t[0] for t in self.tokens[i:i + n]))
                if number:
                    if self.word(i + n) == "(":
                        for k in (2, 1):
                            if self.word(i + n + 1 + k) == ")" and names.get(
                                    " ".join(t[0] for t in self.tokens[i + n + 1:i + n + 1 + k])) == number:
                                return number, n + k + 2
                    return number, n
        return None, 0

    def year(self, i: int) -> tuple[int | None, int]:
        lead = 1 if self.word(i) in _year_leads() else 0
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
        part, n = self.phrase(j, self.w.day_part, clitic=True)
        if part:
            j, first = j + n, False
        lead, n = self.phrase(j, self.w.day_lead, clitic=first)
        if lead:
            j, first = j + n, False
        day, n = self.phrase(j, self.w.day, clitic=first)
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
            return (1, {"kind": "date", "day": d, "month": mo, "year": y}) if _date(y, mo, d) else None
        day = self.number(j, 1, 31)
        if day is None:
            return None
        k = j + 1
        if self.word(k) in _month_leads():
            k += 1
        month, n = self.month(k)
        if not month:
            return None
        k += n
        year, n = self.year(k)
        k += n
        direction, n = (None, 0) if year else self.direction(k)
        if year and not _date(year, month, day):
            return None
        return k + n - j, {"kind": "date", "day": day, "month": month, "year": year, "direction": direction}

    def period(self, j: int) -> tuple[int, dict[str, object]] | None:
        """"الأسبوع الماضي"، "مطلع الأسبوع الجاري"، "هذا الشهر"، "العام الماضي"، "مارس الماضي"، "أواخر يونيو"."""
        k = j
        part_word, n = self.phrase(k, self.w.period_part, clitic=True)
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
        lead = self.word(k) in _month_nouns()
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
def _month_leads() -> frozenset[str]:
    return frozenset(_key(row[0]) for row in read_rows("date_words.tsv", 3) if row[1] == "month_lead")


@functools.cache
def _month_nouns() -> frozenset[str]:
    return frozenset(_key(row[0]) for row in read_rows("date_words.tsv", 3) if row[1] == "month_lead" and row[2] == "noun")


@functools.cache
def _year_leads() -> frozenset[str]:
    return frozenset(_key(row[0]) for row in read_rows("date_words.tsv", 3) if row[1] == "year_lead")


@functools.cache
def _openers() -> frozenset[str]:
    """Every word an expression can open with, bare and with each clitic (وأمس، بالأمس، وفي is not one)."""
    firsts = _words().firsts
    return frozenset([*firsts, *(c + w for c in _CLITICS for w in firsts)])


def _may_open(tokens: list[tuple[str, int, int]], i: int, openers: frozenset[str]) -> bool:
    """Can an expression begin at token ``i``: an opening word, a d/m/y date, or a number before an opening
    word ("13 يوليو"، "12 من شهر يونيو")?"""
    word = tokens[i][0]
    if word in openers:
        return True
    if not word[:1].isdigit():
        return False
    return "/" in word or "." in word or "-" in word or any(
        k < len(tokens) and tokens[k][0] in openers for k in (i + 1, i + 2))


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
    folded = norm.text[lo:hi].translate(_letters())
    openers = _openers()
    if openers.isdisjoint(_WORD_RE.findall(folded)) and not _DMY_RE.search(folded):
        return []  # most sentences: one pass in C
    tokens = [(m.group(), m.start() + lo, m.end() + lo) for m in _TOKEN_RE.finditer(folded)]
    reader = _Reader(tokens)
    found: list[TimeExpression] = []
    i = 0
    while i < len(tokens):
        got = reader.expression(i) if _may_open(tokens, i, openers) else None
        if got is None:
            i += 1
            continue
        n, fields = got
        span = norm.span(tokens[i][1], tokens[i + n - 1][2])
        found.append(TimeExpression(span.of(text), span, **fields))  # type: ignore[arg-type]
        i += n
    return found
