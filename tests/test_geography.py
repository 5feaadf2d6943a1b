"""Places: regions, cities and capitals, the source's country as a fallback (claimtrack.geography)."""

import pytest

from claimtrack import Article, Corpus, relate
from claimtrack import parse_article
from claimtrack.claims import claim_key


def test_a_region_is_not_a_place_conflict():
    from claimtrack.matching import countries

    assert countries(claim_key("الميناء سيصبح بوابة تجارية لشرق إفريقيا")) == frozenset()
    assert relate("الشركة ستخصص 1.2 مليار دولار لتحويل تاجورة إلى بوابة تجارية لشرق إفريقيا",
                  "الشركة ستخصص 1.2 مليار دولار لتحويل تاجورة في جيبوتي إلى مركز تجاري").kind == "same"


def test_the_source_country_stands_in_only_when_the_content_names_none():
    # Aid to Libya from a Tunisian minister is not aid to the Tunisian border regions from another.
    a = parse_article("مساعدات\n\nوقال وزير الخارجية التونسي إن بلاده سترسل مساعدات طبية عاجلة إلى ليبيا.", id="a")
    b = parse_article("مساعدات\n\nوقال وزير الصحة التونسي إن بلاده سترسل مساعدات طبية عاجلة إلى المناطق الحدودية.", id="b")
    corpus = Corpus([a, b])
    assert corpus.cluster_of("a#1") != corpus.cluster_of("b#1")


@pytest.mark.parametrize("a, b", [("جمهورية الكونغو الديمقراطية", "الكونغو برازافيل"), ("غينيا بيساو", "غينيا الاستوائية")])
def test_countries_named_inside_longer_names_conflict(a, b):
    assert relate(f"أرسلت فرنسا 500 جندي إلى {a}", f"أرسلت فرنسا 500 جندي إلى {b}").kind == "related"


def test_a_capital_stands_for_its_country():
    # "الخرطوم" is Sudan's government, so it does not conflict with "السودان"
    assert relate("الخرطوم تدرس إعادة فتح معبر أرقين مع مصر", "السودان يبحث إعادة فتح معبر أرقين مع مصر").kind == "same"
