"""Dispute marks on a real day (issue 13, helper "day"): the wrong marks a reader of 2015-08-01 (SaudiNewsNet,
first 1,400 articles) found, each kind of cause held as a unit test of the construction in the real article."""

import datetime as dt

from claimtrack import Corpus, contradictions, parse_article
from claimtrack.contradiction.marks import mark_attributions, narration_claims

DISPUTES = ("denies", "contradicts", "updates", "disagrees")


def _disputes(*articles):
    corpus = Corpus(list(articles))
    marks = [m for m in contradictions(corpus) if m.dispute in DISPUTES]
    by_id = mark_attributions(corpus, marks)
    return [(m.dispute, by_id[m.a].content.text, by_id[m.b].content.text) for m in marks]


# 3alyoum a19c98b2f68e2 ("طالبان باكستان تنفي وفاة مؤسس شبكة حقاني") and a1f3640c2f014 ("أنباء متضاربة عن وفاة
# مؤسس “شبكة حقاني” في أفغانستان"), sentences as printed.
DENIAL = ("نفت حركة طالبان باكستان اليوم السبت “الشائعات” حول وفاة جلال الدين حقاني مؤسس الشبكة التي تحمل اسمه "
          "وحليف حركة التمرد هذه، وذلك غداة تعيين نجله سراج الدين في الفريق القيادي للشبكة.\n\n"
          "واكد مقاتلو طالبان باكستان السبت على موقعهم الالكتروني ان جلال الدين حقاني الذي سيبلغ السبعين من العمر "
          "“كان مريضا لكن صحته تحسنت منذ بعض الوقت وليس لديه اي مشكلة”. واضافوا ان “الشائعات المتعلقة بموت جلال "
          "الدين حقاني (…) لا اساس لها”.\n\n"
          "سمات جلال الدين حقاني حقاني طالبان وفاة")
FAMILY = ("وقال احد افراد العائلة “مولاي جلال الدين حقاني بات بدون شك هرما ويعاني أمراضا مختلفة لكنه بفضل الله آمن "
          "وسليم وعلى قيد الحياة.”\n\n"
          "لكن شخصا آخر في العائلة قال إن التقارير صحيحة. وقال لرويترز إن حقاني “توفي نتيجة نزيف في المخ قبل عام "
          "ونصف العام. ودفن في منطقة زادران في إقليم خوست.”")


def test_a_denial_of_a_death_agrees_with_the_person_alive():
    # "نفت ... الشائعات حول وفاة جلال الدين حقاني" and "الشائعات المتعلقة بموت ... لا اساس لها" side with "آمن
    # وسليم وعلى قيد الحياة": neither denies nor contradicts it; "توفي نتيجة نزيف في المخ" still contradicts it
    # and is still denied
    found = _disputes(parse_article(DENIAL, id="a19c98b2f68e2", outlet="3alyoum", published=dt.date(2015, 8, 1)),
                      parse_article(FAMILY, id="a1f3640c2f014", outlet="3alyoum", published=dt.date(2015, 8, 1)))
    alive = [f for f in found if any("قيد الحياة" in t for t in f[1:])]
    assert alive and all(any("توفي" in t for t in f[1:]) for f in alive), alive
    assert all(not ("وفاة" in a and "قيد الحياة" in b or "وفاة" in b and "قيد الحياة" in a)
               for _, a, b in found if "توفي" not in a + b)


def test_a_page_tag_line_and_verses_are_no_claims():
    # the tag line under 3alyoum a19c98b2f68e2 ("سمات ...") and the verses of "رحيل سعود" (alyaum a576ff676e805),
    # read as the outlet's own statements, were denied by the poem's commentary and by Taliban's denial
    poem = "رحيل سعود\n\nوداع يا صوتٍ يهز المنابر\n\nوداع يا اللي كل ما حار حاير\n\nارحل وللعدوان كسر الخواطر"
    corpus = Corpus([parse_article(DENIAL, id="a19c98b2f68e2"), parse_article(poem, id="a576ff676e805")])
    told = [c.attribution.content.text for c in narration_claims(corpus)]
    assert not any(t.startswith(("سمات", "وداع", "ارحل")) for t in told), told
    # a sentence of the outlet's that ends in a stop is still one
    news = parse_article("مصرع 7 وإصابة 9 في حوادث مرورية\n\nلقي شخصان مصرعهما وأصيب 4 آخرون إثر تصادم على طريق الدمام.", id="ab59e03ddcb77")
    assert [c.attribution.content.text for c in narration_claims(Corpus([news]))] == [
        "لقي شخصان مصرعهما وأصيب 4 آخرون إثر تصادم على طريق الدمام."]


def test_one_outlet_listing_deaths_tells_several_persons_fates():
    # alyaum a1cd924b2a80a ("الجندي السعودي الشهيد.. ورصاصة في ظهر الوطن"): four bullets, four soldiers, four
    # dates; not "two times of one death"
    text = ("الجندي السعودي الشهيد.. ورصاصة في ظهر الوطن\n\nأربع رصاصات, الأولى قتلت الجندي عبدالعزيز عسيري بتاريخ 22-2-1436هـ. والثانية قتلت الجندي رائد المطيري "
            "بتاريخ 29-2-1436هـ. والثالثة قتلت العريف ماجد القحطاني بتاريخ 15-6-1436هـ. والأخيرة وقبل عدة ايام قتلت "
            "الجندي سامي الحربي.")
    assert _disputes(parse_article(text, id="a1cd924b2a80a", outlet="alyaum", published=dt.date(2015, 8, 1))) == []


def test_tolls_of_two_named_places_of_one_war_are_two_events():
    # 2015-08-01: alyaum aac3cb16565bc ("مقتل ثمانية عشر حوثياً ... في مدينة الضالع") against alyaum ae3981da6f671
    # ("25 حوثياً قتلوا ... بمدينة مأرب") and aawsat a397547a565c9 ("في منطقة خارف ... مقتل 13 مسلحا حوثيا"):
    # three battles in Yemen, no disagreement; alwatan ab67d38913f53 ("مركز المسيال بقطاع ظهران الجنوب") and
    # a1cb93b912d4a ("بقطاع الطوال بمنطقة جازان"): two border posts
    from claimtrack.contradiction.localities import localities_apart

    dhale = "مقتل ثمانية عشر حوثياً، خلال الاشتباكات التي اندلعت بين الطرفين، في مدينة الضالع جنوبي اليمن"
    marib = "25 حوثياً قتلوا جراء قصف جوي شنته قوات التحالف على مواقعهم بمدينة مأرب شرقي اليمن"
    kharif = ("مسلحي المقاومة نصبوا كمينا لدورية من ميليشيات الحوثيين وقوات صالح في منطقة خارف، وأسفر الكمين عن "
              "مقتل 13 مسلحا حوثيا ومقتل أحد عناصر المقاومة")
    assert localities_apart(dhale, marib) and localities_apart(kharif, marib) and localities_apart(kharif, dhale)
    assert localities_apart("استشهاد ثلاثة وإصابة سبعة من عناصر حرس الحدود في مركز المسيال بقطاع ظهران الجنوب",
                            "تعرضت أمس دورية مساندة من قوة المجاهدين بقطاع الطوال بمنطقة جازان لمقذوف عسكري")
    # one place named by both, with or without its head: the same town's toll (16 / 46 in Rutba disagree:
    # alyaum a2b21acfed06a, aawsat a73f414ea564d); "المحافظة" refers back and names none
    rutba = "طائرة عسكرية عراقية أطلقت صاروخين على أحد المنازل وسط قضاء الرطبة ما أسفر عن مقتل 16 مدنيا"
    assert not localities_apart("قصف جوي طال أحياء سكنية وسط مدينة الرطبة مما أسفر عن مقتل 46 مدنيا", rutba)
    assert not localities_apart("غارات عنيفة على مواقع الحوثيين في منطقة الجفينة والبلق جنوب غرب مأرب",
                                "إحدى الغارات في جبهة الجفينة جنوب غربي المحافظة استهدفت عربة مدرعة")
    # a statement naming no place inside the country (a running total) is not held apart by this
    assert not localities_apart(dhale, "مقتل 25 حوثياً وجرح 15 آخرين")


def test_what_a_figure_counts_from_the_word_just_before_it():
    # aawsat a397547a565c9: "قتلوا وجرح نحو 50 آخرين": 50 wounded, not killed; alyaum a2b21acfed06a: "مقتل وإصابة
    # 35 مدنيا" counts the dead and the wounded together (16 and 19 in its next sentence), neither alone
    from claimtrack.contradiction.measured import measured_figures

    text = "سبعة من الجنود اليمنيين قتلوا وجرح نحو 50 آخرين أمس في هجوم انتحاري"
    assert [(q.text, m) for q, m in measured_figures(text)] == [("نحو 50", "wounded")]
    assert measured_figures("مقتل وإصابة 35 مدنيا بينهم نساء وأطفال خلال قصف جوي للقوات العراقية") == ()


def _conflict(a, b):
    from claimtrack.contradiction.figures import figure_conflict
    from claimtrack.models import Mention
    from claimtrack.spans import Span

    return figure_conflict(Mention(a, Span(0, len(a))), Mention(b, Span(0, len(b))))


def test_parts_of_a_toll_dispute_no_toll():
    # okaz ab59e03ddcb77: the Red Crescent's breakdown by severity of the accident's wounded against its 4 wounded
    assert not _conflict("الحادث أسفر عن حالتي وفاة وإصابة حرجة وثلاث إصابات متوسطة",
                         "لقي شخصان مصرعهما وأصيب 4 آخرون إثر تصادم على طريق الدمام/الرياض بعد كوبري المعادن.")
    # aawsat a58d1ef25f449 / aljazirah a69b5a3da4c4c: Nusra's dead (a party to the war) against Division 30's
    assert not _conflict("18 شخصًا قتلوا من «النصرة» أمس، جراء ضربات التحالف والاشتباكات",
                         "وقتل خمسة من أفراد الفرقة 30 أثناء تصديهم للمهاجمين.")
    # the Omani bus crash: those in intensive care (a0aa31176b633) against the 27 wounded flown home
    assert not _conflict("وأن 13 مصابا في العناية المركزة حتى ظهر أمس فيما توفي تسعة أشخاص",
                         "أجلت طائرتان عسكريتان عمانيتان مساء أمس جثامين تسعة متوفين، و27 مصاباً")
    # one raid of several (a33d0e970918c) against the raids' toll (ae3981da6f671)
    assert not _conflict("إحدى الغارات في جبهة الجفينة استهدفت عربة مدرعة ودمرتها بالكامل وقتل 5 من طاقمها",
                         "غارات عنيفة شنتها مقاتلات التحالف على مواقع الحوثيين أسفرت عن مقتل 25 حوثياً")
    # still a disagreement: two speakers' tolls of the Duma arson (alriyadh a3d8cb2b6f67d, aleqtisadiya a398505a2fcdc)
    assert _conflict("ما أدى إلى استشهاد رضيع وإصابة أربعة من أفراد أسرته",
                     "استشهد رضيع فلسطيني وأصيب ثلاثة آخرون من عائلته أمس من جراء إحراق مستوطنين إسرائيليين منزلهم")


def test_a_place_named_after_two_heads():
    # alwatan a957fff3cd888: "منطقة جبل يسوف ... في لودر بمحافظة أبين" against alweeam afa733280cde5's "بجبل صبر
    # المطل على مدينة تعز": two mountains, two provinces
    from claimtrack.contradiction.localities import localities_apart

    assert localities_apart("مقتل 42 حوثيا على الأقل في مواجهات اندلعت في قرى مشرعة وحدنان بجبل صبر المطل على مدينة تعز",
                            "استولوا أول من أمس على منطقة جبل يسوف الاستراتيجي في لودر بمحافظة أبين، تمثلت في قتل 44")


def test_a_denial_word_deep_in_a_long_statement_is_not_its_denial():
    # sabq a5e87cdf3f077 (a column on Quran schools): "... والطعن في مُصدري القرار، واتهامهم باتهامات باطلة، لا
    # يمكن أن يُقر عقلاً ولا شرعاً ..." 103 words into a statement of 166: "باطلة" qualifies the accusations it
    # tells of; the statement denies nothing, and was linked as a denial to 13 statements of the day
    from claimtrack.contradiction.worded_apart import _own_denial
    from claimtrack.models import Attribution, Content, Cue, Mention, Source
    from claimtrack.spans import Span

    filler = "وبين أن حفظ القرآن الكريم في الصغر يعين الطالب على التفوق في دراسته " * 8
    tail = "واتهامهم باتهامات باطلة، لا يمكن أن يقر عقلا ولا شرعا، " + "فالمدارس تخرج أجيالا نافعة لوطنها " * 3
    text = filler + tail
    at = text.index("باطلة")
    a = Attribution("a5e87cdf3f077#19", "a5e87cdf3f077", "sabq", Span(0, len(text)), Cue("", Span(0, 0), "", "say"),
                    Source("", Span(0, 0), "named", "none"), Content(text, Span(0, len(text)), False), "indirect")
    assert _own_denial(a, (Mention("باطلة", Span(at, at + 5)),)) == ()
    # at the end of a statement it is its denial ("... بشأن منع فئات معينة غير صحيح")
    end = len(text) - 1
    assert _own_denial(a, (Mention("ا", Span(end, end + 1)),))


def test_a_name_alone_asserts_nothing_to_deny():
    # aawsat a58d1ef25f449: "«جبهة النصرة»" read as what مدير المرصد says was denied by the Pentagon's "نافية أسر
    # أو اعتقال أي من أفراد «القوة السورية الجديدة»" (aljazirah a69b5a3da4c4c)
    from claimtrack.contradiction.worded_apart import asserts_nothing

    assert asserts_nothing("«جبهة النصرة»")
    assert not asserts_nothing("جبهة النصرة قامت باعتقال عدد من جنود تلك الفرقة")


def test_a_death_noun_with_a_pronoun():
    # 3alyoum a1f3640c2f014: "نفى أفراد عائلة جلال الدين حقاني ... نبأ وفاته اليوم الجمعة" denies his death (وفاة
    # with its TEH MARBUTA written TEH before the pronoun), and so sides with "جده ما زال على قيد الحياة"
    from claimtrack.contradiction.fates import read_fate

    assert set(read_fate("نفى أفراد عائلة جلال الدين حقاني نبأ وفاته اليوم الجمعة").kinds) == {"died"}


def test_no_one_left_alive_is_no_one_alive():
    # alyaum a8e43d74aeedd: a police spokeswoman, "وللأسف لم يبق أحد منهم على قيد الحياة", agrees with aawsat
    # aa66f3be's "قائد الطائرة ... توفي هو الآخر"; "جده لا يزال على قيد الحياة" still says he lives
    from claimtrack.contradiction.fates import read_fate
    from claimtrack.contradiction.fate_marks import _no_one_left

    none_left = '"يمكننا أن نؤكد أن أربعة أشخاص كانوا على متن الطائرة، وللأسف لم يبق أحد منهم على قيد الحياة"'
    assert read_fate(none_left) is not None and _no_one_left(none_left, read_fate(none_left)) is None
    still = "وأكد له أن جده لا يزال على قيد الحياة"
    assert set(_no_one_left(still, read_fate(still)).kinds) == {"alive"}
