"""Stories (claims about one event across speakers), background word statistics, and the story baselines."""

import datetime as dt
import json
import re
from collections import Counter

import attrs
import pytest

from claimtrack import Corpus, Story, parse_article
from claimtrack.baselines import baseline_rare_word_stories, baseline_stories
from claimtrack.claims import claim_key
from claimtrack.cli import main
from claimtrack.lexicon.background import background
from claimtrack.matching import Cluster
from claimtrack.matching import terms as terms_module
from claimtrack.matching.stories import clause, group_stories, story_similarity

from .conftest import DATA

REAL = DATA / "real_stories"


def _claims_of(text):
    """The claims of one article read from ``text`` (a title line, an empty line, the body)."""
    return Corpus([parse_article(text, id="a")]).claims


def test_background_counts_real_news():
    bg = background()
    assert bg.documents > 20000 and bg.floor >= 10
    # a reporting verb is in thousands of articles; a town's name in a few dozen; an unknown word is rarer still
    assert bg.count(claim_key("قال").stems[0]) > 2000
    assert bg.floor // 2 == bg.count("كلمةلاتوجد") < bg.count("سروج") < 200


def test_background_matches_the_stemmer():
    """The file holds claim_key's output: if stemming changes, most words of a real article fall out of it
    and the file must be regenerated (benchmarks/background_df.py)."""
    text = (REAL / "span_payments" / "articles" / "aawsat_0722_122.txt").read_text(encoding="utf-8")
    stems = set(claim_key(text).stems)
    assert len({s for s in stems if s in background().df}) >= 0.9 * len(stems)


def test_real_news_lifts_a_rare_name_that_a_tiny_corpus_repeats(monkeypatch):
    # Three articles about Suruc: every one repeats the town's name, so the corpus alone finds it common.
    town, verb = claim_key("سروج").stems[0], claim_key("أكد").stems[0]
    shipped = terms_module.BACKGROUND_SHARE

    def gap(share: float) -> float:
        monkeypatch.setattr(terms_module, "BACKGROUND_SHARE", share)
        corpus = Corpus()
        for name in ("aawsat_0721_37", "alweeam_0721_1619", "aleqtisadiya_0721_684"):
            corpus.add(REAL / "suruc_bombing" / "articles" / f"{name}.txt")
        weight = corpus.weight()
        return weight(town) - weight(verb)

    assert gap(0.0) < gap(shipped) < gap(1.0)
    assert gap(1.0) > 0  # in real news the town is far rarer than the reporting verb


def test_one_report_told_by_two_outlets_is_one_story_and_another_event_is_not():
    corpus = Corpus()
    corpus.add(REAL / "span_payments" / "articles" / "aawsat_0722_122.txt", outlet="aawsat", published="2015-07-22")
    corpus.add(REAL / "span_payments" / "articles" / "okaz_0723_1147.txt", outlet="okaz", published="2015-07-23")
    corpus.add(REAL / "suruc_bombing" / "articles" / "alweeam_0721_1619.txt", outlet="alweeam", published="2015-07-21")
    stories = corpus.stories
    assert all(isinstance(s, Story) for s in stories)
    span = next(s for s in stories if "aawsat_0722_122" in s.articles)
    # the SAMA report's figures, one after another in each article, are one story across the two outlets
    assert set(span.articles) == {"aawsat_0722_122", "okaz_0723_1147"} and span.outlets == ("aawsat", "okaz")
    assert "alweeam_0721_1619" not in span.articles
    assert sorted(m for s in stories for m in s.claims) == sorted(a.id for a in corpus.attributions)
    assert {c for s in stories for c in s.clusters} == {c.id for c in corpus.clusters}
    assert corpus.story_of(corpus.cluster_of(span.claims[0]).id) == span  # type: ignore[union-attr]


def test_stories_are_local_in_time():
    clusters = [Cluster("c1", "x", ["a#1"], ["a"], ["A"]), Cluster("c2", "y", ["b#1"], ["b"], ["B"])]
    # "أعلنت وزارة الداخلية التركية مقتل 27 شخصا في انفجار سروج" / "ارتفاع حصيلة انفجار سروج إلى 30 قتيلا"
    terms = {"c1": Counter(["سروج", "انفجار", "مقتل"]), "c2": Counter(["سروج", "انفجار", "حصيله"])}
    near = {"c1": frozenset({dt.date(2015, 7, 20)}), "c2": frozenset({dt.date(2015, 7, 21)})}
    far = {"c1": frozenset({dt.date(2015, 7, 20)}), "c2": frozenset({dt.date(2015, 7, 29)})}
    same = group_stories(clusters, terms, lambda t: 1.0, near, str)
    apart = group_stories(clusters, terms, lambda t: 1.0, far, str)
    undated = group_stories(clusters, terms, lambda t: 1.0, {}, str)
    assert len(same) == 1 and same[0].clusters == ("c1", "c2") and same[0].outlets == ("a", "b")
    assert len(apart) == 2 and len(undated) == 1


def test_story_similarity_weighs_rare_terms():
    a, b = Counter(["سروج", "اكد"]), Counter(["سروج", "قال"])
    rare = {"سروج": 5.0}
    assert story_similarity(a, b, lambda t: rare.get(t, 1.0)) > story_similarity(a, b, lambda t: 1.0)
    assert story_similarity(a, Counter(), lambda t: 1.0) == 0.0


def test_story_baselines():
    corpus = Corpus()
    corpus.add(REAL / "span_payments" / "articles" / "aawsat_0722_122.txt")
    corpus.add(REAL / "span_payments" / "articles" / "okaz_0723_1147.txt")
    found = list(corpus.attributions)
    by_article = baseline_stories(found)
    # every article is one story, and identical wire copy joins the two articles
    assert len(by_article) == 1 and len(by_article[0].claims) == len(found)
    rare = baseline_rare_word_stories(found)
    assert sorted(m for s in rare for m in s.claims) == sorted(a.id for a in found)


def test_eval_stories_prints_figures_and_baselines(capsys):
    story = REAL / "maliki_reactions"
    args = ["eval", "--cross-article", str(story / "gold"), str(story / "articles"), "--stories", str(story / "stories.json")]
    assert main(args) == 0
    out = capsys.readouterr().out
    found = re.search(r"stories \(cross-article pairs\): precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)", out)
    assert found and float(found.group(3)) >= 0.65
    assert "baseline claim clusters merged by article" in out and "baseline two shared rare content words" in out
    assert main(["eval", "--format", "json", *args[1:]]) == 0
    record = json.loads(capsys.readouterr().out)
    assert {"stories", "baseline_stories", "baseline_rare_word_stories"} <= set(record)


def test_match_jsonl_gives_each_cluster_its_story(capsys):
    assert main(["match", "--format", "jsonl", str(REAL / "span_payments" / "articles")]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(re.fullmatch(r"s\d+", r["story"]) for r in rows)


def test_a_toll_and_the_same_speakers_next_statement_are_two_stories():
    # suruc_bombing alriyadh_0722_854: the interior ministry's toll, then its "عمل إرهابي": the toll and
    # the response, though one speaker says both in a row

    text = ("قالت وزارة الداخلية التركية في بيان اليوم الاثنين إن انفجارا في بلدة سروج بجنوب شرق تركيا قرب الحدود "
            "مع سوريا أسفر عن مقتل 27 شخصا وإصابة نحو 100 يعالجون في مستشفيات محلية. "
            "وقالت الوزارة إن الانفجار \"عمل إرهابي\".")
    corpus = Corpus([parse_article(text, id="a", layout="plain")])
    toll, act = corpus.attributions
    assert corpus.cluster_of(toll.id).measures and not corpus.cluster_of(act.id).measures
    assert corpus.story_of(corpus.cluster_of(toll.id).id) != corpus.story_of(corpus.cluster_of(act.id).id)


def test_a_story_grows_only_on_specific_evidence():
    # A real day (SaudiNewsNet 2015-07-21, 1,000 articles) chained 5,909 of 7,039 claims into one story through
    # word forms real news uses once or never (احساسا، تهويل, both under 20 of its 20,290 articles).  Here a
    # long article's unit (c1) holds the Suruc toll and those two forms; another article's toll (c2) joins
    # it, and a third cluster sharing only the two forms and a common word (مقتل, 1,933 articles) stays out.
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in (1, 2, 3)]
    terms = {"c1": Counter(["سروج", "قتيلا", "انفجار", "تهويل", "احساسا"]),
             "c2": Counter(["سروج", "قتيلا", "انفجار"]),
             "c3": Counter(["تهويل", "احساسا", "مقتل"])}
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str)
    assert [s.clusters for s in stories] == [("c1", "c2"), ("c3",)]


def test_another_speakers_clause_leaves_out_the_head_of_his_sentence():
    # egypt_fm_visit aawsat_0724_831 (shortened): the sentence opens with the tail of the Saudi-visit readout,
    # the anonymous sources' rumours start at أوضحت; weighed on the whole sentence, the rumours were one story
    # with the next sentence's readout of the King's meeting

    text = ("وكان شكري قد أشاد بحفاوة استقباله في المملكة العربية السعودية واللقاءات التي عقدت. وكذلك نتائج الزيارة "
            "والاهتمام المتبادل بين خادم الحرمين الشريفين الملك سلمان بن عبد العزيز والرئيس المصري عبد الفتاح السيسي، "
            "فيما أوضحت بعض المصادر أن جماعة الإخوان تحاول نشر شائعات لإفساد العلاقات.")
    praise, rumours = Corpus([parse_article(text, id="a", layout="plain")]).attributions
    assert clause(rumours, text) == "أوضحت بعض المصادر أن جماعة الإخوان تحاول نشر شائعات لإفساد العلاقات."
    assert clause(praise, text) == "شكري قد أشاد بحفاوة استقباله في المملكة العربية السعودية واللقاءات التي عقدت."


def test_one_articles_stories_that_its_links_keep_apart_join_only_through_other_articles():
    # egypt_fm_visit aawsat_0724_831 covers the Saudi visit, then the UAE talks and the Kuwait trip: its UAE
    # unit (a#1) and its Saudi unit (a#2) share the diplomatic words of both, but not the visit; the SPA copy
    # of another outlet (b#1) joins the Saudi unit, and the UAE unit, once joined to it first, stays out
    clusters = [Cluster("c1", "x", ["a#1"], ["a"], ["A"]), Cluster("c2", "y", ["a#2"], ["a"], ["A"]),
                Cluster("c3", "z", ["b#1"], ["b"], ["B"])]
    terms = {"c1": Counter(["e:الإمارات", "مشاور", "علاق", "ثناي", "تعزيز"]),
             "c2": Counter(["e:السعودية", "استقبال", "علاق", "ثناي", "تعزيز"]),
             "c3": Counter(["e:السعودية", "استقبال", "تحي", "تقدير", "شكر"])}
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str)
    assert [s.clusters for s in stories] == [("c1",), ("c2", "c3")]
    # the same clusters in two articles: one story
    clusters[1] = Cluster("c2", "y", ["d#2"], ["d"], ["D"])
    assert [s.clusters for s in group_stories(clusters, terms, lambda t: 1.0, {}, str)] == [("c1", "c2", "c3")]


def test_a_participle_with_its_speaker_named_before_keeps_the_head_of_its_sentence():
    # egypt_fm_visit 3alyoum_0724_82: the King's مؤكداً hangs on "حمل ... الوزير نقل تحياته", his answer to the
    # greetings the minister relayed in the sentence before; that head is his own act, so his clause keeps it

    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام اليوم وزير الخارجية بجمهورية "
            "مصر العربية سامح شكري. ونقل الوزير لخادم الحرمين الشريفين خلال الاستقبال تحيات الرئيس عبدالفتاح السيسي "
            "رئيس جمهورية مصر العربية وتقديره لمواقف المملكة تجاه مصر وشعبها في مختلف الظروف. وقد حمل الملك المفدى "
            "الوزير نقل تحياته لرئيس جمهورية مصر العربية مؤكداً عمق العلاقات الأخوية بين البلدين الشقيقين وحرص المملكة "
            "على تعزيزها في شتى المجالات.")
    relay, answer = Corpus([parse_article(text, id="a", layout="plain")]).attributions
    assert answer.cue.text == "مؤكداً" and answer.source.span.end <= answer.sentence.start  # named before
    assert clause(answer, text).startswith("وقد حمل الملك المفدى الوزير نقل تحياته")
    assert clause(relay, text).startswith("ونقل الوزير")


def test_a_term_in_more_than_half_of_a_small_corpus_tells_no_story_from_another():
    # egypt_fm_visit (11 clusters): مصر in 6 of them tied the spokesman's UAE readout (c1) to the King's
    # meeting (c2, c3) with the news words of every visit; it is what the small corpus is about
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 6)]
    terms = {"c1": Counter(["e:مصر", "e:الإمارات", "مشاور", "تعزيز"]),
             "c2": Counter(["e:مصر", "e:السعودية", "استقبال", "تعزيز"]),
             "c3": Counter(["e:مصر", "e:السعودية", "استقبال", "تحي"]),
             "c4": Counter(["مطار", "رحل"]), "c5": Counter(["فندق", "وفد"])}
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str)
    assert [s.clusters for s in stories] == [("c1",), ("c2", "c3"), ("c4",), ("c5",)]


def test_a_claim_gives_a_toll_with_a_figure_of_people_or_a_toll_named_without_one():
    # uae_41_trial alweeam_0802_918 (shortened): the headline's 41 defendants answer how many were referred; the
    # prosecutor's "المتهمين" with no figure is the subject of the charges.  suruc_bombing aljazirah_0721_981:
    # "يرتفع عدد القتلى" asks the toll without a figure.
    from claimtrack.matching.stories import gives_toll

    text = ("الإمارات: إحالة 41 متهماً بالانتماء إلى «تنظيم إرهابي» للمحكمة العليا\n\n"
            "وصرح النائب العام للدولة سالم كبيش بأنه تمت إحالة المتهمين إلى المحكمة الاتحادية العليا بعدما أسفرت "
            "التحقيقات التي أجرتها النيابة العامة عن قيامهم بإنشاء وتأسيس وإدارة جماعة إرهابية داخل الدولة.\n"
            "وأضاف البيان أن هناك مخاوف من أن يرتفع عدد القتلى.")
    claims = _claims_of(text)
    tolls = [gives_toll(c.attribution, c.key.quantities) for c in claims]
    assert [c.attribution.source.text for c in claims][:2] == ["الإمارات", "النائب العام للدولة سالم كبيش"]
    assert tolls == [True, False, True]


def test_a_toll_and_what_gives_none_are_not_one_story_on_their_likeness():
    # uae_41_trial: the referral of 41 defendants (c1, c2: two outlets) and what the prosecutor says the group
    # did (c3) share the court, the prosecution and the charge; they are two questions of the case (c4-c7:
    # other news of the day)
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 8)]
    terms = {"c1": Counter(["e:النيابة العامة", "e:الإمارات", "احال", "محكم", "ارهاب"]),
             "c2": Counter(["e:النيابة العامة", "e:الإمارات", "احال", "محكم", "شخصا"]),
             "c3": Counter(["e:النيابة العامة", "e:الإمارات", "احال", "محكم", "ارهاب", "جماع", "انشا"]),
             "c4": Counter(["مطار", "رحل"]), "c5": Counter(["فندق", "وفد"]), "c6": Counter(["نفط", "سعر"]),
             "c7": Counter(["مباراه", "هدف"])}
    assert [s.clusters for s in group_stories(clusters, terms, lambda t: 1.0, {}, str)][0] == ("c1", "c2", "c3")
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, tolls={"c1", "c2"})
    assert [s.clusters for s in stories][:2] == [("c1", "c2"), ("c3",)]


def test_two_units_join_only_on_a_place_a_participant_or_a_rare_name_in_their_claims_or_headlines():
    # SaudiNewsNet 2015-07-21: the bomber in N'Djamena (c1, "انتحاري يفجر نفسه في قلب العاصمة التشادية..
    # ويخلف 14 قتيلا") and the one in Suruc (c2, "انتحاري يفجر نفسه بأكراد أتراك") share only the kind of
    # event; another outlet's Suruc toll (c3) names no place, its headline names سروج, as c2's does
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 8)]
    terms = {"c1": Counter(["انتحاري", "تفجير", "قتيلا", "جريح", "e:تشاد"]),
             "c2": Counter(["انتحاري", "تفجير", "قتيلا", "جريح", "e:تركيا"]),
             "c3": Counter(["انتحاري", "قتيلا", "جريح"]),
             "c4": Counter(["مطار", "رحل"]), "c5": Counter(["فندق", "وفد"]), "c6": Counter(["نفط", "سعر"]),
             "c7": Counter(["مباراه", "هدف"])}
    alike = [s.clusters for s in group_stories(clusters, terms, lambda t: 1.0, {}, str)]
    assert alike[0] == ("c1", "c2", "c3")  # without the headlines: on the kind of event alone
    headlines = {"c1": {"e:تشاد", "عاصم"}, "c2": {"سروج", "e:تركيا"}, "c3": {"سروج", "حدود"}}
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines)
    assert [s.clusters for s in stories][:2] == [("c1",), ("c2", "c3")]


def test_a_claim_tells_which_question_of_its_event_it_answers():
    # Real sentences of suruc_bombing (article noted), span_payments and maliki_reactions.
    from claimtrack.matching.facets import facet_of

    cases = [
        ("أدانت مصر بقوة العملية الإرهابية التي تعرضت لها بلدة سروج التركية الحدودية", "condemnation"),  # aawsat_0722_24
        ("الأمم المتحدة تدين تفجير بلدة سوروج التركية", "condemnation"),  # alriyadh_0722_695, headline
        # a toll inside a condemnation is its detail (alriyadh_0722_695)
        ("أدان بان كي مون التفجير الذي وقع في بلدة سوروج جنوب شرق تركيا الإثنين وأسفر عن مقتل 30 شخصًا",
         "condemnation"),
        ("العناصر الأولى للتحقيق تفيد بأن تنظيم داعش الإرهابي يقف وراء الاعتداء الانتحاري", "perpetrator"),  # alriyadh_0722_839
        ("حمل التنظيم الجهادي مسؤولية الهجوم", "perpetrator"),  # alriyadh_0722_693
        ("تم تحديد هوية مشتبه به ويتم التحقق من صلاته المحتملة مع الخارج", "investigation"),  # alriyadh_0722_693
        ("نؤكد بالاستناد إلى تحاليل جينية أن منفذ الهجوم رجل في العشرين", "investigation"),  # alriyadh_0722_1308
        ("سنتباحث في خطة عمل تشمل إجراءات أمنية جديدة على حدودنا", "response"),  # aawsat_0722_54
        # the investigation with the article; without it, achieving (maliki_reactions, uae_41_trial)
        ("وشدد على أن التحقيق سينتهي بأسرع وقت ممكن", "investigation"),  # alriyadh_0722_693
        # what the first elements of the investigation show is who did it (alriyadh_0722_839)
        ("أن العناصر الأولى للتحقيق تكشف أن الانفجار هو اعتداء انتحاري قام به داعش", "perpetrator"),
        ("وتقوية العمل العربي المشترك لتحقيق الاستقرار الإقليمي", None),
        ("للاستعانة بهم في تحقيق أهدافهم وأغراضهم داخل دولة الإمارات", None),
        ("هناك مخاوف من أن يرتفع عدد القتلى", None),  # aljazirah_0721_981: a toll, told by its figures
        # other news uses the same words in other senses (span_payments aawsat_0722_122, maliki alriyadh_0723_589)
        ("ارتفع عدد عمليات البيع المنفذة عبر هذه الأجهزة بنسبة 23.3 في المائة", None),
        ("ارتفاع عدد العمليات التي نفذت عبر الشبكة السعودية للمدفوعات", None),
        ("بعد سنوات من التوتر الناتجة عن السياسات التي تبناها المالكي", None),
    ]
    assert [facet_of(text) for text, _ in cases] == [facet for _, facet in cases]


def test_two_questions_of_one_event_are_two_stories_and_one_question_joins_on_a_narrow_anchor():
    # suruc_bombing: Egypt's condemnation (c1) and the German president's (c2) share little but the town
    # their articles' headlines name; the Turkish officials' word on who did it (c3) talks like Egypt's
    # condemnation (the attack, terrorism, Egypt's neighbour) and is another question (c4-c7: other news)
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 8)]
    terms = {"c1": Counter(["هجوم", "ارهاب", "e:مصر", "ابرياء", "ترك"]),
             "c2": Counter(["بربر", "بغيض", "e:ألمانيا"]),
             "c3": Counter(["هجوم", "ارهاب", "e:مصر", "ابرياء", "داعش"]),
             "c4": Counter(["مطار", "رحل"]), "c5": Counter(["فندق", "وفد"]), "c6": Counter(["نفط", "سعر"]),
             "c7": Counter(["مباراه", "هدف"])}
    headlines = {"c1": {"سروج", "e:مصر"}, "c2": {"سروج"}, "c3": {"سروج", "e:مصر"}}
    alike = [s.clusters for s in group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines)]
    assert alike[:2] == [("c1", "c3"), ("c2",)]  # on their words alone
    facets = {"c1": "condemnation", "c2": "condemnation", "c3": "perpetrator"}
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines, facets=facets)
    assert [s.clusters for s in stories][:2] == [("c1", "c2"), ("c3",)]


def test_a_wave_of_condemnations_meets_across_the_spellings_of_a_foreign_name():
    # suruc_bombing: the UN's condemnation (alriyadh_0722_695: "الأمم المتحدة تدين تفجير بلدة سوروج التركية") and
    # Egypt's (aawsat_0722_24: "... بلدة سروج التركية") spell the town two ways and share no other word
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 7)]
    terms = {"c1": Counter(["e:الأمم المتحدة", "مظلم", "تبرر"]), "c2": Counter(["e:مصر", "ابرياء", "بقاع"]),
             "c3": Counter(["مطار", "رحل"]), "c4": Counter(["فندق", "وفد"]), "c5": Counter(["نفط", "سعر"]),
             "c6": Counter(["مباراه", "هدف"])}
    headlines = {"c1": {"سوروج", "e:الأمم المتحدة"}, "c2": {"سروج", "e:مصر"}}
    facets = {"c1": "condemnation", "c2": "condemnation"}
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines, facets=facets)
    assert [s.clusters for s in stories][0] == ("c1", "c2")
    assert [s.clusters for s in group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines)][0] == ("c1",)


def test_a_weak_word_tells_its_question_only_when_nothing_else_does():
    # Real sentences of suruc_bombing (article noted) and of SaudiNewsNet 2015-07-21 (a Nigerian toll).
    from claimtrack.matching.facets import facet_of

    cases = [
        # suicide bombers: who did it (alyaum_0721_2242, aljazirah_0721_981, aleqtisadiya_0721_684)
        ("الأنباء الأولية تشير إلى أن انتحاريين اثنين دخلا إلى المركز الثقافي وفجرا نفسيهما", None, "perpetrator"),
        ("مسؤولين محليين يحققون في احتمال أن يكون الانفجار هجوماً انتحارياً", None, "perpetrator"),
        ("الدلائل الأولية تشير إلى أنه هجوم انتحاري نفذه تنظيم داعش.", None, "perpetrator"),
        # a strong word wins: the investigation's suspect (aawsat_0722_54)
        ("تحديد هوية مشتبه به في الهجوم الانتحاري في سروج", None, "investigation"),
        # a toll wins over a weak word: how many were killed (2015-07-21)
        ("11 مدنيا على الاقل قتلوا في تفجير انتحاري مزدوج", True, "toll"),
        # the toll's own words (aawsat_0722_54, aljazirah_0721_981)
        ("بعضهم إصاباتهم خطيرة", None, "toll"),
        ("شاهدت أكثر من 20 جثة. أعتقد أن عدد المصابين يتجاوز 50.", None, "toll"),
        # and a strong word before them (alriyadh_0722_695)
        ("أدان التفجير الذي أسفر عن مقتل 30 شخصًا وإصابة أكثر من 100", True, "condemnation"),
    ]
    assert [facet_of(text, toll=bool(toll)) for text, toll, _ in cases] == [facet for _, _, facet in cases]


def test_a_terrorist_act_named_without_the_article_tells_who_did_it():
    # suruc_bombing: the Turkish interior ministry calls the blast a terrorist act (who or what did it), then calls
    # for calm (what is being done) in its next sentence, naming that act again with the article; other news names
    # a group's epithet or any attacks with the same adjective.
    from claimtrack.matching.facets import facet_of

    cases = [
        ("واصفاً الانفجار بأنه «عمل إرهابي»", "perpetrator"),  # aljazirah_0721_981
        ('الانفجار الذي هز بلدة سروج الواقعة بجنوب شرق تركيا قرب الحدود مع سوريا "عمل إرهابي"', "perpetrator"),  # alyaum_0721_2242
        ("التفجير في سوروتش عمل إرهابي", "perpetrator"),  # SaudiNewsNet 2015-07-21, alwatan: Erdogan's headline
        ("«ندعو الجميع إلى التوحّد والتزام الهدوء في وجه هذا العمل الإرهابي الذي يستهدف وحدة بلادنا.»",
         "response"),  # aljazirah_0721_981
        # the epithet of a name (maliki_reactions alriyadh_0723_589), any attacks (2015-07-21, aleqtisadiya's headline)
        ("مشاركة المملكة ودول المجلس بفاعلية في التحالف الدولي لمحاربة تنظيم داعش الإرهابي في العراق وسوريا", None),
        ("السعودية تلعب دورا أساسيا في مكافحة الإرهاب .. وأنقذت دولا من عمليات إرهابية", None),
    ]
    assert [facet_of(text) for text, _ in cases] == [facet for _, facet in cases]


def test_a_headline_gives_a_toll_with_a_figure_of_people():
    # suruc_bombing: alyaum_0721_2242, aljazirah_0721_981; aawsat_0722_54 names no figure
    from claimtrack.matching.stories import headline_gives_toll

    assert headline_gives_toll("27 قتيلاً بانفجار في بلدة تركية على حدود سوريا")
    assert headline_gives_toll("وزارة الداخلية التركية: مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا")
    assert not headline_gives_toll("رئيس الوزراء التركي يعلن تحديد هوية مشتبه به في الهجوم الانتحاري في سروج")


def test_the_figures_of_an_article_whose_headline_gives_a_toll_are_one_story():
    # suruc_bombing alyaum_0721_2242 ("27 قتيلاً بانفجار في بلدة تركية على حدود سوريا"): the ministry's 27 dead
    # (c1, naming سروج), a channel's first 10 (c2) and witnesses' 20 or more (c3) share hardly a word; what the
    # correspondent says of the bombers (c4) is another question; c5 gives a toll in another article
    clusters = [Cluster(f"c{n}", "x", [f"a#{n}"], ["a"], ["A"]) for n in range(1, 5)]
    clusters.append(Cluster("c5", "x", ["b#1"], ["b"], ["B"]))
    clusters += [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(6, 10)]
    terms = {"c1": Counter(["سروج", "مقتل", "شخصا"]), "c2": Counter(["حصيل", "اول", "قتيل"]),
             "c3": Counter(["شهود", "سقط", "قتيلا"]), "c4": Counter(["انتحاري", "مركز", "ثقاف"]),
             "c5": Counter(["بغداد", "قتيل"]),
             "c6": Counter(["مطار", "رحل"]), "c7": Counter(["فندق", "وفد"]), "c8": Counter(["نفط", "سعر"]),
             "c9": Counter(["مباراه", "هدف"])}
    facets = {"c1": "toll", "c2": "toll", "c3": "toll", "c4": "perpetrator", "c5": "toll"}
    apart = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines={}, facets=facets)
    assert [s.clusters for s in apart][:3] == [("c1",), ("c2",), ("c3",)]
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines={}, facets=facets,
                            toll_articles={"a"})
    assert [s.clusters for s in stories][:3] == [("c1", "c2", "c3"), ("c4",), ("c5",)]


@pytest.mark.parametrize("text, wave, other", [
    # suruc_bombing aawsat_0722_24: Egypt condemns in its cue; the ambassador's comment on Egypt's relations with
    # Turkey talks about that condemnation (gold story egypt-turkey-relations, not the condemnations)
    ("مصر تتسامى على خلافاتها مع أنقرة\n\n"
     "أدانت مصر بقوة العملية الإرهابية التي تعرضت لها بلدة سروج التركية الحدودية أول من أمس. "
     "ويعلق السفير الدكتور السيد أمين شلبي على الموقف المصري قائلا: «أرى هذا البيان تعبيرا عن إدانة مصر "
     "للإرهاب أينما وقع، بغض النظر عن أن هذا الحادث حدث في تركيا».", "أدانت", "قائلا"),
    # suruc_bombing aawsat_0722_54: Merkel pledges Germany's support after the attack (gold: the condemnations);
    # SaudiNewsNet 2015-07-21 (ae80448bcedcb): an official talks about the citizens' support further in
    ("ميركل تتضامن مع تركيا\n\n"
     "دوليا، تعهدت المستشارة الألمانية أنجيلا ميركل للحكومة التركية بتقديم مساندة ألمانية عقب الهجوم "
     "الإرهابي الذي تعرضت له مدينة سروج. وأشار المسؤول إلى أن ما يقوم به رجال الأمن لا يكفي في كل الأحوال "
     "من دون أن نلمس مساندة من المواطنين والمقيمين.", "تعهدت", "وأشار"),
])
def test_a_reaction_is_made_in_the_cue_or_the_opening_words_not_talked_about_further_in(text, wave, other):
    from claimtrack.matching.stories import claim_facet

    facets = {c.attribution.cue.text: claim_facet(c.attribution, c.key.quantities) for c in _claims_of(text)}
    assert facets[wave] == "condemnation" and facets[other] == ""


def test_a_question_other_than_a_waves_does_not_join_what_answers_none_on_its_likeness():
    # suruc_bombing: the security officials' blast at a cultural centre in Suruc (c1, aawsat_0721_37) and the
    # prime minister's "the suicide attack in Suruc was carried out by ISIS" (c2, alriyadh_0722_839, who did it)
    # share the blast and its town; Egypt's condemnation (c3, a wave) and al-Azhar's rejection of terrorism
    # (c4, what its speaker adds) may still join (c5-c8: other news)
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 9)]
    terms = {"c1": Counter(["انفجار", "سروج", "مركز", "ثقاف"]), "c2": Counter(["انفجار", "سروج", "مركز", "e:داعش"]),
             "c3": Counter(["ارهاب", "ابرياء", "e:مصر"]), "c4": Counter(["ارهاب", "ابرياء", "صور"]),
             "c5": Counter(["مطار", "رحل"]), "c6": Counter(["فندق", "وفد"]), "c7": Counter(["نفط", "سعر"]),
             "c8": Counter(["مباراه", "هدف"])}
    assert [s.clusters for s in group_stories(clusters, terms, lambda t: 1.0, {}, str)][:2] == [("c1", "c2"),
                                                                                               ("c3", "c4")]
    facets = {"c2": "perpetrator", "c3": "condemnation"}
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, facets=facets)
    assert [s.clusters for s in stories][:3] == [("c1",), ("c2",), ("c3", "c4")]


def test_what_answers_no_question_joins_a_wave_only_on_specific_evidence():
    # suruc_bombing: the security officials' account of the blast (c2, aawsat_0721_37: "انفجارا وقع في مركز ثقافي
    # ببلدة سروج جنوب شرقي تركيا") and the UN's condemnation (c1, alriyadh_0722_695: "أدان ... التفجير الذي وقع في
    # بلدة سوروج جنوب شرق تركيا") share the event's common words (بلد، جنوب، شرق، وقع) and no name, rare word or
    # place (the town spelt two ways); c3-c6: other news
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 7)]
    terms = {"c1": Counter(["e:الأمم المتحدة", "بلد", "جنوب", "شرق", "وقع", "تفجير", "سوروج"]),
             "c2": Counter(["بلد", "جنوب", "شرق", "وقع", "مركز", "ثقاف", "سروج"]),
             "c3": Counter(["مطار", "رحل"]), "c4": Counter(["فندق", "وفد"]), "c5": Counter(["نفط", "سعر"]),
             "c6": Counter(["مباراه", "هدف"])}
    headlines = {"c1": {"e:تركيا"}, "c2": {"e:تركيا"}}
    alike = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines)
    assert [s.clusters for s in alike][0] == ("c1", "c2")  # on their words alone
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines, facets={"c1": "condemnation"})
    assert [s.clusters for s in stories][:2] == [("c1",), ("c2",)]


def test_a_speaker_reacting_in_a_wave_goes_on_with_his_reaction_in_words_of_his_own():
    # suruc_bombing alriyadh_0722_695: the UN secretary general condemns the bombing, says no cause justifies
    # targeting civilians, then hopes the perpetrators are brought to justice: his last sentence shares no term
    # with the one before, and is still his reaction (gold: the condemnations)
    from claimtrack import read_article

    corpus = Corpus([read_article(REAL / "suruc_bombing" / "articles" / "alriyadh_0722_695.txt")])
    cues = {a.id: a.cue.text for a in corpus.attributions}
    assert [cues[m] for m in corpus.stories[0].claims] == ["تدين", "أدان", "وقال", "وأعرب"]


def test_what_others_say_of_a_reaction_is_not_the_reacting_speaker_going_on():
    # suruc_bombing aawsat_0722_24: Egypt condemns the Suruc bombing, "ومطالبة بدور قوي وفاعل للمجتمع الدولي
    # لمحاربة الإرهاب، وهو ما وصفته دوائر سياسية ودبلوماسية مصرية بأنه «موقف الدول الكبيرة ...»"; the next
    # sentence, "وأشادت دوائر مصرية مختلفة برد فعل القاهرة", is what various Egyptian circles say of Egypt's
    # relations with Turkey (gold: egypt-turkey-relations), not Egypt going on with its condemnation: anonymous
    # circles are not the state, and the tail of the sentence before, after what Egypt said, is no part of its
    # clause.  Two speakers of one sentence ("أدانت مصر ...، وقال المتحدث الرسمي باسم الخارجية") stay one story.
    from claimtrack import read_article

    path = REAL / "suruc_bombing" / "articles" / "aawsat_0722_24.txt"
    corpus = Corpus([read_article(path)])
    cues = {a.id: a.cue.text for a in corpus.attributions}
    stories = [[cues[m] for m in s.claims] for s in corpus.stories]
    # the story holds these six claims (the order of its clusters inside it is not what this asks)
    as_sets = [sorted(s) for s in stories]
    assert sorted(["وتدين", "أدانت", "أدانت", "منددة", "ومطالبة", "وقال"]) in as_sets
    assert sorted(["وأشادت", "ووصفته", "أكد"]) in as_sets
    text = corpus.articles[0].text
    demand = next(a for a in corpus.attributions if a.cue.text == "ومطالبة")
    assert clause(demand, text, to_end=False).endswith("للمجتمع الدولي لمحاربة الإرهاب")
    assert "دوائر سياسية" in clause(demand, text)


def test_a_claim_says_who_did_the_event_its_article_tells():
    # Real sentences of suruc_bombing (article noted): a strong word of who did it, and the event named as told
    from claimtrack.matching.facets import tells_culprit
    from claimtrack.models import Attribution

    def culprit(cue, content):
        return tells_culprit(attrs.evolve(one, cue=attrs.evolve(one.cue, text=cue),
                                          content=attrs.evolve(one.content, text=content)))

    one = Corpus([parse_article("ع\n\nقال الوزير إن الأمر مهم.", id="a")]).attributions[0]  # any attribution
    assert isinstance(one, Attribution)
    assert culprit("وحمّل", "التنظيم الجهادي مسؤولية الهجوم")  # alriyadh_0722_693
    assert culprit("اتهمت", "حزب العدالة والتنمية بالوقوف وراء التفجير")  # aawsat_0722_54, the PKK
    assert culprit("قال", "العناصر الأولى للتحقيق تفيد بأن تنظيم داعش الإرهابي يقف وراء الاعتداء الانتحاري")  # alriyadh_0722_839
    # another attack named by a pronoun (aawsat_0722_54), a weak word alone (the investigation, aawsat_0722_54)
    assert not culprit("ذكرت", "جماعة يسارية متعاطفة مع الأكراد أعلنت مسؤوليتها عنه")
    assert not culprit("وقال", "تبذل قوات الأمن جهودا مكثفة لكشف جميع صلات الانتحاري")


def test_who_did_the_event_its_articles_tell_joins_on_a_narrow_anchor_of_their_headlines():
    # suruc_bombing: the prime minister's "وحمّل التنظيم الجهادي مسؤولية الهجوم" (c1, alriyadh_0722_693, headline
    # "تركيا تعِد بتعزيز أمنها غداة هجوم انتحاري ... سوروج") and the PKK's "بالوقوف وراء التفجير" (c2,
    # aawsat_0722_54, "... سروج") say who did the bombing their articles tell and share no word; a claim of who did
    # it that names no event told (c3) does not join them (c4-c7: other news)
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 8)]
    terms = {"c1": Counter(["تنظيم", "جهاد", "مسوول", "هجوم"]), "c2": Counter(["حزب", "عدال", "وقوف", "تفجير"]),
             "c3": Counter(["جماع", "يسار", "مسوول"]),
             "c4": Counter(["مطار", "رحل"]), "c5": Counter(["فندق", "وفد"]), "c6": Counter(["نفط", "سعر"]),
             "c7": Counter(["مباراه", "هدف"])}
    headlines = {"c1": {"سوروج", "e:تركيا"}, "c2": {"سروج"}, "c3": {"سروج"}}
    facets = {"c1": "perpetrator", "c2": "perpetrator", "c3": "perpetrator"}
    apart = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines, facets=facets)
    assert [s.clusters for s in apart][:3] == [("c1",), ("c2",), ("c3",)]
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines=headlines, facets=facets,
                            culprits={"c1", "c2"})
    assert [s.clusters for s in stories][:2] == [("c1", "c2"), ("c3",)]


def test_who_did_it_and_the_speakers_next_statement_share_a_term_to_be_one_story():
    # suruc_bombing alriyadh_0722_693: "وحمّل التنظيم الجهادي مسؤولية الهجوم ووعد بتعزيز الإجراءات الأمنية، ووعد
    # «بمواصلة تعزيز الأمن على حدودنا»": one sentence of the prime minister, two questions (gold: who did it; what is
    # being done, both promises with his extraordinary cabinet session that follows)
    from claimtrack import read_article

    corpus = Corpus([read_article(REAL / "suruc_bombing" / "articles" / "alriyadh_0722_693.txt")])
    cues = {a.id: a.cue.text for a in corpus.attributions}
    stories = [[cues[m] for m in s.claims] for s in corpus.stories]
    assert ["حمل"] in stories
    assert next(s for s in stories if "ووعد" in s)[:3] == ["ووعد", "ووعد", "وأعلن"]


def test_what_is_being_done_about_one_event_joins_when_the_articles_tell_that_event():
    # suruc_bombing: the Turkish interior ministry's "ندعو الجميع إلى التوحد والتزام الهدوء في وجه هذا العمل
    # الإرهابي" (c1, aljazirah_0721_981: "قالت وزارة الداخلية التركية ... إن انفجاراً في بلدة سروج بجنوب شرق تركيا قرب
    # الحدود مع سوريا أسفر عن مقتل 30 شخصاً") and the prime minister's "سنتباحث في خطة عمل تشمل إجراءات أمنية جديدة
    # على حدودنا" (c2, aawsat_0722_54: "... بالهجوم الانتحاري الذي استهدف الاثنين مدينة سروج (جنوب) على الحدود مع
    # سوريا") share no word; the articles' headlines and leads tell one blast.  The prime minister's "تركيا اتخذت
    # دائما إجراءات ضد داعش" after the denial "تنفي ذلك باستمرار" (c3, alriyadh_0722_693) answers the allies' blame
    # of Turkey's policy, and an article that tells no event (c4) holds no event's question.
    clusters = [Cluster(f"c{n}", "x", [f"a{n}#1"], [f"a{n}"], [f"A{n}"]) for n in range(1, 9)]
    terms = {"c1": Counter(["توحد", "هدوء", "ندعو"]), "c2": Counter(["تباحث", "خطه", "اجراء"]),
             "c3": Counter(["اجراء", "دايما", "e:داعش"]), "c4": Counter(["اجراء", "تحفيز", "e:الصين"]),
             "c5": Counter(["مطار", "رحل"]), "c6": Counter(["فندق", "وفد"]), "c7": Counter(["نفط", "سعر"]),
             "c8": Counter(["مباراه", "هدف"])}
    event = {"سروج", "انفجار", "e:تركيا", "e:سوريا", "حد", "قرب"}
    told = {"a1": event | {"مقتل", "شخصا"}, "a2": event | {"انتحار", "هوي", "مشتب"},
            "a3": event | {"بتعزيز", "امن"}}
    facets = {"c1": "response", "c2": "response", "c3": "response", "c4": "response"}
    apart = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines={}, facets=facets)
    assert [s.clusters for s in apart][:4] == [("c1",), ("c2",), ("c3",), ("c4",)]
    stories = group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines={}, facets=facets, told=told,
                            denials={"c3"})
    assert [s.clusters for s in stories][:3] == [("c1", "c2"), ("c3",), ("c4",)]
    # articles that name no rare word in common tell two events, however much else they share (the Suruc blast
    # and a car bomb in Mosul, SaudiNewsNet 2015-07-21: انفجار، مقتل)
    other = dict(told, a2={"موصل", "انفجار", "e:تركيا", "e:سوريا", "حد", "قرب", "مقتل"})
    assert [s.clusters for s in group_stories(clusters, terms, lambda t: 1.0, {}, str, headlines={}, facets=facets,
                                              told=other, denials={"c3"})][:2] == [("c1",), ("c2",)]


def test_an_article_tells_an_event_when_its_headline_or_lead_names_one():
    # suruc_bombing aljazirah_0721_981; SaudiNewsNet 2015-07-21 (an economy item) and 2015-07-26 (a cooperative
    # society's licence: the surname الحربي is no battle, though the topic terms read it as the stem of معارك)
    from claimtrack.matching.facets import tells_event

    assert tells_event("وزارة الداخلية التركية: مقتل 30 بانفجار في بلدة تركية على الحدود مع سوريا")
    assert not tells_event("الصين تتجه لتحقيق أقل معدلات نمو لاقتصادها في 25 عامًا")
    assert not tells_event("استقبل أمين منطقة المدينة المنورة ... ومساعد مدير فرع وزارة الشؤون الاجتماعية للتنمية "
                           "فالح بن عطا لله الحربي")
