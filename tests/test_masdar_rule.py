"""A verbal noun as the cue (rules/masdar.py): when a particle makes it a clause of its own."""

import pytest

from .conftest import only_attribution


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        # aawsat_213795157a (real_disputes D1-046): "على الرغم من", three words, opens the verbal noun's clause
        ("تمسكت السلطات الشرعية في ليبيا بروايتها الرسمية عن تعرض وزير داخليتها لمحاولة اغتيال، على الرغم من إعلان "
         "وزارة الداخلية التونسية أنه «لا وجود لتلك المحاولة أصلا».",
         "إعلان", "وزارة الداخلية التونسية", "«لا وجود لتلك المحاولة أصلا»"),
        # SaudiNewsNet 2015-07-24 (a6f01eaab3078): the same particle before تأكيد and its بأن
        ("ودشّن مغردون هاشتاق تفاوتت مشاركاتهم فيه بين تفهم المنع، وشجبه، على الرغم من تأكيد مصادر كويتية بأن المنع "
         "مجرد إجراء احترازي لا أكثر.",
         "تأكيد", "مصادر كويتية", "المنع مجرد إجراء احترازي لا أكثر"),
    ],
)
def test_a_verbal_noun_after_ala_al_raghm_min_is_a_cue(text, cue, source, content):
    found = only_attribution(text)
    assert (found.cue.text, found.source.text, found.content.text) == (cue, source, content)
