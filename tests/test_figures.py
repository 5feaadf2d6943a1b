"""Figure disputes a journalist can trust on a real day (issue 13): two tolls are compared only when they are of
one event (a place or a name shared, not only toll words), in one country, of the same time, and a part counted
among a whole is held against nothing.  Each sentence is from a real SaudiNewsNet article of 2015-07-21 (its id
given), where claimtrack once marked a disagreement between two tolls of different events."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.claims import claim_key
from claimtrack.contradiction.figures import figure_conflict
from claimtrack.contradiction.incidents import past_event
from claimtrack.contradiction.anchors import event_anchors
from claimtrack.contradiction.places import figure_place_conflict, told_beside
from claimtrack.models import Mention
from claimtrack.spans import Span

DAY = dt.date(2015, 7, 21)


def _mention(text):
    return Mention(text, Span(0, len(text)))


def _terms(text):
    return set(claim_key(text).ordered)


def _weight(term):
    return 5.0


def test_toll_words_alone_are_no_event():
    # a3573092c220e (a raid in Afghanistan) / afb4302533d80 (two incidents near Baghdad): مقتل، أسفر، قتيلا are in
    # every toll; they shared only those and "آخر"، "قوة"
    afghan = "«مقتل 10 من الجنود الأفغان وإصابة أربعة» غضب في كابل بعد غارة أميركية «خاطئة» تقتل 10 جنود أفغان"
    iraq = ("كما لقي ثلاثة أشخاص مصرعهم, بينهم اثنان من عناصر قوات الصحوة, بينما أصيب تسعة آخرون بجروح، في حادثين "
            "أمنيين منفصلين غرب وشمال بغداد أمس. مقتل 33 مسلحاً من داعش بانفجار سيارة مفخخة بالموصل")
    assert event_anchors(_terms(afghan), _terms(iraq), _weight) == ()


def test_a_shared_place_name_is_one_event():
    # aawsat_1ec0db934e / aljazirah_c6e973f747 (real_disputes D1-001): the Suruc bombing, told by two outlets
    a = ("انفجارا في بلدة سروج بجنوب شرقي تركيا قرب الحدود مع سوريا، أسفر عن مقتل 27 شخصا واصابة نحو 100 يعالجون "
         "في مستشفيات محلية")
    b = ("انفجاراً في بلدة سروج بجنوب شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل 30 شخصاً وإصابة نحو 100 يعالجون "
         "في مستشفيات محلية")
    shared = event_anchors(_terms(a), _terms(b), _weight)
    assert "سروج" in shared
    assert not any(w in shared for w in ("مقتل", "انفجار", "شخصا"))


def test_a_wide_country_and_a_compass_word_are_no_event():
    # a43d4be1907eb (a witness of the Suruc bombing, its headline naming Syria's border) / a1b079c60b6cc (a raid
    # in Syria): "e:سوريا" and "شرق" are shared by any two tolls of the war
    suruc = ("شاهدت أكثر من 20 جثة. وزارة الداخلية التركية: مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا، "
             "شرق البلدة")
    raid = "مقتل ستة متطرفين في غارة بسوريا شمال شرق البلاد"
    assert event_anchors(_terms(suruc), _terms(raid), _weight) == ()


def test_a_statement_naming_no_place_is_placed_by_its_lead():
    # ac115da204847#5 (a villager's words, its headline in Nigeria) / a9c014a8df094#1 (a raid in Afghanistan)
    nigeria = ("\"في كيلوا وحدها، قتلوا سبعة اشخاص، بينهم زعيم القرية، وتركوا شخصا آخر مصابا بجروح بليغة\"", "كولو",
               "مقتل العشرات على يد «بوكو حرام» في نيجيريا")
    afghan = ("14 جنديا أفغانيا قتلوا في حادث اطلاق \"نيران صديقة\" اليوم (الاثنين)، عندما نفذت قوات حلف شمال الاطلسي "
              "ضربة جوية على معسكر للجيش في شرق أفغانستان بطريق الخطأ", "مسؤولون أفغان",
              "«نيران صديقة» أميركية تودي بحياة 14 جنديا أفغانيا")
    assert figure_place_conflict(nigeria, afghan)
    assert not figure_place_conflict(nigeria, (nigeria[0], "", ""))


def test_a_country_named_by_name_outweighs_a_nationality():
    # a76cd15db7389#n1: Suruc is in Turkey, "الحدود السورية" is its neighbour's border; a2db7c502c1fd#n3 is in Idlib
    suruc = ("شهدت تركيا أمس الاثنين هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح في مدينة سوروتش "
             "القريبة من الحدود السورية", "", "")
    idlib = ("وسقط 20 قتيلا على الأقل بينهم عدد من الأطفال في بلدة معرة مصرين شمال شرقي مدينة إدلب", "", "")
    assert figure_place_conflict(suruc, idlib)
    told_again = ("انفجارا في بلدة سروج بجنوب شرقي تركيا قرب الحدود مع سوريا، أسفر عن مقتل 27 شخصا", "", "")
    assert not figure_place_conflict(suruc, told_again)


def test_a_figure_of_a_past_event():
    # a3573092c220e#n18 and a86caf580e83a#n15: a raid and an attack of years before, recalled beside today's toll
    assert past_event("وقد قتل آنذاك خمسة جنود أفغان وأصيب ثمانية آخرون بصاروخ أطلقته قوة إيساف", DAY)
    assert past_event("وفي عام 2013 قتل أربعة مسلحين من حركة الشباب 67 شخصا على الأقل في هجوم على مركز «ويست غيت»", DAY)
    # a3573092c220e#n3
    assert past_event("وفي ديسمبر (كانون الأول) الماضي، قتل خمسة مدنيين «عن طريق الخطأ» في غارة جوية", DAY)
    # afd2ded5905d8#5: the last 24 hours are today's
    assert not past_event("المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا أغلبهم من الحوثيين وعشرات الجرحى خلال الـ24 "
                          "ساعة الماضية", DAY)
    assert not past_event("أسفر عن مقتل 27 شخصا في عام 2015", DAY)


def test_a_part_among_the_whole_is_held_against_nothing():
    # afd2ded5905d8#13 / #5: the children among 57 civilians are no toll to hold against 28 dead
    health = ("\"57 مدنيا بينهم 12 طفلا وست نساء قتلوا وأصيب أكثر من 215 آخرين بجروح بينهم 25 طفلا و15 امرأة\"")
    fighting = "المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا أغلبهم من الحوثيين وعشرات الجرحى خلال الـ24 ساعة الماضية"
    notes = [e.note for e in figure_conflict(_mention(health), _mention(fighting))]
    assert not any("12 طفلا" in n for n in notes)


@given(st.text(max_size=80))
def test_past_event_never_raises(text):
    assert past_event(text, DAY) in (True, False)


@given(st.sets(st.sampled_from(["e:سوريا", "سروج", "مقتل", "قال", "شرق", "e:نيبال", "هطول"]), max_size=5),
       st.sets(st.sampled_from(["e:سوريا", "سروج", "مقتل", "قال", "شرق", "e:نيبال", "هطول"]), max_size=5))
def test_event_anchors_is_symmetric(a, b):
    assert event_anchors(a, b, _weight) == event_anchors(b, a, _weight)


def test_a_locality_under_a_lead_that_gives_the_whole():
    # aafb5972f15a5#n6 (under "431 من خلايا داعش في قبضة الداخلية") / a125393afc9e0#n2: the 97 of one village are
    # among the 431 the other outlet reports
    lead = "431 من خلايا \"داعش\" في قبضة الداخلية"
    part = "1 - حادث استهداف المصلين بقرية الدالوه بمحافظة الإحساء تم ضبط (97) موقوفا لعلاقتهم بالحادث"
    whole = "وأعلنت وزارة الداخلية السعودية، أمس، القبض على 431 عنصرا أغلبهم سعوديون"
    assert told_beside(lead, part, whole)
    # aawsat_4d59d295cfd4 (real_stories suruc_bombing): an initial toll under a headline that gives the later one is
    # the figure the other outlet disputes, not a part of it
    assert not told_beside("27 قتيلا و100 جريح بانفجار في بلدة على الحدود التركية - السورية",
                           "حصيلة القتلى الأولية هي 10 ضحايا", "أسفر عن مقتل 27 شخصا")
    # aljazirah_0721_981 (real_stories suruc_bombing): the headline's own figure, under a lead that also gives the
    # wounded, is the ministry's new toll (30) against its earlier one (27, with the same 100 wounded)
    assert not told_beside("وزارة الداخلية التركية: مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا. قالت وزارة "
                           "الداخلية التركية إن انفجاراً أسفر عن مقتل 30 شخصاً وإصابة نحو 100",
                           "مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا",
                           "انفجارا في بلدة سروج، أسفر عن مقتل 27 شخصا واصابة نحو 100 يعالجون في مستشفيات محلية")


def _statement(article, text, k):
    """``text`` of ``article`` as an outlet's own sentence (as marks.narration_claims makes them)."""
    from claimtrack.models import Attribution, Content, Cue, Source

    start = article.text.index(text)
    span = Span(start, start + len(text))
    return Attribution(f"{article.id}#n{k}", article.id, article.outlet, span, Cue("", Span(start, start), "", "narrate"),
                       Source("", Span(start, start), "outlet", "none"), Content(text, span, False), "indirect")


def test_two_paragraphs_of_one_article_tell_two_events():
    # af16eba8df224: today's toll in Damaturu, and Thursday's blasts in Gombe two paragraphs down
    from claimtrack import parse_article
    from claimtrack.contradiction.denied import LeadTexts
    from claimtrack.contradiction.places import figures_apart

    first = ("قتل 13 شخصا على الأقل، اليوم (الجمعة)، وأصيب العديدون بجروح في ثلاثة تفجيرات في داماتورو عاصمة ولاية يوبي "
             "بشمال شرقي نيجيريا، على ما أفاد متطوع ومصدر طبي.")
    later = ("ومساء الخميس، قتل ما لا يقل عن 49 شخصا في انفجار قنبلتين في مدينة غومبي جنوب داماتورو في سوق كان الناس "
             "يتبضعون فيه قبل العيد.")
    article = parse_article(f"مقتل 13 بانفجارات في نيجيريا مع الاحتفال بعيد الفطر\n\n{first}\n\n{later}\n", id="af16eba8df224",
                            published=DAY)
    a, b = _statement(article, first, 1), _statement(article, later, 2)
    articles = {article.id: article}
    assert figures_apart(a, b, claim_key(first), claim_key(later), articles, LeadTexts(articles), _weight)
    # a3573092c220e: "the local authorities said 14, then lowered the toll" is the same raid as the 10 told below
    lowered = "وقالت السلطات المحلية في البداية مقتل 14 جنديا، لكنها عادت وخفضت الحصيلة."
    told = "أسفرت غارة أميركية أمس عن مقتل عشرة جنود أفغان على الأقل في ولاية لوغار جنوب كابل."
    article = parse_article(f"غضب في كابل بعد غارة أميركية «خاطئة» تقتل 10 جنود أفغان\n\n{told}\n\n{lowered}\n",
                            id="a3573092c220e", published=DAY)
    a, b = _statement(article, told, 1), _statement(article, lowered, 2)
    articles = {article.id: article}
    assert not figures_apart(a, b, claim_key(told), claim_key(lowered), articles, LeadTexts(articles), _weight)


def test_a_part_of_one_side_never_hides_a_figure_of_the_other():
    # afd2ded5905d8 (SaudiNewsNet 2015-07-21): "بينهم 12 طفلا" is a part of the 57 on its own side only; a figure
    # of the other statement at the same offsets ("90 شخصا") is still compared, whatever the spacing
    health = "57 مدنيا بينهم 12 طفلا وست نساء قتلوا في الغارة"
    for other in ("وفي الغارة امس 90 شخصا قتلوا", "وفي الغارة  امس 90 شخصا قتلوا"):
        assert figure_conflict(_mention(other), _mention(health)), other

def _claims(*texts):
    import claimtrack
    from claimtrack import Corpus
    corpus = Corpus([claimtrack.parse_article(t, id=f"art{k}") for k, t in enumerate(texts)])
    return {c.attribution.article: c for c in corpus.claims if c.attribution.content.text}


def test_two_anonymous_sources_are_no_one_speaker_revising():
    # aawsat a4d609e692f4e ("مصادر عسكرية": 28 killed in the district) / alwatan afd2ded5905d8 ("مصادر عسكرية": the
    # same wording in another outlet): once an "updates" of one speaker; two unnamed sources disagree at most
    from claimtrack.contradiction.figures import figure_kind, unnamed_sources
    a = "وقالت مصادر عسكرية إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا وعشرات الجرحى خلال 24 ساعة."
    b = "وقالت مصادر عسكرية إن المعارك في هذا الحي أسفرت عن سقوط 17 قتيلا."
    claims = _claims(a, b)
    x, y = claims["art0"], claims["art1"]
    assert x.speaker.anonymous and y.speaker.anonymous
    assert unnamed_sources(x, y)
    assert figure_kind("same", True, unnamed=unnamed_sources(x, y)) == "disagrees"
    # an explicit revision ("ارتفعت الحصيلة من 31 إلى 32") is an update whoever says it
    assert figure_kind("", True, revised=True, unnamed=True) == "updates"
    # a named speaker revising itself still updates
    assert figure_kind("same", True) == "updates"


def test_a_party_to_the_war_anchors_no_event():
    # aawsat ac115da204847 (Boko Haram raids on villages near Monguno, told by "كولو") / aawsat a4d3d297e09ae
    # ("قتل أحد عشر شخصًا على أيدي مقاتلين ينتمون إلى جماعة بوكو حرام في قرية نائية"): they share the group's
    # name and Nigeria, no incident.  The group's name (57 articles of 20,290) no longer narrows them to one event;
    # Nigeria (124) still does, so this pair stays marked on the day (left alone: a country is no incident either,
    # but the real disputes of Nepal's landslides rest on one)
    raid = "مقتل العشرات على يد «بوكو حرام» في نيجيريا ثم توجهوا الى غولام وميسالا وماغارام. وقتلوا ما مجموعه 43 شخصا"
    other = "ومساء الجمعة، قتل أحد عشر شخصًا على أيدي مقاتلين ينتمون إلى جماعة بوكو حرام في قرية نائية بشمال شرقي نيجيريا"
    assert "e:بوكو حرام" in _terms(raid) & _terms(other)
    assert event_anchors(_terms(raid) - {"e:نيجيريا"}, _terms(other) - {"e:نيجيريا"}, _weight) == ()
    # aawsat aa1e135967489 (an air raid in Yarim, Ibb) / alwatan afd2ded5905d8 (57 civilians in Aden): the war's
    # party and its country are no incident (الحوثيين is in 603 articles, once as narrow as a town's name)
    ibb = "شن طيران التحالف غارات على معسكر في مديرية يريم بمحافظة إب في اليمن ... من الميليشيات الحوثيين"
    aden = "قالت وزارة الصحة في اليمن إن 57 مدنيا قتلوا في قصف الحوثيين"
    assert _terms(ibb) & _terms(aden) >= {"e:الحوثيون", "e:اليمن"}
    assert event_anchors(_terms(ibb), _terms(aden), _weight) == ()
    # a place as rare as a name with the group still does (سروج: the Suruc bombing, claimed for داعش)
    assert event_anchors({"e:بوكو حرام", "سروج"}, {"e:بوكو حرام", "سروج"}, _weight)


def test_words_of_every_digest_anchor_no_event():
    # aawsat a8154ff65b87d "موجز أخبار" (a building's collapse in Delhi) / aawsat a1b59bcbbb6fe "موجز دوليات" (two
    # militants killed in Nagaland): once joined by India, موجز and أسفر
    delhi = "موجز أخبار 5 أشخاص لقوا حتفهم وأصيب ما لا يقل عن 13 شخصا إثر انهيار مبنى في العاصمة الهندية أسفر"
    nagaland = "موجز دوليات مقتل اثنين من المتمردين في اشتباكات بالهند أسفر"
    assert event_anchors(_terms(delhi), _terms(nagaland), _weight) == ()


def test_a_party_s_own_losses_are_held_against_no_toll():
    # aawsat aa1e135967489 ("مصادر في محافظة إب": an air raid in Yarim) / alwatan afd2ded5905d8 (57 civilians in
    # Aden); aawsat a4e65cf434bb7 ("9 متمردين قتلوا ليلا في غارة جوية على خور المكسر") / aawsat a6d827fd73a42 (43
    # civilians in Dar Saad): the militia's dead are no count of the civilians' toll
    ibb = ("مما أسفر عن سقوط 13 قتيلاً وإصابة 23 آخرين من الميليشيات")
    aden = "57 مدنيا بينهم 12 طفلا وست نساء قتلوا وأصيب أكثر من 215 آخرين بجروح"
    rebels = "9 متمردين قتلوا ليلا في غارة جوية على خور المكسر في وسط عدن"
    dar_saad = "مما أدى إلى مقتل 43 مدنيا على الأقل وإصابة 173."
    assert figure_conflict(_mention(ibb), _mention(aden)) == []
    assert figure_conflict(_mention(rebels), _mention(dar_saad)) == []
    # the civilians' toll is still held against another civilians' toll (aleqtisadiya aae702fb0c70d: 43 / 57)
    assert figure_conflict(_mention(dar_saad), _mention(aden))


def test_a_figure_told_as_a_part_disputes_no_larger_one():
    # aawsat ac115da204847 (Boko Haram's raids on three villages, told by "كولو") / aawsat a773cc78ce967 ("قتل نحو
    # 30 ... داخل ثلاث قرى"): the seven of one village "alone" are a part of the thirty
    kilwa = '"في كيلوا وحدها، قتلوا سبعة اشخاص، بينهم زعيم القرية، وتركوا شخصا آخر مصابا بجروح بليغة مع كسر في الساق"'
    villages = "قتل نحو 30 مواطنًا كينيًا، أمس، في هجمات نفذتها جماعة بوكو حرام داخل ثلاث قرى بشمال شرقي نيجيريا"
    assert figure_conflict(_mention(kilwa), _mention(villages)) == []


def test_a_toll_of_two_incidents_against_one_of_them():
    # aljazirah afb4302533d80, a round-up of Iraq: "ثلاثة أشخاص ... بينهم اثنان من عناصر قوات الصحوة ... في حادثين
    # أمنيين منفصلين" holds the two Sahwa men killed near Abu Ghraib that another of its sentences tells
    one = ("اثنين من عناصر قوات الصحوة قُتلا, بينما أُصيب اثنان آخران بجروح، بتفجير عبوة ناسفة على عجلة كانوا "
           "يستقلونها في قضاء أبو غريب غربي بغداد")
    both = ("كما لقي ثلاثة أشخاص مصرعهم, بينهم اثنان من عناصر قوات الصحوة, بينما أصيب تسعة آخرون بجروح، في حادثين "
            "أمنيين منفصلين غرب وشمال بغداد أمس.")
    assert figure_conflict(_mention(one), _mention(both)) == []


def test_one_more_named_by_a_singular_noun_joins_the_figure_before_it():
    # aawsat a86b0dda18ff5: "مقتل خمسة من أفراد الجيش الاميركي" and, in its next paragraph, "مقتل أربعة من مشاة
    # البحرية وضابط من البحرية": four and one officer are the five, a part counted against its whole no more
    five = ("وذلك في أعقاب هجمات أدت الى مقتل خمسة من أفراد الجيش الاميركي بولاية تنيسي.")
    four_and_one = ("وأصدر حكام الولايات الست أوامر بتسليح الحرس الوطني بعد مقتل أربعة من مشاة البحرية وضابط من البحرية "
                    "بالرصاص يوم الخميس في تشاتانوجا بولاية تنيسي.")
    assert figure_conflict(_mention(five), _mention(four_and_one)) == []
    # a singular noun counts nobody by itself, nor a measure noun ("وجرح 74 آخرين": aawsat a4d3d297e09ae)
    assert figure_conflict(_mention("قال ضابط إن الهجوم وقع"), _mention(five)) == []
    assert figure_conflict(_mention("أشارت الحصيلة إلى مقتل 14 شخصا، وجرح 74 آخرين"),
                           _mention("19 من مقاتلي بوكو حرام وجنديين من تشاد قتلوا")) == []


def test_those_still_in_hospital_are_a_part_of_the_wounded():
    # aawsat aa483545486c1 ("نائب رئيس الوزراء نعمان قورتولموش": 32 still in hospital) / almadina a508787ca8a8b
    # ("اوقع 30 قتيلا على الاقل ونحو 100 جريح"): the 32 are among the hundred, not another count of them
    still = "32 جريحا ما زالوا في المستشفى"
    toll = "شهدت تركيا أمس الاثنين هجوما انتحاريا داميا اوقع 30 قتيلا على الاقل ونحو 100 جريح في مدينة سوروتش"
    assert figure_conflict(_mention(still), _mention(toll)) == []


def _two_articles_apart(first, first_text, second, second_text):
    from claimtrack.contradiction.denied import LeadTexts
    from claimtrack.contradiction.places import figures_apart

    a, b = _statement(first, first_text, 1), _statement(second, second_text, 1)
    articles = {first.id: first, second.id: second}
    return figures_apart(a, b, claim_key(first_text), claim_key(second_text), articles, LeadTexts(articles), _weight)


_AGRI = ("تركيا.. هجوم انتحاري يقتل جنديين ويصيب 24\n\n"
         "سجل تصعيد جديد في دوامة العنف في تركيا مع وقوع عملية انتحارية استهدفت مركزا للدرك وأوقعت قتيلين و24 جريحا "
         "ونسبت إلى متمردي حزب العمال الكردستاني.\n\n"
         "وأعلن مكتب حاكم إقليم أغري بشرق تركيا أمس أن اثنين من أفراد قوات الأمن قتلا وأصيب 24 في تفجير انتحاري نفذه "
         "حزب العمال في الإقليم خلال ليل أول من أمس.\n\n"
         "وذكرت تقارير تركية أن جنديا قتل في إقليم ماردين بجنوب شرق البلاد حينما انفجر لغم أرضي في عربة عسكرية. "
         "وأصيب ثمانية جنود.\n")
_GOVERNOR = ("مقتل جنديين وإصابة 24 في هجوم بشرق تركيا\n\n"
             "أعلن بيان صدر عن مكتب حاكم إقليم أغري بشرق تركيا أمس الأحد أن اثنين من أفراد قوات الأمن قتلا وأصيب 24 في "
             "تفجير انتحاري نفذه حزب العمال الكردستاني في الإقليم خلال الليل. وقال مكتب الحاكم إن الهجوم نفذ باستخدام "
             "جرار محمل بطنين من المتفجرات على موقع لقوات الأمن في منطقة دوجو بايزيد في الإقليم الشرقي المتاخم لإيران.\n")
_ARMY = ("مقتل 3 جنود اتراك\n\n"
         "قال الجيش التركي إن 3 جنود قتلوا وأصيب 31 في هجوم انتحاري نفذه حزب العمال الكردستاني في شرق تركيا أمس.\n\n"
         "وذكر الجيش في بيان أن مسلحين من حزب العمال الكردستاني اقتحموا موقعا عسكريا في منطقة دوجو بايزيد في إقليم "
         "أغري بشرق البلاد المتاخم لإيران باستخدام جرار زراعي محمل بالمتفجرات.\n")


def test_a_figure_is_placed_by_its_own_paragraph_before_its_articles_lead():
    # alwatan a33dbd5bd6ab1 / okaz a9fc7e2df1f42 (SaudiNewsNet 2015-08-03): "وأصيب ثمانية جنود." stands in the
    # paragraph of a landmine in Mardin, not of the suicide attack in Agri its lead tells (judged other-event, P063);
    # the governor's toll of the attack in aljazirah ad618e03c46dc, in a paragraph naming Agri and the PKK, is still
    # held against the army's (judged a disagreement, P074)
    from claimtrack import parse_article

    day = dt.date(2015, 8, 3)
    alwatan = parse_article(_AGRI, id="a33dbd5bd6ab1", published=day)
    okaz = parse_article(_ARMY, id="a9fc7e2df1f42", published=day)
    army = "3 جنود قتلوا وأصيب 31 في هجوم انتحاري نفذه حزب العمال الكردستاني في شرق تركيا أمس"
    assert _two_articles_apart(alwatan, "وأصيب ثمانية جنود.", okaz, army)
    aljazirah = parse_article(_GOVERNOR, id="ad618e03c46dc", published=day)
    governor = ("مكتب حاكم إقليم أغري بشرق تركيا أمس الأحد أن اثنين من أفراد قوات الأمن قتلا وأصيب 24 في تفجير انتحاري "
                "نفذه حزب العمال الكردستاني في الإقليم خلال الليل")
    assert not _two_articles_apart(aljazirah, governor, okaz, army)


def test_a_headline_naming_only_a_country_is_placed_by_its_lead():
    # aljazirah a43d4be1907eb / aawsat a4d59d295cfd4 (SaudiNewsNet 2015-07-21): the headline's 30 dead "في بلدة تركية
    # على الحدود مع سوريا" names no town; its lead names Suruc, like the 27 of the other outlet's paragraph
    from claimtrack import parse_article

    day = dt.date(2015, 7, 21)
    headline = "وزارة الداخلية التركية: مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا"
    first = parse_article(f"{headline}\n\nقالت وزارة الداخلية التركية في بيان أمس الاثنين إن انفجاراً في بلدة سروج بجنوب "
                          "شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل 30 شخصاً وإصابة نحو 100 يعالجون في مستشفيات محلية.\n",
                          id="a43d4be1907eb", published=day)
    told = ("انفجارا في بلدة سروج بجنوب شرقي تركيا قرب الحدود مع سوريا، أسفر عن مقتل 27 شخصا واصابة نحو 100 يعالجون في "
            "مستشفيات محلية")
    second = parse_article(f"27 قتيلا و100 جريح بانفجار في بلدة على الحدود التركية - السورية\n\nقالت وزارة الداخلية "
                           f"التركية في بيان، اليوم (الاثنين)، ان {told}.\n", id="a4d59d295cfd4", published=day)
    assert not _two_articles_apart(first, "مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا", second, told)


def test_an_outlets_own_two_tolls_in_one_article_are_two_events():
    # alwatan a452e2ee63c2e (SaudiNewsNet 2015-08-03): two incidents told one after the other in the outlet's own
    # words; the earlier toll an outlet recalls as someone's ("وكانت الشرطة ... أعلنت") is still compared
    from claimtrack import parse_article
    from claimtrack.contradiction.denied import LeadTexts
    from claimtrack.contradiction.places import figures_apart

    first = "وفي بغداد قتل شخصان وأصيب خمسة آخرون بانفجار في الحي الصناعي بقضاء أبوغريب."
    second = "وفي حادث مماثل قتل شخص وأصيب ثمانية قرب سوق شعبية بمنطقة اليوسفية."
    article = parse_article(f"دعوات عراقية إلى تشكيل حكومة أزمة\n\n{first} {second}\n", id="a452e2ee63c2e",
                            published=dt.date(2015, 8, 3))
    a, b = _statement(article, first, 1), _statement(article, second, 2)
    articles = {article.id: article}
    assert figures_apart(a, b, claim_key(first), claim_key(second), articles, LeadTexts(articles), _weight)


def test_the_wounded_in_a_serious_condition_are_a_part_of_the_wounded():
    # alriyadh ab2034b945dde (SaudiNewsNet 2015-08-03): the army's four "في حالة خطيرة" are among the 31 wounded of
    # the Agri attack; against the governor's 24 (aljazirah ad618e03c46dc, judged part-vs-whole, P050) or the army's
    # own "بينهم أربعة في حالة حرجة" (aawsat a52f148697313, judged same-figure, P010) they dispute nothing
    serious = "أربعة جنود أصيبوا في الهجوم -الذي استخدم فيه مقاتلو حزب العمال البنادق- في حالة خطيرة"
    governor = ("مكتب حاكم إقليم أغري بشرق تركيا أمس الأحد أن اثنين من أفراد قوات الأمن قتلا وأصيب 24 في تفجير "
                "انتحاري نفذه حزب العمال الكردستاني في الإقليم خلال الليل")
    army = "جنديين قتلا وأصيب 31 آخرون، بينهم أربعة في حالة حرجة"
    assert figure_conflict(_mention(governor), _mention(serious)) == []
    assert figure_conflict(_mention(army), _mention(serious)) == []
    # the two tolls of the wounded themselves still differ
    assert figure_conflict(_mention(governor), _mention(army))


def test_a_reporting_verb_after_the_figure_tells_no_count():
    # aljazirah ae2bb82e35898 (SaudiNewsNet 2015-07-24, judged part-vs-whole P076): the total and the two attacks'
    # tolls, both in the outlet's own words; "حذر رئيسها" after the figure is Nigeria's president warning, no count
    from claimtrack import parse_article
    from claimtrack.contradiction.denied import LeadTexts
    from claimtrack.contradiction.places import figures_apart

    total = ("قتل اكثر من 50 شخصا منذ امس الاول في هجمات مفترضة لحركة بوكو حرام في الكاميرون ونيجيريا التي حذر "
             "رئيسها الولايات المتحدة من ان سياستها تضر بالجهود لمكافحة الحركة المتطرفة.")
    parts = ("والهجوم المزدوج في مروة بشمال الكاميرون، اسفر عن مقتل 11 شخصا على الاقل فيما لقي نحو 42 مصرعهم في "
             "تفجيرين استهدفا محطتي حافلات في غومبيه بشمال شرق نيجيريا.")
    article = parse_article(f"بوكو حرام\n\n{total}\n\n{parts}\n", id="ae2bb82e35898", published=dt.date(2015, 7, 24))
    a, b = _statement(article, total, 1), _statement(article, parts, 2)
    articles = {article.id: article}
    assert figures_apart(a, b, claim_key(total), claim_key(parts), articles, LeadTexts(articles), _weight)


def test_between_is_no_reporting_verb_in_a_recalled_toll():
    # aljazirah aac0d61332a73 (SaudiNewsNet 2015-08-03, judged other-event P003, P005): "وكانت ... تعرضت لثلاثة
    # اعتداءات انتحارية أوقعت 44 قتيلاً ... بين الثاني عشر والخامس والعشرين من تموز" recalls July's attacks; "بين"
    # is the preposition, not بيّن reporting an earlier figure of today's raid
    recalled = ("وكانت المنطقة الواقعة في أقصى شمال الكاميرون والمحاذية لمعاقل لبوكو حرام في نيجيريا تعرضت لثلاثة "
                "اعتداءات انتحارية أوقعت 44 قتيلاً على الأقل بين الثاني عشر والخامس والعشرين من تموز - يوليو.")
    assert past_event(recalled, dt.date(2015, 8, 3))


def test_tolls_of_two_months_are_two_counts():
    # alwatan af1d6eb7dd6a7 (SaudiNewsNet 2015-08-03): the UN's toll of July and, a sentence on, June's
    from claimtrack.contradiction.dating import days_apart

    day = dt.date(2015, 8, 3)
    july = "مقتل 1332عراقيا نتيجة أعمال العنف خلال يوليو الماضي، منهم 844 مدنيا و488 عسكريا خلال الحرب على تنظيم داعش"
    june = "كذلك قتل 1446 شخصا وجرح 1687 آخرون في يونيو الماضي."
    assert days_apart(july, june, day, day)
    # "شهر تموز الماضي" is July too
    assert not days_apart(july, "1332 عراقيا قتلوا نتيجة لأعمال العنف في البلاد خلال شهر تموز الماضي", day, day)


def test_the_rebels_and_the_revolutionaries_anchor_no_event():
    # alwatan a5d29262dee07 / a3876f876c083 (SaudiNewsNet 2015-08-03, judged other-place P012, P048): the rebels'
    # dead at Musaymir and in al-Bayda share only the war's parties (الثوار، المتمردون، الحوثي)
    musaymir = ("تدور مواجهات عنيفة في جبهة المسيمير بين الثوار وميليشيات التمرد الحوثي. وقالت المصادر إن 26 متمردا "
                "لقوا مصرعهم، وأصيب 22 آخرون، كما تمكن الثوار من أسر 44 متمردا")
    bayda = ("تكبد المتمردون خسائر فادحه في محافظة البيضاء. كما استهدف الثوار بعملية ثانية في منطقة عزة، طقما "
             "عسكريا، ما أدى إلى سقوط خمسة قتلى وسط ميليشيا التمرد الحوثي وإصابة 11 آخرين")
    assert event_anchors(_terms(musaymir), _terms(bayda), _weight) == ()


def test_updates_run_in_the_order_of_publication_times_within_a_day():
    # SaudiNewsNet 2015-07-21 (tests/data/yemen_aden_0721): alweeam_48 (02:18) gives the Health Ministry's 43 dead
    # of Dar Saad, alwatan_38 (02:29) the Aden health director's 57.  Both dated the same day, the update ran by
    # corpus order, so the 57 was "updated" by the earlier 43.  Ordered by the time each record gives, the earlier
    # figure comes first in every updates mark.
    import claimtrack
    from claimtrack.contradiction import mark_attributions
    from claimtrack.inputs import load_corpus

    from .conftest import DATA

    corpus = load_corpus([str(DATA / "yemen_aden_0721" / "articles")])
    marks = [m for m in claimtrack.contradictions(corpus) if m.dispute == "updates"]
    by_id = mark_attributions(corpus, marks)
    at = {art.id: art.published_at for art in corpus.articles}
    pairs = {(by_id[m.a].article, by_id[m.b].article) for m in marks}
    assert ("alweeam_48", "alwatan_38") in pairs and ("alwatan_38", "alweeam_48") not in pairs
    assert all(at[by_id[m.a].article] <= at[by_id[m.b].article] for m in marks)


def test_a_figure_of_the_dead_and_the_wounded_together_counts_neither_alone():
    # aljazirah aedccb3c0eda7 (2015-07-23): "حصيلة تفجير السيارة المفخخة في بغداد الجديدة ... ارتفعت من جديد إلى 66
    # قتيلاً وجريحاً" against 30 killed in a series of bombings (judged other-measure P023, W016); the alyaum article of
    # the Suruc story, "سقوط حوالي 10 قتلى وإصابة 20 آخرين", gives two figures, each with its own measure
    from claimtrack.contradiction.measured import CASUALTIES, measured_figures

    together = "حصيلة تفجير السيارة المفخخة في بغداد الجديدة ارتفعت من جديد إلى 66 قتيلاً وجريحاً"
    assert [m for _, m in measured_figures(together)] == [CASUALTIES]
    assert not figure_conflict(_mention(together), _mention("وقتل 30 شخصا على الأقل في سلسلة تفجيرات"))
    assert figure_conflict(_mention(together), _mention("ارتفعت حصيلة التفجير إلى 70 قتيلا وجريحا"))
    assert [m for _, m in measured_figures("سقوط حوالي 10 قتلى وإصابة 20 آخرين، في حصيلة أولية")] == ["killed", "wounded"]
    assert [m for _, m in measured_figures("وأسقط 27 قتيلًا و227 جريحًا")] == ["killed", "wounded"]


def test_a_measure_in_the_next_clause_counts_no_figure_before_it():
    # alriyadh a8045cd4f147d (2015-08-04), the Hamburg fire: the firemen moved more than 60 people to safety; the
    # wounded named after the comma are others, still searched for (judged different claims P009, P021 against
    # "أصيب 27 شخصًا" and "ارتفع عدد المصابين ... إلى 38 مصابا")
    from claimtrack.contradiction.measured import measured_figures

    moved = ("وأجلت قوات الإطفاء السكان من المنازل المجاورة، ونقلت أكثر من 60 شخصا إلى مكان آمن، وتبحث فرق الإنقاذ "
             "حاليا ما إذا كان هناك مصابون آخرون في المنازل المحيطة")
    assert measured_figures(moved) == ()
    assert not figure_conflict(_mention("أصيب 27 شخصًا اليوم في حادث اندلاع حريق وانفجار في مبنى بمدينة هامبورج"),
                               _mention(moved))
    # within its clause a measure after the figure still counts it, past a phrase set off by commas or an agency's
    # initials; the dead and wounded together before a new clause are neither alone
    assert [m for _, m in measured_figures("12 شخصا على الأقل قتلوا في الهجوم")] == ["killed"]
    assert [m for _, m in measured_figures("أكثر من 20 شخصا، معظمهم من النساء، لقوا حتفهم")] == ["killed"]
    assert [m for _, m in measured_figures("30 مدنيا (أ.ف.ب) قتلوا")] == ["killed"]
    assert not [q for q, m in measured_figures("سقط 12 شخصا قتلى وجرحى، ونقل 3 منهم إلى المستشفى") if q.low == 12]


def test_a_nominative_dual_of_a_nisba_noun_counts_two():
    # the Punjab police station attack (2015-07-27): "مقتل شرطيان وثلاثة مدنيين" (acf5281c4dc85) is the five of
    # "سقوط خمسة قتلى على الاقل" (a6451690e4bd5; judged agreement P036); the oblique مدنيين stays a plural
    from claimtrack.contradiction.measured import measured_figures

    breakdown = "الهجوم نتج عنه مقتل شرطيان وثلاثة مدنيين وإصابة سبعة آخرين"
    assert [(q.low, q.unit, m) for q, m in measured_figures(breakdown)][:2] == [(2.0, "policeman", "killed"),
                                                                                (3.0, "civilian", "killed")]
    five = "أسفر هجوم شنه مسلحون على مركز للشرطة، اليوم (الاثنين)، في الهند قرب الحدود مع باكستان، عن سقوط خمسة قتلى على الاقل"
    assert not figure_conflict(_mention(breakdown), _mention(five))
    assert [(q.low, q.unit) for q, _ in measured_figures("الهجوم نتج عنه مقتل شرطيين وثلاثة مدنيين")] == [(3.0, "civilian")]
    # only after a measure word: elsewhere the dual may be an adjective of a dual noun
    assert [q.low for q, _ in measured_figures("أعلن مصدران عسكريان مقتل 12 مسلحا")] == [12.0]


def test_a_group_s_count_is_no_dispute_of_a_far_larger_count_of_people():
    # the Syrian Network for Human Rights' Eid report (2015-07-21): 143 people killed by government forces, and a
    # headline's 39 children; a group's count against a count of people no more than twice it is still compared
    from claimtrack.contradiction.measured import measured_figures

    people = "القوات الحكومية قتلت 143 شخصًا، يتوزعون إلى 19 مسلحًا"
    assert [m for _, m in measured_figures(people)][:1] == ["killed"]
    assert not figure_conflict(_mention(people), _mention("مقتل 39 طفلاً خلال أيام عيد الفطر"))
    assert figure_conflict(_mention("قتل 30 مدنيا في القصف"), _mention("قتل 45 شخصا في القصف"))
    # a count of the dead that names the group beside them counts the group (aawsat / alriyadh, 2015-07-22: judged
    # disagrees P017)
    assert figure_conflict(_mention("قتل 43 مدنيا على الأقل الأحد عندما قصف المتمردون مدينة عدن جنوب اليمن"),
                           _mention("ارتفع عدد القتلى المدنيين الذين سقطوا جراء قصف ميليشيات الحوثي وصالح على أحياء "
                                    "سكنية في مديرية دار سعد شمال عدن إلى 103 قتلى."))


def test_a_count_of_policemen_counts_people():
    # units.tsv's policeman (شرطي، شرطيين) is a unit of people for the stories' facets too (data/people_units.tsv):
    # a figure of policemen with no measure word counts people, as one of soldiers does
    from claimtrack.matching.facets import headline_gives_toll

    assert headline_gives_toll("نشر 500 شرطي في شوارع المدينة")
    assert headline_gives_toll("نشر 500 جندي في شوارع المدينة")
    assert not headline_gives_toll("افتتاح 3 مراكز للشرطة في المدينة")


def test_two_accounts_of_two_events_disagree_on_the_one_they_count_apart():
    # aljazirah ae2bb82e35898 / alriyadh a84e480107714 (2015-07-24): Boko Haram's attacks at Maroua and at Gombe, one
    # figure each; they agree on Gombe (نحو 42 / نحو 37) and not on Maroua (11 / 13: judged disagrees P051).  Read once
    # لقي counted the dead, a figure that matched on one event hid the other, and the sum of one side's two figures
    # passed for a total of the other's
    a = ("والهجوم المزدوج في مروة بشمال الكاميرون، اسفر عن مقتل 11 شخصا على الاقل فيما لقي نحو 42 مصرعهم في تفجيرين "
         "استهدفا محطتي حافلات في غومبيه بشمال شرق نيجيريا")
    b = a.replace("11 شخصا", "13 شخصا").replace("نحو 42", "نحو 37")
    (found,) = figure_conflict(_mention(a), _mention(b))
    assert (found.a.text, found.b.text) == ("11 شخصا على الاقل", "13 شخصا على الاقل")
    # a breakdown still adds up to the other side's one total, and a figure the other side gives again is no dispute
    assert figure_conflict(_mention("قتل 53 شخصا في هجمات بوكو حرام"), _mention(a)) == []
    assert figure_conflict(_mention(a), _mention(a)) == []
    # more figures on one side: a breakdown, where one figure in common is enough (okaz d1f89b928e, 2015-07-21: the
    # wounded handed to 8 hospitals and the 8 carried by others)
    handed = "تم توزيع ٥٠ مصابا على 8 مستشفيات بالمنطقة وهي بريدة المركزي، الملك فهد التخصصي ببريدة، الصحة النفسية"
    carried = ("تم نقل ٤٩ مصابا منهم ٤ حالات خطيرة و١٥ حالة متوسطة الخطورة وباقي الحالات أقل من المتوسطة إلى الخفيفة، "
               "نقل الهلال الأحمر السعودي ٤١ مصابا، وثمانية تم نقلهم عن طريق الجهات الأخرى")
    assert figure_conflict(_mention(handed), _mention(carried)) == []


def test_a_toll_of_the_dead_and_wounded_together_is_held_against_the_sum_of_both() -> None:
    # real_disputes2 E1-033 (2015-07-23): the Iraqi interior ministry's "ارتفعت من جديد إلى 66 قتيلاً وجريحاً"
    # (aljazirah 3bfe40c71d) against its source's "مقتل 19 شخصا على الاقل واصابة 43" (alriyadh ba497f79e9): 62, not 66
    from claimtrack.contradiction.figures import figure_conflict
    from claimtrack.models import Mention
    from claimtrack.spans import Span

    def m(text: str) -> Mention:
        return Mention(text, Span(0, len(text)))

    parts = "واستهدف اكثر الهجمات دموية منطقة بغداد الجديدة، حيث ادى تفجير سيارة مفخخة الى مقتل 19 شخصا على الاقل واصابة 43"
    total = "حصيلة تفجير السيارة المفخخة في بغداد الجديدة، شرقي بغداد، ارتفعت من جديد إلى 66 قتيلاً وجريحاً"
    found = figure_conflict(m(parts), m(total))
    assert [e.note for e in found] == ["casualties: 19 شخصا على الاقل + 43 / 66 قتيلاً"]
    assert found[0].a.text == "19 شخصا على الاقل" and found[0].b.text == "66 قتيلاً"
    assert [e.note for e in figure_conflict(m(total), m(parts))] == ["casualties: 66 قتيلاً / 19 شخصا على الاقل + 43"]
    # the sum told as one figure is no dispute, nor a total against the dead alone
    assert figure_conflict(m(parts), m(total.replace("66", "62"))) == []
    assert figure_conflict(m("ادى تفجير سيارة مفخخة الى مقتل 19 شخصا"), m(total)) == []


def test_a_toll_of_the_dead_and_wounded_together_is_not_held_against_one_side_s_losses() -> None:
    # (review of the twenty-sixth session) "30 قتيلا وجريحا من الطرفين" and "مقتل 10 من الحوثيين وإصابة 12 آخرين": the
    # Houthis' losses are a part of both sides' toll, as two figures of the dead alone would be
    from claimtrack.contradiction.figures import figure_conflict
    from claimtrack.models import Mention
    from claimtrack.spans import Span

    def m(text: str) -> Mention:
        return Mention(text, Span(0, len(text)))

    assert figure_conflict(m("سقوط 30 قتيلا وجريحا من الطرفين"), m("مقتل 10 من الحوثيين وإصابة 12 آخرين")) == []


def test_a_part_is_never_added_to_its_whole():
    # The Nile boat sunk at al-Warraq (2015-07-23): medical and security sources' "13 شخصا على الاقل بينهم طفلان"
    # (aleqtisadiya) against the interior ministry's 15 (sabq): the two children are among the 13, so 13 + 2 is no
    # breakdown of the ministry's 15 (judged disagrees N001, N008); once the floor after the figure was read, the
    # dual after بينهم took the figure's measure and the sum hid the dispute
    a = "لقى 13 شخصا على الاقل بينهم طفلان مصرعهم الأربعاء بعد ما غرق مركب كانوا يستقلونه في نهر النيل شمال القاهرة"
    b = "15 شخصاً قُتلوا في الحادث الذي وقع إثر اصطدام أحد الصنادل النيلية بمركب يستقله عدد من المواطنين"
    (found,) = figure_conflict(_mention(a), _mention(b))
    assert (found.a.text, found.b.text) == ("13 شخصا على الاقل", "15 شخصاً")


def test_a_toll_that_names_its_attacker_holds_the_toll_without_him():
    # The Maiduguri market bombing: the emergency agency's "مقتل ستة أشخاص" and a rescuer's "سبع جثث بينها جثة
    # الانتحارية" (2015-07-31, judged same-figure N001); the rescuer's seven with the bomber's body and a trader's "ست
    # جثث وجثة الانتحارية" (2015-08-01, P060): one toll, the bomber counted or not
    official = ("انتحاريا فجر نفسه في سوق مكتظة بمدينة مايدوجوري بشمال شرق نيجيريا اليوم الجمعة مما أدى إلى مقتل ستة "
                "أشخاص في هجوم")
    rescuer = "تم نقل سبع جثث، بينها جثة الانتحارية إلى المستشفى، فيما أصيب ثمانية أشخاص آخرين"
    trader = "حملنا ست جثث وجثة الانتحارية المشوهة في شاحنة صغيرة نقلتهم إلى المستشفى"
    assert figure_conflict(_mention(official), _mention(rescuer)) == []
    assert figure_conflict(_mention(rescuer), _mention(trader)) == []
    # one more or one fewer only: nine with the bomber is no twelve
    (found,) = figure_conflict(_mention("قتل 9 أشخاص بينهم الانتحاري"), _mention("قتل 12 شخصا"))
    assert found.note == "killed: 9 أشخاص / 12 شخصا"
    # and without an attacker named, six and seven are two figures
    assert figure_conflict(_mention(official), _mention("تم نقل سبع جثث إلى المستشفى"))
