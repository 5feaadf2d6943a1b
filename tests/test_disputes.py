"""Dispute marks on real pairs (tests/data/real_disputes, issue 13): each kind with a meaning, evidence spans that
point into the articles, and the look-alikes a naive tool marks left alone."""

import json
import shutil

import pytest

from claimtrack import Corpus, read_article, relate
from claimtrack.cli import main
from claimtrack.contradiction import contradictions
from claimtrack.contradiction.disputes import (denial_mentions, figure_conflict, report_speakers, statement_backreference,
                                              statement_speakers)
from claimtrack.contradiction.marks import mark_attributions, narration_claims
from claimtrack import compare_outlets, render_html
from claimtrack.contradiction.scoring import evaluate_disputes, load_dispute_pairs
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


def _marks(pair_id, narration=False):
    """The dispute marks joining the two statements of a real pair, with the corpus of their articles (with
    ``narration``, the outlets' own sentences are claims too)."""
    p = PAIRS[pair_id]
    ids = sorted({p.a["article"], p.b["article"]})
    articles = {i: read_article(DISPUTES / "articles" / f"{i}.txt") for i in ids}
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
