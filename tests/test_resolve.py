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


def test_a_chain_of_report_names_the_speaker_after_an_and_the_formula():
    # real: aljazirah_2fa9dba8be; without the formula of respect عن and a noun name no one (arreyadi_9b73f103bf)
    text = "والعبادات توقيفية، عن ابن عباس رضي الله عنهما قال: «فرض النبي زكاة الفطر طهرة للصائم»."
    (said,) = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert (said.source.text, said.source.resolved) == ("ابن عباس", "explicit")
    text = "ليعود مرة أخرى وعبر تغريدات يكشف فيها عن حبه للعالمي قال فيها: النصر تعلم منه الهلال."
    for a in extract_attributions(parse_article(text, id="x", layout="plain")):
        assert a.source.text != "حبه للعالمي"


def test_the_topic_of_amma_is_the_subject_of_the_verb_with_fa():
    # real: aawsat_3100baf000; an adjunct after أما is no topic
    text = "أما مؤسسة «إلكترونيك فرونتير»، الممثلة لروبرتس، فوصفت قرار شركة «يونايتد إيرلاينز» بأنه «مخيب للآمال»."
    (said,) = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert said.source.text == "مؤسسة «إلكترونيك فرونتير»، الممثلة لروبرتس"
    text = "أما في الرياض فقال الوزير إن الخطة جاهزة."
    (said,) = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert said.source.text == "الوزير"


def test_a_feminine_cue_does_not_carry_over_a_masculine_title():
    # real: arreyadi_af627f49d3 (shortened)
    text = ("ونقلت الشبكة عن مدرب روماني آخر اسمه كورنيل دينو ادعاءه بأن ريجيكامف تلقى مبلغ 200 ألف يورو.\n"
            "وجاءت هذه الأنباء في فترة انشغل فيها العالم الرياضي بالتحقيق الذي أجرته الشرطة الأوروبية (يوروبول) "
            "حول جرائم المراهنات، وكشفت حينها عن عمليات ضخمة في شتى أنحاء القارة الأوروبية.")
    found = extract_attributions(parse_article(text, id="x", layout="plain"))
    revealed = next(a for a in found if a.cue.text == "وكشفت")
    assert revealed.source.text.startswith("الشرطة الأوروبية")


def test_a_document_back_reference_finds_the_body_that_issued_it_as_an_object():
    # real: aawsat_3100baf000 (shortened); an according-to aside after the subject is no object
    text = ("أصدر مكتب المساءلة الحكومي الأميركي تقريرا يفيد بأن الباحثين الأمنيين يحذرون من القرصنة.\n"
            "تستخدم الطائرات الحديثة دفاعات رقمية تعرف بالجدران النارية، كما يقول التقرير.")
    found = extract_attributions(parse_article(text, id="x", layout="plain"))
    says = next(a for a in found if a.cue.text == "يقول")
    assert says.source.text == "مكتب المساءلة الحكومي الأميركي"
    assert [v.text for v in says.source.via] == ["التقرير"]


def test_a_kin_word_with_a_genitive_points_back_to_the_family_named_in_full():
    # real blind sample sabq_59e3d615b2 (shortened); kin words: backreferences.tsv, antecedent family
    text = ("أكدت أسرة \"معلمة تبوك\" المتوفاة أن بيان وزارة التعليم لم يختلف عن بيان الجامعة.\n"
            "وقال أهالي الفقيدة في أول تعليق لهم: \"اللجنة أرادت إنقاذ الجامعة\".\n"
            "وأردف ذوو الفقيدة: \"الرسائل تؤكد أن التسجيل كان في أول يوم\".")
    found = extract_attributions(parse_article(text, id="x", layout="plain"))
    first = found[0].source.text
    assert first.startswith("أسرة")
    for cue in ("وقال", "وأردف"):
        said = next(a for a in found if a.cue.text == cue)
        assert (said.source.text, said.source.resolved) == (first, "backreference")
    # residents of a place are no kin back-reference
    text = "وقال أهالي قرية الخرائق إن الطريق مغلق."
    (said,) = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert said.source.text.startswith("أهالي قرية الخرائق")


def test_an_earlier_mention_stops_at_an_according_to_marker():
    # real blind sample alweeam_99c4d16d0d (shortened)
    text = ("ولا يزال الحاسوب الصيني يتصدر قائمة أقوى الحواسيب العملاقة في العالم، بحسب منظمة “Top 500″، التي ترصد الآلات.\n"
            "وقالت المنظمة إن “شاهين 2″ قادر على معالجة 5.536 بيتافلوبات.")
    found = extract_attributions(parse_article(text, id="x", layout="plain"))
    said = next(a for a in found if a.cue.text == "وقالت")
    assert said.source.text == "منظمة “Top 500″"


def test_a_name_opening_with_feh_before_a_title_is_kept():
    # real blind sample aawsat_922b0c2ff5: فيل is a name, not ف + a two-letter word
    text = ("فيل هوغان المفوض الآيرلندي الأوروبي المكلف بالشؤون الزراعية غاب عن معرض ليبرامون الزراعي، "
            "لكنه وعد بدراسة مطالب المزارعين.")
    (said,) = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert said.source.text.startswith("فيل هوغان المفوض")


def test_an_according_to_source_keeps_the_name_after_a_long_title():
    # real blind sample okaz_1a810116c1 (shortened); "وفقاً لآلية العمل المتبعة" (no title) is left as it was
    text = ("وبحسب المتحدث الرسمي للإمارة الوكيل المساعد للتطوير والتقنية علي بن موسى زعلة، "
            "اطلع سمو أمير المنطقة على تفاصيل الملاحظات المرصودة.")
    (said,) = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert said.source.text.endswith("علي بن موسى زعلة")


def test_a_document_made_by_a_body_named_in_a_relative_clause_has_that_body_for_source():
    # real blind sample 3alyoum_ad9af19736 (shortened); construction_patterns.tsv conducted-by
    text = "وأفادت نتائج البحث الذي أجرته مؤسسة الرأي “آيبونيون” بأن واحدًا من كل ستة أشخاص يتعرضون للتحرش يوميًا."
    (said,) = extract_attributions(parse_article(text, id="x", layout="plain"))
    assert said.source.text.startswith("مؤسسة الرأي “آيبونيون”")
    assert [v.text for v in said.source.via] == ["نتائج البحث"]
