"""A person's fate (contradiction/fates.py) read from real sentences that tell no one person's fate.

Each sentence is quoted from a SaudiNewsNet article of 2015-07-21 (the id names it) where claimtrack read a fate
and marked "one says the person lives, the other that the person died" between two articles about nothing of the
kind (issue 13, the 1,400 articles of that day).
"""

import datetime as dt

import pytest

from claimtrack.contradiction.fates import fate_conflict, negated_as_death, person_words, read_fate
from claimtrack.models import Mention
from claimtrack.spans import Span


@pytest.mark.parametrize("text", [
    # a70ced3aadc3f (aawsat): the survival of a country
    "إلا أنه وإن كان من أي فرصة لبقاء سوريا على قيد الحياة كدولة موحدة، فلا بد من إعطاء ضمانات للعلويين",
    # a6f692438b0f6 (aleqtisadiya): the survival of newspapers
    "حتى تتمكن مجموعات الصحف المحلية من البقاء على قيد الحياة: خفض التكاليف، والاندماج",
    # a4ab3ef10374a: an attempt on a life is no death
    "وأصيب البطريرك بجروح خلال محاولة اغتياله على يد شاب أرمني متحمس.",
    # a4d3d297e09ae, adb2bdb68f3cf: tolls, many people's deaths
    "الهجوم المزدوج الذي أسفر عن مقتل 38 شخصا في منتصف يونيو (حزيران) الماضي في نجامينا",
    "30 شخصا قتلوا وأصيب مئات آخرون بجروح أمس الاثنين، في هجوم انتحاري استهدف مدينة سوروتش",
    # a3cf6cb338a78: the killer of five, not a death
    "عائلة الأميركي الفلسطيني الذي قتل خمسة من جنود المارينز في شاتانوغا (ولاية تنيسي)",
])
def test_no_ones_fate(text):
    assert read_fate(text) is None


def test_a_persons_fate_is_still_read():
    # the constructions of real_disputes D2-013 and D2-010 (3alyoum_4f1d3ee36a, okaz_8e1a2402cc)
    assert set(read_fate("لكنه بفضل الله آمن وسليم وعلى قيد الحياة.").kinds) == {"alive"}
    assert set(read_fate("الملا عمر قتل في معارك مع فصيل منافس لطالبان").kinds) == {"violent"}
    assert read_fate("وقال إن مخلوف قتل جراء استهدافه", dt.date(2015, 7, 21)) is not None


def test_stopwords_and_fate_words_name_no_one():
    # a808e81aabef3 / a49fe55db75f7: two fates of nobody met on "من" and on the "على" of "على قيد الحياة", words
    # the corpus does not index and so weighs as the rarest
    died = read_fate("«المرصد السوري لحقوق الإنسان» بأن مخلوف «قُتل جراء استهدافه من قبل تنظيم داعش»")
    alive = read_fate("وعثر على اثنين فقط من هؤلاء الأسرى على قيد الحياة لقبول اعتذار الشركة")
    rare = lambda s: 10.0  # noqa: E731 - every word as rare as can be
    assert not person_words(died, rare) & person_words(alive, rare) & {"من", "علي", "قيد"}
    a, b = Mention("x", Span(0, 1)), Mention("y", Span(0, 1))
    assert fate_conflict(a, b, died, alive, rare) is None


def test_a_word_common_in_all_news_names_no_one():
    # real_disputes corpus: 3alyoum_4f1d3ee36a "مولاي جلال الدين حقاني ... آمن وسليم وعلى قيد الحياة" (Haqqani lives)
    # and okaz_8e1a2402cc "المتحدث باسم مكتب الأمن القومي الأفغاني ... أن الملا عمر توفي" (Mullah Omar died)
    # met on the stem امن (safe / security) and were marked as one person alive and dead
    alive = read_fate("“مولاي جلال الدين حقاني بات بدون شك هرما ويعاني أمراضا مختلفة لكنه بفضل الله آمن وسليم وعلى قيد الحياة.”")
    died = read_fate("ففي الوقت الذي أكد فيه المتحدث باسم مكتب الأمن القومي الأفغاني عبدالحسيب صديقي أن الملا عمر توفي "
                     "في أحد مستشفيات كراتشي بسبب مرض عضال في أبريل من العام ٢٠١٣")
    rare = lambda s: 10.0  # noqa: E731 - every word as rare as can be in a small corpus
    assert not person_words(alive, rare) & person_words(died, rare)
    assert {"حقان", "جلال"} <= person_words(alive, rare) and "عبدالحسيب" in person_words(died, rare)


def test_a_toll_after_an_approximator_is_no_ones_fate():
    # aleqtisadiya a329ad551a843 (SaudiNewsNet 2015-07-24): Ebola's toll, held as one person's natural death against
    # a researcher's "تحاول قتل الخلايا" (killing cells) as "two causes of one death"
    text = ("استخدام بعض الأدوية الخافضة للكولسترول نجح فى منع حدوث تلف الخلايا الناجم عن فيروس الإيبولا، والذى تسبب "
            "حتى الآن فى وفاة أكثر من 11 ألف شخص خلال الموجة الأخيرة من تفشى المرض")
    fate = read_fate(text, dt.date(2015, 7, 24))
    assert fate is None or "died" not in fate.kinds
    assert read_fate("وفاة نحو 30 شخصا في الحادث") is None
    assert set(read_fate("أعلنت وفاة الملا عمر").kinds) == {"died"}


def test_two_day_words_a_day_apart_tell_one_death():
    # a88f94a43d8f2 (published 2015-07-24) "قتل شرطي وأصيب آخر بالرصاص أمس ..." and 3alyoum af42b4d14d6ad (dated
    # 2015-07-24 by its scrape, written the day before) "... بالرصاص اليوم ...": one attack in Diyarbakir, marked as
    # "two times of one death"
    day = dt.date(2015, 7, 24)
    a = read_fate("قتل شرطي وأصيب آخر بالرصاص أمس في هجوم وقع في شارع في أحد أحياء دياربكر", day)
    b = read_fate("قتل شرطي تركي وأصيب آخر بالرصاص اليوم في هجوم نفذه ملثمون في أحد أحياء دياربكر", day)
    assert a.when[0] != b.when[0]
    m, n = Mention("x", Span(0, 1)), Mention("y", Span(0, 1))
    assert fate_conflict(m, n, a, b, lambda s: 10.0) is None
    c = read_fate("قتل شرطي تركي بالرصاص في 12 يوليو في هجوم في أحد أحياء دياربكر", day)
    assert c.when and fate_conflict(m, n, a, c, lambda s: 10.0) is not None


def test_two_written_dates_a_day_apart_are_two_times_of_one_death():
    # the slack of a day is for day words read from a page's date, not for dates written out
    day = dt.date(2015, 7, 30)
    a = read_fate("وفاة الملا عمر في 12 يوليو 2015", day)
    b = read_fate("وفاة الملا عمر في 13 يوليو 2015", day)
    m, n = Mention("x", Span(0, 1)), Mention("y", Span(0, 1))
    assert fate_conflict(m, n, a, b, lambda s: 10.0) is not None


def test_a_killing_a_statement_reports_as_news_is_no_cause_of_death_it_gives():
    # SaudiNewsNet 2015-07-31 a938add82dede: Pakistan put off the talks "غداة الإعلان عن مقتل زعيمها" and "بسبب معلومات
    # تحدثت عن مقتل الملا عمر"; aa97e8cf74018: a Taliban commander "وصف خبر اغتيال زعيمها بالكاذب". None says how Omar
    # died, so none holds a violent death against the Taliban's "وفاة زعيمها ... بسبب المرض" (16 such marks on that
    # day, every one judged wrong); "الملا عمر قتل في معارك" (real_disputes D2-010) still gives one
    from claimtrack.contradiction.fates import read_fate

    for told in ("إرجاء الجولة الثانية من محادثات السلام بين الحكومة الأفغانية وحركة طالبان غداة الإعلان عن مقتل "
                 "زعيمها التاريخي الملا محمد عمر",
                 "بسبب معلومات تحدثت عن مقتل الملا عمر والغموض الناجم عنه، أرجئت الجولة الثانية من مفاوضات السلام",
                 "خبر اغتيال زعيمها بالكاذب"):
        fate = read_fate(told)
        assert fate is None or "violent" not in fate.kinds
    assert "violent" in read_fate("الملا عمر قتل في معارك مع فصيل منافس").kinds
    assert "natural" in read_fate("وفاة زعيمها الملا محمد عمر «بسبب المرض»").kinds


def test_no_longer_alive_is_a_death_negated_in_form_only():
    # aawsat_57218a0213 (2015-07-31, real_disputes3 G2-009): the media's report that Haqqani "لم يعد على قيد الحياة،
    # وأنه توفى" tells his death, the report the Taliban's spokesman denies
    text = "زعيم الشبكة «حقاني» هو الآخر لم يعد على قيد الحياة، وأنه توفى متأثرًا بمرض"
    fate = read_fate(text)
    assert fate is not None and "died" in fate.kinds and "alive" not in fate.kinds
    assert negated_as_death(text)
    # a negation of something else stays one
    assert not negated_as_death("لم يؤكد المسؤولون وفاة زعيم الشبكة")
    assert not negated_as_death("لم يعد الوضع آمنا في المدينة")


def test_a_denied_death_is_taken_back_only_where_that_persons_death_is_told():
    # the whole archive (2015-07-31 .. 08-01): once "نفى المتحدث باسم طالبان نبأ وفاة زعيم شبكة حقاني المولوي جلال الدين
    # حقاني" was read in full (aawsat 57218a0213), it was linked to some twenty reports of Mullah Omar's death and of
    # Haqqani's son's appointment (judged none, blind): a title (زعيم) or a fate word (نبأ) names no person
    from claimtrack import Corpus, parse_article
    from claimtrack.contradiction.fates import tells_death_of

    texts = ["نفى المتحدث باسم طالبان نبأ وفاة زعيم شبكة حقاني المولوي جلال الدين حقاني.",
             "وكانت وسائل إعلام ذكرت أن زعيم الشبكة «حقاني» هو الآخر لم يعد على قيد الحياة، وأنه توفى متأثرًا بمرض.",
             "قال مسؤول إن وفاة زعيم طالبان الملا عمر ما زالت غامضة.",
             "وأكد مصدر تعيين سراج الدين حقاني نجل جلال الدين حقاني نائبا لزعيم الحركة."]
    weight = Corpus([parse_article(t, id=f"t{k}", outlet=f"o{k}") for k, t in enumerate(texts)]).weight()
    denied = read_fate("نبأ وفاة زعيم شبكة حقاني المولوي جلال الدين حقاني")
    assert denied is not None
    assert tells_death_of(denied, read_fate("زعيم الشبكة «حقاني» هو الآخر لم يعد على قيد الحياة، وأنه توفى متأثرًا بمرض"), weight)
    assert not tells_death_of(denied, read_fate("وفاة زعيم طالبان الملا عمر ما زالت غامضة"), weight)
    assert not tells_death_of(denied, read_fate("تعيين سراج الدين حقاني نجل جلال الدين حقاني نائبا لزعيم الحركة"), weight)
