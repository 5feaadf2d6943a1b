"""Claim keys: stems, quantities and entities (claimtrack.claims)."""

import pytest

from claimtrack.claims import claim_key, find_entities, find_quantities, stem


@pytest.mark.parametrize(
    "a, b",
    [("القواعد", "قاعدة"), ("الأمريكية", "والأميركية"), ("ألويتها", "لواء"), ("لهيب", "نيران"), ("النزاع", "الصراع"),
     ("يدرس", "تبحث"), ("تعتزم", "تدرس"), ("تنوي", "يبحث"), ("ستستثمر", "يستثمر"), ("ستضخ", "الاستثمار"),
     ("سيقلص", "خفض"), ("ستبحث", "يدرس"), ("طرقا", "طرق"), ("حمراء", "أحمر"), ("بالمقاتلات", "طائرات"),
     ("تفيد", "تشير")],  # suruc_bombing, alriyadh_0722_839 / alweeam_0721_1611: what the first findings indicate
)
def test_stems_meet_across_wordings(a, b):
    assert stem(a) == stem(b)


# real_disputes2 E2-005 (SaudiNewsNet 2015-07-26): the Houthi leader's "يرفض وقف إطلاق النار" (alriyadh f54fe2c148)
# and his spokesman's denial of "رفضه الالتزام بالهدنة" (almadina 3477a36e22)
LEADER = "إنه يرفض وقف إطلاق النار الذي يعتزم التحالف تطبيقه"
SPOKESMAN = "ما نقل عن زعيمهم عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة التي اعلنها التحالف العربي"


def test_a_phrase_is_read_as_the_word_outlets_use_for_it():
    leader, spokesman = claim_key(LEADER), claim_key(SPOKESMAN)
    assert {stem("هدنة"), stem("رفض")} <= set(leader.stems) & set(spokesman.stems)
    # the phrase's own words are no more terms of the claim: a ceasefire is no "stop" (وقف) nor "fire" (نار)
    assert not {stem("وقف"), stem("النار")} & set(leader.stems)


@pytest.mark.parametrize("text", ["وأعلن التحالف وقفا لإطلاق النار", "ودعا إلى وقف النار في عدن", "بوقف إطلاق النار"])
def test_the_phrase_is_read_with_its_clitics_and_variants(text):
    assert stem("هدنة") in claim_key(text).stems


def test_a_phrase_word_alone_keeps_its_own_meaning():
    # "إطلاق النار" alone is gunfire, "وقف" alone a stop: neither is a truce
    assert stem("هدنة") not in claim_key("أصيب شرطي في إطلاق النار على الحاجز").stems
    assert stem("هدنة") not in claim_key("قررت الوزارة وقف الاستقدام").stems


def test_a_phrase_stands_together_and_weighs_as_one_word_in_the_background():
    # (review) the words of a phrase with a full stop or a comma between them are no phrase
    assert stem("هدنة") not in claim_key("قرر المجلس الوقف. النار اشتعلت في المبنى").stems
    assert stem("هدنة") not in claim_key("أمر بالوقف، إطلاق النار مستمر").stems
    # a truce inside a relative clause is background as the one word it stands for
    key = claim_key("قال إن الهجوم الذي خرق وقف إطلاق النار أسفر عن قتلى")
    assert stem("هدنة") in key.background and not {stem("وقف"), stem("النار")} & key.background


def test_release_is_one_word_however_it_is_written():
    assert stem("الإفراج") in claim_key("طالب الأهالي بإطلاق سراح المعتقلين الثلاثة").stems
    assert stem("الإفراج") in claim_key("الشرطة أطلقت سراح المعتقلين الثلاثة").stems
    assert stem("الإفراج") in claim_key("أفرجت السلطات عن المعتقلين الثلاثة").stems


def test_the_leaders_refusal_and_its_denial_are_related():
    from claimtrack import relate

    assert relate(LEADER, SPOKESMAN).kind != "unrelated"


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("ما يفوق 1 بليون دولار", 1e9, 1.5e9, "dollar"),
        ("بحوالي مليار دولار", 0.85e9, 1.15e9, "dollar"),
        ("14 طائرة", 14, 14, "aircraft"),
        ("أربع عشرة مقاتلة", 14, 14, "aircraft"),
        ("نحو 20 ألفا", 17000, 23000, None),
        ("عشرات القتلى", 20, 90, "killed"),
        ("١٤ طائرة", 14, 14, "aircraft"),
        ("ألف مليون دولار", 1e9, 1e9, "dollar"),
        ("حوالي ألف ومئتي حالة", 1020, 1380, None),
        ("ثلاثة وعشرون ألفا", 23000, 23000, None),
        ("مليون وخمسمئة ألف نسمة", 1.5e6, 1.5e6, "person"),
        ("مليونين و300 ألف", 2.3e6, 2.3e6, None),
        ("مليار و200 مليون دولار", 1.2e9, 1.2e9, "dollar"),
        ("ثلاثة آلاف جندي", 3000, 3000, "soldier"),
        ("إحالة 41 متهماً بالانتماء إلى «تنظيم إرهابي»", 41, 41, "defendant"),  # uae_41_trial, alweeam_0802_918
    ],
)
def test_quantities(text, low, high, unit):
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.unit) == pytest.approx((low, high, unit)) if unit else (q.low, q.high) == pytest.approx((low, high))
    assert text[q.span.start : q.span.end] == q.text


@pytest.mark.parametrize(
    "text, figure, low, high, bound",
    [
        # 2015 Saudi news writes the floor after the figure and its noun (588 times against 9 before the figure):
        # "مما أدى إلى مقتل 43 مدنيا على الأقل وإصابة 173" (aawsat, the shelling of Dar Saad, 2015-07-21)
        ("مما أدى إلى مقتل 43 مدنيا على الأقل وإصابة 173", "43 مدنيا على الأقل", 43, 43, "at_least"),
        ("لقى 13 شخصا على الاقل بينهم طفلان مصرعهم", "13 شخصا على الاقل", 13, 13, "at_least"),
        ("مقتل 2927 على الأقل من تنظيم داعش", "2927 على الأقل", 2927, 2927, "at_least"),
        ("ساعدوا في جمع 50 ألف دولار تقريبا", "50 ألف دولار تقريبا", 42500, 57500, "approx"),
        # before the figure, a range as before; after punctuation it qualifies what follows, not the figure
        ("قتل على الأقل 13 شخصا", "على الأقل 13 شخصا", 13, 19.5, "at_least"),
        ("قتل 13 شخصا، على الأقل في المدينة", "13 شخصا", 13, 13, ""),
        # a word that only comes before a figure is nothing after it
        ("أصيب 13 شخصا حتى الآن", "13 شخصا", 13, 13, ""),
    ],
)
def test_an_approximator_after_the_figure_qualifies_it(text, figure, low, high, bound):
    q = find_quantities(text)[0]
    assert (q.text, q.bound) == (figure, bound) and (q.low, q.high) == pytest.approx((low, high))
    assert text[q.span.start : q.span.end] == q.text


@pytest.mark.parametrize(
    "text, figures",
    [
        # flight MH370 as the outlets spell it (mh370_debris: aawsat, alweeam, okaz 31 July - 3 August 2015), and the
        # models the 2015 news names: its 370 was a shared figure of claims that share nothing else
        ("حطام الطائرة في جزيرة ريونيون يعود للرحلة «أم.اتش.370»", []),
        ("لحل لغز اختفاء الرحلة (إم إتش 370)", []),
        ("هذا الحطام هو للرحلة ام اتش 370 التابعة للخطوط الماليزية", []),
        ("جزء من طائرة بوينغ 777 وهو نفس طراز طائرة الرحلة", []),
        ("ستسلم مصر ثماني مقاتلات إف-16", ["ثماني مقاتلات"]),
        ("نقل 8 جنود في طائرة من طراز سي 130", ["8 جنود"]),
        ("طراز إيرباص إيه320 كانت تقل 174 راكبا", ["174"]),
        # a unit after it: a count still ("هبط سهم بي.إم.دبليو 2.7 بالمئة"); أي is "any" or "that is", no letter
        ("كما هبط سهم بي.إم.دبليو 2.7 بالمئة", ["2.7 بالمئة"]),
        ("حدد بـ300 يورو اي 60 يورو يوميا", ["300 يورو", "60 يورو"]),
        ("قتل 13 شخصا في 30 يوليو", ["13 شخصا", "30"]),
    ],
)
def test_a_number_in_a_model_or_flight_code_is_no_count(text, figures):
    assert [q.text for q in find_quantities(text)] == figures


def test_a_floor_is_the_figure_it_states():
    # Two sources' floors of one toll are two accounts: "لقى 13 شخصا على الاقل" (medical and security sources) and the
    # interior ministry's "15 شخصاً قُتلوا" of the Nile boat that sank at al-Warraq (2015-07-23: judged disagrees N001),
    # "at least 30" and "at least 28" of Nepal's landslides (2015-07-31, P044)
    (a,) = find_quantities("لقى 13 شخصا على الاقل بينهم طفلان مصرعهم")
    (b,) = find_quantities("15 شخصاً قُتلوا في الحادث")
    (c,) = find_quantities("قتل 30 شخصا على الأقل")
    (d,) = find_quantities("قتل 28 شخصا على الأقل")
    assert not a.compatible(b) and not c.compatible(d) and not c.same_figure(d)
    assert a.same_figure(find_quantities("قتل 13 شخصا")[0])
    # a floor before the figure is still read as a range: "ما لا يقل عن 39 شخصا" holds 45
    (e,) = find_quantities("وقتل ما لا يقل عن 39 شخصا")
    assert e.compatible(find_quantities("قتل 45 شخصا")[0])


def test_a_noun_that_starts_like_a_future_verb_keeps_its_letters():
    assert stem("سيارة") != stem("يارة") and stem("سياسة").startswith("سياس")


@pytest.mark.parametrize("text, value", [("نصف مليون نسمة", 5e5), ("مليار ونصف دولار", 1.5e9), ("زهاء ألف ونصف", 1500),
                                         ("مليار وربع دولار", 1.25e9)])
def test_fractions_of_a_multiplier(text, value):
    (q,) = find_quantities(text)
    assert (q.low + q.high) / 2 == pytest.approx(value, rel=0.01)


def test_a_century_is_years_and_contracts_are_no_decades():
    (q,) = find_quantities("خلال ثلاثة قرون")
    assert (q.unit, q.low) == ("year", 300)
    (q,) = find_quantities("وقعت الشركة 3 عقود مع الحكومة")
    assert q.unit != "year"


def test_a_misspelt_final_hamza_meets_the_right_spelling():
    assert stem("مرافيء") == stem("مرافئ")
    assert stem("بريء") != stem("بري")  # innocent is not land


@pytest.mark.parametrize("a, b", [("يسود", "الأسود"), ("يبيض", "أبيض"), ("الإدارة", "تشغيل"), ("تقرير", "قرار")])
def test_verbs_and_nouns_that_only_look_alike_stay_apart(a, b):
    assert stem(a) != stem(b)


def test_a_name_is_no_synonym_through_a_suffix():
    # egypt_fm_visit (okaz_0724_1891): "الملك سلمان" read as سلم + ان met أرسل ("sent") through synonyms.tsv
    assert stem("سلمان") != stem("أرسل") and stem("سلم") == stem("أرسل")
    assert stem("مشتركة") == stem("مشترك")  # a name word whose synonym is itself keeps its stem


def test_a_fraction_alone_is_no_quantity():
    assert find_quantities("نصف السكان يعيشون في المدن") == []


@pytest.mark.parametrize("text, values", [
    ("بين مئة ألف ونصف مليون شخص", [1e5, 5e5]),
    ("قتل ألف ونصف الضحايا من الأطفال", [1000]),
    ("نحو ألف، ونصف هؤلاء من النساء", [1000]),
    ("مليون ونصف المليون لاجئ", [1.5e6]),
])
def test_a_half_that_is_not_a_fraction_of_the_number(text, values):
    assert [(q.low + q.high) / 2 for q in find_quantities(text)] == pytest.approx(values)


def test_separate_numbers_joined_by_waw_stay_apart():
    assert [(q.text, q.low) for q in find_quantities("14 طائرة و24 دبابة")] == [("14 طائرة", 14), ("24 دبابة", 24)]
    assert [q.low for q in find_quantities("بين 2011 و2012")] == [2011, 2012]
    text = "المقاتلات الروسية الـ١٢ من طراز ميغ ٢٩"
    (q,) = find_quantities(text)
    assert (q.low, q.text, text[q.span.start : q.span.end]) == (12, "١٢", "١٢")
    assert not any(w.endswith("12") for w in claim_key(text).ordered)


@pytest.mark.parametrize("text, values", [
    ("2 مليار و1.5 مليون", [2001500000]),
    ("تجاوزت ١٫٢ مليار دولار", [1.2e9]),
    ("ب1.5 مليار دولار", [1.5e9]),
    ("والـ12 طائرة", [12]),
    ("١٬٠٠٠ جندي", [1000]),
])
def test_separators_and_clitics_around_digits(text, values):
    found = find_quantities(text)
    assert [q.low for q in found] == pytest.approx(values)
    assert all(text[q.span.start : q.span.end] == q.text for q in found)


def test_numbers_inside_names_are_not_quantities():
    assert [q.text for q in find_quantities("سلموا 14 طائرة ميج 29 وسوخوي-24")] == ["14 طائرة"]


@pytest.mark.parametrize(
    "text, entity",
    [
        ("قيادة الجيش الأمريكي بإفريقيا", "أفريكوم"),
        ("القيادة العسكرية الأميركية في إفريقيا", "أفريكوم"),
        ("AFRICOM", "أفريكوم"),
        ("ميج 29", "ميغ-29"),
        ("ميغ-29", "ميغ-29"),
        ("قوات حفتر", "الجيش الوطني الليبي"),
    ],
)
def test_entities_through_aliases(text, entity):
    assert entity in {e for e, _ in find_entities(text)}


@pytest.mark.parametrize("text, counts", [
    # suruc_bombing: the ministry's toll, the headline's, a Reuters witness count, an official's injured
    ("أسفر عن مقتل 27 شخصا واصابة نحو 100 يعالجون في مستشفيات محلية", ["killed", "wounded"]),
    ("مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا", ["killed"]),
    ("أكثر من 27 شخصا قتلوا كما أصيب العشرات في انفجار", ["killed", "wounded"]),  # العشرات: dozens wounded
    ("تعرض ما بين 20 و25 شخصا لإصابات في الانفجار", [None, "wounded"]),
    ("التفجير الانتحاري الذي أسفر عن سقوط 32 قتيلا", ["killed"]),
    # a figure joined by و reads its own words first (SaudiNewsNet aawsat_f27aabca3d, 2015-07-24, Cameroon's
    # presidency; sabq_3ceb154c1c, 2015-08-01, a crash in Riyadh; aleqtisadiya_a57651297e, 2015-07-24, the Red
    # Crescent's cases); the verb before it ends the figure before
    ("أن «11 شخصا قتلوا و32 أصيبوا بجروح»", ["killed", "wounded"]),
    ("نتج من الحادث حالة وفاة واحدة و4 إصابات، منها حالة حرجة", ["killed", "wounded"]),
    ("باشرت ثماني حالات وفاة و133 إصابة", ["killed", "wounded"]),
    # ... up to the next و: "and 3 others" are of the killing, not of the wounding after them (3alyoum_c4ac8809b3,
    # 2015-07-24, Tunisia)
    ("ما أدى إلى مقتله ومقتل و3 آخرين وإصابة عدد آخر بجروح", ["killed"]),
])
def test_quantities_know_what_they_count(text, counts):
    assert [q.counts for q in find_quantities(text)] == counts


@pytest.mark.parametrize("text, figures", [
    # The Interior Ministry's statement of 2015-07-22 as alriyadh printed it (SaudiNewsNet aa59b04e428dc): each figure
    # in digits, then in words.  "مائة" after "(190)" is the number written out, not a percent (بالمئة is); and
    # "وواحداً" is one with the accusative tanween (number_words.tsv lists ألفا, مليونا the same way).
    ("وعددهم (190) مائة وتسعون موقوفاً", [(190, None), (190, "detainee")]),
    ("حتى تاريخه (431) أربعمائة وواحداً وثلاثين موقوفاً", [(431, None), (431, "detainee")]),
    # aljazirah_a594e07647, 2015-07-26 (an obituary): "واحداً وأربعين عاماً" was read as 40
    ("توفي عن عمر ناهز واحداً وأربعين عاماً", [(41, "year")]),
    ("ارتفع المؤشر 20 بالمائة", [(20, "percent")]),
])
def test_figures_written_out_after_their_digits(text, figures):
    assert [(q.low, q.unit) for q in find_quantities(text)] == figures


def test_figures_of_one_measure_are_compared_and_of_two_measures_never():
    dead_27, hurt_100 = find_quantities("مقتل 27 شخصا واصابة نحو 100")
    (dead_30,) = find_quantities("مقتل 30 بانفجار")
    assert dead_27.same_measure(dead_30) and not dead_27.compatible(dead_30)
    assert not hurt_100.same_measure(dead_30)


@pytest.mark.parametrize("text, value", [
    ("ارتفع عدد عمليات البيع المنفذة عبر هذه الأجهزة بنسبة 23.3% لتبلغ 362.2 مليون عملية", 23.3),
    ("ارتفع عدد عمليات البيع المنفذة عبر هذه الأجهزة بنسبة 23.3 في المائة لتبلغ 362.2 مليون", 23.3),
    ("بنسبة 15.4 بالمئة", 15.4),
    ("بنسبة زيادة 7.4%", 7.4),
    ("بنسبة 7,4%", 7.4),  # a decimal comma
])
def test_percentages_are_a_unit(text, value):
    first = find_quantities(text)[0]
    assert (first.unit, first.low) == ("percent", value)


def test_a_percent_sign_ends_the_number():
    # "8.3% عام 2013": a rate in a year, not 8.3 years
    qs = find_quantities("مقارنة بنمو بلغ 8.3% عام 2013")
    assert [(q.unit, q.low) for q in qs] == [("percent", 8.3), ("calendar_year", 2013.0)]


def test_a_thousands_comma_is_no_decimal_comma():
    assert find_quantities("قتل 1,000 جندي")[0].low == 1000.0


def test_named_units_without_a_number():
    from claimtrack.claims.units import named_units
    assert "aircraft" in named_units("روسيا أرسلت مؤخرا مقاتلات إلى ليبيا")
    assert "percent" in named_units("ارتفع بنسبة 23.3%")
    assert not named_units("معدلات النمو تعكس زيادة اعتماد العملاء")


@pytest.mark.parametrize("text, value, unit", [
    # aawsat_3afb2778ed (SaudiNewsNet 2015-07-21): one decimal, then a multiplier
    ("في شمال شرق البلاد قتل فيه 5ر1 مليون شخص.", 1_500_000, "person"),
    # aawsat_973b1c2a44: three decimals before a multiplier
    ("أن المصافي المحلية عالجت 423ر2 مليون برميل يوميًا في مايو", 2_423_000, "barrel"),
    # aljazirah_252a4231d8: "000" is a group of thousands
    ("آمال وأمنيات ما يزيد على (000ر22) مسلم ومسلمة من أنحاء العالم", 22_000, None),
    # aljazirah_8555c4492e: three groups
    ("بتكلفة إجمالية بلغت (951ر625ر34) ريالاً.", 34_625_951, "riyal"),
    # alriyadh_8217684085: three digits with no multiplier after them are thousands
    ("وبطاقة إنتاجية تبلغ ( 500ر307 ) متر مكعب في اليوم", 307_500, "meter"),
])
def test_reversed_separator_figures(text, value, unit):
    """Wire copy writes a figure's groups in reverse order around ر (the Arabic separators through an old code
    page): one figure, not two, with its unit."""
    found = find_quantities(text)
    assert len(found) == 1
    assert found[0].low == value and found[0].unit == unit
    assert text[found[0].span.start:found[0].span.end] == found[0].text


def test_reversed_separator_needs_adjacent_digits():
    """A word starting with ر after a figure is no group of it (aawsat_3afb2778ed's "3 رجال" kind of text)."""
    assert [q.low for q in find_quantities("قتل 3 رجال في الهجوم")] == [3]


def test_keys_share_their_words_after_the_caches_forget_them():
    """A corpus's keys hold the same words, stems and names thousands of times: one string each (interned), not
    one per key made after the word caches forgot them (the whole archive: 85,000 claims' keys, and in the marks
    92,000 outlet sentences')."""
    from claimtrack.claims.key import topic_key
    from claimtrack.matching.collecting import empty_bounded_caches

    # "قال وزير الخارجية السعودي إن المملكة ترفض التدخل" / "أكد وزير الخارجية السعودي رفض المملكة التدخل"
    first = claim_key("\u0642\u0627\u0644 \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 "
                      "\u0627\u0644\u0633\u0639\u0648\u062f\u064a \u0625\u0646 \u0627\u0644\u0645\u0645\u0644\u0643\u0629 "
                      "\u062a\u0631\u0641\u0636 \u0627\u0644\u062a\u062f\u062e\u0644")
    empty_bounded_caches()
    topic_key.cache_clear()
    second = topic_key("\u0623\u0643\u062f \u0648\u0632\u064a\u0631 \u0627\u0644\u062e\u0627\u0631\u062c\u064a\u0629 "
                       "\u0627\u0644\u0633\u0639\u0648\u062f\u064a \u0631\u0641\u0636 \u0627\u0644\u0645\u0645\u0644\u0643\u0629 "
                       "\u0627\u0644\u062a\u062f\u062e\u0644")
    for field in ("words", "stems", "ordered"):
        mine = {w: w for w in getattr(first, field)}
        shared = [w for w in getattr(second, field) if w in mine]
        assert shared and all(mine[w] is w for w in shared), field
