"""Noun phrases: where a speaker mention ends, around words that look like names, titles or the one spoken to."""

import pytest

from .conftest import only_attribution


@pytest.mark.parametrize(
    "text, source",
    [
        ("وفي العاشرة صباحا أعلن الجيش أن العملية انتهت.", "الجيش"),  # a time word ending in ا before the verb
        ("وخلال لقائه وفدا أمريكيا قال الرئيس إن الحرب انتهت.", "الرئيس"),
        ("لكن أوباما قال إن الاتفاق انتهى.", "أوباما"),  # a name ending in ا after لكن
        ("وقال لحمر في مؤتمر صحفي إن الوضع مستقر.", "لحمر"),  # a name that begins with ل
        ("وقال لأنصاره إن الحرب انتهت.", ""),  # لـ + noun + pronoun: the addressee, the speaker is not named
        ("وقال لمراسلين إن الجيش انسحب.", ""),
        # an office named by two coordinated nouns, then the name, then the outlet spoken to
        ("أعلن وزير الموانئ والمناطق الحرة الجيبوتي حسن عمر دعالة، الثلاثاء، أن الاتفاقية تمنح الشركة حق التطوير.",
         "وزير الموانئ والمناطق الحرة الجيبوتي حسن عمر دعالة"),
        ("وقال وزير الطاقة حسن عمر دعالة لـ«الساحل» إن الاتفاقية تمنح الشركة حق التطوير.", "وزير الطاقة حسن عمر دعالة"),
    ],
)
def test_source_around_words_that_look_alike(text, source):
    assert only_attribution(text).source.text == source
