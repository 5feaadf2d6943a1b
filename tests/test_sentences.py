import pytest
from hypothesis import given, settings

from claimtrack import Article, InputError, split_sentences
from claimtrack import parse_article
from claimtrack.spans import spans_tile

from .conftest import DATA, SEED_IDS
from .strategies import arabic_text


def gold_sentences(stem):
    return (DATA / "sentences" / f"{stem}.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("stem", SEED_IDS)
def test_seed_sentences_match_gold(seed_articles, stem):
    article = seed_articles[stem]
    found = [s.text for s in split_sentences(article)]
    assert found == gold_sentences(stem)


@pytest.mark.parametrize("stem", SEED_IDS)
def test_seed_sentences_tile_the_body(seed_articles, stem):
    article = seed_articles[stem]
    sentences = split_sentences(article)
    for s in sentences:
        assert article.text[s.start : s.end] == s.text
    for index, paragraph in enumerate(article.paragraphs):
        inside = [s.span for s in sentences if s.paragraph == index]
        assert inside and spans_tile(inside, article.text, paragraph)


def test_quotation_with_full_stops_is_one_sentence(seed_articles):
    texts = [s.text for s in split_sentences(seed_articles["000_8b6cf623ab9f9948"])]
    quote = [t for t in texts if t.startswith("وتابع:")]
    assert len(quote) == 1 and quote[0].endswith('شراكتنا".')


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قال إن العدد 1.5 مليون. وأضاف أنه سيعود.", ["قال إن العدد 1.5 مليون.", "وأضاف أنه سيعود."]),
        ("التقت لجنة 5+5 في جنيف. ثم عادت.", ["التقت لجنة 5+5 في جنيف.", "ثم عادت."]),
        ("قال د. أحمد إن الوضع جيد. وانتهى.", ["قال د. أحمد إن الوضع جيد.", "وانتهى."]),
        ("نقلت أ.ف.ب الخبر. وتابعت.", ["نقلت أ.ف.ب الخبر.", "وتابعت."]),
        ("شركة ش.م.م تعمل هنا.", ["شركة ش.م.م تعمل هنا."]),
        ("زوروا www.example.com للمزيد. شكرا.", ["زوروا www.example.com للمزيد.", "شكرا."]),
        ("انظر https://a.ly/x.y?z=1 هنا. نعم.", ["انظر https://a.ly/x.y?z=1 هنا.", "نعم."]),
        ("قال (وهو غاضب. جدا) إنه سيرحل. ثم رحل.", ["قال (وهو غاضب. جدا) إنه سيرحل.", "ثم رحل."]),
        ("وصل الوفد إلى ليبيا.وقال الوزير إنه متفائل.", ["وصل الوفد إلى ليبيا.", "وقال الوزير إنه متفائل."]),
        ("الأسلحة الخفيفة والمتوسطة .والمركبات والمعدات.", ["الأسلحة الخفيفة والمتوسطة .والمركبات والمعدات."]),
        # a glued full stop after a quotation that closes on a word (okaz_a2d2e3b681)
        ("فيما توعدت حركة الجهاد بأن الرد «لن يتأخر».ودعت حماس الى «يوم غضب»",
         ["فيما توعدت حركة الجهاد بأن الرد «لن يتأخر».", "ودعت حماس الى «يوم غضب»"]),
        ("نقل (واس).وتابع.", ["نقل (واس).", "وتابع."]),
        ("هل انتهى الأمر؟ لا أحد يعرف!", ["هل انتهى الأمر؟", "لا أحد يعرف!"]),
        ("وقال: «نحن هنا. لن نرحل». ثم غادر.", ["وقال: «نحن هنا. لن نرحل».", "ثم غادر."]),
        ('وقال: "نحن هنا." ثم غادر.', ['وقال: "نحن هنا."', "ثم غادر."]),
        ("انتظر الجميع… ثم جاء الخبر.", ["انتظر الجميع…", "ثم جاء الخبر."]),
        ("السطر الأول\nالسطر الثاني", ["السطر الأول", "السطر الثاني"]),
    ],
)
def test_splitting_rules(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_unclosed_quote_is_capped_at_the_paragraph():
    text = 'وقال: "نحن هنا. لن نرحل.\nوفي سياق آخر أعلنت الوزارة. وانتهى الأمر.'
    found = [s.text for s in split_sentences(text)]
    assert found[-2:] == ["وفي سياق آخر أعلنت الوزارة.", "وانتهى الأمر."]
    assert found[0] == 'وقال: "نحن هنا.'


def test_headlines_come_first_when_asked(seed_articles):
    article = seed_articles["002_4e5fc412234f2c9f"]
    sentences = split_sentences(article, headlines=True)
    assert [s.kind for s in sentences[:3]] == ["headline"] * 3
    assert sentences[2].text.startswith("افريكوم يوضح")
    assert sentences[3].kind == "body"
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_rejects_other_types():
    with pytest.raises(TypeError):
        split_sentences(42)  # type: ignore[arg-type]


@settings(max_examples=300)
@given(arabic_text)
def test_sentences_tile_any_text(text):
    if not text.removeprefix("\ufeff").strip():
        with pytest.raises(InputError):
            parse_article(text, id="x")
        return
    article = parse_article(text, id="x")
    sentences = split_sentences(article)
    for s in sentences:
        assert article.text[s.start : s.end] == s.text and s.text.strip() == s.text and s.text
    for index, paragraph in enumerate(article.paragraphs):
        inside = [s.span for s in sentences if s.paragraph == index]
        assert spans_tile(inside, article.text, paragraph)
