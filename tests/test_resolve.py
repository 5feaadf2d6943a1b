"""Resolving sources: back-references to an earlier, fuller mention."""

import pytest

from claimtrack import Article, extract_attributions
from claimtrack import parse_article


@pytest.mark.parametrize("title", ["نائب وزير الدفاع الروسي", "وزير الدفاع الروسي", "وكيل وزارة الدفاع"])
def test_backreference_keeps_a_title_that_starts_with_waw(title):
    # وزير / وكيل begin with و but the letter is part of the word, not a clitic to cut off the antecedent.
    text = f"أعلن {title}، يفغيني ماركوف، اليوم، أن بلاده تعتزم نشر سرب.\nوقال ماركوف إن المدربين سيصلون."
    first, second = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert second.source.resolved == "backreference"
    assert second.source.text == first.source.text == f"{title}، يفغيني ماركوف"


def test_a_backreference_with_a_nationality_finds_that_country_speaker():
    text = ("أعلن نائب وزير الدفاع الروسي، يفغيني ماركوف، اليوم، أن بلاده تعتزم نشر سرب.\n\n"
            "وقال وزير الدفاع التشادي محمد أبكر إن الطائرات ستعمل تحت قيادة تشادية.\n\n"
            "وأوضح المسؤول الروسي أن موسكو ستقدم حزمة مساعدات.\n\n"
            "وجاء ذلك وسط تأكيد الحكومة التشادية أن الاتفاق لا يشمل قاعدة.")
    found = extract_attributions(parse_article(text, id="x", layout="plain"))
    by_cue = {a.cue.text: a for a in found}
    assert by_cue["وأوضح"].source.text == "نائب وزير الدفاع الروسي، يفغيني ماركوف"
    assert by_cue["وأوضح"].source.resolved == "backreference"
    # a body named in full with its nationality is not a back-reference
    assert by_cue["تأكيد"].source.text == "الحكومة التشادية"
