"""Dispute marks on real pairs (tests/data/real_disputes, issue 13): each kind with a meaning, evidence spans that
point into the articles, and the look-alikes a naive tool marks left alone."""

import json
import shutil

import pytest

from claimtrack import Corpus, read_article, relate
from claimtrack.cli import main
from claimtrack.contradiction import contradictions
from claimtrack.contradiction.disputes import (denial_mentions, opens_with_report_denied, report_speakers,
                                              statement_backreference, statement_speakers, told_reports)
from claimtrack.contradiction.figures import figure_conflict
from claimtrack.contradiction.marks import mark_attributions, narration_claims
from claimtrack import compare_outlets, render_html
from claimtrack.contradiction.scoring import evaluate_disputes, load_dispute_pairs, publication_dates
from claimtrack.matching import find
from claimtrack.models import Mention
from claimtrack.spans import Span

from .conftest import DATA, SEED_FILES

DISPUTES = DATA / "real_disputes"
PAIRS = {p.id: p for p in load_dispute_pairs(DISPUTES)}


@pytest.fixture(scope="module")
def seed_corpus():
    return Corpus(SEED_FILES)


def _mention(text):
    return Mention(text, Span(0, len(text)))


def _marks(pair_id, narration=False, dated=False):
    """The dispute marks joining the two statements of a real pair, with the corpus of their articles (with
    ``narration``, the outlets' own sentences are claims too; ``dated``: the articles carry their publication
    dates from manifest.tsv)."""
    p = PAIRS[pair_id]
    ids = sorted({p.a["article"], p.b["article"]})
    days = publication_dates(DISPUTES) if dated else {}
    articles = {i: read_article(DISPUTES / "articles" / f"{i}.txt", published=days.get(i)) for i in ids}
    corpus = Corpus(articles.values())
    sides = list(corpus.attributions) + ([c.attribution for c in narration_claims(corpus)] if narration else [])

    def covering(side):
        text = articles[side["article"]].text
        start = text.find(side["text"])
        end = start + len(side["text"])
        return {a.id for a in sides if a.article == side["article"]
                and a.cue.span.start < end and a.content.span.end > start}

    xa, xb = covering(p.a), covering(p.b)
    marks = [m for m in contradictions(corpus, narration=narration) if m.kind == "contradicts"
             and ((m.a in xa and m.b in xb) or (m.a in xb and m.b in xa))]
    return marks, articles, corpus


def _spans_hold(marks, corpus, articles):
    by_id = {a.id: a for a in corpus.attributions}
    for m in marks:
        for e in m.evidence:
            for side, att in ((e.a, by_id[m.a]), (e.b, by_id[m.b])):
                if side is not None:
                    text = articles[att.article].text
                    assert text[side.span.start : side.span.end] == side.text


def test_a_denial_across_outlets_is_linked_to_the_report_it_denies():
    # D1-014: 3alyoum reports the labour ministry halted recruitment from Bangladesh; another 3alyoum article:
    # "نفت وزارة العمل صحة ما ورد ... حول إيقاف استقدام العمالة من بنجلاديش".
    marks, articles, corpus = _marks("D1-014")
    assert [m.dispute for m in marks] == ["denies"]
    (m,) = marks
    by_id = {a.id: a for a in corpus.attributions}
    assert by_id[m.b].article == "3alyoum_32c26a1a57"  # the denial goes second
    assert any(e.kind == "denial" and e.b is not None and e.b.text == "نفت" for e in m.evidence)
    assert "denied by" in m.explanation
    _spans_hold(marks, corpus, articles)


def test_the_same_ministry_raising_its_toll_updates_it():
    # D1-001: the Turkish interior ministry's statement, 27 dead in one outlet, 30 in a later one.
    marks, articles, corpus = _marks("D1-001")
    assert marks and {m.dispute for m in marks} == {"updates"}
    assert any(e.kind == "numbers" and "27" in e.note and "30" in e.note for m in marks for e in m.evidence)
    _spans_hold(marks, corpus, articles)


def test_two_speakers_with_two_tolls_of_one_blast_disagree():
    # D1-003: one article, the ministry's 27 dead and an unnamed official's preliminary 10 victims.
    marks, _, _ = _marks("D1-003")
    assert [m.dispute for m in marks] == ["disagrees"]


@pytest.mark.parametrize("pair_id", ["D1-055", "D1-038", "D2-005", "D2-024", "D1-030"])
def test_look_alike_figures_are_not_a_dispute(pair_id):
    """A total and its breakdown (50 = 43 + 7; 11 = 5 + 6), two sides' casualties (10 civilians / 11 fighters),
    a raid against a war (9 / 3200): the naive baseline marks them all."""
    p = PAIRS[pair_id]
    assert p.label == "none"
    assert figure_conflict(_mention(p.a["text"]), _mention(p.b["text"])) == []
    assert not _marks(pair_id)[0]


def test_explicit_denials_and_denials_not_made():
    assert [m.text for m in denial_mentions("وهي عارية من الصحة")] == ["عارية من الصحة"]
    assert [m.text for m in denial_mentions("تعلم وزارة الداخلية بعدم صحة تلك الأخبار")] == ["بعدم صحة"]
    assert [m.text for m in denial_mentions("وأكد أبو زهري أن حركة حماس تنفي بشكل مطلق ما ورد")] == ["تنفي"]
    assert denial_mentions("ولم ينف الكرملين ذلك") == ()
    assert denial_mentions("رفض نشر اسمه") == ()  # refusing is not denying


def test_find_returns_the_jets_denial_as_a_contradiction(seed_corpus):
    claim = "روسيا أرسلت طائرات ميغ-29 إلى قاعدة الجفرة"
    matches = find(claim, seed_corpus)
    by_id = {m.attribution: m for m in matches}
    denial = by_id["002_4e5fc412234f2c9f#11"]  # "ونفى الجيش الوطني ... ذلك"
    assert (denial.relation, denial.kind) == ("contradicts", "denies")
    assert by_id["002_4e5fc412234f2c9f#10"].relation == "supports"
    atts = {a.id: a for a in seed_corpus.attributions}
    names = {"same": "supports", "contradicts": "contradicts", "related": "reports", "unrelated": "unrelated"}
    for m in matches:
        if m.attribution and not atts[m.attribution].content.refers_to:
            assert m.relation == names[relate(claim, atts[m.attribution]).kind], m


def test_find_jsonl_carries_the_relation(capsys):
    code = main(["find", "--format", "jsonl", "روسيا أرسلت طائرات ميغ-29 إلى قاعدة الجفرة", str(DATA.parent.parent / "seeds")])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and all(r["relation"] in {"supports", "contradicts", "reports", "unrelated"} for r in rows)
    assert any(r["relation"] == "contradicts" and r["kind"] == "denies" for r in rows)


def test_eval_disputes_prints_the_baseline_beside(tmp_path, capsys):
    folder = tmp_path / "disputes"
    (folder / "articles").mkdir(parents=True)
    lines = [line for line in (DISPUTES / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
             if json.loads(line)["id"] in ("D1-014", "D1-055")]
    (folder / "pairs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for line in lines:
        row = json.loads(line)
        for side in ("a", "b"):
            shutil.copy(DISPUTES / "articles" / f"{row[side]['article']}.txt", folder / "articles")
    score = evaluate_disputes(folder)
    assert score.predicted == ("denies", "")
    assert main(["eval", "--disputes", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "baseline" in out and "denies       marked   1  right   1  precision 1.000" in out


def test_an_update_puts_the_earlier_figure_first():
    # D2-027: SOHR's Ariha toll, "12 شخصا على الأقل" (2015-08-03) then "31 شخصا على الأقل" (2015-08-04).
    import datetime as dt

    import attrs

    p = PAIRS["D2-027"]
    early, late = p.a["article"], p.b["article"]

    def marks(dates):
        arts = [attrs.evolve(read_article(DISPUTES / "articles" / f"{i}.txt"), published=dates[i]) for i in (early, late)]
        corpus = Corpus(arts)
        article = {a.id: a.article for a in corpus.attributions}
        return [(article[m.a], article[m.b]) for m in contradictions(corpus) if m.dispute == "updates"]

    assert marks({early: dt.date(2015, 8, 3), late: dt.date(2015, 8, 4)}) == [(early, late)]
    # the same two statements dated the other way round: the mark turns round with them
    assert marks({early: dt.date(2015, 8, 5), late: dt.date(2015, 8, 4)}) == [(late, early)]


def test_figures_of_a_report_nested_in_the_content_are_not_its_speakers():
    # suruc_bombing alyaum_0721_2242: one attribution's content runs over the witnesses' toll and an official's
    # count of the wounded; neither figure is the outer speaker's, so neither is compared for it.
    nested = ('وقال شهود في بلدة سروج إن أكثر من 20 قتيلاً سقطوا في الانفجار بالبلدة، في حين أكد مسؤول أمني تركي '
              'طلب عدم نشر اسمه لوكالة "رويترز" أن ما بين 20 و25 شخصاً أصيبوا في الانفجار')
    assert figure_conflict(_mention("سقوط حوالي 10 قتلى وإصابة 20 آخرين، في حصيلة أولية"), _mention(nested)) == []
    # the speaker's own belief stays its own (aljazirah_0721_981: "أعتقد أن عدد المصابين يتجاوز 50")
    own = "اسمه محمد «شاهدت أكثر من 20 جثة. أعتقد أن عدد المصابين يتجاوز 50. لا تزال سيارات الإسعاف تنقلهم.»"
    assert figure_conflict(_mention(own), _mention("ما بين 20 و25 شخصاً أصيبوا في الانفجار"))


def test_a_denial_is_linked_whatever_clitic_or_spelling_its_words_carry():
    # D1-008: "رعايتها لنادي الهلال" / "لرعاية النادي" (okaz's report and Qatargas's denial, two outlets)
    marks, articles, corpus = _marks("D1-008")
    assert [m.dispute for m in marks] == ["denies"]
    _spans_hold(marks, corpus, articles)


def test_a_denial_is_linked_to_the_outlets_own_account_of_what_it_denies():
    # D2-031: alwatan tells in its own words that high private-school fees caused a crisis of admission in the
    # public schools; alriyadh: "فندت الإدارة العامة للتعليم بالمدينة المنورة دعاوى وجود أزمة في القبول".
    assert not _marks("D2-031")[0]  # no attribution covers alwatan's sentence
    marks, articles, corpus = _marks("D2-031", narration=True)
    assert [m.dispute for m in marks] == ["denies"]
    (m,) = marks
    assert m.a.startswith("alwatan_5497a7cf89#n") and "reports in its own words" in m.explanation
    narrated = {c.id: c.attribution for c in narration_claims(corpus)}
    side = narrated[m.a]
    assert articles[side.article].text[side.content.span.start : side.content.span.end] == side.content.text
    # the mark's sides can be looked up (coverage, compare, the report) and the report shows them
    assert mark_attributions(corpus, marks)[m.a] == side
    comparison = compare_outlets(corpus, narration=True)
    assert any(x.a == m.a for x in comparison.marks)
    page = render_html(comparison)
    assert "alwatan_5497a7cf89</small> يروي بكلماته «تسبب ارتفاع رسوم" in page.replace('<small class="outlet">', "")


def test_a_denial_after_the_content_and_one_that_points_back_in_its_sentence():
    # D2-040: "أن الرسالة المتداولة لم تصدر عن مدير المستشفى، وهي عارية من الصحة" (the denial phrase follows the
    # content); D2-008: "... أكد فيه المتحدث ... أن الملا عمر توفي ...، نفى المتحدث باسم طالبان هذه المعلومة",
    # linked to another outlet's report of the Afghan spokesman's claim.
    assert [m.dispute for m in _marks("D2-040", narration=True)[0]] == ["denies"]
    assert [m.dispute for m in _marks("D2-008")[0]] == ["denies"]


def test_a_denial_of_someones_statements_names_whose():
    # maliki_reactions alriyadh_0723_589 and alweeam_0723_940: the GCC secretary-general calls al-Maliki's
    # statements false; what he denies is al-Maliki's, not the Iraqi government's claims on the same ties.
    assert statement_speakers("استنكر الأمين العام عبداللطيف الزياني, بشدة تصريحات نائب رئيس الجمهورية العراقي "
                              "نوري المالكي تجاه المملكة") == ("نائب رئيس الجمهورية العراقي نوري المالكي",)
    assert statement_speakers("نفت وزارة العمل صحة ما ورد في إحدى الصحف المحلية") is None
    # D2-026: "نفى الجيش التركي امس مزاعم بأنه قصف مدنيين في قرية زركله": the claims named are no speaker's
    # statements in the corpus; the denial is linked by what it names (Kurdish sources' toll, another outlet)
    assert [m.dispute for m in _marks("D2-026")[0]] == ["denies"]


def test_a_denial_of_a_report_named_by_its_carrier():
    # D1-020: Hamas "تنفي بشكل مطلق ما ورد عبر وكالة أنباء فارس" (alweeam) denies the report Fars "زعمت" (3alyoum):
    # the report is named by who carried it, not by what it said
    assert report_speakers("وأكد أبو زهري أن حركة حماس “تنفي بشكل مطلق ما ورد عبر وكالة أنباء فارس”") == (
        "وكالة أنباء فارس",)
    assert [m.dispute for m in _marks("D1-020")[0]] == ["denies"]


def test_a_denial_that_points_back_to_statements_named_before_it():
    # maliki_reactions aljazirah_0724_1106: "وأشارت إلى أن هذه الادعاءات تنافي الواقع" points back to "استنكرت ...
    # التصريحات التي أدلى بها ... نوري المالكي" two sentences before; alriyadh_0724_1346: "هذه التصريحات الباطلة
    # والادعاءات الكاذبة ... كما تتنافى مع الواقع" (the adjectives agree with their nouns)
    assert statement_backreference("وأشارت إلى أن هذه الادعاءات تنافي الواقع")
    assert not statement_backreference("الزياني: تصريحات المالكي باطلة ومشينة")
    assert [m.text for m in denial_mentions("هذه التصريحات الباطلة والادعاءات الكاذبة تتعارض مع حرص دول مجلس "
                                            "التعاون، كما تتنافى مع الواقع")] == ["الباطلة", "الكاذبة", "تتنافى مع الواقع"]


def test_a_measure_verb_before_its_figure_and_a_part_among_the_whole():
    # D1-040: Davutoglu's detainees, "297 شخصاً بينهم 37 أجنبياً اعتقلوا" (aleqtisadiya) then "الشرطة التركية
    # اعتقلت منذ الجمعة في جميع أنحاء تركيا 590 شخصا" (alweeam, a day later): the verb before the figure says
    # what it counts, and what the part (بينهم 37) counts, the whole counts too
    assert [m.dispute for m in _marks("D1-040")[0]] == ["updates"]


def test_a_speaker_denies_another_outlets_account_of_it():
    # D1-007: "تبنى متمردو حزب العمال الكردستاني قتل شرطيين تركيين" (okaz) / "نفى الجناح العسكري لحزب العمال
    # الكردستاني، أمس، مسؤوليته عن العملية التي أسفرت عن مقتل شرطيين" (aawsat): one speaker, two outlets
    assert [m.dispute for m in _marks("D1-007")[0]] == ["denies"]


def test_a_hedge_on_one_side_does_not_reconcile_two_tolls():
    # D2-046: Nepal's police "28 شخصا على الأقل" / interior ministry officials "30 شخصا على الأقل" (two outlets):
    # the rules call the pair framing (one side hedged); the figures still cannot both be the toll.
    assert [m.dispute for m in _marks("D2-046")[0]] == ["disagrees"]


def test_dozens_is_no_figure_to_dispute():
    # suruc_bombing: three witnesses "أصيب العشرات" against the PM's "مائة جريح"
    assert figure_conflict(_mention("أكثر من 27 شخصا قتلوا كما أصيب العشرات في انفجار هز بلدة سروج"),
                           _mention("وأن 29 شخصا من أصل مائة جريح لا يزالون في المستشفيات")) == []


def test_a_denial_of_someones_statements_takes_the_news_not_the_background():
    # maliki_reactions: the GCC secretary-general calls al-Maliki's accusations false (aleqtisadiya_0724_905);
    # sabq_0722_2011 tells al-Maliki's new accusation ("منبع الإرهاب", #9) and, further down, his 2014 one
    # ("ولم تكن اتهامات المالكي وليدة اليوم، فقد ... معتبراً أن الرياض تبنت دعم الإرهاب", #10)
    folder = DATA / "real_stories" / "maliki_reactions" / "articles"
    corpus = Corpus(read_article(folder / f"{name}.txt") for name in ("aleqtisadiya_0724_905", "sabq_0722_2011"))
    denied = {m.a for m in contradictions(corpus) if m.dispute == "denies" and m.b == "aleqtisadiya_0724_905#1"}
    assert denied == {"sabq_0722_2011#9"}


def test_an_outlets_own_toll_is_compared_unless_it_is_the_total_of_a_wider_place():
    # D1-025: the health ministry's preliminary "12 شخصًا لقوا حتفهم" (almadina) and aleqtisadiya's own
    # "ارتفع عدد حالات الوفيات في حادث غرق مركب جزيرة الوراق ... إلى 29 شخصًا": no attribution covers the
    # outlet's sentence, its figure is compared (narration is the default); a toll the outlet says rose
    # (place_scopes.tsv kind rise) updates the earlier figure
    from claimtrack.contradiction.figures import rises

    assert not _marks("D1-025")[0]
    marks, articles, corpus = _marks("D1-025", narration=True)
    assert [m.dispute for m in marks] == ["updates"]
    assert rises(PAIRS["D1-025"].b["text"]) and rises("ارتفعت حصيلة ضحايا الانهيارات الأرضية")
    assert not rises(PAIRS["D1-025"].a["text"])
    assert "reports in its own words" in marks[0].explanation
    # D2-047: the police's 15 dead "في حي لوملي بمنطقة كاسكي" are a part of the outlet's running total for
    # Nepal ("ارتفعت حصيلة ضحايا الانهيارات الأرضية ... وسط نيبال إلى 28 قتيلًا"), not a dispute of it
    p = PAIRS["D2-047"]
    assert figure_conflict(_mention(p.a["text"]), _mention(p.b["text"])) == []
    assert not _marks("D2-047", narration=True)[0]
    # a total that names no place is of the locality's place: the Suruc toll (suruc_bombing still 30/35)
    assert figure_conflict(_mention("قالت وزارة الداخلية التركية في بيان أمس الاثنين إن انفجاراً في بلدة سروج "
                                    "بجنوب شرق تركيا قرب الحدود مع سوريا أسفر عن مقتل 30 شخصاً"),
                           _mention("وأوضح أن حصيلة الهجوم ارتفعت من 31 إلى 32 قتيلا"))


def test_a_measure_noun_before_a_count_and_a_unit_that_is_its_own_measure():
    # D1-025: "ارتفع عدد حالات الوفيات ... إلى 29 شخصًا" counts the dead; D2-020: in "وأسقط 27 قتيلًا و227
    # جريحًا" the 227 are wounded (their unit says so), not dead like the figure before them
    from claimtrack.contradiction.measured import measured_figures as _measured

    toll = PAIRS["D1-025"].b["text"]
    assert [(q.text, m) for q, m in _measured(toll)][0] == ("29 شخصًا", "killed")
    assert [(q.text, m) for q, m in _measured(PAIRS["D2-020"].a["text"])] == [("27 قتيلًا", "killed"),
                                                                             ("227 جريحًا", "wounded")]


def test_two_speakers_keyed_by_their_country_disagree_rather_than_update():
    # D2-046: "الشرطة في نيبال" 28 dead, "مسؤولون بوزارة الداخلية في نيبال" 30: both source keys are Nepal,
    # still two speakers
    assert [m.dispute for m in _marks("D2-046", narration=True)[0]] == ["disagrees"]


@pytest.mark.parametrize("pair_id, kind", [("D2-010", "contradicts"), ("D2-013", "contradicts"),
                                           ("D2-007", "contradicts"), ("D2-014", "disagrees")])
def test_a_persons_fate_told_two_ways(pair_id, kind):
    # D2-010: "وفاة زعيمها الملا محمد عمر بسبب المرض" / "الملا عمر قتل في معارك مع فصيل منافس" (two causes);
    # D2-013: "آمن وسليم وعلى قيد الحياة" / "حقاني توفي نتيجة نزيف في المخ" (alive / died); D2-007: "توفي ...
    # في أبريل (نيسان) 2013" / "توفي قبل يومين أو ثلاثة أيام"; D2-014: "توفي قبل عام" / "قبل عام ونصف العام"
    # (two figures of the time since the death)
    marks, articles, corpus = _marks(pair_id, narration=True, dated=True)
    assert [m.dispute for m in marks] == [kind]
    assert [e.kind for e in marks[0].evidence] == ["fate"]
    _spans_hold(marks, corpus, articles)


def test_fate_words_durations_and_dates():
    import datetime as dt

    from claimtrack.contradiction.fates import read_fate

    day = dt.date(2015, 7, 30)
    f = read_fate("الملا محمد عمر توفي قبل يومين أو ثلاثة أيام", day)
    assert set(f.kinds) == {"died"} and f.when[2] and f.when[0] <= dt.date(2015, 7, 27) <= f.when[1]
    f = read_fate("الملا توفي في أحد مستشفيات كراتشي في أبريل (نيسان) 2013 في ظروف غامضة", day)
    assert f.when[:2] == (dt.date(2013, 4, 1), dt.date(2013, 4, 30))
    f = read_fate("حقاني “توفي نتيجة نزيف في المخ قبل عام ونصف العام.", day)
    assert set(f.kinds) == {"died", "natural"} and f.when[1] < day - dt.timedelta(days=365)
    assert set(read_fate("لكنه بفضل الله آمن وسليم وعلى قيد الحياة.").kinds) == {"alive"}
    assert read_fate("أعلنت الحكومة الأفغانية الأربعاء أنه توفي").when is None  # no date, no publication day
    assert read_fate("وقال إن الهجوم فشل") is None


def test_a_state_and_its_opposite():
    # D1-022: "زعم أن الحالة الصحية لمرسى، فى خطر" / "إن الحالة الصحية للمعزول محمد مرسى مستقرة" (antonyms.tsv
    # خطر / مستقر)
    p = PAIRS["D1-022"]
    assert relate(p.a["text"], p.b["text"]).kind == "contradicts"
    marks, articles, corpus = _marks("D1-022")
    assert [m.dispute for m in marks] == ["contradicts"]
    assert [e.note for e in marks[0].evidence if e.kind == "antonyms"] == ["مستقر / خطر"]


def test_a_measure_verb_before_the_next_figure_is_that_figures():
    # D2-025 (alriyadh_89a9ebee27): "عشرة مدنيين بينهم "عدد كبير من الاطفال" قتلوا وأصيب 15 آخرون": the ten
    # were killed; أصيب is the 15's
    from claimtrack.contradiction.measured import measured_figures as _measured

    content = PAIRS["D2-025"].b["text"].split(" أن ", 1)[1]
    assert [(q.text, m) for q, m in _measured(content)] == [("عشرة مدنيين", "killed"), ("15", "wounded")]


def test_a_figure_said_to_rise_from_the_others_is_an_update():
    # D1-002: Davutoglu's office "وأسفر عن 31 قتيلا على الاقل" (aawsat, 21 July), then Davutoglu "حصيلة الهجوم
    # ارتفعت من 31 إلى 32 قتيلا" (aawsat, 22 July): the later statement names the old figure it revises
    from claimtrack.contradiction.figures import revises

    p = PAIRS["D1-002"]
    assert revises(p.a["text"], p.b["text"]) and revises(p.b["text"], p.a["text"])
    assert not revises(p.a["text"], "وأوضح أن 29 شخصا من أصل مائة جريح لا يزالون في المستشفيات")
    marks, _, _ = _marks("D1-002", dated=True)
    assert [m.dispute for m in marks] == ["updates"]


def test_the_toll_of_two_events_against_one_of_them_is_no_dispute():
    # D2-023 (a look-alike): the Turkish army's 31 wounded "جراء انفجارين، أحدهما في موقع للشرطة العسكرية
    # والآخر لغم" against aawsat's own "عملية انتحارية استهدفت مركزًا للدرك وأوقعت قتيلين و24 جريحًا"
    p = PAIRS["D2-023"]
    assert p.label == "none"
    own = "مع وقوع عملية انتحارية استهدفت مركزًا للدرك وأوقعت قتيلين و24 جريحًا"
    army = "ثلاثة جنود أتراك بينهما اثنان من الشرطة العسكرية، قتلوا وأصيب 31 آخرون أمس الأحد، جراء انفجارين"
    assert own in p.b["text"] and army in p.a["text"]
    assert figure_conflict(_mention(army), _mention(own)) == []
    assert figure_conflict(_mention(army.replace("انفجارين", "انفجار")), _mention(own))
    assert not _marks("D2-023", narration=True)[0]


def test_a_nationality_names_an_actor_not_a_place():
    # D2-025: "قصف في نهاية الأسبوع للطيران التركي في محيط قرية زركال" (alriyadh) is in Iraq; D1-007: "قتل شرطيين
    # تركيين عثر على جثتيهما قرب الحدود السورية" (okaz) names two nationalities, "جنوب شرقي تركيا" (aawsat) a
    # country.  Denials read places so; two figures still by geography.claim_countries (see marks)
    from claimtrack.contradiction.localities import places_by_name

    assert "للطيران التركي" in PAIRS["D2-025"].b["text"]
    assert places_by_name(PAIRS["D2-025"].b["text"]) == frozenset()
    assert places_by_name("قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية") == frozenset()
    assert places_by_name("مقتل شرطيين جنوب شرقي تركيا") == {"تركيا"}
    assert places_by_name("وصل إلى الرياض") == {"السعودية"}
    assert [m.dispute for m in _marks("D1-007")[0]] == ["denies"]


def test_three_words_of_a_fact_link_a_long_denial():
    # D2-064: Fox Sports "كشف عن تناول اللاعب البرازيلي مادة محظورة تستخدم في علاج ..." (alweeam) / "نفى فريد
    # ... تناوله مادة منشطة في كوبا اميركا: "لم اتناول اي مادة محظورة ..." (alyaum): three words of the fact
    # (تناول، مادة، محظورة), fewer than 0.4 of either long statement
    assert [m.dispute for m in _marks("D2-064")[0]] == ["denies"]


def test_a_dual_and_another_are_counts_of_people():
    # D1-058: a senior Turkish official "جنديا تركيا قتل وأصيب آخر" (aawsat_a5336ee940, one wounded) / the next
    # day's account "مما أسفر عن مقتل الضابط «يالجين ناني» وجرح جنديين آخرين" (aawsat_94c0280dae, two wounded)
    from claimtrack.contradiction.measured import measured_figures as _measured

    assert [(q.text, q.low, m) for q, m in _measured("جنديا تركيا قتل وأصيب آخر في اشتباكات")] == [("آخر", 1.0, "wounded")]
    assert [(q.text, q.low, m) for q, m in _measured("مما أسفر عن مقتل الضابط «يالجين ناني» وجرح جنديين آخرين")] \
        == [("جنديين", 2.0, "wounded")]
    # a sound plural is spelt as its dual (مدنيين), and "آخرون" is no count of one
    assert _measured("قتل مدنيين وأصيب آخرون") == ()
    assert [m.dispute for m in _marks("D1-058", narration=True)[0]] == ["disagrees"]


def test_a_short_denial_that_points_back_names_more_in_its_sentence():
    # D1-019: "نفت وزارة الداخلية الكويتية الأنباء المتداولة عن منع سعوديين من الدخول إلى أراضيها، وذلك بمنعهم
    # من العبور عبر منفذ النويصيب ..." (alriyadh; its content points back to the headline) / 3alyoum's "بررت
    # السلطات الكويتية ... سبب منع العزاب السعوديين ..." with "عبر منفذ النويصيب من جهة الخفجي" in its sentence
    assert [m.dispute for m in _marks("D1-019", narration=True)[0]] == ["denies"]


def test_a_denial_verb_deep_in_a_content_is_someone_elses():
    # SaudiNewsNet 2015-07-21, article af7619ce66d43 (on defining philosophy): "... فإننا سنلقي كثيرا من
    # الفلاسفة ينكرون هذا التحديد" is no denial by the speaker; a phrase that calls a report false still counts
    # anywhere (D1-017, almadina_64758947ff: "... تسير بصورة طبيعية، وما يتم تداوله بشأن منع فئات معينة غير صحيح")
    deep = "إنها «رؤية للعالم»، فإننا سنلقي كثيرا من الفلاسفة ينكرون هذا التحديد"
    assert [m.text for m in denial_mentions(deep)] == ["ينكرون"]
    assert denial_mentions(deep, verbs_within=6) == ()
    assert [m.text for m in denial_mentions("الوزارة تنفي ما تردد عن منع العزاب", verbs_within=6)] == ["تنفي"]
    late = PAIRS["D1-017"].b["text"]
    assert [m.text for m in denial_mentions(late, verbs_within=6)] == ["غير صحيح"]


def test_a_denial_tells_the_report_it_denies():
    # D2-017: "ردا على ما تردد في تقارير إخبارية وعلى شبكات التواصل الاجتماعي حول أن اتحاد الكرة رفع عقوبات لجنة
    # الانضباط ..." (sabq 33e60fcaca) tells the reports' claim as the federation's spokesman denies it; the
    # federation's "نفي ... رفع الإيقافات عن لاعبي النصر والهلال" (alweeam 2f7239f0c5) denies that claim, which
    # alweeam never tells.  D2-029 (sabq 0ba19c628a) and D2-053 (aawsat e8ce6bed1b): a report opened by "لما يتم
    # تداوله ... حول"، "وما ذكر على لسانها بأنها"، "ما نقل عن زعيمهم ... بشأن".
    def told(text):
        return [s.of(text) for s in told_reports(text)]

    assert told("ردا على ما تردد في تقارير إخبارية وعلى شبكات التواصل الاجتماعي حول أن اتحاد الكرة رفع عقوبات "
                "لجنة الانضباط") == ["اتحاد الكرة رفع عقوبات لجنة الانضباط"]
    assert told("لا صحة لما يتم تداوله في مواقع التواصل الاجتماعي حول مريضة أجريت لها عملية بمستشفى أبها، وما ذكر "
                "على لسانها بأنها تعرضت للإساءة من 3 ممرضين") == [
        "مريضة أجريت لها عملية بمستشفى أبها", "تعرضت للإساءة من 3 ممرضين"]
    assert told("أمس ما نقل عن زعيمهم عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة") == ["رفضه الالتزام بالهدنة"]
    # عن: what hearsay is about; after a report, who carried it (ما نقل عن زعيمهم، above)
    assert told("ما تم تداوله مؤخراً عن تأجيل الدراسة إلى بعد الحج") == ["تأجيل الدراسة إلى بعد الحج"]
    assert told("ما ذكر غير صحيح لعدد من الأسباب") == []
    # what a report says opens before a punctuation mark or a denial (alriyadh 1070360, SaudiNewsNet 2015-08-04:
    # "عنها" is no about, and after the comma the speaker's own words); a denial with an adverb inside it (aawsat
    # 411246, 2015-07-21)
    assert told("ما تم تداوله أخبار مغلوطة لا صحة لها، وجميع أعمالنا المنفذة يتم الاعلان عنها، وفي حال تنفيذ أية "
                "عملية نوعية نحن حريصون") == []
    assert [m.text for m in denial_mentions("هذه الادعاءات عارية تماما من الصحة جملة وتفصيلا")] == [
        "عارية تماما من الصحة"]
    # up to the clause before a denial of it (SaudiNewsNet 2015-07-22, a490ff993c8e9)
    assert told("ودحض الكاتب ما تردده الإدارة الأمريكية بين الحين والآخر بأنه لا يوجد ثمة تعاون بين واشنطن وطهران، "
                "في حين أن الحقائق تدحض هذا الادعاء") == ["لا يوجد ثمة تعاون بين واشنطن وطهران"]
    marks, articles, corpus = _marks("D2-017", narration=True)
    assert [m.dispute for m in marks] == ["denies"]
    (m,) = marks
    by_id = mark_attributions(corpus, marks)
    assert by_id[m.a].cue.stance == "told" and by_id[m.a].article == "sabq_33e60fcaca"
    assert by_id[m.b].article == "alweeam_2f7239f0c5"
    assert "tells the report «اتحاد الكرة رفع عقوبات" in m.explanation
    for att in by_id.values():
        assert articles[att.article].text[att.content.span.start : att.content.span.end] == att.content.text
    # the report is denied in its own article already: no denial there is marked against it ("المعيبد: رفع العقوبة
    # عن لاعبي الهلال والنصر غير صحيح" in sabq's headline either)
    others = {x.b if x.a == m.a else x.a for x in contradictions(corpus) if m.a in (x.a, x.b)}
    assert m.b in others and not [o for o in others if o.startswith("sabq_33e60fcaca")]
    # the report shows the told side as the outlet telling the report, not as an unnamed source saying it
    page = render_html(compare_outlets(corpus, narration=True)).replace('<small class="outlet">', "")
    assert "sabq_33e60fcaca</small> ينقل الرواية «اتحاد الكرة رفع عقوبات" in page
    # hearsay named by a noun (SaudiNewsNet 2015-07-22 a940ac854cd3a, 2015-07-23 a4e814259db99, ae811efacc831)
    assert told("ونفى الشائعات التي تتداولها وسائل الاعلام بخصوص التعاقد مع مهاجمي بايرن ميونيخ الالماني توماس "
                "مولر") == ["التعاقد مع مهاجمي بايرن ميونيخ الالماني توماس مولر"]
    assert told("جميع الأنباء المتداولة عن بيع لاعبي الفريق وقبول المفاوضات") == ["بيع لاعبي الفريق وقبول المفاوضات"]
    assert told("الأخبار التي وردت بشأن تدخل الرئيس الجزائري عبد العزيز بوتفليقة لدى نظيره المصري عبد الفتاح "
                "السيسي، للوساطة في قضية إعدام مرسي، غير صحيحة")[0].startswith("تدخل الرئيس الجزائري")


def test_a_denial_that_names_a_report_only_by_pointing_back_denies_the_one_told_before():
    # D2-029: "وأوضح ... سعد النقير أن ما ذكر غير صحيح لعدد من الأسباب من أهمها عدم وجود ممرضين رجال سعوديين ..."
    # (alweeam 99b1c02222): what it denies is what "ما ذكر" points back to, the report told before it ("وما ذكر على
    # لسانها بأنها تعرضت للإساءة ..."), which sabq 0ba19c628a tells too; its own words are its reasons
    assert opens_with_report_denied("ما ذكر غير صحيح لعدد من الأسباب")
    assert opens_with_report_denied("ما يتم تداوله عار من الصحة")
    assert not opens_with_report_denied("ما ذكر على لسانها غير صحيح")  # it names what it denies
    assert not opens_with_report_denied("لا صحة لما ذكر")
    marks, articles, corpus = _marks("D2-029", narration=True)
    assert marks and {m.dispute for m in marks} == {"denies"}
    by_id = mark_attributions(corpus, marks)
    assert {by_id[m.a].cue.stance for m in marks} == {"told"}
    assert {by_id[m.b].article for m in marks} == {"alweeam_99b1c02222"}


def test_two_denials_of_one_rumour_agree():
    # SaudiNewsNet 2015-07-21, articles a29b426868780 and a28d006bf90cc: the minister "نفى ... ما تم تداوله
    # مؤخراً عن تأجيل الدراسة إلى بعد الحج" and "قال: ما يتم تداوله عن #تأجيل_الدراسة_إلى_بعد_الحج غير صحيح":
    # the second calls the rumour false too, so the two agree (they were marked as a denial of each other)
    from claimtrack import parse_article

    a = parse_article("الدخيل ينفي تأجيل الدراسة\n\nنفى وزير التعليم عزام الدخيل ما تم تداوله مؤخراً عن تأجيل "
                      "الدراسة إلى بعد الحج.", id="a29b426868780")
    b = parse_article("لا تأجيل للدراسة\n\nوقال وزير التعليم عزام الدخيل: ما يتم تداوله عن "
                      "#تأجيل_الدراسة_إلى_بعد_الحج غير صحيح.", id="a28d006bf90cc")
    marks = contradictions(Corpus([a, b]))
    assert not [m for m in marks if m.kind == "contradicts"]


def test_a_denial_meets_an_account_of_another_article_only_in_one_story():
    # On 150 real articles (tests/data/real_disputes) two leads meet on words few leads name: the two accounts of
    # the Tabuk teacher's death (okaz_03cac8ba0e, alriyadh_cf0197fbba: تبوك، معلم) do; the Labour ministry's
    # "لا صحة لإيقافه" (3alyoum_32c26a1a57) and "إيران تستأنف تصدير الغاز إلى تركيا" (3alyoum_73fb2a8b10) share
    # وزارة and وقف, words of many leads, and do not.  In a corpus of two articles any two rare words do.
    from claimtrack.contradiction.denied import Leads

    articles = {p.stem: read_article(p) for p in sorted((DISPUTES / "articles").glob("*.txt"))}
    leads = Leads(articles, lambda word: 3.0)
    assert leads.meet("okaz_03cac8ba0e", "alriyadh_cf0197fbba")
    assert not leads.meet("3alyoum_32c26a1a57", "3alyoum_73fb2a8b10")
    pair = {k: articles[k] for k in ("3alyoum_32c26a1a57", "3alyoum_73fb2a8b10")}
    assert Leads(pair, lambda word: 3.0).meet("3alyoum_32c26a1a57", "3alyoum_73fb2a8b10")


def _side(text):
    from claimtrack.claims import claim_key
    from claimtrack.contradiction.evidence import Side
    from claimtrack.polarity import text_polarity

    negative, _ = text_polarity(text)
    return Side(claim_key(text), negative, (), (), "", False, _mention(text))


def test_a_negation_disputes_only_what_the_other_asserts():
    # SaudiNewsNet 2015-07-21: the Red Crescent's call "عدم التجمهر لمساعدة الفرق الإسعافية في علاج المصابين"
    # (a62c19f75a687) negates a crowd the other ("غرفة العمليات تلقت بلاغاً ... يفيد بوجود حادث انقلاب",
    # a14c6f71c226f) does not tell of; the GCC secretary general's "تلك التصريحات بأنها لا تساعد على بناء الثقة"
    # (ae85391fe9a0c) and its headline "تصريحات القيادات الإيرانية متناقضة ولا تساعد على بناء الثقة" carry one
    # negation.  What is negated: the negated predicate and the word after it
    from claimtrack.contradiction.rules import _negation_met

    crowd = _side("عدم التجمهر لمساعدة الفرق الإسعافية في علاج المصابين")
    assert crowd.negative
    assert not _negation_met(crowd, _side("غرفة العمليات تلقت بلاغاً عند الساعة 9:31 صباح اليوم من مواطن يفيد "
                                          "بوجود حادث انقلاب على طريق جديدة"))
    trust = _side("تلك التصريحات بأنها لا تساعد على بناء الثقة لعلاقات تعاون")
    assert trust.negative
    assert not _negation_met(trust, _side("تصريحات القيادات الإيرانية متناقضة ولا تساعد على بناء الثقة"))
    assert _negation_met(trust, _side("التصريحات تساعد على بناء الثقة"))
    # D2-012: a phrase that calls a report false negates the whole of it (alweeam_6127c7eef6)
    rumour = _side(PAIRS["D2-012"].b["text"].split("«")[1].split("»")[0])
    assert _negation_met(rumour, _side(PAIRS["D2-012"].a["text"]))


def test_opposed_predicates_bear_on_one_thing():
    # SaudiNewsNet 2015-07-21: "«تراجع الـ(بي بي سي) يعني تراجع المملكة المتحدة»" (a498519a52fd6) and
    # "... مؤجرة إلى سلسلة متاجر ... (2.4 مليون قدم مربع)" hold تراجع / قدم and nothing in common near them;
    # D1-022: "الحالة الصحية لمرسى، فى خطر" (the Brotherhood) / "الحالة الصحية للمعزول محمد مرسى مستقرة"
    # (a prisons official, alyaum_6fe38ffdc5): خطر / مستقر of one "الحالة الصحية"
    from claimtrack.contradiction.predicates import antonym_evidence

    assert antonym_evidence(_side("«تراجع الـ(بي بي سي) يعني تراجع المملكة المتحدة»"),
                            _side("نحو 221 ألف متر مربع (2.4 مليون قدم مربع) مؤجرة إلى سلسلة متاجر تجزئة")) is None
    found = antonym_evidence(_side("الحالة الصحية لمرسى، فى خطر"),
                             _side("إن الحالة الصحية للمعزول محمد مرسى مستقرة، ولا يعانى سوى من أعراض ارتفاع السكر"))
    assert found is not None and found.note == "خطر / مستقر"
    assert [m.dispute for m in _marks("D1-022")[0]] == ["contradicts"]


def test_dispute_kind_reads_a_denial_verb_where_the_marks_do():
    # the review of issue 13: explicit_denial (marks) counts a denial verb among a content's first six words only;
    # dispute_kind (find) must too. A denial verb further in is someone's denial the content tells (a real column's
    # "فإننا سنلقي كثيرا من الفلاسفة ينكرون هذا التحديد"), not the speaker's.
    from claimtrack.contradiction.disputes import dispute_kind

    told = "إذا رجعنا إلى كتب الفلسفة فإننا سنلقي كثيرا من الفلاسفة ينكرون هذا التحديد"
    assert dispute_kind("الفلسفة تحدد معنى الحرية", told) == "contradicts"
    assert dispute_kind("الفلسفة تحدد معنى الحرية", "نفى الفلاسفة هذا التحديد") == "denies"


def test_a_denial_cut_off_after_its_about_word_tells_nothing():
    # A scraped sentence can end on the word that opens what a report says ("... لا صحة لما تردد حول" with the
    # rest cut off): no report is told, and `claimtrack contradictions` does not raise (it did: IndexError).
    assert told_reports("غير صحيح ما تردد حول") == ()
    assert told_reports("وأكدت الوزارة أنه لا صحة لما تردد بشأن أن") == ()
    from claimtrack import Corpus, contradictions, parse_article

    article = parse_article("وأكدت الوزارة أنه لا صحة لما تردد حول", id="cut", outlet="x")
    assert contradictions(Corpus([article])) == []


def test_the_blind_day_judgements_are_well_formed():
    # tests/data/day_judgments: 1,241 pairs of twelve real days judged blind (benchmarks/day_judgments.py re-scores them)
    import json

    rows = [json.loads(line) for line in (DATA / "day_judgments" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    days = {"2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25", "2015-07-26", "2015-07-27", "2015-07-31", "2015-08-01",
            "2015-08-02", "2015-08-03", "2015-08-04"}
    assert len(rows) == 1241 and {r["day"] for r in rows} == days
    assert len({(r["day"], r["pair"]) for r in rows}) == len(rows)
    assert {r["label"] for r in rows} <= {"denies", "contradicts", "updates", "disagrees", "none"}
    assert all(r["drawn_from"] and r["a"]["content"] and r["b"]["content"] for r in rows)
    # each side's content is in its paragraph as the annotators read it
    assert all(r[s]["content"] in r[s]["paragraph"] for r in rows for s in "ab")


def test_the_fresh_half_day_judgements_are_well_formed():
    # tests/data/day_judgments/fresh_pairs.jsonl: 279 pairs of marks touching the articles past the first 1,400 of four
    # days, judged blind (benchmarks/day_judgments.py DAY --fresh re-scores them)
    import json

    text = (DATA / "day_judgments" / "fresh_pairs.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 279 and {r["day"] for r in rows} == {"2015-07-21", "2015-07-22", "2015-07-24", "2015-07-31"}
    assert len({(r["day"], r["pair"]) for r in rows}) == len(rows)
    assert {r["label"] for r in rows} <= {"denies", "contradicts", "updates", "disagrees", "none"}
    assert all(r["drawn_from"] and r["why"] and r["a"]["content"] and r["b"]["content"] for r in rows)
    assert all(r[s]["content"] in r[s]["paragraph"] for r in rows for s in "ab" if len(r[s]["paragraph"]) < 1500)


def test_the_cross_day_judgements_are_well_formed():
    # tests/data/day_judgments/cross_pairs.jsonl: 191 pairs of marks joining two consecutive days' articles in one
    # corpus (every article of both), judged blind: X (07-22/23) and Y (07-31/08-01) developed on, Z (07-24/25) not
    import json

    text = (DATA / "day_judgments" / "cross_pairs.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 191 and {r["pair"][0] for r in rows} == {"X", "Y", "Z"}
    assert {tuple(r["days"]) for r in rows} == {("2015-07-22", "2015-07-23"), ("2015-07-31", "2015-08-01"),
                                               ("2015-07-24", "2015-07-25")}
    assert len({r["pair"] for r in rows}) == len(rows)
    assert {r["label"] for r in rows} <= {"denies", "contradicts", "updates", "disagrees", "none"}
    assert all(r["drawn_from"] and r["why"] and r["a"]["content"] and r["b"]["content"] for r in rows)
    # the two sides of a pair are of the two days
    assert all({r["a"]["published"], r["b"]["published"]} == set(r["days"]) for r in rows)
    assert all(r[s]["content"] in r[s]["paragraph"] for r in rows for s in "ab" if len(r[s]["paragraph"]) < 1500)


def test_the_outlets_own_clause_before_a_report_in_its_sentence_is_its_claim():
    # D1-034: alriyadh 5a2ccb7547 opens "ارتفعت حصيلة ضحايا الهجوم ... إلى 120 قتيلا على الأقل وأعلن تنظيم الدولة
    # الإسلامية (داعش) مسؤوليته": the toll is the outlet's, the report only follows it; alriyadh 9e6bb70016: ISIS
    # "قال إنه أوقع أكثر من 180 قتيلا".  And D2-050's "وقتل خمسة عناصر من جبهة النصرة ...، وقال مدير المرصد".
    marks, articles, corpus = _marks("D1-034", narration=True, dated=True)
    assert [m.dispute for m in marks] == ["disagrees"]
    narrated = {c.id: c.attribution for c in narration_claims(corpus)}
    side = narrated[next(x for m in marks for x in (m.a, m.b) if "#n" in x)]
    assert side.content.text.startswith("ارتفعت حصيلة ضحايا") and side.content.text.endswith("120 قتيلا على الأقل")
    assert articles[side.article].text[side.content.span.start : side.content.span.end] == side.content.text
    article = read_article(DISPUTES / "articles" / "alriyadh_0930fb3286.txt")
    clauses = [c.attribution.content.text for c in narration_claims(Corpus([article]))]
    assert any(t.startswith("وقتل خمسة عناصر من جبهة النصرة") and t.endswith("كانوا يدافعون عن المقر") for t in clauses)


def test_no_clause_of_the_outlet_when_the_cue_goes_on_it_or_a_report_opens_the_sentence():
    # D1-016 (a look-alike): "كانت وزارة العمل السعودية قد وقعت ... ويتيح الاتفاق استقدام العمالة ... بعد أن تم
    # إيقافه قبل نحو أربعة أعوام ...، إلا أنه قد أعلن في وقت سابق الموافقة على رفع القيود": the cue (أعلن) carries
    # on the outlet's clause, so no clause of it stands apart to be denied ("لا صحة لإيقاف استقدام العمالة")
    assert not _marks("D1-016", narration=True)[0]
    article = read_article(DISPUTES / "articles" / "alriyadh_fada6a9cb9.txt")
    assert not any("ويتيح الاتفاق" in c.attribution.content.text for c in narration_claims(Corpus([article])))


def test_a_toll_that_rose_is_read_past_the_relative_clause_of_its_subject():
    # D1-034 (alriyadh 5a2ccb7547): "ارتفعت حصيلة ضحايا الهجوم الذي تم تنفيذه بسيارة مفخخة في سوق مزدحمة
    # بمحافظة ديالى العراقية الجمعة إلى 120 قتيلا": إلى takes up the rise; the relative clause is the event's
    from claimtrack.contradiction.measured import measured_figures as _measured

    toll = PAIRS["D1-034"].a["text"]
    assert [(q.text, m) for q, m in _measured(toll)] == [("120 قتيلا على الأقل", "killed")]
    # a figure inside the relative clause is still a detail ("أدان التفجير الذي أسفر عن مقتل 32")
    assert not _measured("ارتفعت حصيلة ضحايا الهجوم الذي أسفر عن مقتل 32 شخصا")


def test_a_topic_before_a_report_is_no_clause_of_the_outlet():
    # aawsat f9c35cada1: "وعن دور العمال الكردستاني في تفجير أنبوب نقل النفط بين إقليم كردستان العراق وتركيا، نفى
    # دوغان علاقتهم بالهجوم": what the denial is about, not a statement of the outlet its own denial denies
    article = read_article(DISPUTES / "articles" / "aawsat_f9c35cada1.txt")
    assert not any(c.attribution.content.text.startswith("وعن دور") for c in narration_claims(Corpus([article])))


def test_a_fronted_adjunct_with_no_figure_is_no_clause_of_the_outlet():
    # review of the clause rule: "وفي كلمة ألقاها ... ، أكد الأمير أن" opens with where the speech was given, not with
    # a statement; a place before a toll (alriyadh a84e480107714, 2015-07-24: "وفي بورنو قتل مسلحين ثمانية أشخاص")
    # stays the outlet's
    from claimtrack.contradiction.narration import _adjunct_only

    assert _adjunct_only("وفي كلمة ألقاها أمام الحضور في حفل افتتاح المعرض الدولي للكتاب")
    assert not _adjunct_only("وفي بورنو قتل مسلحين ثمانية أشخاص")
    assert not _adjunct_only("ارتفعت حصيلة ضحايا الهجوم الذي تم تنفيذه بسيارة مفخخة إلى 120 قتيلا على الأقل")


def test_a_past_events_toll_dated_in_a_relative_clause_against_a_toll_of_that_date():
    # D2-020: aleqtisadiya 24a056927d recalls "الهجوم الانتحاري الذي استهدف مسجد الامام الصادق في الكويت في 26
    # حزيران/يونيو وخلف 26 قتيلا"; alyaum 0912fe5e56 "ووقع تفجير مسجد الصادق ... يوم 26 يونيو وأسقط 27 قتيلًا"
    assert [m.dispute for m in _marks("D2-020", narration=True)[0]] == ["disagrees"]
    b = PAIRS["D2-020"].b["text"]
    assert figure_conflict(_mention(b), _mention(PAIRS["D2-020"].a["text"]))
    # the same toll against another day's: no dispute (the relative clause dates its event); nor an undated
    # relative clause's toll ("أدان التفجير الذي أسفر عن مقتل 32")
    assert not figure_conflict(_mention(b), _mention("ووقع تفجير مسجد الصادق يوم 3 يوليو وأسقط 27 قتيلًا"))
    assert not figure_conflict(_mention("أدان الهجوم الذي استهدف مسجد الامام الصادق وخلف 26 قتيلا"),
                               _mention("ووقع تفجير مسجد الصادق يوم 26 يونيو وأسقط 27 قتيلًا"))


def test_a_toll_that_rose_updates_a_lower_figure_only():
    # D1-034: "ارتفعت حصيلة ضحايا الهجوم ... إلى 120 قتيلا على الأقل" (alriyadh's own) against ISIS's "أوقع أكثر من
    # 180 قتيلا": two speakers disagree, the outlet's toll did not rise from 180; D1-025: "ارتفع عدد حالات الوفيات
    # ... إلى 29 شخصًا" against the ministry's 12 updates it
    assert [m.dispute for m in _marks("D1-034", narration=True, dated=True)[0]] == ["disagrees"]
    assert [m.dispute for m in _marks("D1-025", narration=True, dated=True)[0]] == ["updates"]


def test_leads_read_for_another_corpus_are_not_trusted():
    # find_disputes may take the caller's Leads (read once for the corpus); Leads of another corpus (here: one seed
    # article alone) would link denials by the wrong articles' leads, so they are read again (found by review).
    from claimtrack.contradiction.denied import Leads
    from claimtrack.contradiction.worded_apart import find_disputes

    corpus = Corpus(SEED_FILES)
    other = Corpus(SEED_FILES[:1])
    stray = Leads({a.id: a for a in other.articles}, other.weight())
    assert [m.to_dict() for m in find_disputes(corpus, lead_words=stray)] == [m.to_dict() for m in find_disputes(corpus)]


def test_the_archive_window_judgements_are_well_formed():
    # tests/data/day_judgments/window_pairs.jsonl: 60 dispute marks of the whole archive read as one corpus, judged
    # blind: 40 the date window drops (their articles more than 3 days apart), 7 it draws anew, 13 both keep
    import json

    text = (DATA / "day_judgments" / "window_pairs.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 60 and len({r["pair"] for r in rows}) == 60
    assert {r["label"] for r in rows} <= {"denies", "contradicts", "updates", "disagrees", "none"}
    assert all(r["drawn_from"] and r["why"] and r["a"]["content"] and r["b"]["content"] for r in rows)
    drawn = {r["pair"]: r["drawn_from"][0].split(":")[0] for r in rows}
    assert sorted(drawn.values()).count("gone") == 40
    # what the window drops is beyond it, what it draws anew within it
    assert all(r["gap"] > 3 for r in rows if drawn[r["pair"]] == "gone")
    assert all(r["gap"] <= 3 for r in rows if drawn[r["pair"]] == "new")
    assert all(sorted({r["a"]["published"], r["b"]["published"]}) == r["days"] for r in rows)


def test_the_archive_change_judgements_are_well_formed():
    # tests/data/day_judgments/archive_pairs.jsonl: the whole archive's dispute marks that the twenty-first session's
    # code (figures counted like with like) and the twentieth's last denial rules changed, not judged before: 49
    # gone, 11 new, judged blind by two annotators each
    import json

    text = (DATA / "day_judgments" / "archive_pairs.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    kinds = {"denies", "contradicts", "updates", "disagrees", "none"}
    assert len(rows) == 60 and len({r["pair"] for r in rows}) == 60
    assert all(len(r["labels"]) == 2 and set(r["labels"]) <= kinds and r["label"] in kinds for r in rows)
    # the shared label, or none when either annotator called it no dispute
    assert all(r["label"] == (r["labels"][0] if "none" not in r["labels"] else "none") for r in rows
               if r["labels"][0] == r["labels"][1] or "none" in r["labels"])
    drawn = [r["drawn_from"][0].split(":")[0] for r in rows]
    assert drawn.count("gone") == 49 and drawn.count("new") == 11
    assert all(r["why"] and r["a"]["content"] and r["b"]["content"] for r in rows)
    assert all(sorted({r["a"]["published"], r["b"]["published"]}) == r["days"] for r in rows)


def _blind_session(prefix: str, size: int, drawn_counts: tuple[int, int, int]) -> list[dict]:
    """The rows of tests/data/day_judgments/archive_blind_pairs.jsonl one session judged (pair ids opening with
    ``prefix``), checked for form: ``size`` of them, two labels each and the label both give or none, as many drawn
    (new, gone, baseline) as ``drawn_counts``, the days of both statements; the pair ids of every session unique."""
    import json

    text = (DATA / "day_judgments" / "archive_blind_pairs.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    assert len({r["pair"] for r in rows}) == len(rows)
    fresh = [r for r in rows if r["pair"].startswith(prefix)]
    kinds = {"denies", "contradicts", "updates", "disagrees", "none"}
    assert len(fresh) == size and all(len(r["labels"]) == 2 and set(r["labels"]) <= kinds for r in fresh)
    assert all(r["label"] == ("none" if "none" in r["labels"] else r["labels"][0]) for r in fresh)
    drawn = [r["drawn_from"][0].split(":")[0] for r in fresh]
    assert (drawn.count("new"), drawn.count("gone"), drawn.count("baseline")) == drawn_counts
    assert all(sorted({r["a"]["published"], r["b"]["published"]}) == r["days"] for r in fresh)
    return fresh


def test_the_archive_blind_judgements_of_the_twenty_fifth_session_are_well_formed():
    # tests/data/day_judgments/archive_blind_pairs.jsonl, ids E###: the archive's dispute marks the twenty-fifth
    # session's code changed (60 of 185 unjudged new, 20 of 21 unjudged gone) and 10 baseline pairs, judged blind by
    # two annotators; the pair ids of every session are unique in the file
    fresh = _blind_session("E", 90, (60, 20, 10))
    # what the blind judgement found: most of the new marks right, the baseline's none
    right = sum(r["label"] != "none" for r in fresh if r["drawn_from"][0].startswith("new"))
    assert right == 38 and not any(r["label"] != "none" for r in fresh if r["drawn_from"][0] == "baseline")


def test_the_archive_blind_judgements_of_the_twenty_sixth_session_are_well_formed():
    # tests/data/day_judgments/archive_blind_pairs.jsonl, ids F###: every archive dispute mark the twenty-sixth
    # session's code added (38) or took away (12), against 51be87b, and 12 naive-baseline pairs of the same articles,
    # judged blind by two annotators
    fresh = _blind_session("F", 62, (38, 12, 12))
    # what the blind judgement found: three in four new marks right, one gone mark right, one baseline pair
    right = {d: sum(r["label"] != "none" for r in fresh if r["drawn_from"][0].startswith(d)) for d in ("new", "gone", "baseline")}
    assert right == {"new": 28, "gone": 1, "baseline": 1}


def test_the_archive_blind_judgements_of_the_thirty_second_session_are_well_formed():
    # tests/data/day_judgments/archive_blind_pairs.jsonl, ids G###: the archive's dispute marks that bounding a short
    # name's fuller names (speakers.resolve_titles) added or took away and no earlier file judged, judged blind by two
    # annotators
    fresh = _blind_session("G", 65, (49, 16, 0))
    # what the blind judgement found: one new mark in four right, no gone one
    right = {d: sum(r["label"] != "none" for r in fresh if r["drawn_from"][0].startswith(d)) for d in ("new", "gone")}
    assert right == {"new": 13, "gone": 0}
