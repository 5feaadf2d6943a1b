"""relate(): same, related or contradicting claim texts and attributions (claimtrack.relate)."""

import pytest

import claimtrack
from claimtrack import Corpus, relate

from .conftest import DATA, SEED_FILES


@pytest.fixture(scope="module")
def corpus():
    return Corpus(SEED_FILES)


def test_the_issue_cases():
    townsend = "بينما تواصل روسيا تأجيج نيران النزاع الليبي، فإن الأمن الإقليمي في شمال إفريقيا يشكل مصدر قلق متزايد"
    outlet2 = "مع استمرار روسيا في تأجيج لهيب الصراع الليبي فإن القلق يزداد بشأن الأمن الإقليمي في شمال أفريقيا"
    assert relate(townsend, outlet2).kind == "same"
    billion = "منذ سنة 2011 أنفقت الولايات المتحدة الأمريكية ما يفوق 1 بليون دولار لدعم الجيش التونسي"
    about = "وخصص البنتاغون دعما للجيش التونسي بحوالي مليار دولار منذ أحداث 2011"
    libya = "حجم المساعدات الأميركية لليبيا يصل إلى مليار دولار"
    same = relate(billion, about)
    assert same.kind == "same" and any(r.startswith("shared numbers") for r in same.reasons)
    other = relate(billion, libya)
    assert other.kind != "same" and any("ليبيا" in r for r in other.reasons)


def test_relate_takes_attributions(seed_articles):
    records = claimtrack.extract_attributions(seed_articles["002_4e5fc412234f2c9f"])
    r = relate(records[2], records[3])
    assert isinstance(r, claimtrack.Relation) and 0 <= r.score <= 1


def _pair_rows(name="relate_pairs.tsv"):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


def test_held_out_pairs_same_claim_precision_and_recall():
    # tests/data/relate_pairs_heldout.tsv: 80 pairs written blind on other topics (Gulf, Sudan, Levant, Maghreb,
    # economy, sport).  First contact: precision 0.78, recall 0.76; after the fixes they prompted (news-register
    # synonyms, object check tolerant of stem variants, portfolios, cities, plan/decision, "لم ينف"): 0.86 / 0.86.
    rows = list(_pair_rows("relate_pairs_heldout.tsv"))
    assert len(rows) == 80
    tp = fp = fn = 0
    for a, b, kind, _phenomenon, _style in rows:
        got = relate(a, b).kind in ("same", "contradicts")
        want = kind in ("same", "contradicts")
        tp, fp, fn = tp + (got and want), fp + (got and not want), fn + (want and not got)
    assert tp / (tp + fp) >= 0.8 and tp / (tp + fn) >= 0.8, (tp, fp, fn)


def test_hard_pairs_same_precision_and_recall():
    tp = fp = fn = 0
    for a, b, kind, _phenomenon, _style in _pair_rows():
        got = relate(a, b).kind in ("same", "contradicts")
        want = kind in ("same", "contradicts")  # a contradiction is about the same claim
        tp += got and want
        fp += got and not want
        fn += want and not got
    # Measured: precision 0.93, recall 0.89 on 125 pairs.
    assert tp / (tp + fp) >= 0.9 and tp / (tp + fn) >= 0.85, (tp, fp, fn)


@pytest.mark.parametrize(
    "a, b",
    [
        ("قوات الوفاق تتقدم نحو سرت", "قوات الوفاق تنسحب من محيط سرت"),
        ("سلموا 14 طائرة إلى قاعدة الجفرة", "سلموا 20 طائرة إلى قاعدة الجفرة"),
        ("وأوضحت أفريكوم أن المقاتلات أقلعت من سوريا متجهة إلى ليبيا", "وأوضحت أفريكوم أن المقاتلات أقلعت من ليبيا متجهة إلى سوريا"),
        ("روسيا أرسلت مقاتلات إلى ليبيا", "الكرملين ينفي إرسال مقاتلات إلى ليبيا"),
    ],
)
def test_relate_contradicts(a, b):
    r = relate(a, b)
    assert r.kind == "contradicts", r


@pytest.mark.parametrize("undenied", ["ولم ينف الكرملين إرسال مقاتلات روسية إلى ليبيا.", "لا ينفي الكرملين إرسال مقاتلات روسية إلى ليبيا."])
def test_a_denial_not_made_is_neither_denial_nor_confirmation(undenied):
    confirmed = "وأكد الكرملين إرسال مقاتلات روسية إلى ليبيا."
    r = relate(undenied, confirmed)
    assert r.kind == "related" and any(x.startswith("did not deny") for x in r.reasons), r
    assert relate("نفى الكرملين إرسال مقاتلات روسية إلى ليبيا.", confirmed).kind == "contradicts"


def test_a_denial_mentioned_after_ghayr_is_still_a_denial():
    # "غير نفي الكرملين" = nothing but the Kremlin's denial: a denial was made
    r = relate("ولم يصدر أي تعليق غير نفي الكرملين إرسال مقاتلات روسية إلى ليبيا.", "وأكد الكرملين إرسال مقاتلات روسية إلى ليبيا.")
    assert r.kind == "contradicts"


def test_relate_does_not_contradict_paraphrases():
    assert relate("ما يفوق 1 بليون دولار لدعم الجيش التونسي", "بحوالي مليار دولار للجيش التونسي").kind == "same"
    assert relate("ينفي الجيش وجود قواعد أجنبية", "أكد الجيش أنه لا توجد قواعد أجنبية").kind == "same"


def test_contradicts_precision_and_recall_on_hand_written_pairs():
    tp = fp = fn = 0
    rows = [l.split("\t") for l in (DATA / "relate_pairs.tsv").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    assert len(rows) >= 80
    for a, b, kind, _phenomenon, _style in rows:
        got = relate(a, b).kind == "contradicts"
        want = kind == "contradicts"
        tp, fp, fn = tp + (got and want), fp + (got and not want), fn + (want and not got)
    # Measured: precision 0.91, recall 0.93 on 125 pairs (43 contradictions).
    assert tp / (tp + fp) >= 0.85 and tp / (tp + fn) >= 0.85, (tp, fp, fn)


def test_relate_with_attributions_uses_stance(corpus):
    by_id = {a.id: a for a in corpus.attributions}
    r = relate(by_id["002_4e5fc412234f2c9f#10"], by_id["002_4e5fc412234f2c9f#12"])
    assert r.kind == "contradicts"


_LANDING = "قوات التحالف نفذت عملية إنزال بري في عدن"


def test_a_report_called_untrue_or_a_negated_later_clause_contradicts_the_claim():
    # SaudiNewsNet 2015-08-04 (alriyadh a8f4914d43baa): the coalition spokesman calls the reports of a landing in Aden
    # untrue, and the headline says there was none; read at the opening of the first clause alone, both "supported"
    # the claim of a landing in `claimtrack find`
    called_untrue = relate(_LANDING, "الأنباء المتداولة حول تنفيذ قوات التحالف لعملية إنزال بري في مدينة عدن باليمن "
                                     "عارية من الصحة")
    assert called_untrue.kind == "contradicts" and "negation: عارية من الصحة" in called_untrue.reasons
    assert relate(_LANDING, "أعمالنا معلنة.. ولا إنزال برياً في عدن").kind == "contradicts"
    # the claim asserted, a report that does not negate what is shared, a negation of something else: no contradiction
    assert relate(_LANDING, "نفذت قوات التحالف عملية إنزال بري في عدن").kind == "same"
    assert relate(_LANDING, "نفذت قوات التحالف عملية إنزال بري في عدن، ولم تعلن عدد الجنود").kind != "contradicts"
    assert relate(_LANDING, "وصلت قوات برية محدودة من دول التحالف إلى عدن").kind != "contradicts"
    # a negation and an untrue phrase on the same side are one denial, not two: "لا صحة لما تردد عن ..." contradicts once
    assert relate(_LANDING, "لا صحة لما تردد عن تنفيذ قوات التحالف عملية إنزال بري في عدن").kind == "contradicts"
    # "false news" spread is what one is accused of, not a denial of the claim (ANS dev, Khouja 2020, Apache-2.0: an
    # agreeing paraphrase)
    assert relate("الحكم على ناشطة مصرية بالسجن لسنتين لنشر أخبار كاذبة",
                  "السلطات المصرية تقرر سجن أحد الناشطات لسنتين بسبب نشر الشائعات").kind != "contradicts"
    # two sides that both deny agree
    assert relate("أعمالنا معلنة.. ولا إنزال برياً في عدن",
                  "الأنباء المتداولة حول تنفيذ قوات التحالف لعملية إنزال بري في مدينة عدن عارية من الصحة").kind != "contradicts"


def test_find_takes_no_one_word_content_for_a_claim_of_several():
    # SaudiNewsNet 2015-08-04 (a50be0b9f6958): "تحثّ الجميع على العمل" read with the content "العمل", which holds the
    # one word it shares with the claim and so scored 0.57 against it, above the real reports
    essay = claimtrack.parse_article("مقالة\n\nيشعر القارئ هنا بتقصير العرب في دراسة تراثهم لكنّها في الوقت نفسه مقالة "
                                     "متفائلة تحثّ الجميع على العمل.", id="essay")
    denial = claimtrack.parse_article("عسيري ينفي أي عمليات إنزال بري لقوات التحالف في عدن\n\nنفى الناطق الرسمي لقوات "
                                      "التحالف العميد ركن أحمد عسيري أي عملية إنزال بري نفذتها قوات التحالف في عدن.",
                                      id="denial")
    assert [a.content.text for a in claimtrack.extract_attributions(essay)] == ["العمل"]
    found = claimtrack.find(_LANDING, Corpus([essay, denial]))
    assert found and {m.article for m in found} == {"denial"}
    assert all(m.relation == "contradicts" for m in found)


def test_find_returns_a_denial_worded_apart_from_the_claim():
    # real_disputes D1-007: okaz's "تبنى متمردو حزب العمال الكردستاني قتل شرطيين تركيين ..." and aawsat's "نفى الجناح
    # العسكري لحزب العمال الكردستاني، أمس، مسؤوليته عن العملية التي أسفرت عن مقتل شرطيين جنوب شرقي تركيا": the denial
    # shares too few words to score as related, and rare words link it to the claim as the dispute marks link them
    from claimtrack.reader import read_article

    article = read_article(DATA / "real_disputes" / "articles" / "aawsat_44f5acee8e.txt")
    claim = "تبنى متمردو حزب العمال الكردستاني قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية"
    found = [m for m in claimtrack.find(claim, Corpus([article])) if m.text.startswith("مسؤوليته عن العملية")]
    assert [(m.relation, m.kind) for m in found] == [("contradicts", "denies")]
    assert "شرطي" in found[0].reasons[-1] and found[0].reasons[-1].startswith("denial linked by")
