"""Dispute marks on a real day nobody had tuned on (issue 13, helper "day3"): the wrong marks a blind judge found on
2015-07-26 (SaudiNewsNet, first 1,400 articles), each cause held as a unit test of the construction in the real
article (sentences as printed)."""


from claimtrack import read_article
from claimtrack.contradiction.incidents import past_event
from claimtrack.contradiction.localities import localities_apart
from claimtrack.contradiction.topics import article_topic
from claimtrack.contradiction.worded_apart import asserts_nothing

from .conftest import DATA


def test_an_interviewers_question_asserts_nothing_to_deny():
    # aawsat a0df575db6e92: the interviewer's line, taken as the outlet's claim that "نافيًا وجود فتور" denied
    assert asserts_nothing("* ما آفاق تطوير العلاقات بين تونس ومحيطها العربي وعمقها الأفريقي؟")
    # aawsat a38479ad02845
    assert asserts_nothing("* الأحاديث المتزايدة من كونك مدربا «مؤقتا» للمنتخب الأول إلى حين التعاقد مع جهاز فني "
                           "أجنبي، هل تؤثر على نفسيتك وعملك والثقة التي بينك وبين اللاعبين والاحترام المتبادل؟")
    assert not asserts_nothing("الشرطة التركية اعتقلت منذ الجمعة في جميع انحاء تركيا 590 شخصا")


def test_a_source_names_the_province_of_its_figure():
    # alriyadh ab3459094560e: two provinces' tolls, one placed by its source (as places.figures_apart joins them)
    badakhshan = ("\"قتل 21 متمردا على الاقل معظمهم من الاجانب وتعرض 13 آخرين لاصابات خلال يومين من القتال الشرس مع "
                  "قوات الامن الافغانية\" \u060c جول محمد بيدار نائب حاكم إقليم باداخشان شمال شرق البلاد")
    faryab = ("وفي الوقت نفسه، قتل 18 متمردا على الاقل وأصيب تسعة آخرون في إقليم فارياب شمال البلاد بعد أن شنت قوات "
              "الامن الافغانية عملية عسكرية أعقبتها غارة جوية أمس الاول الجمعة.")
    assert localities_apart(badakhshan, faryab)


def test_two_places_of_one_province_are_two_events():
    # aljazirah abd87e7420ba7 / alriyadh ac2c4c0ffd9e6: both name Taiz, each a place of its own besides
    mokha = "مقتل 50 مدنياً جراء غارات شنتها قوات التحالف العربي على مدينة المخأ بمحافظة تعز وسط البلاد"
    marib = "وقتل 20 شخصا الجمعة في اشتباكات عنيفة في محافظة مأرب وسط البلاد، ومدينة تعز جنوب صنعاء."
    assert localities_apart(mokha, marib)
    # one place named more closely than the other is not two events
    assert not localities_apart(mokha, "مقتل 50 مدنيا في غارات على مدينة المخأ")


def test_a_background_sentence_tells_a_past_event():
    # aawsat ae188f4ad21a4: the new attack's toll and the attack before, recalled
    assert past_event("وكانت انتحاريتان نفذتا تفجيرين أسفرا عن مقتل 13 شخصا على الأقل في سوق مركزي وحي مجاور في مروة، "
                      "كبرى مدن أقصى شمال الكاميرون")
    assert not past_event("عدد قتلى الهجوم ارتفع إلى 20 شخصًا")


def test_a_short_article_about_a_denial_has_no_topic_words_to_set_aside():
    # okaz 8ce0d06642 (real_disputes D2-040): "لا صحة لرسالة «كورونا»" links to the message it denies by the
    # article's own words (مستشفى، مدير); the topic rule is for long surveys (alriyadh a677d14f08d2d, 64 sentences:
    # تمور and مصنع link "الحليبي نفى أن يكون هناك أي تسهيلات" to every statement of it)
    article = read_article(DATA / "real_disputes" / "articles" / "okaz_8ce0d06642.txt")
    topic = article_topic(article)
    assert not topic.words and topic.lead_denies


def test_one_towns_operation_is_part_of_a_series_in_its_province():
    # alriyadh a466f8f1ba326 (13 arrested in Sejnane) / aljazirah aa325b9dfab02 (16 in a series across Bizerte)
    from claimtrack.contradiction.figures import figure_conflict
    from claimtrack.models import Mention
    from claimtrack.spans import Span

    def m(text):
        return Mention(text, Span(0, len(text)))

    sejnane = ("أمكن لوحداتها المختصة للحرس الوطني مسنودة من وحدات أخرى القيام بعملية استباقية نوعية بمدينة سجنان من "
               "ولاية بنزرت والإطاحة بخلية إرهابية كان يقودها إرهابي خطير مطلوب لدى الأجهزة الأمنية، وقد تمكنت إدارة "
               "الإرهاب مسنودة بمختلف الاختصاصات من القبض على 13 إرهابيا")
    series = ("إرهابياً قتل واعتقل 16 شخصاً بشبهة «الإرهاب»، كما تم ضبط كميات من الأسلحة خلال سلسلة عمليات لقوات الأمن "
              "التونسية في منطقة بنزرت في شمال تونس")
    assert not figure_conflict(m(sejnane), m(series))


# alwatan a58e87541ed05 (2015-07-26), as printed: a lead of two crashes, one spokesman's figures of each.
TWO_CRASHES = (
    "وفاة 3 في حادثين على طريق الطائف الرياض\n\n توفي مساء أول من أمس ثلاثة أشخاص وأصيب 12 بينهم طفل في حادثين "
    "مروريين منفصلين على طريق الطائف الرياض. \n وأوضح المتحدث الرسمي للهلال الأحمر بمنطقة مكة المكرمة علي الغامدي، أن "
    "غرفة عمليات الهلال الأحمر بالطائف تلقت مساء أول من أمس بلاغا عن حادث سير في منطقة البرك طريق المحاني، وعلى الفور "
    "تم تمرير البلاغ وإرسال ست فرق إسعافية وفرقة من التدخل السريع وطائرة إسعاف جوي وفرقتين من صحة الطائف. وأشار "
    "الغامدي إلى أنه تبين بالموقع سبع إصابات وحالة وفاة وقامت الفرق الإسعافية بمهماتها في الموقع ونقل حالتين عن طريق "
    "الإسعاف الجوي وثلاث حالات متوسطة مع فرق الهلال الأحمر وحالتين مع فرق الصحة متوسطة الإصابة. وأضاف أن غرفة عمليات "
    "الطائف تلقت بلاغا من أمن الطرق عن وجود حادث سير بين رضوان والعطيف بالقرب من رضوان، أسفر عن وجود ثلاث إصابات وتم "
    "إرسال ثلاث فرق من الهلال الأحمر وفرقة من صحة الطائف، وتبين أن هناك خمس إصابات وحالتي وفاة.")


def test_a_lead_of_two_events_keeps_its_sentences_figures_apart():
    # A rule keeping the figures of any lead of two events apart (a dual event noun) was taken out: on 2015-08-03 it
    # removed 6 marks, 2 of them judged right and none judged wrong.  This lead says so in so many words ("في حادثين
    # مروريين منفصلين": place_scopes.tsv kind separate), which no judged lead of 2015-08-03 does.
    import datetime as dt

    from claimtrack import Corpus, contradictions, parse_article
    from claimtrack.contradiction.marks import mark_attributions

    corpus = Corpus([parse_article(TWO_CRASHES, id="a58e87541ed05", outlet="alwatan", published=dt.date(2015, 7, 26))])
    marks = [m for m in contradictions(corpus) if m.dispute in ("updates", "disagrees")]
    by_id = mark_attributions(corpus, marks)
    pairs = [(by_id[m.a].content.text, by_id[m.b].content.text) for m in marks]
    # the first crash's "سبع إصابات وحالة وفاة" is no earlier figure of the second's
    assert not any("سبع" in a or "سبع" in b for a, b in pairs), pairs


def test_one_sides_losses_are_held_against_no_toll():
    # aawsat a5ee96ceb2528 (pro-Hadi dead and their wounded) / alriyadh (Houthi dead and "17 آخرون"), and
    # alwatan's "44 من قوات التمرد" against aljazirah's "50 مدنياً" (2015-07-26): each a side's losses
    from claimtrack.contradiction.figures import figure_conflict
    from claimtrack.models import Mention
    from claimtrack.spans import Span

    def m(text):
        return Mention(text, Span(0, len(text)))

    hadi = m("سقوط سبعة قتلى بين صفوف القوات الموالية للرئيس عبدربه منصور هادي واصابة 29 جريحا في المعارك")
    houthi = m("أما في تعز، فقد قتل 3 مسلحين تابعين لميليشيات الحوثي وصالح وأصيب 17 آخرون بجروح في مواجهات بين "
               "المتمردين وقوات المقاومة الشعبية الموالية للشرعية.")
    assert not figure_conflict(hadi, houthi)
    rebels = m("وشهدت تعز مواجهات عنيفة أسفرت عن مقتل 44 من قوات التمرد، واستشهاد ثمانية من الثوار")
    assert not figure_conflict(m("مقتل 50 مدنياً جراء غارات التحالف على المخأ"), rebels)


def test_a_count_since_friday_is_a_running_count():
    # alriyadh ac941b30bc904 (Davutoglu, Saturday: "منذ الجمعة ... 590") / a5b2864f0023a (Sunday: 851 over three
    # days): two speakers, two moments of one count; one speaker raising his own count (297 -> 590, real_disputes
    # D1-040) still updates it
    from claimtrack.contradiction.figures import running_apart, since_day

    since = "الشرطة التركية اعتقلت منذ الجمعة في جميع انحاء تركيا 590 شخصا"
    assert since_day(since) == {6}
    assert running_apart("disagrees", since, "اعتقال 851 شخصا بشبهة الانتماء لـ «منظمات إرهابية»")
    assert not running_apart("updates", since, "إن 297 شخصاً بينهم 37 أجنبياً اعتقلوا خلال المداهمات")


def test_a_denial_in_a_long_article_needs_specific_words_of_its_own():
    # alriyadh a7a41a162d40a (41 sentences on proxies): "نافياً للجهالة ... يجب تدوين" shares وكالة (the topic),
    # يجب (common) and جهالة with "يجب على موثق الوكالة في كتابات العدل أن يبيّن أبعاد الوكالة": one specific word
    from types import SimpleNamespace

    from claimtrack.contradiction.topics import Topic, topic_only as _topic_only
    from claimtrack.spans import Span

    def claim(start):
        return SimpleNamespace(attribution=SimpleNamespace(article="a7a41a162d40a", cue=SimpleNamespace(span=Span(start, start + 5))))

    topics = {"a7a41a162d40a": Topic(frozenset({"وكال", "وكيل", "توكيل", "موكل"}), 300, False)}
    assert _topic_only(claim(2000), claim(900), ("جهال", "يجب", "وكال"), {}, topics)
    assert not _topic_only(claim(2000), claim(900), ("جهال", "e:كتابة العدل", "وكال"), {}, topics)
    assert not _topic_only(claim(100), claim(900), ("جهال", "يجب", "وكال"), {}, topics)  # the article's news


def test_a_quoted_name_asserts_nothing_but_two_words_can_be_a_claim():
    # "«جبهة النصرة»" as what the observatory's director says (aawsat a58d1ef25f449, 2015-08-01) names a group and
    # asserts nothing a denial could take back; but a two-word content is often a whole claim, and its denial in
    # another outlet is marked (review finding: every two-word content was read as asserting nothing)
    assert asserts_nothing("«جبهة النصرة»") and asserts_nothing("ذلك")
    assert not asserts_nothing("مقتل البغدادي") and not asserts_nothing("استقالة الوزير")
    from claimtrack import Corpus, contradictions, parse_article

    said = parse_article("التلفزيون العراقي: مقتل البغدادي\n\nأعلن التلفزيون العراقي الرسمي مقتل البغدادي.", id="tv",
                         outlet="a")
    denied = parse_article("التنظيم ينفي\n\nونفى المتحدث باسم التنظيم مقتل البغدادي.", id="group", outlet="b")
    assert "denies" in [m.dispute for m in contradictions(Corpus([said, denied]))]


def test_a_party_to_the_war_named_with_a_seat_word_is_no_place():
    # جبهة heads a front's name (جبهة الجفينة, a place) but "جبهة النصرة" is a party to the war (place_scopes.tsv
    # kind actor): two tolls of villages of rural Hama are not held apart as if النصرة were a place (review finding)
    assert not localities_apart("مقتل 20 مدنيا في هجوم لجبهة النصرة على قرية في ريف حماة",
                                "مقتل 35 مدنيا في قرية الزارة في ريف حماة")
    assert localities_apart("مقتل 18 حوثيا في جبهة الجفينة", "مقتل 6 حوثيين في جبهة المخدرة")
