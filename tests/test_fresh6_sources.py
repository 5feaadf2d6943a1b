"""Constructions behind the extraction errors of the eighth real sample (tests/data/real_fresh6), each checked on the
unannotated articles of the development days (2015-07-21, 07-24, 07-26, 08-01, 08-03) before it was kept.

Each sentence is quoted from the article named beside it (the fresh6 article id, or outlet, day of the SaudiNewsNet
zip and the article's id as ``claimtrack`` reads it); a shorter sentence written here says so and names the real one.
"""

import pytest

from claimtrack import extract_attributions, parse_article


def _attributions(text: str):
    return extract_attributions(parse_article(text, id="real", layout="plain"))


# Class: a name, a comma, then a title the lexicons do not list, with the complementizer right after it and no second
# comma ("وذكر خالد بانافع، مالك مستودعات مواد غذائية أن"): the verb found no content (fresh6: 1 missed and the 3
# rows carried over from it given the speaker before; all of the five dev days, 8,000 articles: 1 row right after,
# its content no longer opening with the title, and its 3 carried-over rows given the whole mention; none wrong).
@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    pytest.param(  # aleqtisadiya_48e2c0096d (fresh6)
        "وذكر خالد بانافع، مالك مستودعات مواد غذائية أن أسعار المواد الغذائية هذا العام تعد منخفضة جدا في ظل وجود "
        "ركود في حركة البيع.", "وذكر", "خالد بانافع، مالك مستودعات مواد غذائية",
        "أسعار المواد الغذائية هذا العام تعد منخفضة جدا في ظل وجود ركود في حركة البيع", id="aleqtisadiya_48e2c0096d"),
    pytest.param(  # aawsat 2015-07-26, a7f0696c37cc2
        "قال صفوان عكاش، سكرتير هيئة التنسيق إن «التدخلات الدولية والإقليمية كبيرة جدا».", "قال",
        "صفوان عكاش، سكرتير هيئة التنسيق", "«التدخلات الدولية والإقليمية كبيرة جدا»", id="aawsat_0726_a7f0696c37cc2"),
])
def test_a_title_after_the_name_and_a_comma_ends_at_the_complementizer(text, cue, source, content):
    found = [a for a in _attributions(text) if a.cue.text == cue]
    assert [(a.source.text, a.content.text) for a in found] == [(source, content)]


def test_a_verbal_noun_after_the_comma_is_still_the_content():
    # the same shape with a verbal noun: "أكد X، ضرورة أن" (written here; the rule's guard)
    found = [a for a in _attributions("وأكد خالد بانافع، ضرورة أن تنخفض أسعار المواد.") if a.cue.text == "وأكد"]
    assert [(a.source.text, a.content.text) for a in found] == [("خالد بانافع", "ضرورة أن تنخفض أسعار المواد")]


# Class: a name that opens with با after the verb ("وأضاف باراتا", "وقال باباكورا كولو") was read as بـ on a word
# ("باستجواب"), so no subject stood there (fresh6: 2 missed, 2 wrong sources; all five dev days, 8,000 articles: 110
# rows changed, about 95 right: بارتوميو، بارنز، باراس، باعشن، بامهيل، باوزير, ...; about 13 wrong: a name taken with
# its object "بارتوميو فان غال" or a content cut inside a bank's name, and 2 rows lost after a dash aside "وقال
# بارتوميو - الفائز ... - للصحفيين").
@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    pytest.param(  # alyaum_200478e99e (fresh6)
        "وأضاف باراتا \"الطائرة تسد المدرج لذلك فإن المطار ما زال مغلقا.\"", "وأضاف", "باراتا",
        "\"الطائرة تسد المدرج لذلك فإن المطار ما زال مغلقا.\"", id="alyaum_200478e99e"),
    pytest.param(  # aawsat_0bdf38e712 (fresh6)
        "وقال باباكورا كولو، وهو عنصر في ميليشيا الدفاع الذاتي التي تقاتل بوكو حرام إلى جانب الجيش النيجيري، لوكالة "
        "الصحافة الفرنسية: «لقد وقع هجوم انتحاري في سوق غامبورو بمايدوغوري»", "وقال", "باباكورا كولو",
        "«لقد وقع هجوم انتحاري في سوق غامبورو بمايدوغوري»", id="aawsat_0bdf38e712"),
    pytest.param(  # okaz 2015-07-21, a152c901236f4
        "وقال بارتوميو: «التزامنا سيكون هو الاستمرار في التطور ومواصلة حصد الانتصارات».", "وقال", "بارتوميو",
        "«التزامنا سيكون هو الاستمرار في التطور ومواصلة حصد الانتصارات»", id="okaz_0721_a152c901236f4"),
])
def test_a_name_that_opens_with_ba_is_the_subject(text, cue, source, content):
    found = [a for a in _attributions(text) if a.cue.text == cue]
    assert [(a.source.text, a.content.text) for a in found] == [(source, content)]


@pytest.mark.parametrize("text", [
    pytest.param("لأن مديرها توعد بإقصائي وعدم عرض أي عمل على شاشة القناة.", id="sabq_0721_a36fd3dab7dcc"),
    pytest.param("ويضيف بإمكانك أن تضعه على نحو سلبي.", id="alriyadh_0801_a0e76b315d6ed"),
    pytest.param("وأعترف بأنني لم أكن قد ركبت الطائرة من قبل.", id="dev_0721_aba9157ddddc9"),
])
def test_ba_on_a_verbal_noun_or_a_complementizer_opens_no_subject(text):
    assert all(not a.source.text.startswith("ب") for a in _attributions(text))


# Class: a name the lexicons do not know after a title, then "وهو + title" before the complementizer ("وقال النائب إد
# رويس رئيس لجنة العلاقات الخارجية وهو جمهوري إن"): the mention stopped at the title and the name was read as content
# (fresh6: 2 wrong sources; all five dev days: 8 rows changed, 3 right that were cut at the title, 4 carried over or
# pointed back to the whole mention, 1 wrong: "تم عرض الفيلم الثالث وهو الفيلم الاجتماعي "حياة"").
@pytest.mark.parametrize(("text", "source", "content"), [
    pytest.param(  # 3alyoum_3531c9f32e (fresh6)
        "وقال النائب إد رويس رئيس لجنة العلاقات الخارجية وهو جمهوري إن الاتفاق سيتيح لإيران “أموالا طائلة”.",
        "النائب إد رويس رئيس لجنة العلاقات الخارجية", "الاتفاق سيتيح لإيران “أموالا طائلة”", id="3alyoum_3531c9f32e"),
    pytest.param(  # dev days 2015-07-24, abc93ed27ad87
        "وقال السناتور بوب كروكر رئيس لجنة العلاقات الخارجية بمجلس الشيوخ وهو جمهوري: نتمتع بالنفوذ لكن خلال تسعة "
        "أشهر سيحصلون على أموالهم.", "السناتور بوب كروكر رئيس لجنة العلاقات الخارجية بمجلس الشيوخ",
        "نتمتع بالنفوذ لكن خلال تسعة أشهر سيحصلون على أموالهم", id="dev_0724_abc93ed27ad87"),
])
def test_a_name_before_an_apposition_with_huwa_stays_in_the_source(text, source, content):
    found = [a for a in _attributions(text) if a.cue.text == "وقال"]
    assert [(a.source.text, a.content.text) for a in found] == [(source, content)]


# Class: the participle of حث ("حاثًا الجميع على"), missing from reporting_verbs.tsv, so a later row missed and the
# verb before it ran its content over it (fresh6: 1 missed, 1 content wrong; all five dev days: 16 rows changed, 10
# new rows of which 7 with the right source (3 carried over a wrong one: "عميد ركن متقاعد رسالة مؤثرة"), and 6
# contents of the verb before now ending at the participle, all right).
def test_the_participle_of_hath_is_a_cue():
    # aljazirah_34a07c0b2e (fresh6)
    text = ("وجدّد معاليه خلال زيارته لوكالة الحجز والتنفيذ؛ دعمه لقضاء التنفيذ بكل ما يحتاجه من إمكانات وكوادر ليحقق "
            "الدور المنوط به، حاثًا الجميع على بذل الجهود واستغلال الطاقات في سبيل تطوير آليات العمل.")
    found = {a.cue.text: a.content.text for a in _attributions(text)}
    assert "حاثًا" in found and "بذل الجهود واستغلال الطاقات في سبيل تطوير آليات العمل" in found["حاثًا"]
    assert "حاثًا" not in found.get("وجدّد", "")


# Class: a verbal noun with its pronoun right after the verb, then the verb's preposition or a complementizer ("وأبدى
# تطلعه في أن"): what was shown, the subject dropped, not the source (fresh6: 1 wrong source; all five dev days: 14
# rows changed, 11 right: "يحذر استخدامه"، "وأبدى تحفظه"، "وفيما حث أنصاره على" (the one who urged named before); 3
# wrong: a broken plural that looks like a verbal noun and is the subject ("وقال أعضاؤها إنهم"), "وفق تعبيره").
def test_a_verbal_noun_with_its_pronoun_before_a_complementizer_is_no_source():
    # aleqtisadiya_f7b09269a7 (fresh6)
    text = ("أكد وزير الخارجية المصري سامح شكري أن الحوار الاستراتيجي يؤسس لعلاقات جديدة.\n"
            "وأبدى تطلعه في أن يسهم الحوار الاستراتيجي في حث الجانب الأمريكي على الاستفادة من الفرص الاقتصادية.")
    found = {a.cue.text: a for a in _attributions(text)}
    assert (found["وأبدى"].source.text, found["وأبدى"].source.resolved) == ("وزير الخارجية المصري سامح شكري", "carryover")


# Class: "سبق لـ X أن + verb" ("had before said"): X, with the ل attached, is the verb's subject
# (construction_patterns.tsv, had-before). fresh6: 1 wrong source; all five dev days: 21 rows changed, 14 right (the
# paper, the club, "وسائل إعلام إسبانية" five times), 6 carried-over rows after them wrong before and after, 1 row lost
# whose source was wrong ("وسبق للعشائر ان شكت مرارا").
@pytest.mark.parametrize(("text", "cue", "source"), [
    pytest.param(  # almadina_ad8143eb3a (fresh6)
        "وسبق لصحيفة «أوستادو دي ساو باولو» البرازيلية الرياضية أن أشارت، عبر موقعها على الإنترنت، إلى أنَّ مباراة "
        "السوبر كلاسيكو المقررة بين الفريقين في 2015 ألغيت.", "أشارت",
        "صحيفة «أوستادو دي ساو باولو» البرازيلية الرياضية", id="almadina_ad8143eb3a"),
    pytest.param(  # 2015-07-24, aee482768991b
        "وسبق لوسائل إعلام إسبانية أن ذكرت أن راموس يريد ترك ريال مدريد بسبب خلاف مع رئيس النادي.", "ذكرت",
        "وسائل إعلام إسبانية", id="dev_0724_aee482768991b"),
])
def test_had_before_names_the_speaker_after_its_lam(text, cue, source):
    found = [a for a in _attributions(text) if a.cue.text == cue]
    assert [(a.source.text, a.source.resolved) for a in found] == [(source, "explicit")]


def test_had_before_with_a_pronoun_keeps_the_speaker_named_before():
    # "سبق لها أن أعلنت" (dev days, 2015-07-24): the pronoun points back; written here with a speaker before it
    text = "وقالت الوزارة إن العمل مستمر.\nوسبق لها أن أعلنت أن الاتحاد سيرحل."
    found = {a.cue.text: a for a in _attributions(text)}
    assert (found["أعلنت"].source.text, found["أعلنت"].source.resolved) == ("الوزارة", "carryover")


# Class: "تبين أن" right before its complementizer with no subject: the impersonal "it turned out that" (form V
# perfect, spelled like the imperfect of بيّن), no one's view (attribution_words.tsv, impersonal_passive). fresh6:
# 1 spurious row gone; all five dev days: 66 rows changed, about 50 rows gone that were the impersonal ("وبعد
# الكشف عليها تبين انها قد توفت"، "وعند وصول الفرق تبين أن", most of them carried over to a spokesman), 6 contents
# of the statement before now running over it, 1 row gone that may be "she explains" ("وتبيّن أن حلمها", with
# آلاء named before) and 1 wrong row appeared ("وقد أكدت ذالك والدتها").
@pytest.mark.parametrize("text", [
    pytest.param(  # alriyadh_98a8be44a7 (fresh6)
        "فمن خلال بعض الأحداث المؤلمة تبين أن معظم شخوصها مصابون بنوع من الإحباط.", id="alriyadh_98a8be44a7"),
    pytest.param(  # 2015-07-24, a8c24373f953d
        "وبعد الكشف عليها تبين انها قد توفت قبل حضورها إلى المستشفى بنصف ساعة تقريبا.", id="dev_0724_a8c24373f953d"),
])
def test_tabayyana_before_its_complementizer_is_impersonal(text):
    assert all(a.cue.text != "تبين" for a in _attributions(text))


def test_tubayyinu_with_its_subject_still_speaks():
    # "وتبين الدراسة أن" (dev days 2015-07-24, a449d29127ee3: "وتبين الدراسة" with its subject after it); shortened
    found = [a for a in _attributions("وتبين الدراسة أن العمل والتعليم مرتبطان.") if a.cue.text == "وتبين"]
    assert [a.source.text for a in found] == ["الدراسة"]


# Class: a headline whose part before the colon opens with a bare preposition labels the page, no speaker ("عن
# التنمية والنقد: جملة فيصل بن خالد"); fresh6: 1 spurious row gone; all five dev days: 3 rows gone, all 3 right
# ("من الميدان: ..."، "من التاريخ: الماجنا كارتا" twice).
@pytest.mark.parametrize("headline", [
    pytest.param("عن التنمية والنقد: جملة فيصل  بن خالد", id="alwatan_fe3416ca86"),
    pytest.param("من التاريخ: الماجنا كارتا", id="dev_0721_a674363de9a57"),
])
def test_a_headline_label_opened_by_a_preposition_is_no_speaker(headline):
    article = parse_article(headline + "\n\nكلما زاد بحثي في تطور المفاهيم السياسية رسخ يقيني.", id="real")
    assert all(a.cue.text != ":" for a in extract_attributions(article))


# Class: the occasion of the words, a sermon ("في خطبة الجمعة", adjuncts.tsv: خطبة added as a medium), with a
# relative clause on it before the complementizer and no subject written ("وبين في خطبة الجمعة التي ألقاها امس في
# المسجد الحرام أن"): the verb found no content (fresh6: 1 missed; all five dev days: 14 rows changed, all right:
# "في خطبة" no longer in the source ("وقال سماحته في خطبة"، "وقال خامنئي في خطبة بمناسبة عيد الفطر"), 3 rows found
# after "في خطبة الجمعة التي ...", 1 content no longer opening with the relative clause).
@pytest.mark.parametrize(("text", "content"), [
    pytest.param(  # aljazirah_a127b6b6ba (fresh6)
        "وبين في خطبة الجمعة التي ألقاها امس في المسجد الحرام أن الإسلام أولى الشباب كامل العناية والاهتمام.",
        "الإسلام أولى الشباب كامل العناية والاهتمام", id="aljazirah_a127b6b6ba"),
    pytest.param(  # 2015-07-21, a1a9c751f7f34 (shortened)
        "وقال في الكلمة التي ألقاها أول أيام العيد إن فعاليات عيد الفطر ثمرة تنسيق وتعاون.",
        "فعاليات عيد الفطر ثمرة تنسيق وتعاون", id="dev_0721_a1a9c751f7f34"),
])
def test_a_relative_clause_on_the_occasion_before_the_content(text, content):
    found = [a for a in _attributions(text) if a.cue.text in ("وبين", "وقال")]
    assert [a.content.text for a in found] == [content]


def test_a_sermon_is_no_part_of_the_source():
    # 2015-07-24, a7044ac88faaa: "وقال سماحته في خطبة ..."; written here with a named speaker
    found = [a for a in _attributions("وقال المفتي في خطبة الجمعة: إن على المؤمن الحرص على المنافسة بالخيرات.")
             if a.cue.text == "وقال"]
    assert [a.source.text for a in found] == ["المفتي"]
