"""Time expressions and the days they name (claimtrack.timewords); sentences are real SaudiNewsNet ones,
shortened, with the day file, record number and outlet they come from."""

import datetime as dt

import pytest

from claimtrack.timewords import find_time_expressions

D = dt.date


@pytest.mark.parametrize(
    "published, text, words, first, last",
    [
        # 2015-07-22 #338 aljazirah
        (D(2015, 7, 22), "قال تقرير أول أمس الاثنين إن ما يقرب من 20 مليون شخص", "أول أمس الاثنين", D(2015, 7, 20), None),
        # 2015-07-27 #517 almadina
        (D(2015, 7, 27), "وكان زعيم حزب الله حسن نصر الله قد قال أول أمس: إن الحزب", "أول أمس", D(2015, 7, 25), None),
        # 2015-07-21 #108 aawsat
        (D(2015, 7, 21), "وقال تلفزيون «سي إن إن»، صباح أمس، أن عبد العزيز", "صباح أمس", D(2015, 7, 20), None),
        # 2015-07-26 #107 aawsat
        (D(2015, 7, 26), "وقال الرئيس في تصريح صحافي مساء أمس السبت ان", "مساء أمس السبت", D(2015, 7, 25), None),
        # 2015-07-21 #117 aawsat: a calendar month
        (D(2015, 7, 21), "وقال أحد المستشارين في الكرملين الشهر الماضي إن روسيا", "الشهر الماضي", D(2015, 6, 1), D(2015, 6, 30)),
        # 2015-07-23 #125 aleqtisadiya
        (D(2015, 7, 23), "وقالت وزارة العمل الأمريكية اليوم الخميس إن عدد", "اليوم الخميس", D(2015, 7, 23), None),
        # 2015-07-21 #4 aawsat, collected the day after: the weekday decides
        (D(2015, 7, 21), "أعلنت وزارة الخارجية الايطالية، اليوم (الاثنين)، ان اربعة", "اليوم (الاثنين)", D(2015, 7, 20), None),
        # 2015-07-21 #724 aleqtisadiya
        (D(2015, 7, 21), "وقال أوباما الثلاثاء الماضي \"إن التراجع", "الثلاثاء الماضي", D(2015, 7, 14), None),
        # 2015-07-22 #1856 okaz
        (D(2015, 7, 22), "وكان خامنئي قد قال لأنصاره -السبت الماضي- إن السياسة", "السبت الماضي", D(2015, 7, 18), None),
        # 2015-08-03 #670 alriyadh: the first days of this week (weeks begin on الأحد), not after publication
        (D(2015, 8, 3), "وكانت الحكومة البريطانية أعلنت مطلع الأسبوع الجاري أنها خصصت", "مطلع الأسبوع الجاري",
         D(2015, 8, 2), D(2015, 8, 3)),
        # 2015-07-21 #1827 alweeam
        (D(2015, 7, 21), "قامت باعتقالهم في مطلع الأسبوع الماضي بعد أن", "مطلع الأسبوع الماضي", D(2015, 7, 12), D(2015, 7, 14)),
        # 2015-07-22 #71 aawsat: a date without its year
        (D(2015, 7, 22), "وسكوت ووكر حاكم ويسكونسن، أكد ترشحه في 13 يوليو (تموز) الحالي، وأثار", "13 يوليو (تموز) الحالي",
         D(2015, 7, 13), None),
        (D(2015, 7, 22), "وأعلنت ترشحها للانتخابات في 4 مايو (أيار) الماضي.", "4 مايو (أيار) الماضي", D(2015, 5, 4), None),
        # 2015-08-02 #155 aawsat
        (D(2015, 8, 2), "وأكد في لقاء خص به «الشرق الأوسط» صباح الخميس الماضي", "صباح الخميس الماضي", D(2015, 7, 30), None),
        # 2015-07-22 #928 alriyadh
        (D(2015, 7, 22), "أعلنت القوات المسلحة المصرية مساء أمس الأول عن مقتل", "مساء أمس الأول", D(2015, 7, 20), None),
        # 2015-07-24 #673 3alyoum: the future
        (D(2015, 7, 24), "في جانب من مؤتمرها الذي سيعقد غداً والخاص بمطوري", "غداً", D(2015, 7, 25), None),
        # 2015-07-24 #1223 almadina: day first
        (D(2015, 7, 24), "عن قبول مجلس الإدارة بتاريخ 23/07/2015 استقالة", "23/07/2015", D(2015, 7, 23), None),
        # 2015-08-01 alweeam (tests/data/real_blind): a full date with its weekday
        (D(2015, 8, 1), "في تقرير للعربية نت الاربعاء 7 اغسطس 2013 أكدت", "الاربعاء 7 اغسطس 2013", D(2013, 8, 7), None),
    ],
)
def test_expressions_and_their_days(published, text, words, first, last):
    (e,) = find_time_expressions(text)
    assert e.text == words and text[e.span.start:e.span.end] == words
    assert e.resolve(published) == (first, last or first)


@pytest.mark.parametrize(
    "text",
    [
        "حصلت عليها «اليوم» أن",  # the newspaper (alyaum)
        "أكد أوباما في اليوم الأول من زيارة",  # the first day of a visit
        "أن يرتفع التضخم فوق مستوى الاثنين في المائة",  # two per cent
        "خلال الشهر نفسه من",  # no period of its own
    ],
)
def test_words_that_are_no_day(text):
    assert find_time_expressions(text) == []


def test_without_a_publication_date_only_a_full_date_resolves():
    relative, written = find_time_expressions("قال أمس في بيان مؤرخ 15/5/2015")
    assert relative.resolve(None) is None
    assert written.resolve(None) == (D(2015, 5, 15), D(2015, 5, 15))
    (no_year,) = find_time_expressions("في 15 مايو")
    assert no_year.resolve(None) is None and no_year.resolve(D(2016, 1, 3)) == (D(2015, 5, 15), D(2015, 5, 15))


def test_spans_index_text_with_diacritics_and_tatweel():
    text = "وقال الوزيرُ أمـــس الأوّل إن"
    (e,) = find_time_expressions(text)
    assert text[e.span.start:e.span.end] == e.text == "أمـــس الأوّل"
