"""Shapes of wrong sources mined by frequency from ``claimtrack extract`` on 2,000 real SaudiNewsNet articles of the
development days (2015-07-21, 07-24, 07-26, 08-01, 08-03), one test per shape fixed.

Each sentence is quoted from the article named beside it (outlet, day of the SaudiNewsNet zip, the article's URL
number where it has one); a shorter sentence written here says so and names the real one it stands for.
"""

import pytest

from claimtrack import extract_attributions, parse_article


def _attributions(text: str):
    return extract_attributions(parse_article(text, id="real", layout="plain"))


def _one_reading(text: str, cue: str, source: str, opens: str) -> None:
    """The one attribution of ``cue`` has ``source`` and a content that opens with ``opens``."""
    said = [a for a in _attributions(text) if a.cue.text == cue]
    assert [a.source.text for a in said] == [source]
    assert said[0].content.text.startswith(opens), said[0].content.text


# Shape: a particle or pronoun that opens the clause taken for the subject written before the verb (إذ، بل، ثم،
# حين، فهو، فهي، و): 52 of 2,000 articles, 9 of 10 sampled wrong.
@pytest.mark.parametrize("text", [
    pytest.param(  # aawsat 2015-08-01, article 419721
        "إلى ذلك، أعلن رئيس حزب الحركة القومية، دولت بهتشلي، خلال الاجتماع الاستشاري لشعب حزب الحركة القومية في "
        "المدن المختلفة، بمشاركة رؤساء شعب الحزب في كل من مدينة توقات وسيواس ويوزغات، بعيدًا عن وسائل الإعلام، "
        "شرطًا جديدًا للمشاركة في تشكيل حكومة ائتلافية مع حزب العدالة والتنمية الحاكم، إذ قال إن موافقة حزب "
        "العدالة والتنمية على الشروط الخمسة التي أعلنها سابقًا لا تكفي، وإنما يستوجب أيضًا أن يقسموا بالقرآن "
        "الكريم بالالتزام بهذه الشروط.",
        id="aawsat_419721-idh-qal"),
])
def test_particle_before_the_verb_is_no_speaker(text):
    said = [a for a in _attributions(text) if a.cue.text == "قال"]
    assert [(a.source.text, a.source.resolved) for a in said] == [("رئيس حزب الحركة القومية، دولت بهتشلي", "carryover")]
    assert said[0].content.text.startswith("موافقة حزب العدالة")


def test_pronoun_before_the_verb_is_the_speaker_before():
    # aawsat 2015-08-03, article 420971: "ومع ذلك، فهي عبرت عن شكرها ..."; the first sentence is written here to
    # name her as that article does a paragraph earlier
    text = ("وقالت السيدة تشو كونفاي إنها عملت في مصنع للساعات. "
            "ومع ذلك، فهي عبرت عن شكرها وامتنانها للعمل في المصنع، حيث قالت إنها أرادت التعلم ومعرفة المزيد.")
    found = [a for a in _attributions(text) if a.cue.text == "عبرت"]
    assert [(a.source.text, a.source.resolved) for a in found] == [("السيدة تشو كونفاي", "carryover")]


def test_idh_after_a_comma_opens_a_clause_of_its_own():
    # aawsat 2015-07-21, article 411281: the quotation after "، إذ قال:" is his, not the object of عبر
    text = ("وعبر صادق زيبا كلام، مستشار الرئيس روحاني، عن الفكرة ذاتها بأسلوب مختلف، إذ قال: «لم يوكلنا أحد بمهمة "
            "تصدير الثورة ومحاربة إسرائيل وأميركا. يجب أن تكون مهمتنا الأولى التعامل مع احتياجات شعبنا وحل مشكلاته».")
    found = {a.cue.text: a for a in _attributions(text)}
    assert found["وعبر"].content.text == "الفكرة ذاتها بأسلوب مختلف"
    assert found["قال"].source.text == "صادق زيبا كلام، مستشار الرئيس روحاني"
    assert found["قال"].content.text.startswith("«لم يوكلنا")


def test_bal_inside_a_content_goes_on_with_it():
    # aljazirah 2015-08-01 (ln53): سوق عكاظ is the subject of يتطلع, inside what he stressed
    text = ("وأكد أن سوق عكاظ لا يسعى فقط إلى أن يكون واحداً من أبرز المناسبات الثقافية والأدبية والتراثية في "
            "المملكة، بل يتطلع إلى الأفقين العربي والعالمي.")
    found = _attributions(text)
    assert [a.cue.text for a in found] == ["وأكد"]
    assert found[0].content.text.endswith("الأفقين العربي والعالمي")


def test_idh_without_a_comma_stays_inside():
    # alyaum 2015-07-24: "وقال: إن الجامعة- إذ توضح ذلك- لتود أن تؤكد ..." (the university, clarifying this)
    text = "وقال مدير الجامعة: إن الجامعة- إذ توضح ذلك- لتود أن تؤكد للجميع شفافيتها التامة في جميع الإجراءات."
    assert [a.cue.text for a in _attributions(text)] == ["وقال"]


def test_pronoun_after_a_comma_opens_a_clause_of_its_own():
    # alwatan 2015-07-26, ArticleId 26963: "وهم يعتقدون" is the sportsmen's view, not part of what they asked for
    text = ("طالب بعض الرياضيين بحل اتحاد كرة القدم بعد الأحداث الأخيرة والاتهامات التي طالت الأمين العام وخاصة أنها "
            "من شخصية مسؤولة مهمتها الأساسية المحافظة على انضباط مسؤولي اللعبة كافة، وهم يعتقدون أن حل الاتحاد وإجراء "
            "انتخابات جديدة سيكون المخرج.")
    found = {a.cue.text: a for a in _attributions(text)}
    assert found["طالب"].content.text.endswith("مسؤولي اللعبة كافة")
    assert (found["يعتقدون"].source.text, found["يعتقدون"].source.resolved) == ("بعض الرياضيين", "carryover")
    assert found["يعتقدون"].content.text == "حل الاتحاد وإجراء انتخابات جديدة سيكون المخرج"


# Shape: the plural "المصادر" alone as an explicit source though the sources were named in full before it: 40 of
# 2,000 articles, 5 of 6 sampled wrong (the guide's back-reference: the earlier full mention).
def test_the_sources_point_back_to_the_sources_named_before():
    # aljazirah 2015-07-26 (du1): each "المصادر" stands for the nearest "مصادر ..." named in full before it
    text = ("وبحسب مصادر محلية، فإن طيران التحالف استهدف في وقت مبكر أمس المدينة السكنية لعمال وموظفي محطة "
            "الكهرباء في المخأ. وأوضحت المصادر أن قوات التحالف قصفت أيضاً معسكر الدفاع الجوي وخفر السواحل. ومن ناحية "
            "أخرى أفادت مصادر محلية يمنية امس السبت بسقوط قتلى وجرحى من قوات جماعة أنصار الله الحوثية. وقالت المصادر "
            "لوكالة الأنباء الألمانية إن القصف أدى أيضاً إلى تدمير عدد من العربات العسكرية التابعة للقوات الحوثية وصالح.")
    found = {a.cue.text: a for a in _attributions(text)}
    assert (found["وأوضحت"].source.text, found["وأوضحت"].source.resolved) == ("مصادر محلية", "backreference")
    assert (found["وقالت"].source.text, found["وقالت"].source.resolved) == ("مصادر محلية يمنية", "backreference")
    assert text[found["وقالت"].source.span.start : found["وقالت"].source.span.end] == "مصادر محلية يمنية"


def test_the_sources_with_no_sources_before_stay_as_written():
    # alriyadh 2015-07-26, article 1067904: "وأشارت المصادر إلى أن الإدارة ..." with no sources named before it
    found = _attributions("وأشارت المصادر إلى أن الإدارة كانت تملك عروضاً عدة لكسب خدمات اللاعب.")
    assert [(a.source.text, a.source.resolved) for a in found] == [("المصادر", "explicit")]


# Shape: ورد ("appeared", "was mentioned") read as a speech verb with its own subject: 21 cues of 2,000 articles,
# all 21 wrong (لما ورد في, وردت في a relative clause without الذي, وورد اسم X, the dual وردا, a rose "ورداً").
@pytest.mark.parametrize("text", [
    pytest.param(  # aleqtisadiya 2015-07-20, article_974792
        "وورد اسم كافاني (28 عاما) كأحد اللاعبين الذين يسعى يونايتد إلى ضمهم بعد رحيل الهولندي روبن فان بيرسي إلى "
        "فنربخشه التركي.", id="aleqtisadiya_974792-name-appeared"),
    pytest.param(  # alwatan 2015-07-26, ArticleId 27144
        "توقفت أتأمل عبارة وردت في الخطاب الذي وجهه الرئيس اليمني، عبدربه منصور هادي، إلى الشعب اليمني بمناسبة العيد.",
        id="alwatan_27144-phrase-appeared-in"),
])
def test_appeared_is_no_speech(text):
    assert [a.cue.text for a in _attributions(text)] == []


def test_appeared_in_a_document_is_that_document_speaking():
    # the جاء في construction (came_in.py) with ورد, as in "وجاء في البيان أن"; the real rows above never had it
    found = _attributions("وورد في البيان أن الوزارة ستبدأ العمل غدا.")
    assert [(a.cue.text, a.source.text, a.content.text) for a in found] == [("وورد", "البيان", "الوزارة ستبدأ العمل غدا")]


# Shape: the object of لفت النظر / الانتباه / الأنظار ("drew attention") or an adverb of manner (بوضوح، خصوصا) read as
# the subject or the end of it: 13 of 2,000 articles, all wrong; "لافتا الانتباه إلى أن" was no cue at all.
def test_drew_attention_takes_the_speaker_before_its_object():
    # sabq 2015-07-21 (o1Bgde)
    text = ("ولفت وزير المالية النظر إلى أن التقرير السنوي للصندوق تَضَمّن عرضاً لما قَدّمه الصندوق من مساهمة في تمويل "
            "المشروعات والبرامج التنموية.")
    found = _attributions(text)
    assert [(a.cue.text, a.source.text) for a in found] == [("ولفت", "وزير المالية")]
    assert found[0].content.text.startswith("التقرير السنوي للصندوق")


def test_drawing_attention_is_a_participle_of_its_own():
    # okaz 2015-07-24 (Con20150724785256): the content of أبان ends at "، لافتا الانتباه"
    text = ("وأبان مدير المركز أن وصول الطائرة يأتي ضمن برنامج خصصه المركز بتقديم مواد إغاثية وغذائية ودوائية متنوعة عبر "
            "البحر والبر والجو، لافتا الانتباه إلى أن هنالك طائرات ستصل وفق برنامج زمني محدد بإشراف من المركز.")
    found = {a.cue.text: a for a in _attributions(text)}
    assert found["وأبان"].content.text.endswith("عبر البحر والبر والجو")
    assert (found["لافتا"].source.text, found["لافتا"].source.resolved) == ("مدير المركز", "carryover")
    assert found["لافتا"].content.text.startswith("هنالك طائرات ستصل")


def test_adverb_of_manner_after_the_verb_is_no_speaker():
    # aleqtisadiya 2015-08-01, article_978019 (the speaker, Clinton, is named in the sentence before)
    text = "وقالت كلينتون إنها تؤيد الاتفاق. وكانت تدعو خصوصا الى رفع الحظر الاقتصادي المفروض على الجزيرة الشيوعية."
    found = [a for a in _attributions(text) if a.cue.text == "تدعو"]
    assert [(a.source.text, a.source.resolved) for a in found] == [("كلينتون", "carryover")]


# Shape: the verb's object, a noun with a pronoun (عزمه، تطلعه، لابنه), read as the first word of a name after the
# speaker's mention: 5 of 2,000 articles, all wrong.
@pytest.mark.parametrize(("text", "cue", "source", "content_start"), [
    pytest.param("في ذلك الخطاب، أكد الملك عزمه على وضع الحلول العملية العاجلة التي تكفل توفير السكن الملائم للمواطن.",
                 "أكد", "الملك", "عزمه على وضع", id="aawsat_352626-resolve"),  # aawsat 2015-07-21, article 352626
    pytest.param("وأبدى وزير الخارجية المصري تطلعه أيضا في أن يسهم هذا الحوار في حث الجانب الأمريكي على الاستفادة من الفرص.",
                 "وأبدى", "وزير الخارجية المصري", "تطلعه", id="alriyadh_1070048-hope"),  # alriyadh 2015-08-03, 1070048
])
def test_object_with_a_pronoun_is_no_name(text, cue, source, content_start):
    found = [a for a in _attributions(text) if a.cue.text == cue]
    assert [a.source.text for a in found] == [source]
    assert found[0].content.text.startswith(content_start)


def test_name_ending_in_heh_goes_on():
    # alyaum 2015-07-21, article 4079518: "عبده" is a first name, the family name follows
    found = _attributions("وأوضح مدير إدارة النظافة بالبلدية عبده الغزواني أن برنامج معايدة عمال النظافة كان جزءاً من الإعداد.")
    assert [a.source.text for a in found] == ["مدير إدارة النظافة بالبلدية عبده الغزواني"]


# Shape: a manner adverb after the speaker ("بالقول"، "بقوله") read as the end of the source: 13 of 2,000 articles
# (with "بشدة", which is left: without it real_stories maliki_reactions joins two more condemnations), all wrong;
# "وتابع بالقول إن" and "وأضافت بالقول:" were no cue at all.
@pytest.mark.parametrize(("text", "cue", "source", "content_start"), [
    pytest.param(  # aawsat 2015-07-26, article 415146
        "وعن موقف الجناح العسكري للعمال الكردستاني من وقف إطلاق النار مع تركيا، أكد دوغان بالقول: «لم يبق أي معنى "
        "لعملية وقف إطلاق النار، وليس هناك وجود لعملية السلام».", "أكد", "دوغان", "«لم يبق", id="aawsat_415146-bilqawl"),
    pytest.param(  # 3alyoum 2015-07-24
        "من جانبه، علق المتحدث الرسمي بالهلال الأحمر بمنطقة حائل محمد الطيار بقوله: “الحادث وقع بتاريخ 22-5-1436هـ، "
        "حيث ورد البلاغ إلى غرفة عمليات الهلال الأحمر بحائل”.", "علق",
        "المتحدث الرسمي بالهلال الأحمر بمنطقة حائل محمد الطيار", "“الحادث", id="3alyoum_2015-07-24-biqawlihi"),
])
def test_manner_adverb_is_no_part_of_the_source(text, cue, source, content_start):
    found = [a for a in _attributions(text) if a.cue.text == cue]
    assert [a.source.text for a in found] == [source]
    assert found[0].content.text.startswith(content_start)


def test_went_on_saying_is_a_cue():
    # aawsat 2015-07-24, article 413926: "وتابع بالقول إن"; the first sentence, naming him, is written here
    text = ("وقال العالم الفلكي إن المهمة ناجحة. وتابع بالقول إن اكتشاف القطر الحقيقي لبلوتو يعد من أهم نتائج مهمة "
            "«نيو هورايزونز».")
    found = [a for a in _attributions(text) if a.cue.text == "وتابع"]
    assert [(a.source.text, a.source.resolved) for a in found] == [("العالم الفلكي", "carryover")]
    assert found[0].content.text.startswith("اكتشاف القطر")


def test_transfer_inside_an_adjunct_is_no_speaker():
    # sabq 2015-07-24 (QBCgde; the husband of the teacher who died at Tabuk University; real_disputes sabq_4bd1aafa60):
    # نقل "the transfer" inside "حول ملابسات نقل زوجته" is the adjunct's noun, not the verb نقل and its subject
    text = ("قال زوج المعلمة إن ابنته لم تقبل. وأوضح في حديث مع \"سبق\" حول ملابسات نقل زوجته من الجامعة للمستشفى، "
            "أنه تم نقل زوجتي من مكان سقوطها لمستوصف الجامعة بسيارتي الخاصة.")
    found = [a for a in _attributions(text) if a.cue.text == "وأوضح"]
    assert [(a.source.text, a.source.resolved) for a in found] == [("زوج المعلمة", "carryover")]


# Shape: the outlet spoken to, "لـ"الوطن"" written apart, read as the end of the source: 17 of 2,000 articles, 16 of
# 17 wrong (the guide: adjuncts such as في تصريح لـ"الصحيفة" are no part of the source).
@pytest.mark.parametrize(("text", "cue", "source"), [
    pytest.param(  # alwatan 2015-07-21, ArticleID 229739: a time word between the outlet and the content
        'وأوضح المشرف العام على المشروع عبدالمحسن بوحمد لـ"الوطن" أمس أن أعضاء الجماعة تجاوزوا الـ1000 عضو يمثلون '
        'مختلف الفصائل.', "وأوضح", "المشرف العام على المشروع عبدالمحسن بوحمد", id="alwatan_229739-outlet-time"),
    pytest.param(  # alwatan 2015-07-24, ArticleID 229909: a name in apposition, then the outlet and a colon
        'وقال نائب مدير المستشفى، الدكتور يوسف تكروري لـ"الوطن": تم تقديم الإسعاف له بشكل مستعجل ولكن دون جدوى.',
        "وقال", "نائب مدير المستشفى، الدكتور يوسف تكروري", id="alwatan_229909-apposition-outlet"),
    pytest.param(  # real aawsat_fb2155bf4d (tests/data/real): the office's own لـ«...» stays, the outlet goes
        "وقال عبد الرحمن الفهد مساعد المدير العام لـ«الخطوط السعودية» للعلاقات العامة والإعلام لـ«الشرق الأوسط»، إن "
        "الرحلات زادت.", "وقال", "عبد الرحمن الفهد مساعد المدير العام لـ«الخطوط السعودية» للعلاقات العامة والإعلام",
        id="aawsat_fb2155bf4d-office-genitive"),
])
def test_outlet_spoken_to_is_no_part_of_the_source(text, cue, source):
    assert [a.source.text for a in _attributions(text) if a.cue.text == cue] == [source]


@pytest.mark.parametrize(("text", "source"), [
    pytest.param(  # 3alyoum 2015-07-24: the outlet written apart, a comma, then the complementizer
        "فيما أكد عادل الشجاع القيادي بحزب المؤتمر الشعبي العام لـ”رويترز”، أن هناك مفاوضات في القاهرة.",
        "عادل الشجاع القيادي بحزب المؤتمر الشعبي العام", id="3alyoum_2015-07-24-outlet-comma"),
    pytest.param(  # aleqtisadiya 2015-08-01, article_977983: the outlet's name unquoted
        "وأفاد مصدر لـ الاقتصادية، بأن وزارة الشؤون الاجتماعية مستعدة لإصدار تراخيص جمعيات خيرية.",
        "مصدر", id="aleqtisadiya_977983-outlet-unquoted"),
    pytest.param(  # okaz 2015-07-20 issue (Con20150720784588): the office's own body in quotes stays
        "أكد إسماعيل هنية نائب رئيس المكتب السياسي لحركة «حماس»، أن الزيارة كانت ناجحة ومثمرة.",
        "إسماعيل هنية نائب رئيس المكتب السياسي لحركة «حماس»", id="okaz_784588-office-body"),
])
def test_outlet_before_a_comma(text, source):
    assert [a.source.text for a in _attributions(text)][:1] == [source]


# Shape: a claim of responsibility, "أعلن X مسؤوليته عن" (the guide: تبنى مسؤولية, announce), with the noun read into
# the source; a teh marbuta before a pronoun is written ت ("مسؤوليته").
def test_claim_of_responsibility_is_the_content():
    # alriyadh 2015-07-26, article 1067908 (the Taliban), and real_disputes alriyadh_5a2ccb7547 (ISIS)
    found = _attributions("وأعلنت حركة طالبان مسؤوليتها عن الهجوم قائلة إن موقعا أمنيا سقط في أيديهم.")
    assert [(a.cue.text, a.source.text, a.content.text) for a in found][0] == ("وأعلنت", "حركة طالبان", "مسؤوليتها عن الهجوم")


def test_letter_written_apart_is_no_speaker():
    # alweeam 2015-07-21, article 348439: "، و أكد الشايع" (the conjunction written apart), the speaker named before
    text = ("وكان مدير عام الشؤون الصحية بمنطقة القصيم الدكتور سلطان الشايع، وقف ميدانياً على آلية تشغيل المرحلة "
            "الأولى، و أكد الشايع، بأن مراحل سير العمل بالمشروع تسير وفق جدول زمني محدد.")
    found = [a for a in _attributions(text) if a.cue.text == "أكد"]
    assert found and found[0].source.text != "و" and "الشايع" in found[0].source.text
    # "د." and "م." are titles, not letters written apart (okaz 2015-08-01: "واوضح د. أبو طالب بأنه")
    assert [a.source.text for a in _attributions("وأوضح د. أبو طالب بأنه تم مباشرة جميع مديري المواقع الصحية.")] \
        == ["د. أبو طالب"]


def test_then_he_said_after_a_comma_is_a_clause_of_its_own():
    # aawsat 2015-07-21 (Faten Hamama's memoirs): "...، ثم قال لي يوسف شاهين إن والد عمر مريض"
    text = ("والغريب أن كاتب الحوار كان السيناريست المعروف على الزرقاني شقيق عبد الرحيم، ثم قال لي يوسف شاهين إن "
            "والد عمر مريض وإنه لم يتمكن من مغادرة الإسكندرية.")
    found = _attributions(text)
    assert [a.cue.text for a in found] == ["قال"]  # a row of its own (it was one with "ثم" for its speaker)
    assert found[0].source.text != "ثم" and "والد عمر مريض" in found[0].content.text
    # (its speaker after the one spoken to, "قال لي يوسف شاهين إن", is not found yet: left as it was)


# Shape: a speech verb after كأن / كأنما ("as if") is a simile: nothing was said (attribution_words.tsv, not_said;
# 18 such verbs in the archive, e.g. "وكأنها تنفي تهمة" in aawsat 2015-07-21, article 402646).
@pytest.mark.parametrize("text, cue", [
    pytest.param(  # al-jazirah 2015-07-22, sp11
        "الأحمري بهذه الإجابة كأنه يقول: إن اللجنة لن تعمل شيئاً لتطوير التحكيم فكل شيء متوفر!!",
        "يقول", id="aljazirah_sp11-kaannahu-yaqul"),
    pytest.param(  # aleqtisadiya 2015-07-23, article 975523
        "ولا يزال الشهيل الذي توقف عن ممارسة الركض مع فريقه الذي قدم إليه من الشباب، لعدم استلامه مستحقاته المالية "
        "المتأخرة، في موقفه رافضا التنازل عنه، ضاربا بالتوقعات التي أشارت إلى توصله إلى حل مع البلوي وأنه سيكون حاضرا "
        "في المعسكر الخارجي مع بقية زملائه، عرض الحائط، وكأنه يشير إلى أنه سيبقى هكذا أي لن يشارك مع الفريق إلى حين السداد.",
        "يشير", id="aleqtisadiya_975523-kaannahu-yushir"),
])
def test_a_verb_after_as_if_reports_nothing(text, cue):
    found = _attributions(text)
    assert cue not in [a.cue.text.removeprefix("و") for a in found]


# Shape: an apposition, an aside or a relative clause on the source after the verb, up to the one spoken to or to the
# complementizer, was read as the start of the content (12 of one day's aawsat attributions; on four real days 52 and
# then 116 rows changed, judged blind). The mention runs on over a name or a title (the guide's apposition), not over a
# relative clause or an adjunct; the content opens after the complementizer or colon.
@pytest.mark.parametrize("text, cue, source, opens", [
    pytest.param(  # aawsat 2015-07-27, a025e58ca24c8
        "ويقول الصحافي فؤاد المسلمي، من مدينة تعز، لـ«الشرق الأوسط» إن «المسلحين الحوثيين طلبوا تعزيزات ضخمة».",
        "ويقول", "الصحافي فؤاد المسلمي", "«المسلحين", id="aawsat_a025e58ca24c8-aside-audience"),
    pytest.param(  # aawsat 2015-07-27, ab34018d77390
        "وفي السياق ذاته، قال الصحافي الكردي المقرب من حزب العمال الكردستاني، دياري محمد، لـ«الشرق الأوسط»: «حلقت "
        "طائرات (درون) إيرانية أمس ولأول مرة في سماء المناطق التي توجد فيها قوات حماية الشعب».",
        "قال", "الصحافي الكردي المقرب من حزب العمال الكردستاني، دياري محمد", "«حلقت", id="aawsat_ab34018d77390-name-after-comma"),
    pytest.param(  # aawsat 2015-07-27, ac68501885d39
        "وبدوره، صرح الدكتور عادل الشجاع، عضو الأمانة العامة (المكتب السياسي) لحزب المؤتمر الشعبي العام، الذي يتزعمه "
        "المخلوع صالح لـ«الشرق الأوسط» إن «المؤتمر لا تعنيه الهدنة لا من قريب أو بعيد».",
        "صرح", "الدكتور عادل الشجاع، عضو الأمانة العامة (المكتب السياسي) لحزب المؤتمر الشعبي العام", "«المؤتمر",
        id="aawsat_ac68501885d39-relative-audience"),
    pytest.param(  # aawsat 2015-07-21, a0dcfccc0e7df
        "من جانبها، قالت منظمة الأمن والتعاون في أوروبا التي تراقب وقف اطلاق النار، ان كلا الجانبين لم يسحب المدفعية "
        "الثقيلة من خط المواجهة كما يطالب الاتفاق.",
        "قالت", "منظمة الأمن والتعاون في أوروبا", "كلا الجانبين", id="aawsat_a0dcfccc0e7df-relative-comma"),
    pytest.param(  # aawsat 2015-07-21, a8a96738421a1
        "من جهة أخرى، أوضح الدكتور أحمد الأنصاري وهو مستشار أمني، أن أصحاب الفكر الإرهابي والإجرامي لجأوا إلى المساجد.",
        "أوضح", "الدكتور أحمد الأنصاري وهو مستشار أمني", "أصحاب الفكر", id="aawsat_a8a96738421a1-wahuwa-comma"),
    pytest.param(  # aawsat 2015-07-27, ae36ba1ff8304
        "وفي هذا الصدد، تساءل صادق فارامارضي، رئيس اتحاد الطلاب المسلمين في طهران: «لماذا يحتفلون؟ على المرء أن يحتفل "
        "بانتصارات المقاومة وليس انسحابها».",
        "تساءل", "صادق فارامارضي، رئيس اتحاد الطلاب المسلمين في طهران", "«لماذا", id="aawsat_ae36ba1ff8304-title-colon"),
    pytest.param(  # aawsat 2015-07-21, a4418d710ec40: وهي + a verb is a clause on the speaker, not a title
        "وقالت مهرتياب وهي تتدثر بعباءة سوداء، بأنهم يأكلون الأرز والخضراوات ثلاث مرات في اليوم.",
        "وقالت", "مهرتياب", "يأكلون", id="aawsat_a4418d710ec40-wahiya-verb"),
    pytest.param(  # aawsat 2015-07-21, a1a16f167aa6a
        "ويقول الفريق مميش، وهو يراقب تدفق المياه في المجرى الجديد: هذا أبلغ رد على كل من شكك في خروج المشروع للنور.",
        "ويقول", "الفريق مميش", "هذا أبلغ", id="aawsat_a1a16f167aa6a-wahuwa-verb"),
])
def test_an_aside_on_the_source_is_not_the_content(text, cue, source, opens):
    _one_reading(text, cue, source, opens)


def test_a_title_an_aside_on_what_it_names_then_the_name():
    # almadina 2015-07-27 (3477a36e22, real_disputes2 E2-005): the spokesman's denial of what was attributed to his
    # leader; the name after the aside was read as the start of what he denied
    text = ("إلى ذلك، نفى المتحدث الرسمي باسم انصار الله، وهي التسمية التي يستخدمها المتمردون الحوثيون، محمد عبد السلام "
            "على صفحته على فيسبوك الاحد ما نقل عن زعيمهم عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة التي اعلنها "
            "التحالف العربي بقيادة المملكة ابتداء من منتصف الليل في اليمن.")
    _one_reading(text, "نفى", "المتحدث الرسمي باسم انصار الله، وهي التسمية التي يستخدمها المتمردون الحوثيون، محمد عبد السلام",
                 "ما نقل عن زعيمهم")


# Shape: "أما X فـ<verb>": the topic أما opens is the subject of the verb that ف joins; the ف was read as opening a
# clause of its own and the speaker before was carried over (of 85 such sentences on the twelve days, 14 wrong or missing;
# 15 rows of the twelve days changed, judged blind: see the closing note of issue 13, thirtieth session).
@pytest.mark.parametrize("text, cue, source, opens", [
    pytest.param(  # alyaum 2015-07-26 (article 1213 of the day file); the first clause is the one before it
        "وقال سعيد الأحمري لا اعلم ما سبب ترك الموقع الجديد والبحث عن مبنى مستأجر في موقع غير مناسب، أما محمد هارون فقال "
        "إن الموقع يقع مع المجمع المخصص للدوائر الحكومية قرب المحكمة.",
        "فقال", "محمد هارون", "الموقع يقع", id="alyaum_0726_1213-amma-name"),
    pytest.param(  # okaz 2015-08-01 (1132): the third of three speakers
        "•• يقول عضو في الاتحاد السعودي لكرة القدم: الهدف من اختيار بريطانيا هو التعريف بكرة القدم السعودية، وقال آخر: "
        "الهدف مالي، أما الثالث فقال: اعترضت ولم يقبل اعتراضي!",
        "فقال", "الثالث", "اعترضت", id="okaz_0801_1132-amma-third"),
    pytest.param(  # sabq 2015-07-22 (1936): a name in quotation marks
        "أما \"رامي الصيعري\" فيقول: الاستراحات هي المنتزه الوحيد للعوائل الذين يبحثون عن الخصوصية.",
        "فيقول", "رامي الصيعري", "الاستراحات", id="sabq_0722_1936-amma-quoted"),
])
def test_the_topic_of_amma_speaks(text, cue, source, opens):
    _one_reading(text, cue, source, opens)


# Shape: the one who speaks is misread where the grammar tells who it is (each sentence from the real article named;
# every assertion failed before the session's rule).
@pytest.mark.parametrize("text, cue, source", [
    pytest.param(  # aljazirah 2015-07-21 (191), an interview: the one interviewed, not "إذا"; the first sentence is
        # written here to name him as the article's questions do
        "وقال الزيد إن الخبير لديه الإمكانيات والخبرات، أما إذا كان وجوده مجرد آراء فنية واستشارات فقط فأعتقد أن "
        "الفائدة ستكون قليلة أو معدومة.",
        "فأعتقد", "الزيد", id="aljazirah_0721_191-condition-after-amma"),
    pytest.param(  # aawsat 2015-07-23 (73): "أما بالنسبة إلى ..." says what the topic is; the speaker is named after
        # the verb (the topic was taken for the source in 12 rows of the twelve days)
        "أما بالنسبة إلى «التوسع الإيراني» في المنطقة، فقد رأى المشنوق أن طهران «قادرة على أن تكون جزءا من الفوضى، "
        "لكنها غير قادرة أن تخلق وضعا ثابت الشرعية».",
        "رأى", "المشنوق", id="aawsat_0723_73-what-the-topic-is-about"),
    pytest.param(  # aawsat 2015-07-21, 409811: "المؤيدون للاتفاق" shares only "للاتفاق" with the critic named before;
        # a name never carries a preposition fused to ال, so it is no short form of his mention
        "ويشرح مارك دوبوويتز، المدير التنفيذي لمؤسسة الدفاع عن الديمقراطيات وأحد أشد المنتقدين للاتفاق حتى قبيل "
        "إبرامه: «كل ما على إيران فعله هو تلمس سبيل الصبر والنفس الطويل سعيا وراء السلاح النووي».\n\n"
        "أما المؤيدون للاتفاق فيقولون: إنه لم تكن هناك فرصة أمام الولايات المتحدة وشركائها في التفاوض لإيقاف "
        "البرنامج النووي الإيراني بصورة كاملة.",
        "فيقولون", "المؤيدون للاتفاق", id="aawsat_409811-group-no-bare-name"),
    pytest.param(  # aawsat 2015-07-21, 382146 (the interview with راغب علامة): a woman who speaks takes a feminine verb
        # (ووصفت الفنانة), so الفنانة أليسا is what he described, not the speaker
        "وقال الفنان راغب علامة إن تجربته كانت ممتازة. "
        "ووصف الفنانة أليسا بأنها النجمة الأولى حاليا على الساحة الفنية، ولديها جمهور واسع جدا.",
        "ووصف", "الفنان راغب علامة", id="aawsat_382146-womans-title-is-object"),
    pytest.param(  # aawsat 2015-07-21, 386821: لفتت is لفت + ت (she); the actress is its subject (the rule above first
        # took her for an object after a "masculine" لفتت)
        "ولفتت الممثلة المصرية إلى أن الممثلين المشاركين في المسلسل جعلوا العمل يتسم بالتميز.",
        "ولفتت", "الممثلة المصرية", id="aawsat_386821-feminine-of-lemma-in-teh"),
    pytest.param(  # okaz 2015-07-25, Con20150725785498: a plural cue with no subject of its own hangs on the plural of
        # a participle after ال (of 103 rows of the twelve days the first version changed, judged blind: new right
        # 62, old 9; without ال it is left out: "مقتنعون" is a predicate, real_blind aawsat_922b0c2ff5)
        "وفي البيان الختامي الذي قرأه المجتمعون أمس، أشاروا إلى أن الوثيقة تدعو إلى تنفيذ بيان جنيف الموقع في الثلاثين "
        "من يونيو 2012.",
        "أشاروا", "المجتمعون", id="okaz_0725_785498-participle-plural"),
])
def test_the_grammar_names_the_speaker(text, cue, source):
    said = [a for a in _attributions(text) if a.cue.text == cue]
    assert [a.source.text for a in said] == [source]


@pytest.mark.parametrize("word, definite, plural", [
    ("مؤيدون", True, True), ("محتجون", True, True),
    ("مقتنعون", False, False),  # without ال a predicate ("المزارعون ... مقتنعون"), real_blind aawsat_922b0c2ff5
    ("مضمون", True, False), ("مسجون", True, False),  # three letters before ون: a singular
])
def test_participle_plurals_of_people(word, definite, plural):
    from claimtrack.attribution.agreement import sound_masculine_plural
    from claimtrack.lexicon.grammar import grammar
    from claimtrack.normalize import fold
    assert sound_masculine_plural(fold(word), grammar(), definite=definite) is plural
