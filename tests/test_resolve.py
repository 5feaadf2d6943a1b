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


def test_a_plural_cue_carries_over_the_group_named_since_not_the_last_named_person():
    # real blind sample aawsat_922b0c2ff5 (shortened): "ويطالبون" is the farmers', not Guy Depraetere's, and
    # "وطالبوا" the farmers' who protested in the same clause
    text = ("وقال غي ديبراتييه من رابطة الجمعيات الزراعية البلجيكية: «نريد ممارسة ضغط سياسي».\n"
            "وانطلقت الاحتجاجات منذ أسبوع، لكن المزارعين مقتنعون بأن الإجراءات الحكومية لن تكفي لإنقاذهم، "
            "ويطالبون بخطة مستدامة.\n"
            "وفي بلدة ليبرامونت البلجيكية، احتج المزارعون على استمرار انخفاض أسعار شراء الحليب وطالبوا بدعم من السلطات.")
    found = extract_attributions(parse_article(text, id="x", layout="plain"))
    by_cue = {a.cue.text: a for a in found}
    assert by_cue["ويطالبون"].source.text == "المزارعين"
    assert by_cue["ويطالبون"].source.resolved == "carryover"
    assert by_cue["وطالبوا"].source.text.startswith("المزارعون")


def test_a_plural_cue_with_no_group_named_keeps_the_clause_it_hangs_on():
    # real blind sample 3alyoum_ba83c25d25 (shortened): "مؤكدين" after the dual "أكدا" hangs on that clause
    text = ("أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالاً هاتفياً اليوم بالرئيس عبدالفتاح السيسي "
            "أكدا خلاله على أهمية إعلان القاهرة، مؤكدين أن العلاقة بين البلدين الشقيقين استراتيجية.")
    found = extract_attributions(parse_article(text, id="x", layout="plain"))
    sources = {a.cue.text: a.source.text for a in found}
    assert "مؤكدين" not in sources or sources["مؤكدين"] == sources.get("أكدا")
