"""Pair scores, clusters over the seeds, find, and candidate generation that scales."""

import itertools
import json

import pytest

import claimtrack
from claimtrack import Article, Corpus, contradictions, find, relate
from claimtrack import parse_article
from claimtrack.claims import claim_key
from claimtrack.evaluate import evaluate_clusters, load_gold, load_gold_clusters
from claimtrack.matching import Cluster, pair_score

from .conftest import DATA, SEED_FILES


def test_years_agree_only_when_equal():
    a, b = claim_key("ستقدم المملكة ملفها في 2034"), claim_key("ستقدم المملكة ملفها في 2025")
    assert not pair_score(a, b).shared_numbers
    assert pair_score(a, claim_key("تقدم المملكة ملفها عام 2034")).shared_numbers
    # "حتى" before a year means until, not "up to that amount"
    assert not pair_score(claim_key("تمديد الاتفاق حتى 2030"), claim_key("تمديد الاتفاق حتى 2050")).shared_numbers


@pytest.mark.parametrize("a, b", [
    ("الرئيس التونسي يقيل وزير الداخلية", "الرئيس التونسي يقيل وزير الخارجية"),  # ministries by portfolio
    ("فرض حظر تجول في مدينة حمص بعد اشتباكات مسلحة", "فرض حظر تجول في مدينة اللاذقية بعد اشتباكات مسلحة"),  # cities
    ("الكويت تدرس فرض ضريبة على أرباح الشركات", "الكويت تقرر فرض ضريبة على أرباح الشركات"),  # plan / decision
])
def test_same_wording_about_another_body_place_or_stage_is_only_related(a, b):
    assert relate(a, b).kind == "related"


@pytest.mark.parametrize("a, b", [
    # a later noun is not the predicate's modality (قرار المحكمة), a name is not a verb (الصادق)
    ("الوزير يدرس ملف الدعم بعد صدور قرار المحكمة", "الوزير يدرس ملف الدعم بعد صدور حكم المحكمة"),
    ("حزب الأمة يبحث مبادرة الصادق المهدي للحوار الوطني", "حزب الأمة يناقش مبادرة المهدي للحوار الوطني"),
    # one ministry named by two portfolios, in either order
    ("وزير التجارة والصناعة يعلن خفض رسوم الاستيراد على السيارات", "وزير الصناعة والتجارة يعلن خفض رسوم الاستيراد على السيارات"),
    # a city is inside its country
    ("مؤتمر المناخ ينطلق في دبي بمشاركة واسعة", "مؤتمر المناخ ينطلق في الإمارات بمشاركة واسعة"),
])
def test_no_false_conflict(a, b):
    assert relate(a, b).kind == "same"


def test_a_shared_date_does_not_hide_a_different_object():
    # "12 مايو" is no count of the thing sent; "400 مدرب" / "أربعمئة مدرب" is
    assert relate("أرسلت روسيا مقاتلات إلى ليبيا في 12 مايو", "أرسلت روسيا مدربين إلى ليبيا في 12 مايو").kind == "related"
    s = pair_score(claim_key("نحو 400 مدرب روسي سيتوجهون إلى نجامينا لتدريب الجيش"),
                   claim_key("سيرافق الطائرات أربعمئة مدرب روسي لتأهيل الطيارين"))
    assert not any(r.startswith("same action, different object") for r in s.reasons)


@pytest.fixture(scope="module")
def seed_corpus():
    return Corpus(SEED_FILES)


def test_seed_clusters_pairwise(seed_corpus):
    articles = {a.id: a for a in seed_corpus.articles}
    gold = load_gold(DATA / "gold_attributions.jsonl", articles)
    gold_clusters = load_gold_clusters(DATA / "gold_clusters.json", gold)
    score = evaluate_clusters(gold, gold_clusters, seed_corpus.attributions, seed_corpus.clusters)
    precision, recall, _ = score.prf
    # The issue's target is 0.85 each.  Measured 1.00 / 1.00; the brigade announcement "تعتزم إرسال فرقا للدعم
    # إلى تونس" joins its cluster by a narrow margin (average cross score 0.265 against the 0.256 linkage bar).
    assert score.gold_pairs == 32 and not score.unextracted
    assert precision >= 0.85 and recall >= 0.85, (score.missed, score.wrong)


def test_pairwise_cluster_score_counts_pairs(tmp_path):
    # Three gold rows; the gold joins the first two, the clusters below join the first and the third.
    article = parse_article("قال أحمد إن الجو حار. وقال سامي إن البحر هادئ. وقال خالد إن السوق مغلق.", id="a",
                                layout="plain")
    rows = [{"article": "a", "anchor": anchor, "cue": cue, "source_head": head, "content": content}
            for anchor, cue, head, content in [("قال أحمد", "قال", "أحمد", "الجو حار"),
                                               ("وقال سامي", "وقال", "سامي", "البحر هادئ"),
                                               ("وقال خالد", "وقال", "خالد", "السوق مغلق")]]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    gold = load_gold(path, {"a": article})
    found = claimtrack.extract_attributions(article)
    assert len(found) == 3
    clusters = [Cluster("c1", "x", [found[0].id, found[2].id], ["a"], ["a"]), Cluster("c2", "y", [found[1].id], ["a"], ["a"])]
    score = evaluate_clusters(gold, {"a:0": "k", "a:1": "k"}, found, clusters)
    assert (score.gold_pairs, score.found_pairs, score.hits) == (1, 1, 0)
    assert score.missed == (("a:0", "a:1"),) and score.wrong == (("a:0", "a:2"),)
    # A gold row with no extracted attribution finds none of its pairs.
    score = evaluate_clusters(gold, {"a:0": "k", "a:1": "k"}, found[:1] + found[2:], clusters)
    assert score.unextracted == ("a:1",) and score.hits == 0 and score.missed == (("a:0", "a:1"),)


def test_clusters_cover_every_attribution_once(seed_corpus):
    members = [m for c in seed_corpus.clusters for m in c.claims]
    assert sorted(members) == sorted(a.id for a in seed_corpus.attributions)
    jets = seed_corpus.cluster_of("002_4e5fc412234f2c9f#10")
    assert "002_4e5fc412234f2c9f#11" in jets.claims and "002_4e5fc412234f2c9f#12" in jets.claims
    assert "000_8b6cf623ab9f9948#6" in jets.claims, "both outlets' versions of the jets claim are one cluster"
    assert len(jets.articles) == 2 and not jets.label.startswith("الجيش لم")


def test_candidates_are_not_all_pairs(seed_corpus):
    n = len(seed_corpus.claims)
    assert len(seed_corpus.candidate_pairs()) < n * (n - 1) / 2 / 4


def test_candidate_generation_grows_close_to_linearly():
    def corpus(size):
        c = Corpus()
        for k in range(size):
            text = f"عنوان {k}\n\nقال المتحدث باسم الوزارة {k} إن المدينة رقم{k} شهدت حادثا في القطاع رقم{k % 7} اليوم."
            c.add(parse_article(text, id=f"a{k}"))
        return len(c.candidate_pairs())

    small, large = corpus(60), corpus(240)
    assert large <= 4 * max(small, 1) * 1.5, (small, large)


def test_find_tracks_the_jets_claim(seed_corpus):
    matches = find("روسيا أرسلت طائرات ميغ-29 إلى قاعدة الجفرة", seed_corpus)
    top = {m.attribution for m in matches[:5]}
    assert "002_4e5fc412234f2c9f#10" in top and "000_8b6cf623ab9f9948#6" in top
    assert matches == sorted(matches, key=lambda m: -m.score)
    assert all(m.reasons for m in matches[:3])


def test_corpus_add_and_outlets(tmp_path):
    c = Corpus()
    c.add(SEED_FILES[0], outlet="Outlet A", published="2020-05-30")
    with pytest.raises(ValueError, match="already in the corpus"):
        c.add(SEED_FILES[0])
    assert c.articles[0].outlet == "Outlet A"
    assert all(a.outlet == "Outlet A" for a in c.attributions)
    assert {o for cl in c.clusters for o in cl.outlets} == {"Outlet A"}


def test_pair_score_reasons_explain_conflicts():
    s = pair_score(claim_key("سلموا 14 طائرة إلى قاعدة الجفرة"), claim_key("سلموا 20 طائرة إلى قاعدة الجفرة"))
    assert any(r.startswith("conflicting numbers") for r in s.reasons)


def test_reprinted_wire_copy_is_compared_once():
    text = SEED_FILES[2].read_text(encoding="utf-8")
    single, many = Corpus(), Corpus()
    single.add(parse_article(text, id="only", outlet="A"))
    for k in range(30):
        many.add(parse_article(text, id=f"copy{k:02d}", outlet=f"O{k % 5}"))
    assert len(many.groups) == len(single.groups), "identical claims collapse to one representative"
    assert len(many.pair_scores) == len(single.pair_scores)
    assert len(many.clusters) == len(single.clusters)
    assert len(claimtrack.contradictions(many)) == len(claimtrack.contradictions(single))


def test_identical_wording_from_different_speakers_is_not_one_group():
    claim = "إن روسيا أرسلت مقاتلات حربية إلى قاعدة الجفرة في ليبيا."
    texts = {"a": "وقال مصدر مطلع " + claim, "b": "وقال وزير الدفاع الأمريكي " + claim,
             "c": "وقال اللواء أحمد المسماري " + claim}
    corpus = Corpus([parse_article(t, id=k, layout="plain") for k, t in texts.items()])
    assert all(len(ids) == 1 for ids in corpus.groups.values())
    kinds = {frozenset({m.a.split("#")[0], m.b.split("#")[0]}): m.kind for m in contradictions(corpus)}
    assert kinds[frozenset("ab")] == "framing"  # the anonymous source against the named minister
    assert kinds[frozenset("bc")] == "agrees"


def test_reprints_differing_in_filler_words_are_one_group():
    base = "وقال وزير الدفاع الأمريكي إن روسيا أرسلت {x}مقاتلات حربية إلى قاعدة الجفرة في ليبيا."
    texts = [base.format(x=""), base.format(x="أيضا "), base.format(x="كذلك ")]
    corpus = Corpus([parse_article(t, id=f"r{i}", layout="plain") for i, t in enumerate(texts)])
    assert sorted(len(ids) for ids in corpus.groups.values()) == [3]
    assert len(corpus.clusters) == 1


@pytest.mark.parametrize("a, b", [("قبل", "بعد"), ("مع", "دون")])
def test_reprint_groups_keep_small_words_that_change_the_claim(a, b):
    texts = [f"وقال الوزير إن القوات ستنسحب {w} الانتخابات." for w in (a, b)]
    corpus = Corpus([parse_article(t, id=f"w{i}", layout="plain") for i, t in enumerate(texts)])
    assert sorted(len(ids) for ids in corpus.groups.values()) == [1, 1]


def test_a_duplicate_article_is_an_input_error_naming_it():
    c = Corpus([SEED_FILES[0]])
    with pytest.raises(claimtrack.InputError, match=SEED_FILES[0].name):
        c.add(SEED_FILES[0])


def test_one_speaker_in_two_outlets_is_one_claim_and_two_speakers_are_two():
    # maliki_reactions: the OIC's condemnation in two outlets is one claim; the GCC's, worded alike, another
    claim = " إن تصريحات نوري المالكي ضد المملكة العربية السعودية غير مسؤولة وتغذي الطائفية."
    texts = {"o1": "وقالت منظمة التعاون الإسلامي" + claim, "o2": "وقالت الأمانة العامة لمنظمة التعاون الإسلامي" + claim,
             "b1": "وقال الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني" + claim}
    corpus = Corpus([parse_article(t, id=k, layout="plain") for k, t in texts.items()])
    cluster = {a.article: corpus.cluster_of(a.id).id for a in corpus.attributions}
    assert cluster["o1"] == cluster["o2"] != cluster["b1"]


def test_a_different_figure_for_the_same_toll_is_a_different_claim():
    # suruc_bombing: the interior ministry's 27 dead, then its 30 dead
    base = "وقالت وزارة الداخلية التركية إن انفجارا في بلدة سروج أسفر عن مقتل {n} شخصا وإصابة نحو 100."
    corpus = Corpus([parse_article(base.format(n=n), id=k, layout="plain") for k, n in (("a", 27), ("b", 30), ("c", 30))])
    cluster = {a.article: corpus.cluster_of(a.id).id for a in corpus.attributions}
    assert cluster["a"] != cluster["b"] == cluster["c"]
    apart = [s for s in corpus.pair_scores.values() if s.identity_conflict]
    assert apart and all(s.kind == "same" and not s.same_claim and "different figures" in s.identity_conflict[0]
                         for s in apart)


def test_a_count_of_defendants_is_a_figure_that_names_what_it_counts():
    # uae_41_trial: the alweeam headline (alweeam_0802_918) and the AFP copy (aawsat_0802_105) of one referral,
    # shortened.  "41 متهماً" names what it counts, so the headline is no bare number against a counted figure.
    a = parse_article("الإمارات: إحالة 41 متهماً بالانتماء إلى «تنظيم إرهابي» للمحكمة العليا\n\n"
                      "أحالت النيابة العامة في الإمارات العربية المتحدة اليوم 41 متهماً إلى المحكمة الاتحادية العليا.",
                      id="a")
    b = parse_article('أعلنت السلطات الاماراتية الاحد ان النيابة العامة أحالت على القضاء 41 شخصا بتهمة الانتماء الى '
                      '"تنظيم ارهابي" من اجل "الانقضاض على السلطة".', id="b")
    corpus = Corpus([a, b])
    assert [c.claims for c in corpus.clusters] == [("a#1", "b#1")]


def _one_cluster(texts):
    """Do the attributions of these one-sentence articles (id -> text) fall in one claim cluster?"""
    corpus = Corpus([parse_article(t, id=k, layout="plain") for k, t in texts.items()])
    return len({corpus.cluster_of(a.id).id for a in corpus.attributions}) == 1


def test_one_speakers_condemnation_of_one_object_is_one_claim_however_short():
    # maliki_reactions: the OIC secretariat's condemnation, as two outlets word its object
    texts = {"a": "واستنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي ضد المملكة.",
             "b": "استنكرت منظمة التعاون الإسلامي التصريحات التي أدلى بها نوري المالكي لقناة آفاق."}
    assert _one_cluster(texts)


def test_one_speakers_figures_and_a_claim_without_figures_get_no_same_speaker_bonus():
    # SAMA's growth in sale operations (figures) and its comment on the growth rates (none): the speaker
    # alone says nothing about which of its claims a figure-less one is.
    figures = claim_key("ارتفع عدد عمليات البيع المنفذة عبر هذه الأجهزة بنسبة 23.3% لتبلغ 362.2 مليون عملية")
    none = claim_key("معدلات النمو في العمليات المنفذة على أجهزة نقاط البيع تعكس زيادة اعتماد العملاء")
    rate = claim_key("ارتفع عدد عمليات البيع المنفذة عبر هذه الأجهزة بنسبة 23.3 في المائة")
    assert pair_score(figures, none, speaker="same").score == pair_score(figures, none).score
    assert pair_score(figures, rate, speaker="same").score > pair_score(figures, rate).score


def test_different_rates_of_one_speaker_are_two_claims():
    a = claim_key("ارتفع عدد عمليات البيع المنفذة عبر أجهزة نقاط البيع بنسبة 23.3% لتبلغ 362.2 مليون")
    b = claim_key("ارتفعت قيمة المبيعات المنفذة عبر أجهزة نقاط البيع بنسبة 17.7% لتبلغ 169.9 مليار ريال")
    assert pair_score(a, b, speaker="same").identity_conflict
    c = claim_key("ارتفع عدد عمليات البيع المنفذة عبر أجهزة نقاط البيع بنسبة 23,3 في المائة")
    assert not pair_score(a, c, speaker="same").identity_conflict


def test_a_claim_without_figures_does_not_bridge_two_that_give_different_figures():
    from claimtrack.matching.clusters import cluster_claims
    from claimtrack.matching.score import PairScore
    story = DATA / "real_stories" / "span_payments" / "articles"
    corpus = Corpus(sorted(story.glob("aleqtisadiya_*")))
    by_cue = {c.attribution.cue.text: c for c in corpus.claims}
    counts, values, comment = by_cue["مبينا"], by_cue["ونبه"], by_cue["لافتا"]  # 23.3% / 17.7% / معدلات النمو ... (no figure)
    assert "23.3" in counts.attribution.content.text and "17.7" in values.attribution.content.text
    claims = [counts, values, comment]
    scores = {(counts.id, comment.id): PairScore(0.7, ()), (values.id, comment.id): PairScore(0.7, ())}
    clusters = cluster_claims(claims, {c.id: (c.id,) for c in claims}, [], scores, lambda a: a)
    assert not any({counts.id, values.id} <= set(c.claims) for c in clusters)


def test_a_figure_and_a_claim_that_neither_gives_nor_names_it():
    # SAMA: a rise in sale operations by 23.3% / growth rates reflect customers' reliance: two claims
    figures = claim_key("ارتفع عدد عمليات البيع المنفذة عبر هذه الأجهزة بنسبة 23.3% لتبلغ 362.2 مليون عملية")
    comment = claim_key("معدلات النمو في العمليات المنفذة على أجهزة نقاط البيع تعكس زيادة اعتماد العملاء")
    plain = claim_key("ارتفع عدد عمليات البيع المنفذة عبر هذه الأجهزة لتبلغ 362.2 مليون عملية")
    assert pair_score(figures, comment).score < pair_score(plain, comment).score
    # "أرسلت مقاتلات" names what "14 طائرة" counts: the same claim without its figure, no penalty
    sent = claim_key("روسيا أرسلت مؤخرا مقاتلات إلى ليبيا")
    handed = claim_key("عسكريين روسا سلموا 14 طائرة ميج 29 إلى قاعدة الجفرة الجوية")
    bare = claim_key("عسكريين روسا سلموا طائرة ميج 29 إلى قاعدة الجفرة الجوية")
    assert pair_score(sent, handed).score >= pair_score(sent, bare).score - 0.01


def test_two_lower_bounds_at_different_numbers_are_two_figures():
    # suruc_bombing: three witnesses "أكثر من 27 شخصا قتلوا" (alweeam_0721_1619), witnesses in Suruc
    # "أكثر من 20 قتيلاً" (alyaum_0721_2242): both ranges hold 25, yet they are two figures
    a = claim_key("أكثر من 27 شخصا قتلوا كما أصيب العشرات في انفجار هز بلدة سروج")
    b = claim_key("أكثر من 20 قتيلاً سقطوا في الانفجار بالبلدة")
    assert any("different figures" in r for r in pair_score(a, b, speaker="same").identity_conflict)
    c = claim_key("أكثر من 27 قتيلا سقطوا في الانفجار بالبلدة")
    assert not pair_score(a, c, speaker="same").identity_conflict
    # a point inside a bound is still the same figure as far as identity goes: "حوالي 10" / "10"
    assert not pair_score(claim_key("سقوط حوالي 10 قتلى"), claim_key("سقوط 10 قتلى"), speaker="same").identity_conflict


def test_a_nisba_after_the_shared_word_is_no_different_object():
    # suruc_bombing, Davutoglu in aawsat_0722_54 and alriyadh_0722_693: one claim, the verb reworded
    a = claim_key("عناصر من الشرطة التركية قاموا بتحديد هوية مشتبه به مرتبط بالهجوم الانتحاري")
    b = claim_key("الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم الانتحاري")
    s = pair_score(a, b, speaker="same")
    assert not any(r.startswith("same action, different object") for r in s.reasons) and s.same_claim


def test_one_speakers_condemnation_is_one_act_whatever_follows_its_object():
    # maliki_reactions: the OIC condemns "التصريحات وعدتها «مغذية للطائفية»" (3alyoum_0724_348) and
    # "تصريحات المالكي" (aawsat_0723_32): the same object of the same act
    a, b = claim_key("التصريحات وعدتها «مغذية للطائفية»"), claim_key("تصريحات المالكي")
    s = pair_score(a, b, speaker="same", stances=("accuse", "accuse"))
    assert not any(r.startswith("same action, different object") for r in s.reasons)


def test_a_toll_inside_a_relative_clause_is_a_detail_of_the_event():
    # suruc_bombing alriyadh_0722_693: Davutoglu's suspect claim names the attack "الذي قال إن حصيلة ضحاياه
    # ارتفعت إلى 32 قتيلا"; the toll is not the claim's figure
    key = claim_key("الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم الانتحاري الذي قال إن حصيلة ضحاياه "
                    "ارتفعت إلى 32 قتيلا")
    assert not key.quantities and [q.text for q in key.details] == ["32 قتيلا"]
    assert "قتيلا" in key.background or any(s.startswith("قتيل") for s in key.background)
    # a rate after a relative clause belongs to the main clause (span_payments aleqtisadiya_0722_259)
    rate = claim_key("ارتفاع عدد العمليات التي نفذت عبر الشبكة السعودية للمدفوعات بنسبة 12.4% لتبلغ 627.3 مليون عملية")
    assert len(rate.quantities) == 2 and not rate.details
    # a content that is itself a relative clause has no background (maliki_reactions aleqtisadiya_0724_905)
    assert not claim_key("التي أدلى بها إلى إحدى محطات التلفزيون العراقية التي ادعى فيها").background


def test_one_speakers_claims_are_not_told_apart_by_the_speakers_country():
    # maliki_reactions aleqtisadiya_0723_124 / aleqtisadiya_0724_905: the Kuwaiti speaker's rejection, once
    # naming Iraq and Saudi Arabia and once naming no country; his own country (الكويت) says nothing
    src = "من جهته أعرب مبارك بن بنيه الخرينج رئيس مجلس الأمة الكويتي بالإنابة عن "
    texts = {"a": src + "رفضه للتصريحات غير المسئولة لنائب الرئيس العراقي نوري المالكي الذي اتهم المملكة العربية "
                        "السعودية بدعم ورعاية الإرهاب.",
             "b": src + "رفضه للتصريحات غير المسؤولة لنوري المالكي."}
    corpus = Corpus([parse_article(t, id=k, layout="plain") for k, t in texts.items()])
    a, b = corpus.claims
    score = corpus.score(a, b)
    assert score.speaker == "same" and not score.place_conflict


def test_a_demonstratives_noun_phrase_inside_a_claim_is_background():
    # suruc_bombing alriyadh_0722_854 / aljazirah_0721_981: the interior ministry's call for calm names "هذا
    # العمل الإرهابي"; its other claim is that the blast is "عمل إرهابي".  Two claims.
    call = claim_key("ندعو الجميع إلى التوحد والتزام الهدوء في وجه هذا العمل الإرهابي الذي يستهدف وحدة بلادنا.")
    blast = claim_key("الانفجار \"عمل إرهابي\"")
    assert {"عمل", "ارهاب"} <= call.background or any(s.startswith("ارهاب") for s in call.background)
    assert pair_score(call, blast, speaker="same").kind != "same"
    # a demonstrative that opens the claim is its subject (seeds 001: "هذه الفرق ستكون للتدريب المشترك")
    assert not claim_key("هذه الفرق ستكون للتدريب المشترك وليس للقتال").background


def test_a_second_sentence_bundled_into_a_quote_is_detail_of_its_first():
    # uae_41_trial aawsat_0803_147 / aleqtisadiya_0802_226: the prosecutor's "the group aims to seize power" quote
    # goes on "ولتنفيذ أهدافهم ... أعدوا الأسلحة"; the claim is the aim, not the weapons that another row reports
    bundle = claim_key("الجماعة تهدف للانقضاض على السلطة في البلاد لإقامة دولة خلافة مزعومة على نحو يتفق وأفكارهم "
                       "ومعتقداتهم التكفيرية المتطرفة ولتنفيذ أهدافهم وأعمالهم الإرهابية أعدوا الأسلحة النارية "
                       "والذخائر والمواد التفجيرية اللازمة بأموال جمعوها لهذا الغرض")
    weapons = claim_key("لتنفيذ أهدافهم وأعمالهم الإرهابية أعدوا الأسلحة النارية والذخائر والمواد التفجيرية "
                        "اللازمة بأموال جمعوها لهذا الغرض")
    aim = claim_key("هؤلاء كانوا يريدون الانقضاض على السلطة في الدولة لإقامة دولة خلافة مزعومة على نحو يتفق "
                    "وأفكارهم ومعتقداتهم التكفيرية المتطرفة")
    assert {"سلاح", "اعد"} <= bundle.background and not weapons.background
    assert pair_score(bundle, aim, speaker="same").score > pair_score(bundle, weapons, speaker="same").score
    # a purpose phrase after its verb, without the conjunction, opens no second sentence
    assert not claim_key("المتهمون أعدوا الأسلحة النارية لتنفيذ أهدافهم").background


def test_why_an_act_was_done_is_detail_of_the_claim_that_it_was_done():
    # uae_41_trial aljazirah_0803_359 / aleqtisadiya_0802_226: "they formed a terror group ... in order to carry out
    # terrorist acts" is the formation claim; "the group aims to carry out terrorist acts" is the aim claim
    formed = claim_key("أنشأوا وأسسوا وأداروا جماعة إرهابية داخل الدولة بغية القيام بأعمال إرهابية داخل أراضيها "
                       "وتعريض أمنها وسلامتها وحياة الأفراد فيها للخطر")
    assert {"تعريض", "خطر", "قيام"} <= formed.background and not {"جماع", "ارهاب"} & formed.background
    # the purpose adjunct ends with its clause, after the conjunction as without it
    planned = claim_key("المتهمين خططوا لإلحاق الضرر بالمرافق العامة وبهدف الانقضاض على السلطة، وأعدوا الأسلحة")
    assert "انقضاض" in planned.background and not {"سلاح", "ضرر"} & planned.background
    # a content that opens with the purpose is that purpose (alwatan_0803_821 style)
    assert not claim_key("بهدف الانقضاض على السلطة في الدولة").background


def test_a_large_figure_both_give_outweighs_a_reworded_object():
    # heldout_clusters2 n01_wire / n04_horn: the minister's 4000 jobs, as "فرصة عمل" and as "وظيفة"
    a = claim_key("المشروع سيوفر نحو 4000 فرصة عمل مباشرة للشباب الجيبوتي")
    b = claim_key("المشروع سيخلق \"أربعة آلاف وظيفة مباشرة على الأقل\"")
    s = pair_score(a, b, speaker="same")
    assert not any(r.startswith("same action, different object") for r in s.reasons)


def test_a_count_knows_whose_it_is():
    from claimtrack.claims import find_quantities

    # real sample alyaum_2bc8c104f0, alriyadh_45a0c67031
    (q,) = find_quantities("وتمكنت من قتل 11 من عناصر التنظيم بينهم قيادات عربية")
    assert (q.low, q.counts, q.owner) == (11, "killed", "تنظيم")
    (q,) = find_quantities("تمكنت الأجهزة الأمنية من ضبط 5 من عناصر جماعة الإخوان")
    assert q.owner == "جماع" or q.owner.startswith("جماع")
    (q,) = find_quantities("أسفرت المعارك عن مقتل العشرات في صفوف المتمردين")  # a vague count takes ال
    assert (q.low, q.high, q.counts) == (20, 90, "killed") and q.owner


def test_counts_of_different_groups_are_two_claims():
    # the example: dozens killed among the rebels / seven killed among government forces
    rebels = claim_key("أسفرت المعارك عن مقتل العشرات في صفوف المتمردين")
    forces = claim_key("أسفرت المعارك عن مقتل سبعة في صفوف القوات الحكومية")
    s = pair_score(rebels, forces, speaker="same")
    assert not s.same_claim and any("different groups" in r for r in s.identity_conflict)
    assert not s.conflicting_numbers  # two groups' counts never conflict
    same = claim_key("أسفرت المعارك عن مقتل عشرات في صفوف المتمردين")
    assert pair_score(rebels, same, speaker="same").same_claim


def test_a_negator_a_word_later_does_not_make_a_wording_the_claims_denial():
    # maliki_reactions (aleqtisadiya_0723_124, aleqtisadiya_0724_905): the Kuwaiti speaker's one statement; in
    # the shorter wording the negator falls among the first words, in the longer one a word too late for that
    speaker = "وأكد رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج أن "
    texts = {"a": speaker + "هذا التصريح المسيء للمملكة العربية السعودية ودول مجلس التعاون لا يخدم التعاون العربي "
                            "الإسلامي وبناء الثقة بين دول المنطقة.",
             "b": speaker + "هذا التصريح المسيء للسعودية ودول مجلس التعاون لا يخدم التعاون العربي الإسلامي وبناء "
                            "الثقة بين دول المنطقة."}
    assert _one_cluster(texts)


@pytest.mark.parametrize("text, negated", [
    ("هذا التصريح المسيء للسعودية ودول مجلس التعاون لا يخدم التعاون العربي", True),
    ("تصريحات نائب الرئيس العراقي، وعدت أمانة المنظمة هذه التصريحات غير مسؤولة", False),
    ("لا يمكن لأي قوة التحرك في تركيا", True),
    # maliki_reactions (3alyoum_0724_73): "irresponsible statements", an adjective of the subject
    ("هذه التصريحات غير المسؤولة تعديا سافرا وإساءة مرفوضة", False),
    ("هذه التصريحات غير مسؤولة", True),
    # maliki_reactions (alyaum_0723_1048): the adjective after a preposition's article is still attributive
    ("رفضه للتصريحات غير المسئولة لنائب الرئيس العراقي", False),
])
def test_the_first_clause_of_a_claim_is_negated_wherever_its_negator_stands(text, negated):
    from claimtrack.claims.key import first_clause_negated
    assert first_clause_negated(text) is negated


def test_one_negated_predicate_in_both_wordings_is_not_a_claim_and_its_denial():
    # maliki_reactions (aleqtisadiya_0723_124 / alyaum_0723_1048): the Kuwaiti speaker's one claim; only the
    # second wording opens negated, the first negates its second predicate after the conjunction
    from claimtrack.claims.key import negated_predicates
    a = negated_predicates("تصريحات المالكي ضد المملكة \"مستفزة\" ولا تخدم استقرار المنطقة")
    b = negated_predicates("تصريحات المالكي ضد المملكة لا تخدم الاستقرار وبناء العلاقات بين دول المنطقة")
    assert a and a == b
    assert not negated_predicates("المملكة العربية السعودية عانت ولا تزال تعاني من إرهاب الفئة الضالة")
    speaker = "وقال رئيس مجلس الأمة الكويتي بالإنابة إن "
    texts = {"a": speaker + "تصريحات المالكي ضد المملكة \"مستفزة\" ولا تخدم استقرار المنطقة.",
             "b": speaker + "تصريحات المالكي ضد المملكة لا تخدم الاستقرار وبناء العلاقات بين دول المنطقة."}
    assert _one_cluster(texts)


def test_a_negated_adjective_is_another_word_than_the_noun_it_is_spelt_like():
    # maliki_reactions (alyaum_0723_1048): the Kuwaiti speaker's "رفضه للتصريحات غير المسئولة" and his "هذا
    # التصريح المستفز للمسئول العراقي لا يخدم الاستقرار" are two claims; "irresponsible" is not "the official"
    reject = claim_key("رفضه للتصريحات غير المسئولة لنائب الرئيس العراقي نوري المالكي")
    harms = claim_key("هذا التصريح المستفز للمسئول العراقي لا يخدم الاستقرار")
    assert "غير_مسوول" in reject.stems and "مسوول" not in reject.stems and "مسوول" in harms.stems
    assert reject.negated_part[0] == "مسوول"  # what the negator negates reads as before (counter-claims, disputes)
    # the same adjective in two wordings still matches
    assert "غير_مسوول" in claim_key("رفضه للتصريحات غير المسؤولة لنوري المالكي").stems


def test_wordings_that_share_several_words_after_their_openings_part_reword_one_object():
    # maliki_reactions (alyaum_0723_1048, aleqtisadiya_0723_124): the Kuwaiti speaker's one claim, its object
    # named two ways right after the shared word (تصريح), the rest the same words
    a = claim_key("تصريحات المالكي ضد المملكة لا تخدم الاستقرار وبناء العلاقات بين دول المنطقة")
    b = claim_key("هذا التصريح المستفز للمسئول العراقي لا يخدم الاستقرار وبناء العلاقات بين دول المنطقة")
    assert not any(r.startswith("same action, different object") for r in pair_score(a, b, speaker="same").reasons)
    # little else shared: another object of the same action (seeds)
    c = claim_key("روسيا أرسلت مؤخرا مقاتلات إلى ليبيا لدعم المرتزقة الروس")
    d = claim_key("روسيا بإرسال مقاتلين من شركة فاغنر العسكرية الخاصة لدعم قوات الجيش")
    assert any(r.startswith("same action, different object") for r in pair_score(c, d).reasons)


def test_davutoglu_on_who_carried_out_the_attack_is_one_claim_in_two_outlets():
    # suruc_bombing (alriyadh_0722_839, alweeam_0721_1611): the same finding, what the first findings "تفيد" in
    # one and "تشير إلى" in the other
    texts = {"a": "وأعلن رئيس الحكومة التركية احمد اوغلو أن العناصر الأولى للتحقيق تفيد بأن تنظيم داعش الإرهابي "
                  "يقف وراء الاعتداء الانتحاري الذي استهدف الاثنين بلدة سروج.",
             "b": "وقال داود أوغلو إن الدلائل الأولية تشير إلى أن الهجوم الانتحاري في سروج نفذه تنظيم داعش."}
    assert _one_cluster(texts)
