"""The naive baselines printed next to every quality figure."""

from claimtrack import extract_attributions, read_article
from claimtrack.baselines import baseline_attributions, baseline_clusters
from claimtrack.reader import parse_article

from .conftest import SEED_FILES


def test_baseline_spans_index_the_text():
    for path in SEED_FILES:
        article = read_article(path)
        for a in baseline_attributions(article):
            for part in (a.cue, a.source, a.content):
                assert article.text[part.span.start:part.span.end] == part.text


def test_baseline_takes_fixed_windows_not_noun_phrases():
    # From a real construction (a long title before إن): the baseline keeps three words, claimtrack the mention.
    article = parse_article("وقال المتحدث الرسمي باسم وزارة الصحة إن عدد المصابين ارتفع.", id="x", layout="plain")
    (base,) = baseline_attributions(article)
    assert base.cue.text == "وقال" and base.source.text == "المتحدث الرسمي باسم"
    assert base.content.text == "عدد المصابين ارتفع"
    (real,) = extract_attributions(article)
    assert real.source.text == "المتحدث الرسمي باسم وزارة الصحة"


def test_baseline_reads_a_tatweel_used_as_a_dash():
    # Real construction (SaudiNewsNet alwatan_6e9d0cf535, 2015): a lone tatweel as a dash around an aside after a cue.
    # The lone ـ folds to nothing; the baseline used to fail on it (IndexError) instead of ending the source there.
    article = parse_article("ويعتمد أصحابه ـ كما ذكرت ـ على أدلة مشتركة.", id="x", layout="plain")
    (base,) = baseline_attributions(article)
    assert base.cue.text == "ذكرت" and base.source.text == ""  # the source window ends at the dash
    assert all(article.text[p.span.start:p.span.end] == p.text for p in (base.cue, base.source, base.content))


def test_baseline_needs_a_verb_form():
    article = parse_article("ووفقا للبيان فإن الاجتماع انتهى.", id="x", layout="plain")
    assert baseline_attributions(article) == []


def test_baseline_clusters_join_by_word_overlap_only():
    # Real pattern (tests/data/real_stories): outlets reprint one wire sentence; a different figure or a
    # different speaker is another claim, which plain word overlap cannot see.
    texts = ["وقال المتحدث إن عدد القتلى ارتفع إلى 30 شخصا في الانفجار.",
             "وقال مسؤول إن عدد القتلى ارتفع إلى 32 شخصا في الانفجار.",
             "وأكد الوزير أن الحكومة ستعزز الأمن على الحدود."]
    found = [a for n, t in enumerate(texts)
             for a in extract_attributions(parse_article(t, id=f"a{n}", layout="plain"))]
    groups = {frozenset(c.claims) for c in baseline_clusters(found)}
    assert frozenset({"a0#1", "a1#1"}) in groups and frozenset({"a2#1"}) in groups
