"""Polarity of claim texts: negators, denials, and what does not negate (claimtrack.polarity)."""

import pytest

from claimtrack.contradiction import text_polarity


@pytest.mark.parametrize(
    "text, negative",
    [
        ("ينفي الجيش التونسي وجود قواعد عسكرية اجنبية", True),
        ("تؤكد السلطات التونسية أنه ليست هناك قاعدة عسكرية", True),
        ("وقال اللواء احمد المسماري الناطق باسم الجيش الليبي إن الجيش لم يتسلم طائرات", True),
        ("ونفت الوزارة عدم وجود تنسيق أمني", False),
        ("مقتل ما لا يقل عن 28 شخصا", False),
        ("اللواء وحدة تدريب صغيرة وليس قوة قتالية", False),
        ("لا يزال الوضع متوترا", False),
        ("روسيا أرسلت مقاتلات إلى ليبيا", False),
    ],
)
def test_polarity(text, negative):
    assert text_polarity(text)[0] is negative


def test_la_forming_one_noun_does_not_negate():
    # UnifiedFC claim R-505 (real): "... إن مدينة الرقة ستكون جزءا من سوريا لا مركزية اتحادية" ("a decentralised
    # federal Syria"); read as a negation, find() marked seven agreeing articles as contradicting it.
    from claimtrack.polarity import raw_polarity

    assert raw_polarity("إن مدينة الرقة ستكون جزءا من سوريا لا مركزية اتحادية") == (False, [])
    negative, evidence = raw_polarity("إن مدينة الرقة لن تكون جزءا من سوريا مركزية")
    assert negative and evidence
