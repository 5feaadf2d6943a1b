"""When statements were made (claimtrack.attribution.said_on): the time words of an attribution's sentence that
date the act of saying, read against the article's publication date.  Sentences are real SaudiNewsNet ones,
shortened, with the day file, record number and outlet they come from; the rule is tests/data/ANNOTATION.md
("When it was said")."""

import datetime as dt
import importlib.util
from pathlib import Path

import jsonschema
import pytest

from claimtrack import extract_attributions, parse_article
from claimtrack.records import attribution_schema, attribution_to_dict

ROOT = Path(__file__).resolve().parent.parent
D = dt.date


def _dated(text, published):
    article = parse_article(text, id="a", published=published, layout="plain")
    return [(r.cue.text, r.said_on) for r in extract_attributions(article)]


@pytest.mark.parametrize(
    "published, text, cue, words, first, last",
    [
        # 2015-07-26 #107 aawsat: in the adjunct of the speech event
        ("2015-07-26", 'وقال الرئيس في تصريح صحافي مساء أمس السبت ان "النائب قضى في الهجوم".', "وقال", "مساء أمس السبت",
         D(2015, 7, 25), None),
        # 2015-07-21 #117 aawsat
        ("2015-07-21", "وقال أحد المستشارين في الكرملين الشهر الماضي إن روسيا وإيران تبحثان صفقة أسلحة.", "وقال",
         "الشهر الماضي", D(2015, 6, 1), D(2015, 6, 30)),
        # 2015-07-21 #4 aawsat: collected the day after, the weekday decides
        ("2015-07-21", "أعلنت وزارة الخارجية الايطالية، اليوم (الاثنين)، ان اربعة ايطاليين خطفوا في ليبيا.", "أعلنت",
         "اليوم (الاثنين)", D(2015, 7, 20), None),
        # 2015-07-21 #724 aleqtisadiya
        ("2015-07-21", 'وقال أوباما الثلاثاء الماضي "إن التراجع عن الاتفاق خطأ".', "وقال", "الثلاثاء الماضي",
         D(2015, 7, 14), None),
        # 2015-07-27 #517 almadina: أول أمس is an adjunct, not the start of the content
        ("2015-07-27", "وكان زعيم حزب الله حسن نصر الله قد قال أول أمس: إن الحزب يثق في الدولة.", "قال", "أول أمس",
         D(2015, 7, 25), None),
        # 2015-07-22 #338 aljazirah: the source ran into the time words (تقرير أول); they still date the report
        ("2015-07-22", "وقال تقرير أول أمس الاثنين إن ما يقرب من 20 مليون شخص أُجبروا على النزوح.", "وقال",
         "أول أمس الاثنين", D(2015, 7, 20), None),
        # 2015-08-02 #155 aawsat
        ("2015-08-02", "وأكد في لقاء خص به «الشرق الأوسط» صباح الخميس الماضي أن المفاوضات تسير على طريقها الصحيح.",
         "وأكد", "صباح الخميس الماضي", D(2015, 7, 30), None),
        # 2015-07-21 #2467 okaz: the statement's own time, before its content
        ("2015-07-21", "من جانبها، أكدت إدارة النادي عبر بيان أصدرته مساء أمس أن اللاعب سيبقى مع الفريق.", "أكدت",
         "مساء أمس", D(2015, 7, 20), None),
    ],
)
def test_the_time_of_the_speech_act(published, text, cue, words, first, last):
    (found,) = [s for c, s in _dated(text, published) if c == cue]
    assert found is not None and found.text == words and text[found.span.start:found.span.end] == words
    assert (found.first, found.last) == (first, last or first)


def test_a_participle_shares_the_time_of_the_clause_it_continues():
    # 2015-07-23 #171 aleqtisadiya (shortened)
    text = ("وقال الرئيس الإيراني حسن روحاني اليوم الخميس إن الاتفاق مع القوى العالمية تاريخي، "
            "مضيفا أن المنتقدين لا يمثلون الشعب.")
    dated = dict(_dated(text, "2015-07-23"))
    assert dated["وقال"] == dated["مضيفا"] and dated["مضيفا"].first == D(2015, 7, 23)


def test_a_time_in_the_content_dates_the_event_not_the_statement():
    # 2015-07-21 #3 aawsat
    text = 'قال مسؤولون أفغان ان 14 جنديا أفغانيا قتلوا في حادث اطلاق "نيران صديقة" اليوم (الاثنين).'
    assert _dated(text, "2015-07-21") == [("قال", None)]


def test_without_a_publication_date_the_words_stay_and_the_days_are_null():
    text = "وقال أوباما الثلاثاء الماضي \"إن التراجع عن الاتفاق خطأ\"."
    ((_, said),) = _dated(text, None)
    assert said.text == "الثلاثاء الماضي" and said.first is None and said.last is None


def test_said_on_in_json_and_schema():
    text = "وقالت وزارة العمل الأمريكية اليوم الخميس إن عدد الطلبات الجديدة انخفض."  # 2015-07-23 #125 aleqtisadiya
    (r,) = extract_attributions(parse_article(text, id="a", published="2015-07-23", layout="plain"))
    d = attribution_to_dict(r)
    assert d["said_on"] == {"from": "2015-07-23", "to": "2015-07-23", "text": "اليوم الخميس", "start": 28, "end": 40}
    jsonschema.Draft202012Validator(attribution_schema()).validate(d)
    (undated,) = extract_attributions(parse_article(text, id="a", layout="plain"))
    assert attribution_to_dict(undated)["said_on"] == {"from": None, "to": None, "text": "اليوم الخميس", "start": 28,
                                                       "end": 40}
    jsonschema.Draft202012Validator(attribution_schema()).validate(attribution_to_dict(undated))


def test_real_sample_against_the_baseline():
    """tests/data/said_on: 60 real attributions with a time word in their sentence, annotated by hand."""
    spec = importlib.util.spec_from_file_location("said_on_score", ROOT / "tests/data/said_on/score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    f = module.figures()
    mine, base = f["claimtrack"], f["baseline"]
    assert mine["accuracy"] >= 0.98 and mine["accuracy"] > base["accuracy"] + 0.4
    assert mine["words P"] >= 0.9 and mine["words R"] == 1.0 and mine["days right (of gold)"] == 1.0


@pytest.mark.parametrize(
    "text, cue",
    [
        # 2015-07-23 #823 alwatan: the time is the arrival's, in the clause opened by فيما
        ("فيما وصل وزير الدفاع العراقي خالد العبيدي ومعاون رئيس أركان الجيش أمس إلى قاعدة الحبانية العسكرية، "
         "أكد رئيس مجلس إسناد الفلوجة الشيخ عبدالرحمن النمراوي فرار قيادات داعش من المدينة.", "أكد"),
        # 2015-07-23 #824 alwatan: the cue's own clause opens with فيما after the time of the departure
        ("إذ غادر جزء من لاعبي الفريق فجر أمس، فيما أعلن المركز الإعلامي عن تخلف بعض اللاعبين عن المغادرة.", "أعلن"),
    ],
)
def test_a_time_in_another_clause_before_the_cue_is_not_the_statements(text, cue):
    dated = dict(_dated(text, "2015-07-23"))
    assert cue in dated and dated[cue] is None


def test_the_twelfth_month_is_no_period():
    from claimtrack.timewords import find_time_expressions

    # 2015-07-23 #900 alwatan
    assert find_time_expressions("وتحديدا في نهاية الشهر الثاني عشر من 2012، كنت قد اقترحت") == []
