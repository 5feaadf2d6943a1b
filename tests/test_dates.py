"""Dates written in Arabic news: month names of every region, spans, impossible dates."""

import datetime as dt

import pytest

from claimtrack.dates import find_dates, month_number, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("نشر في السبت 30 ماي 2020 - 12:31", dt.date(2020, 5, 30)),
        ("14 أوت 2020", dt.date(2020, 8, 14)),
        ("25 يونيو 2020 - 01:24 GMT", dt.date(2020, 6, 25)),
        ("الأحد ١٢ حزيران ٢٠٢٠", dt.date(2020, 6, 12)),
        ("3 جويلية 2019", dt.date(2019, 7, 3)),
        ("1 آب 2021", dt.date(2021, 8, 1)),
        ("9 اغسطس 2020", dt.date(2020, 8, 9)),
        ("2 كانون الثاني 2020", dt.date(2020, 1, 2)),
        ("في الأسبوع الأول من 7 فبراير/شباط 2024", dt.date(2024, 2, 7)),
        ("2020-05-30", dt.date(2020, 5, 30)),
        ("30/05/2020", dt.date(2020, 5, 30)),
        ("7 إبريل 2020", dt.date(2020, 4, 7)),
    ],
)
def test_dates_of_every_region(text, expected):
    assert parse_date(text) == expected


def test_find_dates_spans_index_text():
    text = "الخميس ٢٨ ماي 2020، بين وزير"
    (d,) = find_dates(text)
    assert d.span.of(text) == "٢٨ ماي 2020"


def test_impossible_date_is_ignored():
    assert find_dates("31 فبراير 2020") == []


def test_month_number_reads_every_region_and_spelling():
    assert month_number("جوان") == month_number("يونيو") == month_number("حزيران") == 6
    assert month_number("اكتوبر") == 10 and month_number("مرة") is None


def test_date_words_between_the_parts():
    (d,) = find_dates("في 12 من شهر يونيو عام 2020 قال")
    assert d.date == dt.date(2020, 6, 12)
