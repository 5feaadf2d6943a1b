"""The words of time expressions, read from ``data/date_words.tsv``, ``data/weekdays.txt`` and ``data/months.tsv``.

Each word is kept as the text is read ("search"-normalized, letters folded one for one); a value that is not
one the reader knows raises :class:`~claimtrack.errors.LexiconError` with file and line.
"""

from __future__ import annotations

import functools

import attrs
import regex

from ..dates import month_number
from ..errors import LexiconError
from ..lexicon import read_rows
from ..normalize import fold, normalize

__all__ = ["DateWords", "date_words", "letter_folds", "month_leads", "month_names", "month_nouns", "year_leads"]


@attrs.frozen
class DateWords:
    """The words of time expressions by role (``data/date_words.tsv``'s roles), keyed as the text is read."""

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
    return normalize(word).text.translate(letter_folds())


@functools.cache
def letter_folds() -> dict[int, str]:
    """The letters that the "match" profile folds one for one (أ إ آ -> ا, ى -> ي, ة -> ه, ئ -> ي ...), for
    ``str.translate`` on "search"-normalized text (the spelling variants of names are left alone)."""
    letters = {c: fold(chr(c)) for c in [*range(0x0621, 0x064B), 0x0671]}
    return {k: v for k, v in letters.items() if len(v) == 1 and v != chr(k)}


@functools.cache
def month_names() -> dict[str, int]:
    """Month names of every region (data/months.tsv, validated by claimtrack.dates) -> number."""
    return {_key(row[0]): month_number(row[0]) or 0 for row in read_rows("months.tsv", 3)}


@functools.cache
def date_words() -> DateWords:
    """The relative words and weekdays, checked: each role's values, one week_start among the weekdays."""
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
               *table["period_part"], *weekdays, *month_names(), *month_nouns()]
    return DateWords(
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


@functools.cache
def month_leads() -> frozenset[str]:
    """The words before a month name, each optional ("13 من شهر يونيو")."""
    return frozenset(_key(row[0]) for row in read_rows("date_words.tsv", 3) if row[1] == "month_lead")


@functools.cache
def month_nouns() -> frozenset[str]:
    """Of those, the nouns that make a month name a date ("في شهر مارس", where a bare مارس may be a verb)."""
    return frozenset(_key(row[0]) for row in read_rows("date_words.tsv", 3) if row[1] == "month_lead" and row[2] == "noun")


@functools.cache
def year_leads() -> frozenset[str]:
    """The words before a year ("عام 2015")."""
    return frozenset(_key(row[0]) for row in read_rows("date_words.tsv", 3) if row[1] == "year_lead")
