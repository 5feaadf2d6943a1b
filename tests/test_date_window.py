"""The date window of the worded-apart dispute rules (claimtrack.contradiction.window, issue 14): a denial is held
against the accounts of the days around it, a figure against the figures of those days, as matching pairs claims;
the pairs found by day are exactly the pairs of every key within the window."""

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import Corpus, read_article
from claimtrack.contradiction.worded_apart import find_disputes
from claimtrack.contradiction import mark_attributions
from claimtrack.contradiction.scoring import load_dispute_pairs
from claimtrack.contradiction.window import DayWindow
from claimtrack.matching.candidates import WINDOW_DAYS

from .conftest import DATA

DISPUTES = DATA / "real_disputes"
PAIRS = {p.id: p for p in load_dispute_pairs(DISPUTES)}


def _disputes(pair_id, first, second):
    """The worded-apart dispute marks (kind, the two articles) between a real pair's two articles, dated
    ``first`` and ``second``.  (The marks of the pairs matching scores are not windowed: two articles alone share
    only rare words, and matching pairs them whatever their dates.)"""
    p = PAIRS[pair_id]
    arts = [attrs.evolve(read_article(DISPUTES / "articles" / f"{side['article']}.txt"), published=day)
            for side, day in ((p.a, first), (p.b, second))]
    corpus = Corpus(arts)
    published = {art.id: art.published for art in corpus.articles}
    marks = find_disputes(corpus, published=published, narration=True)
    side = mark_attributions(corpus, marks)  # (an outlet's own sentence is a side too)
    return {(m.dispute, frozenset((side[m.a].article, side[m.b].article))) for m in marks
            if m.dispute and side[m.a].article != side[m.b].article}


def test_a_denial_is_linked_within_the_window_and_not_a_month_later():
    # D1-012: a private source tells aleqtisadiya "أن الشباب وافق على طلب مسؤولي الأهلي بشراء عقد معاذ"; al-Shabab
    # in aawsat: "«لا صحة لما تردد في بعض وسائل الإعلام ... عن موافقة إدارة الشباب على بيع عقود بعض لاعبي الفريق"
    day = dt.date(2015, 7, 22)
    a, b = PAIRS["D1-012"].a["article"], PAIRS["D1-012"].b["article"]
    assert _disputes("D1-012", day, day + dt.timedelta(days=WINDOW_DAYS)) == {("denies", frozenset((a, b)))}
    assert _disputes("D1-012", day + dt.timedelta(days=WINDOW_DAYS), day) == {("denies", frozenset((a, b)))}
    assert _disputes("D1-012", day, day + dt.timedelta(days=30)) == set()
    # undated, an article is near every other
    assert _disputes("D1-012", None, day) == {("denies", frozenset((a, b)))}


def test_two_tolls_are_compared_within_the_window_and_not_a_month_apart():
    # D2-027: SOHR's Ariha toll, "12 شخصا على الأقل" then "31 شخصا على الأقل", the next day
    day = dt.date(2015, 8, 3)
    a, b = PAIRS["D2-027"].a["article"], PAIRS["D2-027"].b["article"]
    assert _disputes("D2-027", day, day + dt.timedelta(days=1)) == {("updates", frozenset((a, b)))}
    assert _disputes("D2-027", day, day + dt.timedelta(days=30)) == set()


def test_two_tolls_of_a_past_event_named_by_its_date_are_compared_whatever_their_days():
    # D2-020: the Imam Sadiq mosque bombing recalled by its date, "يوم 26 يونيو وأسقط 27 قتيلًا" (alyaum, 2015-07-31)
    # and "في 26 حزيران/يونيو وخلف 26 قتيلا" (aleqtisadiya, 2015-08-04): four days apart, one event
    a, b = PAIRS["D2-020"].a["article"], PAIRS["D2-020"].b["article"]
    assert _disputes("D2-020", dt.date(2015, 7, 31), dt.date(2015, 8, 4)) == {("disagrees", frozenset((a, b)))}


_days = st.one_of(st.none(), st.integers(0, 12))


_keys = st.sets(st.sampled_from("abcd"), max_size=3)


@given(st.lists(st.tuples(_keys, _days, _keys), max_size=30), st.integers(0, 4))
def test_keyed_pairs_are_the_pairs_sharing_a_key_within_the_window(items, reach):
    start = dt.date(2015, 7, 21)
    published = {f"art{i}": None if d is None else start + dt.timedelta(days=d) for i, (_, d, _) in enumerate(items)}
    window = DayWindow(published, reach)
    assert list(window.keyed_pairs([k for k, _, _ in items], list(published))) == [
        (i, j) for i in range(len(items)) for j in range(i + 1, len(items)) if items[i][0] & items[j][0]
        and (items[i][1] is None or items[j][1] is None or abs(items[i][1] - items[j][1]) <= reach)]
    # with timeless keys too: a pair sharing one of those is proposed whatever the days
    assert list(window.keyed_pairs([k for k, _, _ in items], list(published), [t for _, _, t in items])) == [
        (i, j) for i in range(len(items)) for j in range(i + 1, len(items)) if items[i][2] & items[j][2] or (
            items[i][0] & items[j][0]
            and (items[i][1] is None or items[j][1] is None or abs(items[i][1] - items[j][1]) <= reach))]


def test_an_article_missing_from_the_dates_is_undated():
    window = DayWindow({"a": dt.date(2015, 7, 21), "b": dt.date(2015, 8, 30), "c": None})
    assert not window.near("a", "b")
    assert window.near("a", "c") and window.near("b", "zzz")
    assert window.near("a", "a")
