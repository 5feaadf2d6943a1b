"""The adjunct skipper returns what it skipped and changes nothing."""

from claimtrack.attribution.adjuncts import skip_adjuncts
from claimtrack.attribution.tokens import SentenceTokens, tokenize
from claimtrack.lexicon.grammar import grammar


def _view(text):
    return SentenceTokens(tokenize(text), grammar())


def test_an_according_to_aside_is_returned_as_via():
    st = _view("وقال الوزير، حسب البيان، إن الوضع مستقر")
    before = list(st.tokens)
    skipped = skip_adjuncts(st, 2, None)
    assert st.tokens[skipped.end].text == "إن"
    assert [" ".join(t.text for t in st.tokens[a:b]) for a, b in skipped.via] == ["البيان"]
    assert st.tokens == before


def test_an_aside_between_commas_is_returned():
    st = _view("وكشف مسؤول، طلب عدم الكشف عن هويته، أن الحكومة تدرس")
    skipped = skip_adjuncts(st, 2, None)
    assert st.tokens[skipped.end].text == "أن"
    assert sorted(skipped.asides) == list(range(3, 8))


def test_a_date_adjunct_ends_with_its_month():
    # alyaum_2bc8c104f0: the nominal content follows the date
    st = _view("واعلنت القوات العراقية في 13 يوليو تكثيف عملياتها في الانبار")
    assert st.tokens[skip_adjuncts(st, 3, None).end].text == "تكثيف"
