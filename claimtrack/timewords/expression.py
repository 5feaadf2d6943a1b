"""A time expression and the days it names, read against the day the text was published.

The rules of reading: a weekday named with أمس decides the day; "الثلاثاء الماضي" is the last Tuesday before
the publication day; a written date without its year is the nearest one not after publication (after it
with المقبل); a period that holds the publication day ends on it (what was said was said by then).
"""

from __future__ import annotations

import calendar
import datetime as dt

import attrs

from ..spans import Span
from .words import date_words

__all__ = ["Range", "TimeExpression", "calendar_date"]

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
            day = calendar_date(self.year, self.month, self.day)
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


def calendar_date(year: int, month: int | None, day: int | None) -> dt.date | None:
    """The date, or ``None`` when the calendar has no such day (31/4, 29/2 of a common year)."""
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
    dates = [d for d in (calendar_date(y, month, day) for y in years) if d is not None]
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
        start = _on_or_before(published, date_words().week_start) + dt.timedelta(days=7 * step)
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
