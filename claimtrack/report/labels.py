"""The report's words: labels in Arabic (or English), counts with Arabic number agreement, and digits.

Labels live in ``data/report_labels.tsv`` (key, Arabic, English) and the counted nouns in
``data/report_nouns.tsv`` (singular, dual and plural; the accusative is made by :func:`accusative`), both
validated on load like every data file.

Arabic agreement, which :func:`count_phrase` follows:

>>> [count_phrase(n, "article") for n in (1, 2, 3, 11, 100)]
['1 مقال', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال']
>>> count_phrase(3, "article", digits="arabic-indic")
'٣ مقالات'
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from ..errors import InputError, LexiconError
from ..lexicon.files import read_rows

__all__ = ["DIGITS", "LANGS", "Labels", "accusative", "count_phrase", "labels_for"]

LANGS = ("ar", "en")
DIGITS = ("latin", "arabic-indic")
_ARABIC_INDIC = str.maketrans({
    **{str(d): chr(0x0660 + d) for d in range(10)},  # ARABIC-INDIC DIGIT ZERO .. NINE
    "%": "\u066a",  # ARABIC PERCENT SIGN
    ".": "\u066b",  # ARABIC DECIMAL SEPARATOR
    ",": "\u066c",  # ARABIC THOUSANDS SEPARATOR
})


@functools.cache
def _labels() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in read_rows("report_labels.tsv")}


_TANWIN_FATH = "\u064b"  # ARABIC FATHATAN
_ALEF = "\u0627"
_TEH_MARBUTA = "\u0629"
_ALEF_MAKSURA = "\u0649"
_HAMZA = "\u0621"


def accusative(noun: str) -> str:
    """The indefinite accusative a count of 11 to 99 takes (تمييز منصوب): tanwin fath on the last letter and
    an alef after it (مقال -> مقالًا), but no alef after teh marbuta or alef maksura, which stay as they are
    written (قصة، مستشفى), nor after a hamza that follows an alef (ادعاء -> ادعاءً)."""
    if noun.endswith((_TEH_MARBUTA, _ALEF_MAKSURA)):
        return noun
    if noun.endswith(_ALEF + _HAMZA):
        return noun + _TANWIN_FATH
    return noun + _TANWIN_FATH + _ALEF


@functools.cache
def _nouns() -> dict[str, tuple[str, ...]]:
    nouns: dict[str, tuple[str, ...]] = {}
    for row in read_rows("report_nouns.tsv"):
        one, two, few, en_one, en_other = (row[i] for i in range(1, 6))
        forms = (one, two, few, accusative(one), en_one, en_other)
        if len(set(forms[:3])) < 3:
            raise LexiconError(f"claimtrack/data/report_nouns.tsv, line {row.line}: the singular, dual and plural of "
                               f"{row[0]!r} must differ: {forms[:3]}")
        nouns[row[0]] = forms
    return nouns


def _check(lang: str, digits: str) -> None:
    if lang not in LANGS:
        raise InputError(f"report language {lang!r} is not one of {sorted(LANGS)}")
    if digits not in DIGITS:
        raise InputError(f"digits {digits!r} is not one of {sorted(DIGITS)}")


def _noun(noun: str) -> tuple[str, ...]:
    try:
        return _nouns()[noun]
    except KeyError:
        raise LexiconError(f"noun {noun!r} is missing from claimtrack/data/report_nouns.tsv; "
                           f"known: {sorted(_nouns())}") from None


def count_phrase(n: int, noun: str, *, lang: str = "ar", digits: str = "latin") -> str:
    """``n`` and ``noun`` (a key of ``report_nouns.tsv``) with the noun in the form the number takes.

    Arabic: 2 is the dual alone (مقالان); 3-10 take the plural (3 مقالات); 11-99 the accusative singular
    (11 مقالًا); 1, 0, 100, 101, 102, 1000 ... the singular (100 مقال), going by the last two digits as
    Arabic does (103 مقالات، 111 مقالًا).  English: 1 article, 2 articles.
    """
    _check(lang, digits)
    one, two, few, many, en_one, en_other = _noun(noun)
    if lang == "en":
        phrase = f"{n:,} {en_one if n == 1 else en_other}"
    elif n == 2:
        return two
    else:
        rest = n % 100
        form = few if 3 <= rest <= 10 else many if 11 <= rest <= 99 else one
        phrase = f"{n} {form}"
    return phrase.translate(_ARABIC_INDIC) if digits == "arabic-indic" else phrase


@attrs.frozen
class Labels:
    """The labels of one report: ``labels("summary")``, counts, numbers, shares and times in its digits."""

    lang: str = "ar"
    digits: str = "latin"

    def __attrs_post_init__(self) -> None:
        _check(self.lang, self.digits)

    def __call__(self, key: str) -> str:
        try:
            ar, en = _labels()[key]
        except KeyError:
            raise LexiconError(f"report label {key!r} is missing from claimtrack/data/report_labels.tsv") from None
        return en if self.lang == "en" else ar

    def num(self, value: "int | float | str") -> str:
        text = str(value)
        return text.translate(_ARABIC_INDIC) if self.digits == "arabic-indic" else text

    def count(self, n: int, noun: str) -> str:
        return count_phrase(n, noun, lang=self.lang, digits=self.digits)

    def share(self, part: float) -> str:
        """A share in [0, 1] as a whole percentage: 62% (٦٢٪)."""
        return self.num(f"{round(part * 100)}%")

    def when(self, value: "dt.date | dt.datetime | None") -> str:
        """A date, or a date and time to the minute: 2015-07-21 14:05."""
        if value is None:
            return self("article.no_date")
        text = value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else value.isoformat()
        return self.num(text)


@functools.cache
def labels_for(lang: str = "ar", digits: str = "latin") -> Labels:
    return Labels(lang, digits)
