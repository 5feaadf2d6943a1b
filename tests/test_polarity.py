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
