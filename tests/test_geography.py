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


def test_a_short_form_stands_for_the_one_country_its_article_names_in_full():
    # maliki_reactions 3alyoum_0724_73: "البحرين تستنكر تصريحات المالكي ضد المملكة" names no country but
    # "المملكة", which its article names in full (المملكة العربية السعودية); the source's Bahrain is no topic.
    from claimtrack.geography import claim_countries

    key = claim_key("تصريحات المالكي ضد المملكة")
    full = "استنكرت مملكة البحرين وبشدة تصريحات نوري المالكي ضد المملكة العربية السعودية."
    assert claim_countries(key, "البحرين") == {"البحرين"}
    assert claim_countries(key, "البحرين", full) == {"السعودية"}
    assert claim_countries(key, "البحرين", full + " وزار المملكة المتحدة") == {"البحرين"}  # two kingdoms: none
    assert claim_countries(key, "البحرين", "استنكرت مملكة البحرين التصريحات") == {"البحرين"}
    assert claim_countries(claim_key("تصريحات مسيئة للمملكة"), "البحرين", full) == {"السعودية"}
    a = parse_article("البحرين تستنكر تصريحات المالكي ضد المملكة\n\nاستنكرت مملكة البحرين وبشدة تصريحات نوري "
                      "المالكي نائب رئيس جمهورية العراق ضد المملكة العربية السعودية.", id="a")
    b = parse_article("البحرين: تصريحات المالكي تعد سافر\n\nاستنكرت مملكة البحرين وبشدة تصريحات نوري المالكي نائب "
                      "رئيس جمهورية العراق ضد المملكة العربية السعودية.", id="b")
    corpus = Corpus([a, b])
    assert corpus.cluster_of("a#1") == corpus.cluster_of("b#2")
