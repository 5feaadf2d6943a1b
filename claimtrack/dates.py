"""Dates written in Arabic news: "السبت 30 ماي 2020", "25 يونيو 2020", "14 أوت 2020", "١٢ حزيران ٢٠٢٠".

Month names of every region come from ``data/months.tsv`` (Maghreb جوان/جويلية/أوت, Egypt and the Gulf
يونيو/يوليو/أغسطس, Levant and Iraq حزيران/تموز/آب, Morocco يوليوز/غشت); hamza, alef and ya variants are
folded by the "match" normalization, Arabic-Indic digits by both profiles.
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs
import regex

from .errors import LexiconError
from .lexicon import check_choice, read_rows
from .normalize import ascii_digits, fold, normalize
from .spans import Span

__all__ = ["DateMention", "find_dates", "month_number", "parse_date"]

_REGIONS = frozenset({"maghreb", "egypt_gulf", "levant", "morocco", "intl"})


@attrs.frozen
class DateMention:
    span: Span
    date: dt.date


@functools.cache
def _months() -> dict[str, int]:
    months: dict[str, int] = {}
    for row in read_rows("months.tsv", 3):
        number = int(row[1]) if row[1].isdigit() else 0
        if not 1 <= number <= 12:
            raise LexiconError(f"{row.where('months.tsv')}: month number {row[1]!r} not in 1..12")
        check_choice("months.tsv", row, row[2], _REGIONS)
        months[fold(row[0])] = number
    return months


def month_number(word: str) -> int | None:
    """The number of a month name of any region (يونيو، حزيران، جوان -> 6), or None."""
    return _months().get(fold(word))


@functools.cache
def _date_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words before the month ("من", "شهر") and before the year ("عام", "سنة"), from data/date_words.tsv."""
    lead: dict[str, list[str]] = {"month_lead": [], "year_lead": []}
    for row in read_rows("date_words.tsv", 3):
        if row[1] in lead:  # the other roles are the relative words of claimtrack.timewords
            lead[row[1]].append(fold(row[0]))
    return tuple(lead["month_lead"]), tuple(lead["year_lead"])


@functools.cache
def _date_res() -> tuple["regex.Pattern[str]", ...]:
    names = sorted(_months(), key=lambda n: (-len(n), n))
    month = "|".join(regex.escape(n).replace(r"\ ", r"\s+") for n in names)
    month_lead, year_lead = _date_words()
    before_month = "".join(rf"(?:{regex.escape(w)}\s+)?" for w in month_lead)
    before_year = "|".join(rf"{regex.escape(w)}\s+" for w in year_lead)
    day_month_year = regex.compile(
        rf"(?<![\p{{L}}\d])(?P<d>\d{{1,2}})\s*{before_month}(?P<m>{month})(?:\s*/\s*(?P<m2>{month}))?"
        rf"\s*[,،]?\s*(?:{before_year})?(?P<y>\d{{4}})(?!\d)"
    )
    iso = regex.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<mn>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
    day_first = regex.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<mn>\d{1,2})[-/.](?P<y>\d{4})(?!\d)")
    return day_month_year, iso, day_first


def find_dates(text: str) -> list[DateMention]:
    """Every full date (day, month, year) written in ``text``, with its span in ``text``."""
    norm = normalize(text, profile="match")
    months = _months()
    found: list[DateMention] = []
    taken: list[Span] = []
    for pattern in _date_res():
        for m in pattern.finditer(norm.text):
            groups = m.groupdict()
            # \d is every Unicode digit; one this Python cannot read leaves the mention as text.
            numbers = {k: ascii_digits(v) for k, v in groups.items() if k in ("y", "mn", "d") and v}
            if None in numbers.values():
                continue
            if groups.get("m"):
                month = months.get(regex.sub(r"\s+", " ", groups["m"]))
            else:
                month = int(numbers["mn"])  # type: ignore[arg-type]
            try:
                date = dt.date(int(numbers["y"]), month or 0, int(numbers["d"]))  # type: ignore[arg-type]
            except ValueError:
                continue
            span = norm.span(*m.span())
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            found.append(DateMention(span, date))
    return sorted(found, key=lambda d: d.span)


def parse_date(value: "dt.date | str | None") -> dt.date | None:
    """A date from a ``date``, an ISO string or Arabic text; ``None`` stays ``None``.

    Raises ``ValueError`` when a string holds no recognizable date.
    """
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date or a string, got {type(value).__name__} {value!r}")
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        pass
    dates = find_dates(value)
    if not dates:
        raise ValueError(f"no date found in {value!r}: give an ISO date (2020-05-30) or an Arabic one (30 ماي 2020)")
    return dates[0].date
