"""Content spans on new real text (tests/data/real_fresh2): each sentence is the construction as an article of
that sample (named in the test) wrote it, and the rows are what its gold says."""

from claimtrack import extract_attributions, parse_article


def _rows(sentence: str) -> list[tuple[str, str, str]]:
    article = parse_article(sentence, id="case")
    rows = extract_attributions(article)
    for a in rows:
        assert article.text[a.content.span.start : a.content.span.end] == a.content.text
    return [(a.cue.text, a.source.text, a.content.text) for a in rows]


def test_an_accusation_in_quote_marks_after_the_participle_is_its_own_attribution():
    # aawsat_073339f615: "، متهما «قوى سوداء» بنشر ...": the accused in quote marks, then the ب of the accusation;
    # the participle ends the first content ("بقوة اليوم (الجمعة)" at its head is left: see the README's after)
    rows = _rows("نفى الرئيس التركي رجب طيب إردوغان بقوة اليوم (الجمعة) الاتهامات أن تركيا تساعد تنظيم داعش، "
                 "متهما «قوى سوداء» بنشر دعاية إعلامية خاطئة حول بلاده.")
    assert [r[0] for r in rows] == ["نفى", "متهما"]
    assert rows[0][2].endswith("الاتهامات أن تركيا تساعد تنظيم داعش")
    assert rows[1][1:] == ("الرئيس التركي رجب طيب إردوغان", "«قوى سوداء» بنشر دعاية إعلامية خاطئة حول بلاده")


def test_an_accusation_participle_with_the_verbal_noun_first_is_the_passive():
    # SaudiNewsNet 2015-08-02, alyaum.com/article/4081445 (unannotated): "و66 آخرين متهمين «بتشكيل ...»" are the accused
    rows = _rows("ارجأت محكمة جنايات مصرية السبت النطق بالحكم على محمد الظواهري و66 آخرين متهمين «بتشكيل تنظيم "
                 "ارهابي مرتبط بالقاعدة»، حسب ما افاد الاعلام الرسمي.")
    assert [r[0] for r in rows] == ["حسب ما"]


def test_news_named_by_its_topic_is_content_not_a_back_reference():
    # aawsat_073339f615, the headline: "الاتهامات حول ..." says which accusations; "نفى الاتهامات" alone points back
    assert _rows("إردوغان ينفي الاتهامات حول مساعدة تركيا لـ«داعش»") == [
        ("ينفي", "إردوغان", "الاتهامات حول مساعدة تركيا لـ«داعش»")]
    assert _rows("ونفى الوزير الاتهامات.")[0][2] == "الاتهامات"


def test_alima_bi_anna_opens_the_outlets_own_clause():
    # aawsat_258eff244f: "، علما بأن الرئيس المكلف ... أكد": the journalist's formula, as علما أن; the speech
    # inside it is top-level
    rows = _rows("أعلنت إدارة نادي الشباب المكلفة عن فتح باب الترشح لرئاسة مجلس الإدارة ولعضوية المجلس خلال أسبوعين "
                 "بدءا من يوم الجمعة الماضي، وحسب الأنظمة المتبوعة، علما بأن الرئيس المكلف عبد الله القريني أكد "
                 "لأعضاء شرف النادي الفاعلين عدم قدرته على الاستمرار على كرسي الرئاسة رغم قرار التكليف.")
    assert rows[0][2] == ("فتح باب الترشح لرئاسة مجلس الإدارة ولعضوية المجلس خلال أسبوعين بدءا من يوم الجمعة "
                          "الماضي، وحسب الأنظمة المتبوعة")
    assert rows[1][:2] == ("أكد", "الرئيس المكلف عبد الله القريني")


def test_a_participle_after_an_indefinite_noun_is_its_adjective():
    # SaudiNewsNet alyaum.com/article/4081844 (unannotated): "وسبع كيانات متهمة بمساعدة نظام": accused of; after a
    # definite object the participle is the speaker's own ("أدان الوزير الهجوم منددا باستهداف", as aawsat's Suruc row
    # "أدانت مصر بقوة العملية ...، منددة بكل العمليات")
    rows = _rows("وقالت وزارة الخزانة الاميركية ان العقوبات الجديدة تستهدف اربعة افراد وسبع كيانات متهمة بمساعدة "
                 "نظام بشار الاسد.")
    assert [r[0] for r in rows] == ["وقالت"]
    assert [r[0] for r in _rows("أدان الوزير الهجوم منددا باستهداف المدنيين.")] == ["أدان", "منددا"]


def test_a_quotation_never_closed_keeps_the_speakers_participles():
    # alwatan_0697376184: the quotation opened after إن is never closed; "مطالبة صدام" inside it is the speaker's
    # account (the Kingdom demanding), not a new attribution that would end the quotation
    rows = _rows('وقال مساعد وزير الخارجية المصري السابق الدكتور عبدالله الأشعل لـ"الوطن"، إن "المملكة كان لها الدور '
                 'الأكبر في التصدي لأطماع صدام حسين، ومنذ اللحظة الأولى لغزو الكويت قبل ربع قرن، تعاملت المملكة بحزم '
                 'مطالبة صدام بالانسحاب من الكويت، خاصة أن الاحتلال العراقي للكويت كان يمثل تحديا لمجلس التعاون الخليجي.')
    assert [r[0] for r in rows] == ["وقال"]
    assert rows[0][2].endswith("كان يمثل تحديا لمجلس التعاون الخليجي")


def test_a_quotation_followed_by_the_outlets_explanation_ends_at_its_mark():
    # aljazirah_e21b2d77c9: "قائلاً «...»، حيث اقتصرت مشاركاته ...": the words are the quotation; حيث opens the outlet's
    # explanation, as after a noun phrase
    rows = _rows("ورغم هذا، لا يزال مصير نافاس (28 عاماً) مع الريال معلقاً وغامضاً، وهو ما أشار إليه نافاس نفسه بعد نهاية "
                 "الموسم الماضي قائلاً «الله وحده يعلم ما إذا كنت سأستمر مع الريال»، حيث اقتصرت مشاركاته مع الفريق على "
                 "دقائق قليلة في الموسم الماضي.")
    assert rows[-1][0] == "قائلاً" and rows[-1][2] == "«الله وحده يعلم ما إذا كنت سأستمر مع الريال»"


def test_an_aside_between_two_dashes_stays_inside_a_noun_phrase_content():
    # alweeam_75da7e5bee: "حاجته لشغل وظائف شاغرة – للرجال وللنساء – مشمولة بالكادر الصحي"; the same holds for the
    # honorific asides of unannotated SaudiNewsNet rows ("خادم الحرمين الشريفين - أيده الله - على ما يجده لبنان");
    # one dash with no second still ends it (aawsat_3100baf000, in attribution_cases.jsonl)
    rows = _rows("أعلن المختبر الصحي الوطني بوزارة الصحة عن حاجته لشغل وظائف شاغرة – للرجال وللنساء – مشمولة بالكادر "
                 "الصحي، وإدارية على برنامج التشغيل الذاتي.")
    assert rows == [("أعلن", "المختبر الصحي الوطني بوزارة الصحة", "حاجته لشغل وظائف شاغرة – للرجال وللنساء – مشمولة "
                     "بالكادر الصحي، وإدارية على برنامج التشغيل الذاتي")]


def test_a_verb_with_its_object_pronoun_after_lakinnahu_is_a_cue_that_ends_the_content_before_it():
    # aleqtisadiya_bdd33cb692: "ورحب رئيس النقابة بقرار ...، ولكنه وصفها بغير الكافية": the pronoun on لكن is the
    # subject, as و would join the verb; the welcome ends before it
    rows = _rows("ورحب رئيس النقابة بقرار المفوضية الأوروبية توسيع تدابير الدعم المالي للقطاع الزراعي الأوروبي، ولكنه "
                 "وصفها بغير الكافية لتغطية الخسائر التي تكبدها قطاع اللحوم.")
    assert [(r[0], r[1]) for r in rows] == [("ورحب", "رئيس النقابة"), ("وصفها", "رئيس النقابة")]
    assert rows[0][2] == "قرار المفوضية الأوروبية توسيع تدابير الدعم المالي للقطاع الزراعي الأوروبي"
    assert _rows("إصلاح وصفها بـ«العاجلة».") == []


def test_a_listed_proposition_noun_after_the_verb_is_the_content_not_the_speaker():
    # alwatan_0697376184: "كما أكدت ضرورة تفعيل اتفاقية الدفاع العربي المشترك": the subject is dropped (the summit of
    # the sentence before); ضرورة governs the verbal noun after it and is no speaker
    rows = _rows("كما أكدت ضرورة تفعيل اتفاقية الدفاع العربي المشترك.")
    assert [(r[0], r[2]) for r in rows] == [("أكدت", "ضرورة تفعيل اتفاقية الدفاع العربي المشترك")]
    assert rows[0][1] != "ضرورة"


def test_a_feminine_participle_after_an_indefinite_noun_with_its_preposition_is_an_adjective():
    # 3alyoum_8ee3457cb9: "بفرض قيود مشددة على دخول المواطنين" (strict restrictions on entry), no speaker's emphasis;
    # unannotated SaudiNewsNet rows have the same: "250 حالة مؤكدة على الأقل", "أحكام مشددة على 10 شبان"
    rows = _rows("كما أدانت القرارات والإجراءات الإسرائيلية العنصرية بفرض قيود مشددة على دخول المواطنين الفلسطينيين "
                 "إلى المسجد الذين تقل أعمارهم عن الخمسين عاما.")
    assert "مشددة" not in [r[0] for r in rows]
    rows = _rows("وأشارت الوزارة إلى أن القدس بحاجة ماسة لوقفة عربية، مطالبة الدول كافة باتخاذ ما يلزم من إجراءات.")
    assert [r[0] for r in rows] == ["وأشارت", "مطالبة"]


def test_the_complementizer_after_a_colon_is_no_content():
    # sabq_7458ceeb3c: "قالت "بوينج": إن القطعة المعدنية تزن 60 كجم": the guide leaves إن out after a colon as after the
    # verb (gold of real/alyaum_af36792e4a, real_fresh/okaz_529e683216 and 12 more rows); the conditional إن before
    # كان is content
    assert _rows("وقال محمد عبدالله العمري: إن الكادي والريحان من النباتات العطرية القديمة.")[0][2] == \
        "الكادي والريحان من النباتات العطرية القديمة"
    assert _rows("وقال الوزير: إن كان هناك تقصير فسنحاسب المسؤولين.")[0][2] == "إن كان هناك تقصير فسنحاسب المسؤولين"


def test_parentheses_written_for_quote_marks_after_a_colon_hold_the_whole_quotation():
    # aljazirah_6ecd8e1292: "قال ابن منظور في لسان العرب: (الكشخان: الديوث، وهو دخيل ...)": the dictionary's words, in
    # parentheses, run to the closing one; "، وهو" inside them is no comment of the outlet's
    rows = _rows("قال ابن منظور في لسان العرب: (الكشخان: الديوث، وهو دخيل في كلام العرب، ويقال للشائت، لا تكشخ فلاناً).")
    assert rows[0][2] == "(الكشخان: الديوث، وهو دخيل في كلام العرب، ويقال للشائت، لا تكشخ فلاناً)"


def test_a_fronted_according_marker_is_the_via_of_the_speech_verb_after_it():
    # sabq_7458ceeb3c: "وحسب وكالة "فرانس برس"، قالت "بوينج": إن ...": the speaker is the quoted name before the colon
    # (sabq writes every speaker so: "وقال "الجاسر": "..."" in unannotated rows), the agency the outlet's channel
    article = parse_article('وحسب وكالة "فرانس برس"، قالت "بوينج": إن القطعة المعدنية تزن 60 كجم، وقد سقطت الاثنين؛ '
                            'مشددة على أن الحادث لم يؤدِّ إلى إصابات.', id="case")
    rows = extract_attributions(article)
    assert [(a.cue.text, a.source.text) for a in rows] == [("قالت", "بوينج"), ("مشددة", "بوينج")]
    assert [v.text for v in rows[0].source.via] == ['وكالة "فرانس برس"']
    assert rows[0].content.text.startswith("القطعة المعدنية تزن 60 كجم")
    # "وحسب مصادر أفغانية مطلعة، تحدثت لـ«الشرق الأوسط»، فإن ..." (SaudiNewsNet aawsat, unannotated): the verb
    # describes the sources and has no speaker of its own; the marker stays
    assert _rows("وحسب مصادر أفغانية مطلعة، تحدثت لـ«الشرق الأوسط»، فإن 3 قادة بارزين مرشحون لخلافة الملا عمر.")[0][0] \
        == "وحسب"
