"""Constructions the real stories (tests/data/real_stories) lost attributions to, each quoted from the real article
it was seen in; the sentences here are those of the articles, cut where the construction is whole."""

from claimtrack import parse_article, split_sentences
from claimtrack.attribution import extract_attributions


def _records(text):
    return extract_attributions(parse_article(text, id="case", layout="plain"))


def _by_cue(records, cue):
    found = [r for r in records if r.cue.text == cue]
    assert found, f"no attribution with the cue {cue!r} in {[r.cue.text for r in records]}"
    return found[0]


# uae_41_trial aawsat_0802_105: the same AFP sentence as alyaum_0802_1025, with a stray closing mark after
# "اماراتيون" and the words left out of the quotation marked "(...)"
AAWSAT_0802_105 = ('وقال النائب العام للدولة لوكالة الانباء الاماراتية، ان هؤلاء الاشخاص "من عدة جنسيات" وبينهم اماراتيون"، '
                   'مشيرا الى "انهم انشأوا وأسسوا وأداروا جماعة ارهابية داخل الدولة (...) تعتنق الفكر التكفيري الارهابي '
                   'المتطرف بغية القيام بأعمال إرهابية داخل أراضيها".')


def test_dots_in_brackets_end_no_sentence():
    assert len(split_sentences(AAWSAT_0802_105)) == 1


def test_a_stray_closing_mark_opens_no_quotation():
    records = _records(AAWSAT_0802_105)
    said = _by_cue(records, "وقال")
    assert said.content.text.startswith("هؤلاء الاشخاص") and "مشيرا" not in said.content.text
    pointed = _by_cue(records, "مشيرا")
    assert pointed.source.text == "النائب العام للدولة"
    assert pointed.content.text.startswith('"انهم انشأوا') and pointed.content.text.endswith('داخل أراضيها"')


def test_a_quotation_never_closed_keeps_its_opening_mark():
    # SaudiNewsNet 2015-07-21 a265ffe897937 (3alyoum): the first mark is a sloppy opening one written after the
    # name; the last opens a quotation never closed, so no mark is a stray and the tweets after it stay rows
    text = ('وقال فارس” لايصدر امرا الا وفيه خير لشعبه”وغردت “مها”: “الله يوفق الوزير الجديد ماجد الحقيل” '
            'وعلقت “هند”: “الله يحفظ بلادنا من كل شر ومكروه')
    cues = [r.cue.text for r in _records(text)]
    assert "وغردت" in cues and "وعلقت" in cues
