"""Constructions behind the extraction errors of the ninth real sample (tests/data/real_fresh7), each checked on the
unannotated articles of the development days (400 each of 2015-07-21, 07-24, 07-26, 08-01, 08-03) before it was kept.

Each sentence is quoted from the article named beside it (the fresh7 article id, or outlet, day of the SaudiNewsNet
zip and the article's id as ``claimtrack`` reads it); a shorter sentence written here says so and names the real one.
"""

import pytest

from claimtrack import extract_attributions, parse_article


def _attributions(text: str):
    return extract_attributions(parse_article(text, id="real", layout="plain"))


# Class: an abbreviated title after a title ("اللواء د. محمد مجاهد الزيات"): the abbreviation was read as a one-letter
# name, so the mention ended at its full stop and the name opened the content (fresh7: 8 rows of one article; the
# 2,000 dev-day articles: 3 rows changed, all right; every article of the five dev days, the fresh7 one left out: 32
# rows changed, 18 right that were cut at the full stop ("الأمين العام لجامعة الدول العربية د.نبيل العربي", "رئيس
# النادي د. عبدالله الحيدري" and the rows carried over from them), 1 more with its source right and its content
# still wrong; 10 wrong before and after, the name now running on over the object as it does with no abbreviation
# ("د. عبداللطيف بن راشد الزياني بشدة تصريحات ...", "د. شوقي علام الحادث"), 1 wrong row lost; 2 made wrong ("أماط
# رئيس لجنة الاحتراف د. عبد الله البرقان اللثام": the idiom's object taken into the earlier mention the two rows point
# back to).  A title in quotation marks after the name, right before the complementizer, is the speaker's, like a
# long bracket there (fresh7 okaz_8164690ee2; no dev-day row changed).
@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    pytest.param(  # okaz_8164690ee2 (fresh7)
        "وقال اللواء د.أحمد عبد الحليم «رئيس مركز الشرق الأوسط السابق للدراسات الاستراتيجية» إن القوات المسلحة تتحمل "
        "وحدها العبء الكامل لهذه الفاتورة.", "وقال",
        "اللواء د.أحمد عبد الحليم «رئيس مركز الشرق الأوسط السابق للدراسات الاستراتيجية»",
        "القوات المسلحة تتحمل وحدها العبء الكامل لهذه الفاتورة", id="okaz_8164690ee2"),
    pytest.param(  # 2015-08-01, a6601ee3c1222
        "وعدّ الأمين العام للجامعة العربية د. نبيل العربي نتائج الزيارة خطوة كبيرة في سبيل المزيد من التطوير.", "وعدّ",
        "الأمين العام للجامعة العربية د. نبيل العربي", "نتائج الزيارة خطوة كبيرة في سبيل المزيد من التطوير",
        id="dev_0801_a6601ee3c1222"),
])
def test_an_abbreviated_title_after_a_title_keeps_the_name(text, cue, source, content):
    found = [a for a in _attributions(text) if a.cue.text == cue]
    assert [(a.source.text, a.content.text) for a in found] == [(source, content)]


def test_an_unclosed_quote_after_the_abbreviated_title_keeps_its_row():
    # okaz_8164690ee2 (fresh7): the quote opened before أن is never closed
    text = ("ويعتبر اللواء د. محمد مجاهد الزيات «أن وعي قواتنا المسلحة أجهض خطط وعمليات الإرهاب التي اتسعت مؤخرا.\n"
            "ويستبعد الزيات تأثر قدرات الجيش العسكرية بالحملة ضد الإرهاب، ويؤكد أن أعداد أفراد القوات المسلحة لا تتجاوز "
            "1 % من تعدادها.")
    found = {a.cue.text: a.source.text for a in _attributions(text)}
    assert found["ويعتبر"] == "اللواء د. محمد مجاهد الزيات"
    assert found["ويؤكد"] in ("الزيات", "اللواء د. محمد مجاهد الزيات")


# Class: a clause whose verb is no speech (or a cue that did not fire) with a kunya the lexicons do not know as its
# subject, then a participle with none ("تعرض أم يوسف في ركنها البهارات ...، مشيرة إلى أنها"): the kunya was no
# subject a participle may hang on, so the speaker before her was carried over to her and every row after (fresh7:
# 4 wrong sources of aljazirah_8f8468e61c; every article of the five dev days: 10 rows changed, 7 right that were
# wrong ("ومن جانبه يوضح أبو هريرة قائلا" after "أحد التونسيين", "وتابع" after "كما طالب أبو مرزوق الإطار القيادي
# ..." now pointing back to "موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس"), 1 wrong before and after, 2 with the
# same source read as a back-reference rather than carried over).  Only the kunya is taken: the words after it are
# the verb's object as often as a family name ("ويروي أبو راس تفاصيل الحادث قائلاً").
@pytest.mark.parametrize(("text", "cue", "source"), [
    pytest.param(  # aljazirah_8f8468e61c (fresh7)
        "وتتمنى حبيبة أن تتحول من غرفتها الصغيرة إلى ركن ثابت.\n"
        "في حين، تعرض أم يوسف في ركنها البهارات المفردة والمشكلة، بعد غسلها وتجفيفها وتنقيتها من الحجر، ومن ثم "
        "طحنها، تشمل: « الكمون، القرفة، الملوخية، الكركم، الفلفل الأسود»، مشيرة إلى أنها تستغرق في تجهيز البهارات نحو "
        "أسبوع.", "مشيرة", "أم يوسف", id="aljazirah_8f8468e61c"),
    pytest.param(  # 2015-07-21, a653e1c7f2c70
        "ويضيف أحد التونسيين «بعد أن مشينا عدة كيلومترات بجوار نهر الفرات وجدنا أبو أيمن قد سبقنا إلى هناك». ومن جانبه "
        "يوضح أبو هريرة قائلا: اجتمع بنا، وقال لنا بالحرف إن من يقول بكفر العاذر سأرميه بطلقة في رأسه.", "قائلا",
        "أبو هريرة", id="dev_0721_a653e1c7f2c70"),
    pytest.param(  # a shorter sentence written here, of "ويروي أبو راس تفاصيل الحادث قائلاً" (2015-07-21, a3d4bac0f41cb)
        "ويروي أبو راس تفاصيل الحادث قائلاً: كنت متجهاً إلى مطار الملك عبدالعزيز الدولي.", "قائلاً", "أبو راس",
        id="kunya_then_object"),
])
def test_a_kunya_after_the_verb_is_the_subject_a_participle_hangs_on(text, cue, source):
    found = [a for a in _attributions(text) if a.cue.text == cue]
    assert [a.source.text for a in found] == [source]


# Class: a place named in apposition to the definite noun that ends a title phrase, right before the complementizer
# ("بالعاصمة طرابلس إن"): the mention stopped at the noun and the place opened the content, so a first name and a
# family name the lexicons read as nouns ("الصديق الصور") lost the title after them too (fresh7: 1 wrong source; every
# article of the five dev days: 5 rows changed, all right: "سكان في العاصمة صنعاء"، "مصادر محلية في العاصمة صنعاء"،
# "أحد الجنرالات الأمريكان" and the rows carried over from them).
@pytest.mark.parametrize(("text", "source", "content"), [
    pytest.param(  # aleqtisadiya_8a15785345 (fresh7)
        "وقال الصديق الصور رئيس قسم التحقيقات بمكتب النائب العام بالعاصمة طرابلس إن المحكمة حكمت أيضا بالإعدام رميا "
        "بالرصاص على سبعة مسؤولين سابقين آخرين.", "الصديق الصور رئيس قسم التحقيقات بمكتب النائب العام بالعاصمة طرابلس",
        "المحكمة حكمت أيضا بالإعدام رميا بالرصاص على سبعة مسؤولين سابقين آخرين", id="aleqtisadiya_8a15785345"),
    pytest.param(  # 2015-07-26, a4e281b69ea96
        "وقال سكان في العاصمة صنعاء إن طائرات التحالف الحربية نفذت في ساعة متأخرة من مساء أمس غارات قرب صنعاء.",
        "سكان في العاصمة صنعاء", "طائرات التحالف الحربية نفذت في ساعة متأخرة من مساء أمس غارات قرب صنعاء",
        id="dev_0726_a4e281b69ea96"),
])
def test_a_place_in_apposition_before_the_complementizer_ends_the_mention(text, source, content):
    found = [a for a in _attributions(text) if a.cue.text == "وقال"]
    assert [(a.source.text, a.content.text) for a in found] == [(source, content)]



# Class: a straight quote the scraper never closed, then a sentence end, then a straight quote written as an opening
# one (a space before it, a letter or # right after it): the two were paired, so the sentence splitter kept the
# paragraph's next sentences inside one quotation and the next speakers were read as the first one's words (fresh7:
# 2 missed and 1 content run on in sabq_eba44caaa6; every article of the five dev days: 378 rows changed, 240 found,
# 21 lost, 117 changed; of 30 read at random, 20 right (rows swallowed before, "وقال احد جنود النظام "لا يمكننا ..."،
# "وشدد الجبير على أن"; contents that now end at their quote), 7 wrong (new rows with a source carried over from the
# wrong speaker, "ونصح" read as a verb), 3 back to their old reading; of the 21 lost, 16 were wrong, 1 stood inside a
# quotation and 4 were real).  A short quoted name inside the quotation does not reopen it (real_blind
# alriyadh_ee2fe13c9d: "كان "ناشي" وليس هذلا" inside a novel's quoted excerpt).
def test_an_unclosed_straight_quote_ends_at_the_next_opening_one():
    # sabq_eba44caaa6 (fresh7)
    text = ('انتقد إمام وخطيب المسجد الحرام الشيخ الدكتور سعود بن إبراهيم الشريم، معارضي قرار فتح فصول دراسية لتحفيظ '
            'القرآن الكريم بالمدارس، وغرّد على حسابه في "توتير" قائلاً: "الذين كرهوا إقرار تحفيظ القرآن بالمدارس؛ إنما '
            'خصومتهم مع دين الله لا مع مَن أقرّها؛ فقد قال سلفهم {لا تسمعوا لهذا القرآن والْغوا فيه لعلكم تغلبون}. \xa0 '
            'وأطلق مغرّدون هاشتاج "#شكرا_عزام_الدخيل على دعمك#مدارس_تحفيظ_القرآن"، أشادوا فيه بقرار الوزير. \xa0 '
            'وقال الطبيب الجراح الدكتور جمال الحضيف: "دعم مدارس تحفيظ القرآن من جديد قد يكون المؤشر الأهم في تاريخ وزارة '
            'التعليم في عهد الملك سلمان؛ فشكراً عزام الدخيل".')
    found = {a.cue.text: a for a in _attributions(text)}
    assert found["وقال"].source.text == "الطبيب الجراح الدكتور جمال الحضيف"
    assert found["قائلاً"].content.text.endswith("تغلبون}")


def test_a_quote_closed_after_its_sentences_stays_one():
    # the guard, as in sentences.py's docstring: a closing quote glued to the word before it closes
    text = 'وتابع: "نحن نبحث في الخيارات الأمنية. حيث نريد الاستقرار والالتزام. إنهم يقدرون كثيرا شراكتنا". وقال الوزير إن الاجتماع انتهى.'
    found = {a.cue.text: a.content.text for a in _attributions(text)}
    assert found["وتابع"] == '"نحن نبحث في الخيارات الأمنية. حيث نريد الاستقرار والالتزام. إنهم يقدرون كثيرا شراكتنا"'


def test_a_short_quoted_name_inside_an_unclosed_quotation_does_not_reopen_it():
    # real_blind alriyadh_ee2fe13c9d: the characters' words stand inside the column's quoted excerpt of a novel
    text = ('ونجد كذلك شخصية هذلا في رواية قنص لعواض العصيمي: "سنذهب إلى مكان بعيد من هنا. قال الأب بملامح جادة لا دعابة '
            'فيها ولا مزاح. أجابت هذلا بأنها تذكر تلك اللعبة، وأن اسمها في تلك اللعبة كان "ناشي" وليس هذلا. حينها قال '
            'الأب: أريدك أن تعودي إلى ناشي مرة أخرى ".. وتنكر آخر إنما هذه المرة من أجل الفرار.')
    assert not any(a.cue.text in ("أجابت", "قال") for a in _attributions(text))
