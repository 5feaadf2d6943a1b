"""The adjunct skipper returns what it skipped and changes nothing."""

import pytest

from claimtrack.attribution.adjuncts import skip_adjuncts
from claimtrack.attribution.tokens import SentenceTokens, tokenize
from claimtrack.lexicon.grammar import grammar

from .conftest import only_attribution


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


@pytest.mark.parametrize(
    "text, source, content",
    [
        # aawsat_e8ce6bed1b (real_disputes D2-053): a name in apposition with no closing comma, an adjunct on the
        # speaker's page, then the relative ما of what is denied
        ("ونفى المتحدث الرسمي باسم ميليشيا الحوثي، محمد عبد السلام على صفحته على موقع «فيسبوك» أمس ما نقل عن زعيمهم "
         "عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة.",
         "المتحدث الرسمي باسم ميليشيا الحوثي، محمد عبد السلام",
         "ما نقل عن زعيمهم عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة"),
        # SaudiNewsNet 2015-07-25 (alwatan): the outlet spoken to, then what is denied
        ('ونفى العمراني في تصريح إلى "الوطن" ما ذكرته الجامعة عن قيامها بنقل زوجته عند سقوطها.', "العمراني",
         "ما ذكرته الجامعة عن قيامها بنقل زوجته عند سقوطها"),
        # SaudiNewsNet 2015-07-22 (aawsat): whom the sources are close to is theirs, as every gold set writes it
        # ("مصدر قريب من التحقيق"، "المصدر المقرب من الرئاسة الفلسطينية"); then what is denied
        ("ونفت مصادر مقربة من حزب الله ما تم تداوله عن أن الحزب «قام بتسوية لعودة العمل الحكومي».",
         "مصادر مقربة من حزب الله", "ما تم تداوله عن أن الحزب «قام بتسوية لعودة العمل الحكومي»"),
    ],
)
def test_what_a_denial_denies_starts_at_its_relative_ma_after_an_adjunct(text, source, content):
    found = only_attribution(text)
    assert (found.source.text, found.content.text) == (source, content)


def test_a_noun_before_ma_keeps_it():
    # SaudiNewsNet 2015-07-26 (alwatan, a1d59587247ab): "صحة ما تردد" is what is denied, ما no new start
    st = _view("ورفض المصدر المسؤول في شركة صلة صحة ما تردد من أن الناديين سيحصلان على 5 ملايين ريال")
    assert st.tokens[skip_adjuncts(st, 3, grammar().cues["رفض"][0].verb).end].text != "ما"
