"""Dispute marks on the third set of fresh real pairs (tests/data/real_disputes3, issue 13): found by two annotators in
SaudiNewsNet articles no gold set held, labelled from the text alone; each test is a construction a pair of its
development half showed (the held-out half is scored, never read)."""

from claimtrack.contradiction.scoring import load_dispute_pairs

from .conftest import DATA
from .test_fresh_disputes import _marks

FRESH3 = DATA / "real_disputes3"
PAIRS = {p.id: p for p in load_dispute_pairs(FRESH3)}


def test_the_set_is_split_and_every_statement_is_in_its_article() -> None:
    assert {p.half for p in PAIRS.values()} == {"dev", "held-out"}
    assert all(p.half == ("dev" if int(p.id.split("-")[1]) % 2 else "held-out") for p in PAIRS.values())
    assert sum(p.label != "none" for p in PAIRS.values()) >= 50 and sum(p.label == "none" for p in PAIRS.values()) >= 30
    for p in PAIRS.values():
        for side in (p.a, p.b):
            assert side["text"] in (FRESH3 / "articles" / f"{side['article']}.txt").read_text(encoding="utf-8")


def test_a_landslide_and_floods_are_two_tolls() -> None:
    # G2-047 (a look-alike, alriyadh 2015-08-02): the Indian police's 20 dead in a landslide in the north-east and 81
    # dead in floods in four other states were marked as a disagreement
    assert _marks("G2-047", FRESH3) == []


def test_two_speakers_give_two_tolls_of_one_sinking() -> None:
    # G1-021 (2015-07-23): the Egyptian police's "at least 18" and the security and medical sources' "at least 21" dead
    # of the Nile boat: found at first contact, kept
    assert [m.dispute for m in _marks("G1-021", FRESH3)] == ["disagrees"]


def test_a_spokesmans_denial_of_the_news_of_a_death_told_deeper_in_the_article() -> None:
    # G2-009 (aawsat 2015-07-31): "نفى المتحدث باسم طالبان نبأ وفاة زعيم شبكة حقاني" against the media's report that
    # he "لم يعد على قيد الحياة، وأنه توفى": the denial's source ran into the news it denies, the report read as
    # negated, and a denial deep in an article was held to deny nothing told after it
    assert [m.dispute for m in _marks("G2-009", FRESH3)] == ["denies"]


def test_a_named_officials_toll_against_an_agencys() -> None:
    # G2-027 (2015-08-02): "وقال المسؤول محمد جامع "شاهدنا ستة قتلى"" against Reuters' "13 شخصا على الأقل قتلوا" at
    # the Mogadishu hotel; the name after the bare title was read as the start of the content and the source resolved
    # to a president named earlier
    assert [m.dispute for m in _marks("G2-027", FRESH3)] == ["disagrees"]


def test_a_statement_calling_the_account_wrong_does_not_agree_with_it() -> None:
    # G1-019 (alweeam 2015-07-21, a columnist's account): the civil aviation authority's tweet blamed the telecom
    # company's network; its statement eight hours later said "وردت معلومات مغلوطة عن أن سبب العطل هو شبكة نقل المعلومات
    # التابعة لشركة الاتصالات السعودية".  Worded alike, the two were marked as agreeing
    from claimtrack.contradiction.marks import contradictions, narration_claims
    from claimtrack.matching.corpus import Corpus
    from claimtrack.reader import read_article

    p = PAIRS["G1-019"]
    article = read_article(FRESH3 / "articles" / f"{p.a['article']}.txt")
    corpus = Corpus([article])
    sides = list(corpus.attributions) + [c.attribution for c in narration_claims(corpus)]

    def covering(text: str) -> set[str]:
        start = article.text.index(text)
        return {a.id for a in sides if a.cue.span.start < start + len(text) and a.content.span.end > start}

    xa, xb = covering(p.a["text"]), covering(p.b["text"])
    joined = [m for m in contradictions(corpus) if (m.a in xa and m.b in xb) or (m.a in xb and m.b in xa)]
    assert "agrees" not in [m.kind for m in joined]
